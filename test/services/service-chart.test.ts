import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import {
  SECRET_STORE_NAME,
  serviceAccountName,
  serviceNamespace,
  serviceSecretName,
  serviceSecretObjectName,
  serviceVersionName,
} from '../../lib/config';
import { APPCONFIG_AGENT_CONTAINER, APPCONFIG_AGENT_POLL_SECONDS, SERVICE_RUN_AS_USER, TERMINATION_GRACE_PERIOD_SECONDS } from '../../lib/services';
import { expectValidManifests, validateManifests } from '../helpers/k8s-schema';
import { ROOT } from '../helpers/synth';
import { checkPodSecurity, expectNoPodSecurityFindings } from '../helpers/pod-security';
import { Manifest, find, keysIn, ofKind, renderService, serviceOf, shipped, stringsUnder, variant } from './fixtures';

const HEALTHCARE = 'healthcare-service';
const IOT = 'iot-service';

// Rendered once per file: every test reads these.
const prod = shipped('prod');
const dev = shipped('dev');
const rendered = {
  prodUsHealthcare: renderService(prod, 'us-east-1', HEALTHCARE),
  prodEuHealthcare: renderService(prod, 'eu-west-1', HEALTHCARE),
  prodUsIot: renderService(prod, 'us-east-1', IOT),
  prodEuIot: renderService(prod, 'eu-west-1', IOT),
  devHealthcare: renderService(dev, 'us-east-1', HEALTHCARE),
  devIot: renderService(dev, 'us-east-1', IOT),
};
const all = Object.entries(rendered);

const deployment = (manifests: Manifest[], version: string, service = HEALTHCARE) =>
  find(manifests, 'Deployment', `${service}-${version}`);
const podSpec = (manifests: Manifest[], version: string, service = HEALTHCARE) =>
  deployment(manifests, version, service).spec.template.spec;
const container = (manifests: Manifest[], version: string, service = HEALTHCARE) =>
  podSpec(manifests, version, service).containers[0];

describe('ServiceChart: every rendering', () => {
  test.each(all)('%s: every object is schema-valid', (_name, manifests) => {
    // GIVEN a service rendered for one cluster
    // THEN every object validates against its Kubernetes or CRD schema
    expectValidManifests(manifests);
  });

  test.each(all)('%s: every pod passes Pod Security restricted and kube-linter defaults', (_name, manifests) => {
    expectNoPodSecurityFindings(manifests);
  });

  test.each(all)('%s: holds no Secret and no literal secret', (_name, manifests) => {
    // GIVEN a rendered service (healthcare has a secretEnv)
    // THEN no Secret object is rendered (ESO makes it in the cluster) ...
    expect(manifests.map((m) => m.kind)).not.toContain('Secret');
    // ... and no `value` anywhere holds something that looks like a secret or a credentialed URL
    for (const value of stringsUnder(manifests, 'value')) {
      expect(value).not.toMatch(/secret|password|passwd|token|mongodb(\+srv)?:|:\/\/[^/\s]*:[^@\s]*@/i);
    }
  });
});

describe('ServiceChart: namespace and service account', () => {
  test('the namespace enforces Pod Security restricted and injects the Istio sidecar', () => {
    const ns = find(rendered.prodUsHealthcare, 'Namespace', serviceNamespace(serviceOf(prod, HEALTHCARE)));
    expect(ns.metadata.namespace).toBeUndefined();
    expect(ns.metadata.labels).toEqual(expect.objectContaining({
      'pod-security.kubernetes.io/enforce': 'restricted',
      'pod-security.kubernetes.io/enforce-version': 'latest',
      'pod-security.kubernetes.io/audit': 'restricted',
      'pod-security.kubernetes.io/warn': 'restricted',
      'istio-injection': 'enabled',
    }));
  });

  test('every namespaced object lives in the service namespace', () => {
    for (const m of rendered.prodUsHealthcare.filter((o) => o.kind !== 'Namespace')) {
      expect([m.kind, m.metadata.namespace]).toEqual([m.kind, HEALTHCARE]);
    }
  });

  test('by default neither the service account nor the pods mount an API token', () => {
    // GIVEN the shipped config (automountServiceAccountToken defaults to false)
    const service = serviceOf(prod, HEALTHCARE);
    const sa = find(rendered.prodUsHealthcare, 'ServiceAccount', serviceAccountName(service));
    expect(sa.automountServiceAccountToken).toBe(false);
    for (const v of ['v1', 'v2']) {
      expect(podSpec(rendered.prodUsHealthcare, v).automountServiceAccountToken).toBe(false);
      expect(podSpec(rendered.prodUsHealthcare, v).serviceAccountName).toBe(serviceAccountName(service));
    }
  });

  test('automountServiceAccountToken: true is passed to the service account and the pods', () => {
    // GIVEN a service that needs the Kubernetes API
    const config = variant('dev', (d) => { d.services[1].automountServiceAccountToken = true; });
    // WHEN rendered
    const manifests = renderService(config, 'us-east-1', IOT);
    // THEN both say so
    expect(find(manifests, 'ServiceAccount', IOT).automountServiceAccountToken).toBe(true);
    expect(podSpec(manifests, 'v1', IOT).automountServiceAccountToken).toBe(true);
  });
});

