import { JsonObject, isPlainObject, manifestId } from '../compliance/k8s/manifests';
import type { ContainerRequests } from '../core/layer';
import { KSERVE_AGENT_REQUESTS, type OperandDefaults } from '../core/operand-defaults';
import { Demand, NO_REQUESTS, Requests, containerRequests, effectiveRequests } from './demand';
import { mebibytes, millicores } from './quantity';

/**
 * What operators give the pods they make from custom resources where the resource leaves them
 * unset, and the Istio sidecar's requests: recorded with their sources in
 * lib/core/operand-defaults.ts.
 */
export interface CapacityDefaults {
  /** The Istio sidecar's requests, unless a pod's annotations set its own. */
  readonly sidecar: ContainerRequests;
  /** The prometheus-operator's config-reloader container beside each Prometheus. */
  readonly prometheusConfigReloader: ContainerRequests;
  readonly strimziKafkaNode: OperandDefaults;
  readonly strimziEntityOperator: OperandDefaults;
  readonly kservePredictor: OperandDefaults;
  readonly kiali: OperandDefaults;
  readonly jaegerAllInOne: OperandDefaults;
  readonly jaegerCollector: OperandDefaults;
  readonly jaegerQuery: OperandDefaults;
  readonly otelCollector: OperandDefaults;
}

/** Kinds that make no pods (configuration, policy, networking, RBAC, Kafka and Argo CD objects). */
const NO_PODS = new Set([
  'AuthorizationPolicy', 'ClusterRole', 'ClusterRoleBinding', 'ClusterSecretStore', 'ClusterServingRuntime',
  'ClusterStorageContainer', 'ConfigMap', 'CustomResourceDefinition', 'DestinationRule', 'ExternalSecret', 'Gateway',
  'HorizontalPodAutoscaler', 'KafkaTopic', 'KafkaUser', 'MutatingWebhookConfiguration', 'Namespace', 'NetworkPolicy',
  'PeerAuthentication', 'PodDisruptionBudget', 'PodMonitor', 'PrometheusRule', 'Role', 'RoleBinding', 'Secret',
  'Service', 'ServiceAccount', 'ServiceEntry', 'ServiceMonitor', 'Sidecar', 'SecretStore', 'StorageClass',
  'TargetGroupBinding', 'Telemetry', 'ValidatingWebhookConfiguration', 'VirtualService', 'EnvoyFilter',
  'RequestAuthentication', 'ServingRuntime', 'PodMonitoring', 'Certificate', 'Issuer', 'ClusterIssuer',
  'PriorityClass', 'ResourceQuota', 'LimitRange',
]);

type Labels = Readonly<Record<string, string>>;

/** What the readers need besides the manifest itself. */
interface ReadContext {
  readonly defaults: CapacityDefaults;
  /** Labels of every namespace of the cluster (rendered, or made by Argo CD for an operator). */
  readonly namespaces: ReadonlyMap<string, Labels>;
  /** `namespace/Kind/name` of each HPA's target → its maxReplicas. */
  readonly autoscalers: ReadonlyMap<string, number>;
}

const obj = (value: unknown): JsonObject => (isPlainObject(value) ? value : {});
const list = (value: unknown): JsonObject[] => (Array.isArray(value) ? value.filter(isPlainObject) : []);
const labels = (value: unknown): Labels => Object.fromEntries(Object.entries(obj(value)).filter((e): e is [string, string] => typeof e[1] === 'string'));
const int = (value: unknown, fallback: number): number => (typeof value === 'number' ? value : fallback);

/**
 * Whether Istio injects a sidecar (its webhook's rules): never in a namespace labelled
 * `istio-injection=disabled` or for a pod labelled `sidecar.istio.io/inject=false`; always in a
 * namespace labelled `istio-injection=enabled` (or with a revision label), and for a pod labelled
 * `sidecar.istio.io/inject=true`.
 */
export function sidecarInjected(namespace: Labels, pod: Labels, annotations: Labels = {}): boolean {
  if (namespace['istio-injection'] === 'disabled') return false;
  const podChoice = pod['sidecar.istio.io/inject'] ?? annotations['sidecar.istio.io/inject'];
  if (podChoice === 'false') return false;
  if (namespace['istio-injection'] === 'enabled' || namespace['istio.io/rev'] !== undefined) return true;
  return podChoice === 'true';
}

/** Requests of one container spec: `requests`, else `limits` (Kubernetes copies limits into missing requests). */
function specRequests(container: JsonObject): Requests {
  const resources = obj(container.resources);
  const requests = obj(resources.requests);
  const limits = obj(resources.limits);
  const pick = (name: string): string | number | undefined => (requests[name] ?? limits[name]) as string | number | undefined;
  return { cpu: millicores(pick('cpu')), memory: mebibytes(pick('memory')) };
}

