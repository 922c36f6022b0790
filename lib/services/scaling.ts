import { RegionConfig, ServiceConfig } from '../config';

/** One version of a service (`services[].versions[]`). */
type VersionConfig = ServiceConfig['versions'][number];

/** How far the autoscaler may grow a version past its floor when `maxReplicas` is not set. */
export const DEFAULT_MAX_REPLICAS_FACTOR = 3;

/**
 * Replicas of each version of a service in one cluster: the region's override, else `replicas`.
 * This is also the autoscaler's floor, so the PodDisruptionBudget always has headroom.
 */
export function serviceReplicas(service: ServiceConfig, region: Pick<RegionConfig, 'name'>): number {
  return service.regionReplicas[region.name] ?? service.replicas;
}

/**
 * The autoscaler's ceiling for each version in one cluster: `maxReplicas`, else 3 × the region's
 * replicas (so a region with a higher floor also gets a higher ceiling).
 */
export function serviceMaxReplicas(service: ServiceConfig, region: Pick<RegionConfig, 'name'>): number {
  return service.maxReplicas ?? DEFAULT_MAX_REPLICAS_FACTOR * serviceReplicas(service, region);
}

/**
 * Replicas of one version in one cluster: its share of the service's replicas by traffic weight
 * (`ceil(replicas × weight / 100)`: 5 replicas at 90/10 are 5 + 2, not 5 + 5), but never fewer than
 * `minAvailable + 1`, so a node drain can always evict one pod without breaking the version's
 * PodDisruptionBudget. A single version gets every replica. This is also its autoscaler's floor.
 */
export function versionReplicas(service: ServiceConfig, version: VersionConfig, region: Pick<RegionConfig, 'name'>): number {
  const replicas = serviceReplicas(service, region);
  if (service.versions.length === 1) return replicas;
  return Math.max(service.minAvailable + 1, Math.ceil((replicas * version.weight) / 100));
}

/** The autoscaler's ceiling for one version: its weight's share of the service's ceiling, at least its floor. */
export function versionMaxReplicas(service: ServiceConfig, version: VersionConfig, region: Pick<RegionConfig, 'name'>): number {
  const max = serviceMaxReplicas(service, region);
  const floor = versionReplicas(service, version, region);
  if (service.versions.length === 1) return max;
  return Math.max(floor, Math.ceil((max * version.weight) / 100));
}
