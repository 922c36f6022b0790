import { PlatformConfig } from '../config';
import type { OperatorRelease } from '../core/layer';

/** KServe (its CRDs, then the controller) for the ML layer's InferenceServices. */
export function mlOperators(_config: PlatformConfig): OperatorRelease[] {
  return [
    {
      key: 'kserveCrd',
      release: 'kserve-crd',
      wave: 0,
      podSecurity: 'baseline',
      values: {},
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
    },
  ];
}
