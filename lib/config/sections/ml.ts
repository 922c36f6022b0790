import { z } from 'zod';
import { modelBucketName } from '../prefixes';
import type { CoreRaw } from './core';
import type { kafkaConfig } from './kafka';
import { ISTIO_DURATION_BUCKETS_MS } from './observability';
import { Issue, cron, image, quantity, resourceList, slug, strictObject } from '../zod-helpers';

/**
 * The `ml` section of the platform config: the models KServe serves (with their canaries), the
 * MLflow tracking server and its database, and the Feast feature store's online store. The AWS
 * side (buckets, database, cache, Pod Identity roles) and the cluster side (InferenceServices,
 * MLflow, Feast's `feature_store.yaml`) are both derived from it.
 */

/**
 * Model formats a predictor may declare: KServe's built-in serving runtimes pick the server by
 * this name (`mlflow` is served by MLServer from an MLflow model directory).
 */
export const MODEL_FRAMEWORKS = ['sklearn', 'xgboost', 'lightgbm', 'tensorflow', 'pytorch', 'onnx', 'huggingface', 'mlflow'] as const;

/**
 * Kinds of Feast online store the platform provisions. Only ElastiCache Serverless Valkey: the
 * platform owns the whole store (customer key, TLS-only, RBAC login, snapshots, private subnets,
 * a security group admitting only the cluster) and the feature TTL maps to Feast's
 * `key_ttl_seconds`. Feast's DynamoDB store creates one table per feature view itself at
 * `feast apply`, outside infrastructure as code, so encryption keys, point-in-time recovery and
 * deletion protection could not be guaranteed for it.
 */
export const ONLINE_STORE_KINDS = ['valkey'] as const;

