import type { PlatformConfig, RegionConfig } from './load';
import { targetGroupNameFor } from './schema';

/**
 * Every name both worlds share (CloudFormation and Kubernetes) is derived here, from the config,
 * and nowhere else. Changing one of these renames (and for stateful resources, replaces) things
 * in AWS: treat them as an API.
 */

/** `automatedai-prod`: prefix of every platform name in this environment. */
export function envPrefix(config: Pick<PlatformConfig, 'project' | 'environment'>): string {
  return `${config.project}-${config.environment}`;
}

/** CloudFormation stack name of a region's stack: `automatedai-prod-us-east-1`. */
export function regionStackName(config: PlatformConfig, region: Pick<RegionConfig, 'name'>): string {
  return `${envPrefix(config)}-${region.name}`;
}

/** EKS cluster name in a region: `automatedai-prod-us-east-1`. */
export function clusterName(config: PlatformConfig, region: Pick<RegionConfig, 'name'>): string {
  return `${envPrefix(config)}-${region.name}`;
}

/** A service as names need it. */
type ServiceRef = { readonly name: string };

/** Partition-qualified ARN of a region's EKS cluster (Argo CD registers clusters by it). */
export function clusterArn(config: PlatformConfig, region: Pick<RegionConfig, 'name' | 'account'>): string {
  return `arn:aws:eks:${region.name}:${region.account}:cluster/${clusterName(config, region)}`;
}

/** Namespace a service runs in: its own, for isolation (`healthcare-service`). */
export function serviceNamespace(service: ServiceRef): string {
  return service.name;
}

/** Kubernetes service account of a service (Pod Identity associations are made for it). */
export function serviceAccountName(service: ServiceRef): string {
  return service.name;
}

/** Deployment (and pod `version` label) name of one version of a service: `healthcare-service-v1`. */
export function serviceVersionName(service: ServiceRef, version: { readonly name: string }): string {
  return `${service.name}-${version.name}`;
}

/**
 * Secrets Manager secret holding one secret environment variable of a service:
 * `automatedai/prod/healthcare-service/db-connection-string`. CDK creates or grants it; the
 * service's ExternalSecret reads it by this name.
 */
export function serviceSecretName(config: PlatformConfig, service: ServiceRef, envVar: string): string {
  return `${secretNamePrefix(config)}${service.name}/${envVar.toLowerCase().replace(/_/g, '-')}`;
}

/** Kubernetes Secret an ExternalSecret materialises for a service: `healthcare-service-secrets`. */
export function serviceSecretObjectName(service: ServiceRef): string {
  return `${service.name}-secrets`;
}

/** The ClusterSecretStore every ExternalSecret reads AWS Secrets Manager through. */
export const SECRET_STORE_NAME = 'aws-secrets-manager';

/** Service account of the External Secrets controller (its Pod Identity association is made by CDK). */
export const EXTERNAL_SECRETS_SERVICE_ACCOUNT = 'external-secrets';

/** Namespace the EKS managed Argo CD capability runs in, on the hub cluster. */
export const ARGOCD_NAMESPACE = 'argocd';

/** Argo CD project that every platform Application belongs to: `automatedai-prod`. */
export function argoProjectName(config: PlatformConfig): string {
  return envPrefix(config);
}

/** Repository path Argo CD syncs to a region's cluster: `k8s/prod/us-east-1`. */
export function clusterManifestPath(config: Pick<PlatformConfig, 'environment'>, region: Pick<RegionConfig, 'name'>): string {
  return `k8s/${config.environment}/${region.name}`;
}

/** Repository path of the hub's Argo CD objects (project, ApplicationSets): `k8s/prod/argocd`. */
export function gitopsManifestPath(config: Pick<PlatformConfig, 'environment'>): string {
  return `k8s/${config.environment}/argocd`;
}

/** Name of the IAM role the EKS managed Argo CD capability runs as (in the hub account). */
export function argocdCapabilityRoleName(config: PlatformConfig): string {
  return `${envPrefix(config)}-argocd-capability`;
}

/**
 * ARN of the Argo CD capability role, derived rather than referenced so that every region's
 * stack can grant it cluster access without cross-region exports.
 */
export function argocdCapabilityRoleArn(config: PlatformConfig): string {
  return `arn:aws:iam::${config.hubRegion.account}:role/${argocdCapabilityRoleName(config)}`;
}

/** Prefix of every Secrets Manager secret of this environment: `automatedai/prod/`. */
export function secretNamePrefix(config: PlatformConfig): string {
  return `${config.project}/${config.environment}/`;
}

/** Name of the regional NLB target group the ingress gateway is bound to, per listener. */
export function ingressTargetGroupName(config: PlatformConfig, listener: 'http' | 'https'): string {
  return targetGroupNameFor(config.project, config.environment, listener);
}
