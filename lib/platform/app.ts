import { Stage, Validations } from 'aws-cdk-lib';
import { nagPacks } from '../compliance';
import { PlatformConfig } from '../config';
import { addCostTag } from '../core/cost-tags';
import { EnvironmentContext, Facts, Layer, RegionScope } from '../core/layer';
import { RegionStack } from '../regions/region-stack';
import { LAYERS } from './registry';

export { SYNTH_CONTEXT } from '../core/synth-context';

/** Options of {@link buildPlatform}. */
export interface BuildPlatformOptions {
  /**
   * Gate the synth with the four cdk-nag packs (AwsSolutions, HIPAA Security, NIST 800-53 R5,
   * PCI DSS 3.2.1). Only benchmarks turn this off, to measure its cost.
   * @default true
   */
  readonly nag?: boolean;
  /**
   * The layers to build, in order.
   * @default LAYERS (lib/platform/registry.ts)
   */
  readonly layers?: readonly Layer[];
}

/** The stacks of one environment, as built into an app. */
export interface Platform {
  /** The app or stage the stacks were built into. */
  readonly app: Stage;
  /** Each region's base stack, in config order. */
  readonly regions: readonly RegionStack[];
  /** Each region's base and the facts its layers published, in config order. */
  readonly regionScopes: readonly RegionScope[];
  /** Facts the layers published for the environment (its global stacks). */
  readonly facts: Facts;
}

/**
 * Builds every stack of one environment into `app`: one {@link RegionStack} (the base) per
 * region, then every layer's region constructs on each, then every layer's environment stacks;
 * cost tags on everything, the nag packs as validation plugins.
 */
export function buildPlatform(app: Stage, config: PlatformConfig, options: BuildPlatformOptions = {}): Platform {
  const layers = options.layers ?? LAYERS;
  const tags: Record<string, string> = {
    project: config.project,
    environment: config.environment,
    owner: config.owner,
  };
  for (const [key, value] of Object.entries(tags)) addCostTag(app, key, value);

  const regions = config.regions.map((region) => new RegionStack(app, `Region-${region.name}`, { config, region }));
  const hub = regions.find((r) => r.regionConfig.hub)!.base;
  const regionScopes: RegionScope[] = regions.map((stack) => {
    const facts = new Facts();
    for (const layer of layers) layer.region?.({ config, base: stack.base, hub, facts });
    addCostTag(stack, 'region', stack.regionConfig.name);
    return { base: stack.base, facts };
  });

  const environment: EnvironmentContext = { app, config, regions: regionScopes, facts: new Facts() };
  for (const layer of layers) layer.environment?.(environment);

  if (options.nag ?? true) Validations.of(app).addPlugins(...nagPacks(app));
  return { app, regions, regionScopes, facts: environment.facts };
}
