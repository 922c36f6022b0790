import { INSTANCE_LABEL, JAEGER_NAME } from '../config/observability-names';

/**
 * Secret (keys `admin-user`, `admin-password`, in the kube-prometheus-stack namespace) holding
 * Grafana's admin login, instead of the chart's well-known default password. Made by an
 * ExternalSecret of the observability layer.
 */
export const GRAFANA_ADMIN_SECRET = 'grafana-admin';

/** Non-root uid every tracing container runs as (the Jaeger and collector images run as 10001). */
export const TRACING_RUN_AS_USER = 10001;

/**
 * Pod Security level of the monitoring namespace: `privileged`, for node-exporter (host network,
 * PID and paths). The observability chart renders the namespace; kube-prometheus-stack's
 * Application leaves it alone (`namespaceFromManifests`).
 */
export const MONITORING_POD_SECURITY = 'privileged';

/** Pod labels of every Jaeger pod, all-in-one or not (set by the Jaeger operator). */
export const JAEGER_POD_LABELS: Readonly<Record<string, string>> = { [INSTANCE_LABEL]: JAEGER_NAME, 'app.kubernetes.io/part-of': 'jaeger' };

/**
 * Why a namespace outside the mesh has no AuthorizationPolicy enforcement (`mesh-authz-default-deny`),
 * and what decides access there instead.
 */
export function outsideMeshAuthorizationReason(namespace: string): string {
  return `${namespace} is outside the mesh for the reasons given under mesh-mtls-strict, and AuthorizationPolicies are enforced only by ` +
    'sidecars, so the mesh-wide deny-all does not protect it. Who may connect is decided instead by the default-deny NetworkPolicies ' +
    'of this namespace (ingress and egress, by pod and namespace selector and port, without workload identity), listed under mesh-mtls-strict.';
}
