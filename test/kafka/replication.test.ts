import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { gate } from '../../lib/platform/gate';
import { PlatformConfig, RegionConfig, kafkaParameterName } from '../../lib/config';
import { replicatedConsumerGroups, replicationFlows } from '../../lib/kafka/model';
import { KafkaReplicationStack, REPLICATOR_INTERNAL_TOPICS, addKafkaReplication } from '../../lib/kafka/replication-stack';
import { cdkJsonContext } from '../helpers/synth';
import { plain, prodWithReplicatedConsumer, shipped, twoAccountProd } from './fixtures';

const prod = shipped('prod');
const [us, eu] = prod.regions;

/** The replication stack into eu-west-1 of `config`, synthesized with the four nag packs gating it. */
function synthInto(config: PlatformConfig, targetName: string) {
  const target = config.regions.find((r) => r.name === targetName)!;
  const app = new App({ builtinCloudFormationValidation: false, context: cdkJsonContext() });
  const stack = new KafkaReplicationStack(app, `KafkaReplication-${target.name}`, { config, target, flows: replicationFlows(config).filter((f) => f.target === target) });
  gate(app);
  const assembly = app.synth();
  const template = Template.fromJSON(assembly.getStackArtifact(stack.artifactId).template);
  const replicator = Object.values(template.findResources('AWS::MSK::Replicator'))[0] as any;
  return { stack, assembly, template, replicator };
}

/** The execution policy attached to the replicator's role, statements by Sid (resources as text). */
function executionGrants(t: Template, replicator: any): Record<string, { actions: string[]; resources: string[] }> {
  const roleId = replicator.Properties.ServiceExecutionRoleArn['Fn::GetAtt'][0];
  const policies = Object.values(t.findResources('AWS::IAM::ManagedPolicy')).filter((p: any) => p.Properties.Roles?.some((r: any) => r.Ref === roleId)) as any[];
  expect(policies).toHaveLength(1);
  return Object.fromEntries(policies[0].Properties.PolicyDocument.Statement.map((s: any) => [s.Sid, { actions: [].concat(s.Action).sort(), resources: [].concat(s.Resource).map(plain).sort() }]));
}

const { stack, assembly, template: t, replicator } = synthInto(prod, 'eu-west-1');
const kafkaArn = (region: string, kind: string, rest: string) => `arn:aws:kafka:${region}:111111111111:${kind}/automatedai-prod-${region}/${rest}`;

describe('replication flows', () => {
  test('GIVEN the shipped prod (one account, device-metrics-5min replicated) THEN both directions replicate (active-active)', () => {
    expect(new Set(prod.regions.map((r) => r.account)).size).toBe(1);
    expect(prod.kafka.topics.filter((x) => x.replicate).map((x) => x.name)).toEqual(['device-metrics-5min']);
    expect(replicationFlows(prod).map((f) => `${f.source.name}->${f.target.name}`)).toEqual(['eu-west-1->us-east-1', 'us-east-1->eu-west-1']);
  });

  test('GIVEN the shipped prod THEN patient data stays in its region: patient-events, raw telemetry and the DLQs do not replicate', () => {
    for (const name of ['patient-events', 'patient-events-dlq', 'device-telemetry', 'device-telemetry-dlq']) {
      expect(prod.kafka.topics.find((x) => x.name === name)?.replicate).toBe(false);
    }
  });

  test('GIVEN prod with its regions in two accounts THEN nothing replicates and no replication stack is made', () => {
    const two = twoAccountProd();
    expect(replicationFlows(two)).toEqual([]);
    expect(addKafkaReplication(new App(), two, [])).toEqual([]);
  });

  test('GIVEN the flows WHEN the stacks are added THEN one per target, each deployed after the region stacks it reads', () => {
    const a = new App({ builtinCloudFormationValidation: false });
    class FakeRegion extends Stack {
      constructor(scope: App, public readonly regionConfig: RegionConfig) {
        super(scope, `Region-${regionConfig.name}`, { env: { account: regionConfig.account, region: regionConfig.name } });
      }
    }
    const regions = prod.regions.map((r) => new FakeRegion(a, r));
    const stacks = addKafkaReplication(a, prod, regions.map((stack) => ({ stack, region: stack.regionConfig })));
    expect(stacks.map((s) => [s.stackName, s.account, s.region])).toEqual([
      ['automatedai-prod-us-east-1-kafka-replication', '111111111111', 'us-east-1'],
      ['automatedai-prod-eu-west-1-kafka-replication', '111111111111', 'eu-west-1'],
    ]);
    for (const s of stacks) expect(s.dependencies.map((d) => d.stackName).sort()).toEqual(regions.map((r) => r.stackName).sort());
  });

  test('fails when a flow crosses accounts (MSK Replicator cannot)', () => {
    const other: RegionConfig = { ...us, account: '999999999999' };
    expect(() => new KafkaReplicationStack(new App(), 'X', { config: prod, target: eu, flows: [{ source: other, target: eu }] })).toThrow(/does not end in eu-west-1 within account 111111111111/);
  });
});

