import { PlatformConfig } from '../config';
import { JAEGER_OPERATOR_PORTS, JAEGER_OPERATOR_RELEASE, JAEGER_PORTS, jaegerQueryHost, prometheusUrl } from '../config/observability-names';
import type { OperatorRelease } from '../core/layer';
import { GRAFANA_DASHBOARD_LABEL } from '../k8s/grafana-dashboards';
import { GRAFANA_ADMIN_SECRET, MONITORING_POD_SECURITY, TRACING_RUN_AS_USER } from './constants';

/** The Jaeger operator's requests and limits: the chart sets none (`resources: {}`). */
const JAEGER_OPERATOR_RESOURCES = { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '512Mi' } } as const;

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
      footprint: {
        version: '88.0.0',
        source:
          'prometheus-community/helm-charts tag kube-prometheus-stack-88.0.0: charts/kube-prometheus-stack/values.yaml (prometheusOperator.resources {}, ' +
          'admissionWebhooks.deployment.enabled false (patch Jobs only, not counted), thanosRuler/windowsMonitoring disabled, grafana, kubeStateMetrics, nodeExporter enabled, ' +
          'grafana.sidecar.dashboards and .datasources enabled) and templates/prometheus-operator/deployment.yaml (replicas 1); dependency charts read at their tags: ' +
          'kube-state-metrics-8.0.0 charts/kube-state-metrics/values.yaml (replicas 1, resources {}), prometheus-node-exporter-4.56.1 charts/prometheus-node-exporter ' +
          '(values resources {}, kubeRBACProxy disabled, templates/daemonset.yaml container node-exporter; nodeSelector kubernetes.io/os=linux left out), ' +
          'grafana-community/helm-charts tag grafana-12.10.0 charts/grafana/values.yaml (replicas 1, persistence off so a Deployment, resources {}, sidecar.resources {}, ' +
          'datasources.initDatasources false) and templates/_pod.tpl (containers grafana-sc-dashboard, grafana-sc-datasources, grafana)',
        workloads: [
          { name: 'kube-prometheus-stack-operator', kind: 'Deployment', replicas: 1, containers: [{ name: 'kube-prometheus-stack' }] },
          {
            name: 'kube-prometheus-stack-grafana',
            kind: 'Deployment',
            replicas: 1,
            containers: [{ name: 'grafana-sc-dashboard' }, { name: 'grafana-sc-datasources' }, { name: 'grafana' }],
          },
          { name: 'kube-prometheus-stack-kube-state-metrics', kind: 'Deployment', replicas: 1, containers: [{ name: 'kube-state-metrics' }] },
          { name: 'kube-prometheus-stack-prometheus-node-exporter', kind: 'DaemonSet', containers: [{ name: 'node-exporter' }] },
        ],
      },
    },
    {
      key: 'opentelemetryOperator',
      release: 'opentelemetry-operator',
      wave: 1,
      podSecurity: 'baseline',
      values: {},
      footprint: {
        version: '0.122.0',
        source:
          'open-telemetry/opentelemetry-helm-charts tag opentelemetry-operator-0.122.0: charts/opentelemetry-operator/values.yaml (replicaCount 1, manager.resources {}, ' +
          'no kube-rbac-proxy), templates/deployment.yaml (one container, manager); nodeSelector kubernetes.io/os=linux left out',
        workloads: [{ name: 'opentelemetry-operator', kind: 'Deployment', replicas: 1, containers: [{ name: 'manager' }] }],
      },
    },
    {
      key: 'kialiOperator',
      release: 'kiali-operator',
      wave: 1,
      podSecurity: 'baseline',
      values: {},
      footprint: {
        version: '2.29.0',
        source:
          'kiali/helm-charts tag v2.29.0 (its Chart.yaml says 0.0.0: the release build stamps the version): kiali-operator/values.yaml ' +
          '(replicaCount 1, resources.requests cpu 10m, memory 64Mi; cr.create false), templates/deployment.yaml (container operator)',
        workloads: [{ name: 'kiali-operator', kind: 'Deployment', replicas: 1, containers: [{ name: 'operator', cpu: '10m', memory: '64Mi' }] }],
      },
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
        resources: JAEGER_OPERATOR_RESOURCES,
        // The Jaeger itself is rendered by the tracing chart (k8s/<env>/<region>/tracing.yaml).
        jaeger: { create: false },
      },
      footprint: {
        version: '2.58.0',
        source:
          'jaegertracing/helm-charts commit 242c2ac (charts/jaeger-operator/Chart.yaml version 2.58.0, appVersion 1.62.0; the repository has no ' +
          'jaeger-operator-2.58.0 tag and has since removed the chart): values.yaml (replicaCount 1, resources {}), templates/deployment.yaml ' +
          '(one container named after the release); requests from the platform values above',
        workloads: [
          { name: JAEGER_OPERATOR_RELEASE, kind: 'Deployment', replicas: 1, containers: [{ name: JAEGER_OPERATOR_RELEASE, ...JAEGER_OPERATOR_RESOURCES.requests }] },
        ],
      },
    },
  ];
}
