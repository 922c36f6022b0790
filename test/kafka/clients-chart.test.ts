import { Testing } from 'cdk8s';
import { KAFKA_USER_STORE_NAME, PARAMETER_STORE_NAME, PlatformConfig, kafkaParameterName, parseConfig, kafkaEnvFromSecrets } from '../../lib/config';
import { clusterCharts } from '../../lib/platform/render';
import { CLIENT_CONTRACT_KEYS, KafkaClientsChart } from '../../lib/kafka/clients-chart';
import { CONTRACT_KEYS, readSettings } from '../../jobs/stream-processor/src/settings';
import { expectValidManifests } from '../helpers/k8s-schema';
import { configData, shipped } from './config-fixtures';

type Manifest = Record<string, any>;

function render(config: PlatformConfig, regionName: string): Manifest[] {
  const region = config.regions.find((r) => r.name === regionName)!;
  return Testing.synth(new KafkaClientsChart(Testing.app(), 'kafka-clients', { config, region }));
}

function find(manifests: readonly Manifest[], kind: string, name: string, namespace?: string): Manifest {
  const hits = manifests.filter((m) => m.kind === kind && m.metadata.name === name && (namespace === undefined || m.metadata.namespace === namespace));
  if (hits.length !== 1) throw new Error(`expected one ${kind} ${namespace ?? '*'}/${name}, found ${hits.length}`);
  return hits[0];
}

const prod = shipped('prod');
const dev = shipped('dev');
const rendered = {
  'prod us-east-1 (MSK)': render(prod, 'us-east-1'),
  'prod eu-west-1 (MSK)': render(prod, 'eu-west-1'),
  'dev us-east-1 (Strimzi)': render(dev, 'us-east-1'),
};
const msk = rendered['prod us-east-1 (MSK)'];
const strimzi = rendered['dev us-east-1 (Strimzi)'];

describe('KafkaClientsChart: every rendering', () => {
  test.each(Object.entries(rendered))('%s: every object is schema-valid', (_name, manifests) => {
    expectValidManifests(manifests);
  });

  test.each(Object.entries(rendered))('%s: no Secret, no broker host name, no ARN or account id in git', (_name, manifests) => {
    expect(manifests.map((m) => m.kind)).not.toContain('Secret');
    const text = JSON.stringify(manifests);
    expect(text).not.toMatch(/arn:aws|\d{12}|b-\d+\.[a-z0-9-]+\..*kafka/);
  });

  test('GIVEN no Kafka clients WHEN rendered THEN nothing is rendered (no store open to no one)', () => {
    const d = configData('prod');
    d.kafka.clients = [];
    d.streams.jobs = []; // a job is a client too (and its input would have no producer)
    delete d.ml; // so is the feature archiver
    expect(render(parseConfig(d), 'us-east-1')).toEqual([]);
  });
});

