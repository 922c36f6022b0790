import { PlatformConfig } from '../../lib/config';
import { INGRESS_PORTS } from '../../lib/config/mesh-names';
import { MeshChart } from '../../lib/mesh';
import { expectValidManifests } from '../helpers/k8s-schema';
import { Manifest, configOf, find, namesOf, shipped, synth } from './fixtures';

const prod = shipped('prod');
const dev = shipped('dev');

function render(config: PlatformConfig, regionName?: string): Manifest[] {
  const region = config.regions.find((r) => r.name === (regionName ?? config.hubRegion.name))!;
  return synth((app) => new MeshChart(app, 'mesh', { config, region }));
}

const east = render(prod, 'us-east-1');
const west = render(prod, 'eu-west-1');
const devEast = render(dev);

describe('mesh-wide security', () => {
  test('GIVEN prod WHEN rendered THEN mTLS is STRICT mesh-wide (PeerAuthentication default in the root namespace)', () => {
    const pa = find(east, 'PeerAuthentication', 'default', 'istio-system');
    expect(pa.apiVersion).toBe('security.istio.io/v1');
    expect(pa.spec).toEqual({ mtls: { mode: 'STRICT' } });
  });

  test('GIVEN prod WHEN rendered THEN an allow-nothing policy with an empty spec sits in the root namespace', () => {
    const deny = find(east, 'AuthorizationPolicy', 'deny-all', 'istio-system');
    expect(deny.apiVersion).toBe('security.istio.io/v1');
    expect(deny.spec).toEqual({});
  });

  test('GIVEN a custom mesh namespace WHEN rendered THEN the root-namespace objects follow it', () => {
    const manifests = render(configOf('prod', (d) => (d.mesh.namespace = 'mesh-root')));
    expect(find(manifests, 'PeerAuthentication', 'default').metadata.namespace).toBe('mesh-root');
    expect(find(manifests, 'AuthorizationPolicy', 'deny-all').metadata.namespace).toBe('mesh-root');
    expect(find(manifests, 'Telemetry', 'mesh-default').metadata.namespace).toBe('mesh-root');
    const controlPlane = find(manifests, 'NetworkPolicy', 'allow-mesh-control-plane');
    expect(controlPlane.spec.egress[0].to[0].namespaceSelector.matchLabels).toEqual({ 'kubernetes.io/metadata.name': 'mesh-root' });
  });
});

describe('telemetry', () => {
  const byEnv: Record<string, Manifest[]> = { prod: east, dev: devEast };

  test.each([
    ['prod', 1],
    ['dev', 10],
  ])('GIVEN %s WHEN rendered THEN tracing samples mesh.tracingSamplingPercent (%d %)', (env, percent) => {
    const telemetry = find(byEnv[env], 'Telemetry', 'mesh-default', 'istio-system');
    expect(telemetry.apiVersion).toBe('telemetry.istio.io/v1');
    expect(telemetry.spec).toEqual({ tracing: [{ randomSamplingPercentage: percent }] });
  });
});

describe('ingress gateway', () => {
  test('GIVEN prod WHEN rendered THEN the Gateway selects the gateway chart pods, redirects HTTP 8080 to HTTPS and serves HTTPS 8443', () => {
    const gw = find(east, 'Gateway', 'ingress-gateway', 'istio-ingress');
    expect(gw.apiVersion).toBe('networking.istio.io/v1');
    expect(gw.spec.selector).toEqual({ istio: 'ingress' });
    expect(gw.spec.servers).toEqual([
      { port: { number: 8080, name: 'http', protocol: 'HTTP' }, hosts: ['*'], tls: { httpsRedirect: true } },
      {
        port: { number: 8443, name: 'https', protocol: 'HTTPS' },
        hosts: ['*'],
        tls: { mode: 'SIMPLE', credentialName: 'automatedai-ingress-tls', minProtocolVersion: 'TLSV1_2' },
      },
    ]);
  });

  test('GIVEN any environment WHEN rendered THEN every plain-HTTP server of the Gateway redirects to HTTPS (nothing served in clear text)', () => {
    for (const manifests of [east, west, devEast]) {
      const plain = find(manifests, 'Gateway', 'ingress-gateway', 'istio-ingress').spec.servers.filter((s: any) => s.port.protocol === 'HTTP');
      for (const server of plain) expect(server.tls).toEqual({ httpsRedirect: true });
    }
  });

  test('GIVEN prod WHEN rendered THEN an ALLOW policy on the gateway pods admits its two server ports only', () => {
    const allow = find(east, 'AuthorizationPolicy', 'allow-load-balancer', 'istio-ingress');
    expect(allow.spec).toEqual({
      action: 'ALLOW',
      selector: { matchLabels: { istio: 'ingress' } },
      rules: [{ to: [{ operation: { ports: ['8080', '8443'] } }] }],
    });
  });
});

