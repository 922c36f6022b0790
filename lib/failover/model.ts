import type { BackupRow } from '../compliance/report/model';
import { ATLAS_AWS_REGIONS, ATLAS_CONNECTION_ENV, PlatformConfig, atlasClientServices, regionJurisdiction, serviceSecretName } from '../config';
import type { FailoverSourceKey } from './sources';

/*
 * The failover model: a pure function over one environment's synthesized assembly (its stacks'
 * templates), its rendered manifests (per cluster) and the config (which regions, which hub,
 * which services read which data). For the loss of each region it says, per stateful or shared
 * component, what happens and why; then it checks the platform's two promises over that:
 *
 * 1. every other region keeps serving reads and writes of its own jurisdiction's data (each
 *    service that reads the Atlas connection string, in each surviving region);
 * 2. nothing durable is lost: every store of record keeps every acknowledged write, either in a
 *    surviving region or at rest in the lost one with backups, and a store of record has backups.
 *
 * It shares no code with what builds the stacks: it reads resource types and properties, as
 * CloudFormation receives them, and the provider behaviour it cannot read is a cited table
 * (sources.ts).
 */

/** What the model reads of one stack. */
export interface FailoverStackInput {
  /** The stack's id in its environment (`Region-us-east-1`). */
  readonly id: string;
  readonly region: string;
  readonly template: { readonly Resources?: Readonly<Record<string, { readonly Type: string; readonly Properties?: unknown }>> };
}

/** One rendered Kubernetes object (parsed YAML). */
export interface FailoverObject {
  readonly kind?: string;
  readonly metadata?: { readonly name?: string; readonly namespace?: string; readonly labels?: Readonly<Record<string, string>> };
  readonly spec?: { readonly topicName?: string };
}

/** What the model reads of one cluster's folder (`k8s/<env>/<region>/`). */
export interface FailoverClusterInput {
  readonly region: string;
  readonly objects: readonly FailoverObject[];
}

/** Everything the model reads. */
export interface FailoverInput {
  readonly config: PlatformConfig;
  readonly stacks: readonly FailoverStackInput[];
  readonly clusters: readonly FailoverClusterInput[];
}

/**
 * What happens to a component when a region is lost:
 * - `serves`: keeps serving (at most with less redundancy);
 * - `fails-over`: keeps serving after a failover, with the RPO and RTO stated;
 * - `down-with-region`: lives in the lost region and serves only that region's own workloads,
 *   which are gone with it; its data at rest returns with the region;
 * - `unavailable`: what surviving regions need is unavailable until the region returns.
 */
export type Outcome = 'serves' | 'fails-over' | 'down-with-region' | 'unavailable';

/** One component's fate in one loss. */
export interface ComponentOutcome {
  /** What it is (`Atlas zone US`, `MLflow database (eu-west-1)`). */
  readonly component: string;
  readonly outcome: Outcome;
  /** Data written before the loss that the surviving copy may lack. */
  readonly rpo?: string;
  /** How long until it serves again. */
  readonly rto?: string;
  /** Why, from what the templates and manifests say. */
  readonly why: string;
  readonly sources: readonly FailoverSourceKey[];
}

/**
 * A store's backups, as configured: the compliance report's row (schedule and retention `none`
 * when there is none; copies outside the store's region, or `none` with why).
 */
export type StoreBackup = BackupRow;

/** Whether a surviving region serves a service's reads and writes of its jurisdiction's data. */
export interface ServingCheck {
  readonly region: string;
  readonly jurisdiction: string;
  readonly service: string;
  readonly reads: boolean;
  readonly writes: boolean;
  /** Empty when both hold; else each reason. */
  readonly problems: readonly string[];
}

/** Whether a store of record keeps its acknowledged writes through the loss. */
export interface DurabilityCheck {
  readonly store: string;
  readonly kept: boolean;
  readonly why: string;
}

/** The loss of one region. */
export interface RegionLoss {
  readonly lost: string;
  readonly hub: boolean;
  readonly components: readonly ComponentOutcome[];
  readonly serving: readonly ServingCheck[];
  readonly durability: readonly DurabilityCheck[];
}

/** The model of one environment. */
export interface FailoverModel {
  readonly environment: string;
  readonly regions: readonly string[];
  readonly losses: readonly RegionLoss[];
  readonly backups: readonly StoreBackup[];
}

// ---------------------------------------------------------------------------------------------
// Reading the assembly

