import { ARGOCD_NAMESPACE, argoProjectName, clusterArn, clusterManifestPath, clusterName, gitopsManifestPath, promotionBranch } from '../../lib/config';
import { generateApplications } from './argo-sim';
import { clusterSecretsOf, configOf, find, render, shipped } from './fixtures';

const prod = shipped('prod');
const dev = shipped('dev');
const manifests = render(prod);
const appSet = find(manifests, 'ApplicationSet', 'automatedai-prod-workloads');
const generated = generateApplications(appSet, clusterSecretsOf(manifests));

describe('workloads ApplicationSet', () => {
  test('GIVEN prod WHEN rendered THEN one cluster generator selects the environment’s clusters', () => {
    expect(appSet.metadata.namespace).toBe(ARGOCD_NAMESPACE);
    expect(appSet.spec.goTemplate).toBe(true);
    expect(appSet.spec.goTemplateOptions).toEqual(['missingkey=error']);
    expect(appSet.spec.generators).toEqual([
      {
        clusters: {
          selector: {
            matchLabels: { 'argocd.argoproj.io/secret-type': 'cluster', 'platform/env': 'prod', 'platform/project': 'automatedai' },
          },
        },
      },
    ]);
  });

  test.each(prod.regions.map((r) => [r.name, r] as const))(
    'GIVEN %s WHEN generated THEN its Application syncs clusterManifestPath of that region to that cluster',
    (regionName, region) => {
      const hits = generated.filter((g) => g.app.spec.destination.server === clusterArn(prod, region));
      expect(hits).toHaveLength(1);
      const { app } = hits[0];
      expect(app.metadata.name).toBe(`${clusterName(prod, region)}-workloads`);
      expect(app.metadata.labels).toEqual({ 'platform/region': regionName });
      expect(app.spec.source).toEqual({
        repoURL: prod.gitops.repoURL,
        // prod's promotion is `pipeline`: each cluster tracks its own release branch
        targetRevision: promotionBranch(prod, region),
        path: clusterManifestPath(prod, region),
      });
      expect(app.spec.project).toBe(argoProjectName(prod));
    },
  );

  test('GIVEN dev WHEN generated THEN its single cluster syncs k8s/dev/<region>', () => {
    const m = render(dev);
    const apps = generateApplications(find(m, 'ApplicationSet', 'automatedai-dev-workloads'), clusterSecretsOf(m));
    expect(apps.map((g) => g.app.spec.source.path)).toEqual([`k8s/dev/${dev.hubRegion.name}`]);
  });

  test('GIVEN a cluster Secret of another environment WHEN generated THEN it gets no workloads', () => {
    // Without the ml section: its storage URIs name the prod model bucket, which another environment's validation rejects.
    const other = render(configOf('prod', (d) => ((d.environment = 'staging'), delete d.ml, delete d.delivery)));
    expect(generateApplications(appSet, [...clusterSecretsOf(manifests), ...clusterSecretsOf(other)])).toHaveLength(prod.regions.length);
  });

  test('GIVEN prod WHEN generated THEN every cluster syncs automatically with prune, self-heal, retries, SSA and pruning last', () => {
    for (const { app } of generated) {
      expect(app.spec.syncPolicy.automated).toEqual({ prune: true, selfHeal: true });
      expect(app.spec.syncPolicy.syncOptions).toEqual(['ServerSideApply=true', 'PruneLast=true', 'RespectIgnoreDifferences=true']);
      // the HPA owns replicas above the rendered floor
      expect(app.spec.ignoreDifferences).toEqual([{ group: 'apps', kind: 'Deployment', jsonPointers: ['/spec/replicas'] }]);
      expect(app.spec.syncPolicy.retry).toEqual({ limit: 10, backoff: { duration: '30s', factor: 2, maxDuration: '10m' } });
    }
    expect(appSet.spec.syncPolicy).toEqual({ preserveResourcesOnDeletion: true });
  });

  test('GIVEN prod WHEN generated THEN the nominal destination namespace is one the project permits', () => {
    const project = find(manifests, 'AppProject', argoProjectName(prod));
    for (const { app } of generated) {
      expect(project.spec.destinations).toContainEqual({ server: app.spec.destination.server, namespace: app.spec.destination.namespace });
    }
  });
});

describe('root Application', () => {
  const root = find(manifests, 'Application', 'automatedai-prod-root');

  test('GIVEN prod WHEN rendered THEN the root app syncs the Argo CD folder itself to the hub, by ARN', () => {
    expect(root.metadata.namespace).toBe(ARGOCD_NAMESPACE);
    expect(root.spec.project).toBe(argoProjectName(prod));
    expect(root.spec.source).toEqual({ repoURL: prod.gitops.repoURL, targetRevision: 'release/prod/us-east-1', path: gitopsManifestPath(prod) });
    expect(root.spec.source.path).toBe('k8s/prod/argocd');
    expect(root.spec.destination).toEqual({ server: clusterArn(prod, prod.hubRegion), namespace: ARGOCD_NAMESPACE });
  });

  test('GIVEN prod WHEN rendered THEN the root app heals and prunes, and deleting it deletes nothing (no finalizer)', () => {
    expect(root.spec.syncPolicy.automated).toEqual({ prune: true, selfHeal: true });
    expect(root.metadata.finalizers).toBeUndefined();
  });

  test('GIVEN prod WHEN rendered THEN the root app’s destination is permitted by the project', () => {
    const project = find(manifests, 'AppProject', argoProjectName(prod));
    expect(project.spec.destinations).toContainEqual(root.spec.destination);
  });

  test('GIVEN promotion none and a non-default target revision WHEN rendered THEN the root app and every cluster\'s workloads follow it', () => {
    const config = configOf('prod', (d) => ((d.gitops.targetRevision = 'release-1'), (d.gitops.promotion = 'none'), (d.delivery.pipeline.branch = 'release-1')));
    const m = render(config);
    expect(find(m, 'Application', 'automatedai-prod-root').spec.source.targetRevision).toBe('release-1');
    const apps = generateApplications(find(m, 'ApplicationSet', 'automatedai-prod-workloads'), clusterSecretsOf(m));
    expect(apps.map((g) => g.app.spec.source.targetRevision)).toEqual(['release-1', 'release-1']);
  });

  test('GIVEN promotion pipeline WHEN rendered THEN each cluster Secret names its release branch and the workloads read it from there', () => {
    for (const region of prod.regions) {
      const secret = find(manifests, 'Secret', clusterName(prod, region));
      expect(secret.metadata.annotations['platform/target-revision']).toBe(`release/prod/${region.name}`);
    }
    expect(find(manifests, 'ApplicationSet', 'automatedai-prod-workloads').spec.template.spec.source.targetRevision).toBe('{{ index .metadata.annotations "platform/target-revision" }}');
  });
});