describe('ServiceChart: Deployments', () => {
  test('one Deployment per version, each with its own image and app/version labels', () => {
    const service = serviceOf(prod, HEALTHCARE);
    const deployments = ofKind(rendered.prodUsHealthcare, 'Deployment');
    expect(deployments.map((d) => [d.metadata.name, d.spec.template.spec.containers[0].image])).toEqual([
      [serviceVersionName(service, { name: 'v1' }), 'automatedai/healthcare-service:1.0.0'],
      [serviceVersionName(service, { name: 'v2' }), 'automatedai/healthcare-service:1.1.0'],
    ]);
    for (const [d, version] of [[deployments[0], 'v1'], [deployments[1], 'v2']] as const) {
      const labels = { app: HEALTHCARE, version };
      expect(d.spec.selector).toEqual({ matchLabels: labels });
      expect(d.spec.template.metadata.labels).toEqual(labels);
      expect(d.metadata.labels).toEqual(expect.objectContaining(labels));
    }
  });

  test('iot-service has one version, so one Deployment', () => {
    expect(ofKind(rendered.prodUsIot, 'Deployment').map((d) => d.metadata.name)).toEqual(['iot-service-v1']);
    expect(container(rendered.prodUsIot, 'v1', IOT).image).toBe('automatedai/iot-service:1.0.0');
  });

  // 90/10: the stable version gets its share, ceil(replicas x 0.9); the canary ceil(replicas x 0.1)
  // but at least minAvailable + 1, so its PodDisruptionBudget never blocks a node drain.
  test.each([
    { where: 'prod us-east-1 (regionReplicas 5, minAvailable 2)', key: 'prodUsHealthcare', v1: 5, v2: 3 },
    { where: 'prod eu-west-1 (regionReplicas 3, minAvailable 2)', key: 'prodEuHealthcare', v1: 3, v2: 3 },
    { where: 'dev (replicas 2, minAvailable 1)', key: 'devHealthcare', v1: 2, v2: 2 },
  ] as const)('healthcare replicas per version follow the traffic weights in $where: v1 $v1, v2 $v2', ({ key, v1, v2 }) => {
    expect(deployment(rendered[key], 'v1').spec.replicas).toBe(v1);
    expect(deployment(rendered[key], 'v2').spec.replicas).toBe(v2);
  });

  test('GIVEN a larger region WHEN sized THEN the canary stays near its 10 % share instead of a full copy', () => {
    const big = variant('prod', (d) => Object.assign(d.services.find((x: { name: string }) => x.name === HEALTHCARE), { regionReplicas: { 'us-east-1': 20, 'eu-west-1': 3 }, maxReplicas: 40 }));
    const m = renderService(big, 'us-east-1', HEALTHCARE);
    expect(deployment(m, 'v1').spec.replicas).toBe(18);
    expect(deployment(m, 'v2').spec.replicas).toBe(3);
  });

  test('rollouts surge instead of dropping below the serving capacity', () => {
    expect(deployment(rendered.prodUsHealthcare, 'v1').spec.strategy).toEqual({
      type: 'RollingUpdate',
      rollingUpdate: { maxUnavailable: 0, maxSurge: '25%' },
    });
  });

  test('the container listens on the service port, named http', () => {
    expect(container(rendered.prodUsHealthcare, 'v1').ports).toEqual([{ name: 'http', containerPort: 8080, protocol: 'TCP' }]);
  });

  test('readiness probe exactly as configured; liveness later and less often on the same path', () => {
    const c = container(rendered.prodUsHealthcare, 'v1');
    expect(c.readinessProbe).toEqual({ httpGet: { path: '/health', port: 'http' }, initialDelaySeconds: 10, periodSeconds: 5 });
    expect(c.livenessProbe).toEqual({ httpGet: { path: '/health', port: 'http' }, initialDelaySeconds: 30, periodSeconds: 10, failureThreshold: 3 });
  });

  test('a configured healthPath and readiness timing are used', () => {
    const config = variant('dev', (d) => {
      d.services[1].healthPath = '/ready';
      d.services[1].readiness = { initialDelaySeconds: 20, periodSeconds: 7 };
    });
    const c = container(renderService(config, 'us-east-1', IOT), 'v1', IOT);
    expect(c.readinessProbe).toEqual({ httpGet: { path: '/ready', port: 'http' }, initialDelaySeconds: 20, periodSeconds: 7 });
    expect(c.livenessProbe).toEqual(expect.objectContaining({ httpGet: { path: '/ready', port: 'http' }, initialDelaySeconds: 60, periodSeconds: 14 }));
  });

  test('resources exactly as configured', () => {
    expect(container(rendered.prodUsHealthcare, 'v2').resources).toEqual({
      requests: { cpu: '100m', memory: '128Mi' },
      limits: { cpu: '500m', memory: '512Mi' },
    });
    expect(container(rendered.prodUsIot, 'v1', IOT).resources).toEqual({
      requests: { cpu: '200m', memory: '256Mi' },
      limits: { cpu: '1', memory: '1Gi' },
    });
  });

  test('security context meets Pod Security restricted, with a writable /tmp only', () => {
    const spec = podSpec(rendered.prodUsHealthcare, 'v1');
    expect(spec.securityContext).toEqual({
      runAsNonRoot: true,
      runAsUser: SERVICE_RUN_AS_USER,
      runAsGroup: SERVICE_RUN_AS_USER,
      fsGroup: SERVICE_RUN_AS_USER,
      seccompProfile: { type: 'RuntimeDefault' },
    });
    expect(SERVICE_RUN_AS_USER).toBeGreaterThan(0);
    expect(spec.containers[0].securityContext).toEqual({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      privileged: false,
      capabilities: { drop: ['ALL'] },
    });
    expect(spec.containers[0].volumeMounts).toEqual([{ name: 'tmp', mountPath: '/tmp' }]);
    expect(spec.volumes).toEqual([{ name: 'tmp', emptyDir: { sizeLimit: '64Mi' } }]);
    expect(spec.terminationGracePeriodSeconds).toBe(TERMINATION_GRACE_PERIOD_SECONDS);
  });

  test('pods spread over zones and nodes, per version and rollout revision', () => {
    const spec = podSpec(rendered.prodUsHealthcare, 'v2');
    const selector = { matchLabels: { app: HEALTHCARE, version: 'v2' } };
    expect(spec.topologySpreadConstraints).toEqual(['topology.kubernetes.io/zone', 'kubernetes.io/hostname'].map((topologyKey) => ({
      topologyKey,
      maxSkew: 1,
      whenUnsatisfiable: 'ScheduleAnyway',
      labelSelector: selector,
      matchLabelKeys: ['pod-template-hash'],
    })));
    expect(spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution).toEqual([
      { weight: 100, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: selector } },
    ]);
  });

  test('pods go to the application node group when the cluster has one', () => {
    // GIVEN the shipped config, whose node groups label the application nodes workload=application
    expect(podSpec(rendered.prodUsHealthcare, 'v1').nodeSelector).toEqual({ workload: 'application' });
    // GIVEN a cluster whose node groups carry no such label
    const config = variant('dev', (d) => { d.eks.nodeGroups[0].labels = {}; });
    // THEN the pods may run anywhere (rather than stay Pending)
    expect(podSpec(renderService(config, 'us-east-1', IOT), 'v1', IOT).nodeSelector).toBeUndefined();
  });

  test('pods are annotated for Prometheus scraping on the metrics port', () => {
    expect(deployment(rendered.prodUsHealthcare, 'v1').spec.template.metadata.annotations).toEqual({
      'prometheus.io/scrape': 'true',
      'prometheus.io/port': '8080',
      'prometheus.io/path': '/metrics',
      'kubectl.kubernetes.io/default-container': HEALTHCARE,
    });
  });

  test('a separate metricsPort is scraped and exposed as a second container port', () => {
    const config = variant('dev', (d) => { d.services[1].metricsPort = 9090; });
    const manifests = renderService(config, 'us-east-1', IOT);
    expect(deployment(manifests, 'v1', IOT).spec.template.metadata.annotations['prometheus.io/port']).toBe('9090');
    expect(container(manifests, 'v1', IOT).ports).toEqual([
      { name: 'http', containerPort: 8080, protocol: 'TCP' },
      { name: 'http-metrics', containerPort: 9090, protocol: 'TCP' },
    ]);
    expectNoPodSecurityFindings(manifests);
  });
});

