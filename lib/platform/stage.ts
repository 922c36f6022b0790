import { Stage, StageProps } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { PlatformConfig } from '../config';
import { BuildPlatformOptions, Platform, buildPlatform } from './app';

/** Props of {@link PlatformStage}. */
export interface PlatformStageProps extends StageProps, BuildPlatformOptions {
  /** The environment's validated config. */
  readonly config: PlatformConfig;
}

/**
 * One environment of the platform as a CDK Stage, named after the environment: its stacks are
 * `<env>/Region-us-east-1`, `<env>/Global`, … Stacks inside a Stage are never selected by
 * `cdk deploy --all` (which takes top-level stacks only): an environment is deployed by naming
 * it (`npx cdk deploy 'dev/*'`) or by the delivery pipeline.
 */
export class PlatformStage extends Stage {
  /** The environment's config. */
  public readonly config: PlatformConfig;
  /** The stacks the layers built. */
  public readonly platform: Platform;

  constructor(scope: Construct, props: PlatformStageProps) {
    super(scope, props.config.environment, props);
    this.config = props.config;
    this.platform = buildPlatform(this, props.config, props);
  }
}
