import type { Layer } from '../core/layer';
import { MeshChart } from './mesh-chart';
import { meshOperators } from './operators';
import { ServiceMeshChart } from './service-mesh-chart';

/**
 * Istio: per cluster, the mesh-wide policies (STRICT mTLS, deny-all, ingress Gateway, Telemetry)
 * and each service's traffic and authorization; Istio's CRDs, CNI agent and istiod as operators.
 */
export const meshLayer: Layer = {
  name: 'mesh',
  configSection: 'mesh',
  charts: ({ app, config, region }) => [
    new MeshChart(app, 'mesh', { config, region }),
    ...config.services.map((service) => new ServiceMeshChart(app, `mesh-${service.name}`, { config, region, service })),
  ],
  operators: meshOperators,
};
