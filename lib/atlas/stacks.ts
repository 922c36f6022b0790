import { Construct } from 'constructs';
import { PlatformConfig } from '../config';
import type { RegionScope } from '../core/layer';
import type { AtlasPrivateLink } from './private-link';
import { AtlasStack } from './atlas-stack';
import { AtlasConnectionStack } from './connection-stack';
import { AtlasTypesStack } from './types-stack';

/** The MongoDB Atlas stacks of an environment, in deploy order. */
export interface AtlasStacks {
  /** Per region: the MongoDB::Atlas type activations (empty with `atlas.activateTypes: false`). */
  readonly types: readonly AtlasTypesStack[];
  /** The project and cluster (hub account and region). */
  readonly atlas: AtlasStack;
  /** Per region: the connection strings written into the services' secrets, after every region's endpoint. */
  readonly connections: readonly AtlasConnectionStack[];
}

/**
 * Adds the Atlas stacks around the region stacks (which hold each region's private endpoint) and
 * orders them: type activations → Atlas project and cluster → region stacks → connection strings.
 * Returns undefined when the config has no `atlas` section.
 */
export function addAtlasStacks(app: Construct, config: PlatformConfig, scopes: readonly RegionScope[], privateLinkOf: (scope: RegionScope) => AtlasPrivateLink): AtlasStacks | undefined {
  const atlas = config.atlas;
  if (!atlas) return undefined;
  const regions = scopes.map((scope) => ({ stack: scope.base.stack, regionConfig: scope.base.region, atlas: privateLinkOf(scope) }));
  const types = atlas.activateTypes
    ? regions.map((stack) => new AtlasTypesStack(app, `AtlasTypes-${stack.regionConfig.name}`, { config, atlas, region: stack.regionConfig }))
    : [];
  const atlasStack = new AtlasStack(app, 'Atlas', { config, atlas });
  const hubTypes = types.find((t) => t.region === config.hubRegion.name);
  if (hubTypes) atlasStack.addStackDependency(hubTypes, 'uses the MongoDB::Atlas types activated there');
  regions.forEach(({ stack, regionConfig }) => {
    const regionTypes = types.find((t) => t.region === regionConfig.name);
    if (regionTypes) stack.addStackDependency(regionTypes, 'its Atlas private endpoint uses the MongoDB::Atlas types activated there');
    stack.addStackDependency(atlasStack, 'its Atlas private endpoint is made in the project the Atlas stack creates');
  });
  // Without a service that reads the connection string there is nothing to publish.
  const connections = regions.filter((r) => r.atlas.connectionSecrets.length > 0).map((r) => {
    const connection = new AtlasConnectionStack(app, `AtlasConnection-${r.regionConfig.name}`, {
      config,
      atlas,
      region: r.regionConfig,
      privateLink: r.atlas,
    });
    // A replica set's private connection string exists only once every region has its endpoint.
    for (const other of regions) connection.addStackDependency(other.stack, 'Atlas publishes the private connection string once every region has its endpoint');
    return connection;
  });
  return { types, atlas: atlasStack, connections };
}
