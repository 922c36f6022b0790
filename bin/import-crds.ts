/**
 * Regenerates lib/imports/ from the vendored CRDs (`npm run import`), offline.
 *
 * 1. `cdk8s import` (the imports listed in cdk8s.yaml, `name:=file` form) writes TypeScript into
 *    a temp dir.
 * 2. The TypeScript compiler turns it into CommonJS plus declarations.
 * 3. lib/imports/ receives the `.js` and `.d.ts` files; the TypeScript source is not kept.
 *
 * Why compiled output: the generated classes are 18 MB of TypeScript (KServe alone 5 MB).
 * Transpiling them on every `npm run synth` and in every test worker cost about 5 s per process;
 * type-checking them cost `tsc` most of its time. Compiled once here, the app loads them in
 * milliseconds and `tsc` checks only their declarations.
 */
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import * as YAML from 'yaml';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'lib', 'imports');

/** What the generated files were made from (checked by test/imports/sources.test.ts). */
export const SOURCES_FILE = 'SOURCES.json';

/** The CRD files cdk8s.yaml imports, with their SHA-256, and the generator versions. */
export function importSources(): { generator: Record<string, string>; crds: Record<string, string> } {
  const imports = (YAML.parse(fs.readFileSync(path.join(ROOT, 'cdk8s.yaml'), 'utf8')) as { imports?: string[] }).imports ?? [];
  const crds: Record<string, string> = {};
  for (const spec of imports) {
    const file = spec.includes(':=') ? spec.split(':=')[1] : spec;
    crds[file] = createHash('sha256').update(fs.readFileSync(path.join(ROOT, file))).digest('hex');
  }
  const version = (pkg: string) => (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  return { generator: { 'cdk8s-cli': version('cdk8s-cli'), typescript: version('typescript') }, crds };
}

function fail(message: string): never {
  process.stderr.write(`import-crds: ${message}\n`);
  process.exit(1);
}

function main(): void {
  // Inside the repository, so the generated code resolves cdk8s and constructs from node_modules.
  const work = fs.mkdtempSync(path.join(ROOT, '.import-crds-'));
  const generated = path.join(work, 'ts');
  const cli = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'cdk8s-cli', 'bin', 'cdk8s'), 'import', '--no-check-upgrade', '--no-save', '--output', generated],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (cli.status !== 0) fail(`cdk8s import failed:\n${cli.stdout}${cli.stderr}`);

  const sources = fs.readdirSync(generated).filter((f) => f.endsWith('.ts')).sort();
  if (sources.length === 0) fail('cdk8s import wrote no files (is the imports list in cdk8s.yaml empty?)');

  const compiled = path.join(work, 'js');
  const program = ts.createProgram(sources.map((f) => path.join(generated, f)), {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    declaration: true,
    skipLibCheck: true,
    newLine: ts.NewLineKind.LineFeed,
    rootDir: generated,
    outDir: compiled,
    types: [],
  });
  const emitted = program.emit();
  const problems = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics];
  if (problems.length > 0) {
    fail(ts.formatDiagnostics(problems, {
      getCanonicalFileName: (f) => f,
      getCurrentDirectory: () => ROOT,
      getNewLine: () => '\n',
    }));
  }

  for (const f of fs.readdirSync(OUT)) {
    if (/\.(ts|js)$/.test(f)) fs.rmSync(path.join(OUT, f));
  }
  const written = fs.readdirSync(compiled).sort();
  for (const f of written) fs.copyFileSync(path.join(compiled, f), path.join(OUT, f));
  fs.rmSync(work, { recursive: true, force: true });
  fs.writeFileSync(path.join(OUT, SOURCES_FILE), `${JSON.stringify(importSources(), null, 2)}\n`);
  process.stdout.write(`lib/imports: ${sources.length} modules (${written.length} files)\n`);
}

if (require.main === module) main();
