import { Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-33';
import {
  ExternalSecret,
  ExternalSecretSpecSecretStoreRefKind,
} from '../../lib/imports/eso-externalsecret-external-secrets.io';
import { VirtualService } from '../../lib/imports/istio-networking.istio.io';
import {
  PrometheusRule,
  PrometheusRuleSpecGroupsRulesExpr,
} from '../../lib/imports/prom-prometheusrule-monitoring.coreos.com';
import { Kafka, KafkaSpecKafkaListenersType } from '../../lib/imports/strimzi-kafka-kafka.strimzi.io';
import {
  TargetGroupBindingV1Beta1,
  TargetGroupBindingV1Beta1SpecServiceRefPort,
} from '../../lib/imports/aws-lbc-targetgroupbinding-elbv2.k8s.aws';
import {
  expectValidManifests,
  listCustomResourceTypes,
  validateManifest,
  validateManifests,
} from './k8s-schema';

type Manifest = Record<string, any>;

/** Deep copy, so a test can break one field of a shared fixture. */
function clone(manifest: Manifest): Manifest {
  return JSON.parse(JSON.stringify(manifest));
}

function only(manifests: Manifest[], kind: string): Manifest {
  const found = manifests.filter((m) => m.kind === kind);
  expect(found).toHaveLength(1);
  return found[0];
}

// Synthesized once for the file; every test clones what it changes.
const customResources = ((): Manifest[] => {
  const chart = Testing.chart();
  new VirtualService(chart, 'reviews', {
    metadata: { namespace: 'shop', labels: { 'app.kubernetes.io/name': 'reviews' } },
    spec: {
      hosts: ['reviews.shop.svc.cluster.local'],
      http: [{
        match: [{ uri: { prefix: '/v2' } }],
        route: [{ destination: { host: 'reviews', subset: 'v2', port: { number: 9080 } }, weight: 100 }],
        retries: { attempts: 3, perTryTimeout: '2s' },
        timeout: '10s',
      }],
    },
  });
  new Kafka(chart, 'events', {
    metadata: { namespace: 'kafka' },
    spec: {
      kafka: {
        version: '4.1.0',
        listeners: [{ name: 'tls', port: 9093, type: KafkaSpecKafkaListenersType.INTERNAL, tls: true }],
        // `config` preserves unknown fields: any broker setting is allowed.
        config: { 'min.insync.replicas': 2, 'default.replication.factor': 3 },
      },
      entityOperator: { topicOperator: {}, userOperator: {} },
    },
  });
  new TargetGroupBindingV1Beta1(chart, 'tgb', {
    spec: {
      serviceRef: { name: 'web', port: TargetGroupBindingV1Beta1SpecServiceRefPort.fromNumber(80) },
      targetGroupArn: 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123456789abcdef',
    },
  });
  new PrometheusRule(chart, 'rules', {
    spec: {
      groups: [{
        name: 'web',
        partialResponseStrategy: 'WARN',
        rules: [{ alert: 'WebDown', expr: PrometheusRuleSpecGroupsRulesExpr.fromString('up{job="web"} == 0'), for: '5m' }],
      }],
    },
  });
  new ExternalSecret(chart, 'db', {
    spec: {
      secretStoreRef: { kind: ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE, name: 'aws' },
      target: { name: 'db' },
      dataFrom: [{ extract: { key: 'prod/db' } }],
    },
  });
  return Testing.synth(chart);
})();

const coreObjects = ((): Manifest[] => {
  const chart = Testing.chart();
  new kplus.Namespace(chart, 'ns');
  const sa = new kplus.ServiceAccount(chart, 'sa', { automountToken: false });
  const web = new kplus.Deployment(chart, 'web', {
    replicas: 3,
    serviceAccount: sa,
    containers: [{ image: 'nginx:1.27.3', portNumber: 8080 }],
  });
  web.exposeViaService({ ports: [{ port: 80, targetPort: 8080 }] });
  const worker = new kplus.Deployment(chart, 'worker', { containers: [{ image: 'busybox:1.36' }] });
  new kplus.HorizontalPodAutoscaler(chart, 'hpa', { target: worker, minReplicas: 2, maxReplicas: 5 });
  new kplus.k8s.KubePodDisruptionBudget(chart, 'pdb', {
    spec: { maxUnavailable: kplus.k8s.IntOrString.fromNumber(1), selector: { matchLabels: web.matchLabels } },
  });
  const config = new kplus.ConfigMap(chart, 'config', { data: { LOG_LEVEL: 'info' } });
  const policy = new kplus.NetworkPolicy(chart, 'np', { selector: web });
  policy.addIngressRule(worker, [kplus.NetworkPolicyPort.tcp(8080)]);
  const role = new kplus.Role(chart, 'role');
  role.allowRead(config);
  role.bind(sa);
  return Testing.synth(chart);
})();

describe('custom resources (vendored CRD schemas)', () => {
  test('a valid Istio VirtualService (networking.istio.io/v1) passes', () => {
    // GIVEN
    const vs = only(customResources, 'VirtualService');
    // WHEN
    const errors = validateManifest(vs);
    // THEN
    expect(vs.apiVersion).toBe('networking.istio.io/v1');
    expect(errors).toEqual([]);
  });

  test('fails when a VirtualService has an unknown field in spec', () => {
    // GIVEN
    const vs = clone(only(customResources, 'VirtualService'));
    vs.spec.hostz = ['typo'];
    // WHEN
    const errors = validateManifest(vs);
    // THEN
    expect(errors).toEqual(['spec: unknown field "hostz"']);
  });

  test('fails when a VirtualService has an unknown field deep in a route', () => {
    // GIVEN
    const vs = clone(only(customResources, 'VirtualService'));
    vs.spec.http[0].route[0].destination.subsets = 'v2';
    // WHEN
    const errors = validateManifest(vs);
    // THEN
    expect(errors).toEqual(['spec.http[0].route[0].destination: unknown field "subsets"']);
  });

  test('fails when a VirtualService field has the wrong type', () => {
    // GIVEN
    const vs = clone(only(customResources, 'VirtualService'));
    vs.spec.hosts = 'reviews';
    vs.spec.http[0].retries.attempts = 'three';
    // WHEN
    const errors = validateManifest(vs);
    // THEN
    expect(errors).toEqual(['spec.hosts: must be array', 'spec.http[0].retries.attempts: must be integer']);
  });

  test('a valid Strimzi Kafka (kafka.strimzi.io/v1) passes, free-form config included', () => {
    // GIVEN
    const kafka = only(customResources, 'Kafka');
    // WHEN
    const errors = validateManifest(kafka);
    // THEN
    expect(kafka.apiVersion).toBe('kafka.strimzi.io/v1');
    expect(errors).toEqual([]);
  });

  test('fails when a Strimzi Kafka has a bad field', () => {
    // GIVEN: `replicas` moved to KafkaNodePool in Strimzi 1.x; `tls` must be a boolean.
    const kafka = clone(only(customResources, 'Kafka'));
    kafka.spec.kafka.replicas = 3;
    kafka.spec.kafka.listeners[0].tls = 'yes';
    // WHEN
    const errors = validateManifest(kafka);
    // THEN
    expect(errors).toEqual(['spec.kafka: unknown field "replicas"', 'spec.kafka.listeners[0].tls: must be boolean']);
  });

  test('fails when a Strimzi Kafka listener type is not in the enum', () => {
    // GIVEN
    const kafka = clone(only(customResources, 'Kafka'));
    kafka.spec.kafka.listeners[0].type = 'clusterip';
    // WHEN
    const errors = validateManifest(kafka);
    // THEN
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^spec\.kafka\.listeners\[0\]\.type: must be one of "internal", /);
  });

  test('x-kubernetes-int-or-string accepts a number or a string and nothing else', () => {
    // GIVEN
    const byNumber = only(customResources, 'TargetGroupBinding');
    const byName = clone(byNumber);
    byName.spec.serviceRef.port = 'http';
    const byBoolean = clone(byNumber);
    byBoolean.spec.serviceRef.port = true;
    // WHEN / THEN
    expect(byNumber.apiVersion).toBe('elbv2.k8s.aws/v1beta1');
    expect(validateManifest(byNumber)).toEqual([]);
    expect(validateManifest(byName)).toEqual([]);
    expect(validateManifest(byBoolean)).toEqual(['spec.serviceRef.port: must be integer or string']);
  });

  test('Go regex flags in CRD patterns work ((?i) in PrometheusRule)', () => {
    // GIVEN: the pattern is ^(?i)(abort|warn)?$, so WARN is valid and anything else is not.
    const rule = only(customResources, 'PrometheusRule');
    const bad = clone(rule);
    bad.spec.groups[0].partial_response_strategy = 'ignore';
    // WHEN / THEN
    expect(rule.spec.groups[0].partial_response_strategy).toBe('WARN');
    expect(validateManifest(rule)).toEqual([]);
    expect(validateManifest(bad)).toEqual(['spec.groups[0].partial_response_strategy: must match pattern "^(?i)(abort|warn)?$"']);
  });

  test('a valid ExternalSecret (external-secrets.io/v1) passes', () => {
    expect(validateManifest(only(customResources, 'ExternalSecret'))).toEqual([]);
  });

  test('fails when the CRD does not serve the version', () => {
    // GIVEN: ESO v1beta1 is still in the CRD but no longer served.
    const secret = clone(only(customResources, 'ExternalSecret'));
    secret.apiVersion = 'external-secrets.io/v1beta1';
    // WHEN
    const errors = validateManifest(secret);
    // THEN
    expect(errors).toEqual([
      'no schema for external-secrets.io/v1beta1 ExternalSecret: version v1beta1 is not served by '
      + 'CRD externalsecrets.external-secrets.io (crds/external-secrets/externalsecrets.yaml)',
    ]);
  });

  test('fails when the CRD has no such version', () => {
    // GIVEN: Strimzi 1.x removed v1beta2.
    const kafka = clone(only(customResources, 'Kafka'));
    kafka.apiVersion = 'kafka.strimzi.io/v1beta2';
    // WHEN / THEN
    expect(validateManifest(kafka)).toEqual([
      'no schema for kafka.strimzi.io/v1beta2 Kafka: the vendored CRD defines only v1',
    ]);
  });

  test('fails when custom resource metadata is missing a name or has an unknown field', () => {
    // GIVEN
    const vs = clone(only(customResources, 'VirtualService'));
    delete vs.metadata.name;
    vs.metadata.label = { a: 'b' };
    // WHEN
    const errors = validateManifest(vs);
    // THEN
    expect(errors).toEqual(['metadata: missing required field "name"', 'metadata: unknown field "label"']);
  });

  test('the index holds every CRD in crds/ (34 CRDs from 20 files)', () => {
    // WHEN
    const types = listCustomResourceTypes();
    // THEN
    const crds = new Set(types.map((t) => `${t.group}/${t.kind}`));
    const files = new Set(types.map((t) => t.file));
    expect(crds.size).toBe(34);
    expect(files.size).toBe(20);
    expect(types).toContainEqual(expect.objectContaining({
      group: 'external-secrets.io', version: 'v1beta1', kind: 'ExternalSecret', served: false,
    }));
  });
});