/** An `s3://bucket/key` URI with a non-empty key (no trailing slash needed). */
const s3Uri = z
  .string()
  .regex(/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\/[A-Za-z0-9!_.*'()\/-]+$/, 'must be an S3 URI with a key, e.g. s3://automatedai-prod-ml-models-us-east-1/models/fraud/v1');

/**
 * Most a canary may take: half the requests. Above that the candidate is the main version in all
 * but name, and a bad one hurts most callers before its SLO alerts fire; promote it instead.
 */
export const MAX_CANARY_PERCENT = 50;

/** A canary's share of traffic, 0–{@link MAX_CANARY_PERCENT}. */
const canaryPercent = z
  .number()
  .int(`must be a whole percentage between 0 and ${MAX_CANARY_PERCENT}`)
  .min(0, `must be between 0 and ${MAX_CANARY_PERCENT} (percent of requests)`)
  .max(MAX_CANARY_PERCENT, `must be between 0 and ${MAX_CANARY_PERCENT} (percent of requests): promote a canary that should take more to storageUri instead`);

/** A Feast name: letters, digits and '_' (Python identifiers, as Feast's examples use). */
const feastName = z.string().regex(/^[a-z][a-z0-9_]{0,62}$/, "must be lower-case letters, digits and '_', starting with a letter (e.g. 'device_metrics')");

/** Feast value types a feature may declare, and the Avro types each accepts (checked against the topic's schema). */
export const FEATURE_TYPES = ['Float64', 'Float32', 'Int64', 'Int32', 'String', 'Bool', 'UnixTimestamp'] as const;

const resources = strictObject({ requests: resourceList, limits: resourceList });

const model = strictObject({
  /** InferenceService name; its service account, Pod Identity role and Services derive from it. */
  name: slug(40),
  /** Model format (`modelFormat.name`): selects KServe's serving runtime. */
  framework: z.enum(MODEL_FRAMEWORKS),
  /**
   * The stable model version: a key in the hub region's model bucket (`modelBucketName`). Every
   * region serves its replica of the same key.
   */
  storageUri: s3Uri,
  /**
   * A second version deployed beside the stable one (KServe `spec.canary`, its own Deployment and
   * Service); the mesh sends it `canaryTrafficPercent` of the requests. Promote by moving its URI
   * to `storageUri` and removing it. @default - no canary
   */
  canary: strictObject({
    /** The candidate version, in the hub's model bucket like `storageUri`. */
    storageUri: s3Uri,
  }).optional(),
  /** Share of requests (0–50) the canary receives; above 0 needs `canary`. @default 0 */
  canaryTrafficPercent: canaryPercent.default(0),
  /** The predictor container's requests and limits (limits >= requests). */
  resources,
  /** The autoscaler's floor. @default 1 */
  minReplicas: z.number().int().min(1, 'must be at least 1 (KServe raw deployments do not scale to zero)').max(100).default(1),
  /** The autoscaler's ceiling (>= minReplicas). @default 3 */
  maxReplicas: z.number().int().min(1).max(500).default(3),
  /** Average CPU utilisation (% of requests) the autoscaler aims for. @default 70 */
  targetCpuUtilizationPercent: z.number().int().min(10).max(100).default(70),
  /** Services (from `services`) allowed to call the model; no callers means no one may. @default [] */
  callers: z.array(z.string()).default([]),
  /**
   * Prediction SLOs (measured at the predictors' sidecars, stable and canary together), overriding
   * `observability.slos`' defaults; burn-rate alerts and a dashboard per model follow.
   * @default - the observability.slos defaults
   */
  slo: strictObject({
    availabilityPercent: z.number().gt(0).lt(100, 'must be below 100: a 100 % objective has no error budget to burn').optional(),
    latencyThresholdMs: z.number().optional(),
    latencyPercent: z.number().gt(0).lt(100, 'must be below 100: a 100 % objective has no error budget to burn').optional(),
  }).default({}),
  /**
   * Population stability index of the prediction distribution (live vs the registered version's
   * training baseline) above which the drift alert fires. 0.2 is the usual "significant shift".
   * @default 0.2
   */
  driftThreshold: z.number().gt(0).max(10).default(0.2),
  /**
   * Scheduled training on the hub: reads `featureService` from Feast's offline store, logs a run
   * to MLflow, registers a version of this model with its metrics and writes the artifact to
   * `models/<name>/v<version>` of the model bucket. @default - not trained by the platform
   */
  training: strictObject({
    /** When it runs (cron, UTC, five fields). */
    schedule: cron,
    /** Feast feature service (from `ml.featureStore.featureServices`) it trains on. */
    featureService: feastName,
    /** Days of feature history it trains on. @default 30 */
    historyDays: z.number().int().min(1).max(3650).default(30),
    /** @default { requests: { cpu: 250m, memory: 1Gi }, limits: { cpu: 1, memory: 2Gi } } */
    resources: resources.default({ requests: { cpu: '250m', memory: '1Gi' }, limits: { cpu: '1', memory: '2Gi' } }),
  }).optional(),
});

const feature = strictObject({
  /** Feature name (a column of the view). */
  name: feastName,
  /**
   * Where it comes from in the topic's Avro value: a top-level field (`window_end`), or one field
   * of the element of an array of records picked by its `name` (`metrics[heart_rate].mean`).
   */
  field: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*(\[[A-Za-z0-9_.-]+\]\.[A-Za-z_][A-Za-z0-9_]*)?$/, "must be a field ('window_end') or an array element's field ('metrics[heart_rate].mean')"),
  /** Feast value type; must be compatible with the Avro type of `field`. */
  type: z.enum(FEATURE_TYPES),
});

const featureView = strictObject({
  /** Feature view name. */
  name: feastName,
  /** The entity (from `entities`) whose join key keys the rows. */
  entity: feastName,
  /**
   * Kafka topic (from `kafka.topics`, with a `valueSchema`) the features come from: its records
   * are pushed for freshness (Feast push source) and archived as parquet under
   * `offline/<topic>/` of the feature bucket for history (batch source).
   */
  topic: z.string(),
  /** Event-time field of the records (a timestamp-millis long). @default window_end */
  timestampField: z.string().default('window_end'),
  /** How long a row stays valid for point-in-time joins and online reads. @default 24 */
  ttlHours: z.number().int().min(1).max(87600).default(24),
  features: z.array(feature).min(1, 'a feature view needs at least one feature'),
});

const featureService = strictObject({
  name: feastName,
  /** Feature views (all their features) it serves. */
  featureViews: z.array(feastName).min(1),
});

const DEFAULT_SERVER = { replicas: 2, resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '500m', memory: '512Mi' } }, callers: [] as string[] };

