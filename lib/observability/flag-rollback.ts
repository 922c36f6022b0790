import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { acknowledgeDeployTimeLambda, acknowledgeNag, acknowledgeOwnLogStreams } from '../compliance';
import {
  PlatformConfig,
  RegionConfig,
  SLO_FAST_BURN_METRIC,
  durationHours,
  featureFlagsMetricNamespace,
  flagReadingServices,
  sloBurnAlarmName,
  sloBurnTopicName,
} from '../config';
import { SLO_EVALUATION_INTERVAL } from './slo';

/*
 * The feature-flag rollback signal: the fast (page) SLO burns of the services that read flags,
 * carried from the AMP ruler to a CloudWatch alarm that the AppConfig environment watches.
 *
 *   AMP ruler ─ burn alert ─▶ AMP alert manager ─ route (continue) ─▶ SNS topic ─▶ Lambda
 *     ─ PutMetricData ─▶ <project>/FeatureFlags SloFastBurn ─▶ alarm ─▶ AppConfig rolls back
 *
 * Why a function, not a metric of the topic or a queue: SNS publishes its CloudWatch metrics every
 * 5 minutes and an idle SQS queue's metrics can lag 15 minutes, both longer than a 5-minute
 * flag rollout; a datapoint put by the function is in the alarm's next 1-minute period.
 */

/** Seconds of a Prometheus duration (`30s`, `1m`). */
function seconds(duration: string): number {
  return Math.round(durationHours(duration) * 3600);
}

/**
 * Seconds from a sample's arrival at the cluster's Prometheus until the AMP workspace's ruler
 * sees it: remote write sends a batch at the latest after `batch_send_deadline` (5 s, the
 * Prometheus default, not overridden in the platform's `queueConfig`), plus AMP's ingestion, for
 * which AWS publishes no figure: an allowance of ours.
 */
export const REMOTE_WRITE_DELAY_SECONDS = 30;

/**
 * Seconds from the alert manager's publish to the function's PutMetricData: SNS delivers to
 * Lambda asynchronously, typically within a second; the function may start cold (about a second
 * for Node.js with the SDK in the runtime). An allowance of ours, with margin.
 */
export const BRIDGE_DELAY_SECONDS = 10;

/** Period of the rollback alarm's metric, in seconds (CloudWatch's standard resolution). */
export const ROLLBACK_ALARM_PERIOD_SECONDS = 60;

/** Periods the alarm looks back over: with 1 datapoint to alarm, it stays in ALARM this many minutes after a burn notice. */
export const ROLLBACK_ALARM_EVALUATION_PERIODS = 5;

/** One term of the detection-time model. */
export interface DetectionTerm {
  /** What the time is spent on. */
  readonly step: string;
  /** Worst-case seconds. */
  readonly seconds: number;
  /** Where the number comes from. */
  readonly source: string;
}

/**
 * The worst case of each step between "the burn condition holds in the samples" and "the alarm
 * AppConfig watches is in ALARM". Not modelled: how long a burn takes to cross the 14.4× and 6×
 * thresholds (that depends on the burn; a total outage crosses the 5-minute window's threshold
 * within a minute) and how often AppConfig reads the alarm (undocumented).
 */
export function rollbackDetectionTerms(config: PlatformConfig): DetectionTerm[] {
  return [
    { step: 'Prometheus scrape', seconds: seconds(config.observability.prometheus.scrapeInterval), source: 'observability.prometheus.scrapeInterval' },
    { step: 'remote write to AMP', seconds: REMOTE_WRITE_DELAY_SECONDS, source: 'Prometheus batch_send_deadline (5 s) + AMP ingestion (our allowance)' },
    { step: 'AMP ruler evaluation', seconds: seconds(SLO_EVALUATION_INTERVAL), source: 'SLO_EVALUATION_INTERVAL (the burn alerts have no `for`)' },
    { step: 'alert manager group_wait', seconds: seconds(config.observability.alerting.page.groupWait), source: 'observability.alerting.page.groupWait' },
    { step: 'SNS to Lambda to PutMetricData', seconds: BRIDGE_DELAY_SECONDS, source: 'our allowance (asynchronous delivery, a cold start)' },
    { step: 'alarm period', seconds: ROLLBACK_ALARM_PERIOD_SECONDS, source: 'the alarm evaluates a 60 s period after it closes' },
  ];
}

