import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { glueRegistryName, kafkaParameterName, parseConfig } from '../../lib/config';
import { BROKER_DEFAULTS } from '../../lib/kafka/model';
import { SCHEMA_DIR, topicSchemas } from '../../lib/kafka/schemas';
import { buildMsk, configData, onlyResource, plain, resourcesOf, shipped, twoAccountProd } from './fixtures';

const prod = shipped('prod');
const us = buildMsk(prod, 'us-east-1');
const t = us.template;

/** The statements of the customer-managed policy whose description starts with `prefix`. */
function policyStatements(template: Template, prefix: string): any[] {
  const policies = Object.values(resourcesOf(template, 'AWS::IAM::ManagedPolicy')).filter((p: any) => String(p.Properties.Description).startsWith(prefix));
  expect(policies).toHaveLength(1);
  return policies[0].Properties.PolicyDocument.Statement;
}

/** Action list and resources (as text) of each statement, by Sid. */
function grants(statements: any[]): Record<string, { actions: string[]; resources: string[] }> {
  return Object.fromEntries(
    statements.map((s) => [s.Sid ?? '-', { actions: [].concat(s.Action).sort(), resources: [].concat(s.Resource).map(plain).sort() }]),
  );
}

const arn = (kind: string, rest: string) => `arn:aws:kafka:us-east-1:111111111111:${kind}/automatedai-prod-us-east-1/${rest}`;

