import { parseConfig, streamInternalTopics, streamJobChangelogTopic, streamJobImage } from '../../lib/config';
import { configData } from '../kafka/config-fixtures';
import { problemsOf } from './problems';

const data = (env = 'prod'): any => configData(env);

describe('shipped streams sections', () => {
  test.each(['prod', 'dev'])('GIVEN %s THEN the device-metrics-5min job reads device-telemetry in 5-minute windows with a minute of grace', (env) => {
    const config = parseConfig(data(env));
    expect(config.streams.jobs).toHaveLength(1);
    expect(config.streams.jobs[0]).toMatchObject({ name: 'device-metrics-aggregator', input: 'device-telemetry', output: 'device-metrics-5min', outputSchema: 'device-metrics-5min', windowSeconds: 300, graceSeconds: 60 });
  });

  test('GIVEN prod THEN the internal changelog is compacted, partitioned like the input, as durable as it', () => {
    const config = parseConfig(data('prod'));
    expect(streamInternalTopics(config)).toEqual([
      { name: 'device-metrics-aggregator-windows-changelog', partitions: 12, replicationFactor: 3, minInsyncReplicas: 2, cleanupPolicy: 'compact', retentionHours: -1, job: 'device-metrics-aggregator' },
    ]);
    expect(streamJobChangelogTopic({ name: 'x' })).toBe('x-windows-changelog');
    expect(streamJobImage({ name: 'eu-west-1', account: '111111111111' }, 'abc')).toBe('111111111111.dkr.ecr.eu-west-1.amazonaws.com/cdk-hnb659fds-container-assets-111111111111-eu-west-1:abc');
  });
});

describe('defaults', () => {
  test('GIVEN no streams section THEN no jobs; GIVEN a job with only its topics THEN 5-minute windows, 60 s grace, 2 replicas, lag alert at 10000 records for 10 min', () => {
    const d = data('prod');
    delete d.streams;
    expect(parseConfig(d).streams).toEqual({ jobs: [] });
    const e = data('prod');
    e.streams.jobs = [{ name: 'agg', input: 'device-telemetry', output: 'device-metrics-5min', outputSchema: 'device-metrics-5min' }];
    expect(parseConfig(e).streams.jobs[0]).toEqual({
      name: 'agg', input: 'device-telemetry', output: 'device-metrics-5min', outputSchema: 'device-metrics-5min',
      windowSeconds: 300, graceSeconds: 60, replicas: 2, lagAlertRecords: 10_000, lagAlertMinutes: 10, replay: false,
      resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '500m', memory: '512Mi' } },
    });
  });
});

describe('malformed streams sections are rejected with one line naming the field', () => {
  const job = (d: any) => d.streams.jobs[0];
  const cases: Array<[string, (d: any) => void, string]> = [
    ['a window that is not a whole number of minutes', (d) => (job(d).windowSeconds = 330), 'streams.jobs[0].windowSeconds: 330 is not a whole number of minutes (windows align to the minute: use a multiple of 60)'],
    ['an output schema that is not the output topic\'s', (d) => (job(d).outputSchema = 'device-telemetry'), "streams.jobs[0].outputSchema: 'device-telemetry' is not the schema of topic 'device-metrics-5min' (kafka.topics[4].valueSchema: device-metrics-5min)"],
    ['an input that is not a topic', (d) => (job(d).input = 'vitals'), "streams.jobs[0].input: 'vitals' is not a topic (allowed: device-telemetry, device-telemetry-dlq, patient-events, patient-events-dlq, device-metrics-5min, patient-events-retry)"],
    ['an output that is not a topic', (d) => (job(d).output = 'metrics'), "streams.jobs[0].output: 'metrics' is not a topic (allowed: device-telemetry, device-telemetry-dlq, patient-events, patient-events-dlq, device-metrics-5min, patient-events-retry)"],
    ['an input without a dead-letter topic', (d) => ((job(d).input = 'patient-events-dlq'), (job(d).replicas = 1)), "streams.jobs[0].input: 'patient-events-dlq' has no deadLetterTopic: set kafka.topics[3].deadLetterTopic for records the job cannot decode"],
    ['an input without a schema', (d) => (delete d.kafka.topics[0].valueSchema), "streams.jobs[0].input: 'device-telemetry' has no valueSchema: the job decodes Avro, so set kafka.topics[0].valueSchema"],
    ['more replicas than input partitions', (d) => (job(d).replicas = 13), "streams.jobs[0].replicas: 13 exceeds the 12 partitions of 'device-telemetry': the extra instances would own nothing"],
    ['a job writing the topic it reads', (d) => Object.assign(job(d), { output: 'device-telemetry', outputSchema: 'device-telemetry' }), 'streams.jobs[0].output: a job cannot write the topic it reads'],
    ['a job named like a service', (d) => (job(d).name = 'iot-service'), "streams.jobs[0].name: 'iot-service' is already a service; a job needs its own namespace and Kafka principal"],
    ['an input nobody produces', (d) => (d.kafka.clients[0].produces = []), "streams.jobs[0].input: 'device-telemetry' is produced by nobody (no kafka.clients[].produces or streams.jobs[].output lists it)"],
    ['a limit below its request', (d) => (job(d).resources = { requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '500m', memory: '1Gi' } }), 'streams.jobs[0].resources.limits.cpu: 500m is below the request (1); limits must be >= requests'],
  ];

  test.each(cases)('fails when %s', (_name, mutate, expected) => {
    const d = data('prod');
    mutate(d);
    expect(problemsOf(d)).toContain(expected);
  });

  test('GIVEN a bad window THEN it is the only problem reported', () => {
    const d = data('dev');
    job(d).windowSeconds = 90;
    expect(problemsOf(d)).toEqual(['streams.jobs[0].windowSeconds: 90 is not a whole number of minutes (windows align to the minute: use a multiple of 60)']);
  });
});
