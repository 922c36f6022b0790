export * from './acknowledge';
export * from './packs';