/* The properties the model reads, per resource type, as CloudFormation receives them. */
interface AtlasClusterProps {
  readonly ClusterType?: string;
  readonly BackupEnabled?: boolean;
  readonly PitEnabled?: boolean;
  readonly ReplicationSpecs?: ReadonlyArray<{
    readonly ZoneName?: string;
    readonly AdvancedRegionConfigs?: ReadonlyArray<{ readonly RegionName?: string; readonly Priority?: number; readonly ElectableSpecs?: { readonly NodeCount?: number }; readonly ReadOnlySpecs?: { readonly NodeCount?: number } }>;
  }>;
}
interface BackupScheduleProps {
  readonly RestoreWindowDays?: number;
  readonly ReferenceHourOfDay?: number;
  readonly Policies?: ReadonlyArray<{ readonly PolicyItems?: ReadonlyArray<{ readonly FrequencyType?: string; readonly FrequencyInterval?: number; readonly RetentionUnit?: string; readonly RetentionValue?: number }> }>;
  readonly CopySettings?: ReadonlyArray<{ readonly RegionName?: string }>;
}
interface DbClusterProps { readonly BackupRetentionPeriod?: number; readonly GlobalClusterIdentifier?: unknown; readonly Engine?: string }
interface BackupPlanProps {
  readonly BackupPlan?: {
    readonly BackupPlanRule?: ReadonlyArray<{ readonly RuleName?: string; readonly ScheduleExpression?: string; readonly Lifecycle?: { readonly DeleteAfterDays?: number }; readonly CopyActions?: ReadonlyArray<{ readonly DestinationBackupVaultArn?: unknown }> }>;
  };
}
interface CacheProps { readonly Engine?: string; readonly SnapshotRetentionLimit?: number; readonly DailySnapshotTime?: string }
interface BucketProps {
  readonly BucketName?: unknown;
  readonly VersioningConfiguration?: { readonly Status?: string };
  readonly ReplicationConfiguration?: { readonly Rules?: ReadonlyArray<{ readonly Status?: string; readonly Destination?: { readonly Bucket?: unknown } }> };
}
interface TopicProps { readonly TopicName?: string; readonly Configs?: string }
interface ReplicatorProps { readonly ReplicationInfoList?: ReadonlyArray<{ readonly TopicReplication?: { readonly TopicsToReplicate?: readonly string[] } }> }
interface WorkspaceProps { readonly WorkspaceConfiguration?: { readonly RetentionPeriodInDays?: number } }
interface SecretProps { readonly Name?: unknown; readonly ReplicaRegions?: readonly unknown[] }
interface CapabilityProps { readonly Type?: string }
interface EndpointGroupProps { readonly EndpointGroupRegion?: string; readonly HealthCheckIntervalSeconds?: number; readonly ThresholdCount?: number }

interface Found<P = unknown> {
  readonly stack: FailoverStackInput;
  readonly logicalId: string;
  readonly props: P;
}

/** The resources of one type, with the properties the caller reads (a template's values are not checked: absent ones are undefined). */
function resources<P>(stacks: readonly FailoverStackInput[], type: string): Array<Found<P>> {
  return stacks.flatMap((stack) =>
    Object.entries(stack.template.Resources ?? {})
      .filter(([, r]) => r.Type === type)
      .map(([logicalId, r]) => ({ stack, logicalId, props: (r.Properties ?? {}) as P })),
  );
}

const at = (f: Found) => `${f.stack.id}/${f.logicalId}`;

/** AWS region of an Atlas region name (`US_EAST_1` → `us-east-1`). */
function awsRegionOf(atlasName: string): string {
  return Object.entries(ATLAS_AWS_REGIONS).find(([, name]) => name === atlasName)?.[0] ?? atlasName;
}

/** One replica set of the Atlas cluster (a zone's shard, or the whole replica set). */
interface AtlasZone {
  readonly name: string;
  readonly regions: ReadonlyArray<{ readonly region: string; readonly priority: number; readonly electable: number; readonly readOnly: number }>;
  /** Jurisdictions of its regions (one, when the config checks held). */
  readonly jurisdictions: readonly string[];
}

interface AtlasView {
  readonly cluster: Found<AtlasClusterProps>;
  readonly zones: readonly AtlasZone[];
  readonly sharded: boolean;
  /** Regions with electable nodes in any zone (where Atlas can put config servers). */
  readonly electableRegions: ReadonlySet<string>;
  readonly regionalEndpoints: boolean;
  readonly endpointRegions: readonly string[];
  readonly schedule?: Found<BackupScheduleProps>;
}

function atlasView(stacks: readonly FailoverStackInput[]): AtlasView | undefined {
  const cluster = resources<AtlasClusterProps>(stacks, 'MongoDB::Atlas::Cluster')[0];
  if (!cluster) return undefined;
  const specs = cluster.props.ReplicationSpecs ?? [];
  const zones = specs.map((spec, i): AtlasZone => {
    const regions = (spec.AdvancedRegionConfigs ?? []).map((r) => ({
      region: awsRegionOf(String(r.RegionName)),
      priority: Number(r.Priority ?? 0),
      electable: Number(r.ElectableSpecs?.NodeCount ?? 0),
      readOnly: Number(r.ReadOnlySpecs?.NodeCount ?? 0),
    }));
    const jurisdictions = [...new Set(regions.map((r) => regionJurisdiction(r.region) ?? `unknown (${r.region})`))];
    return { name: spec.ZoneName ?? (specs.length === 1 ? 'cluster' : `spec ${i}`), regions, jurisdictions };
  });
  return {
    cluster,
    zones,
    sharded: cluster.props.ClusterType === 'GEOSHARDED' || cluster.props.ClusterType === 'SHARDED',
    electableRegions: new Set(zones.flatMap((z) => z.regions.filter((r) => r.electable > 0).map((r) => r.region))),
    regionalEndpoints: resources(stacks, 'MongoDB::Atlas::PrivateEndPointRegionalMode').length > 0,
    endpointRegions: [...new Set(resources(stacks, 'MongoDB::Atlas::PrivateEndpointAWS').map((f) => f.stack.region))],
    schedule: resources<BackupScheduleProps>(stacks, 'MongoDB::Atlas::CloudBackupSchedule')[0],
  };
}

