import { Testing } from 'cdk8s';
import * as YAML from 'yaml';
import { FEAST_SERVICE_ACCOUNT, MLFLOW_SERVICE_ACCOUNT, containerAssetsRepository, featureStoreEndpointSecretName, featureStoreLoginSecretName, mlflowDatabaseSecretName } from '../../lib/config';
import { mlImage } from '../../lib/ml/images';
import { MlChart } from '../../lib/ml/ml-chart';
import { expectValidManifests, validateManifests } from '../helpers/k8s-schema';
import { checkPodSecurity, formatFindings } from '../helpers/pod-security';
import { Manifest, find, ofKind, regionOf, renderMl, shipped, variant } from './fixtures';

const prod = shipped('prod');
const east = renderMl(prod, 'us-east-1');
const west = renderMl(prod, 'eu-west-1');
const dev = renderMl(shipped('dev'), 'us-east-1');
const featureStore = (manifests: Manifest[]) => YAML.parse(find(manifests, 'ConfigMap', 'feature-store', 'ml').data['feature_store.yaml']);

describe('the ML namespace', () => {
  test('GIVEN the chart WHEN rendered THEN the namespace enforces Pod Security "restricted" and gets Istio sidecars', () => {
    expect(find(east, 'Namespace', 'ml').metadata.labels).toMatchObject({
      'pod-security.kubernetes.io/enforce': 'restricted',
      'pod-security.kubernetes.io/audit': 'restricted',
      'pod-security.kubernetes.io/warn': 'restricted',
      'istio-injection': 'enabled',
    });
  });

  test('GIVEN the chart WHEN rendered THEN traffic is denied by default, with DNS, istiod and Prometheus allowed', () => {
    expect(find(east, 'NetworkPolicy', 'default-deny', 'ml').spec).toEqual({ podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
    for (const name of ['allow-dns', 'allow-mesh-control-plane', 'allow-prometheus']) expect(find(east, 'NetworkPolicy', name, 'ml')).toBeDefined();
  });
});

describe('MLflow tracking server', () => {
  const deployment = find(east, 'Deployment', 'mlflow', 'ml');
  const pod = deployment.spec.template.spec;
  const container = pod.containers[0];

  test('GIVEN the config WHEN rendered THEN it runs as its Pod Identity service account, with the configured image and replicas', () => {
    expect(deployment.spec.replicas).toBe(2);
    expect(pod.serviceAccountName).toBe(MLFLOW_SERVICE_ACCOUNT);
    expect(pod.automountServiceAccountToken).toBe(false);
    // Built from ml/mlflow by the ML stack: the region's container-assets repository, tagged with the asset hash.
    expect(container.image).toBe(mlImage(regionOf(shipped('prod'), 'us-east-1'), 'mlflow'));
    expect(find(east, 'Service', 'mlflow', 'ml').spec.ports).toEqual([{ name: 'http', port: 5000, targetPort: 'http', protocol: 'TCP' }]);
    expect(find(east, 'PodDisruptionBudget', 'mlflow', 'ml').spec.minAvailable).toBe(1);
  });

  test('GIVEN a region WHEN rendered THEN artifacts are proxied to its own prefix of its model bucket', () => {
    const args = (d: Manifest) => d.spec.template.spec.containers[0].args;
    expect(args(deployment)).toEqual(['server', '--host', '0.0.0.0', '--port', '5000', '--serve-artifacts', '--artifacts-destination', 's3://automatedai-prod-ml-models-us-east-1/mlflow/us-east-1']);
    expect(args(find(west, 'Deployment', 'mlflow', 'ml'))).toContain('s3://automatedai-prod-ml-models-eu-west-1/mlflow/eu-west-1');
  });

  test('GIVEN the database login WHEN rendered THEN it reaches the pod only through an ExternalSecret, never in args or plain env', () => {
    const es = find(east, 'ExternalSecret', 'mlflow-db', 'ml');
    expect(es.spec.secretStoreRef).toEqual({ kind: 'ClusterSecretStore', name: 'aws-secrets-manager' });
    expect(new Set(es.spec.data.map((d: any) => d.remoteRef.key))).toEqual(new Set([mlflowDatabaseSecretName(prod)]));
    expect(es.spec.target.template.data.MLFLOW_BACKEND_STORE_URI).toBe('postgresql://{{ .username }}:{{ .password }}@{{ .host }}:{{ .port }}/{{ .dbname }}?sslmode=require');
    expect(container.env).toContainEqual({ name: 'MLFLOW_BACKEND_STORE_URI', valueFrom: { secretKeyRef: { name: 'mlflow-db', key: 'MLFLOW_BACKEND_STORE_URI' } } });
    expect(JSON.stringify(container.args)).not.toMatch(/postgres|password/i);
  });

  test('GIVEN the pod WHEN checked THEN it passes Pod Security "restricted" and kube-linter\'s defaults', () => {
    expect(formatFindings(checkPodSecurity(east))).toBe('');
    expect(formatFindings(checkPodSecurity(dev))).toBe('');
  });

  test('GIVEN a privileged MLflow pod WHEN checked THEN the pod-security check fails', () => {
    const bad = structuredClone(east);
    const d = bad.find((m) => m.kind === 'Deployment')!;
    d.spec.template.spec.containers[0].securityContext = { privileged: true };
    expect(checkPodSecurity(bad).map((f) => f.check)).toEqual(expect.arrayContaining(['pss-privileged', 'privileged-container']));
  });

  test('GIVEN the egress policy WHEN rendered THEN MLflow reaches the database port in the VPC and AWS APIs, nothing else', () => {
    const np = find(east, 'NetworkPolicy', 'mlflow-egress', 'ml');
    expect(np.spec.egress[0]).toEqual({ to: [{ ipBlock: { cidr: '10.0.0.0/16' } }], ports: [{ protocol: 'TCP', port: 5433 }] });
    expect(np.spec.egress.slice(1).map((r: any) => r.ports[0].port)).toEqual([443, 80]);
  });

  test('GIVEN no MLflow callers WHEN rendered THEN nothing admits callers; GIVEN one THEN its identity and pods are admitted', () => {
    expect(ofKind(east, 'AuthorizationPolicy')).toEqual([]);
    const config = variant('prod', (d) => (d.ml.mlflow.callers = ['healthcare-service']));
    const manifests = renderMl(config, 'us-east-1');
    expect(find(manifests, 'AuthorizationPolicy', 'allow-mlflow-callers', 'ml').spec.rules[0].from[0].source.principals)
      .toEqual(['cluster.local/ns/healthcare-service/sa/healthcare-service']);
    expect(find(manifests, 'NetworkPolicy', 'allow-mlflow', 'healthcare-service').spec.egress[0].ports).toEqual([{ protocol: 'TCP', port: 5000 }]);
  });

  test('GIVEN one replica (dev) WHEN rendered THEN no disruption budget blocks node drains', () => {
    expect(ofKind(dev, 'PodDisruptionBudget')).toEqual([]);
  });
});

describe('Feast', () => {
  test('GIVEN a region WHEN rendered THEN feature_store.yaml points at its feature bucket and the Valkey online store with the TTL', () => {
    expect(featureStore(east)).toEqual({
      project: 'automatedai_prod',
      provider: 'aws',
      registry: { registry_type: 'file', path: 's3://automatedai-prod-ml-features-us-east-1/registry/registry.db', cache_ttl_seconds: 60 },
      online_store: {
        type: 'redis',
        redis_type: 'redis_cluster',
        connection_string: '${FEAST_ONLINE_STORE_CONNECTION_STRING}',
        key_ttl_seconds: 30 * 86400,
      },
      offline_store: { type: 'file' },
      entity_key_serialization_version: 3,
    });
    expect(featureStore(west).registry.path).toBe('s3://automatedai-prod-ml-features-eu-west-1/registry/registry.db');
  });

  test('GIVEN the ConfigMap WHEN rendered THEN it holds no secret: the connection string comes from an ExternalSecret', () => {
    const text = find(east, 'ConfigMap', 'feature-store', 'ml').data['feature_store.yaml'];
    expect(text).not.toMatch(/password=|amazonaws\.com|cache\./);
    const es = find(east, 'ExternalSecret', 'feast-online-store', 'ml');
    expect(es.spec.data.map((d: any) => d.remoteRef.key)).toEqual([
      featureStoreEndpointSecretName(prod), featureStoreLoginSecretName(prod), featureStoreLoginSecretName(prod),
    ]);
    expect(es.spec.target.template.data.FEAST_ONLINE_STORE_CONNECTION_STRING).toBe('{{ .endpoint }},ssl=true,username={{ .username }},password={{ .password }}');
    expect(find(east, 'ServiceAccount', FEAST_SERVICE_ACCOUNT, 'ml').automountServiceAccountToken).toBe(false);
  });

  test('GIVEN a TTL and project in the config WHEN rendered THEN the file follows them', () => {
    const config = variant('prod', (d) => (d.ml.featureStore = { ...d.ml.featureStore, ttlDays: 7, project: 'devices' }));
    const doc = featureStore(renderMl(config, 'us-east-1'));
    expect([doc.project, doc.online_store.key_ttl_seconds]).toEqual(['devices', 7 * 86400]);
  });

  test('GIVEN Feast pods WHEN rendered THEN they reach the cache ports in the VPC and AWS APIs', () => {
    const np = find(east, 'NetworkPolicy', 'feast-egress', 'ml');
    expect(np.spec.podSelector).toEqual({ matchLabels: { app: 'feast' } });
    expect(np.spec.egress[0]).toEqual({ to: [{ ipBlock: { cidr: '10.0.0.0/16' } }], ports: [{ protocol: 'TCP', port: 6379 }, { protocol: 'TCP', port: 6380 }] });
  });
});

describe('validity', () => {
  test.each([['prod us-east-1', east], ['prod eu-west-1', west], ['dev us-east-1', dev]])('GIVEN %s WHEN validated THEN every object matches its schema', (_n, manifests) => {
    expectValidManifests(manifests);
  });

  test('GIVEN a malformed ExternalSecret WHEN validated THEN the schema check fails', () => {
    const bad = structuredClone(find(east, 'ExternalSecret', 'mlflow-db', 'ml'));
    bad.spec.secretStoreRef.kind = 'Vault';
    expect(validateManifests([bad]).join('\n')).toMatch(/secretStoreRef\.kind/);
  });

  test('no deploy-time values: no ARNs, account ids, endpoints (but the derived image repository)', () => {
    const config = shipped('prod');
    const text = config.regions.reduce((t, r) => t.split(containerAssetsRepository(r)).join('<ml-images>'), JSON.stringify([east, west]));
    expect(text).not.toMatch(/arn:aws|111111111111|222222222222|rds\.amazonaws|cache\.amazonaws/);
  });
});

test('GIVEN an environment without an ml section WHEN the chart is built THEN it refuses', () => {
  const config = variant('prod', (d) => delete d.ml);
  expect(() => new MlChart(Testing.app(), 'ml', { config, region: regionOf(config, 'us-east-1') })).toThrow(/config\.ml is not set/);
});

test('snapshot (tripwire)', () => {
  expect(east).toMatchSnapshot();
});
