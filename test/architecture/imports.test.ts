import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { LAYERS } from '../../lib/platform/registry';
import { ImportGraph, LayeringRules, importCycles, importGraph, layeringViolations } from './import-graph';

const ROOT = path.resolve(__dirname, '..', '..');
const graph = importGraph(ROOT, 'lib', ['lib/imports']);

/**
 * The shape of lib/ (docs/layers.md): shared primitives at the bottom, the region base on them,
 * the layers on both, the composition root on top. Shared folders import only what is listed.
 */
const RULES: LayeringRules = {
  shared: {
    config: [],
    core: ['config', 'compliance'],
    k8s: ['config', 'compliance', 'imports'],
    compliance: ['config'],
    capacity: ['config', 'core', 'compliance'],
    imports: [],
  },
  base: 'regions',
  composition: 'platform',
  layers: LAYERS.map((l) => l.name).filter((name) => name !== 'regions'),
};

describe('the import graph of lib/', () => {
  test('GIVEN lib/ THEN no module imports itself through a circle (type-only imports included)', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  test('GIVEN lib/ THEN layers import only shared folders, the base knows no layer, shared folders know neither', () => {
    expect(layeringViolations(graph, RULES)).toEqual([]);
  });

  test('GIVEN lib/ THEN every folder has a role, and every layer is a folder whose index exports it', () => {
    const folders = fs.readdirSync(path.join(ROOT, 'lib'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    const roles = [...Object.keys(RULES.shared), RULES.base, RULES.composition, ...RULES.layers].sort();
    expect(folders).toEqual(roles);
    for (const layer of LAYERS) {
      const index = fs.readFileSync(path.join(ROOT, 'lib', layer.name, 'index.ts'), 'utf8');
      expect(index).toContain("export * from './layer';");
    }
  });

  test('GIVEN the registry THEN layer names are unique', () => {
    const names = LAYERS.map((l) => l.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('the checks themselves', () => {
  const fake = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges));

  test('fails when two modules import each other, directly or through a third', () => {
    expect(importCycles(fake({ 'lib/a/x': ['lib/a/y'], 'lib/a/y': ['lib/a/x'] }))).toEqual([['lib/a/x', 'lib/a/y']]);
    expect(importCycles(fake({ 'lib/a/x': ['lib/b/y'], 'lib/b/y': ['lib/c/z'], 'lib/c/z': ['lib/a/x'], 'lib/d/w': ['lib/a/x'] }))).toEqual([
      ['lib/a/x', 'lib/b/y', 'lib/c/z'],
    ]);
    expect(importCycles(fake({ 'lib/a/x': ['lib/a/x'] }))).toEqual([['lib/a/x']]);
    expect(importCycles(fake({ 'lib/a/x': ['lib/a/y'], 'lib/a/y': [] }))).toEqual([]);
  });

  test('fails when a type-only import closes a circle', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'graph-'));
    fs.mkdirSync(path.join(dir, 'lib', 'a'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'lib', 'a', 'x.ts'), "import type { Y } from './y';\nexport type X = Y;\n");
    fs.writeFileSync(path.join(dir, 'lib', 'a', 'y.ts'), "import { x } from './x';\nexport type Y = number;\nexport { x };\n");
    expect(importCycles(importGraph(dir, 'lib'))).toEqual([['lib/a/x', 'lib/a/y']]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('fails when a layer imports another layer, the base imports a layer, or a shared folder imports upwards', () => {
    const rules: LayeringRules = { shared: { config: [], core: ['config'] }, base: 'regions', composition: 'platform', layers: ['kafka', 'mesh'] };
    expect(layeringViolations(fake({ 'lib/kafka/msk': ['lib/mesh/names', 'lib/config/index'] }), rules)).toEqual(['lib/kafka/msk → lib/mesh/names']);
    expect(layeringViolations(fake({ 'lib/regions/stack': ['lib/kafka/msk'] }), rules)).toEqual(['lib/regions/stack → lib/kafka/msk']);
    expect(layeringViolations(fake({ 'lib/config/names': ['lib/core/layer'] }), rules)).toEqual(['lib/config/names → lib/core/layer']);
    expect(layeringViolations(fake({ 'lib/kafka/layer': ['lib/regions/stack'] }), rules)).toEqual(['lib/kafka/layer → lib/regions/stack']);
    expect(layeringViolations(fake({ 'lib/stray/x': ['lib/config/index'] }), rules)).toEqual(['lib/stray/x: lib/stray is neither a registered layer nor a shared, base or composition folder']);
    expect(layeringViolations(fake({ 'lib/platform/app': ['lib/kafka/layer', 'lib/regions/stack'] }), rules)).toEqual([]);
  });
});
