#!/usr/bin/env node
/**
 * `npm run plan -- -c env=prod`: the deploy order and its estimated time, read from the cloud
 * assembly the same CDK app synthesizes (bin/app.ts's Stages, in a temporary directory, without
 * the nag gate: it does not change templates). See lib/delivery/plan.ts for the model and
 * lib/delivery/durations.ts for its cited assumptions. Writes nothing.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT, loadEnvironments } from './environments';

function contextArgs(argv: readonly string[]): Record<string, string> {
  const context: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    if ((argv[i] === '-c' || argv[i] === '--context') && argv[i + 1]?.includes('=')) {
      const [k, ...v] = argv[++i].split('=');
      context[k] = v.join('=');
    } else {
      process.stderr.write(`plan: unknown argument '${argv[i]}' (allowed: -c env=NAME, -c config=PATH)\n`);
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
  const { deployPlan, planProblems, stacksOfAssembly } = await import('../lib/delivery/plan');
  const { formatAssumptions, formatKpi, formatPlan } = await import('../lib/delivery/format');
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'platform-plan-'));
  try {
    const cdkJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'cdk.json'), 'utf8')) as { context?: Record<string, unknown> };
    const app = new App({ outdir, context: { ...cdkJson.context, ...SYNTH_CONTEXT }, builtinCloudFormationValidation: false });
    const stages = selected.map((config) => new PlatformStage(app, { config, nag: false }));
    app.synth();
    for (const stage of stages) {
      const stacks = stacksOfAssembly(stage.synth());
      const create = deployPlan(stacks, 'create');
      const update = deployPlan(stacks, 'update');
      const problems = [...planProblems(create, stacks), ...planProblems(update, stacks)];
      if (problems.length > 0) throw new Error(`the plan contradicts the assembly:\n${problems.join('\n')}`);
      const title = `${stage.config.project} ${stage.config.environment} (${stacks.length} stacks, ${stage.config.regions.map((r) => r.name).join(', ')})`;
      process.stdout.write(`${formatPlan(title, create)}\n\n${formatPlan(title, update)}\n\n${formatKpi(create, update)}\n\n`);
    }
    process.stdout.write(`${formatAssumptions()}\n`);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

void main();
