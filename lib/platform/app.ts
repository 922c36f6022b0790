import { Stage } from 'aws-cdk-lib';
import { setRegisterTerms } from '../compliance';
import { PlatformConfig } from '../config';
import { addCostTag } from '../core/cost-tags';
import { EnvironmentContext, Facts, Layer, RegionScope } from '../core/layer';
import { RegionStack } from '../regions/region-stack';
import { gate } from './gate';
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
  /**
   * The layer that made each part of the environment: a stack's id (`Global`, `Ml-us-east-1`) for
   * the stacks layers add, `<region stack id>/<child id>` (`Region-us-east-1/Kafka`) for what a
   * layer adds to a region's stack; the region base's own parts are `regions`'.
   */
  readonly layerOf: ReadonlyMap<string, string>;
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

  const layerOf = new Map<string, string>();
  const regions = config.regions.map((region) => new RegionStack(app, `Region-${region.name}`, { config, region }));
  const hub = regions.find((r) => r.regionConfig.hub)!.base;
  const regionScopes: RegionScope[] = regions.map((stack) => {
    const facts = new Facts();
    const attribute = (layer: string) => {
      for (const child of stack.node.children) if (!layerOf.has(`${stack.node.id}/${child.node.id}`)) layerOf.set(`${stack.node.id}/${child.node.id}`, layer);
    };
    attribute('regions');
    for (const layer of layers) {
      layer.region?.({ config, base: stack.base, hub, facts });
      attribute(layer.name);
    }
    addCostTag(stack, 'region', stack.regionConfig.name);
    return { base: stack.base, facts };
  });
  for (const stack of regions) layerOf.set(stack.node.id, 'regions');

  const environment: EnvironmentContext = { app, config, regions: regionScopes, facts: new Facts() };
  for (const layer of layers) {
    layer.environment?.(environment);
    for (const child of app.node.children) if (!layerOf.has(child.node.id)) layerOf.set(child.node.id, layer.name);
  }

  // Who owns each acknowledgement: the team config gives the layer that made its construct.
  const ownerOfLayer = (layer: string | undefined) => (layer && config.compliance.owners[layer]) || config.owner;
  setRegisterTerms(app, {
    asOf: config.compliance.asOf,
    reviewBy: config.compliance.reviewBy,
    teams: [...new Set([config.owner, ...Object.values(config.compliance.owners)])],
    ownerOf: (at) => ownerOfLayer(layerAt(layerOf, at)),
  });
  gate(app, config, { plugins: options.nag ?? true });
  return { app, regions, regionScopes, facts: environment.facts, layerOf };
}

/**
 * The layer that made the construct at `path` (`<stack id>/<child id>/…`), by
 * {@link Platform.layerOf}: the part of a region stack a layer added, else the stack a layer added.
 */
export function layerAt(layerOf: ReadonlyMap<string, string>, path: string): string | undefined {
  const [stack, child] = path.split('/');
  return layerOf.get(`${stack}/${child}`) ?? layerOf.get(stack);
}
