import * as YAML from 'yaml';
import { EXTERNAL_SECRETS_SERVICE_ACCOUNT, argoProjectName, clusterArn, clusterName } from '../../lib/config';
import { GRAFANA_ADMIN_SECRET } from '../../lib/observability/constants';
import { OperatorKey, operatorElements } from '../../lib/gitops/operators';
import { layerOperators, operatorsByKey } from '../../lib/platform/render';
import { monitoringNamespace, tracingNamespace } from '../../lib/config/observability-names';
import { ObservabilityChart, TracingChart } from '../../lib/observability';
import { Testing } from 'cdk8s';
import { INGRESS_GATEWAY_RELEASE, INGRESS_PORTS } from '../../lib/config/mesh-names';
import { Generated, generateApplications } from './argo-sim';
import { clusterSecretsOf, configOf, find, render, shipped } from './fixtures';

const prod = shipped('prod');
const OPERATOR_RELEASES = operatorsByKey(prod);
const manifests = render(prod);
const appSet = find(manifests, 'ApplicationSet', 'automatedai-prod-operators');
const generated = generateApplications(appSet, clusterSecretsOf(manifests));
const operatorKeys = Object.keys(prod.gitops.operators) as OperatorKey[];
/** The operators prod runs: every pinned one but Strimzi (both regions' Kafka is MSK). */
const prodKeys = operatorKeys.filter((k) => k !== 'strimzi');

/** The generated Application of `operator` on `region`'s cluster. */
function appOf(operator: OperatorKey, regionName: string): Generated['app'] {
  const region = prod.regions.find((r) => r.name === regionName)!;
  const name = `${clusterName(prod, region)}-${OPERATOR_RELEASES[operator].release}`;
  const hits = generated.filter((g) => g.app.metadata.name === name);
  if (hits.length !== 1) throw new Error(`expected one Application ${name}, found ${hits.length}`);
  return hits[0].app;
}

/** The Helm values an Application passes, parsed. */
function valuesOf(app: Generated['app']): any {
  return YAML.parse(app.spec.source.helm.values);
}

describe('operators ApplicationSet: generators', () => {
  test('GIVEN prod WHEN rendered THEN a matrix crosses the environment’s cluster Secrets with the operator list, clusters first', () => {
    expect(appSet.metadata.namespace).toBe('argocd');
    expect(appSet.spec.goTemplate).toBe(true);
    expect(appSet.spec.goTemplateOptions).toEqual(['missingkey=error']);
    expect(appSet.spec.generators).toHaveLength(1);
    const [clusters, list] = appSet.spec.generators[0].matrix.generators;
    expect(clusters.clusters.selector.matchLabels).toEqual({
      'argocd.argoproj.io/secret-type': 'cluster',
      'platform/env': 'prod',
      'platform/project': 'automatedai',
    });
    expect(list.list.elements).toHaveLength(prodKeys.length);
  });

  test('GIVEN prod WHEN rendered THEN every operator prod runs is listed with its pinned chart, version and namespace', () => {
    const elements = appSet.spec.generators[0].matrix.generators[1].list.elements;
    for (const key of prodKeys) {
      const chart = prod.gitops.operators[key];
      expect(elements).toContainEqual(
        expect.objectContaining({
          release: OPERATOR_RELEASES[key].release,
          chart: chart.chart,
          repoURL: chart.repoURL,
          version: chart.version,
          namespace: chart.namespace,
        }),
      );
    }
  });

  test('GIVEN prod (2 clusters, 14 operators run) WHEN generated THEN each cluster gets each operator once, nothing left unrendered', () => {
    expect(prodKeys).toHaveLength(14);
    expect(generated).toHaveLength(prod.regions.length * prodKeys.length);
    expect(new Set(generated.map((g) => g.app.metadata.name)).size).toBe(generated.length);
    expect(JSON.stringify(generated.map((g) => g.app))).not.toContain('{{');
  });
});

