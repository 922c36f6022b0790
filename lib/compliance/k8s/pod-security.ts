/**
 * Security and hygiene checks of the pods in rendered manifests (the plain objects of
 * `Testing.synth(chart)`), offline and without a cluster:
 *
 * - the Kubernetes Pod Security Standards, profile **restricted** (which includes every
 *   baseline control), as enforced by Pod Security Admission for the latest version
 *   (`PSS_RESTRICTED_CHECKS`, names prefixed `pss-`);
 * - kube-linter's checks that are enabled by default (`KUBE_LINTER_DEFAULT_CHECKS`, kube-linter's
 *   own names), re-implemented here from their documented behaviour.
 *
 * Pods are found in Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController,
 * Job and CronJob objects. Cross-object checks (dangling-service, non-existent-service-account,
 * the PodDisruptionBudget checks) look at the whole list, so pass every object of the app.
 *
 * Lives in lib/ because the compliance report (lib/compliance) runs the same checks over the
 * rendered manifests; test/helpers/pod-security.ts re-exports it for the chart tests.
 */
import { JsonObject, isPlainObject, manifestId } from './manifests';
import { text } from './text';

/**
 * Pod Security Standards "restricted" controls, baseline ones included. Each maps to one
 * control of https://kubernetes.io/docs/concepts/security/pod-security-standards/.
 */
export const PSS_RESTRICTED_CHECKS = [
  'pss-host-process',
  'pss-host-namespaces',
  'pss-privileged',
  'pss-capabilities',
  'pss-volume-types',
  'pss-host-ports',
  'pss-host-probes',
  'pss-apparmor',
  'pss-selinux',
  'pss-proc-mount',
  'pss-seccomp',
  'pss-sysctls',
  'pss-privilege-escalation',
  'pss-run-as-non-root',
  'pss-run-as-user',
] as const;

/**
 * kube-linter's checks enabled by default (stackrox/kube-linter
 * internal/defaultchecks/default_checks.go), all of them.
 */
export const KUBE_LINTER_DEFAULT_CHECKS = [
  'dangling-service',
  'deprecated-service-account-field',
  'docker-sock',
  'drop-net-raw-capability',
  'duplicate-env-var',
  'env-var-secret',
  'host-ipc',
  'host-network',
  'host-pid',
  'invalid-target-ports',
  'latest-tag',
  'liveness-port',
  'mismatching-selector',
  'no-anti-affinity',
  'no-extensions-v1beta',
  'no-read-only-root-fs',
  'non-existent-service-account',
  'pdb-max-unavailable',
  'pdb-min-available',
  'pdb-unhealthy-pod-eviction-policy',
  'privilege-escalation-container',
  'privileged-container',
  'readiness-port',
  'run-as-non-root',
  'sensitive-host-mounts',
  'ssh-port',
  'startup-port',
  'unsafe-sysctls',
  'unset-cpu-requirements',
  'unset-memory-requirements',
] as const;

/** Every check this module runs. */
export const ALL_CHECKS = [...PSS_RESTRICTED_CHECKS, ...KUBE_LINTER_DEFAULT_CHECKS] as const;

/** Name of one check. */
export type CheckName = (typeof ALL_CHECKS)[number];

/** One failed check. */
export interface Finding {
  /** The object, as `Kind/namespace/name`. */
  readonly object: string;
  /** The container, when the finding is about one. */
  readonly container?: string;
  readonly check: CheckName;
  readonly message: string;
}

/** Which checks to run. */
export interface PodSecurityOptions {
  /**
   * Run only these checks.
   * @default - all of ALL_CHECKS
   */
  readonly only?: readonly CheckName[];
  /**
   * Do not run these checks (e.g. 'dangling-service' when a Service selects operator-made pods).
   * @default - none
   */
  readonly skip?: readonly CheckName[];
}

/** A pod template found in a workload object, with the context the checks need. */
export interface PodTemplate {
  readonly object: string;
  readonly kind: string;
  readonly name: string;
  /** The workload's namespace; '' when unset. */
  readonly namespace: string;
  readonly labels: Record<string, string>;
  readonly annotations: Record<string, string>;
  /** The PodSpec. */
  readonly spec: JsonObject;
  /** The workload's spec.replicas (default 1), for kinds that have replicas. */
  readonly replicas?: number;
  /** The workload's label selector, for kinds that have one. */
  readonly selector?: JsonObject;
  readonly manifest: JsonObject;
}

/**
 * Runs the checks over every pod template (and, for cross-object checks, every object) and
 * returns what failed. An empty list means everything passed.
 */