describe('ServiceChart: environment and secrets', () => {
  test('a secretEnv variable comes from the ExternalSecret-made Secret, by its own name', () => {
    const service = serviceOf(prod, HEALTHCARE);
    for (const v of ['v1', 'v2']) {
      expect(container(rendered.prodUsHealthcare, v).env).toEqual([{
        name: 'DB_CONNECTION_STRING',
        valueFrom: { secretKeyRef: { name: serviceSecretObjectName(service), key: 'DB_CONNECTION_STRING' } },
      }, {
        // it reads flags (config/prod.yaml): where its pod's AppConfig Agent serves them
        name: 'FEATURE_FLAGS_URL',
        value: 'http://localhost:2772/applications/automatedai-prod/environments/prod/configurations/feature-flags',
      }]);
    }
  });

  test('the ExternalSecret reads each variable from its derived Secrets Manager name', () => {
    const service = serviceOf(prod, HEALTHCARE);
    const es = find(rendered.prodUsHealthcare, 'ExternalSecret', serviceSecretObjectName(service));
    expect(es.apiVersion).toBe('external-secrets.io/v1');
    expect(es.spec).toEqual({
      secretStoreRef: { kind: 'ClusterSecretStore', name: SECRET_STORE_NAME },
      refreshInterval: '1h',
      target: { name: serviceSecretObjectName(service), creationPolicy: 'Owner' },
      data: [{ secretKey: 'DB_CONNECTION_STRING', remoteRef: { key: serviceSecretName(prod, service, 'DB_CONNECTION_STRING') } }],
    });
    // The derived name is environment-specific: dev reads dev's secret.
    const devEs = find(rendered.devHealthcare, 'ExternalSecret', serviceSecretObjectName(service));
    expect(devEs.spec.data[0].remoteRef.key).toBe(serviceSecretName(dev, service, 'DB_CONNECTION_STRING'));
    expect(devEs.spec.data[0].remoteRef.key).not.toBe(es.spec.data[0].remoteRef.key);
  });

  test('a service without secretEnv renders no ExternalSecret and no secret reference', () => {
    expect(ofKind(rendered.prodUsIot, 'ExternalSecret')).toEqual([]);
    expect(keysIn(rendered.prodUsIot)).not.toContain('secretKeyRef');
    expect(container(rendered.prodUsIot, 'v1', IOT).env).toBeUndefined();
  });

  test('plain env is rendered as values, sorted, before the secret variables', () => {
    const config = variant('dev', (d) => { d.services[0].env = { LOG_LEVEL: 'info', APP_MODE: 'api' }; });
    const env = container(renderService(config, 'us-east-1', HEALTHCARE), 'v1').env;
    expect(env.map((e: Manifest) => [e.name, e.value])).toEqual([
      ['APP_MODE', 'api'],
      ['LOG_LEVEL', 'info'],
      ['DB_CONNECTION_STRING', undefined],
      ['FEATURE_FLAGS_URL', 'http://localhost:2772/applications/automatedai-dev/environments/dev/configurations/feature-flags'],
    ]);
  });

  test('fails when a variable is both in env and secretEnv', () => {
    const config = variant('dev', (d) => { d.services[0].env = { DB_CONNECTION_STRING: 'x' }; });
    expect(() => renderService(config, 'us-east-1', HEALTHCARE)).toThrow(
      'services[0].env.DB_CONNECTION_STRING: also listed in secretEnv; a variable comes from one place',
    );
  });

  test.each(['DB_PASSWORD', 'CLIENT_SECRET', 'STRIPE_API_KEY', 'AWS_CREDENTIALS'])('fails when a plain env variable looks like a secret: %s', (name) => {
    const config = variant('dev', (d) => { d.services[1].env = { [name]: 'hunter2' }; });
    expect(() => renderService(config, 'us-east-1', IOT)).toThrow(`services[1].env.${name}: looks like a secret`);
  });
});

