import { ARGOCD_NAMESPACE, argoProjectName, clusterArn, clusterName } from '../../lib/config';
import { Manifest, clusterSecretsOf, find, render, shipped } from './fixtures';

const prod = shipped('prod');
const dev = shipped('dev');
const prodManifests = render(prod);
const devManifests = render(dev);

describe('cluster registrations', () => {
  test('GIVEN prod (2 regions) and dev (1) WHEN rendered THEN there is one cluster Secret per region, the hub included', () => {
    expect(clusterSecretsOf(prodManifests).map((s) => s.metadata.name)).toEqual(['automatedai-prod-us-east-1', 'automatedai-prod-eu-west-1']);
    expect(clusterSecretsOf(devManifests).map((s) => s.metadata.name)).toEqual([clusterName(dev, dev.hubRegion)]);
  });

  test.each(prod.regions.map((r) => [r.name, r] as const))(
    'GIVEN prod WHEN rendered THEN %s is registered by its EKS cluster ARN, scoped to the project',
    (_, region) => {
      const secret = find(prodManifests, 'Secret', clusterName(prod, region));
      expect(secret.apiVersion).toBe('v1');
      expect(secret.metadata.namespace).toBe(ARGOCD_NAMESPACE);
      expect(secret.stringData).toEqual({
        name: clusterName(prod, region),
        server: clusterArn(prod, region),
        project: argoProjectName(prod),
      });
      expect(secret.metadata.labels).toMatchObject({
        'argocd.argoproj.io/secret-type': 'cluster',
        'platform/env': 'prod',
        'platform/region': region.name,
        'platform/project': 'automatedai',
      });
    },
  );

  test('GIVEN prod WHEN rendered THEN no registration carries credentials (the capability uses its IAM role)', () => {
    for (const secret of clusterSecretsOf(prodManifests)) {
      expect(secret.data).toBeUndefined();
      expect(Object.keys(secret.stringData).sort()).toEqual(['name', 'project', 'server']);
      expect(secret.stringData.server).toMatch(/^arn:aws:eks:[a-z0-9-]+:\d{12}:cluster\/[a-z0-9-]+$/);
    }
  });
});

describe('OCI Helm repositories', () => {
  const repositories = (manifests: Manifest[]) =>
    manifests.filter((m) => m.kind === 'Secret' && m.metadata.labels?.['argocd.argoproj.io/secret-type'] === 'repository');

  test('GIVEN prod WHEN rendered THEN each OCI registry of an operator chart is declared once, with enableOCI and no credentials', () => {
    expect(repositories(prodManifests).map((s) => s.stringData)).toEqual([
      { name: 'repo-quay-io-strimzi-helm', url: 'quay.io/strimzi-helm', type: 'helm', enableOCI: 'true', project: 'automatedai-prod' },
      { name: 'repo-ghcr-io-kserve-charts', url: 'ghcr.io/kserve/charts', type: 'helm', enableOCI: 'true', project: 'automatedai-prod' },
    ]);
    for (const repo of repositories(prodManifests)) expect(repo.metadata.namespace).toBe(ARGOCD_NAMESPACE);
  });

  test('GIVEN prod WHEN rendered THEN https Helm repositories need no declaration', () => {
    expect(repositories(prodManifests).some((s) => s.stringData.url.startsWith('https://'))).toBe(false);
  });
});
