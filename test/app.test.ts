import * as fs from 'fs';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { NAG_PACK_NAMES } from '../lib/compliance';
import { listEnvironments } from '../lib/config';
import { buildPlatform } from '../lib/platform/app';
import { ROOT, cdkJsonContext, shippedConfig, synthEnv } from './helpers/synth';

const ENVS = listEnvironments(path.join(ROOT, 'config'));

/** Every acknowledgement recorded in an environment's cloud assembly: [path, id, reason]. */
function acknowledgements(env: string): Array<[string, string, string]> {
  const out: Array<[string, string, string]> = [];
  for (const stack of synthEnv(env, { cfnValidation: true }).assembly.stacks) {
    for (const e of stack.findMetadataByType('aws:cdk:acknowledged-rules')) {
      for (const [id, reason] of Object.entries(e.data as unknown as Record<string, string>)) out.push([e.path, id, reason]);
    }
  }
  return out;
}

describe('nag gate', () => {
  test.each(ENVS)('%s synthesizes with all four packs and no unacknowledged finding', (env) => {
    const { assembly, outdir } = synthEnv(env, { cfnValidation: true });
    // Every region's stack, and its ML stack when the environment has an ml section; other layers add their own.
    const config = shippedConfig(env);
    const expected = config.regions.flatMap((r) => [`Region-${r.name}`, ...(config.ml ? [`Ml-${r.name}`] : [])]);
    expect(assembly.stacks.map((s) => s.id)).toEqual(expect.arrayContaining(expected));
    const report = JSON.parse(fs.readFileSync(path.join(outdir, 'validation-report.json'), 'utf8'));
    const plugins = report.pluginReports.map((p: any) => [p.pluginName, p.conclusion]);
    for (const pack of [...NAG_PACK_NAMES, 'ControlTower']) expect(plugins).toContainEqual([pack, 'success']);
    for (const p of report.pluginReports) expect(p.violations).toEqual([]);
  });

  test.each(ENVS)('%s: every acknowledgement names a granular finding and gives a full-sentence reason', (env) => {
    const acks = acknowledgements(env);
    expect(acks.length).toBeGreaterThan(0);
    for (const [where, id, reason] of acks) {
      const context = `${id} at ${where}`;
      expect([context, id]).toEqual([context, expect.stringMatching(/^(AwsSolutions|HIPAA\.Security|NIST\.800\.53\.R5|PCI\.DSS\.321|ControlTower|CloudFormation-Validate)::\S+$/)]);
      if (/::AwsSolutions-IAM[45]/.test(id)) expect([context, id]).toEqual([context, expect.stringMatching(/\[.+\]$/)]);
      expect([context, reason]).toEqual([context, expect.stringMatching(/^[A-Za-z].{59,}\.$/)]);
      expect(reason.split(/\s+/).length).toBeGreaterThanOrEqual(10);
    }
  });

  test.each(ENVS)('%s: every acknowledgement is used by a finding (none stale)', (env) => {
    const { outdir } = synthEnv(env, { cfnValidation: true });
    const report = JSON.parse(fs.readFileSync(path.join(outdir, 'validation-report.json'), 'utf8'));
    const used = new Set<string>();
    for (const p of report.pluginReports) {
      for (const v of p.suppressedViolations ?? []) used.add(`${v.acknowledgedAt}|${v.acknowledgedId}`);
    }
    const stale = acknowledgements(env)
      .map(([where, id]) => `${where.replace(/^\//, '')}|${id}`)
      .filter((key) => !used.has(key));
    expect(stale).toEqual([]);
  });

  test('an injected violation fails the synth and names the finding', () => {
    // GIVEN the prod platform plus an unencrypted, unlogged bucket
    const app = new App({ context: cdkJsonContext(), outdir: fs.mkdtempSync('/tmp/nag-inject-'), builtinCloudFormationValidation: false });
    const platform = buildPlatform(app, shippedConfig('prod'));
    new s3.Bucket(platform.regions[0], 'Unsafe', { encryption: s3.BucketEncryption.UNENCRYPTED, enforceSSL: false });
    // WHEN / THEN
    expect(() => app.synth()).toThrow(/AwsSolutions-S1|S3BucketLoggingEnabled|S3BucketSSLRequestsOnly/);
  });
});

describe('hermetic synth', () => {
  test('two synths of prod write byte-identical templates', () => {
    const first = synthEnv('prod', { cfnValidation: true });
    // The second build without the gates, which write no template (and cost most of a synth).
    const app = new App({ context: cdkJsonContext(), outdir: fs.mkdtempSync('/tmp/hermetic-'), builtinCloudFormationValidation: false });
    buildPlatform(app, shippedConfig('prod'), { nag: false });
    const second = app.synth();
    for (const stack of first.assembly.stacks) {
      const a = fs.readFileSync(path.join(first.outdir, stack.templateFile), 'utf8');
      const b = fs.readFileSync(path.join(second.directory, stack.templateFile), 'utf8');
      expect(b).toBe(a);
    }
  });

  test('no lookups: the assembly asks for no missing context', () => {
    for (const env of ENVS) {
      expect(synthEnv(env, { cfnValidation: true }).assembly.manifest.missing ?? []).toEqual([]);
    }
  });
});
