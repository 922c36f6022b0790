import { DEFAULT_DURATION, RESOURCE_DURATIONS, STACK_OVERHEAD_MINUTES } from './durations';
import type { DeployPlan } from './plan';

/** The deployment KPI of the product brief: a global deployment in under 30 minutes. */
export const GLOBAL_DEPLOY_KPI_MINUTES = 30;

const fmt = (m: number) => `${m.toFixed(1)} min`;

/** A plan as text, for `npm run plan`. */
export function formatPlan(title: string, plan: DeployPlan): string {
  const lines: string[] = [];
  const scenario = plan.scenario === 'create' ? 'first deploy (every resource created)' : 'update (a change that reaches every stack; clusters and databases kept)';
  lines.push(`${title}: ${scenario}`);
  plan.waves.forEach((wave, i) => {
    const stacks = wave.map((id) => plan.stacks.find((s) => s.id === id)!).map((s) => `${s.id} (${fmt(s.minutes)})`);
    lines.push(`  wave ${i}${wave.length > 1 ? ' (in parallel)' : ''}: ${stacks.join(', ')}`);
  });
  lines.push('');
  lines.push('  | stack | region | wave | resources | minutes | start → finish | after | longest resource chain |');
  lines.push('  |---|---|---|---|---|---|---|---|');
  for (const s of [...plan.stacks].sort((a, b) => a.start - b.start || a.id.localeCompare(b.id))) {
    const chain = s.resourcePath.filter((r) => r.minutes >= 1).map((r) => `${r.type.replace(/^AWS::/, '')} ${r.minutes}`).join(' → ') || '—';
    lines.push(`  | ${s.id} | ${s.region} | ${s.wave} | ${s.resources} | ${s.minutes.toFixed(1)} | ${s.start.toFixed(1)} → ${s.finish.toFixed(1)} | ${s.dependencies.join(', ') || '—'} | ${chain} |`);
  }
  lines.push('');
  lines.push(`  critical path: ${plan.criticalPath.join(' → ')} = ${fmt(plan.parallelMinutes)}`);
  lines.push(`  total: ${fmt(plan.parallelMinutes)} with independent stacks in parallel (the pipeline); ${fmt(plan.sequentialMinutes)} one stack at a time (cdk deploy without --concurrency)`);
  return lines.join('\n');
}

/** Whether each scenario meets the KPI, and what decides it. */
export function formatKpi(create: DeployPlan, update: DeployPlan): string {
  const verdict = (p: DeployPlan) => (p.parallelMinutes < GLOBAL_DEPLOY_KPI_MINUTES ? 'meets' : 'does not meet');
  const longest = (p: DeployPlan) => {
    const s = p.stacks.find((x) => x.id === p.criticalPath[p.criticalPath.length - 1]);
    const slow = [...p.stacks].filter((x) => p.criticalPath.includes(x.id)).flatMap((x) => x.resourcePath).sort((a, b) => b.minutes - a.minutes)[0];
    return s && slow ? ` (slowest step on the critical path: ${slow.type}, ${fmt(slow.minutes)})` : '';
  };
  return [
    `KPI "a global deployment in under ${GLOBAL_DEPLOY_KPI_MINUTES} minutes":`,
    `  first deploy: ${fmt(create.parallelMinutes)}: ${verdict(create)} the KPI${longest(create)}`,
    `  update of every region: ${fmt(update.parallelMinutes)}: ${verdict(update)} the KPI${longest(update)}`,
  ].join('\n');
}

/** The duration table the plan used, with its sources. */
export function formatAssumptions(): string {
  const lines = ['Assumptions (lib/delivery/durations.ts; minutes create / update; basis; source):'];
  lines.push(`  stack overhead: ${STACK_OVERHEAD_MINUTES.create} / ${STACK_OVERHEAD_MINUTES.update}; ${STACK_OVERHEAD_MINUTES.basis}; ${STACK_OVERHEAD_MINUTES.source}`);
  for (const [type, d] of Object.entries(RESOURCE_DURATIONS)) lines.push(`  ${type}: ${d.create} / ${d.update}; ${d.basis}; ${d.source}`);
  lines.push(`  any other type: ${DEFAULT_DURATION.create} / ${DEFAULT_DURATION.update}; ${DEFAULT_DURATION.basis}; ${DEFAULT_DURATION.source}`);
  return lines.join('\n');
}
