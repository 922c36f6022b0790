import * as fs from 'fs';
import * as path from 'path';
import { NAG_PACK_NAMES, evaluateNagPacks, nagEvaluations } from '../../lib/compliance';
import {
  ComplianceReport,
  cloudFormationResult,
  complianceReportFiles,
  environmentComplianceReport,
  parseComplianceReport,
  readPreviousReport,
  renderSarif,
} from '../../lib/compliance/report';
import { listEnvironments } from '../../lib/config';
import { LAYERS } from '../../lib/platform/registry';
import { reportLayers } from '../../lib/platform/report-layers';
import { reportBackups } from '../../lib/platform/report-backups';
import { monitoringOutsideMeshReason, outsideMeshAuthorizationReason } from '../../lib/observability';
import { ROOT, StageSynthesized, renderEnv, shippedConfig, synthStage } from '../helpers/synth';
import { independentCounts, validateSarif } from './fixtures';

const ENVS = listEnvironments(path.join(ROOT, 'config'));

/**
 * Each environment built as `npm run render` builds it (a Stage in an App). The report reads only
 * the nag packs' results: no CloudFormation validation (saves ~2 s a synth).
 */
const synthEnv = (env: string): StageSynthesized => synthStage(env, { cfnValidation: false });

/** A construct path as the report writes it: from the environment's stage. */
const inStage = (env: string, p: string): string => p.replace(new RegExp(`^/?${env}/`), '');

/** Each shipped environment's fresh report, compared with its committed one (once per file). */
const reports = new Map<string, ComplianceReport>();
function report(env: string): ComplianceReport {
  let r = reports.get(env);
  if (!r) {
    const config = shippedConfig(env);
    const manifests = renderEnv(env);
    const app = synthEnv(env).app;
    r = environmentComplianceReport(config, app, manifests, parseComplianceReport(readPreviousReport(ROOT, env)), reportLayers(app.platform, manifests), reportBackups(config, app));
    reports.set(env, r);
  }
  return r;
}

/** Every compliance file under reports/ in the working tree. */
function committedReportFiles(): string[] {
  const dir = path.join(ROOT, 'reports');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => fs.readdirSync(path.join(dir, e.name)).filter((f) => f.startsWith('compliance.')).map((f) => `reports/${e.name}/${f}`))
    .sort();
}

describe('committed reports/', () => {
  test('match a fresh report of every shipped environment (if not: run `npm run synth` and commit reports/)', () => {
    const fix = 'reports/ is stale: run `npm run synth` and commit reports/';
    const expected = ENVS.flatMap((env) => complianceReportFiles(report(env)));
    expect([fix, committedReportFiles()]).toEqual([fix, expected.map((f) => f.path).sort()]);
    for (const file of expected) {
      const committed = fs.readFileSync(path.join(ROOT, file.path), 'utf8');
      expect([fix, file.path, committed === file.content]).toEqual([fix, file.path, true]);
    }
  });
});

