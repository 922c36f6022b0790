import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { PlatformConfig, RegionConfig, SCHEMA_DIR, featureBucketName } from '../config';
import { FEATURE_TYPES } from '../config/sections/ml';
import { FEAST_OFFLINE_PREFIX } from './workload-access';

/** An Avro schema, as parsed JSON. */
export type AvroSchema = string | readonly AvroSchema[] | { readonly type: AvroSchema; readonly [key: string]: unknown };

/** Reads a value schema by name (`schemas/<name>.avsc`). */
export type SchemaReader = (name: string) => AvroSchema;

/** Reads `schemas/<name>.avsc`. */
export const readRepoSchema: SchemaReader = (name) => JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, `${name}.avsc`), 'utf8')) as AvroSchema;

/** The Avro types each Feast type may be read from without losing meaning (numbers widen, never narrow). */
export const COMPATIBLE_AVRO_TYPES: Readonly<Record<(typeof FEATURE_TYPES)[number], readonly string[]>> = {
  Float64: ['double', 'float', 'long', 'int'],
  Float32: ['float', 'int'],
  Int64: ['long', 'int'],
  Int32: ['int'],
  String: ['string', 'enum'],
  Bool: ['boolean'],
  UnixTimestamp: ['long/timestamp-millis', 'long/timestamp-micros'],
};

/** The Avro type of a field: a primitive name, `long/<logicalType>`, `enum`, `array`, `record`; a nullable union as its other branch. */
function typeName(t: AvroSchema): string {
  if (typeof t === 'string') return t;
  if (Array.isArray(t)) {
    const rest = (t as readonly AvroSchema[]).filter((b) => b !== 'null');
    return rest.length === 1 ? typeName(rest[0]) : 'union';
  }
  const o = t as { type: AvroSchema; logicalType?: string };
  const base = typeName(o.type);
  return o.logicalType ? `${base}/${o.logicalType}` : base;
}

/** The fields of a record schema (after unwrapping a nullable union), or undefined. */
function recordFields(t: AvroSchema): ReadonlyArray<{ name: string; type: AvroSchema }> | undefined {
  if (Array.isArray(t)) {
    const rest = (t as readonly AvroSchema[]).filter((b) => b !== 'null');
    return rest.length === 1 ? recordFields(rest[0]) : undefined;
  }
  if (typeof t === 'object' && t !== null) {
    const o = t as { type: AvroSchema; fields?: Array<{ name: string; type: AvroSchema }> };
    if (o.type === 'record') return o.fields;
    if (typeof o.type === 'object') return recordFields(o.type);
  }
  return undefined;
}

/**
 * The Avro type a feature's `field` path names in `schema`, or why it names none. `a` is a
 * top-level field; `a[key].b` is field `b` of the element of array-of-records `a` whose `name` is
 * `key` (how device-metrics-5min carries one aggregate per metric).
 */
export function resolveField(schema: AvroSchema, field: string): { type: string } | { problem: string } {
  const m = /^([A-Za-z_]\w*)(?:\[([^\]]+)\]\.([A-Za-z_]\w*))?$/.exec(field);
  if (!m) return { problem: `'${field}' is not a field path` };
  const top = recordFields(schema)?.find((f) => f.name === m[1]);
  if (!top) return { problem: `'${m[1]}' is not a field of the schema (fields: ${(recordFields(schema) ?? []).map((f) => f.name).join(', ')})` };
  if (m[2] === undefined) return { type: typeName(top.type) };
  const items = typeof top.type === 'object' && !Array.isArray(top.type) && (top.type as { type: string }).type === 'array' ? (top.type as unknown as { items: AvroSchema }).items : undefined;
  const itemFields = items === undefined ? undefined : recordFields(items);
  if (!itemFields) return { problem: `'${m[1]}' is not an array of records, so '${m[1]}[${m[2]}]' selects nothing` };
  const key = itemFields.find((f) => f.name === 'name');
  if (!key || typeName(key.type) !== 'string') return { problem: `the elements of '${m[1]}' have no string 'name' to select '${m[2]}' by` };
  const leaf = itemFields.find((f) => f.name === m[3]);
  if (!leaf) return { problem: `'${m[3]}' is not a field of the elements of '${m[1]}' (fields: ${itemFields.map((f) => f.name).join(', ')})` };
  return { type: typeName(leaf.type) };
}

/**
 * Every feature definition checked against its topic's Avro value schema: each feature's field
 * exists with a type its Feast type can hold, each view's timestamp field is a timestamp and its
 * entity's join key a string. One line per problem, naming the config field.
 */
export function featureSchemaProblems(config: PlatformConfig, read: SchemaReader = readRepoSchema): string[] {
  const store = config.ml?.featureStore;
  if (!store) return [];
  const problems: string[] = [];
  store.featureViews.forEach((view, i) => {
    const at = `ml.featureStore.featureViews[${i}]`;
    const schemaName = config.kafka.topics.find((t) => t.name === view.topic)?.valueSchema;
    if (!schemaName) return; // the config check names a missing topic or schema
    const schema = read(schemaName);
    const expect = (where: string, field: string, allowed: readonly string[], what: string) => {
      const found = resolveField(schema, field);
      if ('problem' in found) problems.push(`${where}: ${found.problem} in schemas/${schemaName}.avsc`);
      else if (!allowed.includes(found.type)) problems.push(`${where}: '${field}' is ${found.type} in schemas/${schemaName}.avsc, which ${what} cannot hold (compatible: ${allowed.join(', ')})`);
    };
    expect(`${at}.timestampField`, view.timestampField, COMPATIBLE_AVRO_TYPES.UnixTimestamp, 'an event timestamp');
    const entity = store.entities.find((e) => e.name === view.entity);
    if (entity) expect(`${at}.entity`, entity.joinKey, COMPATIBLE_AVRO_TYPES.String, `join key '${entity.joinKey}' (String)`);
    view.features.forEach((f, j) => expect(`${at}.features[${j}].field`, f.field, COMPATIBLE_AVRO_TYPES[f.type], f.type));
  });
  return problems;
}

