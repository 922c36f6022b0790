/**
 * Kubernetes side of the compliance report: every rendered object of a folder against Pod
 * Security "restricted", kube-linter's default checks and the platform's mesh controls, one row
 * per check × object the check examines.
 *
 * Input is the rendered files themselves (parsed with `yaml`), so the report describes exactly
 * what Argo CD syncs. A finding can be acknowledged on the object with an annotation
 * `compliance.platform/acknowledge.<check>: <reason>` (see {@link acknowledgeManifest}).
 */
import * as YAML from 'yaml';
import { K8S_ACK_ANNOTATION_PREFIX } from '../acknowledge';
import { JsonObject, isPlainObject, manifestId } from '../k8s/manifests';
import { MeshControl, checkMeshControls } from '../k8s/mesh-controls';
import { ALL_CHECKS, CheckName, PSS_RESTRICTED_CHECKS, checkPodSecurity, checkSubjects } from '../k8s/pod-security';
import { Acknowledgement, ComplianceRow, K8sPackName, RuleInfo, compareRows } from './model';

/** One rendered file (path from the repository root, and its text). */
export interface ManifestFile {
  readonly path: string;
  readonly content: string;
}

/** One folder of rendered manifests: a cluster's, or the hub's Argo CD folder. */
export interface ManifestFolder {
  /** Folder from the repository root, e.g. `k8s/prod/us-east-1`. */
  readonly path: string;
  readonly files: readonly ManifestFile[];
  /** The cluster's mesh root namespace; omit for folders that hold no cluster workloads (no namespace controls). */
  readonly meshRootNamespace?: string;
}

/** What the Kubernetes side contributes to a report. */
export interface KubernetesResult {
  readonly clusters: readonly string[];
  readonly rows: readonly ComplianceRow[];
  readonly rules: readonly RuleInfo[];
  readonly acknowledgements: ReadonlyArray<Acknowledgement & { readonly pack: string }>;
}

interface Located {
  readonly manifest: JsonObject;
  readonly file: string;
  readonly line: number;
}

