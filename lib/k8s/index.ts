export * from './cluster-chart';
export * from './render';
export * from './waves';
export * from './write';
