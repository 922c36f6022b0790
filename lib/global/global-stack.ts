import { Duration, RemovalPolicy, Stack, StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { PlatformConfig, edgeLinkRoleArn, edgeWiringRoleName, globalStackName } from '../config';
import { DeliveredLogBucket } from '../core/log-bucket';
import { SdkCalls } from '../core/sdk-calls';
import { PlatformAccelerator } from './accelerator';
import { PlatformDns } from './dns';
import { RegionLink } from './region-link';

/** Props of {@link GlobalStack}. */
export interface GlobalStackProps extends StackProps {
  /** The validated platform config. */
  readonly config: PlatformConfig;
}

/**
 * The environment's global edge, deployed to the hub region in the hub account after every
 * region stack: the accelerator that sends each client to the nearest healthy region, the public
 * DNS zone and its records, and the deploy-time reads that link them to the regional load
 * balancers (through each region's derived link role, so regions in other accounts work alike).
 * Named `<project>-<env>-global`.
 */
export class GlobalStack extends Stack {
  /** Encrypts the accelerator's flow logs and this stack's log group. */
  public readonly logKey: kms.Key;
  /** The accelerator, its listener and endpoint groups. */
  public readonly accelerator: PlatformAccelerator;
  /** The hosted zone and records. */
  public readonly dns: PlatformDns;
  /** What each region published, in config order. */
  public readonly regionLinks: readonly RegionLink[];

  constructor(scope: Construct, id: string, props: GlobalStackProps) {
    const { config } = props;
    super(scope, id, {
      stackName: globalStackName(config),
      env: { account: config.hubRegion.account, region: config.hubRegion.name },
      terminationProtection: config.production,
      description: `${config.project} ${config.environment} global edge: Global Accelerator, Route 53`,
      ...props,
    });
    const retention = config.logging.retentionDays as logs.RetentionDays;

    this.logKey = new kms.Key(this, 'LogKey', {
      description: `${this.stackName}: accelerator flow logs and deploy-time call logs`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.logKey.grantEncryptDecrypt(new iam.ServicePrincipal(`logs.${this.region}.amazonaws.com`));

    const calls = new SdkCalls(this, 'EdgeCalls', {
      roleName: edgeWiringRoleName(config),
      description: `Global edge of ${config.project} ${config.environment}: read each region's edge values through its link role, write certificate validation records`,
      logKey: this.logKey,
      logRetention: retention,
    });
    calls.addPolicy(new iam.ManagedPolicy(this, 'AssumeLinkRoles', {
      description: 'Assume the edge link role of each region (derived names, one per region)',
      statements: [
        new iam.PolicyStatement({
          actions: ['sts:AssumeRole'],
          resources: config.regions.map((region) => edgeLinkRoleArn(config, region)),
        }),
      ],
    }));

    this.regionLinks = config.regions.map((region) => new RegionLink(this, `Link-${region.name}`, { config, region, calls }));

    const flowLogs = new DeliveredLogBucket(this, 'FlowLogs', {
      key: this.logKey,
      retention: Duration.days(config.logging.retentionDays),
      purpose: 'Global Accelerator flow logs',
    });
    this.accelerator = new PlatformAccelerator(this, 'Accelerator', { config, regions: this.regionLinks, flowLogs });
    this.dns = new PlatformDns(this, 'Dns', { config, accelerator: this.accelerator.accelerator, regions: this.regionLinks, calls });
  }
}
