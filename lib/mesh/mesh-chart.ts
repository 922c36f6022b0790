import { k8s } from 'cdk8s-plus-33';
import { Construct } from 'constructs';
import { serviceNamespace } from '../config';
import {
  Gateway,
  GatewaySpecServersTlsMinProtocolVersion,
  GatewaySpecServersTlsMode,
} from '../imports/istio-networking.istio.io';
import {
  AuthorizationPolicy,
  AuthorizationPolicySpecAction,
  PeerAuthentication,
  PeerAuthenticationSpecMtlsMode,
} from '../imports/istio-security.istio.io';
import { Telemetry } from '../imports/istio-telemetry.istio.io';
import { ClusterChart, ClusterChartProps } from '../k8s/cluster-chart';
import {
  INGRESS_GATEWAY_NAME,
  INGRESS_GATEWAY_SELECTOR,
  INGRESS_PORTS,
  ISTIO_PORTS,
  ingressTlsSecretName,
} from '../config/mesh-names';
import {
  controlPlaneEgressPolicy,
  defaultDenyPolicy,
  dnsEgressPolicy,
  matchLabels,
  namespacePeer,
  tcpPorts,
} from '../k8s/network-policies';
import { assertIngressPrefixes, ingressServicesOf, serviceSelector } from '../config/traffic';

/** Every IPv4 address: the gateway's clients, whose addresses the load balancers preserve. */
const ANY_IPV4 = '0.0.0.0/0';

/** Props of {@link MeshChart}: the cluster's config and region, nothing else. */
export type MeshChartProps = ClusterChartProps;

/**
 * Mesh-wide Istio objects of one cluster: STRICT mTLS, a default-deny authorization policy, the
 * ingress Gateway and its allow rules, tracing, and the ingress namespace's NetworkPolicies.
 *
 * Objects in the mesh root namespace (`config.mesh.namespace`) apply to every workload, the
 * ingress gateway included, so each service needs its own ALLOW policy ({@link ServiceMeshChart})
 * and the gateway gets one here.
 *
 * @throws Error when two services' `ingressPathPrefix` overlap (see `ingressPrefixProblems`)
 */
export class MeshChart extends ClusterChart {
  constructor(scope: Construct, id: string, props: MeshChartProps) {
    super(scope, id, props);
    assertIngressPrefixes(this.config);

    const root = this.config.mesh.namespace;
    const ingressNs = this.config.gitops.operators.istioIngress.namespace;
    const monitoringNs = this.config.gitops.operators.kubePrometheusStack.namespace;

    // A PeerAuthentication named `default` in the root namespace is the mesh-wide policy: every
    // sidecar rejects plaintext, so identities in AuthorizationPolicies cannot be spoofed.
    new PeerAuthentication(this, 'mtls', {
      metadata: { name: 'default', namespace: root },
      spec: { mtls: { mode: PeerAuthenticationSpecMtlsMode.STRICT } },
    });

    // An empty spec (action ALLOW, no rules) in the root namespace selects every workload and
    // matches no request: allow-nothing, so only explicit ALLOW policies open traffic.
    new AuthorizationPolicy(this, 'deny-all', {
      metadata: { name: 'deny-all', namespace: root },
      spec: {},
    });

    new Telemetry(this, 'telemetry', {
      metadata: { name: 'mesh-default', namespace: root },
      // No provider named: the mesh's default tracing provider (istiod meshConfig) is used.
      spec: { tracing: [{ randomSamplingPercentage: this.config.mesh.tracingSamplingPercent }] },
    });

    new Gateway(this, 'gateway', {
      metadata: { name: INGRESS_GATEWAY_NAME, namespace: ingressNs },
      spec: {
        selector: { ...INGRESS_GATEWAY_SELECTOR },
        servers: [
          // Plain HTTP only answers with a 301 to https:// (same host and path): nothing is served
          // in clear text, and a client that types http:// still lands on TLS. The server stays
          // (rather than dropping port 8080) because Global Accelerator and the NLB listen on 80:
          // without it those clients would get a reset instead of a redirect. The load balancers'
          // health checks use the status port (15021), not this server.
          { port: { number: INGRESS_PORTS.http, name: 'http', protocol: 'HTTP' }, hosts: ['*'], tls: { httpsRedirect: true } },
          {
            port: { number: INGRESS_PORTS.https, name: 'https', protocol: 'HTTPS' },
            hosts: ['*'],
            // The Secret comes from External Secrets (the exported ACM certificate); until it
            // exists, istiod skips this server, so the gateway serves nothing but the redirect.
            tls: {
              mode: GatewaySpecServersTlsMode.SIMPLE,
              credentialName: ingressTlsSecretName(this.config),
              minProtocolVersion: GatewaySpecServersTlsMinProtocolVersion.TLSV1_UNDERSCORE_2,
            },
          },
        ],
      },
    });

    // The load balancer is outside the mesh, so this rule names ports, not principals; which
    // networks may connect is the NetworkPolicy's job (`allow-load-balancer` below).
    new AuthorizationPolicy(this, 'gateway-allow', {
      metadata: { name: 'allow-load-balancer', namespace: ingressNs },
      spec: {
        action: AuthorizationPolicySpecAction.ALLOW,
        selector: { matchLabels: { ...INGRESS_GATEWAY_SELECTOR } },
        rules: [{ to: [{ operation: { ports: [String(INGRESS_PORTS.http), String(INGRESS_PORTS.https)] } }] }],
      },
    });

    this.ingressNetworkPolicies(ingressNs, monitoringNs);
  }

