import { z } from 'zod';
import type { CoreRaw } from './core';
import { Issue, image, quantity, resourceList, slug, strictObject } from '../zod-helpers';

/**
 * The `kafka` section of the platform config: which engine runs Kafka in each region (Amazon MSK
 * or Strimzi on the cluster), how big it is, the topics, which services produce and consume
 * them, and which topics replicate between regions. One config drives both worlds: CloudFormation
 * (MSK, `AWS::MSK::Topic`, IAM, Glue Schema Registry) and the Strimzi custom resources.
 */

/** Where a region's Kafka runs. */
export const KAFKA_ENGINES = ['msk', 'strimzi'] as const;

/** One of {@link KAFKA_ENGINES}. */
export type KafkaEngine = (typeof KAFKA_ENGINES)[number];

/**
 * MSK Kafka versions offered: KRaft only (no ZooKeeper to run or patch), standard brokers, the
 * versions whose open monitoring, storage autoscaling and MSK Replicator support are documented.
 */
export const MSK_KAFKA_VERSIONS = ['3.9.x.kraft', '4.0.x.kraft', '4.1.x.kraft'] as const;

/** Enhanced (CloudWatch) monitoring levels of MSK. */
export const MSK_MONITORING_LEVELS = ['DEFAULT', 'PER_BROKER', 'PER_TOPIC_PER_BROKER', 'PER_TOPIC_PER_PARTITION'] as const;

/**
 * Schema compatibility modes both registries enforce between a schema's consecutive versions
 * (Glue `Compatibility`, Apicurio's global rule), and the tests check before a deploy:
 * BACKWARD (consumers upgrade first), FORWARD (producers upgrade first), FULL (either).
 */
export const SCHEMA_COMPATIBILITY_MODES = ['BACKWARD', 'FORWARD', 'FULL'] as const;

/** Kafka `cleanup.policy` values. */
export const CLEANUP_POLICIES = ['delete', 'compact', 'compact,delete'] as const;

/**
 * A topic name that is also a valid Kubernetes object name (a `KafkaTopic` is named after its
 * topic) and an IAM-friendly ARN segment: lower-case letters, digits, '.' and '-'.
 */
const topicName = z
  .string()
  .max(200)
  .regex(/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/, "must be lower-case letters, digits, '.' and '-' (e.g. 'device-telemetry')");

const topic = strictObject({
  /** Topic name (also the `KafkaTopic` name and part of IAM topic ARNs). */
  name: topicName,
  /** Partitions: the consumers' parallelism ceiling. @default 6 */
  partitions: z.number().int().min(1, 'must be at least 1 (a topic needs a partition)').max(1000).default(6),
  /** How long records are kept (`retention.ms`), in hours; -1 keeps them forever. @default 168 */
  retentionHours: z.number().int().min(-1).max(876000).default(168),
  /** `cleanup.policy`. @default delete */
  cleanupPolicy: z.enum(CLEANUP_POLICIES).default('delete'),
  /** Copies of each partition; at most the region's broker count. @default 3 */
  replicationFactor: z.number().int().min(1).max(10).default(3),
  /** `min.insync.replicas`: acknowledged writes survive this many minus one broker losses. @default 2 */
  minInsyncReplicas: z.number().int().min(1).max(10).default(2),
  /**
   * Replicate the topic between the MSK regions (MSK Replicator, identical topic names, both
   * directions). Needs every MSK region in one AWS account (the Replicator cannot cross accounts)
   * and `kafka.msk.multiVpcConnectivity`. Keep topics that carry personal data regional. @default false
   */
  replicate: z.boolean().default(false),
  /** Topic its consumers send records they cannot process to; required for consumed topics. @default - none (a topic nobody consumes) */
  deadLetterTopic: topicName.optional(),
  /**
   * Topic its consumers re-queue a record to when processing failed in a way a retry may fix (a
   * dependency down); they read it in the same group and send the record to the dead-letter
   * topic once `retryAttempts` are spent. @default - no retries (failures go to the dead-letter topic)
   */
  retryTopic: topicName.optional(),
  /** Attempts through the retry topic before a record goes to the dead-letter topic. @default 3 */
  retryAttempts: z.number().int().min(1).max(20).default(3),
  /**
   * Avro schema of the record values: `schemas/<valueSchema>.avsc`, registered in Glue (MSK) or
   * Apicurio (Strimzi) as subject `<topic>-value`. @default - no registered schema (raw bytes)
   */
  valueSchema: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be a file name under schemas/ without '.avsc' (e.g. 'device-telemetry')").optional(),
});

