import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as YAML from 'yaml';
import { ApiObject, Testing } from 'cdk8s';
import { acknowledgeManifest, acknowledgeNag, nagEvaluations, nagPacks } from '../../lib/compliance';
import { checkSubjects } from '../../lib/compliance/k8s/pod-security';
import {
  ComplianceReport,
  buildComplianceReport,
  cloudFormationResult,
  kubernetesResult,
  parseRuleInfo,
  writeComplianceReports,
} from '../../lib/compliance/report';
import { cdkJsonContext } from '../helpers/synth';
import * as iam from 'aws-cdk-lib/aws-iam';

/**
 * A small app of its own (not the platform): an unsafe bucket (the injected violation) and a
 * second one whose S1 finding is acknowledged, synthesized once, without the gate, and
 * evaluated by the packs.
 */
const unsafe = (() => {
  const app = new App({ context: cdkJsonContext(), outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'compliance-inject-')) });
  const stack = new Stack(app, 'Inject', { env: { account: '111111111111', region: 'us-east-1' } });
  new s3.Bucket(stack, 'Unsafe', { encryption: s3.BucketEncryption.UNENCRYPTED, enforceSSL: false });
  const logged = new s3.Bucket(stack, 'Acknowledged', { encryption: s3.BucketEncryption.S3_MANAGED, enforceSSL: true });
  acknowledgeNag(logged, 'AwsSolutions', 'S1', 'This bucket is the access-log target itself, and logging it into itself would loop forever.');
  app.synth();
  return { app, result: cloudFormationResult(app, nagEvaluations(app)) };
})();

describe('CloudFormation evaluation', () => {
  test('an injected violation shows as failing, under every pack that checks it, with the rule\'s reason', () => {
    const rows = unsafe.result.rows.filter((r) => r.resource === 'Inject/Unsafe/Resource');
    const failing = rows.filter((r) => r.status === 'failing').map((r) => r.rule);
    expect(failing).toEqual(expect.arrayContaining([
      'AwsSolutions-S1',
      'AwsSolutions-S10',
      'HIPAA.Security-S3BucketSSLRequestsOnly',
      'NIST.800.53.R5-S3DefaultEncryptionKMS',
      'PCI.DSS.321-S3BucketLoggingEnabled',
    ]));
    const s1 = rows.find((r) => r.rule === 'AwsSolutions-S1')!;
    expect(s1).toMatchObject({ status: 'failing', resourceType: 'AWS::S3::Bucket', target: 'Inject', location: { file: 'cdk.out/Inject.template.json' } });
    expect(s1.detail).toMatch(/server access logs/i);
    // compliant rows are there too: the bucket blocks public access
    expect(rows.find((r) => r.rule === 'AwsSolutions-S2')?.status).toBe('compliant');
  });

  test('an acknowledgement appears with its reason and where it was given, and only on that finding', () => {
    const rows = unsafe.result.rows.filter((r) => r.resource === 'Inject/Acknowledged/Resource');
    expect(rows.find((r) => r.rule === 'AwsSolutions-S1')).toMatchObject({
      status: 'acknowledged',
      acknowledgement: {
        id: 'AwsSolutions::AwsSolutions-S1',
        reason: 'This bucket is the access-log target itself, and logging it into itself would loop forever.',
        at: 'Inject/Acknowledged',
      },
    });
    // the same finding under another pack is not acknowledged by it
    expect(rows.find((r) => r.rule === 'HIPAA.Security-S3BucketLoggingEnabled')?.status).toBe('failing');
    expect(unsafe.result.acknowledgements).toEqual([expect.objectContaining({ id: 'AwsSolutions::AwsSolutions-S1', at: 'Inject/Acknowledged', pack: 'AwsSolutions' })]);
  });

  test('granular findings get a row each; acknowledging one leaves the others failing', () => {
    // GIVEN a role with two AWS-managed policies, one acknowledged (gate on: the other fails the synth)
    const app = new App({ context: cdkJsonContext(), outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'compliance-iam4-')) });
    const stack = new Stack(app, 'Iam');
    const role = new iam.Role(stack, 'Role', {
      assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'),
      managedPolicies: ['ReadOnlyAccess', 'AmazonS3ReadOnlyAccess'].map((p) => iam.ManagedPolicy.fromAwsManagedPolicyName(p)),
    });
    acknowledgeNag(role, 'AwsSolutions', 'IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/ReadOnlyAccess]', 'The read-only auditor role is defined by AWS and must follow its updates to stay complete.');
    Validations.of(app).addPlugins(...nagPacks(app));
    // WHEN the gate runs (and fails on the unacknowledged finding)
    expect(() => app.synth()).toThrow(/AwsSolutions-IAM4\[Policy::arn:<AWS::Partition>:iam::aws:policy\/AmazonS3ReadOnlyAccess\]/);
    // THEN the gate's own record gives one row per finding
    const rows = cloudFormationResult(app, nagEvaluations(app)).rows.filter((r) => r.rule === 'AwsSolutions-IAM4');
    expect(rows.map((r) => [r.finding, r.status])).toEqual([
      ['Policy::arn:<AWS::Partition>:iam::aws:policy/AmazonS3ReadOnlyAccess', 'failing'],
      ['Policy::arn:<AWS::Partition>:iam::aws:policy/ReadOnlyAccess', 'acknowledged'],
    ]);
  });

  test('control ids are split from cdk-nag\'s info', () => {
    expect(parseRuleInfo('The API Gateway stage does not have caching enabled - (Control IDs: AU-9(3), CP-9d, SC-8(3), CP-9d).')).toEqual({
      title: 'The API Gateway stage does not have caching enabled.',
      controls: ['AU-9(3)', 'CP-9d', 'SC-8(3)'],
    });
    expect(parseRuleInfo('The S3 Bucket does not prohibit public read access - (Control ID: 164.312(a)(1)).')).toEqual({
      title: 'The S3 Bucket does not prohibit public read access.',
      controls: ['164.312(a)(1)'],
    });
    expect(parseRuleInfo('The S3 Bucket has server access logs disabled.')).toEqual({ title: 'The S3 Bucket has server access logs disabled.', controls: [] });
  });
});