  /** Default-deny in the ingress namespace, plus exactly what the gateway needs. */
  private ingressNetworkPolicies(namespace: string, monitoringNs: string): void {
    const gatewayPods = matchLabels(INGRESS_GATEWAY_SELECTOR);
    defaultDenyPolicy(this, namespace);

    // Global Accelerator and the internal NLB (IP targets) both preserve client IP addresses, so
    // client traffic arrives from any internet address: the server ports admit any source. Who
    // can reach them is decided one layer down: the NLB is internal, its security group admits
    // only client traffic on 80/443, and the pods' (cluster) security group admits the gateway
    // ports only from the NLB's security group. The status port serves the NLB's health checks,
    // which come from the load balancer's own addresses in the VPC, so it stays VPC-only.
    new k8s.KubeNetworkPolicy(this, 'allow-load-balancer', {
      metadata: { name: 'allow-load-balancer', namespace },
      spec: {
        podSelector: gatewayPods,
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [{ ipBlock: { cidr: ANY_IPV4 } }],
            ports: tcpPorts(INGRESS_PORTS.http, INGRESS_PORTS.https),
          },
          {
            from: [{ ipBlock: { cidr: this.region.cidr } }],
            ports: tcpPorts(INGRESS_PORTS.status),
          },
        ],
      },
    });

    new k8s.KubeNetworkPolicy(this, 'allow-prometheus', {
      metadata: { name: 'allow-prometheus', namespace },
      spec: {
        podSelector: gatewayPods,
        policyTypes: ['Ingress'],
        ingress: [{ from: [namespacePeer(monitoringNs)], ports: tcpPorts(ISTIO_PORTS.mergedMetrics, ISTIO_PORTS.envoyMetrics) }],
      },
    });

    dnsEgressPolicy(this, namespace);
    controlPlaneEgressPolicy(this, this.config, namespace);

    // One rule per upstream, so each namespace is reachable only on its own service's port.
    const upstreams = ingressServicesOf(this.config);
    if (upstreams.length > 0) {
      new k8s.KubeNetworkPolicy(this, 'allow-upstreams', {
        metadata: { name: 'allow-upstreams', namespace },
        spec: {
          podSelector: gatewayPods,
          policyTypes: ['Egress'],
          egress: upstreams.map((s) => ({ to: [namespacePeer(serviceNamespace(s), serviceSelector(s))], ports: tcpPorts(s.port) })),
        },
      });
    }
  }
}
