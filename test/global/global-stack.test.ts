import * as fs from 'fs';
import * as path from 'path';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as YAML from 'yaml';
import { PlatformConfig, edgeLinkRoleArn, edgeParameterName, parseConfig } from '../../lib/config';
import { ACCELERATOR_PORTS } from '../../lib/global';
import { ROOT, synthConfig, synthEnv } from '../helpers/synth';

/** A shipped config, modified on its raw data before validation. */
function configOf(env: string, modify: (data: any) => void): PlatformConfig {
  const data = YAML.parse(fs.readFileSync(path.join(ROOT, 'config', `${env}.yaml`), 'utf8'));
  modify(data);
  return parseConfig(data, `${env}.yaml (modified in test)`);
}

const prod = synthEnv('prod');
/**
 * Prod with eu-west-1 in its own account (the seed's original layout), synthesized on first use:
 * the cross-account paths the shipped one-account prod does not take. No topic replicates (MSK
 * Replicator cannot cross accounts).
 */
let twoAccountsSynth: ReturnType<typeof synthConfig> | undefined;
const twoAccounts = () =>
  (twoAccountsSynth ??= synthConfig(configOf('prod', (d) => {
    d.regions[1].account = '222222222222';
    for (const t of d.kafka.topics) delete t.replicate;
  }), 'prod-two-accounts', { cfnValidation: false }));
// dev, given an existing zone: one synth serves the dev and the existing-zone cases.
const dev = synthConfig(configOf('dev', (d) => (d.edge.hostedZoneId = 'Z0123456789ABCDEFGHIJ')), 'dev-zone');
const global = () => prod.template('Global');
const resources = (t: Template, type: string) => Object.values(t.findResources(type)) as any[];
const props = (t: Template, type: string) => resources(t, type).map((r) => r.Properties);

/** The SDK call of a deploy-time custom resource, with CloudFormation references as `"<ref>"`. */
function sdkCall(resource: any): any {
  const create = resource.Properties.Create;
  const text = typeof create === 'string' ? create : create['Fn::Join'][1].map((part: unknown) => (typeof part === 'string' ? part : '<ref>')).join('');
  return JSON.parse(text);
}

/** The deploy-time read of one published value of a region (custom resource), by logical id. */
function readOf(t: Template, region: string, key: Parameters<typeof edgeParameterName>[2]): string {
  const name = edgeParameterName(prod.config, { name: region }, key);
  const [id] = Object.entries(t.findResources('Custom::EdgeParameter')).find(([, r]: [string, any]) => JSON.parse(r.Properties.Create).parameters.Name === name)!;
  return id;
}

describe('stacks and deploy order', () => {
  test('GIVEN prod WHEN synthesized THEN the global stack is in the hub account and region, named after the environment, termination-protected', () => {
    const artifact = prod.assembly.getStackArtifact('Global');
    expect([artifact.stackName, artifact.environment.account, artifact.environment.region, artifact.terminationProtection]).toEqual([
      'automatedai-prod-global',
      '111111111111',
      'us-east-1',
      true,
    ]);
  });

  test('GIVEN prod WHEN synthesized THEN the global stack depends on every region stack, so `cdk deploy --all` deploys it last', () => {
    const deps = prod.assembly.getStackArtifact('Global').dependencies.map((d) => d.id);
    expect(deps).toEqual(expect.arrayContaining(['Region-us-east-1', 'Region-eu-west-1']));
    // and no region stack depends on it (no cycle, regions first)
    for (const id of ['Region-us-east-1', 'Region-eu-west-1']) {
      expect(prod.assembly.getStackArtifact(id).dependencies.map((d) => d.id)).not.toContain('Global');
    }
  });

  test('GIVEN dev WHEN synthesized THEN its one region stack comes before the global stack', () => {
    expect(dev.assembly.getStackArtifact('Global').dependencies.map((d) => d.id)).toContain('Region-us-east-1');
  });
});

