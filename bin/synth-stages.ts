/**
 * Shared by the bin/ entries that read a model from the cloud assembly (`npm run plan`, `npm run
 * failover`): the selected environments synthesized as Stages (bin/app.ts's), in a temporary
 * directory, without the nag gate (it does not change templates).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { PlatformStage } from '../lib/platform/stage';
import { ROOT, commandEnvironments } from './environments';

/**
 * Synthesizes the environments `-c env=…` / `-c config=…` select (prod without either), hands
 * their Stages to `use`, then removes the temporary directory.
 */
export async function withSynthesizedStages(argv: readonly string[], command: string, use: (stages: readonly PlatformStage[]) => void): Promise<void> {
  const { selected } = commandEnvironments(command, argv);
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
