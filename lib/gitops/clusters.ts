import { k8s } from 'cdk8s-plus-33';
import { Construct } from 'constructs';
import { ARGOCD_NAMESPACE, PlatformConfig, RegionConfig, argoProjectName, clusterArn, clusterName, trackedRevision } from '../config';
import { CLUSTER_LABELS, CLUSTER_PARAMS, TARGET_REVISION_ANNOTATION } from '../config/gitops-names';

export { CLUSTER_LABELS, CLUSTER_PARAMS };

/** The labels that select this environment's clusters (and no other project's). */
export function clusterSelector(config: PlatformConfig): Record<string, string> {
  return {
    [CLUSTER_LABELS.secretType]: 'cluster',
    [CLUSTER_LABELS.env]: config.environment,
    [CLUSTER_LABELS.project]: config.project,
  };
}

/**
 * Registers a region's EKS cluster with the managed Argo CD: a `cluster` Secret whose `server` is
 * the cluster ARN, as the EKS capability requires (it does not accept API server URLs or
 * `kubernetes.default.svc`). It holds no credentials: the capability authenticates with its IAM
 * role through the cluster's EKS access entry, which CDK makes. `project` scopes the cluster to the
 * platform's AppProject, which only permits project-scoped clusters.
 */
export function clusterSecret(scope: Construct, config: PlatformConfig, region: RegionConfig): k8s.KubeSecret {
  const name = clusterName(config, region);
  return new k8s.KubeSecret(scope, `Cluster-${region.name}`, {
    metadata: {
      name,
      namespace: ARGOCD_NAMESPACE,
      labels: { ...clusterSelector(config), [CLUSTER_LABELS.region]: region.name },
      annotations: { [TARGET_REVISION_ANNOTATION]: trackedRevision(config, region) },
    },
    type: 'Opaque',
    stringData: {
      name,
      server: clusterArn(config, region),
      project: argoProjectName(config),
    },
  });
}

/** A Helm repository in an OCI registry: no `https://` scheme (e.g. `ghcr.io/kserve/charts`). */
export function isOciRepository(repoURL: string): boolean {
  return !repoURL.startsWith('https://');
}

/**
 * The repository URL an Application names for a Helm chart. OCI registries are written without a
 * scheme and declared with `enableOCI` ({@link ociRepositorySecret}); an `oci://` prefix in the
 * config is dropped so both spellings mean the same repository.
 */
export function helmRepoURL(repoURL: string): string {
  return repoURL.replace(/^oci:\/\//, '');
}

/**
 * Declares a public OCI Helm registry to Argo CD (`type: helm`, `enableOCI`), which Argo CD needs
 * before it can pull charts from it. No credentials: the registries the platform uses are public.
 */
export function ociRepositorySecret(scope: Construct, config: PlatformConfig, repoURL: string): k8s.KubeSecret {
  const url = helmRepoURL(repoURL);
  const name = `repo-${url.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')}`;
  return new k8s.KubeSecret(scope, `Repository-${name}`, {
    metadata: {
      name,
      namespace: ARGOCD_NAMESPACE,
      labels: { [CLUSTER_LABELS.secretType]: 'repository' },
    },
    type: 'Opaque',
    stringData: {
      name,
      url,
      type: 'helm',
      enableOCI: 'true',
      project: argoProjectName(config),
    },
  });
}
