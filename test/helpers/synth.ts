import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { PlatformConfig, loadConfigFile } from '../../lib/config';
import { Platform, SYNTH_CONTEXT, buildPlatform } from '../../lib/platform/app';
import { RenderedFile, renderEnvironment } from '../../lib/platform/render';
import { PlatformStage } from '../../lib/platform/stage';

/** The repository root. */
export const ROOT = path.resolve(__dirname, '..', '..');

/** The context `npm run synth` runs with (cdk.json's plus the app's), so tests synthesize the same. */
export function cdkJsonContext(): Record<string, unknown> {
  return { ...JSON.parse(fs.readFileSync(path.join(ROOT, 'cdk.json'), 'utf8')).context, ...SYNTH_CONTEXT };
}

/** Loads a shipped environment's config. */
export function shippedConfig(env: string): PlatformConfig {
  return loadConfigFile(path.join(ROOT, 'config', `${env}.yaml`));
}

const renderCache = new Map<string, readonly RenderedFile[]>();

/**
 * A shipped environment's rendered manifests, `renderEnvironment(shippedConfig(env))`, once per
 * worker (jest-light-runner keeps this module between the files a worker runs). The files are
 * frozen: they are shared by every file of the worker.
 */
export function renderEnv(env: string): readonly RenderedFile[] {
  let files = renderCache.get(env);
  if (!files) {
    files = Object.freeze(renderEnvironment(shippedConfig(env)).map((f) => Object.freeze(f)));
    renderCache.set(env, files);
  }
  return files;
}

/** A synthesized environment: the platform, its assembly and one Template per stack id. */
export interface Synthesized extends Platform {
  readonly config: PlatformConfig;
  readonly assembly: CloudAssembly;
  readonly outdir: string;
  template(stackId: string): Template;
}

const cache = new Map<string, Synthesized>();

/** Options of {@link synthConfig}. */
export interface SynthOptions {
  /**
   * Run aws-cdk-lib's built-in CloudFormation validation (cfn-lint rules), as `cdk synth` does.
   * It costs about 2 s per synth, so only the suites that test the whole gate (test/app.test.ts)
   * turn it on; the nag packs gate every synth either way.
   * @default false
   */
  readonly cfnValidation?: boolean;
}

/**
 * Synthesizes a config into a fresh temp dir with the nag gate on, once per worker
 * (jest-light-runner keeps this module between the files a worker runs). A synth without
 * CloudFormation validation reuses one with it: the validation only checks, so the assembly is
 * the same (validation-report.json has one more plugin's report, which only the suites asking
 * for the validation read).
 */
export function synthConfig(config: PlatformConfig, key = `${config.project}-${config.environment}`, options: SynthOptions = {}): Synthesized {
  const cfnValidation = options.cfnValidation ?? false;
  const cacheKey = cfnValidation ? key : `${key}:no-cfn-validation`;
  const hit = cache.get(cacheKey) ?? (cfnValidation ? undefined : cache.get(key));
  if (hit) return hit;
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'platform-synth-'));
  const app = new App({ outdir, context: cdkJsonContext(), builtinCloudFormationValidation: cfnValidation });
  const platform = buildPlatform(app, config);
  const assembly = app.synth();
  const templates = new Map<string, Template>();
  const result: Synthesized = {
    ...platform,
    config,
    assembly,
    outdir,
    template(stackId: string) {
      let t = templates.get(stackId);
      if (!t) {
        t = Template.fromJSON(assembly.getStackArtifact(stackId).template);
        templates.set(stackId, t);
      }
      return t;
    },
  };
  cache.set(cacheKey, result);
  return result;
}

/** Synthesizes a shipped environment (`config/<env>.yaml`). */
export function synthEnv(env: string, options: SynthOptions = {}): Synthesized {
  return synthConfig(shippedConfig(env), `env:${env}`, options);
}

/** An environment synthesized as `npm run render` and `cdk synth` build it: a Stage in an App. */
export interface StageSynthesized {
  readonly config: PlatformConfig;
  /** The environment's Stage (the root the report and the gate see). */
  readonly app: PlatformStage;
  /** The Stage's nested cloud assembly. */
  readonly assembly: CloudAssembly;
  /** The App's output directory (validation-report.json is there). */
  readonly outdir: string;
}

const stageCache = new Map<string, StageSynthesized>();

/** Synthesizes a shipped environment as a Stage of a fresh App, gated, once per test file. */
export function synthStage(env: string, options: SynthOptions = {}): StageSynthesized {
  const cfnValidation = options.cfnValidation ?? false;
  const key = `${env}:${cfnValidation}`;
  const hit = stageCache.get(key);
  if (hit) return hit;
  const config = shippedConfig(env);
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'platform-stage-'));
  const app = new App({ outdir, context: cdkJsonContext(), builtinCloudFormationValidation: cfnValidation });
  const stage = new PlatformStage(app, { config });
  app.synth();
  const result = { config, app: stage, assembly: stage.synth(), outdir };
  stageCache.set(key, result);
  return result;
}
