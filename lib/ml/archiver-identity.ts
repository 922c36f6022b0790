import * as eks from 'aws-cdk-lib/aws-eks-v2';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { PlatformConfig, RegionConfig, featureArchiver, serviceRoleName } from '../config';
import { workloadIdentity } from '../core/pod-identity';

/** Props of {@link FeatureArchiverIdentity}. */
export interface FeatureArchiverIdentityProps {
  readonly config: PlatformConfig;
  readonly region: RegionConfig;
  /** The cluster the archiver runs in. */
  readonly cluster: eks.ICluster;
}

/**
 * The feature archiver's IAM role in the region stack (hub only), handed to its pods by EKS Pod
 * Identity (`<ml namespace>/feature-archiver`), under a derived name. It starts empty: the Kafka
 * layer attaches the archiver's MSK and Glue policy (read its topics in its group), and the ML
 * stack attaches the S3 write under the offline prefix, finding the role by that name. In the
 * region stack, not the ML stack, because the MSK policy is made there and the ML stack deploys
 * after it.
 */
export class FeatureArchiverIdentity extends Construct {
  /** The role, by principal name (empty where the archiver does not run). */
  public readonly roles: Record<string, iam.Role> = {};

  constructor(scope: Construct, id: string, props: FeatureArchiverIdentityProps) {
    super(scope, id);
    const { config, region } = props;
    const archiver = featureArchiver(config, region);
    if (!archiver) return;
    this.roles[archiver.name] = workloadIdentity(this, {
      cluster: props.cluster,
      namespace: archiver.namespace,
      serviceAccount: archiver.name,
      roleName: serviceRoleName(config, region, archiver),
      description: `feature archiver (${archiver.namespace}/${archiver.name}) in ${region.name}: Kafka to the offline feature store, through EKS Pod Identity`,
    }).role;
  }
}
