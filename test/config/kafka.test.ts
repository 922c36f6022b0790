import { deadLetterTopicNames, kafkaBrokerCount, kafkaEngineOf, parseConfig } from '../../lib/config';
import { configData } from '../kafka/config-fixtures';
import { problemsOf } from './problems';

/** A shipped config as a plain object, to mutate per case. */
const data = (env = 'prod'): any => configData(env);

const topicIndex = (d: any, name: string) => d.kafka.topics.findIndex((t: any) => t.name === name);

describe('shipped kafka sections', () => {
  test('GIVEN prod WHEN parsed THEN both regions run MSK with the seed topics, RF 3 and min ISR 2', () => {
    const config = parseConfig(data('prod'));
    expect(config.regions.map((r) => kafkaEngineOf(config, r))).toEqual(['msk', 'msk']);
    expect(config.kafka.topics.map((t) => [t.name, t.replicationFactor, t.minInsyncReplicas])).toEqual([
      ['device-telemetry', 3, 2],
      ['device-telemetry-dlq', 3, 2],
      ['patient-events', 3, 2],
      ['patient-events-dlq', 3, 2],
      ['device-metrics-5min', 3, 2],
      ['patient-events-retry', 3, 2],
    ]);
    // One account for both regions (MSK Replicator cannot cross accounts); only the aggregates
    // leave their region, patient data stays where it was produced.
    expect(new Set(config.regions.map((r) => r.account))).toEqual(new Set(['111111111111']));
    expect(config.kafka.topics.filter((t) => t.replicate).map((t) => t.name)).toEqual(['device-metrics-5min']);
    expect(config.kafka.msk.multiVpcConnectivity).toBe(true);
  });

  test('GIVEN dev WHEN parsed THEN Strimzi runs Kafka with no plaintext listener', () => {
    const config = parseConfig(data('dev'));
    expect(kafkaEngineOf(config, config.regions[0])).toBe('strimzi');
    expect(config.kafka.strimzi.allowPlaintext).toBe(false);
    expect(kafkaBrokerCount(config, config.regions[0])).toBe(3);
  });

  test('GIVEN the seed topics THEN the consumed ones have dead-letter topics, patient events a retry topic, and healthcare-service consumes both streams', () => {
    const config = parseConfig(data('prod'));
    expect([...deadLetterTopicNames(config.kafka)].sort()).toEqual(['device-telemetry-dlq', 'patient-events-dlq']);
    expect(config.kafka.topics.filter((t) => t.retryTopic).map((t) => [t.name, t.retryTopic, t.retryAttempts])).toEqual([['patient-events', 'patient-events-retry', 3]]);
    expect(config.kafka.clients.find((c) => c.service === 'healthcare-service')?.consumes).toEqual(['patient-events', 'device-telemetry']);
    // device-metrics-5min is the stream job's output, not a service's.
    expect(config.kafka.clients.flatMap((c) => c.produces)).not.toContain('device-metrics-5min');
  });
});

describe('defaults', () => {
  test('GIVEN no engines WHEN production THEN msk, otherwise strimzi', () => {
    const prod = data('prod');
    delete prod.kafka.engines;
    const p = parseConfig(prod);
    expect(p.regions.map((r) => kafkaEngineOf(p, r))).toEqual(['msk', 'msk']);

    const dev = data('dev');
    delete dev.kafka.engines;
    const d = parseConfig(dev);
    expect(kafkaEngineOf(d, d.regions[0])).toBe('strimzi');
  });

  test('GIVEN an engine set for a region WHEN parsed THEN it is never overridden by the environment default', () => {
    const prod = data('prod');
    prod.kafka.engines = { 'eu-west-1': 'strimzi' };
    // With one MSK region left nothing can replicate (shown failing below).
    for (const t of prod.kafka.topics) delete t.replicate;
    const p = parseConfig(prod);
    expect(p.regions.map((r) => kafkaEngineOf(p, r))).toEqual(['msk', 'strimzi']);
  });

  test('GIVEN no kafka section WHEN parsed THEN sizing defaults are filled, no topics and no clients', () => {
    const prod = data('prod');
    delete prod.kafka;
    delete prod.streams; // its job names topics of the kafka section
    delete prod.ml; // its feature views read a topic
    const k = parseConfig(prod).kafka;
    expect(k.schemaCompatibility).toBe('BACKWARD');
    expect(k.msk).toEqual({
      kafkaVersion: '4.1.x.kraft',
      instanceType: 'm7g.large',
      brokerCount: 3,
      volumeSizeGiB: 100,
      maxVolumeSizeGiB: 1000,
      storageTargetUtilizationPercent: 60,
      enhancedMonitoring: 'PER_TOPIC_PER_BROKER',
      multiVpcConnectivity: false,
    });
    expect(k.strimzi).toMatchObject({ namespace: 'kafka', brokers: 3, controllers: 3, storageGiB: 100, allowPlaintext: false });
    expect(k.strimzi.schemaRegistry.image).toBe('quay.io/apicurio/apicurio-registry:3.3.0');
    expect([k.topics, k.clients]).toEqual([[], []]);
  });

  test('GIVEN a topic with only a name WHEN parsed THEN its defaults are 6 partitions, 7 days, delete, RF 3, min ISR 2, not replicated', () => {
    const prod = data('prod');
    prod.kafka.topics.push({ name: 'audit' });
    const t = parseConfig(prod).kafka.topics.find((x) => x.name === 'audit')!;
    expect(t).toEqual({ name: 'audit', partitions: 6, retentionHours: 168, cleanupPolicy: 'delete', replicationFactor: 3, minInsyncReplicas: 2, replicate: false, retryAttempts: 3 });
  });
});

