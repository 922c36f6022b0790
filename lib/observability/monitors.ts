import { k8s } from 'cdk8s-plus-33';
import { Construct } from 'constructs';
import {
  PlatformConfig,
  RegionConfig,
  ServiceConfig,
  kafkaClusterName,
  kafkaEngineOf,
  kafkaParameterName,
  serviceNamespace,
} from '../config';
import { ClusterSecretStore, ClusterSecretStoreSpecProviderAwsService } from '../imports/eso-clustersecretstore-external-secrets.io';
import {
  ExternalSecret,
  ExternalSecretSpecSecretStoreRefKind,
  ExternalSecretSpecTargetCreationPolicy,
  ExternalSecretSpecTargetTemplateEngineVersion,
} from '../imports/eso-externalsecret-external-secrets.io';
import {
  PodMonitor,
  PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction,
  PodMonitorSpecPodMetricsEndpointsRelabelingsAction,
  PodMonitorSpecPodMetricsEndpointsScheme,
} from '../imports/prom-podmonitor-monitoring.coreos.com';
import { ServiceMonitor, ServiceMonitorSpecEndpointsScheme } from '../imports/prom-servicemonitor-monitoring.coreos.com';
import { ISTIOD_SELECTOR, ISTIO_PORTS } from '../config/mesh-names';
import { namespacePeer, tcpPorts } from '../k8s/network-policies';
import {
  ENVOY_METRICS_PORT_NAME,
  ISTIO_MTLS_SCRAPE_CLASS,
  MONITORING_PARAMETER_STORE,
  MSK_OPEN_MONITORING_PORTS,
  MSK_SCRAPE_KEY,
  MSK_SCRAPE_SECRET,
  OTEL_PORTS,
  monitoringNamespace,
  tracingNamespace,
} from '../config/observability-names';
import { METRICS_PORT_NAME, SERVICE_PORT_NAME } from '../config/traffic';

/** Path every platform service serves its Prometheus metrics on. */
export const METRICS_PATH = '/metrics';

/** Port (on the istiod Service) of istiod's own metrics. */
export const ISTIOD_METRICS_PORT_NAME = 'http-monitoring';

/** Pod label KServe puts on every pod of an InferenceService (its name as value). */
export const KSERVE_ISVC_LABEL = 'serving.kserve.io/inferenceservice';

/** Whether the cluster's Prometheus scrapes MSK open monitoring in `region`. */
export function scrapesMsk(config: PlatformConfig, region: RegionConfig): boolean {
  return config.observability.monitors.kafka && kafkaEngineOf(config, region) === 'msk';
}

/** Whether the cluster's Prometheus scrapes Strimzi's pods in `region`. */
export function scrapesStrimzi(config: PlatformConfig, region: RegionConfig): boolean {
  return config.observability.monitors.kafka && kafkaEngineOf(config, region) === 'strimzi';
}

/**
 * How Prometheus scrapes one service's `/metrics`: a ServiceMonitor on the Service's `http` port
 * when the metrics are served on the service port, else a PodMonitor on the pods' `http-metrics`
 * port (which the Service does not expose). In the service's namespace, over mTLS (the namespace
 * is STRICT), with the pod's `version` label on every series, so the canary's versions compare.
 */
export function serviceMonitor(scope: Construct, service: ServiceConfig): ServiceMonitor | PodMonitor {
  const namespace = serviceNamespace(service);
  const metadata = { name: service.name, namespace, labels: { app: service.name } };
  const selector = { matchLabels: { app: service.name } };
  if (service.metricsPort === undefined || service.metricsPort === service.port) {
    return new ServiceMonitor(scope, `monitor-${service.name}`, {
      metadata,
      spec: {
        selector,
        namespaceSelector: { matchNames: [namespace] },
        scrapeClass: ISTIO_MTLS_SCRAPE_CLASS,
        podTargetLabels: ['version'],
        endpoints: [{ port: SERVICE_PORT_NAME, path: METRICS_PATH, scheme: ServiceMonitorSpecEndpointsScheme.HTTPS }],
      },
    });
  }
  return new PodMonitor(scope, `monitor-${service.name}`, {
    metadata,
    spec: {
      selector,
      namespaceSelector: { matchNames: [namespace] },
      scrapeClass: ISTIO_MTLS_SCRAPE_CLASS,
      podTargetLabels: ['version'],
      podMetricsEndpoints: [{ port: METRICS_PORT_NAME, path: METRICS_PATH, scheme: PodMonitorSpecPodMetricsEndpointsScheme.HTTPS }],
    },
  });
}

/**
 * Mesh monitors, in the monitoring namespace: Envoy's own statistics from every Istio proxy
 * (sidecars and gateways, port `http-envoy-prom`, plaintext: Istio does not capture 15090), which
 * carry the `istio_requests_total` and `istio_request_duration_milliseconds` series the SLOs are
 * computed from; and istiod's metrics (the control plane).
 */