describe('ServiceChart: Service, autoscaling, disruption budgets', () => {
  test('one ClusterIP Service over all versions, port named http for Istio', () => {
    const svc = find(rendered.prodUsHealthcare, 'Service', HEALTHCARE);
    expect(svc.spec).toEqual({
      type: 'ClusterIP',
      selector: { app: HEALTHCARE },
      ports: [{ name: 'http', port: 8080, targetPort: 'http', protocol: 'TCP' }],
    });
  });

  test.each([
    ['prod us-east-1: floors 5/3, ceilings 90 % and 10 % of maxReplicas 15', 'prodUsHealthcare', HEALTHCARE, ['v1', 'v2'], [5, 3], [14, 3]],
    ['prod eu-west-1: floors 3/3, ceilings 14/3', 'prodEuHealthcare', HEALTHCARE, ['v1', 'v2'], [3, 3], [14, 3]],
    ['dev: floors 2/2, ceilings of the default 3 x 2', 'devHealthcare', HEALTHCARE, ['v1', 'v2'], [2, 2], [6, 2]],
    ['prod iot (one version): floor 3, maxReplicas 12', 'prodUsIot', IOT, ['v1'], [3], [12]],
  ] as const)('one HPA per version, %s', (_case, key, service, versions, mins, maxes) => {
    const hpas = ofKind(rendered[key], 'HorizontalPodAutoscaler');
    expect(hpas.map((h) => h.metadata.name)).toEqual(versions.map((v) => `${service}-${v}`));
    for (const [i, v] of versions.entries()) {
      expect(hpas[i].apiVersion).toBe('autoscaling/v2');
      expect(hpas[i].spec).toEqual({
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: `${service}-${v}` },
        minReplicas: mins[i],
        maxReplicas: maxes[i],
        metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }],
      });
    }
  });

  test('a configured CPU target is used', () => {
    const config = variant('dev', (d) => { d.services[1].targetCpuUtilizationPercent = 55; });
    const hpa = find(renderService(config, 'us-east-1', IOT), 'HorizontalPodAutoscaler', 'iot-service-v1');
    expect(hpa.spec.metrics[0].resource.target.averageUtilization).toBe(55);
  });

  test('one PodDisruptionBudget per version, selecting that version only', () => {
    const pdbs = ofKind(rendered.prodUsHealthcare, 'PodDisruptionBudget');
    expect(pdbs.map((p) => [p.apiVersion, p.metadata.name, p.spec])).toEqual(['v1', 'v2'].map((v) => [
      'policy/v1',
      `${HEALTHCARE}-${v}`,
      { minAvailable: 2, selector: { matchLabels: { app: HEALTHCARE, version: v } }, unhealthyPodEvictionPolicy: 'AlwaysAllow' },
    ]));
    expect(find(rendered.devHealthcare, 'PodDisruptionBudget', `${HEALTHCARE}-v1`).spec.minAvailable).toBe(1);
  });
});

