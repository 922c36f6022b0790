import * as path from 'path';
import type { DockerImageAsset } from 'aws-cdk-lib/aws-ecr-assets';
import { Construct } from 'constructs';
import { imageAsset, imageAssetTag } from '../core/image-assets';

/** The stream jobs' source: its Dockerfile builds the image every job runs. */
export const JOB_SOURCE_DIR = path.resolve(__dirname, '..', '..', 'jobs', 'stream-processor');

/** What the image build ignores (also `jobs/stream-processor/.dockerignore`): local installs and builds. */
export const JOB_SOURCE_EXCLUDE = ['node_modules', 'dist'] as const;

/**
 * The job image as a CDK asset of a region stack: `cdk deploy` and the pipeline's Assets stage
 * build `jobs/stream-processor/Dockerfile` (linux/amd64, the node groups' instance types) and push
 * it to the region's bootstrap container-assets repository, tagged with the asset's content hash
 * (the job's files, the build options): any change to the job is a new tag.
 */
export function jobImageAsset(scope: Construct, id: string): DockerImageAsset {
  return imageAsset(scope, id, { directory: JOB_SOURCE_DIR, exclude: JOB_SOURCE_EXCLUDE });
}

/**
 * The tag {@link jobImageAsset} publishes the image under (lib/core/image-assets.ts), so the
 * manifests (cdk8s) name the image the region stack's asset pushes without sharing a deploy-time
 * value. Pure: reads the files only.
 */
export function jobImageTag(dir: string = JOB_SOURCE_DIR): string {
  return imageAssetTag({ directory: dir, exclude: JOB_SOURCE_EXCLUDE });
}
