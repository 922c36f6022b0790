import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledgeControlTower, acknowledgeNag, nagArn } from '../compliance';
import {
  PlatformConfig,
  RegionConfig,
  featureBucketName,
  mlDataKeyAlias,
  mlDataKeyAliasArn,
  mlReplicationRoleArn,
  mlReplicationRoleName,
  modelBucketName,
} from '../config';
import { attachManagedPolicy } from '../core/iam';

/** Days a replaced or deleted object version stays recoverable in the ML buckets. */
export const NONCURRENT_VERSION_DAYS = 90;

/** The two ML data buckets of a region, by role. */
export type MlBucketKind = 'models' | 'features';

/** Derived name of one ML bucket in a region. */
export function mlBucketName(config: PlatformConfig, region: Pick<RegionConfig, 'name'>, kind: MlBucketKind): string {
  return kind === 'models' ? modelBucketName(config, region) : featureBucketName(config, region);
}

/** Props of {@link MlStorage}. */
export interface MlStorageProps {
  readonly config: PlatformConfig;
  /** The region the buckets live in. */
  readonly region: RegionConfig;
  /** Customer-managed key of the ML data (buckets; its alias names it for replication). */
  readonly dataKey: kms.IKey;
}

/**
 * The region's ML buckets: model artifacts (MLflow runs, served models) and offline features
 * (Feast offline store and registry), named by `modelBucketName` / `featureBucketName`. Each is
 * SSE-KMS with the ML data key, versioned, TLS 1.2+ only, public access blocked, bucket-owner
 * objects, retained, and server-access-logged to a dedicated log bucket of this region.
 *
 * Replication runs from the hub to every other region (one rule per destination, replica
 * encrypted with the destination's ML data key, named by its alias ARN). The destination side is
 * set up here too: a spoke's buckets and key admit the hub's replication role by its derived ARN,
 * written as a condition on the hub account principal, so the policy is valid before the hub
 * creates the role. The hub's ML stack deploys after every spoke's: S3 refuses a replication rule
 * whose destination bucket does not exist yet.
 */
export class MlStorage extends Construct {
  /** The model-artifact bucket. */
  public readonly models: s3.Bucket;
  /** The offline-feature bucket. */
  public readonly features: s3.Bucket;
  /** Server access logs of both. */
  public readonly accessLogs: s3.Bucket;
  /** On the hub (with other regions): the role S3 replicates as. */
  public readonly replicationRole?: iam.Role;

  constructor(scope: Construct, id: string, props: MlStorageProps) {
    super(scope, id);
    const { config, region } = props;
    const destinations = region.hub ? config.regions.filter((r) => r.name !== region.name) : [];

    this.accessLogs = new s3.Bucket(this, 'AccessLogs', {
      // S3 server access logging delivers only to buckets encrypted with S3-managed keys.
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: true,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [{
        id: 'expire-logs',
        expiration: Duration.days(config.logging.retentionDays),
        noncurrentVersionExpiration: Duration.days(30),
        abortIncompleteMultipartUploadAfter: Duration.days(7),
      }],
    });
    // Not flagged for logging: the packs accept a bucket that is itself the log target.
    const why = 'This bucket receives the S3 server access logs of the ML model and feature buckets';
    for (const pack of ['HIPAA.Security', 'NIST.800.53.R5', 'PCI.DSS.321'] as const) {
      acknowledgeNag(this.accessLogs, pack, 'S3BucketReplicationEnabled',
        `${why}; they are regional operational records, and each region keeps its own, so a copy in another region adds no recovery value.`);
      acknowledgeNag(this.accessLogs, pack, 'S3DefaultEncryptionKMS',
        `${why}, and S3 server access log delivery only supports targets encrypted with S3-managed keys (SSE-S3), not SSE-KMS.`);
    }
    acknowledgeControlTower(this.accessLogs, 'CT.S3.PR.2', `${why}: it is the log target itself, and logging its own access would need yet another bucket.`);

    this.models = this.bucket('Models', props, 'models');
    this.features = this.bucket('Features', props, 'features');

    if (destinations.length > 0) {
      this.replicationRole = this.replicate(props, destinations);
    } else if (!region.hub) {
      this.admitReplication(props);
    }
  }

