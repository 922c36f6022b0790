import * as fs from 'fs';
import * as path from 'path';
import { PlatformConfig, SCHEMA_DIR, schemaSubject } from '../config';

/**
 * The repository's Avro schemas: `schemas/<name>.avsc` is the current version of each (what
 * producers write with); `schemas/history/<name>/v<N>.avsc` are the versions released before it,
 * frozen, numbered from 1.
 */
export { SCHEMA_DIR };

/** One released version of a value schema. */
export interface SchemaVersionFile {
  /** Version number in the registry: 1 is the schema's first, the current file is the last. */
  readonly version: number;
  /** The file, relative to the repository root. */
  readonly file: string;
  /** The schema as JSON text, compact (no insignificant whitespace), so registries compare it stably. */
  readonly definition: string;
}

/** One topic's value schema, as the registries get it. */
export interface TopicSchema {
  /** The topic. */
  readonly topic: string;
  /** Registry subject: Glue schema name, Apicurio artifact id (`<topic>-value`). */
  readonly subject: string;
  /** The current version's file, relative to the repository root. */
  readonly file: string;
  /** The current version, compact JSON. */
  readonly definition: string;
  /**
   * Every version in registration order: the frozen history (`v1` … ) and the current file last.
   * The registry keeps them all, because records carry the id of the version they were written with.
   */
  readonly versions: readonly SchemaVersionFile[];
}

/**
 * The value schema of every topic that names one, read from `schemas/`, with its released
 * versions. Reading repository files keeps the synth hermetic: no registry is asked, the same
 * commit yields the same definitions.
 *
 * Evolving a schema: copy the current `schemas/<name>.avsc` to `schemas/history/<name>/v<N>.avsc`
 * (N = the next free number, 1 the first time), then edit the current file. Released versions are
 * never edited: each is registered once, in order, and the registry checks each new one against
 * the last (BACKWARD).
 *
 * @throws Error naming `kafka.topics[i].valueSchema` when a file is missing or not JSON, the history
 *   is not numbered 1..N, or two versions are the same schema
 */
export function topicSchemas(config: PlatformConfig, dir: string = SCHEMA_DIR): TopicSchema[] {
  return config.kafka.topics.flatMap((topic, i) => {
    if (!topic.valueSchema) return [];
    const name = topic.valueSchema;
    const where = `kafka.topics[${i}].valueSchema`;
    const current = readSchema(dir, `${name}.avsc`, where);
    const history = historyOf(dir, name, where);
    const versions = [...history, { version: history.length + 1, ...current }];
    versions.forEach((v, k) => {
      const earlier = versions.slice(0, k).find((e) => e.definition === v.definition);
      if (earlier) throw new Error(`${where}: ${v.file} repeats ${earlier.file}; a version is registered once, so change the newer file or remove it`);
    });
    return [{ topic: topic.name, subject: schemaSubject(topic), file: current.file, definition: current.definition, versions }];
  });
}

/** The released versions of `name`, `schemas/history/<name>/v1.avsc` … in order (none when the folder is absent). */
function historyOf(dir: string, name: string, where: string): SchemaVersionFile[] {
  const folder = path.join(dir, 'history', name);
  if (!fs.existsSync(folder)) return [];
  const files = fs.readdirSync(folder).filter((f) => f.endsWith('.avsc'));
  const numbered = files.map((f) => {
    const match = /^v([1-9][0-9]*)\.avsc$/.exec(f);
    if (!match) throw new Error(`${where}: schemas/history/${name}/${f} is not named v<N>.avsc`);
    return Number(match[1]);
  }).sort((a, b) => a - b);
  numbered.forEach((n, k) => {
    if (n !== k + 1) throw new Error(`${where}: schemas/history/${name} must hold v1.avsc to v${numbered.length}.avsc without gaps, found ${numbered.map((x) => `v${x}`).join(', ')}`);
  });
  return numbered.map((n) => ({ version: n, ...readSchema(dir, path.join('history', name, `v${n}.avsc`), where) }));
}

/** One schema file as compact JSON. */
function readSchema(dir: string, relative: string, where: string): { file: string; definition: string } {
  const file = `schemas/${relative.split(path.sep).join('/')}`;
  let text: string;
  try {
    text = fs.readFileSync(path.join(dir, relative), 'utf8');
  } catch {
    throw new Error(`${where}: ${file} does not exist`);
  }
  try {
    return { file, definition: JSON.stringify(JSON.parse(text)) };
  } catch (e) {
    throw new Error(`${where}: ${file} is not JSON (${(e as Error).message})`);
  }
}
