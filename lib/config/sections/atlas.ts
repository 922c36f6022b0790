import { z } from 'zod';
import {
  ATLAS_AWS_REGIONS,
  ATLAS_INSTANCE_SIZES,
  ATLAS_MIN_GLOBAL_CLUSTER_SIZE,
  ATLAS_MONGODB_VERSIONS,
  ATLAS_PRIMARY_PRIORITY,
  MAX_ELECTABLE_NODES,
} from '../atlas-regions';
import { locationJurisdiction, regionJurisdiction } from '../jurisdictions';
import { ATLAS_CONNECTION_ENV } from '../prefixes';
import type { CoreRaw } from './core';
import { Issue, strictObject } from '../zod-helpers';

/** The services that reach the Atlas cluster: those reading {@link ATLAS_CONNECTION_ENV}. */
export function atlasClientServices<S extends { readonly secretEnv: readonly string[] }>(services: readonly S[]): S[] {
  return services.filter((s) => s.secretEnv.includes(ATLAS_CONNECTION_ENV));
}

/** One region of the cluster: its nodes and its election priority. */
const atlasRegion = strictObject({
  /** AWS region name (a configured platform region); Atlas spells it `US_EAST_1` (lib/config/atlas-regions.ts). */
  name: z.string(),
  /** Electable (voting) nodes in this region. @default 3 */
  electableNodes: z.number().int().min(0).max(MAX_ELECTABLE_NODES).default(3),
  /**
   * Election priority of the region within its replica set: 7 for the preferred primary region,
   * lower for each next one (descending in list order), 0 for a region without electable nodes.
   */
  priority: z.number().int().min(0).max(ATLAS_PRIMARY_PRIORITY),
  /** Read-only nodes (never primary; local reads). @default 0 */
  readOnlyNodes: z.number().int().min(0).max(50).default(0),
  /** Analytics nodes (isolated analytical reads). @default 0 */
  analyticsNodes: z.number().int().min(0).max(50).default(0),
});

/** One zone of a Global Cluster: the regions its shard lives in and the locations it serves. */
const atlasZone = strictObject({
  /** Zone label (e.g. `US`, `EU`), also used in the custom zone mappings. */
  name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9 _-]{0,63}$/, 'must be a zone label such as US or EU (letters, digits, space, _ and -)'),
  /** Atlas regions (`atlas.regions[].name`) the zone's shard is placed in; each region in one zone. */
  regions: z.array(z.string()).min(1),
  /**
   * Custom zone mappings: ISO 3166-1 alpha-2 location codes (optionally with an ISO 3166-2
   * subdivision, `US-NY`) whose documents live in this zone. @default [] (Atlas maps every
   * location to its nearest zone)
   */
  locations: z.array(z.string().regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, "must be an ISO 3166 location code such as 'US', 'IE' or 'US-NY'")).default([]),
});

