import type { PlatformConfig } from './load';

/**
 * Names, labels and ports of the Istio mesh that more than one object (and more than one chart)
 * must agree on. They are fixed by the upstream charts Argo CD installs (istiod, the `gateway`
 * chart) or by Kubernetes itself, so they live here once instead of being retyped per object.
 * Candidates for `lib/config/names.ts` once another layer needs them (see the mesh report).
 */

/** SPIFFE trust domain of the mesh: istiod's default `meshConfig.trustDomain`. */
export const TRUST_DOMAIN = 'cluster.local';

/** Kubernetes cluster DNS suffix, for service FQDNs. */
export const CLUSTER_DOMAIN = 'cluster.local';

/**
 * Helm release name of the ingress gateway (istio `gateway` chart). The chart names the
 * Deployment and its service account after the release, and labels the pods
 * `app: <release>` and `istio: <release without the istio- prefix>`.
 */
export const INGRESS_GATEWAY_RELEASE = 'istio-ingress';

/** Service account of the ingress gateway pods (the `gateway` chart uses the release name). */
export const INGRESS_GATEWAY_SERVICE_ACCOUNT = INGRESS_GATEWAY_RELEASE;

/** Pod labels that select the ingress gateway pods: `istio: ingress`. */
export const INGRESS_GATEWAY_SELECTOR: Readonly<Record<string, string>> = {
  istio: INGRESS_GATEWAY_RELEASE.replace(/^istio-/, ''),
};

/** Name of the Istio `Gateway` object the ingress VirtualServices bind to. */
export const INGRESS_GATEWAY_NAME = 'ingress-gateway';

/**
 * Ports of the ingress gateway. Unprivileged (no `NET_BIND_SERVICE`, no sysctl), and the same
 * number on the pod and on the chart's Service, so the Gateway servers, the AuthorizationPolicy,
 * the NetworkPolicy and the TargetGroupBinding all name one port.
 */
export const INGRESS_PORTS = {
  /** Plain HTTP server of the Gateway. */
  http: 8080,
  /** HTTPS server of the Gateway (TLS terminated by Envoy, certificate from {@link ingressTlsSecretName}). */
  https: 8443,
  /** Envoy readiness (`/healthz/ready`): the load balancer's health check. */
  status: 15021,
} as const;

/** Ports of the Istio proxy (sidecar or gateway) and of istiod. */
export const ISTIO_PORTS = {
  /** pilot-agent: merged Prometheus metrics (app + Envoy) and rewritten probes; not captured by the sidecar. */
  mergedMetrics: 15020,
  /** Envoy's own Prometheus endpoint (`/stats/prometheus`). */
  envoyMetrics: 15090,
  /** istiod: xDS and certificate signing over mTLS, the only port a proxy dials on istiod. */
  istiodXds: 15012,
} as const;

/** Pod labels of istiod (istiod chart). */
export const ISTIOD_SELECTOR: Readonly<Record<string, string>> = { app: 'istiod' };

/** Namespace and pod labels of cluster DNS (CoreDNS on EKS keeps the `kube-dns` label). */
export const CLUSTER_DNS = {
  namespace: 'kube-system',
  selector: { 'k8s-app': 'kube-dns' } as Readonly<Record<string, string>>,
  port: 53,
} as const;

/** Label every namespace carries with its own name (set by the API server, cannot be forged). */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

/** `<ingress ns>/ingress-gateway`: how a VirtualService in another namespace names the Gateway. */
export function ingressGatewayRef(config: PlatformConfig): string {
  return `${config.gitops.operators.istioIngress.namespace}/${INGRESS_GATEWAY_NAME}`;
}

/**
 * Secret (in the ingress gateway namespace) holding the TLS certificate of the HTTPS server:
 * `automatedai-ingress-tls`. Not rendered by the mesh: cert-manager or External Secrets makes it.
 */
export function ingressTlsSecretName(config: Pick<PlatformConfig, 'project'>): string {
  return `${config.project}-ingress-tls`;
}

/** SPIFFE identity (AuthorizationPolicy principal) of a service account: `cluster.local/ns/<ns>/sa/<sa>`. */
export function principal(namespace: string, serviceAccount: string): string {
  return `${TRUST_DOMAIN}/ns/${namespace}/sa/${serviceAccount}`;
}

/** Principal of the ingress gateway pods. */
export function ingressGatewayPrincipal(config: PlatformConfig): string {
  return principal(config.gitops.operators.istioIngress.namespace, INGRESS_GATEWAY_SERVICE_ACCOUNT);
}

/**
 * Minimum replicas of the ingress gateway: one per availability zone (at least 2). The
 * ApplicationSet gives every cluster the same values, so it is the largest zone count among the
 * environment's regions.
 */
export function ingressMinReplicas(config: PlatformConfig): number {
  return Math.max(2, ...config.regions.map((r) => r.availabilityZones.length));
}
