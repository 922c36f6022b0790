export * from './argocd-capability';
export * from './clusters';
export * from './gitops-chart';
export * from './operators';
export * from './project';
export * from './sync';
export * from './workloads';
export * from './layer';