/**
 * What the scheduler reserves for a pod spec: its containers plus its native sidecars (init
 * containers with `restartPolicy: Always`, which keep running beside them), or the largest other
 * init container when that is more.
 */
function podSpecRequests(spec: JsonObject): Requests {
  const init = list(spec.initContainers);
  const sidecars = init.filter((c) => c.restartPolicy === 'Always');
  return effectiveRequests([...list(spec.containers), ...sidecars].map(specRequests), init.filter((c) => !sidecars.includes(c)).map(specRequests));
}

/** The sidecar a pod gets: none, or the defaults unless its annotations size it. */
function sidecarOf(ctx: ReadContext, namespace: string, podLabels: Labels, annotations: Labels): Requests {
  if (!sidecarInjected(ctx.namespaces.get(namespace) ?? {}, podLabels, annotations)) return NO_REQUESTS;
  const base = containerRequests(ctx.defaults.sidecar);
  return {
    cpu: annotations['sidecar.istio.io/proxyCPU'] ? millicores(annotations['sidecar.istio.io/proxyCPU']) : base.cpu,
    memory: annotations['sidecar.istio.io/proxyMemory'] ? mebibytes(annotations['sidecar.istio.io/proxyMemory']) : base.memory,
  };
}

/** The demand of a pod template (Deployment, StatefulSet, DaemonSet, Job). */
function templateDemand(ctx: ReadContext, name: string, namespace: string, template: JsonObject, counts: Pick<Demand, 'min' | 'max' | 'daemon'>): Demand {
  const metadata = obj(template.metadata);
  const spec = obj(template.spec);
  return {
    name,
    source: 'workloads',
    pod: podSpecRequests(spec),
    sidecar: sidecarOf(ctx, namespace, labels(metadata.labels), labels(metadata.annotations)),
    nodeSelector: labels(spec.nodeSelector),
    ...counts,
  };
}

/** A custom resource's pods, built from its own fields. */
function podDemand(ctx: ReadContext, name: string, namespace: string, pod: Requests, podLabels: Labels, min: number, max: number, annotations: Labels = {}, nodeSelector: Labels = {}): Demand {
  return { name, source: 'workloads', pod, sidecar: sidecarOf(ctx, namespace, podLabels, annotations), nodeSelector, daemon: false, min, max: Math.max(min, max) };
}

/**
 * Requests of an operand's pod: the resource's own `resources` when it sets them (on `part`),
 * else the operator's defaults; its init containers on top (the larger counts).
 */
function operandRequests(part: JsonObject, defaults: OperandDefaults): Requests {
  const own = isPlainObject(part.resources) ? [specRequests(part)] : defaults.containers.map(containerRequests);
  return effectiveRequests(own, (defaults.initContainers ?? []).map(containerRequests));
}

/** Pod labels an operand gets from its operator: an Istio opt-out where the operator adds one. */
const operandLabels = (defaults: OperandDefaults, own: Labels = {}): Labels =>
  defaults.optsOutOfIstio ? { 'sidecar.istio.io/inject': 'false', ...own } : own;

type Reader = (ctx: ReadContext, m: JsonObject, name: string, namespace: string) => Demand[];

