import * as avro from 'avsc';
import { deflateSync } from 'zlib';
import { InputRecord, Processor } from '../../jobs/stream-processor/src/processor';
import { selectForReplay } from '../../jobs/stream-processor/src/replay';
import { WindowAggregator, windowStartOf } from '../../jobs/stream-processor/src/windows';
import { UndecodableRecord, frame, unframe } from '../../jobs/stream-processor/src/wire';
import { parseSchema, schemaJson } from '../kafka/avro';

/*
 * The device-metrics-5min job's logic against the repository's own schemas: encoded
 * device-telemetry records in, device-metrics-5min records the schema accepts out.
 */

const TELEMETRY = parseSchema(schemaJson('device-telemetry.avsc'));
const AGGREGATE = parseSchema(schemaJson('device-metrics-5min.avsc'));
const MINUTE = 60_000;
const T0 = Date.UTC(2026, 0, 1, 12, 0, 0); // 12:00:00, a window boundary
const GLUE_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const WINDOWS = { windowMs: 5 * MINUTE, graceMs: MINUTE };

function reading(device: string, at: number, heartRate: number, extra: { name: string; value: number; unit: string }[] = []) {
  return {
    device_id: device,
    timestamp: at,
    metrics: [{ name: 'heart_rate', value: heartRate, unit: 'bpm' }, ...extra],
    status: 'ONLINE',
    location: null,
  };
}

let offset = 0;
function input(value: Buffer | null): InputRecord {
  return { topic: 'device-telemetry', partition: 0, offset: String(offset++), value };
}
const glue = (r: unknown) => input(frame('glue', GLUE_ID, TELEMETRY.toBuffer(r)));
const confluent = (r: unknown) => input(frame('confluent', '7', TELEMETRY.toBuffer(r)));

function processor(writers: Record<string, avro.Type> = { [`glue:${GLUE_ID}`]: TELEMETRY, 'confluent:7': TELEMETRY }): Processor {
  return new Processor({
    windows: WINDOWS,
    inputSchema: TELEMETRY,
    outputSchema: AGGREGATE,
    outputFormat: 'glue',
    outputSchemaId: GLUE_ID,
    writerSchemas: (format, id) => writers[`${format}:${id}`],
  });
}

