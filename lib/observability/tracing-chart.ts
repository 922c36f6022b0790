import { k8s } from 'cdk8s-plus-33';
import { Construct } from 'constructs';
import { acknowledgeManifest } from '../compliance/acknowledge';
import { TRACING_RUN_AS_USER, JAEGER_POD_LABELS, outsideMeshAuthorizationReason } from './constants';
import { SECRET_STORE_NAME, observabilitySecretName } from '../config';
import {
  ExternalSecret,
  ExternalSecretSpecSecretStoreRefKind,
  ExternalSecretSpecTargetCreationPolicy,
  ExternalSecretSpecTargetTemplateEngineVersion,
} from '../imports/eso-externalsecret-external-secrets.io';
import {
  Jaeger,
  JaegerSpec,
  JaegerSpecAllInOneResourcesLimits,
  JaegerSpecAllInOneResourcesRequests,
  JaegerSpecCollectorResourcesLimits,
  JaegerSpecCollectorResourcesRequests,
  JaegerSpecQueryResourcesLimits,
  JaegerSpecQueryResourcesRequests,
} from '../imports/jaeger-jaegertracing.io';
import {
  OpenTelemetryCollectorV1Beta1,
  OpenTelemetryCollectorV1Beta1SpecMode,
  OpenTelemetryCollectorV1Beta1SpecResourcesLimits,
  OpenTelemetryCollectorV1Beta1SpecResourcesRequests,
} from '../imports/otel-collector-opentelemetry.io';
import { ClusterChart, ClusterChartProps } from '../k8s/cluster-chart';
import { defaultDenyPolicy, dnsEgressPolicy, matchLabels, namespacePeer, tcpPorts } from '../k8s/network-policies';
import {
  JAEGER_NAME,
  JAEGER_OPERATOR_POD_LABELS,
  JAEGER_OPERATOR_PORTS,
  JAEGER_PORTS,
  OTEL_COLLECTOR_NAME,
  OTEL_PORTS,
  TRACING_STORE_SECRET,
  jaegerCollectorHost,
  monitoringNamespace,
  tracingNamespace,
} from '../config/observability-names';


/** Pod labels of the collector's pods (set by the OpenTelemetry operator). */
export const COLLECTOR_POD_LABELS: Readonly<Record<string, string>> = {
  'app.kubernetes.io/component': 'opentelemetry-collector',
  'app.kubernetes.io/name': `${OTEL_COLLECTOR_NAME}-collector`,
};

/** Pod Security "restricted" at pod level, for the operators to apply to what they create. */
const POD_SECURITY = { runAsNonRoot: true, runAsUser: TRACING_RUN_AS_USER, runAsGroup: TRACING_RUN_AS_USER, fsGroup: TRACING_RUN_AS_USER, seccompProfile: { type: 'RuntimeDefault' } };
/** Pod Security "restricted" at container level. */
const CONTAINER_SECURITY = { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, privileged: false, runAsNonRoot: true, capabilities: { drop: ['ALL'] } };

/**
 * Why the tracing namespace stays out of the mesh, as the compliance report's acknowledgement of
 * `mesh-mtls-strict` on it (written on the Namespace). `durable`: Jaeger stores spans on OpenSearch.
 */
export function tracingOutsideMeshReason(durable: boolean): string {
  return 'Tracing must keep receiving spans while the mesh itself (istiod, workload certificates) is what is broken, and its readers ' +
    '(Grafana in the monitoring namespace, Kiali in the mesh namespace, Prometheus) are not meshed, so STRICT mTLS here would cut them off. ' +
    'Spans and queries therefore travel unencrypted inside the VPC; compensating controls: Pod Security restricted, a default-deny ' +
    'NetworkPolicy that opens only OTLP into the collector, collector to Jaeger, the Grafana/Kiali queries, the Prometheus scrapes' +
    (durable ? ", the Jaeger operator's API-server and webhook traffic, and HTTPS to the VPC-only OpenSearch domain." : ", and the Jaeger operator's API-server and webhook traffic.");
}

/** Props of {@link TracingChart}: the cluster's config and region. */
export type TracingChartProps = ClusterChartProps;

