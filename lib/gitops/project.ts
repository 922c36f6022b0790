import { Construct } from 'constructs';
import { ARGOCD_NAMESPACE, PlatformConfig, argoProjectName, clusterArn, serviceNamespace } from '../config';
import { AppProject } from '../imports/argocd-appproject-argoproj.io';
import { helmRepoURL } from './clusters';
import { DEFAULT_NAMESPACE, KUBE_SYSTEM_NAMESPACE } from './sync';

/** A cluster-scoped kind the platform may create, and which component needs it. */
export interface ClusterScopedKind {
  /** API group (`''` for the core group). */
  readonly group: string;
  readonly kind: string;
  /** Who creates objects of this kind: the reason it is allowed. */
  readonly neededBy: string;
}

/**
 * The only cluster-scoped kinds Argo CD may create or change for the platform. Anything else
 * (PriorityClass, StorageClass, APIService, ClusterIssuer, IngressClass, …) fails the sync
 * instead of silently changing the whole cluster; add it here, with its reason, when a layer
 * needs it.
 */
export const CLUSTER_SCOPED_KINDS: readonly ClusterScopedKind[] = [
  { group: '', kind: 'Namespace', neededBy: 'the per-cluster manifests (one namespace per service and layer) and CreateNamespace of the operators' },
  { group: 'apiextensions.k8s.io', kind: 'CustomResourceDefinition', neededBy: 'every operator chart ships its CRDs' },
  { group: 'rbac.authorization.k8s.io', kind: 'ClusterRole', neededBy: 'every operator watches its resources in all namespaces' },
  { group: 'rbac.authorization.k8s.io', kind: 'ClusterRoleBinding', neededBy: 'binds the operators’ ClusterRoles to their service accounts' },
  {
    group: 'admissionregistration.k8s.io',
    kind: 'MutatingWebhookConfiguration',
    neededBy: 'istiod sidecar injection; cert-manager, Load Balancer Controller, KServe, OpenTelemetry and Prometheus operator webhooks',
  },
  {
    group: 'admissionregistration.k8s.io',
    kind: 'ValidatingWebhookConfiguration',
    neededBy: 'Istio, cert-manager, External Secrets, Load Balancer Controller, KServe, OpenTelemetry and Prometheus operator validation',
  },
  { group: 'external-secrets.io', kind: 'ClusterSecretStore', neededBy: 'the per-cluster store every ExternalSecret reads AWS Secrets Manager through' },
  { group: 'storage.k8s.io', kind: 'StorageClass', neededBy: 'the Kafka layer: encrypted gp3 volumes (the region key, by alias) for the Strimzi node pools' },
  { group: 'serving.kserve.io', kind: 'ClusterServingRuntime', neededBy: 'the kserve chart installs the built-in model runtimes' },
  { group: 'serving.kserve.io', kind: 'ClusterStorageContainer', neededBy: 'the kserve chart installs the default model storage initializer' },
];

/** `workloadNamespaces[i]` must be a namespace name. */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/**
 * Namespaces the platform's Applications may deploy to on every cluster: the operators' (the
 * Load Balancer Controller's is kube-system), the mesh's, every service's, kube-system (cert-manager
 * keeps its leader-election lease there and kube-prometheus-stack its control-plane Services),
 * `default` (the workloads Application's nominal destination) and `extra` (those other layers
 * render into). Sorted, each once.
 *
 * @throws Error naming `workloadNamespaces[i]` when an extra entry is not a namespace name
 */
export function projectNamespaces(config: PlatformConfig, extra: readonly string[] = []): string[] {
  extra.forEach((ns, i) => {
    if (ns.length > 63 || !DNS_LABEL.test(ns)) {
      throw new Error(`workloadNamespaces[${i}]: '${ns}' is not a namespace name (lower-case letters, digits and '-', at most 63)`);
    }
  });
  const namespaces = [
    ...Object.values(config.gitops.operators).map((o) => o.namespace),
    config.mesh.namespace,
    ...config.services.map(serviceNamespace),
    KUBE_SYSTEM_NAMESPACE,
    DEFAULT_NAMESPACE,
    ...extra,
  ];
  return [...new Set(namespaces)].sort();
}

/**
 * The platform's AppProject (`argoProjectName`): the boundary of what its Applications may do.
 *
 * - Sources: this repository and the operators' chart repositories, exactly.
 * - Destinations: each cluster of the environment, by ARN, in {@link projectNamespaces} only (the
 *   hub also in the Argo CD namespace, for the root app); only project-scoped clusters (the
 *   cluster Secrets name this project), so no other registered cluster can be targeted.
 * - Cluster-scoped kinds: {@link CLUSTER_SCOPED_KINDS} only.
 * - Orphaned resources (in those namespaces, not in git) raise a warning.
 */
export function appProject(scope: Construct, config: PlatformConfig, extraNamespaces: readonly string[] = []): AppProject {
  const namespaces = projectNamespaces(config, extraNamespaces);
  const sourceRepos = [...new Set([config.gitops.repoURL, ...Object.values(config.gitops.operators).map((o) => helmRepoURL(o.repoURL))])];
  return new AppProject(scope, 'Project', {
    metadata: { name: argoProjectName(config), namespace: ARGOCD_NAMESPACE },
    spec: {
      description: `${config.project} ${config.environment}: operators and workloads of every cluster, from ${config.gitops.repoURL}`,
      sourceRepos,
      destinations: config.regions.flatMap((region) =>
        [...namespaces, ...(region.hub ? [ARGOCD_NAMESPACE] : [])].map((namespace) => ({ server: clusterArn(config, region), namespace })),
      ),
      permitOnlyProjectScopedClusters: true,
      clusterResourceWhitelist: CLUSTER_SCOPED_KINDS.map(({ group, kind }) => ({ group, kind })),
      orphanedResources: { warn: true },
    },
  });
}
