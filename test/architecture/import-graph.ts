import * as fs from 'fs';
import * as path from 'path';

/** A module of lib/ (path from the repository root, without extension) and what it imports from lib/. */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^']+)'|import\(\s*'(\.{1,2}\/[^']+)'\s*\)|require\(\s*'(\.{1,2}\/[^']+)'\s*\)/g;

/**
 * The relative-import graph of every TypeScript module under `dir` (type-only imports and
 * re-exports included: a circle of types is still a circle to a reader), skipping `skip`.
 */
export function importGraph(root: string, dir: string, skip: readonly string[] = []): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const walk = (d: string): void => {
    for (const entry of fs.readdirSync(path.join(root, d), { withFileTypes: true })) {
      const rel = path.posix.join(d, entry.name);
      if (skip.some((s) => rel === s || rel.startsWith(`${s}/`))) continue;
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
        const from = rel.slice(0, -3);
        const source = fs.readFileSync(path.join(root, rel), 'utf8');
        const targets = new Set<string>();
        for (const m of source.matchAll(IMPORT)) {
          const spec = m[1] ?? m[2] ?? m[3];
          targets.add(resolveModule(root, path.posix.dirname(from), spec));
        }
        graph.set(from, [...targets].sort());
      }
    }
  };
  walk(dir);
  return graph;
}

function resolveModule(root: string, fromDir: string, spec: string): string {
  const target = path.posix.normalize(path.posix.join(fromDir, spec));
  if (fs.existsSync(path.join(root, `${target}.ts`)) || fs.existsSync(path.join(root, `${target}.js`))) return target;
  if (fs.existsSync(path.join(root, target, 'index.ts'))) return `${target}/index`;
  return target;
}

/** Every circle of the graph (strongly connected components of more than one module, or a module importing itself). */
export function importCycles(graph: ImportGraph): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    indices.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, indices.get(w)!));
      }
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!indices.has(v)) visit(v);
  return cycles;
}

/** The folder of a module directly under `lib/` (`lib/kafka/msk` → `kafka`), or `''` for a file in lib/ itself. */
export function folderOf(module: string): string {
  const parts = module.split('/');
  return parts.length > 2 ? parts[1] : '';
}

/** Which folders a folder of lib/ may import, by its role. */
export interface LayeringRules {
  /** Shared primitives every folder may import (`config`, `core`, `k8s`, `compliance`, `imports`), and what each of them may import. */
  readonly shared: Readonly<Record<string, readonly string[]>>;
  /** The region base: it may import shared folders only. */
  readonly base: string;
  /** The composition root (registry, app builder, renderer): it may import anything. */
  readonly composition: string;
  /** The registered layers: each may import shared folders and the base's public index only. */
  readonly layers: readonly string[];
}

/** Every import that breaks the rules, as `from → to` lines; also modules in folders of no role. */
export function layeringViolations(graph: ImportGraph, rules: LayeringRules): string[] {
  const problems: string[] = [];
  const sharedNames = Object.keys(rules.shared);
  for (const [from, targets] of graph) {
    const a = folderOf(from);
    if (a === '') {
      problems.push(`${from}: a module directly in lib/ belongs to no folder`);
      continue;
    }
    for (const to of targets) {
      const b = folderOf(to);
      if (a === b) continue;
      let allowed: boolean;
      if (a === rules.composition) allowed = true;
      else if (a in rules.shared) allowed = rules.shared[a].includes(b);
      else if (a === rules.base) allowed = sharedNames.includes(b);
      else if (rules.layers.includes(a)) allowed = sharedNames.includes(b);
      else {
        problems.push(`${from}: lib/${a} is neither a registered layer nor a shared, base or composition folder`);
        break;
      }
      if (!allowed) problems.push(`${from} → ${to}`);
    }
  }
  return problems;
}
