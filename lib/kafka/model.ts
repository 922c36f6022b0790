import {
  KafkaClientConfig,
  KafkaTopicConfig,
  PlatformConfig,
  RegionConfig,
  StreamJobConfig,
  featureArchiver,
  featureArchiverConsumerGroup,
  featureArchiverTopics,
  kafkaConsumerGroup,
  kafkaEngineOf,
  serviceAccountName,
  serviceNamespace,
  streamInternalTopics,
  streamJobNamespace,
  streamJobPrefix,
} from '../config';

/**
 * What the config says about Kafka, derived once for both worlds: who may do what on which topic.
 * The IAM policies (MSK) and the KafkaUser ACLs (Strimzi) are both built from {@link ClientAccess},
 * so the two engines grant the same rights.
 */

/** The port MSK serves IAM-authenticated TLS clients on. */
export const MSK_IAM_PORT = 9098;

/** Exactly what one service (or stream job) may do on its region's Kafka. */
export interface ClientAccess {
  /** The principal: a service of `services`, or a job of `streams.jobs` (its namespace and service account carry the same name). */
  readonly service: { readonly name: string };
  /** Whether the principal is a stream job (its pods come from the streams layer). */
  readonly job: boolean;
  /** Namespace of its pods, where its connection Secret, egress policy and ServiceEntries go. */
  readonly namespace: string;
  /** Its Kubernetes service account (its mesh identity and Pod Identity association). */
  readonly serviceAccount: string;
  /** Labels selecting its pods (egress policy, the brokers' NetworkPolicy peers). */
  readonly podLabels: Readonly<Record<string, string>>;
  /** Topics it writes: the ones it produces, plus the dead-letter and retry topics of those it consumes. Sorted. */
  readonly writeTopics: readonly string[];
  /** Topics it reads: the ones it consumes and their retry topics. Sorted. */
  readonly readTopics: readonly string[];
  /**
   * A prefix of topics it reads, writes and describes: a job's internal topics (declared by the
   * Kafka layer from `streamInternalTopics`, never auto-created). Also its transactional-id prefix.
   */
  readonly internalTopicPrefix?: string;
  /** Its consumer group, when it consumes anything. */
  readonly consumerGroup?: string;
  /** Its transactional id (granted as a prefix), when its producer is transactional. */
  readonly transactionalId?: string;
  /** Subjects (schemas) it writes with, by topic: the value schemas of {@link writeTopics}. */
  readonly writeSchemas: readonly string[];
  /** Subjects (schemas) it reads with: the value schemas of {@link readTopics}. */
  readonly readSchemas: readonly string[];
}

/** The topic called `name` (the config check guarantees it exists). */
export function topicNamed(config: PlatformConfig, name: string): KafkaTopicConfig {
  const topic = config.kafka.topics.find((t) => t.name === name);
  if (!topic) throw new Error(`kafka: no topic named '${name}' (topics: ${config.kafka.topics.map((t) => t.name).join(', ')})`);
  return topic;
}

/** The access one `kafka.clients` entry grants. */
export function clientAccess(config: PlatformConfig, client: KafkaClientConfig): ClientAccess {
  const service = config.services.find((s) => s.name === client.service);
  if (!service) throw new Error(`kafka.clients: '${client.service}' is not a service`);
  const deadLetters = client.consumes.flatMap((name) => {
    const dlq = topicNamed(config, name).deadLetterTopic;
    return dlq ? [dlq] : [];
  });
  const retries = client.consumes.flatMap((name) => {
    const retry = topicNamed(config, name).retryTopic;
    return retry ? [retry] : [];
  });
  const writeTopics = sorted([...client.produces, ...deadLetters, ...retries]);
  const readTopics = sorted([...client.consumes, ...retries]);
  return {
    service: { name: service.name },
    job: false,
    namespace: serviceNamespace(service),
    serviceAccount: serviceAccountName(service),
    podLabels: { app: service.name },
    writeTopics,
    readTopics,
    consumerGroup: readTopics.length > 0 ? kafkaConsumerGroup(service) : undefined,
    transactionalId: client.transactionalId,
    writeSchemas: schemasOf(config, writeTopics),
    readSchemas: schemasOf(config, readTopics),
  };
}

/**
 * The access of a stream job: read its input, write its output and the input's dead-letter topic
 * (undecodable records), read and write its internal topics (by prefix), in its own group, with
 * transactions (`<name>-<pod>`: input offsets, output and changelog commit together); while
 * `replay` is set, also read its dead-letter topic and write its input.
 */
export function jobAccess(config: PlatformConfig, job: StreamJobConfig): ClientAccess {
  const dlq = topicNamed(config, job.input).deadLetterTopic;
  // A replay (`replay: true`, temporary) reads the dead letters and re-sends them to the input.
  const replay = job.replay && dlq ? { read: [dlq], write: [job.input] } : { read: [], write: [] };
  const writeTopics = sorted([job.output, ...(dlq ? [dlq] : []), ...replay.write]);
  const readTopics = sorted([job.input, ...replay.read]);
  return {
    service: { name: job.name },
    job: true,
    namespace: streamJobNamespace(job),
    serviceAccount: streamJobNamespace(job),
    podLabels: { app: job.name },
    writeTopics,
    readTopics,
    internalTopicPrefix: streamJobPrefix(job),
    consumerGroup: kafkaConsumerGroup(job),
    transactionalId: streamJobPrefix(job),
    writeSchemas: schemasOf(config, writeTopics),
    readSchemas: schemasOf(config, readTopics),
  };
}