/** Whether a sharded cluster's config servers keep their majority without `lost` (three regions with electable nodes, or none in `lost`). */
function configServersKept(atlas: AtlasView, lost: string): boolean {
  return atlas.electableRegions.size >= 3 || !atlas.electableRegions.has(lost);
}

/** A zone after losing a region: its outcome and whether it still takes writes. */
function zoneAfter(zone: AtlasZone, lost: string): ComponentOutcome & { writable: boolean; readable: boolean } {
  const component = `Atlas ${zone.name === 'cluster' ? 'cluster' : `zone ${zone.name}`} (${zone.regions.map((r) => `${r.region} ${r.electable}`).join(' + ')} electable)`;
  const total = zone.regions.reduce((n, r) => n + r.electable, 0);
  const majority = Math.floor(total / 2) + 1;
  const inLost = zone.regions.find((r) => r.region === lost);
  const remaining = total - (inLost?.electable ?? 0);
  const survivors = zone.regions.filter((r) => r.region !== lost && r.electable + r.readOnly > 0);
  const readable = survivors.length > 0;
  if (!inLost) {
    return { component, outcome: 'serves', why: `no nodes in ${lost}`, sources: [], writable: total > 0, readable };
  }
  if (remaining < majority) {
    return {
      component,
      outcome: 'unavailable',
      rpo: 'writes the surviving nodes never received are rolled back by a forced reconfiguration',
      rto: `until ${lost} returns, or an operator forces a reconfiguration`,
      why: `${inLost.electable} of ${total} electable nodes are in ${lost}: ${remaining} left, a majority is ${majority}, so no primary${readable ? '; reads with a secondary read preference still work' : ''}`,
      sources: ['atlasNoMajority'],
      writable: false,
      readable,
    };
  }
  const electable = zone.regions.filter((r) => r.electable > 0);
  const primary = electable.reduce((a, b) => (b.priority > a.priority ? b : a), electable[0]);
  if (primary.region === lost) {
    const next = electable.filter((r) => r.region !== lost).reduce((a, b) => (b.priority > a.priority ? b : a));
    return {
      component,
      outcome: 'fails-over',
      rpo: '0 for majority-acknowledged writes',
      rto: 'seconds (automatic election)',
      why: `${remaining} of ${total} electable nodes remain (a majority is ${majority}): the new primary is elected in ${next.region} (priority ${next.priority})`,
      sources: ['atlasElection'],
      writable: true,
      readable,
    };
  }
  return {
    component,
    outcome: 'serves',
    why: `primary stays in ${primary.region}; ${remaining} of ${total} electable nodes remain (a majority is ${majority})`,
    sources: ['atlasElection'],
    writable: true,
    readable,
  };
}

const days = (n: unknown) => `${String(n)} day${n === 1 ? '' : 's'}`;

