import { Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-33';
import {
  ALL_CHECKS,
  CheckName,
  KUBE_LINTER_DEFAULT_CHECKS,
  PSS_RESTRICTED_CHECKS,
  checkPodSecurity,
  expectNoPodSecurityFindings,
  podTemplates,
} from './pod-security';

type Manifest = Record<string, any>;

/**
 * A Deployment that meets PSS restricted and every kube-linter default check, with its
 * ServiceAccount, Service and PodDisruptionBudget. Synthesized once; tests clone it.
 */
const compliant = ((): Manifest[] => {
  const chart = Testing.chart();
  const sa = new kplus.ServiceAccount(chart, 'sa', { automountToken: false });
  const web = new kplus.Deployment(chart, 'web', {
    replicas: 3,
    serviceAccount: sa,
    securityContext: { ensureNonRoot: true, user: 10001, group: 10001, fsGroup: 10001 },
    containers: [{
      name: 'web',
      image: 'nginx:1.27.3',
      ports: [{ number: 8080, name: 'http' }],
      readiness: kplus.Probe.fromHttpGet('/healthz', { port: 8080 }),
      securityContext: {
        ensureNonRoot: true,
        user: 10001,
        group: 10001,
        readOnlyRootFilesystem: true,
        allowPrivilegeEscalation: false,
        privileged: false,
        capabilities: { drop: [kplus.Capability.ALL] },
        seccompProfile: { type: kplus.SeccompProfileType.RUNTIME_DEFAULT },
      },
    }],
  });
  web.scheduling.spread({ topology: kplus.Topology.HOSTNAME });
  web.exposeViaService({ ports: [{ port: 80, targetPort: 8080 }] });
  new kplus.k8s.KubePodDisruptionBudget(chart, 'pdb', {
    spec: {
      maxUnavailable: kplus.k8s.IntOrString.fromNumber(1),
      unhealthyPodEvictionPolicy: 'AlwaysAllow',
      selector: { matchLabels: web.matchLabels },
    },
  });
  return Testing.synth(chart);
})();

function fixture(): Manifest[] {
  return JSON.parse(JSON.stringify(compliant));
}

function byKind(manifests: Manifest[], kind: string): Manifest {
  return manifests.find((m) => m.kind === kind)!;
}

function podSpec(manifests: Manifest[]): Manifest {
  return byKind(manifests, 'Deployment').spec.template.spec;
}

function container(manifests: Manifest[]): Manifest {
  return podSpec(manifests).containers[0];
}

/** Distinct check names of the findings, sorted. */
function checksOf(manifests: Manifest[]): string[] {
  return [...new Set(checkPodSecurity(manifests).map((f) => f.check))].sort();
}

test('a pod template meeting PSS restricted and kube-linter defaults has no findings', () => {
  // GIVEN
  const manifests = fixture();
  // WHEN
  const findings = checkPodSecurity(manifests);
  // THEN
  expect(findings).toEqual([]);
  expect(() => expectNoPodSecurityFindings(manifests)).not.toThrow();
});

/** [description, change to the compliant fixture, checks that must then fail (exactly)]. */
const violations: [string, (m: Manifest[]) => void, CheckName[]][] = [
  ['privileged container', (m) => { container(m).securityContext.privileged = true; },
    ['privilege-escalation-container', 'privileged-container', 'pss-privileged']],
  ['runAsNonRoot missing (and no runAsUser)', (m) => {
    delete podSpec(m).securityContext.runAsNonRoot;
    delete podSpec(m).securityContext.runAsUser;
    delete container(m).securityContext.runAsNonRoot;
    delete container(m).securityContext.runAsUser;
  }, ['pss-run-as-non-root', 'run-as-non-root']],
  ['runAsNonRoot missing but a non-root runAsUser (PSS still requires runAsNonRoot)', (m) => {
    delete podSpec(m).securityContext.runAsNonRoot;
    delete container(m).securityContext.runAsNonRoot;
  }, ['pss-run-as-non-root']],
  ['runAsUser 0', (m) => { container(m).securityContext.runAsUser = 0; },
    ['pss-run-as-user', 'run-as-non-root']],
  ['no seccomp profile', (m) => { delete container(m).securityContext.seccompProfile; }, ['pss-seccomp']],
  ['Unconfined seccomp profile', (m) => { container(m).securityContext.seccompProfile = { type: 'Unconfined' }; },
    ['pss-seccomp']],
  ['latest tag', (m) => { container(m).image = 'nginx:latest'; }, ['latest-tag']],
  ['no tag at all', (m) => { container(m).image = 'registry.example.com:5000/nginx'; }, ['latest-tag']],
  ['no resources (requests or limits)', (m) => { delete container(m).resources; },
    ['unset-cpu-requirements', 'unset-memory-requirements']],
  ['no memory limit', (m) => { delete container(m).resources.limits.memory; }, ['unset-memory-requirements']],
  ['zero CPU request', (m) => { container(m).resources.requests.cpu = '0m'; }, ['unset-cpu-requirements']],
  ['hostNetwork', (m) => { podSpec(m).hostNetwork = true; }, ['host-network', 'pss-host-namespaces']],
  ['hostPID', (m) => { podSpec(m).hostPID = true; }, ['host-pid', 'pss-host-namespaces']],
  ['hostIPC', (m) => { podSpec(m).hostIPC = true; }, ['host-ipc', 'pss-host-namespaces']],
  ['allowPrivilegeEscalation true', (m) => { container(m).securityContext.allowPrivilegeEscalation = true; },
    ['privilege-escalation-container', 'pss-privilege-escalation']],
  ['allowPrivilegeEscalation unset', (m) => { delete container(m).securityContext.allowPrivilegeEscalation; },
    ['pss-privilege-escalation']],
  ['capabilities not dropped', (m) => { delete container(m).securityContext.capabilities; },
    ['drop-net-raw-capability', 'pss-capabilities']],
  ['SYS_ADMIN added', (m) => { container(m).securityContext.capabilities.add = ['SYS_ADMIN']; },
    ['privilege-escalation-container', 'pss-capabilities']],
  ['NET_BIND_SERVICE added (allowed)', (m) => { container(m).securityContext.capabilities.add = ['NET_BIND_SERVICE']; }, []],
  ['docker socket hostPath', (m) => {
    podSpec(m).volumes = [{ name: 'sock', hostPath: { path: '/var/run/docker.sock' } }];
    container(m).volumeMounts = [{ name: 'sock', mountPath: '/var/run/docker.sock' }];
  }, ['docker-sock', 'pss-volume-types']],
  ['sensitive hostPath', (m) => {
    podSpec(m).volumes = [{ name: 'etc', hostPath: { path: '/etc' } }];
    container(m).volumeMounts = [{ name: 'etc', mountPath: '/host/etc', readOnly: true }];
  }, ['pss-volume-types', 'sensitive-host-mounts']],
  ['nfs volume', (m) => { podSpec(m).volumes = [{ name: 'data', nfs: { server: 'nfs', path: '/data' } }]; },
    ['pss-volume-types']],
  ['hostPort', (m) => { container(m).ports[0].hostPort = 8080; }, ['pss-host-ports']],
  ['probe with host', (m) => { container(m).readinessProbe.httpGet.host = '10.0.0.1'; }, ['pss-host-probes']],
  ['AppArmor unconfined', (m) => { container(m).securityContext.appArmorProfile = { type: 'Unconfined' }; },
    ['pss-apparmor']],
  ['AppArmor annotation unconfined', (m) => {
    byKind(m, 'Deployment').spec.template.metadata.annotations = { 'container.apparmor.security.beta.kubernetes.io/web': 'unconfined' };
  }, ['pss-apparmor']],
  ['SELinux type spc_t', (m) => { container(m).securityContext.seLinuxOptions = { type: 'spc_t' }; }, ['pss-selinux']],
  ['SELinux user set', (m) => { podSpec(m).securityContext.seLinuxOptions = { user: 'system_u' }; }, ['pss-selinux']],
  ['procMount Unmasked', (m) => { container(m).securityContext.procMount = 'Unmasked'; }, ['pss-proc-mount']],
  ['unsafe sysctl', (m) => { podSpec(m).securityContext.sysctls = [{ name: 'net.core.somaxconn', value: '1024' }]; },
    ['pss-sysctls', 'unsafe-sysctls']],
  ['safe sysctl (allowed by PSS, flagged by kube-linter)', (m) => {
    podSpec(m).securityContext.sysctls = [{ name: 'net.ipv4.ip_local_port_range', value: '1024 65535' }];
  }, ['unsafe-sysctls']],
  ['Windows HostProcess', (m) => { podSpec(m).securityContext.windowsOptions = { hostProcess: true }; },
    ['pss-host-process']],
  ['writable root filesystem', (m) => { container(m).securityContext.readOnlyRootFilesystem = false; },
    ['no-read-only-root-fs']],
  ['literal secret in env', (m) => { container(m).env = [{ name: 'DB_SECRET', value: 'hunter2' }]; }, ['env-var-secret']],
  ['duplicate env var', (m) => { container(m).env = [{ name: 'A', value: '1' }, { name: 'A', value: '2' }]; },
    ['duplicate-env-var']],
  ['SSH port', (m) => { container(m).ports.push({ containerPort: 22, name: 'ssh' }); }, ['ssh-port']],
  ['invalid port name', (m) => {
    container(m).ports[0].name = 'HTTP_PORT';
    container(m).readinessProbe.httpGet.port = 8080;
  }, ['invalid-target-ports']],
  ['invalid Service targetPort name', (m) => { byKind(m, 'Service').spec.ports[0].targetPort = 'web--http'; },
    ['invalid-target-ports']],
  ['readiness probe on an unexposed port', (m) => { container(m).readinessProbe.httpGet.port = 9090; }, ['readiness-port']],
  ['liveness probe on an unexposed named port', (m) => {
    container(m).livenessProbe = { httpGet: { path: '/', port: 'metrics' } };
  }, ['liveness-port']],
  ['startup probe on an unexposed port', (m) => { container(m).startupProbe = { tcpSocket: { port: 9999 } }; },
    ['startup-port']],
  ['deprecated serviceAccount field', (m) => { podSpec(m).serviceAccount = podSpec(m).serviceAccountName; },
    ['deprecated-service-account-field']],
  ['missing ServiceAccount', (m) => { podSpec(m).serviceAccountName = 'ghost'; }, ['non-existent-service-account']],
  ['replicas > 1 without anti-affinity', (m) => { delete podSpec(m).affinity; }, ['no-anti-affinity']],
  ['anti-affinity on the zone, not the host', (m) => {
    podSpec(m).affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey = 'topology.kubernetes.io/zone';
  }, ['no-anti-affinity']],
  ['selector does not match the template', (m) => {
    byKind(m, 'Deployment').spec.selector.matchLabels = { app: 'other' };
  }, ['mismatching-selector']],
  ['Service selects no pods', (m) => { byKind(m, 'Service').spec.selector = { app: 'nothing' }; }, ['dangling-service']],
  ['Service without a selector', (m) => { delete byKind(m, 'Service').spec.selector; }, ['dangling-service']],
  ['PDB maxUnavailable 0', (m) => { byKind(m, 'PodDisruptionBudget').spec.maxUnavailable = '0%'; }, ['pdb-max-unavailable']],
  ['PDB minAvailable equal to replicas', (m) => {
    const pdb = byKind(m, 'PodDisruptionBudget');
    delete pdb.spec.maxUnavailable;
    pdb.spec.minAvailable = 3;
  }, ['pdb-min-available']],
  ['PDB minAvailable 100%', (m) => {
    const pdb = byKind(m, 'PodDisruptionBudget');
    delete pdb.spec.maxUnavailable;
    pdb.spec.minAvailable = '100%';
  }, ['pdb-min-available']],
  ['PDB without unhealthyPodEvictionPolicy', (m) => {
    delete byKind(m, 'PodDisruptionBudget').spec.unhealthyPodEvictionPolicy;
  }, ['pdb-unhealthy-pod-eviction-policy']],
  ['extensions/v1beta1 object', (m) => {
    m.push({ apiVersion: 'extensions/v1beta1', kind: 'Ingress', metadata: { name: 'old' }, spec: {} });
  }, ['no-extensions-v1beta']],
];

test.each(violations)('%s produces the matching findings', (_name, change, expected) => {
  // GIVEN
  const manifests = fixture();
  change(manifests);
  // WHEN
  const checks = checksOf(manifests);
  // THEN
  expect(checks).toEqual([...expected].sort());
});

test('every check has a test in which it fails', () => {
  const covered = new Set(violations.flatMap(([, , expected]) => expected));
  expect(ALL_CHECKS.filter((c) => !covered.has(c))).toEqual([]);
});

test('findings name the object, the container and the check', () => {
  // GIVEN
  const manifests = fixture();
  container(manifests).securityContext.privileged = true;
  // WHEN
  const findings = checkPodSecurity(manifests, { only: ['pss-privileged'] });
  // THEN
  expect(findings).toEqual([{
    object: expect.stringMatching(/^Deployment\/test-web-c8[0-9a-f]+$/),
    container: 'web',
    check: 'pss-privileged',
    message: 'securityContext.privileged must not be true',
  }]);
  expect(() => expectNoPodSecurityFindings(manifests)).toThrow(/\[pss-privileged\] Deployment\/test-web-\w+ \(container web\)/);
});

test('skip leaves out the named checks', () => {
  // GIVEN
  const manifests = fixture();
  byKind(manifests, 'Service').spec.selector = { app: 'operator-made' };
  // WHEN / THEN
  expect(checkPodSecurity(manifests, { skip: ['dangling-service'] })).toEqual([]);
});

test('init and ephemeral containers are checked too', () => {
  // GIVEN
  const manifests = fixture();
  podSpec(manifests).initContainers = [{ ...container(manifests), name: 'init', securityContext: {} }];
  // WHEN
  const findings = checkPodSecurity(manifests).filter((f) => f.container === 'init');
  // THEN: pod-level runAsNonRoot/runAsUser still cover it; everything container-level fails.
  expect([...new Set(findings.map((f) => f.check))].sort()).toEqual([
    'drop-net-raw-capability',
    'no-read-only-root-fs',
    'pss-capabilities',
    'pss-privilege-escalation',
    'pss-seccomp',
  ]);
});

test('pod templates are found in every workload kind', () => {
  // GIVEN
  const pod = { metadata: { labels: { app: 'x' } }, spec: { containers: [{ name: 'c', image: 'busybox:1.36' }] } };
  const manifests = [
    { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'pod', labels: { app: 'x' } }, spec: pod.spec },
    { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'deploy' }, spec: { selector: { matchLabels: { app: 'x' } }, template: pod } },
    { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'sts' }, spec: { selector: { matchLabels: { app: 'x' } }, template: pod } },
    { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'ds' }, spec: { selector: { matchLabels: { app: 'x' } }, template: pod } },
    { apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'rs' }, spec: { selector: { matchLabels: { app: 'x' } }, template: pod } },
    { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'job' }, spec: { template: pod } },
    { apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'cron' }, spec: { schedule: '@daily', jobTemplate: { spec: { template: pod } } } },
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'not-a-workload' } },
  ];
  // WHEN
  const templates = podTemplates(manifests);
  // THEN
  expect(templates.map((t) => t.object)).toEqual([
    'Pod/pod', 'Deployment/deploy', 'StatefulSet/sts', 'DaemonSet/ds', 'ReplicaSet/rs', 'Job/job', 'CronJob/cron',
  ]);
  expect(templates.every((t) => (t.spec.containers as Manifest[])[0].name === 'c')).toBe(true);
  // AND each of them is checked (the bare container fails PSS restricted).
  const flagged = new Set(checkPodSecurity(manifests, { only: ['pss-seccomp'] }).map((f) => f.object));
  expect(flagged.size).toBe(7);
});

test('the exported check lists are complete and disjoint', () => {
  expect(PSS_RESTRICTED_CHECKS).toHaveLength(15);
  expect(KUBE_LINTER_DEFAULT_CHECKS).toHaveLength(30);
  expect(new Set(ALL_CHECKS).size).toBe(ALL_CHECKS.length);
});