describe('operators ApplicationSet: order', () => {
  // The install order (see each layer's operators.ts): CRDs and independent operators, then what needs
  // them, then the ingress gateway that needs istiod's injection.
  const expectedWaves: Record<OperatorKey, number> = {
    certManager: 0,
    istioBase: 0,
    istioCni: 0,
    externalSecrets: 0,
    strimzi: 0,
    kserveCrd: 0,
    kubePrometheusStack: 0,
    clusterAutoscaler: 0,
    istiod: 1,
    kserve: 1,
    opentelemetryOperator: 1,
    kialiOperator: 1,
    awsLoadBalancerController: 1,
    jaegerOperator: 1,
    istioIngress: 2,
  };

  test('GIVEN prod WHEN rendered THEN RollingSync steps go through the waves in order, one step per wave', () => {
    expect(appSet.spec.strategy.type).toBe('RollingSync');
    expect(appSet.spec.strategy.rollingSync.steps).toEqual(
      ['0', '1', '2'].map((wave) => ({ matchExpressions: [{ key: 'platform/wave', operator: 'In', values: [wave] }] })),
    );
  });

  test('GIVEN Strimzi (run by no prod region) WHEN declared THEN it is in its wave', () => {
    expect(OPERATOR_RELEASES.strimzi.wave).toBe(expectedWaves.strimzi);
  });

  test.each(prodKeys)('GIVEN prod WHEN generated THEN %s is in its wave on every cluster', (key) => {
    for (const region of prod.regions) {
      expect(appOf(key, region.name).metadata.labels['platform/wave']).toBe(String(expectedWaves[key]));
    }
  });

  test('GIVEN prod WHEN generated THEN every Application is selected by a RollingSync step (none would wait for a manual sync)', () => {
    const stepWaves = appSet.spec.strategy.rollingSync.steps.flatMap((s: any) => s.matchExpressions[0].values);
    for (const g of generated) expect(stepWaves).toContain(g.app.metadata.labels['platform/wave']);
  });

  test('GIVEN the CRD chart and the istiod chart WHEN ordered THEN each comes before what needs it', () => {
    expect(OPERATOR_RELEASES.kserveCrd.wave).toBeLessThan(OPERATOR_RELEASES.kserve.wave);
    expect(OPERATOR_RELEASES.istioBase.wave).toBeLessThan(OPERATOR_RELEASES.istiod.wave);
    expect(OPERATOR_RELEASES.istiod.wave).toBeLessThan(OPERATOR_RELEASES.istioIngress.wave);
    expect(OPERATOR_RELEASES.certManager.wave).toBeLessThan(OPERATOR_RELEASES.awsLoadBalancerController.wave);
  });

  test('GIVEN the Jaeger operator WHEN ordered THEN cert-manager (its webhook certificate) comes first', () => {
    expect(OPERATOR_RELEASES.certManager.wave).toBeLessThan(OPERATOR_RELEASES.jaegerOperator.wave);
  });
});