/**
 * Distributed tracing of one cluster, in its own namespace (`observability.tracing.namespace`,
 * Pod Security "restricted", default-deny NetworkPolicies):
 *
 * - an OpenTelemetry Collector (`OpenTelemetryCollector` v1beta1, a Deployment) receiving OTLP
 *   from every Istio proxy (istiod's `otel-tracing` provider, sampled by the mesh's `Telemetry` at
 *   `mesh.tracingSamplingPercent`) and from applications, batching and forwarding to Jaeger;
 * - a `Jaeger` (jaegertracing.io/v1): all-in-one with spans in memory when
 *   `tracing.store` is `memory` (dev), the production strategy (replicated collector and query)
 *   on the region's Amazon OpenSearch Service domain when it is `opensearch` (prod). The domain's
 *   endpoint and login come from AWS Secrets Manager through an ExternalSecret, as environment
 *   variables Jaeger reads (`ES_SERVER_URLS`, `ES_USERNAME`, `ES_PASSWORD`).
 *
 * The namespace is not meshed: spans from every proxy must arrive even while the mesh itself is
 * what is broken, and the operators' pods would need mesh allow rules for no gain. Inside it the
 * collector→Jaeger hop is plaintext, confined by NetworkPolicy to those two sets of pods. The
 * compliance report lists the namespace's `mesh-mtls-strict` row as acknowledged, with
 * {@link tracingOutsideMeshReason}.
 *
 * The Jaeger operator runs here too (Argo CD installs its chart into this namespace, which it
 * does not create): its chart lets it watch only its own namespace without a ClusterRole.
 */
export class TracingChart extends ClusterChart {
  /** The collector every proxy sends spans to. */
  public readonly collector: OpenTelemetryCollectorV1Beta1;
  /** Jaeger. */
  public readonly jaeger: Jaeger;

  constructor(scope: Construct, id: string, props: TracingChartProps) {
    super(scope, id, props);
    const config = this.config;
    const tracing = config.observability.tracing;
    const namespace = tracingNamespace(config);
    const durable = tracing.store === 'opensearch';

    const ns = new k8s.KubeNamespace(this, 'namespace', {
      metadata: {
        name: namespace,
        labels: {
          'pod-security.kubernetes.io/enforce': 'restricted',
          'pod-security.kubernetes.io/enforce-version': 'latest',
          'pod-security.kubernetes.io/audit': 'restricted',
          'pod-security.kubernetes.io/warn': 'restricted',
          'istio-injection': 'disabled',
        },
      },
    });
    acknowledgeManifest(ns, 'mesh-mtls-strict', tracingOutsideMeshReason(durable));
    acknowledgeManifest(ns, 'mesh-authz-default-deny', outsideMeshAuthorizationReason(namespace));

    this.collector = new OpenTelemetryCollectorV1Beta1(this, 'collector', {
      metadata: { name: OTEL_COLLECTOR_NAME, namespace },
      spec: {
        mode: OpenTelemetryCollectorV1Beta1SpecMode.DEPLOYMENT,
        replicas: tracing.collectorReplicas,
        config: {
          receivers: {
            otlp: { protocols: { grpc: { endpoint: `0.0.0.0:${OTEL_PORTS.otlpGrpc}` }, http: { endpoint: `0.0.0.0:${OTEL_PORTS.otlpHttp}` } } },
          },
          processors: {
            // Refuse data before the pod is OOM-killed, then batch for Jaeger.
            memory_limiter: { check_interval: '1s', limit_percentage: 80, spike_limit_percentage: 25 },
            batch: {},
          },
          exporters: {
            'otlp/jaeger': { endpoint: `${jaegerCollectorHost(config)}:${JAEGER_PORTS.otlpGrpc}`, tls: { insecure: true } },
          },
          service: {
            pipelines: { traces: { receivers: ['otlp'], processors: ['memory_limiter', 'batch'], exporters: ['otlp/jaeger'] } },
          },
        },
        // The operator makes a ServiceMonitor for the collector's own metrics (port 8888).
        observability: { metrics: { enableMetrics: true } },
        podSecurityContext: POD_SECURITY,
        securityContext: CONTAINER_SECURITY,
        resources: {
          requests: { cpu: OpenTelemetryCollectorV1Beta1SpecResourcesRequests.fromString('100m'), memory: OpenTelemetryCollectorV1Beta1SpecResourcesRequests.fromString('256Mi') },
          limits: { cpu: OpenTelemetryCollectorV1Beta1SpecResourcesLimits.fromString('1'), memory: OpenTelemetryCollectorV1Beta1SpecResourcesLimits.fromString('512Mi') },
        },
      },
    });

    if (durable) {
      const endpoint = observabilitySecretName(config, 'tracing-store-endpoint');
      const login = observabilitySecretName(config, 'tracing-store');
      new ExternalSecret(this, 'tracing-store', {
        metadata: { name: TRACING_STORE_SECRET, namespace },
        spec: {
          secretStoreRef: { kind: ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE, name: SECRET_STORE_NAME },
          refreshInterval: '1h',
          target: {
            name: TRACING_STORE_SECRET,
            creationPolicy: ExternalSecretSpecTargetCreationPolicy.OWNER,
            // Environment variables Jaeger reads its storage settings from.
            template: {
              engineVersion: ExternalSecretSpecTargetTemplateEngineVersion.V2,
              data: { ES_SERVER_URLS: 'https://{{ .host }}', ES_USERNAME: '{{ .username }}', ES_PASSWORD: '{{ .password }}' },
            },
          },
          data: [
            { secretKey: 'host', remoteRef: { key: endpoint, property: 'host' } },
            { secretKey: 'username', remoteRef: { key: login, property: 'username' } },
            { secretKey: 'password', remoteRef: { key: login, property: 'password' } },
          ],
        },
      });
    }

    this.jaeger = new Jaeger(this, 'jaeger', {
      metadata: { name: JAEGER_NAME, namespace },
      spec: jaegerSpec(config.observability, durable),
    });

    this.networkPolicies(namespace, durable);
  }

