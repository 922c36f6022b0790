import { RemovalPolicy, SecretValue } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elasticache from 'aws-cdk-lib/aws-elasticache';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { acknowledgeNag } from '../compliance';
import {
  PlatformConfig,
  featureStoreCacheName,
  featureStoreEndpointSecretName,
  featureStoreLoginSecretName,
} from '../config';
import { PASSWORD_EXCLUDED_CHARACTERS } from './mlflow-database';

/** Port of the serverless cache's primary endpoint (ElastiCache Serverless serves reads on the next one). */
export const ONLINE_STORE_PORTS = { primary: 6379, reader: 6380 } as const;

/** The Valkey user Feast logs in as. */
export const FEAST_CACHE_USER = 'feast';

/**
 * Valkey ACL of the Feast user: every key, every command except the dangerous category (FLUSHALL,
 * KEYS, CONFIG, DEBUG, …), which Feast's reads, writes, expiries and teardown do not use.
 */
export const FEAST_CACHE_ACCESS = 'on ~* +@all -@dangerous';

/** Props of {@link FeatureOnlineStore}. */
export interface FeatureOnlineStoreProps {
  readonly config: PlatformConfig;
  /** The region's VPC; the cache goes to its private subnets. */
  readonly vpc: ec2.IVpc;
  /** Security group of the EKS cluster's nodes and pods: the only one admitted. */
  readonly clusterSecurityGroupId: string;
  /** Encrypts the cache data and its snapshots. */
  readonly dataKey: kms.IKey;
  /** Encrypts the login and endpoint secrets (the key the External Secrets controller may decrypt with). */
  readonly secretsKey: kms.IKey;
}

/**
 * Feast's online store: an ElastiCache Serverless Valkey cache in the private subnets, encrypted
 * with the ML data key, TLS only (serverless caches accept nothing else), RBAC login for the
 * `feast` user (password generated in Secrets Manager under a derived name, never in the
 * template), daily snapshots kept 7 days, reachable only from the cluster's security group,
 * retained. The cache's `host:port` is published as a second secret, so the Feast ExternalSecret
 * builds its connection string from derived names alone.
 */
export class FeatureOnlineStore extends Construct {
  /** The cache. */
  public readonly cache: elasticache.CfnServerlessCache;
  /** `username` / `password` of the Feast user. */
  public readonly login: secretsmanager.Secret;
  /** `host:port` of the cache. */
  public readonly endpoint: secretsmanager.Secret;
  /** Its security group. */
  public readonly securityGroup: ec2.SecurityGroup;

  constructor(scope: Construct, id: string, props: FeatureOnlineStoreProps) {
    super(scope, id);
    const { config } = props;
    const store = config.ml!.featureStore;
    const name = featureStoreCacheName(config);

    this.securityGroup = new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc: props.vpc,
      description: `Feast online store (${name}): Valkey over TLS from the EKS cluster only`,
      allowAllOutbound: false,
    });
    this.securityGroup.addIngressRule(ec2.Peer.securityGroupId(props.clusterSecurityGroupId),
      ec2.Port.tcpRange(ONLINE_STORE_PORTS.primary, ONLINE_STORE_PORTS.reader), 'Feast pods (EKS cluster security group)');

    this.login = new secretsmanager.Secret(this, 'Login', {
      secretName: featureStoreLoginSecretName(config),
      description: `Valkey login of Feast on ${name}; read in-cluster by the Feast ExternalSecret`,
      encryptionKey: props.secretsKey,
      removalPolicy: RemovalPolicy.RETAIN,
      generateSecretString: {
        secretStringTemplate: JSON.stringify({ username: FEAST_CACHE_USER }),
        generateStringKey: 'password',
        passwordLength: 32,
        excludeCharacters: PASSWORD_EXCLUDED_CHARACTERS,
      },
    });
    const reason =
      'Feast reads the online-store password from its environment at start, so a scheduled rotation would lock out running Feast servers and jobs until they restart; ' +
      'it is rotated as a planned change (new password on the Valkey user, then restart) instead.';
    acknowledgeNag(this.login, 'AwsSolutions', 'SMG4', reason);
    for (const pack of ['HIPAA.Security', 'NIST.800.53.R5'] as const) acknowledgeNag(this.login, pack, 'SecretsManagerRotationEnabled', reason);

    const user = new elasticache.CfnUser(this, 'User', {
      userId: `${name}-user`,
      userName: FEAST_CACHE_USER,
      engine: 'valkey',
      accessString: FEAST_CACHE_ACCESS,
      // A dynamic reference: CloudFormation resolves it at deploy time, the template holds none.
      authenticationMode: { Type: 'password', Passwords: [this.login.secretValueFromJson('password').unsafeUnwrap()] },
    });
    const group = new elasticache.CfnUserGroup(this, 'UserGroup', {
      userGroupId: `${name}-users`,
      engine: 'valkey',
      userIds: [user.userId],
    });
    group.addResourceDependency(user);

    this.cache = new elasticache.CfnServerlessCache(this, 'Cache', {
      serverlessCacheName: name,
      description: 'Feast online store',
      engine: 'valkey',
      majorEngineVersion: '8',
      kmsKeyId: props.dataKey.keyArn,
      securityGroupIds: [this.securityGroup.securityGroupId],
      subnetIds: props.vpc.selectSubnets({ subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }).subnetIds,
      userGroupId: group.userGroupId,
      snapshotRetentionLimit: 7,
      dailySnapshotTime: '04:00',
      cacheUsageLimits: { dataStorage: { maximum: store.maxDataStorageGB, unit: 'GB' } },
    });
    this.cache.addResourceDependency(group);
    this.cache.applyRemovalPolicy(RemovalPolicy.RETAIN);

    this.endpoint = new secretsmanager.Secret(this, 'Endpoint', {
      secretName: featureStoreEndpointSecretName(config),
      description: `host:port of ${name} (not confidential; a secret so the Feast ExternalSecret reads it through the one secret store)`,
      encryptionKey: props.secretsKey,
      removalPolicy: RemovalPolicy.RETAIN,
      secretStringValue: SecretValue.unsafePlainText(`${this.cache.attrEndpointAddress}:${this.cache.attrEndpointPort}`),
    });
    const endpointReason = 'This secret holds the cache endpoint, which CloudFormation rewrites whenever the cache changes; there is no credential in it to rotate.';
    acknowledgeNag(this.endpoint, 'AwsSolutions', 'SMG4', endpointReason);
    for (const pack of ['HIPAA.Security', 'NIST.800.53.R5'] as const) acknowledgeNag(this.endpoint, pack, 'SecretsManagerRotationEnabled', endpointReason);
  }
}
