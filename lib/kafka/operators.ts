import { PlatformConfig, kafkaEngineOf } from '../config';
import type { OperatorRelease } from '../core/layer';

/** The Strimzi operator, for the regions whose Kafka engine is Strimzi. */
export function kafkaOperators(config: PlatformConfig): OperatorRelease[] {
  return [
    {
      key: 'strimzi',
      release: 'strimzi',
      wave: 0,
      podSecurity: 'restricted',
      // Kafka resources live in the Kafka layer's namespace, not the operator's.
      values: { watchAnyNamespace: true },
      footprint: {
        version: '1.2.0',
        source:
          'strimzi/strimzi-kafka-operator tag 1.2.0: packaging/helm-charts/helm3/strimzi-kafka-operator/values.yaml (replicas 1, ' +
          'resources.requests cpu 200m, memory 384Mi), templates/060-Deployment-strimzi-cluster-operator.yaml (the only workload). ' +
          'The source Chart.yaml says 0.1.1: the release build stamps 1.2.0',
        workloads: [
          { name: 'strimzi-cluster-operator', kind: 'Deployment', replicas: 1, containers: [{ name: 'strimzi-cluster-operator', cpu: '200m', memory: '384Mi' }] },
        ],
      },
      // MSK regions run no Kafka custom resources: no operator (and no CRDs) there.
      regions: config.regions.filter((r) => kafkaEngineOf(config, r) === 'strimzi').map((r) => r.name),
    },
  ];
}
