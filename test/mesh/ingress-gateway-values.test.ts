/**
 * The ingress gateway's availability, as the Helm values Argo CD hands the istio `gateway` chart
 * (1.30) on each cluster: one pod per availability zone at least, spread over zones, and a
 * PodDisruptionBudget. The values are read from the generated Applications (the Argo CD
 * simulation of test/gitops), i.e. what each cluster actually receives.
 */
import * as YAML from 'yaml';
import { PlatformConfig, clusterName } from '../../lib/config';
import { operatorsByKey } from '../../lib/platform/render';
import { INGRESS_GATEWAY_RELEASE } from '../../lib/config/mesh-names';
import { generateApplications } from '../gitops/argo-sim';
import { clusterSecretsOf, find, render } from '../gitops/fixtures';
import { expectValidManifests } from '../helpers/k8s-schema';
import { configOf, shipped } from './fixtures';

const ZONE_KEY = 'topology.kubernetes.io/zone';

/**
 * Pod labels the `gateway` chart sets (its `gateway.selectorLabels` helper): `app: <release>`,
 * `istio: <release without the istio- prefix>`. Written out here, not imported, so a change of the
 * platform's selector constant cannot silently make the spread select nothing.
 */
const CHART_POD_LABELS = { app: INGRESS_GATEWAY_RELEASE, istio: INGRESS_GATEWAY_RELEASE.replace(/^istio-/, '') };

/** The istioIngress Helm values each cluster of `config` receives, by region. */
function gatewayValues(config: PlatformConfig): Map<string, any> {
  const manifests = render(config);
  const appSet = find(manifests, 'ApplicationSet', `${config.project}-${config.environment}-operators`);
  const apps = generateApplications(appSet, clusterSecretsOf(manifests)).map((g) => g.app);
  const byRegion = new Map<string, any>();
  for (const region of config.regions) {
    const name = `${clusterName(config, region)}-${operatorsByKey(config).istioIngress.release}`;
    const hits = apps.filter((a) => a.metadata.name === name);
    if (hits.length !== 1) throw new Error(`expected one Application ${name}, found ${hits.length}`);
    byRegion.set(region.name, YAML.parse(hits[0].spec.source.helm.values));
  }
  return byRegion;
}

const environments: Array<[string, PlatformConfig]> = [
  ['prod', shipped('prod')],
  ['dev', shipped('dev')],
];

describe('ingress gateway: at least one replica per availability zone', () => {
  test.each(environments)('GIVEN %s WHEN generated THEN every cluster autoscales from at least its zone count (and never below 2)', (_env, config) => {
    for (const region of config.regions) {
      const { autoscaling } = gatewayValues(config).get(region.name);
      // The chart renders an HPA only when autoscaling is enabled; `replicaCount` is then ignored.
      expect(autoscaling.enabled).toBe(true);
      expect(autoscaling.minReplicas).toBeGreaterThanOrEqual(region.availabilityZones.length);
      expect(autoscaling.minReplicas).toBeGreaterThanOrEqual(2);
      expect(autoscaling.maxReplicas).toBeGreaterThanOrEqual(autoscaling.minReplicas);
    }
  });

  test('GIVEN a region with four zones WHEN generated THEN its gateway starts from 4 replicas', () => {
    const config = configOf('dev', (d) => d.regions[0].availabilityZones.push('us-east-1d'));
    const { autoscaling } = gatewayValues(config).get('us-east-1');
    expect(autoscaling.minReplicas).toBe(4);
    expect(autoscaling.maxReplicas).toBeGreaterThanOrEqual(4);
  });
});

describe('ingress gateway: topology spread and disruption budget', () => {
  const values = gatewayValues(shipped('prod')).get('us-east-1');

  test('GIVEN prod WHEN generated THEN the pods spread over zones as a hard constraint (maxSkew 1) selecting the chart\'s pod labels', () => {
    const zone = values.topologySpreadConstraints.filter((c: any) => c.topologyKey === ZONE_KEY);
    expect(zone).toHaveLength(1);
    expect(zone[0]).toMatchObject({ maxSkew: 1, whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: CHART_POD_LABELS } });
    // A failed zone's tainted nodes must not count, or its replacements could never schedule elsewhere.
    expect(zone[0].nodeTaintsPolicy).toBe('Honor');
  });

  test('GIVEN prod WHEN generated THEN a PodDisruptionBudget keeps all but one pod through voluntary disruptions', () => {
    // The chart renders a PodDisruptionBudget only for a non-empty `podDisruptionBudget`.
    expect(values.podDisruptionBudget).toEqual({ maxUnavailable: 1 });
    expect(values.autoscaling.minReplicas - values.podDisruptionBudget.maxUnavailable).toBeGreaterThanOrEqual(1);
  });

  test('GIVEN prod WHEN the values are put where the chart puts them THEN the pod spec is schema-valid', () => {
    // The chart copies `topologySpreadConstraints` verbatim into the Deployment's pod spec.
    expectValidManifests([
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: INGRESS_GATEWAY_RELEASE, namespace: 'istio-ingress' },
        spec: {
          selector: { matchLabels: CHART_POD_LABELS },
          template: {
            metadata: { labels: CHART_POD_LABELS },
            spec: {
              containers: [{ name: 'istio-proxy', image: 'auto' }],
              topologySpreadConstraints: values.topologySpreadConstraints,
            },
          },
        },
      },
      {
        apiVersion: 'policy/v1',
        kind: 'PodDisruptionBudget',
        metadata: { name: INGRESS_GATEWAY_RELEASE, namespace: 'istio-ingress' },
        spec: { selector: { matchLabels: CHART_POD_LABELS }, ...values.podDisruptionBudget },
      },
    ]);
  });
});
