import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, CfnResource, FeatureFlags, Stack } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import * as kms from 'aws-cdk-lib/aws-kms';
import { FLAGS } from 'aws-cdk-lib/cx-api';
import { ROOT, cdkJsonContext, synthEnv } from './helpers/synth';

/**
 * The flags cdk.json deliberately keeps at a value other than aws-cdk-lib's recommended one.
 * docs/choices.md, "CDK feature flags", says why for each.
 */
const NOT_RECOMMENDED: Readonly<Record<string, unknown>> = {
  '@aws-cdk/core:defaultCrossStackReferences': 'strong',
  '@aws-cdk/core:enableAdditionalMetadataCollection': false,
};

const context = JSON.parse(fs.readFileSync(path.join(ROOT, 'cdk.json'), 'utf8')).context as Record<string, unknown>;

/** The "CDK feature flags" section of docs/choices.md. */
function readmeFlagsSection(): string {
  const readme = fs.readFileSync(path.join(ROOT, 'docs', 'choices.md'), 'utf8');
  const start = readme.indexOf('## CDK feature flags');
  expect(start).toBeGreaterThan(-1);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

describe('cdk.json feature flags', () => {
  test('every flag of the installed aws-cdk-lib has its recommended value, or a kept value docs/choices.md explains', () => {
    // GIVEN every v2 flag aws-cdk-lib knows (an upgrade that adds one makes this fail until it is decided)
    const deviations: string[] = [];
    for (const [flag, info] of Object.entries(FLAGS)) {
      if (!info.introducedIn.v2) continue;
      const effective = flag in context ? context[flag] : info.unconfiguredBehavesLike?.v2;
      const expected = flag in NOT_RECOMMENDED ? NOT_RECOMMENDED[flag] : info.recommendedValue;
      if (JSON.stringify(effective) !== JSON.stringify(expected)) deviations.push(`${flag}: ${JSON.stringify(effective)}, expected ${JSON.stringify(expected)}`);
    }
    // THEN
    expect(deviations).toEqual([]);
    const section = readmeFlagsSection();
    for (const [flag, value] of Object.entries(NOT_RECOMMENDED)) {
      expect([flag, JSON.stringify(value) !== JSON.stringify(FLAGS[flag].recommendedValue)]).toEqual([flag, true]);
      expect([flag, section.includes(flag)]).toEqual([flag, true]);
    }
  });

  test('the tests synthesize with cdk.json\'s flags', () => {
    // GIVEN the prod synth every test file shares (test/helpers/synth.ts)
    const prod = synthEnv('prod');
    const stack = prod.regions[0];
    // THEN every boolean flag reads as cdk.json sets it inside the app
    for (const [flag, value] of Object.entries(context)) {
      if (typeof value === 'boolean' && FLAGS[flag]) expect([flag, FeatureFlags.of(stack).isEnabled(flag)]).toEqual([flag, value]);
    }
    // AND a flag-dependent property is in the template: enablePartitionLiterals writes the key
    // policy's account principal as a literal ARN ...
    prod.template('Region-us-east-1').hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: { Statement: Match.arrayWith([Match.objectLike({ Principal: { AWS: 'arn:aws:iam::111111111111:root' } })]) },
    });
    // ... which an app without the flag writes with { Ref: AWS::Partition } (the assertion can fail)
    const bare = new Stack(new App(), 'Bare', { env: { account: '111111111111', region: 'us-east-1' } });
    new kms.Key(bare, 'Key');
    const bareKey = JSON.stringify(bare.resolve((bare.node.findChild('Key').node.defaultChild as kms.CfnKey).keyPolicy));
    expect(bareKey).not.toContain('"arn:aws:iam::111111111111:root"');
    expect(bareKey).toContain('AWS::Partition');
  });

  test('a CloudFormation validation error fails the synth (validateAgainstDefaultRules; unset, it is only a warning)', () => {
    const synthWithInvalidLogGroup = (ctx: Record<string, unknown>) => {
      const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'cfn-validate-')), context: ctx });
      const stack = new Stack(app, 'Invalid', { env: { account: '111111111111', region: 'us-east-1' } });
      new CfnResource(stack, 'Logs', { type: 'AWS::Logs::LogGroup', properties: { RetentionInDays: 'forever' } });
      return () => app.synth();
    };
    expect(synthWithInvalidLogGroup(cdkJsonContext())).toThrow(/CloudFormation-Validate::F3012/);
    // Without the flag the same error is printed as a warning and the synth succeeds.
    const legacy = { ...cdkJsonContext() };
    delete legacy['@aws-cdk/core:validateAgainstDefaultRules'];
    const printed: string[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => { printed.push(args.join(' ')); };
    try {
      expect(synthWithInvalidLogGroup(legacy)).not.toThrow();
    } finally {
      console.error = consoleError;
    }
    expect(printed.join('\n')).toMatch(/reported as warnings[\s\S]*CloudFormation-Validate::F3012/);
  });
});
