export * from './durations';
export * from './plan';
export * from './format';
export * from './layer';
