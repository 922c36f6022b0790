import { Fact, type Layer } from '../core/layer';
import { GlobalStack } from './global-stack';

/** The environment's global stack. */
export const GLOBAL_STACK = new Fact<GlobalStack>('global stack');

/**
 * The global control plane in the hub account and region: Global Accelerator and Route 53. It
 * reads what every region stack publishes (its NLB, health check, certificate) and validates the
 * regions' certificates, so it deploys after every region stack (`cdk deploy 'prod/*'`, the pipeline).
 */
export const globalLayer: Layer = {
  name: 'global',
  environment: ({ app, config, regions, facts }) => {
    const global = new GlobalStack(app, 'Global', { config });
    for (const { base } of regions) global.addStackDependency(base.stack, 'reads the region\'s published ingress values and validates its certificate');
    facts.set(GLOBAL_STACK, global);
  },
};
