import { parseConfig } from '../../lib/config';
import { accessOfService, clientAccess, declaredTopics, retentionMs, topicConfigs, topicNamed } from '../../lib/kafka/model';
import { configData, shipped } from './config-fixtures';

const prod = shipped('prod');

describe('client access (the one source of the IAM policies and the KafkaUser ACLs)', () => {
  test('GIVEN a consumer THEN it may write the dead-letter and retry topics of what it consumes, reads them and the retry topic in healthcare-service-group', () => {
    const access = accessOfService(prod, { name: 'healthcare-service' })!;
    expect(access).toEqual({
      service: { name: 'healthcare-service' },
      namespace: 'healthcare-service',
      serviceAccount: 'healthcare-service',
      podLabels: { app: 'healthcare-service' },
      job: false,
      writeTopics: ['device-telemetry-dlq', 'patient-events', 'patient-events-dlq', 'patient-events-retry'],
      readTopics: ['device-telemetry', 'patient-events', 'patient-events-retry'],
      consumerGroup: 'healthcare-service-group',
      transactionalId: undefined,
      writeSchemas: ['patient-events', 'patient-events-retry'],
      readSchemas: ['device-telemetry', 'patient-events', 'patient-events-retry'],
    });
  });

  test('GIVEN the stream job THEN it reads its input, writes its output and the input\'s dead letters, owns its prefix, group and transactional id', () => {
    const access = accessOfService(prod, { name: 'device-metrics-aggregator' })!;
    expect(access).toEqual({
      service: { name: 'device-metrics-aggregator' },
      namespace: 'device-metrics-aggregator',
      serviceAccount: 'device-metrics-aggregator',
      podLabels: { app: 'device-metrics-aggregator' },
      job: true,
      writeTopics: ['device-metrics-5min', 'device-telemetry-dlq'],
      readTopics: ['device-telemetry'],
      internalTopicPrefix: 'device-metrics-aggregator-',
      consumerGroup: 'device-metrics-aggregator-group',
      transactionalId: 'device-metrics-aggregator-',
      writeSchemas: ['device-metrics-5min'],
      readSchemas: ['device-telemetry'],
    });
    const d = configData('prod');
    d.streams.jobs[0].replay = true;
    expect(accessOfService(parseConfig(d), { name: 'device-metrics-aggregator' })).toMatchObject({
      writeTopics: ['device-metrics-5min', 'device-telemetry', 'device-telemetry-dlq'],
      readTopics: ['device-telemetry', 'device-telemetry-dlq'],
    });
    expect(declaredTopics(prod).map((t) => t.name)).toContain('device-metrics-aggregator-windows-changelog');
    expect(declaredTopics(prod).find((t) => t.name.endsWith('changelog'))).toMatchObject({ cleanupPolicy: 'compact', retentionHours: -1, partitions: 12 });
  });

  test('GIVEN a pure producer THEN it has no consumer group', () => {
    const d = configData('prod');
    d.kafka.clients[1] = { service: 'healthcare-service', produces: ['patient-events'] };
    const access = accessOfService(parseConfig(d), { name: 'healthcare-service' })!;
    expect([access.readTopics, access.consumerGroup]).toEqual([[], undefined]);
  });

  test('GIVEN a service that is no Kafka client THEN it has no access', () => {
    const d = configData('prod');
    d.kafka.clients = d.kafka.clients.filter((c: any) => c.service !== 'healthcare-service');
    d.kafka.clients[0].consumes = []; // nobody would produce patient-events
    expect(accessOfService(parseConfig(d), { name: 'healthcare-service' })).toBeUndefined();
  });

  test('fails when a client or topic is not in the config (the config check normally stops this first)', () => {
    expect(() => clientAccess(prod, { service: 'billing', produces: [], consumes: [] })).toThrow(/kafka.clients: 'billing' is not a service/);
    expect(() => topicNamed(prod, 'nope')).toThrow(/kafka: no topic named 'nope'/);
  });
});

describe('topic settings', () => {
  test('GIVEN a topic THEN both engines get the same cleanup, min ISR, retention and no unclean election', () => {
    expect(topicConfigs(topicNamed(prod, 'patient-events'))).toEqual({
      'cleanup.policy': 'delete',
      'min.insync.replicas': '2',
      'retention.ms': String(720 * 3_600_000),
      'unclean.leader.election.enable': 'false',
    });
  });

  test('GIVEN retentionHours -1 THEN records are kept forever (retention.ms -1)', () => {
    expect(retentionMs({ ...topicNamed(prod, 'patient-events'), retentionHours: -1 })).toBe(-1);
  });
});
