import { Stack } from 'aws-cdk-lib';
import * as appconfig from 'aws-cdk-lib/aws-appconfig';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { PlatformConfig, envPrefix, featureFlagsApplicationName } from '../config';
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
  /** Rolls a deployment back when it goes into ALARM during the rollout or the bake. */
  readonly rollbackAlarm: cloudwatch.IAlarm;
}

/**
 * AWS AppConfig feature flags of the region: an application (`featureFlagsApplicationName`), an
 * environment named after the platform environment that watches the API health alarm, a
 * feature-flag configuration profile (`AWS.AppConfig.FeatureFlags`, hosted, encrypted with the
 * customer key) with the configured flags as its first version, and a linear deployment strategy
 * that reaches every target in `deploymentMinutes` and bakes `bakeMinutes` more: at most 5
 * minutes in all (checked by the config schema), the seed's KPI.
 *
 * Deployments are started by whoever changes a flag (`aws appconfig start-deployment` with this
 * strategy), not by the stack: a deployment at stack creation would run before the global
 * endpoint exists and be rolled back by the (then failing) health alarm.
 */
export class FeatureFlags extends Construct {
  /** The AppConfig application. */
  public readonly application: appconfig.CfnApplication;
  /** The environment deployments target; watches the health alarm. */
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

    this.application = new appconfig.CfnApplication(this, 'Application', {
      name: featureFlagsApplicationName(config),
      description: `Feature flags of ${config.project} ${config.environment}`,
    });

    // AppConfig reads the alarm's state with this role during deployments.
    const monitorRole = new iam.Role(this, 'MonitorRole', {
      assumedBy: new iam.PrincipalWithConditions(new iam.ServicePrincipal('appconfig.amazonaws.com'), {
        StringEquals: { 'aws:SourceAccount': Stack.of(this).account },
      }),
      description: 'AppConfig: read the API health alarm that rolls feature-flag deployments back',
    });
    attachManagedPolicy(this, 'MonitorPolicy', {
      description: 'Read the state of the API health alarm',
      roles: [monitorRole],
      statements: [new iam.PolicyStatement({ actions: ['cloudwatch:DescribeAlarms'], resources: [props.rollbackAlarm.alarmArn] })],
    });

    this.environment = new appconfig.CfnEnvironment(this, 'Environment', {
      applicationId: this.application.ref,
      name: config.environment,
      description: 'Rolls back when the API health alarm goes off',
      monitors: [{ alarmArn: props.rollbackAlarm.alarmArn, alarmRoleArn: monitorRole.roleArn }],
    });

    this.profile = new appconfig.CfnConfigurationProfile(this, 'Flags', {
      applicationId: this.application.ref,
      name: 'feature-flags',
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
      description: `${f.growthFactorPercent}% more targets every step over ${f.deploymentMinutes} min, then ${f.bakeMinutes} min of bake watching the health alarm`,
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