const client = strictObject({
  /** The service (from `services`) whose pods connect. */
  service: slug(40),
  /** Topics it writes. @default [] */
  produces: z.array(topicName).default([]),
  /**
   * Topics it reads, in its consumer group (`<service>-group`); it may also write their dead-letter
   * topics, and read and write their retry topics. @default []
   */
  consumes: z.array(topicName).default([]),
  /**
   * Transactional id of its producer (exactly-once writes); granted as a prefix, so one id per
   * pod (`<id>-<pod>`) is covered. @default - not transactional
   */
  transactionalId: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, "must be lower-case letters, digits, '.' and '-'").optional(),
});

const msk = strictObject({
  /** @default 4.1.x.kraft */
  kafkaVersion: z.enum(MSK_KAFKA_VERSIONS).default('4.1.x.kraft'),
  /** Broker instance type without the `kafka.` prefix (MSK Replicator needs m5.large or larger). @default m7g.large */
  instanceType: z.string().regex(/^(m5|m7g)\.[0-9]*x?large$/, "must be an MSK standard broker type such as 'm7g.large' or 'm5.xlarge'").default('m7g.large'),
  /** Brokers in the cluster: a multiple of the region's AZ count, at least 3. @default 3 */
  brokerCount: z.number().int().min(3).max(90).default(3),
  /** Initial EBS volume per broker, GiB. @default 100 */
  volumeSizeGiB: z.number().int().min(1).max(16384).default(100),
  /** Ceiling storage autoscaling may grow a broker's volume to, GiB. @default 1000 */
  maxVolumeSizeGiB: z.number().int().min(2).max(16384).default(1000),
  /** Broker disk utilisation storage autoscaling keeps below (%). @default 60 */
  storageTargetUtilizationPercent: z.number().int().min(10).max(80).default(60),
  /** @default PER_TOPIC_PER_BROKER */
  enhancedMonitoring: z.enum(MSK_MONITORING_LEVELS).default('PER_TOPIC_PER_BROKER'),
  /**
   * Multi-VPC private connectivity for IAM clients on every MSK cluster: how a cross-region MSK
   * Replicator reaches its source, so replicated topics need it. MSK refuses it while a cluster is
   * being created, so a custom resource turns it on once the cluster exists (a rolling broker
   * update), in the same deploy. @default false
   */
  multiVpcConnectivity: z.boolean().default(false),
});

const DEFAULT_BROKER_RESOURCES = { requests: { cpu: '500m', memory: '4Gi' }, limits: { cpu: '2', memory: '4Gi' } };
const DEFAULT_CONTROLLER_RESOURCES = { requests: { cpu: '250m', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } };
const DEFAULT_REGISTRY_RESOURCES = { requests: { cpu: '100m', memory: '512Mi' }, limits: { cpu: '1', memory: '512Mi' } };
const DEFAULT_REGISTRY = { image: 'quay.io/apicurio/apicurio-registry:3.3.0', replicas: 2, resources: DEFAULT_REGISTRY_RESOURCES };

const schemaRegistry = strictObject({
  /** Apicurio Registry image, pinned. @default quay.io/apicurio/apicurio-registry:3.3.0 */
  image: image.default(DEFAULT_REGISTRY.image),
  /** @default 2 */
  replicas: z.number().int().min(1).max(10).default(2),
  /** @default { requests: { cpu: 100m, memory: 512Mi }, limits: { cpu: '1', memory: 512Mi } } */
  resources: strictObject({ requests: resourceList, limits: resourceList }).default(DEFAULT_REGISTRY_RESOURCES),
});

