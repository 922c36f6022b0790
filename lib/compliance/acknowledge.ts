import { Stack, Token, Validations } from 'aws-cdk-lib';
import { CfnLogGroup, LogGroup } from 'aws-cdk-lib/aws-logs';
import { IConstruct } from 'constructs';

/** The cdk-nag packs that gate every synth, by their plugin names. */
export const NAG_PACK_NAMES = ['AwsSolutions', 'HIPAA.Security', 'NIST.800.53.R5', 'PCI.DSS.321'] as const;

/** One of {@link NAG_PACK_NAMES}. */
export type NagPackName = (typeof NAG_PACK_NAMES)[number];

/** The fifth CloudFormation gate: AWS Control Tower proactive controls (see control-tower.ts). */
export const CONTROL_TOWER_PACK = 'ControlTower';

/** Every CloudFormation gate whose findings are acknowledged with {@link acknowledgeNag}. */
export const CFN_PACK_NAMES = [...NAG_PACK_NAMES, CONTROL_TOWER_PACK] as const;

/** One of {@link CFN_PACK_NAMES}. */
export type CfnPackName = (typeof CFN_PACK_NAMES)[number];

/**
 * Who answers for an acknowledgement and until when it holds. Both are optional at the call
 * site: the owner defaults to the owner config gives the layer that made the construct
 * (`compliance.owners`, else the environment's `owner`), the review date to
 * `compliance.reviewBy`. An acknowledgement past its review date fails the synth.
 */
export interface AcknowledgementOptions {
  /** A team named in config (`owner` or a value of `compliance.owners`). */
  readonly owner?: string;
  /** `YYYY-MM-DD`: the synth fails once `compliance.asOf` is later. */
  readonly reviewBy?: string;
}

/** Metadata key of the owner and review date given with an acknowledgement. */
export const ACK_TERMS_METADATA_KEY = 'platform:acknowledgement-terms';

/**
 * Acknowledges one granular cdk-nag finding on `scope` (and its children), with the reason.
 *
 * The id is written as `<pack>::<pack>-<rule>[<finding>]`, the form that makes CDK list the
 * finding as *suppressed under that pack* in `cdk.out/validation-report.json`, with the reason
 * and where it was given: the audit trail. Use the granular finding (`IAM4[Policy::…]`), never a
 * whole rule, so a new finding of the same rule still fails the synth.
 *
 * @param rule the rule and finding after the pack prefix, e.g. `IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/X]`
 */
export function acknowledgeNag(scope: IConstruct, pack: CfnPackName, rule: string, reason: string, terms?: AcknowledgementOptions): void {
  const id = `${pack}::${pack}-${rule}`;
  Validations.of(scope).acknowledge({ id, reason });
  if (terms) scope.node.addMetadata(ACK_TERMS_METADATA_KEY, { [id]: terms });
}

/**
 * Acknowledges a Control Tower proactive control on `scope` (and its children).
 *
 * @param control the control id, e.g. `CT.EC2.PR.5`
 */
export function acknowledgeControlTower(scope: IConstruct, control: string, reason: string, terms?: AcknowledgementOptions): void {
  acknowledgeNag(scope, CONTROL_TOWER_PACK, control, reason, terms);
}

/** Why a deploy-time Lambda function goes without reserved concurrency, a dead-letter queue or a VPC. */
export interface DeployTimeLambdaReasons {
  /** HIPAA/NIST LambdaConcurrency. @default - not acknowledged (the function reserves concurrency) */
  readonly concurrency?: string;
  /** HIPAA/NIST LambdaDLQ. */
  readonly dlq: string;
  /** HIPAA/NIST/PCI LambdaInsideVPC (and, carried over, Control Tower CT.LAMBDA.PR.3). */
  readonly insideVpc: string;
}

/**
 * Acknowledges the Lambda rules a deploy-time function (a custom-resource handler, a scheduled
 * exporter) does not meet by design, each with the function's own reason: one call instead of
 * the same two loops in every construct that owns such a function.
 */
