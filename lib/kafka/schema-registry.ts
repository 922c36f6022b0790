import { k8s } from 'cdk8s-plus-33';
import { Construct } from 'constructs';
import { PlatformConfig, RegionConfig, SCHEMA_REGISTRY_NAME } from '../config';
import { SCHEMA_REGISTRY_LABELS, SCHEMA_REGISTRY_PORT, REGISTRY_TOPICS, strimziBootstrapServers, strimziClusterCaSecret } from '../config/strimzi-names';

/** The uid the Apicurio Registry image runs as. */
export const REGISTRY_RUN_AS_USER = 1001;

/** Where the registry's Kafka key and trust stores are mounted. */
const STORES = { user: '/etc/registry/kafka-user', ca: '/etc/registry/kafka-ca' } as const;

/** Props of {@link SchemaRegistry}. */
export interface SchemaRegistryProps {
  readonly config: PlatformConfig;
  readonly region: RegionConfig;
  /** The Kafka namespace it runs in. */
  readonly namespace: string;
}

/**
 * The schema registry of a Strimzi region: Apicurio Registry 3, chosen over Confluent Schema
 * Registry because it is Apache-2.0 licensed (Confluent's is under the Confluent Community
 * License), keeps its state in the same Kafka cluster (KafkaSQL storage: no database to run and
 * back up), and serves a Confluent-compatible API (`/apis/ccompat/v7`), so clients keep the
 * Confluent serdes. Global rules make every artifact compatible in `kafka.schemaCompatibility`
 * (BACKWARD by default) and syntactically valid, like the Glue schemas of the MSK regions.
 *
 * It reaches Kafka on the TLS listener as its own `KafkaUser` (mutual TLS, ACLs on its topics
 * only) with hostname verification on, which Apicurio turns off by default. Pods are Pod Security
 * `restricted` with a read-only root; the Istio sidecar gives callers mTLS.
 */
export class SchemaRegistry extends Construct {
  /** The registry's Deployment. */
  public readonly deployment: k8s.KubeDeployment;
  /** Its Service (port {@link SCHEMA_REGISTRY_PORT}). */
  public readonly service: k8s.KubeService;