/** The stores' backups, read from the templates. */
function backupsOf(stacks: readonly FailoverStackInput[], regions: readonly string[], atlas: AtlasView | undefined): StoreBackup[] {
  const backups: StoreBackup[] = [];
  if (atlas) {
    const s = atlas.schedule;
    const items = s?.props.Policies?.[0]?.PolicyItems ?? [];
    const copies = s?.props.CopySettings ?? [];
    const zones = atlas.zones.map((z) => `${z.name}: ${z.regions.filter((r) => r.electable + r.readOnly > 0).map((r) => r.region).join(', ')}`).join('; ');
    backups.push({
      store: 'Atlas cluster',
      where: atlas.cluster.stack.region,
      durable: true,
      schedule: atlas.cluster.props.BackupEnabled === true && s
        ? [
          atlas.cluster.props.PitEnabled === true ? `continuous (point-in-time, ${days(s.props.RestoreWindowDays)})` : undefined,
          ...items.map((i) => `${String(i.FrequencyType)}${i.FrequencyType === 'hourly' ? ` every ${String(i.FrequencyInterval)} h` : ''}`),
        ].filter(Boolean).join(', ') + (s.props.ReferenceHourOfDay !== undefined ? ` (daily at ${String(s.props.ReferenceHourOfDay)}:00 UTC)` : '')
        : 'none',
      retention: items.map((i) => `${String(i.FrequencyType)} ${String(i.RetentionValue)} ${String(i.RetentionUnit)}`).join(', ') || 'none',
      crossRegionCopy: copies.length > 0
        ? `snapshot copies to ${copies.map((c) => awsRegionOf(String(c.RegionName))).join(', ')}`
        : `no snapshot copy; live copies of each zone in its own regions (${zones})`,
      source: at(atlas.cluster) + (s ? `, ${at(s)}` : ''),
    });
  }
  for (const db of resources<DbClusterProps>(stacks, 'AWS::RDS::DBCluster')) {
    const plans = resources<BackupPlanProps>(stacks.filter((st) => st.id === db.stack.id), 'AWS::Backup::BackupPlan');
    const rules = plans.flatMap((p) => p.props.BackupPlan?.BackupPlanRule ?? []);
    const copyTo = rules.flatMap((r) => r.CopyActions ?? []).map((c) => JSON.stringify(c.DestinationBackupVaultArn));
    const retention = db.props.BackupRetentionPeriod;
    backups.push({
      store: `MLflow database (${db.stack.region})`,
      where: db.stack.region,
      durable: true,
      schedule: [
        retention ? `continuous (point-in-time, ${days(retention)})` : undefined,
        ...rules.map((r) => `AWS Backup ${String(r.RuleName)} ${String(r.ScheduleExpression)}`),
      ].filter(Boolean).join(', ') || 'none',
      retention: [retention ? `automated ${days(retention)}` : undefined, ...rules.map((r) => `${String(r.RuleName)} ${days(r.Lifecycle?.DeleteAfterDays ?? '∞')}`)].filter(Boolean).join(', ') || 'none',
      crossRegionCopy: db.props.GlobalClusterIdentifier
        ? 'Aurora Global Database secondary'
        : copyTo.length > 0 ? `AWS Backup copies to ${copyTo.join(', ')}` : 'none: the database stays in its region',
      source: [at(db), ...plans.map(at)].join(', '),
    });
  }
  for (const cache of resources<CacheProps>(stacks, 'AWS::ElastiCache::ServerlessCache')) {
    backups.push({
      store: `Feast online store (${cache.stack.region})`,
      where: cache.stack.region,
      durable: false,
      schedule: cache.props.SnapshotRetentionLimit ? `daily snapshot at ${String(cache.props.DailySnapshotTime)} UTC` : 'none',
      retention: cache.props.SnapshotRetentionLimit ? days(cache.props.SnapshotRetentionLimit) : 'none',
      crossRegionCopy: 'none: a cache, rebuilt from the features bucket by materialization',
      source: at(cache),
    });
  }
  for (const bucket of mlBuckets(stacks)) {
    backups.push({
      store: `${bucket.kind} bucket (${bucket.found.stack.region})`,
      where: bucket.found.stack.region,
      durable: true,
      schedule: bucket.versioned ? 'every write (versioning keeps prior versions)' : 'none',
      retention: bucket.versioned ? 'noncurrent versions as the bucket lifecycle keeps them' : 'none',
      crossRegionCopy: bucket.replicatesTo.length > 0
        ? `replicated to ${bucket.replicatesTo.join(', ')}`
        : bucket.replicaOf ? `replica of ${bucket.replicaOf}` : 'none',
      source: at(bucket.found),
    });
  }
  const flows = replicatedTopics(stacks, regions);
  for (const [region, topics] of mskTopics(stacks)) {
    const replicated = flows.filter((r) => r.from === region && r.topics.length > 0);
    backups.push({
      store: `Kafka topics (${region})`,
      where: region,
      durable: false,
      schedule: 'none (a stream: kept for each topic\'s retention, replication factor 3 over the region\'s AZs)',
      retention: topics.map((t) => `${t.name} ${retentionHours(t.configs)}`).join(', '),
      crossRegionCopy: replicated.length > 0 ? replicated.map((r) => `${r.topics.join(', ')} → ${r.to}`).join('; ') : 'none',
      source: topics.map((t) => at(t.found)).join(', '),
    });
  }
  for (const ws of resources<WorkspaceProps>(stacks, 'AWS::APS::Workspace')) {
    backups.push({
      store: `AMP workspace (${ws.stack.region})`,
      where: ws.stack.region,
      durable: false,
      schedule: 'none (telemetry)',
      retention: ws.props.WorkspaceConfiguration?.RetentionPeriodInDays ? days(ws.props.WorkspaceConfiguration.RetentionPeriodInDays) : 'AMP default',
      crossRegionCopy: 'none',
      source: at(ws),
    });
  }
  return backups;
}

interface MlBucket {
  readonly found: Found<BucketProps>;
  readonly kind: 'models' | 'features';
  readonly name: string;
  readonly versioned: boolean;
  readonly replicatesTo: readonly string[];
  readonly replicaOf?: string;
}

