import { App, Testing } from 'cdk8s';
import { AtlasClientsChart } from '../../lib/atlas';
import { PlatformConfig, atlasClientServices } from '../../lib/config';
import { expectValidManifests, validateManifests } from '../helpers/k8s-schema';
import { shippedConfig } from '../helpers/synth';

const prod = shippedConfig('prod');

/** The chart's objects for one region of a config. */
function render(config: PlatformConfig, regionName: string): any[] {
  const region = config.regions.find((r) => r.name === regionName)!;
  return Testing.synth(new AtlasClientsChart(new App(), 'atlas-clients', { config, region }));
}

describe('AtlasClientsChart', () => {
  test('GIVEN prod WHEN rendered THEN only the services that read DB_CONNECTION_STRING get Atlas egress', () => {
    const objects = render(prod, 'us-east-1');
    expect(atlasClientServices(prod.services).map((s) => s.name)).toEqual(['healthcare-service']);
    expect(objects.map((o) => [o.kind, o.metadata.namespace, o.metadata.name])).toEqual([
      ['NetworkPolicy', 'healthcare-service', 'allow-atlas'],
      ['Sidecar', 'healthcare-service', 'atlas-client'],
    ]);
  });

  test('GIVEN eu-west-1 WHEN rendered THEN the NetworkPolicy opens only the region\'s VPC on Atlas\'s ports and the Pod Identity agent, for the service\'s pods', () => {
    const policy = render(prod, 'eu-west-1').find((o) => o.kind === 'NetworkPolicy');
    expect(policy.spec).toEqual({
      podSelector: { matchLabels: { app: 'healthcare-service' } },
      policyTypes: ['Egress'],
      egress: [
        { to: [{ ipBlock: { cidr: '10.1.0.0/16' } }], ports: [{ protocol: 'TCP', port: 1024, endPort: 65535 }] },
        { to: [{ ipBlock: { cidr: '169.254.170.23/32' } }], ports: [{ protocol: 'TCP', port: 80 }] },
      ],
    });
  });

  test('GIVEN prod WHEN rendered THEN the service\'s proxies pass through to destinations the NetworkPolicy allows (Atlas ports are not enumerable)', () => {
    const sidecar = render(prod, 'us-east-1').find((o) => o.kind === 'Sidecar');
    expect(sidecar).toMatchObject({
      apiVersion: 'networking.istio.io/v1',
      spec: { workloadSelector: { labels: { app: 'healthcare-service' } }, outboundTrafficPolicy: { mode: 'ALLOW_ANY' } },
    });
  });

  test('GIVEN every shipped region WHEN rendered THEN every object is schema-valid (and the validator rejects a broken one)', () => {
    for (const env of ['prod', 'dev']) {
      const config = shippedConfig(env);
      for (const region of config.regions) expectValidManifests(render(config, region.name));
    }
    const broken = render(prod, 'us-east-1').map((o) => (o.kind === 'NetworkPolicy' ? { ...o, spec: { ...o.spec, policyTypes: 'Egress' } } : o));
    expect(validateManifests(broken).length).toBeGreaterThan(0);
  });

  test('GIVEN prod us-east-1 WHEN rendered THEN the output matches the snapshot (tripwire)', () => {
    expect(render(prod, 'us-east-1')).toMatchSnapshot();
  });
});
