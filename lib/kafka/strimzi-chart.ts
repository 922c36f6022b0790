import { k8s } from 'cdk8s-plus-33';
import { Construct } from 'constructs';
import {
  KAFKA_STORAGE_CLASS,
  KafkaTopicConfig,
  SCHEMA_REGISTRY_NAME,
  kafkaClusterName,
  kafkaEngineOf,
  kafkaUserName,
  volumeKeyAlias,
} from '../config';
import { AuthorizationPolicy, AuthorizationPolicySpecAction } from '../imports/istio-security.istio.io';
import {
  Kafka,
  KafkaSpecKafkaAuthorizationType,
  KafkaSpecKafkaListeners,
  KafkaSpecKafkaListenersAuthenticationType,
  KafkaSpecKafkaListenersType,
  KafkaSpecKafkaMetricsConfigType,
} from '../imports/strimzi-kafka-kafka.strimzi.io';
import {
  KafkaNodePool,
  KafkaNodePoolSpecResourcesLimits,
  KafkaNodePoolSpecResourcesRequests,
  KafkaNodePoolSpecRoles,
  KafkaNodePoolSpecStorageType,
} from '../imports/strimzi-kafkanodepool-kafka.strimzi.io';
import { KafkaTopic } from '../imports/strimzi-kafkatopic-kafka.strimzi.io';
import {
  KafkaUser,
  KafkaUserSpecAuthenticationType,
  KafkaUserSpecAuthorizationAcls,
  KafkaUserSpecAuthorizationAclsOperations as Op,
  KafkaUserSpecAuthorizationAclsResourcePatternType,
  KafkaUserSpecAuthorizationAclsResourceType,
  KafkaUserSpecAuthorizationType,
} from '../imports/strimzi-kafkauser-kafka.strimzi.io';
import { ClusterChart, ClusterChartProps } from '../k8s/cluster-chart';
import { restrictedNamespaceLabels } from '../k8s/namespaces';
import { ISTIO_PORTS, principal } from '../config/mesh-names';
import {
  controlPlaneEgressPolicy,
  defaultDenyPolicy,
  dnsEgressPolicy,
  egressPolicy,
  ingressPolicy,
  ipBlockPeer,
  namespacePeer,
} from '../k8s/network-policies';
import { BROKER_DEFAULTS, ClientAccess, clientAccesses, declaredTopics, retentionMs } from './model';
import { SchemaRegistry } from './schema-registry';
import {
  NODE_POOLS,
  REGISTRY_GROUP_PREFIX,
  REGISTRY_TOPICS,
  SCHEMA_REGISTRY_LABELS,
  SCHEMA_REGISTRY_PORT,
  STRIMZI_PORTS,
  strimziBrokerPodLabels,
  strimziClusterLabels,
  strimziEntityOperatorLabels,
  strimziKafkaPodLabels,
} from '../config/strimzi-names';

/** Label that keeps Istio's sidecar out of a pod: Kafka authenticates clients with its own mutual TLS. */
export const NO_SIDECAR = { 'sidecar.istio.io/inject': 'false' } as const;

/** The node label of the data node group; Kafka pods prefer those nodes where the region has them. */
const DATA_NODE_LABEL = { key: 'workload', value: 'data' } as const;

/** Security context every Strimzi and registry container gets: what Pod Security `restricted` asks, and a read-only root. */
export const RESTRICTED_CONTAINER: {
  allowPrivilegeEscalation: boolean;
  privileged: boolean;
  readOnlyRootFilesystem: boolean;
  runAsNonRoot: boolean;
  capabilities: { drop: string[] };
} = {
  allowPrivilegeEscalation: false,
  privileged: false,
  readOnlyRootFilesystem: true,
  runAsNonRoot: true,
  capabilities: { drop: ['ALL'] },
};

/**
 * Pod security context of the Strimzi pods. `fsGroup: 0` is what Strimzi's own default sets: the
 * Kafka images run as uid 1001 in group 0, so group 0 must own the data volumes.
 */
