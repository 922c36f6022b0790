/**
 * Feature flags consumed (issue 14): the rollback signal (fast SLO burns of the flag readers,
 * AMP alert manager -> SNS -> Lambda -> CloudWatch alarm -> AppConfig monitor), its detection-time
 * model and check, and the wiring between the CDK side (names, grant) and the rendered agent.
 */
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as YAML from 'yaml';
import { PlatformConfig, RegionConfig, serviceRoleName } from '../../lib/config';
import {
  SLO_BURN_HANDLER,
  checkRollbackDetection,
  rollbackDetectionSeconds,
  rollbackDetectionTerms,
} from '../../lib/observability';
import { APPCONFIG_AGENT_CONTAINER } from '../../lib/services';
import { renderService } from '../services/fixtures';
import { synthEnv } from '../helpers/synth';
import { buildRegionObservability, regionOf, shipped, variant } from './fixtures';

/** RegionObservability in a bare stack (test/observability/fixtures.ts). */
const build = (config: PlatformConfig, region: RegionConfig): Template => buildRegionObservability(config, region).template;

/** The alert manager configuration of a template's AMP workspace, topic ARNs as `<LogicalId>`. */
function alertManagerOf(template: Template): any {
  const ws = Object.values(template.findResources('AWS::APS::Workspace'))[0] as any;
  const parts: any[] = ws.Properties.AlertManagerDefinition['Fn::Join'][1];
  const text = parts.map((p) => (typeof p === 'string' ? p : `<${p.Ref}>`)).join('');
  return YAML.parse(YAML.parse(text).alertmanager_config);
}

/** The prod config with no flag and no reader. */
const noReaders = (env: 'prod' | 'dev') => variant(env, (d) => {
  d.observability.featureFlags.flags = {};
  for (const s of d.services) delete s.featureFlags;
});

const prod = shipped('prod');
const hub = build(prod, regionOf(prod, 'us-east-1'));

describe('detection-time model', () => {
  test('GIVEN prod WHEN modelled THEN scrape + remote write + rule evaluation + group_wait + bridge + alarm period = 220 s, each term with its source', () => {
    expect(rollbackDetectionTerms(prod).map((t) => [t.step, t.seconds])).toEqual([
      ['Prometheus scrape', 30],
      ['remote write to AMP', 30],
      ['AMP ruler evaluation', 60],
      ['alert manager group_wait', 30],
      ['SNS to Lambda to PutMetricData', 10],
      ['alarm period', 60],
    ]);
    for (const t of rollbackDetectionTerms(prod)) expect(t.source.length).toBeGreaterThan(0);
    expect(rollbackDetectionSeconds(prod)).toBe(220);
    // THEN the shipped 3 + 2 minute rollout (300 s) outlasts it
    expect(checkRollbackDetection(prod)).toEqual([]);
  });

  test('GIVEN the configured timings WHEN they change THEN the model follows them', () => {
    const slow = variant('prod', (d) => { d.observability.prometheus.scrapeInterval = '1m'; d.observability.alerting.page.groupWait = '1m'; });
    expect(rollbackDetectionSeconds(slow)).toBe(280);
  });

  test('fails when the rollout plus bake is shorter than the detection time (one line naming the fields and the numbers)', () => {
    const short = variant('prod', (d) => { d.observability.featureFlags.deploymentMinutes = 2; d.observability.featureFlags.bakeMinutes = 1; });
    expect(checkRollbackDetection(short)).toEqual([
      'observability.featureFlags: deploymentMinutes + bakeMinutes (2 + 1 min = 180 s) is shorter than the SLO-burn detection time ' +
      '(30 + 30 + 60 + 30 + 10 + 60 = 220 s; scrapeInterval, remote write, rule evaluation, alerting.page.groupWait, bridge, alarm period): ' +
      'a harmful flag would finish deploying before its rollback alarm could fire',
    ]);
    // AND the synth stops on it
    expect(() => build(short, regionOf(short, 'us-east-1'))).toThrow(/^observability\.featureFlags: deploymentMinutes \+ bakeMinutes \(2 \+ 1 min = 180 s\) is shorter than the SLO-burn detection time/);
  });

  test('GIVEN no service reads flags WHEN the rollout is short THEN there is nothing to roll back on, so no complaint', () => {
    const config = variant('prod', (d) => {
      d.observability.featureFlags = { deploymentMinutes: 1, bakeMinutes: 0, flags: {} };
      for (const s of d.services) delete s.featureFlags;
    });
    expect(checkRollbackDetection(config)).toEqual([]);
  });
});

