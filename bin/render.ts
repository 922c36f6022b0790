#!/usr/bin/env node
/**
 * `npm run render`: writes what Argo CD and auditors read, never cdk.out/:
 *
 * 1. the Kubernetes manifests of every shipped environment into k8s/<env>/… (Argo CD syncs them
 *    from git), and
 * 2. the compliance report of every shipped environment into reports/<env>/. Every environment
 *    is built, gated by the nag packs, into one App synthesized in a temporary directory (the
 *    same Stages `cdk synth` builds); the report reads what the gate evaluated.
 *
 * Options: `--root DIR` writes DIR/k8s and DIR/reports instead of the repository's (tests use
 * it); `--no-reports` skips the reports (quick local iterations); `--manifests-only DIR` writes
 * only the manifests, into DIR (what `npx cdk8s synth` runs, with cdk8s.yaml's output dir);
 * `--cdk-out DIR` keeps the synthesized app in DIR: `npm run synth` is this with `cdk.out`, which
 * writes what `cdk synth` writes (every Stage and the pipeline, with the metadata the CDK CLI asks
 * for) and renders from the same synthesis instead of building every environment twice.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT, loadEnvironments, rejectUnfit } from './environments';

interface RenderOptions {
  readonly root: string;
  readonly reports: boolean;
  /** Where the app is synthesized and kept; a temporary directory when unset. */
  readonly cdkOut?: string;
}

function parseArgs(argv: readonly string[]): RenderOptions {
  let root = ROOT;
  let reports = true;
  let cdkOut: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--root' && argv[i + 1]) root = path.resolve(argv[++i]);
    else if (arg === '--no-reports') reports = false;
    else if (arg === '--cdk-out' && argv[i + 1]) cdkOut = path.resolve(argv[++i]);
    else if (arg === '--manifests-only' && argv[i + 1]) {
      root = path.resolve(argv[++i]);
      reports = false;
    } else {
      process.stderr.write(`render: unknown argument '${arg}' (allowed: --root DIR, --no-reports, --manifests-only DIR, --cdk-out DIR)\n`);
      process.exit(1);
    }
  }
  return { root, reports, cdkOut };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const { shipped, fileOf } = loadEnvironments({});

  const { renderEnvironment } = await import('../lib/platform/render');
  const { writeManifests } = await import('../lib/k8s/write');
  const manifests = shipped.flatMap((config) => renderEnvironment(config));
  // Pods that cannot fit their nodes: one line per region and scenario, nothing written.
  await rejectUnfit(shipped, fileOf, manifests);
  writeManifests(options.root, manifests);
  if (!options.reports) return;

  const { App } = await import('aws-cdk-lib');
  const { SYNTH_CONTEXT } = await import('../lib/core/synth-context');
  const { PlatformStage } = await import('../lib/platform/stage');
  const { writeReports } = await import('./reports');
  const outdir = options.cdkOut ?? fs.mkdtempSync(path.join(os.tmpdir(), 'platform-render-'));
  try {
    const cdkJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'cdk.json'), 'utf8')) as { context?: Record<string, unknown> };
    // Into cdk.out: the assembly `cdk synth` writes, with the metadata the CLI turns on.
    const cliContext = options.cdkOut ? { 'aws:cdk:enable-path-metadata': true, 'aws:cdk:enable-asset-metadata': true } : {};
    if (options.cdkOut) fs.rmSync(outdir, { recursive: true, force: true });
    const app = new App({ outdir, context: { ...cdkJson.context, ...cliContext, ...SYNTH_CONTEXT } });
    const stages = shipped.map((config) => new PlatformStage(app, { config }));
    if (options.cdkOut) {
      const { addDeliveryPipeline } = await import('../lib/platform/delivery');
      addDeliveryPipeline(app, stages);
    }
    app.synth();
    writeReports({ repoRoot: ROOT, root: options.root, stages, manifests });
  } finally {
    if (!options.cdkOut) fs.rmSync(outdir, { recursive: true, force: true });
  }
}

void main();