export function acknowledgeDeployTimeLambda(fn: IConstruct, reasons: DeployTimeLambdaReasons): void {
  for (const pack of ['HIPAA.Security', 'NIST.800.53.R5'] as const) {
    if (reasons.concurrency !== undefined) acknowledgeNag(fn, pack, 'LambdaConcurrency', reasons.concurrency);
    acknowledgeNag(fn, pack, 'LambdaDLQ', reasons.dlq);
  }
  for (const pack of ['HIPAA.Security', 'NIST.800.53.R5', 'PCI.DSS.321'] as const) acknowledgeNag(fn, pack, 'LambdaInsideVPC', reasons.insideVpc);
}

/**
 * Acknowledges AwsSolutions IAM5 for the `<logGroup>.Arn:log-stream:*` wildcard of a policy that
 * lets a function write its own log group (`logs:CreateLogStream`, `logs:PutLogEvents` on the
 * group and its streams): the finding names the log group's logical id, spelled out here once.
 *
 * @param reason @default - Lambda names the streams; the grant is limited to the function's own group
 */
export function acknowledgeOwnLogStreams(
  policy: IConstruct,
  logGroup: LogGroup,
  reason = 'Log stream names are chosen by Lambda at run time; the grant is limited to streams of this function\'s own log group.',
): void {
  const logGroupId = Stack.of(logGroup).getLogicalId(logGroup.node.defaultChild as CfnLogGroup);
  acknowledgeNag(policy, 'AwsSolutions', `IAM5[Resource::<${logGroupId}.Arn>:log-stream:*]`, reason);
}

/**
 * An ARN of `scope`'s stack as cdk-nag writes it in a granular finding (`IAM5[Resource::<arn>]`).
 *
 * With `@aws-cdk/core:enablePartitionLiterals` (cdk.json) a stack whose region is known renders
 * its partition as a literal (`arn:aws:…`), which is what cdk-nag then reports; a stack without
 * a known region renders `{ Ref: AWS::Partition }`, which cdk-nag writes `<AWS::Partition>`.
 * Build the ARN with `Stack.of(scope).partition` (as the policy does) and pass it through here,
 * so the acknowledgement names the finding whichever way the stack renders it.
 */
export function nagArn(scope: IConstruct, arn: string): string {
  const partition = Stack.of(scope).partition;
  return Token.isUnresolved(partition) ? arn.split(partition).join('<AWS::Partition>') : arn;
}

/** Acknowledges a finding of CDK's built-in CloudFormation validation (cfn-lint rule id, e.g. `W3010`). */
export function acknowledgeCfnLint(scope: IConstruct, rule: string, reason: string): void {
  Validations.of(scope).acknowledge({ id: `CloudFormation-Validate::${rule}`, reason });
}

/**
 * Prefix of the annotation that acknowledges a Kubernetes compliance finding on an object:
 * `compliance.platform/acknowledge.<check>: <reason>` (check ids as in the report, e.g.
 * `no-read-only-root-fs`, `netpol-default-deny`).
 */
export const K8S_ACK_ANNOTATION_PREFIX = 'compliance.platform/acknowledge.';

/** Anything with cdk8s `ApiObject` metadata (kept structural so this module does not load cdk8s). */
export interface AnnotatableObject {
  readonly metadata: { addAnnotation(key: string, value: string): void };
}

/**
 * Acknowledges one Kubernetes compliance finding on a rendered object, with the reason: the
 * compliance report lists the row as acknowledged, with the reason, instead of failing. For
 * namespace controls (mTLS, default-deny) acknowledge on the Namespace object.
 *
 * @param check the check id, e.g. `no-read-only-root-fs`
 */
export function acknowledgeManifest(object: AnnotatableObject, check: string, reason: string): void {
  object.metadata.addAnnotation(`${K8S_ACK_ANNOTATION_PREFIX}${check}`, reason);
}
