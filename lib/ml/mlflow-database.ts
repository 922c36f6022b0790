import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as events from 'aws-cdk-lib/aws-events';
import * as rds from 'aws-cdk-lib/aws-rds';
import { Construct } from 'constructs';
import { acknowledgeControlTower, acknowledgeNag } from '../compliance';
import { PlatformConfig, mlflowDatabaseClusterId, mlflowDatabaseSecretName } from '../config';

/**
 * Port of the MLflow database. Not PostgreSQL's default 5432: scanners and misconfigured clients
 * aim there first (AwsSolutions-RDS11), and the ExternalSecret carries the port anyway.
 */
export const MLFLOW_DB_PORT = 5433;

/** Database (and login) MLflow uses. */
export const MLFLOW_DB_NAME = 'mlflow';

/**
 * Days AWS Backup keeps the daily snapshots of the MLflow database, in a vault of its own: beyond
 * Aurora's point-in-time window, and safe from a mistaken change to the cluster's own settings.
 */
export const MLFLOW_SNAPSHOT_RETENTION_DAYS = 35;

/** Characters left out of the generated password, so it can sit in a URI unescaped. */
export const PASSWORD_EXCLUDED_CHARACTERS = ' !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

/** Props of {@link MlflowDatabase}. */
export interface MlflowDatabaseProps {
  readonly config: PlatformConfig;
  /** The region's VPC; the database goes to its private subnets. */
  readonly vpc: ec2.IVpc;
  /** Security group of the EKS cluster's nodes and pods: the only one admitted. */
  readonly clusterSecurityGroupId: string;
  /** Encrypts the storage, snapshots and Performance Insights. */
  readonly dataKey: kms.IKey;
  /** Encrypts the login secret (the key the External Secrets controller may decrypt with). */
  readonly secretsKey: kms.IKey;
  /** Encrypts the exported PostgreSQL log group. */
  readonly logKey: kms.IKey;
}

/**
 * MLflow's backend store: Aurora PostgreSQL Serverless v2 in the private subnets, reachable only
 * from the cluster's security group on {@link MLFLOW_DB_PORT}, TLS enforced by the server
 * (`rds.force_ssl`), storage encrypted with the ML data key, IAM database authentication on (for
 * operators), automated backups for `backupRetentionDays`, logs exported to an encrypted log group,
 * enhanced monitoring, retained, and deletion-protected in production. Production adds a reader
 * that scales with the writer, in another AZ, for failover.
 *
 * The login is a CDK-generated secret with a derived name (`mlflowDatabaseSecretName`), attached
 * to the cluster so it also holds the endpoint (`host`, `port`, `dbname`): the in-cluster
 * ExternalSecret reads it by that name. An RDS-managed master secret would be rotated by RDS, but
 * its name (`rds!cluster-<uuid>`) cannot be derived, so no manifest could name it without a
 * deploy-time value, and it is outside the secret prefix the External Secrets controller may read.
 */
export class MlflowDatabase extends Construct {
  /** The Aurora cluster. */
  public readonly cluster: rds.DatabaseCluster;
  /** Its security group. */
  public readonly securityGroup: ec2.SecurityGroup;
  /** Daily snapshots of the cluster into the ML backup vault. */
  public readonly backupPlan: backup.BackupPlan;

