#!/usr/bin/env node
/**
 * CDK app entry: the only place that reads context and the environment. Loads and validates the
 * config, then builds the platform. A bad config prints one line per problem and exits 1 before
 * anything is written.
 */
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { ConfigError, PlatformConfig, loadConfigFile } from '../lib/config';
import { buildPlatform } from '../lib/app';

const ROOT = path.resolve(__dirname, '..');

function selectConfigFile(app: App): string {
  const file = app.node.tryGetContext('config') as string | undefined;
  if (file) return path.resolve(file);
  const env = (app.node.tryGetContext('env') as string | undefined) ?? 'prod';
  return path.join(ROOT, 'config', `${env}.yaml`);
}

function main(): void {
  const app = new App();
  let config: PlatformConfig;
  try {
    config = loadConfigFile(selectConfigFile(app));
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
  buildPlatform(app, config);
  app.synth();
}

main();