// ---------------------------------------------------------------------------------------------

const NAMESPACE = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop', labels: { 'istio-injection': 'enabled' } } };
const MESH_ROOT = [
  { apiVersion: 'security.istio.io/v1', kind: 'PeerAuthentication', metadata: { name: 'default', namespace: 'istio-system' }, spec: { mtls: { mode: 'STRICT' } } },
  { apiVersion: 'security.istio.io/v1', kind: 'AuthorizationPolicy', metadata: { name: 'deny-all', namespace: 'istio-system' }, spec: {} },
];
const DEFAULT_DENY = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'default-deny', namespace: 'shop' }, spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] } };

function deployment(overrides: { privileged?: boolean; env?: Array<{ name: string; value: string }>; annotations?: Record<string, string> } = {}) {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'shop', ...(overrides.annotations ? { annotations: overrides.annotations } : {}) },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: {
          securityContext: { runAsNonRoot: true, runAsUser: 10001, seccompProfile: { type: 'RuntimeDefault' } },
          containers: [{
            name: 'web',
            image: 'nginx:1.27.3',
            env: overrides.env ?? [],
            resources: { requests: { cpu: '100m' }, limits: { memory: '128Mi' } },
            securityContext: {
              allowPrivilegeEscalation: false,
              readOnlyRootFilesystem: true,
              capabilities: { drop: ['ALL'] },
              ...(overrides.privileged ? { privileged: true } : {}),
            },
          }],
        },
      },
    },
  };
}

function folder(objects: readonly object[]) {
  const content = `# header\n${objects.map((o) => YAML.stringify(o)).join('---\n')}`;
  return { path: 'k8s/test/us-east-1', files: [{ path: 'k8s/test/us-east-1/all.yaml', content }], meshRootNamespace: 'istio-system' };
}

