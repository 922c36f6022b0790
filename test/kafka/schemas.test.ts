import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { topicSchemas } from '../../lib/kafka/schemas';
import { shipped } from './config-fixtures';
import { compatibilityProblems, historyProblems, parseSchema, releasedFingerprints, releasedProblems, schemaFiles, schemaJson } from './avro';

/** One valid record per schema file: what its producer writes. */
const SAMPLES: Record<string, unknown> = {
  'device-telemetry.avsc': {
    device_id: 'pump-0042',
    timestamp: 1_767_225_600_000,
    metrics: [
      { name: 'heart_rate', value: 72.5, unit: 'bpm' },
      { name: 'spo2', value: 97, unit: '%' },
    ],
    status: 'ONLINE',
    location: { latitude: 40.7128, longitude: -74.006, altitude: null },
  },
  'patient-event.avsc': {
    event_id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    patient_id: 'p-8c1e',
    event_type: 'DEVICE_ASSIGNED',
    timestamp: 1_767_225_600_000,
    device_id: 'pump-0042',
    attributes: { ward: 'icu-2' },
  },
  'device-metrics-5min.avsc': {
    device_id: 'pump-0042',
    window_start: 1_767_225_600_000,
    window_end: 1_767_225_900_000,
    metrics: [{ name: 'heart_rate', unit: 'bpm', count: 300, min: 61, max: 88, mean: 72.4, last: 70 }],
  },
};

const FILES = schemaFiles();

describe('schemas/*.avsc', () => {
  test('GIVEN the repository WHEN listed THEN the three seed schemas are there, each with a sample record here', () => {
    expect(FILES).toEqual(['device-metrics-5min.avsc', 'device-telemetry.avsc', 'patient-event.avsc']);
    expect(Object.keys(SAMPLES).sort()).toEqual(FILES);
  });

  test.each(FILES)('GIVEN %s WHEN parsed with avsc THEN it is a valid Avro schema and a sample record round-trips', (file) => {
    const type = parseSchema(schemaJson(file));
    const sample = SAMPLES[file];
    expect(type.isValid(sample)).toBe(true);
    const decoded = type.fromBuffer(type.toBuffer(sample));
    expect(JSON.parse(JSON.stringify(decoded))).toEqual(sample);
  });

  test('GIVEN DeviceTelemetry THEN it is the seed record: device id, timestamp-millis, Metric records, status, nullable GeoLocation with nullable altitude', () => {
    const s = schemaJson('device-telemetry.avsc');
    expect(`${s.namespace}.${s.name}`).toBe('com.automatedai.iot.DeviceTelemetry');
    const field = (name: string) => s.fields.find((f: any) => f.name === name);
    expect(field('device_id').type).toBe('string');
    expect(field('timestamp').type).toEqual({ type: 'long', logicalType: 'timestamp-millis' });
    expect(field('metrics').type.items.name).toBe('Metric');
    expect(field('status').type.type).toBe('enum');
    expect(field('location').type[0]).toBe('null');
    expect(field('location').default).toBeNull();
    const geo = field('location').type[1];
    expect(geo.name).toBe('GeoLocation');
    expect(geo.fields.find((f: any) => f.name === 'altitude')).toMatchObject({ type: ['null', 'double'], default: null });
  });

  test('GIVEN a record missing a required field THEN avsc refuses it (the validator can fail)', () => {
    const type = parseSchema(schemaJson('device-telemetry.avsc'));
    const { device_id: _omitted, ...rest } = SAMPLES['device-telemetry.avsc'] as Record<string, unknown>;
    expect(type.isValid(rest)).toBe(false);
  });

  test('GIVEN a file that is not an Avro schema THEN parsing fails', () => {
    expect(() => parseSchema({ type: 'record', name: 'Broken', fields: [{ name: 'x', type: 'strng' }] })).toThrow();
  });
});

describe('schema evolution', () => {
  const base = () => schemaJson('device-telemetry.avsc');

  test.each(FILES)('GIVEN %s unchanged THEN it is FULL compatible with itself', (file) => {
    expect(compatibilityProblems(schemaJson(file), schemaJson(file), 'FULL')).toEqual([]);
  });

  test('GIVEN an optional field added with a default THEN both directions still resolve', () => {
    const next = base();
    next.fields.push({ name: 'firmware', type: ['null', 'string'], default: null });
    expect(compatibilityProblems(base(), next, 'FULL')).toEqual([]);
  });

  test('GIVEN a field without default removed THEN the check catches the break: readers on the old schema cannot read new records', () => {
    const next = base();
    next.fields = next.fields.filter((f: any) => f.name !== 'device_id');
    const problems = compatibilityProblems(base(), next, 'FULL');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^FORWARD \(old reader, new data\): .*device_id/);
  });

  test('GIVEN a required field added without default THEN BACKWARD (what the registries enforce) catches it', () => {
    const next = base();
    next.fields.push({ name: 'ward', type: 'string' });
    expect(compatibilityProblems(base(), next, 'BACKWARD')).toEqual([expect.stringMatching(/^BACKWARD .*ward/)]);
  });

  test('GIVEN a field whose type changes incompatibly THEN both directions fail', () => {
    const next = base();
    next.fields.find((f: any) => f.name === 'device_id').type = 'long';
    expect(compatibilityProblems(base(), next, 'FULL')).toHaveLength(2);
  });
});

