import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { ComplianceReport } from '../../lib/compliance/report';
import { ROOT } from '../helpers/synth';
import { CHROMIUM, dumpDom, hasChromium } from './fixtures';

/**
 * Opens the committed prod report in headless Chromium (Debian's, as .ci/run installs it),
 * networking off, and reads the tables its script rendered. Without Chromium the tests are
 * skipped locally (and say so in their name); in CI (`CI` set) they run and fail.
 */
const HTML = path.join(ROOT, 'reports', 'prod', 'compliance.html');
const JSON_FILE = path.join(ROOT, 'reports', 'prod', 'compliance.json');
const available = hasChromium();
const run = available || process.env.CI ? test : test.skip;
const title = available ? 'HTML report in headless Chromium' : `HTML report in headless Chromium — SKIPPED: ${CHROMIUM} is missing (apt-get install -y chromium)`;
if (!available && !process.env.CI) process.stderr.write(`compliance HTML tests skipped: ${CHROMIUM} is missing (apt-get install -y chromium)\n`);

function open(file: string, fragment = ''): string {
  if (!hasChromium()) throw new Error(`${CHROMIUM} is missing: .ci/run installs it with apt-get install -y chromium`);
  return dumpDom(`${pathToFileURL(file).href}${fragment}`);
}

/** The summary table as rendered: pack → { compliant, acknowledged, failing, total }. */
function renderedSummary(dom: string): Record<string, Record<string, number>> {
  const body = /<table id="summary">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(dom)?.[1] ?? '';
  const out: Record<string, Record<string, number>> = {};
  for (const row of body.matchAll(/<tr data-pack="([^"]+)">([\s\S]*?)<\/tr>/g)) {
    out[row[1]] = Object.fromEntries([...row[2].matchAll(/<td[^>]*data-status="(\w+)"[^>]*>([\s\S]*?)<\/td>/g)]
      .map((c) => [c[1], Number(c[2].replace(/<[^>]+>/g, ''))]));
  }
  return out;
}

function expectedSummary(report: ComplianceReport): Record<string, Record<string, number>> {
  return Object.fromEntries(report.summary.packs.map((s) => [s.pack, { compliant: s.compliant, acknowledged: s.acknowledged, failing: s.failing, total: s.total }]));
}

describe(title, () => {
  const report = JSON.parse(fs.readFileSync(JSON_FILE, 'utf8')) as ComplianceReport;

  test('is one self-contained file: no external URL, no external script or style, a CSP that forbids loads', () => {
    const html = fs.readFileSync(HTML, 'utf8');
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<(script|img|iframe)[^>]+src=|<link[^>]+href=/i);
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\';');
  });

  run('renders the summary table with the report\'s counts per pack and status', () => {
    const dom = open(HTML);
    expect(dom).toContain('data-rendered="true"');
    expect(renderedSummary(dom)).toEqual(expectedSummary(report));
    const rows = report.rows.length;
    expect(dom).toContain(`<p id="detail-count">${rows} of ${rows} rows shown.</p>`);
  });

  run('a summary link opens the detail filtered by pack and status', () => {
    const pack = report.summary.packs.find((s) => s.acknowledged > 0)!;
    const dom = open(HTML, `#detail:pack=${encodeURIComponent(pack.pack)}&status=acknowledged`);
    expect(dom).toContain(`<p id="detail-count">${pack.acknowledged} of ${report.rows.length} rows shown.</p>`);
    const shown = /<table id="detail-table">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(dom)![1];
    const statuses = [...shown.matchAll(/<tr [^>]*data-status="(\w+)" data-pack="([^"]+)"/g)].map((m) => `${m[2]}/${m[1]}`);
    expect(new Set(statuses)).toEqual(new Set([`${pack.pack}/acknowledged`]));
    expect(statuses).toHaveLength(pack.acknowledged);
  });

  run('the check fails when the page\'s script does not run', () => {
    const broken = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'compliance-html-')), 'broken.html');
    fs.writeFileSync(broken, fs.readFileSync(HTML, 'utf8').replace(/<script>[\s\S]*<\/script>/, ''));
    expect(renderedSummary(open(broken))).toEqual({});
  });
});
