import { Requests } from './demand';
import { RegionCapacity, SCENARIOS, Scenario, formatCpu, formatMemory, shortfall } from './model';

type Totals = Requests & { readonly pods: number };

const percent = (part: number, whole: number): string => (whole > 0 ? `${Math.round((part / whole) * 100)}%` : '-');
const cell = (t: Totals, of: Totals): string => `${formatCpu(t.cpu)} ${percent(t.cpu, of.cpu)} · ${formatMemory(t.memory)} ${percent(t.memory, of.memory)} · ${t.pods} pods ${percent(t.pods, of.pods)}`;

/** One scenario's column: nodes, what they offer, what is requested by source, the verdict. */
function scenarioLines(capacity: RegionCapacity, scenario: Scenario): string[] {
  const { packing, breakdown, groups, remedy } = capacity;
  const p = packing[scenario];
  const b = breakdown[scenario];
  const meaning = SCENARIOS[scenario];
  const nodes = groups[scenario]
    .map((g) => `${g.group} ${g.nodes} × ${g.instanceTypes.join('/')} (${formatCpu(g.allocatable.cpu)}, ${formatMemory(g.allocatable.memory)}, ${g.allocatable.pods} pods each)`)
    .join('; ');
  const short = shortfall(p.unplaced);
  const verdict = p.unplaced.length === 0
    ? `fits: ${formatCpu(p.allocatable.cpu - p.requested.cpu)}, ${formatMemory(p.allocatable.memory - p.requested.memory)}, ${p.allocatable.pods - p.requested.pods} pods to spare`
    : `DOES NOT FIT: ${short.pods} pods short (${formatCpu(short.cpu)}, ${formatMemory(short.memory)})${remedy[scenario] ? `; ${remedy[scenario].group} needs ${meaning.sizeField} >= ${remedy[scenario].size}` : ''}`;
  return [
    `  at ${meaning.pods}, nodes at ${meaning.nodes}: ${nodes}`,
    `    allocatable      ${formatCpu(p.allocatable.cpu)} · ${formatMemory(p.allocatable.memory)} · ${p.allocatable.pods} pods`,
    `    workloads        ${cell(b.workloads, p.allocatable)}`,
    `    Istio sidecars   ${cell({ ...b.sidecars, pods: 0 }, p.allocatable)}`,
    `    operators        ${cell(b.operators, p.allocatable)}`,
    `    EKS add-ons      ${cell(b['add-ons'], p.allocatable)}`,
    `    requested        ${cell(p.requested, p.allocatable)}`,
    `    ${verdict}`,
    ...p.unplaced.map((u) => `      unplaced: ${u.name} ×${u.pods} (${u.each.cpu}m, ${u.each.memory}Mi each; may run on ${u.groups.join(', ') || 'no node group'})`),
  ];
}

/** The pods of the region, largest first: what to look at when it does not fit. */
function workloadLines(capacity: RegionCapacity): string[] {
  return [...capacity.demands]
    .sort((a, b) => b.pod.cpu + b.sidecar.cpu - (a.pod.cpu + a.sidecar.cpu) || a.name.localeCompare(b.name))
    .map((d) => {
      const count = d.daemon ? 'per node' : d.min === d.max ? `×${d.min}` : `×${d.min}–${d.max}`;
      const sidecar = d.sidecar.cpu + d.sidecar.memory > 0 ? ` + sidecar ${d.sidecar.cpu}m/${d.sidecar.memory}Mi` : '';
      const where = Object.keys(d.nodeSelector).length > 0 ? ` on ${Object.entries(d.nodeSelector).map(([k, v]) => `${k}=${v}`).join(',')}` : '';
      return `    ${d.source.padEnd(9)} ${d.name} ${count}: ${d.pod.cpu}m/${d.pod.memory}Mi${sidecar}${where}`;
    });
}

/** The capacity report of one environment, as `npm run capacity` prints it. */
export function formatCapacity(environment: string, capacities: readonly RegionCapacity[], options: { readonly workloads?: boolean } = {}): string {
  const lines: string[] = [];
  for (const capacity of capacities) {
    lines.push(`${environment} ${capacity.region}`);
    lines.push(...scenarioLines(capacity, 'min'), ...scenarioLines(capacity, 'max'));
    if (options.workloads) lines.push('  pods (per pod: own containers + sidecar):', ...workloadLines(capacity));
    lines.push('');
  }
  return lines.join('\n');
}
