import { k8s } from 'cdk8s-plus-33';
import { Construct } from 'constructs';
import {
  FEAST_SERVICE_ACCOUNT,
  featureArchiver,
  kafkaConnectionSecretName,
  podIdentityEntryByKafka,
  ML_TRAINING_SERVICE_ACCOUNT,
  MODEL_DRIFT_SERVICE_ACCOUNT,
  mlNamespace,
  modelBucketName,
} from '../config';
import { principal } from '../config/mesh-names';
import { monitoringNamespace } from '../config/observability-names';
import { parseS3Uri } from '../config/sections/ml';
import { AuthorizationPolicy, AuthorizationPolicySpecAction } from '../imports/istio-security.istio.io';
import { PrometheusRule, PrometheusRuleSpecGroupsRulesExpr } from '../imports/prom-prometheusrule-monitoring.coreos.com';
import { ClusterChart, ClusterChartProps } from '../k8s/cluster-chart';
import { GRAFANA_PROMETHEUS_DATASOURCE, grafanaDashboard, grafanaDashboardConfigMap } from '../k8s/grafana-dashboards';
import { podIdentityAgentServiceEntry } from '../k8s/service-entries';
import { matchLabels, tcpPorts } from '../k8s/network-policies';
import { archiveYaml, contentHash, featureSchemaProblems, featuresYaml } from './features';
import { MlImage, mlImage } from './images';
import { FEAST_CONFIG_MAP, FEAST_CONNECTION_ENV, FEAST_ONLINE_STORE_SECRET, featureStoreYaml } from './ml-chart';
import {
  FEAST_SELECTOR,
  ISVC_LABEL,
  MLFLOW_PORT,
  MLFLOW_SELECTOR,
  ML_TMP_SIZE_LIMIT,
  allowServiceCallers,
  awsEgressRules,
  httpService,
  mlContainerSecurityContext,
  mlPodSecurityContext,
  replicaDisruptionBudget,
  spreadPods,
} from './ml-k8s';

/** ConfigMap holding `features.yaml`, the feature definitions rendered from `ml.featureStore`. */
export const FEATURE_DEFINITIONS_CONFIG_MAP = 'feature-definitions';

/** ConfigMap holding `archive.yaml`, the feature archiver's topics and columns ({@link archiveYaml}). */
export const FEATURE_ARCHIVER_CONFIG_MAP = 'feature-archiver';

/** Where the archiver's `archive.yaml` is mounted. */
const ARCHIVER_CONFIG_DIR = '/etc/feature-archiver';

/**
 * Requests and limits of the archiver: one consumer, a batch of at most 50 000 rows in memory
 * (pyarrow table and the parquet buffer, a few MB at ~10 columns), for a minute or two per run.
 */
