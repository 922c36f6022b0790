import { k8s } from 'cdk8s-plus-33';
import { Construct } from 'constructs';
import { ServiceConfig, serviceNamespace } from '../config';
import {
  DestinationRule,
  DestinationRuleSpecTrafficPolicyTlsMode,
  VirtualService,
  VirtualServiceSpecHttp,
} from '../imports/istio-networking.istio.io';
import { AuthorizationPolicy, AuthorizationPolicySpecAction } from '../imports/istio-security.istio.io';
import { ClusterChart, ClusterChartProps } from '../k8s/cluster-chart';
import { INGRESS_GATEWAY_SELECTOR, ISTIO_PORTS, ingressGatewayRef } from '../config/mesh-names';
import {
  controlPlaneEgressPolicy,
  defaultDenyPolicy,
  dnsEgressPolicy,
  matchLabels,
  namespacePeer,
  tcpPorts,
} from '../k8s/network-policies';
import {
  calleesOf,
  callerPrincipals,
  callerServicesOf,
  ingressHealthPath,
  isIngressCaller,
  metricsPortOf,
  OUTLIER_DETECTION,
  serviceHost,
  serviceSelector,
  versionSelector,
} from '../config/traffic';

/**
 * Connection limits every client sidecar applies towards a service (DestinationRule
 * `connectionPool`). Istio's own defaults are effectively unlimited (2^32-1); these restore
 * Envoy's circuit-breaker defaults, so an overloaded service sheds load with fast 503s instead
 * of queueing without bound. `maxRequestsPerConnection` recycles keep-alive connections now and
 * then, so replicas added by the autoscaler receive traffic from long-lived clients.
 */
export const CONNECTION_POOL = {
  /** TCP connections per client proxy to all endpoints of the service. */
  maxConnections: 1024,
  /** HTTP/1.1 requests queued while waiting for a connection. */
  http1MaxPendingRequests: 1024,
  /** Concurrent requests (HTTP/2, and HTTP/1.1 in flight) to the service. */
  http2MaxRequests: 1024,
  /** Requests per connection before it is closed and reopened. */
  maxRequestsPerConnection: 1000,
} as const;

/** Conditions a request is retried on: upstream 5xx, resets, refused connections and streams. */
export const RETRY_ON = '5xx,reset,connect-failure,refused-stream';

/** Props of {@link ServiceMeshChart}. */
export interface ServiceMeshChartProps extends ClusterChartProps {
  /** The service to route and protect: one element of `config.services`. */
  readonly service: ServiceConfig;
}

/**
 * Istio routing and the allow rules of one service, in its namespace: a DestinationRule (mTLS,
 * circuit breaking, one subset per version), VirtualServices splitting traffic by the versions'
 * weights (mesh traffic, and the ingress gateway when `ingressPathPrefix` is set), and the
 * AuthorizationPolicies and NetworkPolicies that admit exactly the declared callers, Prometheus,
 * DNS, istiod and the services this one calls.
 *
 * A service without callers gets no caller rules at all: an empty `principals` or `from` list
 * would mean "anyone", so absence, which the default-deny policies turn into "no one", is the
 * only safe rendering.
 *
 * @throws Error when `service` is not one of `config.services` (callers and callees are resolved there)
 */
export class ServiceMeshChart extends ClusterChart {
  /** The service this chart renders for. */
  public readonly service: ServiceConfig;

  constructor(scope: Construct, id: string, props: ServiceMeshChartProps) {
    super(scope, id, props);
    const { service } = props;
    if (!this.config.services.some((s) => s.name === service.name)) {
      throw new Error(
        `ServiceMeshChart: service '${service.name}' is not in config.services (allowed: ${this.config.services.map((s) => s.name).join(', ') || 'none'})`,
      );
    }
    this.service = service;
    const namespace = serviceNamespace(service);

    this.routing(namespace);
    this.authorization(namespace);
    this.networkPolicies(namespace);
  }

  private routing(namespace: string): void {
    const service = this.service;
    const host = serviceHost(service);

    new DestinationRule(this, 'destination-rule', {
      metadata: { name: service.name, namespace },
      spec: {
        host,
        trafficPolicy: {
          tls: { mode: DestinationRuleSpecTrafficPolicyTlsMode.ISTIO_UNDERSCORE_MUTUAL },
          connectionPool: {
            tcp: { maxConnections: CONNECTION_POOL.maxConnections },
            http: {
              http1MaxPendingRequests: CONNECTION_POOL.http1MaxPendingRequests,
              http2MaxRequests: CONNECTION_POOL.http2MaxRequests,
              maxRequestsPerConnection: CONNECTION_POOL.maxRequestsPerConnection,
            },
          },
          outlierDetection: {
            consecutive5XxErrors: OUTLIER_DETECTION.consecutive5xxErrors,
            interval: OUTLIER_DETECTION.interval,
            baseEjectionTime: OUTLIER_DETECTION.baseEjectionTime,
            maxEjectionPercent: OUTLIER_DETECTION.maxEjectionPercent,
          },
        },
        subsets: service.versions.map((v) => ({ name: v.name, labels: versionSelector(v) })),
      },
    });

    // Mesh traffic: callers address the service by its FQDN.
    new VirtualService(this, 'virtual-service', {
      metadata: { name: service.name, namespace },
      spec: { hosts: [host], gateways: ['mesh'], http: [this.httpRoute('mesh')] },
    });

    // Ingress traffic arrives with the public host name, so this VirtualService needs hosts `*`,
    // which Istio forbids on one bound to `mesh`: hence a second VirtualService.
    if (service.ingressPathPrefix) {
      new VirtualService(this, 'ingress-virtual-service', {
        metadata: { name: `${service.name}-ingress`, namespace },
        spec: {
          hosts: ['*'],
          gateways: [ingressGatewayRef(this.config)],
          http: [
            // The health route first (it also matches the prefix): rewritten to the path the
            // service's probes use, so an outside check (the synthetic canary) reaches it.
            { ...this.httpRoute('ingress-health'), match: [{ uri: { exact: ingressHealthPath(service) } }], rewrite: { uri: service.healthPath } },
            { ...this.httpRoute('ingress'), match: [{ uri: { prefix: service.ingressPathPrefix } }] },
          ],
        },
      });
    }
  }

