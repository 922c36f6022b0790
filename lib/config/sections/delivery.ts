import { z } from 'zod';
import { Issue, slug, strictObject } from '../zod-helpers';
import { CoreRaw, gitRef } from './core';

/**
 * The delivery pipeline (CDK Pipelines on CodePipeline), declared in the config of the
 * environment whose hub account and region host it: where it reads the repository, which
 * environments it deploys in which order, and how it pushes the promoted revisions.
 */
export const pipelineConfig = strictObject({
  /**
   * The AWS CodeConnections connection to the repository (created once in the console, then
   * authorized): its ARN is not a secret.
   */
  connectionArn: z
    .string()
    .regex(
      /^arn:aws[a-z-]*:(codeconnections|codestar-connections):[a-z0-9-]+:\d{12}:connection\/[0-9a-f-]{36}$/,
      'must be an AWS CodeConnections connection ARN (arn:aws:codeconnections:<region>:<account>:connection/<uuid>)',
    ),
  /** The repository, as `owner/name`. */
  repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/, "must be 'owner/name'"),
  /** The branch the pipeline builds. @default main */
  branch: gitRef.default('main'),
  /** Environments the pipeline deploys, in order (e.g. dev, then prod). Each is a file config/<env>.yaml. */
  environments: z.array(slug(12)).min(1),
  /**
   * Secrets Manager secret (name, in the pipeline's account and region) holding a token that may
   * push `release/*` branches to the repository: the promotion steps push with it. Never in git.
   */
  gitPushSecretName: z.string().regex(/^[\w/+=.@-]{1,512}$/, 'must be a Secrets Manager secret name'),
  /** How long a region's post-deploy check waits for the ingress to be healthy. @default 30 */
  healthTimeoutMinutes: z.number().int().min(5).max(120).default(30),
});

export const deliveryConfig = strictObject({
  /**
   * The order the environment's regions deploy in: a list of waves, each a list of region names
   * deployed in parallel; a wave starts after the previous one is healthy. The hub region must be
   * in the first wave (the other regions use what its stack creates).
   * @default - the hub region, then every other region together
   */
  regionWaves: z.array(z.array(z.string()).min(1)).min(1).optional(),
  /**
   * Stop for a manual approval before the pipeline deploys this environment; the reviewer sees
   * every stack's change set. @default false
   */
  approval: z.boolean().default(false),
  /** The pipeline, in this environment's hub account and region. @default - no pipeline here */
  pipeline: pipelineConfig.optional(),
}).default({ approval: false });

/** What the delivery checks read: the core config and this section. */
type RawConfig = CoreRaw & { readonly delivery: z.output<typeof deliveryConfig> };

/** Cross-field checks of the `delivery` section that one config can answer (see also `checkPipeline`). */
export function checkDelivery(config: RawConfig, issue: Issue): void {
  const waves = config.delivery.regionWaves;
  const names = config.regions.map((r) => r.name);
  if (waves) {
    const seen = new Map<string, string>();
    waves.forEach((wave, i) => {
      wave.forEach((name, j) => {
        const path = ['delivery', 'regionWaves', i, j];
        if (!names.includes(name)) issue(path, `'${name}' is not a region of this environment (allowed: ${names.join(', ')})`);
        else if (seen.has(name)) issue(path, `'${name}' is already in ${seen.get(name)}; each region deploys once`);
        else seen.set(name, `delivery.regionWaves[${i}]`);
      });
    });
    for (const name of names) {
      if (!seen.has(name)) issue(['delivery', 'regionWaves'], `region '${name}' is in no wave; list every region of the environment once`);
    }
    const hub = config.regions.find((r) => r.hub);
    if (hub && !waves[0].includes(hub.name)) {
      const at = waves.findIndex((w) => w.includes(hub.name));
      issue(['delivery', 'regionWaves', 0], `the first wave must contain the hub region '${hub.name}' (the other regions use what its stack creates)${at > 0 ? `, found it in wave ${at}` : ''}`);
    }
  }
  const pipeline = config.delivery.pipeline;
  if (pipeline) {
    if (!pipeline.environments.includes(config.environment)) {
      issue(['delivery', 'pipeline', 'environments'], `must include this environment ('${config.environment}'): the pipeline runs in its hub account`);
    }
    const dup = pipeline.environments.find((e, i) => pipeline.environments.indexOf(e) !== i);
    if (dup) issue(['delivery', 'pipeline', 'environments'], `'${dup}' is listed twice`);
  }
}
