/**
 * The AWS side of the observability layer, built alone in a bare stack per environment (fast; the
 * whole app and its nag gate are exercised by test/app.test.ts).
 */
import { Match } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as YAML from 'yaml';
import {
  CANARY_SCRIPT,
  apiHealthUrl,
  featureFlagsDocument,
  flagRolloutMinutes,
  pipelineRuleGroup,
  sloRuleGroups,
  tracingDomainName,
} from '../../lib/observability';
import { buildRegionObservability as build, regionOf, shipped, variant } from './fixtures';
import { promtool, promtoolTest, writeRuleFile } from './promtool';

const prod = shipped('prod');
const dev = shipped('dev');
const hub = build(prod, regionOf(prod, 'us-east-1'));
const spoke = build(prod, regionOf(prod, 'eu-west-1'));
const devHub = build(dev, regionOf(dev, 'us-east-1'));

describe('AMP workspace and alert routing', () => {
  test('GIVEN prod WHEN built THEN the workspace is encrypted with the observability key, keeps 150 days, logs and is retained', () => {
    hub.template.hasResource('AWS::APS::Workspace', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        Alias: 'automatedai-prod-us-east-1',
        KmsKeyArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('ObservabilityKey'), 'Arn'] },
        WorkspaceConfiguration: { RetentionPeriodInDays: 150 },
        LoggingConfiguration: { LogGroupArn: Match.anyValue() },
      }),
    });
    hub.template.hasResourceProperties('AWS::KMS::Key', { Description: Match.stringLikeRegexp('observability'), EnableKeyRotation: true });
  });

  test('GIVEN prod WHEN built THEN the alert manager routes pages and tickets to their topics with the configured timings', () => {
    const ws = Object.values(hub.template.findResources('AWS::APS::Workspace'))[0] as any;
    const parts: any[] = ws.Properties.AlertManagerDefinition['Fn::Join'][1];
    const text = parts.map((p) => (typeof p === 'string' ? p : `<${p.Ref}>`)).join('');
    const config = YAML.parse(YAML.parse(text).alertmanager_config);
    // The flag readers' burn route comes first (feature flags, below); pages still page.
    expect(config.route).toMatchObject({ receiver: 'ticket', repeat_interval: '12h' });
    expect(config.route.routes[1]).toEqual({ receiver: 'page', matchers: ['severity="page"'], group_wait: '30s', group_interval: '5m', repeat_interval: '1h' });
    expect(config.receivers.map((r: any) => [r.name, r.sns_configs[0].topic_arn, r.sns_configs[0].sigv4.region])).toEqual([
      ['page', expect.stringMatching(/^<ObservabilityAlertsTopicpage/), 'us-east-1'],
      ['ticket', expect.stringMatching(/^<ObservabilityAlertsTopicticket/), 'us-east-1'],
      ['flags-slo-burn', expect.stringMatching(/^<ObservabilityFlagRollbackTopic/), 'us-east-1'],
    ]);
  });

  test('GIVEN prod WHEN built THEN the topics are KMS-encrypted, TLS-only and publishable by AMP, CloudWatch and Budgets of this account only', () => {
    for (const severity of ['page', 'ticket']) {
      hub.template.hasResourceProperties('AWS::SNS::Topic', { TopicName: `automatedai-prod-alerts-${severity}`, KmsMasterKeyId: Match.anyValue() });
    }
    const policies = Object.entries(hub.template.findResources('AWS::SNS::TopicPolicy'))
      .filter(([id]) => id.includes('Alerts'))
      .map(([, p]: [string, any]) => p.Properties.PolicyDocument.Statement);
    expect(policies).toHaveLength(2);
    for (const statements of policies) {
      expect(statements).toEqual(expect.arrayContaining([
        expect.objectContaining({ Effect: 'Deny', Action: 'sns:Publish', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        expect.objectContaining({
          Effect: 'Allow',
          Action: 'sns:Publish',
          Principal: { Service: ['aps.amazonaws.com', 'budgets.amazonaws.com', 'cloudwatch.amazonaws.com'] },
          Condition: { StringEquals: { 'aws:SourceAccount': '111111111111' } },
        }),
      ]));
    }
    hub.template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'oncall@automatedai.example.com' });
  });

  test('GIVEN prod WHEN built THEN the workspace evaluates the same SLO groups as the cluster, plus the pipeline watch', () => {
    const ns = Object.values(hub.template.findResources('AWS::APS::RuleGroupsNamespace'))[0] as any;
    const data = YAML.parse(ns.Properties.Data);
    expect(data.groups.map((g: any) => g.name)).toEqual([...sloRuleGroups(prod).map((g) => g.name), 'metrics-pipeline']);
    expect(data.groups[0].rules.map((r: any) => r.expr)).toEqual(sloRuleGroups(prod)[0].rules.map((r) => r.expr));
    expect(pipelineRuleGroup(prod, { name: 'us-east-1' }).rules[0].expr).toBe('absent_over_time(up{cluster="automatedai-prod-us-east-1"}[10m])');
  });

  promtoolTest('GIVEN the workspace\'s rule data WHEN checked by promtool THEN it is valid', () => {
    const dir = writeRuleFile(hub.construct.amp.ruleGroups);
    const result = promtool(['check', 'rules', 'rules.yaml'], dir);
    expect([result.status, result.output]).toEqual([0, expect.stringContaining('SUCCESS')]);
  });

  test('GIVEN prod WHEN built THEN Prometheus\' Pod Identity role may only remote-write to this workspace', () => {
    hub.template.hasResourceProperties('AWS::EKS::PodIdentityAssociation', { Namespace: 'monitoring', ServiceAccount: 'prometheus-platform' });
    hub.template.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: { Statement: [{ Effect: 'Allow', Action: 'aps:RemoteWrite', Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('Workspace'), 'Arn'] } }] },
    });
    hub.template.hasResourceProperties('AWS::EC2::VPCEndpoint', { ServiceName: 'com.amazonaws.us-east-1.aps-workspaces', PrivateDnsEnabled: true });
  });

  test('GIVEN prod WHEN built THEN the workspace id and Grafana\'s login are published under the derived secret names', () => {
    hub.template.hasResourceProperties('AWS::SecretsManager::Secret', {
      Name: 'automatedai/prod/observability/amp-workspace',
      SecretString: { 'Fn::Join': ['', ['{"workspaceId":"', { 'Fn::GetAtt': [Match.anyValue(), 'WorkspaceId'] }, '"}']] },
    });
    hub.template.hasResourceProperties('AWS::SecretsManager::Secret', {
      Name: 'automatedai/prod/observability/grafana-admin',
      GenerateSecretString: Match.objectLike({ SecretStringTemplate: '{"admin-user":"admin"}', GenerateStringKey: 'admin-password' }),
    });
  });
});

