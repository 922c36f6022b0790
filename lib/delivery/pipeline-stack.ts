import { Stack, StackProps, Stage } from 'aws-cdk-lib';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as iam from 'aws-cdk-lib/aws-iam';
import { CodeBuildStep, CodePipeline, CodePipelineSource, ManualApprovalStep, ShellStep, Step } from 'aws-cdk-lib/pipelines';
import { Construct } from 'constructs';
import { CDK_BOOTSTRAP_QUALIFIER, PlatformConfig, RegionConfig, envPrefix, promotionBranch, regionWaves, ingressTargetGroupName } from '../config';
import { ingressMinReplicas } from '../config/mesh-names';
import { acknowledgeArtifactBucket, acknowledgePipelineFindings, versionArtifactBucket } from './pipeline-compliance';

/** One environment the pipeline deploys: its config, its Stage, and each region's base stack. */
export interface PipelineEnvironment {
  readonly config: PlatformConfig;
  readonly stage: Stage;
  /** The region (base) stack of each region, by region name: the post-deploy steps attach to it. */
  readonly regionStacks: ReadonlyMap<string, Stack>;
}

/** Props of {@link DeliveryPipelineStack}. */
export interface DeliveryPipelineStackProps extends StackProps {
  /** The config that declares `delivery.pipeline`: the pipeline runs in its hub account and region. */
  readonly host: PlatformConfig;
  /** Every environment `delivery.pipeline.environments` names, in that order. */
  readonly environments: readonly PipelineEnvironment[];
}

/**
 * The delivery pipeline (CDK Pipelines on CodePipeline, self-mutating) in the hub account of
 * the environment that declares it:
 *
 * source (CodeConnections) → synth (`npm ci`, `npm test`, `cdk synth`) → update itself → per
 * environment, in order: the change sets printed (`cdk diff`), a manual approval where
 * `delivery.approval` is set, then the stacks in dependency order, which puts the regions in
 * their `delivery.regionWaves`; after each region's stack: a check that its ingress is healthy,
 * and for environments with `gitops.promotion: pipeline`, the push of the deployed commit to the
 * region's release branch, which its Argo CD workloads track. A failed check stops every later
 * wave and environment. Deploys into other accounts through `cdk bootstrap --trust`.
 *
 * @throws Error when an environment of the pipeline is not given
 */
export class DeliveryPipelineStack extends Stack {
  public readonly pipeline: CodePipeline;

  constructor(scope: Construct, id: string, props: DeliveryPipelineStackProps) {
    const { host } = props;
    const settings = host.delivery.pipeline;
    if (!settings) throw new Error(`DeliveryPipelineStack: ${host.environment} declares no delivery.pipeline`);
    super(scope, id, {
      stackName: `${envPrefix(host)}-delivery`,
      env: { account: host.hubRegion.account, region: host.hubRegion.name },
      terminationProtection: host.production,
      description: `${host.project} delivery pipeline: ${settings.environments.join(' → ')}`,
      ...props,
    });

    const source = CodePipelineSource.connection(settings.repository, settings.branch, {
      connectionArn: settings.connectionArn,
      // A full clone (with .git), so the promotion steps can push the deployed commit.
      codeBuildCloneOutput: true,
    });

    this.pipeline = new CodePipeline(this, 'Pipeline', {
      pipelineName: `${envPrefix(host)}-delivery`,
      // Deploys into other accounts: the artifact bucket is encrypted with a rotating customer key
      // the target accounts' deploy roles may use.
      crossAccountKeys: true,
      enableKeyRotation: true,
      selfMutation: true,
      synth: new ShellStep('Synth', {
        input: source,
        commands: ['npm ci --no-audit --no-fund', 'npm test', 'npx cdk synth --quiet'],
        primaryOutputDirectory: 'cdk.out',
      }),
      codeBuildDefaults: {
        buildEnvironment: { buildImage: codebuild.LinuxBuildImage.STANDARD_7_0, computeType: codebuild.ComputeType.MEDIUM },
        // The repository's engine (package.json): Node 20.
        partialBuildSpec: codebuild.BuildSpec.fromObject({ phases: { install: { 'runtime-versions': { nodejs: '20' } } } }),
      },
    });

    for (const name of settings.environments) {
      const env = props.environments.find((e) => e.config.environment === name);
      if (!env) throw new Error(`DeliveryPipelineStack: delivery.pipeline.environments names '${name}', which was not built into the app`);
      this.addEnvironment(env, source, settings.healthTimeoutMinutes, settings.gitPushSecretName);
    }

    // Built now (not lazily at synth) so its generated resources can be hardened and reviewed.
    this.pipeline.buildPipeline();
    const artifactBucket = this.pipeline.pipeline.artifactBucket;
    versionArtifactBucket(artifactBucket);
    acknowledgeArtifactBucket(artifactBucket);
    const support = Object.values(this.pipeline.pipeline.crossRegionSupport);
    for (const { replicationBucket } of support) {
      versionArtifactBucket(replicationBucket);
      acknowledgeArtifactBucket(replicationBucket);
    }
    this.supportStacks = support.map((s) => s.stack);
    acknowledgePipelineFindings(this, [artifactBucket], support.map((s) => this.resolve(s.replicationBucket.bucketName) as string), this.pipeline.pipeline.stages.some((s) => s.stageName === 'Assets'));
  }

  /** The stacks CodePipeline adds for its artifact replication buckets in the other regions it deploys to. */
  public readonly supportStacks: readonly Stack[];