describe('device-metrics-5min aggregation', () => {
  test('GIVEN readings of two devices in one window, in both wire formats WHEN stream time passes end + grace THEN one schema-valid aggregate per device with the window bounds', () => {
    const p = processor();
    const first = p.step([
      glue(reading('pump-1', T0 + 10_000, 70, [{ name: 'spo2', value: 97, unit: '%' }])),
      confluent(reading('pump-1', T0 + 4 * MINUTE, 90)),
      glue(reading('pump-1', T0 + 2 * MINUTE, 60)),
      glue(reading('pump-2', T0 + 3 * MINUTE, 80)),
    ]);
    expect(first.outputs).toEqual([]);
    // 12:05:59.999 is still inside the grace; 12:06:00 closes the window.
    expect(p.step([glue(reading('pump-3', T0 + 6 * MINUTE - 1, 1))]).outputs).toEqual([]);
    const closed = p.step([glue(reading('pump-3', T0 + 6 * MINUTE, 1))]);

    expect(closed.outputs.map((o) => o.key)).toEqual(['pump-1', 'pump-2']);
    const decoded = closed.outputs.map((o) => {
      const f = unframe(o.value);
      expect(f).toMatchObject({ format: 'glue', schemaId: GLUE_ID });
      return AGGREGATE.fromBuffer(f.payload) as Record<string, unknown>;
    });
    for (const d of decoded) expect(AGGREGATE.isValid(d)).toBe(true);
    expect(decoded[0]).toEqual({
      device_id: 'pump-1',
      window_start: T0,
      window_end: T0 + 5 * MINUTE,
      metrics: [
        { name: 'heart_rate', unit: 'bpm', count: 3, min: 60, max: 90, mean: 220 / 3, last: 90 },
        { name: 'spo2', unit: '%', count: 1, min: 97, max: 97, mean: 97, last: 97 },
      ],
    });
    expect(decoded[1]).toMatchObject({ device_id: 'pump-2', window_start: T0, window_end: T0 + 5 * MINUTE, metrics: [{ count: 1, last: 80 }] });
  });

  test('GIVEN a record for a window within its grace THEN it is counted; after the grace THEN it is late and not counted', () => {
    const p = processor();
    p.step([glue(reading('pump-1', T0 + MINUTE, 50)), glue(reading('pump-1', T0 + 5 * MINUTE + 30_000, 70))]);
    const withinGrace = p.step([glue(reading('pump-1', T0 + 4 * MINUTE, 100))]);
    expect(withinGrace.late).toBe(0);
    const closing = p.step([glue(reading('pump-1', T0 + 6 * MINUTE, 70)), glue(reading('pump-1', T0 + 2 * MINUTE, 999))]);
    expect(closing.late).toBe(1);
    expect(closing.outputs).toHaveLength(1);
    expect(closing.outputs[0].record.metrics[0]).toMatchObject({ count: 2, max: 100, last: 100 });
  });

  test('GIVEN undecodable records THEN each goes to the dead letters with its reason and source, and the rest still aggregate', () => {
    const p = processor();
    const bad = [
      input(null),
      input(Buffer.from([9, 1, 2])),
      input(frame('confluent', '99', TELEMETRY.toBuffer(reading('pump-1', T0, 1)))),
      input(frame('glue', GLUE_ID, Buffer.from([0xff, 0xff]))),
    ];
    const result = p.step([...bad, glue(reading('pump-1', T0, 60)), glue(reading('pump-1', T0 + 7 * MINUTE, 60))]);
    expect(result.deadLetters.map((d) => d.headers['dlq.reason'])).toEqual([
      expect.stringContaining('empty value'),
      expect.stringContaining('unknown wire format: first byte 9'),
      expect.stringContaining('confluent schema id 99 is not a registered version'),
      expect.stringContaining('Avro body does not decode'),
    ]);
    expect(result.deadLetters[1]).toMatchObject({ value: bad[1].value, headers: { 'dlq.source.topic': 'device-telemetry', 'dlq.source.offset': bad[1].offset } });
    expect(result.outputs).toHaveLength(1);
  });

  test('GIVEN a record written with an older, compatible writer schema THEN it is resolved to the reader schema', () => {
    const older = avro.Type.forSchema({
      type: 'record', name: 'DeviceTelemetry', namespace: 'com.automatedai.iot',
      fields: [
        { name: 'device_id', type: 'string' },
        { name: 'timestamp', type: 'long' },
        { name: 'metrics', type: { type: 'array', items: { type: 'record', name: 'Metric', fields: [{ name: 'name', type: 'string' }, { name: 'value', type: 'double' }, { name: 'unit', type: 'string' }] } } },
        { name: 'status', type: { type: 'enum', name: 'DeviceStatus', symbols: ['UNKNOWN', 'ONLINE'] } },
      ],
    }); // no location yet: the reader's default (null) fills it
    const p = processor({ 'confluent:3': older });
    p.step([input(frame('confluent', '3', older.toBuffer({ device_id: 'pump-9', timestamp: T0, metrics: [{ name: 'heart_rate', value: 61, unit: 'bpm' }], status: 'ONLINE' })))]);
    const out = p.step([input(frame('confluent', '3', older.toBuffer({ device_id: 'pump-9', timestamp: T0 + 6 * MINUTE, metrics: [], status: 'UNKNOWN' })))]).outputs;
    expect(out.map((o) => o.record)).toEqual([{ device_id: 'pump-9', window_start: T0, window_end: T0 + 5 * MINUTE, metrics: [{ name: 'heart_rate', unit: 'bpm', count: 1, min: 61, max: 61, mean: 61, last: 61 }] }]);
  });

  test('GIVEN an aggregate the output schema refuses THEN encode fails naming the path', () => {
    const p = processor();
    expect(() => p.encode({ device_id: 'x', window_start: T0, window_end: T0 + 1, metrics: [{ name: 'a', unit: 'u', count: 1.5, min: 0, max: 0, mean: 0, last: 0 }] }))
      .toThrow(/does not match the output schema at: metrics\.0\.count/);
  });

  test('GIVEN a restart WHEN the state is restored from the changelog snapshot THEN the window continues where it was', () => {
    const a = new WindowAggregator(WINDOWS);
    a.add(reading('pump-1', T0 + MINUTE, 10));
    const b = new WindowAggregator(WINDOWS);
    b.restore(JSON.parse(JSON.stringify([...a.snapshot().values()])), a.time);
    b.add(reading('pump-1', T0 + 2 * MINUTE, 30));
    b.add(reading('pump-2', T0 + 6 * MINUTE, 0));
    expect(b.closeDue()).toEqual([{ device_id: 'pump-1', window_start: T0, window_end: T0 + 5 * MINUTE, metrics: [{ name: 'heart_rate', unit: 'bpm', count: 2, min: 10, max: 30, mean: 20, last: 30 }] }]);
  });

  test('window starts align to the epoch, also before it; a window that is not whole minutes is refused', () => {
    expect(windowStartOf(T0 + 5 * MINUTE - 1, 5 * MINUTE)).toBe(T0);
    expect(windowStartOf(T0 + 5 * MINUTE, 5 * MINUTE)).toBe(T0 + 5 * MINUTE);
    expect(windowStartOf(-1, 5 * MINUTE)).toBe(-5 * MINUTE);
    expect(() => new WindowAggregator({ windowMs: 90_000, graceMs: 0 })).toThrow('windowMs: 90000 is not a whole number of minutes');
    expect(() => new WindowAggregator({ windowMs: 60_000, graceMs: -1 })).toThrow('graceMs: must be >= 0, got -1');
  });
});

