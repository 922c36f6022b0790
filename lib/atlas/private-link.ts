import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import {
  CfnPrivateEndpointAws,
  CfnPrivateEndpointService,
  CfnPrivateEndpointServicePropsCloudProvider,
} from 'awscdk-resources-mongodbatlas';
import { Construct } from 'constructs';
import { ATLAS_PRIVATE_ENDPOINT_PORTS, AtlasConfig, PlatformConfig, RegionConfig, atlasRegionName } from '../config';
import { AtlasApiFunction } from './api-function';

/** A service secret the connection string is written to, with the service's database. */
export interface AtlasConnectionSecret {
  /** The Secrets Manager secret (`serviceSecretName(config, service, 'DB_CONNECTION_STRING')`). */
  readonly secret: secretsmanager.ISecret;
  /** The service's own database (`serviceDatabaseName`), the path of its connection string. */
  readonly database: string;
}

/** Props of {@link AtlasPrivateLink}. */
export interface AtlasPrivateLinkProps {
  readonly config: PlatformConfig;
  readonly atlas: AtlasConfig;
  readonly region: RegionConfig;
  /** The region's VPC: the interface endpoint gets an address in each private subnet. */
  readonly vpc: ec2.IVpc;
  /** The security group of the cluster's nodes (and so of its pods): the only traffic the endpoint admits. */
  readonly clientSecurityGroup: ec2.ISecurityGroup;
  /** Key of the region's logs (the Atlas API function's log group). */
  readonly logKey: kms.IKey;
  /** The services' connection-string secrets, which the connection stack fills. */
  readonly connectionSecrets: readonly AtlasConnectionSecret[];
  /** Key those secrets are encrypted with. */
  readonly secretsKey: kms.IKey;
}

/**
 * The region's private path to the Atlas cluster (AWS PrivateLink): Atlas's endpoint service for
 * this region, an interface endpoint in the region's private subnets whose security group admits
 * only the EKS cluster's nodes and pods on Atlas's port range (and sends nothing out), and the
 * endpoint registered with Atlas, waiting until Atlas reports it available.
 *
 * Nothing crosses accounts: the Atlas endpoint service is created here, by the region's own
 * MongoDB::Atlas types, so its name is a plain attribute in this stack; only the project id is
 * needed, and the Atlas API function looks it up by the configured project name. The function
 * stays in this stack for the connection stack (`AtlasConnectionStack`), which writes the
 * endpoint's connection string into the services' secrets once every region has its endpoint.
 */
export class AtlasPrivateLink extends Construct {
  /** Atlas's endpoint service for this region. */
  public readonly endpointService: CfnPrivateEndpointService;
  /** The interface endpoint in the region's VPC. */
  public readonly endpoint: ec2.InterfaceVpcEndpoint;
  /** Its security group. */
  public readonly securityGroup: ec2.SecurityGroup;
  /** The endpoint's registration with Atlas. */
  public readonly registration: CfnPrivateEndpointAws;
  /** The region's deploy-time Atlas API calls (the connection stack uses it as its service token). */
  public readonly api: AtlasApiFunction;
  /** The Atlas project id, read at deploy time by name. */
  public readonly projectId: string;
  /** The secrets the connection stack writes. */
  public readonly connectionSecrets: readonly AtlasConnectionSecret[];

  constructor(scope: Construct, id: string, props: AtlasPrivateLinkProps) {
    super(scope, id);
    const { atlas, region } = props;
    const stack = Stack.of(this);
    const profile = atlas.profile;
    this.connectionSecrets = props.connectionSecrets;

    this.api = new AtlasApiFunction(this, 'AtlasApi', { profile, logKey: props.logKey, logRetention: props.config.logging.retentionDays });
    if (props.connectionSecrets.length > 0) {
      this.api.addPolicy(new iam.ManagedPolicy(this, 'ConnectionSecretsPolicy', {
        description: 'Atlas API calls: write the Atlas connection string into the services\' connection-string secrets',
        statements: [
          new iam.PolicyStatement({
            actions: ['secretsmanager:PutSecretValue'],
            resources: props.connectionSecrets.map((s) => s.secret.secretArn),
          }),
          new iam.PolicyStatement({
            actions: ['kms:GenerateDataKey'],
            resources: [props.secretsKey.keyArn],
            conditions: { StringEquals: { 'kms:ViaService': `secretsmanager.${stack.region}.amazonaws.com` } },
          }),
        ],
      }));
    }
    this.projectId = this.api.call(this, 'ProjectId', 'ProjectId', { ProjectName: atlas.projectName }).getAttString('ProjectId');

    this.endpointService = new CfnPrivateEndpointService(this, 'EndpointService', {
      projectId: this.projectId,
      profile,
      region: atlasRegionName(region.name),
      cloudProvider: CfnPrivateEndpointServicePropsCloudProvider.AWS,
    });

    this.securityGroup = new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc: props.vpc,
      description: `MongoDB Atlas private endpoint in ${region.name}: from the nodes and pods of the EKS cluster only`,
      // An interface endpoint never initiates connections.
      allowAllOutbound: false,
    });
    this.securityGroup.addIngressRule(
      props.clientSecurityGroup,
      ec2.Port.tcpRange(ATLAS_PRIVATE_ENDPOINT_PORTS.from, ATLAS_PRIVATE_ENDPOINT_PORTS.to),
      'MongoDB from the EKS cluster (nodes and pods) to the Atlas nodes behind the endpoint',
    );

    this.endpoint = new ec2.InterfaceVpcEndpoint(this, 'Endpoint', {
      vpc: props.vpc,
      service: new ec2.InterfaceVpcEndpointService(this.endpointService.attrEndpointServiceName),
      subnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      securityGroups: [this.securityGroup],
      // Atlas's connection strings resolve through Atlas's own DNS; the endpoint service offers no private DNS name.
      privateDnsEnabled: false,
      open: false,
    });

    this.registration = new CfnPrivateEndpointAws(this, 'Registration', {
      projectId: this.projectId,
      profile,
      endpointServiceId: this.endpointService.attrId,
      id: this.endpoint.vpcEndpointId,
      // Succeed only once Atlas reports the connection available, so the connection string follows.
      enforceConnectionSuccess: true,
    });
    // The endpoint service and its registration are connectivity, not data: they go with the stack.
    this.registration.applyRemovalPolicy(RemovalPolicy.DESTROY);
  }
}
