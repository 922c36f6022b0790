import type * as eks from 'aws-cdk-lib/aws-eks-v2';
import type * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { PlatformConfig, RegionConfig, serviceRoleName, streamJobNamespace } from '../config';
import { workloadIdentity } from '../core/pod-identity';

/** Props of {@link StreamJobIdentities}. */
export interface StreamJobIdentitiesProps {
  readonly config: PlatformConfig;
  readonly region: RegionConfig;
  /** The cluster the jobs run in. */
  readonly cluster: eks.ICluster;
}

/**
 * One IAM role per stream job in this region, handed to its pods by EKS Pod Identity (namespace
 * and service account: the job's name). It starts empty; the Kafka layer attaches the job's MSK
 * and Glue policy to it (published as the `STREAM_JOB_ROLES` fact), exactly as for a service.
 */
export class StreamJobIdentities extends Construct {
  /** The roles, by job name. */
  public readonly roles: Record<string, iam.Role> = {};

  constructor(scope: Construct, id: string, props: StreamJobIdentitiesProps) {
    super(scope, id);
    const { config, region } = props;
    for (const job of config.streams.jobs) {
      const namespace = streamJobNamespace(job);
      this.roles[job.name] = workloadIdentity(this, {
        key: job.name,
        cluster: props.cluster,
        namespace,
        serviceAccount: namespace,
        roleName: serviceRoleName(config, region, job),
        description: `stream job ${job.name} (${namespace}/${namespace}) in ${region.name}, through EKS Pod Identity`,
      }).role;
    }
  }
}
