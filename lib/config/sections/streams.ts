import { z } from 'zod';
import type { CoreRaw } from './core';
import type { kafkaConfig } from './kafka';
import { Issue, quantity, resourceList, slug, strictObject } from '../zod-helpers';

/**
 * The `streams` section: stream-processing jobs that read a topic and write another, run on the
 * clusters from the repository's own image (`jobs/stream-processor`, built by the delivery
 * pipeline). The same job, image and client contract run in every region, on MSK or Strimzi.
 */

const DEFAULT_JOB_RESOURCES = { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '500m', memory: '512Mi' } };

const job = strictObject({
  /**
   * The job: its namespace, service account, Kafka principal, application id (consumer group
   * `<name>-group`, transactional id and internal-topic prefix `<name>-`).
   */
  name: slug(40),
  /** Topic it reads (from `kafka.topics`); needs a `deadLetterTopic`, where undecodable records go. */
  input: z.string(),
  /** Topic it writes (from `kafka.topics`). */
  output: z.string(),
  /** The schema its records are written with (`schemas/<outputSchema>.avsc`); must be the output topic's `valueSchema`. */
  outputSchema: z.string(),
  /** Tumbling window size, seconds; a whole number of minutes. @default 300 */
  windowSeconds: z.number().int().min(60).max(86_400).default(300),
  /** How long after a window's end late records are still counted, seconds. @default 60 */
  graceSeconds: z.number().int().min(0).max(86_400).default(60),
  /** Active instances; each owns some input partitions, so at most the input's partition count. @default 2 */
  replicas: z.number().int().min(1).max(100).default(2),
  /** Alert when the job's consumer lag stays above this many records for `lagAlertMinutes`. @default 10000 */
  lagAlertRecords: z.number().int().min(1).default(10_000),
  /** @default 10 */
  lagAlertMinutes: z.number().int().min(1).max(1440).default(10),
  /**
   * Grant the job, for a replay, Read on its input's dead-letter topic and Write on its input
   * (docs/streams.md#replaying-from-the-dead-letter-topic). Set it for the replay, unset it after:
   * by default the job cannot write the topic it reads. @default false
   */
  replay: z.boolean().default(false),
  /** @default { requests: { cpu: 100m, memory: 256Mi }, limits: { cpu: 500m, memory: 512Mi } } */
  resources: strictObject({ requests: resourceList, limits: resourceList }).default(DEFAULT_JOB_RESOURCES),
});

/** The `streams` section. @default - no jobs */
export const streamsConfig = strictObject({
  /** The stream-processing jobs. @default [] */
  jobs: z.array(job).default([]),
}).default({ jobs: [] });

/** The validated `streams` section. */
export type StreamsConfig = z.output<typeof streamsConfig>;
/** One job of `streams.jobs`. */
export type StreamJobConfig = StreamsConfig['jobs'][number];

type RawConfig = CoreRaw & { readonly kafka: z.output<typeof kafkaConfig>; readonly streams: StreamsConfig };

/**
 * Cross-field checks of the `streams` section, and the one check of `kafka.clients` that needs
 * it (a consumed topic somebody produces). Each problem names its field path.
 */
export function checkStreams(config: RawConfig, issue: Issue): void {
  const { kafka, streams } = config;
  const topicNames = kafka.topics.map((t) => t.name);
  const at = (i: number, field: string) => ['streams', 'jobs', i, field];
  const taken = new Map<string, string>(config.services.map((s) => [s.name, 'a service']));

  streams.jobs.forEach((j, i) => {
    const other = taken.get(j.name);
    if (other) issue(at(i, 'name'), `'${j.name}' is already ${other}; a job needs its own namespace and Kafka principal`);
    taken.set(j.name, `streams.jobs[${i}].name`);
    if (j.windowSeconds % 60 !== 0) {
      issue(at(i, 'windowSeconds'), `${j.windowSeconds} is not a whole number of minutes (windows align to the minute: use a multiple of 60)`);
    }
    const input = kafka.topics.find((t) => t.name === j.input);
    if (!input) issue(at(i, 'input'), `'${j.input}' is not a topic (allowed: ${topicNames.join(', ')})`);
    else {
      if (input.valueSchema === undefined) issue(at(i, 'input'), `'${j.input}' has no valueSchema: the job decodes Avro, so set kafka.topics[${topicNames.indexOf(j.input)}].valueSchema`);
      if (input.deadLetterTopic === undefined) issue(at(i, 'input'), `'${j.input}' has no deadLetterTopic: set kafka.topics[${topicNames.indexOf(j.input)}].deadLetterTopic for records the job cannot decode`);
      if (j.replicas > input.partitions) issue(at(i, 'replicas'), `${j.replicas} exceeds the ${input.partitions} partitions of '${j.input}': the extra instances would own nothing`);
    }
    const output = kafka.topics.find((t) => t.name === j.output);
    if (!output) issue(at(i, 'output'), `'${j.output}' is not a topic (allowed: ${topicNames.join(', ')})`);
    else if (output.valueSchema !== j.outputSchema) {
      issue(at(i, 'outputSchema'), `'${j.outputSchema}' is not the schema of topic '${j.output}' (kafka.topics[${topicNames.indexOf(j.output)}].valueSchema: ${output.valueSchema ?? 'none'})`);
    }
    if (j.output === j.input) issue(at(i, 'output'), 'a job cannot write the topic it reads');
    for (const kind of ['cpu', 'memory'] as const) {
      if (quantity(j.resources.limits[kind], kind) < quantity(j.resources.requests[kind], kind)) {
        issue(['streams', 'jobs', i, 'resources', 'limits', kind], `${j.resources.limits[kind]} is below the request (${j.resources.requests[kind]}); limits must be >= requests`);
      }
    }
  });

  // A consumer of a topic nobody writes waits forever: a topic is written by the clients that
  // produce it, by the jobs that output it, and (its retry topic) by the consumers of a topic.
  const produced = new Set([
    ...kafka.clients.flatMap((c) => c.produces),
    ...streams.jobs.map((j) => j.output),
    ...kafka.topics.flatMap((t) => (t.retryTopic ? [t.retryTopic] : [])),
  ]);
  kafka.clients.forEach((c, i) => {
    c.consumes.forEach((name, j) => {
      if (topicNames.includes(name) && !produced.has(name)) {
        issue(['kafka', 'clients', i, 'consumes', j], `'${name}' is produced by nobody (no kafka.clients[].produces or streams.jobs[].output lists it)`);
      }
    });
  });
  streams.jobs.forEach((j, i) => {
    if (topicNames.includes(j.input) && !produced.has(j.input)) {
      issue(at(i, 'input'), `'${j.input}' is produced by nobody (no kafka.clients[].produces or streams.jobs[].output lists it)`);
    }
  });
}
