import { Stack } from 'aws-cdk-lib';
import * as eks from 'aws-cdk-lib/aws-eks-v2';
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

/** Props of {@link workloadIdentity}. */
export interface WorkloadIdentityProps {
  /** The cluster whose pods get the role. */
  readonly cluster: eks.ICluster;
  /** Namespace of the service account. */
  readonly namespace: string;
  /** The service account its pods run as. */
  readonly serviceAccount: string;
  /** The role's derived name (`serviceRoleName`), so other stacks name it without a deploy-time value. */
  readonly roleName: string;
  /** The role's description. */
  readonly description: string;
  /**
   * Suffix of the construct ids (`Role-<key>`, `Association-<key>`), when `scope` holds several
   * identities. Construct ids of the role are an API (its logical id). @default - `Role`, `Association`
   */
  readonly key?: string;
}

/** A workload's identity: its role and the association that hands the role to its pods. */
export interface WorkloadIdentity {
  readonly role: iam.Role;
  readonly association: eks.CfnPodIdentityAssociation;
}

/**
 * A workload's AWS identity through EKS Pod Identity: a {@link podIdentityRole} under a derived
 * name, starting empty (whoever grants the workload something attaches a policy to it), and its
 * association with the workload's service account. The shape of every Kafka principal (services,
 * stream jobs, the feature archiver): one role per principal, named so the Kafka layer finds it.
 */
export function workloadIdentity(scope: Construct, props: WorkloadIdentityProps): WorkloadIdentity {
  const suffix = props.key === undefined ? '' : `-${props.key}`;
  const role = podIdentityRole(scope, `Role${suffix}`, props.description);
  (role.node.defaultChild as iam.CfnRole).roleName = props.roleName;
  const association = new eks.CfnPodIdentityAssociation(scope, `Association${suffix}`, {
    clusterName: props.cluster.clusterName,
    namespace: props.namespace,
    serviceAccount: props.serviceAccount,
    roleArn: role.roleArn,
  });
  return { role, association };
}
