export * from './log-bucket';
export * from './sdk-calls';
export * from './ingress-binding-chart';
export * from './certificate-export';
