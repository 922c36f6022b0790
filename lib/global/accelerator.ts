import { CfnOutput, Duration, Fn } from 'aws-cdk-lib';
import * as ga from 'aws-cdk-lib/aws-globalaccelerator';
import { Construct } from 'constructs';
import { PlatformConfig, acceleratorName } from '../config';
import { DeliveredLogBucket } from '../core/log-bucket';
import { RegionLink } from './region-link';

/** Client-facing ports of the accelerator; each reaches the same port of the regional NLB. */
export const ACCELERATOR_PORTS = [80, 443] as const;

/** Weight of each region's NLB in its endpoint group (the only endpoint there). */
export const ENDPOINT_WEIGHT = 100;

/** Prefix of the accelerator's flow logs in their bucket. */
export const FLOW_LOG_PREFIX = 'accelerator';

/** Props of {@link PlatformAccelerator}. */
export interface PlatformAcceleratorProps {
  readonly config: PlatformConfig;
  /** Each region's published values, in config order. */
  readonly regions: readonly RegionLink[];
  /** Receives the accelerator's flow logs. */
  readonly flowLogs: DeliveredLogBucket;
}

/**
 * The platform's anycast entry point: a standard Global Accelerator with one TCP listener on 80
 * and 443 (client affinity from the config) and one endpoint group per region. Each group holds
 * the region's internal NLB (weight 100, client IP preservation on), its traffic dial from the
 * config, and health-check settings from the config. For load-balancer endpoints the accelerator
 * follows the load balancer's own target health (the gateway's readiness on the same port and
 * path); the group's settings keep the two consistent. A region whose gateway fails its checks
 * stops receiving traffic; the accelerator sends it to the next-nearest healthy region.
 *
 * Flow logs (every client connection, with its address) go to an encrypted, TLS-only bucket.
 */
export class PlatformAccelerator extends Construct {
  /** The accelerator. */
  public readonly accelerator: ga.Accelerator;
  /** Its listener (TCP 80 and 443). */
  public readonly listener: ga.Listener;
  /** One endpoint group per region, by region name. */
  public readonly endpointGroups: Record<string, ga.EndpointGroup> = {};

  constructor(scope: Construct, id: string, props: PlatformAcceleratorProps) {
    super(scope, id);
    const { config } = props;
    const check = config.edge.healthCheck;

    this.accelerator = new ga.Accelerator(this, 'Accelerator', {
      acceleratorName: acceleratorName(config),
      ipAddressType: ga.IpAddressType.IPV4,
      enabled: true,
    });
    props.flowLogs.grantLogDelivery(FLOW_LOG_PREFIX);
    const cfn = this.accelerator.node.defaultChild as ga.CfnAccelerator;
    cfn.flowLogsEnabled = true;
    cfn.flowLogsS3Bucket = props.flowLogs.bucket.bucketName;
    cfn.flowLogsS3Prefix = FLOW_LOG_PREFIX;
    // The bucket policy must let the accelerator write before it is told to.
    if (props.flowLogs.bucket.policy) this.accelerator.node.addDependency(props.flowLogs.bucket.policy);

    new CfnOutput(this, 'StaticIps', {
      description: 'The accelerator\'s anycast IPv4 addresses (static for its lifetime), for allow-lists and clients without DNS',
      value: Fn.join(', ', this.accelerator.ipv4Addresses!),
    });

    this.listener = this.accelerator.addListener('Listener', {
      listenerName: `${acceleratorName(config)}-tcp`,
      protocol: ga.ConnectionProtocol.TCP,
      portRanges: ACCELERATOR_PORTS.map((port) => ({ fromPort: port, toPort: port })),
      clientAffinity: config.edge.clientAffinity === 'SOURCE_IP' ? ga.ClientAffinity.SOURCE_IP : ga.ClientAffinity.NONE,
    });

    config.regions.forEach((region, i) => {
      const link = props.regions[i];
      const group = this.listener.addEndpointGroup(region.name, {
        endpointGroupName: region.name,
        region: region.name,
        trafficDialPercentage: region.trafficDialPercent,
        healthCheckProtocol: ga.HealthCheckProtocol[check.protocol],
        healthCheckPort: check.port,
        healthCheckPath: check.protocol === 'TCP' ? undefined : check.path,
        healthCheckInterval: Duration.seconds(check.intervalSeconds),
        healthCheckThreshold: check.thresholdCount,
        endpoints: [new ga.RawEndpoint({ endpointId: link.loadBalancerArn, weight: ENDPOINT_WEIGHT, preserveClientIp: true })],
      });
      if (link.attachmentArn) {
        // A load balancer in another account is added through its account's attachment.
        (group.node.defaultChild as ga.CfnEndpointGroup).addPropertyOverride('EndpointConfigurations.0.AttachmentArn', link.attachmentArn);
      }
      this.endpointGroups[region.name] = group;
    });
  }
}
