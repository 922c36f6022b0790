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
  region: ({ config, base }) => {
    new RegionObservability(base.stack, 'Observability', {
      config,
      region: base.region,
      vpc: base.vpc,
      cluster: base.cluster,
      logKey: base.logKey,
      secretsKey: base.appSecretsKey,
    });
  },
  charts: ({ app, config, region }) => [new ObservabilityChart(app, 'observability', { config, region }), new TracingChart(app, 'tracing', { config, region })],
  operators: observabilityOperators,
};
