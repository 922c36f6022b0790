import type { InstanceType } from '../config/instance-types';

/**
 * What the kubelet of an EKS-optimized AMI node leaves to pods (its `allocatable`), per instance
 * type. Assumptions, each cited:
 * - kube-reserved CPU: 6 % of the first core, 1 % of the second, 0.5 % of the third and fourth,
 *   0.25 % of every further core; kube-reserved memory: `11 MiB × maxPods + 255 MiB` (the EKS AMI's
 *   `nodeadm` kubelet defaults, awslabs/amazon-eks-ami, the same formulas as its former
 *   bootstrap.sh); hard eviction threshold `memory.available < 100Mi` (the same defaults).
 * - The memory the node itself reports is less than the EC2 figure (kernel, hypervisor):
 *   7.5 %, Karpenter's default `VM_MEMORY_OVERHEAD_PERCENT` (karpenter.sh settings), the
 *   figure the Kubernetes autoscalers of EKS use for the same estimate.
 * - Max pods: the VPC CNI's figure for the type (lib/config/instance-types.ts), no prefix
 *   delegation.
 */
const VM_MEMORY_OVERHEAD = 0.075;
/** The kubelet's hard eviction threshold for memory on EKS AMIs, MiB. */
const EVICTION_HARD_MEMORY_MIB = 100;

/** What one node offers pods. */
export interface Allocatable {
  /** Millicores. */
  readonly cpu: number;
  /** MiB. */
  readonly memory: number;
  readonly pods: number;
}

/** kube-reserved CPU, millicores, for a node of `vcpus` cores (EKS AMI formula). */
export function kubeReservedCpu(vcpus: number): number {
  const tiers: ReadonlyArray<readonly [number, number]> = [[1, 0.06], [1, 0.01], [2, 0.005], [Infinity, 0.0025]];
  let left = vcpus;
  let reserved = 0;
  for (const [cores, share] of tiers) {
    const used = Math.min(left, cores);
    reserved += used * 1000 * share;
    left -= used;
    if (left <= 0) break;
  }
  return Math.round(reserved);
}

/** kube-reserved memory, MiB, for a node addressing `maxPods` pods (EKS AMI formula). */
export function kubeReservedMemory(maxPods: number): number {
  return 11 * maxPods + 255;
}

/** The allocatable of one node of the type. */
export function allocatable(type: InstanceType): Allocatable {
  const capacity = Math.floor(type.memoryMiB * (1 - VM_MEMORY_OVERHEAD));
  return {
    cpu: type.vcpus * 1000 - kubeReservedCpu(type.vcpus),
    memory: capacity - kubeReservedMemory(type.maxPods) - EVICTION_HARD_MEMORY_MIB,
    pods: type.maxPods,
  };
}

/** The smallest allocatable of a group's types, field by field: what every node of it offers at least. */
export function groupAllocatable(types: readonly InstanceType[]): Allocatable {
  const each = types.map(allocatable);
  return {
    cpu: Math.min(...each.map((a) => a.cpu)),
    memory: Math.min(...each.map((a) => a.memory)),
    pods: Math.min(...each.map((a) => a.pods)),
  };
}
