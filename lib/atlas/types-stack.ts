import { ArnFormat, RemovalPolicy, Stack, StackProps } from 'aws-cdk-lib';
import * as cloudformation from 'aws-cdk-lib/aws-cloudformation';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { acknowledgeNag, acknowledgeOwnLogStreams } from '../compliance';
import { AtlasConfig, PlatformConfig, RegionConfig, atlasProfileSecretName, atlasTypesStackName } from '../config';
import { atlasClusterType, needsRegionalizedEndpoints } from './cluster-spec';

/** MongoDB's publisher id in the CloudFormation public registry (the publisher of every MongoDB::Atlas type). */
export const MONGODB_PUBLISHER_ID = 'bb989456c78c398a858fef18f2ca1bfc1fbba082';

/** The MongoDB::Atlas types every region stack uses: its private endpoint service and endpoint registration. */
export const REGIONAL_ATLAS_TYPES = ['MongoDB::Atlas::PrivateEndpointService', 'MongoDB::Atlas::PrivateEndpointAWS'] as const;

/**
 * The MongoDB::Atlas types a region's stacks use: the private-endpoint types everywhere, and in
 * the hub region also those of the Atlas stack (project, encryption, cluster, backups, users and,
 * for a Global Cluster, its zone config and regionalized endpoints).
 */
export function atlasTypesUsedIn(atlas: AtlasConfig, region: Pick<RegionConfig, 'hub'>): string[] {
  const types: string[] = [...REGIONAL_ATLAS_TYPES];
  if (region.hub) {
    types.push(
      'MongoDB::Atlas::Project',
      'MongoDB::Atlas::EncryptionAtRest',
      'MongoDB::Atlas::Cluster',
      'MongoDB::Atlas::CloudBackupSchedule',
      'MongoDB::Atlas::DatabaseUser',
    );
    if (atlasClusterType(atlas) === 'GEOSHARDED') types.push('MongoDB::Atlas::GlobalClusterConfig');
    if (needsRegionalizedEndpoints(atlas)) types.push('MongoDB::Atlas::PrivateEndPointRegionalMode');
  }
  return types.sort();
}

/** Props of {@link AtlasTypesStack}. */
export interface AtlasTypesStackProps extends StackProps {
  readonly config: PlatformConfig;
  /** The Atlas section (present: this stack exists only with Atlas). */
  readonly atlas: AtlasConfig;
  /** The region whose account and region the types are activated in. */
  readonly region: RegionConfig;
}

/**
 * The prerequisites CloudFormation can do itself, per region (third-party types are activated
 * per account and region): activates each MongoDB::Atlas type the region uses from MongoDB's
 * public registry entries, with one execution role that may read only the Atlas profile secret
 * (`cfn/atlas/profile/<profile>`, which the operator creates: it holds Atlas API keys, which
 * CloudFormation must never see in a template), and sends the types' handler logs to an encrypted
 * log group with retention. Deployed before every stack that uses the types.
 */
export class AtlasTypesStack extends Stack {
  /** The role CloudFormation runs the Atlas types' handlers as. */
  public readonly executionRole: iam.Role;
  /** The activations, by type name. */
  public readonly activations: Record<string, cloudformation.CfnTypeActivation> = {};

  constructor(scope: Construct, id: string, props: AtlasTypesStackProps) {
    const { config, atlas, region } = props;
    super(scope, id, {
      stackName: atlasTypesStackName(config, region),
      env: { account: region.account, region: region.name },
      terminationProtection: config.production,
      description: `${config.project} ${config.environment} MongoDB::Atlas CloudFormation types in ${region.name}`,
      ...props,
    });
    const profileSecret = atlasProfileSecretName(atlas.profile);
    const cloudformationPrincipal = () => new iam.PrincipalWithConditions(new iam.ServicePrincipal('resources.cloudformation.amazonaws.com'), {
      StringEquals: { 'aws:SourceAccount': this.account },
    });

    this.executionRole = new iam.Role(this, 'ExecutionRole', {
      assumedBy: cloudformationPrincipal(),
      description: `Handlers of the MongoDB::Atlas CloudFormation types: read the Atlas API keys (${profileSecret}), nothing else`,
    });
    const executionPolicy = new iam.ManagedPolicy(this, 'ExecutionPolicy', {
      description: `MongoDB::Atlas type handlers: read the Atlas profile secret ${profileSecret}`,
      roles: [this.executionRole],
      statements: [
        new iam.PolicyStatement({
          actions: ['secretsmanager:GetSecretValue'],
          resources: [this.formatArn({ service: 'secretsmanager', resource: 'secret', resourceName: `${profileSecret}-??????`, arnFormat: ArnFormat.COLON_RESOURCE_NAME })],
        }),
      ],
    });

    const logKey = new kms.Key(this, 'LogKey', {
      description: `${this.stackName}: MongoDB::Atlas type handler logs`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    logKey.grantEncryptDecrypt(new iam.ServicePrincipal(`logs.${this.region}.amazonaws.com`));
    const logGroup = new logs.LogGroup(this, 'HandlerLogs', {
      encryptionKey: logKey,
      retention: config.logging.retentionDays as logs.RetentionDays,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const logRole = new iam.Role(this, 'LogRole', {
      assumedBy: cloudformationPrincipal(),
      description: 'Handlers of the MongoDB::Atlas CloudFormation types: write their logs and metrics',
    });
    const logPolicy = new iam.ManagedPolicy(this, 'LogPolicy', {
      description: 'MongoDB::Atlas type handlers: write to their own log group and publish CloudFormation handler metrics',
      roles: [logRole],
      statements: [
        new iam.PolicyStatement({
          actions: ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'],
          resources: [logGroup.logGroupArn, `${logGroup.logGroupArn}:log-stream:*`],
        }),
        new iam.PolicyStatement({
          actions: ['cloudwatch:PutMetricData'],
          resources: ['*'],
          conditions: { StringEquals: { 'cloudwatch:namespace': 'AWS/CloudFormation' } },
        }),
      ],
    });
    acknowledgeOwnLogStreams(logPolicy, logGroup,
      'CloudFormation names the handlers\' log streams at run time; the grant is limited to streams of the Atlas types\' own log group.');
    acknowledgeNag(logPolicy, 'AwsSolutions', 'IAM5[Resource::*]',
      'CloudWatch PutMetricData has no resource-level permissions; the grant is limited by condition to the AWS/CloudFormation namespace the handlers report to.');

    for (const type of atlasTypesUsedIn(atlas, region)) {
      const activation = new cloudformation.CfnTypeActivation(this, `Activate${type.replace(/::/g, '')}`, {
        type: 'RESOURCE',
        typeName: type,
        publisherId: MONGODB_PUBLISHER_ID,
        executionRoleArn: this.executionRole.roleArn,
        loggingConfig: { logGroupName: logGroup.logGroupName, logRoleArn: logRole.roleArn },
        // Minor versions carry MongoDB's fixes; a new major version is a deliberate change.
        autoUpdate: true,
      });
      activation.node.addDependency(this.executionRole, executionPolicy, logPolicy);
      this.activations[type] = activation;
    }
  }
}