const featureServer = strictObject({
  /** @default 2 */
  replicas: z.number().int().min(1).max(20).default(DEFAULT_SERVER.replicas),
  /** @default { requests: { cpu: 100m, memory: 256Mi }, limits: { cpu: 500m, memory: 512Mi } } */
  resources: resources.default(DEFAULT_SERVER.resources),
  /** Services (from `services`) allowed to read online features; none means no one. @default [] */
  callers: z.array(z.string()).default([]),
});

const database = strictObject({
  /** Aurora Serverless v2 floor, in ACUs (multiples of 0.5). @default 0.5 */
  minCapacity: z.number().min(0.5).max(256).multipleOf(0.5, 'must be a multiple of 0.5 ACU').default(0.5),
  /** Aurora Serverless v2 ceiling, in ACUs (multiples of 0.5, >= minCapacity). @default 4 */
  maxCapacity: z.number().min(1).max(256).multipleOf(0.5, 'must be a multiple of 0.5 ACU').default(4),
  /** Days of automated backups (point-in-time restore window). @default 7 */
  backupRetentionDays: z.number().int().min(1, 'must be between 1 and 35 days').max(35, 'must be between 1 and 35 days').default(7),
});

const DEFAULT_DATABASE = { minCapacity: 0.5, maxCapacity: 4, backupRetentionDays: 7 };
const DEFAULT_MLFLOW_RESOURCES = { requests: { cpu: '250m', memory: '512Mi' }, limits: { cpu: '1', memory: '2Gi' } };

const mlflow = strictObject({
  /**
   * An MLflow server image of your own (with the PostgreSQL driver and boto3, which the upstream
   * image lacks), pinned by tag or digest. @default - built from ml/images/mlflow by the ML stack
   */
  image: image.optional(),
  /** Tracking server replicas (stateless: the database and S3 hold everything). @default 2 */
  replicas: z.number().int().min(1).max(20).default(2),
  /** @default { requests: { cpu: 250m, memory: 512Mi }, limits: { cpu: 1, memory: 2Gi } } */
  resources: resources.default(DEFAULT_MLFLOW_RESOURCES),
  /** Services (from `services`) allowed to call the tracking server; operators use port-forward. @default [] */
  callers: z.array(z.string()).default([]),
  /** @default { minCapacity: 0.5, maxCapacity: 4, backupRetentionDays: 7 } */
  database: database.default(DEFAULT_DATABASE),
});

const featureStore = strictObject({
  /** Feast project (letters, digits, '_'). @default - `<project>_<environment>` with '-' as '_' */
  project: z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, "must be lower-case letters, digits and '_', starting with a letter (e.g. 'automatedai_prod')").optional(),
  /** Kind of online store provisioned (see ONLINE_STORE_KINDS for why only Valkey). @default valkey */
  onlineStore: z.enum(ONLINE_STORE_KINDS).default('valkey'),
  /** How long an entity's online features live without a refresh (Feast `key_ttl_seconds`). @default 30 */
  ttlDays: z.number().int().min(1, 'must be between 1 and 3650 days').max(3650, 'must be between 1 and 3650 days').default(30),
  /** Cap on the cache's stored data, a cost guard (ElastiCache Serverless usage limit). @default 10 */
  maxDataStorageGB: z.number().int().min(1).max(5000).default(10),
  /** Entities features are keyed by. @default [] */
  entities: z.array(strictObject({
    name: feastName,
    /** The join key: a string field of the views' records. */
    joinKey: feastName,
    description: z.string().default(''),
  })).default([]),
  /** Feature views: features of one topic's records, per entity. @default [] */
  featureViews: z.array(featureView).default([]),
  /** Feature services: the sets of views a model reads. @default [] */
  featureServices: z.array(featureService).default([]),
  /** When materialization copies new offline rows into the online store (cron, UTC). @default every 15 minutes */
  materializationSchedule: cron.default('*/15 * * * *'),
  /** The feature server (online reads over HTTP), in every region. @default { replicas: 2, callers: [] } */
  server: featureServer.default(DEFAULT_SERVER),
});

/** The feature store when the section leaves it out: every field's own default, read from the schema rather than written again. */
const DEFAULT_FEATURE_STORE = featureStore.parse({});

/**
 * The `ml` section. Absent, the environment has no ML layer (no ML stack, no ML manifests).
 * @default - no ML layer
 */
