import { PlatformConfig } from '../../lib/config';
import { OUTLIER_DETECTION } from '../../lib/config/traffic';
import { CONNECTION_POOL, RETRY_ON, ServiceMeshChart } from '../../lib/mesh';
import { expectValidManifests } from '../helpers/k8s-schema';
import { Manifest, configOf, find, namesOf, shipped, synth } from './fixtures';

const prod = shipped('prod');
const dev = shipped('dev');

/** Renders the chart of service `name` for the hub region. */
function render(config: PlatformConfig, name: string): Manifest[] {
  const service = config.services.find((s) => s.name === name)!;
  return synth((app) => new ServiceMeshChart(app, name, { config, region: config.hubRegion, service }));
}

const healthcare = render(prod, 'healthcare-service');
const iot = render(prod, 'iot-service');
const all = (config: PlatformConfig) => config.services.map((s) => [s.name, render(config, s.name)] as const);

const HC = 'healthcare-service';
const HC_HOST = 'healthcare-service.healthcare-service.svc.cluster.local';
const INGRESS_SA = 'cluster.local/ns/istio-ingress/sa/istio-ingress';
const IOT_SA = 'cluster.local/ns/iot-service/sa/iot-service';

/** `{ subset: weight }` of every route of an http rule. */
const weights = (http: any) => Object.fromEntries(http.route.map((r: any) => [r.destination.subset, r.weight]));
const nsPeer = (ns: string, app?: Record<string, string>) => ({
  namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': ns } },
  ...(app ? { podSelector: { matchLabels: app } } : {}),
});

