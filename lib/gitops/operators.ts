import { k8s } from 'cdk8s-plus-33';
import { Construct } from 'constructs';
import { ARGOCD_NAMESPACE, EXTERNAL_SECRETS_SERVICE_ACCOUNT, LOAD_BALANCER_CONTROLLER_SERVICE_ACCOUNT, PlatformConfig, argoProjectName, envPrefix } from '../config';
import { ApplicationSet } from '../imports/argocd-applicationset-argoproj.io';
import { INGRESS_GATEWAY_RELEASE, INGRESS_GATEWAY_SELECTOR, INGRESS_PORTS } from '../mesh/mesh-names';
import {
  ISTIO_TRACING_PROVIDER,
  JAEGER_OPERATOR_PORTS,
  JAEGER_OPERATOR_RELEASE,
  JAEGER_PORTS,
  OTEL_PORTS,
  jaegerQueryHost,
  otelCollectorHost,
  prometheusUrl,
} from '../observability/observability-names';
import { TRACING_RUN_AS_USER } from '../observability/tracing-chart';
import { CLUSTER_LABELS, CLUSTER_PARAMS, clusterSelector, helmRepoURL } from './clusters';
import { AUTOMATED_SYNC, SERVER_SIDE_APPLY, SYNC_RETRY } from './sync';

/** An operator of `gitops.operators` in the config, by its key (`certManager`, `istiod`, …). */
export type OperatorKey = keyof PlatformConfig['gitops']['operators'];

/** How an operator is released on every cluster. */
export interface OperatorRelease {
  /**
   * Helm release name. Charts name their objects after it (the ingress gateway's Service and
   * pod labels, the External Secrets and Load Balancer Controller service accounts), so it is
   * fixed here rather than left to Argo CD's default (the Application name).
   */
  readonly release: string;
  /**
   * Install order: with progressive syncs, every operator of a wave is healthy on every cluster
   * before the next wave syncs (see {@link operatorsApplicationSet}).
   */
  readonly wave: number;
  /**
   * Pod Security level enforced on the operator's namespace (Argo CD labels the namespace it
   * creates). `restricted` where the chart complies; `baseline` where its pods don't declare
   * everything restricted asks for; `privileged` only for node agents that need the host (Istio
   * CNI, node-exporter). Every namespace also warns and audits at `restricted`, so gaps show.
   */
  readonly podSecurity: 'restricted' | 'baseline' | 'privileged';
  /**
   * The namespace is rendered by the per-cluster manifests (it also holds what the operator
   * manages, with its own labels and policies), so this Application neither creates nor labels
   * it: `CreateNamespace=false`, and {@link podSecurity} must match what the manifests enforce.
   * @default false
   */
  readonly namespaceFromManifests?: boolean;
}

/**
 * Release name and wave of every operator. A `Record` over the config's operator keys, so adding
 * an operator to the config fails to compile until it has a place here.
 *
 * - 0: CRDs and operators that depend on nothing (cert-manager, Istio's CRDs, the Istio CNI node
 *   agent, which must be on a node before a meshed pod starts there, …).
 * - 1: what needs a wave-0 operator: istiod (Istio CRDs), KServe (its CRD chart, cert-manager
 *   certificates), OpenTelemetry and Jaeger (cert-manager webhook certificates), Kiali, and the
 *   AWS Load Balancer Controller, which takes its webhook certificate from cert-manager (see its
 *   values).
 * - 2: the ingress gateway, whose pod gets its proxy image from istiod's injection webhook.
 */
export const OPERATOR_RELEASES: Readonly<Record<OperatorKey, OperatorRelease>> = {
  certManager: { release: 'cert-manager', wave: 0, podSecurity: 'restricted' },
  istioBase: { release: 'istio-base', wave: 0, podSecurity: 'privileged' },
  istioCni: { release: 'istio-cni', wave: 0, podSecurity: 'privileged' },
  externalSecrets: { release: 'external-secrets', wave: 0, podSecurity: 'restricted' },
  strimzi: { release: 'strimzi', wave: 0, podSecurity: 'restricted' },
  kserveCrd: { release: 'kserve-crd', wave: 0, podSecurity: 'baseline' },
  // In the monitoring namespace, which the observability chart renders (privileged for
  // node-exporter, default-deny, the mesh exception acknowledged).
  kubePrometheusStack: { release: 'kube-prometheus-stack', wave: 0, podSecurity: 'privileged', namespaceFromManifests: true },
  istiod: { release: 'istiod', wave: 1, podSecurity: 'privileged' },
  kserve: { release: 'kserve', wave: 1, podSecurity: 'baseline' },
  opentelemetryOperator: { release: 'opentelemetry-operator', wave: 1, podSecurity: 'baseline' },
  kialiOperator: { release: 'kiali-operator', wave: 1, podSecurity: 'baseline' },
  awsLoadBalancerController: { release: 'aws-load-balancer-controller', wave: 1, podSecurity: 'baseline' },
  // In the tracing namespace, which the tracing chart renders (restricted, default-deny).
  jaegerOperator: { release: JAEGER_OPERATOR_RELEASE, wave: 1, podSecurity: 'restricted', namespaceFromManifests: true },
  istioIngress: { release: INGRESS_GATEWAY_RELEASE, wave: 2, podSecurity: 'restricted' },
};

