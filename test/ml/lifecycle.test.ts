/**
 * The ML lifecycle: feature definitions against the Avro schemas, the Feast jobs and feature
 * server, training, drift monitoring, the rejections of bad input, and `npm run promote`.
 * Renders each chart once per region for the file.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Testing } from 'cdk8s';
import * as YAML from 'yaml';
import { ConfigError, PlatformConfig, parseConfig } from '../../lib/config';
import { cronProblem } from '../../lib/config/zod-helpers';
import { AvroSchema, contentHash, featureSchemaProblems, featuresYaml, readRepoSchema, resolveField } from '../../lib/ml/features';
import { mlImage } from '../../lib/ml/images';
import { DRIFT_METRIC, MlLifecycleChart, modelDashboard } from '../../lib/ml/lifecycle-chart';
import { promoteInConfig } from '../../lib/ml/promote';
import { expectValidManifests } from '../helpers/k8s-schema';
import { checkPodSecurity, formatFindings } from '../helpers/pod-security';
import { ROOT } from '../helpers/synth';
import { Manifest, find, ofKind, regionOf, renderMl, renderModels, shipped, variant } from './fixtures';

const render = (config: PlatformConfig, region: string): Manifest[] =>
  Testing.synth(new MlLifecycleChart(Testing.app(), 'ml-lifecycle', { config, region: regionOf(config, region) }));

const prod = shipped('prod');
const east = render(prod, 'us-east-1');
const west = render(prod, 'eu-west-1');
const dev = render(shipped('dev'), 'us-east-1');

/** The problems parseConfig reports for a modified prod config (fails the test if it accepts it). */
function problemsOf(modify: (d: any) => void): string[] {
  try {
    variant('prod', modify);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return [...(e as ConfigError).problems];
  }
  throw new Error('config was accepted');
}

/** The repo's schema of `name` with `edit` applied to its JSON text. */
const editedSchema = (edit: (text: string) => string) => (name: string): AvroSchema => JSON.parse(edit(JSON.stringify(readRepoSchema(name)))) as AvroSchema;

describe('feature definitions against the Avro schema of their topic', () => {
  test('GIVEN the shipped configs THEN every feature exists in device-metrics-5min with a compatible type', () => {
    expect(featureSchemaProblems(prod)).toEqual([]);
    expect(featureSchemaProblems(shipped('dev'))).toEqual([]);
    expect(prod.ml!.featureStore.featureViews[0].features.length).toBeGreaterThan(0);
  });

  test('GIVEN the schema renames an aggregate WHEN checked THEN each feature reading it is named, with the schema file', () => {
    const problems = featureSchemaProblems(prod, editedSchema((t) => t.replace('"name":"mean"', '"name":"average"')));
    expect(problems).toEqual([
      "ml.featureStore.featureViews[0].features[0].field: 'mean' is not a field of the elements of 'metrics' (fields: name, unit, count, min, max, average, last) in schemas/device-metrics-5min.avsc",
      "ml.featureStore.featureViews[0].features[4].field: 'mean' is not a field of the elements of 'metrics' (fields: name, unit, count, min, max, average, last) in schemas/device-metrics-5min.avsc",
    ]);
  });

  test('GIVEN a feature whose type cannot hold the field WHEN checked THEN it fails naming both types', () => {
    const config = variant('prod', (d) => (d.ml.featureStore.featureViews[0].features[0].type = 'Int64'));
    expect(featureSchemaProblems(config)).toEqual([
      "ml.featureStore.featureViews[0].features[0].field: 'metrics[heart_rate].mean' is double in schemas/device-metrics-5min.avsc, which Int64 cannot hold (compatible: long, int)",
    ]);
  });

  test('GIVEN a missing top-level field, a non-timestamp event time and a non-string join key WHEN checked THEN each is named', () => {
    const config = variant('prod', (d) => {
      const view = d.ml.featureStore.featureViews[0];
      view.features[1].field = 'window_middle';
      view.timestampField = 'device_id';
      d.ml.featureStore.entities[0].joinKey = 'window_start';
    });
    expect(featureSchemaProblems(config)).toEqual([
      "ml.featureStore.featureViews[0].timestampField: 'device_id' is string in schemas/device-metrics-5min.avsc, which an event timestamp cannot hold (compatible: long/timestamp-millis, long/timestamp-micros)",
      "ml.featureStore.featureViews[0].entity: 'window_start' is long/timestamp-millis in schemas/device-metrics-5min.avsc, which join key 'window_start' (String) cannot hold (compatible: string, enum)",
      "ml.featureStore.featureViews[0].features[1].field: 'window_middle' is not a field of the schema (fields: device_id, window_start, window_end, metrics) in schemas/device-metrics-5min.avsc",
    ]);
  });

  test('GIVEN field paths WHEN resolved THEN arrays of records are selected by name, nullable unions unwrapped', () => {
    const telemetry = readRepoSchema('device-telemetry');
    expect(resolveField(telemetry, 'metrics[heart_rate].value')).toEqual({ type: 'double' });
    expect(resolveField(telemetry, 'status')).toEqual({ type: 'enum' });
    expect(resolveField(telemetry, 'device_id[x].y')).toEqual({ problem: "'device_id' is not an array of records, so 'device_id[x]' selects nothing" });
  });

  test('GIVEN a definition that does not match WHEN the chart renders THEN the render fails naming the field', () => {
    const config = variant('prod', (d) => (d.ml.featureStore.featureViews[0].features[2].field = 'metrics[heart_rate].maximum'));
    expect(() => render(config, 'us-east-1')).toThrow(/^ml\.featureStore\.featureViews\[0\]\.features\[2\]\.field: 'maximum' is not a field/);
  });
});

