export * from './api-function';
export * from './atlas-stack';
export * from './cluster-spec';
export * from './connection-stack';
export * from './private-link';
export * from './types-stack';
export * from './stacks';
export * from './clients-chart';
