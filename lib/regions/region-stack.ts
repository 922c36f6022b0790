import { RemovalPolicy, Stack, StackProps, Tags } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { PlatformConfig, RegionConfig, VPC_CLUSTER_TAG, clusterName, regionStackName } from '../config';
import type { RegionBase } from '../core/layer';
import { PlatformCluster } from './cluster';
import { ExternalSecretsAccess } from './external-secrets';
import { PlatformNetwork } from './network';

/** Props of {@link RegionStack}. */
export interface RegionStackProps extends StackProps {
  /** The validated platform config. */
  readonly config: PlatformConfig;
  /** The region this stack builds. */
  readonly region: RegionConfig;
}

/**
 * The base of one region: keys, VPC, EKS cluster, and the services' Secrets Manager secrets with
 * the External Secrets controller's access. Knows no layer: the layers add their constructs to
 * it through `Layer.region` (see lib/platform/app.ts). Deployed to the region's own account;
 * named `<project>-<env>-<region>`.
 */
export class RegionStack extends Stack {
  /** Encrypts CloudWatch log groups of this region. */
  public readonly logKey: kms.Key;
  /** Envelope-encrypts the cluster's Kubernetes secrets. */
  public readonly secretsKey: kms.Key;
  /** Encrypts node root volumes and EBS CSI volumes. */
  public readonly volumeKey: kms.Key;
  /** The region's network. */
  public readonly network: PlatformNetwork;
  /** The region's EKS cluster. */
  public readonly cluster: PlatformCluster;
  /** Encrypts the services' Secrets Manager secrets. */
  public readonly appSecretsKey: kms.Key;
  /** Secrets Manager secrets and the External Secrets controller's access. */
  public readonly externalSecrets: ExternalSecretsAccess;
  /** The region's config. */
  public readonly regionConfig: RegionConfig;
  /** What this region offers the layers (`Layer.region`): stack, keys, VPC, cluster, secrets. */
  public readonly base: RegionBase;

  constructor(scope: Construct, id: string, props: RegionStackProps) {
    const { config, region } = props;
    super(scope, id, {
      stackName: regionStackName(config, region),
      env: { account: region.account, region: region.name },
      terminationProtection: config.production,
      description: `${config.project} ${config.environment} platform in ${region.name}: VPC, EKS, ingress NLB`,
      ...props,
    });
    this.regionConfig = region;

    this.logKey = this.key('LogKey', 'CloudWatch Logs of the platform in this region');
    this.logKey.grantEncryptDecrypt(new iam.ServicePrincipal(`logs.${region.name}.amazonaws.com`));
    this.secretsKey = this.key('SecretsKey', 'EKS secrets envelope encryption');
    this.volumeKey = this.key('VolumeKey', 'EBS volumes of EKS nodes and persistent volumes');
    // Managed node groups launch instances through the Auto Scaling service-linked role, which
    // must be able to use the key for the encrypted root volumes.
    const autoscaling = new iam.ArnPrincipal(
      `arn:${this.partition}:iam::${this.account}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling`,
    );
    this.volumeKey.grantEncryptDecrypt(autoscaling);
    this.volumeKey.grant(autoscaling, 'kms:CreateGrant');

    this.network = new PlatformNetwork(this, 'Network', {
      cidr: region.cidr,
      availabilityZones: region.availabilityZones,
      natGateways: region.natGateways,
      logRetention: config.logging.retentionDays,
      logKey: this.logKey,
    });
    // How the Load Balancer Controller finds the VPC without IMDS (on the VPC only, not its children).
    Tags.of(this.network.vpc.node.defaultChild!).add(VPC_CLUSTER_TAG, clusterName(config, region));

    this.cluster = new PlatformCluster(this, 'Eks', {
      clusterName: clusterName(config, region),
      version: config.eks.version,
      vpc: this.network.vpc,
      publicAccessCidrs: config.eks.endpoint.mode === 'public-and-private' ? config.eks.endpoint.publicCidrs : [],
      secretsKey: this.secretsKey,
      volumeKey: this.volumeKey,
      adminPrincipalArn: config.eks.adminPrincipalArn,
      nodeGroups: region.nodeGroups,
    });

    this.appSecretsKey = this.key('AppSecretsKey', 'Secrets Manager secrets of the platform services');
    this.externalSecrets = new ExternalSecretsAccess(this, 'ExternalSecrets', {
      config,
      cluster: this.cluster.cluster,
      key: this.appSecretsKey,
    });

    this.base = {
      stack: this,
      region,
      vpc: this.network.vpc,
      cluster: this.cluster.cluster,
      logKey: this.logKey,
      secretsKey: this.secretsKey,
      volumeKey: this.volumeKey,
      appSecretsKey: this.appSecretsKey,
      secrets: this.externalSecrets,
    };
  }

  /**
   * The configured AZs. Overridden so that nothing asks AWS (a context lookup) which AZs the
   * account has: synth stays hermetic and the AZs are the ones the config names.
   */
  public override get availabilityZones(): string[] {
    return [...this.regionConfig.availabilityZones];
  }

  /** A customer-managed, rotating key that outlives the stack. */
  private key(id: string, purpose: string): kms.Key {
    return new kms.Key(this, id, {
      description: `${this.stackName}: ${purpose}`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
      pendingWindow: undefined,
    });
  }
}