describe('synthetic check', () => {
  test('GIVEN prod WHEN built THEN a canary outside the VPC calls the global endpoint\'s health route every minute with inline code', () => {
    // healthcare-service's health route through the ingress gateway (test/observability/probe-reachability.test.ts follows it)
    expect(apiHealthUrl(prod)).toBe('https://api.automatedai.example.com/api/healthcare/health');
    hub.template.hasResourceProperties('AWS::Synthetics::Canary', {
      Name: 'automatedai-prod-api-health',
      Schedule: { Expression: 'rate(1 minute)', DurationInSeconds: '0' },
      RunConfig: Match.objectLike({ EnvironmentVariables: { HEALTH_URL: 'https://api.automatedai.example.com/api/healthcare/health' } }),
      Code: { Handler: 'index.handler', Script: CANARY_SCRIPT },
      VPCConfig: Match.absent(),
    });
    expect(CANARY_SCRIPT).toContain('executeHttpStep');
  });

  test('GIVEN prod WHEN built THEN its artifacts bucket is KMS-encrypted, TLS-only, private and expires objects', () => {
    hub.template.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: { ServerSideEncryptionConfiguration: [Match.objectLike({ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: Match.anyValue() } })] },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      LifecycleConfiguration: { Rules: [Match.objectLike({ ExpirationInDays: 30, Status: 'Enabled' })] },
    });
    const bucketPolicy = Object.values(hub.template.findResources('AWS::S3::BucketPolicy'))[0] as any;
    expect(bucketPolicy.Properties.PolicyDocument.Statement).toEqual(expect.arrayContaining([
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    ]));
  });

  test('GIVEN prod WHEN built THEN two failed (or missing) runs in a row page', () => {
    hub.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: 'automatedai-prod-us-east-1-api-health',
      MetricName: 'SuccessPercent',
      Namespace: 'CloudWatchSynthetics',
      Threshold: 100,
      ComparisonOperator: 'LessThanThreshold',
      EvaluationPeriods: 2,
      DatapointsToAlarm: 2,
      TreatMissingData: 'breaching',
      AlarmActions: [{ Ref: Match.stringLikeRegexp('AlertsTopicpage') }],
    });
  });
});

