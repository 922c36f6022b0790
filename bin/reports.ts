/**
 * Writes the compliance reports of every shipped environment (`reports/<env>/compliance.*`),
 * called by bin/app.ts after the manifests are written.
 *
 * The selected environment's CloudFormation side is what its synth's nag gate evaluated (no
 * second evaluation). Every other shipped environment is built into its own App and
 * synthesized into a temporary directory, without the built-in CloudFormation validation and
 * without the gate (a finding there shows as failing in its report; its tests gate it), then
 * the four packs are evaluated over it. Nothing of those apps reaches cdk.out/.
 *
 * The previous report, to say what changed, is the committed one (`git show HEAD:…`) when the
 * reports are written into this repository, so a report regenerated several times before a
 * commit still compares with what reviewers last approved (none if it was never committed);
 * outside a git checkout, or for another root, it is the file on disk.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { SYNTH_CONTEXT, buildPlatform } from '../lib/platform/app';
import {
  complianceReportFiles,
  environmentComplianceReport,
  parseComplianceReport,
  readPreviousReport,
  reportsPath,
  writeComplianceReports,
} from '../lib/compliance/report';
import { PlatformConfig } from '../lib/config';
import { RenderedFile } from '../lib/k8s';

/** What {@link writeReports} needs from the app entry. */
export interface WriteReportsOptions {
  /** The repository root (where git runs). */
  readonly repoRoot: string;
  /** Where reports/ is written (the repository root, or a test's temp dir). */
  readonly root: string;
  /** The selected environment and its synthesized, gated app. */
  readonly selected: { readonly config: PlatformConfig; readonly app: App };
  /** Every shipped environment's config. */
  readonly shipped: readonly PlatformConfig[];
  /** Every shipped environment's rendered manifests. */
  readonly manifests: readonly RenderedFile[];
  /** Context for the other environments' apps (the selected app's, so they build the same). */
  readonly context: Record<string, unknown>;
}

/** Builds and writes every shipped environment's report (see the module comment). */
export function writeReports(options: WriteReportsOptions): void {
  const files = options.shipped.flatMap((config) => {
    const previous = parseComplianceReport(committedReport(options, config.environment));
    if (config === options.selected.config) {
      return complianceReportFiles(environmentComplianceReport(config, options.selected.app, options.manifests, previous));
    }
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'platform-report-'));
    try {
      const app = new App({ outdir, context: { ...options.context, ...SYNTH_CONTEXT }, builtinCloudFormationValidation: false });
      buildPlatform(app, config, { nag: false });
      app.synth();
      return complianceReportFiles(environmentComplianceReport(config, app, options.manifests, previous));
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });
  writeComplianceReports(options.root, files);
}

function committedReport(options: WriteReportsOptions, environment: string): string | undefined {
  if (path.resolve(options.root) === path.resolve(options.repoRoot)) {
    const git = (...args: string[]) => execFileSync('git', args, {
      cwd: options.repoRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
    try {
      git('rev-parse', '--verify', '--quiet', 'HEAD');
    } catch {
      // Not a git checkout (an exported tree): the report on disk is the previous one.
      return readPreviousReport(options.root, environment);
    }
    try {
      return git('show', `HEAD:${reportsPath(environment)}/compliance.json`);
    } catch {
      return undefined; // never committed: this is the first report
    }
  }
  return readPreviousReport(options.root, environment);
}