  /** One ML data bucket, logged under its own name as prefix. */
  private bucket(id: string, props: MlStorageProps, kind: MlBucketKind): s3.Bucket {
    const { config, region, dataKey } = props;
    const name = mlBucketName(config, region, kind);
    const bucket = new s3.Bucket(this, id, {
      bucketName: name,
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: dataKey,
      bucketKeyEnabled: true,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: true,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [{
        id: 'tidy-versions',
        noncurrentVersionExpiration: Duration.days(NONCURRENT_VERSION_DAYS),
        abortIncompleteMultipartUploadAfter: Duration.days(7),
      }],
    });
    // Set on the L1 resource: CDK's `serverAccessLogsBucket` would fall back to the log-delivery
    // ACL, which bucket-owner-enforced ownership forbids; the bucket policy below grants instead.
    const cfn = bucket.node.defaultChild as s3.CfnBucket;
    cfn.loggingConfiguration = { destinationBucketName: this.accessLogs.bucketName, logFilePrefix: `${name}/` };
    this.accessLogs.addToResourcePolicy(new iam.PolicyStatement({
      sid: `S3ServerAccessLogs${id}`,
      principals: [new iam.ServicePrincipal('logging.s3.amazonaws.com')],
      actions: ['s3:PutObject'],
      resources: [this.accessLogs.arnForObjects(`${name}/*`)],
      conditions: {
        ArnLike: { 'aws:SourceArn': bucket.bucketArn },
        StringEquals: { 'aws:SourceAccount': Stack.of(this).account },
      },
    }));
    if (!region.hub) {
      const reason = `${name} is the replica that the hub region replicates into; a replica is not replicated again, the hub's bucket is the source of truth.`;
      for (const pack of ['HIPAA.Security', 'NIST.800.53.R5', 'PCI.DSS.321'] as const) acknowledgeNag(bucket, pack, 'S3BucketReplicationEnabled', reason);
    } else if (props.config.regions.length === 1) {
      const reason = `${name} belongs to a single-region environment, so there is no other region to replicate it to; versioning and retention protect it in place.`;
      for (const pack of ['HIPAA.Security', 'NIST.800.53.R5', 'PCI.DSS.321'] as const) acknowledgeNag(bucket, pack, 'S3BucketReplicationEnabled', reason);
    }
    return bucket;
  }

