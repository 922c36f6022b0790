import * as fs from 'fs';
import * as path from 'path';
import { PlatformConfig, schemaSubject } from '../config';

/** The repository's Avro schemas: `schemas/<name>.avsc`. */
export const SCHEMA_DIR = path.resolve(__dirname, '..', '..', 'schemas');

/** One topic's value schema, as the registries get it. */
export interface TopicSchema {
  /** The topic. */
  readonly topic: string;
  /** Registry subject: Glue schema name, Apicurio artifact id (`<topic>-value`). */
  readonly subject: string;
  /** The file it comes from, relative to the repository root. */
  readonly file: string;
  /** The schema as JSON text, compact (no insignificant whitespace), so registries compare it stably. */
  readonly definition: string;
}

/**
 * The value schema of every topic that names one, read from `schemas/`. Reading repository files
 * keeps the synth hermetic: no registry is asked, the same commit yields the same definitions.
 *
 * @throws Error naming `kafka.topics[i].valueSchema` when the file is missing or not JSON
 */
export function topicSchemas(config: PlatformConfig, dir: string = SCHEMA_DIR): TopicSchema[] {
  return config.kafka.topics.flatMap((topic, i) => {
    if (!topic.valueSchema) return [];
    const file = path.join(dir, `${topic.valueSchema}.avsc`);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      throw new Error(`kafka.topics[${i}].valueSchema: schemas/${topic.valueSchema}.avsc does not exist`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      throw new Error(`kafka.topics[${i}].valueSchema: schemas/${topic.valueSchema}.avsc is not JSON (${(e as Error).message})`);
    }
    return [{ topic: topic.name, subject: schemaSubject(topic), file: `schemas/${topic.valueSchema}.avsc`, definition: JSON.stringify(parsed) }];
  });
}
