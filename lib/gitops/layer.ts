import { gitopsWorkloadNamespaces } from '../config';
import { Fact, type Layer } from '../core/layer';
import { ArgoCdCapability, grantArgoCdClusterAccess } from './argocd-capability';
import { GitOpsChart } from './gitops-chart';

/** The managed Argo CD, published in the hub region only. */
export const ARGOCD = new Fact<ArgoCdCapability>('Argo CD capability');

/**
 * GitOps with the EKS managed Argo CD capability: per region, the access entry for the
 * capability's role (made by the hub, so every other region deploys after it); on the hub, the
 * capability itself; in the hub's Argo CD folder, the AppProject, cluster registrations and the
 * operators and workloads ApplicationSets over every registered layer's operators.
 */
export const gitopsLayer: Layer = {
  name: 'gitops',
  configSection: 'gitops',
  region: ({ config, base, hub, facts }) => {
    if (base !== hub) base.stack.addStackDependency(hub.stack, 'Argo CD capability role is created by the hub stack');
    // Argo CD (on the hub) reaches this cluster with its capability role.
    const argoAccess = grantArgoCdClusterAccess(base.cluster, config);
    if (base === hub) {
      const argocd = new ArgoCdCapability(base.stack, 'ArgoCd', { config, cluster: base.cluster });
      // The entry must exist before the capability, which otherwise creates one without RBAC.
      argocd.capability.node.addDependency(argoAccess);
      argoAccess.node.addDependency(argocd.role);
      facts.set(ARGOCD, argocd);
    }
  },
  hubCharts: ({ app, config, operators }) => [new GitOpsChart(app, 'gitops', { config, operators, workloadNamespaces: gitopsWorkloadNamespaces(config) })],
};
