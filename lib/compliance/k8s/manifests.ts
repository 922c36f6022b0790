/**
 * Small helpers shared by the manifest checks (`pod-security.ts`, the compliance report, and the
 * schema validator in test/helpers/k8s-schema.ts).
 */

/** A JSON object as rendered by cdk8s. */
export type JsonObject = Record<string, unknown>;

/** True for a non-null, non-array object. */
export function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `Kind/namespace/name` (or `Kind/name` for objects without a namespace), for messages. */
export function manifestId(manifest: unknown): string {
  if (!isPlainObject(manifest)) {
    return '<not an object>';
  }
  const metadata = isPlainObject(manifest.metadata) ? manifest.metadata : {};
  const parts = [manifest.kind, metadata.namespace, metadata.name].filter((p) => typeof p === 'string' && p);
  return parts.length ? parts.join('/') : '<unnamed>';
}
