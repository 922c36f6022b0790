/**
 * Configs for the Kafka tests (no CDK or cdk8s imports, so light suites stay light): the shipped
 * environments and the prod variants the replication tests need.
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
 * Prod with a consumer on the replicated topic: healthcare-service reads device-metrics-5min (with
 * the dead-letter topic every consumed topic needs), so its consumer group and offsets replicate too.
 */
export function prodWithReplicatedConsumer(): PlatformConfig {
  const d = configData('prod');
  d.kafka.topics.push({ name: 'device-metrics-5min-dlq', partitions: 3, retentionHours: 720 });
  d.kafka.topics.find((t: any) => t.name === 'device-metrics-5min').deadLetterTopic = 'device-metrics-5min-dlq';
  d.kafka.clients.find((c: any) => c.service === 'healthcare-service').consumes.push('device-metrics-5min');
  return parseConfig(d, 'prod.yaml (healthcare-service consumes the replicated topic)');
}

/** Prod as it was first deployed: eu-west-1 in another account, so nothing may replicate. */
export function twoAccountProd(): PlatformConfig {
  const d = configData('prod');
  d.regions[1].account = '222222222222';
  for (const t of d.kafka.topics) delete t.replicate;
  d.kafka.msk.multiVpcConnectivity = false;
  return parseConfig(d, 'prod.yaml (two accounts, nothing replicated)');
}
