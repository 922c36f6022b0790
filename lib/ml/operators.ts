import { PlatformConfig } from '../config';
import type { OperatorRelease } from '../core/layer';

/**
 * KServe (its CRDs, then the controller) for the ML layer's InferenceServices: on every cluster
 * when a model is served (each region serves every model from its own bucket replica), nowhere
 * when `ml.models` is empty or there is no `ml` section.
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
      regions,
    },
  ];
}
