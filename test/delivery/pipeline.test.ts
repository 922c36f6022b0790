import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, CfnWaitConditionHandle, Stack, Stage, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { gatePipeline } from '../../lib/platform/delivery';
import { PlatformConfig, regionWaves } from '../../lib/config';
import { DeliveryPipelineStack, promoteRegionCommands, verifyRegionCommands } from '../../lib/delivery/pipeline-stack';
import { cdkJsonContext, shippedConfig } from '../helpers/synth';

const prod = shippedConfig('prod');
const dev = shippedConfig('dev');

/**
 * The pipeline around light stand-ins for the environments' Stages (one empty stack per region,
 * in the region's account): the pipeline reads only their stacks, so this tests it in a second
 * instead of synthesizing every environment.
 */
function buildPipeline(host: PlatformConfig, envs: readonly PlatformConfig[]) {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'pipeline-'));
  const app = new App({ outdir, context: cdkJsonContext() });
  const environments = envs.map((config) => {
    const stage = new Stage(app, config.environment);
    const regionStacks = new Map<string, Stack>();
    for (const region of config.regions) {
      const stack = new Stack(stage, `Region-${region.name}`, { env: { account: region.account, region: region.name } });
      new CfnWaitConditionHandle(stack, 'Placeholder'); // a template must have a resource
      regionStacks.set(region.name, stack);
    }
    // The region waves, as the delivery layer orders them.
    const waves = regionWaves(config);
    for (let i = 1; i < waves.length; i++) for (const r of waves[i]) for (const p of waves[i - 1]) regionStacks.get(r)!.addStackDependency(regionStacks.get(p)!);
    return { config, stage, regionStacks };
  });
  const pipeline = new DeliveryPipelineStack(app, 'Delivery', { host, environments });
  gatePipeline(pipeline);
  app.synth();
  return { app, outdir, pipeline, template: Template.fromStack(pipeline) };
}

const built = buildPipeline(prod, [dev, prod]);

/** The CodePipeline's stages, each with its actions as `name@runOrder`. */
function stagesOf(template: Template): Array<{ name: string; actions: string[] }> {
  const pipelines = Object.values(template.findResources('AWS::CodePipeline::Pipeline'));
  expect(pipelines).toHaveLength(1);
  return (pipelines[0].Properties.Stages as Array<{ Name: string; Actions: Array<{ Name: string; RunOrder: number }> }>).map((s) => ({
    name: s.Name,
    actions: s.Actions.map((a) => `${a.Name}@${a.RunOrder}`),
  }));
}

