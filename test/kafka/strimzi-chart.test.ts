import { Testing } from 'cdk8s';
import { KAFKA_STORAGE_CLASS, PlatformConfig, parseConfig, volumeKeyAlias } from '../../lib/config';
import { StrimziChart } from '../../lib/kafka/strimzi-chart';
import { expectValidManifests, validateManifests } from '../helpers/k8s-schema';
import { checkPodSecurity, expectNoPodSecurityFindings } from '../helpers/pod-security';
import { configData, shipped } from './config-fixtures';

type Manifest = Record<string, any>;

function render(config: PlatformConfig, regionName = 'us-east-1'): Manifest[] {
  const region = config.regions.find((r) => r.name === regionName)!;
  return Testing.synth(new StrimziChart(Testing.app(), 'kafka', { config, region }));
}

function find(manifests: readonly Manifest[], kind: string, name: string): Manifest {
  const hits = manifests.filter((m) => m.kind === kind && m.metadata.name === name);
  if (hits.length !== 1) throw new Error(`expected one ${kind} ${name}, found ${hits.length}`);
  return hits[0];
}

const ofKind = (manifests: readonly Manifest[], kind: string) => manifests.filter((m) => m.kind === kind);

const dev = shipped('dev');
const manifests = render(dev);
const kafka = find(manifests, 'Kafka', 'automatedai-dev-us-east-1');

/** The dev config with the whole `kafka.strimzi` section left to its defaults. */
function devDefaults(): PlatformConfig {
  const d = configData('dev');
  delete d.kafka.strimzi;
  return parseConfig(d);
}

describe('StrimziChart: every object', () => {
  test('GIVEN dev WHEN rendered THEN every object is valid against its CRD (kafka.strimzi.io/v1) or Kubernetes schema', () => {
    expectValidManifests(manifests);
    for (const m of manifests.filter((x) => x.apiVersion.startsWith('kafka.strimzi.io'))) expect(m.apiVersion).toBe('kafka.strimzi.io/v1');
  });

  test('GIVEN dev WHEN rendered THEN the registry pods pass Pod Security restricted and kube-linter defaults', () => {
    expectNoPodSecurityFindings(manifests);
  });

  test('GIVEN an unknown field in a KafkaTopic or a registry pod without its security context THEN the validators fail', () => {
    const topic = structuredClone(find(manifests, 'KafkaTopic', 'device-telemetry'));
    topic.spec.partitionz = 3;
    expect(validateManifests([topic]).join('\n')).toMatch(/KafkaTopic\/kafka\/device-telemetry: spec.*partitionz/);
    const deployment = structuredClone(find(manifests, 'Deployment', 'schema-registry'));
    delete deployment.spec.template.spec.securityContext;
    delete deployment.spec.template.spec.containers[0].securityContext;
    expect(checkPodSecurity([deployment]).map((f) => f.check)).toEqual(expect.arrayContaining(['pss-run-as-non-root', 'pss-seccomp', 'pss-privilege-escalation']));
  });

  test('GIVEN dev WHEN rendered THEN no deploy-time value (ARN, account id) is in the manifests', () => {
    const text = JSON.stringify(manifests);
    expect(text).not.toMatch(/arn:aws|333333333333/);
  });

  test('fails when the region runs MSK', () => {
    const prod = shipped('prod');
    expect(() => render(prod)).toThrow(/StrimziChart: the Kafka engine of us-east-1 is msk, not strimzi/);
  });
});

describe('StrimziChart: namespace and storage', () => {
  test('GIVEN dev THEN the Kafka namespace enforces Pod Security restricted and injects the sidecar (for the registry)', () => {
    expect(find(manifests, 'Namespace', 'kafka').metadata.labels).toMatchObject({
      'pod-security.kubernetes.io/enforce': 'restricted',
      'pod-security.kubernetes.io/audit': 'restricted',
      'pod-security.kubernetes.io/warn': 'restricted',
      'istio-injection': 'enabled',
    });
  });

  test('GIVEN dev THEN volumes are gp3, encrypted with the region key by its derived alias, retained and expandable', () => {
    expect(find(manifests, 'StorageClass', KAFKA_STORAGE_CLASS)).toMatchObject({
      provisioner: 'ebs.csi.aws.com',
      parameters: { type: 'gp3', encrypted: 'true', kmsKeyId: volumeKeyAlias(dev, dev.regions[0]) },
      reclaimPolicy: 'Retain',
      allowVolumeExpansion: true,
      volumeBindingMode: 'WaitForFirstConsumer',
    });
  });
});

