/**
 * `npm run bench`: synth wall time, peak memory and object counts for prod and generated 6- and
 * 12-region configs, with and without aws-cdk-lib's built-in CloudFormation validation (the nag
 * packs are always on). Each case runs in its own process; prints a Markdown table for the README.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const cases = ['prod', '6', '12'];
const rows: any[] = [];
for (const which of cases) {
  for (const validation of ['on', 'off']) {
    const run = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', 'bench/synth-one.ts', which, validation], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (run.status !== 0) {
      process.stderr.write(run.stderr);
      process.exit(1);
    }
    const row = JSON.parse(run.stdout.trim().split('\n').pop()!);
    rows.push(row);
    process.stderr.write(`${JSON.stringify(row)}\n`);
  }
}

const lines = [
  '| config | CFN validation | stacks | CFN resources | module load ms | synth ms | total ms | ms / resource | peak RSS MiB |',
  '|---|---|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.config} | ${r.cfnValidation ? 'on' : 'off'} | ${r.stacks} | ${r.cfnResources} | ${r.moduleLoadMs} | ${r.synthMs} | ${r.totalMs} | ${(r.totalMs / r.cfnResources).toFixed(1)} | ${r.peakRssMiB} |`,
  ),
];
process.stdout.write(`${lines.join('\n')}\n`);
