/**
 * Labels on the Argo CD cluster Secrets. ApplicationSets select the environment's clusters by
 * them and read the region from them; the keys are an API between the Secrets and the templates.
 */
export const CLUSTER_LABELS = {
  /** Marks the Secret as a cluster registration (Argo CD's own label). */
  secretType: 'argocd.argoproj.io/secret-type',
  env: 'platform/env',
  region: 'platform/region',
  project: 'platform/project',
} as const;

/**
 * Tag on each region's VPC naming its EKS cluster: the AWS Load Balancer Controller finds its VPC
 * by this tag (`vpcTags`, chart 3.5.0's alternative to `vpcId` "when your pods are unable to use
 * the metadata service"), since the nodes' IMDS hop limit of 1 keeps pods away from IMDS and a
 * VPC id is a deploy-time value manifests never hold.
 */
export const VPC_CLUSTER_TAG = 'platform/cluster';

/**
 * Go-template expressions (ApplicationSet `goTemplate: true`) for the parameters the cluster
 * generator derives from a cluster Secret. `index` is needed for the region because the label
 * key contains a `/`.
 */
export const CLUSTER_PARAMS = {
  /** The Secret's `name`: the EKS cluster name. */
  name: '{{ .name }}',
  /** The Secret's `server`: the EKS cluster ARN. */
  server: '{{ .server }}',
  /** The region, from the Secret's `platform/region` label. */
  region: `{{ index .metadata.labels "${CLUSTER_LABELS.region}" }}`,
} as const;

/**
 * Annotation on each Argo CD cluster Secret naming the revision its workloads track (a branch
 * name may hold `/`, which a label value may not): `targetRevision` or `release/<env>/<region>`.
 */
export const TARGET_REVISION_ANNOTATION = 'platform/target-revision';

/** The cluster generator's go-template expression for {@link TARGET_REVISION_ANNOTATION}. */
export const TARGET_REVISION_PARAM = `{{ index .metadata.annotations "${TARGET_REVISION_ANNOTATION}" }}`;