describe('wire formats', () => {
  test('GIVEN each format THEN frame and unframe round-trip; a zlib glue body inflates', () => {
    const body = Buffer.from([1, 2, 3]);
    expect(unframe(frame('confluent', '42', body))).toEqual({ format: 'confluent', schemaId: '42', payload: body });
    expect(unframe(frame('glue', GLUE_ID, body))).toEqual({ format: 'glue', schemaId: GLUE_ID, payload: body });
    const zipped = Buffer.concat([Buffer.from([3, 5]), Buffer.from(GLUE_ID.replace(/-/g, ''), 'hex'), deflateSync(body)]);
    expect(unframe(zipped).payload).toEqual(body);
  });

  test.each([
    [Buffer.from([0, 1]), 'shorter than its 5-byte header'],
    [Buffer.from([3, 0, 1]), 'shorter than its 18-byte header'],
    [Buffer.concat([Buffer.from([3, 7]), Buffer.alloc(16)]), 'unknown compression byte 7'],
  ])('GIVEN a broken frame THEN UndecodableRecord says why (%#)', (value, reason) => {
    expect(() => unframe(value)).toThrow(UndecodableRecord);
    expect(() => unframe(value)).toThrow(reason);
  });

  test('GIVEN a bad id THEN frame refuses it', () => {
    expect(() => frame('confluent', 'x', Buffer.alloc(0))).toThrow("non-negative int32, got 'x'");
    expect(() => frame('glue', '42', Buffer.alloc(0))).toThrow("must be a UUID, got '42'");
  });
});

describe('replay from the dead-letter topic', () => {
  test('GIVEN the dead letters of a step THEN a replay re-sends the original bytes to the input, filtered by offset range and reason', () => {
    const p = processor();
    const bad = [input(frame('confluent', '99', TELEMETRY.toBuffer(reading('pump-1', T0, 1)))), input(Buffer.from([9])), input(null)];
    const letters = p.step(bad).deadLetters.map((d, i) => ({ partition: 0, offset: String(10 + i), key: Buffer.from('pump-1'), value: d.value, headers: d.headers }));
    const all = selectForReplay(letters, { inputTopic: 'device-telemetry' });
    // The tombstone is never replayed; the rest go back unchanged, saying where they came from.
    expect(all.map((r) => r.value)).toEqual([bad[0].value, bad[1].value]);
    expect(all[0].headers).toEqual({ 'dlq.replayed.from': '0:10', 'dlq.replayed.reason': expect.stringContaining('schema id 99') });
    expect(selectForReplay(letters, { inputTopic: 'device-telemetry', reasonContains: 'schema id' }).map((r) => r.value)).toEqual([bad[0].value]);
    expect(selectForReplay(letters, { inputTopic: 'device-telemetry', fromOffset: 11 }).map((r) => r.value)).toEqual([bad[1].value]);
    expect(selectForReplay(letters, { inputTopic: 'device-telemetry', toOffset: 10 }).map((r) => r.value)).toEqual([bad[0].value]);
    expect(selectForReplay(letters, { inputTopic: 'patient-events' })).toEqual([]);
    // Once the writer schema is registered, the replayed record decodes.
    const fixed = processor({ 'confluent:99': TELEMETRY });
    expect(fixed.step([input(all[0].value)]).deadLetters).toEqual([]);
  });
});
