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

/** One operator as the list generator sees it, with the regions whose clusters run it. */
interface PlacedElement {
  readonly element: OperatorElement;
  /** Region names, in config order; undefined: every region. */
  readonly regions?: readonly string[];
}

/**
 * The operators of `gitops.operators`, in config order, each with the release the layer that
 * needs it declared and the regions that run it (an operator no region runs is left out).
 *
 * @throws Error when a configured operator is declared by no layer, or by two, a layer declares
 *   one the config does not pin, or places it in a region the environment does not have
 */
function placedElements(config: PlatformConfig, operators: readonly OperatorRelease[]): PlacedElement[] {
  const keys = Object.keys(config.gitops.operators) as OperatorKey[];
  const regionNames = config.regions.map((r) => r.name);
  const byKey = new Map<OperatorKey, OperatorRelease>();
  for (const operator of operators) {
    if (!keys.includes(operator.key)) throw new Error(`operator '${operator.key}' is declared by a layer but not pinned in gitops.operators (allowed: ${keys.join(', ')})`);
    if (byKey.has(operator.key)) throw new Error(`operator '${operator.key}' is declared twice`);
    const unknown = (operator.regions ?? []).filter((r) => !regionNames.includes(r));
    if (unknown.length > 0) throw new Error(`operator '${operator.key}' is placed in ${unknown.join(', ')}, not a region of this environment (allowed: ${regionNames.join(', ')})`);
    byKey.set(operator.key, operator);
  }
  return keys.flatMap((key) => {
    const chart = config.gitops.operators[key];
    const operator = byKey.get(key);
    if (!operator) throw new Error(`gitops.operators.${key} is pinned in the config but no registered layer declares it`);
    const regions = operator.regions === undefined ? undefined : regionNames.filter((r) => operator.regions!.includes(r));
    if (regions?.length === 0) return [];
    const element: OperatorElement = {
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
    return [{ element, regions: regions?.length === regionNames.length ? undefined : regions }];
  });
}

/** The list generator's elements of every operator some region runs, in config order. */
export function operatorElements(config: PlatformConfig, operators: readonly OperatorRelease[]): OperatorElement[] {
  return placedElements(config, operators).map((p) => p.element);
}

/**
 * The operators by the regions that run them: first those every region runs (regions
 * undefined), then one group per distinct set of regions, in order of first appearance.
 */
export function operatorPlacement(config: PlatformConfig, operators: readonly OperatorRelease[]): Array<{ readonly regions?: readonly string[]; readonly elements: OperatorElement[] }> {
  const groups = new Map<string, { regions?: readonly string[]; elements: OperatorElement[] }>();
  groups.set('', { elements: [] });
  for (const { element, regions } of placedElements(config, operators)) {
    const id = regions?.join(',') ?? '';
    if (!groups.has(id)) groups.set(id, { regions, elements: [] });
    groups.get(id)!.elements.push(element);
  }
  return [...groups.values()].filter((g) => g.elements.length > 0);
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
 * `<prefix>-operators`: every operator of the config on the clusters of the environment that run
 * it ({@link OperatorRelease.regions}). Per placement, a matrix of the cluster Secrets (selected
 * by environment and project, and by region where only some regions run the operators) and the
 * operator list; the list comes second so its values can use the cluster's parameters (the Load Balancer
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
  const placement = operatorPlacement(config, operators);
  const elements = placement.flatMap((g) => g.elements);
  const waves = [...new Set(elements.map((e) => Number(e.wave)))].sort((a, b) => a - b);
  return new ApplicationSet(scope, 'Operators', {
    metadata: { name: `${envPrefix(config)}-operators`, namespace: ARGOCD_NAMESPACE },
    spec: {
      goTemplate: true,
      goTemplateOptions: ['missingkey=error'],
      // One matrix per placement: the operators every region runs, then each set of operators
      // some regions run, crossed with only those regions' cluster Secrets.
      generators: placement.map(({ regions, elements: list }) => ({
        matrix: {
          generators: [
            {
              clusters: {
                selector: {
                  matchLabels: clusterSelector(config),
                  ...(regions ? { matchExpressions: [{ key: CLUSTER_LABELS.region, operator: 'In', values: [...regions] }] } : {}),
                },
              },
            },
            { list: { elements: list } },
          ],
        },
      })),
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