describe.each(ENVS)('%s report', (env) => {
  test('states every store\'s backups: each store of record with a schedule and a retention', () => {
    const backups = report(env).backups!;
    expect(backups.map((b) => b.store)).toEqual(expect.arrayContaining(['Atlas cluster', 'MLflow database (us-east-1)', 'Feast online store (us-east-1)', 'models bucket (us-east-1)']));
    for (const b of backups.filter((x) => x.durable)) expect([b.store, b.schedule === 'none', b.retention === 'none']).toEqual([b.store, false, false]);
  });

  test('every stack and every cluster is in scope', () => {
    const { assembly, config } = synthEnv(env);
    expect([...report(env).scope.stacks].sort()).toEqual(assembly.stacks.map((s) => s.stackName).sort());
    expect(report(env).scope.clusters).toEqual([...config.regions.map((r) => `k8s/${env}/${r.name}`), `k8s/${env}/argocd`]);
  });

  test('CloudFormation rows match the packs\' rule applicability, counted independently from the pack sources', () => {
    // GIVEN the rules each pack registers (read from cdk-nag's sources) run over every CfnResource
    const oracle = independentCounts(synthEnv(env).app);
    const r = report(env);
    for (const pack of NAG_PACK_NAMES) {
      const rows = r.rows.filter((row) => row.pack === pack);
      const summary = r.summary.packs.find((s) => s.pack === pack)!;
      // THEN the report has a row for exactly the rule × resource pairs the rules apply to
      expect([pack, new Set(rows.map((row) => `${row.rule}|${row.resource}`))]).toEqual([pack, new Set([...oracle[pack].keys].map((k) => { const [rule, resource] = k.split('|'); return `${rule}|${inStage(env, resource)}`; }))]);
      expect([pack, summary.total, summary.compliant]).toEqual([pack, oracle[pack].total, oracle[pack].compliant]);
      expect(summary.compliant + summary.acknowledged + summary.failing).toBe(summary.total);
      expect(summary.total).toBeGreaterThan(0);
    }
  });

  test('acknowledged and failing rows are exactly what the synth\'s gate suppressed and reported (validation-report.json)', () => {
    const { outdir } = synthEnv(env);
    const validation = JSON.parse(fs.readFileSync(path.join(outdir, 'validation-report.json'), 'utf8'));
    const gate = (key: 'suppressedViolations' | 'violations') => new Set<string>(validation.pluginReports
      .filter((p: any) => [...NAG_PACK_NAMES, 'ControlTower'].includes(p.pluginName))
      .flatMap((p: any) => (p[key] ?? []).flatMap((v: any) => v.violatingConstructs
        .map((c: any) => `${p.pluginName}|${v.ruleName}|${inStage(env, c.constructPath)}|${v.acknowledgedAt ? inStage(env, v.acknowledgedAt) : ''}|${v.reason ?? ''}`))));
    const rows = (status: string) => new Set(report(env).rows
      .filter((r) => r.source === 'cloudformation' && r.status === status)
      .map((r) => `${r.pack}|${r.rule}${r.finding !== undefined ? `[${r.finding}]` : ''}|${r.resource}|${r.acknowledgement?.at ?? ''}|${r.acknowledgement?.reason ?? ''}`));
    expect(rows('acknowledged')).toEqual(gate('suppressedViolations'));
    expect(rows('failing')).toEqual(gate('violations'));
    expect(rows('acknowledged').size).toBeGreaterThan(0);
  });

  test('the register lists every acknowledgement of the assembly, with its reason and where it was given', () => {
    const given = synthEnv(env).assembly.stacks.flatMap((s) => s.findMetadataByType('aws:cdk:acknowledged-rules')
      .flatMap((e) => Object.entries(e.data as unknown as Record<string, string>).map(([id, reason]) => ({ id, reason, at: inStage(env, e.path) }))));
    const register = report(env).acknowledgements.filter((a) => !a.id.startsWith('compliance.platform/'));
    expect(register.map(({ id, reason, at }) => ({ id, reason, at })).sort(byJson)).toEqual(given.sort(byJson));
    for (const entry of register.filter((a) => a.usage === 'used')) {
      for (const covered of entry.covers) {
        const row = report(env).rows.find((r) => r.resource === covered.resource && r.rule === covered.rule && r.finding === covered.finding)!;
        expect(row.acknowledgement).toEqual({ id: entry.id, reason: entry.reason, at: entry.at });
      }
    }
  });

  test('rules carry the controls their pack maps them to', () => {
    const rules = new Map(report(env).rules.map((r) => [r.id, r]));
    for (const row of report(env).rows) expect([row.rule, rules.has(row.rule)]).toEqual([row.rule, true]);
    for (const rule of report(env).rules.filter((r) => r.pack !== 'AwsSolutions' && NAG_PACK_NAMES.includes(r.pack as never))) {
      expect([rule.id, rule.controls.length > 0]).toEqual([rule.id, true]);
      expect(rule.title).not.toMatch(/Control ID/);
    }
    const hipaa = [...rules.values()].filter((r) => r.pack === 'HIPAA.Security').flatMap((r) => r.controls);
    expect(hipaa.every((c) => /^164\.3\d\d\(/.test(c))).toBe(true);
    const nist = [...rules.values()].filter((r) => r.pack === 'NIST.800.53.R5').flatMap((r) => r.controls);
    expect(nist.every((c) => /^[A-Z]{2}-\d+/.test(c))).toBe(true);
    const pci = [...rules.values()].filter((r) => r.pack === 'PCI.DSS.321').flatMap((r) => r.controls);
    expect(pci.every((c) => /^\d+(\.\d+)*$/.test(c))).toBe(true);
  });

  test('Kubernetes rows cover every workload against every Pod Security and kube-linter check, and every namespace against the mesh controls', () => {
    const r = report(env);
    for (const cluster of r.scope.clusters.filter((c) => !c.endsWith('/argocd'))) {
      const rows = r.rows.filter((row) => row.target === cluster);
      const workloads = new Set(rows.filter((row) => row.rule === 'pss-seccomp').map((row) => row.resource));
      expect(workloads.size).toBeGreaterThan(0);
      for (const rule of ['pss-run-as-non-root', 'no-read-only-root-fs', 'latest-tag', 'no-literal-secrets']) {
        expect([rule, new Set(rows.filter((row) => row.rule === rule && workloads.has(row.resource)).map((row) => row.resource))]).toEqual([rule, workloads]);
      }
      const namespaces = new Set(rows.filter((row) => row.rule === 'mesh-mtls-strict').map((row) => row.resource));
      expect(namespaces.size).toBeGreaterThan(0);
      for (const rule of ['mesh-authz-default-deny', 'netpol-default-deny']) {
        expect(new Set(rows.filter((row) => row.rule === rule).map((row) => row.resource))).toEqual(namespaces);
      }
      // Rows of rendered objects point at their file and line (a namespace with no rendered Namespace has none).
      for (const row of rows.filter((r) => !r.resource.startsWith('Namespace/') || r.location)) {
        expect([row.resource, row.location?.file.startsWith(`${cluster}/`), (row.location?.line ?? 0) > 0]).toEqual([row.resource, true, true]);
      }
    }
  });

  test('Namespace/monitoring fails mesh-mtls-strict and is listed as acknowledged (not compliant), with the platform\'s reason, on every cluster', () => {
    const r = report(env);
    const clusters = r.scope.clusters.filter((c) => !c.endsWith('/argocd'));
    expect(clusters.length).toBeGreaterThan(0);
    for (const cluster of clusters) {
      const rows = r.rows.filter((row) => row.target === cluster && row.rule === 'mesh-mtls-strict' && row.resource === 'Namespace/monitoring');
      expect(rows.map((row) => [cluster, row.status, row.acknowledgement?.reason, row.location?.file])).toEqual([
        [cluster, 'acknowledged', monitoringOutsideMeshReason(), `${cluster}/observability.yaml`],
      ]);
    }
  });

  test('namespaces outside the mesh (monitoring, tracing) fail mesh-authz-default-deny, since no sidecar enforces the mesh-wide deny-all, and are listed as acknowledged', () => {
    const r = report(env);
    for (const cluster of r.scope.clusters.filter((c) => !c.endsWith('/argocd'))) {
      for (const ns of ['monitoring', 'tracing']) {
        const rows = r.rows.filter((row) => row.target === cluster && row.rule === 'mesh-authz-default-deny' && row.resource === `Namespace/${ns}`);
        expect(rows.map((row) => [cluster, row.status, row.acknowledgement?.reason])).toEqual([
          [cluster, 'acknowledged', outsideMeshAuthorizationReason(ns)],
        ]);
      }
    }
  });

  test('every namespace the mesh controls judge has a rendered Namespace, but the ingress gateway\'s', () => {
    // A namespace without a rendered Namespace cannot fail the "in the mesh" clause of
    // mesh-mtls-strict. istio-ingress is created by its operator Application; its only pod is the
    // ingress gateway, itself an Istio proxy with a mesh identity (not this change's to render).
    const r = report(env);
    for (const cluster of r.scope.clusters.filter((c) => !c.endsWith('/argocd'))) {
      const unrendered = r.rows.filter((row) => row.target === cluster && row.rule === 'mesh-mtls-strict' && !row.location).map((row) => row.resource);
      expect([cluster, unrendered]).toEqual([cluster, ['Namespace/istio-ingress']]);
    }
  });

  test('SARIF is valid against the SARIF 2.1.0 schema and lists every failing and acknowledged row', () => {
    const log = JSON.parse(renderSarif(report(env)));
    const validation = validateSarif(log);
    expect(validation.pass ? '' : validation.message()).toBe('');
    const results = log.runs[0].results;
    const open = report(env).rows.filter((r) => r.status !== 'compliant');
    expect(results).toHaveLength(open.length);
    for (const [i, row] of open.entries()) {
      expect(results[i].ruleId).toBe(row.rule);
      expect(log.runs[0].tool.driver.rules[results[i].ruleIndex].id).toBe(row.rule);
      if (row.status === 'acknowledged') expect(results[i].suppressions).toEqual([expect.objectContaining({ kind: 'inSource', status: 'accepted', justification: row.acknowledgement!.reason })]);
      else expect(results[i].suppressions).toBeUndefined();
    }
  });
});

describe.each(ENVS)('%s report by layer', (env) => {
  test('every CloudFormation row and every row from a manifest file names the layer that made it; the summary follows the registry', () => {
    const r = report(env);
    expect(r.rows.filter((row) => row.source === 'cloudformation' && !row.layer).map((row) => row.resource)).toEqual([]);
    expect(r.rows.filter((row) => row.location && row.source === 'kubernetes' && !row.layer).map((row) => row.location!.file)).toEqual([]);
    const layers = r.summary.layers!.map((l) => l.layer).filter((l) => l !== '(no layer)');
    expect(layers).toEqual(LAYERS.map((l) => l.name).filter((name) => layers.includes(name)));
    expect(r.summary.layers!.reduce((n, l) => n + l.total, 0)).toBe(r.rows.length);
    // the Kafka layer's MSK cluster, the edge's ingress, the base's VPC
    const layerOfType = (type: string) => new Set(r.rows.filter((row) => row.resourceType === type).map((row) => row.layer));
    if (env === 'prod') expect(layerOfType('AWS::MSK::Cluster')).toEqual(new Set(['kafka']));
    expect(layerOfType('AWS::ElasticLoadBalancingV2::LoadBalancer')).toEqual(new Set(['edge']));
    expect(layerOfType('AWS::EC2::VPC')).toEqual(new Set(['regions']));
  });
});

describe('the gate\'s record', () => {
  test('equals a direct evaluation of the packs over the same app', () => {
    const { app } = synthEnv('prod');
    // The nag packs' part: the Control Tower gate needs the written templates, so it has no direct run.
    const direct = cloudFormationResult(app, evaluateNagPacks(app));
    expect(direct.rows).toEqual(cloudFormationResult(app, nagEvaluations(app).filter((e) => e.pack !== 'ControlTower')).rows);
    expect(direct.rows.length).toBeGreaterThan(0);
  });
});

describe('SARIF schema check', () => {
  test('fails for a log that breaks the schema', () => {
    const broken = { version: '2.1.0', runs: [{ tool: { driver: {} }, results: [{ message: {} }] }] };
    expect(validateSarif(broken).pass).toBe(false);
  });
});

describe('determinism', () => {
  test('reports carry no timestamp (the committed-report check above compares two independent builds byte for byte)', () => {
    for (const env of ENVS) {
      for (const file of complianceReportFiles(report(env))) expect([file.path, /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(file.content)]).toEqual([file.path, false]);
    }
  });
});

function byJson(a: unknown, b: unknown): number {
  const ja = JSON.stringify(a);
  const jb = JSON.stringify(b);
  return ja < jb ? -1 : ja > jb ? 1 : 0;
}