/** How many pods each kind makes, and what they request. */
const READERS: Readonly<Record<string, Reader>> = {
  Deployment: (ctx, m, name, ns) => {
    const spec = obj(m.spec);
    const replicas = int(spec.replicas, 1);
    return [templateDemand(ctx, name, ns, obj(spec.template), { min: replicas, max: ctx.autoscalers.get(`${ns}/Deployment/${String(obj(m.metadata).name)}`) ?? replicas, daemon: false })];
  },
  StatefulSet: (ctx, m, name, ns) => {
    const spec = obj(m.spec);
    const replicas = int(spec.replicas, 1);
    return [templateDemand(ctx, name, ns, obj(spec.template), { min: replicas, max: ctx.autoscalers.get(`${ns}/StatefulSet/${String(obj(m.metadata).name)}`) ?? replicas, daemon: false })];
  },
  DaemonSet: (ctx, m, name, ns) => [templateDemand(ctx, name, ns, obj(obj(m.spec).template), { min: 0, max: 0, daemon: true })],
  // A Job's pods run at once up to its parallelism; counted as if always running.
  Job: (ctx, m, name, ns) => {
    const spec = obj(m.spec);
    const parallelism = int(spec.parallelism, 1);
    return [templateDemand(ctx, name, ns, obj(spec.template), { min: parallelism, max: parallelism, daemon: false })];
  },
  // A CronJob's run, counted as if always running (concurrencyPolicy Forbid keeps it to one).
  CronJob: (ctx, m, name, ns) => {
    const job = obj(obj(m.spec).jobTemplate);
    const parallelism = int(obj(job.spec).parallelism, 1);
    return [templateDemand(ctx, name, ns, obj(obj(job.spec).template), { min: parallelism, max: parallelism, daemon: false })];
  },
  // prometheus-operator: `replicas` (default 1) × `shards` (default 1) pods of Prometheus and its
  // config reloader (the resource's containers entry only adds environment to it).
  Prometheus: (ctx, m, name, ns) => {
    const spec = obj(m.spec);
    const pods = int(spec.replicas, 1) * int(spec.shards, 1);
    const pod = effectiveRequests([specRequests(spec), containerRequests(ctx.defaults.prometheusConfigReloader)]);
    const meta = obj(spec.podMetadata);
    return [podDemand(ctx, name, ns, pod, labels(meta.labels), pods, pods, labels(meta.annotations), labels(spec.nodeSelector))];
  },
  // KServe (RawDeployment): a Deployment per component, `minReplicas` (default 1) to `maxReplicas`
  // (default: minReplicas); the canaries alike.
  InferenceService: (ctx, m, name, ns) => {
    const spec = obj(m.spec);
    const defaults = ctx.defaults.kservePredictor;
    const component = (predictor: JsonObject, label: string): Demand => {
      const min = int(predictor.minReplicas, defaults.replicas);
      const model = obj(predictor.model);
      const pod = effectiveRequests(
        [
          operandRequests(model, { ...defaults, initContainers: [] }),
          ...list(predictor.containers).map(specRequests),
          // KServe injects its agent sidecar for a logger or a batcher.
          ...(predictor.logger !== undefined || predictor.batcher !== undefined ? [containerRequests(KSERVE_AGENT_REQUESTS)] : []),
        ],
        // The storage initializer runs before the model server when the model comes from a URI.
        typeof model.storageUri === 'string' ? (defaults.initContainers ?? []).map(containerRequests) : [],
      );
      const meta = obj(m.metadata);
      return podDemand(ctx, `${name} (${label})`, ns, pod, operandLabels(defaults, labels(meta.labels)), min, int(predictor.maxReplicas, min), labels(meta.annotations), labels(predictor.nodeSelector));
    };
    const canaries = Array.isArray(spec.canary) ? list(spec.canary) : isPlainObject(spec.canary) ? [spec.canary] : [];
    return [component(obj(spec.predictor), 'predictor'), ...canaries.map((c, i) => component(obj(c.predictor), `canary ${i + 1}`))];
  },
  // Strimzi: each KafkaNodePool's `replicas` pods; the Kafka resource adds its entity operator.
  KafkaNodePool: (ctx, m, name, ns) => {
    const spec = obj(m.spec);
    const defaults = ctx.defaults.strimziKafkaNode;
    const replicas = int(spec.replicas, defaults.replicas);
    const pod = obj(obj(spec.template).pod);
    return [podDemand(ctx, name, ns, operandRequests(spec, defaults), operandLabels(defaults, labels(obj(pod.metadata).labels)), replicas, replicas)];
  },
  Kafka: (ctx, m, name, ns) => {
    const entity = obj(obj(m.spec).entityOperator);
    if (Object.keys(entity).length === 0) return [];
    const defaults = ctx.defaults.strimziEntityOperator;
    // Each operator the resource turns on is a container, with its own resources or the default.
    const part = (spec: unknown, container: string): Requests | undefined => {
      if (!isPlainObject(spec)) return undefined;
      const fallback = defaults.containers.find((c) => c.name === container) ?? { name: container };
      return isPlainObject(spec.resources) ? specRequests(spec) : containerRequests(fallback);
    };
    const parts = [part(entity.topicOperator, 'topic-operator'), part(entity.userOperator, 'user-operator')].filter((p): p is Requests => p !== undefined);
    const pod = obj(obj(entity.template).pod);
    return [podDemand(ctx, `${name} (entity operator)`, ns, effectiveRequests(parts), operandLabels(defaults, labels(obj(pod.metadata).labels)), defaults.replicas, defaults.replicas)];
  },
  // Kiali operator: one server Deployment (`deployment.replicas`, default 1).
  Kiali: (ctx, m, name, ns) => {
    const deployment = obj(obj(m.spec).deployment);
    const defaults = ctx.defaults.kiali;
    const replicas = int(deployment.replicas, defaults.replicas);
    const target = typeof deployment.namespace === 'string' ? deployment.namespace : ns;
    return [podDemand(ctx, name, target, operandRequests(deployment, defaults), operandLabels(defaults), replicas, replicas)];
  },
  // Jaeger operator: all-in-one is one pod; production is a collector (its autoscaler up to
  // `collector.maxReplicas`) and a query Deployment. Unset resources fall back to `spec.resources`.
  Jaeger: (ctx, m, name, ns) => {
    const spec = obj(m.spec);
    const { jaegerAllInOne, jaegerCollector, jaegerQuery } = ctx.defaults;
    // A component's own resources, else the resource-wide ones, else the operator's default.
    const resources = (part: JsonObject, defaults: OperandDefaults): Requests => operandRequests(isPlainObject(part.resources) ? part : spec, defaults);
    if (spec.strategy === 'production' || spec.strategy === 'streaming') {
      const collector = obj(spec.collector);
      const query = obj(spec.query);
      const collectors = int(collector.replicas, jaegerCollector.replicas);
      // Without replicas the operator autoscales the collector up to its default ceiling.
      const ceiling = int(collector.maxReplicas, collector.replicas === undefined ? jaegerCollector.maxReplicas ?? collectors : collectors);
      const queries = int(query.replicas, jaegerQuery.replicas);
      return [
        podDemand(ctx, `${name} (collector)`, ns, resources(collector, jaegerCollector), operandLabels(jaegerCollector), collectors, ceiling),
        podDemand(ctx, `${name} (query)`, ns, resources(query, jaegerQuery), operandLabels(jaegerQuery), queries, queries),
      ];
    }
    return [podDemand(ctx, `${name} (all-in-one)`, ns, resources(obj(spec.allInOne), jaegerAllInOne), operandLabels(jaegerAllInOne), 1, 1)];
  },
  // OpenTelemetry operator: a Deployment (`replicas`, up to `autoscaler.maxReplicas`), a
  // StatefulSet, or a DaemonSet by `mode`.
  OpenTelemetryCollector: (ctx, m, name, ns) => {
    const spec = obj(m.spec);
    const defaults = ctx.defaults.otelCollector;
    const pod = operandRequests(spec, defaults);
    if (spec.mode === 'daemonset') {
      return [{ ...podDemand(ctx, name, ns, pod, labels(obj(spec.podLabels)), 0, 0, labels(spec.podAnnotations), labels(spec.nodeSelector)), daemon: true }];
    }
    const replicas = int(spec.replicas, defaults.replicas);
    return [podDemand(ctx, name, ns, pod, labels(obj(spec.podLabels)), replicas, int(obj(spec.autoscaler).maxReplicas, replicas), labels(spec.podAnnotations), labels(spec.nodeSelector))];
  },
};