const strimzi = strictObject({
  /** Namespace of the Kafka cluster, its users, topics and the schema registry. @default kafka */
  namespace: slug(63).default('kafka'),
  /** Kafka version; one the pinned Strimzi operator supports. @default 4.2.0 */
  kafkaVersion: z.string().regex(/^\d+\.\d+\.\d+$/, "must be an exact Kafka version such as '4.2.0'").default('4.2.0'),
  /** Broker replicas (one KafkaNodePool). @default 3 */
  brokers: z.number().int().min(3).max(30).default(3),
  /** KRaft controller replicas (one KafkaNodePool); odd, for a quorum. @default 3 */
  controllers: z.number().int().min(1).max(9).default(3),
  /** Persistent volume per broker and per controller, GiB. @default 100 */
  storageGiB: z.number().int().min(1).max(16384).default(100),
  /** @default { requests: { cpu: 500m, memory: 4Gi }, limits: { cpu: '2', memory: 4Gi } } */
  brokerResources: strictObject({ requests: resourceList, limits: resourceList }).default(DEFAULT_BROKER_RESOURCES),
  /** @default { requests: { cpu: 250m, memory: 1Gi }, limits: { cpu: '1', memory: 1Gi } } */
  controllerResources: strictObject({ requests: resourceList, limits: resourceList }).default(DEFAULT_CONTROLLER_RESOURCES),
  /** Also open the seed's plaintext listener on 9092 (no TLS, no authentication); refused in production. @default false */
  allowPlaintext: z.boolean().default(false),
  /** @default { image: quay.io/apicurio/apicurio-registry:3.3.0, replicas: 2 } */
  schemaRegistry: schemaRegistry.default(DEFAULT_REGISTRY),
});

/**
 * The `kafka` section: engine per region, MSK and Strimzi sizing, topics and clients.
 * @default - no topics, no clients; MSK in production environments, Strimzi elsewhere
 */
export const kafkaConfig = strictObject({
  /** Engine per region, by region name. @default - `msk` for every region when `production`, `strimzi` otherwise */
  engines: z.record(z.string(), z.enum(KAFKA_ENGINES)).default({}),
  /** Amazon MSK (regions whose engine is `msk`). @default - see each field */
  msk: msk.default({
    kafkaVersion: '4.1.x.kraft',
    instanceType: 'm7g.large',
    brokerCount: 3,
    volumeSizeGiB: 100,
    maxVolumeSizeGiB: 1000,
    storageTargetUtilizationPercent: 60,
    enhancedMonitoring: 'PER_TOPIC_PER_BROKER',
    multiVpcConnectivity: false,
  }),
  /** Strimzi on the cluster (regions whose engine is `strimzi`). @default - see each field */
  strimzi: strimzi.default({
    namespace: 'kafka',
    kafkaVersion: '4.2.0',
    brokers: 3,
    controllers: 3,
    storageGiB: 100,
    brokerResources: DEFAULT_BROKER_RESOURCES,
    controllerResources: DEFAULT_CONTROLLER_RESOURCES,
    allowPlaintext: false,
    schemaRegistry: DEFAULT_REGISTRY,
  }),
  /** Compatibility every value schema's versions keep, in both registries. @default BACKWARD */
  schemaCompatibility: z.enum(SCHEMA_COMPATIBILITY_MODES).default('BACKWARD'),
  /** The topics, created the same way in every region. @default [] */
  topics: z.array(topic).default([]),
  /** Which services produce and consume which topics; each gets exactly those rights. @default [] */
  clients: z.array(client).default([]),
}).default({
  engines: {},
  msk: {
    kafkaVersion: '4.1.x.kraft',
    instanceType: 'm7g.large',
    brokerCount: 3,
    volumeSizeGiB: 100,
    maxVolumeSizeGiB: 1000,
    storageTargetUtilizationPercent: 60,
    enhancedMonitoring: 'PER_TOPIC_PER_BROKER',
    multiVpcConnectivity: false,
  },
  strimzi: {
    namespace: 'kafka',
    kafkaVersion: '4.2.0',
    brokers: 3,
    controllers: 3,
    storageGiB: 100,
    brokerResources: DEFAULT_BROKER_RESOURCES,
    controllerResources: DEFAULT_CONTROLLER_RESOURCES,
    allowPlaintext: false,
    schemaRegistry: DEFAULT_REGISTRY,
  },
  schemaCompatibility: 'BACKWARD',
  topics: [],
  clients: [],
});

/** The validated `kafka` section. */
export type KafkaConfig = z.output<typeof kafkaConfig>;
/** One topic of `kafka.topics`. */
export type KafkaTopicConfig = KafkaConfig['topics'][number];
/** One client of `kafka.clients`. */
export type KafkaClientConfig = KafkaConfig['clients'][number];

/** What the engine helpers need of a config. */
type EngineConfigRef = { readonly production: boolean; readonly kafka: Pick<KafkaConfig, 'engines'> };

/**
 * The engine of a region: the configured one, else `msk` in production environments and
 * `strimzi` elsewhere (so dev exercises the in-cluster path). The one place this default is filled.
 */
export function kafkaEngineOf(config: EngineConfigRef, region: { readonly name: string }): KafkaEngine {
  return config.kafka.engines[region.name] ?? (config.production ? 'msk' : 'strimzi');
}