  /**
   * Hub: the replication role (derived name, customer-managed policy) and one rule per
   * destination region on each bucket. Replicas take the destination's ML data key (by alias ARN)
   * and, across accounts, the destination account's ownership.
   */
  private replicate(props: MlStorageProps, destinations: readonly RegionConfig[]): iam.Role {
    const { config, region, dataKey } = props;
    const stack = Stack.of(this);
    const role = new iam.Role(this, 'ReplicationRole', {
      roleName: mlReplicationRoleName(config),
      assumedBy: new iam.ServicePrincipal('s3.amazonaws.com'),
      description: `S3 replication of the ML buckets from ${region.name} to ${destinations.map((d) => d.name).join(', ')}`,
    });
    const sources = [this.models, this.features];
    // Bucket ARNs by derived name, not by reference: each bucket depends on this policy (its
    // replication rule is validated against it), so a reference back would be a cycle.
    const bucketArns = (r: Pick<RegionConfig, 'name'>) =>
      (['models', 'features'] as const).map((kind) => `arn:${stack.partition}:s3:::${mlBucketName(config, r, kind)}`);
    const destinationArns = bucketArns;

    const statements = [
      new iam.PolicyStatement({
        actions: ['s3:GetReplicationConfiguration', 's3:ListBucket'],
        resources: bucketArns(region),
      }),
      new iam.PolicyStatement({
        actions: ['s3:GetObjectVersionForReplication', 's3:GetObjectVersionAcl', 's3:GetObjectVersionTagging'],
        resources: bucketArns(region).map((arn) => `${arn}/*`),
      }),
      new iam.PolicyStatement({
        actions: ['s3:ReplicateObject', 's3:ReplicateDelete', 's3:ReplicateTags', 's3:ObjectOwnerOverrideToBucketOwner'],
        resources: destinations.flatMap((d) => destinationArns(d).map((arn) => `${arn}/*`)),
      }),
      new iam.PolicyStatement({
        actions: ['kms:Decrypt'],
        resources: [dataKey.keyArn],
        conditions: { StringEquals: { 'kms:ViaService': `s3.${region.name}.amazonaws.com` } },
      }),
      ...destinations.map((d) => new iam.PolicyStatement({
        actions: ['kms:Encrypt', 'kms:GenerateDataKey'],
        resources: [`arn:${stack.partition}:kms:${d.name}:${d.account}:key/*`],
        conditions: {
          'ForAnyValue:StringEquals': { 'kms:ResourceAliases': mlDataKeyAlias(config) },
          StringEquals: { 'kms:ViaService': `s3.${d.name}.amazonaws.com` },
        },
      })),
    ];
    const policy = attachManagedPolicy(this, 'ReplicationPolicy', {
      description: `Replicate the ML buckets of ${region.name} into the other regions' ML buckets, re-encrypting with their ML data keys`,
      roles: [role],
      statements,
    });
    for (const arn of bucketArns(region)) {
      acknowledgeNag(policy, 'AwsSolutions', `IAM5[Resource::${nagArn(this, arn)}/*]`,
        'S3 replication reads every object version of the source bucket, so the grant covers the bucket\'s objects and nothing outside it.');
    }
    for (const d of destinations) {
      for (const arn of destinationArns(d)) {
        acknowledgeNag(policy, 'AwsSolutions', `IAM5[Resource::${nagArn(this, arn)}/*]`,
          'S3 replication writes every replicated object into the destination region\'s bucket of the same kind, so the grant covers that bucket\'s objects only.');
      }
      acknowledgeNag(policy, 'AwsSolutions', `IAM5[Resource::${nagArn(this, `arn:${stack.partition}:kms:${d.name}:${d.account}:key/*`)}]`,
        'The destination key has a random id in another region; the grant is narrowed to the key carrying the derived ML data alias and to use through S3 in that region.');
    }

    for (const bucket of sources) {
      const kind: 'models' | 'features' = bucket === this.models ? 'models' : 'features';
      (bucket.node.defaultChild as s3.CfnBucket).replicationConfiguration = {
        role: role.roleArn,
        rules: destinations.map((d, i) => {
          const crossAccount = d.account !== region.account;
          return {
            id: `to-${d.name}`,
            priority: i + 1,
            status: 'Enabled',
            filter: { prefix: '' },
            deleteMarkerReplication: { status: 'Enabled' },
            sourceSelectionCriteria: { sseKmsEncryptedObjects: { status: 'Enabled' } },
            destination: {
              bucket: `arn:${stack.partition}:s3:::${mlBucketName(config, d, kind)}`,
              account: crossAccount ? d.account : undefined,
              accessControlTranslation: crossAccount ? { owner: 'Destination' } : undefined,
              encryptionConfiguration: { replicaKmsKeyId: mlDataKeyAliasArn(config, d) },
            },
          };
        }),
      };
      // The rule reads the role's policy at creation; without it S3 cannot validate the rule.
      bucket.node.addDependency(policy);
    }
    return role;
  }

  /**
   * Spoke: lets the hub's replication role write replicas into both buckets and encrypt them with
   * this region's key. Named by account principal + `aws:PrincipalArn`, which is valid before the
   * role exists (the hub's ML stack deploys after this one).
   */
  private admitReplication(props: MlStorageProps): void {
    const { config, region, dataKey } = props;
    const hub = config.hubRegion;
    const principal = new iam.AccountPrincipal(hub.account);
    const onlyTheRole = { ArnEquals: { 'aws:PrincipalArn': mlReplicationRoleArn(config) } };
    for (const bucket of [this.models, this.features]) {
      bucket.addToResourcePolicy(new iam.PolicyStatement({
        sid: 'ReplicasFromHub',
        principals: [principal],
        actions: ['s3:ReplicateObject', 's3:ReplicateDelete', 's3:ReplicateTags', 's3:ObjectOwnerOverrideToBucketOwner'],
        resources: [bucket.arnForObjects('*')],
        conditions: onlyTheRole,
      }));
      bucket.addToResourcePolicy(new iam.PolicyStatement({
        sid: 'ReplicationConfigFromHub',
        principals: [principal],
        actions: ['s3:GetBucketVersioning', 's3:PutBucketVersioning'],
        resources: [bucket.bucketArn],
        conditions: onlyTheRole,
      }));
    }
    dataKey.addToResourcePolicy(new iam.PolicyStatement({
      sid: 'EncryptReplicasFromHub',
      principals: [principal],
      actions: ['kms:Encrypt', 'kms:GenerateDataKey'],
      resources: ['*'],
      conditions: { ...onlyTheRole, StringEquals: { 'kms:ViaService': `s3.${region.name}.amazonaws.com` } },
    }));
  }
}
