/**
 * The stream job's runtime: the Kafka, registry and metrics I/O around the pure {@link Processor}.
 * Built into the image by the Dockerfile (its own package.json); the root repository type-checks
 * and tests the pure modules (windows, wire, processor, settings, replay), not `runtime/`.
 *
 * Per input partition it keeps a Processor (stream time is per partition, as Kafka Streams keeps
 * it per task). Each batch commits in one Kafka transaction: the closed windows to the output
 * topic, the undecodable records to the dead-letter topic, the changed window state to the
 * compacted changelog (a tombstone for each closed window), and the input offsets — so a crash
 * replays the batch without duplicates or losses (consumers read `read_committed`).
 */
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import { GetSchemaByDefinitionCommand, GetSchemaVersionCommand, GlueClient } from '@aws-sdk/client-glue';
import { KafkaJS } from '@confluentinc/kafka-javascript';
import * as avro from 'avsc';
import * as prom from 'prom-client';
import { Processor } from '../processor';
import { JobSettings, readSettings } from '../settings';
import { connection } from './connection';
import { WindowState } from '../windows';
import { WireFormat } from '../wire';

/** Where the StatefulSet mounts the schemas ConfigMap (rendered from the repository's `schemas/`). */
const SCHEMA_MOUNT = '/etc/stream-job/schemas';

const registry = new prom.Registry();
prom.collectDefaultMetrics({ register: registry });
const lag = new prom.Gauge({ name: 'stream_job_consumer_lag_records', help: 'High watermark minus the next offset to read, per input partition', labelNames: ['topic', 'partition'], registers: [registry] });
const records = new prom.Counter({ name: 'stream_job_records_total', help: 'Input records by result', labelNames: ['result'], registers: [registry] });
const windowsEmitted = new prom.Counter({ name: 'stream_job_windows_emitted_total', help: 'Aggregates written', registers: [registry] });

/** Writer schemas by id, fetched from the region's registry once each. */
class SchemaCache {
  private readonly types = new Map<string, avro.Type>();
  private readonly glue?: GlueClient;

  constructor(private readonly settings: JobSettings) {
    if (settings.registry.type === 'glue') this.glue = new GlueClient({ region: settings.registry.region });
  }

  get(format: WireFormat, id: string): avro.Type | undefined {
    return this.types.get(`${format}:${id}`);
  }

  /** Fetches every writer schema a batch references that is not cached yet (unknown ids stay unknown: the record is a dead letter). */
  async prefetch(values: readonly (Buffer | null)[]): Promise<void> {
    for (const v of values) {
      if (!v || v.length < 5) continue;
      const [format, id] = v[0] === 0 ? ['confluent', String(v.readInt32BE(1))] as const : v[0] === 3 && v.length >= 18 ? ['glue', uuid(v.subarray(2, 18))] as const : [undefined, ''] as const;
      if (!format || this.types.has(`${format}:${id}`)) continue;
      const definition = await this.fetch(format, id).catch(() => undefined);
      if (definition) this.types.set(`${format}:${id}`, avro.Type.forSchema(JSON.parse(definition) as avro.Schema));
    }
  }

  /** The id of `definition` under `subject` in the region's registry (Glue: registered by the region stack; Apicurio: registered here). */
  async idOf(subject: string, definition: string): Promise<string> {
    const r = this.settings.registry;
    if (r.type === 'glue') {
      const out = await this.glue!.send(new GetSchemaByDefinitionCommand({ SchemaId: { RegistryName: r.registryName, SchemaName: subject }, SchemaDefinition: definition }));
      if (!out.SchemaVersionId) throw new Error(`glue: ${subject} has no version equal to the job's output schema`);
      return out.SchemaVersionId;
    }
    // Confluent API (Apicurio ccompat): registers the version when it is new (the registry's
    // compatibility rule decides), else returns the existing id, as a Confluent serde does.
    const res = await fetch(`${r.url}/subjects/${encodeURIComponent(subject)}/versions`, { method: 'POST', headers: { 'content-type': 'application/vnd.schemaregistry.v1+json' }, body: JSON.stringify({ schema: definition }) });
    if (!res.ok) throw new Error(`registry: ${subject} refused the job's output schema (${res.status}: ${await res.text()})`);
    return String(((await res.json()) as { id: number }).id);
  }

  private async fetch(format: WireFormat, id: string): Promise<string | undefined> {
    if (format === 'glue') {
      if (!this.glue) return undefined;
      return (await this.glue.send(new GetSchemaVersionCommand({ SchemaVersionId: id }))).SchemaDefinition;
    }
    if (this.settings.registry.type !== 'confluent') return undefined;
    const res = await fetch(`${this.settings.registry.url}/schemas/ids/${id}`);
    return res.ok ? ((await res.json()) as { schema: string }).schema : undefined;
  }
}

