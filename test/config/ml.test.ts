import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { featureStoreProject, mlNamespace, modelBucketName, parseConfig } from '../../lib/config';
import { ROOT } from '../helpers/synth';
import { problemsOf } from './problems';

/** The shipped prod config as a plain object, to mutate per case. */
function prodData(): any {
  return YAML.parse(fs.readFileSync(path.join(ROOT, 'config', 'prod.yaml'), 'utf8'));
}


describe('the ml section of the shipped configs', () => {
  test('GIVEN prod.yaml WHEN parsed THEN it holds the seed model: canary 10%, 1 CPU / 2Gi requests, 2 CPU / 4Gi limits, 30-day feature TTL', () => {
    const ml = parseConfig(prodData()).ml!;
    const model = ml.models[0];
    expect(model).toMatchObject({
      name: 'device-anomaly',
      framework: 'sklearn',
      canaryTrafficPercent: 10,
      resources: { requests: { cpu: '1', memory: '2Gi' }, limits: { cpu: '2', memory: '4Gi' } },
    });
    expect(model.storageUri.startsWith('s3://automatedai-prod-ml-models-us-east-1/')).toBe(true);
    expect(ml.featureStore).toMatchObject({ onlineStore: 'valkey', ttlDays: 30 });
  });
});

describe('ml defaults', () => {
  test('GIVEN an ml section with only the required fields WHEN parsed THEN every default is filled once', () => {
    // GIVEN
    const data = prodData();
    data.ml = {
      models: [{
        name: 'm',
        framework: 'xgboost',
        storageUri: 's3://automatedai-prod-ml-models-us-east-1/models/m/v1',
        resources: { requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } },
      }],
      mlflow: {},
    };
    // WHEN
    const config = parseConfig(data);
    // THEN
    const ml = config.ml!;
    expect(ml.namespace).toBe('ml');
    expect(ml.models[0]).toMatchObject({ canaryTrafficPercent: 0, minReplicas: 1, maxReplicas: 3, targetCpuUtilizationPercent: 70, callers: [] });
    expect(ml.models[0].canary).toBeUndefined();
    expect(ml.mlflow).toMatchObject({
      replicas: 2,
      callers: [],
      resources: { requests: { cpu: '250m', memory: '512Mi' }, limits: { cpu: '1', memory: '2Gi' } },
      database: { minCapacity: 0.5, maxCapacity: 4, backupRetentionDays: 7 },
    });
    expect(ml.mlflow.image).toBeUndefined(); // built from ml/mlflow
    expect(ml.models[0]).toMatchObject({ slo: {}, driftThreshold: 0.2 });
    expect(ml.models[0].training).toBeUndefined();
    expect(ml.featureStore).toEqual({
      onlineStore: 'valkey', ttlDays: 30, maxDataStorageGB: 10, entities: [], featureViews: [], featureServices: [],
      materializationSchedule: '*/15 * * * *',
      server: { replicas: 2, callers: [], resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '500m', memory: '512Mi' } } },
    });
    expect(featureStoreProject(config)).toBe('automatedai_prod');
    expect(mlNamespace(config)).toBe('ml');
  });

  test('GIVEN no ml section WHEN parsed THEN the environment has no ML layer', () => {
    const data = prodData();
    delete data.ml;
    expect(parseConfig(data).ml).toBeUndefined();
  });

  test('GIVEN the model bucket name WHEN derived THEN it is the hub region\'s, without an account id', () => {
    const config = parseConfig(prodData());
    expect(modelBucketName(config, config.hubRegion)).toBe('automatedai-prod-ml-models-us-east-1');
  });
});

