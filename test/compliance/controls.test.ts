import * as fs from 'fs';
import * as path from 'path';
import { ComplianceReport } from '../../lib/compliance/report/model';
import { ruleControls } from '../../lib/compliance/report/report';
import { controlTowerCatalogue } from '../../lib/compliance';
import { ROOT } from '../helpers/synth';

// The committed reports (test/compliance/report.test.ts proves they equal a fresh build).
const read = (env: string, file: string) => fs.readFileSync(path.join(ROOT, 'reports', env, file), 'utf8');
const report = JSON.parse(read('prod', 'compliance.json')) as ComplianceReport;

describe('report by control (prod)', () => {
  test('every control lists the rules that map to it and the counts of their rows', () => {
    expect(report.controls.length).toBeGreaterThan(100);
    const rules = new Map(report.rules.map((r) => [r.id, r]));
    for (const c of report.controls) {
      for (const id of c.rules) expect(ruleControls(rules.get(id)!)).toContainEqual({ framework: c.framework, control: c.control });
      const rows = report.rows.filter((r) => c.rules.includes(r.rule));
      expect([c.framework, c.control, c.compliant, c.acknowledged, c.failing]).toEqual([
        c.framework, c.control, ...(['compliant', 'acknowledged', 'failing'] as const).map((s) => rows.filter((r) => r.status === s).length),
      ]);
    }
  });

  test('mappings come from the sources: cdk-nag\'s NIST rules and the Control Tower catalogue meet under the same NIST control', () => {
    const imds = [...controlTowerCatalogue().values()].find((c) => c.id === 'CT.EC2.PR.2')!;
    const nistIds = imds.frameworks['NIST 800-53 Rev 5'];
    expect(nistIds.length).toBeGreaterThan(0);
    for (const id of nistIds) {
      const control = report.controls.find((c) => c.framework === 'NIST 800-53 R5' && c.control === id)!;
      expect(control.rules).toContain('ControlTower-CT.EC2.PR.2');
    }
    const ac3 = report.controls.find((c) => c.framework === 'NIST 800-53 R5' && c.control === 'AC-3')!;
    expect(ac3.rules.some((r) => r.startsWith('NIST.800.53.R5-'))).toBe(true);
    expect(ac3.rules.some((r) => r.startsWith('ControlTower-'))).toBe(true);
    expect(new Set(report.controls.map((c) => c.framework))).toEqual(new Set(['NIST 800-53 R5', 'HIPAA Security Rule', 'PCI DSS 3.2.1', 'AWS Control Tower', 'CIS AWS Benchmark 1.4', 'Pod Security Standards']));
  });

  test('the report says PCI DSS 3.2.1 is retired, and where the mappings come from', () => {
    expect(report.scope.notes.join('\n')).toMatch(/PCI DSS 3\.2\.1, which PCI SSC retired on 31 March 2024 for v4\.0 \(now 4\.0\.1\)/);
    expect(read('prod', 'compliance.md')).toMatch(/PCI DSS ids are DSS 3\.2\.1's, a version PCI SSC retired for 4\.0\.1/);
  });

  test('every acknowledgement in the register has an owner and a review-by date; the Markdown writes each reason once', () => {
    for (const a of report.acknowledgements) expect([a.id, a.owner, a.reviewBy]).toEqual([a.id, expect.any(String), expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)]);
    const reasonLines = read('prod', 'compliance.md').split('\n').filter((l) => /^- \*\*R\d+\*\*: /.test(l)).map((l) => l.replace(/^- \*\*R\d+\*\*: /, ''));
    const reasons = new Set(report.acknowledgements.map((a) => a.reason.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')));
    expect(reasonLines.length).toBe(reasons.size);
    expect(new Set(reasonLines)).toEqual(reasons);
  });

  test('the Markdown is a summary: far smaller than the data, no per-row detail', () => {
    const md = read('prod', 'compliance.md');
    expect(md.length).toBeLessThan(read('prod', 'compliance.json').length / 8);
    expect(md).not.toMatch(/^## Detail/m);
  });
});

describe('SARIF code scanning can place (prod)', () => {
  const sarif = JSON.parse(read('prod', 'compliance.sarif'));
  const run = sarif.runs[0];

  test('every result sits on a committed file of this repository', () => {
    const files = new Set<string>();
    for (const r of run.results) files.add(r.locations[0].physicalLocation.artifactLocation.uri);
    for (const f of files) expect([f, fs.existsSync(path.join(ROOT, f))]).toEqual([f, true]);
    expect([...files].some((f) => f.startsWith('lib/'))).toBe(true);
    expect([...files].every((f) => !f.startsWith('cdk.out/'))).toBe(true);
  });

  test('the driver and every rule say where they are documented, and every rule carries help', () => {
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
    for (const rule of run.tool.driver.rules) {
      expect([rule.id, rule.help?.text]).toEqual([rule.id, expect.any(String)]);
      if (!rule.properties.pack.startsWith('Platform.')) expect([rule.id, rule.helpUri]).toEqual([rule.id, expect.stringMatching(/^https:\/\//)]);
    }
  });
});
