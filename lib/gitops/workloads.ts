import { Construct } from 'constructs';
import { ARGOCD_NAMESPACE, PlatformConfig, argoProjectName, clusterArn, clusterManifestPath, envPrefix, gitopsManifestPath, trackedRevision } from '../config';
import { TARGET_REVISION_PARAM } from '../config/gitops-names';
import { Application } from '../imports/argocd-application-argoproj.io';
import { ApplicationSet } from '../imports/argocd-applicationset-argoproj.io';
import { CLUSTER_LABELS, CLUSTER_PARAMS, clusterSelector } from './clusters';
import { AUTOMATED_SYNC, DEFAULT_NAMESPACE, SERVER_SIDE_APPLY, SYNC_RETRY } from './sync';

/**
 * `<prefix>-workloads`: one Application per cluster of the environment, syncing the cluster's
 * own folder (`clusterManifestPath`, e.g. `k8s/prod/us-east-1`) from this repository. The path
 * is `clusterManifestPath` itself, called with the region as a template parameter (read from the
 * cluster Secret's region label), so it cannot drift from where the renderer writes.
 *
 * Each cluster tracks the revision its Secret names (`platform/target-revision`): with promotion
 * `pipeline`, its release branch, which the pipeline creates only after the region's post-deploy
 * check saw the ingress gateway (the last operator wave) healthy, so workloads never reach a
 * cluster before its operators, whatever Argo CD's progressive-sync setting. Order inside a
 * folder comes from the renderer's sync waves; custom resources whose operator is still
 * installing skip the dry run and are retried. Pruning runs last, after everything new is
 * healthy. `preserveResourcesOnDeletion`: deleting the ApplicationSet deletes no workload.
 */
export function workloadsApplicationSet(scope: Construct, config: PlatformConfig): ApplicationSet {
  return new ApplicationSet(scope, 'Workloads', {
    metadata: { name: `${envPrefix(config)}-workloads`, namespace: ARGOCD_NAMESPACE },
    spec: {
      goTemplate: true,
      goTemplateOptions: ['missingkey=error'],
      generators: [{ clusters: { selector: { matchLabels: clusterSelector(config) } } }],
      syncPolicy: { preserveResourcesOnDeletion: true },
      template: {
        metadata: {
          name: `${CLUSTER_PARAMS.name}-workloads`,
          labels: { [CLUSTER_LABELS.region]: CLUSTER_PARAMS.region },
        },
        spec: {
          project: argoProjectName(config),
          source: {
            repoUrl: config.gitops.repoURL,
            // Per cluster, from its Secret: the release branch the pipeline promotes, or targetRevision.
            targetRevision: TARGET_REVISION_PARAM,
            path: clusterManifestPath(config, { name: CLUSTER_PARAMS.region }),
          },
          destination: { server: CLUSTER_PARAMS.server, namespace: DEFAULT_NAMESPACE },
          // The HorizontalPodAutoscaler owns replicas once it scales: the rendered count is its floor,
          // and Argo CD must not reset a scaled-up Deployment to it.
          ignoreDifferences: [{ group: 'apps', kind: 'Deployment', jsonPointers: ['/spec/replicas'] }],
          syncPolicy: {
            automated: AUTOMATED_SYNC,
            syncOptions: [SERVER_SIDE_APPLY, 'PruneLast=true', 'RespectIgnoreDifferences=true'],
            retry: SYNC_RETRY,
          },
        },
      },
    },
  });
}

/**
 * `<prefix>-root`: the app of apps. Syncs the Argo CD folder (`gitopsManifestPath`, which holds
 * this Application too) to the hub, so the project, the cluster registrations and the
 * ApplicationSets follow git. The one object applied by hand, once, at bootstrap.
 *
 * The hub is named by its ARN: the EKS capability does not accept `kubernetes.default.svc`. No
 * resources finalizer: deleting this Application deletes nothing it manages.
 */
export function rootApplication(scope: Construct, config: PlatformConfig): Application {
  return new Application(scope, 'Root', {
    metadata: { name: `${envPrefix(config)}-root`, namespace: ARGOCD_NAMESPACE },
    spec: {
      project: argoProjectName(config),
      source: {
        repoUrl: config.gitops.repoURL,
        // The hub region's revision: the Argo CD objects move with the first wave.
        targetRevision: trackedRevision(config, config.hubRegion),
        path: gitopsManifestPath(config),
      },
      destination: { server: clusterArn(config, config.hubRegion), namespace: ARGOCD_NAMESPACE },
      syncPolicy: {
        automated: AUTOMATED_SYNC,
        syncOptions: [SERVER_SIDE_APPLY],
        retry: SYNC_RETRY,
      },
    },
  });
}
