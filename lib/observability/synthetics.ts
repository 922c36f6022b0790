import { ArnFormat, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as synthetics from 'aws-cdk-lib/aws-synthetics';
import { Construct } from 'constructs';
import { acknowledgeNag, nagArn } from '../compliance';
import { PlatformConfig, RegionConfig, apiCanaryName, apiDomainName, apiHealthAlarmName } from '../config';
import { attachManagedPolicy } from '../core/iam';

/** The Synthetics runtime of the canary (Node.js 22, Puppeteer). */
export const CANARY_RUNTIME = synthetics.Runtime.SYNTHETICS_NODEJS_PUPPETEER_13_0;

/** The URL the canary requests: the global endpoint clients use. */
export function apiHealthUrl(config: PlatformConfig): string {
  return `https://${apiDomainName(config)}${config.observability.synthetics.path}`;
}

/**
 * The canary script, inline so the synth needs no asset: one HTTPS GET of `HEALTH_URL` through
 * the Synthetics HTTP step (which records timing and the response code), failing the run on any
 * non-2xx answer, TLS error or timeout.
 */
export const CANARY_SCRIPT = `const synthetics = require('Synthetics');

const expectSuccess = async (res) => {
  if (res.statusCode < 200 || res.statusCode > 299) {
    throw new Error('health check answered ' + res.statusCode + ' ' + res.statusMessage);
  }
  await new Promise((resolve, reject) => {
    res.on('data', () => undefined);
    res.on('end', resolve);
    res.on('error', reject);
  });
};

exports.handler = async () => {
  const url = new URL(process.env.HEALTH_URL);
  const request = {
    hostname: url.hostname,
    path: url.pathname,
    port: 443,
    protocol: 'https:',
    method: 'GET',
    timeout: 10000,
    headers: { 'User-Agent': synthetics.getCanaryUserAgentString() },
  };
  return synthetics.executeHttpStep('GET health', request, expectSuccess, {
    includeRequestHeaders: true,
    includeResponseHeaders: true,
    includeResponseBody: false,
    continueOnHttpStepFailure: false,
  });
};
`;

/** Props of {@link ApiCanary}. */
export interface ApiCanaryProps {
  readonly config: PlatformConfig;
  readonly region: RegionConfig;
  /** Encrypts the artifacts bucket. */
  readonly key: kms.IKey;
  /** Receives the alarm (and its recovery). */
  readonly pageTopic: sns.ITopic;
}

/**
 * A CloudWatch Synthetics canary in this region calling the platform's global endpoint
 * (`https://api.<edge.domainName><synthetics.path>`) every `rateMinutes`, and the alarm that goes
 * off after `failedRunsToAlarm` failed (or missing) runs in a row, paging and stopping
 * feature-flag rollouts.
 *
 * Not in the VPC, on purpose: it checks what clients on the internet get, through Global
 * Accelerator and DNS; from inside the VPC it would also depend on the region's NAT gateways and
 * page for them. It reaches nothing private and holds no credentials.
 *
 * Artifacts go to a bucket of its own: KMS-encrypted with the customer key, TLS-only, no public
 * access, versioned, expiring after `artifactRetentionDays`. The canary's role is a
 * customer-managed policy with exactly what Synthetics needs.
 */
export class ApiCanary extends Construct {
  /** The canary. */
  public readonly canary: synthetics.Canary;
  /** In ALARM after the configured failed runs in a row. */
  public readonly alarm: cloudwatch.Alarm;
  /** The artifacts bucket. */
  public readonly bucket: s3.Bucket;

  constructor(scope: Construct, id: string, props: ApiCanaryProps) {
    super(scope, id);
    const { config, region } = props;
    const s = config.observability.synthetics;
    const stack = Stack.of(this);

    this.bucket = new s3.Bucket(this, 'Artifacts', {
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: props.key,
      bucketKeyEnabled: true,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: true,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [{
        id: 'expire-artifacts',
        expiration: Duration.days(s.artifactRetentionDays),
        noncurrentVersionExpiration: Duration.days(1),
        abortIncompleteMultipartUploadAfter: Duration.days(1),
      }],
    });
    const why = 'Canary artifacts (step logs and reports of a health check against a public endpoint) are disposable test output';
    acknowledgeNag(this.bucket, 'AwsSolutions', 'S1', `${why}; they expire after ${s.artifactRetentionDays} days and the canary's writes are already recorded by CloudTrail.`);
    for (const pack of ['HIPAA.Security', 'NIST.800.53.R5', 'PCI.DSS.321'] as const) {
      acknowledgeNag(this.bucket, pack, 'S3BucketLoggingEnabled', `${why}; they expire after ${s.artifactRetentionDays} days and the canary's writes are already recorded by CloudTrail.`);
      acknowledgeNag(this.bucket, pack, 'S3BucketReplicationEnabled', `${why}; every region runs its own canary, so a copy in another region would serve no recovery.`);
    }

    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `CloudWatch Synthetics canary ${apiCanaryName(config)}: write its artifacts, logs and metrics`,
    });
    const lambdaLogs = stack.formatArn({ service: 'logs', resource: 'log-group', resourceName: '/aws/lambda/cwsyn-*', arnFormat: ArnFormat.COLON_RESOURCE_NAME });
    attachManagedPolicy(this, 'Policy', {
      description: 'What a Synthetics canary needs: its artifacts bucket, its Lambda log group, the CloudWatchSynthetics metric namespace',
      roles: [role],
      statements: [
        new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: [this.bucket.arnForObjects('*')] }),
        new iam.PolicyStatement({ actions: ['s3:GetBucketLocation'], resources: [this.bucket.bucketArn] }),
        // The Synthetics runtime lists buckets before it writes; the call reveals names only.
        new iam.PolicyStatement({ actions: ['s3:ListAllMyBuckets'], resources: ['*'] }),
        new iam.PolicyStatement({
          actions: ['cloudwatch:PutMetricData'],
          resources: ['*'],
          conditions: { StringEquals: { 'cloudwatch:namespace': 'CloudWatchSynthetics' } },
        }),
        new iam.PolicyStatement({ actions: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], resources: [lambdaLogs] }),
        new iam.PolicyStatement({
          actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
          resources: [props.key.keyArn],
          conditions: { StringEquals: { 'kms:ViaService': `s3.${region.name}.amazonaws.com` } },
        }),
      ],
    });
    acknowledgeNag(this, 'AwsSolutions', 'IAM5[Resource::*]',
      'Synthetics needs s3:ListAllMyBuckets and cloudwatch:PutMetricData, which have no resource-level permissions; the metric write is limited to the CloudWatchSynthetics namespace by condition.');
    acknowledgeNag(this, 'AwsSolutions', `IAM5[Resource::<${stack.getLogicalId(this.bucket.node.defaultChild as s3.CfnBucket)}.Arn>/*]`,
      'The canary writes a new object per run under generated keys in its own artifacts bucket; the grant is that bucket only.');
    acknowledgeNag(this, 'AwsSolutions', `IAM5[Resource::${nagArn(this, lambdaLogs)}]`,
      'Synthetics names the canary function (and so its log group) cwsyn-<name>-<random id> at creation; the prefix is the narrowest stable name.');

    this.canary = new synthetics.Canary(this, 'Canary', {
      canaryName: apiCanaryName(config),
      runtime: CANARY_RUNTIME,
      test: synthetics.Test.custom({ code: synthetics.Code.fromInline(CANARY_SCRIPT), handler: 'index.handler' }),
      schedule: synthetics.Schedule.rate(Duration.minutes(s.rateMinutes)),
      environmentVariables: { HEALTH_URL: apiHealthUrl(config) },
      // Well inside the shortest schedule (a minute); the request itself gives up after 10 s.
      timeout: Duration.seconds(30),
      artifactsBucketLocation: { bucket: this.bucket, prefix: 'api-health' },
      role,
      successRetentionPeriod: Duration.days(Math.min(s.artifactRetentionDays, 455)),
      failureRetentionPeriod: Duration.days(Math.min(s.artifactRetentionDays, 455)),
      provisionedResourceCleanup: true,
      startAfterCreation: true,
    });

    this.alarm = new cloudwatch.Alarm(this, 'Alarm', {
      alarmName: apiHealthAlarmName(config, region),
      alarmDescription: `${apiHealthUrl(config)} failed ${s.failedRunsToAlarm} synthetic check(s) in a row from ${region.name} (or the canary stopped reporting). Pages, and rolls back feature-flag deployments in progress.`,
      metric: this.canary.metricSuccessPercent({ period: Duration.minutes(s.rateMinutes), statistic: cloudwatch.Stats.AVERAGE }),
      comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
      threshold: 100,
      evaluationPeriods: s.failedRunsToAlarm,
      datapointsToAlarm: s.failedRunsToAlarm,
      // A canary that does not report is no evidence of health.
      treatMissingData: cloudwatch.TreatMissingData.BREACHING,
    });
    this.alarm.addAlarmAction(new actions.SnsAction(props.pageTopic));
    this.alarm.addOkAction(new actions.SnsAction(props.pageTopic));
  }
}
