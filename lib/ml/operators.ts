import { PlatformConfig } from '../config';
import type { OperatorRelease } from '../core/layer';

/**
 * KServe (its CRDs, then the controller) for the ML layer's InferenceServices: on every cluster
 * when a model is served (each region serves every model from its own bucket replica), nowhere
 * when `ml.models` is empty or there is no `ml` section.
 *
 * Unconfirmed pin: in kserve/kserve since v0.17.0 (#5190) the controller chart's source,
 * `charts/kserve-resources`, is named `kserve-resources`, and the release workflow pushes each
 * chart under its own name to `oci://ghcr.io/kserve/charts`; `chart: kserve` at v0.20.0 may not
 * exist there (the registry was not queried). The footprint below is read from `kserve-resources`.
 */
export function mlOperators(config: PlatformConfig): OperatorRelease[] {
  const regions = config.ml && config.ml.models.length > 0 ? undefined : [];
  return [
    {
      key: 'kserveCrd',
      release: 'kserve-crd',
      wave: 0,
      podSecurity: 'baseline',
      values: {},
      // CRDs only: no pods.
      footprint: { version: 'v0.20.0', source: 'kserve/kserve tag v0.20.0: charts/kserve-crd/templates (CustomResourceDefinitions only; no workload)', workloads: [] },
      regions,
    },
    {
      key: 'kserve',
      release: 'kserve',
      wave: 1,
      podSecurity: 'baseline',
      values: {
        kserve: {
          controller: {
            // No Knative on the clusters: InferenceServices become plain Deployments.
            deploymentMode: 'RawDeployment',
            // Models are routed by the platform's own VirtualServices, never exposed by default.
            gateway: { disableIngressCreation: true },
          },
        },
      },
      footprint: {
        version: 'v0.20.0',
        source:
          'kserve/kserve tag v0.20.0: charts/kserve-resources (its Chart.yaml names the chart kserve-resources since v0.17.0, not kserve as pinned: see above) ' +
          'values.yaml (kserve.controller.resources and kserve.controller.rbacProxy.resources requests cpu 100m, memory 300Mi; localmodel disabled), ' +
          'files/kserve/resources.yaml (Deployment kserve-controller-manager, no replicas field) deep-merged with files/kserve/deployment-patch.yaml ' +
          '(containers kube-rbac-proxy and manager, requests from the values)',
        workloads: [
          {
            name: 'kserve-controller-manager',
            kind: 'Deployment',
            replicas: 1,
            containers: [
              { name: 'kube-rbac-proxy', cpu: '100m', memory: '300Mi' },
              { name: 'manager', cpu: '100m', memory: '300Mi' },
            ],
          },
        ],
      },
      regions,
    },
  ];
}
