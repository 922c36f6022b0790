/**
 * Static facts about AWS that the config is checked against. Kept in code (not looked up) so
 * validation and synth stay hermetic: no credentials, no network.
 */

/**
 * Commercial AWS regions this platform can deploy to, with the availability-zone letters each
 * region offers. An AZ name is the region name plus one of these letters (`us-east-1a`).
 */
export const AWS_REGION_AZ_LETTERS: Readonly<Record<string, string>> = {
  'us-east-1': 'abcdef',
  'us-east-2': 'abc',
  'us-west-1': 'abc',
  'us-west-2': 'abcd',
  'ca-central-1': 'abd',
  'ca-west-1': 'abc',
  'mx-central-1': 'abc',
  'sa-east-1': 'abc',
  'eu-west-1': 'abc',
  'eu-west-2': 'abc',
  'eu-west-3': 'abc',
  'eu-central-1': 'abc',
  'eu-central-2': 'abc',
  'eu-north-1': 'abc',
  'eu-south-1': 'abc',
  'eu-south-2': 'abc',
  'il-central-1': 'abc',
  'me-central-1': 'abc',
  'me-south-1': 'abc',
  'af-south-1': 'abc',
  'ap-east-1': 'abc',
  'ap-south-1': 'abc',
  'ap-south-2': 'abc',
  'ap-northeast-1': 'acd',
  'ap-northeast-2': 'abcd',
  'ap-northeast-3': 'abc',
  'ap-southeast-1': 'abc',
  'ap-southeast-2': 'abc',
  'ap-southeast-3': 'abc',
  'ap-southeast-4': 'abc',
  'ap-southeast-5': 'abc',
  'ap-southeast-7': 'abc',
};

/** Names of the regions in {@link AWS_REGION_AZ_LETTERS}, in table order. */
export const AWS_REGIONS = Object.keys(AWS_REGION_AZ_LETTERS) as [string, ...string[]];

/** The availability-zone names that exist in `region`. */
export function availabilityZonesOf(region: string): string[] {
  return [...(AWS_REGION_AZ_LETTERS[region] ?? '')].map((letter) => `${region}${letter}`);
}

/**
 * EKS Kubernetes versions the platform accepts: those `aws-eks-v2` knows and EKS runs in
 * standard support. cdk8s-plus-33 targets 1.33+, so older versions are not offered.
 */
export const EKS_VERSIONS = ['1.33', '1.34', '1.35'] as const;

/** The newest version both aws-cdk-lib and EKS support: the default for new clusters. */
export const DEFAULT_EKS_VERSION = '1.35';

/** Retention periods CloudWatch Logs accepts, in days. */
export const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922,
  3288, 3653,
] as const;

/** CDK's default bootstrap qualifier: the bootstrap roles and the container-assets repository carry it. */
export const CDK_BOOTSTRAP_QUALIFIER = 'hnb659fds';

/** The registry and repository of a region's container assets: `<account>.dkr.ecr.<region>.amazonaws.com/cdk-…-container-assets-<account>-<region>`. */
export function containerAssetsRepository(region: { readonly name: string; readonly account: string }): string {
  return `${region.account}.dkr.ecr.${region.name}.amazonaws.com/cdk-${CDK_BOOTSTRAP_QUALIFIER}-container-assets-${region.account}-${region.name}`;
}
