import * as path from 'path';
import { ArnFormat, CustomResource, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { acknowledgeDeployTimeLambda, acknowledgeOwnLogStreams } from '../compliance';
import { atlasProfileSecretName } from '../config';

/** The deploy-time Atlas calls the handler (lib/atlas/handler) makes, by `Action`. */
export type AtlasApiAction = 'ProjectId' | 'CloudProviderAccess' | 'AuthorizeRole' | 'ConnectionString';

/** Props of {@link AtlasApiFunction}. */
export interface AtlasApiFunctionProps {
  /** The Atlas profile whose API keys the calls use (`cfn/atlas/profile/<profile>` in this account and region). */
  readonly profile: string;
  /** Key the function's log group is encrypted with. */
  readonly logKey: kms.IKey;
  /** Retention of the function's log group. */
  readonly logRetention: logs.RetentionDays;
}

/**
 * A Lambda function that calls the MongoDB Atlas Admin API while CloudFormation deploys, for
 * what the MongoDB::Atlas types cannot do (see lib/atlas/handler/index.js): it reads the Atlas
 * profile secret (nothing else), runs outside any VPC (it talks to the public Atlas API, never to
 * a workload), logs to an encrypted log group with retention, and is granted every extra
 * permission through customer-managed policies ({@link addPolicy}).
 */
export class AtlasApiFunction extends Construct {
  /** The function; custom resources name it as their service token. */
  public readonly function: lambda.Function;
  /** Its role. */
  public readonly role: iam.Role;
  private readonly profileSecretName: string;
  private readonly policies: iam.ManagedPolicy[] = [];
  private readonly resources: CustomResource[] = [];

  constructor(scope: Construct, id: string, props: AtlasApiFunctionProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.profileSecretName = atlasProfileSecretName(props.profile);

    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Deploy-time MongoDB Atlas API calls of ${stack.stackName}: read the Atlas profile secret`,
    });
    const logGroup = new logs.LogGroup(this, 'Logs', {
      encryptionKey: props.logKey,
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const basePolicy = this.addPolicy(new iam.ManagedPolicy(this, 'Policy', {
      description: `Atlas API calls: read the Atlas API keys (${this.profileSecretName}) and write the function's own logs`,
      statements: [
        new iam.PolicyStatement({
          actions: ['secretsmanager:GetSecretValue'],
          // Secret ARNs end in '-' and six random characters.
          resources: [stack.formatArn({ service: 'secretsmanager', resource: 'secret', resourceName: `${this.profileSecretName}-??????`, arnFormat: ArnFormat.COLON_RESOURCE_NAME })],
        }),
        new iam.PolicyStatement({
          actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          resources: [logGroup.logGroupArn, `${logGroup.logGroupArn}:log-stream:*`],
        }),
      ],
    }));
    acknowledgeOwnLogStreams(basePolicy, logGroup);

    this.function = new lambda.Function(this, 'Function', {
      description: 'MongoDB Atlas Admin API calls during CloudFormation deploys (project id, cloud provider access, connection strings)',
      runtime: lambda.Runtime.NODEJS_24_X,
      handler: 'index.handler',
      code: lambda.Code.fromAsset(path.join(__dirname, 'handler')),
      role: this.role,
      logGroup,
      // Waiting for Atlas (an endpoint's connection string, an IAM role becoming assumable) takes minutes.
      timeout: Duration.minutes(15),
      memorySize: 256,
    });
    this.function.node.addDependency(basePolicy);
    acknowledgeDeployTimeLambda(this.function, {
      concurrency:
        'This function runs only while CloudFormation deploys a stack, a handful of invocations; reserving concurrency would take capacity from the account\'s unreserved pool for nothing.',
      dlq:
        'CloudFormation invokes this custom-resource function and waits for its answer; a failed call fails the deployment visibly, so a dead-letter queue would only hold events nobody replays.',
      insideVpc:
        'This function only calls the public MongoDB Atlas Admin API and AWS Secrets Manager at deploy time and never reaches a workload, so a VPC would add network plumbing for no isolation gain.',
    });
  }

  /** Attaches `policy` to the function's role; every call made afterwards waits for it. */
  public addPolicy(policy: iam.ManagedPolicy): iam.ManagedPolicy {
    this.role.addManagedPolicy(policy);
    this.policies.push(policy);
    for (const resource of this.resources) resource.node.addDependency(policy);
    return policy;
  }

  /**
   * One deploy-time Atlas call as a custom resource (`Custom::Atlas<Action>`): it runs on create
   * and whenever `properties` change, and reads its result through `getAttString`.
   */
  public call(scope: Construct, id: string, action: AtlasApiAction, properties: Record<string, unknown>): CustomResource {
    const resource = new CustomResource(scope, id, {
      serviceToken: this.function.functionArn,
      resourceType: `Custom::Atlas${action}`,
      properties: { Action: action, ProfileSecretName: this.profileSecretName, ...properties },
      // The function answers within its own 15-minute limit; fail fast if it never does.
      serviceTimeout: Duration.minutes(16),
    });
    resource.node.addDependency(...this.policies);
    this.resources.push(resource);
    return resource;
  }
}
