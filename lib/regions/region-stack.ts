import { RemovalPolicy, Stack, StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { ATLAS_CONNECTION_ENV, PlatformConfig, RegionConfig, clusterName, kafkaEngineOf, regionStackName, serviceDatabaseName, serviceSecretName } from '../config';
import { AtlasPrivateLink } from '../atlas/private-link';
import { addCostTag } from '../cost-tags';
import { ArgoCdCapability, grantArgoCdClusterAccess } from '../gitops/argocd-capability';
import { MskKafka, StrimziVolumeKey } from '../kafka';
import { RegionObservability } from '../observability/region-observability';
import { PlatformCluster } from './cluster';
import { ExternalSecretsAccess } from './external-secrets';
import { LoadBalancerControllerAccess, PlatformIngress } from './ingress';
import { PlatformNetwork } from './network';
import { ServiceIdentities } from './service-identities';

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
  /** The region's entry point behind Global Accelerator: internal NLB, target groups, health check. */
  public readonly ingress: PlatformIngress;
  /** IAM of the AWS Load Balancer Controller, which binds the ingress gateway to the target groups. */
  public readonly loadBalancerController: LoadBalancerControllerAccess;
  /** The region's Amazon MSK (topics, schemas, client IAM); undefined where Strimzi runs Kafka on the cluster. */
  public readonly kafka?: MskKafka;
  /** The managed Argo CD, on the hub region only. */
  public readonly argocd?: ArgoCdCapability;
  /** Each service's IAM role (EKS Pod Identity), by service name: attach what a service may reach to its role. */
  public readonly serviceRoles: Record<string, iam.Role>;
  /** The services' roles and their Pod Identity associations. */
  public readonly serviceIdentities: ServiceIdentities;
  /** The region's PrivateLink endpoint to the MongoDB Atlas cluster; undefined without `atlas`. */
  public readonly atlas?: AtlasPrivateLink;
  /** The region's config. */
  public readonly regionConfig: RegionConfig;
  /** AMP workspace, alert topics, synthetic check, feature flags, tracing store, budget (hub). */
  public readonly observability: RegionObservability;

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

    this.ingress = new PlatformIngress(this, 'Ingress', {
      config,
      region,
      vpc: this.network.vpc,
      cluster: this.cluster.cluster,
      logKey: this.logKey,
      secretsKey: this.appSecretsKey,
    });
    this.loadBalancerController = new LoadBalancerControllerAccess(this, 'LoadBalancerController', {
      config,
      cluster: this.cluster.cluster,
      targetGroups: Object.values(this.ingress.targetGroups),
    });

    this.serviceIdentities = new ServiceIdentities(this, 'ServiceIdentities', { config, region, cluster: this.cluster.cluster });
    this.serviceRoles = this.serviceIdentities.roles;

    // Kafka: MSK in AWS, or Strimzi on the cluster (whose volumes use the volume key by alias).
    if (kafkaEngineOf(config, region) === 'msk') {
      this.kafka = new MskKafka(this, 'Kafka', {
        config,
        region,
        vpc: this.network.vpc,
        serviceRoles: this.serviceRoles,
        logKey: this.logKey,
        externalSecrets: this.externalSecrets,
      });
    } else {
      new StrimziVolumeKey(this, 'KafkaVolumes', { config, region, volumeKey: this.volumeKey });
    }

    // MongoDB Atlas: the region's private endpoint; the services' connection-string secrets are
    // filled by the region's Atlas connection stack (lib/atlas).
    if (config.atlas) {
      this.atlas = new AtlasPrivateLink(this, 'Atlas', {
        config,
        atlas: config.atlas,
        region,
        vpc: this.network.vpc,
        clientSecurityGroup: this.cluster.cluster.clusterSecurityGroup,
        logKey: this.logKey,
        secretsKey: this.appSecretsKey,
        connectionSecrets: config.services
          .filter((service) => service.secretEnv.includes(ATLAS_CONNECTION_ENV))
          .map((service) => ({
            secret: this.externalSecrets.secrets[serviceSecretName(config, service, ATLAS_CONNECTION_ENV)],
            database: serviceDatabaseName(service),
          })),
      });
    }

    // Argo CD (on the hub) reaches this cluster with its capability role.
    const argoAccess = grantArgoCdClusterAccess(this.cluster.cluster, config);
    if (region.hub) {
      this.argocd = new ArgoCdCapability(this, 'ArgoCd', { config, cluster: this.cluster.cluster });
      // The entry must exist before the capability, which otherwise creates one without RBAC.
      this.argocd.capability.node.addDependency(argoAccess);
      argoAccess.node.addDependency(this.argocd.role);
    }

    this.observability = new RegionObservability(this, 'Observability', {
      config,
      region,
      vpc: this.network.vpc,
      cluster: this.cluster.cluster,
      logKey: this.logKey,
      secretsKey: this.appSecretsKey,
    });

    addCostTag(this, 'region', region.name);
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