describe('KafkaReplicationStack (prod, into eu-west-1)', () => {
  test('GIVEN the stack WHEN synthesized with the four nag packs THEN it has no finding (synth would have thrown)', () => {
    expect(assembly.getStackArtifact(stack.artifactId).template.Resources).toBeDefined();
  });

  test('GIVEN a flow us-east-1 -> eu-west-1 THEN one replicator runs in the target region and names both clusters by their published values', () => {
    expect(stack.region).toBe('eu-west-1');
    expect(Object.keys(t.findResources('AWS::MSK::Replicator'))).toHaveLength(1);
    expect(replicator.Properties.ReplicatorName).toBe('automatedai-prod-us-east-1-to-eu-west-1');
    const [source, target] = replicator.Properties.KafkaClusters;
    // The source: read at deploy time in us-east-1, reached through multi-VPC connectivity (no security group).
    expect(source.AmazonMskCluster.MskClusterArn).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/useast1clusterarn/), 'Parameter.Value'] });
    expect(source.VpcConfig).toEqual({ SubnetIds: { 'Fn::Split': [',', { 'Fn::GetAtt': [expect.stringMatching(/useast1subnetids/), 'Parameter.Value'] }] } });
    // The target: this region's own parameters, resolved by CloudFormation.
    const params = t.toJSON().Parameters;
    const paramOf = (ref: any) => params[ref.Ref].Default;
    expect(paramOf(target.AmazonMskCluster.MskClusterArn)).toBe(kafkaParameterName(prod, eu, 'cluster-arn'));
    expect(paramOf(target.VpcConfig.SubnetIds)).toBe(kafkaParameterName(prod, eu, 'subnet-ids'));
    expect(params[target.VpcConfig.SubnetIds.Ref].Type).toBe('AWS::SSM::Parameter::Value<List<String>>');
    expect(paramOf(target.VpcConfig.SecurityGroupIds[0])).toBe(kafkaParameterName(prod, eu, 'security-group-id'));

    const reads = Object.values(t.findResources('Custom::KafkaSourceParameter')).map((r: any) => JSON.parse(r.Properties.Create));
    expect(reads.map((r) => [r.region, r.action, r.parameters.Name])).toEqual([
      ['us-east-1', 'getParameter', kafkaParameterName(prod, us, 'cluster-arn')],
      ['us-east-1', 'getParameter', kafkaParameterName(prod, us, 'subnet-ids')],
    ]);
  });

  test('GIVEN the replicated topic THEN exactly it is copied, with its identical name, from the earliest offset, records only', () => {
    const info = replicator.Properties.ReplicationInfoList[0];
    expect(info.TopicReplication).toEqual({
      TopicsToReplicate: ['^device-metrics-5min$'],
      TopicNameConfiguration: { Type: 'IDENTICAL' },
      CopyTopicConfigurations: false,
      CopyAccessControlListsForTopics: false,
      DetectAndCopyNewTopics: false,
      StartingPosition: { Type: 'EARLIEST' },
    });
    expect(info.TargetCompressionType).toBe('LZ4');
  });

  test('GIVEN no service consumes the replicated topic THEN no consumer group is copied and no offset is synced', () => {
    expect(replicatedConsumerGroups(prod)).toEqual([]);
    expect(replicator.Properties.ReplicationInfoList[0].ConsumerGroupReplication).toEqual({
      ConsumerGroupsToReplicate: [],
      DetectAndCopyNewConsumerGroups: false,
      SynchroniseConsumerGroupOffsets: false,
      // Create-only, so set from the start: the first replicated group then changes the
      // replicator in place instead of replacing it.
      ConsumerGroupOffsetSyncMode: 'ENHANCED',
    });
  });

  test('GIVEN the replicated topics change WHEN synthesized THEN no create-only property of the replicator changes (its fixed name would collide with a replacement)', () => {
    const { replicator: other } = synthInto(prodWithReplicatedConsumer(), 'eu-west-1');
    for (const key of ['ReplicatorName', 'Description', 'KafkaClusters', 'ServiceExecutionRoleArn']) expect([key, other.Properties[key]]).toEqual([key, replicator.Properties[key]]);
    expect(other.Properties.ReplicationInfoList[0].ConsumerGroupReplication.ConsumerGroupOffsetSyncMode).toBe('ENHANCED');
  });

  test('GIVEN the replicator THEN it logs to a KMS-encrypted, retained log group', () => {
    const group = replicator.Properties.LogDelivery.ReplicatorLogDelivery.CloudWatchLogs;
    expect(group.Enabled).toBe(true);
    const logGroup = Object.values(t.findResources('AWS::Logs::LogGroup', { Properties: { LogGroupName: '/aws/msk-replicator/automatedai-prod-eu-west-1' } }))[0] as any;
    expect(logGroup).toMatchObject({ Properties: { KmsKeyId: expect.anything(), RetentionInDays: 365 }, DeletionPolicy: 'Retain' });
  });

  test('GIVEN the stack THEN the replicator carries the cost tags, the region one included', () => {
    expect(replicator.Properties.Tags).toEqual(expect.arrayContaining([{ Key: 'region', Value: 'eu-west-1' }]));
  });

  test('GIVEN the execution role THEN only MSK in this account assumes it, and the replicator waits for its policy', () => {
    const roleId = replicator.Properties.ServiceExecutionRoleArn['Fn::GetAtt'][0];
    const role = t.toJSON().Resources[roleId];
    expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([
      { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'kafka.amazonaws.com' }, Condition: { StringEquals: { 'aws:SourceAccount': '111111111111' } } },
    ]);
    const [policyId] = Object.entries(t.findResources('AWS::IAM::ManagedPolicy')).find(([, p]: [string, any]) => p.Properties.Roles?.some((r: any) => r.Ref === roleId))!;
    expect(replicator.DependsOn).toEqual(expect.arrayContaining([roleId, policyId]));
  });

  test('GIVEN the execution policy THEN it grants what MSK documents for identical-name replication, on the replicated topic and the replicator\'s own topics only', () => {
    const g = executionGrants(t, replicator);
    expect(Object.keys(g).sort()).toEqual(['Clusters', 'InternalTopics', 'SourceTopics', 'TargetGroups', 'TargetTopics']);
    expect(g.Clusters).toEqual({
      actions: ['kafka-cluster:Connect', 'kafka-cluster:DescribeCluster', 'kafka-cluster:WriteDataIdempotently'],
      resources: [kafkaArn('eu-west-1', 'cluster', '*'), kafkaArn('us-east-1', 'cluster', '*')],
    });
    // Read at the source, write at the target: never the other way round.
    expect(g.SourceTopics).toEqual({
      actions: ['kafka-cluster:DescribeTopic', 'kafka-cluster:DescribeTopicDynamicConfiguration', 'kafka-cluster:ReadData'],
      resources: [kafkaArn('us-east-1', 'topic', '*/device-metrics-5min')],
    });
    expect(g.TargetTopics).toEqual({
      actions: ['kafka-cluster:CreateTopic', 'kafka-cluster:DescribeTopic', 'kafka-cluster:DescribeTopicDynamicConfiguration', 'kafka-cluster:WriteData'],
      resources: [kafkaArn('eu-west-1', 'topic', '*/device-metrics-5min')],
    });
    expect(g.InternalTopics.resources).toEqual(['eu-west-1', 'us-east-1'].flatMap((r) => REPLICATOR_INTERNAL_TOPICS.map((x) => kafkaArn(r, 'topic', `*/${x}`))).sort());
    expect(g.TargetGroups).toEqual({ actions: ['kafka-cluster:AlterGroup', 'kafka-cluster:DescribeGroup'], resources: [kafkaArn('eu-west-1', 'group', '*/*__amazon_msk_replicator_*')] });
    // No topic that stays regional, no action wildcard, no cluster-altering right (nothing copies ACLs or configs).
    const all = JSON.stringify(g);
    for (const regional of ['patient-events', 'device-telemetry']) expect(all).not.toContain(regional);
    expect(Object.values(g).flatMap((s) => s.actions).some((a) => a.includes('*') || a === 'kafka-cluster:AlterCluster')).toBe(false);
  });

  test('GIVEN the stack WHEN synthesized THEN the resources match the snapshot (tripwire)', () => {
    expect(t.toJSON()).toMatchSnapshot();
  });
});

