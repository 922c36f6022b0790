import { k8s } from 'cdk8s-plus-33';
import { Construct } from 'constructs';
import * as YAML from 'yaml';
import {
  FEAST_SERVICE_ACCOUNT,
  MLFLOW_SERVICE_ACCOUNT,
  SECRET_STORE_NAME,
  featureBucketName,
  featureStoreEndpointSecretName,
  featureStoreLoginSecretName,
  featureStoreProject,
  mlNamespace,
  mlflowDatabaseSecretName,
  modelBucketName,
} from '../config';
import {
  ExternalSecret,
  ExternalSecretSpecSecretStoreRefKind,
  ExternalSecretSpecTargetCreationPolicy,
  ExternalSecretSpecTargetTemplateEngineVersion,
} from '../imports/eso-externalsecret-external-secrets.io';
import { ServiceEntry, ServiceEntrySpecLocation, ServiceEntrySpecResolution } from '../imports/istio-networking.istio.io';
import { restrictedNamespaceLabels } from '../k8s/namespaces';
import { ClusterChart, ClusterChartProps } from '../k8s/cluster-chart';
import { ISTIO_PORTS } from '../config/mesh-names';
import {
  controlPlaneEgressPolicy,
  defaultDenyPolicy,
  dnsEgressPolicy,
  matchLabels,
  namespacePeer,
  tcpPorts,
} from '../k8s/network-policies';
import { ONLINE_STORE_PORTS } from './feature-store';
import { mlImage } from './images';
import {
  FEAST_SELECTOR,
  MLFLOW_PORT,
  MLFLOW_SELECTOR,
  ML_TMP_SIZE_LIMIT,
  allowServiceCallers,
  awsEgressRules,
  httpService,
  mlContainerSecurityContext,
  mlPodSecurityContext,
  replicaDisruptionBudget,
  spreadPods,
} from './ml-k8s';
import { MLFLOW_DB_PORT } from './mlflow-database';
import { FEAST_OFFLINE_PREFIX, FEAST_REGISTRY_PREFIX, mlflowArtifactPrefix } from './workload-access';

/** Kubernetes Secret (ml namespace) holding `MLFLOW_BACKEND_STORE_URI`, made by an ExternalSecret. */
export const MLFLOW_DB_SECRET = 'mlflow-db';

/** Kubernetes Secret holding `FEAST_ONLINE_STORE_CONNECTION_STRING`, made by an ExternalSecret. */
export const FEAST_ONLINE_STORE_SECRET = 'feast-online-store';

/** ConfigMap holding Feast's `feature_store.yaml`. */
export const FEAST_CONFIG_MAP = 'feature-store';

/** Environment variable (from {@link FEAST_ONLINE_STORE_SECRET}) `feature_store.yaml` reads the online store's connection string from. */
export const FEAST_CONNECTION_ENV = 'FEAST_ONLINE_STORE_CONNECTION_STRING';

/** How often ExternalSecrets re-read AWS Secrets Manager. */
export const REFRESH_INTERVAL = '1h';

/** Props of {@link MlChart}. */
export type MlChartProps = ClusterChartProps;

/**
 * The ML namespace of one cluster and what the platform runs in it besides the models:
 *
 * - the namespace (Pod Security `restricted` enforced, Istio sidecars), default-deny
 *   NetworkPolicies with DNS, istiod and Prometheus allowed;
 * - the MLflow tracking server: ServiceAccount (Pod Identity: its artifact prefix), a Deployment
 *   that stores runs in the Aurora database (URI from an ExternalSecret) and artifacts in the
 *   region's model bucket (proxied: clients upload through the server and need no S3 access), a
 *   Service, a PodDisruptionBudget, and the policies that admit its configured callers and let it
 *   reach the database and S3;
 * - Feast: the `feast` ServiceAccount (Pod Identity: registry and offline prefixes), the
 *   `feature_store.yaml` ConfigMap (registry in S3, Valkey online store, file offline store on S3)
 *   holding no secret, the ExternalSecret with the online store's connection string, and the
 *   egress policies of pods labelled `app: feast`.
 *
 * The feature definitions (the seed's `device` entity and `device_metrics` view) belong to the
 * users' feature repository, which mounts the ConfigMap and the Secret.
 *
 * @throws Error when `config.ml` is not set
 */
export class MlChart extends ClusterChart {
  /** The ML namespace. */
  public readonly namespaceName: string;

