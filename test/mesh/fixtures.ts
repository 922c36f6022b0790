/**
 * Shared fixtures of the mesh tests: shipped and modified configs, and lookups in rendered
 * manifests. Configs go through `parseConfig`, so every variant is one the schema accepts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Chart, Testing } from 'cdk8s';
import * as YAML from 'yaml';
import { PlatformConfig, loadConfigFile, parseConfig } from '../../lib/config';
import { ROOT } from '../helpers/synth';

/** A shipped environment's config, as loaded by the app. */
export function shipped(env: string): PlatformConfig {
  return loadConfigFile(path.join(ROOT, 'config', `${env}.yaml`));
}

/** A rendered Kubernetes object. */
export type Manifest = Record<string, any>;

/** `config/<env>.yaml` as plain data, to modify before parsing. */
export function configData(env: string): any {
  return YAML.parse(fs.readFileSync(path.join(ROOT, 'config', `${env}.yaml`), 'utf8'));
}

/** A shipped environment's config, optionally modified (on the raw data) before validation. */
export function configOf(env: string, modify?: (data: any) => void): PlatformConfig {
  const data = configData(env);
  modify?.(data);
  return parseConfig(data, `${env}.yaml (modified in test)`);
}

/** The one object of `kind` named `name` (in `namespace`, when given); fails when absent or ambiguous. */
export function find(manifests: readonly Manifest[], kind: string, name: string, namespace?: string): Manifest {
  const hits = manifests.filter(
    (m) => m.kind === kind && m.metadata?.name === name && (namespace === undefined || m.metadata?.namespace === namespace),
  );
  if (hits.length !== 1) {
    throw new Error(`expected one ${kind} ${namespace ?? '*'}/${name}, found ${hits.length}`);
  }
  return hits[0];
}

/** Names of the objects of `kind` (in `namespace`, when given), in rendering order. */
export function namesOf(manifests: readonly Manifest[], kind: string, namespace?: string): string[] {
  return manifests
    .filter((m) => m.kind === kind && (namespace === undefined || m.metadata?.namespace === namespace))
    .map((m) => m.metadata.name);
}

/** Synthesizes a chart built in a fresh app. */
export function synth(build: (app: ReturnType<typeof Testing.app>) => Chart): Manifest[] {
  return Testing.synth(build(Testing.app()));
}