export function checkPodSecurity(manifests: readonly unknown[], options: PodSecurityOptions = {}): Finding[] {
  const objects = manifests.filter(isPlainObject);
  const ctx: Context = { objects, pods: podTemplates(objects) };
  const selected = ALL_CHECKS.filter(
    (c) => (!options.only || options.only.includes(c)) && !(options.skip ?? []).includes(c),
  );
  return selected.flatMap((check) => {
    const findings: Finding[] = [];
    CHECKS[check](ctx, (object, message, container) => findings.push({ object, container, check, message }));
    return findings;
  });
}

/** One line a finding: `  - [check] Kind/ns/name (container c): message`. */
export function formatFindings(findings: readonly Finding[]): string {
  return findings
    .map((f) => `  - [${f.check}] ${f.object}${f.container ? ` (container ${f.container})` : ''}: ${f.message}`)
    .join('\n');
}

/** Extracts the pod templates of every workload object (see the module comment for the kinds). */
export function podTemplates(manifests: readonly unknown[]): PodTemplate[] {
  return manifests.filter(isPlainObject).flatMap((manifest): PodTemplate[] => {
    const kind = String(manifest.kind);
    const spec = obj(manifest.spec);
    let template: JsonObject | undefined;
    let replicas: number | undefined;
    let selector: JsonObject | undefined;
    switch (kind) {
      case 'Pod':
        template = { metadata: manifest.metadata, spec: manifest.spec };
        break;
      case 'Deployment':
      case 'StatefulSet':
      case 'ReplicaSet':
      case 'ReplicationController':
        template = obj(spec.template);
        replicas = typeof spec.replicas === 'number' ? spec.replicas : 1;
        // A ReplicationController without a selector defaults it to the template's labels.
        selector = kind !== 'ReplicationController' ? obj(spec.selector) : spec.selector ? { matchLabels: spec.selector } : undefined;
        break;
      case 'DaemonSet':
        template = obj(spec.template);
        selector = obj(spec.selector);
        break;
      case 'Job':
        template = obj(spec.template);
        break;
      case 'CronJob':
        template = obj(obj(obj(spec.jobTemplate).spec).template);
        break;
      default:
        return [];
    }
    const metadata = obj(manifest.metadata);
    const templateMetadata = obj(template.metadata);
    return [{
      object: manifestId(manifest),
      kind,
      name: text(metadata.name ?? ''),
      namespace: typeof metadata.namespace === 'string' ? metadata.namespace : '',
      labels: stringMap(templateMetadata.labels),
      annotations: stringMap(templateMetadata.annotations),
      spec: obj(template.spec),
      replicas,
      selector,
      manifest,
    }];
  });
}

// ---------------------------------------------------------------------------------------------
// Plumbing
// ---------------------------------------------------------------------------------------------

interface Context {
  readonly objects: readonly JsonObject[];
  readonly pods: readonly PodTemplate[];
}

type Report = (object: string, message: string, container?: string) => void;

type ContainerType = 'containers' | 'initContainers' | 'ephemeralContainers';

interface ContainerRef {
  readonly name: string;
  readonly type: ContainerType;
  readonly spec: JsonObject;
  /** securityContext, {} when unset. */
  readonly sc: JsonObject;
}

function obj(value: unknown): JsonObject {
  return isPlainObject(value) ? value : {};
}