/** Parses a folder's files into objects with the file and line each starts at. */
export function parseFolder(folder: ManifestFolder): Located[] {
  const out: Located[] = [];
  for (const file of [...folder.files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const lineStarts = [0];
    for (let i = 0; i < file.content.length; i++) if (file.content[i] === '\n') lineStarts.push(i + 1);
    for (const doc of YAML.parseAllDocuments(file.content)) {
      const manifest: unknown = doc.toJS();
      if (!isPlainObject(manifest)) continue;
      const offset = doc.contents?.range?.[0] ?? 0;
      let line = 0;
      while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
      out.push({ manifest, file: file.path, line: line + 1 });
    }
  }
  return out;
}

/** Evaluates every folder; rows in a stable order. */
export function kubernetesResult(folders: readonly ManifestFolder[]): KubernetesResult {
  const rows: ComplianceRow[] = [];
  const acknowledgements: Array<Acknowledgement & { pack: string }> = [];
  for (const folder of folders) {
    const located = parseFolder(folder);
    const objects = located.map((l) => l.manifest);
    const byId = new Map<string, Located>();
    for (const l of located) if (!byId.has(manifestId(l.manifest))) byId.set(manifestId(l.manifest), l);

    const row = (pack: K8sPackName, rule: string, subject: string, problems: readonly string[], evidence?: string, manifest?: JsonObject): ComplianceRow => {
      const at = manifest ? byId.get(manifestId(manifest)) : byId.get(subject);
      const base = {
        source: 'kubernetes' as const,
        target: folder.path,
        pack,
        rule,
        resource: subject,
        resourceType: subject.split('/')[0],
        location: at ? { file: at.file, line: at.line } : undefined,
      };
      if (problems.length === 0) return { ...base, status: 'compliant', detail: evidence };
      const reason = at ? annotations(at.manifest)[`${K8S_ACK_ANNOTATION_PREFIX}${rule}`] : undefined;
      if (reason !== undefined) {
        return { ...base, status: 'acknowledged', detail: problems.join('; '), acknowledgement: { id: `${K8S_ACK_ANNOTATION_PREFIX}${rule}`, reason, at: manifestId(at!.manifest) } };
      }
      return { ...base, status: 'failing', detail: problems.join('; ') };
    };

    const findings = checkPodSecurity(objects);
    for (const check of ALL_CHECKS) {
      const pack: K8sPackName = (PSS_RESTRICTED_CHECKS as readonly string[]).includes(check) ? 'PodSecurity.Restricted' : 'KubeLinter.Default';
      for (const subject of checkSubjects(objects, check)) {
        const problems = findings
          .filter((f) => f.check === check && f.object === subject)
          .map((f) => (f.container ? `container ${f.container}: ${f.message}` : f.message));
        rows.push(row(pack, check, subject, problems));
      }
    }
    const mesh = checkMeshControls(objects, {
      rootNamespace: folder.meshRootNamespace ?? '',
      namespaceControls: folder.meshRootNamespace !== undefined,
    });
    for (const r of mesh) rows.push(row('Platform.Mesh', r.control, r.subject, r.problems, r.evidence, r.manifest));

    for (const l of located) {
      for (const [key, reason] of Object.entries(annotations(l.manifest))) {
        if (key.startsWith(K8S_ACK_ANNOTATION_PREFIX)) {
          const rule = key.slice(K8S_ACK_ANNOTATION_PREFIX.length);
          acknowledgements.push({ id: key, reason, at: manifestId(l.manifest), pack: K8S_RULES[rule as keyof typeof K8S_RULES]?.pack ?? '' });
        }
      }
    }
  }
  return {
    clusters: folders.map((f) => f.path),
    rows: rows.sort(compareRows),
    rules: kubernetesRules(),
    acknowledgements,
  };
}

function annotations(manifest: JsonObject): Record<string, string> {
  const metadata = isPlainObject(manifest.metadata) ? manifest.metadata : {};
  const a = isPlainObject(metadata.annotations) ? metadata.annotations : {};
  return Object.fromEntries(Object.entries(a).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/** The catalogue entries of every Kubernetes check (every id has one: the record below is total). */
export function kubernetesRules(): RuleInfo[] {
  return Object.entries(K8S_RULES)
    .map(([id, r]) => ({ id, pack: r.pack, title: r.title, explanation: r.explanation, level: 'error' as const, controls: r.controls }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

interface K8sRule {
  readonly pack: K8sPackName;
  readonly title: string;
  readonly explanation: string;
  readonly controls: string[];
}

function pss(title: string, controls: string[]): K8sRule {
  return {
    pack: 'PodSecurity.Restricted',
    title,
    explanation: `Pod Security Standards, profile restricted (which includes baseline), as Pod Security Admission enforces it for the latest Kubernetes version.`,
    controls,
  };
}

function linter(title: string): K8sRule {
  return { pack: 'KubeLinter.Default', title, explanation: 'One of kube-linter\'s checks enabled by default, re-implemented from its documented behaviour.', controls: [] };
}

function mesh(title: string, explanation: string, control: string): K8sRule {
  return { pack: 'Platform.Mesh', title, explanation, controls: [control] };
}

/** Title, explanation and controls of every Kubernetes check, by id. */
const K8S_RULES: Record<CheckName | MeshControl, K8sRule> = {
  'pss-host-process': pss('Windows HostProcess pods are not allowed.', ['PSS baseline: HostProcess']),
  'pss-host-namespaces': pss('Sharing the host network, PID or IPC namespace is not allowed.', ['PSS baseline: Host Namespaces']),
  'pss-privileged': pss('Privileged containers are not allowed.', ['PSS baseline: Privileged Containers']),
  'pss-capabilities': pss('Containers drop ALL capabilities and add none but NET_BIND_SERVICE.', ['PSS baseline: Capabilities', 'PSS restricted: Capabilities']),
  'pss-volume-types': pss('Only ephemeral and projected volume types (no hostPath).', ['PSS baseline: HostPath Volumes', 'PSS restricted: Volume Types']),
  'pss-host-ports': pss('Host ports are not allowed.', ['PSS baseline: Host Ports']),
  'pss-host-probes': pss('Probes and lifecycle hooks do not target another host.', ['PSS baseline: Host Probes / Lifecycle Hooks']),
  'pss-apparmor': pss('AppArmor is not turned off (RuntimeDefault or Localhost only).', ['PSS baseline: AppArmor']),
  'pss-selinux': pss('No custom SELinux user or role, only container types.', ['PSS baseline: SELinux']),
  'pss-proc-mount': pss('The default /proc mount type.', ['PSS baseline: /proc Mount Type']),
  'pss-seccomp': pss('A seccomp profile (RuntimeDefault or Localhost) is set.', ['PSS baseline: Seccomp', 'PSS restricted: Seccomp']),
  'pss-sysctls': pss('Only the safe sysctls.', ['PSS baseline: Sysctls']),
  'pss-privilege-escalation': pss('allowPrivilegeEscalation is false.', ['PSS restricted: Privilege Escalation']),
  'pss-run-as-non-root': pss('Containers must run as non-root (runAsNonRoot: true).', ['PSS restricted: Running as Non-root']),
  'pss-run-as-user': pss('runAsUser is never 0.', ['PSS restricted: Running as Non-root user']),
  'dangling-service': linter('A Service selects at least one pod template.'),
  'deprecated-service-account-field': linter('serviceAccountName, not the deprecated serviceAccount field.'),
  'docker-sock': linter('The docker socket is not mounted.'),
  'drop-net-raw-capability': linter('NET_RAW is dropped and not added.'),
  'duplicate-env-var': linter('No environment variable is set twice.'),
  'env-var-secret': linter('No literal secret in a variable named like a secret.'),
  'host-ipc': linter('hostIPC is not set.'),
  'host-network': linter('hostNetwork is not set.'),
  'host-pid': linter('hostPID is not set.'),
  'invalid-target-ports': linter('Port names and Service target ports are valid.'),
  'latest-tag': linter('Images are pinned to a tag other than latest.'),
  'liveness-port': linter('The liveness probe uses a port the container exposes.'),
  'mismatching-selector': linter('The workload selector matches its pod template labels.'),
  'no-anti-affinity': linter('Workloads with several replicas spread over nodes (pod anti-affinity).'),
  'no-extensions-v1beta': linter('No deprecated extensions/v1beta API.'),
  'no-read-only-root-fs': linter('The root filesystem is read-only.'),
  'non-existent-service-account': linter('The service account exists in the rendered objects.'),
  'pdb-max-unavailable': linter('A PodDisruptionBudget maxUnavailable allows an eviction.'),
  'pdb-min-available': linter('A PodDisruptionBudget minAvailable allows an eviction.'),
  'pdb-unhealthy-pod-eviction-policy': linter('A PodDisruptionBudget sets unhealthyPodEvictionPolicy.'),
  'privilege-escalation-container': linter('No container can escalate privileges.'),
  'privileged-container': linter('No privileged container.'),
  'readiness-port': linter('The readiness probe uses a port the container exposes.'),
  'run-as-non-root': linter('Containers run as a non-root user.'),
  'sensitive-host-mounts': linter('No sensitive host directory is mounted.'),
  'ssh-port': linter('No container exposes SSH (22/TCP).'),
  'startup-port': linter('The startup probe uses a port the container exposes.'),
  'unsafe-sysctls': linter('No unsafe sysctl.'),
  'unset-cpu-requirements': linter('Containers request CPU.'),
  'unset-memory-requirements': linter('Containers limit memory.'),
  'mesh-mtls-strict': mesh(
    'Traffic to the namespace\'s workloads is mutual-TLS only.',
    'A mesh-wide PeerAuthentication in the mesh root sets mtls.mode STRICT; nothing in the namespace weakens it (PeerAuthentication PERMISSIVE or DISABLE, DestinationRule tls.mode DISABLE); a rendered Namespace is in the mesh.',
    'Platform: STRICT mTLS',
  ),
  'mesh-authz-default-deny': mesh(
    'Requests are denied unless an AuthorizationPolicy allows them.',
    'A deny-all AuthorizationPolicy (no selector, no rules) in the mesh root or the namespace, and no ALLOW policy with an empty rule that allows everything.',
    'Platform: default-deny AuthorizationPolicy',
  ),
  'netpol-default-deny': mesh(
    'Pod traffic is denied unless a NetworkPolicy allows it, in both directions.',
    'A NetworkPolicy with an empty podSelector and no rules covers Ingress and Egress in the namespace, and no namespace-wide policy allows everything.',
    'Platform: default-deny NetworkPolicy',
  ),
  'no-literal-secrets': mesh(
    'No secret value in the manifests.',
    'Secrets carry no data and no credential-like stringData keys, ConfigMaps no credential-like keys, containers set no credential-like variable literally: secret values reach pods through External Secrets from AWS Secrets Manager.',
    'Platform: no literal secrets',
  ),
};
