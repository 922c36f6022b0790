/*
 * Name primitives the config's own checks need (the schema and its sections), kept free of any
 * other config module so that the schema, its sections and lib/config/names.ts do not import
 * each other. lib/config/names.ts re-exports them with the other derived names.
 */

/** The parts of a config a name prefix is made of. */
export interface EnvRef {
  readonly project: string;
  readonly environment: string;
}

/** `automatedai-prod`: prefix of every platform name in this environment. */
export function envPrefix(config: EnvRef): string {
  return `${config.project}-${config.environment}`;
}

/**
 * The regional NLB target group of the Istio ingress gateway, per listener (`http` or `https`):
 * `automatedai-prod-https`. Used by CDK (the target group) and by the rendered TargetGroupBinding.
 * Target group names are regional, so the region is not part of it.
 */
export function targetGroupNameFor(project: string, environment: string, listener: 'http' | 'https'): string {
  return `${project}-${environment}-${listener}`;
}

/** The secret environment variable that carries a service's Atlas connection string. */
export const ATLAS_CONNECTION_ENV = 'DB_CONNECTION_STRING';

/** S3 bucket of model artifacts (MLflow runs and served models) in a region: `automatedai-prod-ml-models-us-east-1`. */
export function modelBucketName(config: EnvRef, region: { readonly name: string }): string {
  return `${envPrefix(config)}-ml-models-${region.name}`;
}