export const FEATURE_ARCHIVER_RESOURCES = { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1', memory: '512Mi' } } as const;

/** Port of the Feast feature server (its default) on the pods and the Service. */
export const FEATURE_SERVER_PORT = 6566;

/** Pod labels of the feature server (beside {@link FEAST_SELECTOR}, which the Feast egress policy selects). */
export const FEATURE_SERVER_SELECTOR: Readonly<Record<string, string>> = { ...FEAST_SELECTOR, 'app.kubernetes.io/component': 'feature-server' };

/** Pod labels of the training jobs. */
export const TRAINING_SELECTOR: Readonly<Record<string, string>> = { app: 'ml-training' };

/** Pod labels of the prediction-drift monitor. */
export const DRIFT_SELECTOR: Readonly<Record<string, string>> = { app: 'model-drift' };

/** Ports of the drift monitor: KServe logger events in, Prometheus metrics out. */
export const DRIFT_PORTS = { events: 8080, metrics: 9090 } as const;

/** Name of the drift monitor's Service (the predictors' logger URL). */
export const DRIFT_SERVICE = 'model-drift';

/** Where Feast's two config files are mounted (feature_store.yaml, features.yaml). */
const FEAST_CONFIG_DIR = '/etc/feast';

/** Size cap of the training jobs' `/tmp` (feature frames and the model before upload). */
const TRAINING_TMP_SIZE_LIMIT = '2Gi';

/**
 * Istio sidecar settings of job pods: the job starts once the proxy is ready, and tells it to exit
 * when done (the images POST /quitquitquit), so the Job completes.
 */
const JOB_POD_ANNOTATIONS = { 'proxy.istio.io/config': '{ "holdApplicationUntilProxyStarts": true }' } as const;

/** Metric the drift monitor exports: population stability index of recent predictions per model. */
export const DRIFT_METRIC = 'ml_prediction_drift_psi';

/** How long the PSI must stay above the threshold before the alert fires (a burst is not drift). */
export const DRIFT_ALERT_FOR = '30m';

/** Props of {@link MlLifecycleChart}. */
export type MlLifecycleChartProps = ClusterChartProps;

/**
 * What moves a model through its life in one cluster, in the ML namespace:
 *
 * - **features**: `features.yaml` (the definitions of `ml.featureStore`, checked against the topics'
 *   Avro schemas first: a problem fails the render naming the field); on the hub a `feast apply`
 *   Job named after the hash of what it applies, so Argo CD runs a new one whenever the
 *   definitions change; a materialization CronJob into the region's online store; the feature
 *   server (Deployment, Service, PDB) for online reads by `ml.featureStore.server.callers` only
 *   (AuthorizationPolicy and NetworkPolicies);
 * - **training** (hub): a CronJob per model with `training`, as `ml-training`, allowed to reach MLflow;
 * - **monitoring**: the prediction-drift monitor (fed by the predictors' KServe loggers), a
 *   PrometheusRule alerting on drift per model, and a Grafana dashboard per model.
 *
 * @throws Error when `config.ml` is not set, or naming every feature that does not match its topic's schema
 */
export class MlLifecycleChart extends ClusterChart {
  private readonly namespaceName: string;

  constructor(scope: Construct, id: string, props: MlLifecycleChartProps) {
    super(scope, id, props);
    const ml = this.config.ml;
    if (!ml) throw new Error('MlLifecycleChart: config.ml is not set');
    const problems = featureSchemaProblems(this.config);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    this.namespaceName = mlNamespace(this.config);

    // Every ML workload fetches AWS credentials from the Pod Identity agent: one entry in the
    // namespace, rendered by the Kafka layer when the archiver is an MSK client here.
    const archiver = featureArchiver(this.config, this.region);
    if (!archiver || !podIdentityEntryByKafka(this.config, this.region, archiver)) podIdentityAgentServiceEntry(this, 'PodIdentityAgent', this.namespaceName);

    if (ml.featureStore.featureViews.length > 0) this.features();
    if (archiver) this.archiver(archiver.name, archiver.podLabels);
    if (this.region.hub && ml.models.some((m) => m.training)) this.training();
    if (ml.models.length > 0) this.monitoring();
  }

  /** A restricted pod spec running one ML image. */
  private podSpec(opts: {
    serviceAccount: string;
    image: MlImage;
    args?: string[];
    env: k8s.EnvVar[];
    envFrom?: k8s.EnvFromSource[];
    resources: { requests: { cpu: string; memory: string }; limits: { cpu: string; memory: string } };
    ports?: k8s.ContainerPort[];
    probe?: k8s.Probe;
    feastConfig: boolean;
    tmpSize?: string;
    restartPolicy?: string;
  }): k8s.PodSpec {
    const q = (v: string) => k8s.Quantity.fromString(v);
    const mounts: k8s.VolumeMount[] = [{ name: 'tmp', mountPath: '/tmp' }];
    const volumes: k8s.Volume[] = [{ name: 'tmp', emptyDir: { sizeLimit: q(opts.tmpSize ?? ML_TMP_SIZE_LIMIT) } }];
    const env: k8s.EnvVar[] = [{ name: 'AWS_REGION', value: this.region.name }, { name: 'HOME', value: '/tmp' }, ...opts.env];
    if (opts.feastConfig) {
      mounts.push({ name: 'feast-config', mountPath: FEAST_CONFIG_DIR, readOnly: true });
      volumes.push({
        name: 'feast-config',
        projected: { sources: [{ configMap: { name: FEAST_CONFIG_MAP } }, { configMap: { name: FEATURE_DEFINITIONS_CONFIG_MAP } }] },
      });
      env.push(
        { name: FEAST_CONNECTION_ENV, valueFrom: { secretKeyRef: { name: FEAST_ONLINE_STORE_SECRET, key: FEAST_CONNECTION_ENV } } },
        { name: 'FEAST_FS_YAML_FILE_PATH', value: `${FEAST_CONFIG_DIR}/feature_store.yaml` },
        { name: 'FEAST_FEATURES_FILE', value: `${FEAST_CONFIG_DIR}/features.yaml` },
      );
    }
    return {
      serviceAccountName: opts.serviceAccount,
      automountServiceAccountToken: false,
      securityContext: mlPodSecurityContext(),
      ...(opts.restartPolicy ? { restartPolicy: opts.restartPolicy } : {}),
      containers: [{
        name: 'main',
        image: mlImage(this.region, opts.image),
        ...(opts.args ? { args: opts.args } : {}),
        env,
        ...(opts.ports ? { ports: opts.ports } : {}),
        ...(opts.probe ? { readinessProbe: opts.probe, livenessProbe: { ...opts.probe, initialDelaySeconds: 30, periodSeconds: 20 } } : {}),
        resources: {
          requests: { cpu: q(opts.resources.requests.cpu), memory: q(opts.resources.requests.memory) },
          limits: { cpu: q(opts.resources.limits.cpu), memory: q(opts.resources.limits.memory) },
        },
        securityContext: mlContainerSecurityContext(),
        volumeMounts: mounts,
        ...(opts.envFrom ? { envFrom: opts.envFrom } : {}),
      }],
      volumes,
    };
  }

  /**
   * A Job's spec running `spec` once: the pod carries `labels` and the sidecar settings of job
   * pods ({@link JOB_POD_ANNOTATIONS}).
   */
  private jobSpec(labels: Readonly<Record<string, string>>, spec: k8s.PodSpec, limits: { backoffLimit: number; activeDeadlineSeconds: number }): k8s.JobSpec {
    return { ...limits, template: { metadata: { labels: { ...labels }, annotations: { ...JOB_POD_ANNOTATIONS } }, spec } };
  }

  /**
   * A CronJob in the ML namespace on `schedule` (UTC), never two runs at once. The defaults suit
   * the feature jobs (minutes per run); training overrides them.
   */
  private cronJob(id: string, props: {
    name: string;
    labels: Readonly<Record<string, string>>;
    schedule: string;
    spec: k8s.PodSpec;
    startingDeadlineSeconds?: number;
    successfulJobsHistoryLimit?: number;
    backoffLimit?: number;
    activeDeadlineSeconds?: number;
  }): void {
    new k8s.KubeCronJob(this, id, {
      metadata: { name: props.name, namespace: this.namespaceName, labels: { ...props.labels } },
      spec: {
        schedule: props.schedule,
        timeZone: 'Etc/UTC',
        concurrencyPolicy: 'Forbid',
        startingDeadlineSeconds: props.startingDeadlineSeconds ?? 300,
        successfulJobsHistoryLimit: props.successfulJobsHistoryLimit ?? 1,
        failedJobsHistoryLimit: 3,
        jobTemplate: {
          spec: this.jobSpec(props.labels, props.spec, { backoffLimit: props.backoffLimit ?? 2, activeDeadlineSeconds: props.activeDeadlineSeconds ?? 1800 }),
        },
      },
    });
  }

  private features(): void {
    const { config, region } = this;
    const store = config.ml!.featureStore;
    const namespace = this.namespaceName;
    const definitions = featuresYaml(config, region);
    new k8s.KubeConfigMap(this, 'FeatureDefinitions', {
      metadata: { name: FEATURE_DEFINITIONS_CONFIG_MAP, namespace, labels: { ...FEAST_SELECTOR } },
      data: { 'features.yaml': definitions },
    });
    const jobResources = { requests: { cpu: '100m', memory: '512Mi' }, limits: { cpu: '1', memory: '1Gi' } };
    const feastJob = (command: string) =>
      this.podSpec({ serviceAccount: FEAST_SERVICE_ACCOUNT, image: 'feast', args: [command], env: [], resources: jobResources, feastConfig: true, restartPolicy: 'Never' });

    // The registry is written on the hub only (spokes read its replica): apply there. The name
    // carries the hash of what it applies: a changed definition is a new Job, which Argo CD
    // creates (and prunes the old one); an unchanged one is left alone.
    if (region.hub) {
      const hash = contentHash(definitions, featureStoreYaml(this));
      const labels = { ...FEAST_SELECTOR, 'app.kubernetes.io/component': 'apply' };
      new k8s.KubeJob(this, 'FeastApply', {
        metadata: { name: `feast-apply-${hash}`, namespace, labels },
        spec: this.jobSpec(labels, feastJob('apply'), { backoffLimit: 3, activeDeadlineSeconds: 1800 }),
      });
    }

    this.cronJob('FeastMaterialize', {
      name: 'feast-materialize',
      labels: { ...FEAST_SELECTOR, 'app.kubernetes.io/component': 'materialize' },
      schedule: store.materializationSchedule,
      spec: feastJob('materialize'),
    });

    const server = store.server;
    const labels = { ...FEATURE_SERVER_SELECTOR };
    const selector = { matchLabels: labels };
    new k8s.KubeDeployment(this, 'FeatureServer', {
      metadata: { name: 'feast-feature-server', namespace, labels },
      spec: {
        replicas: server.replicas,
        selector,
        template: {
          metadata: { labels, annotations: { 'kubectl.kubernetes.io/default-container': 'main' } },
          spec: {
            ...this.podSpec({
              serviceAccount: FEAST_SERVICE_ACCOUNT,
              image: 'feast',
              args: ['serve'],
              env: [],
              resources: server.resources,
              ports: [{ name: 'http', containerPort: FEATURE_SERVER_PORT, protocol: 'TCP' }],
              probe: { httpGet: { path: '/health', port: k8s.IntOrString.fromString('http') }, initialDelaySeconds: 10, periodSeconds: 10 },
              feastConfig: true,
            }),
            ...spreadPods(selector),
          },
        },
      },
    });
    httpService(this, 'FeatureServerService', { name: 'feast-feature-server', namespace, labels, port: FEATURE_SERVER_PORT });
    replicaDisruptionBudget(this, 'FeatureServerDisruptionBudget', { name: 'feast-feature-server', namespace, labels, replicas: server.replicas });
    allowServiceCallers(this, config, namespace, {
      id: 'FeatureServer', name: 'allow-feast-feature-server-callers', egressName: 'allow-feast-feature-server', labels, port: FEATURE_SERVER_PORT, callers: server.callers,
    });
  }

  /**
   * The feature archiver (hub): a CronJob on the materialization schedule that copies the feature
   * views' topics into the offline store as parquet, as its own Kafka principal (connection
   * Secret by `envFrom`, grants and Kafka egress from the Kafka layer) and Pod Identity role (S3
   * write under `offline/<topic>/`); its columns come from `archive.yaml`.
   */
  private archiver(name: string, podLabels: Readonly<Record<string, string>>): void {
    const { config, region } = this;
    const namespace = this.namespaceName;
    const labels = { ...podLabels, 'app.kubernetes.io/component': 'archive' };
    new k8s.KubeServiceAccount(this, 'ArchiverServiceAccount', {
      metadata: { name, namespace },
      automountServiceAccountToken: false,
    });
    new k8s.KubeConfigMap(this, 'ArchiverConfig', {
      metadata: { name: FEATURE_ARCHIVER_CONFIG_MAP, namespace, labels: { ...podLabels } },
      data: { 'archive.yaml': archiveYaml(config, region) },
    });
    const spec = this.podSpec({
      serviceAccount: name,
      image: 'feast',
      args: ['archive'],
      env: [{ name: 'ARCHIVE_CONFIG', value: `${ARCHIVER_CONFIG_DIR}/archive.yaml` }],
      envFrom: [{ secretRef: { name: kafkaConnectionSecretName({ name }) } }],
      resources: FEATURE_ARCHIVER_RESOURCES,
      feastConfig: false,
      restartPolicy: 'Never',
    });
    spec.volumes!.push({ name: 'archive-config', configMap: { name: FEATURE_ARCHIVER_CONFIG_MAP } });
    spec.containers[0].volumeMounts!.push({ name: 'archive-config', mountPath: ARCHIVER_CONFIG_DIR, readOnly: true });
    // The materialization's schedule: a run's rows are in the online store by the next run.
    this.cronJob('Archiver', { name, labels, schedule: config.ml!.featureStore.materializationSchedule, spec });
    // Kafka egress is the Kafka layer's (allow-kafka); S3 and the Pod Identity agent here.
    new k8s.KubeNetworkPolicy(this, 'NpArchiverEgress', {
      metadata: { name: 'feature-archiver-egress', namespace },
      spec: { podSelector: matchLabels(podLabels), policyTypes: ['Egress'], egress: awsEgressRules() },
    });
  }

  private training(): void {
    const { config, region } = this;
    const namespace = this.namespaceName;
    new k8s.KubeServiceAccount(this, 'TrainingServiceAccount', {
      metadata: { name: ML_TRAINING_SERVICE_ACCOUNT, namespace },
      automountServiceAccountToken: false,
    });
    for (const model of config.ml!.models) {
      const training = model.training;
      if (!training) continue;
      this.cronJob(`Train-${model.name}`, {
        name: `train-${model.name}`,
        labels: { ...TRAINING_SELECTOR, 'serving.kserve.io/model': model.name },
        schedule: training.schedule,
        startingDeadlineSeconds: 3600,
        successfulJobsHistoryLimit: 3,
        backoffLimit: 1,
        activeDeadlineSeconds: 4 * 3600,
        spec: this.podSpec({
          serviceAccount: ML_TRAINING_SERVICE_ACCOUNT,
          image: 'training',
          env: [
            { name: 'MODEL_NAME', value: model.name },
            { name: 'FEATURE_SERVICE', value: training.featureService },
            { name: 'HISTORY_DAYS', value: String(training.historyDays) },
            // The hub's bucket: versions written here replicate to every region.
            { name: 'MODEL_BUCKET', value: modelBucketName(config, region) },
            { name: 'MLFLOW_TRACKING_URI', value: `http://mlflow.${namespace}.svc.cluster.local:${MLFLOW_PORT}` },
            { name: 'FEAST_REPO', value: FEAST_CONFIG_DIR },
          ],
          resources: training.resources,
          feastConfig: true,
          tmpSize: TRAINING_TMP_SIZE_LIMIT,
          restartPolicy: 'Never',
        }),
      });
    }

    // Training reaches MLflow (runs, registry, proxied artifacts) and AWS (S3 features and models).
    new AuthorizationPolicy(this, 'AllowMlflowTraining', {
      metadata: { name: 'allow-mlflow-training', namespace },
      spec: {
        action: AuthorizationPolicySpecAction.ALLOW,
        selector: { matchLabels: { ...MLFLOW_SELECTOR } },
        rules: [{ from: [{ source: { principals: [principal(namespace, ML_TRAINING_SERVICE_ACCOUNT)] } }], to: [{ operation: { ports: [String(MLFLOW_PORT)] } }] }],
      },
    });
    new k8s.KubeNetworkPolicy(this, 'NpMlflowTraining', {
      metadata: { name: 'allow-mlflow-training', namespace },
      spec: { podSelector: matchLabels(MLFLOW_SELECTOR), policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: matchLabels(TRAINING_SELECTOR) }], ports: tcpPorts(MLFLOW_PORT) }] },
    });
    new k8s.KubeNetworkPolicy(this, 'NpTrainingEgress', {
      metadata: { name: 'training-egress', namespace },
      spec: {
        podSelector: matchLabels(TRAINING_SELECTOR),
        policyTypes: ['Egress'],
        egress: [{ to: [{ podSelector: matchLabels(MLFLOW_SELECTOR) }], ports: tcpPorts(MLFLOW_PORT) }, ...awsEgressRules()],
      },
    });
  }

  private monitoring(): void {
    const { config, region } = this;
    const ml = config.ml!;
    const namespace = this.namespaceName;
    const labels = { ...DRIFT_SELECTOR };
    new k8s.KubeServiceAccount(this, 'DriftServiceAccount', {
      metadata: { name: MODEL_DRIFT_SERVICE_ACCOUNT, namespace },
      automountServiceAccountToken: false,
    });
    // The stable version's baseline, in the region's replica of the model bucket.
    const baselines = Object.fromEntries(ml.models.map((m) => [m.name, `s3://${modelBucketName(config, region)}/${parseS3Uri(m.storageUri).key}/baseline.json`]));
    new k8s.KubeDeployment(this, 'Drift', {
      metadata: { name: DRIFT_SERVICE, namespace, labels },
      spec: {
        replicas: 1,
        selector: { matchLabels: labels },
        template: {
          // Istio merges the app's metrics into the sidecar's scraped endpoint by these annotations.
          metadata: { labels, annotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': String(DRIFT_PORTS.metrics), 'prometheus.io/path': '/metrics' } },
          spec: this.podSpec({
            serviceAccount: MODEL_DRIFT_SERVICE_ACCOUNT,
            image: 'drift',
            env: [{ name: 'BASELINES', value: JSON.stringify(baselines) }],
            resources: { requests: { cpu: '50m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
            ports: [{ name: 'http', containerPort: DRIFT_PORTS.events, protocol: 'TCP' }, { name: 'metrics', containerPort: DRIFT_PORTS.metrics, protocol: 'TCP' }],
            probe: { httpGet: { path: '/', port: k8s.IntOrString.fromString('http') }, initialDelaySeconds: 5, periodSeconds: 10 },
            feastConfig: false,
          }),
        },
      },
    });
    httpService(this, 'DriftService', { name: DRIFT_SERVICE, namespace, labels, port: 80 });
    // Only the predictors' loggers (their agents run as the models' service accounts) may post events.
    new AuthorizationPolicy(this, 'AllowDriftLoggers', {
      metadata: { name: 'allow-model-drift-loggers', namespace },
      spec: {
        action: AuthorizationPolicySpecAction.ALLOW,
        selector: { matchLabels: labels },
        rules: [{ from: [{ source: { principals: ml.models.map((m) => principal(namespace, `${m.name}-predictor`)) } }], to: [{ operation: { ports: [String(DRIFT_PORTS.events)] } }] }],
      },
    });
    const predictors = { matchExpressions: [{ key: ISVC_LABEL, operator: 'Exists' }] };
    new k8s.KubeNetworkPolicy(this, 'NpDriftIngress', {
      metadata: { name: 'allow-model-drift-loggers', namespace },
      spec: { podSelector: matchLabels(labels), policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: predictors }], ports: tcpPorts(DRIFT_PORTS.events) }] },
    });
    new k8s.KubeNetworkPolicy(this, 'NpPredictorLogger', {
      metadata: { name: 'predictor-logger-egress', namespace },
      spec: { podSelector: predictors, policyTypes: ['Egress'], egress: [{ to: [{ podSelector: matchLabels(labels) }], ports: tcpPorts(DRIFT_PORTS.events) }] },
    });
    new k8s.KubeNetworkPolicy(this, 'NpDriftEgress', {
      metadata: { name: 'model-drift-egress', namespace },
      spec: { podSelector: matchLabels(labels), policyTypes: ['Egress'], egress: awsEgressRules() },
    });

    const monitoring = monitoringNamespace(config);
    new PrometheusRule(this, 'DriftRules', {
      metadata: { name: 'model-drift', namespace: monitoring, labels: { service: 'model-drift' } },
      spec: {
        groups: [{
          name: 'model-drift',
          interval: '1m',
          rules: ml.models.map((m) => ({
            alert: 'ModelPredictionDrift',
            expr: PrometheusRuleSpecGroupsRulesExpr.fromString(`max(${DRIFT_METRIC}{model="${m.name}"}) > ${m.driftThreshold}`),
            for: DRIFT_ALERT_FOR,
            labels: { severity: 'ticket', model: m.name },
            annotations: {
              summary: `${m.name}: predictions drift from the training baseline`,
              description:
                `The population stability index of ${m.name}'s recent predictions against its stable version's training baseline ` +
                `has stayed above ${m.driftThreshold} for ${DRIFT_ALERT_FOR}: the inputs or the world changed. Retrain (the train-${m.name} CronJob) and promote a new version.`,
            },
          })),
        }],
      },
    });
    for (const m of ml.models) {
      grafanaDashboardConfigMap(this, `Dashboard-${m.name}`, {
        name: `dashboard-model-${m.name}`, namespace: monitoring, file: `model-${m.name}.json`, dashboard: modelDashboard(namespace, m.name, m.driftThreshold),
      });
    }
  }
}

