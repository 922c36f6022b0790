import * as path from 'path';
import { Testing } from 'cdk8s';
import { PlatformConfig, SECRET_STORE_NAME, ingressCertificateSecretName, ingressTargetGroupName, loadConfigFile } from '../../lib/config';
import { EXPORTED_CERTIFICATE_KEYS, INGRESS_GATEWAY_SERVICE, IngressBindingChart } from '../../lib/edge/ingress-binding-chart';
import { INGRESS_PORTS, ingressTlsSecretName } from '../../lib/config/mesh-names';
import { clusterCharts } from '../../lib/platform/render';
import { expectValidManifests } from '../helpers/k8s-schema';
import { ROOT } from '../helpers/synth';

const prod: PlatformConfig = loadConfigFile(path.join(ROOT, 'config', 'prod.yaml'));
const dev: PlatformConfig = loadConfigFile(path.join(ROOT, 'config', 'dev.yaml'));

function renderAll(config: PlatformConfig, regionIndex = 0): any[] {
  return Testing.synth(new IngressBindingChart(Testing.app(), 'ingress-binding', { config, region: config.regions[regionIndex] }));
}
/** The TargetGroupBindings of a rendering. */
const bindingsOf = (manifests: any[]) => manifests.filter((m) => m.kind === 'TargetGroupBinding');
const render = (config: PlatformConfig, regionIndex = 0) => bindingsOf(renderAll(config, regionIndex));

describe('IngressBindingChart', () => {
  const east = render(prod, 0);
  const west = render(prod, 1);

  test('GIVEN prod WHEN rendered THEN two elbv2.k8s.aws/v1beta1 TargetGroupBindings and one ExternalSecret, all schema-valid', () => {
    expect(renderAll(prod).map((m) => [m.apiVersion, m.kind])).toEqual([
      ['elbv2.k8s.aws/v1beta1', 'TargetGroupBinding'],
      ['elbv2.k8s.aws/v1beta1', 'TargetGroupBinding'],
      ['external-secrets.io/v1', 'ExternalSecret'],
    ]);
    expectValidManifests([...renderAll(prod, 0), ...renderAll(prod, 1), ...renderAll(dev)]);
  });

  test('GIVEN prod WHEN rendered THEN one binding per listener binds the gateway Service port to the derived target-group name', () => {
    expect(east.map((m) => ({ name: m.metadata.name, namespace: m.metadata.namespace, spec: m.spec }))).toEqual([
      {
        name: 'istio-ingress-http',
        namespace: 'istio-ingress',
        spec: {
          targetGroupName: ingressTargetGroupName(prod, 'http'),
          targetType: 'ip',
          ipAddressType: 'ipv4',
          serviceRef: { name: INGRESS_GATEWAY_SERVICE, port: INGRESS_PORTS.http },
        },
      },
      {
        name: 'istio-ingress-https',
        namespace: 'istio-ingress',
        spec: {
          targetGroupName: ingressTargetGroupName(prod, 'https'),
          targetType: 'ip',
          ipAddressType: 'ipv4',
          serviceRef: { name: INGRESS_GATEWAY_SERVICE, port: INGRESS_PORTS.https },
        },
      },
    ]);
    expect(INGRESS_GATEWAY_SERVICE).toBe('istio-ingress');
  });

  test('GIVEN any environment WHEN rendered THEN nothing carries an ARN, a VPC id or security-group rules (deploy-time values)', () => {
    for (const m of [...renderAll(prod, 0), ...renderAll(prod, 1), ...renderAll(dev)]) expect(JSON.stringify(m)).not.toMatch(/arn:|vpc-|sg-|Z[A-Z0-9]{12,}/);
    for (const m of [...east, ...west, ...render(dev)]) {
      expect(m.spec.targetGroupARN).toBeUndefined();
      expect(m.spec.networking).toBeUndefined();
      expect(m.spec.iamRoleArnToAssume).toBeUndefined();
    }
  });

  test('GIVEN dev WHEN rendered THEN the names follow dev\'s project and environment', () => {
    expect(render(dev).map((m) => m.spec.targetGroupName)).toEqual(['automatedai-dev-http', 'automatedai-dev-https']);
  });

  test('GIVEN two regions WHEN rendered THEN both bind the same names (target-group names are regional)', () => {
    expect(west.map((m) => m.spec)).toEqual(east.map((m) => m.spec));
  });

  test('GIVEN prod WHEN rendered THEN the gateway\'s TLS Secret comes from the exported certificate\'s secret, as kubernetes.io/tls', () => {
    const [tls] = renderAll(prod).filter((m) => m.kind === 'ExternalSecret');
    expect(tls.metadata).toMatchObject({ name: ingressTlsSecretName(prod), namespace: prod.gitops.operators.istioIngress.namespace });
    expect(tls.spec).toEqual({
      secretStoreRef: { kind: 'ClusterSecretStore', name: SECRET_STORE_NAME },
      refreshInterval: '1h',
      target: { name: ingressTlsSecretName(prod), creationPolicy: 'Owner', template: { type: 'kubernetes.io/tls', engineVersion: 'v2' } },
      data: [
        { secretKey: 'tls.crt', remoteRef: { key: ingressCertificateSecretName(prod), property: EXPORTED_CERTIFICATE_KEYS.certificate } },
        { secretKey: 'tls.key', remoteRef: { key: ingressCertificateSecretName(prod), property: EXPORTED_CERTIFICATE_KEYS.privateKey } },
      ],
    });
    // the External Secrets controller's role reads this environment's prefix: the name must be under it
    expect(ingressCertificateSecretName(prod)).toMatch(/^automatedai\/prod\//);
  });

  test.each([
    ['prod', 0],
    ['prod', 1],
    ['dev', 0],
  ] as const)('GIVEN %s regions[%d] WHEN every chart is rendered THEN the ClusterSecretStore admits the gateway namespace, so the TLS ExternalSecret can sync', (env, regionIndex) => {
    const config = env === 'prod' ? prod : dev;
    const manifests = clusterCharts(config, config.regions[regionIndex]).charts.flatMap((c) => c.toJson());
    const store = manifests.find((m) => m.kind === 'ClusterSecretStore' && m.metadata.name === SECRET_STORE_NAME);
    const admitted: string[] = store.spec.conditions.flatMap((c: any) => c.namespaces ?? []);
    const tls = renderAll(config, regionIndex).find((m) => m.kind === 'ExternalSecret');
    expect(tls.spec.secretStoreRef).toEqual({ kind: 'ClusterSecretStore', name: SECRET_STORE_NAME });
    expect(admitted).toContain(tls.metadata.namespace);
  });

  test('snapshot (tripwire)', () => {
    expect(renderAll(prod)).toMatchSnapshot();
  });
});
