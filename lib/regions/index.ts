export * from './cluster';
export * from './network';
export * from './region-stack';
export * from './external-secrets';
export * from './secret-store-chart';
export * from './layer';
export * from './operators';
export * from './addon-footprints';
