import * as path from 'path';
import { App, Stack, cx_api as cxapi } from 'aws-cdk-lib';
import { DockerImageAsset, Platform } from 'aws-cdk-lib/aws-ecr-assets';
import { Construct } from 'constructs';

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
export function jobImageAsset(scope: Construct, id: string, dir: string = JOB_SOURCE_DIR): DockerImageAsset {
  return new DockerImageAsset(scope, id, {
    directory: dir,
    exclude: [...JOB_SOURCE_EXCLUDE],
    platform: Platform.LINUX_AMD64,
  });
}

const tags = new Map<string, string>();

/**
 * The tag {@link jobImageAsset} publishes the image under, computed the way CDK computes it (the
 * same construct, in a scratch app that stages nothing), so the manifests (cdk8s) name the image
 * the region stack's asset pushes without sharing a deploy-time value. Pure: reads the files only.
 */
export function jobImageTag(dir: string = JOB_SOURCE_DIR): string {
  let tag = tags.get(dir);
  if (tag === undefined) {
    const app = new App({ context: { [cxapi.DISABLE_ASSET_STAGING_CONTEXT]: true } });
    tag = jobImageAsset(new Stack(app, 'JobImage'), 'Image', dir).imageTag;
    tags.set(dir, tag);
  }
  return tag;
}
