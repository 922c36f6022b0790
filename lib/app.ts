import { App, Tags, Validations } from 'aws-cdk-lib';
import { nagPacks } from './compliance';
import { PlatformConfig } from './config';
import { RegionStack } from './regions';

export { SYNTH_CONTEXT } from './synth-context';

/** Options of {@link buildPlatform}. */
export interface BuildPlatformOptions {
  /**
   * Gate the synth with the four cdk-nag packs (AwsSolutions, HIPAA Security, NIST 800-53 R5,
   * PCI DSS 3.2.1). Only benchmarks turn this off, to measure its cost.
   * @default true
   */
  readonly nag?: boolean;
}

/** The stacks of one environment, as built into an app. */
export interface Platform {
  readonly app: App;
  readonly regions: readonly RegionStack[];
}

/**
 * Builds every stack of one environment into `app`: one {@link RegionStack} per region, cost
 * tags on everything, the nag packs as validation plugins.
 */
export function buildPlatform(app: App, config: PlatformConfig, options: BuildPlatformOptions = {}): Platform {
  const tags: Record<string, string> = {
    project: config.project,
    environment: config.environment,
    owner: config.owner,
  };
  for (const [key, value] of Object.entries(tags)) Tags.of(app).add(key, value);

  const regions = config.regions.map((region) => new RegionStack(app, `Region-${region.name}`, { config, region }));
  // Spokes grant cluster access to the Argo CD role the hub stack creates: deploy the hub first.
  const hub = regions.find((r) => r.regionConfig.hub)!;
  for (const stack of regions) if (stack !== hub) stack.addStackDependency(hub, 'Argo CD capability role is created by the hub stack');

  if (options.nag ?? true) Validations.of(app).addPlugins(...nagPacks(app));
  return { app, regions };
}
