/**
 * Sync settings shared by every Application the platform renders (the root app and the ones its
 * ApplicationSets generate), so they retry and heal the same way.
 */

/**
 * Automated sync that also deletes what left git and undoes manual drift: git is the only way to
 * change a cluster.
 */
export const AUTOMATED_SYNC = { prune: true, selfHeal: true } as const;

/**
 * Retry of a failed sync: 30 s doubling up to 10 min, 10 attempts (about an hour). Long enough to
 * outlast the first install of a cluster, where custom resources wait for their operator's CRD
 * (another Application) to land; bounded so that a real error stops and shows.
 */
export const SYNC_RETRY = {
  limit: 10,
  backoff: { duration: '30s', factor: 2, maxDuration: '10m' },
} as const;

/** Server-side apply: the operators' CRDs are too big for client-side apply's annotation. */
export const SERVER_SIDE_APPLY = 'ServerSideApply=true';

/** Namespace of Kubernetes' own objects; cluster add-ons and some charts put objects there. */
export const KUBE_SYSTEM_NAMESPACE = 'kube-system';

/**
 * Destination namespace of the per-cluster workloads Application. Every rendered namespaced
 * object names its own namespace; this only has to be one the project permits. An object
 * rendered without a namespace would land here, visibly out of place.
 */
export const DEFAULT_NAMESPACE = 'default';