describe('operators ApplicationSet: generated Applications', () => {
  test.each(prod.regions.map((r) => r.name))('GIVEN %s WHEN generated THEN each operator installs its pinned chart into its namespace on that cluster', (regionName) => {
    const region = prod.regions.find((r) => r.name === regionName)!;
    for (const key of prodKeys) {
      const app = appOf(key, regionName);
      const chart = prod.gitops.operators[key];
      expect(app.spec.project).toBe(argoProjectName(prod));
      expect(app.spec.source).toMatchObject({ repoURL: chart.repoURL, chart: chart.chart, targetRevision: chart.version });
      expect(app.spec.source.helm.releaseName).toBe(OPERATOR_RELEASES[key].release);
      expect(app.spec.destination).toEqual({ server: clusterArn(prod, region), namespace: chart.namespace });
      expect(app.metadata.labels['platform/region']).toBe(regionName);
    }
  });

  test('GIVEN prod WHEN generated THEN every operator syncs automatically with prune, self-heal, retries and SSA, creating its namespace unless the manifests render it', () => {
    const rendersOwnNamespace = new Set([OPERATOR_RELEASES.jaegerOperator.release, OPERATOR_RELEASES.kubePrometheusStack.release]);
    for (const { app } of generated) {
      const fromManifests = rendersOwnNamespace.has(app.metadata.labels['platform/operator']);
      expect(app.spec.syncPolicy.automated).toEqual({ prune: true, selfHeal: true });
      expect(app.spec.syncPolicy.syncOptions).toEqual([`CreateNamespace=${!fromManifests}`, 'ServerSideApply=true', 'RespectIgnoreDifferences=true']);
      expect(app.spec.syncPolicy.retry).toEqual({ limit: 10, backoff: { duration: '30s', factor: 2, maxDuration: '10m' } });
    }
    // Only these share a namespace the manifests render (tracing, monitoring).
    expect(operatorKeys.filter((k) => OPERATOR_RELEASES[k].namespaceFromManifests).sort()).toEqual(['jaegerOperator', 'kubePrometheusStack']);
  });

  test('GIVEN prod WHEN generated THEN kube-prometheus-stack installs into the monitoring namespace without creating it, and the observability chart renders it at the level the operator declares', () => {
    for (const region of prod.regions) {
      const app = appOf('kubePrometheusStack', region.name);
      expect(app.spec.destination.namespace).toBe(monitoringNamespace(prod));
      expect(app.spec.syncPolicy.syncOptions).toContain('CreateNamespace=false');
      const rendered = Testing.synth(new ObservabilityChart(Testing.app(), 'observability', { config: prod, region }));
      const ns = rendered.find((m) => m.kind === 'Namespace' && m.metadata.name === monitoringNamespace(prod))!;
      // Exactly the labels Argo CD's managedNamespaceMetadata would have set.
      expect(ns.metadata.labels).toMatchObject(app.spec.syncPolicy.managedNamespaceMetadata.labels);
      expect(ns.metadata.labels['pod-security.kubernetes.io/enforce']).toBe('privileged');
    }
  });

  test('GIVEN prod WHEN generated THEN the Jaeger operator installs into the tracing namespace, whose rendered Namespace enforces the level it declares', () => {
    for (const region of prod.regions) {
      expect(appOf('jaegerOperator', region.name).spec.destination.namespace).toBe(tracingNamespace(prod));
    }
    const rendered = Testing.synth(new TracingChart(Testing.app(), 'tracing', { config: prod, region: prod.regions[0] }));
    const ns = rendered.find((m) => m.kind === 'Namespace' && m.metadata.name === tracingNamespace(prod))!;
    expect(ns.metadata.labels['pod-security.kubernetes.io/enforce']).toBe(OPERATOR_RELEASES.jaegerOperator.podSecurity);
  });

  test('GIVEN prod WHEN generated THEN each operator namespace enforces its Pod Security level and warns/audits at restricted', () => {
    const enforced: Record<string, string> = {};
    for (const { app } of generated) {
      const labels = app.spec.syncPolicy.managedNamespaceMetadata.labels;
      expect(labels['pod-security.kubernetes.io/warn']).toBe('restricted');
      expect(labels['pod-security.kubernetes.io/audit']).toBe('restricted');
      const ns = app.spec.destination.namespace;
      // operators sharing a namespace agree on its level
      expect(enforced[ns] ?? labels['pod-security.kubernetes.io/enforce']).toBe(labels['pod-security.kubernetes.io/enforce']);
      enforced[ns] = labels['pod-security.kubernetes.io/enforce'];
    }
    // only node agents get privileged: Istio CNI (istio-system) and node-exporter (monitoring)
    expect(Object.entries(enforced).filter(([, level]) => level === 'privileged').map(([ns]) => ns).sort()).toEqual(['istio-system', 'monitoring']);
    expect(enforced['istio-ingress']).toBe('restricted');
  });

  test('GIVEN prod WHEN rendered THEN deleting the ApplicationSet or an Application keeps the operators and their CRDs', () => {
    expect(appSet.spec.syncPolicy).toEqual({ preserveResourcesOnDeletion: true });
  });

  test('GIVEN istiod WHEN rendered THEN the failurePolicy istiod flips on its validation webhooks is not drift', () => {
    expect(appSet.spec.template.spec.ignoreDifferences.map((d: any) => d.name)).toEqual(['istiod-default-validator', 'istio-validator-istio-system']);
  });
});

