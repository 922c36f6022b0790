import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { acknowledgeCfnLint, acknowledgeControlTower, acknowledgeNag } from '../compliance';
import { attachManagedPolicy } from '../core/iam';

/** Props of {@link PlatformNetwork}. */
export interface PlatformNetworkProps {
  /** The VPC's IPv4 block. */
  readonly cidr: string;
  /** Availability zones, named explicitly so synth needs no lookup. */
  readonly availabilityZones: readonly string[];
  /** NAT gateways; fewer than the AZ count trades resilience for cost. */
  readonly natGateways: number;
  /** Retention of the flow-log group. */
  readonly logRetention: logs.RetentionDays;
  /** Key the flow-log group is encrypted with. */
  readonly logKey: kms.IKey;
  /**
   * What happens to the flow-log group when the stack is deleted.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * The region's VPC: public subnets (load balancers and NAT only; no public IPs assigned on
 * launch) and private subnets (nodes and pods), flow logs to an encrypted log group, and the VPC
 * endpoints nodes in private subnets need so that AWS API traffic stays off the internet.
 */
export class PlatformNetwork extends Construct {
  /** Interface endpoints the nodes need, by service. */
  public static readonly INTERFACE_ENDPOINTS: Readonly<Record<string, ec2.InterfaceVpcEndpointAwsService>> = {
    EcrApi: ec2.InterfaceVpcEndpointAwsService.ECR,
    EcrDocker: ec2.InterfaceVpcEndpointAwsService.ECR_DOCKER,
    Sts: ec2.InterfaceVpcEndpointAwsService.STS,
    Logs: ec2.InterfaceVpcEndpointAwsService.CLOUDWATCH_LOGS,
    Ec2: ec2.InterfaceVpcEndpointAwsService.EC2,
    EksAuth: ec2.InterfaceVpcEndpointAwsService.EKS_AUTH,
  };

  /** The VPC. */
  public readonly vpc: ec2.Vpc;
  /** The log group receiving the VPC's flow logs. */
  public readonly flowLogGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: PlatformNetworkProps) {
    super(scope, id);

    this.vpc = new ec2.Vpc(this, 'Vpc', {
      ipAddresses: ec2.IpAddresses.cidr(props.cidr),
      availabilityZones: [...props.availabilityZones],
      natGateways: props.natGateways,
      // Removes every rule from the default security group (a CDK custom resource): nothing may
      // rely on it, and NIST SC-7 / PCI 1.2 / HIPAA 164.312(e)(1) want it closed.
      restrictDefaultSecurityGroup: true,
      subnetConfiguration: [
        { name: 'public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 22, mapPublicIpOnLaunch: false },
        { name: 'private', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 19 },
      ],
    });

    // CDK's handler that empties the default security group (a raw CfnResource at stack level).
    const restrictDefaultSg = Stack.of(this).node.tryFindChild('Custom::VpcRestrictDefaultSGCustomResourceProvider');
    if (restrictDefaultSg) {
      acknowledgeControlTower(restrictDefaultSg, 'CT.LAMBDA.PR.3',
        'CDK\'s handler that removes the default security group\'s rules runs once per deployment and only calls the EC2 API; it reaches nothing inside the VPC.');
    }
    for (const subnet of this.vpc.publicSubnets) {
      const route = subnet.node.findChild('DefaultRoute');
      for (const pack of ['HIPAA.Security', 'NIST.800.53.R5', 'PCI.DSS.321'] as const) {
        acknowledgeNag(route, pack, 'VPCNoUnrestrictedRouteToIGW',
          'Public subnets hold only the NAT gateways that give private nodes egress; no workload runs there, ' +
            'ingress arrives through Global Accelerator at internal load balancers, and instances launched here get no public IP.');
      }
    }
    for (const subnet of [...this.vpc.publicSubnets, ...this.vpc.privateSubnets]) {
      acknowledgeCfnLint(subnet, 'W3010',
        'Availability zones are named in the platform config on purpose: synth stays hermetic (no AZ lookup) and each ' +
          'region pins the zones its capacity and Atlas/MSK placement were planned for.');
    }

    this.flowLogGroup = new logs.LogGroup(this, 'FlowLogs', {
      retention: props.logRetention,
      encryptionKey: props.logKey,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });
    const flowLogRole = new iam.Role(this, 'FlowLogRole', {
      assumedBy: new iam.ServicePrincipal('vpc-flow-logs.amazonaws.com'),
      description: 'Lets VPC Flow Logs write to the flow-log group of this VPC only',
    });
    attachManagedPolicy(this, 'FlowLogPolicy', {
      description: 'VPC Flow Logs: write to this VPC\'s flow-log group',
      roles: [flowLogRole],
      statements: [
        new iam.PolicyStatement({
          actions: ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'],
          resources: [this.flowLogGroup.logGroupArn],
        }),
      ],
    });
    new ec2.CfnFlowLog(this, 'FlowLog', {
      resourceId: this.vpc.vpcId,
      resourceType: 'VPC',
      trafficType: 'ALL',
      logDestinationType: 'cloud-watch-logs',
      logGroupName: this.flowLogGroup.logGroupName,
      deliverLogsPermissionArn: flowLogRole.roleArn,
      maxAggregationInterval: 60,
    });

    this.vpc.addGatewayEndpoint('S3', { service: ec2.GatewayVpcEndpointAwsService.S3 });

    const endpointSg = new ec2.SecurityGroup(this, 'EndpointSecurityGroup', {
      vpc: this.vpc,
      description: 'Interface VPC endpoints: HTTPS from inside the VPC only',
      allowAllOutbound: false,
    });
    endpointSg.addIngressRule(ec2.Peer.ipv4(props.cidr), ec2.Port.tcp(443), 'HTTPS from the VPC');
    for (const [name, service] of Object.entries(PlatformNetwork.INTERFACE_ENDPOINTS)) {
      this.vpc.addInterfaceEndpoint(name, {
        service,
        privateDnsEnabled: true,
        open: false,
        securityGroups: [endpointSg],
        subnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      });
    }
  }
}