describe('built-in kinds (kubernetes-models)', () => {
  test('cdk8s-plus output of common kinds passes', () => {
    // GIVEN
    const kinds = coreObjects.map((m) => `${m.apiVersion} ${m.kind}`).sort();
    // WHEN
    const errors = validateManifests(coreObjects);
    // THEN
    expect(kinds).toEqual([
      'apps/v1 Deployment',
      'apps/v1 Deployment',
      'autoscaling/v2 HorizontalPodAutoscaler',
      'networking.k8s.io/v1 NetworkPolicy',
      'policy/v1 PodDisruptionBudget',
      'rbac.authorization.k8s.io/v1 Role',
      'rbac.authorization.k8s.io/v1 RoleBinding',
      'v1 ConfigMap',
      'v1 Namespace',
      'v1 Service',
      'v1 ServiceAccount',
    ]);
    expect(errors).toEqual([]);
  });

  test('fails when a Deployment has unknown fields (kubernetes-models alone would accept them)', () => {
    // GIVEN
    const deployment = clone(coreObjects.find((m) => m.kind === 'Deployment')!);
    deployment.spec.replica = 2;
    deployment.spec.template.spec.containers[0].imagePullPolcy = 'Always';
    // WHEN
    const errors = validateManifest(deployment);
    // THEN
    expect(errors).toEqual([
      'spec: unknown field "replica"',
      'spec.template.spec.containers[0]: unknown field "imagePullPolcy"',
    ]);
  });

  test('fails when a Deployment field has the wrong type or value', () => {
    // GIVEN
    const deployment = clone(coreObjects.find((m) => m.kind === 'Deployment')!);
    deployment.spec.replicas = '3';
    deployment.spec.template.spec.containers[0].imagePullPolicy = 'Sometimes';
    // WHEN
    const errors = validateManifest(deployment);
    // THEN
    expect(errors).toEqual([
      'spec.replicas: must be integer',
      'spec.template.spec.containers[0].imagePullPolicy: must be one of "Always", "IfNotPresent", "Never"',
    ]);
  });

  test('fails when a Deployment misses a required field', () => {
    // GIVEN
    const deployment = clone(coreObjects.find((m) => m.kind === 'Deployment')!);
    delete deployment.spec.selector;
    // WHEN / THEN
    expect(validateManifest(deployment)).toEqual(['spec: missing required field "selector"']);
  });

  test('fails when labels are not strings or not valid label values', () => {
    // GIVEN
    const config = clone(coreObjects.find((m) => m.kind === 'ConfigMap')!);
    config.metadata.labels = { version: 3, release: '1.2.3+build' };
    // WHEN
    const errors = validateManifest(config);
    // THEN
    expect(errors).toEqual([
      'metadata.labels.release: invalid label value "1.2.3+build" (at most 63 of [A-Za-z0-9-_.], alphanumeric at both ends)',
      'metadata.labels.version: must be a string',
      'metadata.labels.version: must be string',
    ]);
  });
});

