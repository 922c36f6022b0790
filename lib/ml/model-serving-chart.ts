import { k8s } from 'cdk8s-plus-33';
import { Construct } from 'constructs';
import { mlNamespace, modelServiceAccountName } from '../config';
import { ModelConfig } from '../config/sections/ml';
// The one import of the KServe classes (a 5 MB generated file): only this chart pays for it.
import {
  InferenceService,
  InferenceServiceSpecPredictorLoggerMode,
  InferenceServiceSpecPredictorScaleMetric,
  InferenceServiceSpecPredictorScaleMetricType,
} from '../imports/kserve-inferenceservice-serving.kserve.io';
import {
  DestinationRule,
  DestinationRuleSpecTrafficPolicyTlsMode,
  VirtualService,
} from '../imports/istio-networking.istio.io';
import { ClusterChart, ClusterChartProps } from '../k8s/cluster-chart';
import { DRIFT_SERVICE } from './lifecycle-chart';
import { OUTLIER_DETECTION } from '../config/traffic';
import {
  CANARY_NAME,
  ISVC_LABEL,
  ML_TMP_SIZE_LIMIT,
  PREDICTOR_PORT,
  PREDICTOR_SERVICE_PORT,
  awsEgressRules,
  canaryHost,
  mlContainerSecurityContext,
  mlPodSecurityContext,
  modelSelector,
  predictorHost,
  regionalModelUri,
  allowServiceCallers,
} from './ml-k8s';

/**
 * KServe deployment mode of every InferenceService: plain Deployments, Services and HPAs (the
 * clusters run no Knative), the mode KServe 0.20 supports `spec.canary` in.
 */
export const DEPLOYMENT_MODE = 'RawDeployment';

/** Name of the model server container (KServe's own default, written out: a canary requires it). */
export const PREDICTOR_CONTAINER = 'kserve-container';

/** Props of {@link ModelServingChart}. */
export type ModelServingChartProps = ClusterChartProps;

/**
 * The models of `ml.models` in one cluster, in the ML namespace ({@link MlChart} renders the
 * namespace and its baseline policies):
 *
 * - per model, a ServiceAccount (its Pod Identity role reads exactly the model's keys) and an
 *   `InferenceService` (serving.kserve.io/v1beta1): the predictor with the model format, the
 *   region's replica of the storage URI, resources, restricted pod and container security
 *   contexts, and CPU autoscaling between `minReplicas` and `maxReplicas`;
 * - with a canary, a `spec.canary` entry (KServe 0.20's raw-deployment canary: its own Deployment
 *   and Service `<model>-canary-predictor`), and a VirtualService that splits the stable
 *   predictor's traffic `100 - canaryTrafficPercent` / `canaryTrafficPercent`. The mesh, not
 *   KServe, does the split: the clusters run KServe without Gateway API routes or Knative, where
 *   `predictor.canaryTrafficPercent` would be silently ignored;
 * - the mesh treats each model like a service: a DestinationRule (mTLS, outlier detection), an
 *   ALLOW AuthorizationPolicy for the configured callers' identities, NetworkPolicies admitting
 *   those callers (and letting them out of their own namespaces) and letting the predictors
 *   reach S3 and the Pod Identity agent. A model without callers is reachable by no one.
 *
 * @throws Error when `config.ml` is not set
 */
export class ModelServingChart extends ClusterChart {
  /** The InferenceServices, by model name. */
  public readonly inferenceServices: Record<string, InferenceService> = {};

  constructor(scope: Construct, id: string, props: ModelServingChartProps) {
    super(scope, id, props);
    const ml = this.config.ml;
    if (!ml) throw new Error('ModelServingChart: config.ml is not set');
    const namespace = mlNamespace(this.config);

    for (const model of ml.models) {
      new k8s.KubeServiceAccount(this, `ServiceAccount-${model.name}`, {
        metadata: { name: modelServiceAccountName(model), namespace },
        automountServiceAccountToken: false,
      });
      this.inferenceServices[model.name] = this.inferenceService(model, namespace);
      this.routing(model, namespace);
      this.access(model, namespace);
    }

    if (ml.models.length > 0) {
      new k8s.KubeNetworkPolicy(this, 'predictor-egress', {
        metadata: { name: 'predictor-egress', namespace },
        spec: {
          // Every predictor pod (stable and canary) of every model: the storage initializer
          // downloads the model from S3 with the pod's Pod Identity credentials.
          podSelector: { matchExpressions: [{ key: ISVC_LABEL, operator: 'Exists' }] },
          policyTypes: ['Egress'],
          egress: awsEgressRules(),
        },
      });
    }
  }

