import * as path from 'path';
import { containerAssetsRepository } from './aws';
import type { PlatformConfig } from './load';

/*
 * Names of the stream-processing jobs (`streams.jobs`), derived once: the Kafka layer grants and
 * declares what the streams layer's pods use, and neither imports the other.
 */

/** The repository's Avro schemas (`schemas/<name>.avsc`): registered by the Kafka layer, mounted into the stream jobs. */
export const SCHEMA_DIR = path.resolve(__dirname, '..', '..', 'schemas');

/** Namespace, service account, Kafka principal and `app` label of a job: its name. */
export function streamJobNamespace(job: { readonly name: string }): string {
  return job.name;
}

/**
 * Prefix of everything a job owns on Kafka besides its input and output: internal topics,
 * transactional ids (`<name>-<pod>`), as Kafka Streams prefixes them with its application id.
 */
export function streamJobPrefix(job: { readonly name: string }): string {
  return `${job.name}-`;
}

/**
 * A job's changelog topic: its open windows, compacted, so an instance that takes over a
 * partition restores them (the job's state store; Kafka Streams' `<app>-<store>-changelog`).
 */
export function streamJobChangelogTopic(job: { readonly name: string }): string {
  return `${streamJobPrefix(job)}windows-changelog`;
}

/** The internal topics of one job, declared like configured topics (auto-creation is off on both engines). */
export interface StreamInternalTopic {
  readonly name: string;
  readonly partitions: number;
  readonly replicationFactor: number;
  readonly minInsyncReplicas: number;
  readonly cleanupPolicy: 'compact';
  /** Kept while compaction keeps the latest state per key; -1 (forever) for a changelog. */
  readonly retentionHours: -1;
  /** The job it belongs to. */
  readonly job: string;
}

/**
 * Every job's internal topics: the changelog, partitioned like the input (a state partition per
 * input partition) and as durable as it.
 */
export function streamInternalTopics(config: Pick<PlatformConfig, 'kafka' | 'streams'>): StreamInternalTopic[] {
  return config.streams.jobs.flatMap((job) => {
    const input = config.kafka.topics.find((t) => t.name === job.input);
    if (!input) return [];
    return [{
      name: streamJobChangelogTopic(job),
      partitions: input.partitions,
      replicationFactor: input.replicationFactor,
      minInsyncReplicas: input.minInsyncReplicas,
      cleanupPolicy: 'compact' as const,
      retentionHours: -1 as const,
      job: job.name,
    }];
  });
}

/** Namespaces of the jobs (the AppProject admits them). */
export function streamJobNamespaces(config: Pick<PlatformConfig, 'streams'>): string[] {
  return config.streams.jobs.map(streamJobNamespace);
}

/**
 * The image of the stream jobs in a region: the CDK bootstrap container-assets repository of the
 * region's account, tagged with the job image asset's hash (`jobImageTag` in lib/streams; the
 * delivery pipeline's Assets stage builds and pushes it before the region's stack deploys).
 * Derived from the config, so the manifests name it without a deploy-time value:
 * `<account>.dkr.ecr.<region>.amazonaws.com/cdk-hnb659fds-container-assets-<account>-<region>:<tag>`.
 */
export function streamJobImage(region: { readonly name: string; readonly account: string }, tag: string): string {
  return `${containerAssetsRepository(region)}:${tag}`;
}
