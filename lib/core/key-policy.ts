import { Aspects, IAspect } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { IConstruct } from 'constructs';

/**
 * Adds to every customer-managed key under `scope` the key-policy statement AWS Control Tower's
 * CT.KMS.PR.3 asks for: deny `kms:CreateGrant` unless the grant is for an AWS resource or the
 * caller is an AWS service. The services that use the platform's keys (EBS through Auto Scaling,
 * EKS, MSK, RDS, OpenSearch, Secrets Manager, CloudWatch Logs) create their grants for AWS
 * resources; no role of the platform creates a grant for itself.
 */
export function restrictKeyGrantsToAwsServices(scope: IConstruct): void {
  Aspects.of(scope).add(new RestrictKeyGrants());
}

class RestrictKeyGrants implements IAspect {
  public visit(node: IConstruct): void {
    if (!(node instanceof kms.Key)) return;
    node.addToResourcePolicy(new iam.PolicyStatement({
      sid: 'DenyGrantsNotForAwsResources',
      effect: iam.Effect.DENY,
      principals: [new iam.AnyPrincipal()],
      actions: ['kms:CreateGrant'],
      resources: ['*'],
      conditions: { BoolIfExists: { 'kms:GrantIsForAWSResource': 'false', 'aws:PrincipalIsAWSService': 'false' } },
    }));
  }
}
