import { SECRET_STORE_NAME, serviceNamespace } from '../../lib/config';
import { expectValidManifests } from '../helpers/k8s-schema';
import { Manifest, find, keysIn, ofKind, renderSecretStore, renderService, shipped, stringsUnder, variant } from './fixtures';

const prod = shipped('prod');
const dev = shipped('dev');
const prodUs = renderSecretStore(prod, 'us-east-1');
const prodEu = renderSecretStore(prod, 'eu-west-1');
const devUs = renderSecretStore(dev, 'us-east-1');

const store = (manifests: Manifest[]) => find(manifests, 'ClusterSecretStore', SECRET_STORE_NAME);

describe('SecretStoreChart', () => {
  test.each([['prod us-east-1', prodUs], ['prod eu-west-1', prodEu], ['dev us-east-1', devUs]])('%s: schema-valid, one cluster-scoped store', (_name, manifests) => {
    expectValidManifests(manifests);
    expect(manifests.map((m) => `${m.apiVersion} ${m.kind}`)).toEqual(['external-secrets.io/v1 ClusterSecretStore']);
    expect(store(manifests).metadata.namespace).toBeUndefined();
  });

  test.each([['us-east-1', prodUs], ['eu-west-1', prodEu]])('reads Secrets Manager in the cluster\'s own region (%s)', (region, manifests) => {
    expect(store(manifests).spec.provider).toEqual({ aws: { service: 'SecretsManager', region } });
  });

  test('carries no static credentials: the controller\'s Pod Identity is the only way in', () => {
    // GIVEN every rendered store
    for (const manifests of [prodUs, prodEu, devUs]) {
      const aws = store(manifests).spec.provider.aws;
      // THEN no auth block (so ESO uses the SDK's default chain: EKS Pod Identity) ...
      expect(Object.keys(aws).sort()).toEqual(['region', 'service']);
      // ... and nothing credential-like or account-specific anywhere in the object
      expect(keysIn(manifests)).toEqual(expect.not.arrayContaining(['auth', 'secretRef', 'accessKeyID', 'secretAccessKey', 'jwt', 'role', 'serviceAccountRef']));
      expect(JSON.stringify(manifests)).not.toMatch(/arn:aws|\d{12}/);
    }
  });

  test('only the namespaces of services with secretEnv may use the store', () => {
    // GIVEN prod: healthcare-service has secretEnv, iot-service has none
    const conditions = store(prodUs).spec.conditions;
    // THEN exactly one condition, naming healthcare-service's namespace and nothing else
    expect(conditions).toEqual([{ namespaces: ['healthcare-service'] }]);
    expect(conditions[0].namespaces).not.toContain('iot-service');
  });

  test('additionalNamespaces are allowed too, deduplicated and sorted', () => {
    const manifests = renderSecretStore(prod, 'us-east-1', { additionalNamespaces: ['mlflow', 'healthcare-service', 'kafka'] });
    expect(store(manifests).spec.conditions).toEqual([{ namespaces: ['healthcare-service', 'kafka', 'mlflow'] }]);
  });

  test('with no consumer at all, a condition that matches nothing still renders (no conditions would allow every namespace)', () => {
    // GIVEN a config where no service declares secretEnv
    const config = variant('dev', (d) => { for (const s of d.services) delete s.secretEnv; });
    // WHEN the store is rendered
    const manifests = renderSecretStore(config, 'us-east-1');
    // THEN it is closed to every namespace, not open to all
    expect(store(manifests).spec.conditions).toEqual([{ namespaces: [] }]);
    expectValidManifests(manifests);
  });

  test('every ExternalSecret the services render uses this store from an allowed namespace', () => {
    for (const config of [prod, dev]) {
      for (const region of config.regions) {
        const allowed = store(renderSecretStore(config, region.name)).spec.conditions[0].namespaces;
        for (const service of config.services) {
          for (const es of ofKind(renderService(config, region.name, service.name), 'ExternalSecret')) {
            expect(es.spec.secretStoreRef).toEqual({ kind: 'ClusterSecretStore', name: SECRET_STORE_NAME });
            expect(allowed).toContain(es.metadata.namespace);
            expect(es.metadata.namespace).toBe(serviceNamespace(service));
          }
        }
      }
    }
  });

  test('the store is named by the shared constant every ExternalSecret refers to', () => {
    expect(stringsUnder(prodUs, 'name')).toEqual([SECRET_STORE_NAME]);
  });

  test('snapshot (tripwire beside the assertions above)', () => {
    expect(prodUs).toMatchSnapshot();
  });
});
