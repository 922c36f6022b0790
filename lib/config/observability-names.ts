import type { PlatformConfig } from './load';

/**
 * Names, ports and labels of the observability layer that more than one object (or chart, or the
 * operator Helm values) must agree on. Kubernetes-only: the names CloudFormation shares live in
 * `lib/config/names.ts`. Service names follow from the operators' naming rules (noted per name).
 */

/** The platform's `Prometheus` object. The operator names its pods `prometheus-platform-<n>`. */
export const PROMETHEUS_NAME = 'platform';

/**
 * The governing (headless) Service the Prometheus operator makes for every Prometheus in a
 * namespace: Grafana's and Kiali's data source. The chart's own Prometheus is disabled, so it
 * resolves to the platform replicas only.
 */
export const PROMETHEUS_SERVICE = 'prometheus-operated';

/** Port of Prometheus' web and query API (the operator names the container port `web`). */
export const PROMETHEUS_PORT = 9090;

/** Port of the operator's config-reloader sidecar (`reloader-web`), which serves its own metrics. */
export const CONFIG_RELOADER_PORT = 8080;

/** Pod labels the operator puts on the platform Prometheus' pods. */
export const PROMETHEUS_POD_LABELS: Readonly<Record<string, string>> = {
  'app.kubernetes.io/name': 'prometheus',
  'operator.prometheus.io/name': PROMETHEUS_NAME,
};

/**
 * Kubernetes Secret (monitoring namespace) holding the region's AMP workspace id (key
 * {@link AMP_WORKSPACE_ID_KEY}), made by an ExternalSecret from the value the region stack publishes.
 */
export const AMP_WORKSPACE_SECRET = 'amp-workspace';

/** Key of the workspace id in {@link AMP_WORKSPACE_SECRET}. */
export const AMP_WORKSPACE_ID_KEY = 'workspace-id';

/**
 * Environment variable of the operator's config reloaders holding the workspace id. The reloader
 * expands `$(AMP_WORKSPACE_ID)` in the generated Prometheus configuration, so the remote-write URL
 * is completed in the pod and the manifests never hold the id.
 */
export const AMP_WORKSPACE_ENV = 'AMP_WORKSPACE_ID';

/**
 * Scrape class of targets behind an Istio sidecar with STRICT mTLS: Prometheus presents the
 * workload certificate its own sidecar writes to {@link PROMETHEUS_CERTS_DIR}.
 */
export const ISTIO_MTLS_SCRAPE_CLASS = 'istio-mtls';

/** Where the Prometheus container reads the Istio workload certificate. */
export const PROMETHEUS_CERTS_DIR = '/etc/prom-certs';

/** Where the Prometheus pod's Istio sidecar writes the workload certificate (`OUTPUT_CERTS`). */
export const ISTIO_OUTPUT_CERTS_DIR = '/etc/istio-output-certs';

/** Envoy's Prometheus port name on every Istio proxy container (15090, `/stats/prometheus`). */
export const ENVOY_METRICS_PORT_NAME = 'http-envoy-prom';

/** The `OpenTelemetryCollector` object; the operator names its Service `otel-collector`. */
export const OTEL_COLLECTOR_NAME = 'otel';

/** Ports of the OpenTelemetry Collector: OTLP over gRPC and HTTP, and its own metrics. */
export const OTEL_PORTS = { otlpGrpc: 4317, otlpHttp: 4318, metrics: 8888 } as const;

/** The `Jaeger` object; the operator names its Services `jaeger-collector` and `jaeger-query`. */
export const JAEGER_NAME = 'jaeger';

/** Ports of Jaeger: OTLP gRPC into the collector, the query UI/API (HTTP and gRPC), the admin (metrics) port. */
export const JAEGER_PORTS = { otlpGrpc: 4317, queryHttp: 16686, queryGrpc: 16685, collectorAdmin: 14269, queryAdmin: 16687 } as const;

/**
 * Helm release of the Jaeger operator. Its chart names the operator's Deployment, service
 * account and Services after it and labels the pod `app.kubernetes.io/name: jaeger-operator`,
 * `app.kubernetes.io/instance: <release>`.
 */
export const JAEGER_OPERATOR_RELEASE = 'jaeger-operator';

