import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct, IConstruct } from 'constructs';
import { acknowledgeDeployTimeLambda, acknowledgeOwnLogStreams } from '../compliance';

/** Props of {@link SdkCalls}. */
export interface SdkCallsProps {
  /** Name of the role the calls run as (derived in lib/config when another account must trust it). */
  readonly roleName?: string;
  /** What the calls do, for the role's description. */
  readonly description: string;
  /** Key the function's log group is encrypted with. */
  readonly logKey: kms.IKey;
  /** Retention of the function's log group. */
  readonly logRetention: logs.RetentionDays;
}

/**
 * Deploy-time AWS API calls (CDK's `AwsCustomResource`) as the edge makes them: one role per
 * stack with a customer-managed policy (no inline grants), an encrypted log group with retention,
 * the SDK the Lambda runtime bundles (nothing downloaded at deploy time), and the acknowledgements
 * of the provider function, which runs only while CloudFormation deploys the stack.
 *
 * One per stack: CDK's provider function is a singleton per stack and runs as the role of the
 * first call made, so a second set of calls with another role would silently get the first role.
 *
 * @throws Error when a stack already has one
 */
export class SdkCalls extends Construct {
  /** The role every call of this stack runs as; grant it what the calls need. */
  public readonly role: iam.Role;
  private readonly logGroup: logs.LogGroup;
  private readonly calls: cr.AwsCustomResource[] = [];
  private readonly policies: iam.ManagedPolicy[] = [];
  private acknowledged = false;

  constructor(scope: Construct, id: string, props: SdkCallsProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const others = stack.node.findAll().filter((c) => c instanceof SdkCalls && c !== this);
    if (others.length > 0) {
      throw new Error(`${this.node.path}: ${stack.node.path} already has deploy-time SDK calls at ${others[0].node.path}; use that one (the provider runs as one role per stack)`);
    }
    this.role = new iam.Role(this, 'Role', {
      roleName: props.roleName,
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: props.description,
    });
    this.logGroup = new logs.LogGroup(this, 'Logs', {
      encryptionKey: props.logKey,
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const logPolicy = this.addPolicy(new iam.ManagedPolicy(this, 'LogPolicy', {
      description: 'Deploy-time SDK calls: write the provider function\'s own log group',
      statements: [
        new iam.PolicyStatement({
          actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          resources: [this.logGroup.logGroupArn, `${this.logGroup.logGroupArn}:log-stream:*`],
        }),
      ],
    }));
    acknowledgeOwnLogStreams(logPolicy, this.logGroup);
  }

  /**
   * The stack's deploy-time calls: the existing ones, or new ones at the stack's root (id
   * `DeployTimeCalls`) made with `props`. Every construct that needs deploy-time calls in a stack
   * shares them and grants their role what it needs with {@link addPolicy}.
   */
  public static of(scope: Construct, props: SdkCallsProps): SdkCalls {
    const stack = Stack.of(scope);
    const existing = stack.node.findAll().find((c): c is SdkCalls => c instanceof SdkCalls);
    return existing ?? new SdkCalls(stack, 'DeployTimeCalls', props);
  }

  /**
   * Attaches `policy` to {@link role}; every call runs only after it exists (a policy that names
   * the role would otherwise be created in parallel with the calls that need it).
   */
  public addPolicy(policy: iam.ManagedPolicy): iam.ManagedPolicy {
    this.role.addManagedPolicy(policy);
    this.policies.push(policy);
    for (const call of this.calls) call.node.addDependency(policy);
    return policy;
  }

  /**
   * One deploy-time call (or create/update/delete trio) run as {@link role}, as a construct
   * `id` of `scope` (by default, of these calls).
   */
  public call(id: string, props: Pick<cr.AwsCustomResourceProps, 'onCreate' | 'onUpdate' | 'onDelete' | 'resourceType'>, scope: Construct = this): cr.AwsCustomResource {
    const resource = new cr.AwsCustomResource(scope, id, {
      ...props,
      role: this.role,
      logGroup: this.logGroup,
      // The runtime's bundled SDK: a deploy never downloads code from the npm registry.
      installLatestAwsSdk: false,
    });
    // The provider must not run before its role can write logs and make the calls.
    resource.node.addDependency(this.role, ...this.policies);
    this.calls.push(resource);
    this.acknowledgeProvider();
    return resource;
  }

  /** Acknowledgements of the singleton provider function, once it exists. */
  private acknowledgeProvider(): void {
    if (this.acknowledged) return;
    this.acknowledged = true;
    const provider: IConstruct = Stack.of(this).node.findChild(`AWS${cr.AwsCustomResource.PROVIDER_FUNCTION_UUID.replace(/-/g, '')}`);
    acknowledgeDeployTimeLambda(provider, {
      concurrency:
        'This provider runs only while CloudFormation deploys the stack, a handful of invocations; reserving concurrency would take capacity from the account\'s unreserved pool for nothing.',
      dlq:
        'CloudFormation invokes this provider and waits for its answer; a failed call fails the deployment visibly, so a dead-letter queue would only hold events nobody replays.',
      insideVpc:
        'This provider only calls AWS APIs at deploy time and never reaches a workload; running it in a VPC would add network-interface permissions on every resource for no isolation gain.',
    });
  }
}