/** Label (and value) that makes Grafana's sidecar load a ConfigMap as a dashboard, from any namespace. */
export const GRAFANA_DASHBOARD_LABEL = { key: 'grafana_dashboard', value: '1' } as const;

/**
 * Secret (keys `admin-user`, `admin-password`, in the kube-prometheus-stack namespace) holding
 * Grafana's admin login, instead of the chart's well-known default password. Made by an
 * ExternalSecret of the observability layer.
 */
export const GRAFANA_ADMIN_SECRET = 'grafana-admin';

/** Helm values of one chart, as YAML would hold them. */
export type HelmValues = { readonly [key: string]: unknown };

/**
 * Minimum replicas of the ingress gateway: one per availability zone (at least 2). The
 * ApplicationSet gives every cluster the same values, so it is the largest zone count among the
 * environment's regions.
 */
export function ingressMinReplicas(config: PlatformConfig): number {
  return Math.max(2, ...config.regions.map((r) => r.availabilityZones.length));
}

/**
 * Topology spread of the ingress gateway pods (the `gateway` chart copies it into the pod spec).
 *
 * Zones: `DoNotSchedule`, so the minimum replicas land one per zone rather than only preferably
 * so. `nodeTaintsPolicy: Honor` leaves out nodes the pod does not tolerate, among them the
 * `unreachable`/`not-ready` nodes of a failed zone: that zone then stops counting, and its
 * pods' replacements schedule in the remaining zones instead of staying Pending. Hosts:
 * `ScheduleAnyway`, a preference that keeps a zone's pods on different nodes when there is room.
 * `pod-template-hash` spreads each rollout's pods among themselves.
 */
export function ingressTopologySpread(): k8s.TopologySpreadConstraint[] {
  const labelSelector = { matchLabels: { app: INGRESS_GATEWAY_RELEASE, ...INGRESS_GATEWAY_SELECTOR } };
  const spread = (topologyKey: string, whenUnsatisfiable: 'DoNotSchedule' | 'ScheduleAnyway'): k8s.TopologySpreadConstraint => ({
    maxSkew: 1,
    topologyKey,
    whenUnsatisfiable,
    labelSelector,
    matchLabelKeys: ['pod-template-hash'],
    ...(whenUnsatisfiable === 'DoNotSchedule' ? { nodeTaintsPolicy: 'Honor' } : {}),
  });
  return [spread('topology.kubernetes.io/zone', 'DoNotSchedule'), spread('kubernetes.io/hostname', 'ScheduleAnyway')];
}

/**
 * Helm values of every operator: only what security or correctness needs, each with its reason.
 * Strings may hold cluster parameters ({@link CLUSTER_PARAMS}); the ApplicationSet resolves them
 * per cluster. No deploy-time values: the Load Balancer Controller finds its VPC through the
 * instance metadata service (the nodes' hop limit of 2 lets pods reach it), not through a VPC id.
 */