/** Brokers of a region's Kafka, whichever engine runs it. */
export function kafkaBrokerCount(config: EngineConfigRef & { readonly kafka: Pick<KafkaConfig, 'msk' | 'strimzi'> }, region: { readonly name: string }): number {
  return kafkaEngineOf(config, region) === 'msk' ? config.kafka.msk.brokerCount : config.kafka.strimzi.brokers;
}

/** The dead-letter topics: every topic some other topic names as its `deadLetterTopic`. */
export function deadLetterTopicNames(kafka: Pick<KafkaConfig, 'topics'>): Set<string> {
  return new Set(kafka.topics.flatMap((t) => (t.deadLetterTopic ? [t.deadLetterTopic] : [])));
}

/** What the kafka checks read: the core config and this section. */
type RawConfig = CoreRaw & { readonly kafka: z.output<typeof kafkaConfig> };

/** Cross-field checks of the `kafka` section (each problem names its field path). */
export function checkKafka(config: RawConfig, issue: Issue): void {
  const kafka = config.kafka;
  const at = (...rest: (string | number)[]) => ['kafka', ...rest];
  const regionNames = config.regions.map((r) => r.name);
  const serviceNames = config.services.map((s) => s.name);
  const topicNames = kafka.topics.map((t) => t.name);
  const deadLetters = deadLetterTopicNames(kafka);

  for (const region of Object.keys(kafka.engines)) {
    if (!regionNames.includes(region)) {
      issue(at('engines', region), `'${region}' is not a configured region (allowed: ${regionNames.join(', ')})`);
    }
  }

  const mskRegions = config.regions.filter((r) => kafkaEngineOf(config, r) === 'msk');
  for (const region of mskRegions) {
    const azs = region.availabilityZones.length;
    if (kafka.msk.brokerCount % azs !== 0) {
      issue(at('msk', 'brokerCount'), `must be a multiple of the AZ count of ${region.name} (${azs}), got ${kafka.msk.brokerCount}`);
    }
  }
  if (kafka.msk.maxVolumeSizeGiB <= kafka.msk.volumeSizeGiB) {
    issue(at('msk', 'maxVolumeSizeGiB'), `must be above volumeSizeGiB (${kafka.msk.volumeSizeGiB}), or storage autoscaling has no room`);
  }
  if (kafka.strimzi.controllers % 2 === 0) {
    issue(at('strimzi', 'controllers'), `must be odd so the KRaft quorum has a majority, got ${kafka.strimzi.controllers}`);
  }
  if (kafka.strimzi.allowPlaintext && config.production) {
    issue(at('strimzi', 'allowPlaintext'), 'must be false in production: the 9092 listener has neither TLS nor authentication');
  }
  for (const key of ['brokerResources', 'controllerResources'] as const) {
    checkLimits(kafka.strimzi[key], at('strimzi', key), issue);
  }
  checkLimits(kafka.strimzi.schemaRegistry.resources, at('strimzi', 'schemaRegistry', 'resources'), issue);

  kafka.topics.forEach((t, i) => {
    const first = topicNames.indexOf(t.name);
    if (first !== i) issue(at('topics', i, 'name'), `'${t.name}' is already kafka.topics[${first}].name; topic names must be unique`);
    if (t.minInsyncReplicas >= t.replicationFactor) {
      issue(at('topics', i, 'minInsyncReplicas'), `must be below replicationFactor (${t.replicationFactor}), got ${t.minInsyncReplicas}: with min ISR = RF, one broker down stops every write`);
    }
    for (const region of config.regions) {
      const brokers = kafkaBrokerCount(config, region);
      if (t.replicationFactor > brokers) {
        issue(at('topics', i, 'replicationFactor'), `${t.replicationFactor} exceeds the ${brokers} brokers of ${region.name} (${kafkaEngineOf(config, region)})`);
      }
    }
    if (t.deadLetterTopic !== undefined) {
      if (!topicNames.includes(t.deadLetterTopic)) {
        issue(at('topics', i, 'deadLetterTopic'), `'${t.deadLetterTopic}' is not a topic (allowed: ${topicNames.filter((n) => n !== t.name).join(', ')})`);
      } else if (t.deadLetterTopic === t.name) {
        issue(at('topics', i, 'deadLetterTopic'), 'a topic cannot be its own dead-letter topic');
      }
    }
    if (t.retryTopic !== undefined) {
      if (!topicNames.includes(t.retryTopic)) {
        issue(at('topics', i, 'retryTopic'), `'${t.retryTopic}' is not a topic (allowed: ${topicNames.filter((n) => n !== t.name).join(', ')})`);
      } else if (t.retryTopic === t.name || t.retryTopic === t.deadLetterTopic) {
        issue(at('topics', i, 'retryTopic'), `must differ from the topic and its deadLetterTopic, got '${t.retryTopic}'`);
      } else if (t.deadLetterTopic === undefined) {
        issue(at('topics', i, 'retryTopic'), 'needs a deadLetterTopic too: records whose retries are spent go there');
      }
    }
    if (t.replicate) checkReplication(config, mskRegions, at('topics', i, 'replicate'), issue);
  });
  const replicated = kafka.topics.flatMap((t, i) => (t.replicate ? [`kafka.topics[${i}]`] : []));
  if (replicated.length > 0 && !kafka.msk.multiVpcConnectivity) {
    issue(at('msk', 'multiVpcConnectivity'), `must be true when a topic replicates (${replicated.join(', ')}): a cross-region MSK Replicator reaches its source cluster through it`);
  }

  const clientServices = kafka.clients.map((c) => c.service);
  kafka.clients.forEach((c, i) => {
    const first = clientServices.indexOf(c.service);
    if (first !== i) issue(at('clients', i, 'service'), `'${c.service}' is already kafka.clients[${first}].service; list each service once`);
    if (!serviceNames.includes(c.service)) {
      issue(at('clients', i, 'service'), `'${c.service}' is not a service (allowed: ${serviceNames.join(', ')})`);
    }
    for (const key of ['produces', 'consumes'] as const) {
      c[key].forEach((name, j) => {
        if (!topicNames.includes(name)) {
          issue(at('clients', i, key, j), `'${name}' is not a topic (allowed: ${topicNames.join(', ')})`);
          return;
        }
        if (c[key].indexOf(name) !== j) issue(at('clients', i, key, j), `'${name}' is listed twice`);
        const t = kafka.topics.find((x) => x.name === name)!;
        if (key === 'consumes' && !deadLetters.has(name) && t.deadLetterTopic === undefined) {
          issue(at('clients', i, key, j), `'${name}' has no deadLetterTopic: set kafka.topics[${topicNames.indexOf(name)}].deadLetterTopic so records its consumers cannot process are kept`);
        }
      });
    }
    if (c.transactionalId !== undefined && c.produces.length === 0) {
      issue(at('clients', i, 'transactionalId'), 'only a producer has a transactional id: list the topics it produces');
    }
  });
}

