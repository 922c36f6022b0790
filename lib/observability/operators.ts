import { PlatformConfig } from '../config';
import { JAEGER_OPERATOR_PORTS, JAEGER_OPERATOR_RELEASE, JAEGER_PORTS, jaegerQueryHost, prometheusUrl } from '../config/observability-names';
import type { OperatorRelease } from '../core/layer';
import { GRAFANA_ADMIN_SECRET, GRAFANA_DASHBOARD_LABEL, MONITORING_POD_SECURITY, TRACING_RUN_AS_USER } from './constants';

/** The observability layer's operators: kube-prometheus-stack (Grafana, exporters), OpenTelemetry, Kiali, Jaeger. */
export function observabilityOperators(config: PlatformConfig): OperatorRelease[] {
  return [
    {
      // In the monitoring namespace, which the observability chart renders (privileged for
      // node-exporter, default-deny, the mesh exception acknowledged).
      key: 'kubePrometheusStack',
      release: 'kube-prometheus-stack',
      wave: 0,
      podSecurity: MONITORING_POD_SECURITY,
      namespaceFromManifests: true,
      values: {
        // The observability layer renders its own Prometheus (2 replicas, remote write to AMP) and
        // routes alerts through AMP's alert manager to SNS: the chart's instances would duplicate them.
        alertmanager: { enabled: false },
        prometheus: {
          enabled: false,
          prometheusSpec: {
            // Pick up every layer's ServiceMonitors, PodMonitors and rules, not only those
            // labelled with this Helm release.
            serviceMonitorSelectorNilUsesHelmValues: false,
            podMonitorSelectorNilUsesHelmValues: false,
            ruleSelectorNilUsesHelmValues: false,
            probeSelectorNilUsesHelmValues: false,
          },
        },
        grafana: {
          admin: { existingSecret: GRAFANA_ADMIN_SECRET },
          // Traces next to the metrics (Jaeger's query service in the tracing namespace).
          additionalDataSources: [{ name: 'Jaeger', type: 'jaeger', uid: 'jaeger', access: 'proxy', url: `http://${jaegerQueryHost(config)}:${JAEGER_PORTS.queryHttp}` }],
          sidecar: {
            dashboards: {
              enabled: true,
              label: GRAFANA_DASHBOARD_LABEL.key,
              labelValue: GRAFANA_DASHBOARD_LABEL.value,
              searchNamespace: 'ALL',
            },
            // The default data source would point at the chart's own (disabled) Prometheus.
            datasources: { url: prometheusUrl(config) },
          },
        },
        // EKS runs these control-plane parts out of reach: scraping them only raises false alerts.
        kubeControllerManager: { enabled: false },
        kubeScheduler: { enabled: false },
        kubeEtcd: { enabled: false },
        kubeProxy: { enabled: false },
      },
    },
    {
      key: 'opentelemetryOperator',
      release: 'opentelemetry-operator',
      wave: 1,
      podSecurity: 'baseline',
      values: {},
    },
    {
      key: 'kialiOperator',
      release: 'kiali-operator',
      wave: 1,
      podSecurity: 'baseline',
      values: {},
    },
    {
      // In the tracing namespace, which the tracing chart renders (restricted, default-deny).
      key: 'jaegerOperator',
      release: JAEGER_OPERATOR_RELEASE,
      wave: 1,
      podSecurity: 'restricted',
      namespaceFromManifests: true,
      values: {
        // Least privilege: a Role in its own namespace (the tracing namespace, where the Jaeger is)
        // and WATCH_NAMESPACE set to it, instead of a ClusterRole that could read every Secret.
        // The chart's default, written out because it is the point.
        rbac: { create: true, clusterRole: false },
        // The admission webhooks' serving certificate comes from cert-manager (a self-signed Issuer
        // and a Certificate in this namespace), and cert-manager injects its CA into the webhooks.
        certs: { issuer: { create: true }, certificate: { create: true } },
        webhooks: { port: JAEGER_OPERATOR_PORTS.webhook },
        metricsPort: JAEGER_OPERATOR_PORTS.metrics,
        // The tracing namespace enforces Pod Security "restricted"; the chart sets no context.
        securityContext: { runAsNonRoot: true, runAsUser: TRACING_RUN_AS_USER, runAsGroup: TRACING_RUN_AS_USER, seccompProfile: { type: 'RuntimeDefault' } },
        containerSecurityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, privileged: false, capabilities: { drop: ['ALL'] } },
        resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '512Mi' } },
        // The Jaeger itself is rendered by the tracing chart (k8s/<env>/<region>/tracing.yaml).
        jaeger: { create: false },
      },
    },
  ];
}
