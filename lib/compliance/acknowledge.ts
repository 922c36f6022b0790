import { Stack, Token, Validations } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/** The cdk-nag packs that gate every synth, by their plugin names. */
export const NAG_PACK_NAMES = ['AwsSolutions', 'HIPAA.Security', 'NIST.800.53.R5', 'PCI.DSS.321'] as const;

/** One of {@link NAG_PACK_NAMES}. */
export type NagPackName = (typeof NAG_PACK_NAMES)[number];

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
export function acknowledgeNag(scope: IConstruct, pack: NagPackName, rule: string, reason: string): void {
  Validations.of(scope).acknowledge({ id: `${pack}::${pack}-${rule}`, reason });
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
