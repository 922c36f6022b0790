export * from './mesh-names';
export * from './traffic';
export * from './network-policies';
export * from './mesh-chart';
export * from './service-mesh-chart';
