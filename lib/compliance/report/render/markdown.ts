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
 * The report as Markdown, a summary an auditor reads in minutes: scope, counts per pack, layer and
 * stack or cluster, changes, the acknowledgement register (reasons written once), failures and
 * the controls with their rows' counts. The rule catalogue and every row stay in the JSON and HTML.
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
    out.push(`${c.added.length} added, ${c.removed.length} removed, ${c.changed.length} changed${c.added.length + c.removed.length + c.changed.length > CHANGES_SHOWN ? ` (the first ${CHANGES_SHOWN} of each below; all in \`compliance.json\`)` : ''}.`, '');
    for (const a of c.added.slice(0, CHANGES_SHOWN)) out.push(`- added: ${cell(refText(a))} (${a.status})`);
    for (const r of c.removed.slice(0, CHANGES_SHOWN)) out.push(`- removed: ${cell(refText(r))} (was ${r.status})`);
    for (const ch of c.changed.slice(0, CHANGES_SHOWN)) {
      const reason = ch.reasonFrom !== ch.reasonTo ? `; reason: "${ch.reasonFrom ?? '—'}" → "${ch.reasonTo ?? '—'}"` : '';
      out.push(`- changed: ${cell(refText(ch))}: ${ch.from} → ${ch.to}${reason}`);
    }
    out.push('');
  }

  out.push('## Acknowledgement register', '');
  const reasons = [...new Set(report.acknowledgements.map((a) => a.reason))];
  const reasonNo = new Map(reasons.map((r, i) => [r, i + 1]));
  const unused = report.acknowledgements.filter((a) => a.usage === 'unused').length;
  out.push(
    `${report.acknowledgements.length} acknowledgements with ${reasons.length} distinct reasons (${unused} unused); each names its owner and review-by date, and each reason is written once below (R1 …) and referenced. The rows each one covers are in \`compliance.json\` and \`compliance.html\`.`,
    '',
  );
  out.push('<details><summary>Every acknowledgement (id, where, owner, review date, rows, reason)</summary>', '');
  out.push(...table(
    ['#', 'pack', 'id', 'given at', 'owner', 'review by', 'rows', 'reason'],
    report.acknowledgements.map((a, i) => [i + 1, a.pack, code(a.id), code(a.at), a.owner ?? '—', a.reviewBy ?? '—', a.usage === 'used' ? a.covers.length : a.usage, `R${reasonNo.get(a.reason)}`]),
  ), '');
  out.push('</details>', '', '<details><summary>The reasons</summary>', '');
  for (const [i, r] of reasons.entries()) out.push(`- **R${i + 1}**: ${cell(r)}`);
  out.push('', '</details>', '');

  const failing = report.rows.filter((r) => r.status === 'failing');
  out.push('## Failing', '');
  if (failing.length === 0) out.push('None.', '');
  else out.push(...table(['stack / cluster', 'pack', 'rule', 'resource', 'why'], failing.map((r) => [r.target, r.pack, ruleText(r), code(r.resource), r.detail])), '');

  out.push('## By control', '');
  out.push(
    'Every control the rules map to, per framework (mappings as the packs give them: cdk-nag\'s rule info, the Control Tower catalogue), with the rules behind it and their rows. PCI DSS ids are DSS 3.2.1\'s, a version PCI SSC retired for 4.0.1. Each count links to those rows in `compliance.html`; the rule catalogue and every row are there and in `compliance.json`.',
    '',
  );
  for (const framework of [...new Set(report.controls.map((c) => c.framework))]) {
    const controls = report.controls.filter((c) => c.framework === framework);
    const count = (s: 'compliant' | 'acknowledged' | 'failing') => controls.filter((c) => c[s] > 0).length;
    out.push(`### ${framework}`, '', `${controls.length} controls: ${count('failing')} with failing rows, ${count('acknowledged')} with acknowledged rows.`, '');
    out.push(`<details><summary>${framework}: every control</summary>`, '');
    out.push(...table(
      ['control', 'rules', 'compliant', 'acknowledged', 'failing'],
      controls.map((c) => {
        const link = (status: string, n: number) => (n === 0 ? '0' : `[${n}](compliance.html#detail:control=${encodeURIComponent(`${c.framework}|${c.control}`)}&status=${status})`);
        return [c.control, c.rules.length > 4 ? `${c.rules.slice(0, 4).map(code).join(', ')} and ${c.rules.length - 4} more` : c.rules.map(code).join(', '), link('compliant', c.compliant), link('acknowledged', c.acknowledged), link('failing', c.failing)];
      }),
    ), '', '</details>', '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Changes listed per kind; a pull request that changes more is read in the JSON or HTML. */
const CHANGES_SHOWN = 40;

function ruleText(r: ComplianceRow): string {
  return r.finding ? `${r.rule} [${r.finding}]` : r.rule;
}

