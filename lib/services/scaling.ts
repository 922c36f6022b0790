import { RegionConfig, ServiceConfig } from '../config';

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
