/**
 * How the observability layer is wired into the rest: rendered per cluster, admitted by the secret
 * store and the AppProject, and the operators (istiod, kube-prometheus-stack) pointed at it.
 */
import { clusterCharts, gitopsCharts, operatorsByKey } from '../../lib/platform/render';
import { ISTIO_TRACING_PROVIDER, otelCollectorHost, prometheusUrl } from '../../lib/config/observability-names';
import { shipped } from './fixtures';

const prod = shipped('prod');
const objectsOf = (charts: readonly { toJson(): any[] }[]) => charts.flatMap((c) => c.toJson());

describe('wiring (GIVEN prod)', () => {
  const east = clusterCharts(prod, prod.regions[0]);
  const objects = objectsOf(east.charts);

  test('WHEN a cluster is rendered THEN it has the observability and tracing charts', () => {
    expect(east.charts.map((c) => c.node.id)).toEqual(expect.arrayContaining(['observability', 'tracing']));
  });

  test('WHEN a cluster is rendered THEN the secret store admits the monitoring and tracing namespaces', () => {
    const store = objects.find((o) => o.kind === 'ClusterSecretStore');
    expect(store.spec.conditions[0].namespaces).toEqual(expect.arrayContaining(['monitoring', 'tracing']));
  });

  test('WHEN the Argo CD objects are rendered THEN the AppProject may deploy to the tracing namespace', () => {
    const project = objectsOf(gitopsCharts(prod).charts).find((o) => o.kind === 'AppProject');
    const namespaces = new Set(project.spec.destinations.map((d: any) => d.namespace));
    expect(namespaces.has('tracing')).toBe(true);
    expect(namespaces.has('monitoring')).toBe(true);
  });

  test('WHEN the mesh is rendered THEN its Telemetry samples at the configured rate through the default provider', () => {
    const telemetry = objects.find((o) => o.kind === 'Telemetry');
    expect(telemetry.spec.tracing).toEqual([{ randomSamplingPercentage: prod.mesh.tracingSamplingPercent }]);
  });

  test('WHEN the operators are configured THEN istiod exports spans to the collector by default', () => {
    const mesh = (operatorsByKey(prod).istiod.values as any).meshConfig;
    expect(mesh.extensionProviders).toEqual([{ name: ISTIO_TRACING_PROVIDER, opentelemetry: { service: otelCollectorHost(prod), port: 4317 } }]);
    expect(mesh.defaultProviders).toEqual({ tracing: [ISTIO_TRACING_PROVIDER] });
    expect(otelCollectorHost(prod)).toBe('otel-collector.tracing.svc.cluster.local');
  });

  test('WHEN the operators are configured THEN kube-prometheus-stack runs no Prometheus or Alertmanager of its own and Grafana reads the platform one', () => {
    const values = operatorsByKey(prod).kubePrometheusStack.values as any;
    expect(values.prometheus.enabled).toBe(false);
    expect(values.alertmanager.enabled).toBe(false);
    expect(values.grafana.sidecar.datasources.url).toBe(prometheusUrl(prod));
    expect(values.grafana.additionalDataSources).toEqual([expect.objectContaining({ type: 'jaeger', url: 'http://jaeger-query.tracing.svc.cluster.local:16686' })]);
  });
});