function rowsOf(objects: readonly object[]) {
  return kubernetesResult([folder(objects)]).rows;
}

describe('Kubernetes evaluation', () => {
  test('a compliant folder: every check on the workload and every mesh control on the namespace is compliant, with evidence', () => {
    const rows = rowsOf([NAMESPACE, ...MESH_ROOT, DEFAULT_DENY, deployment()]);
    expect(rows.filter((r) => r.status !== 'compliant')).toEqual([]);
    expect(rows.filter((r) => r.pack === 'PodSecurity.Restricted')).toHaveLength(15);
    const mesh = Object.fromEntries(rows.filter((r) => r.resource === 'Namespace/shop').map((r) => [r.rule, r.detail]));
    expect(mesh).toEqual({
      'mesh-mtls-strict': 'STRICT mesh-wide by PeerAuthentication/istio-system/default',
      'mesh-authz-default-deny': 'deny-all by AuthorizationPolicy/istio-system/deny-all (mesh-wide)',
      'netpol-default-deny': 'default-deny Ingress by NetworkPolicy/shop/default-deny, Egress by NetworkPolicy/shop/default-deny',
    });
    // rows point at the object's first line in its file
    const line = folder([NAMESPACE, ...MESH_ROOT, DEFAULT_DENY, deployment()]).files[0].content.split('\n').indexOf('apiVersion: apps/v1') + 1;
    expect(line).toBeGreaterThan(1);
    expect(rows.find((r) => r.resource === 'Deployment/shop/web')?.location).toEqual({ file: 'k8s/test/us-east-1/all.yaml', line });
  });

  test('an injected privileged container fails Pod Security and kube-linter', () => {
    const rows = rowsOf([NAMESPACE, ...MESH_ROOT, DEFAULT_DENY, deployment({ privileged: true })]);
    expect(rows.filter((r) => r.status === 'failing').map((r) => [r.pack, r.rule, r.detail])).toEqual([
      ['KubeLinter.Default', 'privilege-escalation-container', 'container web: is privileged, which allows privilege escalation'],
      ['KubeLinter.Default', 'privileged-container', 'container web: runs privileged'],
      ['PodSecurity.Restricted', 'pss-privileged', 'container web: securityContext.privileged must not be true'],
    ]);
  });

  test.each([
    ['no STRICT PeerAuthentication', [NAMESPACE, MESH_ROOT[1], DEFAULT_DENY], 'mesh-mtls-strict', /no mesh-wide PeerAuthentication with mtls.mode STRICT/],
    ['a PERMISSIVE override in the namespace', [NAMESPACE, ...MESH_ROOT, DEFAULT_DENY, { ...MESH_ROOT[0], metadata: { name: 'relax', namespace: 'shop' }, spec: { mtls: { mode: 'PERMISSIVE' } } }], 'mesh-mtls-strict', /PeerAuthentication\/shop\/relax sets mtls mode PERMISSIVE/],
    ['a namespace out of the mesh', [{ ...NAMESPACE, metadata: { name: 'shop' } }, ...MESH_ROOT, DEFAULT_DENY], 'mesh-mtls-strict', /not in the mesh/],
    ['no deny-all AuthorizationPolicy', [NAMESPACE, MESH_ROOT[0], DEFAULT_DENY], 'mesh-authz-default-deny', /no deny-all AuthorizationPolicy/],
    ['an allow-everything rule', [NAMESPACE, ...MESH_ROOT, DEFAULT_DENY, { apiVersion: 'security.istio.io/v1', kind: 'AuthorizationPolicy', metadata: { name: 'open', namespace: 'shop' }, spec: { action: 'ALLOW', rules: [{}] } }], 'mesh-authz-default-deny', /open has an empty rule/],
    ['a namespace out of the mesh, where no sidecar enforces the mesh-wide deny-all', [{ ...NAMESPACE, metadata: { name: 'shop', labels: { 'istio-injection': 'disabled' } } }, ...MESH_ROOT, DEFAULT_DENY], 'mesh-authz-default-deny', /not in the mesh .*no sidecar enforces AuthorizationPolicies/],
    ['no default-deny NetworkPolicy', [NAMESPACE, ...MESH_ROOT], 'netpol-default-deny', /no default-deny Ingress NetworkPolicy.*no default-deny Egress/],
    ['an ingress-only default-deny', [NAMESPACE, ...MESH_ROOT, { ...DEFAULT_DENY, spec: { podSelector: {}, policyTypes: ['Ingress'] } }], 'netpol-default-deny', /no default-deny Egress/],
  ])('mesh control fails with %s', (_what, objects, rule, message) => {
    const row = rowsOf(objects as object[]).find((r) => r.resource === 'Namespace/shop' && r.rule === rule)!;
    expect(row.status).toBe('failing');
    expect(row.detail).toMatch(message);
  });

  test.each([
    ['a Secret with data', { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db', namespace: 'shop' }, data: { password: 'aHVudGVyMg==' } }, 'Secret/shop/db', /carries data \(password\)/],
    ['a Secret with a credential in stringData', { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'api', namespace: 'shop' }, stringData: { token: 'abc' } }, 'Secret/shop/api', /credential keys \(token\)/],
    ['a literal password variable', deployment({ env: [{ name: 'DB_PASSWORD', value: 'hunter2' }] }), 'Deployment/shop/web', /sets DB_PASSWORD literally/],
  ])('no-literal-secrets fails for %s', (_what, object, resource, message) => {
    const row = rowsOf([NAMESPACE, ...MESH_ROOT, DEFAULT_DENY, object]).find((r) => r.resource === resource && r.rule === 'no-literal-secrets')!;
    expect(row.status).toBe('failing');
    expect(row.detail).toMatch(message);
  });

  test('an acknowledgement annotation turns a finding into an acknowledged row with its reason', () => {
    const reason = 'The legacy image writes its cache under /var/run and cannot run with a read-only root filesystem yet.';
    const rows = rowsOf([NAMESPACE, ...MESH_ROOT, DEFAULT_DENY, deployment({ privileged: true, annotations: { 'compliance.platform/acknowledge.privileged-container': reason } })]);
    expect(rows.find((r) => r.rule === 'privileged-container')).toMatchObject({
      status: 'acknowledged',
      acknowledgement: { id: 'compliance.platform/acknowledge.privileged-container', reason, at: 'Deployment/shop/web' },
    });
    expect(rows.find((r) => r.rule === 'pss-privileged')?.status).toBe('failing');
  });
});

// ---------------------------------------------------------------------------------------------

describe('report assembly', () => {
  const k8s = kubernetesResult([folder([NAMESPACE, ...MESH_ROOT, DEFAULT_DENY, deployment()])]);
  const base = (previous?: ComplianceReport) => buildComplianceReport({ project: 'p', environment: 'test', cloudFormation: unsafe.result, kubernetes: k8s, previous });

  test('summary counts per pack and status add up to the rows', () => {
    const report = base();
    for (const s of report.summary.packs) {
      const rows = report.rows.filter((r) => r.pack === s.pack);
      expect([s.pack, s.total, s.compliant, s.acknowledged, s.failing]).toEqual([
        s.pack, rows.length, ...['compliant', 'acknowledged', 'failing'].map((st) => rows.filter((r) => r.status === st).length),
      ]);
    }
    expect(report.summary.packs.map((s) => s.pack)).toEqual(['AwsSolutions', 'HIPAA.Security', 'NIST.800.53.R5', 'PCI.DSS.321', 'ControlTower', 'PodSecurity.Restricted', 'KubeLinter.Default', 'Platform.Mesh']);
    expect(report.acknowledgements).toEqual([expect.objectContaining({ id: 'AwsSolutions::AwsSolutions-S1', usage: 'used', covers: [{ resource: 'Inject/Acknowledged/Resource', rule: 'AwsSolutions-S1' }] })]);
  });

  test('changes: none for a first report, the differences against a previous one, and regenerating keeps them', () => {
    const first = base();
    expect(first.changes).toEqual({ baseline: 'none', added: [], removed: [], changed: [] });
    // GIVEN a previous report where one row was compliant and another did not exist
    const s1 = first.rows.findIndex((r) => r.rule === 'AwsSolutions-S1' && r.status === 'failing');
    const previousRows = first.rows.filter((_r, i) => i !== 0).map((r, i) => (i === s1 - 1 ? { ...r, status: 'compliant' as const, detail: undefined } : r));
    const previous: ComplianceReport = { ...first, rows: previousRows };
    // WHEN the report is built against it
    const second = base(previous);
    // THEN it names the added row and the status change
    expect(second.changes.baseline).toBe('previous');
    expect(second.changes.added).toEqual([expect.objectContaining({ rule: first.rows[0].rule, resource: first.rows[0].resource })]);
    expect(second.changes.removed).toEqual([]);
    expect(second.changes.changed).toEqual([expect.objectContaining({ rule: 'AwsSolutions-S1', from: 'compliant', to: 'failing' })]);
    // AND regenerating against itself changes nothing (the committed report stays as it is)
    expect(base(second)).toEqual(second);
  });
});

describe('check subjects', () => {
  test('per-pod checks examine workloads; cross-object checks the objects they look at', () => {
    const service = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'shop' }, spec: { selector: { app: 'web' } } };
    const external = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'ext', namespace: 'shop' }, spec: { type: 'ExternalName' } };
    const pdb = { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'web', namespace: 'shop' }, spec: { maxUnavailable: 1 } };
    const objects = [NAMESPACE, service, external, pdb, deployment()];
    expect(checkSubjects(objects, 'pss-seccomp')).toEqual(['Deployment/shop/web']);
    expect(checkSubjects(objects, 'dangling-service')).toEqual(['Service/shop/web']);
    expect(checkSubjects(objects, 'invalid-target-ports')).toEqual(['Service/shop/web', 'Service/shop/ext', 'Deployment/shop/web']);
    expect(checkSubjects(objects, 'pdb-max-unavailable')).toEqual(['PodDisruptionBudget/shop/web']);
    expect(checkSubjects(objects, 'pdb-min-available')).toEqual([]);
    expect(checkSubjects(objects, 'no-extensions-v1beta')).toHaveLength(5);
  });
});