  /** The canary split with the service's timeout and retries. */
  private httpRoute(name: string): VirtualServiceSpecHttp {
    const { versions, traffic, port } = this.service;
    const host = serviceHost(this.service);
    return {
      name,
      route: versions.map((v) => ({ destination: { host, subset: v.name, port: { number: port } }, weight: v.weight })),
      timeout: `${traffic.timeoutSeconds}s`,
      // Istio retries twice when `retries` is absent, so 0 is rendered as an explicit opt-out.
      retries:
        traffic.retries === 0
          ? { attempts: 0 }
          : { attempts: traffic.retries, perTryTimeout: `${traffic.perTryTimeoutSeconds}s`, retryOn: RETRY_ON },
    };
  }

  private authorization(namespace: string): void {
    const service = this.service;
    const selector = { matchLabels: serviceSelector(service) };

    if (service.callers.length > 0) {
      new AuthorizationPolicy(this, 'allow-callers', {
        metadata: { name: 'allow-callers', namespace },
        spec: {
          action: AuthorizationPolicySpecAction.ALLOW,
          selector,
          rules: [
            {
              from: [{ source: { principals: callerPrincipals(this.config, service) } }],
              to: [{ operation: { ports: [String(service.port)] } }],
            },
          ],
        },
      });
    }

    // Takes effect only for a scraper with a mesh identity (mTLS). Prometheus outside the mesh
    // scrapes the merged endpoint on 15020 instead, which the sidecar does not intercept, so
    // neither mTLS nor AuthorizationPolicies apply to it; the NetworkPolicy below admits both.
    new AuthorizationPolicy(this, 'allow-prometheus', {
      metadata: { name: 'allow-prometheus', namespace },
      spec: {
        action: AuthorizationPolicySpecAction.ALLOW,
        selector,
        rules: [
          {
            from: [{ source: { namespaces: [this.config.gitops.operators.kubePrometheusStack.namespace] } }],
            to: [{ operation: { ports: [String(metricsPortOf(service))], methods: ['GET'], paths: ['/metrics'] } }],
          },
        ],
      },
    });
  }

  private networkPolicies(namespace: string): void {
    const service = this.service;
    const pods = matchLabels(serviceSelector(service));
    defaultDenyPolicy(this, namespace);

    if (service.callers.length > 0) {
      const peers = callerServicesOf(this.config, service).map((c) => namespacePeer(serviceNamespace(c), serviceSelector(c)));
      if (isIngressCaller(service)) {
        peers.unshift(namespacePeer(this.config.gitops.operators.istioIngress.namespace, INGRESS_GATEWAY_SELECTOR));
      }
      new k8s.KubeNetworkPolicy(this, 'np-allow-callers', {
        metadata: { name: 'allow-callers', namespace },
        spec: { podSelector: pods, policyTypes: ['Ingress'], ingress: [{ from: peers, ports: tcpPorts(service.port) }] },
      });
    }

    new k8s.KubeNetworkPolicy(this, 'np-allow-prometheus', {
      metadata: { name: 'allow-prometheus', namespace },
      spec: {
        podSelector: pods,
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [namespacePeer(this.config.gitops.operators.kubePrometheusStack.namespace)],
            ports: tcpPorts(metricsPortOf(service), ISTIO_PORTS.mergedMetrics),
          },
        ],
      },
    });

    dnsEgressPolicy(this, namespace);
    controlPlaneEgressPolicy(this, this.config, namespace);

    // One rule per callee, so each namespace is reachable only on its own service's port.
    const callees = calleesOf(this.config, service);
    if (callees.length > 0) {
      new k8s.KubeNetworkPolicy(this, 'np-allow-callees', {
        metadata: { name: 'allow-callees', namespace },
        spec: {
          podSelector: pods,
          policyTypes: ['Egress'],
          egress: callees.map((t) => ({ to: [namespacePeer(serviceNamespace(t), serviceSelector(t))], ports: tcpPorts(t.port) })),
        },
      });
    }
  }
}