function mlBuckets(stacks: readonly FailoverStackInput[]): MlBucket[] {
  const buckets = resources<BucketProps>(stacks, 'AWS::S3::Bucket').filter((b) => typeof b.props.BucketName === 'string' && /-ml-(models|features)-/.test(b.props.BucketName));
  const destinationsOf = (b: Found<BucketProps>) => (b.props.ReplicationConfiguration?.Rules ?? [])
    .filter((r) => r.Status === 'Enabled')
    .map((r) => (typeof r.Destination?.Bucket === 'string' ? r.Destination.Bucket : JSON.stringify(r.Destination?.Bucket ?? '')).replace(/^arn:aws:s3:::/, ''));
  return buckets.map((b) => {
    const name = b.props.BucketName as string;
    const source = buckets.find((o) => destinationsOf(o).includes(name));
    return {
      found: b,
      kind: /-ml-models-/.test(name) ? 'models' : 'features',
      name,
      versioned: b.props.VersioningConfiguration?.Status === 'Enabled',
      replicatesTo: destinationsOf(b).map((d) => buckets.find((o) => o.props.BucketName === d)?.stack.region ?? d),
      replicaOf: source?.stack.region,
    };
  });
}

interface Topic { readonly name: string; readonly configs: string; readonly found: Found<TopicProps> }

function mskTopics(stacks: readonly FailoverStackInput[]): Map<string, Topic[]> {
  const byRegion = new Map<string, Topic[]>();
  for (const t of resources<TopicProps>(stacks, 'AWS::MSK::Topic')) {
    const list = byRegion.get(t.stack.region) ?? [];
    list.push({ name: String(t.props.TopicName), configs: String(t.props.Configs ?? ''), found: t });
    byRegion.set(t.stack.region, list);
  }
  return byRegion;
}

/** A topic's retention as the report says it: hours, or unlimited (`retention.ms` -1, e.g. a compacted changelog). */
function retentionHours(configs: string): string {
  try {
    const parsed = JSON.parse(Buffer.from(configs, 'base64').toString('utf8')) as Record<string, string>;
    const ms = parsed['retention.ms'];
    if (!ms) return '? h';
    return Number(ms) < 0 ? `unlimited${parsed['cleanup.policy'] ? ` (${parsed['cleanup.policy']})` : ''}` : `${Number(ms) / 3_600_000} h`;
  } catch {
    return '? h';
  }
}

/** MSK Replicator flows: which topics go from which region to which (the replicator lives in the target's region). */
function replicatedTopics(stacks: readonly FailoverStackInput[], regions: readonly string[]): Array<{ from: string; to: string; topics: string[] }> {
  const topicNames = [...new Set([...mskTopics(stacks).values()].flat().map((t) => t.name))];
  return resources<ReplicatorProps>(stacks, 'AWS::MSK::Replicator').map((r) => {
    // The replicator's id names its source region (`Replicator<source>`); the stack's region is the target.
    const patterns = (r.props.ReplicationInfoList ?? []).flatMap((i) => i.TopicReplication?.TopicsToReplicate ?? []);
    const from = regions.find((name) => r.logicalId === `Replicator${name.replace(/-/g, '')}`) ?? r.logicalId;
    return { from, to: r.stack.region, topics: topicNames.filter((t) => patterns.some((p) => new RegExp(p).test(t))) };
  });
}

// ---------------------------------------------------------------------------------------------
// The model

/** The failover model of one environment. */
export function failoverModel(input: FailoverInput): FailoverModel {
  const { config, stacks } = input;
  const regions = config.regions.map((r) => r.name);
  const atlas = atlasView(stacks);
  const backups = backupsOf(stacks, regions, atlas);
  const losses = regions.map((lost) => regionLoss(input, atlas, backups, lost));
  return { environment: config.environment, regions, losses, backups };
}

/**
 * The stores' backups of one environment (the model's `backups`), which need only its templates:
 * for the compliance report, which has no use for the losses.
 */
export function failoverBackups(config: PlatformConfig, stacks: readonly FailoverStackInput[]): StoreBackup[] {
  return backupsOf(stacks, config.regions.map((r) => r.name), atlasView(stacks));
}

