#!/usr/bin/env node
/**
 * `npm run failover -- -c env=prod`: what keeps serving when each region is lost, read from the
 * cloud assembly the CDK app synthesizes (in a temporary directory, without the nag gate: it does
 * not change templates) and the committed manifests under k8s/<env>/ (which the tests keep equal
 * to a fresh render). See lib/failover/model.ts for the model and lib/failover/sources.ts for its
 * cited assumptions. Exits 1 when a promise is broken. Writes nothing.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as YAML from 'yaml';
import { ROOT, loadEnvironments } from './environments';

function contextArgs(argv: readonly string[]): Record<string, string> {
  const context: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    if ((argv[i] === '-c' || argv[i] === '--context') && argv[i + 1]?.includes('=')) {
      const [k, ...v] = argv[++i].split('=');
      context[k] = v.join('=');
    } else {
      process.stderr.write(`failover: unknown argument '${argv[i]}' (allowed: -c env=NAME, -c config=PATH)\n`);
      process.exit(1);
    }
  }
  return context;
}

async function main(): Promise<void> {
  const context = contextArgs(process.argv.slice(2));
  const { selected } = loadEnvironments({ env: context.env ?? 'prod', config: context.config });
  const { App } = await import('aws-cdk-lib');
  const { SYNTH_CONTEXT } = await import('../lib/core/synth-context');
  const { PlatformStage } = await import('../lib/platform/stage');
  const { stacksOfAssembly } = await import('../lib/delivery/plan');
  const { clusterManifestPath } = await import('../lib/config');
  const { failoverModel, failoverProblems, failoverTitle, formatFailover, formatFailoverSources } = await import('../lib/failover');
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'platform-failover-'));
  let broken = false;
  try {
    const cdkJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'cdk.json'), 'utf8')) as { context?: Record<string, unknown> };
    const app = new App({ outdir, context: { ...cdkJson.context, ...SYNTH_CONTEXT }, builtinCloudFormationValidation: false });
    const stages = selected.map((config) => new PlatformStage(app, { config, nag: false }));
    app.synth();
    for (const stage of stages) {
      const config = stage.config;
      const clusters = config.regions.map((region) => {
        const dir = path.join(ROOT, clusterManifestPath(config, region));
        const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort() : [];
        const objects = files.flatMap((f) => YAML.parseAllDocuments(fs.readFileSync(path.join(dir, f), 'utf8')).map((d) => d.toJS() as unknown)).filter(Boolean);
        return { region: region.name, objects: objects as object[] };
      });
      const model = failoverModel({ config, stacks: stacksOfAssembly(stage.synth()), clusters });
      process.stdout.write(`${formatFailover(failoverTitle(config), model)}\n\n`);
      const problems = failoverProblems(model);
      if (problems.length > 0) {
        broken = true;
        process.stderr.write(`failover: ${config.environment} breaks the platform's promises:\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
      }
    }
    process.stdout.write(`${formatFailoverSources()}\n`);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
  if (broken) process.exit(1);
}

void main();
