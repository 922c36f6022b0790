import { CfnResource, Stack } from 'aws-cdk-lib';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { IConstruct } from 'constructs';
import { NagPackName, acknowledgeControlTower, acknowledgeNag } from '../compliance';

/*
 * What the pipeline's own resources do about the nag packs. CDK Pipelines generates the roles,
 * policies, CodeBuild projects and artifact buckets; what can be set is set (versioning of the
 * artifact buckets, key rotation, encryption); what the library decides is acknowledged here,
 * per granular finding, with the reason.
 */

const HIPAA_NIST_PCI: readonly NagPackName[] = ['HIPAA.Security', 'NIST.800.53.R5', 'PCI.DSS.321'];

/** The wildcard actions of CDK's bucket and key grants (`grantReadWrite`, `grantDecrypt`, `grantEncrypt`). */
const GRANT_ACTIONS = ['s3:GetObject*', 's3:GetBucket*', 's3:List*', 's3:DeleteObject*', 's3:Abort*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'];

/** Versioning on a generated artifact bucket (a property CDK Pipelines does not expose). */
export function versionArtifactBucket(bucket: s3.IBucket): void {
  const cfn = bucket.node.defaultChild as s3.CfnBucket | undefined;
  if (cfn) cfn.versioningConfiguration = { status: 'Enabled' };
}

/**
 * Acknowledges the findings CDK Pipelines' generated resources raise in `stack`, naming each
 * granular IAM5 finding from the stack's actual resources (bucket and project logical ids).
 */
export function acknowledgePipelineFindings(stack: Stack, artifactBuckets: readonly s3.IBucket[], replicationBucketNames: readonly string[], publishesAssets: boolean): void {
  const grants = 'CDK\'s bucket and key grants (grantReadWrite/grantDecrypt), which CDK Pipelines applies to the pipeline\'s own artifact buckets and keys only';
  for (const action of GRANT_ACTIONS) {
    acknowledgeNag(stack, 'AwsSolutions', `IAM5[Action::${action}]`, `The wildcard is in the action names of ${grants}; the resources are those buckets and keys.`);
  }
  for (const bucket of artifactBuckets) {
    const cfn = bucket.node.defaultChild as CfnResource;
    acknowledgeNag(stack, 'AwsSolutions', `IAM5[Resource::<${stack.getLogicalId(cfn)}.Arn>/*]`, `Objects of the pipeline's artifact bucket: each stage reads and writes its own artifacts under generated keys (${grants}).`);
  }
  for (const name of replicationBucketNames) {
    acknowledgeNag(stack, 'AwsSolutions', `IAM5[Resource::arn:aws:s3:::${name}/*]`, `Objects of the pipeline's replication bucket for another region: artifacts are copied there under generated keys (${grants}).`);
  }
  for (const project of stack.node.findAll().filter((c): c is codebuild.CfnProject => c instanceof codebuild.CfnProject)) {
    const id = stack.getLogicalId(project);
    acknowledgeControlTower(project, 'CT.CODEBUILD.PR.3',
      'CodeBuild sends every build\'s log to CloudWatch Logs (/aws/codebuild/<project>) when LogsConfig is absent, which is how CDK Pipelines generates its projects; the control only accepts an explicit LogsConfig.');
    const environment = project.environment as codebuild.CfnProject.EnvironmentProperty;
    if (environment.privilegedMode === true) {
      acknowledgeControlTower(project, 'CT.CODEBUILD.PR.4',
        'Publishes the platform\'s container images (the stream job and ML images, CDK Docker assets): docker build needs the Docker daemon, which CodeBuild runs only in privileged mode. CDK Pipelines generates the project; it runs only cdk-assets on the pipeline\'s own synthesized assets.');
    }
    // The asset-publishing projects' findings are those of the wildcards below (the register's gate
    // fails on an acknowledgement that matches nothing).
    if (publishesAssets && project.node.path.includes('/Assets/')) continue;
    acknowledgeNag(stack, 'AwsSolutions', `IAM5[Resource::arn:aws:logs:${stack.region}:${stack.account}:log-group:/aws/codebuild/<${id}>:*]`,
      'The log streams of this CodeBuild project\'s own log group: CodeBuild creates one stream per build, named at run time.');
    acknowledgeNag(stack, 'AwsSolutions', `IAM5[Resource::arn:aws:codebuild:${stack.region}:${stack.account}:report-group/<${id}>-*]`,
      'The test report groups of this CodeBuild project: CodeBuild names them after the project at run time.');
  }
  if (publishesAssets) {
    acknowledgeNag(stack, 'AwsSolutions', `IAM5[Resource::arn:aws:logs:${stack.region}:${stack.account}:log-group:/aws/codebuild/*]`,
      'The asset-publishing projects of CDK Pipelines log to log groups named after projects it creates at synth.');
    acknowledgeNag(stack, 'AwsSolutions', `IAM5[Resource::arn:aws:codebuild:${stack.region}:${stack.account}:report-group/*]`,
      'The asset-publishing projects of CDK Pipelines write report groups named after projects it creates at synth.');
  }
  acknowledgeNag(stack, 'AwsSolutions', 'IAM5[Resource::*]',
    'CDK Pipelines\' self-mutation, asset and pipeline roles: sts:AssumeRole limited by the condition iam:ResourceTag/aws-cdk:bootstrap-role to the CDK bootstrap roles, and cloudformation:DescribeStacks, which takes no resource-level permission for the stacks it must find.');
  acknowledgeNag(stack, 'AwsSolutions', `IAM5[Resource::arn:*:iam::${stack.account}:role/*]`,
    'CDK Pipelines\' self-mutation assumes the CDK bootstrap roles of this account, selected by the condition iam:ResourceTag/aws-cdk:bootstrap-role, not by name.');
  for (const pack of HIPAA_NIST_PCI) {
    acknowledgeNag(stack, pack, 'IAMNoInlinePolicy',
      'CDK Pipelines attaches each generated role\'s grants as its DefaultPolicy: one policy per role, scoped to that role\'s stage, not shared.');
  }
  for (const pack of ['HIPAA.Security', 'PCI.DSS.321'] as const) {
    acknowledgeNag(stack, pack, 'CodeBuildProjectSourceRepoUrl',
      'Every CodeBuild project of the pipeline has source type CODEPIPELINE (input artifacts, no repository URL, no credentials); the rule flags any project without OAuth whatever its source type. The repository is reached through the CodeConnections connection.');
  }
}

/** Acknowledges the findings of a generated artifact bucket (the pipeline's, or a cross-region replication bucket). */
export function acknowledgeArtifactBucket(scope: IConstruct): void {
  const why = 'Pipeline artifacts are build outputs, rebuilt from git on every run and expired by CodePipeline; reads and writes are recorded by CloudTrail data events';
  acknowledgeNag(scope, 'AwsSolutions', 'S1', `${why}, and access logs of it would need another bucket.`);
  for (const pack of HIPAA_NIST_PCI) {
    acknowledgeNag(scope, pack, 'S3BucketLoggingEnabled', `${why}, and access logs of it would need another bucket.`);
    acknowledgeNag(scope, pack, 'S3BucketReplicationEnabled', `${why}: a copy in another region adds nothing a re-run does not.`);
  }
  acknowledgeControlTower(scope, 'CT.S3.PR.3', `${why}: CDK Pipelines creates the bucket versioned, and old versions of artifacts have no value once a run has finished.`);
  acknowledgeControlTower(scope, 'CT.S3.PR.6', 'CDK Pipelines creates its artifact buckets without lifecycle rules; the artifacts of a run are small build outputs, rebuilt from git and superseded by the next run.');
}