function uuid(b: Buffer): string {
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

async function main(): Promise<void> {
  const settings = readSettings(process.env);
  const readSchema = (file: string) => fs.readFileSync(`${SCHEMA_MOUNT}/${file}`, 'utf8');
  const inputSchema = avro.Type.forSchema(JSON.parse(readSchema('input.avsc')) as avro.Schema);
  const outputDefinition = JSON.stringify(JSON.parse(readSchema('output.avsc')));
  const outputSchema = avro.Type.forSchema(JSON.parse(outputDefinition) as avro.Schema);
  const schemas = new SchemaCache(settings);
  const outputSchemaId = await schemas.idOf(settings.outputSubject, outputDefinition);
  const format: WireFormat = settings.registry.type;

  const kafka = new KafkaJS.Kafka(connection(settings) as ConstructorParameters<typeof KafkaJS.Kafka>[0]);
  // <prefix><pod>: the StatefulSet's stable pod name, so a restarted instance fences its zombie.
  const producer = kafka.producer({ 'transactional.id': `${settings.transactionalIdPrefix}${os.hostname()}`, 'enable.idempotence': true, acks: -1 } as never);
  const consumer = kafka.consumer({ 'group.id': settings.consumerGroup, 'isolation.level': 'read_committed', 'enable.auto.commit': false } as never);
  await Promise.all([producer.connect(), consumer.connect()]);

  const processors = new Map<number, Processor>();
  const processorFor = async (partition: number): Promise<Processor> => {
    let p = processors.get(partition);
    if (p) return p;
    p = new Processor({ windows: { windowMs: settings.windowMs, graceMs: settings.graceMs }, inputSchema, outputSchema, outputFormat: format, outputSchemaId, writerSchemas: (f, id) => schemas.get(f, id) });
    await restore(partition, p);
    processors.set(partition, p);
    return p;
  };
  // The changelog partition of an input partition holds its open windows (latest value per key).
  const restore = async (partition: number, p: Processor): Promise<void> => {
    const admin = kafka.admin();
    await admin.connect();
    const offsets = await admin.fetchTopicOffsets(settings.changelogTopic);
    await admin.disconnect();
    const end = Number(offsets.find((o) => o.partition === partition)?.high ?? 0);
    if (end === 0) return;
    const states = new Map<string, WindowState>();
    let time = Number.NEGATIVE_INFINITY;
    // A throwaway group under the job's prefix (granted like its internal topics); it commits nothing.
    const restorer = kafka.consumer({ 'group.id': `${settings.transactionalIdPrefix}restore-${os.hostname()}-${partition}`, 'enable.auto.commit': false, 'auto.offset.reset': 'earliest', 'isolation.level': 'read_committed' } as never);
    await restorer.connect();
    await restorer.subscribe({ topics: [settings.changelogTopic] });
    await new Promise<void>((resolve) => {
      void restorer.run({
        eachMessage: async ({ partition: from, message }) => {
          if (from !== partition) return;
          const key = message.key?.toString() ?? '';
          if (message.value) {
            const s = JSON.parse(message.value.toString()) as { state: WindowState; streamTime: number };
            states.set(key, s.state);
            time = Math.max(time, s.streamTime);
          } else states.delete(key);
          if (Number(message.offset) + 1 >= end) resolve();
        },
      });
    });
    await restorer.disconnect();
    p.windows.restore(states.values(), time);
  };

  await consumer.subscribe({ topics: [settings.inputTopic] });
  await consumer.run({
    eachBatch: async ({ batch }) => {
      const processor = await processorFor(batch.partition);
      await schemas.prefetch(batch.messages.map((m) => m.value));
      const before = new Set(processor.windows.snapshot().keys());
      const result = processor.step(batch.messages.map((m) => ({ topic: batch.topic, partition: batch.partition, offset: m.offset, value: m.value })));
      const after = processor.windows.snapshot();
      const tx = await producer.transaction();
      try {
        if (result.outputs.length > 0) await tx.send({ topic: settings.outputTopic, messages: result.outputs.map((o) => ({ key: o.key, value: o.value })) });
        if (result.deadLetters.length > 0) await tx.send({ topic: settings.deadLetterTopic, messages: result.deadLetters.map((d) => ({ value: d.value, headers: d.headers })) });
        const changelog = [
          ...[...after.entries()].map(([key, state]) => ({ key, value: JSON.stringify({ state, streamTime: processor.windows.time }), partition: batch.partition })),
          ...[...before].filter((k) => !after.has(k)).map((key) => ({ key, value: null, partition: batch.partition })),
        ];
        if (changelog.length > 0) await tx.send({ topic: settings.changelogTopic, messages: changelog });
        const last = batch.messages[batch.messages.length - 1];
        await tx.sendOffsets({ consumer, topics: [{ topic: batch.topic, partitions: [{ partition: batch.partition, offset: String(Number(last.offset) + 1) }] }] });
        await tx.commit();
      } catch (e) {
        await tx.abort();
        throw e;
      }
      records.inc({ result: 'counted' }, batch.messages.length - result.deadLetters.length - result.late);
      records.inc({ result: 'late' }, result.late);
      records.inc({ result: 'dead_letter' }, result.deadLetters.length);
      windowsEmitted.inc(result.outputs.length);
    },
  });

  // Lag from the group's committed offsets, not from the batches: a stuck job stops processing,
  // and its lag must keep growing for the alert to see it.
  const admin = kafka.admin();
  await admin.connect();
  const measureLag = async (): Promise<void> => {
    const [ends, committed] = await Promise.all([
      admin.fetchTopicOffsets(settings.inputTopic),
      admin.fetchOffsets({ groupId: settings.consumerGroup, topics: [settings.inputTopic] }),
    ]);
    const positions = new Map((committed[0]?.partitions ?? []).map((p) => [p.partition, Number(p.offset)]));
    for (const end of ends) {
      const position = positions.get(end.partition) ?? -1;
      lag.set({ topic: settings.inputTopic, partition: String(end.partition) }, Math.max(0, Number(end.high) - Math.max(position, Number(end.low))));
    }
  };
  setInterval(() => void measureLag().catch((e: unknown) => console.error('lag:', e)), 30_000).unref();

  http.createServer((req, res) => {
    if (req.url === '/health') {
      res.writeHead(200).end('ok');
      return;
    }
    if (req.url === '/metrics') {
      void registry.metrics().then((body) => res.writeHead(200, { 'content-type': registry.contentType }).end(body));
      return;
    }
    res.writeHead(404).end();
  }).listen(settings.metricsPort);

  const stop = () => void Promise.all([consumer.disconnect(), producer.disconnect()]).finally(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
