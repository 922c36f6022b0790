export * from './cluster-chart';
export * from './network-policies';
export * from './service-entries';
export * from './waves';
export * from './write';
export * from './namespaces';
export * from './grafana-dashboards';
