/**
 * `npm run bench`: synth wall time, peak memory and object counts for prod and generated 6- and
 * 12-region configs, with and without aws-cdk-lib's built-in CloudFormation validation (the nag
 * packs are always on). Each case runs in its own process; prints a Markdown table for docs/performance.md.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { listEnvironments, loadConfigFile } from '../lib/config';
import { renderEnvironment } from '../lib/platform/render';

const ROOT = path.resolve(__dirname, '..');
const cases = ['prod', '6', '12'];
/** One line of bench/synth-one.ts's output. */
interface BenchRow {
  readonly config: string;
  readonly cfnValidation: boolean;
  readonly stacks: number;
  readonly cfnResources: number;
  readonly k8sObjects: number;
  readonly moduleLoadMs: number;
  readonly cfnSynthMs: number;
  readonly k8sRenderMs: number;
  readonly totalMs: number;
  readonly peakRssMiB: number;
}
const rows: BenchRow[] = [];
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
    const row = JSON.parse(run.stdout.trim().split('\n').pop()!) as BenchRow;
    rows.push(row);
    process.stderr.write(`${JSON.stringify(row)}\n`);
  }
}

const lines = [
  '| config | CFN validation | stacks | CFN resources | k8s objects | module load ms | CFN synth ms | k8s render ms | total ms | ms / object | peak RSS MiB |',
  '|---|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.config} | ${r.cfnValidation ? 'on' : 'off'} | ${r.stacks} | ${r.cfnResources} | ${r.k8sObjects} | ${r.moduleLoadMs} | ${r.cfnSynthMs} | ${r.k8sRenderMs} | ${r.totalMs} | ${(r.totalMs / (r.cfnResources + r.k8sObjects)).toFixed(1)} | ${r.peakRssMiB} |`,
  ),
];
process.stdout.write(`${lines.join('\n')}\n`);

// The main job itself, as users run it: `npm run synth` (CDK CLI + app, prod CloudFormation +
// every shipped environment's manifests), timed end to end with its peak memory.
const cli = spawnSync('/usr/bin/time', ['-f', '%e %M', 'npm', 'run', '-s', 'synth'], { cwd: ROOT, encoding: 'utf8' });
if (cli.status !== 0) {
  process.stderr.write(cli.stderr);
  process.exit(1);
}
const [seconds, maxKiB] = cli.stderr.trim().split('\n').pop()!.split(' ').map(Number);
/** CloudFormation resources of every template under an assembly directory (nested stage assemblies included). */
function cfnResourcesIn(dir: string): number {
  let n = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name.startsWith('assembly-')) n += cfnResourcesIn(file);
    else if (entry.name.endsWith('.template.json')) n += Object.keys((JSON.parse(fs.readFileSync(file, 'utf8')) as { Resources?: object }).Resources ?? {}).length;
  }
  return n;
}
const prodCfn = cfnResourcesIn(path.join(ROOT, 'cdk.out'));
const allK8s = listEnvironments(path.join(ROOT, 'config'))
  .map((env) => renderEnvironment(loadConfigFile(path.join(ROOT, 'config', `${env}.yaml`))))
  .flat()
  .reduce((n, f) => n + (f.content.match(/^kind: /gm) ?? []).length, 0);
const objects = prodCfn + allK8s;
process.stdout.write(
  `\n\`npm run synth\` (every environment's and the pipeline's CloudFormation into cdk.out/, the manifests and reports of every environment): ${seconds.toFixed(2)} s wall, ` +
    `peak RSS ${Math.round(maxKiB / 1024)} MiB, ${prodCfn} CFN resources + ${allK8s} k8s objects = ${objects} objects, ` +
    `${((seconds * 1000) / objects).toFixed(1)} ms per object (EKS Blueprints' \`npx cdk synth\`: about 13 ms per object here)\n`,
);
