import type { PlatformConfig, RegionConfig } from './load';
import { kafkaConsumerGroup, mlNamespace } from './names';

/*
 * Names of the offline-store archiver (`feature-archiver`), derived once: the ML layer runs it,
 * the Kafka layer grants it (ACLs / IAM, connection Secret, egress), and neither imports the other.
 */

/** Service account, Kafka principal (KafkaUser, MSK client policy, `<name>-kafka` Secret), `app` label and CronJob of the archiver. */
export const FEATURE_ARCHIVER_NAME = 'feature-archiver';

/** The archiver as a Kafka principal: its name, namespace (the ML layer's) and pod labels. */
export interface FeatureArchiverPrincipal {
  readonly name: string;
  readonly namespace: string;
  readonly podLabels: Readonly<Record<string, string>>;
}

/** The topics the archiver copies to the offline store: every feature view's, once, sorted. */
export function featureArchiverTopics(config: Pick<PlatformConfig, 'ml'>): string[] {
  return [...new Set((config.ml?.featureStore.featureViews ?? []).map((v) => v.topic))].sort();
}

/**
 * The archiver in `region`, or undefined where it does not run. It runs on the hub only: the
 * hub's feature bucket is the one the offline store is written to (it replicates every key to the
 * spokes' buckets), and the hub's topic holds every region's records (replicated topics keep
 * their names on MSK Replicator). An archiver per region would write the same object names with
 * other offsets into buckets the hub's replication overwrites.
 */
export function featureArchiver(config: Pick<PlatformConfig, 'ml'>, region: Pick<RegionConfig, 'hub'>): FeatureArchiverPrincipal | undefined {
  if (!region.hub || featureArchiverTopics(config).length === 0) return undefined;
  return { name: FEATURE_ARCHIVER_NAME, namespace: mlNamespace(config), podLabels: { app: FEATURE_ARCHIVER_NAME } };
}

/** The archiver's consumer group: `feature-archiver-group` (its committed offsets are what it has archived). */
export function featureArchiverConsumerGroup(): string {
  return kafkaConsumerGroup({ name: FEATURE_ARCHIVER_NAME });
}
