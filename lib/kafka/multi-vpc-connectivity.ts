import * as path from 'path';
import { CustomResource, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { acknowledgeDeployTimeLambda, acknowledgeNag, acknowledgeOwnLogStreams } from '../compliance';

/** Props of {@link MskMultiVpcConnectivity}. */
export interface MskMultiVpcConnectivityProps {
  /** The MSK cluster (ARN) to open to MSK Replicators of other regions. */
  readonly clusterArn: string;
  /** Key of the functions' and the waiter's log groups. */
  readonly logKey: kms.IKey;
  /** Retention of those log groups. */
  readonly logRetention: logs.RetentionDays;
}

/**
 * Turns on multi-VPC private connectivity (IAM) on an MSK cluster after CloudFormation created
 * it, so that one deploy from the shipped config works on a new account: MSK refuses the setting
 * while it creates a cluster (CloudFormation roadmap #1775), and a cross-region MSK Replicator
 * needs it on its source. A custom resource on the CDK custom-resources Provider framework: the
 * handler (lib/kafka/handler/multi-vpc) calls UpdateConnectivity when the setting is off and
 * reports done once the cluster is ACTIVE with it on (a rolling broker update, 30 minutes or
 * more, within the Provider's 2-hour limit). Idempotent: a cluster that has it is left alone.
 */
export class MskMultiVpcConnectivity extends Construct {
  /** The custom resource: depend on it before creating anything that connects across VPCs. */
  public readonly resource: CustomResource;

  constructor(scope: Construct, id: string, props: MskMultiVpcConnectivityProps) {
    super(scope, id);
    const stack = Stack.of(this);

    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Turn on MSK multi-VPC connectivity of the ${stack.region} Kafka cluster after it is created`,
    });
    const logGroup = new logs.LogGroup(this, 'Logs', { encryptionKey: props.logKey, retention: props.logRetention, removalPolicy: RemovalPolicy.RETAIN });
    const policy = new iam.ManagedPolicy(this, 'Policy', {
      description: 'Describe the Kafka cluster, update its connectivity, write the handlers\' own logs',
      roles: [role],
      statements: [
        new iam.PolicyStatement({ actions: ['kafka:DescribeClusterV2', 'kafka:UpdateConnectivity'], resources: [props.clusterArn] }),
        // UpdateConnectivity creates the cluster's multi-VPC endpoint service on its behalf.
        new iam.PolicyStatement({ actions: ['ec2:DescribeVpcEndpointServices'], resources: ['*'] }),
        new iam.PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn, `${logGroup.logGroupArn}:log-stream:*`] }),
      ],
    });
    acknowledgeOwnLogStreams(policy, logGroup,
      'Log stream names are chosen by Lambda at run time; the grant is limited to streams of these functions\' own log group.');
    acknowledgeNag(policy, 'AwsSolutions', 'IAM5[Resource::*]',
      'ec2:DescribeVpcEndpointServices supports no resource-level permission (Service Authorization Reference); it only reads.');

    const handler = (name: string, entry: string, description: string) => {
      const fn = new lambda.Function(this, name, {
        description,
        runtime: lambda.Runtime.NODEJS_24_X,
        handler: `index.${entry}`,
        code: lambda.Code.fromAsset(path.join(__dirname, 'handler', 'multi-vpc')),
        role,
        logGroup,
        timeout: Duration.minutes(1),
        memorySize: 256,
      });
      fn.node.addDependency(policy);
      acknowledgeDeployTimeLambda(fn, {
        concurrency:
          'Runs only while CloudFormation deploys the region stack, a few invocations; reserving concurrency would take capacity from the account\'s pool for nothing.',
        dlq:
          'Invoked by the custom-resource Provider, which retries and reports failures to CloudFormation; a failed call fails the deployment visibly.',
        insideVpc:
          'Calls only the MSK control-plane API at deploy time and never reaches a broker or workload; a VPC adds network plumbing for no isolation gain.',
      });
      return fn;
    };
    const onEvent = handler('OnEvent', 'onEvent', 'Turns on MSK multi-VPC connectivity (IAM) when it is off');
    const isComplete = handler('IsComplete', 'isComplete', 'Reports when the MSK cluster is ACTIVE with multi-VPC connectivity on');

    // The framework's functions run as a role of ours, without the AWS-managed basic execution
    // policy: they write only to the same log group.
    const frameworkRole = (id: string, what: string) => new iam.Role(this, id, {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `CDK custom-resource Provider framework (${what}) of the ${stack.region} Kafka cluster's connectivity step`,
    });
    const onEventRole = frameworkRole('FrameworkOnEventRole', 'onEvent');
    const waiterRole = frameworkRole('FrameworkWaiterRole', 'isComplete and onTimeout');
    const frameworkLogs = new iam.ManagedPolicy(this, 'FrameworkLogs', {
      description: 'Provider framework: write its own log group',
      roles: [onEventRole, waiterRole],
      statements: [new iam.PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn, `${logGroup.logGroupArn}:log-stream:*`] })],
    });
    acknowledgeOwnLogStreams(frameworkLogs, logGroup,
      'Log stream names are chosen by Lambda at run time; the grant is limited to streams of this construct\'s own log group.');
    const provider = new cr.Provider(this, 'Provider', {
      onEventHandler: onEvent,
      isCompleteHandler: isComplete,
      queryInterval: Duration.minutes(1),
      totalTimeout: Duration.hours(2),
      logGroup,
      frameworkOnEventRole: onEventRole,
      frameworkCompleteAndTimeoutRole: waiterRole,
      disableWaiterStateMachineLogging: false,
      waiterStateMachineLogOptions: { destination: logGroup, includeExecutionData: false, level: sfn.LogLevel.ALL },
    });
    // What the Provider framework generates and does not let us change.
    const handlerId = (fn: lambda.Function) => stack.getLogicalId(fn.node.defaultChild as lambda.CfnFunction);
    for (const fn of [onEvent, isComplete]) {
      acknowledgeNag(this, 'AwsSolutions', `IAM5[Resource::<${handlerId(fn)}.Arn>:*]`,
        'The Provider framework may invoke any version of this handler (lambda:InvokeFunction on the function ARN and its qualifiers).');
    }
    for (const name of ['framework-isComplete', 'framework-onTimeout']) {
      const fn = provider.node.findChild(name) as lambda.Function;
      acknowledgeNag(this, 'AwsSolutions', `IAM5[Resource::<${handlerId(fn)}.Arn>:*]`,
        'The waiter state machine may invoke any version of the Provider framework\'s own function.');
    }
    acknowledgeNag(provider.node.findChild('waiter-state-machine'), 'AwsSolutions', 'IAM5[Resource::*]',
      'Step Functions logging to CloudWatch Logs needs the log-delivery actions (logs:CreateLogDelivery, GetLogDelivery, ListLogDeliveries, PutResourcePolicy, DescribeLogGroups …), which take no resource-level permission.');
    acknowledgeNag(this, 'AwsSolutions', 'SF2',
      'The Provider framework\'s waiter state machine offers no X-Ray tracing option; it only polls isComplete, and every execution is logged (level ALL) to the construct\'s log group.');
    for (const pack of ['HIPAA.Security', 'NIST.800.53.R5', 'PCI.DSS.321'] as const) {
      acknowledgeNag(this, pack, 'IAMNoInlinePolicy',
        'The Provider framework attaches its invoke grants (its own functions, the handlers, the waiter) to the framework role and the waiter role as their default policies.');
      acknowledgeNag(this, pack, 'LambdaInsideVPC',
        'The Provider framework\'s functions only invoke the handlers and the waiter at deploy time; they reach no workload.');
    }
    for (const pack of ['HIPAA.Security', 'NIST.800.53.R5'] as const) {
      acknowledgeNag(this, pack, 'LambdaConcurrency',
        'The Provider framework\'s functions run only while CloudFormation deploys the stack; reserving concurrency would take capacity for nothing.');
      acknowledgeNag(this, pack, 'LambdaDLQ',
        'The Provider framework answers CloudFormation itself and fails the deployment on error; a dead-letter queue would hold events nobody replays.');
    }
    this.resource = new CustomResource(this, 'Resource', {
      serviceToken: provider.serviceToken,
      resourceType: 'Custom::MskMultiVpcConnectivity',
      properties: { ClusterArn: props.clusterArn },
    });
  }
}
