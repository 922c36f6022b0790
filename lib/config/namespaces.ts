import { PlatformConfig, RegionConfig } from './load';
import { kafkaConnectionSecretName, mlNamespace } from './names';
import { kafkaEngineOf } from './sections/kafka';
import { streamJobNamespaces } from './streams-names';
import { featureArchiver } from './feature-archiver-names';
import { monitoringNamespace, tracingNamespace } from './observability-names';

/*
 * Namespaces and secrets more than one layer needs to know about, derived from the config so
 * that no layer imports another to learn them.
 */

/**
 * The Kafka namespace where Strimzi runs: of `region` when given, else of any region of the
 * environment (for the AppProject's destinations). Empty when no such region uses Strimzi.
 */
export function strimziNamespaces(config: PlatformConfig, region?: RegionConfig): string[] {
  const regions = region ? [region] : config.regions;
  return regions.some((r) => kafkaEngineOf(config, r) === 'strimzi') ? [config.kafka.strimzi.namespace] : [];
}

/** The Kafka connection Secret a service's pods load (`envFrom`), when it is a Kafka client. */
export function kafkaEnvFromSecrets(config: PlatformConfig, service: { readonly name: string }): string[] {
  const client = config.kafka.clients.some((c) => c.service === service.name) || config.streams.jobs.some((j) => j.name === service.name);
  return client ? [kafkaConnectionSecretName(service)] : [];
}

/**
 * Whether the Kafka layer renders the Pod Identity agent's ServiceEntry in the principal's
 * namespace in `region` (it does for MSK clients, services, stream jobs and the feature archiver
 * alike, whose IAM authentication needs credentials). The services layer renders it for a flag
 * reader, and the ML layer in its namespace, only when this is false: one entry per namespace.
 */
export function podIdentityEntryByKafka(config: PlatformConfig, region: Pick<RegionConfig, 'name' | 'hub'>, principal: { readonly name: string }): boolean {
  if (kafkaEngineOf(config, region) !== 'msk') return false;
  return kafkaEnvFromSecrets(config, principal).length > 0 || featureArchiver(config, region)?.name === principal.name;
}

/** The ML layer's namespace, when the environment has an `ml` section. */
export function mlNamespaces(config: PlatformConfig): string[] {
  return config.ml ? [mlNamespace(config)] : [];
}

/**
 * Namespaces the ClusterSecretStore serves besides the services': the observability layer's
 * (AMP, Grafana and tracing-store values), the ML layer's, and the ingress gateway's (its TLS
 * certificate).
 */
export function secretStoreNamespaces(config: PlatformConfig): string[] {
  return [monitoringNamespace(config), tracingNamespace(config), ...mlNamespaces(config), config.gitops.operators.istioIngress.namespace];
}

/**
 * Namespaces the per-cluster manifests use besides those the config names directly (operators,
 * mesh, services): the AppProject admits exactly these plus the derived ones.
 */
export function gitopsWorkloadNamespaces(config: PlatformConfig): string[] {
  return [tracingNamespace(config), ...mlNamespaces(config), ...strimziNamespaces(config), ...streamJobNamespaces(config)];
}
