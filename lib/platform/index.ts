export * from './app';
export * from './registry';
export * from './render';
