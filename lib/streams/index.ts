export * from './layer';
export * from './job-chart';
export * from './job-image';
export * from './identities';
