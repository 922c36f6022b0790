import { App, Stack, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { nagPacks } from '../../lib/compliance';
import { RegionConfig, kafkaParameterName } from '../../lib/config';
import { replicationFlows } from '../../lib/kafka/model';
import { KafkaReplicationStack, addKafkaReplication } from '../../lib/kafka/replication-stack';
import { SYNTH_CONTEXT } from '../../lib/synth-context';
import { plain, sameAccountProd, shipped } from './fixtures';

const config = sameAccountProd();
const [us, eu] = config.regions;

/** The replication stack into eu-west-1, synthesized once with the four nag packs gating it. */
const app = new App({ builtinCloudFormationValidation: false, context: { ...SYNTH_CONTEXT } });
Validations.of(app).addPlugins(...nagPacks(app));
const stack = new KafkaReplicationStack(app, 'KafkaReplication-eu-west-1', { config, target: eu, flows: replicationFlows(config).filter((f) => f.target === eu) });
const assembly = app.synth();
const t = Template.fromJSON(assembly.getStackArtifact(stack.artifactId).template);
const replicator = Object.values(t.findResources('AWS::MSK::Replicator'))[0] as any;

describe('replication flows', () => {
  test('GIVEN the shipped prod (regions in two accounts) THEN nothing replicates and no replication stack is made', () => {
    const prod = shipped('prod');
    expect(replicationFlows(prod)).toEqual([]);
    expect(addKafkaReplication(new App(), prod, [])).toEqual([]);
  });

  test('GIVEN two MSK regions in one account and replicated topics THEN both directions replicate (active-active)', () => {
    expect(replicationFlows(config).map((f) => `${f.source.name}->${f.target.name}`)).toEqual(['eu-west-1->us-east-1', 'us-east-1->eu-west-1']);
  });

  test('GIVEN the flows WHEN the stacks are added THEN one per target, each deployed after the region stacks it reads', () => {
    const a = new App({ builtinCloudFormationValidation: false });
    class FakeRegion extends Stack {
      constructor(scope: App, public readonly regionConfig: RegionConfig) {
        super(scope, `Region-${regionConfig.name}`, { env: { account: regionConfig.account, region: regionConfig.name } });
      }
    }
    const regions = config.regions.map((r) => new FakeRegion(a, r));
    const stacks = addKafkaReplication(a, config, regions);
    expect(stacks.map((s) => [s.stackName, s.region])).toEqual([
      ['automatedai-prod-us-east-1-kafka-replication', 'us-east-1'],
      ['automatedai-prod-eu-west-1-kafka-replication', 'eu-west-1'],
    ]);
    for (const s of stacks) expect(s.dependencies.map((d) => d.stackName).sort()).toEqual(regions.map((r) => r.stackName).sort());
  });

  test('fails when a flow crosses accounts (MSK Replicator cannot)', () => {
    const other: RegionConfig = { ...us, account: '999999999999' };
    expect(() => new KafkaReplicationStack(new App(), 'X', { config, target: eu, flows: [{ source: other, target: eu }] })).toThrow(/does not end in eu-west-1 within account 111111111111/);
  });
});

describe('KafkaReplicationStack', () => {
  test('GIVEN the stack WHEN synthesized with the four nag packs THEN it has no finding (synth would have thrown)', () => {
    expect(assembly.getStackArtifact(stack.artifactId).template.Resources).toBeDefined();
  });

  test('GIVEN a flow us-east-1 -> eu-west-1 THEN the replicator runs in the target region and names both clusters by their published values', () => {
    expect(stack.region).toBe('eu-west-1');
    expect(replicator.Properties.ReplicatorName).toBe('automatedai-prod-us-east-1-to-eu-west-1');
    const [source, target] = replicator.Properties.KafkaClusters;
    // The source: read at deploy time in us-east-1, reached through multi-VPC connectivity (no security group).
    expect(source.AmazonMskCluster.MskClusterArn).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/useast1clusterarn/), 'Parameter.Value'] });
    expect(source.VpcConfig).toEqual({ SubnetIds: { 'Fn::Split': [',', { 'Fn::GetAtt': [expect.stringMatching(/useast1subnetids/), 'Parameter.Value'] }] } });
    // The target: this region's own parameters, resolved by CloudFormation.
    const params = t.toJSON().Parameters;
    const paramOf = (ref: any) => params[ref.Ref].Default;
    expect(paramOf(target.AmazonMskCluster.MskClusterArn)).toBe(kafkaParameterName(config, eu, 'cluster-arn'));
    expect(paramOf(target.VpcConfig.SubnetIds)).toBe(kafkaParameterName(config, eu, 'subnet-ids'));
    expect(params[target.VpcConfig.SubnetIds.Ref].Type).toBe('AWS::SSM::Parameter::Value<List<String>>');
    expect(paramOf(target.VpcConfig.SecurityGroupIds[0])).toBe(kafkaParameterName(config, eu, 'security-group-id'));

    const reads = Object.values(t.findResources('Custom::KafkaSourceParameter')).map((r: any) => JSON.parse(r.Properties.Create));
    expect(reads.map((r) => [r.region, r.action, r.parameters.Name])).toEqual([
      ['us-east-1', 'getParameter', kafkaParameterName(config, us, 'cluster-arn')],
      ['us-east-1', 'getParameter', kafkaParameterName(config, us, 'subnet-ids')],
    ]);
  });

  test('GIVEN the replicated topics THEN exactly those are copied, with identical names, from the earliest offset, records only', () => {
    const info = replicator.Properties.ReplicationInfoList[0];
    expect(info.TopicReplication).toEqual({
      TopicsToReplicate: ['^patient-events$', '^device-metrics-5min$'],
      TopicNameConfiguration: { Type: 'IDENTICAL' },
      CopyTopicConfigurations: false,
      CopyAccessControlListsForTopics: false,
      DetectAndCopyNewTopics: false,
      StartingPosition: { Type: 'EARLIEST' },
    });
    // iot-service consumes patient-events: its group and offsets follow it to the other region.
    expect(info.ConsumerGroupReplication).toEqual({
      ConsumerGroupsToReplicate: ['^iot-service$'],
      DetectAndCopyNewConsumerGroups: false,
      SynchroniseConsumerGroupOffsets: true,
    });
    expect(info.TargetCompressionType).toBe('LZ4');
  });

  test('GIVEN the replicator THEN it logs to a KMS-encrypted, retained log group', () => {
    const group = replicator.Properties.LogDelivery.ReplicatorLogDelivery.CloudWatchLogs;
    expect(group.Enabled).toBe(true);
    const logGroup = Object.values(t.findResources('AWS::Logs::LogGroup', { Properties: { LogGroupName: '/aws/msk-replicator/automatedai-prod-eu-west-1' } }))[0] as any;
    expect(logGroup).toMatchObject({ Properties: { KmsKeyId: expect.anything(), RetentionInDays: 365 }, DeletionPolicy: 'Retain' });
  });

  test('GIVEN the execution role THEN only MSK in this account assumes it, and its policy names the two clusters, the replicated topics and their groups', () => {
    const roleId = replicator.Properties.ServiceExecutionRoleArn['Fn::GetAtt'][0];
    const role = t.toJSON().Resources[roleId];
    expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([
      { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'kafka.amazonaws.com' }, Condition: { StringEquals: { 'aws:SourceAccount': '111111111111' } } },
    ]);
    const policy = Object.values(t.findResources('AWS::IAM::ManagedPolicy')).find((p: any) => p.Properties.Roles?.some((r: any) => r.Ref === roleId)) as any;
    const byId = Object.fromEntries(policy.Properties.PolicyDocument.Statement.map((s: any) => [s.Sid, s]));
    expect(Object.keys(byId).sort()).toEqual(['Clusters', 'Groups', 'Topics']);
    const topics = [].concat(byId.Topics.Resource).map(plain);
    for (const region of ['us-east-1', 'eu-west-1']) {
      for (const topic of ['patient-events', 'device-metrics-5min']) expect(topics).toContain(`arn:aws:kafka:${region}:111111111111:topic/automatedai-prod-${region}/*/${topic}`);
    }
    expect(topics).toHaveLength(4);
    expect([].concat(byId.Topics.Action).some((a: string) => a.includes('*'))).toBe(false);
  });

  test('GIVEN the stack WHEN synthesized THEN the resources match the snapshot (tripwire)', () => {
    expect(t.toJSON()).toMatchSnapshot();
  });
});
