import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Testing } from 'cdk8s';
import * as YAML from 'yaml';
import { AssetManifestArtifact } from 'aws-cdk-lib/cx-api';
import { PlatformConfig, parseConfig, streamJobImage } from '../../lib/config';
import { JOB_METRICS, JOB_METRICS_PORT, JOB_RUN_AS_USER, JOB_SCHEMA_MOUNT, StreamJobChart, jobImageTag, streamsLayer } from '../../lib/streams';
import { expectValidManifests } from '../helpers/k8s-schema';
import { expectNoPodSecurityFindings } from '../helpers/pod-security';
import { configData, shipped } from '../kafka/config-fixtures';
import { promtoolTest, runRuleTests } from '../observability/promtool';
import { ROOT, synthEnv } from '../helpers/synth';

type Manifest = Record<string, any>;

function render(config: PlatformConfig, regionName: string, job = config.streams.jobs[0]): Manifest[] {
  const region = config.regions.find((r) => r.name === regionName)!;
  return Testing.synth(new StreamJobChart(Testing.app(), 'stream', { config, region, job, imageTag: jobImageTag() }));
}

const find = (ms: readonly Manifest[], kind: string, name?: string) => {
  const hits = ms.filter((m) => m.kind === kind && (name === undefined || m.metadata.name === name));
  if (hits.length !== 1) throw new Error(`expected one ${kind} ${name ?? ''}, found ${hits.length}`);
  return hits[0];
};

const prod = shipped('prod');
const dev = shipped('dev');
const prodUs = render(prod, 'us-east-1');
const devUs = render(dev, 'us-east-1');
const NS = 'device-metrics-aggregator';

