import * as eks from 'aws-cdk-lib/aws-eks-v2';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { ARGOCD_NAMESPACE, PlatformConfig, argocdCapabilityRoleArn, argocdCapabilityRoleName, envPrefix } from '../config';

/** Props of {@link ArgoCdCapability}. */
export interface ArgoCdCapabilityProps {
  readonly config: PlatformConfig;
  /** The hub cluster Argo CD runs on. */
  readonly cluster: eks.ICluster;
}

/**
 * Argo CD on the hub cluster as the EKS managed capability (`AWS::EKS::Capability`, type ARGOCD):
 * AWS runs, patches and scales Argo CD outside the cluster's nodes, users sign in through IAM
 * Identity Center, and the capability reaches every cluster with its IAM role through EKS access
 * entries ({@link grantArgoCdClusterAccess}). No Helm release, no kubectl Lambda in the stack.
 */
export class ArgoCdCapability extends Construct {
  /** The role the capability runs as; its name (and so ARN) is derived from the config. */
  public readonly role: iam.Role;
  /** The capability. */
  public readonly capability: eks.CfnCapability;

  constructor(scope: Construct, id: string, props: ArgoCdCapabilityProps) {
    super(scope, id);
    const { config } = props;
    this.role = new iam.Role(this, 'Role', {
      roleName: argocdCapabilityRoleName(config),
      assumedBy: new iam.SessionTagsPrincipal(new iam.ServicePrincipal('capabilities.eks.amazonaws.com')),
      description: 'EKS managed Argo CD capability: reaches the platform clusters through EKS access entries',
    });
    this.capability = new eks.CfnCapability(this, 'Capability', {
      capabilityName: `${envPrefix(config)}-argocd`,
      clusterName: props.cluster.clusterName,
      type: 'ARGOCD',
      roleArn: this.role.roleArn,
      // Deleting the stack must not delete what Argo CD deployed to the clusters.
      deletePropagationPolicy: 'RETAIN',
      configuration: {
        argoCd: {
          namespace: ARGOCD_NAMESPACE,
          awsIdc: {
            idcInstanceArn: config.gitops.identityCenter.instanceArn,
            idcRegion: config.gitops.identityCenter.region,
          },
          rbacRoleMappings: [
            { role: 'ADMIN', identities: [{ id: config.gitops.identityCenter.adminGroupId, type: 'SSO_GROUP' }] },
          ],
        },
      },
    });
  }
}

/**
 * Lets the Argo CD capability role (by its derived ARN) administer `cluster` through an EKS
 * access entry: Argo CD installs CRDs, webhooks and cluster roles of the operators, so it needs
 * cluster scope. Made in every region's stack, the hub's included.
 */
export function grantArgoCdClusterAccess(cluster: eks.Cluster, config: PlatformConfig): eks.AccessEntry {
  return new eks.AccessEntry(cluster, 'ArgoCdAccess', {
    cluster,
    principal: argocdCapabilityRoleArn(config),
    accessPolicies: [eks.AccessPolicy.fromAccessPolicyName('AmazonEKSClusterAdminPolicy', { accessScopeType: eks.AccessScopeType.CLUSTER })],
  });
}
