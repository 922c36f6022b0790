import type { PlatformConfig, RegionConfig } from './load';

/**
 * Every name both worlds share (CloudFormation and Kubernetes) is derived here, from the config,
 * and nowhere else. Changing one of these renames (and for stateful resources, replaces) things
 * in AWS: treat them as an API.
 */

/** `automatedai-prod`: prefix of every platform name in this environment. */
export function envPrefix(config: Pick<PlatformConfig, 'project' | 'environment'>): string {
  return `${config.project}-${config.environment}`;
}

/** CloudFormation stack name of a region's stack: `automatedai-prod-us-east-1`. */
export function regionStackName(config: PlatformConfig, region: Pick<RegionConfig, 'name'>): string {
  return `${envPrefix(config)}-${region.name}`;
}

/** EKS cluster name in a region: `automatedai-prod-us-east-1`. */
export function clusterName(config: PlatformConfig, region: Pick<RegionConfig, 'name'>): string {
  return `${envPrefix(config)}-${region.name}`;
}