const RESTRICTED_POD = { runAsNonRoot: true, fsGroup: 0, seccompProfile: { type: 'RuntimeDefault' } } as const;

/** Props of {@link StrimziChart}. */
export type StrimziChartProps = ClusterChartProps;

/**
 * Kafka on the cluster, for regions whose `kafka` engine is `strimzi` (typed imports of the
 * vendored Strimzi 1.2 CRDs, API `kafka.strimzi.io/v1`):
 *
 * - the namespace (Pod Security `restricted`, Istio injection for the schema registry only) with
 *   default-deny NetworkPolicies and exactly the flows Kafka needs;
 * - a `Kafka` in KRaft mode with two `KafkaNodePool`s (controllers, brokers), persistent volumes of
 *   an encrypted gp3 StorageClass (the region's KMS key, by alias), spread over zones; listeners:
 *   internal TLS on 9093 with mutual-TLS client authentication, plus the seed's plaintext 9092 only
 *   when `allowPlaintext`; simple authorization; the shared broker defaults (RF 3, min ISR 2, no
 *   auto-creation, no unclean election, no topic deletion);
 * - the entity operator, a `KafkaTopic` per configured topic and a `KafkaUser` per client service
 *   whose ACLs are derived from the config (the same {@link ClientAccess} the MSK IAM policies use);
 * - the Apicurio schema registry (see {@link SchemaRegistry}).
 *
 * @throws Error when the region's engine is not `strimzi`
 */
export class StrimziChart extends ClusterChart {
  /** The Kafka namespace. */
  public readonly namespaceName: string;
  /** The cluster. */
  public readonly kafka: Kafka;
  /** Node pools, by name. */
  public readonly nodePools: Readonly<Record<string, KafkaNodePool>>;
  /** Topics, by topic name (configured and the registry's). */
  public readonly topics: Readonly<Record<string, KafkaTopic>>;
  /** Users, by user name (client services and the registry). */
  public readonly users: Readonly<Record<string, KafkaUser>>;
  /** The schema registry. */
  public readonly registry: SchemaRegistry;

