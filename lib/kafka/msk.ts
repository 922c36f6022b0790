import { createHash } from 'crypto';
import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as appscaling from 'aws-cdk-lib/aws-applicationautoscaling';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as glue from 'aws-cdk-lib/aws-glue';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { CfnCluster, CfnClusterPolicy, CfnConfiguration, CfnTopic } from 'aws-cdk-lib/aws-msk';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { acknowledgeNag, nagArn } from '../compliance';
import {
  KafkaParameter,
  PlatformConfig,
  RegionConfig,
  envPrefix,
  glueRegistryName,
  kafkaClusterName,
  kafkaParameterName,
  schemaSubject,
} from '../config';
import { SdkCalls } from '../core/sdk-calls';
import { MskMultiVpcConnectivity } from './multi-vpc-connectivity';
import type { PlatformSecrets } from '../core/layer';
import { MSK_OPEN_MONITORING_PORTS } from '../config/observability-names';
import { attachManagedPolicy } from '../core/iam';
import { BROKER_DEFAULTS, ClientAccess, MSK_IAM_PORT, clientAccesses, declaredTopics, replicationFlows, topicConfigs } from './model';
import { SCHEMA_DIR, TopicSchema, topicSchemas } from './schemas';

/** Props of {@link MskKafka}. */
export interface MskKafkaProps {
  readonly config: PlatformConfig;
  /** The region (its engine is `msk`). */
  readonly region: RegionConfig;
  /** The region's VPC: brokers go into its private subnets, one per AZ. */
  readonly vpc: ec2.IVpc;
  /** Each service's Pod Identity role, by service name (the services layer's `SERVICE_ROLES` fact); client policies attach to them. */
  readonly serviceRoles: Readonly<Record<string, iam.IRole>>;
  /** Key of the region's log groups (the broker logs). */
  readonly logKey: kms.IKey;
  /** The External Secrets controller's access; it gets read access to the published bootstrap brokers. */
  readonly externalSecrets: PlatformSecrets;
  /**
   * Where the Avro value schemas and their history are read from.
   * @default - the repository's `schemas/` ({@link SCHEMA_DIR})
   */
  readonly schemaDir?: string;
}

/**
 * A region's Amazon MSK: a provisioned, KRaft cluster in the private subnets (brokers a multiple
 * of the AZ count), TLS only (client–broker and between brokers), IAM authentication only,
 * encrypted at rest with a customer-managed key, broker logs to a KMS-encrypted log group,
 * enhanced and open (JMX + node exporter) monitoring, storage autoscaling, and a configuration
 * that replicates by default (RF 3, min ISR 2), creates no topic by accident and never elects a
 * lagging leader. Retained on stack deletion, like every stateful resource.
 *
 * Around it: the topics (`AWS::MSK::Topic`, retained), the Glue Schema Registry with one BACKWARD
 * schema per topic that has one (every released version, in order, retained), one customer-managed
 * IAM policy per client service (exactly its topics, group and transactional id) on the service's
 * Pod Identity role, and the runtime values (bootstrap brokers, cluster ARN, subnets, security
 * group) published to SSM Parameter Store under derived names, where External Secrets and the
 * replication stack find them. As a replication source: multi-VPC IAM connectivity and the cluster
 * policy a cross-region MSK Replicator needs.
 */
