import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../helpers/synth';

/** Runs the CDK app entry the way the CDK CLI does (context and outdir through the environment). */
function runApp(context: Record<string, string>) {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bin-app-'));
  const before = treeState();
  const result = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', 'bin/app.ts'], {
    cwd: ROOT,
    env: { ...process.env, CDK_OUTDIR: outdir, CDK_CONTEXT_JSON: JSON.stringify(context) },
    encoding: 'utf8',
  });
  return { ...result, outdir, treeUnchanged: treeState() === before };
}

/**
 * The state of everything a command could write outside cdk.out/: the git status of the work
 * tree (tracked changes and untracked files) and the modification times of k8s/ and reports/.
 */
function treeState(): string {
  const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: ROOT, encoding: 'utf8' }).stdout;
  const mtimes: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = path.join(dir, e.name);
      if (e.isDirectory()) walk(rel);
      else mtimes.push(`${rel}:${fs.statSync(path.join(ROOT, rel)).mtimeMs}`);
    }
  };
  walk('k8s');
  walk('reports');
  return `${status}\n${mtimes.join('\n')}`;
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
  ])('%s', (_name, text, expected) => {
    const file = badConfig(text);
    const run = runApp({ config: file });
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n')[0]).toBe(`${file}: invalid platform config`);
    for (const re of expected) expect(run.stderr).toMatch(re);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(fs.readdirSync(run.outdir)).toEqual([]);
    expect(run.treeUnchanged).toBe(true);
  });

  test('a pipeline that names an environment that does not exist (a check across files)', () => {
    const file = badConfig(valid.replace('environments: [dev, prod]', 'environments: [dev, staging, prod]'));
    const run = runApp({ config: file });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`${file}: invalid platform config\n  delivery.pipeline.environments[1]: 'staging' is not an environment (allowed: dev, prod)\n`);
    expect(fs.readdirSync(run.outdir)).toEqual([]);
  });

  test('pods that cannot fit their node groups (the capacity model, on the rendered manifests)', () => {
    const file = badConfig(valid.replace('regionReplicas: { us-east-1: 5, eu-west-1: 3 }', 'regionReplicas: { us-east-1: 15, eu-west-1: 3 }'));
    const run = runApp({ config: file });
    expect(run.status).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(`${file}: invalid platform config`);
    // Fifteen healthcare-service v1 pods instead of five: the pods bound to the application nodes
    // are placed first, so what is left over is the small unbound rest.
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^ {2}eks\.nodeGroups\[0\]\.desiredSize: us-east-1 at min replicas does not fit the nodes at desired size \(application 6 × m5\.large, data 2 × r5\.large\): \d+ pods short, [\d.]+ vCPU, [\d.]+ GiB: .*; needs at least \d+ \(or fewer replicas \/ smaller requests\)$/),
    ]);
    expect(fs.readdirSync(run.outdir)).toEqual([]);
    expect(run.treeUnchanged).toBe(true);
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
    const before = treeState();
    const run = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'cdk'), ['synth', '-q', '-c', `config=${file}`, '-o', out], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(`${file}: invalid platform config`);
    expect(run.stderr).toMatch(/^ {2}regions: exactly one region must have 'hub: true'/m);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(fs.readdirSync(out).filter((f) => f.endsWith('.template.json'))).toEqual([]);
    expect(treeState()).toBe(before);
  });
});

describe('environments are Stages; CDK commands write only cdk.out/', () => {
  /** The stacks of an assembly: top-level ones, and those of each nested (stage) assembly. */
  function stacksOf(outdir: string): { topLevel: string[]; nested: Record<string, string[]> } {
    const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8')) as { artifacts: Record<string, { type: string; displayName?: string; properties?: { directoryName?: string } }> };
    const topLevel: string[] = [];
    const nested: Record<string, string[]> = {};
    for (const [id, artifact] of Object.entries(manifest.artifacts)) {
      if (artifact.type === 'aws:cloudformation:stack') topLevel.push(artifact.displayName ?? id);
      if (artifact.type === 'cdk:cloud-assembly') nested[id.replace(/^assembly-/, '')] = stacksOf(path.join(outdir, artifact.properties!.directoryName!)).topLevel;
    }
    return { topLevel, nested };
  }

  test('`npx cdk ls -c env=dev` builds the dev Stage only: stack ids carry the environment, nothing is top level, and the tree is left alone', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-ls-'));
    const before = treeState();
    const run = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'cdk'), ['ls', '-c', 'env=dev', '-o', out], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const listed = run.stdout.trim().split('\n').map((l) => l.split(' ')[0]);
    expect(listed).toEqual(expect.arrayContaining(['dev/Region-us-east-1', 'dev/Global']));
    expect(listed.filter((s) => !s.startsWith('dev/'))).toEqual([]);
    // `cdk deploy --all` selects top-level stacks only (aws/aws-cdk#15046; aws/aws-cdk-cli#985):
    // with every environment inside a Stage, it deploys no environment.
    const { topLevel, nested } = stacksOf(out);
    expect(topLevel).toEqual([]);
    expect(Object.keys(nested)).toEqual(['dev']);
    expect(nested.dev).toEqual(expect.arrayContaining(['dev/Region-us-east-1', 'dev/Global', 'dev/Ml-us-east-1']));
    expect(treeState()).toBe(before);
  });

  test('the checks can fail: a file written under k8s/ changes the tree state', () => {
    const before = treeState();
    const probe = path.join(ROOT, 'k8s', '.probe-tree-state');
    fs.writeFileSync(probe, 'x');
    try {
      expect(treeState()).not.toBe(before);
    } finally {
      fs.rmSync(probe);
    }
    expect(treeState()).toBe(before);
  });
});

describe('npm run render', () => {
  test('--manifests-only DIR renders every shipped environment\'s manifests into DIR/k8s and nothing else', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'render-'));
    const before = treeState();
    const run = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', 'bin/render.ts', '--manifests-only', root], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(fs.readdirSync(root)).toEqual(['k8s']);
    expect(fs.readdirSync(path.join(root, 'k8s')).sort()).toEqual(['dev', 'prod']);
    expect(fs.readFileSync(path.join(root, 'k8s', 'prod', 'us-east-1', 'mesh.yaml'), 'utf8')).toBe(fs.readFileSync(path.join(ROOT, 'k8s', 'prod', 'us-east-1', 'mesh.yaml'), 'utf8'));
    expect(treeState()).toBe(before);
  });

  test('an unknown argument is refused with the allowed ones', () => {
    const run = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', 'bin/render.ts', '--colour'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("render: unknown argument '--colour' (allowed: --root DIR, --no-reports, --manifests-only DIR, --cdk-out DIR)\n");
  });
});
