export * from './ingress-binding-chart';
export * from './certificate-export';
export * from './ingress';
export * from './layer';
export * from './operators';
