import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../helpers/synth';

/** Runs the CDK app entry the way the CDK CLI does (context and outdir through the environment). */
function runApp(context: Record<string, string>) {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bin-app-'));
  const manifestsRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'bin-k8s-'));
  const result = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', 'bin/app.ts'], {
    cwd: ROOT,
    env: { ...process.env, CDK_OUTDIR: outdir, CDK_CONTEXT_JSON: JSON.stringify({ manifestsRoot, ...context }) },
    encoding: 'utf8',
  });
  return { ...result, outdir, manifestsRoot };
}

function badConfig(text: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bad-config-')), 'bad.yaml');
  fs.writeFileSync(file, text);
  return file;
}

const valid = fs.readFileSync(path.join(ROOT, 'config', 'prod.yaml'), 'utf8');

describe('bad config: exit 1, one line per problem, no stack trace, nothing written', () => {
  test.each([
    ['two problems', valid.replace('10.1.0.0/16', '10.0.0.0/16').replace(/(- name: eu-west-1\n\s+account: )"\d{12}"/, '$1"22"'), [
      /^ {2}regions\[1\]\.account: must be a 12-digit AWS account id/m,
      /^ {2}regions\[1\]\.cidr: 10\.0\.0\.0\/16 overlaps regions\[0\]\.cidr/m,
    ]],
    ['an empty file', '', [/^ {2}\(root\): the file is empty/m]],
    ['not YAML', 'regions: [\n', [/^ {2}\(yaml\) line \d+:/m]],
    ['an unknown key', `${valid}colour: blue\n`, [/^ {2}\(root\): unknown key 'colour' \(allowed: /m]],
  ])('%s', (_name, text, expected) => {
    const file = badConfig(text);
    const run = runApp({ config: file });
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n')[0]).toBe(`${file}: invalid platform config`);
    for (const re of expected) expect(run.stderr).toMatch(re);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(fs.readdirSync(run.outdir)).toEqual([]);
    expect(fs.readdirSync(run.manifestsRoot)).toEqual([]);
  });

  test('a config file that does not exist', () => {
    const run = runApp({ env: 'nosuchenv' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/config\/nosuchenv\.yaml: invalid platform config\n {2}\(file\): cannot read .*ENOENT/);
    expect(fs.readdirSync(run.outdir)).toEqual([]);
  });

  test('through the CDK CLI: `npx cdk synth -c config=bad.yaml` fails the same way', () => {
    const file = badConfig(valid.replace('hub: true', 'hub: false'));
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-cli-'));
    const manifestsRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-cli-k8s-'));
    const run = spawnSync('npx', ['cdk', 'synth', '-q', '-c', `config=${file}`, '-c', `manifestsRoot=${manifestsRoot}`, '-o', out], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(`${file}: invalid platform config`);
    expect(run.stderr).toMatch(/^ {2}regions: exactly one region must have 'hub: true'/m);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(fs.readdirSync(out).filter((f) => f.endsWith('.template.json'))).toEqual([]);
    expect(fs.readdirSync(manifestsRoot)).toEqual([]);
  });
});

describe('environment selection', () => {
  test('-c env=dev synthesizes the dev stacks and renders every shipped environment\'s manifests', () => {
    const run = runApp({ env: 'dev' });
    expect(run.status).toBe(0);
    // The dev region's stacks (other layers add theirs beside them), and no prod stack.
    const templates = fs.readdirSync(run.outdir).filter((f) => f.endsWith('.template.json'));
    expect(templates).toEqual(expect.arrayContaining(['Region-us-east-1.template.json', 'Ml-us-east-1.template.json']));
    expect(templates.filter((t) => t.includes('eu-west-1'))).toEqual([]);
    expect(fs.readdirSync(path.join(run.manifestsRoot, 'k8s')).sort()).toEqual(['dev', 'prod']);
    // and every shipped environment's compliance report, prod's synthesized in-process (not into cdk.out)
    for (const env of ['dev', 'prod']) {
      expect(fs.readdirSync(path.join(run.manifestsRoot, 'reports', env)).sort()).toEqual(['compliance.html', 'compliance.json', 'compliance.md', 'compliance.sarif']);
    }
  });
});
