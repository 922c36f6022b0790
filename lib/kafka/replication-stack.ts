import { createHash } from 'crypto';
import { Fn, RemovalPolicy, Stack, StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { CfnReplicator } from 'aws-cdk-lib/aws-msk';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { acknowledgeNag, nagArn } from '../compliance';
import {
  KafkaParameter,
  PlatformConfig,
  RegionConfig,
  envPrefix,
  kafkaClusterName,
  kafkaParameterName,
  kafkaReplicationStackName,
} from '../config';
import { SdkCalls } from '../core/sdk-calls';
import { addCostTag } from '../core/cost-tags';
import { attachManagedPolicy } from '../core/iam';
import type { RegionBase } from '../core/layer';
import { ReplicationFlow, replicatedConsumerGroups, replicatedTopics, replicationFlows } from './model';

/** Props of {@link KafkaReplicationStack}. */
export interface KafkaReplicationStackProps extends StackProps {
  readonly config: PlatformConfig;
  /** The region replicated into: the replicators run here, as MSK requires. */
  readonly target: RegionConfig;
  /** The flows into {@link target} (every source shares its account). */
  readonly flows: readonly ReplicationFlow[];
}

/**
 * Topic names the Replicator itself creates and uses on both clusters (heartbeats, offset syncs,
 * checkpoints), as MSK's topic-replication permissions reference lists them.
 */
export const REPLICATOR_INTERNAL_TOPICS = ['*__amazon_msk_replicator_*', 'mskr-offset-syncs.*', '*.checkpoints.internal'] as const;

/** Consumer groups the Replicator itself uses on the target cluster. */
export const REPLICATOR_INTERNAL_GROUPS = ['*__amazon_msk_replicator_*'] as const;

/**
 * The MSK Replicators that copy the replicated topics into one region: one per source region,
 * each with its own execution role (least privilege per direction, and Kafka quotas per
 * replicator, which MSK applies per role).
 *
 * - Topic names stay identical (`IDENTICAL`): a consumer, or a service failing over, reads the
 *   same topic in every region, and MSK's `__mskmr` record header keeps a record from looping
 *   back in the active-active pair. Prefixed names would force every consumer onto a wildcard
 *   subscription (`.*device-metrics-5min`) that also matches unrelated topics.
 * - Replication starts at the earliest retained offset, so the other region holds the topic's
 *   whole retained history, not only what arrives after the replicator is created.
 * - Consumer groups that read a replicated topic are copied with their offsets in `ENHANCED` mode
 *   (needs identical names and the reverse replicator, both always true here): offsets are
 *   translated whichever region the producers write in, and services can fail over and back.
 * - Records only: each region declares its own topics (`AWS::MSK::Topic`, same settings), and
 *   IAM authentication has no Kafka ACLs to copy.
 *
 * A stack of its own, deployed after every region stack: each region is both a source and a
 * target, so the replicators cannot live in the region stacks without a dependency cycle. It
 * reads the clusters' values where the region stacks published them (SSM, derived names): the
 * target's in its own region as CloudFormation parameters, the sources' at deploy time.
 */
export class KafkaReplicationStack extends Stack {
  /** The replicators, by source region. */
  public readonly replicators: Readonly<Record<string, CfnReplicator>>;
  /** The execution role of each replicator, by source region. */
  public readonly roles: Readonly<Record<string, iam.Role>>;

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
    addCostTag(this, 'region', target.name);
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

    const topics = replicatedTopics(config).map((t) => t.name);
    const groups = replicatedConsumerGroups(config);
    const exact = (name: string) => `^${name.replace(/[.]/g, '\\.')}$`;

    const roles: Record<string, iam.Role> = {};
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
        const role = new iam.Role(this, `ExecutionRole-${source.name}`, {
          assumedBy: new iam.PrincipalWithConditions(new iam.ServicePrincipal('kafka.amazonaws.com'), {
            StringEquals: { 'aws:SourceAccount': this.account },
          }),
          description: `MSK Replicator ${source.name} -> ${target.name}: read the replicated topics in ${source.name}, write them in ${target.name}`,
        });
        roles[source.name] = role;
        const policy = this.executionPolicy(config, flow, role, topics, groups);

        const replicator = new CfnReplicator(this, `Replicator-${source.name}`, {
          // Name and description are create-only: with a fixed name, a change would mean a
          // replacement that collides with the name, so neither names the topics (which may
          // change in place, like the rest of the replication settings).
          replicatorName: `${envPrefix(config)}-${source.name}-to-${target.name}`,
          description: `${envPrefix(config)}: the replicated Kafka topics of ${source.name}, into ${target.name}`,
          serviceExecutionRoleArn: role.roleArn,
          kafkaClusters: [
            // Cross-region source: reached through its multi-VPC connectivity, in its own
            // region's subnets; MSK takes no security group for it.
            { amazonMskCluster: { mskClusterArn: sourceArn }, vpcConfig: { subnetIds: Fn.split(',', read('subnet-ids')) } },
            // Target: the replicator's interfaces carry the brokers' group, which admits 9098 from the VPC.
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
                copyTopicConfigurations: false,
                copyAccessControlListsForTopics: false,
                detectAndCopyNewTopics: false,
                startingPosition: { type: 'EARLIEST' },
              },
              consumerGroupReplication: {
                consumerGroupsToReplicate: groups.map(exact),
                detectAndCopyNewConsumerGroups: false,
                synchroniseConsumerGroupOffsets: groups.length > 0,
                // Set even while no group is copied: the mode is create-only, so adding it with
                // the first replicated group would replace (and collide with) the replicator.
                consumerGroupOffsetSyncMode: 'ENHANCED',
              },
            },
          ],
          logDelivery: { replicatorLogDelivery: { cloudWatchLogs: { enabled: true, logGroup: logGroup.logGroupName } } },
        });
        // The replicator starts reading as soon as it exists: its role must hold its grants first.
        replicator.node.addDependency(role, policy);
        return [source.name, replicator];
      }),
    );
    this.roles = roles;
  }

  /**
   * The replicator's grants, as MSK's permissions reference lists them for topic replication
   * with identical names and consumer-group offset sync (no topic-configuration or ACL copying):
   * on the source, read the replicated topics and describe the replicated groups; on the target,
   * create and write the replicated topics and commit the groups' translated offsets; on both,
   * its own internal topics (and, on the target, its own groups). Customer-managed.
   */
  private executionPolicy(config: PlatformConfig, flow: ReplicationFlow, role: iam.Role, topics: readonly string[], groups: readonly string[]): iam.ManagedPolicy {
    const { source, target } = flow;
    const arn = (region: RegionConfig, kind: 'cluster' | 'topic' | 'group', rest?: string) =>
      `arn:${this.partition}:kafka:${region.name}:${this.account}:${kind}/${kafkaClusterName(config, region)}/*${rest === undefined ? '' : `/${rest}`}`;
    const statements = [
      new iam.PolicyStatement({
        sid: 'Clusters',
        actions: ['kafka-cluster:Connect', 'kafka-cluster:DescribeCluster', 'kafka-cluster:WriteDataIdempotently'],
        resources: [arn(source, 'cluster'), arn(target, 'cluster')],
      }),
      new iam.PolicyStatement({
        sid: 'InternalTopics',
        actions: [
          'kafka-cluster:CreateTopic',
          'kafka-cluster:DescribeTopic',
          'kafka-cluster:ReadData',
          'kafka-cluster:WriteData',
          'kafka-cluster:AlterTopic',
          'kafka-cluster:DescribeTopicDynamicConfiguration',
          'kafka-cluster:AlterTopicDynamicConfiguration',
        ],
        resources: [source, target].flatMap((r) => REPLICATOR_INTERNAL_TOPICS.map((t) => arn(r, 'topic', t))),
      }),
      new iam.PolicyStatement({
        sid: 'SourceTopics',
        actions: ['kafka-cluster:DescribeTopic', 'kafka-cluster:ReadData', 'kafka-cluster:DescribeTopicDynamicConfiguration'],
        resources: topics.map((t) => arn(source, 'topic', t)),
      }),
      new iam.PolicyStatement({
        sid: 'TargetTopics',
        actions: ['kafka-cluster:CreateTopic', 'kafka-cluster:DescribeTopic', 'kafka-cluster:WriteData', 'kafka-cluster:DescribeTopicDynamicConfiguration'],
        resources: topics.map((t) => arn(target, 'topic', t)),
      }),
      new iam.PolicyStatement({
        sid: 'TargetGroups',
        actions: ['kafka-cluster:DescribeGroup', 'kafka-cluster:AlterGroup'],
        resources: [...REPLICATOR_INTERNAL_GROUPS, ...groups].map((g) => arn(target, 'group', g)),
      }),
    ];
    if (groups.length > 0) {
      statements.push(new iam.PolicyStatement({
        sid: 'SourceGroups',
        actions: ['kafka-cluster:DescribeGroup'],
        resources: groups.map((g) => arn(source, 'group', g)),
      }));
    }
    const policy = attachManagedPolicy(this, `ExecutionPolicy-${source.name}`, {
      description: `MSK Replicator ${source.name} -> ${target.name}: the replicated topics (${topics.join(', ')})${groups.length ? `, the groups ${groups.join(', ')}` : ''} and its own internal topics`,
      roles: [role],
      statements,
    });

    const finding = (a: string) => `IAM5[Resource::${nagArn(this, a)}]`;
    const uuid = 'MSK assigns the cluster UUID in its ARNs at creation, so the grant names each cluster by name and wildcards only that UUID.';
    for (const r of [source, target]) {
      acknowledgeNag(policy, 'AwsSolutions', finding(arn(r, 'cluster')), uuid);
      for (const t of REPLICATOR_INTERNAL_TOPICS) {
        acknowledgeNag(policy, 'AwsSolutions', finding(arn(r, 'topic', t)),
          `${uuid} The name patterns are the Replicator's own internal topics (heartbeats, offset syncs, checkpoints), which MSK names at run time; they hold no application data.`);
      }
    }
    for (const t of topics) {
      acknowledgeNag(policy, 'AwsSolutions', finding(arn(source, 'topic', t)), uuid);
      acknowledgeNag(policy, 'AwsSolutions', finding(arn(target, 'topic', t)), uuid);
    }
    for (const g of REPLICATOR_INTERNAL_GROUPS) {
      acknowledgeNag(policy, 'AwsSolutions', finding(arn(target, 'group', g)),
        `${uuid} The name pattern is the Replicator's own consumer groups, which MSK names at run time; group rights give no data access.`);
    }
    for (const g of groups) {
      acknowledgeNag(policy, 'AwsSolutions', finding(arn(source, 'group', g)), uuid);
      acknowledgeNag(policy, 'AwsSolutions', finding(arn(target, 'group', g)), uuid);
    }
    return policy;
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
  regionBases: readonly Pick<RegionBase, 'stack' | 'region'>[],
): KafkaReplicationStack[] {
  const flows = replicationFlows(config);
  const targets = config.regions.filter((r) => flows.some((f) => f.target === r));
  return targets.map((target) => {
    const into = flows.filter((f) => f.target === target);
    const stack = new KafkaReplicationStack(scope, `KafkaReplication-${target.name}`, { config, target, flows: into });
    for (const region of [target, ...into.map((f) => f.source)]) {
      const base = regionBases.find((b) => b.region.name === region.name);
      if (base) stack.addStackDependency(base.stack, `reads the MSK values ${region.name} publishes`);
    }
    return stack;
  });
}
