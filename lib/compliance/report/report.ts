/**
 * Assembles an environment's compliance report from the CloudFormation and Kubernetes results:
 * the summary (counts per pack and status, overall and per stack or cluster), the
 * acknowledgement register, what changed since the previous report, the rule catalogue and the
 * rows. Deterministic: no timestamps, everything sorted.
 */
import { Stage } from 'aws-cdk-lib';
import { version as cdkValidatorVersion } from '@cdklabs/cdk-validator-cfnguard/package.json';
import { version as cdkNagVersion } from 'cdk-nag/package.json';
import { PlatformConfig, clusterManifestPath, gitopsManifestPath } from '../../config';
import { CFN_PACK_NAMES } from '../acknowledge';
import { CloudFormationResult, cloudFormationResult } from './cloudformation';
import { KubernetesResult, ManifestFile, kubernetesResult } from './kubernetes';
import {
  BackupRow,
  ComplianceReport,
  ComplianceRow,
  ComplianceSource,
  ControlSummary,
  K8S_PACK_NAMES,
  LayerSummary,
  PackSummary,
  RegisterEntry,
  ReportChanges,
  RowRef,
  RuleInfo,
  rowKey,
} from './model';
import { nagEvaluations } from '../packs';
import { RegisterTerms, registerTerms } from '../register';

/** What {@link buildComplianceReport} needs. */
export interface ComplianceReportInput {
  readonly project: string;
  readonly environment: string;
  readonly cloudFormation: CloudFormationResult;
  readonly kubernetes: KubernetesResult;
  /**
   * The previous report (the committed one), to say what changed.
   * @default - none: the report says it has nothing to compare with
   */
  readonly previous?: ComplianceReport;
  /**
   * The layer of a row, and the layers in the order the summary lists them.
   * @default - rows carry no layer and the summary has no per-layer table
   */
  readonly layers?: { readonly of: (row: ComplianceRow) => string | undefined; readonly order: readonly string[] };
  /**
   * Every store's backups (schedule, retention, copies outside its region).
   * @default - the report has no backups section
   */
  readonly backups?: readonly BackupRow[];
  /**
   * Owners and review dates of the acknowledgements (from config).
   * @default - the register shows only the terms given with each acknowledgement
   */
  readonly terms?: RegisterTerms;
}

/** Every pack, in the order the summary lists them. */
export const REPORT_PACKS: ReadonlyArray<{ readonly pack: string; readonly source: ComplianceSource }> = [
  ...CFN_PACK_NAMES.map((pack) => ({ pack, source: 'cloudformation' as const })),
  ...K8S_PACK_NAMES.map((pack) => ({ pack, source: 'kubernetes' as const })),
];

