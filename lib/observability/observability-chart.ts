import { k8s } from 'cdk8s-plus-33';
import { Construct } from 'constructs';
import { acknowledgeManifest } from '../compliance/acknowledge';
import { SECRET_STORE_NAME, mlNamespace, observabilitySecretName, serviceNamespace } from '../config';
import { strimziNamespaces } from '../config/namespaces';
import { GRAFANA_ADMIN_SECRET, MONITORING_POD_SECURITY, outsideMeshAuthorizationReason } from './constants';
import { ExternalSecret, ExternalSecretSpecSecretStoreRefKind, ExternalSecretSpecTargetCreationPolicy } from '../imports/eso-externalsecret-external-secrets.io';
import { Kiali, KialiSpecAuthStrategy, KialiSpecExternalServicesTracingProvider } from '../imports/kiali-kiali.io';
import { Prometheus } from '../imports/prom-prometheus-monitoring.coreos.com';
import { PrometheusRule, PrometheusRuleSpecGroupsRulesExpr } from '../imports/prom-prometheusrule-monitoring.coreos.com';
import { ClusterChart, ClusterChartProps } from '../k8s/cluster-chart';
import { serviceDashboards } from './dashboards';
import { monitoringNetworkPolicies } from './monitoring-policies';
import { kserveMonitor, meshMonitors, meshTelemetryPolicies, mskScrapeConfig, scrapesMsk, scrapesStrimzi, serviceMonitor, strimziMonitors } from './monitors';
import { GRAFANA_SERVICE, JAEGER_PORTS, KIALI_NAME, jaegerQueryHost, monitoringNamespace, prometheusUrl } from '../config/observability-names';
import { platformPrometheus } from './prometheus';
import { PromRuleGroup, serviceSloGroup, sloTargets } from './slo';

/**
 * Why the monitoring namespace stays out of the mesh, as the compliance report's acknowledgement
 * of `mesh-mtls-strict` on it (written on the Namespace).
 */
export function monitoringOutsideMeshReason(): string {
  return 'kube-prometheus-stack runs outside the mesh. node-exporter is on the host network, where Istio injects no sidecar and ' +
    'NetworkPolicies do not apply; it is why this namespace enforces Pod Security privileged (warn and audit stay restricted). ' +
    'Prometheus must scrape every namespace whatever state the mesh is in, unmeshed targets included (tracing, the operators\' ' +
    'namespaces, kubelets, node-exporter, the API server): its Istio sidecar intercepts no traffic and only supplies the workload ' +
    'certificate Prometheus presents to STRICT mTLS targets. The Prometheus operator\'s admission webhooks are called by the API ' +
    'server, which has no mesh identity. Grafana is read by Kiali and reads Prometheus and Jaeger, none of them meshed. Queries of ' +
    'Prometheus and Grafana, scrapes of unmeshed targets and the stack\'s own metrics therefore travel without mesh mTLS inside the ' +
    'VPC (remote write to AMP is HTTPS, SigV4-signed). Compensating controls: a default-deny NetworkPolicy (ingress and egress) ' +
    'beside which only these are open: DNS; the API server (443 out, the operator\'s webhooks 10250 in); Prometheus\' egress to the ' +
    'ports it scrapes, the Pod Identity agent and istiod; scrapes inside the namespace from Prometheus alone; Prometheus\' query API ' +
    'from this namespace and the mesh namespace only; Grafana from the mesh namespace (Kiali) only, to Prometheus and Jaeger\'s query ' +
    'service only.';
}

/** Props of {@link ObservabilityChart}: the cluster's config and region. */
export type ObservabilityChartProps = ClusterChartProps;

/**
 * Metrics, SLOs, dashboards and the mesh console of one cluster:
 *
 * - the monitoring namespace itself (kube-prometheus-stack installs into it; its Application does
 *   not create it): Pod Security enforce at the operator's level (`privileged`, for
 *   node-exporter), warn and audit `restricted`, outside the mesh with the reason as the
 *   compliance report's acknowledgement ({@link monitoringOutsideMeshReason});
 * - the platform `Prometheus` (see `platformPrometheus`), remote-writing to the region's AMP;
 * - a ServiceMonitor (or PodMonitor) per service, Envoy statistics of every Istio proxy, istiod,
 *   and, as `observability.monitors` says, Kafka (Strimzi pods or MSK open monitoring, following
 *   the region's `kafka.engines`) and KServe predictors;
 * - per service a PrometheusRule with its SLO recording rules and burn-rate alerts, and a Grafana
 *   dashboard (rate, errors, duration, SLO burn) in a ConfigMap for Grafana's sidecar;
 * - Grafana's admin login from AWS Secrets Manager (ExternalSecret);
 * - a `Kiali` reading this Prometheus and Jaeger, view-only, token login;
 * - the monitoring namespace's NetworkPolicies: default deny, then exactly Prometheus' scrapes,
 *   remote write and discovery, Grafana's queries, and the stack's API-server traffic (see
 *   `monitoringNetworkPolicies`);
 * - in every meshed namespace (services, ingress gateway, ML, Strimzi), NetworkPolicies that let
 *   Prometheus scrape the proxies and the proxies export spans.
 */
