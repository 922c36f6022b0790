import { App, Validations } from 'aws-cdk-lib';
import { acknowledgeControlTowerDecisions, carryNagAcknowledgements, nagPacks } from '../compliance';
import { pipelineHosts } from '../config';
import { restrictKeyGrantsToAwsServices } from '../core/key-policy';
import { DeliveryPipelineStack } from '../delivery/pipeline-stack';
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
  // The pipeline's stacks (and the cross-region support stacks CodePipeline adds at synth) are
  // gated by the same packs as the environments.
  for (const stack of [pipeline, ...pipeline.supportStacks]) {
    restrictKeyGrantsToAwsServices(stack);
    carryNagAcknowledgements(stack);
    acknowledgeControlTowerDecisions(stack);
    Validations.of(stack).addPlugins(...nagPacks(stack));
  }
  return pipeline;
}