describe('operators ApplicationSet: Helm values', () => {
  test.each(prod.regions.map((r) => r.name))(
    'GIVEN %s WHEN generated THEN the Load Balancer Controller is told its own cluster name and region, and no VPC id',
    (regionName) => {
      const region = prod.regions.find((r) => r.name === regionName)!;
      const values = valuesOf(appOf('awsLoadBalancerController', regionName));
      expect(values.clusterName).toBe(clusterName(prod, region));
      expect(values.region).toBe(regionName);
      expect(values.vpcId).toBeUndefined();
      expect(values.enableCertManager).toBe(true);
      expect(values.createIngressClassResource).toBe(false);
    },
  );

  test('GIVEN prod WHEN generated THEN the ingress gateway is a ClusterIP Service on the mesh’s ports (the NLB comes from CDK)', () => {
    const app = appOf('istioIngress', 'us-east-1');
    expect(app.spec.source.helm.releaseName).toBe(INGRESS_GATEWAY_RELEASE);
    const values = valuesOf(app);
    expect(values.service.type).toBe('ClusterIP');
    expect(values.service.ports.map((p: any) => [p.port, p.targetPort])).toEqual([
      [INGRESS_PORTS.status, INGRESS_PORTS.status],
      [INGRESS_PORTS.http, INGRESS_PORTS.http],
      [INGRESS_PORTS.https, INGRESS_PORTS.https],
    ]);
    // An explicit pod securityContext replaces the chart's sysctl default.
    expect(values.securityContext).toEqual({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
  });

  test('GIVEN prod WHEN generated THEN istiod relies on the CNI agent and denies egress to unknown hosts', () => {
    const values = valuesOf(appOf('istiod', 'eu-west-1'));
    expect(values.pilot.cni.enabled).toBe(true);
    expect(values.meshConfig.outboundTrafficPolicy).toEqual({ mode: 'REGISTRY_ONLY' });
  });

  test('GIVEN prod WHEN generated THEN External Secrets runs as the service account CDK’s Pod Identity association names', () => {
    expect(valuesOf(appOf('externalSecrets', 'us-east-1')).serviceAccount.name).toBe(EXTERNAL_SECRETS_SERVICE_ACCOUNT);
  });

  test('GIVEN prod WHEN generated THEN Grafana loads dashboards from every namespace and takes its admin login from a Secret', () => {
    const values = valuesOf(appOf('kubePrometheusStack', 'us-east-1'));
    expect(values.grafana.sidecar.dashboards).toMatchObject({ enabled: true, searchNamespace: 'ALL' });
    expect(values.grafana.admin.existingSecret).toBe(GRAFANA_ADMIN_SECRET);
    expect(values.prometheus.prometheusSpec.serviceMonitorSelectorNilUsesHelmValues).toBe(false);
  });

  test('GIVEN prod WHEN generated THEN the Jaeger operator watches only its namespace, takes webhook certificates from cert-manager and runs restricted', () => {
    const values = valuesOf(appOf('jaegerOperator', 'us-east-1'));
    // No ClusterRole: the chart then binds a Role and sets WATCH_NAMESPACE to the pod's namespace.
    expect(values.rbac).toEqual({ create: true, clusterRole: false });
    expect(values.certs).toEqual({ issuer: { create: true }, certificate: { create: true } });
    expect(values.jaeger).toEqual({ create: false });
    expect(values.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    expect(values.securityContext.runAsUser).toBeGreaterThan(0);
    expect(values.containerSecurityContext).toMatchObject({ allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
    expect(values.resources.limits).toBeDefined();
  });

  test('GIVEN prod WHEN generated THEN cert-manager installs its CRDs and KServe runs without Knative', () => {
    expect(valuesOf(appOf('certManager', 'us-east-1')).crds.enabled).toBe(true);
    expect(valuesOf(appOf('kserve', 'us-east-1')).kserve.controller.deploymentMode).toBe('RawDeployment');
  });

  test('GIVEN prod WHEN generated THEN no Helm values carry a deploy-time value (ARN, account id)', () => {
    for (const { app } of generated) expect(app.spec.source.helm.values).not.toMatch(/arn:aws|\d{12}/);
  });

  test('GIVEN istiod in another namespace WHEN rendered THEN the Istio charts and the ignored webhook follow it', () => {
    const config = configOf('prod', (d) => {
      for (const key of ['istioBase', 'istioCni', 'istiod']) d.gitops.operators[key].namespace = 'istio-control';
    });
    const m = render(config);
    const set = find(m, 'ApplicationSet', 'automatedai-prod-operators');
    const elements = set.spec.generators[0].matrix.generators[1].list.elements;
    expect(elements.find((e: any) => e.release === 'istiod').helmValues.global.istioNamespace).toBe('istio-control');
    expect(set.spec.template.spec.ignoreDifferences[1].name).toBe('istio-validator-istio-control');
  });
});

describe('operators ApplicationSet: placement follows what each region runs', () => {
  /** Which regions get an Application of `release`, from the generated set. */
  function regionsRunning(config: ReturnType<typeof shipped>, release: string): string[] {
    const manifests = render(config);
    const set = find(manifests, 'ApplicationSet', `automatedai-${config.environment}-operators`);
    return generateApplications(set, clusterSecretsOf(manifests))
      .filter((g) => g.app.metadata.labels['platform/operator'] === release)
      .map((g) => g.app.metadata.labels['platform/region'])
      .sort();
  }

  test('GIVEN prod (MSK in both regions) WHEN generated THEN no cluster gets Strimzi, and its pin stays in the config', () => {
    expect(regionsRunning(prod, 'strimzi')).toEqual([]);
    expect(prod.gitops.operators.strimzi).toBeDefined();
  });

  test('GIVEN dev (Strimzi in its one region) WHEN generated THEN its cluster gets Strimzi through the all-regions matrix', () => {
    const dev = shipped('dev');
    expect(regionsRunning(dev, 'strimzi')).toEqual(dev.regions.map((r) => r.name));
  });

  test('GIVEN Strimzi in one prod region WHEN rendered THEN a second matrix selects only that region’s cluster Secret, and only it gets Strimzi', () => {
    const mixed = configOf('prod', (d) => {
      d.kafka.engines['eu-west-1'] = 'strimzi';
      // replication needs MSK at both ends
      for (const topic of d.kafka.topics) delete topic.replicate;
    });
    const set = find(render(mixed), 'ApplicationSet', 'automatedai-prod-operators');
    expect(set.spec.generators).toHaveLength(2);
    const [clusters, list] = set.spec.generators[1].matrix.generators;
    expect(clusters.clusters.selector.matchExpressions).toEqual([{ key: 'platform/region', operator: 'In', values: ['eu-west-1'] }]);
    expect(list.list.elements.map((e: any) => e.release)).toEqual(['strimzi']);
    expect(regionsRunning(mixed, 'strimzi')).toEqual(['eu-west-1']);
    expect(regionsRunning(mixed, 'istiod')).toEqual(['eu-west-1', 'us-east-1']);
  });

  test('GIVEN no model served WHEN generated THEN no cluster gets KServe or its CRDs', () => {
    const noModels = configOf('prod', (d) => {
      d.ml.models = [];
    });
    expect(regionsRunning(noModels, 'kserve')).toEqual([]);
    expect(regionsRunning(noModels, 'kserve-crd')).toEqual([]);
    expect(regionsRunning(prod, 'kserve')).toEqual(['eu-west-1', 'us-east-1']);
  });

  test('GIVEN a layer placing an operator in a region the environment lacks WHEN rendered THEN the error names the operator and the allowed regions', () => {
    const operators = layerOperators(prod).map((o) => (o.key === 'strimzi' ? { ...o, regions: ['ap-south-1'] } : o));
    expect(() => operatorElements(prod, operators)).toThrow("operator 'strimzi' is placed in ap-south-1, not a region of this environment (allowed: us-east-1, eu-west-1)");
  });
});
