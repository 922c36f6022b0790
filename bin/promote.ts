#!/usr/bin/env node
/**
 * `npm run promote -- --env prod --model device-anomaly --version 3 --to canary [--percent 10]`
 * (or `--to stable`): edits config/<env>.yaml so the registered model version serves as the
 * canary or as the stable version (lib/ml/promote.ts), keeping comments, and validates the result.
 * Commit the change: the delivery path renders and deploys it (docs/ml-lifecycle.md).
 */
import * as fs from 'fs';
import * as path from 'path';
import { ConfigError } from '../lib/config';
import { Promotion, promoteInConfig } from '../lib/ml/promote';

const USAGE = 'usage: npm run promote -- --env NAME --model NAME --version N --to canary|stable [--percent P]';

function parseArgs(argv: readonly string[]): { env: string; promotion: Promotion } {
  const args: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i]?.replace(/^--/, '');
    if (!['env', 'model', 'version', 'to', 'percent'].includes(key) || argv[i + 1] === undefined) {
      process.stderr.write(`promote: unknown or incomplete argument '${argv[i]}'\n${USAGE}\n`);
      process.exit(1);
    }
    args[key] = argv[i + 1];
  }
  if (!args.model || !args.version || (args.to !== 'canary' && args.to !== 'stable')) {
    process.stderr.write(`promote: --model, --version and --to canary|stable are required\n${USAGE}\n`);
    process.exit(1);
  }
  return {
    env: args.env ?? 'prod',
    promotion: { model: args.model, version: Number(args.version), to: args.to, canaryTrafficPercent: args.percent === undefined ? undefined : Number(args.percent) },
  };
}

const { env, promotion } = parseArgs(process.argv.slice(2));
const file = path.join(__dirname, '..', 'config', `${env}.yaml`);
try {
  const text = fs.readFileSync(file, 'utf8');
  const out = promoteInConfig(text, promotion, `config/${env}.yaml`);
  fs.writeFileSync(file, out);
  process.stdout.write(`config/${env}.yaml: ${promotion.model} version ${promotion.version} is now ${promotion.to === 'canary' ? 'the canary' : 'stable'}; run npm run synth and commit\n`);
} catch (e) {
  if (e instanceof ConfigError) {
    process.stderr.write(`${e.problems.map((p) => `config/${env}.yaml: ${p}`).join('\n')}\n`);
    process.exit(1);
  }
  throw e;
}