describe('the rollback signal (prod us-east-1)', () => {
  test('GIVEN prod WHEN built THEN the AppConfig environment watches the SLO-burn alarm, not the canary\'s (which still pages)', () => {
    const env = Object.values(hub.findResources('AWS::AppConfig::Environment'))[0] as any;
    expect(env.Properties.Monitors).toEqual([{ AlarmArn: { 'Fn::GetAtt': [expect.stringMatching(/^ObservabilityFlagRollbackAlarm/), 'Arn'] }, AlarmRoleArn: expect.anything() }]);
    hub.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: 'automatedai-prod-us-east-1-api-health',
      AlarmActions: [{ Ref: Match.stringLikeRegexp('AlertsTopicpage') }],
    });
    // AND the monitor role may read that alarm only
    hub.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: { Statement: [{ Action: 'cloudwatch:DescribeAlarms', Effect: 'Allow', Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ObservabilityFlagRollbackAlarm'), 'Arn'] } }] },
    });
  });

  test('GIVEN prod WHEN built THEN the alarm is 1 of 5 one-minute periods on the environment\'s SloFastBurn, missing data not breaching, reported as a ticket', () => {
    hub.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: 'automatedai-prod-us-east-1-flags-slo-burn',
      Namespace: 'automatedai/FeatureFlags',
      MetricName: 'SloFastBurn',
      Dimensions: [{ Name: 'Environment', Value: 'prod' }],
      Statistic: 'Sum',
      Period: 60,
      EvaluationPeriods: 5,
      DatapointsToAlarm: 1,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
      AlarmActions: [{ Ref: Match.stringLikeRegexp('AlertsTopicticket') }],
    });
  });

  test('GIVEN prod WHEN built THEN the bridge topic is KMS-encrypted, TLS-only and publishable by AMP of this account only, and feeds the function', () => {
    hub.hasResourceProperties('AWS::SNS::Topic', { TopicName: 'automatedai-prod-flags-slo-burn', KmsMasterKeyId: Match.anyValue() });
    const [policy] = Object.entries(hub.findResources('AWS::SNS::TopicPolicy')).filter(([id]) => id.includes('FlagRollback')).map(([, p]: [string, any]) => p);
    expect(policy.Properties.PolicyDocument.Statement).toEqual(expect.arrayContaining([
      expect.objectContaining({ Effect: 'Deny', Action: 'sns:Publish', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      expect.objectContaining({ Effect: 'Allow', Action: 'sns:Publish', Principal: { Service: 'aps.amazonaws.com' }, Condition: { StringEquals: { 'aws:SourceAccount': '111111111111' } } }),
    ]));
    hub.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'lambda', TopicArn: { Ref: Match.stringLikeRegexp('^ObservabilityFlagRollbackTopic') } });
  });

  test('GIVEN prod WHEN built THEN the function is inline Node.js with the SDK of the runtime, logs encrypted, and may put datapoints in its namespace only', () => {
    hub.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      Code: { ZipFile: Match.stringLikeRegexp("require\\('@aws-sdk/client-cloudwatch'\\)") },
      Environment: { Variables: { NAMESPACE: 'automatedai/FeatureFlags', METRIC: 'SloFastBurn', ENVIRONMENT: 'prod', SERVICES: 'healthcare-service' } },
    });
    hub.hasResourceProperties('AWS::Logs::LogGroup', { LogGroupName: Match.absent(), KmsKeyId: Match.anyValue() });
    hub.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([{
          Action: 'cloudwatch:PutMetricData',
          Effect: 'Allow',
          Resource: '*',
          Condition: { StringEquals: { 'cloudwatch:namespace': 'automatedai/FeatureFlags' } },
        }]),
      },
    });
  });

  test('GIVEN an SNS notice WHEN the handler runs THEN it puts one datapoint for the environment and one per known service', async () => {
    const sent: any[] = [];
    const sdk = {
      CloudWatchClient: class { send(c: any) { sent.push(c.input); return Promise.resolve({}); } },
      PutMetricDataCommand: class { constructor(public readonly input: unknown) {} },
    };
    const module = { exports: {} as { handler?: (e: unknown) => Promise<unknown> } };
    const env = { NAMESPACE: 'automatedai/FeatureFlags', METRIC: 'SloFastBurn', ENVIRONMENT: 'prod', SERVICES: 'healthcare-service' };
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    new Function('require', 'exports', 'process', SLO_BURN_HANDLER)(() => sdk, module.exports, { env });
    const result = await module.exports.handler!({ Records: [{ Sns: { Message: 'healthcare-service\nunknown-service\nhealthcare-service\n' } }] });
    expect(result).toEqual({ services: ['healthcare-service'] });
    expect(sent).toEqual([{
      Namespace: 'automatedai/FeatureFlags',
      MetricData: [
        { MetricName: 'SloFastBurn', Dimensions: [{ Name: 'Environment', Value: 'prod' }], Value: 1, Unit: 'Count' },
        { MetricName: 'SloFastBurn', Dimensions: [{ Name: 'Environment', Value: 'prod' }, { Name: 'Service', Value: 'healthcare-service' }], Value: 1, Unit: 'Count' },
      ],
    }]);
  });

  test('GIVEN prod WHEN built THEN the alert manager sends the flag readers\' page burns to the bridge first, and still pages', () => {
    const am = alertManagerOf(hub);
    expect(am.route.routes).toEqual([
      {
        receiver: 'flags-slo-burn',
        matchers: ['severity="page"', 'alertname=~"AvailabilityErrorBudgetBurn|LatencyErrorBudgetBurn"', 'service=~"healthcare-service"'],
        group_wait: '30s',
        group_interval: '5m',
        repeat_interval: '1h',
        continue: true,
      },
      { receiver: 'page', matchers: ['severity="page"'], group_wait: '30s', group_interval: '5m', repeat_interval: '1h' },
    ]);
    const bridge = am.receivers.find((r: any) => r.name === 'flags-slo-burn');
    expect(bridge.sns_configs).toEqual([{
      topic_arn: expect.stringMatching(/^<ObservabilityFlagRollbackTopic/),
      sigv4: { region: 'us-east-1' },
      send_resolved: false,
      message: '{{ range .Alerts.Firing }}{{ .Labels.service }}\n{{ end }}',
    }]);
  });

  test('GIVEN prod WHEN built THEN an AppConfig Data interface endpoint keeps the agents\' polls in the VPC', () => {
    hub.hasResourceProperties('AWS::EC2::VPCEndpoint', {
      ServiceName: 'com.amazonaws.us-east-1.appconfigdata',
      VpcEndpointType: 'Interface',
      PrivateDnsEnabled: true,
    });
    hub.hasResourceProperties('AWS::EC2::SecurityGroup', {
      GroupDescription: 'AppConfig Data endpoint: HTTPS from inside the VPC only',
      SecurityGroupIngress: [Match.objectLike({ CidrIp: '10.0.0.0/16', FromPort: 443, ToPort: 443 })],
    });
  });

  test('GIVEN no service reads flags WHEN built THEN no bridge, no endpoint, no monitor, and the alert manager only pages', () => {
    const config = noReaders('prod');
    const template = build(config, regionOf(config, 'us-east-1'));
    template.resourceCountIs('AWS::Lambda::Function', 0);
    expect(Object.keys(template.findResources('AWS::SNS::Topic'))).toHaveLength(2);
    expect(Object.values(template.findResources('AWS::EC2::VPCEndpoint')).map((e: any) => e.Properties.ServiceName)).toEqual(['com.amazonaws.us-east-1.aps-workspaces']);
    const env = Object.values(template.findResources('AWS::AppConfig::Environment'))[0] as any;
    expect(env.Properties.Monitors).toBeUndefined();
    expect(alertManagerOf(template).route.routes.map((r: any) => r.receiver)).toEqual(['page']);
  });
});

