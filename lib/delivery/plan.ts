import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { DurationEntry, STACK_OVERHEAD_MINUTES, durationOf } from './durations';

/*
 * The deploy plan: a pure function over the synthesized assembly of one environment (its
 * stacks, their dependencies, their templates) and the duration table (durations.ts). It shares
 * nothing with the code that builds the stacks: what it reads is what CloudFormation receives.
 *
 * Model:
 * - a stack deploys once every stack it depends on has finished (CDK Pipelines' and the CLI's
 *   rule); stacks without a path between them deploy in parallel (the pipeline does; the CLI only
 *   with --concurrency);
 * - inside a stack, CloudFormation starts a resource once every resource it references (Ref,
 *   Fn::GetAtt, Fn::Sub, DependsOn) is complete, so a stack takes the longest chain of its
 *   resources, plus a fixed overhead;
 * - a wave is the set of stacks whose longest chain of dependencies has the same length.
 */

/** What the plan reads of one stack. */
export interface PlanStackInput {
  /** The stack's id in its environment (`Region-us-east-1`). */
  readonly id: string;
  readonly stackName: string;
  readonly account: string;
  readonly region: string;
  /** Ids of the stacks it depends on. */
  readonly dependencies: readonly string[];
  /** Its CloudFormation template. */
  readonly template: { readonly Resources?: Readonly<Record<string, { Type: string; DependsOn?: string | string[]; Properties?: unknown }>> };
}

/** Create (first deploy) or update (a change that reaches every stack). */
export type Scenario = 'create' | 'update';

/** One stack in the plan. */
export interface PlannedStack {
  readonly id: string;
  readonly stackName: string;
  readonly region: string;
  readonly dependencies: readonly string[];
  /** 0 for stacks with no dependency; one more than the deepest dependency otherwise. */
  readonly wave: number;
  readonly resources: number;
  /** Minutes, overhead included. */
  readonly minutes: number;
  /** The longest chain of resources inside the stack (logical ids and types), first to last. */
  readonly resourcePath: readonly { readonly logicalId: string; readonly type: string; readonly minutes: number }[];
  /** Minutes from the start of the deploy, with unlimited parallelism. */
  readonly start: number;
  readonly finish: number;
}

/** The plan of one environment in one scenario. */
export interface DeployPlan {
  readonly scenario: Scenario;
  readonly stacks: readonly PlannedStack[];
  /** Stacks by wave: each wave's stacks can deploy in parallel. */
  readonly waves: readonly (readonly string[])[];
  /** The chain of stacks that decides the total, first to last. */
  readonly criticalPath: readonly string[];
  /** Minutes, with every independent stack in parallel (CDK Pipelines). */
  readonly parallelMinutes: number;
  /** Minutes, one stack at a time (`cdk deploy` without `--concurrency`). */
  readonly sequentialMinutes: number;
}

/** The stacks of a (stage's) cloud assembly, as the plan reads them. */
export function stacksOfAssembly(assembly: CloudAssembly): PlanStackInput[] {
  // `prod/Region-us-east-1 (automatedai-prod-us-east-1)` → `Region-us-east-1`
  const idOf = (displayName: string) => displayName.replace(/ \(.*\)$/, '').split('/').pop()!;
  return assembly.stacks.map((s) => ({
    id: idOf(s.displayName),
    stackName: s.stackName,
    account: s.environment.account,
    region: s.environment.region,
    dependencies: s.dependencies.filter((d) => assembly.stacks.some((x) => x.id === d.id)).map((d) => idOf(assembly.getStackArtifact(d.id).displayName)),
    template: s.template as PlanStackInput['template'],
  }));
}

/** Logical ids a template value references (Ref, Fn::GetAtt, Fn::Sub). */
function referencesIn(value: unknown, out: Set<string>): void {
  if (Array.isArray(value)) {
    for (const v of value) referencesIn(v, out);
  } else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      if (key === 'Ref' && typeof v === 'string') out.add(v);
      else if (key === 'Fn::GetAtt') {
        const target: unknown = Array.isArray(v) ? v[0] : typeof v === 'string' ? v.split('.')[0] : undefined;
        if (typeof target === 'string') out.add(target);
      } else if (key === 'Fn::Sub') {
        const text: unknown = Array.isArray(v) ? v[0] : v;
        if (typeof text === 'string') for (const m of text.matchAll(/\$\{([A-Za-z0-9]+)(?:\.[A-Za-z0-9.]+)?\}/g)) out.add(m[1]);
        if (Array.isArray(v)) referencesIn(v[1], out);
      }
      referencesIn(v, out);
    }
  }
}

