import { Testing } from 'cdk8s';
import { mlNamespace, modelServiceAccountName } from '../../lib/config';
import { ModelServingChart } from '../../lib/ml/model-serving-chart';
import { expectValidManifests, validateManifests } from '../helpers/k8s-schema';
import { checkPodSecurity, formatFindings } from '../helpers/pod-security';
import { Manifest, find, ofKind, predictorPods, regionOf, renderModels, shipped, variant } from './fixtures';

const prod = shipped('prod');
const east = renderModels(prod, 'us-east-1');
const west = renderModels(prod, 'eu-west-1');
const model = prod.ml!.models[0];
const isvc = (manifests: Manifest[]) => find(manifests, 'InferenceService', model.name, 'ml');

describe('InferenceService per model', () => {
  test('GIVEN the seed model WHEN rendered THEN the predictor has its format, storage URI, service account, resources and autoscaling', () => {
    const { metadata, spec } = isvc(east);
    expect(metadata.annotations).toMatchObject({ 'serving.kserve.io/deploymentMode': 'RawDeployment', 'serving.kserve.io/autoscalerClass': 'hpa' });
    expect(spec.predictor).toMatchObject({
      serviceAccountName: modelServiceAccountName(model),
      automountServiceAccountToken: false,
      minReplicas: 2,
      maxReplicas: 6,
      scaleMetric: 'cpu',
      scaleMetricType: 'Utilization',
      scaleTarget: 70,
      model: {
        modelFormat: { name: 'sklearn' },
        storageUri: 's3://automatedai-prod-ml-models-us-east-1/models/device-anomaly/v1',
        resources: { requests: { cpu: '1', memory: '2Gi' }, limits: { cpu: '2', memory: '4Gi' } },
      },
    });
    expect(find(east, 'ServiceAccount', modelServiceAccountName(model), 'ml').automountServiceAccountToken).toBe(false);
  });

  test('GIVEN a spoke region WHEN rendered THEN it serves the same keys from its own replica bucket', () => {
    const { spec } = isvc(west);
    expect(spec.predictor.model.storageUri).toBe('s3://automatedai-prod-ml-models-eu-west-1/models/device-anomaly/v1');
    expect(spec.canary[0].predictor.model.storageUri).toBe('s3://automatedai-prod-ml-models-eu-west-1/models/device-anomaly/v2');
  });

  test('GIVEN a canary WHEN rendered THEN KServe gets a named canary with the traffic share and no autoscaling fields', () => {
    const [canary] = isvc(east).spec.canary;
    expect(canary.trafficPercent).toBe(10);
    expect(canary.predictor).toMatchObject({ name: 'canary', serviceAccountName: modelServiceAccountName(model), model: { name: 'kserve-container' } });
    for (const field of ['minReplicas', 'maxReplicas', 'scaleMetric', 'scaleTarget']) expect(canary.predictor[field]).toBeUndefined();
    // Not the Knative-only field, which raw deployments ignore.
    expect(isvc(east).spec.predictor.canaryTrafficPercent).toBeUndefined();
  });

  test('GIVEN a canary WHEN rendered THEN the mesh splits the stable predictor\'s traffic 90/10 between the two Services', () => {
    const vs = find(east, 'VirtualService', 'device-anomaly-predictor', 'ml');
    expect(vs.spec.hosts).toEqual(['device-anomaly-predictor.ml.svc.cluster.local']);
    expect(vs.spec.http[0].route.map((r: any) => [r.destination.host, r.destination.port.number, r.weight])).toEqual([
      ['device-anomaly-predictor.ml.svc.cluster.local', 80, 90],
      ['device-anomaly-canary-predictor.ml.svc.cluster.local', 80, 10],
    ]);
    for (const dr of ofKind(east, 'DestinationRule')) expect(dr.spec.trafficPolicy.tls.mode).toBe('ISTIO_MUTUAL');
    expect(ofKind(east, 'DestinationRule').map((d) => d.spec.host)).toEqual([
      'device-anomaly-predictor.ml.svc.cluster.local',
      'device-anomaly-canary-predictor.ml.svc.cluster.local',
    ]);
  });

  test('GIVEN a model without a canary WHEN rendered THEN there is no canary entry and no split', () => {
    const config = variant('prod', (d) => {
      delete d.ml.models[0].canary;
      d.ml.models[0].canaryTrafficPercent = 0;
    });
    const manifests = renderModels(config, 'us-east-1');
    expect(isvc(manifests).spec.canary).toBeUndefined();
    expect(ofKind(manifests, 'VirtualService')).toEqual([]);
    expect(ofKind(manifests, 'DestinationRule')).toHaveLength(1);
  });

  test('GIVEN a canary at 0% WHEN rendered THEN it is deployed but the route sends it nothing', () => {
    const config = variant('prod', (d) => (d.ml.models[0].canaryTrafficPercent = 0));
    const manifests = renderModels(config, 'us-east-1');
    expect(isvc(manifests).spec.canary[0].trafficPercent).toBe(0);
    expect(find(manifests, 'VirtualService', 'device-anomaly-predictor').spec.http[0].route.map((r: any) => r.weight)).toEqual([100]);
  });
});

