// The gate and the acknowledgement helpers only: every stack loads this module, so the report
// machinery (./report, ./k8s) is imported from its own folder when a report is built.
export * from './acknowledge';
export * from './packs';
export * from './recording';
export * from './control-tower';
export * from './control-tower-acknowledgements';
export * from './register';
