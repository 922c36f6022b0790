import { Demand, Requests, addRequests, podTotal } from './demand';
import type { Allocatable } from './nodes';

/** A node group as the model sees it: how many nodes, what each offers, its labels. */
export interface GroupNodes {
  readonly group: string;
  readonly instanceTypes: readonly string[];
  readonly nodes: number;
  /** What each node offers pods (the smallest of the group's types). */
  readonly allocatable: Allocatable;
  readonly labels: Readonly<Record<string, string>>;
}

/** Pods of one workload that found no node. */
export interface Unplaced {
  readonly name: string;
  readonly pods: number;
  /** What one of its pods requests (sidecar included). */
  readonly each: Requests;
  /** The node groups it may land on. */
  readonly groups: readonly string[];
}

/** The outcome of placing every pod of a scenario on the nodes. */
export interface Packing {
  /** Requested on the nodes (DaemonSet pods once per node they run on), millicores / MiB / pods. */
  readonly requested: Requests & { readonly pods: number };
  /** Offered by the nodes. */
  readonly allocatable: Requests & { readonly pods: number };
  readonly unplaced: readonly Unplaced[];
  /** The pods of each demand in the scenario, placed or not (a DaemonSet's: one per node its selector matches). */
  readonly pods: ReadonlyMap<Demand, number>;
}

interface Node {
  readonly group: GroupNodes;
  cpu: number;
  memory: number;
  pods: number;
}

const matches = (selector: Readonly<Record<string, string>>, labels: Readonly<Record<string, string>>): boolean =>
  Object.entries(selector).every(([k, v]) => labels[k] === v);

/**
 * Places the pods of one scenario (`count` of each demand) on the nodes:
 * 1. every DaemonSet pod on every node its selector matches;
 * 2. the other pods, those that may run on the fewest node groups first (a pod bound to the
 *    application group by its node selector before one that may run anywhere), then largest first
 *    (by the larger of its shares of a node's CPU and memory), each on the first node of a
 *    matching group with room for its CPU, memory and one more pod.
 *
 * First-fit decreasing is within 22 % of the fewest nodes any packing needs (Johnson's bound for
 * one dimension); the scheduler places pods one at a time as they come, so a fit here is what
 * the nodes can hold, not a promise of where the scheduler puts each pod. Spread constraints are
 * `ScheduleAnyway` and anti-affinity is preferred across the platform, so neither can leave a pod
 * Pending and neither is modelled.
 */
export function pack(groups: readonly GroupNodes[], demands: readonly Demand[], count: (d: Demand) => number): Packing {
  const nodes: Node[] = groups.flatMap((group) => Array.from({ length: group.nodes }, () => ({ group, ...group.allocatable })));
  const unplaced = new Map<Demand, number>();
  const podsOf = new Map<Demand, number>();
  let requested = { cpu: 0, memory: 0, pods: 0 };
  const place = (node: Node, demand: Demand): boolean => {
    const need = podTotal(demand);
    if (node.cpu < need.cpu || node.memory < need.memory || node.pods < 1) return false;
    node.cpu -= need.cpu;
    node.memory -= need.memory;
    node.pods -= 1;
    requested = { ...addRequests(requested, need), pods: requested.pods + 1 };
    return true;
  };
  const miss = (demand: Demand): void => {
    unplaced.set(demand, (unplaced.get(demand) ?? 0) + 1);
  };

  const tally = (demand: Demand): void => {
    podsOf.set(demand, (podsOf.get(demand) ?? 0) + 1);
  };

  for (const demand of demands.filter((d) => d.daemon)) {
    for (const node of nodes) {
      if (!matches(demand.nodeSelector, node.group.labels)) continue;
      tally(demand);
      if (!place(node, demand)) miss(demand);
    }
  }

  const largest = Math.max(1, ...groups.map((g) => g.allocatable.cpu));
  const largestMemory = Math.max(1, ...groups.map((g) => g.allocatable.memory));
  const size = (d: Demand): number => Math.max(podTotal(d).cpu / largest, podTotal(d).memory / largestMemory);
  const eligible = (d: Demand): number => groups.filter((g) => matches(d.nodeSelector, g.labels)).length;
  const pods = demands
    .filter((d) => !d.daemon)
    .flatMap((d) => Array.from({ length: count(d) }, () => d))
    .sort((a, b) => eligible(a) - eligible(b) || size(b) - size(a) || a.name.localeCompare(b.name));
  for (const demand of pods) {
    tally(demand);
    if (!nodes.some((node) => matches(demand.nodeSelector, node.group.labels) && place(node, demand))) miss(demand);
  }

  const offered = groups.reduce(
    (sum, g) => ({ cpu: sum.cpu + g.nodes * g.allocatable.cpu, memory: sum.memory + g.nodes * g.allocatable.memory, pods: sum.pods + g.nodes * g.allocatable.pods }),
    { cpu: 0, memory: 0, pods: 0 },
  );
  return {
    requested,
    allocatable: offered,
    unplaced: [...unplaced].map(([d, n]) => ({
      name: d.name,
      pods: n,
      each: podTotal(d),
      groups: groups.filter((g) => matches(d.nodeSelector, g.labels)).map((g) => g.group),
    })),
    pods: podsOf,
  };
}
