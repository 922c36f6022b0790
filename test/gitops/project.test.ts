import { ARGOCD_NAMESPACE, argoProjectName, clusterArn } from '../../lib/config';
import { CLUSTER_SCOPED_KINDS, projectNamespaces } from '../../lib/gitops/project';
import { configOf, find, render, shipped } from './fixtures';

const prod = shipped('prod');
const dev = shipped('dev');
const project = find(render(prod), 'AppProject', argoProjectName(prod));

/** Namespaces the project permits on one cluster (by server). */
function namespacesOn(p: any, server: string): string[] {
  return p.spec.destinations.filter((d: any) => d.server === server).map((d: any) => d.namespace);
}

describe('AppProject', () => {
  test('GIVEN prod WHEN rendered THEN the project is named by argoProjectName in the Argo CD namespace', () => {
    expect(project.metadata).toMatchObject({ name: 'automatedai-prod', namespace: ARGOCD_NAMESPACE });
  });

  test('GIVEN prod WHEN rendered THEN sources are exactly this repository and the operators’ chart repositories', () => {
    expect(project.spec.sourceRepos).toEqual([
      'https://github.com/automatedai/platform.git',
      'https://charts.jetstack.io',
      'https://istio-release.storage.googleapis.com/charts',
      'https://charts.external-secrets.io',
      'https://aws.github.io/eks-charts',
      'https://kubernetes.github.io/autoscaler',
      'quay.io/strimzi-helm',
      'ghcr.io/kserve/charts',
      'https://prometheus-community.github.io/helm-charts',
      'https://open-telemetry.github.io/opentelemetry-helm-charts',
      'https://kiali.org/helm-charts',
      'https://jaegertracing.github.io/helm-charts',
    ]);
  });

  test('GIVEN an operator repository spelled with oci:// WHEN rendered THEN the source is the scheme-less URL Applications use', () => {
    const config = configOf('prod', (d) => (d.gitops.operators.strimzi.repoURL = 'oci://quay.io/strimzi-helm'));
    const p = find(render(config), 'AppProject', argoProjectName(config));
    expect(p.spec.sourceRepos).toContain('quay.io/strimzi-helm');
    expect(p.spec.sourceRepos).not.toContain('oci://quay.io/strimzi-helm');
  });

  test('GIVEN prod WHEN rendered THEN destinations name exactly the environment’s clusters, by ARN', () => {
    const servers = [...new Set(project.spec.destinations.map((d: any) => d.server))];
    expect(servers).toEqual(prod.regions.map((r) => clusterArn(prod, r)));
    expect(project.spec.destinations.every((d: any) => d.name === undefined)).toBe(true);
    expect(project.spec.permitOnlyProjectScopedClusters).toBe(true);
  });

  test('GIVEN prod WHEN rendered THEN each cluster permits the operator, mesh, service and system namespaces only', () => {
    const expected = [
      'aws-load-balancer-controller',
      'cert-manager',
      'cluster-autoscaler',
      'default',
      'external-secrets',
      'healthcare-service',
      'iot-service',
      'istio-ingress',
      'istio-system',
      'kiali-operator',
      'kserve',
      'kube-system',
      'monitoring',
      'opentelemetry-operator-system',
      'strimzi-system',
      // the Jaeger operator's (it runs beside the Jaeger it watches)
      'tracing',
    ];
    const east = clusterArn(prod, prod.regions[0]);
    const west = clusterArn(prod, prod.regions[1]);
    expect(namespacesOn(project, west)).toEqual(expected);
    // The hub also hosts the root app's objects.
    expect(namespacesOn(project, east)).toEqual([...expected, ARGOCD_NAMESPACE]);
    expect(namespacesOn(project, east)).not.toContain('*');
  });

  test('GIVEN a new service WHEN rendered THEN its namespace is permitted', () => {
    const config = configOf('dev', (d) => {
      d.services.push({ ...d.services[1], name: 'billing-service', ingressPathPrefix: '/api/billing' });
    });
    const p = find(render(config), 'AppProject', argoProjectName(config));
    expect(namespacesOn(p, clusterArn(config, config.hubRegion))).toContain('billing-service');
  });

  test('GIVEN no workloadNamespaces WHEN rendered THEN only derived namespaces are permitted (default [])', () => {
    expect(projectNamespaces(dev)).toEqual(projectNamespaces(dev, []));
    const p = find(render(dev), 'AppProject', argoProjectName(dev));
    expect(namespacesOn(p, clusterArn(dev, dev.hubRegion))).toEqual([...projectNamespaces(dev), ARGOCD_NAMESPACE]);
  });

  test('GIVEN workloadNamespaces WHEN rendered THEN they are permitted on every cluster', () => {
    const p = find(render(prod, { workloadNamespaces: ['kafka', 'ml'] }), 'AppProject', argoProjectName(prod));
    for (const region of prod.regions) {
      expect(namespacesOn(p, clusterArn(prod, region))).toEqual(expect.arrayContaining(['kafka', 'ml']));
    }
  });

  test('fails when a workloadNamespaces entry is not a namespace name', () => {
    expect(() => render(prod, { workloadNamespaces: ['kafka', 'ML_Models'] })).toThrow(
      "workloadNamespaces[1]: 'ML_Models' is not a namespace name",
    );
  });

  test('GIVEN prod WHEN rendered THEN only the listed cluster-scoped kinds are allowed, each with its reason', () => {
    expect(project.spec.clusterResourceWhitelist).toEqual([
      { group: '', kind: 'Namespace' },
      { group: 'apiextensions.k8s.io', kind: 'CustomResourceDefinition' },
      { group: 'rbac.authorization.k8s.io', kind: 'ClusterRole' },
      { group: 'rbac.authorization.k8s.io', kind: 'ClusterRoleBinding' },
      { group: 'admissionregistration.k8s.io', kind: 'MutatingWebhookConfiguration' },
      { group: 'admissionregistration.k8s.io', kind: 'ValidatingWebhookConfiguration' },
      { group: 'external-secrets.io', kind: 'ClusterSecretStore' },
      { group: 'storage.k8s.io', kind: 'StorageClass' },
      { group: 'serving.kserve.io', kind: 'ClusterServingRuntime' },
      { group: 'serving.kserve.io', kind: 'ClusterStorageContainer' },
    ]);
    expect(project.spec.clusterResourceWhitelist).not.toContainEqual(expect.objectContaining({ kind: '*' }));
    expect(project.spec.clusterResourceWhitelist).not.toContainEqual(expect.objectContaining({ group: '*' }));
    for (const kind of CLUSTER_SCOPED_KINDS) expect(kind.neededBy.length).toBeGreaterThan(10);
  });

  test('GIVEN prod WHEN rendered THEN namespaced kinds are not restricted and orphaned resources warn', () => {
    expect(project.spec.namespaceResourceWhitelist).toBeUndefined();
    expect(project.spec.orphanedResources).toEqual({ warn: true });
  });
});
