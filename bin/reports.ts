/**
 * Writes the compliance reports of every shipped environment (`reports/<env>/compliance.*`),
 * called by bin/render.ts after the manifests are written. Each environment's CloudFormation side
 * is what its Stage's nag gate evaluated when the App was synthesized (no second evaluation).
 *
 * The previous report, to say what changed, is the committed one (`git show HEAD:…`) when the
 * reports are written into this repository, so a report regenerated several times before a
 * commit still compares with what reviewers last approved (none if it was never committed);
 * outside a git checkout, or for another root, it is the file on disk.
 */
import { execFileSync } from 'child_process';
import * as path from 'path';
import {
  complianceReportFiles,
  environmentComplianceReport,
  parseComplianceReport,
  readPreviousReport,
  reportsPath,
  writeComplianceReports,
} from '../lib/compliance/report';
import { RenderedFile } from '../lib/k8s';
import { reportLayers } from '../lib/platform/report-layers';
import { reportBackups } from '../lib/platform/report-backups';
import type { PlatformStage } from '../lib/platform/stage';

/** What {@link writeReports} needs from the render entry. */
export interface WriteReportsOptions {
  /** The repository root (where git runs). */
  readonly repoRoot: string;
  /** Where reports/ is written (the repository root, or a test's temp dir). */
  readonly root: string;
  /** Every shipped environment's Stage, synthesized with the nag gate. */
  readonly stages: readonly PlatformStage[];
  /** Every shipped environment's rendered manifests. */
  readonly manifests: readonly RenderedFile[];
}

/** Builds and writes every shipped environment's report (see the module comment). */
export function writeReports(options: WriteReportsOptions): void {
  const files = options.stages.flatMap((stage) => {
    const previous = parseComplianceReport(committedReport(options, stage.config.environment));
    const layers = reportLayers(stage.platform, options.manifests);
    const backups = reportBackups(stage.config, stage);
    return complianceReportFiles(environmentComplianceReport(stage.config, stage, options.manifests, previous, layers, backups));
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
