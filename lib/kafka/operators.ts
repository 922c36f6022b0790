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
      // MSK regions run no Kafka custom resources: no operator (and no CRDs) there.
      regions: config.regions.filter((r) => kafkaEngineOf(config, r) === 'strimzi').map((r) => r.name),
    },
  ];
}
