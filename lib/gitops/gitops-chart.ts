import { Chart, ChartProps } from 'cdk8s';
import { k8s } from 'cdk8s-plus-33';
import { Construct } from 'constructs';
import { PlatformConfig } from '../config';
import { Application } from '../imports/argocd-application-argoproj.io';
import { ApplicationSet } from '../imports/argocd-applicationset-argoproj.io';
import { AppProject } from '../imports/argocd-appproject-argoproj.io';
import { clusterSecret, helmRepoURL, isOciRepository, ociRepositorySecret } from './clusters';
import { OperatorRelease, operatorsApplicationSet } from './operators';
import { appProject } from './project';
import { rootApplication, workloadsApplicationSet } from './workloads';

/** Props of {@link GitOpsChart}. */
export interface GitOpsChartProps extends ChartProps {
  /** The validated platform config. */
  readonly config: PlatformConfig;
  /**
   * Namespaces the per-cluster manifests use besides those the config names (operators, mesh,
   * services), e.g. the Kafka or ML layer's. The AppProject permits exactly these plus the
   * derived ones; a sync into any other namespace fails.
   * @default []
   */
  readonly workloadNamespaces?: readonly string[];
  /** The operators every registered layer declares (see `Layer.operators`). */
  readonly operators: readonly OperatorRelease[];
}

/**
 * Argo CD's objects for a whole environment, applied to the hub (`gitopsManifestPath`,
 * `k8s/<env>/argocd/`): the AppProject, one cluster Secret per region (the hub's too), the
 * OCI Helm repositories, the operators and workloads ApplicationSets, and the root app that
 * keeps all of them in sync with git. Not a ClusterChart: it spans every cluster.
 *
 * @throws Error when a `workloadNamespaces` entry is not a namespace name
 */
export class GitOpsChart extends Chart {
  public readonly config: PlatformConfig;
  /** The platform's AppProject. */
  public readonly project: AppProject;
  /** Cluster registrations, in config region order. */
  public readonly clusterSecrets: readonly k8s.KubeSecret[];
  /** Declarations of the OCI registries the operator charts come from. */
  public readonly repositorySecrets: readonly k8s.KubeSecret[];
  /** Every operator on every cluster. */
  public readonly operators: ApplicationSet;
  /** Every cluster's own manifests folder. */
  public readonly workloads: ApplicationSet;
  /** The app of apps. */
  public readonly root: Application;

  constructor(scope: Construct, id: string, props: GitOpsChartProps) {
    const { config } = props;
    super(scope, id, {
      ...props,
      labels: { 'app.kubernetes.io/part-of': config.project, 'app.kubernetes.io/managed-by': 'platform-cdk8s', ...props.labels },
    });
    this.config = config;
    this.project = appProject(this, config, props.workloadNamespaces);
    this.clusterSecrets = config.regions.map((region) => clusterSecret(this, config, region));
    const ociRepos = [...new Set(Object.values(config.gitops.operators).map((o) => helmRepoURL(o.repoURL)).filter(isOciRepository))];
    this.repositorySecrets = ociRepos.map((url) => ociRepositorySecret(this, config, url));
    this.operators = operatorsApplicationSet(this, config, props.operators);
    this.workloads = workloadsApplicationSet(this, config);
    this.root = rootApplication(this, config);
  }
}
