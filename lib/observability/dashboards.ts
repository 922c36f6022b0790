import { k8s } from 'cdk8s-plus-33';
import { Construct } from 'constructs';
import { PlatformConfig } from '../config';
import { GRAFANA_PROMETHEUS_DATASOURCE, grafanaDashboard, grafanaDashboardConfigMap } from '../k8s/grafana-dashboards';
import { monitoringNamespace } from '../config/observability-names';
import { BURN_RATE_WINDOWS, Sli, SloTarget, errorBudget, errorRatioRecord, istioSelector, sloTargets } from './slo';

/** One query of a panel. */
export interface DashboardQuery {
  readonly expr: string;
  readonly legend: string;
}

/** One panel of a service dashboard, before it becomes Grafana JSON. */
export interface DashboardPanel {
  readonly title: string;
  readonly type: 'timeseries' | 'stat';
  readonly unit: string;
  readonly queries: readonly DashboardQuery[];
  /** Red line (or red stat) from this value up. */
  readonly threshold?: number;
  readonly description: string;
}

/** Rate window of the live panels (a few scrapes, smooth enough to read). */
const RATE_WINDOW = '5m';

/**
 * The panels of a service's dashboard: the RED signals per version (so a canary stands out next
 * to the stable version) and the SLO burn rates the alerts fire on, with their thresholds drawn.
 */
export function servicePanels(service: SloTarget): DashboardPanel[] {
  const sel = istioSelector(service);
  const total = `sum by (destination_version) (rate(istio_requests_total{${sel}}[${RATE_WINDOW}]))`;
  const quantiles = [...new Set([50, service.slo.latencyPercent, 99])].sort((a, b) => a - b);
  const burn = (sli: Sli): DashboardPanel => ({
    title: `${sli === 'availability' ? 'Availability' : 'Latency'} error-budget burn rate`,
    type: 'timeseries',
    unit: 'x',
    description:
      `How many times faster than the 30-day budget allows the ${sli} budget burns, per alert window. ` +
      `Pages fire above ${BURN_RATE_WINDOWS[0].factor}x (1h) and ${BURN_RATE_WINDOWS[1].factor}x (6h); tickets above ${BURN_RATE_WINDOWS[2].factor}x (1d) and ${BURN_RATE_WINDOWS[3].factor}x (3d).`,
    threshold: BURN_RATE_WINDOWS[BURN_RATE_WINDOWS.length - 1].factor,
    queries: BURN_RATE_WINDOWS.map((w) => ({
      expr: `${errorRatioRecord(w.long)}{service="${service.name}",slo="${sli}"} / ${errorBudget(service.slo, sli)}`,
      legend: `${w.long} (alert above ${w.factor}x)`,
    })),
  });
  return [
    {
      title: 'Request rate',
      type: 'timeseries',
      unit: 'reqps',
      description: 'Requests per second received by the service, per version, at its sidecar.',
      queries: [{ expr: total, legend: '{{destination_version}}' }],
    },
    {
      title: 'Error ratio (5xx)',
      type: 'timeseries',
      unit: 'percentunit',
      description: `Share of requests answered with a 5xx, per version. The line is the error budget (${service.slo.availabilityPercent}% objective).`,
      threshold: errorBudget(service.slo, 'availability'),
      queries: [{
        expr: `sum by (destination_version) (rate(istio_requests_total{${sel},response_code=~"5.."}[${RATE_WINDOW}]))\n/\n${total}`,
        legend: '{{destination_version}}',
      }],
    },
    {
      title: 'Duration',
      type: 'timeseries',
      unit: 'ms',
      description: `Request duration quantiles at the sidecar. The line is the latency objective (${service.slo.latencyPercent}% within ${service.slo.latencyThresholdMs} ms).`,
      threshold: service.slo.latencyThresholdMs,
      queries: quantiles.map((q) => ({
        expr: `histogram_quantile(${q / 100}, sum by (le) (rate(istio_request_duration_milliseconds_bucket{${sel}}[${RATE_WINDOW}])))`,
        legend: `p${q}`,
      })),
    },
    burn('availability'),
    burn('latency'),
    {
      title: 'Availability, last day',
      type: 'stat',
      unit: 'percentunit',
      description: `Share of requests without a 5xx over the last day; objective ${service.slo.availabilityPercent}%.`,
      queries: [{ expr: `1 - ${errorRatioRecord('1d')}{service="${service.name}",slo="availability"}`, legend: 'availability' }],
    },
    {
      title: `Requests within ${service.slo.latencyThresholdMs} ms, last day`,
      type: 'stat',
      unit: 'percentunit',
      description: `Share of requests within the latency threshold over the last day; objective ${service.slo.latencyPercent}%.`,
      queries: [{ expr: `1 - ${errorRatioRecord('1d')}{service="${service.name}",slo="latency"}`, legend: 'within threshold' }],
    },
  ];
}

/** Grafana's dashboard JSON model of a service (schema 39), reading the default Prometheus data source. */
export function serviceDashboard(service: SloTarget): Record<string, unknown> {
  const datasource = { ...GRAFANA_PROMETHEUS_DATASOURCE };
  const panels = servicePanels(service).map((p, i) => {
    const wide = p.type === 'timeseries';
    const row = wide ? Math.floor(i / 2) : 3;
    const gridPos = wide ? { x: (i % 2) * 12, y: row * 8, w: 12, h: 8 } : { x: (i - 5) * 12, y: 24, w: 12, h: 4 };
    const steps = [{ color: 'green', value: null }, ...(p.threshold !== undefined ? [{ color: 'red', value: p.threshold }] : [])];
    return {
      id: i + 1,
      type: p.type,
      title: p.title,
      description: p.description,
      datasource,
      gridPos,
      fieldConfig: {
        defaults: {
          unit: p.unit,
          thresholds: { mode: 'absolute', steps },
          ...(wide ? { custom: { thresholdsStyle: { mode: p.threshold !== undefined ? 'line' : 'off' } } } : {}),
        },
        overrides: [],
      },
      targets: p.queries.map((q, j) => ({ refId: String.fromCharCode(65 + j), datasource, expr: q.expr, legendFormat: q.legend })),
    };
  });
  return grafanaDashboard({ uid: `slo-${service.name}`, title: `${service.name}: RED and SLO`, tags: ['slo', service.name], panels });
}

/**
 * One ConfigMap per service in the monitoring namespace, labelled so kube-prometheus-stack's
 * Grafana sidecar loads it as a dashboard ({@link GRAFANA_DASHBOARD_LABEL}).
 */
export function serviceDashboards(scope: Construct, config: PlatformConfig): k8s.KubeConfigMap[] {
  return sloTargets(config).map((service) =>
    grafanaDashboardConfigMap(scope, `dashboard-${service.name}`, {
      name: `dashboard-slo-${service.name}`,
      namespace: monitoringNamespace(config),
      file: `slo-${service.name}.json`,
      dashboard: serviceDashboard(service),
    }),
  );
}
