import { createHash } from 'crypto';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import {
  EdgeParameter,
  PlatformConfig,
  RegionConfig,
  edgeLinkRoleArn,
  edgeParameterName,
  ingressCertificateNames,
  ingressLoadBalancerName,
} from '../config';
import { SdkCalls } from '../core/sdk-calls';

/** One DNS record ACM asks for to validate a certificate name. */
export interface ValidationRecord {
  /** Record name (fully qualified). */
  readonly name: string;
  /** CNAME target. */
  readonly value: string;
}

/** Props of {@link RegionLink}. */
export interface RegionLinkProps {
  readonly config: PlatformConfig;
  /** The region whose published edge values are read. */
  readonly region: RegionConfig;
  /** The global stack's deploy-time calls (their role assumes the region's link role). */
  readonly calls: SdkCalls;
}

/**
 * What the global stack knows of one region, read at deploy time from that region's account:
 * the values its stack published as SSM parameters (derived names) and the validation records
 * of its certificate, through the region's derived link role. Works the same whether the region
 * shares the hub's account or not, and needs no export, lookup or copied value.
 *
 * The reads run again whenever the region's edge settings in the config change (their
 * fingerprint is part of each read), so a replaced load balancer or a new certificate is picked
 * up in the same deploy of the environment that made it.
 */
export class RegionLink extends Construct {
  /** ARN of the region's ingress NLB. */
  public readonly loadBalancerArn: string;
  /** DNS name of the region's ingress NLB (private addresses: it is internal). */
  public readonly loadBalancerDnsName: string;
  /** Route 53 zone of the NLB's DNS name, for alias records. */
  public readonly loadBalancerZoneId: string;
  /** The region's Route 53 health check (follows its ingress health alarm). */
  public readonly healthCheckId: string;
  /** ARN of the region's ingress certificate. */
  public readonly certificateArn: string;
  /** The cross-account attachment that lets the hub's accelerator use the NLB; only for regions outside the hub account. */
  public readonly attachmentArn?: string;
  /** The certificate's validation records, one per certificate name. */
  public readonly validationRecords: readonly ValidationRecord[];

  private readonly props: RegionLinkProps;
  private readonly fingerprint: string;

  constructor(scope: Construct, id: string, props: RegionLinkProps) {
    super(scope, id);
    this.props = props;
    const { config, region } = props;
    this.fingerprint = createHash('sha256')
      .update(JSON.stringify([region.account, region.cidr, region.availabilityZones, ingressLoadBalancerName(config), ingressCertificateNames(config), config.edge.healthCheck]))
      .digest('hex')
      .slice(0, 12);

    this.loadBalancerArn = this.parameter('load-balancer-arn');
    this.loadBalancerDnsName = this.parameter('load-balancer-dns-name');
    this.loadBalancerZoneId = this.parameter('load-balancer-zone-id');
    this.healthCheckId = this.parameter('health-check-id');
    this.certificateArn = this.parameter('certificate-arn');
    if (region.account !== config.hubRegion.account) this.attachmentArn = this.parameter('accelerator-attachment-arn');

    const names = ingressCertificateNames(config);
    const paths = names.flatMap((_, i) => [0, 1].map((j) => `Certificate.DomainValidationOptions.${i}.ResourceRecord.${j === 0 ? 'Name' : 'Value'}`));
    const describe: cr.AwsSdkCall = {
      ...this.inRegion(),
      service: 'ACM',
      action: 'describeCertificate',
      parameters: { CertificateArn: this.certificateArn },
      outputPaths: paths,
      physicalResourceId: cr.PhysicalResourceId.of(`${region.name}/certificate@${this.fingerprint}`),
    };
    const certificate = props.calls.call(`Certificate-${region.name}`, { resourceType: 'Custom::EdgeCertificateRecords', onCreate: describe, onUpdate: describe });
    this.validationRecords = names.map((_, i) => ({
      name: certificate.getResponseField(`Certificate.DomainValidationOptions.${i}.ResourceRecord.Name`),
      value: certificate.getResponseField(`Certificate.DomainValidationOptions.${i}.ResourceRecord.Value`),
    }));
  }

  /** One published value of the region, read through its link role. */
  private parameter(key: EdgeParameter): string {
    const { config, region, calls } = this.props;
    const read: cr.AwsSdkCall = {
      ...this.inRegion(),
      service: 'SSM',
      action: 'getParameter',
      parameters: { Name: edgeParameterName(config, region, key) },
      outputPaths: ['Parameter.Value'],
      physicalResourceId: cr.PhysicalResourceId.of(`${region.name}/${key}@${this.fingerprint}`),
    };
    return calls.call(`${region.name}-${key}`, { resourceType: 'Custom::EdgeParameter', onCreate: read, onUpdate: read }).getResponseField('Parameter.Value');
  }

  /** Where a read runs: the region, as the region's link role. */
  private inRegion(): Pick<cr.AwsSdkCall, 'region' | 'assumedRoleArn'> {
    const { config, region } = this.props;
    return { region: region.name, assumedRoleArn: edgeLinkRoleArn(config, region) };
  }
}
