import { CfnOutput, Duration, Fn, RemovalPolicy } from 'aws-cdk-lib';
import * as ga from 'aws-cdk-lib/aws-globalaccelerator';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as route53 from 'aws-cdk-lib/aws-route53';
import * as targets from 'aws-cdk-lib/aws-route53-targets';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { PlatformConfig, apiDomainName, latencyDomainName } from '../config';
import { SdkCalls } from '../core/sdk-calls';
import { RegionLink } from './region-link';

/** TTL of the certificate validation records. */
export const VALIDATION_RECORD_TTL = Duration.minutes(5);

/** Props of {@link PlatformDns}. */
export interface PlatformDnsProps {
  readonly config: PlatformConfig;
  /** The accelerator the apex and `api` names point at. */
  readonly accelerator: ga.IAccelerator;
  /** Each region's published values, in config order. */
  readonly regions: readonly RegionLink[];
  /** The global stack's deploy-time calls; they write the certificate validation records. */
  readonly calls: SdkCalls;
}

/**
 * The platform's public DNS: the hosted zone of `edge.domainName` (created here, or the existing
 * zone `edge.hostedZoneId`, taken by id: no lookup), the apex and `api` names aliasing the
 * accelerator, and `api-latency` as latency-based aliases to each region's ingress NLB.
 *
 * Each latency record carries the region's Route 53 health check and evaluates the load
 * balancer's target health: the NLBs are internal, so Route 53's health checkers (on the internet)
 * cannot probe them; the health check follows a CloudWatch alarm on the NLB's healthy-host count
 * instead, so a region whose gateway fails is withdrawn from DNS as it is from the accelerator.
 * The latency names resolve to private addresses: they serve clients on networks routed to the
 * platform VPCs (peering, Transit Gateway, VPN), which cannot use the accelerator's anycast path.
 *
 * It also writes each region's certificate validation records (CNAMEs, UPSERT: regions in one
 * account share them), after which ACM issues and renews the certificates on its own.
 */
export class PlatformDns extends Construct {
  /** The platform's public hosted zone. */
  public readonly zone: route53.IPublicHostedZone;

  constructor(scope: Construct, id: string, props: PlatformDnsProps) {
    super(scope, id);
    const { config } = props;
    const domain = config.edge.domainName;

    if (config.edge.hostedZoneId) {
      this.zone = route53.PublicHostedZone.fromPublicHostedZoneAttributes(this, 'Zone', {
        hostedZoneId: config.edge.hostedZoneId,
        zoneName: domain,
      });
    } else {
      const zone = new route53.PublicHostedZone(this, 'Zone', {
        zoneName: domain,
        comment: `${config.project} ${config.environment}: public names of the platform (accelerator and regional entries)`,
      });
      // The name servers of a zone are delegated to by the parent domain: a new zone would break it.
      zone.applyRemovalPolicy(RemovalPolicy.RETAIN);
      this.zone = zone;
      new CfnOutput(this, 'NameServers', {
        description: `Delegate ${domain} to these name servers at its registrar or parent zone (once)`,
        value: Fn.join(', ', zone.hostedZoneNameServers!),
      });
    }

    const accelerator = route53.RecordTarget.fromAlias(new targets.GlobalAcceleratorTarget(props.accelerator));
    new route53.ARecord(this, 'Apex', { zone: this.zone, target: accelerator, comment: 'The platform, through Global Accelerator' });
    new route53.ARecord(this, 'Api', { zone: this.zone, recordName: apiDomainName(config), target: accelerator, comment: 'The API, through Global Accelerator' });

    config.regions.forEach((region, i) => {
      const link = props.regions[i];
      new route53.ARecord(this, `Latency-${region.name}`, {
        zone: this.zone,
        recordName: latencyDomainName(config),
        region: region.name,
        setIdentifier: region.name,
        healthCheck: route53.HealthCheck.fromHealthCheckId(this, `HealthCheck-${region.name}`, link.healthCheckId),
        target: route53.RecordTarget.fromAlias({
          bind: () => ({ dnsName: link.loadBalancerDnsName, hostedZoneId: link.loadBalancerZoneId, evaluateTargetHealth: true }),
        }),
        comment: `${region.name} ingress NLB, while its ingress gateway is healthy`,
      });
      this.validationRecords(props.calls, region.name, link);
    });

    props.calls.addPolicy(
      new iam.ManagedPolicy(this, 'ValidationRecordPolicy', {
        description: `Upsert ACM validation CNAMEs (_*.${domain}) in the platform zone, nothing else`,
        statements: [
          new iam.PolicyStatement({
            actions: ['route53:ChangeResourceRecordSets'],
            resources: [this.zone.hostedZoneArn],
            conditions: {
              'ForAllValues:StringEquals': {
                'route53:ChangeResourceRecordSetsRecordTypes': ['CNAME'],
                'route53:ChangeResourceRecordSetsActions': ['UPSERT'],
              },
              'ForAllValues:StringLike': { 'route53:ChangeResourceRecordSetsNormalizedRecordNames': [`_*.${domain}`] },
            },
          }),
        ],
      }),
    );
  }

  /**
   * Upserts the CNAMEs that validate one region's certificate. They stay when the region goes:
   * ACM renews every certificate of the account for those names through the same records.
   */
  private validationRecords(calls: SdkCalls, regionName: string, link: RegionLink): void {
    const upsert: cr.AwsSdkCall = {
      service: 'Route53',
      action: 'changeResourceRecordSets',
      parameters: {
        HostedZoneId: this.zone.hostedZoneId,
        ChangeBatch: {
          Comment: `ACM validation of the ${regionName} ingress certificate`,
          Changes: link.validationRecords.map((record) => ({
            Action: 'UPSERT',
            ResourceRecordSet: {
              Name: record.name,
              Type: 'CNAME',
              TTL: VALIDATION_RECORD_TTL.toSeconds(),
              ResourceRecords: [{ Value: record.value }],
            },
          })),
        },
      },
      physicalResourceId: cr.PhysicalResourceId.of(`${regionName}/certificate-validation`),
    };
    calls.call(`Validation-${regionName}`, { resourceType: 'Custom::EdgeValidationRecords', onCreate: upsert, onUpdate: upsert });
  }
}
