import { parseConfig } from '../../lib/config';
import { accessOfService, clientAccess, retentionMs, topicConfigs, topicNamed } from '../../lib/kafka/model';
import { configData, shipped } from './config-fixtures';

const prod = shipped('prod');

describe('client access (the one source of the IAM policies and the KafkaUser ACLs)', () => {
  test('GIVEN a consumer THEN it may write the dead-letter topics of what it consumes, and reads in its own group', () => {
    const access = accessOfService(prod, { name: 'healthcare-service' })!;
    expect(access).toMatchObject({
      writeTopics: ['device-telemetry-dlq', 'patient-events'],
      readTopics: ['device-telemetry'],
      consumerGroup: 'healthcare-service',
      transactionalId: undefined,
      writeSchemas: ['patient-events'],
      readSchemas: ['device-telemetry'],
    });
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