describe('MskKafka: the cluster', () => {
  const cluster = onlyResource(t, 'AWS::MSK::Cluster');

  test('GIVEN prod WHEN built THEN brokers are a multiple of the 3 AZs, in the private subnets, on the configured version and type', () => {
    expect(cluster.Properties).toMatchObject({
      ClusterName: 'automatedai-prod-us-east-1',
      KafkaVersion: '4.1.x.kraft',
      NumberOfBrokerNodes: 3,
      BrokerNodeGroupInfo: { InstanceType: 'kafka.m7g.large', StorageInfo: { EBSStorageInfo: { VolumeSize: 100 } } },
    });
    expect(cluster.Properties.BrokerNodeGroupInfo.ClientSubnets).toHaveLength(3);
    for (const subnet of cluster.Properties.BrokerNodeGroupInfo.ClientSubnets) expect(subnet.Ref).toMatch(/^VpcprivateSubnet/);
  });

  test('GIVEN prod WHEN built THEN data is encrypted at rest with a rotating customer-managed key, and TLS is used client-broker and in-cluster', () => {
    expect(cluster.Properties.EncryptionInfo).toEqual({
      EncryptionAtRest: { DataVolumeKMSKeyId: { Ref: expect.stringMatching(/^KafkaDataKey/) } },
      EncryptionInTransit: { ClientBroker: 'TLS', InCluster: true },
    });
    const keyId = cluster.Properties.EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId.Ref;
    expect(t.toJSON().Resources[keyId]).toMatchObject({ Properties: { EnableKeyRotation: true }, DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });

  test('GIVEN prod WHEN built THEN clients authenticate with IAM only: no SCRAM, no mTLS, no unauthenticated access', () => {
    expect(cluster.Properties.ClientAuthentication).toEqual({ Sasl: { Iam: { Enabled: true } }, Unauthenticated: { Enabled: false } });
  });

  test('GIVEN prod WHEN built THEN broker logs go to a KMS-encrypted, retained log group with the configured retention', () => {
    const groupId = cluster.Properties.LoggingInfo.BrokerLogs.CloudWatchLogs.LogGroup.Ref;
    expect(cluster.Properties.LoggingInfo.BrokerLogs.CloudWatchLogs.Enabled).toBe(true);
    expect(t.toJSON().Resources[groupId]).toMatchObject({
      Properties: { LogGroupName: '/aws/msk/automatedai-prod-us-east-1', RetentionInDays: 365, KmsKeyId: { 'Fn::GetAtt': [expect.stringMatching(/^LogKey/), 'Arn'] } },
      DeletionPolicy: 'Retain',
    });
  });

  test('GIVEN prod WHEN built THEN enhanced monitoring and open monitoring (JMX and node exporter) are on', () => {
    expect(cluster.Properties.EnhancedMonitoring).toBe('PER_TOPIC_PER_BROKER');
    expect(cluster.Properties.OpenMonitoring).toEqual({ Prometheus: { JmxExporter: { EnabledInBroker: true }, NodeExporter: { EnabledInBroker: true } } });
  });

  test('GIVEN prod WHEN built THEN the cluster is retained when the stack or resource goes', () => {
    expect(cluster).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });

  test('GIVEN prod WHEN built THEN its configuration replicates by default and creates, deletes and elects nothing unsafely', () => {
    const config = onlyResource(t, 'AWS::MSK::Configuration');
    const props = Object.fromEntries(config.Properties.ServerProperties.split('\n').map((l: string) => l.split('=')));
    expect(props).toMatchObject({
      'default.replication.factor': '3',
      'min.insync.replicas': '2',
      'auto.create.topics.enable': 'false',
      'unclean.leader.election.enable': 'false',
      'delete.topic.enable': 'false',
    });
    expect(props).toEqual(BROKER_DEFAULTS);
    expect(config.Properties.KafkaVersionsList).toEqual(['4.1.x.kraft']);
    expect(cluster.Properties.ConfigurationInfo).toEqual({
      Arn: { 'Fn::GetAtt': [expect.stringMatching(/^KafkaConfiguration/), 'Arn'] },
      Revision: { 'Fn::GetAtt': [expect.stringMatching(/^KafkaConfiguration/), 'LatestRevision.Revision'] },
    });
  });

  test('GIVEN prod WHEN built THEN storage autoscaling grows volumes up to the ceiling and never shrinks them', () => {
    t.hasResourceProperties('AWS::ApplicationAutoScaling::ScalableTarget', {
      ServiceNamespace: 'kafka',
      ScalableDimension: 'kafka:broker-storage:VolumeSize',
      ResourceId: { Ref: Match.stringLikeRegexp('^KafkaCluster') },
      MaxCapacity: 1000,
      RoleARN: Match.absent(),
    });
    t.hasResourceProperties('AWS::ApplicationAutoScaling::ScalingPolicy', {
      PolicyType: 'TargetTrackingScaling',
      TargetTrackingScalingPolicyConfiguration: {
        PredefinedMetricSpecification: { PredefinedMetricType: 'KafkaBrokerStorageUtilization' },
        TargetValue: 60,
        DisableScaleIn: true,
      },
    });
  });

  test('GIVEN prod WHEN built THEN brokers accept only the IAM/TLS port and the open-monitoring exporters, only from the VPC', () => {
    const sg = onlyResource(t, 'AWS::EC2::SecurityGroup', { GroupDescription: Match.stringLikeRegexp('^MSK ') });
    expect(sg.Properties.SecurityGroupIngress).toEqual([
      { CidrIp: '10.0.0.0/16', Description: expect.any(String), FromPort: 9098, IpProtocol: 'tcp', ToPort: 9098 },
      { CidrIp: '10.0.0.0/16', Description: expect.stringContaining('open monitoring'), FromPort: 11001, IpProtocol: 'tcp', ToPort: 11002 },
    ]);
    expect(sg.Properties.SecurityGroupEgress).toEqual([
      { CidrIp: '10.0.0.0/16', Description: expect.any(String), FromPort: 9098, IpProtocol: 'tcp', ToPort: 9098 },
    ]);
  });

  test('GIVEN prod as first deployed (regions in two accounts, multiVpcConnectivity false) WHEN built THEN no cluster policy and no multi-VPC connectivity, which MSK refuses at creation', () => {
    const first = buildMsk(twoAccountProd(), 'us-east-1').template;
    expect(resourcesOf(first, 'AWS::MSK::ClusterPolicy')).toEqual({});
    expect(onlyResource(first, 'AWS::MSK::Cluster').Properties.BrokerNodeGroupInfo.ConnectivityInfo).toBeUndefined();
    expect(resourcesOf(first, 'Custom::MskMultiVpcConnectivity')).toEqual({});
  });
});

describe('MskKafka: topics and schemas', () => {
  test('GIVEN prod WHEN built THEN every configured topic is an AWS::MSK::Topic with its partitions, RF and settings, retained', () => {
    const topics = Object.values(resourcesOf(t, 'AWS::MSK::Topic'));
    expect(topics.map((x: any) => [x.Properties.TopicName, x.Properties.PartitionCount, x.Properties.ReplicationFactor])).toEqual([
      ['device-telemetry', 12, 3],
      ['device-telemetry-dlq', 3, 3],
      ['patient-events', 6, 3],
      ['patient-events-dlq', 3, 3],
      ['device-metrics-5min', 6, 3],
      ['patient-events-retry', 6, 3],
      // The stream job's state store: declared like the others (auto-creation is off), compacted.
      ['device-metrics-aggregator-windows-changelog', 12, 3],
    ]);
    const changelog = topics.find((x: any) => x.Properties.TopicName.endsWith('-changelog'));
    expect(JSON.parse(Buffer.from(changelog.Properties.Configs, 'base64').toString('utf8'))).toMatchObject({ 'cleanup.policy': 'compact', 'retention.ms': '-1' });
    for (const topic of topics) {
      expect(topic.DeletionPolicy).toBe('Retain');
      expect(topic.Properties.ClusterArn).toEqual({ Ref: expect.stringMatching(/^KafkaCluster/) });
    }
    const telemetry = topics.find((x: any) => x.Properties.TopicName === 'device-telemetry');
    expect(JSON.parse(Buffer.from(telemetry.Properties.Configs, 'base64').toString('utf8'))).toEqual({
      'cleanup.policy': 'delete',
      'min.insync.replicas': '2',
      'retention.ms': String(168 * 3_600_000),
      'unclean.leader.election.enable': 'false',
    });
  });

  test('GIVEN prod WHEN built THEN the Glue registry holds each value schema from schemas/, Avro, BACKWARD compatible, retained', () => {
    const registry = onlyResource(t, 'AWS::Glue::Registry');
    expect(registry).toMatchObject({ Properties: { Name: glueRegistryName(prod) }, DeletionPolicy: 'Retain' });
    const schemas = Object.values(resourcesOf(t, 'AWS::Glue::Schema'));
    const expected = topicSchemas(prod);
    expect(schemas.map((s) => s.Properties.Name)).toEqual(expected.map((s) => s.subject));
    schemas.forEach((s, i) => {
      expect(s).toMatchObject({
        Properties: { DataFormat: 'AVRO', Compatibility: 'BACKWARD', SchemaDefinition: expected[i].versions[0].definition, Registry: { Arn: { 'Fn::GetAtt': [expect.stringMatching(/^KafkaSchemaRegistry/), 'Arn'] } } },
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
      });
    });
    // No schema has changed since its first release: no later versions yet.
    expect(expected.map((s) => s.versions.length)).toEqual([1, 1, 1, 1]);
    expect(resourcesOf(t, 'AWS::Glue::SchemaVersion')).toEqual({});
  });

  describe('GIVEN device-telemetry released twice before its current file (history v1, v2)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schema-history-'));
    for (const f of fs.readdirSync(SCHEMA_DIR).filter((x) => x.endsWith('.avsc'))) fs.copyFileSync(path.join(SCHEMA_DIR, f), path.join(dir, f));
    const current = JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, 'device-telemetry.avsc'), 'utf8'));
    const v1 = { ...current, fields: current.fields.filter((f: any) => f.name !== 'location') };
    const v2 = current;
    const v3 = { ...current, fields: [...current.fields, { name: 'firmware', type: ['null', 'string'], default: null }] };
    fs.mkdirSync(path.join(dir, 'history', 'device-telemetry'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'history', 'device-telemetry', 'v1.avsc'), JSON.stringify(v1, null, 2));
    fs.writeFileSync(path.join(dir, 'history', 'device-telemetry', 'v2.avsc'), JSON.stringify(v2, null, 2));
    fs.writeFileSync(path.join(dir, 'device-telemetry.avsc'), JSON.stringify(v3, null, 2));
    const h = buildMsk(prod, 'us-east-1', dir).template;
    const schema = onlyResource(h, 'AWS::Glue::Schema', { Name: 'device-telemetry-value' });
    const versions = resourcesOf(h, 'AWS::Glue::SchemaVersion');
    const [schemaId] = Object.entries(resourcesOf(h, 'AWS::Glue::Schema')).find(([, r]: [string, any]) => r.Properties.Name === 'device-telemetry-value')!;

    test('WHEN built THEN the schema keeps its first version (a create-only property), so nothing is replaced', () => {
      expect(schema.Properties.SchemaDefinition).toBe(JSON.stringify(v1));
    });

    test('WHEN built THEN v2 and the current file are registered as new versions of it, in order, each retained', () => {
      const ids = Object.keys(versions);
      expect(ids).toHaveLength(2);
      const [second, third] = ids.map((id) => versions[id]);
      for (const v of [second, third]) {
        expect(v).toMatchObject({ Properties: { Schema: { SchemaArn: { 'Fn::GetAtt': [schemaId, 'Arn'] } } }, DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
      }
      expect(second.Properties.SchemaDefinition).toBe(JSON.stringify(v2));
      expect(third.Properties.SchemaDefinition).toBe(JSON.stringify(v3));
      // Registered one after the other: Glue checks each new version against the one before it.
      expect(second.DependsOn).toContain(schemaId);
      expect(third.DependsOn).toContain(ids[0]);
    });

    test('WHEN the current file is later archived as v3 and changed again THEN the existing resources keep their ids and definitions', () => {
      fs.writeFileSync(path.join(dir, 'history', 'device-telemetry', 'v3.avsc'), JSON.stringify(v3));
      const v4 = { ...v3, fields: [...v3.fields, { name: 'battery', type: ['null', 'double'], default: null }] };
      fs.writeFileSync(path.join(dir, 'device-telemetry.avsc'), JSON.stringify(v4));
      const next = buildMsk(prod, 'us-east-1', dir).template;
      const after = resourcesOf(next, 'AWS::Glue::SchemaVersion');
      for (const [id, r] of Object.entries(versions)) expect(after[id].Properties).toEqual(r.Properties);
      expect(Object.keys(after)).toHaveLength(3);
      expect(onlyResource(next, 'AWS::Glue::Schema', { Name: 'device-telemetry-value' }).Properties).toEqual(schema.Properties);
    });
  });

  test('GIVEN prod WHEN built THEN Glue API calls stay in the VPC through an interface endpoint reachable on 443 from the VPC only', () => {
    t.hasResourceProperties('AWS::EC2::VPCEndpoint', {
      ServiceName: 'com.amazonaws.us-east-1.glue',
      VpcEndpointType: 'Interface',
      PrivateDnsEnabled: true,
    });
    t.hasResourceProperties('AWS::EC2::SecurityGroup', {
      GroupDescription: Match.stringLikeRegexp('^Glue interface endpoint'),
      SecurityGroupIngress: [Match.objectLike({ CidrIp: '10.0.0.0/16', FromPort: 443, ToPort: 443 })],
    });
  });
});

