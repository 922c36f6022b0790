import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledgeNag } from '../compliance';

/** Props of {@link DeliveredLogBucket}. */
export interface DeliveredLogBucketProps {
  /** Customer-managed key the logs are encrypted with; the log delivery service gets use of it. */
  readonly key: kms.IKey;
  /** How long log objects are kept before they expire. */
  readonly retention: Duration;
  /** What the bucket holds, for the reasons of its acknowledgements (e.g. `Global Accelerator flow logs`). */
  readonly purpose: string;
}

/**
 * A bucket for logs that AWS delivers itself (`delivery.logs.amazonaws.com`: NLB access logs,
 * Global Accelerator flow logs): KMS-encrypted with a customer key, TLS-only, no public access,
 * objects owned by the bucket owner, versioned, expiring after the log retention, retained when the
 * stack is deleted (the logs are audit records).
 *
 * The bucket policy for the delivery service is added by whoever enables the logs (the load
 * balancer's `logAccessLogs`, or {@link grantLogDelivery}); the key policy is granted here.
 */
export class DeliveredLogBucket extends Construct {
  /** The bucket. */
  public readonly bucket: s3.Bucket;

  constructor(scope: Construct, id: string, props: DeliveredLogBucketProps) {
    super(scope, id);
    const account = Stack.of(this).account;

    this.bucket = new s3.Bucket(this, 'Bucket', {
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: props.key,
      bucketKeyEnabled: true,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: true,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [
        {
          id: 'expire-logs',
          expiration: props.retention,
          noncurrentVersionExpiration: Duration.days(30),
          abortIncompleteMultipartUploadAfter: Duration.days(7),
        },
      ],
    });

    // Vended log delivery writes SSE-KMS objects as this service principal; scoped to this
    // account's deliveries, so no other account can make the service write with our key.
    props.key.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal('delivery.logs.amazonaws.com')],
        actions: ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': account } },
      }),
    );

    const why = `${props.purpose} are delivered by AWS into this bucket`;
    acknowledgeNag(this.bucket, 'AwsSolutions', 'S1',
      `${why}; logging access to a log bucket needs yet another log bucket, and reads of these objects are recorded by CloudTrail data events instead.`);
    for (const pack of ['HIPAA.Security', 'NIST.800.53.R5', 'PCI.DSS.321'] as const) {
      acknowledgeNag(this.bucket, pack, 'S3BucketLoggingEnabled',
        `${why}; server access logs of a log bucket would need another log bucket, and reads of these objects are recorded by CloudTrail data events instead.`);
      acknowledgeNag(this.bucket, pack, 'S3BucketReplicationEnabled',
        `${why} as regional operational records that hold client addresses; copying them to another region would move personal data out of the region for no recovery need.`);
    }
  }

  /**
   * Lets the vended-log delivery service write under `prefix` for this account (the bucket policy
   * Global Accelerator flow logs need; load balancers add theirs through `logAccessLogs`).
   */
  public grantLogDelivery(prefix: string): void {
    const account = Stack.of(this).account;
    const delivery = new iam.ServicePrincipal('delivery.logs.amazonaws.com');
    this.bucket.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [delivery],
        actions: ['s3:PutObject'],
        resources: [this.bucket.arnForObjects(`${prefix}/AWSLogs/${account}/*`)],
        conditions: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceAccount': account } },
      }),
    );
    this.bucket.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [delivery],
        actions: ['s3:GetBucketAcl'],
        resources: [this.bucket.bucketArn],
        conditions: { StringEquals: { 'aws:SourceAccount': account } },
      }),
    );
  }
}