export function operatorHelmValues(config: PlatformConfig): Record<OperatorKey, HelmValues> {
  const istioNamespace = config.gitops.operators.istiod.namespace;
  return {
    // The chart installs no CRDs unless asked; the platform's manifests need them.
    certManager: { crds: { enabled: true } },
    // Validation webhooks point at istiod in its namespace.
    istioBase: { global: { istioNamespace } },
    // Defaults fit EKS (the AWS VPC CNI chains the Istio plugin from /etc/cni/net.d).
    istioCni: {},
    istiod: {
      global: { istioNamespace },
      // Pods of "restricted" namespaces cannot run istio-init (NET_ADMIN); the Istio CNI node
      // agent (the istioCni operator) sets up their traffic capture instead.
      pilot: { cni: { enabled: true } },
      meshConfig: {
        // Egress only to hosts the mesh knows (Services, ServiceEntries): default deny, as for ingress.
        outboundTrafficPolicy: { mode: 'REGISTRY_ONLY' },
        // Every proxy exports spans over OTLP to the observability layer's collector; the mesh's
        // Telemetry object sets the sampling rate (`mesh.tracingSamplingPercent`).
        extensionProviders: [{ name: ISTIO_TRACING_PROVIDER, opentelemetry: { service: otelCollectorHost(config), port: OTEL_PORTS.otlpGrpc } }],
        defaultProviders: { tracing: [ISTIO_TRACING_PROVIDER] },
      },
    },
    istioIngress: {
      // The NLB is made by CDK and bound to this Service by a TargetGroupBinding: no second load balancer.
      service: {
        type: 'ClusterIP',
        ports: [
          { name: 'status-port', port: INGRESS_PORTS.status, targetPort: INGRESS_PORTS.status, protocol: 'TCP' },
          { name: 'http2', port: INGRESS_PORTS.http, targetPort: INGRESS_PORTS.http, protocol: 'TCP' },
          { name: 'https', port: INGRESS_PORTS.https, targetPort: INGRESS_PORTS.https, protocol: 'TCP' },
        ],
      },
      // Unprivileged ports need no sysctl; an explicit pod securityContext replaces the chart's
      // sysctl default and adds the seccomp profile "restricted" asks for.
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
      // The only way in: a pod in every zone, so losing a zone (or draining its nodes) leaves
      // the others serving; room to double under load.
      autoscaling: { enabled: true, minReplicas: ingressMinReplicas(config), maxReplicas: 2 * ingressMinReplicas(config) },
      topologySpreadConstraints: ingressTopologySpread(),
      // One pod at a time through drains and node-group updates, however many are running.
      podDisruptionBudget: { maxUnavailable: 1 },
    },
    // CDK's Pod Identity association is made for this service account name.
    externalSecrets: { serviceAccount: { name: EXTERNAL_SECRETS_SERVICE_ACCOUNT } },
    awsLoadBalancerController: {
      clusterName: CLUSTER_PARAMS.name,
      region: CLUSTER_PARAMS.region,
      serviceAccount: { name: LOAD_BALANCER_CONTROLLER_SERVICE_ACCOUNT },
      // Without cert-manager the chart generates a new webhook certificate on every render, which
      // Argo CD would see as drift and re-apply forever.
      enableCertManager: true,
      // Only TargetGroupBindings are used: no IngressClass, so no Ingress can create an ALB.
      createIngressClassResource: false,
      ingressClassParams: { create: false },
    },
    // Kafka resources live in the Kafka layer's namespace, not the operator's.
    strimzi: { watchAnyNamespace: true },
    kserveCrd: {},
    kserve: {
      kserve: {
        controller: {
          // No Knative on the clusters: InferenceServices become plain Deployments.
          deploymentMode: 'RawDeployment',
          // Models are routed by the platform's own VirtualServices, never exposed by default.
          gateway: { disableIngressCreation: true },
        },
      },
    },
    kubePrometheusStack: {
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
    opentelemetryOperator: {},
    kialiOperator: {},
    jaegerOperator: {
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
  };
}

/** One element of the operators list generator: an operator as the Application template sees it. */
export interface OperatorElement {
  readonly release: string;
  readonly chart: string;
  readonly repoURL: string;
  readonly version: string;
  readonly namespace: string;
  /** The wave, as a string: it becomes a label value. */
  readonly wave: string;
  /** Pod Security level enforced on the namespace (see {@link OperatorRelease.podSecurity}). */
  readonly podSecurity: string;
  /** `'true'` unless the manifests render the namespace (see {@link OperatorRelease.namespaceFromManifests}). */
  readonly createNamespace: string;
  readonly helmValues: HelmValues;
}

/** The list generator's elements, one per operator, in config order. */
export function operatorElements(config: PlatformConfig): OperatorElement[] {
  const values = operatorHelmValues(config);
  return (Object.keys(config.gitops.operators) as OperatorKey[]).map((key) => {
    const chart = config.gitops.operators[key];
    return {
      release: OPERATOR_RELEASES[key].release,
      chart: chart.chart,
      repoURL: helmRepoURL(chart.repoURL),
      version: chart.version,
      namespace: chart.namespace,
      wave: String(OPERATOR_RELEASES[key].wave),
      podSecurity: OPERATOR_RELEASES[key].podSecurity,
      createNamespace: String(!OPERATOR_RELEASES[key].namespaceFromManifests),
      helmValues: values[key],
    };
  });
}

/** Label on the generated Applications that RollingSync groups them by. */
export const WAVE_LABEL = 'platform/wave';

/** Label on the generated Applications naming the operator (its release). */
export const OPERATOR_LABEL = 'platform/operator';

/**
 * Webhook configurations whose `failurePolicy` istiod flips from `Ignore` to `Fail` once it
 * serves them. Argo CD must not count that as drift, or self-heal would flip it back.
 */
function istioValidatingWebhooks(config: PlatformConfig): string[] {
  return ['istiod-default-validator', `istio-validator-${config.gitops.operators.istiod.namespace}`];
}

/**
 * `<prefix>-operators`: every operator of the config on every cluster of the environment. A
 * matrix of the cluster Secrets (selected by environment and project) and the operator list; the
 * list comes second so its values can use the cluster's parameters (the Load Balancer
 * Controller's cluster name and region).
 *
 * Order: RollingSync steps by {@link WAVE_LABEL}, each wave healthy before the next. RollingSync
 * needs Argo CD's progressive syncs enabled and then drives the syncs itself (it turns automated
 * sync off on the generated Applications). Where it is not enabled the strategy is ignored and
 * the template's automated sync applies: retries absorb missing CRDs, but an ingress gateway pod
 * created before istiod's injection webhook keeps the placeholder image `auto` until restarted.
 *
 * `preserveResourcesOnDeletion`: removing the ApplicationSet, or an Application from it, leaves
 * the operators (and their CRDs, and so every custom resource) in place.
 */
export function operatorsApplicationSet(scope: Construct, config: PlatformConfig): ApplicationSet {
  const elements = operatorElements(config);
  const waves = [...new Set(elements.map((e) => Number(e.wave)))].sort((a, b) => a - b);
  return new ApplicationSet(scope, 'Operators', {
    metadata: { name: `${envPrefix(config)}-operators`, namespace: ARGOCD_NAMESPACE },
    spec: {
      goTemplate: true,
      goTemplateOptions: ['missingkey=error'],
      generators: [
        {
          matrix: {
            generators: [
              { clusters: { selector: { matchLabels: clusterSelector(config) } } },
              { list: { elements } },
            ],
          },
        },
      ],
      strategy: {
        type: 'RollingSync',
        rollingSync: {
          steps: waves.map((wave) => ({ matchExpressions: [{ key: WAVE_LABEL, operator: 'In', values: [String(wave)] }] })),
        },
      },
      syncPolicy: { preserveResourcesOnDeletion: true },
      template: {
        metadata: {
          name: `${CLUSTER_PARAMS.name}-{{ .release }}`,
          labels: {
            [WAVE_LABEL]: '{{ .wave }}',
            [OPERATOR_LABEL]: '{{ .release }}',
            [CLUSTER_LABELS.region]: CLUSTER_PARAMS.region,
          },
        },
        spec: {
          project: argoProjectName(config),
          source: {
            repoUrl: '{{ .repoURL }}',
            chart: '{{ .chart }}',
            targetRevision: '{{ .version }}',
            helm: {
              releaseName: '{{ .release }}',
              values: '{{ toYaml .helmValues }}',
              skipTests: true,
            },
          },
          destination: { server: CLUSTER_PARAMS.server, namespace: '{{ .namespace }}' },
          ignoreDifferences: istioValidatingWebhooks(config).map((name) => ({
            group: 'admissionregistration.k8s.io',
            kind: 'ValidatingWebhookConfiguration',
            name,
            jqPathExpressions: ['.webhooks[]?.failurePolicy'],
          })),
          syncPolicy: {
            automated: AUTOMATED_SYNC,
            // Argo CD applies managedNamespaceMetadata only to namespaces it creates.
            syncOptions: ['CreateNamespace={{ .createNamespace }}', SERVER_SIDE_APPLY, 'RespectIgnoreDifferences=true'],
            managedNamespaceMetadata: {
              labels: {
                'pod-security.kubernetes.io/enforce': '{{ .podSecurity }}',
                'pod-security.kubernetes.io/warn': 'restricted',
                'pod-security.kubernetes.io/audit': 'restricted',
              },
            },
            retry: SYNC_RETRY,
          },
        },
      },
    },
  });
}