  /** Default deny, DNS, and exactly the span, query, scrape and storage paths. */
  private networkPolicies(namespace: string, durable: boolean): void {
    const config = this.config;
    const collector = matchLabels(COLLECTOR_POD_LABELS);
    const jaeger = matchLabels(JAEGER_POD_LABELS);
    const monitoring = namespacePeer(monitoringNamespace(config));
    defaultDenyPolicy(this, namespace);
    dnsEgressPolicy(this, namespace);

    new k8s.KubeNetworkPolicy(this, 'allow-span-intake', {
      metadata: { name: 'allow-span-intake', namespace },
      spec: {
        podSelector: collector,
        policyTypes: ['Ingress'],
        // Every proxy and application, in every namespace, sends spans.
        ingress: [
          { from: [{ namespaceSelector: {} }], ports: tcpPorts(OTEL_PORTS.otlpGrpc, OTEL_PORTS.otlpHttp) },
          { from: [monitoring], ports: tcpPorts(OTEL_PORTS.metrics) },
        ],
      },
    });
    new k8s.KubeNetworkPolicy(this, 'allow-export-to-jaeger', {
      metadata: { name: 'allow-export-to-jaeger', namespace },
      spec: {
        podSelector: collector,
        policyTypes: ['Egress'],
        egress: [{ to: [{ podSelector: jaeger }], ports: tcpPorts(JAEGER_PORTS.otlpGrpc) }],
      },
    });
    new k8s.KubeNetworkPolicy(this, 'allow-jaeger', {
      metadata: { name: 'allow-jaeger', namespace },
      spec: {
        podSelector: jaeger,
        policyTypes: ['Ingress'],
        ingress: [
          { from: [{ podSelector: collector }], ports: tcpPorts(JAEGER_PORTS.otlpGrpc) },
          // Grafana's Jaeger data source and Kiali.
          { from: [monitoring, namespacePeer(config.mesh.namespace)], ports: tcpPorts(JAEGER_PORTS.queryHttp, JAEGER_PORTS.queryGrpc) },
          { from: [monitoring], ports: tcpPorts(JAEGER_PORTS.collectorAdmin, JAEGER_PORTS.queryAdmin) },
        ],
      },
    });
    // The Jaeger operator: the API server calls its admission webhooks (Jaeger defaulting and
    // validation, Deployment sidecar injection) and it watches and writes through the API server,
    // whose private endpoint has its interfaces in the VPC.
    new k8s.KubeNetworkPolicy(this, 'allow-jaeger-operator', {
      metadata: { name: 'allow-jaeger-operator', namespace },
      spec: {
        podSelector: matchLabels(JAEGER_OPERATOR_POD_LABELS),
        policyTypes: ['Ingress', 'Egress'],
        ingress: [{ from: [{ ipBlock: { cidr: this.region.cidr } }], ports: tcpPorts(JAEGER_OPERATOR_PORTS.webhook) }],
        egress: [{ to: [{ ipBlock: { cidr: this.region.cidr } }], ports: tcpPorts(443) }],
      },
    });
    if (durable) {
      // The OpenSearch domain's network interfaces are in the cluster's VPC, on 443 only.
      new k8s.KubeNetworkPolicy(this, 'allow-tracing-store', {
        metadata: { name: 'allow-tracing-store', namespace },
        spec: {
          podSelector: jaeger,
          policyTypes: ['Egress'],
          egress: [{ to: [{ ipBlock: { cidr: this.region.cidr } }], ports: tcpPorts(443) }],
        },
      });
    }
  }
}