describe('feature flags', () => {
  test('GIVEN prod WHEN built THEN the strategy completes within 5 minutes and the environment rolls back on the SLO-burn alarm, not the canary\'s', () => {
    expect(flagRolloutMinutes(prod)).toBeLessThanOrEqual(5);
    hub.template.hasResourceProperties('AWS::AppConfig::DeploymentStrategy', {
      DeploymentDurationInMinutes: 3,
      FinalBakeTimeInMinutes: 2,
      GrowthType: 'LINEAR',
      GrowthFactor: 20,
      ReplicateTo: 'NONE',
    });
    hub.template.hasResourceProperties('AWS::AppConfig::Environment', {
      Name: 'prod',
      Monitors: [{ AlarmArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('FlagRollbackAlarm'), 'Arn'] }, AlarmRoleArn: Match.anyValue() }],
    });
    const env = Object.values(hub.template.findResources('AWS::AppConfig::Environment'))[0] as any;
    expect(JSON.stringify(env.Properties.Monitors)).not.toContain('ApiCanary');
  });

  test('GIVEN prod WHEN built THEN a hosted feature-flag profile, encrypted with the customer key, holds the configured flags', () => {
    hub.template.hasResourceProperties('AWS::AppConfig::ConfigurationProfile', { Type: 'AWS.AppConfig.FeatureFlags', LocationUri: 'hosted', KmsKeyIdentifier: Match.anyValue() });
    hub.template.hasResourceProperties('AWS::AppConfig::HostedConfigurationVersion', {
      ContentType: 'application/json',
      Content: JSON.stringify(featureFlagsDocument(prod)),
    });
    expect(featureFlagsDocument(prod)).toEqual({
      version: '1',
      flags: { 'triage-model-v2': { name: 'triage-model-v2', description: 'Route triage requests to the v2 model' } },
      values: { 'triage-model-v2': { enabled: false } },
    });
  });

  test('GIVEN a service role WHEN granted THEN it may read the flags and decrypt them through AppConfig only', () => {
    const { template } = build(dev, regionOf(dev, 'us-east-1'), (stack, construct) => {
      const role = new iam.Role(stack, 'ServiceRole', { assumedBy: new iam.ServicePrincipal('pods.eks.amazonaws.com') });
      construct.featureFlags.grantRead(stack, 'FlagsRead', role);
    });
    template.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: {
        Statement: [
          Match.objectLike({ Action: ['appconfig:GetLatestConfiguration', 'appconfig:StartConfigurationSession'] }),
          Match.objectLike({ Action: 'kms:Decrypt', Condition: { StringEquals: { 'kms:ViaService': 'appconfig.us-east-1.amazonaws.com' } } }),
        ],
      },
    });
  });
});

