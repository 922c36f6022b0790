import { RemovalPolicy, Stack, StackProps, Tags } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { PlatformConfig, RegionConfig, clusterName, regionStackName } from '../config';
import { ArgoCdCapability, grantArgoCdClusterAccess } from '../gitops/argocd-capability';
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
 * Everything the platform runs in one region: keys, VPC, EKS. Deployed to the region's own
 * account; named `<project>-<env>-<region>`.
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
  /** The managed Argo CD, on the hub region only. */
  public readonly argocd?: ArgoCdCapability;
  /** The region's config. */
  public readonly regionConfig: RegionConfig;

  constructor(scope: Construct, id: string, props: RegionStackProps) {
    const { config, region } = props;
    super(scope, id, {
      stackName: regionStackName(config, region),
      env: { account: region.account, region: region.name },
      terminationProtection: config.production,
      description: `${config.project} ${config.environment} platform in ${region.name}: VPC, EKS`,
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
      logRetention: config.logging.retentionDays as logs.RetentionDays,
      logKey: this.logKey,
    });

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

    // Argo CD (on the hub) reaches this cluster with its capability role.
    const argoAccess = grantArgoCdClusterAccess(this.cluster.cluster, config);
    if (region.hub) {
      this.argocd = new ArgoCdCapability(this, 'ArgoCd', { config, cluster: this.cluster.cluster });
      // The entry must exist before the capability, which otherwise creates one without RBAC.
      this.argocd.capability.node.addDependency(argoAccess);
      argoAccess.node.addDependency(this.argocd.role);
    }

    Tags.of(this).add('region', region.name);
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