describe('acknowledgeManifest', () => {
  test('writes the annotation the report reads', () => {
    const chart = Testing.chart();
    const ns = new ApiObject(chart, 'ns', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'tracing' } });
    acknowledgeManifest(ns, 'mesh-mtls-strict', 'The collector receives spans from outside the mesh over OTLP and terminates TLS itself.');
    expect(Testing.synth(chart)[0].metadata.annotations).toEqual({
      'compliance.platform/acknowledge.mesh-mtls-strict': 'The collector receives spans from outside the mesh over OTLP and terminates TLS itself.',
    });
  });
});

describe('writeComplianceReports', () => {
  test('writes under reports/, removes compliance files of environments no longer shipped, keeps other files', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'compliance-write-'));
    fs.mkdirSync(path.join(root, 'reports', 'gone'), { recursive: true });
    fs.writeFileSync(path.join(root, 'reports', 'gone', 'compliance.json'), '{}');
    fs.mkdirSync(path.join(root, 'reports', 'kept'), { recursive: true });
    fs.writeFileSync(path.join(root, 'reports', 'kept', 'cost.json'), '{}');
    writeComplianceReports(root, [{ path: 'reports/test/compliance.json', content: 'x\n' }]);
    expect(fs.readdirSync(path.join(root, 'reports')).sort()).toEqual(['kept', 'test']);
    expect(fs.readdirSync(path.join(root, 'reports', 'kept'))).toEqual(['cost.json']);
    expect(fs.readFileSync(path.join(root, 'reports', 'test', 'compliance.json'), 'utf8')).toBe('x\n');
    expect(() => writeComplianceReports(root, [{ path: 'k8s/x.json', content: '' }])).toThrow(/outside reports/);
  });
});
