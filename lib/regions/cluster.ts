import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as eks from 'aws-cdk-lib/aws-eks-v2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { acknowledgeCfnLint, acknowledgeNag } from '../compliance';
import { attachManagedPolicy, keyUseStatements } from '../core/iam';
import { podIdentityRole } from '../core/pod-identity';

/** One managed node group, as the config describes it. */
export interface NodeGroupSpec {
  readonly name: string;
  readonly instanceTypes: readonly string[];
  readonly minSize: number;
  readonly desiredSize: number;
  readonly maxSize: number;
  readonly capacityType: 'ON_DEMAND' | 'SPOT';
  readonly diskSizeGiB: number;
  readonly labels: Readonly<Record<string, string>>;
}

/** Props of {@link PlatformCluster}. */
export interface PlatformClusterProps {
  /** EKS cluster name (derived in lib/config). */
  readonly clusterName: string;
  /** Kubernetes version, e.g. `1.35`. */
  readonly version: string;
  /** The VPC; nodes and the control-plane ENIs go to its private subnets. */
  readonly vpc: ec2.IVpc;
  /**
   * CIDRs allowed to reach the public API endpoint. Empty: the endpoint is private only.
   * @default [] (private endpoint)
   */
  readonly publicAccessCidrs?: readonly string[];
  /** The customer-managed key that envelope-encrypts Kubernetes secrets. */
  readonly secretsKey: kms.IKey;
  /** The customer-managed key that encrypts node root volumes and EBS CSI volumes. */
  readonly volumeKey: kms.IKey;
  /** The IAM principal given cluster-admin through an access entry. */
  readonly adminPrincipalArn: string;
  /** Managed node groups. */
  readonly nodeGroups: readonly NodeGroupSpec[];
}

/** The managed add-ons every cluster runs, in install order. */
export const MANAGED_ADDONS = ['vpc-cni', 'kube-proxy', 'eks-pod-identity-agent', 'coredns', 'aws-ebs-csi-driver'] as const;

/**
 * An EKS cluster (aws-eks-v2: native CloudFormation, no kubectl Lambda) as this platform runs
 * it: private API endpoint, secrets envelope-encrypted with a customer key, all control-plane log
 * types, access entries instead of aws-auth, managed node groups on IMDSv2-only launch templates
 * with encrypted gp3 root volumes, and the managed add-ons the platform relies on.
 */
export class PlatformCluster extends Construct {
  /** The cluster. */
  public readonly cluster: eks.Cluster;
  /** The managed node groups, by config name. */
  public readonly nodeGroups: Record<string, eks.Nodegroup> = {};
  /** The managed add-ons, by add-on name. */
  public readonly addons: Record<string, eks.CfnAddon> = {};

  constructor(scope: Construct, id: string, props: PlatformClusterProps) {
    super(scope, id);
    const publicCidrs = props.publicAccessCidrs ?? [];

    this.cluster = new eks.Cluster(this, 'Cluster', {
      clusterName: props.clusterName,
      version: eks.KubernetesVersion.of(props.version),
      vpc: props.vpc,
      vpcSubnets: [{ subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }],
      endpointAccess:
        publicCidrs.length > 0 ? eks.EndpointAccess.PUBLIC_AND_PRIVATE.onlyFrom(...publicCidrs) : eks.EndpointAccess.PRIVATE,
      secretsEncryptionKey: props.secretsKey,
      clusterLogging: [
        eks.ClusterLoggingTypes.API,
        eks.ClusterLoggingTypes.AUDIT,
        eks.ClusterLoggingTypes.AUTHENTICATOR,
        eks.ClusterLoggingTypes.CONTROLLER_MANAGER,
        eks.ClusterLoggingTypes.SCHEDULER,
      ],
      defaultCapacityType: eks.DefaultCapacityType.NODEGROUP,
      defaultCapacity: 0,
      // Networking add-ons are installed below as managed add-ons, so EKS must not install
      // self-managed copies first.
      bootstrapSelfManagedAddons: false,
      // Whoever runs the deploy gets no implicit admin: cluster-admin is the configured principal.
      bootstrapClusterCreatorAdminPermissions: false,
      outputConfigCommand: false,
    });

    acknowledgeManagedPolicy(this.cluster.role, 'AmazonEKSClusterPolicy',
      'EKS requires this AWS-managed policy on the cluster service role; AWS versions it together with the control plane, and a copy would drift from what EKS calls.');
    acknowledgeCfnLint(this.cluster.node.defaultChild!, 'W9009',
      'aws-eks-v2 writes EncryptionConfig.Resources = [secrets], which the EKS API still requires to envelope-encrypt Kubernetes secrets with the platform key.');

    this.cluster.grantAccess('Admin', props.adminPrincipalArn, [
      eks.AccessPolicy.fromAccessPolicyName('AmazonEKSClusterAdminPolicy', { accessScopeType: eks.AccessScopeType.CLUSTER }),
    ]);

    // Add-ons that must run before nodes can join (CNI, kube-proxy, Pod Identity agent).
    const before = ['vpc-cni', 'kube-proxy', 'eks-pod-identity-agent'].map((name) => this.addAddon(name));
    this.addons['vpc-cni'].configurationValues = JSON.stringify({ enableNetworkPolicy: 'true' });

    const nodeRole = this.nodeRole();
    for (const spec of props.nodeGroups) {
      const ng = this.cluster.addNodegroupCapacity(spec.name, {
        nodegroupName: spec.name,
        instanceTypes: spec.instanceTypes.map((t) => new ec2.InstanceType(t)),
        minSize: spec.minSize,
        desiredSize: spec.desiredSize,
        maxSize: spec.maxSize,
        capacityType: spec.capacityType === 'SPOT' ? eks.CapacityType.SPOT : eks.CapacityType.ON_DEMAND,
        amiType: eks.NodegroupAmiType.AL2023_X86_64_STANDARD,
        labels: { ...spec.labels, 'platform/node-group': spec.name },
        nodeRole,
        subnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
        launchTemplateSpec: this.launchTemplate(spec, props.volumeKey),
        enableNodeAutoRepair: true,
      });
      before.forEach((addon) => ng.node.addDependency(addon));
      this.nodeGroups[spec.name] = ng;
    }

    // Add-ons that schedule pods need nodes first, or they stay degraded and the stack times out.
    const after = [this.addAddon('coredns'), this.addAddon('aws-ebs-csi-driver', this.ebsCsiRole(props.volumeKey))];
    for (const addon of after) Object.values(this.nodeGroups).forEach((ng) => addon.node.addDependency(ng));
  }

