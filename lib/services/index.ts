export * from './scaling';
export * from './service-chart';
export * from './identities';
export * from './layer';