describe('Global Accelerator', () => {
  test('GIVEN prod WHEN synthesized THEN one enabled IPv4 accelerator writes flow logs to the flow-log bucket', () => {
    global().resourceCountIs('AWS::GlobalAccelerator::Accelerator', 1);
    global().hasResourceProperties('AWS::GlobalAccelerator::Accelerator', {
      Name: 'automatedai-prod',
      Enabled: true,
      IpAddressType: 'IPV4',
      FlowLogsEnabled: true,
      FlowLogsS3Bucket: { Ref: Match.stringLikeRegexp('^FlowLogsBucket') },
      FlowLogsS3Prefix: 'accelerator',
    });
  });

  test('GIVEN prod WHEN synthesized THEN one TCP listener takes ports 80 and 443 with client affinity NONE (the default)', () => {
    expect(props(global(), 'AWS::GlobalAccelerator::Listener')).toEqual([
      expect.objectContaining({ Protocol: 'TCP', ClientAffinity: 'NONE', PortRanges: [{ FromPort: 80, ToPort: 80 }, { FromPort: 443, ToPort: 443 }] }),
    ]);
    expect([...ACCELERATOR_PORTS]).toEqual([80, 443]);
  });

  test('GIVEN a config without clientAffinity WHEN validated THEN it is NONE, the value the listener above carries', () => {
    const config = configOf('dev', (d) => delete d.edge.clientAffinity);
    expect(config.edge.clientAffinity).toBe('NONE');
  });

  test('GIVEN prod WHEN synthesized THEN there is exactly one endpoint group per region', () => {
    expect(props(global(), 'AWS::GlobalAccelerator::EndpointGroup').map((g) => g.EndpointGroupRegion).sort()).toEqual(['eu-west-1', 'us-east-1']);
    expect(props(dev.template('Global'), 'AWS::GlobalAccelerator::EndpointGroup').map((g) => g.EndpointGroupRegion)).toEqual(['us-east-1']);
  });

  test.each(['us-east-1', 'eu-west-1'])('GIVEN prod WHEN synthesized THEN the %s group checks health every 30 s with threshold 3 on the config\'s port, protocol and path', (region) => {
    global().hasResourceProperties('AWS::GlobalAccelerator::EndpointGroup', {
      EndpointGroupRegion: region,
      HealthCheckIntervalSeconds: 30,
      ThresholdCount: 3,
      HealthCheckPort: 15021,
      HealthCheckProtocol: 'HTTP',
      HealthCheckPath: '/healthz/ready',
      TrafficDialPercentage: 100,
    });
  });

  test.each(['us-east-1', 'eu-west-1'])('GIVEN prod WHEN synthesized THEN the %s endpoint is its NLB, read from the region, weight 100, client IP preserved', (region) => {
    const t = global();
    const group = props(t, 'AWS::GlobalAccelerator::EndpointGroup').find((g) => g.EndpointGroupRegion === region);
    expect(group.EndpointConfigurations).toHaveLength(1);
    expect(group.EndpointConfigurations[0]).toMatchObject({
      EndpointId: { 'Fn::GetAtt': [readOf(t, region, 'load-balancer-arn'), 'Parameter.Value'] },
      Weight: 100,
      ClientIPPreservationEnabled: true,
    });
  });

  test('GIVEN prod (one account) WHEN synthesized THEN no endpoint needs a cross-account attachment, and none is read', () => {
    const t = global();
    for (const g of props(t, 'AWS::GlobalAccelerator::EndpointGroup')) expect(g.EndpointConfigurations[0].AttachmentArn).toBeUndefined();
    const reads = Object.values(t.findResources('Custom::EdgeParameter')).map((r: any) => JSON.parse(r.Properties.Create).parameters.Name);
    expect(reads.filter((n: string) => n.endsWith('accelerator-attachment-arn'))).toEqual([]);
  });

  test('GIVEN a region outside the hub account WHEN synthesized THEN only that region is added through its cross-account attachment', () => {
    const t = twoAccounts().template('Global');
    const groups = props(t, 'AWS::GlobalAccelerator::EndpointGroup');
    expect(groups.find((g) => g.EndpointGroupRegion === 'us-east-1').EndpointConfigurations[0].AttachmentArn).toBeUndefined();
    expect(groups.find((g) => g.EndpointGroupRegion === 'eu-west-1').EndpointConfigurations[0].AttachmentArn).toEqual({
      'Fn::GetAtt': [readOf(t, 'eu-west-1', 'accelerator-attachment-arn'), 'Parameter.Value'],
    });
  });

  test('GIVEN a region dialled to 25 % WHEN synthesized THEN its endpoint group carries that dial and the others keep theirs', () => {
    const config = configOf('prod', (d) => {
      d.regions[1].trafficDialPercent = 25;
      d.edge.clientAffinity = 'SOURCE_IP';
    });
    const t = synthConfig(config, 'prod-dial').template('Global');
    const dials = Object.fromEntries(props(t, 'AWS::GlobalAccelerator::EndpointGroup').map((g) => [g.EndpointGroupRegion, g.TrafficDialPercentage]));
    expect(dials).toEqual({ 'us-east-1': 100, 'eu-west-1': 25 });
    expect(props(t, 'AWS::GlobalAccelerator::Listener')[0].ClientAffinity).toBe('SOURCE_IP');
  });
});