function regionLoss(input: FailoverInput, atlas: AtlasView | undefined, backups: readonly StoreBackup[], lost: string): RegionLoss {
  const { config, stacks } = input;
  const components: ComponentOutcome[] = [];
  const inLost = (f: Found) => f.stack.region === lost;
  const zones = atlas ? atlas.zones.map((z) => ({ zone: z, after: zoneAfter(z, lost) })) : [];

  // Atlas
  for (const { after } of zones) components.push(after);
  if (atlas) {
    const electableRegions = atlas.electableRegions;
    if (atlas.sharded) {
      const kept = configServersKept(atlas, lost);
      components.push({
        component: 'Atlas config servers',
        outcome: kept ? 'serves' : 'unavailable',
        why: kept
          ? `electable nodes in ${electableRegions.size} regions: the three config servers are in three regions, two survive`
          : `electable nodes in only ${electableRegions.size} regions, one of them ${lost}: the config servers may lose their majority`,
        sources: ['atlasConfigServers'],
      });
    }
    for (const region of atlas.endpointRegions) {
      components.push({
        component: `Atlas private endpoint (${region})`,
        outcome: region === lost ? 'down-with-region' : 'serves',
        why: region === lost
          ? 'its VPC and the clusters that use it are gone with the region'
          : atlas.sharded && atlas.regionalEndpoints
            ? `regionalized: leads to the mongos routers in ${region}, which route to each zone's primary wherever it is elected`
            : 'leads to the nodes behind it',
        sources: atlas.sharded ? ['atlasRegionalEndpoints'] : [],
      });
    }
  }

  // Aurora (MLflow)
  for (const db of resources<DbClusterProps>(stacks, 'AWS::RDS::DBCluster')) {
    const global = Boolean(db.props.GlobalClusterIdentifier);
    components.push({
      component: `MLflow database, Aurora (${db.stack.region})`,
      outcome: !inLost(db) ? 'serves' : global ? 'fails-over' : 'down-with-region',
      rpo: inLost(db) ? (global ? 'typically under a second (Global Database replication lag)' : 'none lost while the region is down; if it never returns, everything since the last copy outside it (there is none)') : undefined,
      rto: inLost(db) && !global ? `until ${lost} returns (restore from its backups there)` : undefined,
      why: inLost(db)
        ? `one regional cluster (${String(db.props.Engine)}, backups ${String(db.props.BackupRetentionPeriod ?? 0)} days in ${lost}); serves only ${lost}'s MLflow, which is gone with the region`
        : `in ${db.stack.region}, which still runs; each region's MLflow has its own database`,
      sources: ['regionalService', 'auroraBackup'],
    });
  }

  // Feast online store
  for (const cache of resources<CacheProps>(stacks, 'AWS::ElastiCache::ServerlessCache')) {
    components.push({
      component: `Feast online store, ${String(cache.props.Engine)} (${cache.stack.region})`,
      outcome: inLost(cache) ? 'down-with-region' : 'serves',
      why: inLost(cache)
        ? `serves only ${lost}'s models; a cache rebuilt by materialization from the features bucket, so nothing of record is in it`
        : `in ${cache.stack.region}, which still runs`,
      sources: ['regionalService'],
    });
  }

  // Kafka
  const flows = replicatedTopics(stacks, config.regions.map((r) => r.name));
  for (const [region, topics] of mskTopics(stacks)) {
    const out = flows.filter((f) => f.from === region && f.topics.length > 0);
    const replicated = new Set(out.flatMap((f) => f.topics));
    const regional = topics.map((t) => t.name).filter((t) => !replicated.has(t));
    if (region !== lost) {
      components.push({ component: `MSK topics (${region})`, outcome: 'serves', why: `in ${region}, which still runs`, sources: [] });
      continue;
    }
    if (regional.length > 0) {
      components.push({
        component: `MSK regional topics (${region}): ${regional.join(', ')}`,
        outcome: 'down-with-region',
        rpo: 'none lost while the region is down (replication factor 3 over its AZs); no copy outside it: they hold data that stays in its region',
        rto: `until ${lost} returns`,
        why: 'not replicated (kafka.topics[].replicate is false); their producers and consumers are in the lost region',
        sources: ['regionalService'],
      });
    }
    for (const f of out) {
      components.push({
        component: `MSK replicated topics (${region} → ${f.to}): ${f.topics.join(', ')}`,
        outcome: 'serves',
        rpo: 'the replicator\'s lag at the moment of the loss',
        why: `MSK Replicator in ${f.to} already copied them; consumers in ${f.to} read the copy`,
        sources: ['mskReplicator'],
      });
    }
  }
  for (const cluster of input.clusters) {
    const kafkas = cluster.objects.filter((o) => o.kind === 'Kafka');
    if (kafkas.length === 0) continue;
    components.push({
      component: `Strimzi Kafka (${cluster.region})`,
      outcome: cluster.region === lost ? 'down-with-region' : 'serves',
      rto: cluster.region === lost ? `until ${lost} returns` : undefined,
      why: cluster.region === lost ? 'runs in the lost region\'s cluster, for its workloads' : `in ${cluster.region}, which still runs`,
      sources: [],
    });
  }

  // S3 models and features
  for (const b of mlBuckets(stacks)) {
    if (!inLost(b.found)) continue;
    const elsewhere = b.replicatesTo.length > 0;
    components.push({
      component: `ML ${b.kind} bucket (${lost})`,
      outcome: elsewhere ? 'fails-over' : b.replicaOf ? 'down-with-region' : 'unavailable',
      rpo: elsewhere ? 'objects not yet replicated (asynchronous)' : undefined,
      rto: elsewhere ? `0 for reads: each other region serves its own replica; new ${b.kind} are published to ${lost}'s bucket again when it returns` : undefined,
      why: elsewhere
        ? `source bucket, replicated to ${b.replicatesTo.join(', ')}; each region's workloads read their own region's bucket`
        : b.replicaOf ? `a replica of ${b.replicaOf}'s bucket, read only by ${lost}'s workloads` : 'no copy elsewhere',
      sources: ['s3Replication'],
    });
  }

  // Secrets Manager
  const secrets = resources<SecretProps>(stacks, 'AWS::SecretsManager::Secret');
  const lostSecrets = secrets.filter(inLost);
  if (lostSecrets.length > 0) {
    const replicated = lostSecrets.filter((s) => (s.props.ReplicaRegions ?? []).length > 0);
    components.push({
      component: `Secrets Manager secrets (${lost}): ${lostSecrets.length}`,
      outcome: 'down-with-region',
      why: `each holds a value for ${lost}'s own workloads (its connection strings, endpoints, logins), read by its External Secrets controller; every other region has its own${replicated.length > 0 ? `; ${replicated.length} with replicas elsewhere` : ''}`,
      sources: ['secretsReplication'],
    });
  }

  // Argo CD
  for (const cap of resources<CapabilityProps>(stacks, 'AWS::EKS::Capability').filter((c) => c.props.Type === 'ARGOCD')) {
    components.push({
      component: `Argo CD (EKS capability, ${cap.stack.region})`,
      outcome: inLost(cap) ? 'unavailable' : 'serves',
      rto: inLost(cap) ? `until ${lost} returns, or it is re-homed to another region (docs/failover.md#argo-cd)` : undefined,
      why: inLost(cap)
        ? 'no sync and no promotion; every other cluster keeps running the revision it last synced, and keeps serving'
        : `in ${cap.stack.region}; the lost cluster drops out of its targets`,
      sources: ['eksArgoCd'],
    });
  }

  // Global edge
  const groups = resources<EndpointGroupProps>(stacks, 'AWS::GlobalAccelerator::EndpointGroup');
  const group = groups.find((g) => g.props.EndpointGroupRegion === lost);
  if (groups.length > 0) {
    const seconds = group ? Number(group.props.HealthCheckIntervalSeconds ?? 30) * Number(group.props.ThresholdCount ?? 3) : 0;
    components.push({
      component: 'Global Accelerator',
      outcome: group ? 'fails-over' : 'serves',
      rpo: group ? '0 (no data)' : undefined,
      rto: group ? `about ${seconds} s (health check every ${String(group.props.HealthCheckIntervalSeconds ?? 30)} s × ${String(group.props.ThresholdCount ?? 3)} failures)` : undefined,
      why: `global data plane; traffic goes to the endpoint groups of ${groups.map((g) => String(g.props.EndpointGroupRegion)).filter((r) => r !== lost).join(', ') || 'no other region'}`,
      sources: ['globalAccelerator'],
    });
  }
  const hostedZones = resources(stacks, 'AWS::Route53::HostedZone');
  if (hostedZones.length > 0) {
    const hubStack = hostedZones[0].stack;
    components.push({
      component: 'Route 53 hosted zone',
      outcome: 'serves',
      why: `global DNS data plane; its records point at the accelerator${hubStack.region === lost ? `; its stack (${hubStack.id}, in ${lost}) cannot be updated until the region returns` : ''}`,
      sources: ['route53'],
    });
  }

  // AMP and tracing stores
  for (const ws of resources<WorkspaceProps>(stacks, 'AWS::APS::Workspace')) {
    components.push({
      component: `AMP workspace (${ws.stack.region})`,
      outcome: inLost(ws) ? 'down-with-region' : 'serves',
      why: inLost(ws) ? `holds ${lost}'s metrics; ${lost}'s history is back when the region is` : `in ${ws.stack.region}; each region writes its own`,
      sources: ['regionalService'],
    });
  }
  for (const domain of resources(stacks, 'AWS::OpenSearchService::Domain')) {
    if (!inLost(domain)) continue;
    components.push({ component: `Tracing store, OpenSearch (${lost})`, outcome: 'down-with-region', why: `holds ${lost}'s traces`, sources: ['regionalService'] });
  }

  return {
    lost,
    hub: config.regions.find((r) => r.name === lost)?.hub === true,
    components,
    serving: servingChecks(input, atlas, zones, lost),
    durability: durabilityChecks(backups, zones, lost),
  };
}

