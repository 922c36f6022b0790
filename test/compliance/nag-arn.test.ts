import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack, StackProps, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { acknowledgeNag, nagArn, recordingNagPack } from '../../lib/compliance';
import { cdkJsonContext } from '../helpers/synth';

/** A stack whose one policy grants objects under a prefix (an IAM5 finding), gated by AwsSolutions. */
function gatedStack(props: StackProps): { app: App; stack: Stack; policy: iam.ManagedPolicy; objects: string } {
  const app = new App({ context: cdkJsonContext(), outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'nag-arn-')), builtinCloudFormationValidation: false });
  const stack = new Stack(app, 'Stack', props);
  const objects = `arn:${stack.partition}:s3:::platform-bucket/prefix/*`;
  const policy = new iam.ManagedPolicy(stack, 'Policy', {
    statements: [new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [objects] })],
    roles: [new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') })],
  });
  Validations.of(app).addPlugins(recordingNagPack('AwsSolutions', app));
  return { app, stack, policy, objects };
}

const REASON = 'Objects under one prefix of one bucket are created at run time, so the grant names the prefix.';

describe('nagArn', () => {
  test('GIVEN a stack with a known region (partition literals on) THEN it names the finding with the literal partition the gate reports', () => {
    const { app, stack, policy, objects } = gatedStack({ env: { account: '111111111111', region: 'us-east-1' } });
    expect(nagArn(stack, objects)).toBe('arn:aws:s3:::platform-bucket/prefix/*');
    acknowledgeNag(policy, 'AwsSolutions', `IAM5[Resource::${nagArn(stack, objects)}]`, REASON);
    expect(() => app.synth()).not.toThrow();
  });

  test('GIVEN an environment-agnostic stack THEN it names the finding with <AWS::Partition>, as cdk-nag flattens the pseudo parameter', () => {
    const { app, stack, policy, objects } = gatedStack({});
    expect(nagArn(stack, objects)).toBe('arn:<AWS::Partition>:s3:::platform-bucket/prefix/*');
    acknowledgeNag(policy, 'AwsSolutions', `IAM5[Resource::${nagArn(stack, objects)}]`, REASON);
    expect(() => app.synth()).not.toThrow();
  });

  test('GIVEN the pre-flag form of the finding on a stack with a known region THEN the gate fails (the acknowledgement must match)', () => {
    const { app, policy } = gatedStack({ env: { account: '111111111111', region: 'us-east-1' } });
    acknowledgeNag(policy, 'AwsSolutions', 'IAM5[Resource::arn:<AWS::Partition>:s3:::platform-bucket/prefix/*]', REASON);
    expect(() => app.synth()).toThrow(/AwsSolutions-IAM5\[Resource::arn:aws:s3:::platform-bucket\/prefix\/\*\]/);
  });
});
