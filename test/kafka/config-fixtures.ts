/**
 * Configs for the Kafka tests (no CDK or cdk8s imports, so light suites stay light): the shipped
 * environments and the same-account prod variant that MSK Replicator supports.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { PlatformConfig, loadConfigFile, parseConfig } from '../../lib/config';

/** The repository root (not from helpers/synth, which loads the whole app). */
const ROOT = path.resolve(__dirname, '..', '..');

/** A shipped environment's validated config. */
export function shipped(env: string): PlatformConfig {
  return loadConfigFile(path.join(ROOT, 'config', `${env}.yaml`));
}

/** A shipped config as a plain object, to mutate. */
export function configData(env: string): any {
  return YAML.parse(fs.readFileSync(path.join(ROOT, 'config', `${env}.yaml`), 'utf8'));
}

/**
 * Prod with both regions in the hub's account and two replicated topics: the layout MSK
 * Replicator supports (the shipped prod has its regions in two accounts).
 */
export function sameAccountProd(): PlatformConfig {
  const d = configData('prod');
  d.regions[1].account = d.regions[0].account;
  for (const t of d.kafka.topics) if (t.name === 'patient-events' || t.name === 'device-metrics-5min') t.replicate = true;
  return parseConfig(d, 'prod.yaml (same account, replicated)');
}
