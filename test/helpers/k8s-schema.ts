/**
 * Schema validation of rendered Kubernetes manifests (the plain objects of
 * `Testing.synth(chart)` / `chart.toJson()`), offline:
 *
 * - custom resources are checked against the `openAPIV3Schema` of the matching CRD version in
 *   `crds/`, with unknown fields rejected (`k8s-schema-crd.ts`);
 * - built-in kinds are checked with the `kubernetes-models` validators plus an unknown-field
 *   check, which kubernetes-models does not do (`k8s-schema-core.ts`);
 * - anything else fails with "no schema for …", so a typo in `kind` or `apiVersion` cannot slip
 *   through unvalidated;
 * - every object's metadata gets the same light check: a name, string-valued labels and
 *   annotations, well-formed label keys and values.
 *
 * Validators are built on first use and cached, so a test file pays only for the kinds it renders;
 * a custom resource's validator is compiled per manifest shape from the part of the CRD schema
 * that the manifest reaches (`k8s-schema-prune.ts`), not from the whole schema.
 */
import { crdValidatorFor } from './k8s-schema-crd';
import { SchemaIssue, isCoreKind, validateCoreKind } from './k8s-schema-core';
import { isPlainObject, manifestId } from './manifests';

export { CRD_DIR, listCustomResourceTypes } from './k8s-schema-crd';
export type { CustomResourceType } from './k8s-schema-crd';
export { manifestId } from './manifests';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

/**
 * Validates one rendered manifest. Returns the problems as `path: message` strings (dotted path
 * such as `spec.http[0].route`), or [] when the manifest is valid.
 */
export function validateManifest(manifest: unknown): string[] {
  if (!isPlainObject(manifest)) {
    return ['manifest must be an object'];
  }
  const { apiVersion, kind } = manifest;
  if (typeof apiVersion !== 'string' || !apiVersion || typeof kind !== 'string' || !kind) {
    return ['apiVersion and kind must be non-empty strings'];
  }
  const issues = metadataIssues(manifest.metadata);
  const crd = crdValidatorFor(apiVersion, kind);
  if (crd.found) {
    if ('error' in crd) {
      return [crd.error];
    }
    issues.push(...crd.validate(manifest));
  } else if (isCoreKind(apiVersion, kind)) {
    issues.push(...validateCoreKind(manifest));
  } else {
    return [`no schema for ${apiVersion} ${kind}: not a built-in kind known to kubernetes-models and not in a vendored CRD (crds/)`];
  }
  // Sorted by path, so the output does not depend on key order in the manifest.
  const sorted = [...issues].sort((a, b) => compare(a.path, b.path) || compare(a.message, b.message));
  return unique(sorted.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)));
}

/**
 * Validates many manifests. Each problem is prefixed with the object it belongs to
 * (`Deployment/ns/name: spec.replicas: must be integer`).
 */
export function validateManifests(manifests: readonly unknown[]): string[] {
  return manifests.flatMap((m) => validateManifest(m).map((problem) => `${manifestId(m)}: ${problem}`));
}

/**
 * Throws one error listing every problem when any manifest is invalid; for jest tests
 * (`expectValidManifests(Testing.synth(chart))`).
 */
export function expectValidManifests(manifests: readonly unknown[]): void {
  const problems = validateManifests(manifests);
  if (problems.length > 0) {
    throw new Error(`${problems.length} schema problem(s) in rendered manifests:\n  - ${problems.join('\n  - ')}`);
  }
}

function metadataIssues(metadata: unknown): SchemaIssue[] {
  if (!isPlainObject(metadata)) {
    return [{ path: '', message: 'missing required field "metadata"' }];
  }
  const issues: SchemaIssue[] = [];
  const { name, namespace, labels, annotations } = metadata;
  if (typeof name !== 'string' || !name) {
    issues.push({ path: 'metadata', message: 'missing required field "name"' });
  } else if (name.length > 253) {
    issues.push({ path: 'metadata.name', message: 'must be at most 253 characters' });
  }
  if (namespace !== undefined && (typeof namespace !== 'string' || namespace.length > 63 || !DNS_LABEL.test(namespace))) {
    issues.push({ path: 'metadata.namespace', message: 'must be a DNS-1123 label' });
  }
  issues.push(...stringMapIssues('metadata.labels', labels, true));
  issues.push(...stringMapIssues('metadata.annotations', annotations, false));
  return issues;
}

function stringMapIssues(at: string, value: unknown, isLabels: boolean): SchemaIssue[] {
  if (value === undefined) {
    return [];
  }
  if (!isPlainObject(value)) {
    return [{ path: at, message: 'must be a map of strings' }];
  }
  const issues: SchemaIssue[] = [];
  for (const [key, v] of Object.entries(value)) {
    if (typeof v !== 'string') {
      issues.push({ path: `${at}.${key}`, message: 'must be a string' });
    } else if (isLabels && !validLabelValue(v)) {
      issues.push({ path: `${at}.${key}`, message: `invalid label value "${v}" (at most 63 of [A-Za-z0-9-_.], alphanumeric at both ends)` });
    }
    if (!validQualifiedName(key)) {
      issues.push({ path: at, message: `invalid key "${key}" (optional DNS prefix + "/" + name of at most 63 characters)` });
    }
  }
  return issues;
}

function validQualifiedName(key: string): boolean {
  const slash = key.indexOf('/');
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  if (prefix !== undefined && (prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix))) {
    return false;
  }
  return name.length <= 63 && LABEL_NAME.test(name);
}

function validLabelValue(value: string): boolean {
  return value === '' || (value.length <= 63 && LABEL_NAME.test(value));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