/** Limits must not be below requests. */
function checkLimits(resources: { requests: { cpu: string; memory: string }; limits: { cpu: string; memory: string } }, path: (string | number)[], issue: Issue): void {
  for (const kind of ['cpu', 'memory'] as const) {
    if (quantity(resources.limits[kind], kind) < quantity(resources.requests[kind], kind)) {
      issue([...path, 'limits', kind], `${resources.limits[kind]} is below the request (${resources.requests[kind]}); limits must be >= requests`);
    }
  }
}

/**
 * A replicated topic needs two or more MSK regions, all in one AWS account: MSK Replicator copies
 * only between clusters of one account ("both the source and target clusters must be in the same
 * AWS account"), and a region left out would silently miss the topic. One line per problem.
 */
function checkReplication(config: RawConfig, mskRegions: RawConfig['regions'], path: (string | number)[], issue: Issue): void {
  const strimzi = config.regions.filter((r) => !mskRegions.includes(r)).map((r) => r.name);
  if (mskRegions.length < 2) {
    issue(path, `needs two or more MSK regions to replicate between, got ${mskRegions.map((r) => r.name).join(', ') || 'none'}${strimzi.length ? ` (Strimzi regions do not replicate: ${strimzi.join(', ')})` : ''}`);
    return;
  }
  // An invalid account id is reported on its own field; comparing it would only repeat that.
  if (mskRegions.some((r) => !/^\d{12}$/.test(r.account))) return;
  const accounts = [...new Set(mskRegions.map((r) => r.account))];
  if (accounts.length > 1) {
    issue(path, `MSK Replicator cannot cross AWS accounts, but the MSK regions are in ${accounts.length} accounts (${mskRegions.map((r) => `${r.name}: ${r.account}`).join(', ')}); put them in one account or set replicate: false`);
  }
}