describe('delivery pipeline', () => {
  const stages = stagesOf(built.template);
  const runOrder = (stage: string, action: RegExp) => {
    const hit = stages.find((s) => s.name === stage)!.actions.find((a) => action.test(a));
    if (!hit) throw new Error(`no action ${action} in ${stage}: ${stages.find((s) => s.name === stage)!.actions.join(', ')}`);
    return Number(hit.split('@')[1]);
  };

  test('GIVEN prod declares the pipeline WHEN built THEN it runs in prod\'s hub account and region, self-mutating, source → synth → dev → prod', () => {
    expect(built.pipeline.account).toBe(prod.hubRegion.account);
    expect(built.pipeline.region).toBe(prod.hubRegion.name);
    // (no Assets stage here: the stand-in stacks have no assets; the real environments' Lambda code adds one)
    expect(stages.map((s) => s.name)).toEqual(['Source', 'Build', 'UpdatePipeline', 'dev', 'prod']);
  });

  test('GIVEN the source WHEN built THEN it is the CodeConnections connection of the config, no secret in git', () => {
    built.template.hasResourceProperties('AWS::CodePipeline::Pipeline', {
      Stages: Match.arrayWith([{ Name: 'Source', Actions: [Match.objectLike({ ActionTypeId: Match.objectLike({ Provider: 'CodeStarSourceConnection' }), Configuration: Match.objectLike({ ConnectionArn: prod.delivery.pipeline!.connectionArn, FullRepositoryId: 'automatedai/platform', BranchName: 'main' }) })] }]),
    });
  });

  test('GIVEN the synth step WHEN built THEN it installs, tests and synthesizes', () => {
    const projects = Object.values(built.template.findResources('AWS::CodeBuild::Project'));
    const synth = projects.map((p) => String(p.Properties.Source.BuildSpec)).find((b) => b.includes('npx cdk synth'));
    expect(synth).toBeDefined();
    expect(synth).toMatch(/npm ci[\s\S]*npm test[\s\S]*npx cdk synth --quiet/);
  });

  test('GIVEN prod WHEN built THEN its change sets are printed, then approved by hand, before any prod stack deploys', () => {
    const diff = runOrder('prod', /^Diff-prod@/);
    const approve = runOrder('prod', /^Approve-prod@/);
    const firstDeploy = Math.min(...stages.find((s) => s.name === 'prod')!.actions.filter((a) => /Prepare|Deploy/.test(a)).map((a) => Number(a.split('@')[1])));
    expect(diff).toBeLessThan(approve);
    expect(approve).toBeLessThan(firstDeploy);
    // dev has its diff but no approval
    expect(stages.find((s) => s.name === 'dev')!.actions.some((a) => a.startsWith('Approve'))).toBe(false);
    expect(runOrder('dev', /^Diff-dev@/)).toBe(1);
  });

  test('GIVEN prod\'s region waves WHEN built THEN the hub region deploys, is verified and promoted before the next wave starts', () => {
    const hubDeploy = runOrder('prod', /Region-us-east-1\.Deploy@/);
    const hubVerify = runOrder('prod', /Verify-prod-us-east-1@/);
    const hubPromote = runOrder('prod', /Promote-prod-us-east-1@/);
    const spokePrepare = runOrder('prod', /Region-eu-west-1\.Prepare@/);
    expect(hubDeploy).toBeLessThan(hubVerify);
    expect(hubVerify).toBeLessThan(hubPromote);
    expect(hubPromote).toBeLessThan(spokePrepare);
    expect(runOrder('prod', /Promote-prod-eu-west-1@/)).toBeGreaterThan(runOrder('prod', /Verify-prod-eu-west-1@/));
  });

  test('GIVEN dev tracks main WHEN built THEN dev is verified but never promoted', () => {
    expect(stages.find((s) => s.name === 'dev')!.actions.filter((a) => a.startsWith('Promote'))).toEqual([]);
    expect(runOrder('dev', /Verify-dev-us-east-1@/)).toBeGreaterThan(runOrder('dev', /Region-us-east-1\.Deploy@/));
  });

  test('GIVEN the verify step WHEN its commands are read THEN it waits for the gateway\'s minimum of healthy targets through the read-only lookup role, and fails after the timeout', () => {
    const region = prod.regions[1];
    const role = 'arn:aws:iam::111111111111:role/cdk-hnb659fds-lookup-role-111111111111-eu-west-1';
    const script = verifyRegionCommands(prod, region, role, 30).join('\n');
    expect(script).toContain(`aws sts assume-role --role-arn ${role}`);
    expect(script).toContain('--names automatedai-prod-https');
    expect(script).toContain("TargetHealth.State=='healthy'");
    expect(script).toMatch(/-ge 3 \]/); // three zones: three gateway replicas at least
    expect(script).toContain('deadline=$(( $(date +%s) + 1800 ))');
    expect(script).toMatch(/exit 1/);
  });

  test('GIVEN the promote step WHEN its commands are read THEN it force-pushes the deployed commit to the region\'s release branch with the token CodeBuild reads from Secrets Manager', () => {
    const script = promoteRegionCommands(prod, prod.regions[0]).join('\n');
    expect(script).toContain('push --force https://github.com/automatedai/platform.git HEAD:refs/heads/release/prod/us-east-1');
    expect(script).not.toMatch(/x-access-token:[A-Za-z0-9]/); // no token in the script, only the variable
    built.template.hasResourceProperties('AWS::CodeBuild::Project', {
      Environment: { EnvironmentVariables: [{ Name: 'GIT_PUSH_TOKEN', Type: 'SECRETS_MANAGER', Value: 'automatedai/delivery/git-push' }] },
    });
  });

  test('GIVEN the artifact buckets WHEN built THEN they are KMS-encrypted with a rotating key and versioned', () => {
    built.template.hasResourceProperties('AWS::S3::Bucket', { VersioningConfiguration: { Status: 'Enabled' }, BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' } }] } });
    built.template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    for (const support of built.pipeline.supportStacks) {
      Template.fromStack(support).hasResourceProperties('AWS::S3::Bucket', { VersioningConfiguration: { Status: 'Enabled' } });
    }
  });

  test('GIVEN the nag packs gate the pipeline\'s stacks WHEN synthesized THEN nothing fails and every acknowledgement is used', () => {
    const report = JSON.parse(fs.readFileSync(path.join(built.outdir, 'validation-report.json'), 'utf8'));
    const violations = report.pluginReports.flatMap((p: any) => p.violations ?? []);
    expect(violations).toEqual([]);
    const used = new Set<string>();
    for (const p of report.pluginReports) for (const v of p.suppressedViolations ?? []) used.add(`${v.acknowledgedAt}|${v.acknowledgedId}`);
    const given: string[] = [];
    for (const stack of [built.pipeline, ...built.pipeline.supportStacks]) {
      for (const c of stack.node.findAll()) {
        for (const e of c.node.metadata) {
          if (e.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
          for (const id of Object.keys(e.data as Record<string, string>)) given.push(`${c.node.path}|${id}`);
        }
      }
    }
    expect(given.length).toBeGreaterThan(0);
    expect(given.filter((g) => !used.has(g))).toEqual([]);
  });

  test('fails when an environment the pipeline names was not built', () => {
    expect(() => buildPipeline(prod, [prod])).toThrow("delivery.pipeline.environments names 'dev', which was not built into the app");
  });
});