describe('canary routing', () => {
  test('GIVEN prod WHEN rendered THEN healthcare-service splits 90/10 between v1 and v2, in the mesh and at the ingress', () => {
    expect(weights(find(healthcare, 'VirtualService', HC, HC).spec.http[0])).toEqual({ v1: 90, v2: 10 });
    expect(weights(find(healthcare, 'VirtualService', `${HC}-ingress`, HC).spec.http[0])).toEqual({ v1: 90, v2: 10 });
  });

  test('GIVEN prod WHEN rendered THEN iot-service sends 100 to v1', () => {
    expect(weights(find(iot, 'VirtualService', 'iot-service', 'iot-service').spec.http[0])).toEqual({ v1: 100 });
  });

  test.each([
    ['prod', prod],
    ['dev', dev],
  ])('GIVEN %s WHEN rendered THEN every VirtualService\'s weights sum to 100 and name existing subsets', (_env, config) => {
    for (const [, manifests] of all(config)) {
      const subsets = manifests.find((m) => m.kind === 'DestinationRule')!.spec.subsets.map((s: any) => s.name);
      for (const vs of manifests.filter((m) => m.kind === 'VirtualService')) {
        const routes = vs.spec.http[0].route;
        expect(routes.reduce((sum: number, r: any) => sum + r.weight, 0)).toBe(100);
        for (const r of routes) expect(subsets).toContain(r.destination.subset);
      }
    }
  });

  test('GIVEN prod WHEN rendered THEN the mesh VirtualService is bound to mesh for the service FQDN, with timeout and retries from traffic', () => {
    const vs = find(healthcare, 'VirtualService', HC, HC);
    expect(vs.spec.hosts).toEqual([HC_HOST]);
    expect(vs.spec.gateways).toEqual(['mesh']);
    expect(vs.spec.http).toHaveLength(1);
    expect(vs.spec.http[0].timeout).toBe('10s');
    expect(vs.spec.http[0].retries).toEqual({ attempts: 3, perTryTimeout: '3s', retryOn: '5xx,reset,connect-failure,refused-stream' });
    expect(vs.spec.http[0].route[0].destination).toEqual({ host: HC_HOST, subset: 'v1', port: { number: 8080 } });
  });

  test('GIVEN ingressPathPrefix WHEN rendered THEN a second VirtualService binds the ingress Gateway on that prefix (hosts * is not allowed with mesh)', () => {
    const vs = find(healthcare, 'VirtualService', `${HC}-ingress`, HC);
    expect(vs.spec.hosts).toEqual(['*']);
    expect(vs.spec.gateways).toEqual(['istio-ingress/ingress-gateway']);
    // first the health route (it also matches the prefix), rewritten to the probes' path; then the prefix
    expect(vs.spec.http.map((h: any) => [h.name, h.match, h.rewrite])).toEqual([
      ['ingress-health', [{ uri: { exact: '/api/healthcare/health' } }], { uri: '/health' }],
      ['ingress', [{ uri: { prefix: '/api/healthcare' } }], undefined],
    ]);
    for (const h of vs.spec.http) {
      expect(h.timeout).toBe('10s');
      expect(h.retries.retryOn).toBe(RETRY_ON);
      expect(h.route.map((r: any) => [r.destination.subset, r.weight])).toEqual([['v1', 90], ['v2', 10]]);
    }
  });

  test('GIVEN no ingressPathPrefix WHEN rendered THEN only the mesh VirtualService is rendered', () => {
    const config = configOf('prod', (d) => delete d.services[1].ingressPathPrefix);
    expect(namesOf(render(config, 'iot-service'), 'VirtualService')).toEqual(['iot-service']);
  });

  test('GIVEN custom traffic settings WHEN rendered THEN timeout, attempts and per-try timeout follow them', () => {
    const config = configOf('prod', (d) => (d.services[0].traffic = { timeoutSeconds: 2.5, retries: 5, perTryTimeoutSeconds: 1 }));
    const http = find(render(config, HC), 'VirtualService', HC).spec.http[0];
    expect(http.timeout).toBe('2.5s');
    expect(http.retries).toEqual({ attempts: 5, perTryTimeout: '1s', retryOn: RETRY_ON });
  });

  test('GIVEN retries: 0 WHEN rendered THEN retries are explicitly disabled (Istio would otherwise retry twice)', () => {
    const config = configOf('prod', (d) => (d.services[0].traffic = { timeoutSeconds: 10, retries: 0, perTryTimeoutSeconds: 3 }));
    for (const name of [HC, `${HC}-ingress`]) {
      expect(find(render(config, HC), 'VirtualService', name).spec.http[0].retries).toEqual({ attempts: 0 });
    }
  });
});

describe('DestinationRule', () => {
  test('GIVEN prod WHEN rendered THEN one subset per version, selected by its version label', () => {
    const dr = find(healthcare, 'DestinationRule', HC, HC);
    expect(dr.spec.host).toBe(HC_HOST);
    expect(dr.spec.subsets).toEqual([
      { name: 'v1', labels: { version: 'v1' } },
      { name: 'v2', labels: { version: 'v2' } },
    ]);
    expect(find(iot, 'DestinationRule', 'iot-service').spec.subsets).toEqual([{ name: 'v1', labels: { version: 'v1' } }]);
  });

  test('GIVEN prod WHEN rendered THEN traffic uses Istio mTLS with connection limits and outlier detection', () => {
    expect(find(healthcare, 'DestinationRule', HC).spec.trafficPolicy).toEqual({
      tls: { mode: 'ISTIO_MUTUAL' },
      connectionPool: {
        tcp: { maxConnections: CONNECTION_POOL.maxConnections },
        http: {
          http1MaxPendingRequests: CONNECTION_POOL.http1MaxPendingRequests,
          http2MaxRequests: CONNECTION_POOL.http2MaxRequests,
          maxRequestsPerConnection: CONNECTION_POOL.maxRequestsPerConnection,
        },
      },
      outlierDetection: { ...OUTLIER_DETECTION },
    });
  });
});