/** Builds the report of one environment. */
export function buildComplianceReport(input: ComplianceReportInput): ComplianceReport {
  const { cloudFormation: cfn, kubernetes: k8s } = input;
  const layers = input.layers;
  const rows = [...cfn.rows, ...k8s.rows].map((row) => {
    const layer = layers?.of(row);
    return layer ? { ...row, layer } : row;
  });
  const covered = new Set(cfn.rows.map((r) => r.resource));
  const uncovered = cfn.resources.filter((r) => !covered.has(r.path));
  const report: ComplianceReport = {
    format: 'platform-compliance/1',
    project: input.project,
    environment: input.environment,
    scope: {
      stacks: cfn.stacks,
      clusters: k8s.clusters,
      ruleSets: {
        'cdk-nag': cdkNagVersion,
        'ControlTower': `AWS Control Tower proactive controls bundled with @cdklabs/cdk-validator-cfnguard ${cdkValidatorVersion}`,
        'PodSecurity.Restricted': 'Pod Security Standards, restricted profile (latest)',
        'KubeLinter.Default': 'kube-linter default checks, re-implemented offline',
        'Platform.Mesh': 'the platform\'s mesh and secret controls',
      },
      notes: [
        'CloudFormation: every CfnResource of every stack against every rule of the four cdk-nag packs; a rule that does not apply to a resource (NOT_APPLICABLE) has no row.',
        `CloudFormation: ${uncovered.length} of ${cfn.resources.length} resources have no rule of any pack that applies to them: ${summarizeTypes(uncovered.map((r) => r.type))}.`,
        'CloudFormation: the ControlTower pack runs every Control Tower proactive control whose catalogue entry evaluates a resource type of the template; a resource of such a type without a violation counts as compliant (cfn-guard reports violations per resource, passes only per template).',
        'PCI DSS: cdk-nag\'s PCI pack (PCI.DSS.321) and the Control Tower catalogue map to PCI DSS 3.2.1, which PCI SSC retired on 31 March 2024 for v4.0 (now 4.0.1); its requirement ids are 3.2.1\'s and are not translated to 4.0.1 here.',
        'Controls: the rule-to-control mappings are the packs\' own (cdk-nag\'s rule info in node_modules/cdk-nag, Control Tower\'s catalogue in node_modules/@cdklabs/cdk-validator-cfnguard/rules/control-tower/metadata); AwsSolutions and kube-linter rules map to no control.',
        'CloudFormation: acknowledgements of the built-in CloudFormation validation (cfn-lint) are in the register; those rules are not re-evaluated here (see cdk.out/validation-report.json).',
        'Kubernetes: every object rendered under k8s/ for this environment; charts that Argo CD installs from Helm (Istio, External Secrets, the Load Balancer Controller …) are outside this report.',
        'Kubernetes: the namespace controls (mTLS, default-deny) apply to every namespace a cluster folder renders objects in; the mesh root only when the folder runs workloads there.',
      ],
    },
    summary: { packs: summarize(rows, false), targets: summarize(rows, true), ...(layers ? { layers: summarizeLayers(rows, layers.order) } : {}) },
    acknowledgements: register(rows, [...cfn.acknowledgements, ...k8s.acknowledgements], input.terms),
    controls: controlSummaries(rows, [...cfn.rules, ...k8s.rules]),
    ...(input.backups ? { backups: input.backups } : {}),
    changes: { baseline: 'none', added: [], removed: [], changed: [] },
    rules: [...cfn.rules, ...k8s.rules],
    rows,
  };
  return { ...report, changes: changesSince(input.previous, report) };
}

/**
 * The report of one shipped environment: `app` is the environment's synthesized app (its gate's
 * record is used when the packs gated it), `manifests` its rendered files.
 */
export function environmentComplianceReport(
  config: PlatformConfig,
  app: Stage,
  manifests: readonly ManifestFile[],
  previous?: ComplianceReport,
  layers?: ComplianceReportInput['layers'],
  backups?: readonly BackupRow[],
): ComplianceReport {
  const inFolder = (folder: string) => manifests.filter((f) => f.path.startsWith(`${folder}/`));
  const folders = [
    ...config.regions.map((region) => {
      const path = clusterManifestPath(config, region);
      return { path, files: inFolder(path), meshRootNamespace: config.mesh.namespace };
    }),
    { path: gitopsManifestPath(config), files: inFolder(gitopsManifestPath(config)) },
  ];
  return buildComplianceReport({
    project: config.project,
    environment: config.environment,
    cloudFormation: cloudFormationResult(app, nagEvaluations(app)),
    kubernetes: kubernetesResult(folders),
    previous,
    layers,
    backups,
    terms: registerTerms(app),
  });
}

/** Parses a report written by {@link renderJson}; undefined when the text is not one. */
export function parseComplianceReport(text: string | undefined): ComplianceReport | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed = JSON.parse(text) as Partial<ComplianceReport> | null;
    return parsed?.format === 'platform-compliance/1' && Array.isArray(parsed.rows) ? (parsed as ComplianceReport) : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------

function summarizeTypes(types: readonly string[]): string {
  if (types.length === 0) return 'none';
  const counts = new Map<string, number>();
  for (const t of types) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([t, n]) => `${t} ×${n}`).join(', ');
}

