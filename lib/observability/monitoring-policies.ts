import { k8s } from 'cdk8s-plus-33';
import { Construct } from 'constructs';
import { POD_IDENTITY_AGENT, PlatformConfig, RegionConfig } from '../config';
import { STRIMZI_PORTS } from '../config/strimzi-names';
import { ISTIOD_SELECTOR, ISTIO_PORTS } from '../config/mesh-names';
import { defaultDenyPolicy, dnsEgressPolicy, ingressPolicy, ipBlockPeer, matchLabels, namespacePeer, tcpPorts } from '../k8s/network-policies';
import { scrapesMsk, scrapesStrimzi } from './monitors';
import {
  GRAFANA_POD_LABELS,
  GRAFANA_PORT,
  JAEGER_PORTS,
  MSK_OPEN_MONITORING_PORTS,
  OTEL_PORTS,
  PROMETHEUS_POD_LABELS,
  PROMETHEUS_PORT,
  monitoringNamespace,
  tracingNamespace,
} from '../config/observability-names';
import { JAEGER_POD_LABELS } from './constants';

/** Ports of what runs in the monitoring namespace besides Prometheus (kube-prometheus-stack's defaults). */
export const MONITORING_STACK_PORTS = {
  /** The Prometheus operator: its admission webhooks and its own metrics, over TLS (`https`). */
  operator: 10250,
  /** kube-state-metrics: the metrics it exports and its own telemetry. */
  kubeStateMetrics: 8080,
  kubeStateMetricsTelemetry: 8081,
} as const;

/** Ports of what Prometheus scrapes outside the pod network (node IPs, AWS interfaces in the VPC). */
export const VPC_SCRAPE_PORTS = {
  /** The EKS API server's private endpoint (apiserver metrics); also AMP's interface endpoint (remote write). */
  https: 443,
  /** Every kubelet (kubelet and cAdvisor metrics). */
  kubelet: 10250,
  /** node-exporter, on the host network of every node. */
  nodeExporter: 9100,
} as const;

/** Strimzi's operator metrics: the cluster operator's `http` and the entity operator's `healthcheck` ports. */
export const STRIMZI_OPERATOR_METRICS_PORTS = { http: 8080, healthcheck: 8081 } as const;

/** istiod's own metrics port (the `http-monitoring` Service port). */
export const ISTIOD_METRICS_PORT = 15014;

/** CoreDNS metrics (kube-prometheus-stack's coreDns ServiceMonitor). */
export const COREDNS_METRICS_PORT = 9153;

/**
 * Every pod port the platform Prometheus scrapes, in any namespace: the services' `/metrics`,
 * every Istio proxy (Envoy, and the merged endpoint KServe predictors use), istiod, CoreDNS,
 * the tracing pods, the monitoring stack itself, and Strimzi's pods where the region runs
 * Strimzi. Sorted, each once.
 */
export function podScrapePorts(config: PlatformConfig, region: RegionConfig): number[] {
  const ports = [
    ...config.services.flatMap((s) => [s.port, ...(s.metricsPort !== undefined ? [s.metricsPort] : [])]),
    ISTIO_PORTS.envoyMetrics,
    ISTIO_PORTS.mergedMetrics,
    ISTIOD_METRICS_PORT,
    COREDNS_METRICS_PORT,
    OTEL_PORTS.metrics,
    JAEGER_PORTS.collectorAdmin,
    JAEGER_PORTS.queryAdmin,
    MONITORING_STACK_PORTS.operator,
    MONITORING_STACK_PORTS.kubeStateMetrics,
    MONITORING_STACK_PORTS.kubeStateMetricsTelemetry,
    GRAFANA_PORT,
    // Strimzi: the Kafka pods' metrics reporter, the cluster operator (`http`) and the entity
    // operator (`healthcheck`), as in Strimzi's own PodMonitors.
    ...(scrapesStrimzi(config, region) ? [STRIMZI_PORTS.metrics, STRIMZI_OPERATOR_METRICS_PORTS.http, STRIMZI_OPERATOR_METRICS_PORTS.healthcheck] : []),
  ];
  return [...new Set(ports)].sort((a, b) => a - b);
}

/** Ports Prometheus scrapes at VPC addresses: the API server, kubelets, node-exporter and, on MSK, the brokers' exporters. */
export function vpcScrapePorts(config: PlatformConfig, region: RegionConfig): number[] {
  const ports: number[] = [VPC_SCRAPE_PORTS.https, VPC_SCRAPE_PORTS.kubelet, VPC_SCRAPE_PORTS.nodeExporter];
  if (scrapesMsk(config, region)) ports.push(MSK_OPEN_MONITORING_PORTS.jmx, MSK_OPEN_MONITORING_PORTS.node);
  return [...new Set(ports)].sort((a, b) => a - b);
}

