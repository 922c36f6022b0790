/**
 * Replays dead letters into the job's input: `node dist/runtime/replay.js --from <offset>
 * [--to <offset>] [--reason <text>]`, run in a job pod while `streams.jobs[].replay` grants the
 * job Read on its dead-letter topic and Write on its input (docs/streams.md). Reads the DLQ in a
 * group of its own under the job's prefix (`<job>-replay`), so its committed offsets record how
 * far a replay went; stops at the end of the topic as it was when it started.
 */
import { KafkaJS } from '@confluentinc/kafka-javascript';
import { DeadLetterRecord, selectForReplay } from '../replay';
import { readSettings } from '../settings';
import { connection } from './connection';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function replay(): Promise<void> {
  const settings = readSettings(process.env);
  const from = flag('from');
  if (from === undefined) throw new Error('replay: --from <offset> is required (the first DLQ offset to replay)');
  const to = flag('to');
  const filter = { inputTopic: settings.inputTopic, fromOffset: Number(from), toOffset: to === undefined ? undefined : Number(to), reasonContains: flag('reason') };
  const kafka = new KafkaJS.Kafka(connection(settings) as ConstructorParameters<typeof KafkaJS.Kafka>[0]);
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map((await admin.fetchTopicOffsets(settings.deadLetterTopic)).map((o) => [o.partition, Number(o.high)]));
  await admin.disconnect();
  const producer = kafka.producer({ 'enable.idempotence': true, acks: -1 } as never);
  const consumer = kafka.consumer({ 'group.id': `${settings.transactionalIdPrefix}replay`, 'enable.auto.commit': true, 'auto.offset.reset': 'earliest' } as never);
  await Promise.all([producer.connect(), consumer.connect()]);
  await consumer.subscribe({ topics: [settings.deadLetterTopic] });
  let sent = 0;
  const done = new Set<number>([...ends].filter(([, end]) => end === 0).map(([p]) => p));
  await new Promise<void>((resolve) => {
    if (done.size === ends.size) resolve();
    void consumer.run({
      eachBatch: async ({ batch }) => {
        const records: DeadLetterRecord[] = batch.messages.map((m) => ({
          partition: batch.partition,
          offset: m.offset,
          key: m.key ?? null,
          value: m.value ?? null,
          headers: Object.fromEntries(Object.entries(m.headers ?? {}).map(([k, v]) => [k, v?.toString()])),
        }));
        const selected = selectForReplay(records, filter);
        if (selected.length > 0) await producer.send({ topic: settings.inputTopic, messages: selected });
        sent += selected.length;
        if (Number(batch.messages[batch.messages.length - 1].offset) + 1 >= (ends.get(batch.partition) ?? 0)) done.add(batch.partition);
        if (done.size === ends.size) resolve();
      },
    });
  });
  await Promise.all([consumer.disconnect(), producer.disconnect()]);
  console.log(`replay: sent ${sent} record(s) from ${settings.deadLetterTopic} to ${settings.inputTopic}`);
}

replay().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