describe('kinds without a schema', () => {
  test.each([
    ['example.com/v1', 'Widget'],
    ['apps/v1', 'Deploymnet'],
    ['v1', 'PodSpec'],
    ['networking.istio.io/v1', 'VirtualServce'],
  ])('fails for %s %s', (apiVersion, kind) => {
    // WHEN
    const errors = validateManifest({ apiVersion, kind, metadata: { name: 'x' } });
    // THEN
    expect(errors).toEqual([expect.stringMatching(new RegExp(`^no schema for ${apiVersion} ${kind}: `))]);
  });

  test('fails when apiVersion or kind is missing', () => {
    expect(validateManifest({ metadata: { name: 'x' } })).toEqual(['apiVersion and kind must be non-empty strings']);
  });
});

describe('expectValidManifests', () => {
  test('passes for valid manifests', () => {
    expect(() => expectValidManifests([...customResources, ...coreObjects])).not.toThrow();
  });

  test('throws one error naming each invalid object', () => {
    // GIVEN
    const vs = clone(only(customResources, 'VirtualService'));
    vs.spec.bogus = true;
    // WHEN / THEN
    expect(() => expectValidManifests([vs, { apiVersion: 'v1', kind: 'Nope', metadata: { name: 'n' } }])).toThrow(
      /2 schema problem\(s\)[\s\S]*VirtualService\/shop\/test-reviews-c8[0-9a-f]+: spec: unknown field "bogus"[\s\S]*Nope\/n: no schema for v1 Nope/,
    );
  });
});
