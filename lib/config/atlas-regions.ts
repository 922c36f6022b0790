/**
 * Static facts about MongoDB Atlas that the config is checked against, kept in code (not looked
 * up) so validation and synth stay hermetic.
 */

/**
 * The Atlas name of each AWS region Atlas deploys dedicated clusters to (`us-east-1` →
 * `US_EAST_1`). Atlas spells AWS regions in upper case with underscores; the table lists only
 * regions Atlas is known to offer, so a config naming any other region is rejected before
 * anything is deployed. Add a row when Atlas adds a region.
 */
export const ATLAS_AWS_REGIONS: Readonly<Record<string, string>> = {
  'us-east-1': 'US_EAST_1',
  'us-east-2': 'US_EAST_2',
  'us-west-1': 'US_WEST_1',
  'us-west-2': 'US_WEST_2',
  'ca-central-1': 'CA_CENTRAL_1',
  'sa-east-1': 'SA_EAST_1',
  'eu-west-1': 'EU_WEST_1',
  'eu-west-2': 'EU_WEST_2',
  'eu-west-3': 'EU_WEST_3',
  'eu-central-1': 'EU_CENTRAL_1',
  'eu-central-2': 'EU_CENTRAL_2',
  'eu-north-1': 'EU_NORTH_1',
  'eu-south-1': 'EU_SOUTH_1',
  'eu-south-2': 'EU_SOUTH_2',
  'il-central-1': 'IL_CENTRAL_1',
  'me-central-1': 'ME_CENTRAL_1',
  'me-south-1': 'ME_SOUTH_1',
  'af-south-1': 'AF_SOUTH_1',
  'ap-east-1': 'AP_EAST_1',
  'ap-south-1': 'AP_SOUTH_1',
  'ap-south-2': 'AP_SOUTH_2',
  'ap-northeast-1': 'AP_NORTHEAST_1',
  'ap-northeast-2': 'AP_NORTHEAST_2',
  'ap-northeast-3': 'AP_NORTHEAST_3',
  'ap-southeast-1': 'AP_SOUTHEAST_1',
  'ap-southeast-2': 'AP_SOUTHEAST_2',
  'ap-southeast-3': 'AP_SOUTHEAST_3',
  'ap-southeast-4': 'AP_SOUTHEAST_4',
};

/**
 * The Atlas name of an AWS region (`eu-west-1` → `EU_WEST_1`).
 * @throws Error for a region Atlas does not offer (the config check rejects those first)
 */
export function atlasRegionName(awsRegion: string): string {
  const name = ATLAS_AWS_REGIONS[awsRegion];
  if (!name) throw new Error(`MongoDB Atlas does not offer AWS region ${awsRegion}`);
  return name;
}

/**
 * Dedicated Atlas cluster tiers the platform accepts, smallest first (general class; every one
 * supports private endpoints, cloud backups and customer-key encryption, which start at M10).
 */
export const ATLAS_INSTANCE_SIZES = ['M10', 'M20', 'M30', 'M40', 'M50', 'M60', 'M80', 'M140', 'M200', 'M300'] as const;

/** One of {@link ATLAS_INSTANCE_SIZES}. */
export type AtlasInstanceSize = (typeof ATLAS_INSTANCE_SIZES)[number];

/** The smallest tier Atlas allows for a Global Cluster (sharded, zones). */
export const ATLAS_MIN_GLOBAL_CLUSTER_SIZE: AtlasInstanceSize = 'M30';

/** MongoDB major versions Atlas deploys new dedicated clusters with. */
export const ATLAS_MONGODB_VERSIONS = ['7.0', '8.0'] as const;

/** Voting (electable) members a MongoDB replica set allows at most. */
export const MAX_ELECTABLE_NODES = 7;

/** The election priority of a replica set's preferred (primary) region in Atlas. */
export const ATLAS_PRIMARY_PRIORITY = 7;

/**
 * Ports Atlas maps the cluster's nodes to behind a private endpoint service (each node, or
 * mongos, gets its own port in this range on the endpoint service's load balancer).
 */
export const ATLAS_PRIVATE_ENDPOINT_PORTS = { from: 1024, to: 65535 } as const;