  constructor(scope: Construct, id: string, props: MlflowDatabaseProps) {
    super(scope, id);
    const { config } = props;
    const ml = config.ml!;
    const clusterIdentifier = mlflowDatabaseClusterId(config);
    const engine = rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_17_9 });

    this.securityGroup = new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc: props.vpc,
      description: `MLflow database (${clusterIdentifier}): PostgreSQL from the EKS cluster only`,
      allowAllOutbound: false,
    });
    this.securityGroup.addIngressRule(ec2.Peer.securityGroupId(props.clusterSecurityGroupId), ec2.Port.tcp(MLFLOW_DB_PORT),
      'MLflow tracking server pods (EKS cluster security group)');

    // Created here, before the cluster, so it has the platform's key and retention rather than
    // RDS's unencrypted, never-expiring default.
    const logGroup = new logs.LogGroup(this, 'PostgresLogs', {
      logGroupName: `/aws/rds/cluster/${clusterIdentifier}/postgresql`,
      encryptionKey: props.logKey,
      retention: config.logging.retentionDays as logs.RetentionDays,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledgeControlTower(logGroup, 'CT.CLOUDWATCH.PR.3',
      'The group is encrypted with the region\'s log key (KmsKeyId), imported from the region stack with Fn::ImportValue; the Guard rule accepts only a literal ARN or a key of the same template.');

    const parameterGroup = new rds.ParameterGroup(this, 'Parameters', {
      engine,
      description: 'MLflow database: TLS only, connection logging',
      parameters: { 'rds.force_ssl': '1', log_connections: '1', log_disconnections: '1' },
    });

    const db = ml.mlflow.database;
    const instance = { autoMinorVersionUpgrade: true, enablePerformanceInsights: true, performanceInsightEncryptionKey: props.dataKey };
    this.cluster = new rds.DatabaseCluster(this, 'Cluster', {
      engine,
      clusterIdentifier,
      defaultDatabaseName: MLFLOW_DB_NAME,
      credentials: rds.Credentials.fromGeneratedSecret(MLFLOW_DB_NAME, {
        secretName: mlflowDatabaseSecretName(config),
        encryptionKey: props.secretsKey,
        excludeCharacters: PASSWORD_EXCLUDED_CHARACTERS,
      }),
      writer: rds.ClusterInstance.serverlessV2('Writer', instance),
      readers: config.production ? [rds.ClusterInstance.serverlessV2('Reader', { ...instance, scaleWithWriter: true })] : [],
      serverlessV2MinCapacity: db.minCapacity,
      serverlessV2MaxCapacity: db.maxCapacity,
      vpc: props.vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      securityGroups: [this.securityGroup],
      port: MLFLOW_DB_PORT,
      storageEncrypted: true,
      storageEncryptionKey: props.dataKey,
      iamAuthentication: true,
      parameterGroup,
      backup: { retention: Duration.days(db.backupRetentionDays), preferredWindow: '03:00-04:00' },
      preferredMaintenanceWindow: 'sun:04:30-sun:05:30',
      copyTagsToSnapshot: true,
      cloudwatchLogsExports: ['postgresql'],
      monitoringInterval: Duration.seconds(60),
      deletionProtection: config.production,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.cluster.node.addDependency(logGroup);
    if (!config.production) {
      const reason = 'This environment is not production (config production: false) and is torn down and rebuilt; the cluster is still retained on stack deletion, and production turns deletion protection on.';
      acknowledgeNag(this.cluster, 'AwsSolutions', 'RDS10', reason);
      for (const pack of ['HIPAA.Security', 'NIST.800.53.R5'] as const) acknowledgeNag(this.cluster, pack, 'RDSInstanceDeletionProtectionEnabled', reason);
    }
    acknowledgeNag(this.cluster.node.findChild('MonitoringRole'), 'AwsSolutions',
      'IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole]',
      'RDS enhanced monitoring publishes OS metrics through this AWS-managed service-role policy, which grants only writes to the RDSOSMetrics log group.');

    this.backupPlan = this.snapshots(props, clusterIdentifier);

    // The generated secret (the cluster's `secret` is its attachment, a child of it).
    const secret = this.cluster.node.findChild('Secret');
    const reason =
      'MLflow reads this database password from its environment at start, so a scheduled rotation would break its new connections until every pod restarts; ' +
      'the password is rotated as a planned change (rotate, then restart MLflow) instead.';
    acknowledgeNag(secret, 'AwsSolutions', 'SMG4', reason);
    for (const pack of ['HIPAA.Security', 'NIST.800.53.R5'] as const) acknowledgeNag(secret, pack, 'SecretsManagerRotationEnabled', reason);
  }

  /** An AWS Backup plan of the cluster: daily snapshots, kept {@link MLFLOW_SNAPSHOT_RETENTION_DAYS} days, in an encrypted, retained vault. */
  private snapshots(props: MlflowDatabaseProps, clusterIdentifier: string): backup.BackupPlan {
    const vault = new backup.BackupVault(this, 'Vault', {
      backupVaultName: clusterIdentifier,
      encryptionKey: props.dataKey,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const plan = new backup.BackupPlan(this, 'Backups', {
      backupPlanName: clusterIdentifier,
      backupVault: vault,
      backupPlanRules: [new backup.BackupPlanRule({
        ruleName: 'daily',
        scheduleExpression: events.Schedule.cron({ hour: '5', minute: '0' }),
        deleteAfter: Duration.days(MLFLOW_SNAPSHOT_RETENTION_DAYS),
      })],
    });
    const selection = plan.addSelection('Cluster', {
      resources: [backup.BackupResource.fromArn(this.cluster.clusterArn)],
      allowRestores: false,
    });
    acknowledgeNag(selection, 'AwsSolutions', 'IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]',
      'AWS Backup documents this AWS-managed service-role policy as the permissions its backup jobs need, and AWS updates it as Backup supports new resource types.');
    // AWS Backup selects Aurora by cluster (instances hold no storage), but the packs look for each
    // instance in a selection: the cluster above is what they ask for.
    for (const instance of this.cluster.node.findAll().filter((c): c is rds.CfnDBInstance => c instanceof rds.CfnDBInstance)) {
      for (const pack of ['HIPAA.Security', 'NIST.800.53.R5'] as const) {
        acknowledgeNag(instance, pack, 'RDSInBackupPlan',
          'Aurora instances hold no storage of their own: AWS Backup backs up the whole Aurora cluster, which is in this stack\'s daily backup plan.');
      }
    }
    return plan;
  }
}
