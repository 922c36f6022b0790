export * from './cluster';
export * from './network';
export * from './pod-identity';
export * from './region-stack';
export * from './external-secrets';
export * from './ingress';
export * from './service-identities';
