import { COMPLIANCE_STATUSES, ComplianceReport, ComplianceRow, PackSummary, RowRef } from '../model';

/** One table cell: pipes escaped, line breaks flattened. */
function cell(value: unknown): string {
  const s = typeof value === 'string' ? value : value === undefined || value === null ? '' : typeof value === 'number' || typeof value === 'boolean' ? value.toString() : JSON.stringify(value);
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Inline code that survives backticks inside the value. */
function code(value: string): string {
  return value.includes('`') ? `\`\` ${value} \`\`` : `\`${value}\``;
}

function table(header: readonly string[], rows: ReadonlyArray<readonly unknown[]>): string[] {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

function refText(r: RowRef): string {
  return `${r.target} · ${r.pack} · ${r.rule}${r.finding ? `[${r.finding}]` : ''} · ${r.resource}`;
}

const STATUS_MARK: Record<string, string> = { compliant: '✅ compliant', acknowledged: '🟡 acknowledged', failing: '❌ failing' };

function summaryRows(summaries: readonly PackSummary[], withTarget: boolean): unknown[][] {
  return summaries.map((s) => [
    ...(withTarget ? [s.target] : []),
    s.pack,
    s.source === 'cloudformation' ? 'CloudFormation' : 'Kubernetes',
    s.rules,
    s.resources,
    s.compliant,
    s.acknowledged,
    s.failing,
    s.total,
  ]);
}

/**
 * The report as Markdown, for reading in a pull request: summary, changes, the acknowledgement
 * register, failures, the rule catalogue with its controls, then every row by stack or cluster
 * and pack.
 */
export function renderMarkdown(report: ComplianceReport): string {
  const out: string[] = [];
  const totals = COMPLIANCE_STATUSES.map((s) => `${report.rows.filter((r) => r.status === s).length} ${s}`).join(', ');
  out.push(`# Compliance report: ${report.project} ${report.environment}`, '');
  out.push(`Generated from \`config/${report.environment}.yaml\` by \`npm run synth\`; do not edit. ${report.rows.length} rule × resource rows: ${totals}.`, '');
  out.push('Other formats beside this file: `compliance.json` (the data), `compliance.html` (filterable, offline), `compliance.sarif` (SARIF 2.1.0 for code scanning).', '');

  out.push('## Scope', '');
  out.push(`- Stacks: ${report.scope.stacks.map(code).join(', ') || 'none'}`);
  out.push(`- Clusters (manifest folders): ${report.scope.clusters.map(code).join(', ') || 'none'}`);
  out.push(`- Rule sets: ${Object.entries(report.scope.ruleSets).map(([k, v]) => `${k} (${v})`).join('; ')}`);
  for (const note of report.scope.notes) out.push(`- ${note}`);
  out.push('');

  out.push('## Summary', '');
  out.push(...table(['pack', 'source', 'rules', 'resources', 'compliant', 'acknowledged', 'failing', 'total'], summaryRows(report.summary.packs, false)), '');
  if (report.summary.layers) {
    out.push('### By layer', '');
    out.push(...table(['layer', 'compliant', 'acknowledged', 'failing', 'total'], report.summary.layers.map((l) => [l.layer, String(l.compliant), String(l.acknowledged), String(l.failing), String(l.total)])), '');
  }
  out.push('### By stack and cluster', '');
  out.push(...table(['stack / cluster', 'pack', 'source', 'rules', 'resources', 'compliant', 'acknowledged', 'failing', 'total'], summaryRows(report.summary.targets, true)), '');

  if (report.backups) {
    out.push('## Backups and restores', '');
    out.push('Read from the templates by the failover model (`npm run failover`, docs/failover.md), which also says what a region loss does to each store.', '');
    out.push(...table(['store', 'where', 'store of record', 'schedule', 'retention', 'copy outside its region', 'read from'],
      report.backups.map((b) => [b.store, b.where, b.durable ? 'yes' : 'no', b.schedule, b.retention, b.crossRegionCopy, code(b.source)])), '');
  }

  out.push('## Changes since the previous report', '');
  const c = report.changes;
  if (c.baseline === 'none') {
    out.push('First report: there is no previous report to compare with.', '');
  } else if (!c.added.length && !c.removed.length && !c.changed.length) {
    out.push('No row was added, removed or changed.', '');
  } else {
    out.push(`${c.added.length} added, ${c.removed.length} removed, ${c.changed.length} changed.`, '');
    for (const a of c.added) out.push(`- added: ${cell(refText(a))} (${a.status})`);
    for (const r of c.removed) out.push(`- removed: ${cell(refText(r))} (was ${r.status})`);
    for (const ch of c.changed) {
      const reason = ch.reasonFrom !== ch.reasonTo ? `; reason: "${ch.reasonFrom ?? '—'}" → "${ch.reasonTo ?? '—'}"` : '';
      out.push(`- changed: ${cell(refText(ch))}: ${ch.from} → ${ch.to}${reason}`);
    }
    out.push('');
  }

  out.push('## Acknowledgement register', '');
  out.push('Every acknowledgement given, with the construct (or object) it was given on, its reason, and the rows it covers.', '');
  out.push(...table(
    ['#', 'pack', 'id', 'given at', 'reason', 'covers', 'usage'],
    report.acknowledgements.map((a, i) => [
      i + 1,
      a.pack,
      code(a.id),
      code(a.at),
      a.reason,
      a.covers.length ? a.covers.map((x) => x.resource).join('<br>') : '—',
      a.usage,
    ]),
  ), '');

  const failing = report.rows.filter((r) => r.status === 'failing');
  out.push('## Failing', '');
  if (failing.length === 0) out.push('None.', '');
  else out.push(...table(['stack / cluster', 'pack', 'rule', 'resource', 'why'], failing.map((r) => [r.target, r.pack, ruleText(r), code(r.resource), r.detail])), '');

  out.push('## Rules and the controls they map to', '');
  out.push(...table(
    ['rule', 'pack', 'level', 'controls', 'checks that'],
    report.rules.map((r) => [code(r.id), r.pack, r.level, r.controls.join(', ') || '—', r.title]),
  ), '');

  out.push('## Detail', '');
  const targets = [...new Set(report.rows.map((r) => r.target))];
  for (const target of targets) {
    const inTarget = report.rows.filter((r) => r.target === target);
    out.push(`### ${target}`, '');
    for (const pack of [...new Set(inTarget.map((r) => r.pack))]) {
      const rows = inTarget.filter((r) => r.pack === pack);
      out.push(`#### ${pack} (${target})`, '');
      out.push(...table(['rule', 'resource', 'type', 'status', 'note'], rows.map((r) => [ruleText(r), code(r.resource), r.resourceType, STATUS_MARK[r.status], note(r)])), '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function ruleText(r: ComplianceRow): string {
  return r.finding ? `${r.rule} [${r.finding}]` : r.rule;
}

function note(r: ComplianceRow): string {
  if (r.acknowledgement) return `${r.acknowledgement.reason} (given at ${r.acknowledgement.at})`;
  return r.detail ?? '';
}
