import { flagReadingServices } from '../config';
import { SERVICE_ROLES } from '../core/facts';
import type { Layer } from '../core/layer';
import { ObservabilityChart } from './observability-chart';
import { observabilityOperators } from './operators';
import { RegionObservability } from './region-observability';
import { TracingChart } from './tracing-chart';

/**
 * Observability and SLOs: per region, the AMP workspace, alert topics, synthetic check, feature
 * flags, tracing store and (hub) budget; per cluster, Prometheus, SLO rules, dashboards, Kiali
 * and the tracing pipeline; kube-prometheus-stack, OpenTelemetry, Kiali and Jaeger as operators.
 */
export const observabilityLayer: Layer = {
  name: 'observability',
  configSection: 'observability',
  region: ({ config, base, facts }) => {
    const observability = new RegionObservability(base.stack, 'Observability', {
      config,
      region: base.region,
      vpc: base.vpc,
      cluster: base.cluster,
      logKey: base.logKey,
      secretsKey: base.appSecretsKey,
    });
    // The services that read flags: their roles (Pod Identity credentials reach every container of
    // the pod, so the AppConfig Agent beside the service reads with the service's role).
    const roles = flagReadingServices(config.services).length > 0 ? facts.get(SERVICE_ROLES) : {};
    for (const service of flagReadingServices(config.services)) {
      observability.featureFlags.grantRead(observability, `FeatureFlagsRead-${service.name}`, roles[service.name]);
    }
  },
  charts: ({ app, config, region }) => [new ObservabilityChart(app, 'observability', { config, region }), new TracingChart(app, 'tracing', { config, region })],
  operators: observabilityOperators,
};
