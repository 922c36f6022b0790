/**
 * The platform's mesh and secret controls, checked over one cluster's rendered manifests
 * (plain objects), offline:
 *
 * - `mesh-mtls-strict`: workload traffic is mutual-TLS only — a mesh-wide STRICT
 *   PeerAuthentication in the mesh root namespace, nothing weaker (PeerAuthentication
 *   PERMISSIVE/DISABLE, DestinationRule `tls.mode: DISABLE`) in the namespace, and a rendered
 *   Namespace is in the mesh (`istio-injection: enabled`).
 * - `mesh-authz-default-deny`: a deny-all AuthorizationPolicy (no selector, no rules) in the
 *   mesh root or the namespace, no ALLOW policy with an allow-everything `{}` rule, and a
 *   rendered Namespace is in the mesh (sidecars are what enforce AuthorizationPolicies).
 * - `netpol-default-deny`: a NetworkPolicy with an empty podSelector and no rules for both
 *   Ingress and Egress, and no NetworkPolicy that allows every pod everything.
 * - `no-literal-secrets`: no Secret carries `data` or credential-like `stringData` keys, no
 *   ConfigMap holds credential-like keys, no container sets a credential-like variable literally.
 *
 * The namespace controls apply to every namespace the folder renders a Namespace, workload,
 * Service or policy for. The mesh root counts only when the folder runs something there: its
 * mesh-wide policies are evidence for the other namespaces, and istiod itself is installed by
 * the Istio operator application, outside the platform's rendered folders.
 */
import { JsonObject, isPlainObject, manifestId } from './manifests';
import { podTemplates } from './pod-security';
import { text } from './text';

/** The controls, by id. */
export const MESH_CONTROLS = ['mesh-mtls-strict', 'mesh-authz-default-deny', 'netpol-default-deny', 'no-literal-secrets'] as const;

/** One of {@link MESH_CONTROLS}. */
export type MeshControl = (typeof MESH_CONTROLS)[number];

/** Options of {@link checkMeshControls}. */
export interface MeshControlOptions {
  /** Istio's root namespace, where mesh-wide policies live (config `mesh.namespace`). */
  readonly rootNamespace: string;
  /**
   * Check the namespace controls (mTLS, AuthorizationPolicy, NetworkPolicy). Off for folders that
   * hold no cluster's workloads (the Argo CD folder).
   * @default true
   */
  readonly namespaceControls?: boolean;
}

/** The outcome of one control on one subject (a namespace, or an object for `no-literal-secrets`). */
export interface ControlResult {
  readonly control: MeshControl;
  /** `Namespace/<name>` or `Kind/namespace/name`. */
  readonly subject: string;
  /** The object that stands for the subject (the Namespace, when rendered), for acknowledgements. */
  readonly manifest?: JsonObject;
  /** What is wrong; empty when the control holds. */
  readonly problems: readonly string[];
  /** What makes it hold (the policies found), when it holds. */
  readonly evidence?: string;
}

/** Runs the controls over one folder's objects. Results are in a stable order. */
export function checkMeshControls(manifests: readonly unknown[], options: MeshControlOptions): ControlResult[] {
  const objects = manifests.filter(isPlainObject);
  const results: ControlResult[] = [];
  if (options.namespaceControls ?? true) {
    for (const ns of namespacesInScope(objects, options.rootNamespace)) {
      const manifest = objects.find((o) => o.kind === 'Namespace' && nameOf(o) === ns);
      const subject = `Namespace/${ns}`;
      results.push({ control: 'mesh-mtls-strict', subject, manifest, ...mtls(objects, ns, options.rootNamespace, manifest) });
      results.push({ control: 'mesh-authz-default-deny', subject, manifest, ...authz(objects, ns, options.rootNamespace, manifest) });
      results.push({ control: 'netpol-default-deny', subject, manifest, ...netpol(objects, ns) });
    }
  }
  results.push(...literalSecrets(objects));
  return results;
}

// ---------------------------------------------------------------------------------------------

type Outcome = { problems: string[]; evidence?: string };

function obj(value: unknown): JsonObject {
  return isPlainObject(value) ? value : {};
}

function list(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.filter(isPlainObject) : [];
}

function nameOf(o: JsonObject): string {
  return text(obj(o.metadata).name ?? '');
}

function namespaceOf(o: JsonObject): string {
  const ns = obj(o.metadata).namespace;
  return typeof ns === 'string' ? ns : '';
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (Array.isArray(value) && value.length === 0)
    || (isPlainObject(value) && Object.values(value).every(isEmpty));
}

