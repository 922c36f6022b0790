import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';

/**
 * A role that EKS Pod Identity can hand to a Kubernetes service account: trusted by
 * `pods.eks.amazonaws.com` (AssumeRole + TagSession), only from this account. Grant it what the
 * workload needs and associate it with the service account; manifests never carry its ARN.
 */
export function podIdentityRole(scope: Construct, id: string, description: string): iam.Role {
  const principal = new iam.PrincipalWithConditions(new iam.ServicePrincipal('pods.eks.amazonaws.com'), {
    StringEquals: { 'aws:SourceAccount': Stack.of(scope).account },
  });
  return new iam.Role(scope, id, {
    assumedBy: new iam.SessionTagsPrincipal(principal),
    description,
  });
}
