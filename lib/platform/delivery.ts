import { App } from 'aws-cdk-lib';
import { pipelineHosts } from '../config';
import { DeliveryPipelineStack } from '../delivery/pipeline-stack';
import { gate } from './gate';
import { PlatformStage } from './stage';

/**
 * Adds the delivery pipeline to `app` when one of the environments declares `delivery.pipeline`
 * and every environment it deploys is among `stages` (a `-c env=dev` synth has no pipeline).
 * Returns it, or undefined.
 */
export function addDeliveryPipeline(app: App, stages: readonly PlatformStage[]): DeliveryPipelineStack | undefined {
  const host = pipelineHosts(stages.map((s) => s.config))[0];
  if (!host) return undefined;
  const names = host.delivery.pipeline!.environments;
  const environments = names.map((name) => stages.find((s) => s.config.environment === name));
  if (environments.some((e) => !e)) return undefined;
  const pipeline = new DeliveryPipelineStack(app, 'Delivery', {
    host,
    environments: environments.map((stage) => ({
      config: stage!.config,
      stage: stage!,
      regionStacks: new Map(stage!.platform.regions.map((r) => [r.regionConfig.name, r])),
    })),
  });
  gatePipeline(pipeline);
  return pipeline;
}

/**
 * Gates the pipeline's stacks (and the cross-region support stacks CodePipeline adds) like an
 * environment: key policies restricted, Control Tower acknowledgements carried over and decided,
 * the packs, the Control Tower gate and the register gate.
 */
export function gatePipeline(pipeline: DeliveryPipelineStack): void {
  for (const stack of [pipeline, ...pipeline.supportStacks]) gate(stack);
}
