export * from './cluster-chart';
export * from './waves';