  constructor(scope: Construct, id: string, props: StrimziChartProps) {
    super(scope, id, props);
    const { config, region } = props;
    if (kafkaEngineOf(config, region) !== 'strimzi') {
      throw new Error(`StrimziChart: the Kafka engine of ${region.name} is ${kafkaEngineOf(config, region)}, not strimzi`);
    }
    const settings = config.kafka.strimzi;
    const namespace = settings.namespace;
    this.namespaceName = namespace;
    const clusterName = kafkaClusterName(config, region);
    const accesses = clientAccesses(config, region);

    new k8s.KubeNamespace(this, 'Namespace', {
      metadata: {
        name: namespace,
        // In the mesh for the schema registry, whose HTTP API is reached over mesh mTLS. The Kafka
        // pods opt out (NO_SIDECAR): Kafka does its own mutual TLS, and clients dial each broker directly.
        labels: restrictedNamespaceLabels({ mesh: true }),
      },
    });

    new k8s.KubeStorageClass(this, 'StorageClass', {
      metadata: { name: KAFKA_STORAGE_CLASS },
      provisioner: 'ebs.csi.aws.com',
      parameters: { type: 'gp3', encrypted: 'true', kmsKeyId: volumeKeyAlias(config, region) },
      // Kafka's data outlives a deleted claim or node pool; an operator deletes the volume on purpose.
      reclaimPolicy: 'Retain',
      allowVolumeExpansion: true,
      volumeBindingMode: 'WaitForFirstConsumer',
    });

    const listeners: KafkaSpecKafkaListeners[] = [
      {
        name: 'tls',
        port: STRIMZI_PORTS.tls,
        type: KafkaSpecKafkaListenersType.INTERNAL,
        tls: true,
        authentication: { type: KafkaSpecKafkaListenersAuthenticationType.TLS },
        // Strimzi renders these into its own NetworkPolicy: only the clients and the registry.
        networkPolicyPeers: [
          ...accesses.map((a) => namespacePeer(a.namespace, a.podLabels)),
          { podSelector: { matchLabels: { ...SCHEMA_REGISTRY_LABELS } } },
        ],
      },
    ];
    if (settings.allowPlaintext) {
      listeners.push({ name: 'plain', port: STRIMZI_PORTS.plain, type: KafkaSpecKafkaListenersType.INTERNAL, tls: false });
    }

    this.kafka = new Kafka(this, 'Kafka', {
      metadata: { name: clusterName, namespace },
      spec: {
        kafka: {
          version: settings.kafkaVersion,
          listeners,
          authorization: { type: KafkaSpecKafkaAuthorizationType.SIMPLE },
          config: { ...BROKER_DEFAULTS, 'ssl.enabled.protocols': 'TLSv1.3,TLSv1.2' },
          metricsConfig: {
            type: KafkaSpecKafkaMetricsConfigType.STRIMZI_METRICS_REPORTER,
            values: { allowList: ['kafka_server.*', 'kafka_controller.*', 'kafka_network.*', 'kafka_log.*', 'kafka_cluster.*'] },
          },
          template: {
            pod: { metadata: { labels: { ...NO_SIDECAR } }, securityContext: RESTRICTED_POD },
            kafkaContainer: { securityContext: RESTRICTED_CONTAINER },
          },
        },
        entityOperator: {
          topicOperator: {},
          userOperator: {},
          template: {
            pod: { metadata: { labels: { ...NO_SIDECAR } }, securityContext: RESTRICTED_POD },
            topicOperatorContainer: { securityContext: RESTRICTED_CONTAINER },
            userOperatorContainer: { securityContext: RESTRICTED_CONTAINER },
          },
        },
      },
    });

    this.nodePools = {
      [NODE_POOLS.controllers]: this.nodePool(NODE_POOLS.controllers, KafkaNodePoolSpecRoles.CONTROLLER, settings.controllers, settings.controllerResources),
      [NODE_POOLS.brokers]: this.nodePool(NODE_POOLS.brokers, KafkaNodePoolSpecRoles.BROKER, settings.brokers, settings.brokerResources),
    };

    const topics: Record<string, KafkaTopic> = {};
    for (const t of declaredTopics(config)) topics[t.name] = this.topic(t.name, t.partitions, t.replicationFactor, strimziTopicConfig(t));
    // Apicurio's own state: one ordered partition each, kept forever (it replays them to start).
    for (const name of REGISTRY_TOPICS) {
      topics[name] = this.topic(name, 1, 3, { 'cleanup.policy': 'delete', 'retention.ms': -1, 'retention.bytes': -1, 'min.insync.replicas': 2 });
    }
    this.topics = topics;

    const users: Record<string, KafkaUser> = {};
    for (const access of accesses) users[kafkaUserName(access.service)] = this.user(kafkaUserName(access.service), clientAcls(access));
    users[SCHEMA_REGISTRY_NAME] = this.user(SCHEMA_REGISTRY_NAME, registryAcls());
    this.users = users;

    this.registry = new SchemaRegistry(this, 'SchemaRegistry', { config, region, namespace });
    this.networkPolicies(accesses);
    this.registryAuthorization(accesses);
  }

