import * as path from 'path';
import type { DockerImageAsset } from 'aws-cdk-lib/aws-ecr-assets';
import { Construct } from 'constructs';
import { containerAssetsRepository } from '../config';
import type { RegionConfig } from '../config';
import { imageAsset, imageAssetTag } from '../core/image-assets';

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

/**
 * An ML image as a CDK asset of a region's ML stack: `cdk deploy` and the pipeline's Assets stage
 * build the Dockerfile (linux/amd64, the node groups' architecture) and push it to the region's
 * bootstrap container-assets repository, tagged with the asset's content hash.
 */
export function mlImageAsset(scope: Construct, image: MlImage): DockerImageAsset {
  return imageAsset(scope, `Image-${image}`, mlImageSource(image));
}

/** Where an ML image is built from, and what its build ignores. */
function mlImageSource(image: MlImage): { directory: string; exclude: readonly string[] } {
  return { directory: path.join(ML_SOURCE_DIR, ML_IMAGES[image]), exclude: ['__pycache__', '*.pyc', '.venv'] };
}

/**
 * The tag {@link mlImageAsset} publishes an image under (lib/core/image-assets.ts), so the
 * manifests name what the ML stack pushes without a deploy-time value.
 */
export function mlImageTag(image: MlImage): string {
  return imageAssetTag(mlImageSource(image));
}

/** The reference a pod in `region` pulls an ML image by (derived from the config and the sources, no deploy-time value). */
export function mlImage(region: Pick<RegionConfig, 'name' | 'account'>, image: MlImage): string {
  return `${containerAssetsRepository(region)}:${mlImageTag(image)}`;
}
