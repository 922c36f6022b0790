import { App, Stack, cx_api as cxapi } from 'aws-cdk-lib';
import { DockerImageAsset, Platform } from 'aws-cdk-lib/aws-ecr-assets';
import { Construct } from 'constructs';

/** An image the platform builds from a Dockerfile in the repository. */
export interface ImageSource {
  /** The folder holding the Dockerfile. */
  readonly directory: string;
  /** What the build ignores (local installs, builds, caches). */
  readonly exclude: readonly string[];
}

/**
 * An image as a CDK Docker asset of a stack: `cdk deploy` and the pipeline's Assets stage build it
 * (linux/amd64, the node groups' architecture) and push it to the region's bootstrap
 * container-assets repository, tagged with the asset's content hash (its files and build options).
 */
export function imageAsset(scope: Construct, id: string, source: ImageSource): DockerImageAsset {
  return new DockerImageAsset(scope, id, { directory: source.directory, exclude: [...source.exclude], platform: Platform.LINUX_AMD64 });
}

const tags = new Map<string, string>();

/**
 * The tag {@link imageAsset} publishes an image under, computed the way CDK computes it (the same
 * asset in a scratch app that stages nothing), so manifests name the image a stack pushes without
 * a deploy-time value. Pure: reads the image's files only; once per source and process.
 *
 * The scratch app never synthesizes (`autoSynth: false`): under the CDK CLI (`CDK_OUTDIR` set) it
 * would otherwise write its own cloud assembly over the real one.
 */
export function imageAssetTag(source: ImageSource): string {
  const key = JSON.stringify([source.directory, source.exclude]);
  let tag = tags.get(key);
  if (tag === undefined) {
    const app = new App({ autoSynth: false, context: { [cxapi.DISABLE_ASSET_STAGING_CONTEXT]: true } });
    tag = imageAsset(new Stack(app, 'ImageTag'), 'Image', source).imageTag;
    tags.set(key, tag);
  }
  return tag;
}