export function meshMonitors(scope: Construct, config: PlatformConfig): void {
  const namespace = monitoringNamespace(config);
  new PodMonitor(scope, 'envoy-stats', {
    metadata: { name: 'istio-envoy-stats', namespace },
    spec: {
      // Every pod that opts not out (Istio's convention); pods without an Envoy port give no target.
      selector: { matchExpressions: [{ key: 'istio-prometheus-ignore', operator: 'DoesNotExist' }] },
      namespaceSelector: { any: true },
      jobLabel: 'envoy-stats',
      podMetricsEndpoints: [{
        port: ENVOY_METRICS_PORT_NAME,
        path: '/stats/prometheus',
        scheme: PodMonitorSpecPodMetricsEndpointsScheme.HTTP,
        relabelings: [
          { sourceLabels: ['__meta_kubernetes_pod_container_name'], regex: 'istio-proxy', action: PodMonitorSpecPodMetricsEndpointsRelabelingsAction.KEEP },
        ],
      }],
    },
  });
  new ServiceMonitor(scope, 'istiod', {
    metadata: { name: 'istiod', namespace },
    spec: {
      selector: { matchLabels: { ...ISTIOD_SELECTOR } },
      namespaceSelector: { matchNames: [config.gitops.operators.istiod.namespace] },
      endpoints: [{ port: ISTIOD_METRICS_PORT_NAME, path: METRICS_PATH, scheme: ServiceMonitorSpecEndpointsScheme.HTTP }],
    },
  });
}

/**
 * Strimzi's monitors (the labels and ports of Strimzi's own `strimzi-pod-monitor.yaml`): Kafka,
 * Connect and MirrorMaker 2 pods on `tcp-prometheus` (the JMX exporter the Kafka resource's
 * `metricsConfig` enables), the cluster operator on `http` and the entity operator on
 * `healthcheck`. In any namespace: the Kafka layer picks its own. Plaintext: Kafka pods run outside
 * the mesh (Kafka does its own TLS and clients address brokers one by one).
 */
export function strimziMonitors(scope: Construct, config: PlatformConfig): void {
  const namespace = monitoringNamespace(config);
  const http = PodMonitorSpecPodMetricsEndpointsScheme.HTTP;
  new PodMonitor(scope, 'strimzi-kafka', {
    metadata: { name: 'strimzi-kafka', namespace },
    spec: {
      selector: { matchExpressions: [{ key: 'strimzi.io/kind', operator: 'In', values: ['Kafka', 'KafkaConnect', 'KafkaMirrorMaker2'] }] },
      namespaceSelector: { any: true },
      podMetricsEndpoints: [{
        port: 'tcp-prometheus',
        path: METRICS_PATH,
        scheme: http,
        relabelings: [
          { action: PodMonitorSpecPodMetricsEndpointsRelabelingsAction.LABELMAP, regex: '__meta_kubernetes_pod_label_(strimzi_io_.+)', replacement: '$1' },
          { sourceLabels: ['__meta_kubernetes_pod_node_name'], targetLabel: 'node_name', action: PodMonitorSpecPodMetricsEndpointsRelabelingsAction.REPLACE },
        ],
      }],
    },
  });
  new PodMonitor(scope, 'strimzi-operators', {
    metadata: { name: 'strimzi-operators', namespace },
    spec: {
      selector: { matchExpressions: [{ key: 'strimzi.io/kind', operator: 'In', values: ['cluster-operator'] }] },
      namespaceSelector: { any: true },
      podMetricsEndpoints: [{ port: 'http', path: METRICS_PATH, scheme: http }],
    },
  });
  new PodMonitor(scope, 'strimzi-entity-operator', {
    metadata: { name: 'strimzi-entity-operator', namespace },
    spec: {
      selector: { matchLabels: { 'app.kubernetes.io/name': 'entity-operator' } },
      namespaceSelector: { any: true },
      podMetricsEndpoints: [{ port: 'healthcheck', path: METRICS_PATH, scheme: http }],
    },
  });
}

/**
 * KServe predictors: every pod labelled with its InferenceService. The model namespace is meshed
 * and admits Prometheus only on the sidecars' merged endpoint (15020, outside mTLS), where Istio
 * serves the model server's own metrics (KServe's `prometheus.io/*` annotations) next to Envoy's.
 * The port is not declared on the pod, so the target address is rewritten to it; Envoy's series
 * are dropped here because the Envoy PodMonitor already collects them.
 */