/** Where a view's history lives: parquet archived from its topic under the offline prefix of the region's feature bucket. */
export function featureViewBatchPath(config: PlatformConfig, region: Pick<RegionConfig, 'name'>, topic: string): string {
  return `s3://${featureBucketName(config, region)}/${FEAST_OFFLINE_PREFIX}/${topic}/`;
}

/**
 * `features.yaml` of a region: the feature definitions of `ml.featureStore` as the Feast image's
 * `definitions.py` reads them (entities, views with their join key and batch path, services).
 */
export function featuresYaml(config: PlatformConfig, region: Pick<RegionConfig, 'name'>): string {
  const store = config.ml!.featureStore;
  const doc = {
    entities: store.entities.map((e) => ({ name: e.name, joinKey: e.joinKey, description: e.description })),
    featureViews: store.featureViews.map((v) => ({
      name: v.name,
      entity: v.entity,
      joinKey: store.entities.find((e) => e.name === v.entity)!.joinKey,
      topic: v.topic,
      timestampField: v.timestampField,
      ttlHours: v.ttlHours,
      batchPath: featureViewBatchPath(config, region, v.topic),
      features: v.features.map((f) => ({ name: f.name, field: f.field, type: f.type })),
    })),
    featureServices: store.featureServices.map((s) => ({ name: s.name, featureViews: [...s.featureViews] })),
  };
  return `# Feast definitions of ${config.project}-${config.environment} in ${region.name}, rendered from ml.featureStore (config/${config.environment}.yaml).\n${YAML.stringify(doc)}`;
}

/** First 10 hex digits of the SHA-256 of `texts`: names a Job after what it applies, so a change makes a new Job. */
export function contentHash(...texts: string[]): string {
  const hash = crypto.createHash('sha256');
  for (const t of texts) hash.update(t).update('\0');
  return hash.digest('hex').slice(0, 10);
}

/** A column the feature archiver writes: its name, the Avro field path it is read from, its Feast type. */
export interface ArchiveColumn {
  readonly name: string;
  readonly field: string;
  readonly type: (typeof FEATURE_TYPES)[number];
}

/** What the archiver does with one topic: where its parquet goes and the columns of each row. */
export interface ArchiveTopic {
  readonly topic: string;
  /** `s3://<features bucket>/offline/<topic>/`: the views' batch path. */
  readonly path: string;
  /** The view's event time (its `timestampField`), which names the `date=` partition. */
  readonly timestampColumn: string;
  readonly columns: readonly ArchiveColumn[];
}

/**
 * The flattening rule of the feature archiver, per archived topic: the join key and event time of
 * the topic's views, then every feature of every view over the topic (a name once), each with the
 * field path its definition names (`metrics[heart_rate].mean`). Rendered into the archiver's
 * ConfigMap, so the Python reads the columns the checked definitions name and nothing else.
 */
export function archiveTopics(config: PlatformConfig, region: Pick<RegionConfig, 'name'>): ArchiveTopic[] {
  const store = config.ml!.featureStore;
  const topics = [...new Set(store.featureViews.map((v) => v.topic))].sort();
  return topics.map((topic) => {
    const views = store.featureViews.filter((v) => v.topic === topic);
    const columns = new Map<string, ArchiveColumn>();
    const add = (c: ArchiveColumn) => {
      const seen = columns.get(c.name);
      if (seen && (seen.field !== c.field || seen.type !== c.type)) {
        throw new Error(`ml.featureStore.featureViews: column '${c.name}' of topic ${topic} is ${seen.field} (${seen.type}) in one view and ${c.field} (${c.type}) in another`);
      }
      columns.set(c.name, c);
    };
    for (const v of views) {
      const joinKey = store.entities.find((e) => e.name === v.entity)!.joinKey;
      add({ name: joinKey, field: joinKey, type: 'String' });
      add({ name: v.timestampField, field: v.timestampField, type: 'UnixTimestamp' });
    }
    for (const v of views) for (const f of v.features) add({ name: f.name, field: f.field, type: f.type });
    const timestamps = [...new Set(views.map((v) => v.timestampField))];
    if (timestamps.length > 1) throw new Error(`ml.featureStore.featureViews: the views over ${topic} name different timestampFields (${timestamps.join(', ')}); the archiver partitions by one`);
    return { topic, path: featureViewBatchPath(config, region, topic), timestampColumn: timestamps[0], columns: [...columns.values()] };
  });
}

/** `archive.yaml` of a region: {@link archiveTopics} as the Feast image's `archive.py` reads it. */
export function archiveYaml(config: PlatformConfig, region: Pick<RegionConfig, 'name'>): string {
  return `# Feature archiver of ${config.project}-${config.environment} in ${region.name}: topics to parquet under the offline store, rendered from ml.featureStore.\n${YAML.stringify({ topics: archiveTopics(config, region) })}`;
}