describe('ServiceChart: the checks catch a broken rendering', () => {
  /** The prod healthcare rendering with its v1 Deployment changed by `mutate`. */
  function broken(mutate: (d: Manifest) => void): Manifest[] {
    const copy: Manifest[] = JSON.parse(JSON.stringify(rendered.prodUsHealthcare));
    mutate(find(copy, 'Deployment', `${HEALTHCARE}-v1`));
    return copy;
  }

  test.each([
    ['runAsNonRoot removed', (d: Manifest) => { delete d.spec.template.spec.securityContext.runAsNonRoot; }, 'pss-run-as-non-root'],
    ['privilege escalation allowed', (d: Manifest) => { d.spec.template.spec.containers[0].securityContext.allowPrivilegeEscalation = true; }, 'pss-privilege-escalation'],
    ['capabilities not dropped', (d: Manifest) => { delete d.spec.template.spec.containers[0].securityContext.capabilities; }, 'pss-capabilities'],
    ['seccomp profile removed', (d: Manifest) => { delete d.spec.template.spec.securityContext.seccompProfile; }, 'pss-seccomp'],
    ['writable root filesystem', (d: Manifest) => { d.spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem = false; }, 'no-read-only-root-fs'],
    ['anti-affinity removed', (d: Manifest) => { delete d.spec.template.spec.affinity; }, 'no-anti-affinity'],
    ['a literal secret in env', (d: Manifest) => { d.spec.template.spec.containers[0].env = [{ name: 'DB_SECRET', value: 'hunter2' }]; }, 'env-var-secret'],
  ] as const)('%s is reported', (_case, mutate, check) => {
    // GIVEN a valid rendering, WHEN one field of one Deployment is broken
    const findings = checkPodSecurity(broken(mutate));
    // THEN the check for it fails, on that Deployment
    expect(findings.map((f) => [f.check, f.object])).toContainEqual([check, `Deployment/${HEALTHCARE}/${HEALTHCARE}-v1`]);
    // (the unbroken rendering has no findings at all)
    expect(checkPodSecurity(rendered.prodUsHealthcare)).toEqual([]);
  });

  test('the schema check catches a malformed field', () => {
    const manifests = broken((d) => { d.spec.replicas = 'five'; });
    expect(validateManifests(manifests).join('\n')).toMatch(`Deployment/${HEALTHCARE}/${HEALTHCARE}-v1: spec.replicas`);
  });
});

