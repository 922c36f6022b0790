export * from './scaling';
export * from './service-chart';
export * from './secret-store-chart';
