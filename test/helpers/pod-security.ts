/**
 * Pod Security "restricted" and kube-linter default checks for the chart tests. The checks live
 * in lib/compliance/k8s/pod-security.ts (the compliance report runs them too); this module
 * re-exports them and adds the jest-facing assertion.
 */
import { PodSecurityOptions, checkPodSecurity, formatFindings } from '../../lib/compliance/k8s/pod-security';

export * from '../../lib/compliance/k8s/pod-security';

/**
 * Throws one error listing every finding, for jest tests
 * (`expectNoPodSecurityFindings(Testing.synth(chart))`).
 */
export function expectNoPodSecurityFindings(manifests: readonly unknown[], options: PodSecurityOptions = {}): void {
  const findings = checkPodSecurity(manifests, options);
  if (findings.length > 0) {
    throw new Error(`${findings.length} pod security finding(s):\n${formatFindings(findings)}`);
  }
}
