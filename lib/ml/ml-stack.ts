import { RemovalPolicy, Stack, StackProps } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { PlatformConfig, RegionConfig, mlDataKeyAlias, mlStackName } from '../config';
import { addCostTag } from '../core/cost-tags';
import type { RegionScope } from '../core/layer';
import { FeatureOnlineStore } from './feature-store';
import { ML_IMAGES, MlImage, mlImageAsset } from './images';
import { MlflowDatabase } from './mlflow-database';
import { MlStorage } from './storage';
import { MlWorkloadAccess } from './workload-access';

/** Props of {@link MlStack}. */
export interface MlStackProps extends StackProps {
  /** The validated platform config; its `ml` section must be set. */
  readonly config: PlatformConfig;
  /** The region this stack builds. */
  readonly region: RegionConfig;
  /** The region's VPC (from its region stack). */
  readonly vpc: ec2.IVpc;
  /** Security group EKS gives the cluster's nodes and pods: the one admitted by the database and the cache. */
  readonly clusterSecurityGroupId: string;
  /** Key of the platform's Secrets Manager secrets (the External Secrets controller decrypts with it). */
  readonly secretsKey: kms.IKey;
  /** Key of the region's log groups. */
  readonly logKey: kms.IKey;
}

/**
 * The ML layer of one region, in its own stack (`mlStackName`) so that deployment order can
 * follow replication: model and feature buckets with their log bucket, the MLflow database, the
 * Feast online store, and the workloads' Pod Identity roles, all under one customer-managed ML
 * data key (rotating, retained, aliased by `mlDataKeyAlias`). Deployed after the region's stack
 * (VPC, cluster, keys) and, on the hub, after every other region's ML stack.
 *
 * @throws Error when `config.ml` is not set
 */
export class MlStack extends Stack {
  /** Encrypts the ML buckets, the database, the cache and Performance Insights. */
  public readonly dataKey: kms.Key;
  public readonly storage: MlStorage;
  public readonly database: MlflowDatabase;
  public readonly featureStore: FeatureOnlineStore;
  public readonly access: MlWorkloadAccess;
  /** The region's config. */
  public readonly regionConfig: RegionConfig;

  constructor(scope: Construct, id: string, props: MlStackProps) {
    const { config, region } = props;
    if (!config.ml) throw new Error('MlStack: config.ml is not set; an environment without an ml section has no ML stack');
    super(scope, id, {
      stackName: mlStackName(config, region),
      env: { account: region.account, region: region.name },
      terminationProtection: config.production,
      description: `${config.project} ${config.environment} ML layer in ${region.name}: model and feature buckets, MLflow database, Feast online store`,
      ...props,
    });
    this.regionConfig = region;

    this.dataKey = new kms.Key(this, 'DataKey', {
      description: `${this.stackName}: ML data (model and feature buckets, MLflow database, Feast online store)`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
      alias: mlDataKeyAlias(config),
    });

    this.storage = new MlStorage(this, 'Storage', { config, region, dataKey: this.dataKey });
    this.database = new MlflowDatabase(this, 'Mlflow', {
      config,
      vpc: props.vpc,
      clusterSecurityGroupId: props.clusterSecurityGroupId,
      dataKey: this.dataKey,
      secretsKey: props.secretsKey,
      logKey: props.logKey,
    });
    this.featureStore = new FeatureOnlineStore(this, 'Feast', {
      config,
      vpc: props.vpc,
      clusterSecurityGroupId: props.clusterSecurityGroupId,
      dataKey: this.dataKey,
      secretsKey: props.secretsKey,
    });
    this.access = new MlWorkloadAccess(this, 'Access', { config, region, dataKey: this.dataKey });
    // The images the ML manifests name (lib/ml/images.ts), built and pushed with this stack's assets.
    for (const image of Object.keys(ML_IMAGES) as MlImage[]) {
      if (image === 'mlflow' && config.ml.mlflow.image) continue;
      mlImageAsset(this, image);
    }

    addCostTag(this, 'region', region.name);
  }

  /** The configured AZs: nothing asks AWS which AZs the account has (hermetic synth). */
  public override get availabilityZones(): string[] {
    return [...this.regionConfig.availabilityZones];
  }
}

/**
 * One {@link MlStack} per region of an environment with an `ml` section (none without), each
 * after its region's stack; the hub's after every other region's ML stack, because its buckets
 * replicate into theirs and S3 refuses a replication rule whose destination does not exist yet.
 */
export function addMlStacks(app: Construct, config: PlatformConfig, regions: readonly RegionScope[]): MlStack[] {
  if (!config.ml) return [];
  const stacks = regions.map(({ base }) => {
    const stack = new MlStack(app, `Ml-${base.region.name}`, {
      config,
      region: base.region,
      vpc: base.vpc,
      clusterSecurityGroupId: base.cluster.clusterSecurityGroupId,
      secretsKey: base.appSecretsKey,
      logKey: base.logKey,
    });
    stack.addStackDependency(base.stack, 'uses the region\'s VPC, cluster security group and keys, and associates roles with its cluster');
    return stack;
  });
  const hub = stacks.find((s) => s.regionConfig.hub)!;
  for (const stack of stacks) {
    if (stack !== hub) hub.addStackDependency(stack, 'the hub\'s ML buckets replicate into this region\'s, which must exist first');
  }
  return stacks;
}