  /** A managed add-on; with `role`, its service account gets that role through Pod Identity. */
  private addAddon(name: string, role?: iam.IRole): eks.CfnAddon {
    const addon = new eks.CfnAddon(this, `Addon-${name}`, {
      clusterName: this.cluster.clusterName,
      addonName: name,
      resolveConflicts: 'OVERWRITE',
      podIdentityAssociations: role
        ? [{ serviceAccount: EBS_CSI_SERVICE_ACCOUNT, roleArn: role.roleArn }]
        : undefined,
    });
    this.addons[name] = addon;
    return addon;
  }

  /** The node role shared by every managed node group. */
  private nodeRole(): iam.Role {
    const role = new iam.Role(this, 'NodeRole', {
      assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'),
      description: 'EKS managed node group instances (kubelet): join the cluster, pull images',
      managedPolicies: [
        iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonEKSWorkerNodePolicy'),
        iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonEC2ContainerRegistryPullOnly'),
        iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonEKS_CNI_Policy'),
      ],
    });
    acknowledgeManagedPolicy(role, 'AmazonEKSWorkerNodePolicy',
      'The kubelet needs exactly what this AWS-managed policy grants to join the cluster; AWS keeps it in step with new EKS node features.');
    acknowledgeManagedPolicy(role, 'AmazonEC2ContainerRegistryPullOnly',
      'Nodes pull images from ECR (EKS add-on images and the platform images); this AWS-managed policy is read-only and is the narrowest one AWS offers for pulls.');
    acknowledgeManagedPolicy(role, 'AmazonEKS_CNI_Policy',
      'The VPC CNI (aws-node, host network) assigns pod IPs from ENIs; AWS maintains this policy with the CNI releases the managed add-on installs.');
    return role;
  }

  /**
   * IMDSv2 only, hop limit 1 (Control Tower CT.EC2.PR.2): pods get AWS credentials through EKS Pod
   * Identity, not the node role, and the Load Balancer Controller finds its VPC by tag instead of
   * asking IMDS (see VPC_CLUSTER_TAG); detailed monitoring on (CT.EC2.PR.10); encrypted gp3 root.
   */
  private launchTemplate(spec: NodeGroupSpec, volumeKey: kms.IKey): eks.LaunchTemplateSpec {
    const lt = new ec2.LaunchTemplate(this, `LaunchTemplate-${spec.name}`, {
      requireImdsv2: true,
      httpPutResponseHopLimit: 1,
      detailedMonitoring: true,
      httpTokens: ec2.LaunchTemplateHttpTokens.REQUIRED,
      blockDevices: [
        {
          deviceName: '/dev/xvda',
          volume: ec2.BlockDeviceVolume.ebs(spec.diskSizeGiB, {
            volumeType: ec2.EbsDeviceVolumeType.GP3,
            encrypted: true,
            kmsKey: volumeKey,
            deleteOnTermination: true,
          }),
        },
      ],
    });
    return { id: lt.launchTemplateId!, version: lt.latestVersionNumber };
  }

  /** The EBS CSI driver's role: AWS's managed driver policy plus use of the volume key. */
  private ebsCsiRole(volumeKey: kms.IKey): iam.Role {
    const role = podIdentityRole(this, 'EbsCsiRole', `EBS CSI driver (${EBS_CSI_SERVICE_ACCOUNT}) through EKS Pod Identity`);
    role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AmazonEBSCSIDriverPolicy'));
    acknowledgeManagedPolicy(role, 'service-role/AmazonEBSCSIDriverPolicy',
      'The EBS CSI managed add-on documents this AWS-managed policy as its permission set; it scopes volume and snapshot actions by the CSI tags, and AWS updates it with the driver.');
    attachManagedPolicy(this, 'EbsCsiKeyPolicy', {
      description: 'EBS CSI driver: encrypt persistent volumes with the platform volume key',
      roles: [role],
      statements: keyUseStatements(volumeKey),
    });
    return role;
  }
}

/** Acknowledges AwsSolutions-IAM4 for one AWS-managed policy on `role`, with its reason. */
function acknowledgeManagedPolicy(role: iam.IRole, policyName: string, reason: string): void {
  acknowledgeNag(role, 'AwsSolutions', `IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/${policyName}]`, reason);
}

/** The service account the EBS CSI controller runs as. */
export const EBS_CSI_SERVICE_ACCOUNT = 'ebs-csi-controller-sa';