export class ObservabilityChart extends ClusterChart {
  /** The platform Prometheus. */
  public readonly prometheus: Prometheus;
  /** One PrometheusRule per service, in config order. */
  public readonly sloRules: readonly PrometheusRule[];

  constructor(scope: Construct, id: string, props: ObservabilityChartProps) {
    super(scope, id, props);
    const config = this.config;
    const region = this.region;
    const namespace = monitoringNamespace(config);

    // The labels Argo CD's managedNamespaceMetadata gave it when the operator's Application
    // created it. No `istio-injection` label, not even `disabled`: the Prometheus pod asks for its
    // certificate-only sidecar with the pod label `sidecar.istio.io/inject: "true"`, which istiod's
    // injection webhook honours only in namespaces without that label. Without
    // `istio-injection: enabled` no other pod here gets a sidecar.
    const ns = new k8s.KubeNamespace(this, 'namespace', {
      metadata: {
        name: namespace,
        labels: {
          'pod-security.kubernetes.io/enforce': MONITORING_POD_SECURITY,
          'pod-security.kubernetes.io/enforce-version': 'latest',
          'pod-security.kubernetes.io/audit': 'restricted',
          'pod-security.kubernetes.io/warn': 'restricted',
        },
      },
    });
    acknowledgeManifest(ns, 'mesh-mtls-strict', monitoringOutsideMeshReason());
    acknowledgeManifest(ns, 'mesh-authz-default-deny', outsideMeshAuthorizationReason(ns.name));

    this.prometheus = platformPrometheus(this, config, region);
    monitoringNetworkPolicies(this, config, region);

    for (const service of config.services) serviceMonitor(this, service);
    meshMonitors(this, config);
    if (scrapesStrimzi(config, region)) strimziMonitors(this, config);
    if (scrapesMsk(config, region)) mskScrapeConfig(this, config, region);
    if (config.observability.monitors.kserve) kserveMonitor(this, config);

    this.sloRules = sloTargets(config).map((target) => sloRule(this, namespace, serviceSloGroup(target), target.name));
    serviceDashboards(this, config);

    new ExternalSecret(this, 'grafana-admin', {
      metadata: { name: GRAFANA_ADMIN_SECRET, namespace },
      spec: {
        secretStoreRef: { kind: ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE, name: SECRET_STORE_NAME },
        refreshInterval: '1h',
        target: { name: GRAFANA_ADMIN_SECRET, creationPolicy: ExternalSecretSpecTargetCreationPolicy.OWNER },
        data: ['admin-user', 'admin-password'].map((key) => ({
          secretKey: key,
          remoteRef: { key: observabilitySecretName(config, 'grafana-admin'), property: key },
        })),
      },
    });

    new Kiali(this, 'kiali', {
      metadata: { name: KIALI_NAME, namespace: config.mesh.namespace },
      spec: {
        istioNamespace: config.mesh.namespace,
        // Users sign in with a Kubernetes token and see only what their RBAC allows; no anonymous access.
        auth: { strategy: KialiSpecAuthStrategy.TOKEN },
        // A console to look, not to edit: Istio objects change through git only.
        deployment: { viewOnlyMode: true, clusterWideAccess: true },
        externalServices: {
          prometheus: { url: prometheusUrl(config) },
          tracing: {
            enabled: true,
            provider: KialiSpecExternalServicesTracingProvider.JAEGER,
            internalUrl: `http://${jaegerQueryHost(config)}:${JAEGER_PORTS.queryGrpc}`,
            useGrpc: true,
          },
          grafana: { enabled: true, internalUrl: `http://${GRAFANA_SERVICE}.${namespace}.svc` },
        },
      },
    });

    // Every namespace whose pods carry sidecars behind default-deny policies: the services', the
    // ingress gateway's, and the ML and Strimzi layers' when this cluster runs them.
    const meshedNamespaces = [
      ...config.services.map(serviceNamespace),
      config.gitops.operators.istioIngress.namespace,
      ...(config.ml ? [mlNamespace(config)] : []),
      ...strimziNamespaces(config, region),
    ];
    for (const ns of [...new Set(meshedNamespaces)]) meshTelemetryPolicies(this, config, ns);
  }
}

/** A PrometheusRule holding one rule group. */
function sloRule(scope: Construct, namespace: string, group: PromRuleGroup, service: string): PrometheusRule {
  return new PrometheusRule(scope, `slo-${service}`, {
    metadata: { name: group.name, namespace, labels: { service } },
    spec: {
      groups: [{
        name: group.name,
        interval: group.interval,
        rules: group.rules.map((r) => ({
          ...(r.record ? { record: r.record } : {}),
          ...(r.alert ? { alert: r.alert } : {}),
          expr: PrometheusRuleSpecGroupsRulesExpr.fromString(r.expr),
          ...(r.labels ? { labels: { ...r.labels } } : {}),
          ...(r.annotations ? { annotations: { ...r.annotations } } : {}),
        })),
      }],
    },
  });
}
