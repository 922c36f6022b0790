import { RemovalPolicy, Stack, StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import {
  CfnCloudBackupSchedule,
  CfnCluster,
  CfnClusterPropsEncryptionAtRestProvider,
  CfnDatabaseUser,
  CfnDatabaseUserPropsAwsiamType,
  CfnEncryptionAtRest,
  CfnGlobalClusterConfig,
  CfnPrivateEndPointRegionalMode,
  CfnProject,
  ScopeDefinitionType,
} from 'awscdk-resources-mongodbatlas';
import { Construct } from 'constructs';
import {
  AtlasConfig,
  PlatformConfig,
  atlasClientServices,
  atlasClusterName,
  atlasRegionName,
  atlasStackName,
  serviceDatabaseName,
  serviceRoleArn,
} from '../config';
import { AtlasApiFunction } from './api-function';
import {
  atlasClusterType,
  backupPolicyItems,
  customZoneMappings,
  managedNamespaces,
  needsRegionalizedEndpoints,
  replicationSpecs,
} from './cluster-spec';

/** Minimum TLS version the cluster accepts. */
export const ATLAS_MIN_TLS = 'TLS1_2';

/** Props of {@link AtlasStack}. */
export interface AtlasStackProps extends StackProps {
  readonly config: PlatformConfig;
  /** The Atlas section (present: this stack exists only with Atlas). */
  readonly atlas: AtlasConfig;
}

/**
 * The environment's MongoDB Atlas project and its one cluster, in the hub account and region
 * (Atlas resources are global: one per environment). Named `<project>-<env>-atlas`.
 *
 * - **Cluster**: a multi-region replica set, or with zones a Global Cluster (zones of one or more regions each,
 *   custom zone mappings, managed namespaces) that the platform regions reach through regionalized private endpoints;
 *   compute and storage auto-scaling; TLS 1.2 minimum; server-side JavaScript off; continuous
 *   cloud backup with point-in-time recovery and a snapshot schedule with retention; termination
 *   protection in production; everything stateful retained when the stack is deleted.
 * - **Encryption at rest** with a customer-managed, rotating, multi-Region KMS key that Atlas
 *   reaches through an IAM role it assumes (Atlas's account and external id come from the Atlas
 *   API at deploy time).
 * - **Database users**: one per service that reads `DB_CONNECTION_STRING` and region, the
 *   service's Pod Identity role authenticated with AWS IAM (no password exists), allowed only its
 *   own database and only on this cluster.
 * - **No IP access list entries**: the cluster is reachable only through the private endpoints
 *   each region stack makes.
 */
export class AtlasStack extends Stack {
  /** The Atlas project. */
  public readonly project: CfnProject;
  /** The cluster. */
  public readonly cluster: CfnCluster;
  /** The customer-managed key Atlas encrypts the cluster's storage engine keys with. */
  public readonly encryptionKey: kms.Key;
  /** The role Atlas assumes to use {@link encryptionKey}. */
  public readonly atlasKmsRole: iam.Role;
  /** The project's encryption-at-rest configuration. */
  public readonly encryptionAtRest: CfnEncryptionAtRest;
  /** The snapshot schedule and point-in-time window. */
  public readonly backupSchedule: CfnCloudBackupSchedule;
  /** Zone mappings and managed namespaces of a Global Cluster. */
  public readonly globalClusterConfig?: CfnGlobalClusterConfig;
  /** Database users, by `<service>@<region>`. */
  public readonly databaseUsers: Record<string, CfnDatabaseUser> = {};

  constructor(scope: Construct, id: string, props: AtlasStackProps) {
    const { config, atlas } = props;
    super(scope, id, {
      stackName: atlasStackName(config),
      env: { account: config.hubRegion.account, region: config.hubRegion.name },
      terminationProtection: config.production,
      description: `${config.project} ${config.environment} MongoDB Atlas project and cluster`,
      ...props,
    });
    const profile = atlas.profile;
    const clusterName = atlasClusterName(config);

    const logKey = new kms.Key(this, 'LogKey', {
      description: `${this.stackName}: logs of the deploy-time Atlas API calls`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    logKey.grantEncryptDecrypt(new iam.ServicePrincipal(`logs.${this.region}.amazonaws.com`));
    const api = new AtlasApiFunction(this, 'AtlasApi', { profile, logKey, logRetention: config.logging.retentionDays });

    this.project = new CfnProject(this, 'Project', {
      name: atlas.projectName,
      orgId: atlas.orgId,
      profile,
      withDefaultAlertsSettings: true,
      projectSettings: {
        isCollectDatabaseSpecificsStatisticsEnabled: true,
        isPerformanceAdvisorEnabled: true,
        isSchemaAdvisorEnabled: true,
        isRealtimePerformancePanelEnabled: true,
        // The Data Explorer lets Atlas UI users browse documents; data is read by the services only.
        isDataExplorerEnabled: false,
      },
    });
    this.project.applyRemovalPolicy(RemovalPolicy.RETAIN);
    const projectId = this.project.attrId;

    // Encryption at rest: Atlas's IAM identity for this project (its AWS account and an external
    // id), a role in this account that only that identity may assume with that id, the role
    // authorized in Atlas, then the project's KMS configuration.
    this.encryptionKey = new kms.Key(this, 'EncryptionKey', {
      description: `${this.stackName}: MongoDB Atlas encryption at rest (wraps the cluster's storage-engine master keys)`,
      enableKeyRotation: true,
      // A multi-Region key can be replicated to another region and Atlas pointed at the replica
      // during a KMS outage of this region without re-encrypting; the property is fixed at creation.
      multiRegion: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const access = api.call(this, 'CloudProviderAccess', 'CloudProviderAccess', { ProjectId: projectId });
    access.applyRemovalPolicy(RemovalPolicy.RETAIN);
    this.atlasKmsRole = new iam.Role(this, 'AtlasKmsRole', {
      assumedBy: new iam.ArnPrincipal(access.getAttString('AtlasAwsAccountArn')).withConditions({
        StringEquals: { 'sts:ExternalId': access.getAttString('ExternalId') },
      }),
      description: `MongoDB Atlas (project ${atlas.projectName}): use the encryption-at-rest key`,
    });
    const kmsPolicy = new iam.ManagedPolicy(this, 'AtlasKmsPolicy', {
      description: 'MongoDB Atlas encryption at rest: wrap and unwrap the cluster master keys with the platform key',
      roles: [this.atlasKmsRole],
      statements: [
        new iam.PolicyStatement({
          actions: ['kms:Encrypt', 'kms:Decrypt', 'kms:DescribeKey'],
          resources: [this.encryptionKey.keyArn],
        }),
      ],
    });
    const authorize = api.call(this, 'AuthorizeKmsRole', 'AuthorizeRole', {
      ProjectId: projectId,
      RoleId: access.getAttString('RoleId'),
      IamRoleArn: this.atlasKmsRole.roleArn,
    });
    authorize.node.addDependency(kmsPolicy);
    authorize.applyRemovalPolicy(RemovalPolicy.RETAIN);
    this.encryptionAtRest = new CfnEncryptionAtRest(this, 'EncryptionAtRest', {
      projectId,
      profile,
      awsKmsConfig: {
        enabled: true,
        customerMasterKeyId: this.encryptionKey.keyId,
        region: atlasRegionName(this.region),
        roleId: access.getAttString('RoleId'),
      },
    });
    this.encryptionAtRest.node.addDependency(authorize);
    this.encryptionAtRest.applyRemovalPolicy(RemovalPolicy.RETAIN);

    // A Global Cluster spanning regions is reached through each region's own endpoint (local
    // mongos); Atlas calls this regionalized private endpoints, a project-wide setting.
    let regionalMode: CfnPrivateEndPointRegionalMode | undefined;
    if (needsRegionalizedEndpoints(atlas)) {
      regionalMode = new CfnPrivateEndPointRegionalMode(this, 'RegionalizedPrivateEndpoints', { projectId, profile });
      regionalMode.applyRemovalPolicy(RemovalPolicy.RETAIN);
    }

    this.cluster = new CfnCluster(this, 'Cluster', {
      projectId,
      profile,
      name: clusterName,
      clusterType: atlasClusterType(atlas),
      mongoDbMajorVersion: atlas.mongoDbMajorVersion,
      replicationSpecs: replicationSpecs(atlas),
      diskSizeGb: atlas.diskSizeGb,
      backupEnabled: true,
      pitEnabled: true,
      encryptionAtRestProvider: CfnClusterPropsEncryptionAtRestProvider.AWS,
      terminationProtectionEnabled: config.production,
      advancedSettings: {
        minimumEnabledTlsProtocol: ATLAS_MIN_TLS,
        javascriptEnabled: false,
      },
      tags: [
        { key: 'project', value: config.project },
        { key: 'environment', value: config.environment },
        { key: 'owner', value: config.owner },
      ],
    });
    this.cluster.node.addDependency(this.encryptionAtRest);
    if (regionalMode) this.cluster.node.addDependency(regionalMode);
    this.cluster.applyRemovalPolicy(RemovalPolicy.RETAIN);

    if (atlasClusterType(atlas) === 'GEOSHARDED') {
      this.globalClusterConfig = new CfnGlobalClusterConfig(this, 'GlobalClusterConfig', {
        projectId,
        profile,
        clusterName,
        customZoneMappings: customZoneMappings(atlas),
        managedNamespaces: managedNamespaces(atlas),
      });
      this.globalClusterConfig.node.addDependency(this.cluster);
      this.globalClusterConfig.applyRemovalPolicy(RemovalPolicy.RETAIN);
    }

    this.backupSchedule = new CfnCloudBackupSchedule(this, 'BackupSchedule', {
      projectId,
      profile,
      clusterName,
      autoExportEnabled: false,
      referenceHourOfDay: atlas.backup.snapshotHourUtc,
      referenceMinuteOfHour: atlas.backup.snapshotMinuteUtc,
      restoreWindowDays: atlas.backup.restoreWindowDays,
      policies: [{ policyItems: backupPolicyItems(atlas) }],
    });
    this.backupSchedule.node.addDependency(this.cluster);
    // Deleting the resource would delete the cluster's schedules; the cluster outlives the stack, so its backups do too.
    this.backupSchedule.applyRemovalPolicy(RemovalPolicy.RETAIN);

    for (const service of atlasClientServices(config.services)) {
      const role = atlas.databaseAccess[service.name] ?? 'readWrite';
      for (const region of config.regions) {
        const user = new CfnDatabaseUser(this, `User-${service.name}-${region.name}`, {
          projectId,
          profile,
          // AWS IAM users live in the $external database; the user name is the role's ARN.
          databaseName: '$external',
          awsiamType: CfnDatabaseUserPropsAwsiamType.ROLE,
          username: serviceRoleArn(config, region, service),
          description: `${service.name} pods in ${region.name} (EKS Pod Identity role), ${role} on ${serviceDatabaseName(service)}`,
          roles: [{ roleName: role, databaseName: serviceDatabaseName(service) }],
          scopes: [{ name: clusterName, type: ScopeDefinitionType.CLUSTER }],
          labels: [
            { key: 'service', value: service.name },
            { key: 'region', value: region.name },
          ],
        });
        user.node.addDependency(this.cluster);
        this.databaseUsers[`${service.name}@${region.name}`] = user;
      }
    }
  }
}
