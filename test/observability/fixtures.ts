/**
 * Shared fixtures of the observability tests: the observability and tracing charts rendered to
 * plain manifests, once per config and region within a test file.
 */
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as eks from 'aws-cdk-lib/aws-eks-v2';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Testing } from 'cdk8s';
import { PlatformConfig, RegionConfig } from '../../lib/config';
import { ObservabilityChart, RegionObservability, TracingChart } from '../../lib/observability';
import { cdkJsonContext } from '../helpers/synth';
import { Manifest, regionOf } from '../services/fixtures';

export type { Manifest } from '../services/fixtures';
export { regionOf, shipped, variant } from '../services/fixtures';

/** Renders the ObservabilityChart of one region. */
export function renderObservability(config: PlatformConfig, regionName: string): Manifest[] {
  return Testing.synth(new ObservabilityChart(Testing.app(), 'observability', { config, region: regionOf(config, regionName) }));
}

/** Renders the TracingChart of one region. */
export function renderTracing(config: PlatformConfig, regionName: string): Manifest[] {
  return Testing.synth(new TracingChart(Testing.app(), 'tracing', { config, region: regionOf(config, regionName) }));
}

/** Every object of `kind`. */
export function ofKind(manifests: readonly Manifest[], kind: string): Manifest[] {
  return manifests.filter((m) => m.kind === kind);
}

/** The one object of `kind` named `name` (in `namespace` when given). */
export function find(manifests: readonly Manifest[], kind: string, name: string, namespace?: string): Manifest {
  const hits = manifests.filter((m) => m.kind === kind && m.metadata?.name === name && (namespace === undefined || m.metadata?.namespace === namespace));
  if (hits.length !== 1) throw new Error(`expected one ${kind} ${namespace ?? '*'}/${name}, found ${hits.length}`);
  return hits[0];
}

/** RegionObservability in a bare stack of `region`, with the keys, VPC and cluster it is given in RegionStack. */
export function buildRegionObservability(
  config: PlatformConfig,
  region: RegionConfig,
  extra?: (stack: Stack, construct: RegionObservability) => void,
): { template: Template; construct: RegionObservability } {
  const app = new App({ context: cdkJsonContext() });
  const stack = new Stack(app, 'Test', { env: { account: region.account, region: region.name } });
  const vpc = new ec2.Vpc(stack, 'Vpc', {
    // A stand-in for PlatformNetwork's VPC (which closes its default security group): without the
    // restrictDefaultSecurityGroup custom resource, the template holds only what this layer adds.
    restrictDefaultSecurityGroup: false,
    ipAddresses: ec2.IpAddresses.cidr(region.cidr),
    availabilityZones: [...region.availabilityZones],
    natGateways: 1,
    subnetConfiguration: [
      { name: 'public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 22 },
      { name: 'private', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 19 },
    ],
  });
  const construct = new RegionObservability(stack, 'Observability', {
    config,
    region,
    vpc,
    cluster: eks.Cluster.fromClusterAttributes(stack, 'Cluster', { clusterName: 'cluster' }),
    logKey: new kms.Key(stack, 'LogKey'),
    secretsKey: new kms.Key(stack, 'SecretsKey'),
  });
  extra?.(stack, construct);
  return { template: Template.fromStack(stack), construct };
}
