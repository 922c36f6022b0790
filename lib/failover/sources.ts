/**
 * What the failover model takes from the providers' documentation rather than from the
 * templates: how fast an Atlas election is, where Atlas puts config servers, what Global
 * Accelerator and Route 53 do when a region fails, how S3 and MSK replication lag. Each entry
 * says what it claims and where that is stated; `npm run failover` prints the table beside the
 * model, and docs/failover.md shows it.
 */
export interface FailoverSource {
  /** The claim, as the model uses it. */
  readonly claim: string;
  /** Where the provider documents it. */
  readonly url: string;
}

/** The cited assumptions, by key (components name the keys they rely on). */
export const FAILOVER_SOURCES = {
  atlasElection: {
    claim: 'a replica set (an Atlas zone\'s shard) that keeps a majority of its electable nodes elects a new primary automatically, within seconds, and majority-acknowledged writes survive (Atlas\'s default write concern is majority)',
    url: 'https://www.mongodb.com/docs/atlas/architecture/current/high-availability/',
  },
  atlasNoMajority: {
    claim: 'without a majority there is no primary: writes stop until the region returns or an operator reconfigures the cluster, and a forced reconfiguration rolls back writes the new primary never received',
    url: 'https://www.mongodb.com/docs/atlas/reconfigure-replica-set-during-regional-outage/',
  },
  atlasRegionalEndpoints: {
    claim: 'with regionalized private endpoints each region\'s private endpoint connects to the mongos routers in that region; a mongos routes to every zone\'s primary, wherever it is',
    url: 'https://www.mongodb.com/docs/atlas/security-private-endpoint/',
  },
  atlasConfigServers: {
    claim: 'Atlas spreads a cross-region sharded cluster\'s three config servers over distinct regions where it can (three regions with electable nodes: one each), so losing one region leaves two of three',
    url: 'https://www.mongodb.com/docs/atlas/cluster-config/sharded-cluster/',
  },
  atlasBackup: {
    claim: 'cloud backup snapshots on the schedule configured and continuous backup (point-in-time restore within the restore window); restores go to any cluster of the project',
    url: 'https://www.mongodb.com/docs/atlas/backup/cloud-backup/overview/',
  },
  globalAccelerator: {
    claim: 'Global Accelerator\'s data plane is global; when an endpoint group fails its health checks (interval × threshold) traffic goes to the healthy endpoint groups, without DNS changes; its control plane is in us-west-2',
    url: 'https://docs.aws.amazon.com/global-accelerator/latest/dg/disaster-recovery-resiliency.html',
  },
  route53: {
    claim: 'Route 53\'s DNS data plane is global and answers during a regional outage; changes go through its control plane',
    url: 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/disaster-recovery-resiliency.html',
  },
  s3Replication: {
    claim: 'S3 replication is asynchronous: most objects replicate within seconds, without S3 Replication Time Control there is no bound (with RTC, 99.99 % within 15 minutes)',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication.html',
  },
  mskReplicator: {
    claim: 'MSK Replicator copies the selected topics asynchronously; what it has not copied when the source region goes is behind by its ReplicationLatency',
    url: 'https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator.html',
  },
  regionalService: {
    claim: 'Amazon Aurora, ElastiCache, MSK, Secrets Manager, AMP, OpenSearch Service and EKS are regional: a resource lives in one region, across its Availability Zones, and is unreachable while the region is',
    url: 'https://docs.aws.amazon.com/whitepapers/latest/aws-fault-isolation-boundaries/regional-services.html',
  },
  auroraBackup: {
    claim: 'Aurora keeps continuous backups for the retention period (point-in-time restore) in the cluster\'s region; AWS Backup copies go to the vaults the plan names',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Managing.Backups.html',
  },
  secretsReplication: {
    claim: 'a Secrets Manager secret lives in its region unless it lists replica regions, which get a read-only copy that can be promoted',
    url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/create-manage-multi-region-secrets.html',
  },
  eksArgoCd: {
    claim: 'the EKS Argo CD capability runs in AWS-owned infrastructure of its cluster\'s region; the clusters it manages keep running what they last synced when it is unreachable',
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/argocd.html',
  },
} as const satisfies Record<string, FailoverSource>;

/** A key of {@link FAILOVER_SOURCES}. */
export type FailoverSourceKey = keyof typeof FAILOVER_SOURCES;
