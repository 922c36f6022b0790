import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as eks from 'aws-cdk-lib/aws-eks-v2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { FEATURE_ARCHIVER_NAME, PlatformConfig, clusterName } from '../../lib/config';
import { MskKafka } from '../../lib/kafka/msk';
import { ExternalSecretsAccess } from '../../lib/regions/external-secrets';
import { cdkJsonContext } from '../helpers/synth';

export { configData, prodWithReplicatedConsumer, shipped, twoAccountProd } from './config-fixtures';

/** What {@link buildMsk} returns. */
export interface BuiltMsk {
  readonly stack: Stack;
  readonly kafka: MskKafka;
  readonly serviceRoles: Record<string, iam.Role>;
  readonly externalSecrets: ExternalSecretsAccess;
  readonly template: Template;
}

/**
 * An {@link MskKafka} in a stack of its own with just what it needs (a VPC like the region's, an
 * imported cluster, keys, the External Secrets access and one role per service): fast, and the
 * template holds only what the construct adds. The full region stack is gated by test/app.test.ts.
 */
export function buildMsk(config: PlatformConfig, regionName: string, schemaDir?: string): BuiltMsk {
  const region = config.regions.find((r) => r.name === regionName)!;
  // No built-in CloudFormation validation here (it costs seconds): the full synth in test/app.test.ts runs it.
  const app = new App({ builtinCloudFormationValidation: false, context: cdkJsonContext() });
  const stack = new Stack(app, 'Kafka', { env: { account: region.account, region: region.name } });
  const vpc = new ec2.Vpc(stack, 'Vpc', {
    ipAddresses: ec2.IpAddresses.cidr(region.cidr),
    availabilityZones: [...region.availabilityZones],
    natGateways: 1,
    subnetConfiguration: [
      { name: 'public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 22 },
      { name: 'private', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 19 },
    ],
  });
  const cluster = eks.Cluster.fromClusterAttributes(stack, 'Eks', { clusterName: clusterName(config, region), vpc });
  const externalSecrets = new ExternalSecretsAccess(stack, 'ExternalSecrets', { config, cluster, key: new kms.Key(stack, 'SecretsKey') });
  const serviceRoles = Object.fromEntries(
    // Services, stream jobs and the feature archiver: all Kafka principals with a Pod Identity role.
    [...config.services, ...config.streams.jobs, { name: FEATURE_ARCHIVER_NAME }].map((s) => [s.name, new iam.Role(stack, `Role-${s.name}`, { assumedBy: new iam.ServicePrincipal('pods.eks.amazonaws.com') })]),
  );
  const kafka = new MskKafka(stack, 'Kafka', { config, region, vpc, serviceRoles, logKey: new kms.Key(stack, 'LogKey'), externalSecrets, schemaDir });
  return { stack, kafka, serviceRoles, externalSecrets, template: Template.fromStack(stack) };
}

/** The resources of one type in a template, by logical id. */
export function resourcesOf(template: Template, type: string): Record<string, any> {
  return template.findResources(type);
}

/** The one resource of a type whose properties contain `props` (fails on none or several). */
export function onlyResource(template: Template, type: string, props: Record<string, unknown> = {}): any {
  const found = Object.values(template.findResources(type, { Properties: props }));
  if (found.length !== 1) throw new Error(`expected one ${type} matching ${JSON.stringify(props)}, found ${found.length}`);
  return found[0];
}

/** A CloudFormation value as text: joins resolved, the partition as `aws`, other references as `{Ref}`/`{Logical.Attr}`. */
export function plain(value: any): string {
  if (typeof value === 'string') return value;
  if (value?.Ref === 'AWS::Partition') return 'aws';
  if (value?.Ref) return `{${value.Ref}}`;
  if (value?.['Fn::GetAtt']) return `{${value['Fn::GetAtt'].join('.')}}`;
  if (value?.['Fn::Join']) return value['Fn::Join'][1].map(plain).join(value['Fn::Join'][0]);
  return JSON.stringify(value);
}
