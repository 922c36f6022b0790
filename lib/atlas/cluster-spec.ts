import {
  AdvancedAutoScaling,
  AdvancedRegionConfig,
  AdvancedRegionConfigProviderName,
  AdvancedReplicationSpec,
  ApiPolicyItemView,
  ManagedNamespace,
  ZoneMapping,
} from 'awscdk-resources-mongodbatlas';
import { AtlasConfig, AtlasRegionConfig, atlasRegionName } from '../config';

/*
 * The config → Atlas API shapes, as pure functions: what the cluster, its global config and its
 * backup schedule say, testable without a synth.
 */

/** `GEOSHARDED` (a Global Cluster, one zone per replication spec) when zones are configured, else `REPLICASET`. */
export function atlasClusterType(atlas: AtlasConfig): 'GEOSHARDED' | 'REPLICASET' {
  return atlas.zones.length > 0 ? 'GEOSHARDED' : 'REPLICASET';
}

/** Whether the project needs regionalized private endpoints: a Global Cluster spanning several regions. */
export function needsRegionalizedEndpoints(atlas: AtlasConfig): boolean {
  return atlasClusterType(atlas) === 'GEOSHARDED' && atlas.regions.length > 1;
}

/** Compute (and storage) auto-scaling bounds of every node type. */
function autoScaling(atlas: AtlasConfig): AdvancedAutoScaling {
  const s = atlas.autoScaling;
  return {
    compute: s.computeEnabled
      ? { enabled: true, scaleDownEnabled: s.scaleDownEnabled, minInstanceSize: s.minInstanceSize ?? atlas.instanceSize, maxInstanceSize: s.maxInstanceSize }
      : { enabled: false, scaleDownEnabled: false },
    diskGb: { enabled: s.diskEnabled },
  };
}

/** One region of a replication spec: its priority and its electable, read-only and analytics nodes. */
function regionConfig(atlas: AtlasConfig, region: AtlasRegionConfig): AdvancedRegionConfig {
  const specs = (nodeCount: number) => (nodeCount > 0 ? { instanceSize: atlas.instanceSize, nodeCount } : undefined);
  return {
    providerName: AdvancedRegionConfigProviderName.AWS,
    regionName: atlasRegionName(region.name),
    priority: region.priority,
    electableSpecs: specs(region.electableNodes),
    readOnlySpecs: specs(region.readOnlyNodes),
    analyticsSpecs: specs(region.analyticsNodes),
    autoScaling: autoScaling(atlas),
    analyticsAutoScaling: region.analyticsNodes > 0 ? autoScaling(atlas) : undefined,
  };
}

/**
 * The cluster's replication specs: one spec holding every region (a multi-region replica set),
 * or one spec per zone (`zoneName`, `numShards`) holding that zone's regions (a Global Cluster).
 * Regions keep `atlas.regions` order, which is their priority order.
 */
export function replicationSpecs(atlas: AtlasConfig): AdvancedReplicationSpec[] {
  if (atlas.zones.length === 0) {
    return [{ numShards: 1, advancedRegionConfigs: atlas.regions.map((r) => regionConfig(atlas, r)) }];
  }
  return atlas.zones.map((zone) => ({
    zoneName: zone.name,
    numShards: atlas.shardsPerZone,
    advancedRegionConfigs: atlas.regions.filter((r) => zone.regions.includes(r.name)).map((r) => regionConfig(atlas, r)),
  }));
}

/** Custom zone mappings of a Global Cluster: each configured location to its zone. */
export function customZoneMappings(atlas: AtlasConfig): ZoneMapping[] {
  return atlas.zones.flatMap((zone) => zone.locations.map((location) => ({ location, zone: zone.name })));
}

/** Managed namespaces of a Global Cluster (collections sharded by `{ location, <customShardKey> }`). */
export function managedNamespaces(atlas: AtlasConfig): ManagedNamespace[] {
  return atlas.managedNamespaces.map((ns) => ({
    db: ns.db,
    collection: ns.collection,
    customShardKey: ns.customShardKey,
    isCustomShardKeyHashed: ns.isCustomShardKeyHashed,
  }));
}

/** Weekly snapshots are taken on Sunday (Atlas counts days of the week from 1 = Monday). */
const SUNDAY = 7;
/** Atlas's day-of-month value for the last day of the month. */
const LAST_DAY_OF_MONTH = 40;

/**
 * The snapshot schedule's policy items, most frequent first, each with its retention: hourly
 * (every N hours), daily, weekly (Sunday), monthly (last day).
 */
export function backupPolicyItems(atlas: AtlasConfig): ApiPolicyItemView[] {
  const b = atlas.backup;
  return [
    { frequencyType: 'hourly', frequencyInterval: b.hourly.intervalHours, retentionUnit: 'days', retentionValue: b.hourly.retentionDays },
    { frequencyType: 'daily', frequencyInterval: 1, retentionUnit: 'days', retentionValue: b.daily.retentionDays },
    { frequencyType: 'weekly', frequencyInterval: SUNDAY, retentionUnit: 'weeks', retentionValue: b.weekly.retentionWeeks },
    { frequencyType: 'monthly', frequencyInterval: LAST_DAY_OF_MONTH, retentionUnit: 'months', retentionValue: b.monthly.retentionMonths },
  ];
}