/** Worst-case seconds from a burn in the samples to the rollback alarm (the sum of {@link rollbackDetectionTerms}). */
export function rollbackDetectionSeconds(config: PlatformConfig): number {
  return rollbackDetectionTerms(config).reduce((sum, t) => sum + t.seconds, 0);
}

/**
 * The problem, if any, with the flag rollout's length: a deployment that completes (rollout plus
 * bake) before a burn can reach the alarm cannot be rolled back by it. Checked when some service
 * reads flags; one line naming the fields and the numbers.
 */
export function checkRollbackDetection(config: PlatformConfig): string[] {
  if (flagReadingServices(config.services).length === 0) return [];
  const f = config.observability.featureFlags;
  const window = (f.deploymentMinutes + f.bakeMinutes) * 60;
  const detection = rollbackDetectionSeconds(config);
  if (window >= detection) return [];
  const terms = rollbackDetectionTerms(config).map((t) => `${t.seconds}`).join(' + ');
  return [
    `observability.featureFlags: deploymentMinutes + bakeMinutes (${f.deploymentMinutes} + ${f.bakeMinutes} min = ${window} s) is shorter than ` +
    `the SLO-burn detection time (${terms} = ${detection} s; scrapeInterval, remote write, rule evaluation, alerting.page.groupWait, bridge, alarm period): ` +
    'a harmful flag would finish deploying before its rollback alarm could fire',
  ];
}

/**
 * The handler, inline (no bundling; the AWS SDK v3 is in the Node.js runtime): each SNS message
 * from the alert manager lists the firing alerts' services, one a line (the receiver's message
 * template); put one datapoint per known service, and one on the environment's series the alarm
 * watches. Unknown names are ignored (they would create series nobody watches), but the
 * environment's datapoint is put for every notice: a burn notice that cannot be attributed must
 * still roll back.
 */
export const SLO_BURN_HANDLER = `
const { CloudWatchClient, PutMetricDataCommand } = require('@aws-sdk/client-cloudwatch');
const cloudwatch = new CloudWatchClient({});
exports.handler = async (event) => {
  const known = new Set(process.env.SERVICES.split(','));
  const environment = process.env.ENVIRONMENT;
  const services = new Set();
  for (const record of event.Records || []) {
    for (const line of String((record.Sns && record.Sns.Message) || '').split('\\n')) {
      const name = line.trim();
      if (known.has(name)) services.add(name);
    }
  }
  const data = [{ MetricName: process.env.METRIC, Dimensions: [{ Name: 'Environment', Value: environment }], Value: 1, Unit: 'Count' }];
  for (const service of [...services].sort()) {
    data.push({ MetricName: process.env.METRIC, Dimensions: [{ Name: 'Environment', Value: environment }, { Name: 'Service', Value: service }], Value: 1, Unit: 'Count' });
  }
  await cloudwatch.send(new PutMetricDataCommand({ Namespace: process.env.NAMESPACE, MetricData: data }));
  return { services: [...services].sort() };
};
`;

/**
 * The alert manager's SNS message for the bridge: the firing alerts' `service` labels, one a
 * line (Go template of Alertmanager's `sns_configs[].message`).
 */
export const SLO_BURN_MESSAGE_TEMPLATE = '{{ range .Alerts.Firing }}{{ .Labels.service }}\n{{ end }}';

/** Props of {@link FlagRollbackSignal}. */
export interface FlagRollbackSignalProps {
  readonly config: PlatformConfig;
  readonly region: RegionConfig;
  /** Encrypts the topic (AMP's alert manager may already use it: the AlertPublishers key statement). */
  readonly key: kms.IKey;
  /** Encrypts the function's log group. */
  readonly logKey: kms.IKey;
  /** Told when the alarm fires, i.e. when flag deployments in progress roll back. */
  readonly ticketTopic: sns.ITopic;
}

/**
 * The SLO-burn rollback signal of a region ({@link SLO_BURN_HANDLER}, {@link rollbackDetectionSeconds}):
 * an SNS topic (`sloBurnTopicName`: KMS, TLS-only, publishable by AMP of this account only) that
 * the alert manager sends the flag readers' page-severity burn alerts to, a function that turns
 * each notice into a datapoint of `<project>/FeatureFlags` `SloFastBurn`, and the alarm on it
 * (`sloBurnAlarmName`) that the AppConfig environment watches: in ALARM for 5 minutes after a
 * burn notice, OK otherwise (missing data is no burn), and reported to the ticket topic.
 */