describe('ServiceChart: snapshots (tripwire beside the assertions above)', () => {
  test('prod us-east-1 healthcare-service', () => {
    expect(rendered.prodUsHealthcare).toMatchSnapshot();
  });

  test('prod us-east-1 iot-service', () => {
    expect(rendered.prodUsIot).toMatchSnapshot();
  });
});

describe('ServiceChart: the AppConfig Agent beside the services that read flags', () => {
  const agentOf = (manifests: Manifest[], version: string, service = HEALTHCARE) =>
    (podSpec(manifests, version, service).initContainers ?? []).find((c: Manifest) => c.name === APPCONFIG_AGENT_CONTAINER);

  test('GIVEN healthcare-service reads a flag WHEN rendered THEN every version runs the agent as a native sidecar that the app waits for', () => {
    for (const [manifests, version] of [[rendered.prodUsHealthcare, 'v1'], [rendered.prodUsHealthcare, 'v2'], [rendered.devHealthcare, 'v1']] as const) {
      const agent = agentOf(manifests, version);
      expect(agent).toMatchObject({
        image: 'public.ecr.aws/aws-appconfig/aws-appconfig-agent:2.x',
        restartPolicy: 'Always',
        ports: [{ name: 'appconfig', containerPort: 2772, protocol: 'TCP' }],
        startupProbe: { tcpSocket: { port: 2772 } },
        resources: { requests: { cpu: '25m', memory: '64Mi' }, limits: { memory: '128Mi' } },
        securityContext: { runAsNonRoot: true, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
      });
    }
    expect(Object.fromEntries(agentOf(rendered.devHealthcare, 'v1').env.map((e: Manifest) => [e.name, e.value]))).toEqual({
      SERVICE_REGION: 'us-east-1',
      PREFETCH_LIST: '/applications/automatedai-dev/environments/dev/configurations/feature-flags',
      HTTP_PORT: '2772',
      POLL_INTERVAL: String(APPCONFIG_AGENT_POLL_SECONDS),
    });
    expectNoPodSecurityFindings(rendered.prodUsHealthcare);
    expectNoPodSecurityFindings(rendered.devHealthcare);
  });

  test('GIVEN a configured agent image WHEN rendered THEN the agent runs it (pinned by digest, say)', () => {
    const digest = `public.ecr.aws/aws-appconfig/aws-appconfig-agent@sha256:${'a'.repeat(64)}`;
    const config = variant('dev', (d) => { d.observability.featureFlags.agentImage = digest; });
    expect(agentOf(renderService(config, 'us-east-1', HEALTHCARE), 'v1').image).toBe(digest);
  });

  test('GIVEN iot-service reads no flag WHEN rendered THEN no agent, no flag URL, no flag egress, and the same output as with no flags at all', () => {
    for (const manifests of [rendered.prodUsIot, rendered.prodEuIot, rendered.devIot]) {
      expect(podSpec(manifests, 'v1', IOT).initContainers).toBeUndefined();
      expect(JSON.stringify(manifests)).not.toMatch(/FEATURE_FLAGS_URL|appconfig|allow-feature-flags/);
    }
    const none = variant('prod', (d) => { d.observability.featureFlags.flags = {}; for (const s of d.services) delete s.featureFlags; });
    expect(renderService(none, 'us-east-1', IOT)).toEqual(rendered.prodUsIot);
    expect(podSpec(renderService(none, 'us-east-1', HEALTHCARE), 'v1').initContainers).toBeUndefined();
  });

  test('GIVEN a flag reader WHEN rendered THEN its pods may reach AppConfig Data in the VPC and the Pod Identity agent, and the mesh knows AppConfig Data', () => {
    const np = find(rendered.prodUsHealthcare, 'NetworkPolicy', 'allow-feature-flags');
    expect(np.spec).toEqual({
      podSelector: { matchLabels: { app: HEALTHCARE } },
      policyTypes: ['Egress'],
      egress: [
        { to: [{ ipBlock: { cidr: '10.0.0.0/16' } }], ports: [{ protocol: 'TCP', port: 443 }] },
        { to: [{ ipBlock: { cidr: '169.254.170.23/32' } }], ports: [{ protocol: 'TCP', port: 80 }] },
      ],
    });
    expect(find(rendered.prodEuHealthcare, 'ServiceEntry', 'appconfigdata').spec).toEqual({
      hosts: ['appconfigdata.eu-west-1.amazonaws.com'],
      location: 'MESH_EXTERNAL',
      resolution: 'DNS',
      ports: [{ number: 443, name: 'tls', protocol: 'TLS' }],
      exportTo: ['.'],
    });
  });

  test('GIVEN the Kafka layer renders the Pod Identity agent\'s ServiceEntry for MSK clients WHEN a flag reader is one THEN the services layer does not render a second', () => {
    // prod: healthcare-service is an MSK client, so kafka-clients.yaml holds the entry
    expect(ofKind(rendered.prodUsHealthcare, 'ServiceEntry').map((e) => e.metadata.name)).toEqual(['appconfigdata']);
    // dev: Strimzi, no Kafka entry, so the service chart renders it
    expect(ofKind(rendered.devHealthcare, 'ServiceEntry').map((e) => e.metadata.name)).toEqual(['appconfigdata', 'eks-pod-identity-agent']);
    expect(find(rendered.devHealthcare, 'ServiceEntry', 'eks-pod-identity-agent').spec).toMatchObject({ addresses: ['169.254.170.23/32'], exportTo: ['.'] });
  });
});

describe('ServiceEntries across layers (the committed k8s/ render)', () => {
  test('GIVEN every rendered cluster WHEN read THEN no namespace holds two ServiceEntries of one name or one address', () => {
    const root = path.join(ROOT, 'k8s');
    const problems: string[] = [];
    for (const env of fs.readdirSync(root)) {
      for (const region of fs.readdirSync(path.join(root, env)).filter((r) => r !== 'argocd')) {
        const dir = path.join(root, env, region);
        const entries = fs.readdirSync(dir).filter((f) => f.endsWith('.yaml'))
          .flatMap((f) => YAML.parseAllDocuments(fs.readFileSync(path.join(dir, f), 'utf8')).map((d) => d.toJS() as Manifest))
          .filter((m) => m?.kind === 'ServiceEntry');
        const seen = new Set<string>();
        for (const e of entries) {
          for (const key of [`name ${e.metadata.name}`, ...(e.spec.addresses ?? []).map((a: string) => `address ${a}`)]) {
            const id = `${env}/${region} ${e.metadata.namespace}: ${key}`;
            if (seen.has(id)) problems.push(id);
            seen.add(id);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