  /** A KRaft node pool: persistent gp3 volumes (encrypted, retained), spread over zones and nodes. */
  private nodePool(name: string, role: KafkaNodePoolSpecRoles, replicas: number, resources: { requests: { cpu: string; memory: string }; limits: { cpu: string; memory: string } }): KafkaNodePool {
    const { config, region } = this;
    const poolLabels = { ...strimziClusterLabels(config, region), 'strimzi.io/pool-name': name };
    const onDataNodes = region.nodeGroups.some((g) => g.labels[DATA_NODE_LABEL.key] === DATA_NODE_LABEL.value);
    const spread = (topologyKey: string) => ({ maxSkew: 1, topologyKey, whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: poolLabels } });
    const quantity = (v: string, Cls: typeof KafkaNodePoolSpecResourcesRequests | typeof KafkaNodePoolSpecResourcesLimits) => Cls.fromString(v);
    return new KafkaNodePool(this, `NodePool-${name}`, {
      metadata: { name, namespace: this.namespaceName, labels: strimziClusterLabels(config, region) },
      spec: {
        replicas,
        roles: [role],
        storage: {
          type: KafkaNodePoolSpecStorageType.PERSISTENT_HYPHEN_CLAIM,
          size: `${config.kafka.strimzi.storageGiB}Gi`,
          class: KAFKA_STORAGE_CLASS,
          deleteClaim: false,
        },
        resources: {
          requests: { cpu: quantity(resources.requests.cpu, KafkaNodePoolSpecResourcesRequests), memory: quantity(resources.requests.memory, KafkaNodePoolSpecResourcesRequests) },
          limits: { cpu: quantity(resources.limits.cpu, KafkaNodePoolSpecResourcesLimits), memory: quantity(resources.limits.memory, KafkaNodePoolSpecResourcesLimits) },
        },
        template: {
          pod: {
            metadata: { labels: { ...NO_SIDECAR } },
            securityContext: RESTRICTED_POD,
            topologySpreadConstraints: [spread('topology.kubernetes.io/zone'), spread('kubernetes.io/hostname')],
            affinity: {
              ...(onDataNodes
                ? { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, preference: { matchExpressions: [{ key: DATA_NODE_LABEL.key, operator: 'In', values: [DATA_NODE_LABEL.value] }] } }] } }
                : {}),
              podAntiAffinity: {
                preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: poolLabels } } }],
              },
            },
          },
          kafkaContainer: { securityContext: RESTRICTED_CONTAINER },
        },
      },
    });
  }

  private topic(name: string, partitions: number, replicas: number, topicConfig: Record<string, string | number | boolean>): KafkaTopic {
    return new KafkaTopic(this, `Topic-${name}`, {
      metadata: { name, namespace: this.namespaceName, labels: strimziClusterLabels(this.config, this.region) },
      spec: { topicName: name, partitions, replicas, config: topicConfig },
    });
  }

  private user(name: string, acls: KafkaUserSpecAuthorizationAcls[]): KafkaUser {
    return new KafkaUser(this, `User-${name}`, {
      metadata: { name, namespace: this.namespaceName, labels: strimziClusterLabels(this.config, this.region) },
      spec: {
        authentication: { type: KafkaUserSpecAuthenticationType.TLS },
        authorization: { type: KafkaUserSpecAuthorizationType.SIMPLE, acls },
      },
    });
  }

  /**
   * Default-deny for the namespace, then exactly: clients and the registry to the TLS listener;
   * Kafka pods among themselves (quorum, replication); the cluster and entity operators to the
   * control port; Prometheus to the metrics port; the entity operator to the API server; DNS; and
   * for the meshed registry, istiod.
   */
  private networkPolicies(accesses: readonly ClientAccess[]): void {
    const { config, region } = this;
    const ns = this.namespaceName;
    const kafkaPods = strimziKafkaPodLabels(config, region);
    const brokerPods = strimziBrokerPodLabels(config, region);
    const monitoringNs = config.gitops.operators.kubePrometheusStack.namespace;
    const operatorNs = config.gitops.operators.strimzi.namespace;
    const clientPeers = accesses.map((a) => namespacePeer(a.namespace, a.podLabels));
    const registryPeer = namespacePeer(ns, SCHEMA_REGISTRY_LABELS);

    defaultDenyPolicy(this, ns);
    dnsEgressPolicy(this, ns);
    controlPlaneEgressPolicy(this, config, ns);

    ingressPolicy(this, 'np-clients-to-brokers', {
      name: 'allow-kafka-clients',
      namespace: ns,
      podLabels: brokerPods,
      from: [...clientPeers, registryPeer],
      ports: [STRIMZI_PORTS.tls, ...(config.kafka.strimzi.allowPlaintext ? [STRIMZI_PORTS.plain] : [])],
    });
    ingressPolicy(this, 'np-kafka-internal-in', {
      name: 'allow-kafka-internal',
      namespace: ns,
      podLabels: kafkaPods,
      from: [namespacePeer(ns, kafkaPods)],
      ports: [STRIMZI_PORTS.controller, STRIMZI_PORTS.replication, STRIMZI_PORTS.tls],
    });
    ingressPolicy(this, 'np-operators-in', {
      name: 'allow-strimzi-operators',
      namespace: ns,
      podLabels: kafkaPods,
      from: [namespacePeer(operatorNs), namespacePeer(ns, strimziEntityOperatorLabels(config, region))],
      ports: [STRIMZI_PORTS.controller, STRIMZI_PORTS.replication],
    });
    ingressPolicy(this, 'np-prometheus-in', {
      name: 'allow-prometheus',
      namespace: ns,
      podLabels: kafkaPods,
      from: [namespacePeer(monitoringNs)],
      ports: [STRIMZI_PORTS.metrics],
    });
    egressPolicy(this, 'np-kafka-internal-out', {
      name: 'allow-kafka-internal',
      namespace: ns,
      podLabels: kafkaPods,
      rules: [{ to: [namespacePeer(ns, kafkaPods)], ports: [STRIMZI_PORTS.controller, STRIMZI_PORTS.replication, STRIMZI_PORTS.tls] }],
    });
    egressPolicy(this, 'np-entity-operator-out', {
      name: 'allow-entity-operator',
      namespace: ns,
      podLabels: strimziEntityOperatorLabels(config, region),
      rules: [
        { to: [namespacePeer(ns, kafkaPods)], ports: [STRIMZI_PORTS.replication] },
        // The EKS API server's private endpoint: interfaces in the VPC's subnets.
        { to: [ipBlockPeer(region.cidr)], ports: [443] },
      ],
    });
    // The registry: called by the clients (mesh mTLS), and a Kafka client itself.
    ingressPolicy(this, 'np-registry-in', {
      name: 'allow-schema-registry-clients',
      namespace: ns,
      podLabels: SCHEMA_REGISTRY_LABELS,
      from: clientPeers,
      ports: [SCHEMA_REGISTRY_PORT],
    });
    ingressPolicy(this, 'np-registry-prometheus-in', {
      name: 'allow-schema-registry-prometheus',
      namespace: ns,
      podLabels: SCHEMA_REGISTRY_LABELS,
      from: [namespacePeer(monitoringNs)],
      ports: [ISTIO_PORTS.mergedMetrics, ISTIO_PORTS.envoyMetrics],
    });
    egressPolicy(this, 'np-registry-out', {
      name: 'allow-schema-registry-kafka',
      namespace: ns,
      podLabels: SCHEMA_REGISTRY_LABELS,
      rules: [{ to: [namespacePeer(ns, brokerPods)], ports: [STRIMZI_PORTS.tls] }],
    });
  }

  /** The mesh root denies everything: the registry admits exactly the client services' identities. */
  private registryAuthorization(accesses: readonly ClientAccess[]): void {
    if (accesses.length === 0) return;
    new AuthorizationPolicy(this, 'registry-allow-clients', {
      metadata: { name: 'allow-schema-registry-clients', namespace: this.namespaceName },
      spec: {
        action: AuthorizationPolicySpecAction.ALLOW,
        selector: { matchLabels: { ...SCHEMA_REGISTRY_LABELS } },
        rules: [
          {
            from: [{ source: { principals: accesses.map((a) => principal(a.namespace, a.serviceAccount)) } }],
            to: [{ operation: { ports: [String(SCHEMA_REGISTRY_PORT)] } }],
          },
        ],
      },
    });
  }
}