  private addEnvironment(env: PipelineEnvironment, source: CodePipelineSource, timeoutMinutes: number, gitPushSecretName: string): void {
    const { config } = env;
    const diff = new CodeBuildStep(`Diff-${config.environment}`, {
      input: this.pipeline.cloudAssemblyFileSet,
      commands: [`npx -y aws-cdk@2 diff --app . '${config.environment}/*' || true`],
      rolePolicyStatements: [assumeBootstrapRoles(config, 'lookup')],
    });
    const pre: Step[] = [diff];
    if (config.delivery.approval) {
      const approval = new ManualApprovalStep(`Approve-${config.environment}`, {
        comment: `Deploy ${config.environment}: review the change sets in the Diff-${config.environment} log first.`,
      });
      approval.addStepDependency(diff);
      pre.push(approval);
    }
    const stackSteps = regionWaves(config).flat().map((regionName) => {
      const region = config.regions.find((r) => r.name === regionName)!;
      const verify = verifyRegionStep(config, region, timeoutMinutes);
      const post: Step[] = [verify];
      if (config.gitops.promotion === 'pipeline') {
        const promote = promoteRegionStep(config, region, source, gitPushSecretName);
        promote.addStepDependency(verify);
        post.push(promote);
      }
      return { stack: env.regionStacks.get(regionName)!, post };
    });
    this.pipeline.addStage(env.stage, { pre, stackSteps });
  }
}

/** Lets a step assume the CDK bootstrap role of `kind` in every region account of the environment. */
function assumeBootstrapRoles(config: PlatformConfig, kind: 'lookup' | 'deploy'): iam.PolicyStatement {
  return new iam.PolicyStatement({
    actions: ['sts:AssumeRole'],
    resources: config.regions.map((r) => `arn:aws:iam::${r.account}:role/cdk-${CDK_BOOTSTRAP_QUALIFIER}-${kind}-role-${r.account}-${r.name}`),
  });
}

/**
 * After a region's stack deployed: wait until the region's ingress NLB target group has at least
 * the gateway's minimum replicas healthy (the gateway is the last operator Argo CD installs, and
 * it is healthy only with istiod's injected proxy), reading through the region account's CDK
 * lookup role (read-only). Fails after `timeoutMinutes`, which stops the later waves.
 */
export function verifyRegionStep(config: PlatformConfig, region: RegionConfig, timeoutMinutes: number): CodeBuildStep {
  const role = `arn:aws:iam::${region.account}:role/cdk-${CDK_BOOTSTRAP_QUALIFIER}-lookup-role-${region.account}-${region.name}`;
  return new CodeBuildStep(`Verify-${config.environment}-${region.name}`, {
    commands: verifyRegionCommands(config, region, role, timeoutMinutes),
    rolePolicyStatements: [new iam.PolicyStatement({ actions: ['sts:AssumeRole'], resources: [role] })],
  });
}

/** The shell of {@link verifyRegionStep} (exported for tests). */
export function verifyRegionCommands(config: PlatformConfig, region: RegionConfig, role: string, timeoutMinutes: number): string[] {
  const min = ingressMinReplicas(config);
  const tg = ingressTargetGroupName(config, 'https');
  return [
    'set -eu',
    `creds=$(aws sts assume-role --role-arn ${role} --role-session-name verify-${region.name} --query Credentials --output json)`,
    'export AWS_ACCESS_KEY_ID=$(echo "$creds" | jq -r .AccessKeyId) AWS_SECRET_ACCESS_KEY=$(echo "$creds" | jq -r .SecretAccessKey) AWS_SESSION_TOKEN=$(echo "$creds" | jq -r .SessionToken)',
    `tg=$(aws elbv2 describe-target-groups --region ${region.name} --names ${tg} --query 'TargetGroups[0].TargetGroupArn' --output text)`,
    `deadline=$(( $(date +%s) + ${timeoutMinutes * 60} ))`,
    `until [ "$(aws elbv2 describe-target-health --region ${region.name} --target-group-arn "$tg" --query "length(TargetHealthDescriptions[?TargetHealth.State=='healthy'])" --output text)" -ge ${min} ]; do`,
    `  if [ "$(date +%s)" -ge "$deadline" ]; then echo "${config.environment}/${region.name}: fewer than ${min} healthy ingress targets in ${tg} after ${timeoutMinutes} min"; exit 1; fi`,
    '  sleep 20',
    'done',
    `echo "${config.environment}/${region.name}: ingress healthy (${tg}, at least ${min} targets)"`,
  ];
}

/**
 * Moves the region's release branch (`release/<env>/<region>`) to the commit the pipeline just
 * deployed, so the region's Argo CD workloads follow. Pushes over HTTPS with the token of
 * `delivery.pipeline.gitPushSecretName` (CodeBuild reads it from Secrets Manager and masks it).
 */
export function promoteRegionStep(config: PlatformConfig, region: RegionConfig, source: CodePipelineSource, gitPushSecretName: string): CodeBuildStep {
  return new CodeBuildStep(`Promote-${config.environment}-${region.name}`, {
    input: source,
    commands: promoteRegionCommands(config, region),
    buildEnvironment: {
      environmentVariables: { GIT_PUSH_TOKEN: { type: codebuild.BuildEnvironmentVariableType.SECRETS_MANAGER, value: gitPushSecretName } },
    },
  });
}

/** The shell of {@link promoteRegionStep} (exported for tests). */
export function promoteRegionCommands(config: PlatformConfig, region: RegionConfig): string[] {
  const branch = promotionBranch(config, region);
  return [
    'set -eu',
    'auth=$(printf "x-access-token:%s" "$GIT_PUSH_TOKEN" | base64 -w0)',
    `git -c http.extraHeader="Authorization: Basic $auth" push --force ${config.gitops.repoURL} HEAD:refs/heads/${branch}`,
    `echo "${config.environment}/${region.name}: ${branch} now at $(git rev-parse HEAD)"`,
  ];
}
