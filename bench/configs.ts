import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { AWS_REGION_AZ_LETTERS } from '../lib/config';

/** Regions the generated configs spread over, hub first. */
const BENCH_REGIONS = [
  'us-east-1', 'eu-west-1', 'us-west-2', 'ap-southeast-1', 'eu-central-1', 'ap-northeast-1',
  'us-east-2', 'eu-west-2', 'ap-southeast-2', 'ca-central-1', 'sa-east-1', 'eu-north-1',
];

/**
 * The prod config grown to `n` regions (3 AZs and its own /16 each, all in prod's one workload
 * account, so the replicated Kafka topics replicate between every pair of regions): the shape of
 * a large deployment, for the benchmark only.
 */
/** The parts of prod.yaml the generator rewrites (the rest is passed through). */
interface BenchConfigData {
  regions: Array<{ name: string; account: string; [key: string]: unknown }>;
  atlas?: { regions: unknown[]; zones: Array<{ name: string; regions: string[] }> };
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
  // Atlas needs nodes in every region (each region's services use their own private endpoint):
  // the seed's Global Cluster grown to one zone per region, the seed's zones kept first.
  if (data.atlas) {
    const regions = data.regions.map((r) => r.name);
    data.atlas.regions = regions.map((name) => ({ name, electableNodes: 3, priority: 7 }));
    const zones = data.atlas.zones;
    data.atlas.zones = regions.map((name, i) => zones.find((z) => z.regions.includes(name)) ?? { name: `zone-${i}`, regions: [name] });
  }
  return data;
}