describe('KafkaClientsChart on MSK', () => {
  test('GIVEN prod THEN a Parameter Store ClusterSecretStore in the region, with the controller\'s own credentials, admits only the client namespaces', () => {
    expect(find(msk, 'ClusterSecretStore', PARAMETER_STORE_NAME).spec).toEqual({
      provider: { aws: { service: 'ParameterStore', region: 'us-east-1' } },
      conditions: [{ namespaces: ['device-metrics-aggregator', 'healthcare-service', 'iot-service', 'ml'] }],
    });
  });

  test('GIVEN iot-service THEN its Secret carries the published bootstrap brokers and IAM (AWS_MSK_IAM) settings, its group, idempotence, where its failed records go, and the Glue registry', () => {
    const es = find(msk, 'ExternalSecret', 'iot-service-kafka', 'iot-service');
    expect(es.spec.secretStoreRef).toEqual({ kind: 'ClusterSecretStore', name: PARAMETER_STORE_NAME });
    expect(es.spec.data).toEqual([{ secretKey: 'bootstrap', remoteRef: { key: kafkaParameterName(prod, prod.regions[0], 'bootstrap-brokers') } }]);
    expect(es.spec.target.template.data).toEqual({
      AWS_REGION: 'us-east-1',
      GLUE_SCHEMA_REGISTRY_NAME: 'automatedai-prod',
      KAFKA_BOOTSTRAP_SERVERS: '{{ .bootstrap }}',
      KAFKA_ACKS: 'all',
      KAFKA_AUTH_MECHANISM: 'AWS_MSK_IAM',
      KAFKA_CLIENT_ID: 'iot-service',
      KAFKA_CONSUMER_GROUP: 'iot-service-group',
      KAFKA_DEAD_LETTER_TOPICS: 'patient-events=patient-events-dlq',
      KAFKA_ENABLE_IDEMPOTENCE: 'true',
      KAFKA_RETRY_ATTEMPTS: 'patient-events=3',
      KAFKA_RETRY_TOPICS: 'patient-events=patient-events-retry',
      KAFKA_SASL_CLIENT_CALLBACK_HANDLER_CLASS: 'software.amazon.msk.auth.iam.IAMClientCallbackHandler',
      KAFKA_SASL_JAAS_CONFIG: 'software.amazon.msk.auth.iam.IAMLoginModule required;',
      KAFKA_SASL_MECHANISM: 'AWS_MSK_IAM',
      KAFKA_SECURITY_PROTOCOL: 'SASL_SSL',
      KAFKA_WIRE_FORMAT: 'glue',
      SCHEMA_REGISTRY_TYPE: 'glue',
      SCHEMA_REGISTRY_URL: 'https://glue.us-east-1.amazonaws.com',
    });
  });

  test('GIVEN healthcare-service THEN it consumes patient events and telemetry in healthcare-service-group, each with its dead-letter topic', () => {
    const data = find(msk, 'ExternalSecret', 'healthcare-service-kafka', 'healthcare-service').spec.target.template.data;
    expect(data).toMatchObject({
      KAFKA_CONSUMER_GROUP: 'healthcare-service-group',
      KAFKA_DEAD_LETTER_TOPICS: 'patient-events=patient-events-dlq,device-telemetry=device-telemetry-dlq',
      KAFKA_ENABLE_IDEMPOTENCE: 'true',
    });
  });

  test.each(Object.entries(rendered))('%s: every connection Secret holds the client contract, with the same keys whatever the engine', (_name, manifests) => {
    const secrets = manifests.filter((m) => m.kind === 'ExternalSecret');
    expect(secrets.length).toBeGreaterThan(2);
    for (const es of secrets) expect(Object.keys(es.spec.target.template.data)).toEqual(expect.arrayContaining([...CLIENT_CONTRACT_KEYS]));
    const engineOf = (m: Manifest) => m.spec.target.template.data.SCHEMA_REGISTRY_TYPE;
    expect(new Set(secrets.map(engineOf)).size).toBe(1);
  });

  test('GIVEN the job\'s settings reader THEN it reads exactly the platform\'s contract keys (tested compatibility layer)', () => {
    expect([...CONTRACT_KEYS].sort()).toEqual([...CLIENT_CONTRACT_KEYS].sort());
    for (const manifests of [msk, strimzi]) {
      const data = find(manifests, 'ExternalSecret', 'device-metrics-aggregator-kafka', 'device-metrics-aggregator').spec.target.template.data;
      const env = { ...data, STREAM_JOB_NAME: 'j', STREAM_INPUT_TOPIC: 'i', STREAM_OUTPUT_TOPIC: 'o', STREAM_DEAD_LETTER_TOPIC: 'd', STREAM_CHANGELOG_TOPIC: 'c', STREAM_WINDOW_SECONDS: '300', STREAM_GRACE_SECONDS: '60', METRICS_PORT: '9464' };
      const settings = readSettings(env);
      expect([settings.auth.mechanism, settings.registry.type]).toEqual(manifests === msk ? ['AWS_MSK_IAM', 'glue'] : ['MTLS', 'confluent']);
      expect(settings).toMatchObject({ consumerGroup: 'device-metrics-aggregator-group', transactionalIdPrefix: 'device-metrics-aggregator-', windowMs: 300_000 });
    }
    expect(() => readSettings({ KAFKA_AUTH_MECHANISM: 'PLAIN', STREAM_WINDOW_SECONDS: '90' })).toThrow(/KAFKA_BOOTSTRAP_SERVERS is not set[\s\S]*KAFKA_AUTH_MECHANISM must be AWS_MSK_IAM or MTLS, got 'PLAIN'[\s\S]*STREAM_WINDOW_SECONDS must be a whole number of minutes/);
  });

  test('GIVEN a client pod THEN it may reach the VPC on the MSK IAM port and 443 (Glue endpoint) and the Pod Identity agent, nothing else', () => {
    const np = find(msk, 'NetworkPolicy', 'allow-kafka', 'healthcare-service');
    expect(np.spec).toEqual({
      podSelector: { matchLabels: { app: 'healthcare-service' } },
      policyTypes: ['Egress'],
      egress: [
        { to: [{ ipBlock: { cidr: '10.0.0.0/16' } }], ports: [{ protocol: 'TCP', port: 443 }, { protocol: 'TCP', port: 9098 }] },
        { to: [{ ipBlock: { cidr: '169.254.170.23/32' } }], ports: [{ protocol: 'TCP', port: 80 }] },
      ],
    });
    expect(find(rendered['prod eu-west-1 (MSK)'], 'NetworkPolicy', 'allow-kafka', 'healthcare-service').spec.egress[0].to).toEqual([{ ipBlock: { cidr: '10.1.0.0/16' } }]);
  });

  test('GIVEN Istio REGISTRY_ONLY THEN each client namespace knows the region\'s MSK domain (TLS by SNI), Glue and the Pod Identity agent, for itself only', () => {
    const entries = msk.filter((m) => m.kind === 'ServiceEntry' && m.metadata.namespace === 'iot-service');
    expect(entries.map((e) => [e.metadata.name, e.spec.hosts, e.spec.resolution, e.spec.ports, e.spec.exportTo])).toEqual([
      ['msk-brokers', ['*.kafka.us-east-1.amazonaws.com'], 'NONE', [{ number: 9098, name: 'tls-msk-iam', protocol: 'TLS' }], ['.']],
      ['glue', ['glue.us-east-1.amazonaws.com'], 'DNS', [{ number: 443, name: 'tls', protocol: 'TLS' }], ['.']],
      ['eks-pod-identity-agent', ['eks-pod-identity-agent.local'], 'STATIC', [{ number: 80, name: 'tcp-credentials', protocol: 'TCP' }], ['.']],
    ]);
    for (const e of entries) expect(e.spec.location).toBe('MESH_EXTERNAL');
  });

  test('GIVEN every MSK principal (client services and stream jobs) THEN its namespace has the Pod Identity agent\'s ServiceEntry, once', () => {
    const principals = [...prod.kafka.clients.map((c) => c.service), ...prod.streams.jobs.map((j) => j.name)];
    expect(principals).toContain('device-metrics-aggregator');
    for (const ns of principals) {
      const entries = msk.filter((m) => m.kind === 'ServiceEntry' && m.metadata.namespace === ns && m.metadata.name === 'eks-pod-identity-agent');
      expect([ns, entries.length]).toEqual([ns, 1]);
    }
  });
});