/** A resource list of the Jaeger CRD's per-component quantity type. */
function quantities<Q>(type: { fromString(value: string): Q }, values: Readonly<Record<string, string>>): Record<string, Q> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, type.fromString(v)]));
}

/**
 * Requests and limits of Jaeger's pods. The operator sets none (jaeger-operator 1.62), which would
 * leave them BestEffort, first to be evicted and invisible to the capacity model: these are ours.
 * All-in-one keeps up to 100 000 traces in memory.
 */
export const JAEGER_RESOURCES = {
  allInOne: { requests: { cpu: '100m', memory: '256Mi' }, limits: { memory: '1Gi' } },
  collector: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '512Mi' } },
  query: { requests: { cpu: '50m', memory: '128Mi' }, limits: { memory: '512Mi' } },
} as const;

/** Jaeger's spec: all-in-one in memory, or the production strategy on OpenSearch. */
export function jaegerSpec(observability: TracingChartProps['config']['observability'], durable: boolean): JaegerSpec {
  const common = {
    // Query is reached through port-forward, Grafana and Kiali; never exposed.
    ingress: { enabled: false },
    securityContext: POD_SECURITY,
    containerSecurityContext: CONTAINER_SECURITY,
  };
  if (!durable) {
    const r = JAEGER_RESOURCES.allInOne;
    return {
      ...common,
      strategy: 'allInOne',
      storage: { type: 'memory' },
      allInOne: {
        options: { memory: { 'max-traces': 100000 } },
        resources: { requests: quantities(JaegerSpecAllInOneResourcesRequests, r.requests), limits: quantities(JaegerSpecAllInOneResourcesLimits, r.limits) },
      },
    };
  }
  const tracing = observability.tracing;
  return {
    ...common,
    strategy: 'production',
    collector: {
      replicas: 2,
      maxReplicas: 6,
      resources: {
        requests: quantities(JaegerSpecCollectorResourcesRequests, JAEGER_RESOURCES.collector.requests),
        limits: quantities(JaegerSpecCollectorResourcesLimits, JAEGER_RESOURCES.collector.limits),
      },
    },
    query: {
      replicas: 2,
      resources: {
        requests: quantities(JaegerSpecQueryResourcesRequests, JAEGER_RESOURCES.query.requests),
        limits: quantities(JaegerSpecQueryResourcesLimits, JAEGER_RESOURCES.query.limits),
      },
    },
    storage: {
      type: 'elasticsearch',
      // ES_SERVER_URLS, ES_USERNAME, ES_PASSWORD: the domain is only known at deploy time.
      secretName: TRACING_STORE_SECRET,
      options: {
        es: {
          tls: { enabled: true },
          'num-shards': tracing.openSearch.dataNodes,
          'num-replicas': 1,
        },
      },
      esIndexCleaner: { enabled: true, numberOfDays: tracing.retentionDays, schedule: '55 23 * * *' },
      dependencies: { enabled: false },
    },
  };
}
