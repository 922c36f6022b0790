import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack, Stage, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { NagRuleCompliance } from 'cdk-nag';
import { IConstruct } from 'constructs';
import {
  AcknowledgementOptions,
  ControlTowerGate,
  RegisterTerms,
  acknowledgeControlTower,
  controlTowerCatalogue,
  nagPacks,
  nagEvaluations,
  registerProblems,
  setRegisterTerms,
} from '../../lib/compliance';
import { cdkJsonContext } from '../helpers/synth';

const TERMS: RegisterTerms = { asOf: '2026-12-04', reviewBy: '2027-06-01', teams: ['platform-team', 'data-team'], ownerOf: () => 'platform-team' };

/** A stage with one stack holding a launch template (IMDS hop limit as given), gated like an environment. */
function gatedApp(hopLimit: number, ack?: AcknowledgementOptions & { reason?: string }): { app: App; stage: Stage; lt: IConstruct } {
  const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'ct-')), context: cdkJsonContext(), builtinCloudFormationValidation: false });
  const stage = new Stage(app, 'test');
  const stack = new Stack(stage, 'Nodes', { env: { account: '111111111111', region: 'us-east-1' } });
  const lt = new ec2.CfnLaunchTemplate(stack, 'LaunchTemplate', {
    launchTemplateData: { metadataOptions: { httpTokens: 'required', httpPutResponseHopLimit: hopLimit }, monitoring: { enabled: true } },
  });
  if (ack) acknowledgeControlTower(lt, 'CT.EC2.PR.2', ack.reason ?? 'Injected by the test: the hop limit of two is what this test needs to exercise the gate.', ack);
  setRegisterTerms(stage, TERMS);
  Validations.of(stage).addPlugins(...nagPacks(stage));
  return { app, stage, lt };
}

describe('Control Tower gate', () => {
  test('the catalogue is the one the validator bundles: every control has its id, its Guard rule and its framework mappings', () => {
    const catalogue = [...controlTowerCatalogue().values()];
    expect(catalogue.length).toBeGreaterThan(200);
    const imds = catalogue.find((c) => c.id === 'CT.EC2.PR.2')!;
    expect(imds.guardRule).toBe('ec2_launch_template_token_hop_limit_check');
    expect(imds.evaluatedResourceTypes).toEqual(['AWS::EC2::LaunchTemplate']);
    expect(Object.keys(imds.frameworks)).toEqual(expect.arrayContaining(['NIST 800-53 Rev 5']));
    for (const c of catalogue) expect([c.id, c.guardRule]).toEqual([expect.stringMatching(/^CT\.[A-Z0-9-]+\.PR\.\d+$/), expect.stringMatching(/^\w+$/)]);
  });

  test('an injected violation fails the synth and names the control and the resource', () => {
    const { app } = gatedApp(2);
    expect(() => app.synth()).toThrow(/CT\.EC2\.PR\.2[\s\S]*test\/Nodes\/LaunchTemplate[\s\S]*ControlTower::ControlTower-CT\.EC2\.PR\.2/);
  });

  test('an acknowledgement turns it into a recorded, acknowledged outcome; a compliant resource records compliant', () => {
    const failing = gatedApp(2, {});
    failing.app.synth();
    const outcome = (stage: Stage, rule: string) => nagEvaluations(stage).filter((e) => e.ruleId === rule).map((e) => String(e.outcome));
    expect(outcome(failing.stage, 'ControlTower-CT.EC2.PR.2')).toEqual([NagRuleCompliance.NON_COMPLIANT]);
    const report = JSON.parse(fs.readFileSync(path.join(failing.app.outdir, 'validation-report.json'), 'utf8'));
    const ct = report.pluginReports.find((p: { pluginName: string }) => p.pluginName === 'ControlTower');
    expect(ct.suppressedViolations.map((v: { ruleName: string }) => v.ruleName)).toEqual(['ControlTower-CT.EC2.PR.2']);

    const compliant = gatedApp(1);
    compliant.app.synth();
    expect(outcome(compliant.stage, 'ControlTower-CT.EC2.PR.2')).toEqual([NagRuleCompliance.COMPLIANT]);
    expect(outcome(compliant.stage, 'ControlTower-CT.EC2.PR.10')).toEqual([NagRuleCompliance.COMPLIANT]);
  });

  test('a gate added on one stack checks only that stack', () => {
    const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'ct-')), builtinCloudFormationValidation: false });
    const mine = new Stack(app, 'Mine');
    const other = new Stack(app, 'Other');
    new ec2.CfnLaunchTemplate(other, 'LaunchTemplate', { launchTemplateData: { metadataOptions: { httpTokens: 'required', httpPutResponseHopLimit: 3 } } });
    const gate = new ControlTowerGate(mine);
    Validations.of(mine).addPlugins(gate);
    app.synth();
    expect(gate.evaluations).toEqual([]);
  });
});

describe('acknowledgement register', () => {
  test('an expired acknowledgement fails the synth with one line naming it, its owner and the dates', () => {
    const { app } = gatedApp(2, { reviewBy: '2026-11-30', owner: 'data-team' });
    expect(() => app.synth()).toThrow(
      /acknowledgement 'ControlTower::ControlTower-CT\.EC2\.PR\.2' at Nodes\/LaunchTemplate \(owner data-team\) expired: review by 2026-11-30, compliance\.asOf is 2026-12-04/,
    );
  });

  test('an acknowledgement that matches no finding fails the synth', () => {
    const { app } = gatedApp(1, {});
    expect(() => app.synth()).toThrow(/acknowledgement 'ControlTower::ControlTower-CT\.EC2\.PR\.2' at Nodes\/LaunchTemplate matches no finding/);
  });

  test('an owner config does not name fails the synth', () => {
    const { app } = gatedApp(2, { owner: 'nobody' });
    expect(() => app.synth()).toThrow(/names no owner config knows \(got 'nobody'; allowed: platform-team, data-team\)/);
  });

  test('a blank reason fails the synth', () => {
    const { app } = gatedApp(2, { reason: '  ' });
    expect(() => app.synth()).toThrow(/acknowledgement 'ControlTower::ControlTower-CT\.EC2\.PR\.2' at Nodes\/LaunchTemplate has no reason/);
  });

  test('registerProblems: one line per problem, none for a good entry; cfn-lint acknowledgements are not counted as unused', () => {
    const good = { pack: 'ControlTower', id: 'ControlTower::ControlTower-CT.X.PR.1', at: 'A', reason: 'Because.', owner: 'platform-team', reviewBy: '2027-01-01', covers: 1 };
    expect(registerProblems([good], TERMS)).toEqual([]);
    expect(registerProblems([{ ...good, reviewBy: '2026-12-04' }], TERMS)).toEqual([]);
    expect(registerProblems([{ ...good, reviewBy: undefined }], TERMS)).toEqual([`acknowledgement '${good.id}' at A has no review-by date (YYYY-MM-DD)`]);
    expect(registerProblems([{ ...good, pack: 'CloudFormation-Validate', covers: 0 }], TERMS)).toEqual([]);
    expect(registerProblems([{ ...good, covers: 0, reviewBy: '2026-01-01' }], TERMS)).toHaveLength(2);
  });
});
