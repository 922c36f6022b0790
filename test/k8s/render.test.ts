import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { PlatformConfig, containerAssetsRepository, listEnvironments } from '../../lib/config';
import { RenderedFile, SYNC_WAVES } from '../../lib/k8s';
import { renderEnvironment } from '../../lib/platform/render';
import { expectValidManifests } from '../helpers/k8s-schema';
import { checkPodSecurity, formatFindings } from '../helpers/pod-security';
import { ROOT, renderEnv, shippedConfig } from '../helpers/synth';

const ENVS = listEnvironments(path.join(ROOT, 'config'));
const configs: Record<string, PlatformConfig> = Object.fromEntries(ENVS.map((e) => [e, shippedConfig(e)]));
const rendered: Record<string, readonly RenderedFile[]> = Object.fromEntries(ENVS.map((e) => [e, renderEnv(e)]));
const docs = (file: RenderedFile): any[] => YAML.parseAllDocuments(file.content).map((d) => d.toJS());

/** Every file under k8s/ in the working tree, relative to the repo root. */
function committedFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else out.push(path.relative(ROOT, p));
    }
  };
  walk(path.join(ROOT, 'k8s'));
  return out.sort();
}

describe('committed k8s/', () => {
  test('matches a fresh render of every shipped environment (if not: run `npm run synth` and commit k8s/)', () => {
    const expected = Object.values(rendered).flat();
    const fix = 'k8s/ is stale: run `npm run synth` and commit k8s/';
    expect([fix, committedFiles()]).toEqual([fix, expected.map((f) => f.path).sort()]);
    for (const file of expected) {
      const committed = fs.readFileSync(path.join(ROOT, file.path), 'utf8');
      expect([fix, file.path, committed === file.content]).toEqual([fix, file.path, true]);
    }
  });

  test('rendering is deterministic', () => {
    for (const env of ENVS) expect(renderEnvironment(configs[env])).toEqual(rendered[env]);
  });

  test.each(ENVS)('%s: one folder per cluster plus the Argo CD folder', (env) => {
    const folders = new Set(rendered[env].map((f) => path.dirname(f.path)));
    expect([...folders].sort()).toEqual([`k8s/${env}/argocd`, ...configs[env].regions.map((r) => `k8s/${env}/${r.name}`)].sort());
  });
});

describe.each(ENVS)('%s manifests', (env) => {
  const files = () => rendered[env];
  const objects = () => files().flatMap(docs);

  test('every object validates against its schema (CRD openAPIV3Schema or Kubernetes)', () => {
    expectValidManifests(objects());
  });

  test('every pod template passes Pod Security "restricted" and the kube-linter default checks', () => {
    for (const region of configs[env].regions) {
      const clusterObjects = files()
        .filter((f) => f.path.startsWith(`k8s/${env}/${region.name}/`))
        .flatMap(docs);
      const findings = checkPodSecurity(clusterObjects);
      expect(formatFindings(findings)).toEqual(formatFindings([]));
    }
  });

  test('no deploy-time values: no ARNs, account ids or literal secrets in cluster folders', () => {
    for (const file of files().filter((f) => !f.path.includes('/argocd/'))) {
      expect([file.path, /arn:aws/.test(file.content)]).toEqual([file.path, false]);
      // The one exception: a private ECR image names its registry's account (the stream jobs' and
      // ML images in the region's CDK container-assets repository, derived from the config by
      // containerAssetsRepository, no deploy-time value). Only that exact reference is taken out.
      const content = configs[env].regions.reduce((text, r) => text.split(containerAssetsRepository(r)).join('<container-assets>'), file.content);
      for (const region of configs[env].regions) {
        expect([file.path, content.includes(region.account)]).toEqual([file.path, false]);
      }
    }
    for (const obj of objects()) {
      if (obj.kind === 'Secret') {
        // only Argo CD cluster and (public OCI) repository registrations, never credentials
        expect(['cluster', 'repository']).toContain(obj.metadata.labels['argocd.argoproj.io/secret-type']);
        expect(obj.data).toBeUndefined();
        expect(Object.keys(obj.stringData ?? {})).toEqual(
          expect.not.arrayContaining(['config', 'password', 'username', 'token', 'sshPrivateKey', 'tlsClientCertKey']),
        );
      }
    }
  });

  test('sync waves: namespaces first, policies before workloads; custom resources tolerate missing CRDs', () => {
    for (const obj of objects()) {
      const annotations = obj.metadata.annotations ?? {};
      const wave = Number(annotations['argocd.argoproj.io/sync-wave'] ?? 0);
      expect([obj.kind, obj.metadata.name, wave]).toEqual([obj.kind, obj.metadata.name, SYNC_WAVES[obj.kind] ?? 0]);
      const group = obj.apiVersion.includes('/') ? obj.apiVersion.split('/')[0] : '';
      if (group.includes('.') && !group.endsWith('k8s.io')) {
        expect([obj.kind, annotations['argocd.argoproj.io/sync-options']]).toEqual([obj.kind, 'SkipDryRunOnMissingResource=true']);
      }
    }
    const kinds = objects().map((o) => o.kind);
    expect(kinds).toContain('Namespace');
    expect(SYNC_WAVES.Namespace).toBeLessThan(SYNC_WAVES.NetworkPolicy);
    expect(SYNC_WAVES.AuthorizationPolicy).toBeLessThan(SYNC_WAVES.ExternalSecret);
    expect(SYNC_WAVES.ExternalSecret).toBeLessThan(0);
  });
});
