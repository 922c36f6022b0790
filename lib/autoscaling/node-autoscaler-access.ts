import { Stack } from 'aws-cdk-lib';
import * as eks from 'aws-cdk-lib/aws-eks-v2';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { acknowledgeNag, nagArn } from '../compliance';
import { CLUSTER_AUTOSCALER_SERVICE_ACCOUNT, PlatformConfig } from '../config';
import { attachManagedPolicy } from '../core/iam';
import { podIdentityRole } from '../core/pod-identity';

/** Props of {@link NodeAutoscalerAccess}. */
export interface NodeAutoscalerAccessProps {
  readonly config: PlatformConfig;
  /** The cluster's name (derived from the config, not a token: it becomes part of a condition key). */
  readonly clusterName: string;
}

/**
 * The Cluster Autoscaler's IAM, through EKS Pod Identity: read the Auto Scaling groups, launch
 * templates and instance types; change the desired capacity or terminate instances only of the
 * groups tagged `k8s.io/cluster-autoscaler/<cluster>` = `owned` (the tag EKS puts on its managed
 * node groups), so it cannot touch any other group of the account.
 */
export class NodeAutoscalerAccess extends Construct {
  public readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: NodeAutoscalerAccessProps) {
    super(scope, id);
    const namespace = props.config.gitops.operators.clusterAutoscaler.namespace;
    const stack = Stack.of(this);
    // Auto Scaling group ARNs: `…:autoScalingGroup:<generated id>:autoScalingGroupName/<name>`.
    const groups = `arn:${stack.partition}:autoscaling:${stack.region}:${stack.account}:autoScalingGroup:*:autoScalingGroupName/*`;
    this.role = podIdentityRole(this, 'Role', `Cluster Autoscaler (${namespace}/${CLUSTER_AUTOSCALER_SERVICE_ACCOUNT}): scale the node groups of ${props.clusterName}`);
    const policy = attachManagedPolicy(this, 'Policy', {
      description: `Cluster Autoscaler: read Auto Scaling groups and instance types; scale only the groups of ${props.clusterName}`,
      roles: [this.role],
      statements: [
        new iam.PolicyStatement({
          actions: [
            'autoscaling:DescribeAutoScalingGroups',
            'autoscaling:DescribeAutoScalingInstances',
            'autoscaling:DescribeLaunchConfigurations',
            'autoscaling:DescribeScalingActivities',
            'autoscaling:DescribeTags',
            'ec2:DescribeImages',
            'ec2:DescribeInstanceTypes',
            'ec2:DescribeLaunchTemplateVersions',
            'ec2:GetInstanceTypesFromInstanceRequirements',
            'eks:DescribeNodegroup',
          ],
          resources: ['*'],
        }),
        new iam.PolicyStatement({
          actions: ['autoscaling:SetDesiredCapacity', 'autoscaling:TerminateInstanceInAutoScalingGroup'],
          resources: [groups],
          conditions: { StringEquals: { [`aws:ResourceTag/k8s.io/cluster-autoscaler/${props.clusterName}`]: 'owned' } },
        }),
      ],
    });
    acknowledgeNag(policy, 'AwsSolutions', 'IAM5[Resource::*]',
      'Auto Scaling, EC2 and EKS Describe actions support no resource-level permissions (Service Authorization Reference); they only read.');
    acknowledgeNag(policy, 'AwsSolutions', `IAM5[Resource::${nagArn(this, groups)}]`,
      'Auto Scaling group ARNs carry a generated id; the statement is limited by the condition aws:ResourceTag/k8s.io/cluster-autoscaler/<cluster> = owned to this cluster\'s managed node groups.');

    new eks.CfnPodIdentityAssociation(this, 'Association', {
      clusterName: props.clusterName,
      namespace,
      serviceAccount: CLUSTER_AUTOSCALER_SERVICE_ACCOUNT,
      roleArn: this.role.roleArn,
    });
  }
}
