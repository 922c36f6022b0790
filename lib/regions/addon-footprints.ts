import type { OperatorFootprint } from '../core/layer';

/**
 * What each EKS managed add-on of {@link ./cluster} runs on every cluster, for the capacity model,
 * keyed by its add-on name there. The cluster pins no add-on version (EKS installs its default for
 * the cluster's Kubernetes version, 1.35), so each `version` is the one whose manifests were read,
 * and EKS's own build of the add-on may differ from the upstream chart where no EKS manifest was
 * available (each `source` says which it is).
 */
export const EKS_ADDON_FOOTPRINTS: Readonly<Record<string, OperatorFootprint>> = {
  // The platform sets `enableNetworkPolicy: 'true'`; the chart renders the network policy agent
  // container (nodeAgent.enabled defaults to true) either way, the setting makes it enforce.
  'vpc-cni': {
    version: 'v1.23.0',
    source:
      'aws/amazon-vpc-cni-k8s tag v1.23.0: charts/aws-vpc-cni/values.yaml (resources.requests cpu 25m; nodeAgent.enabled true, nodeAgent.resources {}), ' +
      'templates/daemonset.yaml (aws-node container with .Values.resources, aws-eks-nodeagent with `default .Values.resources .Values.nodeAgent.resources`; ' +
      'the aws-vpc-cni-init init container not counted). EKS default add-on version for 1.35 not confirmed',
    workloads: [
      {
        name: 'aws-node',
        kind: 'DaemonSet',
        containers: [
          { name: 'aws-node', cpu: '25m' },
          { name: 'aws-eks-nodeagent', cpu: '25m' },
        ],
      },
    ],
  },
  'kube-proxy': {
    version: 'v1.25.6-minimal-eksbuild.1',
    source:
      'EKS kube-proxy DaemonSet as dumped from a cluster in eksctl-io/eksctl pkg/addons/default/testdata/sample-1.25.json (container kube-proxy, ' +
      'requests cpu 100m, no memory request). No manifest of the 1.35 build was available to read',
    workloads: [{ name: 'kube-proxy', kind: 'DaemonSet', containers: [{ name: 'kube-proxy', cpu: '100m' }] }],
  },
  'eks-pod-identity-agent': {
    version: 'v0.1.37',
    source:
      'aws/eks-pod-identity-agent tag v0.1.37 (commit d4dc0f3): charts/eks-pod-identity-agent/values.yaml (Chart.yaml 1.2.0; daemonsets.cloud.create true, hybrid ' +
      'ones false; resources {}), templates/daemonset.yaml (container eks-pod-identity-agent; the -init init container not counted). The EKS build was not read',
    workloads: [{ name: 'eks-pod-identity-agent', kind: 'DaemonSet', containers: [{ name: 'eks-pod-identity-agent' }] }],
  },
  // EKS can autoscale CoreDNS, but only when the add-on's `autoScaling` configuration enables it;
  // the cluster sets none, so it stays at two replicas.
  coredns: {
    version: 'v1.14.2-eksbuild.4',
    source:
      'EKS CoreDNS manifest for Kubernetes 1.35 as kept by eksctl-io/eksctl pkg/addons/default/assets/coredns-1.35.json (commit a263747: replicas 2, ' +
      'container coredns requests cpu 100m, memory 70Mi); the same requests as kubernetes/kubernetes cluster/addons/dns/coredns/coredns.yaml.base; ' +
      'two replicas by default per the EKS user guide (coredns-autoscaling)',
    workloads: [{ name: 'coredns', kind: 'Deployment', replicas: 2, containers: [{ name: 'coredns', cpu: '100m', memory: '70Mi' }] }],
  },
  // The cluster passes only the service account role: chart defaults throughout.
  'aws-ebs-csi-driver': {
    version: 'v1.64.0',
    source:
      'kubernetes-sigs/aws-ebs-csi-driver commit 429e202 (charts/aws-ebs-csi-driver Chart.yaml 2.64.0, appVersion 1.64.0): values.yaml (controller.replicaCount 2, ' +
      'controller.resources and node.resources requests cpu 10m, memory 40Mi; every sidecars.*.resources {}; volumeModificationFeature and metadataLabeler off), ' +
      'templates/controller.yaml (sidecars default to controller.resources; liveness-probe 10m/32Mi; csi-snapshotter only when the snapshot.storage.k8s.io API ' +
      'is served, counted here), templates/_node.tpl (node-driver-registrar and liveness-probe 10m/32Mi). The EKS build was not read',
    workloads: [
      {
        name: 'ebs-csi-controller',
        kind: 'Deployment',
        replicas: 2,
        containers: [
          { name: 'ebs-plugin', cpu: '10m', memory: '40Mi' },
          { name: 'csi-provisioner', cpu: '10m', memory: '40Mi' },
          { name: 'csi-attacher', cpu: '10m', memory: '40Mi' },
          { name: 'csi-snapshotter', cpu: '10m', memory: '40Mi' },
          { name: 'csi-resizer', cpu: '10m', memory: '40Mi' },
          { name: 'liveness-probe', cpu: '10m', memory: '32Mi' },
        ],
      },
      {
        name: 'ebs-csi-node',
        kind: 'DaemonSet',
        containers: [
          { name: 'ebs-plugin', cpu: '10m', memory: '40Mi' },
          { name: 'node-driver-registrar', cpu: '10m', memory: '32Mi' },
          { name: 'liveness-probe', cpu: '10m', memory: '32Mi' },
        ],
      },
    ],
  },
};