describe('AuthorizationPolicies', () => {
  test('GIVEN healthcare-service callers [ingress, iot-service] WHEN rendered THEN their principals may call its port', () => {
    expect(find(healthcare, 'AuthorizationPolicy', 'allow-callers', HC).spec).toEqual({
      action: 'ALLOW',
      selector: { matchLabels: { app: HC } },
      rules: [{ from: [{ source: { principals: [INGRESS_SA, IOT_SA] } }], to: [{ operation: { ports: ['8080'] } }] }],
    });
  });

  test('GIVEN iot-service callers [ingress] WHEN rendered THEN only the ingress gateway may call it', () => {
    expect(find(iot, 'AuthorizationPolicy', 'allow-callers', 'iot-service').spec.rules[0].from).toEqual([
      { source: { principals: [INGRESS_SA] } },
    ]);
  });

  test('GIVEN metricsPort 8080 WHEN rendered THEN the monitoring namespace may GET /metrics on it', () => {
    expect(find(healthcare, 'AuthorizationPolicy', 'allow-prometheus', HC).spec).toEqual({
      action: 'ALLOW',
      selector: { matchLabels: { app: HC } },
      rules: [
        {
          from: [{ source: { namespaces: ['monitoring'] } }],
          to: [{ operation: { ports: ['8080'], methods: ['GET'], paths: ['/metrics'] } }],
        },
      ],
    });
  });

  test('GIVEN no metricsPort WHEN rendered THEN the service port is scraped (the schema default)', () => {
    const config = configOf('prod', (d) => (d.services[1].port = 9000));
    const manifests = render(config, 'iot-service');
    expect(find(manifests, 'AuthorizationPolicy', 'allow-prometheus').spec.rules[0].to[0].operation.ports).toEqual(['9000']);
    expect(find(manifests, 'NetworkPolicy', 'allow-prometheus').spec.ingress[0].ports.map((p: any) => p.port)).toEqual([9000, 15020]);
  });

  test('GIVEN a service without callers WHEN rendered THEN no caller policy is rendered (empty principals or peers would mean anyone)', () => {
    const config = configOf('prod', (d) => {
      d.services[1].callers = [];
      delete d.services[1].ingressPathPrefix;
    });
    const manifests = render(config, 'iot-service');
    expect(namesOf(manifests, 'AuthorizationPolicy')).toEqual(['allow-prometheus']);
    expect(namesOf(manifests, 'NetworkPolicy')).not.toContain('allow-callers');
  });
});