describe('StreamJobChart', () => {
  test.each([['prod', prodUs], ['dev', devUs]])('%s: every object is schema-valid and the pod passes Pod Security "restricted" and kube-linter', (_env, ms) => {
    expectValidManifests(ms);
    expectNoPodSecurityFindings(ms);
  });

  test('GIVEN prod THEN a StatefulSet of the configured replicas runs the job image from the region\'s container-assets repository, non-root, read-only, with the Kafka Secret and its STREAM_* settings', () => {
    const sts = find(prodUs, 'StatefulSet', NS);
    expect(sts.metadata.namespace).toBe(NS);
    expect(sts.spec.replicas).toBe(3);
    expect(sts.spec.podManagementPolicy).toBe('Parallel');
    const pod = sts.spec.template.spec;
    expect(pod.serviceAccountName).toBe(NS);
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: JOB_RUN_AS_USER });
    const c = pod.containers[0];
    expect(c.image).toBe(streamJobImage(prod.regions[0], jobImageTag()));
    expect(c.image).toMatch(/^111111111111\.dkr\.ecr\.us-east-1\.amazonaws\.com\/cdk-hnb659fds-container-assets-111111111111-us-east-1:[0-9a-f]{64}$/);
    expect(c.envFrom).toEqual([{ secretRef: { name: 'device-metrics-aggregator-kafka' } }]);
    expect(Object.fromEntries(c.env.map((e: any) => [e.name, e.value]))).toEqual({
      METRICS_PORT: String(JOB_METRICS_PORT),
      STREAM_CHANGELOG_TOPIC: 'device-metrics-aggregator-windows-changelog',
      STREAM_DEAD_LETTER_TOPIC: 'device-telemetry-dlq',
      STREAM_GRACE_SECONDS: '60',
      STREAM_INPUT_TOPIC: 'device-telemetry',
      STREAM_JOB_NAME: NS,
      STREAM_OUTPUT_SCHEMA: 'device-metrics-5min',
      STREAM_OUTPUT_TOPIC: 'device-metrics-5min',
      STREAM_WINDOW_SECONDS: '300',
    });
    expect(c.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
    expect(find(devUs, 'StatefulSet', NS).spec.replicas).toBe(1);
    expect(find(prodUs, 'PodDisruptionBudget', NS).spec.maxUnavailable).toBe(1);
  });

  test('GIVEN the job THEN its schemas ConfigMap holds this commit\'s input and output schemas, mounted where the job reads them', () => {
    const cm = find(prodUs, 'ConfigMap', `${NS}-schemas`);
    const file = (name: string) => JSON.stringify(JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', name), 'utf8')));
    expect(cm.data).toEqual({ 'input.avsc': file('device-telemetry.avsc'), 'output.avsc': file('device-metrics-5min.avsc') });
    const mounts = find(prodUs, 'StatefulSet', NS).spec.template.spec.containers[0].volumeMounts;
    expect(mounts).toContainEqual({ name: 'schemas', mountPath: JOB_SCHEMA_MOUNT, readOnly: true });
    // The job's runtime reads the same path.
    expect(fs.readFileSync(path.join(ROOT, 'jobs/stream-processor/src/runtime/main.ts'), 'utf8')).toContain(`const SCHEMA_MOUNT = '${JOB_SCHEMA_MOUNT}';`);
  });

  test('GIVEN the namespace THEN restricted, in the mesh, default deny with DNS, istiod and Prometheus (metrics port, mTLS GET /metrics) only', () => {
    expect(find(prodUs, 'Namespace').metadata.labels).toMatchObject({ 'pod-security.kubernetes.io/enforce': 'restricted', 'istio-injection': 'enabled' });
    const policies = prodUs.filter((m) => m.kind === 'NetworkPolicy').map((m) => m.metadata.name).sort();
    expect(policies).toEqual(['allow-dns', 'allow-mesh-control-plane', 'allow-prometheus', 'default-deny']);
    expect(find(prodUs, 'NetworkPolicy', 'allow-prometheus').spec.ingress[0].ports.map((p: any) => p.port)).toEqual([JOB_METRICS_PORT, 15020]);
    expect(find(prodUs, 'AuthorizationPolicy', 'allow-prometheus').spec.rules[0].to).toEqual([{ operation: { ports: [String(JOB_METRICS_PORT)], methods: ['GET'], paths: ['/metrics'] } }]);
    expect(find(prodUs, 'PodMonitor', NS).spec).toMatchObject({ scrapeClass: 'istio-mtls', podMetricsEndpoints: [{ port: 'http-metrics', path: '/metrics', scheme: 'https' }] });
  });

  test('GIVEN the alerts THEN consumer lag above lagAlertRecords for lagAlertMinutes pages, dead letters open a ticket, missing instances page', () => {
    const rules = find(prodUs, 'PrometheusRule').spec.groups[0].rules;
    expect(rules.map((r: any) => [r.alert, r.expr, r.for, r.labels.severity])).toEqual([
      ['StreamJobConsumerLag', `sum by (namespace) (max by (namespace, topic, partition) (${JOB_METRICS.lag}{namespace="${NS}"})) > 10000`, '10m', 'page'],
      ['StreamJobDeadLetters', `sum by (namespace) (increase(${JOB_METRICS.records}{namespace="${NS}",result="dead_letter"}[15m])) > 0`, '0m', 'ticket'],
      ['StreamJobInstancesDown', `(count(up{namespace="${NS}"} == 1) or vector(0)) < 3`, '10m', 'page'],
    ]);
    const d = configData('prod');
    Object.assign(d.streams.jobs[0], { lagAlertRecords: 5, lagAlertMinutes: 3 });
    const changed = find(render(parseConfig(d), 'us-east-1'), 'PrometheusRule').spec.groups[0].rules[0];
    expect([changed.expr, changed.for]).toEqual([`sum by (namespace) (max by (namespace, topic, partition) (${JOB_METRICS.lag}{namespace="${NS}"})) > 5`, '3m']);
  });

  promtoolTest('GIVEN the lag alert WHEN promtool runs it THEN it fires after lagAlertMinutes above the bound and stays quiet below', () => {
    const rule = find(prodUs, 'PrometheusRule');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stream-rules-'));
    fs.writeFileSync(path.join(dir, 'rules.yaml'), YAML.stringify({ groups: rule.spec.groups }));
    // Two instances report the same two partitions: the lag counts once per partition.
    const series = (value: number) => ['0', '1'].flatMap((partition) => ['device-metrics-aggregator-0', 'device-metrics-aggregator-1'].map((pod) => (
      { series: `${JOB_METRICS.lag}{namespace="${NS}",pod="${pod}",topic="device-telemetry",partition="${partition}"}`, values: `${value}x30` })));
    const result = runRuleTests(dir, 'lag.test.yaml', [
      { name: 'above for 15m', input_series: series(6000), eval_time: '15m', alertname: 'StreamJobConsumerLag', exp_alerts: [{ exp_labels: { namespace: NS, severity: 'page', job_name: NS }, exp_annotations: rule.spec.groups[0].rules[0].annotations }] },
      { name: 'above for 5m only', input_series: series(6000), eval_time: '5m', alertname: 'StreamJobConsumerLag', exp_alerts: [] },
      { name: 'below (it would be above if the instances were added up)', input_series: series(4000), eval_time: '15m', alertname: 'StreamJobConsumerLag', exp_alerts: [] },
    ]);
    expect(result.output).toMatch(/SUCCESS/);
    expect(result.status).toBe(0);
  });
});

