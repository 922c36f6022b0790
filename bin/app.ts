#!/usr/bin/env node
/**
 * CDK app entry (cdk.json `app`): the only place the CDK CLI runs. It writes nothing but the cloud
 * assembly (cdk.out/): `cdk ls`, `synth`, `diff` and `deploy` leave the repository alone. The
 * rendered manifests and reports are `npm run render`'s (bin/render.ts).
 *
 * 1. Validates every shipped config and the selected one (bin/environments.ts); a bad config
 *    prints one line per problem and exits 1 before anything is written. So does a selected
 *    environment whose pods cannot fit its node groups (the capacity model, lib/capacity).
 * 2. Builds one Stage per selected environment (`dev/…`, `prod/…`): every shipped environment,
 *    or the one of `-c env=NAME` / `-c config=PATH`. Each Stage is gated by the nag packs.
 *
 * 3. Adds the delivery pipeline stack (top level, id `Delivery`) when an environment declares
 *    `delivery.pipeline` and every environment it deploys is selected.
 *
 * Environments live only in Stages, and `cdk deploy --all` selects top-level stacks only, so it
 * never deploys an environment: one is deployed by naming its stage (`npx cdk deploy 'dev/*'`)
 * or by the pipeline (docs/deploying.md). At most it deploys the pipeline, which stops for
 * approval before prod.
 */
import { App } from 'aws-cdk-lib';
import { SYNTH_CONTEXT } from '../lib/core/synth-context';
import { loadEnvironments, rejectUnfit } from './environments';

async function main(): Promise<void> {
  // Only the config layer loads before validation: a bad config fails fast, before aws-cdk-lib's
  // and cdk8s's heavy modules are even read.
  const app = new App({ context: { ...SYNTH_CONTEXT } });
  const { selected, fileOf } = loadEnvironments({
    env: app.node.tryGetContext('env') as string | undefined,
    config: app.node.tryGetContext('config') as string | undefined,
  });
  // The environments' pods must fit their node groups (renders their manifests in memory).
  await rejectUnfit(selected, fileOf);
  const { PlatformStage } = await import('../lib/platform/stage');
  const stages = selected.map((config) => new PlatformStage(app, { config }));
  // The pipeline, when an environment declares one and every environment it deploys is built.
  const { addDeliveryPipeline } = await import('../lib/platform/delivery');
  addDeliveryPipeline(app, stages);
  app.synth();
}

void main();
