import * as fs from 'fs';
import * as path from 'path';
import { ManifestFile } from './kubernetes';
import { ComplianceReport } from './model';
import { renderHtml } from './render/html';
import { stringifyByLine } from './render/json';
import { renderMarkdown } from './render/markdown';
import { renderSarif } from './render/sarif';

/** Where an environment's reports live, from the repository root. */
export function reportsPath(environment: string): string {
  return `reports/${environment}`;
}

/** The report's JSON, as committed (`reports/<env>/compliance.json`): one row a line. */
export function renderJson(report: ComplianceReport): string {
  return stringifyByLine(report);
}

/** The four files of a report: JSON (the data), Markdown, HTML and SARIF. */
export function complianceReportFiles(report: ComplianceReport): ManifestFile[] {
  const dir = reportsPath(report.environment);
  return [
    { path: `${dir}/compliance.html`, content: renderHtml(report) },
    { path: `${dir}/compliance.json`, content: renderJson(report) },
    { path: `${dir}/compliance.md`, content: renderMarkdown(report) },
    { path: `${dir}/compliance.sarif`, content: renderSarif(report) },
  ];
}

/** Reads an environment's previous JSON report under `root`, if there is one. */
export function readPreviousReport(root: string, environment: string): string | undefined {
  const file = path.join(root, reportsPath(environment), 'compliance.json');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

/**
 * Writes the reports of every environment under `root/reports/`, and removes the compliance
 * files of environments no longer shipped (other files under reports/ are left alone).
 */
export function writeComplianceReports(root: string, files: readonly ManifestFile[]): void {
  const reportsDir = path.join(root, 'reports');
  const keep = new Set(files.map((f) => path.join(root, f.path)));
  if (fs.existsSync(reportsDir)) {
    for (const env of fs.readdirSync(reportsDir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
      const dir = path.join(reportsDir, env.name);
      for (const file of fs.readdirSync(dir).filter((f) => f.startsWith('compliance.'))) {
        if (!keep.has(path.join(dir, file))) fs.rmSync(path.join(dir, file));
      }
      if (fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
    }
  }
  for (const file of files) {
    if (!file.path.startsWith('reports/')) throw new Error(`refusing to write ${file.path} outside reports/`);
    const target = path.join(root, file.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // Unchanged files are not rewritten, so their mtime (and editors watching them) stay put.
    if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== file.content) fs.writeFileSync(target, file.content);
  }
}