describe('the streams layer', () => {
  const synth = synthEnv('prod');

  test('GIVEN prod THEN each region stack has the job\'s Pod Identity role and association, and its MSK policy attaches to that role', () => {
    const t = synth.template('Region-us-east-1');
    t.hasResourceProperties('AWS::EKS::PodIdentityAssociation', { Namespace: NS, ServiceAccount: NS });
    t.hasResourceProperties('AWS::IAM::Role', { RoleName: `automatedai-prod-us-east-1-${NS}` });
    const policies = Object.values(t.findResources('AWS::IAM::ManagedPolicy')).filter((p: any) => String(p.Properties.Description).startsWith(`${NS} on `));
    expect(policies).toHaveLength(1);
  });

  test('GIVEN prod THEN each region stack carries the job image as a Docker asset from jobs/stream-processor, tagged as the manifests name it', () => {
    for (const region of ['us-east-1', 'eu-west-1']) {
      const stack = synth.assembly.getStackArtifact(`Region-${region}`);
      const manifest = stack.dependencies.find((d): d is AssetManifestArtifact => d instanceof AssetManifestArtifact)!;
      const images = Object.values(manifest.contents.dockerImages ?? {});
      expect(images).toHaveLength(1);
      const image = images[0];
      expect(Object.values(image.destinations).map((d) => d.imageTag)).toEqual([jobImageTag()]);
      expect(Object.values(image.destinations).map((d) => d.repositoryName)).toEqual([`cdk-hnb659fds-container-assets-111111111111-${region}`]);
      expect(image.source.platform).toBe('linux/amd64');
      const staged = path.join(synth.outdir, image.source.directory!);
      expect(fs.readdirSync(staged).sort()).toEqual(['.dockerignore', 'Dockerfile', 'package-lock.json', 'package.json', 'src', 'tsconfig.json']);
    }
  });

  test('GIVEN no jobs THEN the layer renders nothing and adds no image', () => {
    const d = configData('dev');
    d.streams.jobs = [];
    const config = parseConfig(d);
    expect(streamsLayer.charts!({ app: Testing.app(), config, region: config.regions[0] })).toEqual([]);
  });

  test('GIVEN a change to the job\'s source THEN the image tag changes (a new version is a new tag)', () => {
    const copy = () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'job-src-'));
      fs.cpSync(path.join(ROOT, 'jobs/stream-processor'), dir, { recursive: true, filter: (src) => !src.includes('node_modules') });
      return dir;
    };
    expect(jobImageTag(copy())).toBe(jobImageTag());
    const changed = copy();
    fs.appendFileSync(path.join(changed, 'src', 'windows.ts'), '\n// changed\n');
    expect(jobImageTag(changed)).not.toBe(jobImageTag());
  });
});