describe('malformed kafka sections are rejected with the field path', () => {
  const cases: Array<[string, (d: any) => void, RegExp]> = [
    ['a service producing an unknown topic', (d) => d.kafka.clients[0].produces.push('alerts'), /^kafka\.clients\[0\]\.produces\[1\]: 'alerts' is not a topic \(allowed: device-telemetry, /],
    ['a service consuming an unknown topic', (d) => (d.kafka.clients[1].consumes = ['vitals']), /^kafka\.clients\[1\]\.consumes\[0\]: 'vitals' is not a topic/],
    ['a client that is not a service', (d) => (d.kafka.clients[0].service = 'billing'), /^kafka\.clients\[0\]\.service: 'billing' is not a service \(allowed: healthcare-service, iot-service\)/],
    ['partitions below 1', (d) => (d.kafka.topics[0].partitions = 0), /^kafka\.topics\[0\]\.partitions: must be at least 1/],
    ['a replication factor above the broker count', (d) => (d.kafka.topics[0].replicationFactor = 4), /^kafka\.topics\[0\]\.replicationFactor: 4 exceeds the 3 brokers of us-east-1 \(msk\)/],
    ['a replication factor above the Strimzi brokers', (d) => ((d.kafka.engines['eu-west-1'] = 'strimzi'), (d.kafka.msk.brokerCount = 6), (d.kafka.topics[1].replicationFactor = 4), (d.kafka.topics[1].minInsyncReplicas = 3)), /^kafka\.topics\[1\]\.replicationFactor: 4 exceeds the 3 brokers of eu-west-1 \(strimzi\)/],
    ['min ISR equal to the replication factor', (d) => (d.kafka.topics[2].minInsyncReplicas = 3), /^kafka\.topics\[2\]\.minInsyncReplicas: must be below replicationFactor \(3\), got 3/],
    ['min ISR above the replication factor', (d) => (d.kafka.topics[2].minInsyncReplicas = 4), /^kafka\.topics\[2\]\.minInsyncReplicas: must be below replicationFactor \(3\), got 4/],
    ['a consumed topic without its dead-letter topic', (d) => delete d.kafka.topics[topicIndex(d, 'patient-events')].deadLetterTopic, /^kafka\.clients\[0\]\.consumes\[0\]: 'patient-events' has no deadLetterTopic: set kafka\.topics\[2\]\.deadLetterTopic/],
    ['a dead-letter topic that is not a topic', (d) => (d.kafka.topics[0].deadLetterTopic = 'device-telemetry-errors'), /^kafka\.topics\[0\]\.deadLetterTopic: 'device-telemetry-errors' is not a topic/],
    ['a broker count not a multiple of the AZ count', (d) => (d.kafka.msk.brokerCount = 4), /^kafka\.msk\.brokerCount: must be a multiple of the AZ count of us-east-1 \(3\), got 4/],
    ['an engine for a region that is not configured', (d) => (d.kafka.engines['ap-south-1'] = 'msk'), /^kafka\.engines\.ap-south-1: 'ap-south-1' is not a configured region \(allowed: us-east-1, eu-west-1\)/],
    ['an unknown engine', (d) => (d.kafka.engines['us-east-1'] = 'kinesis'), /^kafka\.engines\.us-east-1: Invalid option: expected one of "msk"\|"strimzi"/],
    ['a replicated topic with its MSK regions in two accounts', (d) => (d.regions[1].account = '222222222222'), /^kafka\.topics\[4\]\.replicate: MSK Replicator cannot cross AWS accounts, but the MSK regions are in 2 accounts \(us-east-1: 111111111111, eu-west-1: 222222222222\); put them in one account or set replicate: false$/],
    ['a replicated topic with one MSK region', (d) => (d.kafka.engines['eu-west-1'] = 'strimzi'), /^kafka\.topics\[4\]\.replicate: needs two or more MSK regions to replicate between, got us-east-1 \(Strimzi regions do not replicate: eu-west-1\)$/],
    ['a replicated topic without multi-VPC connectivity', (d) => (d.kafka.msk.multiVpcConnectivity = false), /^kafka\.msk\.multiVpcConnectivity: must be true when a topic replicates \(kafka\.topics\[4\]\): a cross-region MSK Replicator reaches its source cluster through it$/],
    ['the plaintext listener in production', (d) => (d.kafka.strimzi = { allowPlaintext: true }), /^kafka\.strimzi\.allowPlaintext: must be false in production/],
    ['an even KRaft quorum', (d) => (d.kafka.strimzi = { controllers: 4 }), /^kafka\.strimzi\.controllers: must be odd/],
    ['storage autoscaling without room', (d) => (d.kafka.msk.maxVolumeSizeGiB = 100), /^kafka\.msk\.maxVolumeSizeGiB: must be above volumeSizeGiB \(100\)/],
    ['duplicate topic names', (d) => (d.kafka.topics[1].name = 'device-telemetry'), /^kafka\.topics\[1\]\.name: 'device-telemetry' is already kafka\.topics\[0\]\.name/],
    ['a service listed twice as a client', (d) => (d.kafka.clients[1].service = 'iot-service'), /^kafka\.clients\[1\]\.service: 'iot-service' is already kafka\.clients\[0\]\.service/],
    ['a transactional id without produced topics', (d) => (d.kafka.clients[1] = { service: 'healthcare-service', consumes: ['device-telemetry'], transactionalId: 'hc' }), /^kafka\.clients\[1\]\.transactionalId: only a producer has a transactional id/],
    ['an unknown schema compatibility mode', (d) => (d.kafka.schemaCompatibility = 'NONE'), /^kafka\.schemaCompatibility: Invalid option: expected one of "BACKWARD"\|"FORWARD"\|"FULL"/],
    ['an unknown MSK Kafka version', (d) => (d.kafka.msk.kafkaVersion = '2.8.1'), /^kafka\.msk\.kafkaVersion: Invalid option: expected one of "3\.9\.x\.kraft"/],
    ['a broker limit below its request', (d) => (d.kafka.strimzi = { brokerResources: { requests: { cpu: '2', memory: '4Gi' }, limits: { cpu: '1', memory: '4Gi' } } }), /^kafka\.strimzi\.brokerResources\.limits\.cpu: 1 is below the request \(2\)/],
    ['an unknown key', (d) => (d.kafka.topics[0].retention = 7), /^kafka\.topics\[0\]: unknown key 'retention' \(allowed: name, partitions, retentionHours, cleanupPolicy, replicationFactor, minInsyncReplicas, replicate, deadLetterTopic, retryTopic, retryAttempts, valueSchema\)/],
    ['a retry topic that is not a topic', (d) => (d.kafka.topics[2].retryTopic = 'patient-events-again'), /^kafka\.topics\[2\]\.retryTopic: 'patient-events-again' is not a topic/],
    ['a retry topic that is the dead-letter topic', (d) => (d.kafka.topics[2].retryTopic = 'patient-events-dlq'), /^kafka\.topics\[2\]\.retryTopic: must differ from the topic and its deadLetterTopic, got 'patient-events-dlq'$/],
    ['a retry topic without a dead-letter topic', (d) => ((d.kafka.topics[2].deadLetterTopic = undefined), (d.kafka.clients = [])), /^kafka\.topics\[2\]\.retryTopic: needs a deadLetterTopic too/],
    ['a client consuming a topic nobody produces', (d) => (d.kafka.clients[1].produces = []), /^kafka\.clients\[0\]\.consumes\[0\]: 'patient-events' is produced by nobody \(no kafka\.clients\[\]\.produces or streams\.jobs\[\]\.output lists it\)$/],
  ];

  test.each(cases)('fails when %s', (_name, mutate, expected) => {
    const d = data('prod');
    mutate(d);
    const problems = problemsOf(d);
    expect(problems.some((p) => expected.test(p))).toBe(true);
  });

  test('GIVEN two accounts WHEN no topic replicates THEN the config is accepted (each region keeps its topics)', () => {
    const d = data('prod');
    d.regions[1].account = '222222222222';
    for (const t of d.kafka.topics) delete t.replicate;
    expect(parseConfig(d).kafka.topics.some((t) => t.replicate)).toBe(false);
  });

  test('GIVEN the cross-account problem THEN it is one line, naming the field and each region\'s account', () => {
    const d = data('prod');
    d.regions[1].account = '222222222222';
    const problems = problemsOf(d);
    expect(problems).toEqual(['kafka.topics[4].replicate: MSK Replicator cannot cross AWS accounts, but the MSK regions are in 2 accounts (us-east-1: 111111111111, eu-west-1: 222222222222); put them in one account or set replicate: false']);
  });
});
