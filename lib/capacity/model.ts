import { INSTANCE_TYPES, PlatformConfig, RegionConfig } from '../config';
import { Demand, DemandSource, Requests, addRequests } from './demand';
import { groupAllocatable } from './nodes';
import { GroupNodes, Packing, Unplaced, pack } from './pack';

/** The two scenarios a cluster must hold. */
export type Scenario = 'min' | 'max';

/** What the scenarios mean: the pods' count and the nodes they get. */
export const SCENARIOS: Readonly<Record<Scenario, { readonly pods: string; readonly nodes: string; readonly sizeField: 'desiredSize' | 'maxSize' }>> = {
  min: { pods: 'min replicas', nodes: 'desired size', sizeField: 'desiredSize' },
  max: { pods: 'max replicas', nodes: 'max size', sizeField: 'maxSize' },
};

/** One region's capacity in both scenarios. */
export interface RegionCapacity {
  readonly region: string;
  readonly groups: Readonly<Record<Scenario, readonly GroupNodes[]>>;
  readonly demands: readonly Demand[];
  readonly packing: Readonly<Record<Scenario, Packing>>;
  /** Requests by source and scenario (DaemonSet pods × the nodes they run on; sidecars apart). */
  readonly breakdown: Readonly<Record<Scenario, Readonly<Record<DemandSource | 'sidecars', Requests & { readonly pods: number }>>>>;
  /** Per scenario, the smallest size of one group that would hold every pod, when it does not fit. */
  readonly remedy: Readonly<Partial<Record<Scenario, { readonly group: string; readonly index: number; readonly size: number } | undefined>>>;
}

/** The config path of a region's node groups: its own list, or the `eks` default. */
function nodeGroupsPath(config: PlatformConfig, region: RegionConfig): string {
  return region.nodeGroups === config.eks.nodeGroups ? 'eks.nodeGroups' : `regions[${config.regions.indexOf(region)}].nodeGroups`;
}

/** The nodes of a region in one scenario. */
function groupNodes(region: RegionConfig, scenario: Scenario): GroupNodes[] {
  return region.nodeGroups.map((g) => ({
    group: g.name,
    instanceTypes: g.instanceTypes,
    nodes: g[SCENARIOS[scenario].sizeField],
    allocatable: groupAllocatable(g.instanceTypes.map((t) => INSTANCE_TYPES[t])),
    labels: g.labels,
  }));
}

const count: Readonly<Record<Scenario, (d: Demand) => number>> = { min: (d) => d.min, max: (d) => d.max };

/** Requests of the scenario by source, with sidecars apart, from the pods the packing counted. */
function breakdownOf(demands: readonly Demand[], packing: Packing): RegionCapacity['breakdown'][Scenario] {
  const zero = { cpu: 0, memory: 0, pods: 0 };
  const out: Record<DemandSource | 'sidecars', Requests & { pods: number }> = { workloads: { ...zero }, operators: { ...zero }, 'add-ons': { ...zero }, sidecars: { ...zero } };
  for (const d of demands) {
    const pods = packing.pods.get(d) ?? 0;
    out[d.source] = { ...addRequests(out[d.source], { cpu: d.pod.cpu * pods, memory: d.pod.memory * pods }), pods: out[d.source].pods + pods };
    out.sidecars = { ...addRequests(out.sidecars, { cpu: d.sidecar.cpu * pods, memory: d.sidecar.memory * pods }), pods: out.sidecars.pods };
  }
  return out;
}

/**
 * The smallest size of one node group (tried in config order, each alone, up to the 450 nodes a
 * managed node group allows) that holds every pod of the scenario.
 */
function remedyOf(groups: readonly GroupNodes[], demands: readonly Demand[], scenario: Scenario): RegionCapacity['remedy'][Scenario] {
  for (let index = 0; index < groups.length; index++) {
    for (let size = groups[index].nodes + 1; size <= 450; size++) {
      const resized = groups.map((g, i) => (i === index ? { ...g, nodes: size } : g));
      if (pack(resized, demands, count[scenario]).unplaced.length === 0) {
        return { group: groups[index].group, index, size };
      }
    }
  }
  return undefined;
}

/** The capacity of one region's cluster for the demands of everything that runs on it. */
export function regionCapacity(region: RegionConfig, demands: readonly Demand[]): RegionCapacity {
  const scenarios: Scenario[] = ['min', 'max'];
  const groups = { min: groupNodes(region, 'min'), max: groupNodes(region, 'max') };
  const packing = { min: pack(groups.min, demands, count.min), max: pack(groups.max, demands, count.max) };
  return {
    region: region.name,
    groups,
    demands,
    packing,
    breakdown: { min: breakdownOf(demands, packing.min), max: breakdownOf(demands, packing.max) },
    remedy: Object.fromEntries(scenarios.filter((s) => packing[s].unplaced.length > 0).map((s) => [s, remedyOf(groups[s], demands, s)])),
  };
}

/** `1.25 vCPU`, `3.5 GiB`: the report's units. */
export function formatCpu(millicores: number): string {
  return `${(millicores / 1000).toFixed(2)} vCPU`;
}
export function formatMemory(mib: number): string {
  return `${(mib / 1024).toFixed(1)} GiB`;
}

/** What the unplaced pods of a scenario add up to. */
export function shortfall(unplaced: readonly Unplaced[]): Requests & { readonly pods: number } {
  return unplaced.reduce((sum, u) => ({ cpu: sum.cpu + u.each.cpu * u.pods, memory: sum.memory + u.each.memory * u.pods, pods: sum.pods + u.pods }), { cpu: 0, memory: 0, pods: 0 });
}

/**
 * One line per scenario that does not fit, naming the node group field to raise (and to what),
 * the region and the shortfall: what the config check and the capacity test print.
 */
export function capacityProblems(config: PlatformConfig, capacities: readonly RegionCapacity[]): string[] {
  const problems: string[] = [];
  for (const capacity of capacities) {
    const region = config.regions.find((r) => r.name === capacity.region)!;
    for (const scenario of ['min', 'max'] as const) {
      const { unplaced } = capacity.packing[scenario];
      if (unplaced.length === 0) continue;
      const meaning = SCENARIOS[scenario];
      const short = shortfall(unplaced);
      const pods = unplaced.map((u) => `${u.name} ×${u.pods} (${u.each.cpu}m, ${u.each.memory}Mi each)`).join(', ');
      const remedy = capacity.remedy[scenario];
      const field = remedy ? `${nodeGroupsPath(config, region)}[${remedy.index}].${meaning.sizeField}` : `${nodeGroupsPath(config, region)}`;
      const nodes = capacity.groups[scenario].map((g) => `${g.group} ${g.nodes} × ${g.instanceTypes[0]}`).join(', ');
      const fix = remedy ? `needs at least ${remedy.size} (or fewer replicas / smaller requests)` : 'no single node group of up to 450 nodes holds them: a larger instance type is needed';
      problems.push(`${field}: ${region.name} at ${meaning.pods} does not fit the nodes at ${meaning.nodes} (${nodes}): ${short.pods} pods short, ${formatCpu(short.cpu)}, ${formatMemory(short.memory)}: ${pods}; ${fix}`);
    }
  }
  return problems;
}