/** Promise 1: each surviving region serves reads and writes of its own jurisdiction's data. */
function servingChecks(
  input: FailoverInput,
  atlas: AtlasView | undefined,
  zones: ReadonlyArray<{ zone: AtlasZone; after: ReturnType<typeof zoneAfter> }>,
  lost: string,
): ServingCheck[] {
  const { config, stacks } = input;
  if (!atlas) return [];
  const services = atlasClientServices(config.services);
  const groups = resources<EndpointGroupProps>(stacks, 'AWS::GlobalAccelerator::EndpointGroup');
  const secrets = resources<SecretProps>(stacks, 'AWS::SecretsManager::Secret');
  const topics = mskTopics(stacks);
  const configServers = !atlas.sharded || configServersKept(atlas, lost);
  return config.regions.filter((r) => r.name !== lost).flatMap((region) => {
    const jurisdiction = regionJurisdiction(region.name) ?? `unknown (${region.name})`;
    const own = zones.filter((z) => z.zone.jurisdictions.includes(jurisdiction));
    const cluster = input.clusters.find((c) => c.region === region.name);
    return services.map((service): ServingCheck => {
      // Problems that stop reads (and so writes), then problems that stop writes only.
      const problems: string[] = [];
      const writeProblems: string[] = [];
      if (own.length === 0) problems.push(`no Atlas ${atlas.sharded ? 'zone' : 'cluster'} has nodes in ${jurisdiction} (${atlas.zones.map((z) => `${z.name}: ${z.jurisdictions.join(', ')}`).join('; ')})`);
      for (const z of own) {
        if (z.zone.jurisdictions.length > 1) problems.push(`${z.after.component} keeps ${jurisdiction} data outside ${jurisdiction} (${z.zone.jurisdictions.filter((j) => j !== jurisdiction).join(', ')})`);
        if (!z.after.readable) problems.push(`${z.after.component} has no node left: ${z.after.why}`);
        else if (!z.after.writable) writeProblems.push(`${z.after.component} takes no writes: ${z.after.why}`);
      }
      if (!configServers) problems.push(`the Atlas config servers may have no majority without ${lost}`);
      if (!atlas.endpointRegions.includes(region.name)) problems.push(`no Atlas private endpoint in ${region.name}`);
      if (atlas.sharded && atlas.zones.length > 1 && !atlas.regionalEndpoints) problems.push('no regionalized private endpoints: a multi-region Global Cluster is not reached through one region\'s endpoint');
      if (atlas.sharded && !atlas.zones.some((z) => z.regions.some((r) => r.region === region.name && r.electable + r.readOnly > 0))) {
        problems.push(`no Atlas nodes (so no mongos) in ${region.name} for its regionalized endpoint to reach`);
      }
      const secretName = serviceSecretName(config, service, ATLAS_CONNECTION_ENV);
      if (!secrets.some((s) => s.stack.region === region.name && s.props.Name === secretName)) problems.push(`no ${secretName} secret in ${region.name}`);
      if (!(cluster?.objects ?? []).some((o) => o.kind === 'Deployment' && o.metadata?.labels?.app === service.name)) problems.push(`${service.name} does not run in ${region.name}'s cluster`);
      if (groups.length > 0 && !groups.some((g) => g.props.EndpointGroupRegion === region.name)) problems.push(`Global Accelerator has no endpoint group in ${region.name}`);
      const produces = config.kafka?.clients.find((c) => c.service === service.name)?.produces ?? [];
      const strimzi = (cluster?.objects ?? []).filter((o) => o.kind === 'KafkaTopic').map((o) => o.spec?.topicName ?? o.metadata?.name);
      const local = [...(topics.get(region.name) ?? []).map((t) => t.name), ...strimzi];
      for (const t of produces) if (!local.includes(t)) writeProblems.push(`topic ${t}, which ${service.name} produces, is not in ${region.name}`);
      return {
        region: region.name,
        jurisdiction,
        service: service.name,
        reads: problems.length === 0,
        writes: problems.length === 0 && writeProblems.length === 0,
        problems: [...problems, ...writeProblems],
      };
    });
  });
}

