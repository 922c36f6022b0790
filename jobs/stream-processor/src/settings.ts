/**
 * The job's settings, from its environment: the Kafka connection Secret (the client contract every
 * client gets, `lib/kafka/clients-chart.ts` `CLIENT_CONTRACT_KEYS`) and the job's own `STREAM_*`
 * variables (`lib/streams/job-chart.ts`). Pure: takes the environment as an argument.
 */

/** The contract keys this client reads; a test checks they are exactly what the platform renders. */
export const CONTRACT_KEYS = [
  'KAFKA_BOOTSTRAP_SERVERS',
  'KAFKA_SECURITY_PROTOCOL',
  'KAFKA_AUTH_MECHANISM',
  'KAFKA_CLIENT_ID',
  'SCHEMA_REGISTRY_TYPE',
  'SCHEMA_REGISTRY_URL',
  'KAFKA_WIRE_FORMAT',
  'AWS_REGION',
] as const;

/** How the client authenticates: IAM (MSK) or mutual TLS (Strimzi). */
export type AuthMechanism = 'AWS_MSK_IAM' | 'MTLS';

/** Everything the job needs to run. */
export interface JobSettings {
  readonly name: string;
  readonly bootstrapServers: string[];
  readonly auth: { readonly mechanism: 'AWS_MSK_IAM'; readonly region: string } | { readonly mechanism: 'MTLS'; readonly caPem: string; readonly certificatePem: string; readonly keyPem: string };
  readonly registry: { readonly type: 'glue'; readonly url: string; readonly registryName: string; readonly region: string } | { readonly type: 'confluent'; readonly url: string };
  readonly consumerGroup: string;
  readonly transactionalIdPrefix: string;
  readonly inputTopic: string;
  readonly outputTopic: string;
  readonly outputSubject: string;
  readonly deadLetterTopic: string;
  readonly changelogTopic: string;
  readonly windowMs: number;
  readonly graceMs: number;
  readonly metricsPort: number;
}

/** The settings, or an error listing every missing or malformed variable. */
export function readSettings(env: Readonly<Record<string, string | undefined>>): JobSettings {
  const problems: string[] = [];
  const get = (key: string): string => {
    const v = env[key];
    if (v === undefined || v === '') problems.push(`${key} is not set`);
    return v ?? '';
  };
  const seconds = (key: string): number => {
    const v = Number(get(key));
    if (!Number.isInteger(v) || v < 0) problems.push(`${key} must be a whole number of seconds, got '${env[key]}'`);
    return v * 1000;
  };
  for (const key of CONTRACT_KEYS) get(key);
  const mechanism = env.KAFKA_AUTH_MECHANISM;
  const registryType = env.SCHEMA_REGISTRY_TYPE;
  const region = env.AWS_REGION ?? '';
  const auth: JobSettings['auth'] =
    mechanism === 'MTLS'
      ? { mechanism, caPem: get('KAFKA_SSL_CA_PEM'), certificatePem: get('KAFKA_SSL_CERTIFICATE_PEM'), keyPem: get('KAFKA_SSL_KEY_PEM') }
      : { mechanism: 'AWS_MSK_IAM', region };
  if (mechanism !== undefined && mechanism !== 'MTLS' && mechanism !== 'AWS_MSK_IAM') problems.push(`KAFKA_AUTH_MECHANISM must be AWS_MSK_IAM or MTLS, got '${mechanism}'`);
  const registry: JobSettings['registry'] =
    registryType === 'glue'
      ? { type: 'glue', url: env.SCHEMA_REGISTRY_URL ?? '', registryName: get('GLUE_SCHEMA_REGISTRY_NAME'), region }
      : { type: 'confluent', url: env.SCHEMA_REGISTRY_URL ?? '' };
  if (registryType !== undefined && registryType !== 'glue' && registryType !== 'confluent') problems.push(`SCHEMA_REGISTRY_TYPE must be glue or confluent, got '${registryType}'`);
  if (env.KAFKA_WIRE_FORMAT !== undefined && env.KAFKA_WIRE_FORMAT !== registryType) problems.push(`KAFKA_WIRE_FORMAT (${env.KAFKA_WIRE_FORMAT}) must match SCHEMA_REGISTRY_TYPE (${registryType})`);
  const windowMs = seconds('STREAM_WINDOW_SECONDS');
  if (windowMs % 60_000 !== 0) problems.push(`STREAM_WINDOW_SECONDS must be a whole number of minutes, got '${env.STREAM_WINDOW_SECONDS}'`);
  const settings: JobSettings = {
    name: get('STREAM_JOB_NAME'),
    bootstrapServers: get('KAFKA_BOOTSTRAP_SERVERS').split(',').filter(Boolean),
    auth,
    registry,
    consumerGroup: get('KAFKA_CONSUMER_GROUP'),
    transactionalIdPrefix: get('KAFKA_TRANSACTIONAL_ID_PREFIX'),
    inputTopic: get('STREAM_INPUT_TOPIC'),
    outputTopic: get('STREAM_OUTPUT_TOPIC'),
    outputSubject: `${get('STREAM_OUTPUT_TOPIC')}-value`,
    deadLetterTopic: get('STREAM_DEAD_LETTER_TOPIC'),
    changelogTopic: get('STREAM_CHANGELOG_TOPIC'),
    windowMs,
    graceMs: seconds('STREAM_GRACE_SECONDS'),
    metricsPort: Number(get('METRICS_PORT')),
  };
  if (problems.length > 0) throw new Error(`stream job settings:\n  ${problems.join('\n  ')}`);
  return settings;
}