describe('malformed ml sections are rejected with the field path and the allowed values', () => {
  const hubBucket = 's3://automatedai-prod-ml-models-us-east-1';
  const cases: Array<[string, (d: any) => void, RegExp]> = [
    ['fails when canaryTrafficPercent is above 100', (d) => (d.ml.models[0].canaryTrafficPercent = 101),
      /^ml\.models\[0\]\.canaryTrafficPercent: must be between 0 and 50 \(percent of requests\): promote a canary that should take more to storageUri instead$/],
    ['fails when canaryTrafficPercent is above 50 (a canary takes at most half)', (d) => (d.ml.models[0].canaryTrafficPercent = 51),
      /^ml\.models\[0\]\.canaryTrafficPercent: must be between 0 and 50 \(percent of requests\): promote/],
    ['fails when canaryTrafficPercent is below 0', (d) => (d.ml.models[0].canaryTrafficPercent = -5),
      /^ml\.models\[0\]\.canaryTrafficPercent: must be between 0 and 50 \(percent of requests\)$/],
    ['fails when canaryTrafficPercent is above 0 without a canary', (d) => delete d.ml.models[0].canary,
      /^ml\.models\[0\]\.canaryTrafficPercent: is 10 but there is no canary to send it to: set canary\.storageUri, or 0$/],
    ['fails when the storage URI is outside the model bucket', (d) => (d.ml.models[0].storageUri = 's3://someone-elses-bucket/models/x'),
      /^ml\.models\[0\]\.storageUri: must be inside the model bucket s3:\/\/automatedai-prod-ml-models-us-east-1\/ \(the hub region's; every region serves its replica\), got s3:\/\/someone-elses-bucket\/models\/x$/],
    ['fails when the storage URI names a spoke region\'s replica bucket', (d) => (d.ml.models[0].storageUri = 's3://automatedai-prod-ml-models-eu-west-1/models/x'),
      /^ml\.models\[0\]\.storageUri: must be inside the model bucket s3:\/\/automatedai-prod-ml-models-us-east-1\//],
    ['fails when the canary storage URI is outside the model bucket', (d) => (d.ml.models[0].canary.storageUri = 's3://other/models/x'),
      /^ml\.models\[0\]\.canary\.storageUri: must be inside the model bucket s3:\/\/automatedai-prod-ml-models-us-east-1\//],
    ['fails when the storage URI is not an S3 URI with a key', (d) => (d.ml.models[0].storageUri = `${hubBucket}`),
      /^ml\.models\[0\]\.storageUri: must be an S3 URI with a key/],
    ['fails when the canary is the stable version', (d) => (d.ml.models[0].canary.storageUri = d.ml.models[0].storageUri),
      /^ml\.models\[0\]\.canary\.storageUri: is the same as storageUri/],
    ['fails when a memory limit is below the request', (d) => (d.ml.models[0].resources.limits.memory = '1Gi'),
      /^ml\.models\[0\]\.resources\.limits\.memory: 1Gi is below the request \(2Gi\); limits must be >= requests$/],
    ['fails when a CPU limit is below the request', (d) => (d.ml.models[0].resources.limits.cpu = '500m'),
      /^ml\.models\[0\]\.resources\.limits\.cpu: 500m is below the request \(1\); limits must be >= requests$/],
    ['fails when the MLflow limits are below the requests', (d) => (d.ml.mlflow.resources = { requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '1', memory: '512Mi' } }),
      /^ml\.mlflow\.resources\.limits\.memory: 512Mi is below the request \(1Gi\)/],
    ['fails when minReplicas is above maxReplicas', (d) => ((d.ml.models[0].minReplicas = 5), (d.ml.models[0].maxReplicas = 3)),
      /^ml\.models\[0\]\.maxReplicas: must be >= minReplicas \(5\), got 3$/],
    ['fails when minReplicas is 0', (d) => (d.ml.models[0].minReplicas = 0),
      /^ml\.models\[0\]\.minReplicas: must be at least 1/],
    ['fails when a caller is not a service', (d) => d.ml.models[0].callers.push('billing'),
      /^ml\.models\[0\]\.callers\[1\]: 'billing' is not a service \(allowed: healthcare-service, iot-service\)$/],
    ['fails when an MLflow caller is not a service', (d) => (d.ml.mlflow.callers = ['notebooks']),
      /^ml\.mlflow\.callers\[0\]: 'notebooks' is not a service/],
    ['fails when two models share a name', (d) => d.ml.models.push({ ...d.ml.models[0] }),
      /^ml\.models\[1\]\.name: 'device-anomaly' is already ml\.models\[0\]\.name; model names must be unique$/],
    ['fails when the framework is unknown', (d) => (d.ml.models[0].framework = 'caffe'),
      /^ml\.models\[0\]\.framework: Invalid option: expected one of "sklearn"\|"xgboost"/],
    ['fails when the online store kind is not offered', (d) => (d.ml.featureStore.onlineStore = 'dynamodb'),
      /^ml\.featureStore\.onlineStore: Invalid input: expected "valkey"$/],
    ['fails when the feature TTL is 0 days', (d) => (d.ml.featureStore.ttlDays = 0),
      /^ml\.featureStore\.ttlDays: must be between 1 and 3650 days$/],
    ['fails when the database floor is above its ceiling', (d) => (d.ml.mlflow.database = { minCapacity: 8, maxCapacity: 4 }),
      /^ml\.mlflow\.database\.maxCapacity: must be >= minCapacity \(8 ACU\), got 4$/],
    ['fails when a capacity is not a multiple of 0.5 ACU', (d) => (d.ml.mlflow.database = { minCapacity: 0.7 }),
      /^ml\.mlflow\.database\.minCapacity: must be a multiple of 0\.5 ACU$/],
    ['fails when backups are kept longer than Aurora allows', (d) => (d.ml.mlflow.database = { backupRetentionDays: 40 }),
      /^ml\.mlflow\.database\.backupRetentionDays: must be between 1 and 35 days$/],
    ['fails when the MLflow image is tagged latest', (d) => (d.ml.mlflow.image = 'automatedai/mlflow:latest'),
      /^ml\.mlflow\.image: must not use the 'latest' tag/],
    ['fails on an unknown key, listing the allowed ones', (d) => (d.ml.models[0].canaryPercent = 5),
      /^ml\.models\[0\]: unknown key 'canaryPercent' \(allowed: name, framework, storageUri, canary, canaryTrafficPercent, resources, minReplicas, maxReplicas, targetCpuUtilizationPercent, callers, slo, driftThreshold, training\)$/],
  ];

  test.each(cases)('%s', (_name, mutate, expected) => {
    const data = prodData();
    mutate(data);
    const problems = problemsOf(data);
    expect([problems, problems.some((p) => expected.test(p))]).toEqual([problems, true]);
  });
});