/** Promise 2: every store of record keeps its acknowledged writes, and has backups. */
function durabilityChecks(backups: readonly StoreBackup[], zones: ReadonlyArray<{ zone: AtlasZone; after: ReturnType<typeof zoneAfter> }>, lost: string): DurabilityCheck[] {
  const checks: DurabilityCheck[] = [];
  for (const { zone, after } of zones) {
    if (!zone.regions.some((r) => r.region === lost)) continue;
    // Every node in the lost region: the data waits there. Some nodes left without a majority:
    // writing again means forcing a reconfiguration, which rolls back what they never received.
    checks.push({
      store: after.component,
      kept: after.outcome !== 'unavailable' || !after.readable,
      why: after.outcome !== 'unavailable'
        ? `a majority survives outside ${lost}; majority-acknowledged writes are on it`
        : after.readable ? `writing again needs a forced reconfiguration, which rolls back writes: ${after.why}` : `every node is in ${lost}: the data is at rest there and back with the region`,
    });
  }
  for (const b of backups.filter((x) => x.durable)) {
    if (b.where === lost && !b.store.startsWith('Atlas')) {
      const copy = b.crossRegionCopy.startsWith('none') ? `at rest in ${lost} across its AZs, with its backups there; back when the region is` : b.crossRegionCopy;
      checks.push({ store: b.store, kept: b.schedule !== 'none', why: b.schedule === 'none' ? `no backup, and ${copy}` : copy });
    }
  }
  return checks;
}

/**
 * The promises the model breaks, one line each: a surviving region that cannot serve its
 * jurisdiction's reads or writes, a store of record that loses acknowledged writes or has no
 * backup. Empty for the shipped environments; the tests feed broken layouts to prove it can fail.
 */
export function failoverProblems(model: FailoverModel): string[] {
  const problems: string[] = [];
  for (const b of model.backups) if (b.durable && b.schedule === 'none') problems.push(`${b.store} is a store of record with no backup (${b.source})`);
  for (const loss of model.losses) {
    for (const s of loss.serving) {
      if (!s.reads || !s.writes) problems.push(`losing ${loss.lost}: ${s.region} cannot serve ${s.service} ${!s.reads ? 'reads and writes' : 'writes'} of ${s.jurisdiction} data: ${s.problems.join('; ')}`);
    }
    for (const d of loss.durability) if (!d.kept) problems.push(`losing ${loss.lost}: ${d.store} may lose data: ${d.why}`);
  }
  return [...new Set(problems)];
}
