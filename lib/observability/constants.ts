/** Label (and value) that makes Grafana's sidecar load a ConfigMap as a dashboard, from any namespace. */
export const GRAFANA_DASHBOARD_LABEL = { key: 'grafana_dashboard', value: '1' } as const;

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
