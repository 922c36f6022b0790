import type { PlatformConfig } from '../config';
import type { FailoverModel, Outcome } from './model';
import { FAILOVER_SOURCES } from './sources';

const OUTCOME: Readonly<Record<Outcome, string>> = {
  'serves': 'keeps serving',
  'fails-over': 'fails over',
  'down-with-region': 'down with its region',
  'unavailable': 'UNAVAILABLE until the region returns',
};

/** The heading of an environment's output. */
export function failoverTitle(config: PlatformConfig): string {
  return `## ${config.project} ${config.environment}: the loss of each region (${config.regions.map((r) => `${r.name}${r.hub ? ' hub' : ''}`).join(', ')})`;
}

/** The model as text, for `npm run failover` (markdown tables, also pasted into docs/failover.md). */
export function formatFailover(title: string, model: FailoverModel): string {
  const lines: string[] = [`${title}`];
  for (const loss of model.losses) {
    lines.push('', `### Loss of ${loss.lost}${loss.hub ? ' (the hub)' : ''}`, '');
    lines.push('| component | what happens | RPO | RTO | why |', '|---|---|---|---|---|');
    for (const c of loss.components) {
      lines.push(`| ${c.component} | ${OUTCOME[c.outcome]} | ${c.rpo ?? '—'} | ${c.rto ?? '—'} | ${c.why}${c.sources.length > 0 ? ` [${c.sources.join(', ')}]` : ''} |`);
    }
    lines.push('');
    if (loss.serving.length === 0) lines.push('Serving: no other region (or no service reads the Atlas connection string) to check.');
    for (const s of loss.serving) {
      lines.push(`- serving: ${s.region} ${s.service}, ${s.jurisdiction} data: reads ${s.reads ? 'yes' : 'NO'}, writes ${s.writes ? 'yes' : 'NO'}${s.problems.length > 0 ? ` (${s.problems.join('; ')})` : ''}`);
    }
    for (const d of loss.durability) lines.push(`- durable: ${d.store}: ${d.kept ? 'kept' : 'MAY LOSE DATA'}: ${d.why}`);
  }
  lines.push('', '### Backups', '', '| store | where | store of record | schedule | retention | copy outside its region | read from |', '|---|---|---|---|---|---|---|');
  for (const b of model.backups) lines.push(`| ${b.store} | ${b.where} | ${b.durable ? 'yes' : 'no'} | ${b.schedule} | ${b.retention} | ${b.crossRegionCopy} | ${b.source} |`);
  return lines.join('\n');
}

/** The cited assumptions the model used. */
export function formatFailoverSources(): string {
  const lines = ['### Sources (lib/failover/sources.ts)', ''];
  for (const [key, s] of Object.entries(FAILOVER_SOURCES)) lines.push(`- ${key}: ${s.claim} (${s.url})`);
  return lines.join('\n');
}