describe('topics and their schemas', () => {
  test.each(['prod', 'dev'])('GIVEN %s WHEN the value schemas are read THEN each topic that names one gets its subject and compact JSON', (env) => {
    const schemas = topicSchemas(shipped(env));
    expect(schemas.map((s) => [s.topic, s.subject, s.file])).toEqual([
      ['device-telemetry', 'device-telemetry-value', 'schemas/device-telemetry.avsc'],
      ['patient-events', 'patient-events-value', 'schemas/patient-event.avsc'],
      ['device-metrics-5min', 'device-metrics-5min-value', 'schemas/device-metrics-5min.avsc'],
      ['patient-events-retry', 'patient-events-retry-value', 'schemas/patient-event.avsc'],
    ]);
    for (const s of schemas) {
      expect(s.definition).not.toMatch(/\n/);
      expect(() => parseSchema(JSON.parse(s.definition))).not.toThrow();
      // Nothing released before the current files yet: each schema is its own first version.
      expect(s.versions).toEqual([{ version: 1, file: s.file, definition: s.definition }]);
    }
  });

  test('fails when a topic names a schema file that does not exist', () => {
    const config = shipped('prod');
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'no-schemas-'));
    expect(() => topicSchemas(config, empty)).toThrow(/^kafka\.topics\[0\]\.valueSchema: schemas\/device-telemetry\.avsc does not exist$/);
  });

  test('fails when a schema file is not JSON', () => {
    const config = shipped('prod');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bad-schemas-'));
    fs.writeFileSync(path.join(dir, 'device-telemetry.avsc'), '{ not json');
    expect(() => topicSchemas(config, dir)).toThrow(/^kafka\.topics\[0\]\.valueSchema: schemas\/device-telemetry\.avsc is not JSON/);
  });
});

