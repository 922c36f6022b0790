import { PlatformConfig } from '../config';
import type { OperatorRelease } from '../core/layer';

/**
 * KServe (its CRDs, then the controller) for the ML layer's InferenceServices: on every cluster
 * when a model is served (each region serves every model from its own bucket replica), nowhere
 * when `ml.models` is empty or there is no `ml` section.
 *
 * The controller chart: since v0.17.0 (kserve/kserve #5190) its source, `charts/kserve-resources`,
 * is named `kserve-resources`, and the release workflow pushes each chart under its own name to
 * `oci://ghcr.io/kserve/charts` (the chart's README installs `oci://ghcr.io/kserve/charts/kserve-resources`),
 * so the pin names `kserve-resources`: `kserve` at v0.20.0 is not published there. The values keep
 * the `kserve:` root of that chart. The footprint below is read from it.
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
