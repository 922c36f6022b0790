import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { AWS_REGION_AZ_LETTERS, AWS_REGION_COUNTRIES } from '../lib/config';

/** Regions the generated configs spread over, hub first. */
const BENCH_REGIONS = [
  'us-east-1', 'eu-west-1', 'us-east-2', 'eu-central-1', 'us-west-2', 'eu-west-3',
  'ap-southeast-1', 'ap-northeast-1', 'ap-southeast-2', 'sa-east-1', 'ap-south-1', 'ap-northeast-2',
];

/**
 * The prod config grown to `n` regions (3 AZs and its own /16 each, all in prod's one workload
 * account, so the replicated Kafka topics replicate between every pair of regions): the shape of
 * a large deployment, for the benchmark only.
 */
/** The parts of prod.yaml the generator rewrites (the rest is passed through). */
interface BenchConfigData {
  regions: Array<{ name: string; account: string; [key: string]: unknown }>;
  atlas?: { regions: unknown[]; zones: Array<{ name: string; regions: string[]; locations?: string[] }> };
  [key: string]: unknown;
}

export function generatedConfig(root: string, n: number): unknown {
  const data = YAML.parse(fs.readFileSync(path.join(root, 'config', 'prod.yaml'), 'utf8')) as BenchConfigData;
  const account = data.regions[0].account;
  data.regions = BENCH_REGIONS.slice(0, n).map((name, i) => ({
    name,
    account,
    hub: i === 0,
    cidr: `10.${i}.0.0/16`,
    availabilityZones: [...AWS_REGION_AZ_LETTERS[name]].slice(0, 3).map((l) => `${name}${l}`),
  }));
  // The hub region first, then every other region together (the default waves).
  if (data.delivery && typeof data.delivery === 'object') delete (data.delivery as { regionWaves?: unknown }).regionWaves;
  // Atlas needs nodes in every platform region (each region's services reach their zone through
  // their own regionalized private endpoint). The first six regions are those of the seed's two
  // zones (2 + 2 + 1 electable nodes over three regions each), kept as they are. Each further
  // region gets a zone of its own country with 3 electable nodes there: no single country has
  // three AWS regions outside the US and the EEA, so such a zone cannot survive the loss of its
  // region, which the config refuses in production only; a config that needs them is benchmarked
  // as non-production.
  if (data.atlas) {
    const covered = new Set(data.atlas.zones.flatMap((z) => z.regions));
    const extra = data.regions.map((r) => r.name).filter((name) => !covered.has(name));
    for (const name of extra) {
      data.atlas.regions.push({ name, electableNodes: 3, priority: 7, readOnlyNodes: 0, analyticsNodes: 0 });
      data.atlas.zones.push({ name: `zone-${name}`, regions: [name], locations: [AWS_REGION_COUNTRIES[name]] });
    }
    if (extra.length > 0) data.production = false;
  }
  return data;
}
