import * as path from 'path';
import { App, Stack, cx_api as cxapi } from 'aws-cdk-lib';
import { DockerImageAsset, Platform } from 'aws-cdk-lib/aws-ecr-assets';
import { Construct } from 'constructs';
import type { RegionConfig } from '../config';

/** The repository's ML sources: a folder per image under `ml/`. */
export const ML_SOURCE_DIR = path.resolve(__dirname, '..', '..', 'ml');

/**
 * The images the ML layer runs, each built from `ml/<folder>/Dockerfile`:
 * - `mlflow`: the tracking server with the PostgreSQL driver and boto3 (the upstream image has neither);
 * - `feast`: the feature repository (definitions read from the platform's rendered `features.yaml`),
 *   run as the feature server, `feast apply` and materialization;
 * - `training`: the training job, which reads features from Feast, logs to MLflow and registers models;
 * - `drift`: the prediction-drift monitor, fed by the predictors' KServe loggers.
 */
export const ML_IMAGES = { mlflow: 'mlflow', feast: 'feast', training: 'training', drift: 'drift' } as const;

/** One of {@link ML_IMAGES}. */
export type MlImage = keyof typeof ML_IMAGES;

/** The CDK bootstrap qualifier of the accounts (the default `cdk bootstrap` one). */
export const CDK_BOOTSTRAP_QUALIFIER = 'hnb659fds';

/**
 * An ML image as a CDK asset of a region's ML stack: `cdk deploy` and the pipeline's Assets stage
 * build the Dockerfile (linux/amd64, the node groups' architecture) and push it to the region's
 * bootstrap container-assets repository, tagged with the asset's content hash.
 */
export function mlImageAsset(scope: Construct, image: MlImage): DockerImageAsset {
  return new DockerImageAsset(scope, `Image-${image}`, {
    directory: path.join(ML_SOURCE_DIR, ML_IMAGES[image]),
    exclude: ['__pycache__', '*.pyc', '.venv'],
    platform: Platform.LINUX_AMD64,
  });
}

const tags = new Map<MlImage, string>();

/**
 * The tag {@link mlImageAsset} publishes an image under, computed the way CDK computes it (the
 * same construct in a scratch app that stages nothing), so the manifests name what the ML stack
 * pushes without a deploy-time value. Pure: reads the image's files only; once per process.
 */
export function mlImageTag(image: MlImage): string {
  let tag = tags.get(image);
  if (tag === undefined) {
    // autoSynth off: under the CDK CLI (CDK_OUTDIR set) this scratch app would otherwise write over the real one's cloud assembly.
    const app = new App({ autoSynth: false, context: { [cxapi.DISABLE_ASSET_STAGING_CONTEXT]: true } });
    tag = mlImageAsset(new Stack(app, 'MlImage'), image).imageTag;
    tags.set(image, tag);
  }
  return tag;
}

/** The registry and repository of a region's container assets: `<account>.dkr.ecr.<region>.amazonaws.com/cdk-…-container-assets-<account>-<region>`. */
export function containerAssetsRepository(region: Pick<RegionConfig, 'name' | 'account'>): string {
  return `${region.account}.dkr.ecr.${region.name}.amazonaws.com/cdk-${CDK_BOOTSTRAP_QUALIFIER}-container-assets-${region.account}-${region.name}`;
}

/** The reference a pod in `region` pulls an ML image by (derived from the config and the sources, no deploy-time value). */
export function mlImage(region: Pick<RegionConfig, 'name' | 'account'>, image: MlImage): string {
  return `${containerAssetsRepository(region)}:${mlImageTag(image)}`;
}
