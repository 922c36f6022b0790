export * from './layer';
export * from './node-autoscaler-access';
export * from './operators';
