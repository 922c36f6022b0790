import type { PlatformConfig, RegionConfig } from './load';
import { SCHEMA_REGISTRY_NAME, kafkaClusterName } from './names';

/**
 * Names, ports and labels of a Strimzi cluster that more than one chart must agree on. The
 * operator derives them from the `Kafka` resource's name (services, secrets, pod labels), so they
 * are computed here once from the derived cluster name instead of being retyped.
 */

/** Ports of the Strimzi Kafka pods. */
export const STRIMZI_PORTS = {
  /** KRaft controller quorum (controllers, and brokers to controllers). */
  controller: 9090,
  /** Replication and the operators' control connections (mutual TLS with the cluster CA). */
  replication: 9091,
  /** The seed's plaintext listener, only when `kafka.strimzi.allowPlaintext`. */
  plain: 9092,
  /** Internal TLS listener with mutual-TLS client authentication. */
  tls: 9093,
  /** Prometheus metrics (Strimzi metrics reporter). */
  metrics: 9404,
} as const;

/** Node pool names. */
export const NODE_POOLS = { brokers: 'brokers', controllers: 'controllers' } as const;

/** Port of the schema registry's HTTP API (Apicurio's default). */
export const SCHEMA_REGISTRY_PORT = 8080;

/** The label every pod of a Strimzi cluster carries. */
export function strimziClusterLabels(config: PlatformConfig, region: RegionConfig): Record<string, string> {
  return { 'strimzi.io/cluster': kafkaClusterName(config, region) };
}

/** Labels of the Kafka pods (brokers and controllers), set by the operator. */
export function strimziKafkaPodLabels(config: PlatformConfig, region: RegionConfig): Record<string, string> {
  return { ...strimziClusterLabels(config, region), 'strimzi.io/kind': 'Kafka' };
}

/** Labels of the broker pods only. */
export function strimziBrokerPodLabels(config: PlatformConfig, region: RegionConfig): Record<string, string> {
  return { ...strimziKafkaPodLabels(config, region), 'strimzi.io/broker-role': 'true' };
}

/** Labels of the entity operator pod (topic and user operators). */
export function strimziEntityOperatorLabels(config: PlatformConfig, region: RegionConfig): Record<string, string> {
  return { ...strimziClusterLabels(config, region), 'strimzi.io/name': `${kafkaClusterName(config, region)}-entity-operator` };
}

/** In-cluster bootstrap address of the TLS listener: `automatedai-dev-us-east-1-kafka-bootstrap.kafka.svc:9093`. */
export function strimziBootstrapServers(config: PlatformConfig, region: RegionConfig): string {
  return `${kafkaClusterName(config, region)}-kafka-bootstrap.${config.kafka.strimzi.namespace}.svc:${STRIMZI_PORTS.tls}`;
}

/** Secret (in the Kafka namespace) with the cluster CA certificate clients trust (`ca.crt`, `ca.p12`, `ca.password`). */
export function strimziClusterCaSecret(config: PlatformConfig, region: RegionConfig): string {
  return `${kafkaClusterName(config, region)}-cluster-ca-cert`;
}

/** The schema registry's in-cluster URL of its Confluent-compatible API (clients' serdes use it). */
export function schemaRegistryUrl(config: PlatformConfig): string {
  return `http://${SCHEMA_REGISTRY_NAME}.${config.kafka.strimzi.namespace}.svc.cluster.local:${SCHEMA_REGISTRY_PORT}/apis/ccompat/v7`;
}

/** Pod labels of the schema registry. */
export const SCHEMA_REGISTRY_LABELS: Readonly<Record<string, string>> = { app: SCHEMA_REGISTRY_NAME };

/**
 * Topics Apicurio Registry keeps its state in (KafkaSQL storage, Apicurio 3 defaults): the journal,
 * its snapshots and the events topic. Declared as KafkaTopics so nothing is auto-created.
 */
export const REGISTRY_TOPICS = ['kafkasql-journal', 'kafkasql-snapshots', 'registry-events'] as const;

/** Prefix of the consumer groups Apicurio creates (one per replica, random suffix). */
export const REGISTRY_GROUP_PREFIX = 'apicurio-';