describe('the mesh treats a model like a service', () => {
  test('GIVEN callers WHEN rendered THEN only their identities may call the predictor port', () => {
    const ap = find(east, 'AuthorizationPolicy', 'allow-device-anomaly-callers', 'ml');
    expect(ap.spec).toEqual({
      action: 'ALLOW',
      selector: { matchLabels: { 'serving.kserve.io/inferenceservice': 'device-anomaly' } },
      rules: [{ from: [{ source: { principals: ['cluster.local/ns/iot-service/sa/iot-service'] } }], to: [{ operation: { ports: ['8080'] } }] }],
    });
  });

  test('GIVEN callers WHEN rendered THEN NetworkPolicies admit them in the ML namespace and let them out of theirs', () => {
    const ingress = find(east, 'NetworkPolicy', 'allow-device-anomaly-callers', 'ml');
    expect(ingress.spec.ingress[0].from).toEqual([{
      namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'iot-service' } },
      podSelector: { matchLabels: { app: 'iot-service' } },
    }]);
    const egress = find(east, 'NetworkPolicy', 'allow-model-device-anomaly', 'iot-service');
    expect(egress.spec).toMatchObject({ podSelector: { matchLabels: { app: 'iot-service' } }, policyTypes: ['Egress'] });
    expect(egress.spec.egress[0].ports).toEqual([{ protocol: 'TCP', port: 8080 }]);
  });

  test('GIVEN a model without callers WHEN rendered THEN no allow rule exists (the mesh\'s deny-all holds)', () => {
    const config = variant('prod', (d) => (d.ml.models[0].callers = []));
    const manifests = renderModels(config, 'us-east-1');
    expect(ofKind(manifests, 'AuthorizationPolicy')).toEqual([]);
    expect(manifests.filter((m) => m.kind === 'NetworkPolicy' && m.spec.policyTypes.includes('Ingress'))).toEqual([]);
  });

  test('GIVEN predictors WHEN rendered THEN they may reach only HTTPS outside private ranges and the Pod Identity agent', () => {
    const np = find(east, 'NetworkPolicy', 'predictor-egress', 'ml');
    expect(np.spec.podSelector).toEqual({ matchExpressions: [{ key: 'serving.kserve.io/inferenceservice', operator: 'Exists' }] });
    expect(np.spec.egress).toEqual([
      { to: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '169.254.0.0/16', '100.64.0.0/10'] } }], ports: [{ protocol: 'TCP', port: 443 }] },
      { to: [{ ipBlock: { cidr: '169.254.170.23/32' } }], ports: [{ protocol: 'TCP', port: 80 }] },
    ]);
  });
});

describe('validity and pod security', () => {
  test.each([['us-east-1', east], ['eu-west-1', west]])('GIVEN %s WHEN validated THEN every object matches its CRD or Kubernetes schema', (_r, manifests) => {
    expectValidManifests(manifests);
  });

  test('GIVEN a broken InferenceService WHEN validated THEN the KServe CRD schema rejects it', () => {
    const broken = structuredClone(isvc(east));
    broken.spec.predictor.minReplicas = 'two';
    broken.spec.canary[0].trafficPercent = 150;
    const problems = validateManifests([broken]).join('\n');
    expect(problems).toMatch(/spec\.predictor\.minReplicas/);
    expect(problems).toMatch(/spec\.canary\[0\]\.trafficPercent/);
  });

  test('GIVEN the predictor pods (stable and canary) WHEN checked THEN they pass Pod Security "restricted" and kube-linter\'s defaults', () => {
    const pods = predictorPods(isvc(east));
    expect(pods).toHaveLength(2);
    const objects = [...pods, ...ofKind(east, 'ServiceAccount')];
    expect(formatFindings(checkPodSecurity(objects))).toBe('');
  });

  test('GIVEN a predictor that could escalate WHEN checked THEN the pod-security check fails', () => {
    const bad = structuredClone(isvc(east));
    bad.spec.predictor.model.securityContext = { allowPrivilegeEscalation: true };
    delete bad.spec.predictor.securityContext;
    const findings = checkPodSecurity(predictorPods(bad)).map((f) => f.check);
    expect(findings).toEqual(expect.arrayContaining(['pss-privilege-escalation', 'pss-run-as-non-root', 'pss-seccomp', 'pss-capabilities']));
  });
});

test('GIVEN an environment without an ml section WHEN the chart is built THEN it refuses', () => {
  const config = variant('prod', (d) => delete d.ml);
  expect(() => new ModelServingChart(Testing.app(), 'x', { config, region: regionOf(config, 'us-east-1') })).toThrow(/config\.ml is not set/);
});

test('snapshot (tripwire)', () => {
  expect(east.map((m) => `${m.kind}/${m.metadata.namespace ?? ''}/${m.metadata.name}`)).toMatchSnapshot();
  expect(isvc(east)).toMatchSnapshot();
  expect(mlNamespace(prod)).toBe('ml');
});