describe('StrimziChart: the Kafka cluster', () => {
  test('GIVEN dev THEN listeners are internal TLS on 9093 with mutual-TLS client auth only (no plaintext), limited to the clients and the registry', () => {
    expect(kafka.spec.kafka.listeners).toHaveLength(1);
    expect(kafka.spec.kafka.listeners[0]).toMatchObject({ name: 'tls', port: 9093, type: 'internal', tls: true, authentication: { type: 'tls' } });
    const peers = kafka.spec.kafka.listeners[0].networkPolicyPeers;
    expect(peers.map((p: any) => p.podSelector.matchLabels.app)).toEqual(['iot-service', 'healthcare-service', 'device-metrics-aggregator', 'feature-archiver', 'schema-registry']);
  });

  test('GIVEN allowPlaintext WHEN rendered THEN the seed\'s plain 9092 listener is added (dev only: production refuses it)', () => {
    const d = configData('dev');
    d.kafka.strimzi.allowPlaintext = true;
    const k = find(render(parseConfig(d)), 'Kafka', 'automatedai-dev-us-east-1');
    expect(k.spec.kafka.listeners.map((l: any) => [l.name, l.port, l.tls])).toEqual([['tls', 9093, true], ['plain', 9092, false]]);
  });

  test('GIVEN dev THEN brokers replicate by default (RF 3, min ISR 2), create and delete no topic, never elect an unclean leader, and authorize with ACLs', () => {
    expect(kafka.spec.kafka.version).toBe('4.2.0');
    expect(kafka.spec.kafka.config).toMatchObject({
      'default.replication.factor': '3',
      'min.insync.replicas': '2',
      'auto.create.topics.enable': 'false',
      'delete.topic.enable': 'false',
      'unclean.leader.election.enable': 'false',
    });
    expect(kafka.spec.kafka.authorization).toEqual({ type: 'simple' });
    expect(kafka.spec.entityOperator).toMatchObject({ topicOperator: {}, userOperator: {} });
  });

  test('GIVEN dev THEN Kafka and entity-operator pods stay out of the mesh and run restricted with a read-only root', () => {
    for (const template of [kafka.spec.kafka.template, kafka.spec.entityOperator.template]) {
      expect(template.pod.metadata.labels).toEqual({ 'sidecar.istio.io/inject': 'false' });
      expect(template.pod.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    }
    for (const container of [kafka.spec.kafka.template.kafkaContainer, kafka.spec.entityOperator.template.topicOperatorContainer, kafka.spec.entityOperator.template.userOperatorContainer]) {
      expect(container.securityContext).toEqual({ allowPrivilegeEscalation: false, privileged: false, readOnlyRootFilesystem: true, runAsNonRoot: true, capabilities: { drop: ['ALL'] } });
    }
  });

  test('GIVEN the strimzi defaults THEN KRaft runs as two node pools of 3 (controllers, brokers) on 100Gi persistent claims, spread over zones', () => {
    const pools = ofKind(render(devDefaults()), 'KafkaNodePool');
    expect(pools.map((p) => [p.metadata.name, p.spec.roles, p.spec.replicas, p.spec.storage])).toEqual(
      [['controllers', ['controller']], ['brokers', ['broker']]].map(([name, roles]) => [
        name,
        roles,
        3,
        { type: 'persistent-claim', size: '100Gi', class: KAFKA_STORAGE_CLASS, deleteClaim: false },
      ]),
    );
    for (const pool of pools) {
      expect(pool.metadata.labels['strimzi.io/cluster']).toBe('automatedai-dev-us-east-1');
      expect(pool.spec.template.pod.topologySpreadConstraints.map((c: any) => c.topologyKey)).toEqual(['topology.kubernetes.io/zone', 'kubernetes.io/hostname']);
    }
  });

  test('GIVEN dev THEN pool sizes and resources come from the config', () => {
    const brokers = find(manifests, 'KafkaNodePool', 'brokers');
    expect(brokers.spec.storage.size).toBe('20Gi');
    expect(brokers.spec.resources).toEqual({ requests: { cpu: '250m', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } });
  });
});

describe('StrimziChart: topics and users', () => {
  test('GIVEN dev THEN each configured topic is a KafkaTopic with its partitions, replicas and settings; the registry gets its three', () => {
    const topics = ofKind(manifests, 'KafkaTopic');
    expect(topics.map((t) => [t.metadata.name, t.spec.partitions, t.spec.replicas])).toEqual([
      ['device-telemetry', 12, 3],
      ['device-telemetry-dlq', 3, 3],
      ['patient-events', 6, 3],
      ['patient-events-dlq', 3, 3],
      ['device-metrics-5min', 6, 3],
      ['patient-events-retry', 6, 3],
      ['device-metrics-aggregator-windows-changelog', 12, 3],
      ['kafkasql-journal', 1, 3],
      ['kafkasql-snapshots', 1, 3],
      ['registry-events', 1, 3],
    ]);
    expect(find(manifests, 'KafkaTopic', 'patient-events').spec.config).toEqual({
      'cleanup.policy': 'delete',
      'min.insync.replicas': 2,
      'retention.ms': 720 * 3_600_000,
      'unclean.leader.election.enable': false,
    });
    for (const t of topics) expect(t.metadata.labels['strimzi.io/cluster']).toBe('automatedai-dev-us-east-1');
  });

  const acls = (name: string) =>
    find(manifests, 'KafkaUser', name).spec.authorization.acls.map((a: any) => `${a.resource.type}:${a.resource.name ?? '-'}:${a.resource.patternType ?? '-'} ${a.operations.join(',')}`);

  test('GIVEN iot-service WHEN its KafkaUser is rendered THEN mTLS, and ACLs exactly for its topics, dead-letter and retry topics and group', () => {
    expect(find(manifests, 'KafkaUser', 'iot-service').spec.authentication).toEqual({ type: 'tls' });
    expect(acls('iot-service')).toEqual([
      'topic:device-telemetry:literal Write,Describe',
      'topic:patient-events-dlq:literal Write,Describe',
      'topic:patient-events-retry:literal Write,Describe',
      'cluster:-:- IdempotentWrite',
      'topic:patient-events:literal Read,Describe',
      'topic:patient-events-retry:literal Read,Describe',
      'group:iot-service-group:literal Read',
    ]);
  });

  test('GIVEN healthcare-service THEN no transactional id and nothing beyond its topics, retry and dead-letter topics and healthcare-service-group', () => {
    expect(acls('healthcare-service')).toEqual([
      'topic:device-telemetry-dlq:literal Write,Describe',
      'topic:patient-events:literal Write,Describe',
      'topic:patient-events-dlq:literal Write,Describe',
      'topic:patient-events-retry:literal Write,Describe',
      'cluster:-:- IdempotentWrite',
      'topic:device-telemetry:literal Read,Describe',
      'topic:patient-events:literal Read,Describe',
      'topic:patient-events-retry:literal Read,Describe',
      'group:healthcare-service-group:literal Read',
    ]);
  });

  test('GIVEN the stream job THEN prefixed ACLs for its internal topics and restore groups, a prefixed transactional id, and its input, output and dead letters', () => {
    expect(acls('device-metrics-aggregator')).toEqual([
      'topic:device-metrics-5min:literal Write,Describe',
      'topic:device-telemetry-dlq:literal Write,Describe',
      'cluster:-:- IdempotentWrite',
      'transactionalId:device-metrics-aggregator-:prefix Write,Describe',
      'topic:device-telemetry:literal Read,Describe',
      'topic:device-metrics-aggregator-:prefix Read,Write,Describe',
      'group:device-metrics-aggregator-group:literal Read',
      'group:device-metrics-aggregator-:prefix Read',
    ]);
    expect(find(manifests, 'KafkaTopic', 'device-metrics-aggregator-windows-changelog').spec.config).toMatchObject({ 'cleanup.policy': 'compact', 'retention.ms': -1 });
  });

  test('GIVEN the schema registry THEN its user may use only its own topics and groups', () => {
    expect(acls('schema-registry')).toEqual([
      'topic:kafkasql-journal:literal Read,Write,Describe,DescribeConfigs',
      'topic:kafkasql-snapshots:literal Read,Write,Describe,DescribeConfigs',
      'topic:registry-events:literal Read,Write,Describe,DescribeConfigs',
      'cluster:-:- IdempotentWrite',
      'group:apicurio-:prefix Read,Describe',
    ]);
  });
});

describe('StrimziChart: schema registry', () => {
  const deployment = find(manifests, 'Deployment', 'schema-registry');
  const container = deployment.spec.template.spec.containers[0];
  const env = Object.fromEntries(container.env.filter((e: any) => e.value !== undefined).map((e: any) => [e.name, e.value]));

  test('GIVEN dev THEN Apicurio (pinned) stores schemas in Kafka over mutual TLS with hostname checks, BACKWARD and FULL-validity rules', () => {
    expect(container.image).toBe('quay.io/apicurio/apicurio-registry:3.3.0');
    expect(deployment.spec.replicas).toBe(1);
    expect(env).toMatchObject({
      APICURIO_STORAGE_KIND: 'kafkasql',
      APICURIO_KAFKASQL_BOOTSTRAP_SERVERS: 'automatedai-dev-us-east-1-kafka-bootstrap.kafka.svc:9093',
      APICURIO_KAFKASQL_SECURITY_PROTOCOL: 'SSL',
      APICURIO_KAFKA_COMMON_SSL_ENDPOINT_IDENTIFICATION_ALGORITHM: 'HTTPS',
      APICURIO_KAFKASQL_TOPIC_AUTO_CREATE: 'false',
      APICURIO_RULES_GLOBAL_COMPATIBILITY: 'BACKWARD',
      APICURIO_RULES_GLOBAL_VALIDITY: 'FULL',
    });
    const secrets = container.env.filter((e: any) => e.valueFrom).map((e: any) => [e.name, e.valueFrom.secretKeyRef.name, e.valueFrom.secretKeyRef.key]);
    expect(secrets).toEqual([
      ['APICURIO_KAFKASQL_SECURITY_SSL_TRUSTSTORE_PASSWORD', 'automatedai-dev-us-east-1-cluster-ca-cert', 'ca.password'],
      ['APICURIO_KAFKASQL_SECURITY_SSL_KEYSTORE_PASSWORD', 'schema-registry', 'user.password'],
    ]);
  });

  test('GIVEN kafka.schemaCompatibility FULL THEN Apicurio\'s global rule follows it', () => {
    const d = configData('dev');
    d.kafka.schemaCompatibility = 'FULL';
    const registry = find(render(parseConfig(d)), 'Deployment', 'schema-registry').spec.template.spec.containers[0];
    expect(registry.env).toContainEqual({ name: 'APICURIO_RULES_GLOBAL_COMPATIBILITY', value: 'FULL' });
  });

  test('GIVEN dev THEN only the client services\' identities may call the registry (mesh mTLS), on its port', () => {
    const policy = find(manifests, 'AuthorizationPolicy', 'allow-schema-registry-clients');
    expect(policy.spec).toEqual({
      action: 'ALLOW',
      selector: { matchLabels: { app: 'schema-registry' } },
      rules: [{
        from: [{ source: { principals: ['cluster.local/ns/iot-service/sa/iot-service', 'cluster.local/ns/healthcare-service/sa/healthcare-service', 'cluster.local/ns/device-metrics-aggregator/sa/device-metrics-aggregator', 'cluster.local/ns/ml/sa/feature-archiver'] } }],
        to: [{ operation: { ports: ['8080'] } }],
      }],
    });
  });

  test('GIVEN replicas above one THEN a disruption budget keeps one registry up', () => {
    const pdbs = ofKind(render(devDefaults()), 'PodDisruptionBudget');
    expect(pdbs.map((p) => [p.metadata.name, p.spec.minAvailable])).toEqual([['schema-registry', 1]]);
    expect(ofKind(manifests, 'PodDisruptionBudget')).toEqual([]);
  });
});

describe('StrimziChart: network policies', () => {
  const policies = ofKind(manifests, 'NetworkPolicy');
  /** The ingress policy named `name` (egress policies may share a name). */
  const ingress = (name: string) => policies.find((p) => p.metadata.name === name && p.spec.policyTypes[0] === 'Ingress')!;

  test('GIVEN dev THEN the namespace denies all traffic by default', () => {
    expect(find(policies, 'NetworkPolicy', 'default-deny').spec).toEqual({ podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
  });

  test('GIVEN dev THEN brokers accept clients and the registry on 9093 only', () => {
    const p = ingress('allow-kafka-clients');
    expect(p.spec.podSelector.matchLabels).toMatchObject({ 'strimzi.io/broker-role': 'true' });
    expect(p.spec.ingress).toEqual([{
      from: [
        { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'iot-service' } }, podSelector: { matchLabels: { app: 'iot-service' } } },
        { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'healthcare-service' } }, podSelector: { matchLabels: { app: 'healthcare-service' } } },
        { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'device-metrics-aggregator' } }, podSelector: { matchLabels: { app: 'device-metrics-aggregator' } } },
        { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ml' } }, podSelector: { matchLabels: { app: 'feature-archiver' } } },
        { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kafka' } }, podSelector: { matchLabels: { app: 'schema-registry' } } },
      ],
      ports: [{ protocol: 'TCP', port: 9093 }],
    }]);
  });

  test('GIVEN dev THEN the operators reach the Kafka pods\' control ports and Prometheus their metrics port', () => {
    expect(ingress('allow-strimzi-operators').spec.ingress[0].ports).toEqual([{ protocol: 'TCP', port: 9090 }, { protocol: 'TCP', port: 9091 }]);
    expect(ingress('allow-prometheus').spec.ingress[0].ports).toEqual([{ protocol: 'TCP', port: 9404 }]);
  });
});

describe('StrimziChart: tripwire', () => {
  test('GIVEN dev WHEN rendered THEN the manifests match the snapshot', () => {
    expect(manifests).toMatchSnapshot();
  });
});