  constructor(scope: Construct, id: string, props: MlChartProps) {
    super(scope, id, props);
    if (!this.config.ml) throw new Error('MlChart: config.ml is not set');
    this.namespaceName = mlNamespace(this.config);
    this.renderNamespace();
    this.mlflow();
    this.feast();
  }

  private renderNamespace(): void {
    const namespace = this.namespaceName;
    new k8s.KubeNamespace(this, 'Namespace', {
      metadata: {
        name: namespace,
        // Every pod specified here is restricted, and the Istio CNI spares sidecars the NET_ADMIN
        // init container. KServe injects a storage-initializer init container whose security
        // context comes from the KServe install: it must be restricted too, or admission refuses
        // the predictor pods (which is the point of enforcing).
        labels: restrictedNamespaceLabels({ mesh: true }),
      },
    });
    defaultDenyPolicy(this, namespace);
    dnsEgressPolicy(this, namespace);
    controlPlaneEgressPolicy(this, this.config, namespace);
    this.externalHosts();
    // Prometheus outside the mesh scrapes the sidecars' merged endpoint, which mTLS does not cover.
    new k8s.KubeNetworkPolicy(this, 'allow-prometheus', {
      metadata: { name: 'allow-prometheus', namespace },
      spec: {
        podSelector: matchLabels(),
        policyTypes: ['Ingress'],
        ingress: [{ from: [namespacePeer(this.config.gitops.operators.kubePrometheusStack.namespace)], ports: tcpPorts(ISTIO_PORTS.mergedMetrics) }],
      },
    });
  }

  /**
   * What the ML pods reach outside the mesh, as hosts their sidecars know: the mesh is
   * `REGISTRY_ONLY`, so a sidecar drops traffic to any host no ServiceEntry names, whatever the
   * NetworkPolicies allow. S3 of the region (MLflow artifacts, models, the feature store's registry
   * and offline store, KServe's storage initializer; TLS by SNI, virtual-hosted and path-style
   * names), and the VPC's data stores by address and port: the MLflow database and the online
   * store, whose endpoints are only known at deploy time (passthrough to the original address).
   * Visible in the ML namespace only.
   */
  private externalHosts(): void {
    const namespace = this.namespaceName;
    new ServiceEntry(this, 'S3', {
      metadata: { name: 's3', namespace },
      spec: {
        hosts: [`s3.${this.region.name}.amazonaws.com`, `*.s3.${this.region.name}.amazonaws.com`],
        location: ServiceEntrySpecLocation.MESH_UNDERSCORE_EXTERNAL,
        resolution: ServiceEntrySpecResolution.NONE,
        ports: [{ number: 443, name: 'tls-s3', protocol: 'TLS' }],
        exportTo: ['.'],
      },
    });
    new ServiceEntry(this, 'DataStores', {
      metadata: { name: 'ml-data-stores', namespace },
      spec: {
        hosts: ['ml-data-stores.vpc.internal'],
        addresses: [this.region.cidr],
        location: ServiceEntrySpecLocation.MESH_UNDERSCORE_EXTERNAL,
        resolution: ServiceEntrySpecResolution.NONE,
        ports: [
          { number: MLFLOW_DB_PORT, name: 'tcp-mlflow-db', protocol: 'TCP' },
          { number: ONLINE_STORE_PORTS.primary, name: 'tcp-online-store', protocol: 'TCP' },
          { number: ONLINE_STORE_PORTS.reader, name: 'tcp-online-store-reader', protocol: 'TCP' },
        ],
        exportTo: ['.'],
      },
    });
  }

