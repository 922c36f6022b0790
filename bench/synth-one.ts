/**
 * One benchmark case in a fresh process (so peak memory is this case's own): synthesizes a config
 * the way `npm run synth` does and prints one JSON line of figures.
 * Usage: synth-one <env|N-regions> <cfnValidation:on|off>
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { App } from 'aws-cdk-lib';
import { SYNTH_CONTEXT, buildPlatform } from '../lib/platform/app';
import { PlatformConfig, loadConfigFile, parseConfig } from '../lib/config';
import { renderEnvironment } from '../lib/platform/render';
import { generatedConfig } from './configs';

const ROOT = path.resolve(__dirname, '..');
const [which, validation] = process.argv.slice(2);
// Module load: from process start (performance.now() counts from there), since the transpiler
// hoists every import above the first statement.
const tLoaded = performance.now();

const config: PlatformConfig = /^\d+$/.test(which)
  ? parseConfig(generatedConfig(ROOT, Number(which)), `${which}-regions`)
  : loadConfigFile(path.join(ROOT, 'config', `${which}.yaml`));
const context = { ...(JSON.parse(fs.readFileSync(path.join(ROOT, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> }).context, ...SYNTH_CONTEXT };
const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'));
const app = new App({ outdir, context, builtinCloudFormationValidation: validation !== 'off' });
buildPlatform(app, config);
const assembly = app.synth();
const tCfn = performance.now();
const manifests = renderEnvironment(config);
const tDone = performance.now();
const k8sObjects = manifests.reduce((n, f) => n + (f.content.match(/^kind: /gm) ?? []).length, 0);

let resources = 0;
for (const stack of assembly.stacks) resources += Object.keys((stack.template as { Resources?: Record<string, unknown> }).Resources ?? {}).length;
fs.rmSync(outdir, { recursive: true, force: true });

process.stdout.write(
  `${JSON.stringify({
    config: /^\d+$/.test(which) ? `${which} regions` : which,
    cfnValidation: validation !== 'off',
    stacks: assembly.stacks.length,
    cfnResources: resources,
    k8sObjects,
    k8sFiles: manifests.length,
    moduleLoadMs: Math.round(tLoaded),
    cfnSynthMs: Math.round(tCfn - tLoaded),
    k8sRenderMs: Math.round(tDone - tCfn),
    totalMs: Math.round(tDone),
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  })}\n`,
);