describe('MskKafka: runtime values for the cluster side', () => {
  test('GIVEN prod WHEN built THEN the bootstrap brokers, ARN, subnets and security group are published under the derived SSM names', () => {
    const names = Object.values(resourcesOf(t, 'AWS::SSM::Parameter')).map((p: any) => p.Properties.Name).sort();
    expect(names).toEqual((['bootstrap-brokers', 'cluster-arn', 'security-group-id', 'subnet-ids'] as const).map((k) => kafkaParameterName(prod, prod.regions[0], k)));
  });

  test('GIVEN prod WHEN built THEN the bootstrap string is read at deploy time with GetBootstrapBrokers (IAM brokers) and stored as is', () => {
    const param = onlyResource(t, 'AWS::SSM::Parameter', { Name: kafkaParameterName(prod, prod.regions[0], 'bootstrap-brokers') });
    expect(param.Properties.Value).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/KafkaBootstrapBrokers/), 'BootstrapBrokerStringSaslIam'] });
    const call = onlyResource(t, 'Custom::KafkaBootstrapBrokers');
    const create = JSON.parse(plain(call.Properties.Create));
    expect(create).toMatchObject({ service: 'Kafka', action: 'getBootstrapBrokers', outputPaths: ['BootstrapBrokerStringSaslIam'] });
    expect(policyStatements(t, 'Deploy-time read of the')).toEqual([
      { Action: 'kafka:GetBootstrapBrokers', Effect: 'Allow', Resource: { Ref: expect.stringMatching(/^KafkaCluster/) } },
    ]);
  });

  test('GIVEN prod WHEN built THEN the External Secrets controller may read exactly the bootstrap parameter', () => {
    const statements = policyStatements(t, 'External Secrets: read the');
    expect(statements).toHaveLength(1);
    expect([].concat(statements[0].Action).sort()).toEqual(['ssm:GetParameter', 'ssm:GetParameters']);
    expect([].concat(statements[0].Resource).map(plain)).toEqual(['arn:aws:ssm:us-east-1:111111111111:parameter/automatedai/prod/kafka/us-east-1/bootstrap-brokers']);
    const policy = Object.values(resourcesOf(t, 'AWS::IAM::ManagedPolicy')).find((p: any) => String(p.Properties.Description).startsWith('External Secrets: read the'));
    expect(policy.Properties.Roles).toEqual([{ Ref: expect.stringMatching(/^ExternalSecretsRole/) }]);
  });
});