describe('NetworkPolicies', () => {
  test.each([
    ['prod', prod],
    ['dev', dev],
  ])('GIVEN %s WHEN rendered THEN every service namespace has a default-deny for ingress and egress', (_env, config) => {
    for (const [name, manifests] of all(config)) {
      expect(find(manifests, 'NetworkPolicy', 'default-deny', name).spec).toEqual({ podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
    }
  });

  test('GIVEN prod WHEN rendered THEN exactly the derived policies exist per namespace', () => {
    expect(namesOf(healthcare, 'NetworkPolicy', HC).sort()).toEqual([
      'allow-callers',
      'allow-dns',
      'allow-mesh-control-plane',
      'allow-prometheus',
      'default-deny',
    ]);
    expect(namesOf(iot, 'NetworkPolicy', 'iot-service').sort()).toEqual([
      'allow-callees',
      'allow-callers',
      'allow-dns',
      'allow-mesh-control-plane',
      'allow-prometheus',
      'default-deny',
    ]);
  });

  test('GIVEN healthcare-service callers WHEN rendered THEN the gateway pods and iot-service pods may reach its port', () => {
    expect(find(healthcare, 'NetworkPolicy', 'allow-callers', HC).spec).toEqual({
      podSelector: { matchLabels: { app: HC } },
      policyTypes: ['Ingress'],
      ingress: [
        {
          from: [nsPeer('istio-ingress', { istio: 'ingress' }), nsPeer('iot-service', { app: 'iot-service' })],
          ports: [{ protocol: 'TCP', port: 8080 }],
        },
      ],
    });
  });

  test('GIVEN iot-service callers [ingress] WHEN rendered THEN only the gateway pods may reach it', () => {
    expect(find(iot, 'NetworkPolicy', 'allow-callers', 'iot-service').spec.ingress[0].from).toEqual([nsPeer('istio-ingress', { istio: 'ingress' })]);
  });

  test('GIVEN prod WHEN rendered THEN Prometheus may reach the metrics port and the merged metrics port 15020', () => {
    expect(find(healthcare, 'NetworkPolicy', 'allow-prometheus', HC).spec.ingress).toEqual([
      {
        from: [nsPeer('monitoring')],
        ports: [
          { protocol: 'TCP', port: 8080 },
          { protocol: 'TCP', port: 15020 },
        ],
      },
    ]);
  });

  test('GIVEN iot-service is a caller of healthcare-service WHEN rendered THEN iot-service may reach it, and healthcare-service calls no one', () => {
    expect(find(iot, 'NetworkPolicy', 'allow-callees', 'iot-service').spec).toEqual({
      podSelector: { matchLabels: { app: 'iot-service' } },
      policyTypes: ['Egress'],
      egress: [{ to: [nsPeer(HC, { app: HC })], ports: [{ protocol: 'TCP', port: 8080 }] }],
    });
    expect(namesOf(healthcare, 'NetworkPolicy')).not.toContain('allow-callees');
  });

  test('GIVEN prod WHEN rendered THEN every pod may resolve DNS over UDP and TCP and reach istiod on 15012', () => {
    expect(find(healthcare, 'NetworkPolicy', 'allow-dns', HC).spec).toEqual({
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [
        {
          to: [nsPeer('kube-system', { 'k8s-app': 'kube-dns' })],
          ports: [
            { protocol: 'UDP', port: 53 },
            { protocol: 'TCP', port: 53 },
          ],
        },
      ],
    });
    expect(find(healthcare, 'NetworkPolicy', 'allow-mesh-control-plane', HC).spec).toEqual({
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [{ to: [nsPeer('istio-system', { app: 'istiod' })], ports: [{ protocol: 'TCP', port: 15012 }] }],
    });
  });

  test('GIVEN secretEnv WHEN rendered THEN no AWS egress is opened (secrets arrive through External Secrets)', () => {
    const egress = healthcare.filter((m) => m.kind === 'NetworkPolicy').flatMap((m) => m.spec.egress ?? []);
    expect(egress.flatMap((rule: any) => rule.to).some((peer: any) => peer.ipBlock)).toBe(false);
    expect(egress.flatMap((rule: any) => rule.ports).map((p: any) => p.port)).not.toContain(443);
  });
});

describe('validation', () => {
  test('fails when the service is not in config.services', () => {
    const stranger = { ...prod.services[0], name: 'stranger' };
    expect(() => synth((app) => new ServiceMeshChart(app, 'x', { config: prod, region: prod.hubRegion, service: stranger }))).toThrow(
      "ServiceMeshChart: service 'stranger' is not in config.services (allowed: healthcare-service, iot-service)",
    );
  });
});

describe('output', () => {
  test.each([
    ['prod', prod],
    ['dev', dev],
  ])('GIVEN %s WHEN rendered THEN every object is valid against its schema and durations are Istio durations', (_env, config) => {
    for (const [, manifests] of all(config)) {
      expectValidManifests(manifests);
      for (const vs of manifests.filter((m) => m.kind === 'VirtualService')) {
        expect(vs.spec.http[0].timeout).toMatch(/^\d+(\.\d+)?s$/);
        expect(vs.spec.http[0].retries.perTryTimeout).toMatch(/^\d+(\.\d+)?s$/);
      }
    }
  });

  test.each([
    ['healthcare-service', healthcare],
    ['iot-service', iot],
  ])('GIVEN prod %s WHEN rendered THEN the output matches the snapshot', (_name, manifests) => {
    expect(manifests).toMatchSnapshot();
  });
});