/** The longest chain of resources in a template, by the scenario's durations. */
export function stackCriticalPath(template: PlanStackInput['template'], scenario: Scenario): { minutes: number; path: PlannedStack['resourcePath'] } {
  const resources = template.Resources ?? {};
  const ids = Object.keys(resources);
  const deps = new Map<string, string[]>();
  for (const id of ids) {
    const refs = new Set<string>();
    referencesIn(resources[id].Properties, refs);
    const dependsOn = resources[id].DependsOn;
    for (const d of typeof dependsOn === 'string' ? [dependsOn] : (dependsOn ?? [])) refs.add(d);
    deps.set(id, [...refs].filter((r) => r !== id && r in resources));
  }
  const minutesOf = (id: string) => durationOf(resources[id].Type)[scenario];
  const finish = new Map<string, { minutes: number; previous?: string }>();
  const visiting = new Set<string>();
  const visit = (id: string): number => {
    const known = finish.get(id);
    if (known) return known.minutes;
    if (visiting.has(id)) throw new Error(`template resource cycle through ${id}`);
    visiting.add(id);
    let best = 0;
    let previous: string | undefined;
    for (const d of deps.get(id)!) {
      const f = visit(d);
      if (f > best) {
        best = f;
        previous = d;
      }
    }
    visiting.delete(id);
    const result = { minutes: best + minutesOf(id), previous };
    finish.set(id, result);
    return result.minutes;
  };
  let last: string | undefined;
  let total = 0;
  for (const id of ids) {
    const f = visit(id);
    if (f > total) {
      total = f;
      last = id;
    }
  }
  const path: { logicalId: string; type: string; minutes: number }[] = [];
  for (let id = last; id; id = finish.get(id)!.previous) path.unshift({ logicalId: id, type: resources[id].Type, minutes: minutesOf(id) });
  return { minutes: total, path };
}

/**
 * The deploy plan of one environment's stacks.
 * @throws Error when a dependency names a stack that is not given, or the stacks depend on each other in a circle
 */
export function deployPlan(stacks: readonly PlanStackInput[], scenario: Scenario, overhead: DurationEntry = STACK_OVERHEAD_MINUTES): DeployPlan {
  const byId = new Map(stacks.map((s) => [s.id, s]));
  for (const s of stacks) {
    for (const d of s.dependencies) if (!byId.has(d)) throw new Error(`stack ${s.id} depends on ${d}, which is not in the assembly`);
  }
  const planned = new Map<string, PlannedStack>();
  const visiting = new Set<string>();
  const plan = (id: string): PlannedStack => {
    const known = planned.get(id);
    if (known) return known;
    if (visiting.has(id)) throw new Error(`stack dependency cycle through ${id}`);
    visiting.add(id);
    const s = byId.get(id)!;
    const deps = s.dependencies.map(plan);
    visiting.delete(id);
    const inner = stackCriticalPath(s.template, scenario);
    const minutes = round(overhead[scenario] + inner.minutes);
    const start = Math.max(0, ...deps.map((d) => d.finish));
    const result: PlannedStack = {
      id,
      stackName: s.stackName,
      region: s.region,
      dependencies: [...s.dependencies],
      wave: deps.length === 0 ? 0 : Math.max(...deps.map((d) => d.wave)) + 1,
      resources: Object.keys(s.template.Resources ?? {}).length,
      minutes,
      resourcePath: inner.path,
      start: round(start),
      finish: round(start + minutes),
    };
    planned.set(id, result);
    return result;
  };
  const all = stacks.map((s) => plan(s.id));
  const waveCount = Math.max(0, ...all.map((s) => s.wave + 1));
  const waves = Array.from({ length: waveCount }, (_, w) => all.filter((s) => s.wave === w).map((s) => s.id));
  const last = all.reduce<PlannedStack | undefined>((a, b) => (!a || b.finish > a.finish ? b : a), undefined);
  const criticalPath: string[] = [];
  for (let s = last; s; ) {
    criticalPath.unshift(s.id);
    const current: PlannedStack = s;
    s = current.dependencies.map((d) => planned.get(d)!).find((d) => d.finish === current.start);
  }
  return {
    scenario,
    stacks: all,
    waves,
    criticalPath,
    parallelMinutes: last ? last.finish : 0,
    sequentialMinutes: round(all.reduce((sum, s) => sum + s.minutes, 0)),
  };
}

/**
 * Problems of a plan against the stacks it was made from: a stack that starts before a
 * dependency finishes, a wave not after its dependencies', a critical path that is not a chain of
 * dependencies ending at the total. Empty for a plan {@link deployPlan} made; the tests prove the
 * check can fail.
 */
export function planProblems(plan: DeployPlan, stacks: readonly PlanStackInput[]): string[] {
  const problems: string[] = [];
  const planned = new Map(plan.stacks.map((s) => [s.id, s]));
  for (const s of stacks) {
    const p = planned.get(s.id);
    if (!p) {
      problems.push(`${s.id}: not in the plan`);
      continue;
    }
    for (const d of s.dependencies) {
      const dep = planned.get(d);
      if (!dep) problems.push(`${s.id}: dependency ${d} not in the plan`);
      else {
        if (p.start < dep.finish) problems.push(`${s.id} starts at ${p.start} min, before its dependency ${d} finishes at ${dep.finish} min`);
        if (p.wave <= dep.wave) problems.push(`${s.id} is in wave ${p.wave}, not after its dependency ${d} (wave ${dep.wave})`);
      }
    }
  }
  const chain = plan.criticalPath.map((id) => planned.get(id));
  if (chain.some((c) => !c)) problems.push(`critical path names a stack not in the plan: ${plan.criticalPath.join(' → ')}`);
  else {
    for (let i = 1; i < chain.length; i++) {
      if (!chain[i]!.dependencies.includes(chain[i - 1]!.id)) problems.push(`critical path: ${chain[i]!.id} does not depend on ${chain[i - 1]!.id}`);
    }
    if (chain.length > 0 && chain[chain.length - 1]!.finish !== plan.parallelMinutes) problems.push(`critical path ends at ${chain[chain.length - 1]!.finish} min, not at the total ${plan.parallelMinutes} min`);
  }
  return problems;
}

function round(minutes: number): number {
  return Math.round(minutes * 100) / 100;
}
