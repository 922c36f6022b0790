export * from './cost-tags';
export * from './iam';
export * from './log-bucket';
export * from './pod-identity';
export * from './sdk-calls';
export * from './synth-context';
export * from './layer';
export * from './facts';