/** Pod labels of the Jaeger operator (the chart's `jaeger-operator.labels`). */
export const JAEGER_OPERATOR_POD_LABELS: Readonly<Record<string, string>> = {
  'app.kubernetes.io/name': 'jaeger-operator',
  'app.kubernetes.io/instance': JAEGER_OPERATOR_RELEASE,
};

/**
 * Ports of the Jaeger operator pod (chart defaults `webhooks.port` and `metricsPort`): the
 * admission webhooks the API server calls (Jaeger defaulting and validation, and the Deployment
 * sidecar-injection hook), and its own metrics.
 */
export const JAEGER_OPERATOR_PORTS = { webhook: 9443, metrics: 8383 } as const;

/** Label the Jaeger and OpenTelemetry operators put on every pod of an instance. */
export const INSTANCE_LABEL = 'app.kubernetes.io/instance';

/** Kubernetes Secret (tracing namespace) with Jaeger's OpenSearch settings as environment variables. */
export const TRACING_STORE_SECRET = 'tracing-store';

/** Name of the Istio tracing provider (istiod `meshConfig.extensionProviders`) that exports to the collector. */
export const ISTIO_TRACING_PROVIDER = 'otel-tracing';

/** Service of Grafana made by kube-prometheus-stack (`<release>-grafana`), port 80. */
export const GRAFANA_SERVICE = 'kube-prometheus-stack-grafana';

/** The `Kiali` object (in the mesh's namespace, where the Kiali server runs). */
export const KIALI_NAME = 'kiali';

/**
 * ClusterSecretStore (SSM Parameter Store, the cluster's region) through which the monitoring
 * namespace, and only it, reads the MSK bootstrap brokers for the scrape configuration. Separate
 * from the Kafka layer's `aws-parameter-store`, which admits exactly the Kafka client namespaces
 * and exists only when the region has clients.
 */
export const MONITORING_PARAMETER_STORE = 'aws-parameter-store-monitoring';

/** Pod labels of Grafana (the grafana subchart of the `kube-prometheus-stack` release). */
export const GRAFANA_POD_LABELS: Readonly<Record<string, string>> = {
  'app.kubernetes.io/name': 'grafana',
  'app.kubernetes.io/instance': 'kube-prometheus-stack',
};

/** Grafana's container port (its Service, {@link GRAFANA_SERVICE}, listens on 80). */
export const GRAFANA_PORT = 3000;

/** Secret (monitoring namespace) with the MSK scrape configuration, when MSK monitoring is on. */
export const MSK_SCRAPE_SECRET = 'msk-scrape-config';

/** Key of the scrape configuration in {@link MSK_SCRAPE_SECRET}. */
export const MSK_SCRAPE_KEY = 'scrape.yaml';

/** Ports of MSK open monitoring on every broker: the JMX exporter and the node exporter. */
export const MSK_OPEN_MONITORING_PORTS = { jmx: 11001, node: 11002 } as const;

/** The namespace of kube-prometheus-stack (Prometheus, Grafana, the operator). */
export function monitoringNamespace(config: PlatformConfig): string {
  return config.gitops.operators.kubePrometheusStack.namespace;
}

/** The namespace of the OpenTelemetry Collector and Jaeger. */
export function tracingNamespace(config: PlatformConfig): string {
  return config.observability.tracing.namespace;
}

/** In-cluster URL of the platform Prometheus. */
export function prometheusUrl(config: PlatformConfig): string {
  return `http://${PROMETHEUS_SERVICE}.${monitoringNamespace(config)}.svc:${PROMETHEUS_PORT}`;
}

/** In-cluster host of the OpenTelemetry Collector's Service (where every sidecar sends spans). */
export function otelCollectorHost(config: PlatformConfig): string {
  return `${OTEL_COLLECTOR_NAME}-collector.${tracingNamespace(config)}.svc.cluster.local`;
}

/** In-cluster host of Jaeger's query Service (UI, Grafana and Kiali). */
export function jaegerQueryHost(config: PlatformConfig): string {
  return `${JAEGER_NAME}-query.${tracingNamespace(config)}.svc.cluster.local`;
}

/** In-cluster host of Jaeger's collector Service. */
export function jaegerCollectorHost(config: PlatformConfig): string {
  return `${JAEGER_NAME}-collector.${tracingNamespace(config)}.svc.cluster.local`;
}
