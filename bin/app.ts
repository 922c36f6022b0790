#!/usr/bin/env node
/**
 * CDK app entry: the only place that reads context and the environment.
 *
 * 1. Loads and validates the selected config (`-c env=NAME`, default prod, or `-c config=PATH`)
 *    and every shipped environment in config/. Any invalid config prints one line per problem
 *    and exits 1 before anything is written.
 * 2. Builds the selected environment's stacks (gated by the nag packs) and synthesizes cdk.out/.
 * 3. Renders the Kubernetes manifests of every shipped environment into k8s/<env>/…, which
 *    Argo CD syncs from git.
 * 4. Writes the compliance report of every shipped environment into reports/<env>/ (see
 *    bin/reports.ts; `-c reports=false` skips it).
 */
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { ConfigError, PlatformConfig, listEnvironments, loadConfigFile } from '../lib/config';
import { SYNTH_CONTEXT } from '../lib/core/synth-context';

const ROOT = path.resolve(__dirname, '..');
const CONFIG_DIR = path.join(ROOT, 'config');

function selectedConfigFile(app: App): string {
  const file = app.node.tryGetContext('config') as string | undefined;
  if (file) return path.resolve(file);
  const env = (app.node.tryGetContext('env') as string | undefined) ?? 'prod';
  return path.join(CONFIG_DIR, `${env}.yaml`);
}

/** Loads every file, collecting every problem of every file before giving up. */
function loadAll(files: string[]): PlatformConfig[] {
  const configs: PlatformConfig[] = [];
  const errors: ConfigError[] = [];
  for (const file of files) {
    try {
      configs.push(loadConfigFile(file));
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      errors.push(e);
    }
  }
  if (errors.length > 0) {
    process.stderr.write(`${errors.map((e) => e.message).join('\n')}\n`);
    process.exit(1);
  }
  return configs;
}

async function main(): Promise<void> {
  // Only the config layer loads before validation: a bad config fails fast, before aws-cdk-lib's
  // and cdk8s's heavy modules are even read.
  const app = new App({ context: { ...SYNTH_CONTEXT } });
  const selected = selectedConfigFile(app);
  const shipped = listEnvironments(CONFIG_DIR).map((env) => path.join(CONFIG_DIR, `${env}.yaml`));
  const files = [selected, ...shipped.filter((f) => f !== selected)];
  const [config, ...others] = loadAll(files);
  const shippedConfigs = shipped.includes(selected) ? [config, ...others] : others;

  const { buildPlatform, renderEnvironment } = await import('../lib/platform');
  const { writeManifests } = await import('../lib/k8s');
  buildPlatform(app, config);
  app.synth();

  // `-c manifestsRoot=DIR` writes DIR/k8s/ instead of the repository's (tests use it).
  const manifestsRoot = path.resolve((app.node.tryGetContext('manifestsRoot') as string | undefined) ?? ROOT);
  const manifests = shippedConfigs.flatMap((c) => renderEnvironment(c));
  writeManifests(manifestsRoot, manifests);

  // 4. Compliance reports of every shipped environment into reports/<env>/ (same root as k8s/).
  //    `-c reports=false` skips them (benchmarks, quick local iterations).
  if (String(app.node.tryGetContext('reports') ?? true) !== 'false') {
    const { writeReports } = await import('./reports');
    writeReports({ repoRoot: ROOT, root: manifestsRoot, selected: { config, app }, shipped: shippedConfigs, manifests, context: app.node.getAllContext() });
  }
}

void main();