export function kserveMonitor(scope: Construct, config: PlatformConfig): PodMonitor {
  return new PodMonitor(scope, 'kserve', {
    metadata: { name: 'kserve-predictors', namespace: monitoringNamespace(config) },
    spec: {
      selector: { matchExpressions: [{ key: KSERVE_ISVC_LABEL, operator: 'Exists' }] },
      namespaceSelector: { any: true },
      podTargetLabels: [KSERVE_ISVC_LABEL, 'component'],
      podMetricsEndpoints: [{
        // One target per pod: the sidecar's declared Envoy port, readdressed to the merged one.
        port: ENVOY_METRICS_PORT_NAME,
        path: '/stats/prometheus',
        scheme: PodMonitorSpecPodMetricsEndpointsScheme.HTTP,
        relabelings: [{
          sourceLabels: ['__meta_kubernetes_pod_ip'],
          targetLabel: '__address__',
          replacement: `$1:${ISTIO_PORTS.mergedMetrics}`,
          action: PodMonitorSpecPodMetricsEndpointsRelabelingsAction.REPLACE,
        }],
        metricRelabelings: [{
          sourceLabels: ['__name__'],
          regex: '(istio|envoy)_.*',
          action: PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction.DROP,
        }],
      }],
    },
  });
}

/**
 * MSK open monitoring: brokers are not pods, so their targets come from the bootstrap broker
 * string the Kafka layer publishes to SSM (`kafkaParameterName(…, 'bootstrap-brokers')`). An
 * ExternalSecret renders it into a scrape configuration (each broker host on the JMX and node
 * exporter ports), which the Prometheus object loads as `additionalScrapeConfigs`.
 *
 * It reads the parameter through its own ClusterSecretStore ({@link MONITORING_PARAMETER_STORE}),
 * limited to the monitoring namespace by name: no auth block, so the External Secrets
 * controller's Pod Identity role, which the region stack grants exactly the published parameters.
 */
export function mskScrapeConfig(scope: Construct, config: PlatformConfig, region: RegionConfig): ExternalSecret {
  const job = (name: string, port: number) =>
    `- job_name: ${name}\n` +
    `  static_configs:\n` +
    `    - labels: { kafka_cluster: ${kafkaClusterName(config, region)} }\n` +
    `      targets:\n` +
    `{{- range (.brokers | splitList ",") }}\n` +
    `        - "{{ splitList ":" . | first }}:${port}"\n` +
    `{{- end }}\n`;
  new ClusterSecretStore(scope, 'msk-parameter-store', {
    metadata: { name: MONITORING_PARAMETER_STORE },
    spec: {
      provider: { aws: { service: ClusterSecretStoreSpecProviderAwsService.PARAMETER_STORE, region: region.name } },
      conditions: [{ namespaces: [monitoringNamespace(config)] }],
    },
  });
  return new ExternalSecret(scope, 'msk-scrape-config', {
    metadata: { name: MSK_SCRAPE_SECRET, namespace: monitoringNamespace(config) },
    spec: {
      secretStoreRef: { kind: ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE, name: MONITORING_PARAMETER_STORE },
      refreshInterval: '1h',
      target: {
        name: MSK_SCRAPE_SECRET,
        creationPolicy: ExternalSecretSpecTargetCreationPolicy.OWNER,
        template: {
          engineVersion: ExternalSecretSpecTargetTemplateEngineVersion.V2,
          data: { [MSK_SCRAPE_KEY]: job('msk-jmx', MSK_OPEN_MONITORING_PORTS.jmx) + job('msk-node', MSK_OPEN_MONITORING_PORTS.node) },
        },
      },
      data: [{ secretKey: 'brokers', remoteRef: { key: kafkaParameterName(config, region, 'bootstrap-brokers') } }],
    },
  });
}

/**
 * NetworkPolicies the observability layer adds to a meshed namespace whose own policies deny by
 * default: Prometheus may scrape every Istio proxy's Envoy port, and the proxies may send spans to
 * the OpenTelemetry Collector. Policies are additive, so these only open those two paths.
 */
export function meshTelemetryPolicies(scope: Construct, config: PlatformConfig, namespace: string): void {
  new k8s.KubeNetworkPolicy(scope, `envoy-metrics-${namespace}`, {
    metadata: { name: 'allow-envoy-metrics', namespace },
    spec: {
      podSelector: {},
      policyTypes: ['Ingress'],
      ingress: [{ from: [namespacePeer(monitoringNamespace(config))], ports: tcpPorts(ISTIO_PORTS.envoyMetrics) }],
    },
  });
  new k8s.KubeNetworkPolicy(scope, `trace-export-${namespace}`, {
    metadata: { name: 'allow-trace-export', namespace },
    spec: {
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [{ to: [namespacePeer(tracingNamespace(config))], ports: tcpPorts(OTEL_PORTS.otlpGrpc, OTEL_PORTS.otlpHttp) }],
    },
  });
}
