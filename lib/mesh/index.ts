export * from './mesh-chart';
export * from './service-mesh-chart';
export * from './layer';
export * from './operators';