/**
 * The monitoring namespace's NetworkPolicies: default deny (ingress and egress), then exactly
 * what Prometheus, Grafana and the rest of kube-prometheus-stack need. The namespace itself, and
 * these policies, come with the observability layer's manifests (kube-prometheus-stack's
 * Application installs into it without creating it).
 *
 * - every pod: DNS; the API server (the EKS private endpoint's interfaces in the VPC, 443) for
 *   the operator, Grafana's dashboard sidecar, kube-state-metrics, Prometheus' discovery and the
 *   chart's certificate Jobs; the Prometheus operator's admission webhooks from the API server.
 * - Prometheus: scrapes pods in every namespace on {@link podScrapePorts} and VPC addresses on
 *   {@link vpcScrapePorts} (kubelets, node-exporter, the API server, MSK's exporters); remote
 *   write to AMP through its interface endpoint (443 in the VPC), signed with credentials from the
 *   Pod Identity agent; its certificate sidecar reaches istiod. Its query API stays limited to
 *   this namespace and the mesh's (Kiali), by `prometheus-platform-ingress`.
 * - Grafana: queried by Kiali (the mesh namespace); queries Prometheus and Jaeger's query service.
 * - inside the namespace: Prometheus scrapes the operator, kube-state-metrics, Grafana and the
 *   Envoy port of its own sidecar.
 *
 * Alertmanager is not deployed (alerts go through Amazon Managed Prometheus), so nothing is
 * opened for it. node-exporter runs on the host network, where NetworkPolicies do not apply.
 */
export function monitoringNetworkPolicies(scope: Construct, config: PlatformConfig, region: RegionConfig): void {
  const namespace = monitoringNamespace(config);
  const vpc = ipBlockPeer(region.cidr);
  const prometheus = namespacePeer(namespace, PROMETHEUS_POD_LABELS);

  defaultDenyPolicy(scope, namespace);
  dnsEgressPolicy(scope, namespace);

  new k8s.KubeNetworkPolicy(scope, 'allow-api-server', {
    metadata: { name: 'allow-api-server', namespace },
    spec: {
      podSelector: matchLabels(),
      policyTypes: ['Ingress', 'Egress'],
      egress: [{ to: [vpc], ports: tcpPorts(VPC_SCRAPE_PORTS.https) }],
      // The API server calls the Prometheus operator's validating and mutating webhooks.
      ingress: [{ from: [vpc], ports: tcpPorts(MONITORING_STACK_PORTS.operator) }],
    },
  });

  new k8s.KubeNetworkPolicy(scope, 'allow-prometheus-egress', {
    metadata: { name: 'allow-prometheus-egress', namespace },
    spec: {
      podSelector: matchLabels(PROMETHEUS_POD_LABELS),
      policyTypes: ['Egress'],
      egress: [
        { to: [{ namespaceSelector: {} }], ports: tcpPorts(...podScrapePorts(config, region)) },
        { to: [vpc], ports: tcpPorts(...vpcScrapePorts(config, region)) },
        // The Pod Identity agent: where Prometheus gets the credentials it signs remote writes with.
        { to: [ipBlockPeer(`${POD_IDENTITY_AGENT.address}/32`)], ports: tcpPorts(POD_IDENTITY_AGENT.port) },
        { to: [namespacePeer(config.mesh.namespace, ISTIOD_SELECTOR)], ports: tcpPorts(ISTIO_PORTS.istiodXds) },
      ],
    },
  });

  ingressPolicy(scope, 'allow-prometheus-scrape', {
    name: 'allow-prometheus-scrape',
    namespace,
    from: [prometheus],
    ports: [
      MONITORING_STACK_PORTS.operator,
      MONITORING_STACK_PORTS.kubeStateMetrics,
      MONITORING_STACK_PORTS.kubeStateMetricsTelemetry,
      GRAFANA_PORT,
      ISTIO_PORTS.envoyMetrics,
    ],
  });

  new k8s.KubeNetworkPolicy(scope, 'allow-grafana', {
    metadata: { name: 'allow-grafana', namespace },
    spec: {
      podSelector: matchLabels(GRAFANA_POD_LABELS),
      policyTypes: ['Ingress', 'Egress'],
      // Kiali links to and reads Grafana's dashboards.
      ingress: [{ from: [namespacePeer(config.mesh.namespace)], ports: tcpPorts(GRAFANA_PORT) }],
      egress: [
        { to: [prometheus], ports: tcpPorts(PROMETHEUS_PORT) },
        { to: [namespacePeer(tracingNamespace(config), JAEGER_POD_LABELS)], ports: tcpPorts(JAEGER_PORTS.queryHttp) },
      ],
    },
  });
}