describe('MskKafka: least-privilege IAM per service', () => {
  const roleRef = (service: string) => ({ Ref: us.stack.getLogicalId(us.serviceRoles[service].node.defaultChild as any) });
  const policyOf = (service: string) => {
    const found = Object.values(resourcesOf(t, 'AWS::IAM::ManagedPolicy')).filter((p: any) => String(p.Properties.Description).startsWith(`${service} on `));
    expect(found).toHaveLength(1);
    return found[0];
  };

  test('GIVEN iot-service (producer, consumer with retries) THEN its policy on its Pod Identity role grants exactly its topics, retry and dead-letter topics and group', () => {
    const policy = policyOf('iot-service');
    expect(policy.Properties.Roles).toEqual([roleRef('iot-service')]);
    expect(grants(policy.Properties.PolicyDocument.Statement)).toEqual({
      Connect: { actions: ['kafka-cluster:Connect', 'kafka-cluster:DescribeCluster', 'kafka-cluster:WriteDataIdempotently'], resources: [arn('cluster', '*')] },
      Write: {
        actions: ['kafka-cluster:DescribeTopic', 'kafka-cluster:WriteData'],
        // Its produced topic, plus the dead-letter and retry topics of the one it consumes.
        resources: ['device-telemetry', 'patient-events-dlq', 'patient-events-retry'].map((x) => arn('topic', `*/${x}`)),
      },
      Read: { actions: ['kafka-cluster:DescribeTopic', 'kafka-cluster:ReadData'], resources: ['patient-events', 'patient-events-retry'].map((x) => arn('topic', `*/${x}`)) },
      ConsumerGroup: { actions: ['kafka-cluster:AlterGroup', 'kafka-cluster:DescribeGroup'], resources: [arn('group', '*/iot-service-group')] },
      FindSchemas: {
        actions: ['glue:GetSchemaByDefinition'],
        resources: [
          'arn:aws:glue:us-east-1:111111111111:schema/automatedai-prod/device-telemetry-value',
          'arn:aws:glue:us-east-1:111111111111:schema/automatedai-prod/patient-events-retry-value',
          expect.stringMatching(/^\{KafkaSchemaRegistry[0-9A-F]*\.Arn\}$/),
        ],
      },
      ReadSchemaVersions: { actions: ['glue:GetSchemaVersion'], resources: ['*'] },
    });
  });

  test('GIVEN the stream job THEN its policy grants its input, output, dead letters, its internal topics and groups by prefix, and transactions', () => {
    const policy = policyOf('device-metrics-aggregator');
    expect(policy.Properties.Roles).toEqual([roleRef('device-metrics-aggregator')]);
    const g = grants(policy.Properties.PolicyDocument.Statement);
    expect(g.Write.resources).toEqual(['device-metrics-5min', 'device-telemetry-dlq'].map((x) => arn('topic', `*/${x}`)));
    expect(g.Read.resources).toEqual([arn('topic', '*/device-telemetry')]);
    expect(g.InternalTopics).toEqual({ actions: ['kafka-cluster:DescribeTopic', 'kafka-cluster:ReadData', 'kafka-cluster:WriteData'], resources: [arn('topic', '*/device-metrics-aggregator-*')] });
    expect(g.ConsumerGroup.resources).toEqual([arn('group', '*/device-metrics-aggregator-*'), arn('group', '*/device-metrics-aggregator-group')]);
    expect(g.Transactions).toEqual({ actions: ['kafka-cluster:AlterTransactionalId', 'kafka-cluster:DescribeTransactionalId'], resources: [arn('transactional-id', '*/device-metrics-aggregator-*')] });
  });

  test('GIVEN healthcare-service (producer without transactions) THEN it reads patient events and telemetry in healthcare-service-group, cannot write telemetry or use a transactional id', () => {
    const g = grants(policyOf('healthcare-service').Properties.PolicyDocument.Statement);
    expect(g.Write.resources).toEqual(['device-telemetry-dlq', 'patient-events', 'patient-events-dlq', 'patient-events-retry'].map((x) => arn('topic', `*/${x}`)));
    expect(g.Read.resources).toEqual(['device-telemetry', 'patient-events', 'patient-events-retry'].map((x) => arn('topic', `*/${x}`)));
    expect(g.ConsumerGroup.resources).toEqual([arn('group', '*/healthcare-service-group')]);
    expect(g.Transactions).toBeUndefined();
    expect(JSON.stringify(g)).not.toMatch(/kafka-cluster:\*|"\*"\]\},"Connect"|AlterCluster|CreateTopic|DeleteTopic/);
  });

  test('GIVEN every client policy THEN no statement uses an action wildcard and Kafka resources are scoped to this cluster', () => {
    for (const service of ['iot-service', 'healthcare-service']) {
      for (const s of policyOf(service).Properties.PolicyDocument.Statement) {
        for (const a of [].concat(s.Action) as string[]) expect(a).not.toMatch(/\*/);
        for (const r of [].concat(s.Resource).map(plain)) if (r.includes(':kafka:')) expect(r).toMatch(/:(cluster|topic|group|transactional-id)\/automatedai-prod-us-east-1\//);
      }
    }
  });

  test('fails when a client service has no Pod Identity role', () => {
    const config = shipped('prod');
    expect(() => buildMsk({ ...config, services: config.services.filter((s) => s.name !== 'iot-service'), kafka: config.kafka }, 'us-east-1')).toThrow(/kafka.clients: 'iot-service' is not a service|no Pod Identity role/);
  });
});

