/**
 * Labels of a namespace whose pods run under Pod Security "restricted": enforced at admission,
 * and audited and warned at the same level so kubectl users see why a pod was refused; with
 * `mesh`, Istio sidecar injection too.
 */
export function restrictedNamespaceLabels(options: { readonly mesh: boolean }): Record<string, string> {
  return {
    'pod-security.kubernetes.io/enforce': 'restricted',
    'pod-security.kubernetes.io/enforce-version': 'latest',
    'pod-security.kubernetes.io/audit': 'restricted',
    'pod-security.kubernetes.io/warn': 'restricted',
    ...(options.mesh ? { 'istio-injection': 'enabled' } : {}),
  };
}