describe('wiring: the agent reads what the CDK side creates, with the service\'s role', () => {
  const synth = synthEnv('prod');

  test.each(['us-east-1', 'eu-west-1'])('GIVEN prod %s WHEN synthesized and rendered THEN PREFETCH_LIST and FEATURE_FLAGS_URL name the application, environment and profile of the template', (region) => {
    const template = synth.template(`Region-${region}`);
    const name = (type: string) => (Object.values(template.findResources(type))[0] as any).Properties.Name;
    const path = `/applications/${name('AWS::AppConfig::Application')}/environments/${name('AWS::AppConfig::Environment')}/configurations/${name('AWS::AppConfig::ConfigurationProfile')}`;
    expect(path).toBe('/applications/automatedai-prod/environments/prod/configurations/feature-flags');

    const manifests = renderService(prod, region, 'healthcare-service');
    for (const d of manifests.filter((m) => m.kind === 'Deployment')) {
      const pod = d.spec.template.spec;
      const agent = pod.initContainers.find((c: any) => c.name === APPCONFIG_AGENT_CONTAINER);
      const env = Object.fromEntries(agent.env.map((e: any) => [e.name, e.value]));
      expect(env).toEqual({ SERVICE_REGION: region, PREFETCH_LIST: path, HTTP_PORT: '2772', POLL_INTERVAL: '15' });
      expect(pod.containers[0].env).toEqual(expect.arrayContaining([{ name: 'FEATURE_FLAGS_URL', value: `http://localhost:2772${path}` }]));
    }
  });

  test('GIVEN prod WHEN synthesized THEN the read grant is attached to the flag reader\'s role only', () => {
    const template = synth.template('Region-us-east-1');
    const roles = template.findResources('AWS::IAM::Role');
    const roleId = (service: string) => Object.keys(roles).find((id) => roles[id].Properties.RoleName === serviceRoleName(prod, regionOf(prod, 'us-east-1'), { name: service }));
    const grants = Object.values(template.findResources('AWS::IAM::ManagedPolicy'))
      .filter((p: any) => JSON.stringify(p.Properties.PolicyDocument).includes('appconfig:GetLatestConfiguration'));
    expect(grants.map((p: any) => p.Properties.Roles)).toEqual([[{ Ref: roleId('healthcare-service') }]]);
    expect(roleId('healthcare-service')).toBeDefined();
    expect(roleId('iot-service')).toBeDefined();
  });
});