describe('budget', () => {
  test('GIVEN prod WHEN built THEN the hub has a monthly cost budget filtered by project AND environment tags, notifying the ticket topic', () => {
    hub.template.hasResourceProperties('AWS::Budgets::Budget', {
      Budget: {
        BudgetName: 'automatedai-prod',
        BudgetType: 'COST',
        TimeUnit: 'MONTHLY',
        BudgetLimit: { Amount: 25000, Unit: 'USD' },
        FilterExpression: {
          And: [
            { Tags: { Key: 'project', Values: ['automatedai'], MatchOptions: ['EQUALS'] } },
            { Tags: { Key: 'environment', Values: ['prod'], MatchOptions: ['EQUALS'] } },
          ],
        },
      },
      NotificationsWithSubscribers: [
        Match.objectLike({ Notification: Match.objectLike({ NotificationType: 'ACTUAL', Threshold: 80 }) }),
        Match.objectLike({ Notification: Match.objectLike({ NotificationType: 'ACTUAL', Threshold: 100 }) }),
        Match.objectLike({ Notification: Match.objectLike({ NotificationType: 'FORECASTED', Threshold: 100 }) }),
      ],
    });
  });

  test('GIVEN prod WHEN built THEN only the hub makes the budget; dev has its own amount', () => {
    spoke.template.resourceCountIs('AWS::Budgets::Budget', 0);
    devHub.template.hasResourceProperties('AWS::Budgets::Budget', { Budget: Match.objectLike({ BudgetName: 'automatedai-dev', BudgetLimit: { Amount: 3000, Unit: 'USD' } }) });
  });

  test('GIVEN no budget in config WHEN built THEN no budget', () => {
    const config = variant('dev', (d) => delete d.observability.budget);
    build(config, regionOf(config, 'us-east-1')).template.resourceCountIs('AWS::Budgets::Budget', 0);
  });
});

describe('tracing store', () => {
  test('GIVEN prod (store: opensearch) WHEN built THEN a VPC-only, encrypted, zone-aware OpenSearch domain with fine-grained access control', () => {
    hub.template.hasResource('AWS::OpenSearchService::Domain', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        DomainName: tracingDomainName(prod),
        EncryptionAtRestOptions: { Enabled: true, KmsKeyId: Match.anyValue() },
        NodeToNodeEncryptionOptions: { Enabled: true },
        DomainEndpointOptions: Match.objectLike({ EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10' }),
        AdvancedSecurityOptions: Match.objectLike({ Enabled: true, InternalUserDatabaseEnabled: true }),
        ClusterConfig: Match.objectLike({ InstanceCount: 3, DedicatedMasterEnabled: true, DedicatedMasterCount: 3, ZoneAwarenessEnabled: true, ZoneAwarenessConfig: { AvailabilityZoneCount: 3 } }),
        VPCOptions: Match.objectLike({ SubnetIds: Match.anyValue() }),
        LogPublishingOptions: Match.objectLike({ AUDIT_LOGS: Match.objectLike({ Enabled: true }), ES_APPLICATION_LOGS: Match.objectLike({ Enabled: true }) }),
      }),
    });
    expect(tracingDomainName(prod)).toBe('automatedai-prod-traces');
    // No custom resource (Lambda) writes the access or log policies: both are native.
    expect(Object.keys(hub.template.findResources('Custom::OpenSearchAccessPolicy'))).toEqual([]);
    expect(Object.keys(hub.template.findResources('AWS::Lambda::Function'))).toEqual([expect.stringMatching(/^ObservabilityFlagRollbackFunction/)]);
    hub.template.hasResourceProperties('AWS::Logs::ResourcePolicy', { PolicyName: 'automatedai-prod-traces-logs' });
  });

  test('GIVEN prod WHEN built THEN Jaeger\'s login is generated and its endpoint published for the ExternalSecret', () => {
    hub.template.hasResourceProperties('AWS::SecretsManager::Secret', {
      Name: 'automatedai/prod/observability/tracing-store',
      GenerateSecretString: Match.objectLike({ SecretStringTemplate: '{"username":"jaeger"}', GenerateStringKey: 'password' }),
    });
    hub.template.hasResourceProperties('AWS::SecretsManager::Secret', { Name: 'automatedai/prod/observability/tracing-store-endpoint' });
  });

  test('GIVEN dev (store: memory) WHEN built THEN no domain', () => {
    devHub.template.resourceCountIs('AWS::OpenSearchService::Domain', 0);
  });
});

test('GIVEN prod WHEN built THEN the template matches the snapshot (tripwire)', () => {
  expect(hub.template.toJSON()).toMatchSnapshot();
});
