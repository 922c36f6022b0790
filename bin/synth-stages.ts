/**
 * Shared by the bin/ entries that read a model from the cloud assembly (`npm run plan`, `npm run
 * failover`): their `-c key=value` arguments, and the selected environments synthesized as Stages
 * (bin/app.ts's), in a temporary directory, without the nag gate (it does not change templates).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { PlatformStage } from '../lib/platform/stage';
import { ROOT, loadEnvironments } from './environments';

/** `-c key=value` pairs (as the CDK CLI takes them); anything else prints a line and exits 1. */
export function contextArgs(command: string, argv: readonly string[]): Record<string, string> {
  const context: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    if ((argv[i] === '-c' || argv[i] === '--context') && argv[i + 1]?.includes('=')) {
      const [k, ...v] = argv[++i].split('=');
      context[k] = v.join('=');
    } else {
      process.stderr.write(`${command}: unknown argument '${argv[i]}' (allowed: -c env=NAME, -c config=PATH)\n`);
      process.exit(1);
    }
  }
  return context;
}

/**
 * Synthesizes the environments `-c env=…` / `-c config=…` select (prod without either), hands
 * their Stages to `use`, then removes the temporary directory.
 */
export async function withSynthesizedStages(argv: readonly string[], command: string, use: (stages: readonly PlatformStage[]) => void): Promise<void> {
  const context = contextArgs(command, argv);
  const { selected } = loadEnvironments({ env: context.env ?? 'prod', config: context.config });
  const { App } = await import('aws-cdk-lib');
  const { SYNTH_CONTEXT } = await import('../lib/core/synth-context');
  const { PlatformStage } = await import('../lib/platform/stage');
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), `platform-${command}-`));
  try {
    const cdkJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'cdk.json'), 'utf8')) as { context?: Record<string, unknown> };
    const app = new App({ outdir, context: { ...cdkJson.context, ...SYNTH_CONTEXT }, builtinCloudFormationValidation: false });
    const stages = selected.map((config) => new PlatformStage(app, { config, nag: false }));
    app.synth();
    use(stages);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}