function schemasOf(config: PlatformConfig, topics: readonly string[]): string[] {
  return sorted(topics.flatMap((name) => (topicNamed(config, name).valueSchema ? [name] : [])));
}

/**
 * The access of the offline-store archiver (ML namespace, hub only): read the feature views'
 * topics in its own group, write nothing (no idempotent producer, no transactions); it commits
 * offsets once the parquet object is in S3. Undefined where it does not run.
 */
export function archiverAccess(config: PlatformConfig, region: Pick<RegionConfig, 'hub'>): ClientAccess | undefined {
  const archiver = featureArchiver(config, region);
  if (!archiver) return undefined;
  const readTopics = sorted(featureArchiverTopics(config));
  return {
    service: { name: archiver.name },
    job: false,
    namespace: archiver.namespace,
    serviceAccount: archiver.name,
    podLabels: archiver.podLabels,
    writeTopics: [],
    readTopics,
    consumerGroup: featureArchiverConsumerGroup(),
    writeSchemas: [],
    readSchemas: schemasOf(config, readTopics),
  };
}

/**
 * The access of every client, in config order, then every stream job's, then the archiver's: in
 * `region` when given (the archiver runs on the hub only), else in any region of the environment.
 */
export function clientAccesses(config: PlatformConfig, region?: Pick<RegionConfig, 'hub'>): ClientAccess[] {
  const archiver = archiverAccess(config, region ?? { hub: config.regions.some((r) => r.hub) });
  return [...config.kafka.clients.map((c) => clientAccess(config, c)), ...config.streams.jobs.map((j) => jobAccess(config, j)), ...(archiver ? [archiver] : [])];
}

/**
 * Every topic either engine declares: the configured ones, then the stream jobs' internal topics
 * (`streamInternalTopics`), with the same defaults (no replication, no schema, no dead letters).
 */
export function declaredTopics(config: PlatformConfig): KafkaTopicConfig[] {
  const internal = streamInternalTopics(config).map((t): KafkaTopicConfig => ({
    name: t.name,
    partitions: t.partitions,
    retentionHours: t.retentionHours,
    cleanupPolicy: t.cleanupPolicy,
    replicationFactor: t.replicationFactor,
    minInsyncReplicas: t.minInsyncReplicas,
    replicate: false,
    retryAttempts: 1,
  }));
  return [...config.kafka.topics, ...internal];
}

/** The access of a service or job, or undefined when it does not use Kafka. */
export function accessOfService(config: PlatformConfig, service: { readonly name: string }): ClientAccess | undefined {
  return clientAccesses(config).find((a) => a.service.name === service.name);
}

/** The regions whose Kafka is MSK. */
export function mskRegions(config: PlatformConfig): RegionConfig[] {
  return config.regions.filter((r) => kafkaEngineOf(config, r) === 'msk');
}

/** One direction of MSK replication: the target region's replicator copies from the source. */
export interface ReplicationFlow {
  readonly source: RegionConfig;
  readonly target: RegionConfig;
}

/** Topics that replicate between MSK regions. */
export function replicatedTopics(config: PlatformConfig): KafkaTopicConfig[] {
  return config.kafka.topics.filter((t) => t.replicate);
}

/**
 * The consumer groups that read a replicated topic, sorted: the Replicator copies their committed
 * offsets, so a service moved to the other region resumes near where it was.
 */
export function replicatedConsumerGroups(config: PlatformConfig): string[] {
  const topics = new Set(replicatedTopics(config).map((t) => t.name));
  // Principals of every region only: the archiver runs on the hub, its offsets mean nothing elsewhere.
  return sorted(clientAccesses(config, { hub: false }).flatMap((a) => (a.consumerGroup && a.readTopics.some((t) => topics.has(t)) ? [a.consumerGroup] : [])));
}

/**
 * Every replication flow: both directions between each two MSK regions of one account (MSK
 * Replicator does not cross accounts; the config check refuses a replicated topic unless every
 * MSK region shares one). None when no topic replicates.
 */
export function replicationFlows(config: PlatformConfig): ReplicationFlow[] {
  if (replicatedTopics(config).length === 0) return [];
  const regions = mskRegions(config);
  return regions.flatMap((target) =>
    regions.filter((source) => source !== target && source.account === target.account).map((source) => ({ source, target })),
  );
}

/** Kafka `retention.ms` of a topic. */
export function retentionMs(topic: KafkaTopicConfig): number {
  return topic.retentionHours < 0 ? -1 : topic.retentionHours * 3_600_000;
}

/**
 * Topic-level Kafka configuration, the same on MSK and Strimzi. Keys sorted, so the base64 blob
 * MSK gets and the rendered KafkaTopic are stable.
 */
export function topicConfigs(topic: KafkaTopicConfig): Record<string, string> {
  return {
    'cleanup.policy': topic.cleanupPolicy,
    'min.insync.replicas': String(topic.minInsyncReplicas),
    'retention.ms': String(retentionMs(topic)),
    'unclean.leader.election.enable': 'false',
  };
}

/**
 * Broker (cluster-wide) settings both engines share: replicated by default, no topic appears or
 * disappears by accident, and a lagging replica never becomes leader (no silent data loss).
 */
export const BROKER_DEFAULTS: Readonly<Record<string, string>> = {
  'auto.create.topics.enable': 'false',
  // Removing a topic from the config (or its resource) never deletes its records.
  'delete.topic.enable': 'false',
  'default.replication.factor': '3',
  'min.insync.replicas': '2',
  'unclean.leader.election.enable': 'false',
  'offsets.topic.replication.factor': '3',
  'transaction.state.log.replication.factor': '3',
  'transaction.state.log.min.isr': '2',
};

function sorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
