import * as eks from 'aws-cdk-lib/aws-eks-v2';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { PlatformConfig, RegionConfig, serviceAccountName, serviceNamespace, serviceRoleName } from '../config';
import { workloadIdentity } from '../core/pod-identity';

/** Props of {@link ServiceIdentities}. */
export interface ServiceIdentitiesProps {
  readonly config: PlatformConfig;
  readonly region: RegionConfig;
  /** The cluster the services run in. */
  readonly cluster: eks.ICluster;
}

/**
 * One IAM role per platform service in this region, handed to the service's pods by EKS Pod
 * Identity (an association for the service's derived namespace and service account): the
 * service's AWS identity. The roles start with no permissions; whoever needs a service to reach
 * something attaches a customer-managed policy to its role (published as the `SERVICE_ROLES` fact).
 *
 * Role names are derived (`serviceRoleName`), so other stacks and systems name a service's role
 * without a deploy-time value: the Atlas stack's database users are these ARNs (AWS IAM
 * authentication, no passwords).
 */
export class ServiceIdentities extends Construct {
  /** The roles, by service name. */
  public readonly roles: Record<string, iam.Role> = {};
  /** The Pod Identity associations, by service name. */
  public readonly associations: Record<string, eks.CfnPodIdentityAssociation> = {};

  constructor(scope: Construct, id: string, props: ServiceIdentitiesProps) {
    super(scope, id);
    const { config, region } = props;
    for (const service of config.services) {
      const namespace = serviceNamespace(service);
      const account = serviceAccountName(service);
      const identity = workloadIdentity(this, {
        key: service.name,
        cluster: props.cluster,
        namespace,
        serviceAccount: account,
        roleName: serviceRoleName(config, region, service),
        description: `${service.name} pods (${namespace}/${account}) in ${region.name}, through EKS Pod Identity`,
      });
      this.roles[service.name] = identity.role;
      this.associations[service.name] = identity.association;
    }
  }
}
