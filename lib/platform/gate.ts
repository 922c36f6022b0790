import { Validations } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { acknowledgeControlTowerDecisions, carryNagAcknowledgements, nagPacks } from '../compliance';
import { restrictKeyGrantsToAwsServices } from '../core/key-policy';

/**
 * Gates `scope` (an environment's stage, or one stack) the way every synth is gated, once its
 * constructs are built: key policies restricted to grants for AWS resources, the Control Tower
 * acknowledgements carried over from cdk-nag's and decided platform-wide, then the four nag packs,
 * the Control Tower gate and the register gate as validation plugins.
 *
 * @param config the environment's production flag and log retention (for the retention decision)
 *   @default - no retention decision (stacks outside an environment)
 */
export function gate(scope: IConstruct, config?: Parameters<typeof acknowledgeControlTowerDecisions>[1], options: { readonly plugins?: boolean } = {}): void {
  restrictKeyGrantsToAwsServices(scope);
  carryNagAcknowledgements(scope);
  acknowledgeControlTowerDecisions(scope, config);
  if (options.plugins ?? true) Validations.of(scope).addPlugins(...nagPacks(scope));
}
