import { k8s } from 'cdk8s-plus-33';
import { Construct } from 'constructs';

/**
 * Grafana dashboards as ConfigMaps that kube-prometheus-stack's Grafana sidecar loads, shared by
 * the layers that draw one (a layer may not import another's internals). Only the frame: the
 * panels are the caller's.
 */

/** Label (and value) that makes Grafana's sidecar load a ConfigMap as a dashboard, from any namespace. */
export const GRAFANA_DASHBOARD_LABEL = { key: 'grafana_dashboard', value: '1' } as const;

/** The Prometheus data source a dashboard's panels and queries name: the `datasource` variable of {@link grafanaDashboard}. */
export const GRAFANA_PROMETHEUS_DATASOURCE = { type: 'prometheus', uid: '${datasource}' } as const;

/** What {@link grafanaDashboard} frames. */
export interface GrafanaDashboardProps {
  /** Unique id; Grafana allows 40 characters, so it is cut there. */
  readonly uid: string;
  readonly title: string;
  readonly tags: readonly string[];
  /** Grafana panel JSON, in display order. */
  readonly panels: readonly unknown[];
}

/**
 * Grafana's dashboard JSON model (schema 39) around `panels`: UTC, read-only, the last 6 hours
 * refreshed every minute, and a `datasource` variable choosing among the Prometheus data sources.
 */
export function grafanaDashboard(props: GrafanaDashboardProps): Record<string, unknown> {
  return {
    uid: props.uid.slice(0, 40),
    title: props.title,
    tags: [...props.tags],
    timezone: 'utc',
    editable: false,
    schemaVersion: 39,
    version: 1,
    refresh: '1m',
    time: { from: 'now-6h', to: 'now' },
    templating: { list: [{ name: 'datasource', label: 'Data source', type: 'datasource', query: 'prometheus' }] },
    panels: [...props.panels],
  };
}

/**
 * A ConfigMap named `name` in `namespace` holding `dashboard` as `<file>` (pretty JSON), labelled
 * so Grafana's sidecar loads it ({@link GRAFANA_DASHBOARD_LABEL}).
 */
export function grafanaDashboardConfigMap(
  scope: Construct,
  id: string,
  props: { readonly name: string; readonly namespace: string; readonly file: string; readonly dashboard: Record<string, unknown> },
): k8s.KubeConfigMap {
  return new k8s.KubeConfigMap(scope, id, {
    metadata: { name: props.name, namespace: props.namespace, labels: { [GRAFANA_DASHBOARD_LABEL.key]: GRAFANA_DASHBOARD_LABEL.value } },
    data: { [props.file]: `${JSON.stringify(props.dashboard, null, 2)}\n` },
  });
}
