import { createHash } from 'crypto';
import { Fn, RemovalPolicy, Stack, StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { CfnReplicator } from 'aws-cdk-lib/aws-msk';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { acknowledgeNag } from '../compliance';
import {
  KafkaParameter,
  PlatformConfig,
  RegionConfig,
  envPrefix,
  kafkaClusterName,
  kafkaConsumerGroup,
  kafkaParameterName,
  kafkaReplicationStackName,
} from '../config';
import { SdkCalls } from '../edge/sdk-calls';
import { attachManagedPolicy } from '../regions/iam';
import { ReplicationFlow, clientAccesses, replicatedTopics, replicationFlows } from './model';

/** Props of {@link KafkaReplicationStack}. */
export interface KafkaReplicationStackProps extends StackProps {
  readonly config: PlatformConfig;
  /** The region replicated into: the replicators run here, as MSK requires. */
  readonly target: RegionConfig;
  /** The flows into {@link target} (every source shares its account). */
  readonly flows: readonly ReplicationFlow[];
}

/**
 * The MSK Replicators that copy the replicated topics into one region, one per source region,
 * with identical topic names (MSK's `__mskmr` header stops a record from looping back in the
 * active-active setup) and the consumer groups of their consumers with their offsets, so a
 * service can fail over and resume where it was.
 *
 * A stack of its own, deployed after every region stack: each region is both a source and a
 * target, so the replicators cannot live in the region stacks without a dependency cycle. It
 * reads the clusters' values where the region stacks published them (SSM, derived names): the
 * target's in its own region as CloudFormation parameters, the sources' at deploy time.
 */
export class KafkaReplicationStack extends Stack {
  /** The replicators, by source region. */
  public readonly replicators: Readonly<Record<string, CfnReplicator>>;
  /** The role the replicators read and write with. */
  public readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: KafkaReplicationStackProps) {
    const { config, target, flows } = props;
    super(scope, id, {
      stackName: kafkaReplicationStackName(config, target),
      env: { account: target.account, region: target.name },
      terminationProtection: config.production,
      description: `${envPrefix(config)} MSK Replicators into ${target.name}`,
      ...props,
    });
    for (const flow of flows) {
      if (flow.target !== target || flow.source.account !== target.account) {
        throw new Error(`KafkaReplicationStack: flow ${flow.source.name} -> ${flow.target.name} does not end in ${target.name} within account ${target.account}`);
      }
    }
    const retention = config.logging.retentionDays as logs.RetentionDays;

    const logKey = new kms.Key(this, 'LogKey', {
      description: `${this.stackName}: replicator and deploy-time call logs`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    logKey.grantEncryptDecrypt(new iam.ServicePrincipal(`logs.${target.name}.amazonaws.com`));
    const logGroup = new logs.LogGroup(this, 'ReplicatorLogs', {
      logGroupName: `/aws/msk-replicator/${kafkaClusterName(config, target)}`,
      encryptionKey: logKey,
      retention,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const local = (key: KafkaParameter) => ssm.StringParameter.valueForStringParameter(this, kafkaParameterName(config, target, key));
    const targetArn = local('cluster-arn');
    const targetSubnets = ssm.StringListParameter.valueForTypedListParameter(this, kafkaParameterName(config, target, 'subnet-ids'));
    const targetSecurityGroup = local('security-group-id');

    const calls = new SdkCalls(this, 'SourceReads', {
      description: `Read the published values of the MSK clusters replicated into ${target.name}`,
      logKey,
      logRetention: retention,
    });
    calls.addPolicy(new iam.ManagedPolicy(this, 'SourceReadPolicy', {
      description: 'Read the source clusters\' published ARN and subnets (derived SSM names)',
      statements: [
        new iam.PolicyStatement({
          actions: ['ssm:GetParameter'],
          resources: flows.flatMap((f) =>
            (['cluster-arn', 'subnet-ids'] as const).map((key) => `arn:${this.partition}:ssm:${f.source.name}:${this.account}:parameter${kafkaParameterName(config, f.source, key)}`),
          ),
        }),
      ],
    }));

    this.role = new iam.Role(this, 'ExecutionRole', {
      assumedBy: new iam.PrincipalWithConditions(new iam.ServicePrincipal('kafka.amazonaws.com'), {
        StringEquals: { 'aws:SourceAccount': this.account },
      }),
      description: `MSK Replicator into ${kafkaClusterName(config, target)}: read the replicated topics at the sources, write them here`,
    });
    this.replicatorPolicy(config, target, flows);

    const topics = replicatedTopics(config).map((t) => t.name);
    const groups = [...new Set(clientAccesses(config).filter((a) => a.readTopics.some((t) => topics.includes(t))).map((a) => kafkaConsumerGroup(a.service)))].sort();
    const exact = (name: string) => `^${name.replace(/[.]/g, '\\.')}$`;

    this.replicators = Object.fromEntries(
      flows.map((flow) => {
        const source = flow.source;
        const fingerprint = createHash('sha256').update(JSON.stringify([source.name, source.account, source.cidr])).digest('hex').slice(0, 12);
        const read = (key: 'cluster-arn' | 'subnet-ids') => {
          const call: cr.AwsSdkCall = {
            service: 'SSM',
            action: 'getParameter',
            region: source.name,
            parameters: { Name: kafkaParameterName(config, source, key) },
            outputPaths: ['Parameter.Value'],
            physicalResourceId: cr.PhysicalResourceId.of(`${source.name}/${key}@${fingerprint}`),
          };
          return calls.call(`${source.name}-${key}`, { resourceType: 'Custom::KafkaSourceParameter', onCreate: call, onUpdate: call }).getResponseField('Parameter.Value');
        };
        const sourceArn = read('cluster-arn');
        const replicator = new CfnReplicator(this, `Replicator-${source.name}`, {
          replicatorName: `${envPrefix(config)}-${source.name}-to-${target.name}`,
          description: `${topics.join(', ')} from ${source.name} into ${target.name}`,
          serviceExecutionRoleArn: this.role.roleArn,
          kafkaClusters: [
            // Cross-region source: reached through its multi-VPC connectivity, no security group.
            { amazonMskCluster: { mskClusterArn: sourceArn }, vpcConfig: { subnetIds: Fn.split(',', read('subnet-ids')) } },
            { amazonMskCluster: { mskClusterArn: targetArn }, vpcConfig: { subnetIds: targetSubnets, securityGroupIds: [targetSecurityGroup] } },
          ],
          replicationInfoList: [
            {
              sourceKafkaClusterArn: sourceArn,
              targetKafkaClusterArn: targetArn,
              targetCompressionType: 'LZ4',
              topicReplication: {
                topicsToReplicate: topics.map(exact),
                topicNameConfiguration: { type: 'IDENTICAL' },
                // Topics and their settings are declared in every region by its own stack; the
                // replicator copies records, not configuration or ACLs (IAM auth has none).
                copyTopicConfigurations: false,
                copyAccessControlListsForTopics: false,
                detectAndCopyNewTopics: false,
                startingPosition: { type: 'EARLIEST' },
              },
              consumerGroupReplication: {
                consumerGroupsToReplicate: groups.length > 0 ? groups.map(exact) : ['^$'],
                detectAndCopyNewConsumerGroups: false,
                synchroniseConsumerGroupOffsets: groups.length > 0,
              },
            },
          ],
          logDelivery: { replicatorLogDelivery: { cloudWatchLogs: { enabled: true, logGroup: logGroup.logGroupName } } },
        });
        replicator.node.addDependency(this.role);
        return [source.name, replicator];
      }),
    );
  }

  /** Exactly the clusters, replicated topics and groups, on both sides; customer-managed. */
  private replicatorPolicy(config: PlatformConfig, target: RegionConfig, flows: readonly ReplicationFlow[]): void {
    const regions = [target, ...flows.map((f) => f.source)];
    const arn = (region: RegionConfig, kind: string, rest: string) =>
      `arn:${this.partition}:kafka:${region.name}:${this.account}:${kind}/${kafkaClusterName(config, region)}/${rest}`;
    const topics = replicatedTopics(config).map((t) => t.name);
    const policy = attachManagedPolicy(this, 'ExecutionPolicy', {
      description: `MSK Replicator into ${target.name}: the replicated topics (${topics.join(', ')}) and consumer groups of the clusters involved`,
      roles: [this.role],
      statements: [
        new iam.PolicyStatement({
          sid: 'Clusters',
          actions: ['kafka-cluster:Connect', 'kafka-cluster:DescribeCluster', 'kafka-cluster:AlterCluster', 'kafka-cluster:WriteDataIdempotently'],
          resources: regions.map((r) => arn(r, 'cluster', '*')),
        }),
        new iam.PolicyStatement({
          sid: 'Topics',
          actions: [
            'kafka-cluster:DescribeTopic',
            'kafka-cluster:CreateTopic',
            'kafka-cluster:AlterTopic',
            'kafka-cluster:ReadData',
            'kafka-cluster:WriteData',
            'kafka-cluster:DescribeTopicDynamicConfiguration',
            'kafka-cluster:AlterTopicDynamicConfiguration',
          ],
          resources: regions.flatMap((r) => topics.map((t) => arn(r, 'topic', `*/${t}`))),
        }),
        new iam.PolicyStatement({
          sid: 'Groups',
          actions: ['kafka-cluster:DescribeGroup', 'kafka-cluster:AlterGroup'],
          resources: regions.map((r) => arn(r, 'group', '*/*')),
        }),
      ],
    });
    const finding = (a: string) => `IAM5[Resource::${a.replace(this.partition, '<AWS::Partition>')}]`;
    const uuid = 'MSK assigns the cluster UUID in its ARNs at creation, so the grant names each cluster by name and wildcards only that UUID.';
    for (const r of regions) {
      acknowledgeNag(policy, 'AwsSolutions', finding(arn(r, 'cluster', '*')), uuid);
      for (const t of topics) acknowledgeNag(policy, 'AwsSolutions', finding(arn(r, 'topic', `*/${t}`)), uuid);
      acknowledgeNag(policy, 'AwsSolutions', finding(arn(r, 'group', '*/*')),
        'The replicator consumes with its own consumer groups, whose names MSK chooses, and syncs the offsets of the replicated services\' groups; group rights allow no data access.');
    }
  }
}

/**
 * One {@link KafkaReplicationStack} per region that receives replicated topics, each deployed
 * after the region stacks of its target and sources (whose published values it reads). None when
 * no topic replicates.
 */
export function addKafkaReplication(
  scope: Construct,
  config: PlatformConfig,
  regionStacks: readonly (Stack & { readonly regionConfig: RegionConfig })[],
): KafkaReplicationStack[] {
  const flows = replicationFlows(config);
  const targets = config.regions.filter((r) => flows.some((f) => f.target === r));
  return targets.map((target) => {
    const into = flows.filter((f) => f.target === target);
    const stack = new KafkaReplicationStack(scope, `KafkaReplication-${target.name}`, { config, target, flows: into });
    for (const region of [target, ...into.map((f) => f.source)]) {
      const regionStack = regionStacks.find((s) => s.regionConfig.name === region.name);
      if (regionStack) stack.addStackDependency(regionStack, `reads the MSK values ${region.name} publishes`);
    }
    return stack;
  });
}
