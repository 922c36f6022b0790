export * from './aws';
export * from './schema';
export * from './load';
export * from './names';
export * from './files';
export * from './json-schema';
