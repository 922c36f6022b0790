#!/usr/bin/env node
/**
 * `npm run check`: type-checks everything (as `tsc --noEmit` would) and lints, building the
 * TypeScript program once and handing it to ESLint's type-aware rules, instead of once for tsc
 * and again for typescript-eslint (docs/performance.md). Prints tsc-style diagnostics and ESLint's
 * stylish report; exits 1 on any error. `--fix` applies ESLint's fixes.
 */
import * as path from 'path';
import * as ts from 'typescript';
import { ESLint } from 'eslint';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const fix = process.argv.includes('--fix');
  const configFile = ts.readConfigFile(path.join(root, 'tsconfig.json'), (f) => ts.sys.readFile(f));
  const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root);
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
  const diagnostics = ts.getPreEmitDiagnostics(program);
  if (diagnostics.length > 0) {
    const host: ts.FormatDiagnosticsHost = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' };
    process.stdout.write(ts.formatDiagnostics(diagnostics, host));
  }

  const eslint = new ESLint({
    cwd: root,
    fix,
    // The type-aware files use this program instead of building their own (eslint.config.mjs).
    // Not when fixing: ESLint re-lints a fixed file, whose text no longer matches the program.
    overrideConfig: fix ? [] : [{ files: ['**/*.ts'], languageOptions: { parserOptions: { project: null, programs: [program] } } }],
  });
  const results = await eslint.lintFiles(['lib', 'bin', 'bench', 'test']);
  if (fix) await ESLint.outputFixes(results);
  const formatter = await eslint.loadFormatter('stylish');
  const text = await formatter.format(results);
  if (text) process.stdout.write(text);
  const lintErrors = results.reduce((n, r) => n + r.errorCount, 0);
  if (diagnostics.length > 0 || lintErrors > 0) {
    process.stdout.write(`check: ${diagnostics.length} type error(s), ${lintErrors} lint error(s)\n`);
    process.exit(1);
  }
}

void main();
