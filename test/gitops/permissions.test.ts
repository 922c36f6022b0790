import { argoProjectName, clusterArn, gitopsManifestPath } from '../../lib/config';
import { manifestsOf } from '../helpers/manifests';
import { renderEnv } from '../helpers/synth';
import { Manifest, find, shipped } from './fixtures';

/**
 * The AppProject is only useful if it admits everything the platform renders: these tests run the
 * whole renderer and check each object against the project, as Argo CD would at sync time.
 */
describe.each(['prod', 'dev'])('%s: the AppProject admits every rendered object', (env) => {
  const config = shipped(env);
  const files = renderEnv(env);
  const gitopsObjects = manifestsOf(files.filter((f) => f.path.startsWith(`${gitopsManifestPath(config)}/`)));
  const project = find(gitopsObjects, 'AppProject', argoProjectName(config));
  const permitted = (server: string, namespace: string) =>
    project.spec.destinations.some((d: any) => d.server === server && d.namespace === namespace);
  const allowedKind = (obj: Manifest) => {
    const group = obj.apiVersion.includes('/') ? obj.apiVersion.split('/')[0] : '';
    return project.spec.clusterResourceWhitelist.some((w: any) => w.group === group && w.kind === obj.kind);
  };

  test.each(config.regions.map((r) => [r.name, r] as const))('GIVEN the %s folder WHEN synced THEN each object is in a permitted namespace or an allowed cluster-scoped kind', (_, region) => {
    const objects = manifestsOf(files.filter((f) => f.path.startsWith(`k8s/${env}/${region.name}/`)));
    expect(objects.length).toBeGreaterThan(0);
    const refused = objects
      .filter((o) => (o.metadata.namespace ? !permitted(clusterArn(config, region), o.metadata.namespace) : !allowedKind(o)))
      .map((o) => `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`);
    expect(refused).toEqual([]);
  });

  test('GIVEN the Argo CD folder WHEN the root app syncs it THEN each object is in the hub’s Argo CD namespace, which the project permits', () => {
    for (const obj of gitopsObjects) expect(permitted(clusterArn(config, config.hubRegion), obj.metadata.namespace)).toBe(true);
  });
});
