/**
 * What a node of each EC2 instance type the node groups may use offers the kubelet, for the
 * capacity model (lib/capacity) and the config check that refuses a type it cannot size.
 *
 * Sources (each number is read from one of these, none is measured):
 * - vCPUs and memory: the EC2 instance type pages (docs.aws.amazon.com/ec2/latest/instancetypes):
 *   `large` is 2 vCPUs, `xlarge` 4, `2xlarge` 8, `4xlarge` 16; memory per vCPU is 2 GiB for the
 *   compute (c) families, 4 GiB for the general-purpose (m) families, 8 GiB for the memory (r)
 *   families; t3 sizes as listed.
 * - Max pods: the AWS VPC CNI's `misc/eni-max-pods.txt` (aws/amazon-vpc-cni-k8s), which is
 *   `ENIs × (IPv4 addresses per ENI − 1) + 2` without prefix delegation (the platform's VPC CNI
 *   add-on does not turn prefix delegation on): m5.large 29, m5.xlarge 58, m5.2xlarge 58,
 *   m5.4xlarge 234, r5.large 29, t3.medium 17, t3.large 35, t3.xlarge 58, t3.2xlarge 58; the 6th
 *   and 7th generation families of these sizes have the same ENI limits.
 */
export interface InstanceType {
  readonly vcpus: number;
  /** Memory, MiB (the EC2 figure: the kernel and hypervisor keep part of it). */
  readonly memoryMiB: number;
  /** Pods the VPC CNI can address on one node (the kubelet's `maxPods` on EKS AMIs). */
  readonly maxPods: number;
}

const SIZES = [
  { size: 'large', vcpus: 2, maxPods: 29 },
  { size: 'xlarge', vcpus: 4, maxPods: 58 },
  { size: '2xlarge', vcpus: 8, maxPods: 58 },
  { size: '4xlarge', vcpus: 16, maxPods: 234 },
] as const;

/** Families by GiB of memory per vCPU. */
const FAMILIES: Readonly<Record<string, number>> = {
  c5: 2, c6i: 2, c7i: 2, c6g: 2, c7g: 2,
  m5: 4, m6i: 4, m7i: 4, m6g: 4, m7g: 4,
  r5: 8, r6i: 8, r7i: 8, r6g: 8, r7g: 8,
};

/** Burstable types have their own ENI limits. */
const BURSTABLE: Readonly<Record<string, InstanceType>> = {
  't3.medium': { vcpus: 2, memoryMiB: 4 * 1024, maxPods: 17 },
  't3.large': { vcpus: 2, memoryMiB: 8 * 1024, maxPods: 35 },
  't3.xlarge': { vcpus: 4, memoryMiB: 16 * 1024, maxPods: 58 },
  't3.2xlarge': { vcpus: 8, memoryMiB: 32 * 1024, maxPods: 58 },
};

/** Every instance type the capacity model can size, by name. */
export const INSTANCE_TYPES: Readonly<Record<string, InstanceType>> = {
  ...Object.fromEntries(
    Object.entries(FAMILIES).flatMap(([family, gibPerVcpu]) =>
      SIZES.map((s) => [`${family}.${s.size}`, { vcpus: s.vcpus, memoryMiB: s.vcpus * gibPerVcpu * 1024, maxPods: s.maxPods }]),
    ),
  ),
  ...BURSTABLE,
};