/** Every namespace's labels, from the rendered Namespace objects. */
export function renderedNamespaces(manifests: readonly JsonObject[]): Map<string, Labels> {
  return new Map(manifests.filter((m) => m.kind === 'Namespace').map((m) => [String(obj(m.metadata).name), labels(obj(m.metadata).labels)]));
}

/**
 * The pods every rendered object of one cluster makes, with what each requests.
 * @throws Error naming a kind the model has no reader for and does not know to make no pods
 */
export function manifestDemands(manifests: readonly JsonObject[], defaults: CapacityDefaults, namespaces: ReadonlyMap<string, Labels>): Demand[] {
  const autoscalers = new Map<string, number>();
  for (const m of manifests) {
    if (m.kind !== 'HorizontalPodAutoscaler') continue;
    const spec = obj(m.spec);
    const target = obj(spec.scaleTargetRef);
    autoscalers.set(`${String(obj(m.metadata).namespace)}/${String(target.kind)}/${String(target.name)}`, int(spec.maxReplicas, 1));
  }
  const ctx: ReadContext = { defaults, namespaces, autoscalers };
  return manifests.flatMap((m) => {
    const kind = String(m.kind);
    if (NO_PODS.has(kind)) return [];
    const reader = READERS[kind];
    if (!reader) throw new Error(`capacity model: no reader for ${manifestId(m)}: add one in lib/capacity/manifests.ts (how many pods it makes and what they request), or list the kind as making no pods`);
    const metadata = obj(m.metadata);
    const namespace = typeof metadata.namespace === 'string' ? metadata.namespace : 'default';
    return reader(ctx, m, `${namespace}/${String(metadata.name)}`, namespace);
  });
}
