import type { ContainerRequests } from './layer';

/**
 * What an operator gives the pods it makes from a custom resource when the resource leaves them
 * unset, as read from the operator's source at the version the platform pins, for the capacity
 * model. A container without `cpu`/`memory` requests nothing: the operator sets no default.
 * Init containers are listed apart: they do not add to the running pod's requests, but the pod is
 * scheduled on the larger of them and the sum of the others.
 */
export interface OperandDefaults {
  /** Pods per custom resource when the resource sets no count. */
  readonly replicas: number;
  /** Pods at most, when the operator makes an autoscaler for it by default. @default - replicas */
  readonly maxReplicas?: number;
  readonly containers: readonly ContainerRequests[];
  /** Init containers, when the operator adds any by default. */
  readonly initContainers?: readonly ContainerRequests[];
  /**
   * The operator annotates the pods `sidecar.istio.io/inject: "false"` unless the resource says
   * otherwise: no Istio sidecar whatever the namespace. When false, injection follows the namespace.
   */
  readonly optsOutOfIstio: boolean;
}

/**
 * The Istio sidecar (`istio-proxy`) of every injected pod: istiod chart 1.30.3
 * `global.proxy.resources` (istio/istio tag 1.30.3,
 * manifests/charts/istio-control/istio-discovery/values.yaml: requests cpu 100m, memory 128Mi;
 * limits cpu 2000m, memory 1024Mi), used by files/injection-template.yaml unless a pod annotates
 * `sidecar.istio.io/proxyCPU`/`proxyMemory`. The platform's istiod values (lib/mesh/operators.ts)
 * set no `global.proxy`, so these apply unchanged (test/core/footprints.test.ts checks it).
 */
export const ISTIO_SIDECAR_REQUESTS: ContainerRequests = { name: 'istio-proxy', cpu: '100m', memory: '128Mi' };

/**
 * The `config-reloader` sidecar the prometheus-operator adds to every Prometheus pod.
 * prometheus-operator v0.93.0 (the appVersion of kube-prometheus-stack 88.0.0) defaults it to
 * requests = limits = cpu 10m, memory 50Mi (prometheus-operator/prometheus-operator tag v0.93.0,
 * cmd/operator/main.go `defaultReloaderCPU`/`defaultReloaderMemory`), but kube-prometheus-stack
 * 88.0.0 always passes `--config-reloader-cpu-request=… | default 0` and the memory one likewise
 * (charts/kube-prometheus-stack/templates/prometheus-operator/deployment.yaml), and "0" means no
 * request; the platform leaves `prometheusOperator.prometheusConfigReloader.resources` unset. So:
 * no requests.
 */
export const PROMETHEUS_CONFIG_RELOADER_REQUESTS: ContainerRequests = { name: 'config-reloader' };

/**
 * A Strimzi 1.2.0 Kafka node pod (broker or controller, one per node-pool replica): the `kafka`
 * container gets the pool's (or the Kafka's) `resources` as they are, with no default when unset
 * (strimzi/strimzi-kafka-operator tag 1.2.0, cluster-operator/.../model/KafkaCluster.java
 * `createContainer` passes `pool.resources`). The `kafka-init` init container is added only for
 * rack awareness or node-port listeners, with the same resources.
 */
export const STRIMZI_KAFKA_NODE: OperandDefaults = { replicas: 1, containers: [{ name: 'kafka' }], optsOutOfIstio: false };

/**
 * The Strimzi 1.2.0 entity operator pod (one per Kafka with `entityOperator`): containers
 * `topic-operator` and `user-operator`, each with its own `resources` or none (tag 1.2.0,
 * EntityOperator.java `createContainers`, EntityTopicOperator.java and EntityUserOperator.java copy
 * `topicOperator.resources`/`userOperator.resources` with no default). No TLS sidecar in 1.x.
 */
export const STRIMZI_ENTITY_OPERATOR: OperandDefaults = {
  replicas: 1,
  containers: [{ name: 'topic-operator' }, { name: 'user-operator' }],
  optsOutOfIstio: false,
};

