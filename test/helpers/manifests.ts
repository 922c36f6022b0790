/**
 * Small helpers shared by the manifest checks; they live in lib/compliance/k8s/manifests.ts
 * (the compliance report uses them too).
 */
export * from '../../lib/compliance/k8s/manifests';