/** Topic configuration as a KafkaTopic holds it (numbers and booleans typed). */
export function strimziTopicConfig(topic: KafkaTopicConfig): Record<string, string | number | boolean> {
  return {
    'cleanup.policy': topic.cleanupPolicy,
    'min.insync.replicas': topic.minInsyncReplicas,
    'retention.ms': retentionMs(topic),
    'unclean.leader.election.enable': false,
  };
}

const topicAcl = (name: string, operations: Op[]): KafkaUserSpecAuthorizationAcls => ({
  resource: { type: KafkaUserSpecAuthorizationAclsResourceType.TOPIC, name, patternType: KafkaUserSpecAuthorizationAclsResourcePatternType.LITERAL },
  operations,
});

/**
 * A client's ACLs: Write and Describe on the topics it writes (and IdempotentWrite on the cluster,
 * where Kafka checks it), Write and Describe on its transactional id (as a prefix), Read and
 * Describe on the topics it reads, Read, Write and Describe on a stream job's internal topics
 * (by prefix; they are declared here, never auto-created) and Read on its own consumer group.
 * Nothing else.
 */
export function clientAcls(access: ClientAccess): KafkaUserSpecAuthorizationAcls[] {
  const acls: KafkaUserSpecAuthorizationAcls[] = [];
  for (const t of access.writeTopics) acls.push(topicAcl(t, [Op.WRITE, Op.DESCRIBE]));
  if (access.writeTopics.length > 0) {
    acls.push({ resource: { type: KafkaUserSpecAuthorizationAclsResourceType.CLUSTER }, operations: [Op.IDEMPOTENT_WRITE] });
  }
  if (access.transactionalId) {
    acls.push({
      resource: { type: KafkaUserSpecAuthorizationAclsResourceType.TRANSACTIONAL_ID, name: access.transactionalId, patternType: KafkaUserSpecAuthorizationAclsResourcePatternType.PREFIX },
      operations: [Op.WRITE, Op.DESCRIBE],
    });
  }
  for (const t of access.readTopics) acls.push(topicAcl(t, [Op.READ, Op.DESCRIBE]));
  if (access.internalTopicPrefix) {
    acls.push({
      resource: { type: KafkaUserSpecAuthorizationAclsResourceType.TOPIC, name: access.internalTopicPrefix, patternType: KafkaUserSpecAuthorizationAclsResourcePatternType.PREFIX },
      operations: [Op.READ, Op.WRITE, Op.DESCRIBE],
    });
  }
  if (access.consumerGroup) {
    acls.push({
      resource: { type: KafkaUserSpecAuthorizationAclsResourceType.GROUP, name: access.consumerGroup, patternType: KafkaUserSpecAuthorizationAclsResourcePatternType.LITERAL },
      operations: [Op.READ],
    });
  }
  if (access.internalTopicPrefix) {
    // A job restores its state with short-lived groups under its prefix (they commit nothing).
    acls.push({
      resource: { type: KafkaUserSpecAuthorizationAclsResourceType.GROUP, name: access.internalTopicPrefix, patternType: KafkaUserSpecAuthorizationAclsResourcePatternType.PREFIX },
      operations: [Op.READ],
    });
  }
  return acls;
}

/** The registry's ACLs: its own topics (read, write, check their configuration) and consumer groups. */
function registryAcls(): KafkaUserSpecAuthorizationAcls[] {
  return [
    ...REGISTRY_TOPICS.map((t) => topicAcl(t, [Op.READ, Op.WRITE, Op.DESCRIBE, Op.DESCRIBE_CONFIGS])),
    { resource: { type: KafkaUserSpecAuthorizationAclsResourceType.CLUSTER }, operations: [Op.IDEMPOTENT_WRITE] },
    {
      resource: { type: KafkaUserSpecAuthorizationAclsResourceType.GROUP, name: REGISTRY_GROUP_PREFIX, patternType: KafkaUserSpecAuthorizationAclsResourcePatternType.PREFIX },
      operations: [Op.READ, Op.DESCRIBE],
    },
  ];
}
