import { App, Validations } from 'aws-cdk-lib';
import { AtlasStacks, addAtlasStacks } from './atlas';
import { nagPacks } from './compliance';
import { PlatformConfig } from './config';
import { addCostTag } from './cost-tags';
import { GlobalStack } from './global';
import { KafkaReplicationStack, addKafkaReplication } from './kafka';
// Not './ml': its index also re-exports the charts, which load the 5 MB KServe classes.
import { MlStack, addMlStacks } from './ml/ml-stack';
import { RegionStack } from './regions';

export { SYNTH_CONTEXT } from './synth-context';

/** Options of {@link buildPlatform}. */
export interface BuildPlatformOptions {
  /**
   * Gate the synth with the four cdk-nag packs (AwsSolutions, HIPAA Security, NIST 800-53 R5,
   * PCI DSS 3.2.1). Only benchmarks turn this off, to measure its cost.
   * @default true
   */
  readonly nag?: boolean;
}

/** The stacks of one environment, as built into an app. */
export interface Platform {
  readonly app: App;
  readonly regions: readonly RegionStack[];
  /** The global edge (accelerator, DNS), in the hub account and region; deployed after every region. */
  readonly global: GlobalStack;
  /** The ML layer per region (empty without an `ml` section); the hub's deploys after the others'. */
  readonly ml: readonly MlStack[];
  /** MongoDB Atlas: type activations, the project and cluster, the connection strings; undefined without an `atlas` section. */
  readonly atlas?: AtlasStacks;
  /** MSK Replicators, one stack per region receiving replicated topics (none when nothing replicates). */
  readonly kafkaReplication: readonly KafkaReplicationStack[];
}

/**
 * Builds every stack of one environment into `app`: one {@link RegionStack} per region, the
 * {@link GlobalStack} after them, cost tags on everything, the nag packs as validation plugins.
 */
export function buildPlatform(app: App, config: PlatformConfig, options: BuildPlatformOptions = {}): Platform {
  const tags: Record<string, string> = {
    project: config.project,
    environment: config.environment,
    owner: config.owner,
  };
  for (const [key, value] of Object.entries(tags)) addCostTag(app, key, value);

  const regions = config.regions.map((region) => new RegionStack(app, `Region-${region.name}`, { config, region }));
  // Spokes grant cluster access to the Argo CD role the hub stack creates: deploy the hub first.
  const hub = regions.find((r) => r.regionConfig.hub)!;
  for (const stack of regions) if (stack !== hub) stack.addStackDependency(hub, 'Argo CD capability role is created by the hub stack');

  // The global stack reads what every region stack publishes (its NLB, health check, certificate)
  // and validates the regions' certificates: `cdk deploy --all` deploys it last.
  const global = new GlobalStack(app, 'Global', { config });
  for (const stack of regions) global.addStackDependency(stack, 'reads the region\'s published ingress values and validates its certificate');

  const ml = addMlStacks(app, config, regions);
  const kafkaReplication = addKafkaReplication(app, config, regions);
  const atlas = addAtlasStacks(app, config, regions);

  if (options.nag ?? true) Validations.of(app).addPlugins(...nagPacks(app));
  return { app, regions, global, ml, atlas, kafkaReplication };
}