function summarize(rows: readonly ComplianceRow[], perTarget: boolean): PackSummary[] {
  const groups = new Map<string, ComplianceRow[]>();
  const order = (pack: string) => REPORT_PACKS.findIndex((p) => p.pack === pack);
  for (const row of rows) {
    const key = perTarget ? `${row.target}\u0000${row.pack}` : row.pack;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  if (!perTarget) for (const { pack } of REPORT_PACKS) if (!groups.has(pack)) groups.set(pack, []);
  const summaries = [...groups.entries()].map(([key, group]): PackSummary => {
    const pack = perTarget ? key.split('\u0000')[1] : key;
    const source = REPORT_PACKS.find((p) => p.pack === pack)?.source ?? group[0].source;
    const count = (status: string) => group.filter((r) => r.status === status).length;
    return {
      pack,
      source,
      ...(perTarget ? { target: group[0].target } : {}),
      compliant: count('compliant'),
      acknowledged: count('acknowledged'),
      failing: count('failing'),
      total: group.length,
      rules: new Set(group.map((r) => r.rule)).size,
      resources: new Set(group.map((r) => `${r.target}\u0000${r.resource}`)).size,
    };
  });
  return summaries.sort((a, b) => {
    const sa = a.source === 'cloudformation' ? 0 : 1;
    const sb = b.source === 'cloudformation' ? 0 : 1;
    if (sa !== sb) return sa - sb;
    if ((a.target ?? '') !== (b.target ?? '')) return (a.target ?? '') < (b.target ?? '') ? -1 : 1;
    return order(a.pack) - order(b.pack);
  });
}

function register(
  rows: readonly ComplianceRow[],
  given: ReadonlyArray<{ id: string; reason: string; at: string; pack: string; owner?: string; reviewBy?: string }>,
  terms: RegisterTerms | undefined,
): RegisterEntry[] {
  const entries = given.map((ack): RegisterEntry => {
    const covers = rows
      .filter((r) => r.acknowledgement?.id === ack.id && r.acknowledgement.at === ack.at)
      .map((r) => ({ resource: r.resource, rule: r.rule, ...(r.finding !== undefined ? { finding: r.finding } : {}) }));
    const evaluated = [...CFN_PACK_NAMES, ...K8S_PACK_NAMES].includes(ack.pack as never);
    const owner = ack.owner ?? terms?.ownerOf(ack.at);
    const reviewBy = ack.reviewBy ?? terms?.reviewBy;
    return {
      pack: ack.pack, id: ack.id, at: ack.at, reason: ack.reason, covers, usage: !evaluated ? 'not-evaluated' : covers.length ? 'used' : 'unused',
      ...(owner ? { owner } : {}), ...(reviewBy ? { reviewBy } : {}),
    };
  });
  return entries.sort((a, b) => {
    const ka = `${a.pack}\u0000${a.at}\u0000${a.id}`;
    const kb = `${b.pack}\u0000${b.at}\u0000${b.id}`;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}

function ref(row: ComplianceRow): RowRef {
  return { target: row.target, pack: row.pack, rule: row.rule, ...(row.finding !== undefined ? { finding: row.finding } : {}), resource: row.resource };
}

/**
 * What changed between `previous` and `current`. When nothing but the change list differs, the
 * previous change list is kept, so regenerating an unchanged report is a no-op (the committed
 * report stays byte-identical and still says what its own commit changed).
 */
function changesSince(previous: ComplianceReport | undefined, current: ComplianceReport): ReportChanges {
  if (!previous) return current.changes;
  const strip = (r: ComplianceReport) => JSON.stringify({ ...r, changes: undefined });
  if (previous.changes && strip(previous) === strip(current)) return previous.changes;
  const before = new Map(previous.rows.map((r) => [rowKey(r), r]));
  const after = new Map(current.rows.map((r) => [rowKey(r), r]));
  const added = current.rows.filter((r) => !before.has(rowKey(r))).map((r) => ({ ...ref(r), status: r.status }));
  const removed = previous.rows.filter((r) => !after.has(rowKey(r))).map((r) => ({ ...ref(r), status: r.status }));
  const changed = current.rows.flatMap((r) => {
    const old = before.get(rowKey(r));
    if (!old) return [];
    const reasonFrom = old.acknowledgement?.reason;
    const reasonTo = r.acknowledgement?.reason;
    if (old.status === r.status && reasonFrom === reasonTo) return [];
    return [{ ...ref(r), from: old.status, to: r.status, ...(reasonFrom !== reasonTo ? { reasonFrom, reasonTo } : {}) }];
  });
  return { baseline: 'previous', added, removed, changed };
}

/** Rows per layer, in `order`, then any layer not in it, then rows of no layer (`(no layer)`). */
function summarizeLayers(rows: readonly ComplianceRow[], order: readonly string[]): LayerSummary[] {
  const names = [...order, ...new Set(rows.map((r) => r.layer ?? '(no layer)').filter((l) => !order.includes(l)))];
  return names
    .map((layer) => {
      const of = rows.filter((r) => (r.layer ?? '(no layer)') === layer);
      const count = (status: ComplianceRow['status']) => of.filter((r) => r.status === status).length;
      return { layer, compliant: count('compliant'), acknowledged: count('acknowledged'), failing: count('failing'), total: of.length };
    })
    .filter((l) => l.total > 0);
}

/** The framework each pack's `controls` belong to (AwsSolutions and kube-linter map to none). */
const PACK_FRAMEWORK: Readonly<Record<string, string>> = {
  'HIPAA.Security': 'HIPAA Security Rule',
  'NIST.800.53.R5': 'NIST 800-53 R5',
  'PCI.DSS.321': 'PCI DSS 3.2.1',
  'ControlTower': 'AWS Control Tower',
  'PodSecurity.Restricted': 'Pod Security Standards',
};

/** The Control Tower catalogue's framework names, written as the cdk-nag packs' frameworks. */
const FRAMEWORK_NAMES: Readonly<Record<string, string>> = {
  'NIST 800-53 Rev 5': 'NIST 800-53 R5',
  'PCI DSS version 3.2.1': 'PCI DSS 3.2.1',
};

/** Frameworks in the order the report lists them. */
export const FRAMEWORK_ORDER = ['NIST 800-53 R5', 'HIPAA Security Rule', 'PCI DSS 3.2.1', 'AWS Control Tower', 'CIS AWS Benchmark 1.4', 'Pod Security Standards'];

/** The (framework, control) pairs a rule maps to, from its pack's control list and its own framework mappings. */
export function ruleControls(rule: RuleInfo): Array<{ framework: string; control: string }> {
  const out: Array<{ framework: string; control: string }> = [];
  const framework = PACK_FRAMEWORK[rule.pack];
  if (framework) for (const control of rule.controls) out.push({ framework, control });
  for (const [name, ids] of Object.entries(rule.frameworks ?? {})) for (const control of ids) out.push({ framework: FRAMEWORK_NAMES[name] ?? name, control });
  return out;
}

/** Every control the rules map to, with the rules behind it and the counts of their rows. */
function controlSummaries(rows: readonly ComplianceRow[], rules: readonly RuleInfo[]): ControlSummary[] {
  const byRule = new Map<string, { compliant: number; acknowledged: number; failing: number }>();
  for (const r of rows) {
    const c = byRule.get(r.rule) ?? { compliant: 0, acknowledged: 0, failing: 0 };
    c[r.status]++;
    byRule.set(r.rule, c);
  }
  const controls = new Map<string, { framework: string; control: string; rules: Set<string> }>();
  for (const rule of rules) {
    for (const { framework, control } of ruleControls(rule)) {
      const key = `${framework}\u0000${control}`;
      if (!controls.has(key)) controls.set(key, { framework, control, rules: new Set() });
      controls.get(key)!.rules.add(rule.id);
    }
  }
  const rank = (f: string) => (FRAMEWORK_ORDER.includes(f) ? FRAMEWORK_ORDER.indexOf(f) : FRAMEWORK_ORDER.length);
  return [...controls.values()]
    .map(({ framework, control, rules: ids }) => {
      const sorted = [...ids].sort();
      const sum = (s: 'compliant' | 'acknowledged' | 'failing') => sorted.reduce((n, id) => n + (byRule.get(id)?.[s] ?? 0), 0);
      return { framework, control, rules: sorted, compliant: sum('compliant'), acknowledged: sum('acknowledged'), failing: sum('failing') };
    })
    .sort((a, b) => rank(a.framework) - rank(b.framework) || a.framework.localeCompare(b.framework) || a.control.localeCompare(b.control, 'en', { numeric: true }));
}