/**
 * A KServe v0.20.0 predictor pod in RawDeployment mode (a plain Deployment, min replicas 1):
 * `kserve-container` gets the `inferenceService.resource` defaults of the inferenceservice-config
 * ConfigMap, requests cpu 1, memory 2Gi (kserve/kserve tag v0.20.0,
 * charts/kserve-resources/values.yaml `kserve.inferenceservice.resources`, rendered by
 * files/common/configmap-patch.yaml), and the `storage-initializer` init container when the model
 * is downloaded from a `storageUri` (`storageInitializer`: cpu 100m, memory 100Mi). RawDeployment
 * adds no queue-proxy; the `agent` sidecar ({@link KSERVE_AGENT_REQUESTS}) only when the component
 * sets a logger or batcher (pkg/webhook/admission/pod/agent_injector.go `InjectAgent`).
 */
export const KSERVE_PREDICTOR: OperandDefaults = {
  replicas: 1,
  containers: [{ name: 'kserve-container', cpu: '1', memory: '2Gi' }],
  initContainers: [{ name: 'storage-initializer', cpu: '100m', memory: '100Mi' }],
  optsOutOfIstio: false,
};

/** KServe v0.20.0 `agent` sidecar, for a logger or batcher only (inferenceservice-config `agent`: cpu 100m, memory 100Mi). */
export const KSERVE_AGENT_REQUESTS: ContainerRequests = { name: 'agent', cpu: '100m', memory: '100Mi' };

/**
 * The Kiali server a Kiali CR makes with kiali-operator 2.29.0 when `deployment.replicas` and
 * `deployment.resources` are unset (kiali/kiali-operator tag v2.29.0,
 * roles/default/kiali-deploy/defaults/main.yml `replicas: 1`; tasks/main.yml
 * `resource_limits_default`: requests cpu 10m, memory 64Mi, limits memory 1Gi;
 * templates/kubernetes/deployment.yaml container `kiali`, no Istio annotation).
 */
export const KIALI_SERVER: OperandDefaults = { replicas: 1, containers: [{ name: 'kiali', cpu: '10m', memory: '64Mi' }], optsOutOfIstio: false };

/**
 * A Jaeger CR with `strategy: allInOne` under jaeger-operator 1.62.0: one pod, container `jaeger`,
 * resources only from the CR (`allInOne.resources` merged with `spec.resources`; no default), and
 * `sidecar.istio.io/inject: "false"` unless the CR sets it (jaegertracing/jaeger-operator tag
 * v1.62.0, pkg/deployment/all_in_one.go).
 */
export const JAEGER_ALL_IN_ONE: OperandDefaults = { replicas: 1, containers: [{ name: 'jaeger' }], optsOutOfIstio: true };

/**
 * The collector of a Jaeger CR with `strategy: production` under jaeger-operator 1.62.0: container
 * `jaeger-collector`, no default resources; with no `collector.replicas` the operator makes an HPA
 * from 1 (Deployment default) to 100 replicas (v1.62.0 pkg/deployment/collector.go,
 * pkg/deployment/autoscale.go `defaultMaxReplicas`); `sidecar.istio.io/inject: "false"` unless set.
 */
export const JAEGER_COLLECTOR: OperandDefaults = { replicas: 1, maxReplicas: 100, containers: [{ name: 'jaeger-collector' }], optsOutOfIstio: true };

/**
 * The query service of a Jaeger CR with `strategy: production` under jaeger-operator 1.62.0:
 * container `jaeger-query`, no default resources, replicas from the CR or 1, no autoscaler
 * (v1.62.0 pkg/deployment/query.go); `sidecar.istio.io/inject: "false"` unless set.
 */
export const JAEGER_QUERY: OperandDefaults = { replicas: 1, containers: [{ name: 'jaeger-query' }], optsOutOfIstio: true };

/**
 * An OpenTelemetryCollector CR under opentelemetry-operator 0.158.0 (the appVersion of chart
 * 0.122.0): mode `deployment` and replicas 1 when unset (open-telemetry/opentelemetry-operator tag
 * v0.158.0, internal/webhook/collector_webhook.go), container `otc-container` with the CR's
 * `resources` and no default (internal/manifests/collector/container.go); no Istio annotation.
 */
export const OTEL_COLLECTOR: OperandDefaults = { replicas: 1, containers: [{ name: 'otc-container' }], optsOutOfIstio: false };