export class FlagRollbackSignal extends Construct {
  /** Where the alert manager sends the burns. */
  public readonly topic: sns.Topic;
  /** The bridge function. */
  public readonly function: lambda.Function;
  /** The alarm AppConfig watches during flag deployments. */
  public readonly alarm: cloudwatch.Alarm;

  constructor(scope: Construct, id: string, props: FlagRollbackSignalProps) {
    super(scope, id);
    const { config, region } = props;
    const stack = Stack.of(this);
    const services = flagReadingServices(config.services).map((s) => s.name);
    const namespace = featureFlagsMetricNamespace(config);

    this.topic = new sns.Topic(this, 'Topic', {
      topicName: sloBurnTopicName(config),
      displayName: `${config.project} ${config.environment} fast SLO burns of flag readers`,
      masterKey: props.key,
      enforceSSL: true,
    });
    this.topic.addToResourcePolicy(new iam.PolicyStatement({
      sid: 'AmpAlertManager',
      principals: [new iam.ServicePrincipal('aps.amazonaws.com')],
      actions: ['sns:Publish'],
      resources: [this.topic.topicArn],
      conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
    }));

    const logGroup = new logs.LogGroup(this, 'Logs', {
      encryptionKey: props.logKey,
      retention: config.logging.retentionDays as logs.RetentionDays,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Turn fast SLO burns of flag readers into the metric feature-flag deployments roll back on',
    });
    const policy = new iam.ManagedPolicy(this, 'Policy', {
      description: `Put datapoints in the ${namespace} namespace only, write own logs`,
      roles: [role],
      statements: [
        new iam.PolicyStatement({
          actions: ['cloudwatch:PutMetricData'],
          resources: ['*'],
          conditions: { StringEquals: { 'cloudwatch:namespace': namespace } },
        }),
        new iam.PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn, `${logGroup.logGroupArn}:log-stream:*`] }),
      ],
    });
    acknowledgeNag(policy, 'AwsSolutions', 'IAM5[Resource::*]',
      `cloudwatch:PutMetricData has no resource-level permissions; the cloudwatch:namespace condition limits it to ${namespace}.`);
    acknowledgeOwnLogStreams(policy, logGroup);

    this.function = new lambda.Function(this, 'Function', {
      description: 'Puts a SloFastBurn datapoint for each fast SLO burn of a service that reads feature flags',
      runtime: lambda.Runtime.NODEJS_24_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline(SLO_BURN_HANDLER),
      role,
      logGroup,
      timeout: Duration.seconds(10),
      memorySize: 128,
      environment: { NAMESPACE: namespace, METRIC: SLO_FAST_BURN_METRIC, ENVIRONMENT: config.environment, SERVICES: services.join(',') },
    });
    this.function.node.addDependency(policy);
    acknowledgeDeployTimeLambda(this.function, {
      concurrency:
        'A few invocations per burn (the alert manager groups notices and repeats them hourly); reserving concurrency would take capacity from the account\'s unreserved pool, and a throttled call is retried by Lambda\'s asynchronous invocation.',
      dlq:
        'A burn notice is worth something only during the minutes of a flag deployment; Lambda retries a failed asynchronous call twice, the same burn still pages through the page route, and a dead-letter queue would hold notices too late to roll anything back.',
      insideVpc:
        'The function only calls the CloudWatch API over TLS and reaches no workload; a VPC would add network interfaces and a monitoring endpoint for no isolation gain.',
    });
    this.topic.addSubscription(new subscriptions.LambdaSubscription(this.function));

    const metric = new cloudwatch.Metric({
      namespace,
      metricName: SLO_FAST_BURN_METRIC,
      dimensionsMap: { Environment: config.environment },
      statistic: cloudwatch.Stats.SUM,
      period: Duration.seconds(ROLLBACK_ALARM_PERIOD_SECONDS),
    });
    this.alarm = new cloudwatch.Alarm(this, 'Alarm', {
      alarmName: sloBurnAlarmName(config, region),
      alarmDescription: `A service that reads feature flags (${services.join(', ')}) burns its error budget fast in ${region.name}: ` +
        'feature-flag deployments in progress roll back. In ALARM for 5 minutes after the last burn notice.',
      metric,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      threshold: 1,
      evaluationPeriods: ROLLBACK_ALARM_EVALUATION_PERIODS,
      datapointsToAlarm: 1,
      // No datapoint is no burn: the function puts one only when a burn is notified.
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    // The burn itself pages through the page route; the rollback is reported as a ticket.
    this.alarm.addAlarmAction(new actions.SnsAction(props.ticketTopic));
  }
}
