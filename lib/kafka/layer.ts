import { kafkaEngineOf, strimziNamespaces } from '../config';
import { ML_KAFKA_ROLES, SERVICE_ROLES, STREAM_JOB_ROLES } from '../core/facts';
import { Fact, type Layer } from '../core/layer';
import { KafkaClientsChart } from './clients-chart';
import { MskKafka } from './msk';
import { kafkaOperators } from './operators';
import { KafkaReplicationStack, addKafkaReplication } from './replication-stack';
import { StrimziChart } from './strimzi-chart';
import { StrimziVolumeKey } from './strimzi-volumes';

/** The MSK Replicator stacks, one per region receiving replicated topics. */
export const KAFKA_REPLICATION_STACKS = new Fact<readonly KafkaReplicationStack[]>('Kafka replication stacks');

/**
 * Event streaming: per region, Amazon MSK (topics, schemas, client IAM) or, where the region's
 * engine is Strimzi, the key alias its volumes use; MSK Replicators for replicated topics; per
 * cluster, Strimzi's Kafka where it runs and every client's connection Secret and egress.
 */
export const kafkaLayer: Layer = {
  name: 'kafka',
  configSection: 'kafka',
  region: ({ config, base, facts }) => {
    if (kafkaEngineOf(config, base.region) === 'msk') {
      new MskKafka(base.stack, 'Kafka', {
        config,
        region: base.region,
        vpc: base.vpc,
        // Services, stream jobs and the feature archiver are Kafka principals alike; their names never collide (config check).
        serviceRoles: { ...facts.get(SERVICE_ROLES), ...facts.get(STREAM_JOB_ROLES), ...(facts.tryGet(ML_KAFKA_ROLES) ?? {}) },
        logKey: base.logKey,
        externalSecrets: base.secrets,
      });
    } else {
      new StrimziVolumeKey(base.stack, 'KafkaVolumes', { config, region: base.region, volumeKey: base.volumeKey });
    }
  },
  environment: ({ app, config, regions, facts }) => {
    facts.set(KAFKA_REPLICATION_STACKS, addKafkaReplication(app, config, regions.map((r) => r.base)));
  },
  charts: ({ app, config, region }) => [
    ...(strimziNamespaces(config, region).length > 0 ? [new StrimziChart(app, 'kafka', { config, region })] : []),
    new KafkaClientsChart(app, 'kafka-clients', { config, region }),
  ],
  operators: kafkaOperators,
};
