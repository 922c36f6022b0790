export * from './region-link';
export * from './accelerator';
export * from './dns';
export * from './global-stack';
export * from './layer';
