import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as aps from 'aws-cdk-lib/aws-aps';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import * as YAML from 'yaml';
import { PlatformConfig, RegionConfig, alertTopicName, ampWorkspaceAlias, clusterName, flagReadingServices } from '../config';
import { SLO_BURN_MESSAGE_TEMPLATE } from './flag-rollback';
import { PromRuleGroup, SLIS, Severity, burnAlertName, ruleFileData, sloRuleGroups } from './slo';

/** Every alert severity, in routing order. */
export const SEVERITIES: readonly Severity[] = ['page', 'ticket'];

/** Props of {@link AlertTopics}. */
export interface AlertTopicsProps {
  readonly config: PlatformConfig;
  /** Customer-managed key the topics are encrypted with; the publishing services get its use. */
  readonly key: kms.IKey;
}

/**
 * One SNS topic per severity (`alertTopicName`): KMS-encrypted with the observability key,
 * TLS-only (a topic policy denies `aws:SecureTransport = false`), subscribed as
 * `observability.alerting.<severity>.subscriptions` says. The services that publish (AMP's alert
 * manager, CloudWatch alarms, AWS Budgets) get `sns:Publish` scoped to this account and the key
 * use SNS needs on their behalf.
 */
export class AlertTopics extends Construct {
  /** The topics, by severity. */
  public readonly topics: Record<Severity, sns.Topic>;

  constructor(scope: Construct, id: string, props: AlertTopicsProps) {
    super(scope, id);
    const { config } = props;
    const account = Stack.of(this).account;
    const publishers = ['aps.amazonaws.com', 'cloudwatch.amazonaws.com', 'budgets.amazonaws.com'];

    // SNS encrypts a message with the key as the publishing service: each needs the data key.
    props.key.addToResourcePolicy(new iam.PolicyStatement({
      sid: 'AlertPublishers',
      principals: publishers.map((p) => new iam.ServicePrincipal(p)),
      actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
      resources: ['*'],
      conditions: { StringEquals: { 'aws:SourceAccount': account } },
    }));

    const topics = {} as Record<Severity, sns.Topic>;
    for (const severity of SEVERITIES) {
      const route = config.observability.alerting[severity];
      const topic = new sns.Topic(this, `Topic-${severity}`, {
        topicName: alertTopicName(config, severity),
        displayName: `${config.project} ${config.environment} ${severity} alerts`,
        masterKey: props.key,
        enforceSSL: true,
      });
      topic.addToResourcePolicy(new iam.PolicyStatement({
        sid: 'AlertPublishers',
        principals: publishers.map((p) => new iam.ServicePrincipal(p)),
        actions: ['sns:Publish'],
        resources: [topic.topicArn],
        conditions: { StringEquals: { 'aws:SourceAccount': account } },
      }));
      for (const s of route.subscriptions) {
        topic.addSubscription(s.protocol === 'email'
          ? new subscriptions.EmailSubscription(s.endpoint)
          : new subscriptions.UrlSubscription(s.endpoint, { protocol: sns.SubscriptionProtocol.HTTPS }));
      }
      topics[severity] = topic;
    }
    this.topics = topics;
  }
}

/** Props of {@link AmpWorkspace}. */
export interface AmpWorkspaceProps {
  readonly config: PlatformConfig;
  readonly region: RegionConfig;
  /** Encrypts the workspace (samples, rules, alert manager configuration). */
  readonly key: kms.IKey;
  /** Encrypts the workspace's log group. */
  readonly logKey: kms.IKey;
  /** Where each severity's alerts go. */
  readonly topics: Record<Severity, sns.ITopic>;
  /**
   * Where the page-severity burn alerts of the services that read feature flags also go (the
   * feature-flag rollback signal, {@link FlagRollbackSignal}).
   * @default - no such route
   */
  readonly sloBurnTopic?: sns.ITopic;
}

/**
 * The region's Amazon Managed Prometheus workspace: the long-term store the cluster's Prometheus
 * remote-writes to, encrypted with the customer key, retaining `observability.amp.retentionDays`.
 * Its ruler evaluates the services' SLO rule groups (the same groups the cluster renders) plus a
 * watch on the metrics pipeline itself, and its alert manager routes `severity: page` and
 * `severity: ticket` to their SNS topics. Logs of the ruler and alert manager go to an encrypted
 * log group. Retained on stack deletion: its samples are the platform's metrics history.
 */
export class AmpWorkspace extends Construct {
  /** The workspace. */
  public readonly workspace: aps.CfnWorkspace;
  /** The rule groups the workspace evaluates (as a Prometheus rule file). */
  public readonly ruleGroups: readonly PromRuleGroup[];

