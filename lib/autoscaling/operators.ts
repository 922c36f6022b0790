import { CLUSTER_AUTOSCALER_SERVICE_ACCOUNT, PlatformConfig } from '../config';
import { CLUSTER_PARAMS } from '../config/gitops-names';
import type { OperatorRelease } from '../core/layer';

/** The Cluster Autoscaler release name (the chart names its objects after it). */
export const CLUSTER_AUTOSCALER_RELEASE = 'cluster-autoscaler';

/** The Cluster Autoscaler's requests and limits: the chart sets none (`resources: {}`). */
const CLUSTER_AUTOSCALER_RESOURCES = { requests: { cpu: '100m', memory: '300Mi' }, limits: { memory: '600Mi' } } as const;

/**
 * The Cluster Autoscaler on every cluster (chart `cluster-autoscaler` of kubernetes/autoscaler,
 * whose default image is the CA release of the chart's appVersion, 1.35.0 for chart 9.59.0). It
 * finds the managed node groups by the tags EKS puts on their Auto Scaling groups
 * (`k8s.io/cluster-autoscaler/<cluster>`), so it needs no node-group list and no deploy-time value.
 */
export function autoscalingOperators(_config: PlatformConfig): OperatorRelease[] {
  return [
    {
      key: 'clusterAutoscaler',
      release: CLUSTER_AUTOSCALER_RELEASE,
      wave: 0,
      podSecurity: 'restricted',
      values: {
        autoDiscovery: { clusterName: CLUSTER_PARAMS.name },
        awsRegion: CLUSTER_PARAMS.region,
        // CDK's Pod Identity association is made for this service account name.
        rbac: { serviceAccount: { create: true, name: CLUSTER_AUTOSCALER_SERVICE_ACCOUNT } },
        extraArgs: {
          // The application group spans three zones: keep their sizes even when scaling.
          'balance-similar-node-groups': true,
          // Pick the group that leaves the least idle CPU and memory after scheduling.
          expander: 'least-waste',
          // Nodes running only DaemonSets and kube-system pods may still be removed.
          'skip-nodes-with-system-pods': false,
        },
        // Pod Security "restricted": the chart sets no context of its own.
        securityContext: { runAsNonRoot: true, runAsUser: 65534, runAsGroup: 65534, seccompProfile: { type: 'RuntimeDefault' } },
        containerSecurityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
        resources: CLUSTER_AUTOSCALER_RESOURCES,
      },
      footprint: {
        version: '9.59.0',
        source:
          'kubernetes/autoscaler tag cluster-autoscaler-chart-9.59.0 (the pinned chart): cluster-autoscaler/charts/cluster-autoscaler/values.yaml ' +
          '(replicaCount 1, cloudProvider aws, resources {}), templates/deployment.yaml (one container named `<cloudProvider>-cluster-autoscaler`); requests from the platform values above',
        workloads: [
          { name: 'cluster-autoscaler-aws-cluster-autoscaler', kind: 'Deployment', replicas: 1, containers: [{ name: 'aws-cluster-autoscaler', ...CLUSTER_AUTOSCALER_RESOURCES.requests }] },
        ],
      },
    },
  ];
}