function list(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.filter(isPlainObject) : [];
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function stringMap(value: unknown): Record<string, string> {
  return Object.fromEntries(Object.entries(obj(value)).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/** Containers of the given types (PSS covers all three; kube-linter skips ephemeral ones). */
function containersOf(pod: PodTemplate, types: readonly ContainerType[]): ContainerRef[] {
  return types.flatMap((type) =>
    list(pod.spec[type]).map((spec) => ({ name: text(spec.name ?? ''), type, spec, sc: obj(spec.securityContext) })),
  );
}

const ALL_CONTAINERS: readonly ContainerType[] = ['containers', 'initContainers', 'ephemeralContainers'];
const LINTED_CONTAINERS: readonly ContainerType[] = ['containers', 'initContainers'];

function podSecurityContext(pod: PodTemplate): JsonObject {
  return obj(pod.spec.securityContext);
}

/** PSS exempts Windows pods from the Linux-only controls. */
function isWindows(pod: PodTemplate): boolean {
  return obj(pod.spec.os).name === 'windows';
}

/** Per-container check over the given container types. */
function perContainer(
  types: readonly ContainerType[],
  fn: (c: ContainerRef, pod: PodTemplate, report: (message: string) => void) => void,
): (ctx: Context, report: Report) => void {
  return (ctx, report) => {
    for (const pod of ctx.pods) {
      for (const c of containersOf(pod, types)) {
        fn(c, pod, (message) => report(pod.object, message, c.name));
      }
    }
  };
}

/** Per-pod check. */
function perPod(fn: (pod: PodTemplate, report: (message: string, container?: string) => void) => void) {
  return (ctx: Context, report: Report): void => {
    for (const pod of ctx.pods) {
      fn(pod, (message, container) => report(pod.object, message, container));
    }
  };
}

/** Label selector semantics (matchLabels AND matchExpressions; an empty selector matches all). */
function selectorMatches(selector: JsonObject, labels: Record<string, string>): boolean {
  const matchLabels = stringMap(selector.matchLabels);
  if (!Object.entries(matchLabels).every(([k, v]) => labels[k] === v)) {
    return false;
  }
  return list(selector.matchExpressions).every((expr) => {
    const key = String(expr.key);
    const values = strings(expr.values);
    switch (expr.operator) {
      case 'In':
        return key in labels && values.includes(labels[key]);
      case 'NotIn':
        return !(key in labels) || !values.includes(labels[key]);
      case 'Exists':
        return key in labels;
      case 'DoesNotExist':
        return !(key in labels);
      default:
        return false;
    }
  });
}

function hostPathVolumesMounted(pod: PodTemplate, pathPattern: RegExp): { path: string; container: string }[] {
  const found: { path: string; container: string }[] = [];
  for (const volume of list(pod.spec.volumes)) {
    const hostPath = obj(volume.hostPath).path;
    if (typeof hostPath !== 'string' || !pathPattern.test(hostPath)) {
      continue;
    }
    for (const c of containersOf(pod, LINTED_CONTAINERS)) {
      if (list(c.spec.volumeMounts).some((m) => m.name === volume.name)) {
        found.push({ path: hostPath, container: c.name });
      }
    }
  }
  return found;
}

/** int-or-percent as [value, isPercent]; undefined when neither. */
function intOrPercent(value: unknown): [number, boolean] | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) {
    return [value, false];
  }
  if (typeof value === 'string') {
    const match = /^(\d+)(%?)$/.exec(value);
    if (match) {
      return [Number(match[1]), match[2] === '%'];
    }
  }
  return undefined;
}

/** A resource quantity is "unset" when missing or zero. Unparseable values count as set. */
function quantityIsZero(value: unknown): boolean {
  if (value === undefined || value === null || value === '') {
    return true;
  }
  if (typeof value === 'number') {
    return value === 0;
  }
  const match = typeof value === 'string' ? /^([+-]?[0-9.]+)(?:[eE][+-]?[0-9]+)?[a-zA-Z]*$/.exec(value) : null;
  return match !== null && Number(match[1]) === 0;
}

/** IANA service name rules used for port names (k8s IsValidPortName). */
function portNameProblems(name: string): string[] {
  const problems: string[] = [];
  if (name.length > 15) {
    problems.push('must be no more than 15 characters');
  }
  if (!/^[-a-z0-9]+$/.test(name)) {
    problems.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  }
  if (name.includes('--')) {
    problems.push('must not contain consecutive hyphens');
  }
  if (/[a-z]/.test(name) === false) {
    problems.push('must contain at least one letter (a-z)');
  }
  if (name.startsWith('-') || name.endsWith('-')) {
    problems.push('must not begin or end with a hyphen');
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Pod Security Standards, restricted (PSA semantics)
// ---------------------------------------------------------------------------------------------

const ALLOWED_CAPABILITY_ADD = ['NET_BIND_SERVICE'];
const ALLOWED_VOLUME_TYPES = ['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'persistentVolumeClaim', 'projected', 'secret'];
const ALLOWED_SELINUX_TYPES = ['', 'container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t'];
const SAFE_SYSCTLS = [
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
  'net.ipv4.tcp_rmem',
  'net.ipv4.tcp_wmem',
];
const CONFINED_PROFILE_TYPES = ['RuntimeDefault', 'Localhost'];
const APPARMOR_ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';

type CheckFn = (ctx: Context, report: Report) => void;

const pssChecks: Record<(typeof PSS_RESTRICTED_CHECKS)[number], CheckFn> = {
  'pss-host-process': perPod((pod, report) => {
    if (obj(podSecurityContext(pod).windowsOptions).hostProcess === true) {
      report('securityContext.windowsOptions.hostProcess must not be true');
    }
    for (const c of containersOf(pod, ALL_CONTAINERS)) {
      if (obj(c.sc.windowsOptions).hostProcess === true) {
        report('securityContext.windowsOptions.hostProcess must not be true', c.name);
      }
    }
  }),

  'pss-host-namespaces': perPod((pod, report) => {
    for (const field of ['hostNetwork', 'hostPID', 'hostIPC']) {
      if (pod.spec[field] === true) {
        report(`${field} must not be true`);
      }
    }
  }),

  'pss-privileged': perContainer(ALL_CONTAINERS, (c, _pod, report) => {
    if (c.sc.privileged === true) {
      report('securityContext.privileged must not be true');
    }
  }),

  'pss-capabilities': perContainer(ALL_CONTAINERS, (c, pod, report) => {
    if (isWindows(pod)) {
      return;
    }
    const capabilities = obj(c.sc.capabilities);
    if (!strings(capabilities.drop).includes('ALL')) {
      report('securityContext.capabilities.drop must include "ALL"');
    }
    const added = strings(capabilities.add).filter((cap) => !ALLOWED_CAPABILITY_ADD.includes(cap));
    if (added.length) {
      report(`securityContext.capabilities.add may only contain NET_BIND_SERVICE, got ${added.join(', ')}`);
    }
  }),

  'pss-volume-types': perPod((pod, report) => {
    for (const volume of list(pod.spec.volumes)) {
      const types = Object.keys(volume).filter((k) => k !== 'name');
      const bad = types.filter((t) => !ALLOWED_VOLUME_TYPES.includes(t));
      if (bad.length || types.length === 0) {
        report(`volume "${String(volume.name)}" uses restricted volume type ${bad.join(', ') || 'unknown'} (allowed: ${ALLOWED_VOLUME_TYPES.join(', ')})`);
      }
    }
  }),

  'pss-host-ports': perContainer(ALL_CONTAINERS, (c, _pod, report) => {
    for (const port of list(c.spec.ports)) {
      if (port.hostPort !== undefined && port.hostPort !== 0) {
        report(`hostPort ${text(port.hostPort)} is not allowed`);
      }
    }
  }),

  'pss-host-probes': perContainer(ALL_CONTAINERS, (c, _pod, report) => {
    const lifecycle = obj(c.spec.lifecycle);
    const handlers: [string, unknown][] = [
      ['livenessProbe', c.spec.livenessProbe],
      ['readinessProbe', c.spec.readinessProbe],
      ['startupProbe', c.spec.startupProbe],
      ['lifecycle.postStart', lifecycle.postStart],
      ['lifecycle.preStop', lifecycle.preStop],
    ];
    for (const [where, handler] of handlers) {
      for (const kind of ['httpGet', 'tcpSocket']) {
        const host = obj(obj(handler)[kind]).host;
        if (typeof host === 'string' && host !== '') {
          report(`${where}.${kind}.host must be unset, got "${host}"`);
        }
      }
    }
  }),

  'pss-apparmor': perPod((pod, report) => {
    const check = (profile: unknown, container?: string): void => {
      const type = obj(profile).type;
      if (type !== undefined && !CONFINED_PROFILE_TYPES.includes(text(type))) {
        report(`securityContext.appArmorProfile.type must be RuntimeDefault or Localhost, got ${text(type)}`, container);
      }
    };
    check(podSecurityContext(pod).appArmorProfile);
    for (const c of containersOf(pod, ALL_CONTAINERS)) {
      check(c.sc.appArmorProfile, c.name);
    }
    for (const [key, value] of Object.entries(pod.annotations)) {
      if (key.startsWith(APPARMOR_ANNOTATION_PREFIX) && value !== 'runtime/default' && !value.startsWith('localhost/')) {
        report(`annotation ${key} must be runtime/default or localhost/*, got ${value}`);
      }
    }
  }),

  'pss-selinux': perPod((pod, report) => {
    const check = (options: unknown, container?: string): void => {
      const o = obj(options);
      if (o.type !== undefined && !ALLOWED_SELINUX_TYPES.includes(text(o.type))) {
        report(`securityContext.seLinuxOptions.type ${text(o.type)} is not allowed`, container);
      }
      for (const field of ['user', 'role']) {
        if (typeof o[field] === 'string' && o[field] !== '') {
          report(`securityContext.seLinuxOptions.${field} must not be set`, container);
        }
      }
    };
    check(podSecurityContext(pod).seLinuxOptions);
    for (const c of containersOf(pod, ALL_CONTAINERS)) {
      check(c.sc.seLinuxOptions, c.name);
    }
  }),

  'pss-proc-mount': perContainer(ALL_CONTAINERS, (c, _pod, report) => {
    if (c.sc.procMount !== undefined && c.sc.procMount !== 'Default') {
      report(`securityContext.procMount must be Default, got ${text(c.sc.procMount)}`);
    }
  }),

  'pss-seccomp': perPod((pod, report) => {
    if (isWindows(pod)) {
      return;
    }
    const podType = obj(podSecurityContext(pod).seccompProfile).type;
    if (podType !== undefined && !CONFINED_PROFILE_TYPES.includes(text(podType))) {
      report(`securityContext.seccompProfile.type must be RuntimeDefault or Localhost, got ${text(podType)}`);
    }
    const podConfined = podType !== undefined && CONFINED_PROFILE_TYPES.includes(text(podType));
    for (const c of containersOf(pod, ALL_CONTAINERS)) {
      const type = obj(c.sc.seccompProfile).type;
      if (type !== undefined && !CONFINED_PROFILE_TYPES.includes(text(type))) {
        report(`securityContext.seccompProfile.type must be RuntimeDefault or Localhost, got ${text(type)}`, c.name);
      } else if (type === undefined && !podConfined) {
        report('seccompProfile.type must be RuntimeDefault or Localhost on the pod or the container', c.name);
      }
    }
  }),

  'pss-sysctls': perPod((pod, report) => {
    for (const sysctl of list(podSecurityContext(pod).sysctls)) {
      if (!SAFE_SYSCTLS.includes(String(sysctl.name))) {
        report(`sysctl ${String(sysctl.name)} is not in the safe set`);
      }
    }
  }),

  'pss-privilege-escalation': perContainer(ALL_CONTAINERS, (c, pod, report) => {
    if (!isWindows(pod) && c.sc.allowPrivilegeEscalation !== false) {
      report('securityContext.allowPrivilegeEscalation must be false');
    }
  }),

  'pss-run-as-non-root': perPod((pod, report) => {
    const podValue = podSecurityContext(pod).runAsNonRoot;
    if (podValue === false) {
      report('securityContext.runAsNonRoot must not be false');
    }
    for (const c of containersOf(pod, ALL_CONTAINERS)) {
      if (c.sc.runAsNonRoot === false) {
        report('securityContext.runAsNonRoot must not be false', c.name);
      } else if (c.sc.runAsNonRoot !== true && podValue !== true) {
        report('securityContext.runAsNonRoot must be true on the pod or the container', c.name);
      }
    }
  }),

  'pss-run-as-user': perPod((pod, report) => {
    if (podSecurityContext(pod).runAsUser === 0) {
      report('securityContext.runAsUser must not be 0');
    }
    for (const c of containersOf(pod, ALL_CONTAINERS)) {
      if (c.sc.runAsUser === 0) {
        report('securityContext.runAsUser must not be 0', c.name);
      }
    }
  }),
};

// ---------------------------------------------------------------------------------------------
// kube-linter default checks
// ---------------------------------------------------------------------------------------------

const SENSITIVE_HOST_DIRS = /^\/(boot|dev|etc|lib|proc|sys|usr)?$/;
const LATEST_TAG_BLOCKLIST = [/.*:(latest)$/, /^[^:]*$/, /(.*\/[^:]+)$/];
const UNSAFE_SYSCTL_PREFIXES = ['kernel.msg', 'kernel.sem', 'kernel.shm', 'fs.mqueue.', 'net.'];
const ANTI_AFFINITY_MIN_REPLICAS = 2;

function isService(o: JsonObject): boolean {
  return o.apiVersion === 'v1' && o.kind === 'Service';
}

function namespaceOf(o: JsonObject): string {
  const ns = obj(o.metadata).namespace;
  return typeof ns === 'string' ? ns : '';
}

function probePortCheck(probeField: string): CheckFn {
  return perContainer(['containers'], (c, _pod, report) => {
    const probe = obj(c.spec[probeField]);
    // Named and numbered TCP ports (an unset protocol means TCP).
    const exposed = new Set<string>();
    for (const port of list(c.spec.ports)) {
      if (port.protocol === undefined || port.protocol === 'TCP') {
        exposed.add(String(port.containerPort));
        if (typeof port.name === 'string') {
          exposed.add(port.name);
        }
      }
    }
    for (const handler of ['httpGet', 'tcpSocket']) {
      const port = obj(probe[handler]).port;
      if (port !== undefined && !exposed.has(text(port))) {
        report(`${probeField}.${handler} uses port ${text(port)}, which the container does not expose`);
      }
    }
  });
}

const kubeLinterChecks: Record<(typeof KUBE_LINTER_DEFAULT_CHECKS)[number], CheckFn> = {
  'dangling-service': (ctx, report) => {
    for (const service of ctx.objects.filter(isService)) {
      const spec = obj(service.spec);
      if (spec.type === 'ExternalName') {
        continue;
      }
      const selector = stringMap(spec.selector);
      if (Object.keys(selector).length === 0) {
        report(manifestId(service), 'service has no selector specified');
        continue;
      }
      const ns = namespaceOf(service);
      const matched = ctx.pods.some((p) => p.namespace === ns && selectorMatches({ matchLabels: selector }, p.labels));
      if (!matched) {
        report(manifestId(service), `no pods found matching service labels (${JSON.stringify(selector)})`);
      }
    }
  },

  'deprecated-service-account-field': perPod((pod, report) => {
    if (typeof pod.spec.serviceAccount === 'string' && pod.spec.serviceAccount !== '') {
      report('uses the deprecated serviceAccount field; use serviceAccountName');
    }
  }),

  'docker-sock': perPod((pod, report) => {
    for (const m of hostPathVolumesMounted(pod, /docker\.sock$/)) {
      report(`host path ${m.path} (docker socket) is mounted`, m.container);
    }
  }),

  'drop-net-raw-capability': perContainer(LINTED_CONTAINERS, (c, _pod, report) => {
    const capabilities = obj(c.sc.capabilities);
    const added = strings(capabilities.add);
    const dropped = strings(capabilities.drop);
    if (added.includes('NET_RAW') || added.includes('ALL')) {
      report(`capabilities.add contains ${added.includes('ALL') ? 'ALL' : 'NET_RAW'}`);
    } else if (!dropped.includes('NET_RAW') && !dropped.includes('ALL')) {
      report('capabilities.drop does not include NET_RAW or ALL');
    }
  }),

  'duplicate-env-var': perContainer(LINTED_CONTAINERS, (c, _pod, report) => {
    const seen = new Set<string>();
    for (const env of list(c.spec.env)) {
      const name = String(env.name);
      if (seen.has(name)) {
        report(`duplicate environment variable ${name}`);
      }
      seen.add(name);
    }
  }),

  'env-var-secret': perContainer(LINTED_CONTAINERS, (c, _pod, report) => {
    for (const env of list(c.spec.env)) {
      if (/secret/i.test(String(env.name)) && typeof env.value === 'string' && env.value !== '') {
        report(`environment variable ${String(env.name)} holds a literal secret; use valueFrom.secretKeyRef or a mounted file`);
      }
    }
  }),

  'host-ipc': perPod((pod, report) => {
    if (pod.spec.hostIPC === true) {
      report('hostIPC is true');
    }
  }),

  'host-network': perPod((pod, report) => {
    if (pod.spec.hostNetwork === true) {
      report('hostNetwork is true');
    }
  }),

  'host-pid': perPod((pod, report) => {
    if (pod.spec.hostPID === true) {
      report('hostPID is true');
    }
  }),

  'invalid-target-ports': (ctx, report) => {
    perContainer(LINTED_CONTAINERS, (c, _pod, r) => {
      for (const port of list(c.spec.ports)) {
        if (typeof port.name === 'string' && port.name !== '') {
          for (const problem of portNameProblems(port.name)) {
            r(`port name "${port.name}" ${problem}`);
          }
        }
      }
    })(ctx, report);
    for (const service of ctx.objects.filter(isService)) {
      for (const port of list(obj(service.spec).ports)) {
        const target = port.targetPort;
        if (typeof target === 'string') {
          for (const problem of portNameProblems(target)) {
            report(manifestId(service), `targetPort "${target}" ${problem}`);
          }
        } else if (typeof target === 'number' && target !== 0 && (target < 1 || target > 65535 || !Number.isInteger(target))) {
          report(manifestId(service), `targetPort ${target} must be between 1 and 65535`);
        }
      }
    }
  },

  'latest-tag': perContainer(LINTED_CONTAINERS, (c, _pod, report) => {
    const image = text(c.spec.image ?? '');
    if (LATEST_TAG_BLOCKLIST.some((re) => re.test(image))) {
      report(`image "${image}" has no tag or uses "latest"`);
    }
  }),

  'liveness-port': probePortCheck('livenessProbe'),

  'mismatching-selector': perPod((pod, report) => {
    if (!pod.selector) {
      return;
    }
    if (pod.selector.matchLabels === undefined && pod.selector.matchExpressions === undefined) {
      report('has no selector specified');
    } else if (!selectorMatches(pod.selector, pod.labels)) {
      report(`selector ${JSON.stringify(pod.selector)} does not match the pod template labels ${JSON.stringify(pod.labels)}`);
    }
  }),

  'no-anti-affinity': perPod((pod, report) => {
    if (pod.replicas === undefined || pod.replicas < ANTI_AFFINITY_MIN_REPLICAS) {
      return;
    }
    const antiAffinity = obj(obj(pod.spec.affinity).podAntiAffinity);
    const terms = [
      ...list(antiAffinity.preferredDuringSchedulingIgnoredDuringExecution).map((p) => obj(p.podAffinityTerm)),
      ...list(antiAffinity.requiredDuringSchedulingIgnoredDuringExecution),
    ];
    const spreads = terms.some((term) => {
      const namespaces = strings(term.namespaces);
      return (namespaces.length === 0 || namespaces.includes(pod.namespace))
        && term.topologyKey === 'kubernetes.io/hostname'
        && selectorMatches(obj(term.labelSelector), pod.labels);
    });
    if (!spreads) {
      report(`has ${pod.replicas} replicas but no pod anti-affinity on kubernetes.io/hostname that selects its own pods`);
    }
  }),

  'no-extensions-v1beta': (ctx, report) => {
    for (const o of ctx.objects) {
      if (typeof o.apiVersion === 'string' && /^extensions\/v1beta.+/.test(o.apiVersion)) {
        report(manifestId(o), `uses deprecated API version ${o.apiVersion}`);
      }
    }
  },

  'no-read-only-root-fs': perContainer(LINTED_CONTAINERS, (c, _pod, report) => {
    if (c.sc.readOnlyRootFilesystem !== true) {
      report('securityContext.readOnlyRootFilesystem is not true');
    }
  }),

  'non-existent-service-account': (ctx, report) => {
    for (const pod of ctx.pods) {
      const sa = text(pod.spec.serviceAccountName || pod.spec.serviceAccount || '');
      if (sa === '' || sa === 'default') {
        continue;
      }
      const exists = ctx.objects.some((o) => o.apiVersion === 'v1' && o.kind === 'ServiceAccount'
        && namespaceOf(o) === pod.namespace && obj(o.metadata).name === sa);
      if (!exists) {
        report(pod.object, `serviceAccount "${sa}" not found`);
      }
    }
  },

  'pdb-max-unavailable': (ctx, report) => {
    for (const pdb of ctx.objects.filter((o) => o.kind === 'PodDisruptionBudget')) {
      const value = obj(pdb.spec).maxUnavailable;
      if (value === undefined) {
        continue;
      }
      const parsed = intOrPercent(value);
      if (!parsed) {
        report(manifestId(pdb), `maxUnavailable has invalid value ${JSON.stringify(value)}`);
      } else if (parsed[0] === 0) {
        report(manifestId(pdb), 'maxUnavailable is 0, so no pod can ever be evicted');
      }
    }
  },

  'pdb-min-available': (ctx, report) => {
    for (const pdb of ctx.objects.filter((o) => o.kind === 'PodDisruptionBudget')) {
      const spec = obj(pdb.spec);
      if (spec.minAvailable === undefined) {
        continue;
      }
      const parsed = intOrPercent(spec.minAvailable);
      if (!parsed) {
        report(manifestId(pdb), `minAvailable has invalid value ${JSON.stringify(spec.minAvailable)}`);
        continue;
      }
      const [value, isPercent] = parsed;
      if (isPercent && value === 100) {
        report(manifestId(pdb), 'minAvailable is 100%, so no pod can ever be evicted');
        continue;
      }
      const ns = namespaceOf(pdb);
      for (const pod of ctx.pods.filter((p) => p.namespace === ns && p.replicas !== undefined && p.selector)) {
        if (!selectorMatches(obj(spec.selector), stringMap(obj(pod.selector).matchLabels))) {
          continue;
        }
        let replicas = pod.replicas ?? 1;
        if (replicas === 1) {
          // kube-linter: a workload left at 1 replica may be scaled by an HPA; use its minimum.
          const hpa = ctx.objects.find((o) => o.kind === 'HorizontalPodAutoscaler' && namespaceOf(o) === ns
            && obj(obj(o.spec).scaleTargetRef).name === pod.name);
          const minReplicas = obj(hpa?.spec).minReplicas;
          replicas = typeof minReplicas === 'number' ? minReplicas : hpa ? 1 : replicas;
        }
        const minAvailable = isPercent ? Math.ceil((replicas * value) / 100) : value;
        if (replicas <= minAvailable) {
          report(manifestId(pdb), `${pod.object} has ${replicas} replica(s), not more than minAvailable (${minAvailable}), so no pod can be evicted`);
        }
      }
    }
  },

  'pdb-unhealthy-pod-eviction-policy': (ctx, report) => {
    for (const pdb of ctx.objects.filter((o) => o.kind === 'PodDisruptionBudget')) {
      if (obj(pdb.spec).unhealthyPodEvictionPolicy === undefined) {
        report(manifestId(pdb), 'spec.unhealthyPodEvictionPolicy is not set (AlwaysAllow is recommended)');
      }
    }
  },

  'privilege-escalation-container': perContainer(LINTED_CONTAINERS, (c, _pod, report) => {
    if (c.sc.allowPrivilegeEscalation === true) {
      report('allowPrivilegeEscalation is true');
    } else if (c.sc.privileged === true) {
      report('is privileged, which allows privilege escalation');
    } else if (strings(obj(c.sc.capabilities).add).includes('SYS_ADMIN')) {
      report('adds SYS_ADMIN, which allows privilege escalation');
    }
  }),

  'privileged-container': perContainer(LINTED_CONTAINERS, (c, _pod, report) => {
    if (c.sc.privileged === true) {
      report('runs privileged');
    }
  }),

  'readiness-port': probePortCheck('readinessProbe'),

  'run-as-non-root': perContainer(LINTED_CONTAINERS, (c, pod, report) => {
    const podSc = podSecurityContext(pod);
    const runAsUser = c.sc.runAsUser ?? podSc.runAsUser;
    if (typeof runAsUser === 'number' && runAsUser > 0) {
      return;
    }
    const runAsNonRoot = c.sc.runAsNonRoot ?? podSc.runAsNonRoot;
    if (runAsNonRoot === true) {
      if (runAsUser === 0) {
        report('is set to runAsNonRoot, but runAsUser is 0');
      }
      return;
    }
    report('is not set to runAsNonRoot');
  }),

  'sensitive-host-mounts': perPod((pod, report) => {
    for (const m of hostPathVolumesMounted(pod, SENSITIVE_HOST_DIRS)) {
      report(`host system directory ${m.path} is mounted`, m.container);
    }
  }),

  'ssh-port': perContainer(LINTED_CONTAINERS, (c, _pod, report) => {
    for (const port of list(c.spec.ports)) {
      if (port.containerPort === 22 && (port.protocol === undefined || port.protocol === 'TCP')) {
        report('exposes port 22/TCP (SSH)');
      }
    }
  }),

  'startup-port': probePortCheck('startupProbe'),

  'unsafe-sysctls': perPod((pod, report) => {
    for (const sysctl of list(podSecurityContext(pod).sysctls)) {
      const name = String(sysctl.name);
      if (UNSAFE_SYSCTL_PREFIXES.some((prefix) => name.startsWith(prefix))) {
        report(`sets unsafe sysctl ${name}`);
      }
    }
  }),

  'unset-cpu-requirements': perContainer(LINTED_CONTAINERS, (c, _pod, report) => {
    if (quantityIsZero(obj(obj(c.spec.resources).requests).cpu)) {
      report('has no CPU request');
    }
  }),

  'unset-memory-requirements': perContainer(LINTED_CONTAINERS, (c, _pod, report) => {
    if (quantityIsZero(obj(obj(c.spec.resources).limits).memory)) {
      report('has no memory limit');
    }
  }),
};

const CHECKS: Record<CheckName, CheckFn> = { ...pssChecks, ...kubeLinterChecks };

/**
 * The objects a check examines, as `Kind/namespace/name`, in input order: the pod templates of
 * every workload for the per-pod and per-container checks, and for the cross-object checks the
 * objects they look at (Services, PodDisruptionBudgets that set the field, every object). A
 * report lists these as the check's subjects: an object examined without a finding passed.
 */
export function checkSubjects(manifests: readonly unknown[], check: CheckName): string[] {
  const objects = manifests.filter(isPlainObject);
  const workloads = new Set(podTemplates(objects).map((p) => p.manifest));
  const examines = SUBJECTS[check] ?? ((o: JsonObject) => workloads.has(o));
  return [...new Set(objects.filter((o) => examines(o, workloads)).map(manifestId))];
}

function isPdb(o: JsonObject): boolean {
  return o.kind === 'PodDisruptionBudget';
}

/** Subjects of the checks that look beyond pod templates (see {@link checkSubjects}). */
const SUBJECTS: Partial<Record<CheckName, (o: JsonObject, workloads: ReadonlySet<JsonObject>) => boolean>> = {
  'dangling-service': (o) => isService(o) && obj(o.spec).type !== 'ExternalName',
  'invalid-target-ports': (o, workloads) => isService(o) || workloads.has(o),
  'no-extensions-v1beta': () => true,
  'pdb-max-unavailable': (o) => isPdb(o) && obj(o.spec).maxUnavailable !== undefined,
  'pdb-min-available': (o) => isPdb(o) && obj(o.spec).minAvailable !== undefined,
  'pdb-unhealthy-pod-eviction-policy': isPdb,
};