export const mlConfig = strictObject({
  /** Namespace of the InferenceServices, MLflow and Feast workloads. @default ml */
  namespace: slug(63).default('ml'),
  /** Models served by KServe in every region. @default [] */
  models: z.array(model).default([]),
  /** The MLflow tracking server and model registry (one per region, with its own database). */
  mlflow,
  /** @default { onlineStore: valkey, ttlDays: 30, maxDataStorageGB: 10 } */
  featureStore: featureStore.default(DEFAULT_FEATURE_STORE),
}).optional();

/** The `ml` section as validated, when present. */
export type MlConfig = NonNullable<z.output<typeof mlConfig>>;

/** One model of `ml.models`. */
export type ModelConfig = MlConfig['models'][number];

/**
 * Bucket and key of an `s3://bucket/key` URI (a trailing slash dropped from the key).
 * @throws Error when `uri` is not one (the schema rejects those first)
 */
export function parseS3Uri(uri: string): { bucket: string; key: string } {
  const parsed = tryParseS3Uri(uri);
  if (!parsed) throw new Error(`'${uri}' is not an s3://bucket/key URI`);
  return parsed;
}

/** {@link parseS3Uri}, or undefined for a malformed URI (cross-field checks run on those too). */
function tryParseS3Uri(uri: string): { bucket: string; key: string } | undefined {
  const m = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri);
  return m ? { bucket: m[1], key: m[2].replace(/\/+$/, '') } : undefined;
}

/** What the ml checks read: the core config, the Kafka topics and this section. */
type RawConfig = CoreRaw & { readonly ml?: z.output<typeof mlConfig>; readonly kafka: Pick<z.output<typeof kafkaConfig>, 'topics'> };

/** Cross-field checks of the `ml` section (each problem names its field path). */
export function checkMl(config: RawConfig, issue: Issue): void {
  const ml = config.ml;
  if (!ml) return;
  const at = (...rest: (string | number)[]) => ['ml', ...rest];
  const serviceNames = config.services.map((s) => s.name);
  const hubs = config.regions.filter((r) => r.hub);
  // Without exactly one hub the model bucket is unknown; the hub check reports that already.
  const modelBucket = hubs.length === 1 ? modelBucketName(config, hubs[0]) : undefined;

  // Derived bucket names always fit S3's 63 characters: project (<= 20) + environment (<= 12) +
  // '-ml-features-' + the longest region name (14) is at most 60, so there is nothing to check.

  const names = ml.models.map((m) => m.name);
  ml.models.forEach((m, i) => {
    const path = (...rest: (string | number)[]) => at('models', i, ...rest);
    const first = names.indexOf(m.name);
    if (first !== i) issue(path('name'), `'${m.name}' is already ml.models[${first}].name; model names must be unique`);

    if (modelBucket) {
      const uris: Array<[(string | number)[], string]> = [[path('storageUri'), m.storageUri]];
      if (m.canary) uris.push([path('canary', 'storageUri'), m.canary.storageUri]);
      for (const [where, uri] of uris) {
        const bucket = tryParseS3Uri(uri)?.bucket;
        if (bucket !== undefined && bucket !== modelBucket) {
          issue(where, `must be inside the model bucket s3://${modelBucket}/ (the hub region's; every region serves its replica), got ${uri}`);
        }
      }
    }
    if (m.canary && tryParseS3Uri(m.canary.storageUri) && tryParseS3Uri(m.canary.storageUri)?.key === tryParseS3Uri(m.storageUri)?.key) {
      issue(path('canary', 'storageUri'), 'is the same as storageUri; a canary must be a different model version');
    }
    if (m.canaryTrafficPercent > 0 && !m.canary) {
      issue(path('canaryTrafficPercent'), `is ${m.canaryTrafficPercent} but there is no canary to send it to: set canary.storageUri, or 0`);
    }

    checkLimits(m.resources, path('resources'), issue);
    if (m.minReplicas > m.maxReplicas) {
      issue(path('maxReplicas'), `must be >= minReplicas (${m.minReplicas}), got ${m.maxReplicas}`);
    }
    checkCallers(m.callers, serviceNames, path('callers'), issue);
    if (serviceNames.includes(m.name)) {
      issue(path('name'), `'${m.name}' is also a service; SLO rules and dashboards are keyed by name, so a model needs its own`);
    }
    if (m.slo.latencyThresholdMs !== undefined && !ISTIO_DURATION_BUCKETS_MS.includes(m.slo.latencyThresholdMs as never)) {
      issue(path('slo', 'latencyThresholdMs'), `${m.slo.latencyThresholdMs} is not a bucket bound of Istio's request-duration histogram (allowed: ${ISTIO_DURATION_BUCKETS_MS.join(', ')})`);
    }
    if (m.training) {
      checkLimits(m.training.resources, path('training', 'resources'), issue);
      const services = ml.featureStore.featureServices.map((s) => s.name);
      if (!services.includes(m.training.featureService)) {
        issue(path('training', 'featureService'), `'${m.training.featureService}' is not in ml.featureStore.featureServices (allowed: ${services.join(', ') || 'none defined'})`);
      }
    }
  });
  checkFeatureStore(config, issue);

  checkLimits(ml.mlflow.resources, at('mlflow', 'resources'), issue);
  checkCallers(ml.mlflow.callers, serviceNames, at('mlflow', 'callers'), issue);
  const db = ml.mlflow.database;
  if (db.minCapacity > db.maxCapacity) {
    issue(at('mlflow', 'database', 'maxCapacity'), `must be >= minCapacity (${db.minCapacity} ACU), got ${db.maxCapacity}`);
  }
}

