#!/usr/bin/env node
/**
 * `npm test`: the type check and lint (bin/check.ts) and the jest suite, side by side on the
 * machine's cores rather than one after the other (docs/performance.md has the times). The
 * check's report is printed when it ends, so it does not interleave with jest's; the exit code is
 * non-zero when either fails. Arguments go to jest (`npm test -- test/kafka`).
 */
import { spawn } from 'child_process';
import * as path from 'path';

const root = path.resolve(__dirname, '..');

function run(command: string, args: readonly string[], buffered: boolean): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

async function main(): Promise<void> {
  const check = run(process.execPath, ['-r', 'ts-node/register/transpile-only', 'bin/check.ts'], true);
  const jest = run(process.execPath, [path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'), ...process.argv.slice(2)], false);
  const [c, j] = await Promise.all([check, jest]);
  process.stdout.write(c.output || 'check: no type or lint error\n');
  process.exit(c.code !== 0 || j.code !== 0 ? 1 : 0);
}

void main();