export class MskKafka extends Construct {
  /** Encrypts the brokers' volumes. */
  public readonly dataKey: kms.Key;
  /** The brokers' security group: IAM/TLS port from the VPC only. */
  public readonly securityGroup: ec2.SecurityGroup;
  /** Broker logs. */
  public readonly logGroup: logs.LogGroup;
  /** Broker settings (the cluster's MSK configuration). */
  public readonly configuration: CfnConfiguration;
  /** The cluster. */
  public readonly cluster: CfnCluster;
  /** The topics, by name. */
  public readonly topics: Readonly<Record<string, CfnTopic>>;
  /** The region's Glue Schema Registry. */
  public readonly registry: glue.CfnRegistry;
  /** Registered schemas (holding their first version), by subject. */
  public readonly schemas: Readonly<Record<string, glue.CfnSchema>>;
  /** The versions after the first of each schema, in order, by subject (empty for a schema never changed). */
  public readonly schemaVersions: Readonly<Record<string, readonly glue.CfnSchemaVersion[]>>;
  /** Each client service's Kafka policy, by service name. */
  public readonly clientPolicies: Readonly<Record<string, iam.ManagedPolicy>>;
  /** The published runtime values, by key. */
  public readonly parameters: Readonly<Record<KafkaParameter, ssm.IParameter>>;
  /** Turns on multi-VPC connectivity after the cluster is created (`kafka.msk.multiVpcConnectivity`). */
  public readonly multiVpcConnectivity?: MskMultiVpcConnectivity;
  /** Lets the MSK Replicator of the other regions read this cluster; only when it is a replication source. */
  public readonly replicationSourcePolicy?: CfnClusterPolicy;

  private readonly props: MskKafkaProps;