describe('KafkaReplicationStack with a consumer of the replicated topic', () => {
  const config = prodWithReplicatedConsumer();
  const { template, replicator: r } = synthInto(config, 'eu-west-1');

  test('GIVEN healthcare-service consumes device-metrics-5min THEN its group and offsets follow it, in ENHANCED mode (both directions, identical names)', () => {
    expect(replicatedConsumerGroups(config)).toEqual(['healthcare-service-group']);
    expect(r.Properties.ReplicationInfoList[0].ConsumerGroupReplication).toEqual({
      ConsumerGroupsToReplicate: ['^healthcare-service-group$'],
      DetectAndCopyNewConsumerGroups: false,
      SynchroniseConsumerGroupOffsets: true,
      ConsumerGroupOffsetSyncMode: 'ENHANCED',
    });
  });

  test('GIVEN the group THEN the role may describe it at the source and commit its translated offsets at the target, and nothing else of it', () => {
    const g = executionGrants(template, r);
    expect(g.SourceGroups).toEqual({ actions: ['kafka-cluster:DescribeGroup'], resources: [kafkaArn('us-east-1', 'group', '*/healthcare-service-group')] });
    expect(g.TargetGroups.resources).toEqual([kafkaArn('eu-west-1', 'group', '*/*__amazon_msk_replicator_*'), kafkaArn('eu-west-1', 'group', '*/healthcare-service-group')]);
  });
});
