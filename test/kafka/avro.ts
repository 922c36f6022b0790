/**
 * Avro schema checks for tests, with `avsc` (a test-only dependency): parsing and the two
 * directions of schema resolution that registries call compatibility.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as avro from 'avsc';
import { SCHEMA_DIR } from '../../lib/kafka/schemas';

/** Compatibility modes as the registries name them. */
export type Compatibility = 'BACKWARD' | 'FORWARD' | 'FULL';

/** Every `schemas/*.avsc` file name, sorted. */
export function schemaFiles(): string[] {
  return fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.avsc')).sort();
}

/** The JSON of `schemas/<file>`. */
export function schemaJson(file: string): any {
  return JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8'));
}

/** Parses a schema (throws on an invalid one). */
export function parseSchema(schema: unknown): avro.Type {
  return avro.Type.forSchema(schema as avro.Schema);
}

/**
 * Why `next` may not follow `previous` under `mode`, or [] when it may:
 * - BACKWARD: a reader on `next` reads data written with `previous` (consumers upgrade first);
 * - FORWARD: a reader on `previous` reads data written with `next` (producers upgrade first);
 * - FULL: both.
 */
export function compatibilityProblems(previous: unknown, next: unknown, mode: Compatibility): string[] {
  const before = parseSchema(previous);
  const after = parseSchema(next);
  const problems: string[] = [];
  const resolve = (reader: avro.Type, writer: avro.Type, direction: string) => {
    try {
      reader.createResolver(writer);
    } catch (e) {
      problems.push(`${direction}: ${(e as Error).message}`);
    }
  };
  if (mode === 'BACKWARD' || mode === 'FULL') resolve(after, before, 'BACKWARD (new reader, old data)');
  if (mode === 'FORWARD' || mode === 'FULL') resolve(before, after, 'FORWARD (old reader, new data)');
  return problems;
}

/**
 * Why a schema's released versions may not follow each other under `mode`, or [] when each may:
 * the registries check every new version against the one before it.
 */
export function historyProblems(versions: readonly { readonly file: string; readonly definition: string }[], mode: Compatibility = 'BACKWARD'): string[] {
  return versions.slice(1).flatMap((v, i) =>
    compatibilityProblems(JSON.parse(versions[i].definition), JSON.parse(v.definition), mode).map((p) => `${versions[i].file} -> ${v.file}: ${p}`),
  );
}

/** `schemas/released.json`: the SHA-256 of each released version of each schema file, in order. */
export function releasedFingerprints(dir: string = SCHEMA_DIR): Record<string, string[]> {
  const data = JSON.parse(fs.readFileSync(path.join(dir, 'released.json'), 'utf8')) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(data).filter(([k]) => k !== '//')) as Record<string, string[]>;
}

/** SHA-256 of a compact schema definition. */
export function fingerprint(definition: string): string {
  return createHash('sha256').update(definition).digest('hex');
}

/**
 * Why a schema's versions no longer start with its released ones, or [] when they do: a released
 * version is in the registry and in records, so it never changes; a file edited in place (not
 * archived first) shows here, naming the file, before its compatibility can even be checked.
 */
export function releasedProblems(name: string, versions: readonly { readonly file: string; readonly definition: string }[], released: readonly string[]): string[] {
  return released.flatMap((sha, i) => {
    const v = versions[i];
    if (v && fingerprint(v.definition) === sha) return [];
    return [`schemas/${name}.avsc: released version ${i + 1} (sha256 ${sha.slice(0, 12)}) is ${v ? `not ${v.file}` : 'missing'}: a released version never changes; restore it as schemas/history/${name}/v${i + 1}.avsc, then change the current file`];
  });
}