describe('ingress namespace NetworkPolicies', () => {
  test('GIVEN prod WHEN rendered THEN exactly these policies exist in istio-ingress', () => {
    expect(namesOf(east, 'NetworkPolicy', 'istio-ingress').sort()).toEqual([
      'allow-dns',
      'allow-load-balancer',
      'allow-mesh-control-plane',
      'allow-prometheus',
      'allow-upstreams',
      'default-deny',
    ]);
  });

  test('GIVEN prod WHEN rendered THEN default-deny selects every pod for ingress and egress with no rules', () => {
    expect(find(east, 'NetworkPolicy', 'default-deny', 'istio-ingress').spec).toEqual({ podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
  });

  test.each([
    ['us-east-1', east, '10.0.0.0/16'],
    ['eu-west-1', west, '10.1.0.0/16'],
  ])('GIVEN %s WHEN rendered THEN the server ports admit any client (IPs preserved) and the status port only that region\'s VPC', (_region, manifests, cidr) => {
    expect(find(manifests, 'NetworkPolicy', 'allow-load-balancer').spec).toEqual({
      podSelector: { matchLabels: { istio: 'ingress' } },
      policyTypes: ['Ingress'],
      ingress: [
        {
          from: [{ ipBlock: { cidr: '0.0.0.0/0' } }],
          ports: [INGRESS_PORTS.http, INGRESS_PORTS.https].map((port) => ({ protocol: 'TCP', port })),
        },
        {
          from: [{ ipBlock: { cidr } }],
          ports: [{ protocol: 'TCP', port: INGRESS_PORTS.status }],
        },
      ],
    });
  });

  test('GIVEN prod WHEN rendered THEN no rule opens the status port beyond the VPC', () => {
    const rules = find(east, 'NetworkPolicy', 'allow-load-balancer').spec.ingress as Manifest[];
    const open = rules.filter((r) => r.from.some((peer: Manifest) => peer.ipBlock?.cidr === '0.0.0.0/0'));
    expect(open.flatMap((r) => r.ports.map((p: Manifest) => p.port))).not.toContain(INGRESS_PORTS.status);
  });

  test('GIVEN prod WHEN rendered THEN Prometheus reaches the gateway metrics ports from its namespace', () => {
    expect(find(east, 'NetworkPolicy', 'allow-prometheus', 'istio-ingress').spec.ingress).toEqual([
      {
        from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } }],
        ports: [
          { protocol: 'TCP', port: 15020 },
          { protocol: 'TCP', port: 15090 },
        ],
      },
    ]);
  });

  test('GIVEN prod WHEN rendered THEN the gateway may resolve DNS and reach istiod on 15012 only', () => {
    expect(find(east, 'NetworkPolicy', 'allow-dns', 'istio-ingress').spec.egress).toEqual([
      {
        to: [
          {
            namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
            podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
          },
        ],
        ports: [
          { protocol: 'UDP', port: 53 },
          { protocol: 'TCP', port: 53 },
        ],
      },
    ]);
    expect(find(east, 'NetworkPolicy', 'allow-mesh-control-plane', 'istio-ingress').spec.egress).toEqual([
      {
        to: [
          {
            namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'istio-system' } },
            podSelector: { matchLabels: { app: 'istiod' } },
          },
        ],
        ports: [{ protocol: 'TCP', port: 15012 }],
      },
    ]);
  });

  test('GIVEN both services admit ingress WHEN rendered THEN the gateway may reach each on its own port, one rule per service', () => {
    const upstreams = find(east, 'NetworkPolicy', 'allow-upstreams', 'istio-ingress');
    expect(upstreams.spec.podSelector).toEqual({ matchLabels: { istio: 'ingress' } });
    expect(upstreams.spec.egress).toEqual(
      ['healthcare-service', 'iot-service'].map((name) => ({
        to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': name } }, podSelector: { matchLabels: { app: name } } }],
        ports: [{ protocol: 'TCP', port: 8080 }],
      })),
    );
  });

  test('GIVEN no service admits ingress WHEN rendered THEN no upstream egress is rendered (an empty egress rule would allow everything)', () => {
    // Not a valid config (the synthetic canary needs an ingress route), so built from a valid one.
    const valid = configOf('prod', () => undefined);
    const config = { ...valid, services: valid.services.map((s) => ({ ...s, callers: s.callers.filter((c) => c !== 'ingress'), ingressPathPrefix: undefined })) };
    expect(namesOf(render(config), 'NetworkPolicy', 'istio-ingress')).not.toContain('allow-upstreams');
  });
});

describe('validation', () => {
  test('fails when two services\' ingress path prefixes overlap', () => {
    const config = configOf('prod', (d) => (d.services[1].ingressPathPrefix = '/api'));
    expect(() => render(config)).toThrow(
      "services[1].ingressPathPrefix: '/api' overlaps services[0].ingressPathPrefix ('/api/healthcare')",
    );
  });
});

describe('output', () => {
  test.each([
    ['prod us-east-1', east],
    ['prod eu-west-1', west],
    ['dev us-east-1', devEast],
  ])('GIVEN %s WHEN rendered THEN every object is valid against its schema', (_name, manifests) => {
    expectValidManifests(manifests);
  });

  test('GIVEN prod us-east-1 WHEN rendered THEN the output matches the snapshot', () => {
    expect(east).toMatchSnapshot();
  });
});