  constructor(scope: Construct, id: string, props: AmpWorkspaceProps) {
    super(scope, id);
    const { config, region } = props;

    const logGroup = new logs.LogGroup(this, 'Logs', {
      logGroupName: `/aws/vendedlogs/prometheus/${ampWorkspaceAlias(config, region)}`,
      encryptionKey: props.logKey,
      retention: config.logging.retentionDays as logs.RetentionDays,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.workspace = new aps.CfnWorkspace(this, 'Workspace', {
      alias: ampWorkspaceAlias(config, region),
      kmsKeyArn: props.key.keyArn,
      workspaceConfiguration: { retentionPeriodInDays: config.observability.amp.retentionDays },
      loggingConfiguration: { logGroupArn: logGroup.logGroupArn },
      alertManagerDefinition: alertManagerDefinition(config, region, props.topics, props.sloBurnTopic),
    });
    this.workspace.applyRemovalPolicy(RemovalPolicy.RETAIN);

    this.ruleGroups = [...sloRuleGroups(config), pipelineRuleGroup(config, region)];
    new aps.CfnRuleGroupsNamespace(this, 'Rules', {
      workspace: this.workspace.attrArn,
      name: 'platform-slos',
      data: YAML.stringify(ruleFileData(this.ruleGroups), { lineWidth: 0 }),
    });
  }

  /** The remote-write URL (a deploy-time value: never rendered into manifests). */
  public get remoteWriteUrl(): string {
    return `${this.workspace.attrPrometheusEndpoint}api/v1/remote_write`;
  }
}

/**
 * AMP's ruler sees only what the cluster sends. When the cluster's samples stop (Prometheus down,
 * remote write failing, the cluster gone), every SLO alert goes quiet: this alert says so.
 */
export function pipelineRuleGroup(config: PlatformConfig, region: Pick<RegionConfig, 'name'>): PromRuleGroup {
  const cluster = clusterName(config, region);
  return {
    name: 'metrics-pipeline',
    interval: '1m',
    rules: [{
      alert: 'ClusterMetricsMissing',
      expr: `absent_over_time(up{cluster="${cluster}"}[10m])`,
      for: '5m',
      labels: { severity: 'ticket', cluster },
      annotations: {
        summary: `No metrics from ${cluster} for 15 minutes`,
        description: `The workspace received no samples from ${cluster}: its Prometheus is down or cannot remote-write, so its SLO alerts cannot fire either.`,
      },
    }],
  };
}

/** Receiver of the feature-flag rollback route. */
export const SLO_BURN_RECEIVER = 'flags-slo-burn';

/**
 * The alert manager configuration: grouped per alert, service and SLO; pages and tickets to their
 * topics with the timings of `observability.alerting`. With `sloBurnTopic`, a first route sends
 * the page-severity burn alerts of the services that read feature flags to it as well
 * (`continue: true`, so they still page; no resolved notices: the rollback alarm clears itself),
 * with the page timings.
 */
export function alertManagerDefinition(
  config: PlatformConfig,
  region: Pick<RegionConfig, 'name'>,
  topics: Record<Severity, sns.ITopic>,
  sloBurnTopic?: sns.ITopic,
): string {
  const a = config.observability.alerting;
  const timing = (s: Severity) => ({ group_wait: a[s].groupWait, group_interval: a[s].groupInterval, repeat_interval: a[s].repeatInterval });
  const readers = flagReadingServices(config.services).map((s) => s.name);
  const bridge = sloBurnTopic && readers.length > 0;
  const alertmanager = {
    route: {
      receiver: 'ticket',
      group_by: ['alertname', 'service', 'slo', 'cluster'],
      ...timing('ticket'),
      routes: [
        ...(bridge
          ? [{
              receiver: SLO_BURN_RECEIVER,
              matchers: ['severity="page"', `alertname=~"${SLIS.map(burnAlertName).join('|')}"`, `service=~"${readers.join('|')}"`],
              ...timing('page'),
              continue: true,
            }]
          : []),
        { receiver: 'page', matchers: ['severity="page"'], ...timing('page') },
      ],
    },
    receivers: [
      ...SEVERITIES.map((s) => ({ name: s, sns_configs: [{ topic_arn: topics[s].topicArn, sigv4: { region: region.name } }] })),
      ...(bridge
        ? [{
            name: SLO_BURN_RECEIVER,
            sns_configs: [{ topic_arn: sloBurnTopic.topicArn, sigv4: { region: region.name }, send_resolved: false, message: SLO_BURN_MESSAGE_TEMPLATE }],
          }]
        : []),
    ],
  };
  return YAML.stringify({ alertmanager_config: YAML.stringify(alertmanager, { lineWidth: 0 }) }, { lineWidth: 0 });
}