describe('flow-log bucket', () => {
  test('GIVEN prod WHEN synthesized THEN it is KMS-encrypted, TLS-only, private, has a lifecycle rule and is retained', () => {
    global().hasResource('AWS::S3::Bucket', {
      Properties: Match.objectLike({
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [Match.objectLike({ ServerSideEncryptionByDefault: Match.objectLike({ SSEAlgorithm: 'aws:kms' }) })],
        },
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
        LifecycleConfiguration: { Rules: [Match.objectLike({ Status: 'Enabled', ExpirationInDays: 365 })] },
      }),
      DeletionPolicy: 'Retain',
    });
    const policy = props(global(), 'AWS::S3::BucketPolicy')[0].PolicyDocument.Statement;
    expect(policy).toContainEqual(expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }));
    expect(JSON.stringify(policy)).toContain('/accelerator/AWSLogs/111111111111/*');
  });
});

describe('Route 53', () => {
  test('GIVEN no hostedZoneId WHEN synthesized THEN a public zone for the domain is created and retained', () => {
    global().hasResource('AWS::Route53::HostedZone', { Properties: Match.objectLike({ Name: 'automatedai.example.com.' }), DeletionPolicy: 'Retain' });
  });

  test('GIVEN prod WHEN synthesized THEN the apex and api names alias the accelerator', () => {
    for (const name of ['automatedai.example.com.', 'api.automatedai.example.com.']) {
      global().hasResourceProperties('AWS::Route53::RecordSet', {
        Name: name,
        Type: 'A',
        AliasTarget: { DNSName: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Accelerator'), 'DnsName'] }, HostedZoneId: 'Z2BJ6XQ5FK7U4H' },
      });
    }
  });

  test.each(['us-east-1', 'eu-west-1'])('GIVEN prod WHEN synthesized THEN api-latency has a %s latency record aliasing its NLB, with its health check and target health', (region) => {
    const t = global();
    const records = props(t, 'AWS::Route53::RecordSet').filter((r) => r.Name === 'api-latency.automatedai.example.com.');
    expect(records).toHaveLength(2);
    expect(records.find((r) => r.Region === region)).toEqual(expect.objectContaining({
      Type: 'A',
      SetIdentifier: region,
      HealthCheckId: { 'Fn::GetAtt': [readOf(t, region, 'health-check-id'), 'Parameter.Value'] },
      AliasTarget: {
        DNSName: { 'Fn::GetAtt': [readOf(t, region, 'load-balancer-dns-name'), 'Parameter.Value'] },
        HostedZoneId: { 'Fn::GetAtt': [readOf(t, region, 'load-balancer-zone-id'), 'Parameter.Value'] },
        EvaluateTargetHealth: true,
      },
    }));
  });

  test('GIVEN an existing hostedZoneId WHEN synthesized THEN no zone is created and the records go into that zone (no lookup)', () => {
    const t = dev.template('Global');
    t.resourceCountIs('AWS::Route53::HostedZone', 0);
    expect(props(t, 'AWS::Route53::RecordSet').map((r) => r.HostedZoneId)).toEqual(['Z0123456789ABCDEFGHIJ', 'Z0123456789ABCDEFGHIJ', 'Z0123456789ABCDEFGHIJ']);
    expect(JSON.stringify(props(t, 'Custom::EdgeValidationRecords'))).toContain('Z0123456789ABCDEFGHIJ');
    expect(dev.assembly.manifest.missing ?? []).toEqual([]);
  });
});

describe('certificate validation', () => {
  test.each(['us-east-1', 'eu-west-1'])('GIVEN prod WHEN synthesized THEN the %s certificate\'s DNS validation records are read from the region and upserted as CNAMEs in the zone', (region) => {
    const t = global();
    const [describeId, describe] = Object.entries(t.findResources('Custom::EdgeCertificateRecords')).find(([, r]) => sdkCall(r).region === region)!;
    expect(sdkCall(describe)).toMatchObject({ service: 'ACM', action: 'describeCertificate', region, assumedRoleArn: edgeLinkRoleArn(prod.config, { name: region, account: '111111111111' }) });

    const upsert = resources(t, 'Custom::EdgeValidationRecords').find((r) => JSON.stringify(r.Properties.Create).includes(describeId));
    const text = JSON.stringify(upsert.Properties.Create);
    expect(text).toContain('changeResourceRecordSets');
    for (let i = 0; i < 3; i++) {
      expect(text).toContain(`"Fn::GetAtt":["${describeId}","Certificate.DomainValidationOptions.${i}.ResourceRecord.Name"]`);
      expect(text).toContain(`"Fn::GetAtt":["${describeId}","Certificate.DomainValidationOptions.${i}.ResourceRecord.Value"]`);
    }
    expect(text).toContain(`{"Ref":"${Object.keys(t.findResources('AWS::Route53::HostedZone'))[0]}"}`);
    expect(sdkCall(upsert).parameters.ChangeBatch.Changes.map((c: any) => [c.Action, c.ResourceRecordSet.Type, c.ResourceRecordSet.TTL])).toEqual([
      ['UPSERT', 'CNAME', 300],
      ['UPSERT', 'CNAME', 300],
      ['UPSERT', 'CNAME', 300],
    ]);
  });

  test('GIVEN prod WHEN synthesized THEN the wiring role may upsert only ACM validation CNAMEs in the zone and assume only the regions\' link roles', () => {
    const t = global();
    t.hasResourceProperties('AWS::IAM::Role', { RoleName: 'automatedai-prod-edge-wiring' });
    const docs = props(t, 'AWS::IAM::ManagedPolicy').map((p) => p.PolicyDocument.Statement).flat();
    // minimizePolicies (cdk.json) sorts the resources of a statement: compare as sets.
    expect([...docs.find((s) => s.Action === 'sts:AssumeRole').Resource].sort()).toEqual(prod.config.regions.map((r) => edgeLinkRoleArn(prod.config, r)).sort());
    expect(docs.find((s) => s.Action === 'route53:ChangeResourceRecordSets').Condition).toEqual({
      'ForAllValues:StringEquals': { 'route53:ChangeResourceRecordSetsRecordTypes': ['CNAME'], 'route53:ChangeResourceRecordSetsActions': ['UPSERT'] },
      'ForAllValues:StringLike': { 'route53:ChangeResourceRecordSetsNormalizedRecordNames': ['_*.automatedai.example.com'] },
    });
  });

  test('GIVEN a region outside the hub account WHEN synthesized THEN its values and certificate are read through the link role in that account, and the wiring role may assume exactly it', () => {
    const two = twoAccounts();
    const t = two.template('Global');
    const west = two.config.regions[1];
    expect(west.account).toBe('222222222222');
    const westLink = edgeLinkRoleArn(two.config, west);
    expect(westLink).toBe('arn:aws:iam::222222222222:role/automatedai-prod-eu-west-1-edge-link');
    const calls = [...resources(t, 'Custom::EdgeParameter'), ...resources(t, 'Custom::EdgeCertificateRecords')].map(sdkCall).filter((c) => c.region === 'eu-west-1');
    expect(calls.length).toBeGreaterThan(0);
    for (const c of calls) expect(c.assumedRoleArn).toBe(westLink);
    const docs = props(t, 'AWS::IAM::ManagedPolicy').map((p) => p.PolicyDocument.Statement).flat();
    expect([...docs.find((s) => s.Action === 'sts:AssumeRole').Resource].sort()).toEqual([edgeLinkRoleArn(two.config, two.config.regions[0]), westLink].sort());
  });

  test('GIVEN prod WHEN synthesized THEN every deploy-time call waits for the policies of its role', () => {
    const t = global().toJSON();
    const policies = Object.entries(t.Resources).filter(([, r]: [string, any]) => r.Type === 'AWS::IAM::ManagedPolicy').map(([id]) => id);
    for (const [, r] of Object.entries<any>(t.Resources)) {
      if (!String(r.Type).startsWith('Custom::')) continue;
      expect(r.DependsOn).toEqual(expect.arrayContaining(policies));
    }
  });
});

describe('snapshots (tripwire beside the assertions above)', () => {
  test('prod Global', () => {
    expect(global().toJSON()).toMatchSnapshot();
  });
});