describe('MskKafka: validation and replication source', () => {
  test('fails when the broker count is not a multiple of the AZ count (also caught by the config check)', () => {
    const config = { ...prod, kafka: { ...prod.kafka, msk: { ...prod.kafka.msk, brokerCount: 4 } } };
    expect(() => buildMsk(config, 'us-east-1')).toThrow(/^kafka\.msk\.brokerCount: must be a multiple of the AZ count of us-east-1 \(3\), got 4$/);
  });

  test('GIVEN prod (a replication source) WHEN built THEN multi-VPC IAM connectivity is turned on after creation, before the cluster policy, and only MSK (this account) may connect', () => {
    const src = t;
    const cluster = onlyResource(src, 'AWS::MSK::Cluster');
    expect(cluster.Properties.BrokerNodeGroupInfo.ConnectivityInfo).toBeUndefined();
    const [connectivityId] = Object.keys(resourcesOf(src, 'Custom::MskMultiVpcConnectivity'));
    expect(connectivityId).toBeDefined();
    expect(Object.values(resourcesOf(src, 'AWS::MSK::ClusterPolicy'))[0].DependsOn).toContain(connectivityId);
    const policy = onlyResource(src, 'AWS::MSK::ClusterPolicy');
    expect(policy.Properties.Policy.Statement).toEqual([
      {
        Effect: 'Allow',
        Principal: { Service: 'kafka.amazonaws.com' },
        Action: ['kafka:CreateVpcConnection', 'kafka:GetBootstrapBrokers', 'kafka:DescribeClusterV2'],
        Resource: { Ref: expect.stringMatching(/^KafkaCluster/) },
        Condition: { StringEquals: { 'aws:SourceAccount': '111111111111' } },
      },
    ]);
  });

  test('GIVEN multi-VPC connectivity but no replicated topic WHEN built THEN a custom resource turns connectivity on after creation (ready for replication) and no cluster policy admits anyone', () => {
    const d = configData('prod');
    for (const topic of d.kafka.topics) delete topic.replicate;
    const ready = buildMsk(parseConfig(d), 'us-east-1').template;
    // Never in the cluster's own properties (MSK refuses it at creation): the custom resource
    // turns it on once the cluster exists, in the same deploy.
    expect(onlyResource(ready, 'AWS::MSK::Cluster').Properties.BrokerNodeGroupInfo.ConnectivityInfo).toBeUndefined();
    const connectivity = onlyResource(ready, 'Custom::MskMultiVpcConnectivity');
    expect(connectivity.Properties.ClusterArn).toEqual({ Ref: expect.stringMatching(/^KafkaCluster/) });
    expect(resourcesOf(ready, 'AWS::MSK::ClusterPolicy')).toEqual({});
  });

  test('fails when a replication source lacks multi-VPC connectivity (also caught by the config check)', () => {
    const config = { ...prod, kafka: { ...prod.kafka, msk: { ...prod.kafka.msk, multiVpcConnectivity: false } } };
    expect(() => buildMsk(config, 'us-east-1')).toThrow(/us-east-1 is a replication source, which needs kafka\.msk\.multiVpcConnectivity: true/);
  });

  test('GIVEN the dev config forced to MSK WHEN built THEN the same construct serves it (one region, no replication)', () => {
    const d = configData('dev');
    d.kafka.engines = { 'us-east-1': 'msk' };
    const dev = buildMsk(parseConfig(d), 'us-east-1').template;
    expect(Object.keys(resourcesOf(dev, 'AWS::MSK::Cluster'))).toHaveLength(1);
    expect(resourcesOf(dev, 'AWS::MSK::ClusterPolicy')).toEqual({});
  });
});

describe('MskKafka: tripwire', () => {
  test('GIVEN prod us-east-1 WHEN built THEN the Kafka resources match the snapshot', () => {
    const resources = t.toJSON().Resources;
    const kafkaOnly = Object.fromEntries(Object.entries(resources).filter(([id]) => id.startsWith('Kafka') || id.startsWith('ExternalSecretsRead')));
    expect(kafkaOnly).toMatchSnapshot();
  });
});
