import { layerOperators } from '../../lib/platform/render';
import { Testing } from 'cdk8s';
import { GitOpsChart } from '../../lib/gitops/gitops-chart';
import { expectValidManifests } from '../helpers/k8s-schema';
import { render, shipped } from './fixtures';

const prod = shipped('prod');
const dev = shipped('dev');
const prodManifests = render(prod);
const devManifests = render(dev);

describe('GitOpsChart', () => {
  test('GIVEN prod WHEN rendered THEN it holds the project, the registrations, the two ApplicationSets and the root app, in the Argo CD namespace', () => {
    expect(prodManifests.map((m) => `${m.kind}/${m.metadata.name}`)).toEqual([
      'AppProject/automatedai-prod',
      'Secret/automatedai-prod-us-east-1',
      'Secret/automatedai-prod-eu-west-1',
      'Secret/repo-quay-io-strimzi-helm',
      'Secret/repo-ghcr-io-kserve-charts',
      'ApplicationSet/automatedai-prod-operators',
      'ApplicationSet/automatedai-prod-workloads',
      'Application/automatedai-prod-root',
    ]);
    for (const m of prodManifests) expect(m.metadata.namespace).toBe('argocd');
  });

  test('GIVEN prod and dev WHEN rendered THEN every object is valid against its schema (vendored Argo CD CRDs, core kinds)', () => {
    expect(() => expectValidManifests(prodManifests)).not.toThrow();
    expect(() => expectValidManifests(devManifests)).not.toThrow();
  });

  test('GIVEN prod WHEN rendered THEN every object is labelled as part of the project and managed by the platform', () => {
    for (const m of prodManifests) {
      expect(m.metadata.labels).toMatchObject({ 'app.kubernetes.io/part-of': 'automatedai', 'app.kubernetes.io/managed-by': 'platform-cdk8s' });
    }
  });

  test('GIVEN the chart WHEN built THEN its typed objects are exposed for the renderer and other layers', () => {
    const chart = new GitOpsChart(Testing.app(), 'gitops', { config: prod, operators: layerOperators(prod) });
    expect(chart.clusterSecrets).toHaveLength(2);
    expect(chart.repositorySecrets).toHaveLength(2);
    expect(chart.operators.name).toBe('automatedai-prod-operators');
    expect(chart.workloads.name).toBe('automatedai-prod-workloads');
    expect(chart.root.name).toBe('automatedai-prod-root');
    expect(chart.project.name).toBe('automatedai-prod');
  });

  test('GIVEN prod WHEN rendered THEN the output matches the snapshot (tripwire; the assertions above say what matters)', () => {
    expect(prodManifests).toMatchSnapshot();
  });
});