describe('KafkaClientsChart on Strimzi', () => {
  test('GIVEN dev THEN the user certificates are copied from the Kafka namespace by a reader that may get exactly those Secrets', () => {
    expect(find(strimzi, 'Role', 'kafka-user-reader', 'kafka').rules).toEqual([
      { apiGroups: [''], resources: ['secrets'], verbs: ['get'], resourceNames: ['automatedai-dev-us-east-1-cluster-ca-cert', 'device-metrics-aggregator', 'feature-archiver', 'healthcare-service', 'iot-service'] },
    ]);
    expect(find(strimzi, 'ClusterSecretStore', KAFKA_USER_STORE_NAME).spec).toEqual({
      provider: {
        kubernetes: {
          remoteNamespace: 'kafka',
          server: { caProvider: { type: 'ConfigMap', name: 'kube-root-ca.crt', key: 'ca.crt', namespace: 'kafka' } },
          auth: { serviceAccount: { name: 'kafka-user-reader', namespace: 'kafka' } },
        },
      },
      conditions: [{ namespaces: ['device-metrics-aggregator', 'healthcare-service', 'iot-service', 'ml'] }],
    });
    expect(find(strimzi, 'ServiceAccount', 'kafka-user-reader', 'kafka').automountServiceAccountToken).toBe(false);
  });

  test('GIVEN healthcare-service THEN its Secret holds its own certificate and key, the cluster CA, the TLS bootstrap and the registry URL', () => {
    const es = find(strimzi, 'ExternalSecret', 'healthcare-service-kafka', 'healthcare-service');
    expect(es.spec.data.map((d: any) => [d.secretKey, d.remoteRef.key, d.remoteRef.property])).toEqual([
      ['cert', 'healthcare-service', 'user.crt'],
      ['key', 'healthcare-service', 'user.key'],
      ['ca', 'automatedai-dev-us-east-1-cluster-ca-cert', 'ca.crt'],
    ]);
    expect(es.spec.target.template.data).toMatchObject({
      KAFKA_BOOTSTRAP_SERVERS: 'automatedai-dev-us-east-1-kafka-bootstrap.kafka.svc:9093',
      KAFKA_SECURITY_PROTOCOL: 'SSL',
      KAFKA_SSL_CERTIFICATE_PEM: '{{ .cert }}',
      SCHEMA_REGISTRY_URL: 'http://schema-registry.kafka.svc.cluster.local:8080/apis/ccompat/v7',
    });
    expect(es.spec.target.template.data.KAFKA_TRANSACTIONAL_ID_PREFIX).toBeUndefined();
  });

  test('GIVEN a client pod THEN it may reach the brokers on 9093 and the registry on 8080, and needs no ServiceEntry (in-cluster hosts)', () => {
    const np = find(strimzi, 'NetworkPolicy', 'allow-kafka', 'iot-service');
    expect(np.spec.egress.map((r: any) => [r.to[0].namespaceSelector.matchLabels['kubernetes.io/metadata.name'], r.to[0].podSelector.matchLabels, r.ports])).toEqual([
      ['kafka', { 'strimzi.io/cluster': 'automatedai-dev-us-east-1', 'strimzi.io/kind': 'Kafka', 'strimzi.io/broker-role': 'true' }, [{ protocol: 'TCP', port: 9093 }]],
      ['kafka', { app: 'schema-registry' }, [{ protocol: 'TCP', port: 8080 }]],
    ]);
    expect(strimzi.filter((m) => m.kind === 'ServiceEntry')).toEqual([]);
  });

  test('GIVEN the clients THEN their pods load the connection Secret (envFrom); other services load nothing', () => {
    expect(kafkaEnvFromSecrets(dev, { name: 'iot-service' })).toEqual(['iot-service-kafka']);
    expect(kafkaEnvFromSecrets(dev, { name: 'billing' })).toEqual([]);
  });
});

describe('KafkaClientsChart: tripwire', () => {
  test.each(Object.entries(rendered))('%s matches the snapshot', (_name, manifests) => {
    expect(manifests).toMatchSnapshot();
  });
});

describe('render wiring', () => {
  const folder = clusterCharts(dev, dev.regions[0]);

  test('GIVEN dev WHEN the cluster is rendered THEN the Strimzi and client charts are in its folder, and MSK regions get no Strimzi chart', () => {
    expect(folder.charts.map((c) => c.node.id)).toEqual(expect.arrayContaining(['kafka', 'kafka-clients']));
    expect(clusterCharts(prod, prod.regions[0]).charts.map((c) => c.node.id)).not.toContain('kafka');
  });

  test('GIVEN a Kafka client service WHEN rendered THEN every version loads its connection Secret', () => {
    const chart = folder.charts.find((c) => c.node.id === 'service-iot-service')!;
    const deployments = Testing.synth(chart).filter((m) => m.kind === 'Deployment');
    expect(deployments.length).toBeGreaterThan(0);
    for (const d of deployments) expect(d.spec.template.spec.containers[0].envFrom).toEqual([{ secretRef: { name: 'iot-service-kafka' } }]);
  });
});
