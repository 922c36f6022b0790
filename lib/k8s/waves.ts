import { ApiObject } from 'cdk8s';

/**
 * Argo CD sync waves, by kind: namespaces first, then policies (deny before anything runs),
 * secret stores, secrets, then workloads and their routing. Custom resources also get
 * `SkipDryRunOnMissingResource`, so a cluster whose operator (and CRD) is still being installed
 * retries instead of failing the whole sync. Applied to every rendered object in one place
 * ({@link applySyncWaves}), so charts don't set waves themselves.
 */
export const SYNC_WAVES: Readonly<Record<string, number>> = {
  Namespace: -10,
  // Before the Kafka node pools' claims are made (they name it).
  StorageClass: -10,
  // Argo CD objects on the hub: the project and the cluster registrations before the ApplicationSets.
  AppProject: -5,
  Secret: -5,
  ServiceAccount: -5,
  Role: -5,
  RoleBinding: -5,
  NetworkPolicy: -5,
  PeerAuthentication: -4,
  AuthorizationPolicy: -4,
  // Proxy egress scope (e.g. Atlas clients' pass-through) before the workloads whose proxies use it.
  Sidecar: -4,
  ClusterSecretStore: -3,
  SecretStore: -3,
  ExternalSecret: -2,
  ConfigMap: -2,
  DestinationRule: -1,
  // everything else: 0 (Deployments, Services, HPAs, PDBs, VirtualServices, Gateways …)
};

/** API groups served by Kubernetes itself; anything else comes from a CRD. */
const CORE_GROUPS = new Set(['', 'apps', 'autoscaling', 'policy', 'networking.k8s.io', 'rbac.authorization.k8s.io', 'batch', 'storage.k8s.io']);

/** Sets the sync-wave (and, for custom resources, the dry-run) annotations on `obj`. */
export function applySyncWaves(obj: ApiObject): void {
  const wave = SYNC_WAVES[obj.kind] ?? 0;
  if (wave !== 0) obj.metadata.addAnnotation('argocd.argoproj.io/sync-wave', String(wave));
  const group = obj.apiVersion.includes('/') ? obj.apiVersion.split('/')[0] : '';
  if (!CORE_GROUPS.has(group)) {
    obj.metadata.addAnnotation('argocd.argoproj.io/sync-options', 'SkipDryRunOnMissingResource=true');
  }
}