  private mlflow(): void {
    const { config, region } = this;
    const ml = config.ml!;
    const namespace = this.namespaceName;
    const labels = { ...MLFLOW_SELECTOR };

    new k8s.KubeServiceAccount(this, 'MlflowServiceAccount', {
      metadata: { name: MLFLOW_SERVICE_ACCOUNT, namespace },
      automountServiceAccountToken: false,
    });

    new ExternalSecret(this, 'MlflowDbSecret', {
      metadata: { name: MLFLOW_DB_SECRET, namespace, labels },
      spec: {
        secretStoreRef: { kind: ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE, name: SECRET_STORE_NAME },
        refreshInterval: REFRESH_INTERVAL,
        target: {
          name: MLFLOW_DB_SECRET,
          creationPolicy: ExternalSecretSpecTargetCreationPolicy.OWNER,
          // The password is alphanumeric (generated so), so it needs no URI escaping. The server
          // enforces TLS (rds.force_ssl), and libpq's `require` encrypts the connection.
          template: {
            engineVersion: ExternalSecretSpecTargetTemplateEngineVersion.V2,
            data: {
              MLFLOW_BACKEND_STORE_URI: 'postgresql://{{ .username }}:{{ .password }}@{{ .host }}:{{ .port }}/{{ .dbname }}?sslmode=require',
            },
          },
        },
        // One JSON secret (login + endpoint, filled in by the cluster attachment), by derived name.
        data: ['username', 'password', 'host', 'port', 'dbname'].map((property) => ({
          secretKey: property,
          remoteRef: { key: mlflowDatabaseSecretName(config), property },
        })),
      },
    });

    const artifacts = `s3://${modelBucketName(config, region)}/${mlflowArtifactPrefix(region)}`;
    const replicas = ml.mlflow.replicas;
    const selector = { matchLabels: labels };
    new k8s.KubeDeployment(this, 'Mlflow', {
      metadata: { name: 'mlflow', namespace, labels },
      spec: {
        replicas,
        selector,
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: k8s.IntOrString.fromNumber(0), maxSurge: k8s.IntOrString.fromNumber(1) } },
        template: {
          metadata: { labels, annotations: { 'kubectl.kubernetes.io/default-container': 'mlflow' } },
          spec: {
            serviceAccountName: MLFLOW_SERVICE_ACCOUNT,
            automountServiceAccountToken: false,
            securityContext: mlPodSecurityContext(),
            ...spreadPods(selector),
            containers: [{
              name: 'mlflow',
              image: ml.mlflow.image ?? mlImage(region, 'mlflow'),
              command: ['mlflow'],
              // Runs in the database (URI from the environment, never in args, which `ps` shows),
              // artifacts proxied to the region's model bucket under its own prefix.
              args: [
                'server',
                '--host', '0.0.0.0',
                '--port', String(MLFLOW_PORT),
                '--serve-artifacts',
                '--artifacts-destination', artifacts,
              ],
              env: [
                { name: 'MLFLOW_BACKEND_STORE_URI', valueFrom: { secretKeyRef: { name: MLFLOW_DB_SECRET, key: 'MLFLOW_BACKEND_STORE_URI' } } },
                { name: 'AWS_REGION', value: region.name },
                { name: 'HOME', value: '/tmp' },
              ],
              ports: [{ name: 'http', containerPort: MLFLOW_PORT, protocol: 'TCP' }],
              readinessProbe: { httpGet: { path: '/health', port: k8s.IntOrString.fromString('http') }, initialDelaySeconds: 10, periodSeconds: 10 },
              livenessProbe: { httpGet: { path: '/health', port: k8s.IntOrString.fromString('http') }, initialDelaySeconds: 30, periodSeconds: 20, failureThreshold: 3 },
              resources: {
                requests: { cpu: k8s.Quantity.fromString(ml.mlflow.resources.requests.cpu), memory: k8s.Quantity.fromString(ml.mlflow.resources.requests.memory) },
                limits: { cpu: k8s.Quantity.fromString(ml.mlflow.resources.limits.cpu), memory: k8s.Quantity.fromString(ml.mlflow.resources.limits.memory) },
              },
              securityContext: mlContainerSecurityContext(),
              volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
            }],
            volumes: [{ name: 'tmp', emptyDir: { sizeLimit: k8s.Quantity.fromString(ML_TMP_SIZE_LIMIT) } }],
          },
        },
      },
    });

    httpService(this, 'MlflowService', { name: 'mlflow', namespace, labels, port: MLFLOW_PORT });
    replicaDisruptionBudget(this, 'MlflowDisruptionBudget', { name: 'mlflow', namespace, labels, replicas });

    const pods = matchLabels(labels);
    allowServiceCallers(this, config, namespace, {
      id: 'Mlflow', name: 'allow-mlflow-callers', egressName: 'allow-mlflow', labels, port: MLFLOW_PORT, callers: ml.mlflow.callers,
    });
    new k8s.KubeNetworkPolicy(this, 'MlflowNpEgress', {
      metadata: { name: 'mlflow-egress', namespace },
      spec: {
        podSelector: pods,
        policyTypes: ['Egress'],
        egress: [
          // The Aurora cluster, in the VPC's private subnets.
          { to: [{ ipBlock: { cidr: region.cidr } }], ports: tcpPorts(MLFLOW_DB_PORT) },
          ...awsEgressRules(),
        ],
      },
    });
  }

  private feast(): void {
    const { config, region } = this;
    const namespace = this.namespaceName;

    new k8s.KubeServiceAccount(this, 'FeastServiceAccount', {
      metadata: { name: FEAST_SERVICE_ACCOUNT, namespace },
      automountServiceAccountToken: false,
    });

    new k8s.KubeConfigMap(this, 'FeatureStoreConfig', {
      metadata: { name: FEAST_CONFIG_MAP, namespace, labels: { ...FEAST_SELECTOR } },
      data: { 'feature_store.yaml': featureStoreYaml(this) },
    });

    new ExternalSecret(this, 'FeastOnlineStoreSecret', {
      metadata: { name: FEAST_ONLINE_STORE_SECRET, namespace, labels: { ...FEAST_SELECTOR } },
      spec: {
        secretStoreRef: { kind: ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE, name: SECRET_STORE_NAME },
        refreshInterval: REFRESH_INTERVAL,
        target: {
          name: FEAST_ONLINE_STORE_SECRET,
          creationPolicy: ExternalSecretSpecTargetCreationPolicy.OWNER,
          // Feast's redis client syntax: `host:port,key=value,…`; the password is alphanumeric.
          template: {
            engineVersion: ExternalSecretSpecTargetTemplateEngineVersion.V2,
            data: { [FEAST_CONNECTION_ENV]: '{{ .endpoint }},ssl=true,username={{ .username }},password={{ .password }}' },
          },
        },
        data: [
          { secretKey: 'endpoint', remoteRef: { key: featureStoreEndpointSecretName(config) } },
          { secretKey: 'username', remoteRef: { key: featureStoreLoginSecretName(config), property: 'username' } },
          { secretKey: 'password', remoteRef: { key: featureStoreLoginSecretName(config), property: 'password' } },
        ],
      },
    });

    new k8s.KubeNetworkPolicy(this, 'FeastNpEgress', {
      metadata: { name: 'feast-egress', namespace },
      spec: {
        podSelector: matchLabels(FEAST_SELECTOR),
        policyTypes: ['Egress'],
        egress: [
          // The Valkey cache, in the VPC's private subnets (primary and reader endpoints).
          { to: [{ ipBlock: { cidr: region.cidr } }], ports: tcpPorts(ONLINE_STORE_PORTS.primary, ONLINE_STORE_PORTS.reader) },
          ...awsEgressRules(),
        ],
      },
    });
  }
}

