import { Stack } from 'aws-cdk-lib';
import * as appconfig from 'aws-cdk-lib/aws-appconfig';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { FEATURE_FLAGS_PROFILE_NAME, PlatformConfig, envPrefix, featureFlagsApplicationName, featureFlagsEnvironmentName } from '../config';
import { checkRollbackDetection } from './flag-rollback';
import { attachManagedPolicy } from '../core/iam';

/** AppConfig's feature-flag document (`AWS.AppConfig.FeatureFlags`, version 1) for the configured flags. */
export function featureFlagsDocument(config: PlatformConfig): Record<string, unknown> {
  const flags = config.observability.featureFlags.flags;
  const keys = Object.keys(flags).sort();
  return {
    version: '1',
    flags: Object.fromEntries(keys.map((k) => [k, { name: k, ...(flags[k].description ? { description: flags[k].description } : {}) }])),
    values: Object.fromEntries(keys.map((k) => [k, { enabled: flags[k].enabled }])),
  };
}

/** Total minutes a flag deployment takes with the configured strategy (rollout plus bake). */
export function flagRolloutMinutes(config: PlatformConfig): number {
  const f = config.observability.featureFlags;
  return f.deploymentMinutes + f.bakeMinutes;
}

/** Props of {@link FeatureFlags}. */
export interface FeatureFlagsProps {
  readonly config: PlatformConfig;
  /** Encrypts the hosted flag versions. */
  readonly key: kms.IKey;
  /**
   * Rolls a deployment back when it goes into ALARM during the rollout or the bake: the fast SLO
   * burn of the services that read flags ({@link FlagRollbackSignal}).
   * @default - no monitor (no service reads flags, so no flag can hurt one)
   */
  readonly rollbackAlarm?: cloudwatch.IAlarm;
}

/**
 * AWS AppConfig feature flags of the region: an application (`featureFlagsApplicationName`), an
 * environment (`featureFlagsEnvironmentName`) that watches the rollback alarm (the flag readers'
 * fast SLO burn, not the synthetic canary: a broken canary is no sign that a flag hurts), a
 * feature-flag configuration profile (`AWS.AppConfig.FeatureFlags`, hosted, encrypted with the
 * customer key) with the configured flags as its first version, and a linear deployment strategy
 * that reaches every target in `deploymentMinutes` and bakes `bakeMinutes` more: at most 5
 * minutes in all (checked by the config schema), the seed's KPI.
 *
 * Deployments are started by whoever changes a flag (`aws appconfig start-deployment` with this
 * strategy), not by the stack: a deployment at stack creation would run before the global
 * endpoint exists. Fails when the rollout plus bake is shorter than the time a burn takes to reach
 * the alarm ({@link checkRollbackDetection}).
 */
export class FeatureFlags extends Construct {
  /** The AppConfig application. */
  public readonly application: appconfig.CfnApplication;
  /** The environment deployments target; watches the rollback alarm. */
  public readonly environment: appconfig.CfnEnvironment;
  /** The feature-flag configuration profile. */
  public readonly profile: appconfig.CfnConfigurationProfile;
  /** The first hosted version: the flags as configured. */
  public readonly version: appconfig.CfnHostedConfigurationVersion;
  /** The linear strategy that completes within 5 minutes. */
  public readonly strategy: appconfig.CfnDeploymentStrategy;
  private readonly key: kms.IKey;

  constructor(scope: Construct, id: string, props: FeatureFlagsProps) {
    super(scope, id);
    const { config } = props;
    const f = config.observability.featureFlags;
    this.key = props.key;
    const problems = checkRollbackDetection(config);
    if (problems.length > 0) throw new Error(problems.join('\n'));

    this.application = new appconfig.CfnApplication(this, 'Application', {
      name: featureFlagsApplicationName(config),
      description: `Feature flags of ${config.project} ${config.environment}`,
    });

    let monitors: appconfig.CfnEnvironment.MonitorsProperty[] | undefined;
    if (props.rollbackAlarm) {
      // AppConfig reads the alarm's state with this role during deployments.
      const monitorRole = new iam.Role(this, 'MonitorRole', {
        assumedBy: new iam.PrincipalWithConditions(new iam.ServicePrincipal('appconfig.amazonaws.com'), {
          StringEquals: { 'aws:SourceAccount': Stack.of(this).account },
        }),
        description: 'AppConfig: read the SLO-burn alarm that rolls feature-flag deployments back',
      });
      attachManagedPolicy(this, 'MonitorPolicy', {
        description: 'Read the state of the SLO-burn alarm of the flag readers',
        roles: [monitorRole],
        statements: [new iam.PolicyStatement({ actions: ['cloudwatch:DescribeAlarms'], resources: [props.rollbackAlarm.alarmArn] })],
      });
      monitors = [{ alarmArn: props.rollbackAlarm.alarmArn, alarmRoleArn: monitorRole.roleArn }];
    }

    this.environment = new appconfig.CfnEnvironment(this, 'Environment', {
      applicationId: this.application.ref,
      name: featureFlagsEnvironmentName(config),
      description: monitors ? 'Rolls back when a service that reads the flags burns its error budget fast' : 'No service reads flags: nothing to roll back on',
      monitors,
    });

    this.profile = new appconfig.CfnConfigurationProfile(this, 'Flags', {
      applicationId: this.application.ref,
      name: FEATURE_FLAGS_PROFILE_NAME,
      locationUri: 'hosted',
      type: 'AWS.AppConfig.FeatureFlags',
      kmsKeyIdentifier: props.key.keyArn,
    });

    this.version = new appconfig.CfnHostedConfigurationVersion(this, 'InitialFlags', {
      applicationId: this.application.ref,
      configurationProfileId: this.profile.ref,
      contentType: 'application/json',
      content: JSON.stringify(featureFlagsDocument(config)),
      description: 'Flags as in the platform config',
    });

    this.strategy = new appconfig.CfnDeploymentStrategy(this, 'Strategy', {
      name: `${envPrefix(config)}-linear-${flagRolloutMinutes(config)}min`,
      description: `${f.growthFactorPercent}% more targets every step over ${f.deploymentMinutes} min, then ${f.bakeMinutes} min of bake watching the SLO-burn alarm`,
      deploymentDurationInMinutes: f.deploymentMinutes,
      finalBakeTimeInMinutes: f.bakeMinutes,
      growthFactor: f.growthFactorPercent,
      growthType: 'LINEAR',
      replicateTo: 'NONE',
    });
  }

  /**
   * Lets `grantee` (a service's role) read the flags: a configuration session on this
   * application's environment and profile, and decryption of the hosted versions.
   */
  public grantRead(scope: Construct, id: string, grantee: iam.IRole): iam.ManagedPolicy {
    const stack = Stack.of(this);
    const resource = `application/${this.application.ref}/environment/${this.environment.ref}/configuration/${this.profile.ref}`;
    return attachManagedPolicy(scope, id, {
      description: 'Read the platform feature flags from AppConfig',
      roles: [grantee],
      statements: [
        new iam.PolicyStatement({
          actions: ['appconfig:StartConfigurationSession', 'appconfig:GetLatestConfiguration'],
          resources: [stack.formatArn({ service: 'appconfig', resource })],
        }),
        new iam.PolicyStatement({
          actions: ['kms:Decrypt'],
          resources: [this.key.keyArn],
          conditions: { StringEquals: { 'kms:ViaService': `appconfig.${stack.region}.amazonaws.com` } },
        }),
      ],
    });
  }
}
