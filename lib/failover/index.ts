export * from './layer';
export * from './model';
export * from './sources';
export * from './format';