/** Seconds in a day, for Feast's `key_ttl_seconds`. */
const DAY_SECONDS = 86400;

/**
 * Feast's `feature_store.yaml` for one region: the registry file and offline data in the region's
 * feature bucket (written on the hub, replicas elsewhere), the Valkey online store (connection
 * string from the environment, which Feast expands; nothing secret in the file), entries expiring
 * after `ttlDays`.
 */
export function featureStoreYaml(chart: { config: MlChart['config']; region: MlChart['region'] }): string {
  const { config, region } = chart;
  const store = config.ml!.featureStore;
  const bucket = featureBucketName(config, region);
  const doc = {
    project: featureStoreProject(config),
    provider: 'aws',
    registry: {
      registry_type: 'file',
      path: `s3://${bucket}/${FEAST_REGISTRY_PREFIX}/registry.db`,
      cache_ttl_seconds: 60,
    },
    online_store: {
      type: 'redis',
      redis_type: 'redis_cluster',
      connection_string: `\${${FEAST_CONNECTION_ENV}}`,
      key_ttl_seconds: store.ttlDays * DAY_SECONDS,
    },
    offline_store: { type: 'file' },
    entity_key_serialization_version: 3,
  };
  const header = [
    `# Feast config of ${config.project}-${config.environment} in ${region.name}, generated by the platform.`,
    `# Offline data sources: FileSource paths under s3://${bucket}/${FEAST_OFFLINE_PREFIX}/.`,
    `# ${FEAST_CONNECTION_ENV} comes from the ${FEAST_ONLINE_STORE_SECRET} Secret; run as the ${FEAST_SERVICE_ACCOUNT} service account with label app=feast.`,
  ];
  return `${header.join('\n')}\n${YAML.stringify(doc)}`;
}
