import type { ContainerRequests, FootprintWorkload } from '../core/layer';
import { mebibytes, millicores } from './quantity';

/** Where a pod's demand comes from, for the report's breakdown. */
export type DemandSource = 'workloads' | 'operators' | 'add-ons';

/** Requests of one pod (or one part of it), millicores and MiB. */
export interface Requests {
  readonly cpu: number;
  readonly memory: number;
}

/** Pods of one workload: how many at the floor and at the ceiling, and what each requests. */
export interface Demand {
  /** `namespace/name` of the workload (or the release and its workload). */
  readonly name: string;
  readonly source: DemandSource;
  /** What the pod's own containers request. */
  readonly pod: Requests;
  /** What the Istio sidecar injected into it requests (zero when not injected). */
  readonly sidecar: Requests;
  /** Node labels the pod must land on (empty: any node). */
  readonly nodeSelector: Readonly<Record<string, string>>;
  /** One pod per matching node, whatever `min` and `max` say. */
  readonly daemon: boolean;
  /** Pods at the floor (replicas, `minReplicas`). */
  readonly min: number;
  /** Pods at the ceiling (the autoscaler's `maxReplicas`). */
  readonly max: number;
}

export const NO_REQUESTS: Requests = { cpu: 0, memory: 0 };

/** Sum of requests. */
export function addRequests(a: Requests, b: Requests): Requests {
  return { cpu: a.cpu + b.cpu, memory: a.memory + b.memory };
}

/** A pod's total request: its containers and its sidecar. */
export function podTotal(demand: Demand): Requests {
  return addRequests(demand.pod, demand.sidecar);
}

/** Requests of one recorded container. */
export function containerRequests(c: ContainerRequests): Requests {
  return { cpu: millicores(c.cpu), memory: mebibytes(c.memory) };
}

/**
 * What the scheduler reserves for a pod: the sum of its containers, or the largest init
 * container when that is more (init containers run one at a time, before the others), field by
 * field (Kubernetes "effective request" of a pod).
 */
export function effectiveRequests(containers: readonly Requests[], initContainers: readonly Requests[] = []): Requests {
  const sum = containers.reduce(addRequests, NO_REQUESTS);
  return {
    cpu: Math.max(sum.cpu, ...initContainers.map((c) => c.cpu)),
    memory: Math.max(sum.memory, ...initContainers.map((c) => c.memory)),
  };
}

/** The demands of one recorded workload of a Helm release or add-on (never injected: see the caller). */
export function footprintDemand(name: string, source: DemandSource, workload: FootprintWorkload, sidecar: Requests): Demand {
  const replicas = workload.replicas ?? 1;
  return {
    name,
    source,
    pod: effectiveRequests(workload.containers.map(containerRequests)),
    sidecar,
    nodeSelector: workload.nodeSelector ?? {},
    daemon: workload.kind === 'DaemonSet',
    min: replicas,
    max: workload.maxReplicas ?? replicas,
  };
}