describe('bad input is rejected at synth, one line naming the field', () => {
  test.each<[string, (d: any) => void, RegExp]>([
    ['a feature view on a topic that does not exist', (d) => (d.ml.featureStore.featureViews[0].topic = 'device-metrics-1min'),
      /^ml\.featureStore\.featureViews\[0\]\.topic: 'device-metrics-1min' is not a topic in kafka\.topics \(allowed: device-telemetry, .*device-metrics-5min(, [a-z-]+)*\)$/],
    ['a feature view on a topic without a schema', (d) => (d.ml.featureStore.featureViews[0].topic = 'device-telemetry-dlq'),
      /^ml\.featureStore\.featureViews\[0\]\.topic: 'device-telemetry-dlq' has no valueSchema in kafka\.topics/],
    ['a training schedule that is not cron (6 fields)', (d) => (d.ml.models[0].training.schedule = '0 0 3 * * 1'),
      /^ml\.models\[0\]\.training\.schedule: '0 0 3 \* \* 1' has 6 fields; a cron schedule has 5/],
    ['a training schedule with an hour out of range', (d) => (d.ml.models[0].training.schedule = '0 24 * * 1'),
      /^ml\.models\[0\]\.training\.schedule: '24' is not a valid hour in '0 24 \* \* 1' \(numbers 0-23/],
    ['a materialization schedule with a zero step', (d) => (d.ml.featureStore.materializationSchedule = '*/0 * * * *'),
      /^ml\.featureStore\.materializationSchedule: '\*\/0' is not a valid minute/],
    ['training on a feature service that does not exist', (d) => (d.ml.models[0].training.featureService = 'fraud'),
      /^ml\.models\[0\]\.training\.featureService: 'fraud' is not in ml\.featureStore\.featureServices \(allowed: device_anomaly\)$/],
    ['a view of an unknown entity', (d) => (d.ml.featureStore.featureViews[0].entity = 'patient'),
      /^ml\.featureStore\.featureViews\[0\]\.entity: 'patient' is not in ml\.featureStore\.entities \(allowed: device\)$/],
    ['a feature service of an unknown view', (d) => (d.ml.featureStore.featureServices[0].featureViews = ['device_metrics_1h']),
      /^ml\.featureStore\.featureServices\[0\]\.featureViews\[0\]: 'device_metrics_1h' is not in ml\.featureStore\.featureViews/],
    ['a feature server caller that is not a service', (d) => (d.ml.featureStore.server.callers = ['billing']),
      /^ml\.featureStore\.server\.callers\[0\]: 'billing' is not a service/],
    ['a model named like a service', (d) => (d.ml.models[0].name = 'iot-service'),
      /^ml\.models\[0\]\.name: 'iot-service' is also a service/],
    ['a model latency threshold that is no Istio bucket', (d) => (d.ml.models[0].slo = { latencyThresholdMs: 123 }),
      /^ml\.models\[0\]\.slo\.latencyThresholdMs: 123 is not a bucket bound/],
  ])('fails on %s', (_name, modify, expected) => {
    const problems = problemsOf(modify);
    expect([problems, problems.some((p) => expected.test(p))]).toEqual([problems, true]);
  });

  test('GIVEN cron expressions WHEN checked THEN the valid ones pass', () => {
    for (const ok of ['*/15 * * * *', '0 3 * * 1', '0 0-6/2 1,15 * 0-7', '@daily']) expect(cronProblem(ok)).toBeUndefined();
    for (const bad of ['', '* * * *', '60 * * * *', '0 0 0 * *', '0 0 * 13 *', '5-1 * * * *', 'a * * * *']) expect(cronProblem(bad)).toBeDefined();
  });
});

describe('Feast on the clusters', () => {
  test('GIVEN the hub WHEN rendered THEN one feast apply Job named after the hash of what it applies', () => {
    const [job] = ofKind(east, 'Job');
    const definitions = find(east, 'ConfigMap', 'feature-definitions', 'ml').data['features.yaml'];
    expect(job.metadata.name).toMatch(/^feast-apply-[0-9a-f]{10}$/);
    expect(ofKind(east, 'Job')).toHaveLength(1);
    expect(job.spec.template.spec.containers[0]).toMatchObject({ image: mlImage(prod.hubRegion, 'feast'), args: ['apply'] });
    expect(job.spec.template.spec.serviceAccountName).toBe('feast');
    expect(definitions).toBe(featuresYaml(prod, prod.hubRegion));
    // The spokes read the hub's registry replica: nothing to apply there.
    expect(ofKind(west, 'Job')).toEqual([]);
  });

  test('GIVEN a changed feature WHEN rendered THEN the apply Job has a new name', () => {
    const changed = render(variant('prod', (d) => d.ml.featureStore.featureViews[0].features.pop()), 'us-east-1');
    expect(ofKind(changed, 'Job')[0].metadata.name).not.toBe(ofKind(east, 'Job')[0].metadata.name);
    expect(contentHash('a')).not.toBe(contentHash('b'));
  });

  test('GIVEN features.yaml WHEN read as definitions.py reads it THEN it has every entity, view (with its batch path) and service', () => {
    const doc = YAML.parse(featuresYaml(prod, regionOf(prod, 'eu-west-1')));
    expect(doc.entities).toEqual([{ name: 'device', joinKey: 'device_id', description: expect.any(String) }]);
    expect(doc.featureViews[0]).toMatchObject({ name: 'device_metrics_5min', joinKey: 'device_id', timestampField: 'window_end', batchPath: 's3://automatedai-prod-ml-features-eu-west-1/offline/device-metrics-5min/' });
    expect(doc.featureServices).toEqual([{ name: 'device_anomaly', featureViews: ['device_metrics_5min'] }]);
    // The Python side reads exactly these keys.
    const py = fs.readFileSync(path.join(ROOT, 'ml', 'feast', 'feature_repo', 'definitions.py'), 'utf8');
    for (const key of ['entities', 'joinKey', 'featureViews', 'batchPath', 'timestampField', 'ttlHours', 'featureServices']) expect(py).toContain(`"${key}"`);
  });

  test('GIVEN every region WHEN rendered THEN materialization runs on the configured schedule, one at a time', () => {
    for (const manifests of [east, west]) {
      const cron = find(manifests, 'CronJob', 'feast-materialize', 'ml');
      expect(cron.spec).toMatchObject({ schedule: '*/15 * * * *', concurrencyPolicy: 'Forbid', timeZone: 'Etc/UTC' });
      expect(cron.spec.jobTemplate.spec.template.spec.containers[0].args).toEqual(['materialize']);
    }
  });

  test('GIVEN the feature server WHEN rendered THEN only the configured callers reach it, through the mesh and the network', () => {
    const deployment = find(east, 'Deployment', 'feast-feature-server', 'ml');
    expect(deployment.spec.replicas).toBe(2);
    expect(deployment.spec.template.spec.containers[0].args).toEqual(['serve']);
    const authz = find(east, 'AuthorizationPolicy', 'allow-feast-feature-server-callers', 'ml');
    expect(authz.spec).toMatchObject({ action: 'ALLOW', rules: [{ from: [{ source: { principals: ['cluster.local/ns/iot-service/sa/iot-service'] } }], to: [{ operation: { ports: ['6566'] } }] }] });
    expect(find(east, 'NetworkPolicy', 'allow-feast-feature-server', 'iot-service').spec.egress[0].ports).toEqual([{ protocol: 'TCP', port: 6566 }]);
    const none = render(variant('prod', (d) => (d.ml.featureStore.server.callers = [])), 'us-east-1');
    expect(ofKind(none, 'AuthorizationPolicy').map((a) => a.metadata.name)).not.toContain('allow-feast-feature-server-callers');
  });
});

describe('training (hub only)', () => {
  test('GIVEN a model with training WHEN rendered THEN a CronJob on its schedule registers it through MLflow into the hub\'s bucket', () => {
    const cron = find(east, 'CronJob', 'train-device-anomaly', 'ml');
    expect(cron.spec).toMatchObject({ schedule: '0 3 * * 1', concurrencyPolicy: 'Forbid' });
    const pod = cron.spec.jobTemplate.spec.template.spec;
    expect(pod.serviceAccountName).toBe('ml-training');
    const env = Object.fromEntries(pod.containers[0].env.filter((e: any) => e.value).map((e: any) => [e.name, e.value]));
    expect(env).toMatchObject({
      MODEL_NAME: 'device-anomaly', FEATURE_SERVICE: 'device_anomaly', HISTORY_DAYS: '30',
      MODEL_BUCKET: 'automatedai-prod-ml-models-us-east-1', MLFLOW_TRACKING_URI: 'http://mlflow.ml.svc.cluster.local:5000',
    });
    expect(find(east, 'AuthorizationPolicy', 'allow-mlflow-training', 'ml').spec.rules[0].from[0].source.principals).toEqual(['cluster.local/ns/ml/sa/ml-training']);
    expect(ofKind(west, 'CronJob').map((c) => c.metadata.name)).toEqual(['feast-materialize']);
  });

  test('GIVEN the training script WHEN read THEN it writes where promote points (models/<name>/v<version>)', () => {
    const train = fs.readFileSync(path.join(ROOT, 'ml', 'training', 'train.py'), 'utf8');
    expect(train).toContain('prefix = f"models/{model_name}/v{version}"');
    expect(train).toContain('registered_model_name=model_name');
  });
});

describe('model monitoring', () => {
  test('GIVEN the models WHEN rendered THEN the predictors log to the drift monitor, which alerts above each model\'s threshold', () => {
    const isvc = find(renderModels(prod, 'us-east-1'), 'InferenceService', 'device-anomaly', 'ml');
    expect(isvc.spec.predictor.logger).toEqual({ mode: 'response', url: 'http://model-drift.ml.svc.cluster.local' });
    const rule = find(east, 'PrometheusRule', 'model-drift', 'monitoring');
    expect(rule.spec.groups[0].rules).toEqual([expect.objectContaining({
      alert: 'ModelPredictionDrift', expr: `max(${DRIFT_METRIC}{model="device-anomaly"}) > 0.2`, for: '30m', labels: { severity: 'ticket', model: 'device-anomaly' },
    })]);
    const drift = find(east, 'Deployment', 'model-drift', 'ml');
    expect(JSON.parse(drift.spec.template.spec.containers[0].env.find((e: any) => e.name === 'BASELINES').value)).toEqual({
      'device-anomaly': 's3://automatedai-prod-ml-models-us-east-1/models/device-anomaly/v1/baseline.json',
    });
    const py = fs.readFileSync(path.join(ROOT, 'ml', 'drift', 'drift.py'), 'utf8');
    expect(py).toContain(`"${DRIFT_METRIC}"`);
  });

  test('GIVEN a model WHEN rendered THEN a Grafana dashboard ConfigMap shows stable vs canary and drift against its threshold', () => {
    const cm = find(east, 'ConfigMap', 'dashboard-model-device-anomaly', 'monitoring');
    expect(cm.metadata.labels).toEqual(expect.objectContaining({ grafana_dashboard: '1' }));
    const dashboard = JSON.parse(cm.data['model-device-anomaly.json']);
    expect(dashboard).toEqual(JSON.parse(JSON.stringify(modelDashboard('ml', 'device-anomaly', 0.2))));
    expect(dashboard.panels.map((p: any) => p.title)).toContain('Prediction drift (PSI vs training baseline)');
    expect(dashboard.panels[0].targets[0].expr).toContain('destination_service_name=~"device-anomaly-(canary-)?predictor"');
  });
});

describe('validity', () => {
  test.each([['prod', 'us-east-1', east], ['prod', 'eu-west-1', west], ['dev', 'us-east-1', dev]] as const)('GIVEN %s %s WHEN checked THEN every object matches its schema and every pod is restricted', (env, region, manifests) => {
    expectValidManifests(manifests);
    // The service accounts Feast runs as come with the ML chart.
    expect(formatFindings(checkPodSecurity([...renderMl(shipped(env), region), ...manifests]))).toBe('');
  });

  test('GIVEN a feature server running as root WHEN checked THEN the pod-security check fails', () => {
    const bad = structuredClone(find(east, 'Deployment', 'feast-feature-server', 'ml'));
    bad.spec.template.spec.securityContext.runAsNonRoot = false;
    bad.spec.template.spec.containers[0].securityContext.runAsNonRoot = false;
    expect(formatFindings(checkPodSecurity([bad]))).not.toBe('');
  });

  test('GIVEN every image WHEN rendered THEN it is one the ML stack builds from ml/', () => {
    const images = [east, west, dev].flat().flatMap((m) => [m.spec?.template?.spec, m.spec?.jobTemplate?.spec?.template?.spec].filter(Boolean)).flatMap((s: any) => s.containers.map((c: any) => c.image));
    for (const image of images) expect(image).toMatch(/\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com\/cdk-hnb659fds-container-assets-\d{12}-[a-z0-9-]+:[0-9a-f]{64}$/);
    for (const dir of ['mlflow', 'feast', 'training', 'drift']) expect(fs.existsSync(path.join(ROOT, 'ml', dir, 'Dockerfile'))).toBe(true);
  });
});

describe('npm run promote', () => {
  const text = fs.readFileSync(path.join(ROOT, 'config', 'prod.yaml'), 'utf8');
  const changed = (out: string) => {
    const a = text.split('\n');
    const b = out.split('\n');
    return { removed: a.filter((l) => !b.includes(l)), added: b.filter((l) => !a.includes(l)) };
  };

  test('GIVEN version 3 to canary WHEN promoted THEN only the canary URI changes (comments and layout kept)', () => {
    const out = promoteInConfig(text, { model: 'device-anomaly', version: 3, to: 'canary' });
    expect(changed(out)).toEqual({
      removed: ['        storageUri: s3://automatedai-prod-ml-models-us-east-1/models/device-anomaly/v2'],
      added: ['        storageUri: s3://automatedai-prod-ml-models-us-east-1/models/device-anomaly/v3'],
    });
    expect(parseConfig(YAML.parse(out)).ml!.models[0]).toMatchObject({ canary: { storageUri: expect.stringMatching(/v3$/) }, canaryTrafficPercent: 10 });
  });

  test('GIVEN the canary to stable WHEN promoted THEN it replaces the stable version and the canary goes', () => {
    const out = promoteInConfig(text, { model: 'device-anomaly', version: 2, to: 'stable' });
    const model = parseConfig(YAML.parse(out)).ml!.models[0];
    expect(model).toMatchObject({ storageUri: expect.stringMatching(/device-anomaly\/v2$/), canaryTrafficPercent: 0 });
    expect(model.canary).toBeUndefined();
    expect(changed(out).added).toEqual(['      storageUri: s3://automatedai-prod-ml-models-us-east-1/models/device-anomaly/v2', '      canaryTrafficPercent: 0']);
  });

  test('GIVEN a model without a canary WHEN a version is promoted to canary THEN canary and share are added under storageUri', () => {
    const stable = promoteInConfig(text, { model: 'device-anomaly', version: 2, to: 'stable' });
    const out = promoteInConfig(stable, { model: 'device-anomaly', version: 4, to: 'canary', canaryTrafficPercent: 5 });
    expect(parseConfig(YAML.parse(out)).ml!.models[0]).toMatchObject({ canary: { storageUri: expect.stringMatching(/v4$/) }, canaryTrafficPercent: 5 });
  });

  test.each<[string, Parameters<typeof promoteInConfig>[1], RegExp]>([
    ['an unknown model', { model: 'fraud', version: 1, to: 'canary' }, /^ml\.models: no model named 'fraud'/],
    ['a share above 50 %', { model: 'device-anomaly', version: 3, to: 'canary', canaryTrafficPercent: 60 }, /^ml\.models\[0\]\.canaryTrafficPercent: must be a whole number between 0 and 50, got 60/],
    ['a version that is not one', { model: 'device-anomaly', version: 0, to: 'stable' }, /^--version: must be a registered model version/],
    ['the stable version as canary', { model: 'device-anomaly', version: 1, to: 'canary' }, /^ml\.models\[0\]\.storageUri: version 1 is already the stable version/],
  ])('fails on %s', (_n, promotion, expected) => {
    try {
      promoteInConfig(text, promotion);
    } catch (e) {
      expect((e as ConfigError).problems[0]).toMatch(expected);
      return;
    }
    throw new Error('promotion was accepted');
  });
});
