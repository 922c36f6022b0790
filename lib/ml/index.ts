export * from './ml-stack';
export * from './storage';
export * from './mlflow-database';
export * from './feature-store';
export * from './workload-access';
export * from './ml-k8s';
export * from './ml-chart';
export * from './model-serving-chart';