/** A collection a Global Cluster shards by location (`{ location, <customShardKey> }`). */
const managedNamespace = strictObject({
  db: z.string().regex(/^[^\/\\. "$*<>:|?]{1,63}$/, 'must be a MongoDB database name'),
  collection: z.string().regex(/^[^$\0]{1,120}$/, 'must be a MongoDB collection name'),
  /** The second part of the compound shard key (after `location`). */
  customShardKey: z.string().min(1),
  /** Hash the custom shard key (otherwise ranged sharding). @default false */
  isCustomShardKeyHashed: z.boolean().default(false),
});

/** Hours between hourly snapshots that Atlas accepts. */
const HOURLY_INTERVALS = [1, 2, 4, 6, 8, 12];

const DEFAULT_BACKUP = {
  restoreWindowDays: 7,
  snapshotHourUtc: 3,
  snapshotMinuteUtc: 0,
  hourly: { intervalHours: 6, retentionDays: 2 },
  daily: { retentionDays: 7 },
  weekly: { retentionWeeks: 4 },
  monthly: { retentionMonths: 12 },
};

/** Continuous cloud backup (point-in-time recovery) and the snapshot schedule with its retention. */
const atlasBackup = strictObject({
  /** How far back point-in-time restores reach. @default 7 */
  restoreWindowDays: z.number().int().min(1).max(365).default(DEFAULT_BACKUP.restoreWindowDays),
  /** Hour (UTC) of the daily snapshot. @default 3 */
  snapshotHourUtc: z.number().int().min(0).max(23).default(DEFAULT_BACKUP.snapshotHourUtc),
  /** Minute of that hour. @default 0 */
  snapshotMinuteUtc: z.number().int().min(0).max(59).default(DEFAULT_BACKUP.snapshotMinuteUtc),
  /** @default { intervalHours: 6, retentionDays: 2 } */
  hourly: strictObject({
    /** Hours between snapshots (Atlas accepts 1, 2, 4, 6, 8 or 12). */
    intervalHours: z.number().int().refine((n) => HOURLY_INTERVALS.includes(n), { message: `must be one of ${HOURLY_INTERVALS.join(', ')}` }).default(6),
    retentionDays: z.number().int().min(1).max(365).default(2),
  }).default(DEFAULT_BACKUP.hourly),
  /** @default { retentionDays: 7 } */
  daily: strictObject({ retentionDays: z.number().int().min(1).max(3650).default(7) }).default(DEFAULT_BACKUP.daily),
  /** Snapshot every Sunday. @default { retentionWeeks: 4 } */
  weekly: strictObject({ retentionWeeks: z.number().int().min(1).max(520).default(4) }).default(DEFAULT_BACKUP.weekly),
  /** Snapshot on the last day of each month. @default { retentionMonths: 12 } */
  monthly: strictObject({ retentionMonths: z.number().int().min(1).max(120).default(12) }).default(DEFAULT_BACKUP.monthly),
});

/** Compute and storage auto-scaling of the cluster's nodes. */
const atlasAutoScaling = strictObject({
  /** Scale the tier with load. @default true */
  computeEnabled: z.boolean().default(true),
  /** Also scale back down when load falls. @default true */
  scaleDownEnabled: z.boolean().default(true),
  /** Lower bound of compute scaling. @default - the cluster tier (`instanceSize`) */
  minInstanceSize: z.enum(ATLAS_INSTANCE_SIZES).optional(),
  /** Upper bound of compute scaling; required when compute scaling is on. */
  maxInstanceSize: z.enum(ATLAS_INSTANCE_SIZES).optional(),
  /** Grow storage before it fills. @default true */
  diskEnabled: z.boolean().default(true),
});

/**
 * The `atlas` section: one MongoDB Atlas cluster replicated across the platform's regions,
 * reached only through a PrivateLink endpoint in each region's VPC, with IAM-authenticated
 * database users for the services (their Pod Identity roles). See lib/atlas.
 * @default - no Atlas: nothing is built
 */
export const atlasConfig = strictObject({
  /** Atlas organization id (24 hex digits) the project is created in. */
  orgId: z.string().regex(/^[a-f0-9]{24}$/, 'must be an Atlas organization id (24 hex digits)'),
  /** Atlas project (group) name; the project is created by the platform and found by this name. */
  projectName: z.string().regex(/^[A-Za-z0-9][\w .()-]{0,63}$/, "must be an Atlas project name (letters, digits, space, '_', '-', '.', '(', ')'; at most 64)"),
  /**
   * The API-key profile the MongoDB::Atlas CloudFormation types and the platform's Atlas calls
   * use: the Secrets Manager secret `cfn/atlas/profile/<profile>`, created by the operator in
   * every account and region the platform deploys to (docs/atlas.md). @default default
   */
  profile: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, "must be a profile name (letters, digits, '_', '.', '-')").default('default'),
  /**
   * Activate the MongoDB::Atlas third-party CloudFormation types (and their execution role) in
   * every region; set false where they are already activated by other means. @default true
   */
  activateTypes: z.boolean().default(true),
  /** Cluster tier of every node (M30 or larger for a Global Cluster). */
  instanceSize: z.enum(ATLAS_INSTANCE_SIZES),
  /** MongoDB major version. @default 8.0 */
  mongoDbMajorVersion: z.enum(ATLAS_MONGODB_VERSIONS).default('8.0'),
  /** Storage per node in GB. @default - the tier's default size */
  diskSizeGb: z.number().int().min(10).max(4096).optional(),
  /** @default { computeEnabled: true, scaleDownEnabled: true, diskEnabled: true } */
  autoScaling: atlasAutoScaling.default({ computeEnabled: true, scaleDownEnabled: true, diskEnabled: true }),
  /** The regions the cluster's nodes live in, preferred primary first: every platform region, each once, and for a Global Cluster also regions with nodes only. */
  regions: z.array(atlasRegion).min(1),
  /**
   * Zones of a Global Cluster (sharded, zone-aware placement by location), each over one or more regions of one jurisdiction (three for a zone that survives a region loss).
   * Empty: a (multi-region) replica set. @default []
   */
  zones: z.array(atlasZone).default([]),
  /** Shards per zone of a Global Cluster. @default 1 */
  shardsPerZone: z.number().int().min(1).max(50).default(1),
  /** Collections a Global Cluster shards by location. @default [] */
  managedNamespaces: z.array(managedNamespace).default([]),
  /** @default 7-day point-in-time window; snapshots 6-hourly (2 days), daily (7 days), weekly (4 weeks), monthly (12 months) */
  backup: atlasBackup.default(DEFAULT_BACKUP),
  /**
   * Database role of each service that reads `DB_CONNECTION_STRING`, on its own database only
   * (`read` or `readWrite`). @default {} (every such service gets `readWrite`)
   */
  databaseAccess: z.record(z.string(), z.enum(['read', 'readWrite'])).default({}),
}).optional();

/** The validated `atlas` section (when present). */
export type AtlasConfig = NonNullable<z.output<typeof atlasConfig>>;

/** One region of {@link AtlasConfig}. */
export type AtlasRegionConfig = AtlasConfig['regions'][number];

/**
 * The cluster's replica sets: the whole region list for a replica set, or each zone's regions
 * for a Global Cluster, in `atlas.regions` order (that order is the priority order).
 */
export function atlasReplicaSets(atlas: AtlasConfig): Array<{ zone?: string; regions: AtlasRegionConfig[] }> {
  if (atlas.zones.length === 0) return [{ regions: atlas.regions }];
  return atlas.zones.map((zone) => ({ zone: zone.name, regions: atlas.regions.filter((r) => zone.regions.includes(r.name)) }));
}

/** What the atlas checks read: the core config and this section. */
type RawConfig = CoreRaw & { readonly atlas?: z.output<typeof atlasConfig> };

/** Cross-field checks of the `atlas` section (each problem names its field path and what is allowed). */
export function checkAtlas(config: RawConfig, issue: Issue): void {
  const atlas = config.atlas;
  if (!atlas) return;
  const at = (...rest: (string | number)[]) => ['atlas', ...rest];
  const platformRegions = config.regions.map((r) => r.name);
  const atlasRegions = atlas.regions.map((r) => r.name);

  atlas.regions.forEach((r, i) => {
    if (!ATLAS_AWS_REGIONS[r.name]) {
      issue(at('regions', i, 'name'), `MongoDB Atlas does not offer AWS region '${r.name}' (allowed: ${Object.keys(ATLAS_AWS_REGIONS).join(', ')})`);
    }
    // A Global Cluster is reached through regionalized private endpoints: each platform region's
    // endpoint leads to the mongos routers in that region, which route to every zone's primary
    // wherever it is, so nodes may live in regions the platform does not run in. A replica set's
    // driver must reach every node, and a node is reachable only through an endpoint in its region.
    if (!platformRegions.includes(r.name) && atlas.zones.length === 0) {
      issue(at('regions', i, 'name'), `'${r.name}' is not a configured region: a replica set's nodes are reached through a private endpoint in their own region, which needs the region's VPC (allowed: ${platformRegions.join(', ')}; a Global Cluster, with zones, may place nodes in other regions)`);
    }
    const first = atlasRegions.indexOf(r.name);
    if (first !== i) issue(at('regions', i, 'name'), `'${r.name}' is already atlas.regions[${first}].name; each region once`);
    if (r.electableNodes + r.readOnlyNodes + r.analyticsNodes === 0) {
      issue(at('regions', i), 'has no nodes: set electableNodes, readOnlyNodes or analyticsNodes');
    }
  });
  platformRegions.forEach((name) => {
    if (!atlasRegions.includes(name)) {
      issue(at('regions'), `region '${name}' has no Atlas nodes; its services reach the cluster only through a private endpoint to nodes in their own region, so list it`);
    }
  });

  checkZones(atlas, issue);
  for (const set of atlasReplicaSets(atlas)) checkReplicaSet(atlas, set, config.production, issue);

  const global = atlas.zones.length > 0;
  const sizes = ATLAS_INSTANCE_SIZES as readonly string[];
  if (global && sizes.indexOf(atlas.instanceSize) < sizes.indexOf(ATLAS_MIN_GLOBAL_CLUSTER_SIZE)) {
    issue(at('instanceSize'), `${atlas.instanceSize} is too small for a Global Cluster (zones); use ${ATLAS_MIN_GLOBAL_CLUSTER_SIZE} or larger (allowed: ${sizes.slice(sizes.indexOf(ATLAS_MIN_GLOBAL_CLUSTER_SIZE)).join(', ')})`);
  }
  if (!global && atlas.shardsPerZone !== 1) issue(at('shardsPerZone'), 'applies to a Global Cluster only: configure zones, or leave it at 1');
  if (!global && atlas.managedNamespaces.length > 0) issue(at('managedNamespaces'), 'applies to a Global Cluster only: configure zones, or remove them');

  const scaling = atlas.autoScaling;
  if (scaling.computeEnabled) {
    if (!scaling.maxInstanceSize) {
      issue(at('autoScaling', 'maxInstanceSize'), `required when computeEnabled is true (allowed: ${sizes.slice(sizes.indexOf(atlas.instanceSize)).join(', ')})`);
    } else if (sizes.indexOf(scaling.maxInstanceSize) < sizes.indexOf(atlas.instanceSize)) {
      issue(at('autoScaling', 'maxInstanceSize'), `${scaling.maxInstanceSize} is below instanceSize (${atlas.instanceSize}); the bounds must satisfy minInstanceSize <= instanceSize <= maxInstanceSize`);
    }
    if (scaling.minInstanceSize && sizes.indexOf(scaling.minInstanceSize) > sizes.indexOf(atlas.instanceSize)) {
      issue(at('autoScaling', 'minInstanceSize'), `${scaling.minInstanceSize} is above instanceSize (${atlas.instanceSize}); the bounds must satisfy minInstanceSize <= instanceSize <= maxInstanceSize`);
    }
    if (global && scaling.minInstanceSize && sizes.indexOf(scaling.minInstanceSize) < sizes.indexOf(ATLAS_MIN_GLOBAL_CLUSTER_SIZE)) {
      issue(at('autoScaling', 'minInstanceSize'), `${scaling.minInstanceSize} is too small for a Global Cluster; use ${ATLAS_MIN_GLOBAL_CLUSTER_SIZE} or larger`);
    }
  } else if (scaling.minInstanceSize || scaling.maxInstanceSize) {
    issue(at('autoScaling'), 'minInstanceSize and maxInstanceSize apply only when computeEnabled is true');
  }

  // Atlas rejects a schedule whose less frequent snapshots are kept for less time than the more frequent ones.
  const b = atlas.backup;
  const retention: Array<[string, number]> = [
    ['hourly.retentionDays', b.hourly.retentionDays],
    ['daily.retentionDays', b.daily.retentionDays],
    ['weekly.retentionWeeks', b.weekly.retentionWeeks * 7],
    ['monthly.retentionMonths', b.monthly.retentionMonths * 31],
  ];
  for (let i = 1; i < retention.length; i++) {
    if (retention[i][1] < retention[i - 1][1]) {
      issue(at('backup', ...retention[i][0].split('.')), `keeps snapshots for less time than ${retention[i - 1][0]}; retention must not shrink as snapshots get less frequent`);
    }
  }

  const dbServices = atlasClientServices(config.services).map((s) => s.name);
  for (const name of Object.keys(atlas.databaseAccess)) {
    if (!dbServices.includes(name)) {
      issue(at('databaseAccess', name), `'${name}' is not a service that reads ${ATLAS_CONNECTION_ENV} (allowed: ${dbServices.join(', ') || 'none: list the variable in a service\'s secretEnv'})`);
    }
  }
}

/** Zones: unique names and locations, regions that are Atlas regions, each region in exactly one zone. */
function checkZones(atlas: AtlasConfig, issue: Issue): void {
  if (atlas.zones.length === 0) return;
  const atlasRegions = atlas.regions.map((r) => r.name);
  const zoneOf = new Map<string, number>();
  const locationOf = new Map<string, number>();
  atlas.zones.forEach((zone, i) => {
    const at = (...rest: (string | number)[]) => ['atlas', 'zones', i, ...rest];
    const first = atlas.zones.findIndex((z) => z.name === zone.name);
    if (first !== i) issue(at('name'), `'${zone.name}' is already atlas.zones[${first}].name; zone names must be unique`);
    zone.regions.forEach((region, j) => {
      if (!atlasRegions.includes(region)) {
        issue(at('regions', j), `'${region}' is not an Atlas region of this cluster (allowed: ${atlasRegions.join(', ')})`);
      } else if (zoneOf.has(region)) {
        issue(at('regions', j), `'${region}' is already in atlas.zones[${zoneOf.get(region)}]; each region belongs to one zone`);
      } else {
        zoneOf.set(region, i);
      }
    });
    zone.locations.forEach((location, j) => {
      if (locationOf.has(location)) issue(at('locations', j), `'${location}' is already mapped to atlas.zones[${locationOf.get(location)}]; a location maps to one zone`);
      else locationOf.set(location, i);
    });
    checkZoneJurisdiction(zone, i, issue);
  });
  atlas.regions.forEach((r, i) => {
    if (!zoneOf.has(r.name)) {
      issue(['atlas', 'regions', i, 'name'], `'${r.name}' is in no zone; with zones configured every region belongs to one (zones: ${atlas.zones.map((z) => z.name).join(', ')})`);
    }
  });
}

/**
 * A zone's documents rest in one jurisdiction: every region of the zone in the jurisdiction of
 * its first region, and that one the jurisdiction of at least one of the zone's locations (so a
 * zone that fails over stays where its people's law keeps their data).
 */
function checkZoneJurisdiction(zone: AtlasConfig['zones'][number], i: number, issue: Issue): void {
  const at = (...rest: (string | number)[]) => ['atlas', 'zones', i, ...rest];
  const home = regionJurisdiction(zone.regions[0]);
  zone.regions.forEach((region, j) => {
    const jurisdiction = regionJurisdiction(region);
    if (jurisdiction === undefined) {
      issue(at('regions', j), `no jurisdiction is recorded for '${region}' (lib/config/jurisdictions.ts), so the zone's data residency cannot be checked`);
    } else if (home !== undefined && jurisdiction !== home) {
      issue(at('regions', j), `'${region}' is in jurisdiction ${jurisdiction}, outside zone '${zone.name}''s jurisdiction ${home} (its first region ${zone.regions[0]}): a zone's documents stay in one jurisdiction, also after a failover`);
    }
  });
  const served = [...new Set(zone.locations.map(locationJurisdiction))];
  if (home !== undefined && served.length > 0 && !served.includes(home)) {
    issue(at('regions', 0), `'${zone.regions[0]}' is in jurisdiction ${home}, which none of zone '${zone.name}''s locations is in (their jurisdictions: ${served.join(', ')})`);
  }
}

/**
 * One replica set (the cluster, or one zone's shard): electable nodes odd, at least 3 and at most
 * 7 in total; priorities 7 for the first electable region, strictly descending after it (so
 * unique), 0 for regions without electable nodes. In production, a majority of the electable
 * nodes also survives the loss of any one region (no region holds a majority), so the set elects
 * a primary without an operator after a region is lost.
 */
function checkReplicaSet(atlas: AtlasConfig, set: { zone?: string; regions: AtlasRegionConfig[] }, production: boolean, issue: Issue): void {
  if (set.regions.length === 0) return;
  const where = set.zone === undefined ? 'the cluster' : `zone '${set.zone}'`;
  const indexOf = (r: AtlasRegionConfig) => atlas.regions.indexOf(r);
  const electable = set.regions.reduce((n, r) => n + r.electableNodes, 0);
  const setPath = set.zone === undefined ? ['atlas', 'regions'] : ['atlas', 'zones', atlas.zones.findIndex((z) => z.name === set.zone)];
  if (electable < 3 || electable % 2 === 0 || electable > MAX_ELECTABLE_NODES) {
    const counts = set.regions.map((r) => r.electableNodes).join(' + ');
    issue(setPath, `electable nodes of ${where} must be odd, at least 3 and at most ${MAX_ELECTABLE_NODES} in total (3, 5 or 7) so an election always has a majority, got ${counts} = ${electable}`);
  } else if (production) {
    const majority = Math.floor(electable / 2) + 1;
    for (const r of set.regions) {
      if (electable - r.electableNodes < majority) {
        issue(setPath, `${where} loses its majority when ${r.name} is lost: ${r.electableNodes} of its ${electable} electable nodes are there, ${electable - r.electableNodes} left, a majority is ${majority}; spread the electable nodes so no region holds a majority (e.g. 2 + 2 + 1 over three regions)`);
      }
    }
  }
  let previous: number | undefined;
  for (const r of set.regions) {
    const path = ['atlas', 'regions', indexOf(r), 'priority'];
    if (r.electableNodes === 0) {
      if (r.priority !== 0) issue(path, `must be 0: '${r.name}' has no electable nodes, so it can never hold the primary`);
      continue;
    }
    if (previous === undefined) {
      if (r.priority !== ATLAS_PRIMARY_PRIORITY) {
        issue(path, `must be ${ATLAS_PRIMARY_PRIORITY}: '${r.name}' is the first electable region of ${where}, its preferred primary (got ${r.priority})`);
      }
    } else if (r.priority >= previous) {
      issue(path, `must be below ${previous} (the previous electable region of ${where}): priorities are unique and descend in list order (got ${r.priority})`);
    } else if (r.priority < 1) {
      issue(path, `must be at least 1 for a region with electable nodes (got ${r.priority})`);
    }
    previous = r.priority;
  }
}
