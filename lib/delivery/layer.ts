import { regionWaves } from '../config';
import type { Layer } from '../core/layer';

/**
 * Delivery: the environment's regions deploy in the waves of `delivery.regionWaves` (the hub
 * region first, by default). Each region's stack depends on every region stack of the wave
 * before, so `cdk deploy` and the pipeline (which orders a stage's stacks by their dependencies
 * and runs a stack's post-deploy steps before its dependents) deploy a wave only after the
 * previous one, checks included. The pipeline itself is lib/delivery/pipeline-stack.ts.
 */
export const deliveryLayer: Layer = {
  name: 'delivery',
  configSection: 'delivery',
  environment: ({ config, regions }) => {
    const waves = regionWaves(config);
    const stackOf = (name: string) => regions.find((r) => r.base.region.name === name)!.base.stack;
    for (let i = 1; i < waves.length; i++) {
      for (const name of waves[i]) {
        for (const previous of waves[i - 1]) {
          stackOf(name).addStackDependency(stackOf(previous), `delivery.regionWaves: wave ${i} deploys after wave ${i - 1} is healthy`);
        }
      }
    }
  },
};