const WORKLOAD_KINDS = new Set(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob']);

/** Namespaces the controls apply to (see the module comment), sorted. */
function namespacesInScope(objects: readonly JsonObject[], root: string): string[] {
  const scope = new Set<string>();
  for (const o of objects) {
    if (o.kind === 'Namespace') {
      scope.add(nameOf(o));
    } else {
      const ns = namespaceOf(o);
      if (ns !== '' && (ns !== root || WORKLOAD_KINDS.has(String(o.kind)) || o.kind === 'Service')) scope.add(ns);
    }
  }
  return [...scope].sort();
}

function istio(o: JsonObject, kind: string): boolean {
  return o.kind === kind && typeof o.apiVersion === 'string' && o.apiVersion.split('/')[0].endsWith('istio.io');
}

/** Applies to every workload of its namespace (no selector, no targetRef). */
function namespaceWide(o: JsonObject): boolean {
  const spec = obj(o.spec);
  return isEmpty(spec.selector) && spec.targetRef === undefined && isEmpty(spec.targetRefs);
}

function mtls(objects: readonly JsonObject[], ns: string, root: string, namespace?: JsonObject): Outcome {
  const problems: string[] = [];
  const peerAuths = objects.filter((o) => istio(o, 'PeerAuthentication'));
  const meshWide = peerAuths.filter((p) => namespaceOf(p) === root && namespaceWide(p));
  const strict = meshWide.find((p) => obj(obj(p.spec).mtls).mode === 'STRICT');
  if (!strict) problems.push(`no mesh-wide PeerAuthentication with mtls.mode STRICT in the mesh root ${root}`);
  for (const p of peerAuths.filter((pa) => namespaceOf(pa) === ns || meshWide.includes(pa))) {
    const spec = obj(p.spec);
    const modes = [obj(spec.mtls).mode, ...Object.values(obj(spec.portLevelMtls)).map((m) => obj(m).mode)];
    for (const mode of modes) {
      if (mode !== undefined && mode !== 'STRICT' && mode !== 'UNSET') problems.push(`${manifestId(p)} sets mtls mode ${text(mode)}`);
    }
  }
  for (const dr of objects.filter((o) => istio(o, 'DestinationRule') && namespaceOf(o) === ns)) {
    const policy = obj(obj(dr.spec).trafficPolicy);
    const modes = [obj(policy.tls).mode, ...list(policy.portLevelSettings).map((s) => obj(s.tls).mode)];
    if (modes.includes('DISABLE')) problems.push(`${manifestId(dr)} disables TLS to its host`);
  }
  if (namespace && !inMesh(namespace)) {
    problems.push('the Namespace is not in the mesh (no istio-injection: enabled label)');
  }
  return problems.length ? { problems } : { problems, evidence: `STRICT mesh-wide by ${manifestId(strict!)}` };
}

/** Whether a rendered Namespace has its pods injected with the Istio sidecar. */
function inMesh(namespace: JsonObject): boolean {
  const labels = obj(obj(namespace.metadata).labels);
  return labels['istio-injection'] === 'enabled' || labels['istio.io/rev'] !== undefined;
}

function authz(objects: readonly JsonObject[], ns: string, root: string, namespace?: JsonObject): Outcome {
  const problems: string[] = [];
  // AuthorizationPolicies are enforced by the pods' sidecars: in a namespace outside the mesh
  // even a mesh-wide deny-all protects nothing, so it cannot count as evidence there.
  if (namespace && !inMesh(namespace)) {
    problems.push('the Namespace is not in the mesh (no istio-injection: enabled label), so no sidecar enforces AuthorizationPolicies there');
  }
  const policies = objects.filter((o) => istio(o, 'AuthorizationPolicy') && (namespaceOf(o) === ns || namespaceOf(o) === root));
  const denyAll = policies.find((p) => {
    const spec = obj(p.spec);
    const action = spec.action ?? 'ALLOW';
    const rules = list(spec.rules);
    return namespaceWide(p) && ((action === 'ALLOW' && rules.length === 0) || (action === 'DENY' && rules.some((r) => isEmpty(r))));
  });
  if (!denyAll) problems.push(`no deny-all AuthorizationPolicy (no selector, no rules) in ${ns} or the mesh root ${root}`);
  for (const p of policies.filter((pol) => namespaceOf(pol) === ns || namespaceWide(pol))) {
    const spec = obj(p.spec);
    if ((spec.action ?? 'ALLOW') === 'ALLOW' && list(spec.rules).some((r) => isEmpty(r))) {
      problems.push(`${manifestId(p)} has an empty rule, which allows every request`);
    }
  }
  if (problems.length) return { problems };
  const where = namespaceOf(denyAll!) === root && ns !== root ? ' (mesh-wide)' : '';
  return { problems, evidence: `deny-all by ${manifestId(denyAll!)}${where}` };
}

function netpol(objects: readonly JsonObject[], ns: string): Outcome {
  const problems: string[] = [];
  const policies = objects.filter((o) => o.kind === 'NetworkPolicy' && namespaceOf(o) === ns);
  const covers = (p: JsonObject, type: 'Ingress' | 'Egress'): boolean => {
    const spec = obj(p.spec);
    // Kubernetes' default policyTypes: Ingress always, Egress when egress rules are given.
    const types = Array.isArray(spec.policyTypes) ? spec.policyTypes : ['Ingress', ...(spec.egress ? ['Egress'] : [])];
    return types.includes(type);
  };
  const denies: string[] = [];
  for (const type of ['Ingress', 'Egress'] as const) {
    const field = type === 'Ingress' ? 'ingress' : 'egress';
    const deny = policies.find((p) => isEmpty(obj(p.spec).podSelector) && covers(p, type) && list(obj(p.spec)[field]).length === 0);
    if (deny) denies.push(`${type} by ${manifestId(deny)}`);
    else problems.push(`no default-deny ${type} NetworkPolicy (empty podSelector, policyTypes ${type}, no ${field} rules) in ${ns}`);
    for (const p of policies.filter((pol) => isEmpty(obj(pol.spec).podSelector) && covers(pol, type))) {
      if (list(obj(p.spec)[field]).some((rule) => isEmpty(rule))) problems.push(`${manifestId(p)} allows all ${type.toLowerCase()} traffic to every pod`);
    }
  }
  return problems.length ? { problems } : { problems, evidence: `default-deny ${denies.join(', ')}` };
}

/** Keys that name credentials (Argo CD's `config` of a cluster Secret carries its credentials). */
const CREDENTIAL_KEY = /(password|passwd|secret|token|api[-_]?key|private[-_]?key|credential|access[-_]?key|client[-_]?key|certkey|^config$)/i;

function literalSecrets(objects: readonly JsonObject[]): ControlResult[] {
  const results: ControlResult[] = [];
  for (const o of objects) {
    const subject = manifestId(o);
    if (o.kind === 'Secret' && o.apiVersion === 'v1') {
      const problems: string[] = [];
      const data = Object.keys(obj(o.data));
      if (data.length) problems.push(`carries data (${data.join(', ')}); secret values come from External Secrets, never from git`);
      const credentials = Object.keys(obj(o.stringData)).filter((k) => CREDENTIAL_KEY.test(k));
      if (credentials.length) problems.push(`stringData holds credential keys (${credentials.join(', ')})`);
      const keys = Object.keys(obj(o.stringData));
      results.push({ control: 'no-literal-secrets', subject, manifest: o, problems, evidence: problems.length ? undefined : `no data; stringData keys ${keys.join(', ') || 'none'} carry no credentials` });
    } else if (o.kind === 'ConfigMap' && o.apiVersion === 'v1') {
      const credentials = Object.keys({ ...obj(o.data), ...obj(o.binaryData) }).filter((k) => CREDENTIAL_KEY.test(k));
      const problems = credentials.length ? [`holds credential-like keys (${credentials.join(', ')})`] : [];
      results.push({ control: 'no-literal-secrets', subject, manifest: o, problems, evidence: problems.length ? undefined : 'no credential-like keys' });
    }
  }
  for (const pod of podTemplates(objects)) {
    const problems: string[] = [];
    for (const type of ['initContainers', 'containers', 'ephemeralContainers']) {
      for (const c of list(pod.spec[type])) {
        for (const env of list(c.env)) {
          if (CREDENTIAL_KEY.test(String(env.name)) && typeof env.value === 'string' && env.value !== '') {
            problems.push(`container ${String(c.name)} sets ${String(env.name)} literally; use valueFrom.secretKeyRef`);
          }
        }
      }
    }
    results.push({ control: 'no-literal-secrets', subject: pod.object, manifest: pod.manifest, problems, evidence: problems.length ? undefined : 'no credential-like environment variable set literally' });
  }
  return results;
}
