import { PlatformConfig } from '../config';
import type { OperatorRelease } from '../core/layer';

/** The Strimzi operator, for the regions whose Kafka engine is Strimzi. */
export function kafkaOperators(_config: PlatformConfig): OperatorRelease[] {
  return [
    {
      key: 'strimzi',
      release: 'strimzi',
      wave: 0,
      podSecurity: 'restricted',
      // Kafka resources live in the Kafka layer's namespace, not the operator's.
      values: { watchAnyNamespace: true },
    },
  ];
}
