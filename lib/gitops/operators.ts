import { Construct } from 'constructs';
import { ARGOCD_NAMESPACE, PlatformConfig, argoProjectName, envPrefix } from '../config';
import { CLUSTER_LABELS, CLUSTER_PARAMS } from '../config/gitops-names';
import type { HelmValues, OperatorKey, OperatorRelease } from '../core/layer';
import { ApplicationSet } from '../imports/argocd-applicationset-argoproj.io';
import { clusterSelector, helmRepoURL } from './clusters';
import { AUTOMATED_SYNC, SERVER_SIDE_APPLY, SYNC_RETRY } from './sync';

export type { HelmValues, OperatorKey, OperatorRelease };

/** One element of the operators list generator: an operator as the Application template sees it. */
export interface OperatorElement {
  readonly release: string;
  readonly chart: string;
  readonly repoURL: string;
  readonly version: string;
  readonly namespace: string;
  /** The wave, as a string: it becomes a label value. */
  readonly wave: string;
  /** Pod Security level enforced on the namespace (see `OperatorRelease.podSecurity`). */
  readonly podSecurity: string;
  /** `'true'` unless the manifests render the namespace (see `OperatorRelease.namespaceFromManifests`). */
  readonly createNamespace: string;
  readonly helmValues: HelmValues;
}

/**
 * The list generator's elements, one per operator of `gitops.operators`, in config order, each
 * with the release the layer that needs it declared.
 *
 * @throws Error when a configured operator is declared by no layer, or by two, or a layer
 *   declares one the config does not pin
 */
export function operatorElements(config: PlatformConfig, operators: readonly OperatorRelease[]): OperatorElement[] {
  const keys = Object.keys(config.gitops.operators) as OperatorKey[];
  const byKey = new Map<OperatorKey, OperatorRelease>();
  for (const operator of operators) {
    if (!keys.includes(operator.key)) throw new Error(`operator '${operator.key}' is declared by a layer but not pinned in gitops.operators (allowed: ${keys.join(', ')})`);
    if (byKey.has(operator.key)) throw new Error(`operator '${operator.key}' is declared twice`);
    byKey.set(operator.key, operator);
  }
  return keys.map((key) => {
    const chart = config.gitops.operators[key];
    const operator = byKey.get(key);
    if (!operator) throw new Error(`gitops.operators.${key} is pinned in the config but no registered layer declares it`);
    return {
      release: operator.release,
      chart: chart.chart,
      repoURL: helmRepoURL(chart.repoURL),
      version: chart.version,
      namespace: chart.namespace,
      wave: String(operator.wave),
      podSecurity: operator.podSecurity,
      createNamespace: String(!operator.namespaceFromManifests),
      helmValues: operator.values,
    };
  });
}

/** Label on the generated Applications that RollingSync groups them by. */
export const WAVE_LABEL = 'platform/wave';

/** Label on the generated Applications naming the operator (its release). */
export const OPERATOR_LABEL = 'platform/operator';

/**
 * Webhook configurations whose `failurePolicy` istiod flips from `Ignore` to `Fail` once it
 * serves them. Argo CD must not count that as drift, or self-heal would flip it back.
 */
function istioValidatingWebhooks(config: PlatformConfig): string[] {
  return ['istiod-default-validator', `istio-validator-${config.gitops.operators.istiod.namespace}`];
}

/**
 * `<prefix>-operators`: every operator of the config on every cluster of the environment. A
 * matrix of the cluster Secrets (selected by environment and project) and the operator list; the
 * list comes second so its values can use the cluster's parameters (the Load Balancer
 * Controller's cluster name and region).
 *
 * Order: RollingSync steps by {@link WAVE_LABEL}, each wave healthy before the next. RollingSync
 * needs Argo CD's progressive syncs enabled and then drives the syncs itself (it turns automated
 * sync off on the generated Applications). Where it is not enabled the strategy is ignored and
 * the template's automated sync applies: retries absorb missing CRDs, but an ingress gateway pod
 * created before istiod's injection webhook keeps the placeholder image `auto` until restarted.
 *
 * `preserveResourcesOnDeletion`: removing the ApplicationSet, or an Application from it, leaves
 * the operators (and their CRDs, and so every custom resource) in place.
 */
export function operatorsApplicationSet(scope: Construct, config: PlatformConfig, operators: readonly OperatorRelease[]): ApplicationSet {
  const elements = operatorElements(config, operators);
  const waves = [...new Set(elements.map((e) => Number(e.wave)))].sort((a, b) => a - b);
  return new ApplicationSet(scope, 'Operators', {
    metadata: { name: `${envPrefix(config)}-operators`, namespace: ARGOCD_NAMESPACE },
    spec: {
      goTemplate: true,
      goTemplateOptions: ['missingkey=error'],
      generators: [
        {
          matrix: {
            generators: [
              { clusters: { selector: { matchLabels: clusterSelector(config) } } },
              { list: { elements } },
            ],
          },
        },
      ],
      strategy: {
        type: 'RollingSync',
        rollingSync: {
          steps: waves.map((wave) => ({ matchExpressions: [{ key: WAVE_LABEL, operator: 'In', values: [String(wave)] }] })),
        },
      },
      syncPolicy: { preserveResourcesOnDeletion: true },
      template: {
        metadata: {
          name: `${CLUSTER_PARAMS.name}-{{ .release }}`,
          labels: {
            [WAVE_LABEL]: '{{ .wave }}',
            [OPERATOR_LABEL]: '{{ .release }}',
            [CLUSTER_LABELS.region]: CLUSTER_PARAMS.region,
          },
        },
        spec: {
          project: argoProjectName(config),
          source: {
            repoUrl: '{{ .repoURL }}',
            chart: '{{ .chart }}',
            targetRevision: '{{ .version }}',
            helm: {
              releaseName: '{{ .release }}',
              values: '{{ toYaml .helmValues }}',
              skipTests: true,
            },
          },
          destination: { server: CLUSTER_PARAMS.server, namespace: '{{ .namespace }}' },
          ignoreDifferences: istioValidatingWebhooks(config).map((name) => ({
            group: 'admissionregistration.k8s.io',
            kind: 'ValidatingWebhookConfiguration',
            name,
            jqPathExpressions: ['.webhooks[]?.failurePolicy'],
          })),
          syncPolicy: {
            automated: AUTOMATED_SYNC,
            // Argo CD applies managedNamespaceMetadata only to namespaces it creates.
            syncOptions: ['CreateNamespace={{ .createNamespace }}', SERVER_SIDE_APPLY, 'RespectIgnoreDifferences=true'],
            managedNamespaceMetadata: {
              labels: {
                'pod-security.kubernetes.io/enforce': '{{ .podSecurity }}',
                'pod-security.kubernetes.io/warn': 'restricted',
                'pod-security.kubernetes.io/audit': 'restricted',
              },
            },
            retry: SYNC_RETRY,
          },
        },
      },
    },
  });
}