/** The feature definitions: entities, views and services refer to what exists, topics carry a schema. */
function checkFeatureStore(config: RawConfig, issue: Issue): void {
  const store = config.ml!.featureStore;
  const at = (...rest: (string | number)[]) => ['ml', 'featureStore', ...rest];
  const entities = store.entities.map((e) => e.name);
  const topics = config.kafka.topics;
  const unique = (names: readonly string[], what: string) => names.forEach((n, i) => {
    const first = names.indexOf(n);
    if (first !== i) issue(at(what, i, 'name'), `'${n}' is already ml.featureStore.${what}[${first}].name`);
  });
  unique(entities, 'entities');
  unique(store.featureViews.map((v) => v.name), 'featureViews');
  unique(store.featureServices.map((s) => s.name), 'featureServices');

  store.featureViews.forEach((v, i) => {
    if (!entities.includes(v.entity)) {
      issue(at('featureViews', i, 'entity'), `'${v.entity}' is not in ml.featureStore.entities (allowed: ${entities.join(', ') || 'none defined'})`);
    }
    const topic = topics.find((t) => t.name === v.topic);
    if (!topic) {
      issue(at('featureViews', i, 'topic'), `'${v.topic}' is not a topic in kafka.topics (allowed: ${topics.map((t) => t.name).join(', ') || 'none defined'})`);
    } else if (!topic.valueSchema) {
      issue(at('featureViews', i, 'topic'), `'${v.topic}' has no valueSchema in kafka.topics, so its features cannot be checked against a schema`);
    }
    const names = v.features.map((f) => f.name);
    names.forEach((n, j) => {
      if (names.indexOf(n) !== j) issue(at('featureViews', i, 'features', j, 'name'), `'${n}' is listed twice in this view`);
    });
  });
  const views = store.featureViews.map((v) => v.name);
  store.featureServices.forEach((s, i) => s.featureViews.forEach((v, j) => {
    if (!views.includes(v)) issue(at('featureServices', i, 'featureViews', j), `'${v}' is not in ml.featureStore.featureViews (allowed: ${views.join(', ') || 'none defined'})`);
  }));
  checkCallers(store.server.callers, config.services.map((s) => s.name), at('server', 'callers'), issue);
  checkLimits(store.server.resources, at('server', 'resources'), issue);
}

/** limits >= requests for CPU and memory. */
function checkLimits(res: z.output<typeof resources>, path: (string | number)[], issue: Issue): void {
  for (const kind of ['cpu', 'memory'] as const) {
    if (quantity(res.limits[kind], kind) < quantity(res.requests[kind], kind)) {
      issue([...path, 'limits', kind], `${res.limits[kind]} is below the request (${res.requests[kind]}); limits must be >= requests`);
    }
  }
}

/** Callers must be configured services. */
function checkCallers(callers: readonly string[], services: readonly string[], path: (string | number)[], issue: Issue): void {
  callers.forEach((caller, j) => {
    if (!services.includes(caller)) {
      issue([...path, j], `'${caller}' is not a service (allowed: ${services.join(', ') || 'none configured'})`);
    }
  });
}