/**
 * Grafana dashboard of one model: requests and p99 latency of the stable and canary predictors
 * (their sidecars), predictions per class, and the drift index against its alert threshold.
 */
export function modelDashboard(namespace: string, model: string, driftThreshold: number): Record<string, unknown> {
  const datasource = GRAFANA_PROMETHEUS_DATASOURCE;
  const sel = `reporter="destination",destination_service_namespace="${namespace}",destination_service_name=~"${model}-(canary-)?predictor"`;
  const panels: Array<{ title: string; unit: string; expr: string; legend: string; threshold?: number }> = [
    { title: 'Requests per second, stable vs canary', unit: 'reqps', expr: `sum by (destination_service_name) (rate(istio_requests_total{${sel}}[5m]))`, legend: '{{destination_service_name}}' },
    { title: 'Error ratio (5xx), stable vs canary', unit: 'percentunit', expr: `sum by (destination_service_name) (rate(istio_requests_total{${sel},response_code=~"5.."}[5m])) / sum by (destination_service_name) (rate(istio_requests_total{${sel}}[5m]))`, legend: '{{destination_service_name}}' },
    { title: 'p99 latency, stable vs canary', unit: 'ms', expr: `histogram_quantile(0.99, sum by (destination_service_name, le) (rate(istio_request_duration_milliseconds_bucket{${sel}}[5m])))`, legend: '{{destination_service_name}}' },
    { title: 'Predictions per class', unit: 'ops', expr: `sum by (class) (rate(ml_predictions_total{model="${model}"}[5m]))`, legend: '{{class}}' },
    { title: 'Prediction drift (PSI vs training baseline)', unit: 'none', expr: `max(${DRIFT_METRIC}{model="${model}"})`, legend: 'PSI', threshold: driftThreshold },
  ];
  return grafanaDashboard({
    uid: `model-${model}`,
    title: `${model}: predictions, canary and drift`,
    tags: ['ml', model],
    panels: panels.map((p, i) => ({
      id: i + 1,
      type: 'timeseries',
      title: p.title,
      datasource,
      gridPos: { x: (i % 2) * 12, y: Math.floor(i / 2) * 8, w: 12, h: 8 },
      fieldConfig: {
        defaults: {
          unit: p.unit,
          thresholds: { mode: 'absolute', steps: [{ color: 'green', value: null }, ...(p.threshold !== undefined ? [{ color: 'red', value: p.threshold }] : [])] },
          custom: { thresholdsStyle: { mode: p.threshold !== undefined ? 'line' : 'off' } },
        },
        overrides: [],
      },
      targets: [{ refId: 'A', datasource, expr: p.expr, legendFormat: p.legend }],
    })),
  });
}