  constructor(scope: Construct, id: string, props: SchemaRegistryProps) {
    super(scope, id);
    const { config, region, namespace } = props;
    const settings = config.kafka.strimzi.schemaRegistry;
    const labels = { ...SCHEMA_REGISTRY_LABELS };
    const caSecret = strimziClusterCaSecret(config, region);

    new k8s.KubeServiceAccount(this, 'ServiceAccount', {
      metadata: { name: SCHEMA_REGISTRY_NAME, namespace },
      automountServiceAccountToken: false,
    });

    this.service = new k8s.KubeService(this, 'Service', {
      metadata: { name: SCHEMA_REGISTRY_NAME, namespace, labels },
      spec: {
        type: 'ClusterIP',
        selector: labels,
        ports: [{ name: 'http', port: SCHEMA_REGISTRY_PORT, targetPort: k8s.IntOrString.fromString('http'), protocol: 'TCP' }],
      },
    });

    const env: Record<string, string> = {
      APICURIO_STORAGE_KIND: 'kafkasql',
      APICURIO_KAFKASQL_BOOTSTRAP_SERVERS: strimziBootstrapServers(config, region),
      APICURIO_KAFKASQL_TOPIC: REGISTRY_TOPICS[0],
      APICURIO_KAFKASQL_SNAPSHOTS_TOPIC: REGISTRY_TOPICS[1],
      APICURIO_EVENTS_KAFKA_TOPIC: REGISTRY_TOPICS[2],
      // The topics are KafkaTopics in git (and auto-creation is off on the brokers).
      APICURIO_KAFKASQL_TOPIC_AUTO_CREATE: 'false',
      APICURIO_KAFKASQL_SECURITY_PROTOCOL: 'SSL',
      APICURIO_KAFKASQL_SECURITY_SSL_TRUSTSTORE_TYPE: 'PKCS12',
      APICURIO_KAFKASQL_SECURITY_SSL_TRUSTSTORE_LOCATION: `${STORES.ca}/ca.p12`,
      APICURIO_KAFKASQL_SECURITY_SSL_KEYSTORE_TYPE: 'PKCS12',
      APICURIO_KAFKASQL_SECURITY_SSL_KEYSTORE_LOCATION: `${STORES.user}/user.p12`,
      // Apicurio defaults this to empty (no hostname check); the Strimzi certificates name the services.
      APICURIO_KAFKA_COMMON_SSL_ENDPOINT_IDENTIFICATION_ALGORITHM: 'HTTPS',
      APICURIO_RULES_GLOBAL_COMPATIBILITY: config.kafka.schemaCompatibility,
      APICURIO_RULES_GLOBAL_VALIDITY: 'FULL',
      APICURIO_STORAGE_SNAPSHOT_LOCATION: '/tmp',
    };
    const secretEnv: k8s.EnvVar[] = [
      { name: 'APICURIO_KAFKASQL_SECURITY_SSL_TRUSTSTORE_PASSWORD', valueFrom: { secretKeyRef: { name: caSecret, key: 'ca.password' } } },
      { name: 'APICURIO_KAFKASQL_SECURITY_SSL_KEYSTORE_PASSWORD', valueFrom: { secretKeyRef: { name: SCHEMA_REGISTRY_NAME, key: 'user.password' } } },
    ];

    const probe = (path: string, initialDelaySeconds: number, periodSeconds: number): k8s.Probe => ({
      httpGet: { path, port: k8s.IntOrString.fromString('http') },
      initialDelaySeconds,
      periodSeconds,
    });
    const spread = (topologyKey: string): k8s.TopologySpreadConstraint => ({
      topologyKey,
      maxSkew: 1,
      whenUnsatisfiable: 'ScheduleAnyway',
      labelSelector: { matchLabels: labels },
      matchLabelKeys: ['pod-template-hash'],
    });
    const quantity = (v: string) => k8s.Quantity.fromString(v);

    this.deployment = new k8s.KubeDeployment(this, 'Deployment', {
      metadata: { name: SCHEMA_REGISTRY_NAME, namespace, labels },
      spec: {
        replicas: settings.replicas,
        selector: { matchLabels: labels },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: k8s.IntOrString.fromNumber(0), maxSurge: k8s.IntOrString.fromNumber(1) } },
        template: {
          metadata: { labels, annotations: { 'kubectl.kubernetes.io/default-container': SCHEMA_REGISTRY_NAME } },
          spec: {
            serviceAccountName: SCHEMA_REGISTRY_NAME,
            automountServiceAccountToken: false,
            securityContext: {
              runAsNonRoot: true,
              runAsUser: REGISTRY_RUN_AS_USER,
              runAsGroup: REGISTRY_RUN_AS_USER,
              fsGroup: REGISTRY_RUN_AS_USER,
              seccompProfile: { type: 'RuntimeDefault' },
            },
            topologySpreadConstraints: [spread('topology.kubernetes.io/zone'), spread('kubernetes.io/hostname')],
            affinity: {
              podAntiAffinity: {
                preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: labels } } }],
              },
            },
            containers: [
              {
                name: SCHEMA_REGISTRY_NAME,
                image: settings.image,
                ports: [{ name: 'http', containerPort: SCHEMA_REGISTRY_PORT, protocol: 'TCP' }],
                env: [...Object.keys(env).sort().map((name) => ({ name, value: env[name] })), ...secretEnv],
                readinessProbe: probe('/health/ready', 10, 5),
                livenessProbe: { ...probe('/health/live', 30, 10), failureThreshold: 3 },
                resources: {
                  requests: { cpu: quantity(settings.resources.requests.cpu), memory: quantity(settings.resources.requests.memory) },
                  limits: { cpu: quantity(settings.resources.limits.cpu), memory: quantity(settings.resources.limits.memory) },
                },
                securityContext: {
                  allowPrivilegeEscalation: false,
                  readOnlyRootFilesystem: true,
                  privileged: false,
                  runAsNonRoot: true,
                  capabilities: { drop: ['ALL'] },
                },
                volumeMounts: [
                  { name: 'tmp', mountPath: '/tmp' },
                  { name: 'kafka-user', mountPath: STORES.user, readOnly: true },
                  { name: 'kafka-ca', mountPath: STORES.ca, readOnly: true },
                ],
              },
            ],
            volumes: [
              { name: 'tmp', emptyDir: { sizeLimit: quantity('256Mi') } },
              // Written by the User Operator for the registry's KafkaUser, and by the Cluster Operator.
              { name: 'kafka-user', secret: { secretName: SCHEMA_REGISTRY_NAME, items: [{ key: 'user.p12', path: 'user.p12' }] } },
              { name: 'kafka-ca', secret: { secretName: caSecret, items: [{ key: 'ca.p12', path: 'ca.p12' }] } },
            ],
          },
        },
      },
    });

    if (settings.replicas > 1) {
      new k8s.KubePodDisruptionBudget(this, 'DisruptionBudget', {
        metadata: { name: SCHEMA_REGISTRY_NAME, namespace, labels },
        spec: { minAvailable: k8s.IntOrString.fromNumber(1), selector: { matchLabels: labels }, unhealthyPodEvictionPolicy: 'AlwaysAllow' },
      });
    }
  }
}