  constructor(scope: Construct, id: string, props: MskKafkaProps) {
    super(scope, id);
    this.props = props;
    const { config, region, vpc } = props;
    const stack = Stack.of(this);
    const name = kafkaClusterName(config, region);
    const settings = config.kafka.msk;
    const azs = region.availabilityZones.length;
    if (settings.brokerCount % azs !== 0) {
      throw new Error(`kafka.msk.brokerCount: must be a multiple of the AZ count of ${region.name} (${azs}), got ${settings.brokerCount}`);
    }

    this.dataKey = new kms.Key(this, 'DataKey', {
      description: `${stack.stackName}: MSK ${name} broker volumes`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.securityGroup = new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc,
      description: `MSK ${name}: IAM-authenticated TLS (${MSK_IAM_PORT}) and open monitoring from the VPC only`,
      allowAllOutbound: false,
    });
    // Pods (VPC CNI: pod IPs are VPC IPs) and the MSK Replicator's interfaces connect from the VPC.
    this.securityGroup.addIngressRule(ec2.Peer.ipv4(region.cidr), ec2.Port.tcp(MSK_IAM_PORT), 'Kafka clients (IAM auth over TLS) from the VPC');
    // Open monitoring: the in-cluster Prometheus scrapes the JMX and node exporters on every broker.
    this.securityGroup.addIngressRule(
      ec2.Peer.ipv4(region.cidr),
      ec2.Port.tcpRange(MSK_OPEN_MONITORING_PORTS.jmx, MSK_OPEN_MONITORING_PORTS.node),
      'Prometheus scrapes of the JMX and node exporters (open monitoring) from the VPC',
    );
    // A replicator's interfaces in this VPC carry this group and dial the brokers from it.
    this.securityGroup.addEgressRule(ec2.Peer.ipv4(region.cidr), ec2.Port.tcp(MSK_IAM_PORT), 'MSK Replicator interfaces to the brokers');

    this.logGroup = new logs.LogGroup(this, 'BrokerLogs', {
      logGroupName: `/aws/msk/${name}`,
      encryptionKey: props.logKey,
      retention: config.logging.retentionDays as logs.RetentionDays,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.configuration = new CfnConfiguration(this, 'Configuration', {
      name,
      description: `${name}: replicated by default (RF 3, min ISR 2), no topic auto-creation, no unclean leader election`,
      kafkaVersionsList: [settings.kafkaVersion],
      serverProperties: Object.entries(BROKER_DEFAULTS).map(([k, v]) => `${k}=${v}`).join('\n'),
    });

    // The L1 resource under a `Cluster` scope: the construct path (and so the logical id of this
    // retained, stateful resource) stays what it was when the alpha L2 made it.
    this.cluster = new CfnCluster(new Construct(this, 'Cluster'), 'Resource', {
      clusterName: name,
      kafkaVersion: settings.kafkaVersion,
      numberOfBrokerNodes: settings.brokerCount,
      brokerNodeGroupInfo: {
        clientSubnets: vpc.selectSubnets({ subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }).subnetIds,
        instanceType: `kafka.${settings.instanceType}`,
        securityGroups: [this.securityGroup.securityGroupId],
        storageInfo: { ebsStorageInfo: { volumeSize: settings.volumeSizeGiB } },
      },
      encryptionInfo: {
        encryptionAtRest: { dataVolumeKmsKeyId: this.dataKey.keyId },
        encryptionInTransit: { clientBroker: 'TLS', inCluster: true },
      },
      configurationInfo: { arn: this.configuration.attrArn, revision: this.configuration.attrLatestRevisionRevision },
      enhancedMonitoring: settings.enhancedMonitoring,
      openMonitoring: { prometheus: { jmxExporter: { enabledInBroker: true }, nodeExporter: { enabledInBroker: true } } },
      loggingInfo: {
        brokerLogs: {
          cloudWatchLogs: { enabled: true, logGroup: this.logGroup.logGroupName },
          firehose: { enabled: false },
          s3: { enabled: false },
        },
      },
      // IAM only, written out so an auditor reads it in the template: no unauthenticated access.
      clientAuthentication: { sasl: { iam: { enabled: true } }, unauthenticated: { enabled: false } },
    });
    this.cluster.applyRemovalPolicy(RemovalPolicy.RETAIN);

    this.storageAutoscaling();
    this.topics = this.createTopics();

    if (settings.multiVpcConnectivity) {
      // How a cross-region MSK Replicator reaches a source cluster (IAM only; SCRAM and mTLS stay
      // off). MSK accepts it only on an existing cluster (CloudFormation roadmap #1775), so it is
      // turned on by a custom resource once the cluster exists: one deploy, no config edit between.
      this.multiVpcConnectivity = new MskMultiVpcConnectivity(this, 'MultiVpcConnectivity', {
        clusterArn: this.cluster.ref,
        logKey: props.logKey,
        logRetention: config.logging.retentionDays,
      });
    }
    if (replicationFlows(config).some((f) => f.source === region)) {
      if (!settings.multiVpcConnectivity) {
        throw new Error(`MskKafka: ${region.name} is a replication source, which needs kafka.msk.multiVpcConnectivity: true (the config check says so first)`);
      }
      // The resource-based policy MSK documents for a cross-region Replicator's source: the
      // service may open its private connection and read the brokers, nothing else. Kafka data
      // access stays with the Replicator's own IAM role (replication stack).
      const replicatorAccess = new CfnClusterPolicy(this, 'ReplicatorAccess', {
        clusterArn: this.cluster.ref,
        policy: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Service: 'kafka.amazonaws.com' },
              Action: ['kafka:CreateVpcConnection', 'kafka:GetBootstrapBrokers', 'kafka:DescribeClusterV2'],
              Resource: this.cluster.ref,
              Condition: { StringEquals: { 'aws:SourceAccount': stack.account } },
            },
          ],
        },
      });
      // The replicator's private connection needs multi-VPC connectivity on first.
      if (this.multiVpcConnectivity) replicatorAccess.node.addDependency(this.multiVpcConnectivity.resource);
      this.replicationSourcePolicy = replicatorAccess;
    }

    const schemas = topicSchemas(config, props.schemaDir ?? SCHEMA_DIR);
    this.registry = new glue.CfnRegistry(this, 'SchemaRegistry', {
      name: glueRegistryName(config),
      description: `Avro value schemas of the ${envPrefix(config)} Kafka topics (from schemas/*.avsc), ${config.kafka.schemaCompatibility} compatible`,
    });
    // Records carry the id of the schema version they were written with: losing the registry
    // makes every stored record unreadable, so it outlives the stack.
    this.registry.applyRemovalPolicy(RemovalPolicy.RETAIN);
    this.schemas = Object.fromEntries(schemas.map((s) => [s.subject, this.registerSchema(s)]));
    this.schemaVersions = Object.fromEntries(schemas.map((s) => [s.subject, this.registerLaterVersions(s, this.schemas[s.subject])]));

    this.parameters = this.publish();
    this.clientPolicies = Object.fromEntries(clientAccesses(config, region).map((access) => [access.service.name, this.clientPolicy(access)]));

    props.externalSecrets.grantParameterRead(this, 'ExternalSecretsRead', [kafkaParameterName(config, region, 'bootstrap-brokers')],
      `External Secrets: read the ${name} bootstrap brokers (published by this stack) for the services' Kafka Secrets`);

    this.glueEndpoint();
  }

  /** ARN of a Kafka resource of this cluster by name; the UUID MSK assigns at creation is the wildcard. */
  public kafkaArn(kind: 'cluster' | 'topic' | 'group' | 'transactional-id', resource?: string): string {
    const stack = Stack.of(this);
    const name = kafkaClusterName(this.props.config, this.props.region);
    const path = kind === 'cluster' ? `${name}/*` : `${name}/*/${resource}`;
    return `arn:${stack.partition}:kafka:${stack.region}:${stack.account}:${kind}/${path}`;
  }

  /** Grows broker volumes before they fill (MSK can grow a volume, never shrink it). */
  private storageAutoscaling(): void {
    const settings = this.props.config.kafka.msk;
    // No role: Application Auto Scaling uses its service-linked role for MSK
    // (AWSServiceRoleForApplicationAutoScaling_KafkaCluster), so no IAM is written here.
    const target = new appscaling.CfnScalableTarget(this, 'StorageScalingTarget', {
      serviceNamespace: 'kafka',
      scalableDimension: 'kafka:broker-storage:VolumeSize',
      resourceId: this.cluster.ref,
      minCapacity: 1,
      maxCapacity: settings.maxVolumeSizeGiB,
    });
    new appscaling.CfnScalingPolicy(this, 'StorageScalingPolicy', {
      policyName: `${kafkaClusterName(this.props.config, this.props.region)}-storage`,
      policyType: 'TargetTrackingScaling',
      scalingTargetId: target.ref,
      targetTrackingScalingPolicyConfiguration: {
        predefinedMetricSpecification: { predefinedMetricType: 'KafkaBrokerStorageUtilization' },
        targetValue: settings.storageTargetUtilizationPercent,
        disableScaleIn: true,
      },
    });
  }

  /** One `AWS::MSK::Topic` per configured topic, retained: deleting one from the config never deletes its data. */
  private createTopics(): Record<string, CfnTopic> {
    return Object.fromEntries(
      declaredTopics(this.props.config).map((t) => {
        const topic = new CfnTopic(this, `Topic-${t.name}`, {
          clusterArn: this.cluster.ref,
          topicName: t.name,
          partitionCount: t.partitions,
          replicationFactor: t.replicationFactor,
          configs: Buffer.from(JSON.stringify(topicConfigs(t))).toString('base64'),
        });
        topic.applyRemovalPolicy(RemovalPolicy.RETAIN);
        return [t.name, topic];
      }),
    );
  }

  /**
   * A Glue schema for one topic's values, in `kafka.schemaCompatibility` (BACKWARD: consumers upgrade first). It holds
   * the first version: `SchemaDefinition` is create-only ("definition for the initial schema
   * version"), so putting the current file here would replace the schema (and fail on its name)
   * the first time the file changes. Later versions are {@link registerLaterVersions}.
   */
  private registerSchema(schema: TopicSchema): glue.CfnSchema {
    const first = schema.versions[0];
    const cfn = new glue.CfnSchema(this, `Schema-${schema.subject}`, {
      name: schema.subject,
      registry: { arn: this.registry.attrArn },
      dataFormat: 'AVRO',
      compatibility: this.props.config.kafka.schemaCompatibility,
      schemaDefinition: first.definition,
      description: `Values of topic ${schema.topic} (${schema.file})`,
    });
    cfn.applyRemovalPolicy(RemovalPolicy.RETAIN);
    return cfn;
  }

  /**
   * Versions 2.. of a schema, one `AWS::Glue::SchemaVersion` each, registered in order (each
   * after the one before, so Glue checks it against its predecessor) and retained: removing or
   * replacing one never deletes a version that stored records refer to.
   */
  private registerLaterVersions(schema: TopicSchema, first: glue.CfnSchema): glue.CfnSchemaVersion[] {
    let previous: Construct = first;
    return schema.versions.slice(1).map((v) => {
      const cfn = new glue.CfnSchemaVersion(this, `Schema-${schema.subject}-v${v.version}`, {
        schema: { schemaArn: first.attrArn },
        schemaDefinition: v.definition,
      });
      cfn.applyRemovalPolicy(RemovalPolicy.RETAIN);
      cfn.node.addDependency(previous);
      previous = cfn;
      return cfn;
    });
  }

  /**
   * Publishes the runtime values under derived names. The bootstrap broker string is not a
   * CloudFormation attribute of a cluster, so it is read with one deploy-time `GetBootstrapBrokers`
   * call (re-read whenever the cluster's size or version changes).
   */
  private publish(): Record<KafkaParameter, ssm.IParameter> {
    const { config, region } = this.props;
    const settings = config.kafka.msk;
    const fingerprint = createHash('sha256').update(JSON.stringify([settings.brokerCount, settings.kafkaVersion, settings.instanceType])).digest('hex').slice(0, 12);
    const calls = deployTimeCalls(this, config, this.props.logKey);
    calls.addPolicy(new iam.ManagedPolicy(this, 'BootstrapBrokersPolicy', {
      description: `Deploy-time read of the ${kafkaClusterName(config, region)} bootstrap brokers`,
      statements: [new iam.PolicyStatement({ actions: ['kafka:GetBootstrapBrokers'], resources: [this.cluster.ref] })],
    }));
    const read: cr.AwsSdkCall = {
      service: 'Kafka',
      action: 'getBootstrapBrokers',
      parameters: { ClusterArn: this.cluster.ref },
      outputPaths: ['BootstrapBrokerStringSaslIam'],
      physicalResourceId: cr.PhysicalResourceId.of(`${kafkaClusterName(config, region)}/bootstrap-brokers@${fingerprint}`),
    };
    const brokers = calls.call('KafkaBootstrapBrokers', { resourceType: 'Custom::KafkaBootstrapBrokers', onCreate: read, onUpdate: read });
    brokers.node.addDependency(this.cluster);
    if (brokers.grantPrincipal !== calls.role) {
      // The singleton provider runs as another role, which would not hold the policy above.
      throw new Error(`MskKafka: the stack's AwsCustomResource provider does not run as the SdkCalls role ${calls.node.path}/Role; create AwsCustomResources only through one SdkCalls per stack`);
    }

    const privateSubnets = this.props.vpc.selectSubnets({ subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }).subnetIds;
    const values: Record<KafkaParameter, string | string[]> = {
      'bootstrap-brokers': brokers.getResponseField('BootstrapBrokerStringSaslIam'),
      'cluster-arn': this.cluster.ref,
      'subnet-ids': privateSubnets,
      'security-group-id': this.securityGroup.securityGroupId,
    };
    const descriptions: Record<KafkaParameter, string> = {
      'bootstrap-brokers': 'IAM-auth (SASL/TLS, port 9098) bootstrap brokers; read in-cluster through External Secrets',
      'cluster-arn': 'Cluster ARN; read by the MSK Replicator stacks',
      'subnet-ids': 'Private subnets of the brokers (StringList); read by the MSK Replicator stacks',
      'security-group-id': 'Brokers\' security group; read by the MSK Replicator stacks',
    };
    return Object.fromEntries(
      (Object.keys(values) as KafkaParameter[]).map((key) => {
        const value = values[key];
        const common = { parameterName: kafkaParameterName(config, region, key), description: `${kafkaClusterName(config, region)}: ${descriptions[key]}` };
        return [
          key,
          Array.isArray(value)
            ? new ssm.StringListParameter(this, `Parameter-${key}`, { ...common, stringListValue: value })
            : new ssm.StringParameter(this, `Parameter-${key}`, { ...common, stringValue: value }),
        ];
      }),
    ) as unknown as Record<KafkaParameter, ssm.IParameter>;
  }

  /**
   * Exactly what one service may do, as a customer-managed policy on its Pod Identity role:
   * connect; write its produced topics and the dead-letter topics of those it consumes
   * (idempotently); read its consumed topics in its own group; use its transactional id; look up
   * the schemas it writes or reads.
   */
  private clientPolicy(access: ClientAccess): iam.ManagedPolicy {
    const { config, region } = this.props;
    const service = access.service;
    const role = this.props.serviceRoles[service.name];
    if (!role) throw new Error(`MskKafka: no Pod Identity role for kafka client '${service.name}' (serviceRoles: ${Object.keys(this.props.serviceRoles).join(', ')})`);
    const clusterArn = this.kafkaArn('cluster');
    const topic = (t: string) => this.kafkaArn('topic', t);
    const statements: iam.PolicyStatement[] = [
      new iam.PolicyStatement({
        sid: 'Connect',
        actions: ['kafka-cluster:Connect', 'kafka-cluster:DescribeCluster', ...(access.writeTopics.length > 0 ? ['kafka-cluster:WriteDataIdempotently'] : [])],
        resources: [clusterArn],
      }),
    ];
    if (access.writeTopics.length > 0) {
      statements.push(new iam.PolicyStatement({ sid: 'Write', actions: ['kafka-cluster:DescribeTopic', 'kafka-cluster:WriteData'], resources: access.writeTopics.map(topic) }));
    }
    if (access.readTopics.length > 0) {
      statements.push(new iam.PolicyStatement({ sid: 'Read', actions: ['kafka-cluster:DescribeTopic', 'kafka-cluster:ReadData'], resources: access.readTopics.map(topic) }));
      statements.push(new iam.PolicyStatement({
        sid: 'ConsumerGroup',
        actions: ['kafka-cluster:DescribeGroup', 'kafka-cluster:AlterGroup'],
        resources: [this.kafkaArn('group', access.consumerGroup), ...(access.internalTopicPrefix ? [this.kafkaArn('group', `${access.internalTopicPrefix}*`)] : [])],
      }));
    }
    if (access.internalTopicPrefix) {
      statements.push(new iam.PolicyStatement({
        sid: 'InternalTopics',
        actions: ['kafka-cluster:DescribeTopic', 'kafka-cluster:ReadData', 'kafka-cluster:WriteData'],
        resources: [topic(`${access.internalTopicPrefix}*`)],
      }));
    }
    if (access.transactionalId) {
      statements.push(new iam.PolicyStatement({
        sid: 'Transactions',
        actions: ['kafka-cluster:DescribeTransactionalId', 'kafka-cluster:AlterTransactionalId'],
        resources: [this.kafkaArn('transactional-id', `${access.transactionalId}*`)],
      }));
    }
    const schemaArns = (subjects: readonly string[]) =>
      subjects.map((t) => Stack.of(this).formatArn({ service: 'glue', resource: 'schema', resourceName: `${glueRegistryName(config)}/${schemaSubject({ name: t })}` }));
    if (access.writeSchemas.length > 0) {
      statements.push(new iam.PolicyStatement({
        sid: 'FindSchemas',
        actions: ['glue:GetSchemaByDefinition'],
        resources: [this.registry.attrArn, ...schemaArns(access.writeSchemas)],
      }));
    }
    if (access.writeSchemas.length + access.readSchemas.length > 0) {
      // The serde looks a version up by its id alone, which IAM can only authorize on '*'.
      statements.push(new iam.PolicyStatement({ sid: 'ReadSchemaVersions', actions: ['glue:GetSchemaVersion'], resources: ['*'] }));
    }
    const policy = attachManagedPolicy(this, `ClientPolicy-${service.name}`, {
      description: `${service.name} on ${kafkaClusterName(config, region)}: writes ${access.writeTopics.join(', ') || 'nothing'}; reads ${access.readTopics.join(', ') || 'nothing'}`,
      roles: [role],
      statements,
    });
    this.acknowledgeClientPolicy(policy, access);
    return policy;
  }

  /** The wildcards of a client policy, each with its reason. */
  private acknowledgeClientPolicy(policy: iam.ManagedPolicy, access: ClientAccess): void {
    const uuid = 'MSK assigns the cluster UUID in its ARNs at creation, so the grant names the cluster by name and wildcards only that UUID.';
    const finding = (arn: string) => `IAM5[Resource::${nagArn(this, arn)}]`;
    const arns = [
      this.kafkaArn('cluster'),
      ...[...new Set([...access.writeTopics, ...access.readTopics])].map((t) => this.kafkaArn('topic', t)),
      ...(access.consumerGroup ? [this.kafkaArn('group', access.consumerGroup)] : []),
    ];
    for (const arn of arns) acknowledgeNag(policy, 'AwsSolutions', finding(arn), uuid);
    if (access.internalTopicPrefix) {
      acknowledgeNag(policy, 'AwsSolutions', finding(this.kafkaArn('topic', `${access.internalTopicPrefix}*`)),
        `${uuid} The topic is a prefix: the job's internal topics (its changelog), all named ${access.internalTopicPrefix}..., declared by the platform, never auto-created.`);
      acknowledgeNag(policy, 'AwsSolutions', finding(this.kafkaArn('group', `${access.internalTopicPrefix}*`)),
        `${uuid} The group is a prefix: the short-lived groups the job restores its state with, all named ${access.internalTopicPrefix}...`);
    }
    if (access.transactionalId) {
      acknowledgeNag(policy, 'AwsSolutions', finding(this.kafkaArn('transactional-id', `${access.transactionalId}*`)),
        `${uuid} The id is a prefix because each producer instance appends its own suffix to ${access.transactionalId}.`);
    }
    if (access.writeSchemas.length + access.readSchemas.length > 0) {
      acknowledgeNag(policy, 'AwsSolutions', 'IAM5[Resource::*]',
        'glue:GetSchemaVersion by schema-version id (how the Glue serde resolves the id in each record) is authorized only on all resources; the action is read-only.');
    }
  }

  /** Glue API calls of the serdes stay in the VPC (and inside what the pods' NetworkPolicies allow). */
  private glueEndpoint(): void {
    const sg = new ec2.SecurityGroup(this, 'GlueEndpointSecurityGroup', {
      vpc: this.props.vpc,
      description: 'Glue interface endpoint: HTTPS from inside the VPC only',
      allowAllOutbound: false,
    });
    sg.addIngressRule(ec2.Peer.ipv4(this.props.region.cidr), ec2.Port.tcp(443), 'HTTPS from the VPC');
    new ec2.InterfaceVpcEndpoint(this, 'GlueEndpoint', {
      vpc: this.props.vpc,
      service: ec2.InterfaceVpcEndpointAwsService.GLUE,
      privateDnsEnabled: true,
      open: false,
      securityGroups: [sg],
      subnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
    });
  }
}

/**
 * The stack's deploy-time SDK calls. Every `AwsCustomResource` of a stack runs in one singleton
 * function with the role of the first one created, so a second `SdkCalls` in the same stack would
 * have its role silently ignored: reuse the stack's if there is one.
 */
function deployTimeCalls(scope: Construct, config: PlatformConfig, logKey: kms.IKey): SdkCalls {
  const stack = Stack.of(scope);
  const existing = stack.node.findAll().find((c): c is SdkCalls => c instanceof SdkCalls);
  if (existing) return existing;
  return new SdkCalls(stack, 'KafkaCalls', {
    description: `Deploy-time reads of the ${stack.region} Kafka cluster of ${envPrefix(config)}`,
    logKey,
    logRetention: config.logging.retentionDays,
  });
}