describe('released versions (schemas/history/<name>/v<N>.avsc)', () => {
  /** A copy of the repository's schemas, plus `history` files (name -> versions, as JSON). */
  function schemaDir(history: Record<string, unknown[]>, current: Record<string, unknown> = {}): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schemas-'));
    for (const f of schemaFiles()) fs.writeFileSync(path.join(dir, f), JSON.stringify(current[f.replace(/\.avsc$/, '')] ?? schemaJson(f), null, 2));
    for (const [name, versions] of Object.entries(history)) {
      fs.mkdirSync(path.join(dir, 'history', name), { recursive: true });
      versions.forEach((v, i) => fs.writeFileSync(path.join(dir, 'history', name, `v${i + 1}.avsc`), JSON.stringify(v, null, 2)));
    }
    return dir;
  }
  const telemetry = () => schemaJson('device-telemetry.avsc');
  const withField = (field: unknown) => ({ ...telemetry(), fields: [...telemetry().fields, field] });

  test.each(['prod', 'dev'])('GIVEN %s\'s schemas THEN every released version reads the one before it (BACKWARD, what Glue and Apicurio enforce)', (env) => {
    for (const s of topicSchemas(shipped(env))) expect(historyProblems(s.versions)).toEqual([]);
  });

  test.each(['prod', 'dev'])('GIVEN %s\'s schemas THEN each keeps its released versions (schemas/released.json) and follows them in the configured compatibility mode', (env) => {
    const config = shipped(env);
    const released = releasedFingerprints();
    for (const s of topicSchemas(config)) {
      const name = path.basename(s.versions[0].file.startsWith('schemas/history/') ? path.dirname(s.versions[0].file) : s.file, '.avsc');
      expect(released[name]).toBeDefined();
      expect(releasedProblems(name, s.versions, released[name])).toEqual([]);
      expect(historyProblems(s.versions, config.kafka.schemaCompatibility)).toEqual([]);
    }
  });

  test('GIVEN a released schema edited in place (not archived) THEN the released check names the file', () => {
    const dir = schemaDir({}, { 'device-telemetry': withField({ name: 'ward', type: ['null', 'string'], default: null }) });
    const s = topicSchemas(shipped('prod'), dir).find((x) => x.topic === 'device-telemetry')!;
    expect(releasedProblems('device-telemetry', s.versions, releasedFingerprints()['device-telemetry'])).toEqual([
      expect.stringMatching(/^schemas\/device-telemetry\.avsc: released version 1 \(sha256 [0-9a-f]{12}\) is not schemas\/device-telemetry\.avsc: a released version never changes; restore it as schemas\/history\/device-telemetry\/v1\.avsc/),
    ]);
  });

  test('GIVEN a change archived properly that breaks the configured mode THEN the problem names the field; in FORWARD the other direction', () => {
    const required = schemaDir({ 'device-telemetry': [telemetry()] }, { 'device-telemetry': withField({ name: 'ward', type: 'string' }) });
    const s = topicSchemas(shipped('prod'), required).find((x) => x.topic === 'device-telemetry')!;
    expect(releasedProblems('device-telemetry', s.versions, releasedFingerprints()['device-telemetry'])).toEqual([]);
    expect(historyProblems(s.versions, 'BACKWARD')).toEqual([expect.stringMatching(/BACKWARD \(new reader, old data\): .*DeviceTelemetry\.ward/)]);
    expect(historyProblems(s.versions, 'FORWARD')).toEqual([]);
    const removed = { ...telemetry(), fields: telemetry().fields.filter((f: any) => f.name !== 'status') };
    const r = topicSchemas(shipped('prod'), schemaDir({ 'device-telemetry': [telemetry()] }, { 'device-telemetry': removed })).find((x) => x.topic === 'device-telemetry')!;
    expect(historyProblems(r.versions, 'FORWARD')).toEqual([expect.stringMatching(/FORWARD \(old reader, new data\): .*DeviceTelemetry\.status/)]);
  });

  test('GIVEN two released versions and a current file WHEN read THEN they come in registration order, the current file last', () => {
    const v1 = telemetry();
    const v2 = withField({ name: 'firmware', type: ['null', 'string'], default: null });
    const dir = schemaDir({ 'device-telemetry': [v1, v2] }, { 'device-telemetry': withField({ name: 'ward', type: ['null', 'string'], default: null }) });
    const s = topicSchemas(shipped('prod'), dir).find((x) => x.topic === 'device-telemetry')!;
    expect(s.versions.map((v) => [v.version, v.file])).toEqual([
      [1, 'schemas/history/device-telemetry/v1.avsc'],
      [2, 'schemas/history/device-telemetry/v2.avsc'],
      [3, 'schemas/device-telemetry.avsc'],
    ]);
    expect(s.versions[0].definition).toBe(JSON.stringify(v1));
    expect(s.definition).toBe(s.versions[2].definition);
    expect(historyProblems(s.versions)).toEqual([]);
  });

  test('GIVEN a current file that adds a required field THEN the history check catches it before Glue refuses the deploy', () => {
    const dir = schemaDir({ 'device-telemetry': [telemetry()] }, { 'device-telemetry': withField({ name: 'ward', type: 'string' }) });
    const s = topicSchemas(shipped('prod'), dir).find((x) => x.topic === 'device-telemetry')!;
    expect(historyProblems(s.versions)).toEqual([expect.stringMatching(/^schemas\/history\/device-telemetry\/v1\.avsc -> schemas\/device-telemetry\.avsc: BACKWARD .*ward/)]);
  });

  test('fails when the history has a gap', () => {
    const dir = schemaDir({ 'device-telemetry': [telemetry()] });
    fs.renameSync(path.join(dir, 'history', 'device-telemetry', 'v1.avsc'), path.join(dir, 'history', 'device-telemetry', 'v2.avsc'));
    expect(() => topicSchemas(shipped('prod'), dir)).toThrow(/^kafka\.topics\[0\]\.valueSchema: schemas\/history\/device-telemetry must hold v1\.avsc to v1\.avsc without gaps, found v2$/);
  });

  test('fails when a history file is not named v<N>.avsc', () => {
    const dir = schemaDir({ 'device-telemetry': [telemetry()] });
    fs.writeFileSync(path.join(dir, 'history', 'device-telemetry', 'old.avsc'), '{}');
    expect(() => topicSchemas(shipped('prod'), dir)).toThrow(/^kafka\.topics\[0\]\.valueSchema: schemas\/history\/device-telemetry\/old\.avsc is not named v<N>\.avsc$/);
  });

  test('fails when the current file repeats a released version (archived but not changed)', () => {
    const dir = schemaDir({ 'device-telemetry': [telemetry()] });
    expect(() => topicSchemas(shipped('prod'), dir)).toThrow(/^kafka\.topics\[0\]\.valueSchema: schemas\/device-telemetry\.avsc repeats schemas\/history\/device-telemetry\/v1\.avsc/);
  });
});