  private inferenceService(model: ModelConfig, namespace: string): InferenceService {
    const { config, region } = this;
    const resources = {
      requests: { cpu: k8s.Quantity.fromString(model.resources.requests.cpu), memory: k8s.Quantity.fromString(model.resources.requests.memory) },
      limits: { cpu: k8s.Quantity.fromString(model.resources.limits.cpu), memory: k8s.Quantity.fromString(model.resources.limits.memory) },
    };
    const podSettings = {
      serviceAccountName: modelServiceAccountName(model),
      automountServiceAccountToken: false,
      securityContext: mlPodSecurityContext(),
      volumes: [{ name: 'tmp', emptyDir: { sizeLimit: k8s.Quantity.fromString(ML_TMP_SIZE_LIMIT) } }],
    };
    const container = (uri: string) => ({
      name: PREDICTOR_CONTAINER,
      modelFormat: { name: model.framework },
      storageUri: regionalModelUri(config, region, uri),
      resources,
      securityContext: mlContainerSecurityContext(),
      volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
    });

    return new InferenceService(this, `InferenceService-${model.name}`, {
      metadata: {
        name: model.name,
        namespace,
        labels: { app: model.name },
        annotations: { 'serving.kserve.io/deploymentMode': DEPLOYMENT_MODE, 'serving.kserve.io/autoscalerClass': 'hpa' },
      },
      spec: {
        predictor: {
          ...podSettings,
          minReplicas: model.minReplicas,
          maxReplicas: model.maxReplicas,
          scaleMetric: InferenceServiceSpecPredictorScaleMetric.CPU,
          scaleMetricType: InferenceServiceSpecPredictorScaleMetricType.UTILIZATION,
          scaleTarget: model.targetCpuUtilizationPercent,
          model: container(model.storageUri),
          // Every stable response goes to the drift monitor (KServe's agent sidecar posts it).
          logger: { mode: InferenceServiceSpecPredictorLoggerMode.RESPONSE, url: `http://${DRIFT_SERVICE}.${namespace}.svc.cluster.local` },
        },
        // KServe derives the canary's replicas from its traffic share; autoscaling fields are
        // not allowed on a canary.
        canary: model.canary
          ? [{ trafficPercent: model.canaryTrafficPercent, predictor: { name: CANARY_NAME, ...podSettings, model: container(model.canary.storageUri) } }]
          : undefined,
      },
    });
  }

  /** mTLS and outlier detection towards the predictors; the canary split when there is one. */
  private routing(model: ModelConfig, namespace: string): void {
    const hosts = [predictorHost(model, namespace), ...(model.canary ? [canaryHost(model, namespace)] : [])];
    hosts.forEach((host, i) => {
      new DestinationRule(this, `DestinationRule-${model.name}-${i}`, {
        metadata: { name: host.split('.')[0], namespace },
        spec: {
          host,
          trafficPolicy: {
            tls: { mode: DestinationRuleSpecTrafficPolicyTlsMode.ISTIO_UNDERSCORE_MUTUAL },
            outlierDetection: {
              consecutive5XxErrors: OUTLIER_DETECTION.consecutive5xxErrors,
              interval: OUTLIER_DETECTION.interval,
              baseEjectionTime: OUTLIER_DETECTION.baseEjectionTime,
              maxEjectionPercent: OUTLIER_DETECTION.maxEjectionPercent,
            },
          },
        },
      });
    });
    if (!model.canary) return;

    const stable = predictorHost(model, namespace);
    const route = [
      { destination: { host: stable, port: { number: PREDICTOR_SERVICE_PORT } }, weight: 100 - model.canaryTrafficPercent },
      { destination: { host: canaryHost(model, namespace), port: { number: PREDICTOR_SERVICE_PORT } }, weight: model.canaryTrafficPercent },
    ].filter((r) => r.weight > 0);
    new VirtualService(this, `VirtualService-${model.name}`, {
      metadata: { name: `${model.name}-predictor`, namespace },
      // Callers address the stable predictor; the sidecars split its traffic by weight.
      spec: { hosts: [stable], gateways: ['mesh'], http: [{ name: 'canary', route }] },
    });
  }

  /** Who may call the model: mesh identities (AuthorizationPolicy) and network paths both ways. */
  private access(model: ModelConfig, namespace: string): void {
    allowServiceCallers(this, this.config, namespace, {
      id: `Model-${model.name}`, name: `allow-${model.name}-callers`, egressName: `allow-model-${model.name}`, labels: modelSelector(model), port: PREDICTOR_PORT, callers: model.callers,
    });
  }
}
