import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

/**
 * Grants as a customer-managed policy attached to `roles`, not as an inline policy: auditors
 * (NIST AC-6, PCI 7.1.2, HIPAA 164.308(a)(4)) want permissions as named, reusable, reviewable
 * policies. CDK's `grantXxx` helpers write inline policies, so platform roles use this instead.
 */
export function attachManagedPolicy(
  scope: Construct,
  id: string,
  props: { description: string; roles: iam.IRole[]; statements: iam.PolicyStatement[] },
): iam.ManagedPolicy {
  return new iam.ManagedPolicy(scope, id, {
    description: props.description,
    roles: props.roles,
    statements: props.statements,
  });
}

/**
 * Use of one KMS key by an AWS service on the role's behalf (EBS, for example), spelled out
 * action by action (no `kms:ReEncrypt*` wildcards); grants only for AWS resources.
 */
export function keyUseStatements(key: kms.IKey): iam.PolicyStatement[] {
  return [
    new iam.PolicyStatement({
      actions: [
        'kms:Encrypt',
        'kms:Decrypt',
        'kms:ReEncryptFrom',
        'kms:ReEncryptTo',
        'kms:GenerateDataKey',
        'kms:GenerateDataKeyWithoutPlaintext',
        'kms:DescribeKey',
      ],
      resources: [key.keyArn],
    }),
    new iam.PolicyStatement({
      actions: ['kms:CreateGrant'],
      resources: [key.keyArn],
      conditions: { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
    }),
  ];
}
