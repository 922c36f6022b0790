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

/*
 * Global edge: Global Accelerator, Route 53 and the regional ingress NLBs. The region stacks
 * publish what the global stack needs under derived SSM names and a derived link role; the
 * global stack finds both from the config, so no ARN or id is copied between accounts by hand.
 */

/** Service account of the AWS Load Balancer Controller; its Pod Identity association is made by CDK for it. */
export const LOAD_BALANCER_CONTROLLER_SERVICE_ACCOUNT = 'aws-load-balancer-controller';

/** CloudFormation stack name of the environment's global stack (accelerator, DNS): `automatedai-prod-global`. */
export function globalStackName(config: Pick<PlatformConfig, 'project' | 'environment'>): string {
  return `${envPrefix(config)}-global`;
}

/**
 * Name of a region's internal ingress Network Load Balancer: `automatedai-prod-edge`. Load
 * balancer names are regional; the config's target-group check (project + environment ≤ 25
 * characters) keeps this within the 32 AWS allows.
 */
export function ingressLoadBalancerName(config: Pick<PlatformConfig, 'project' | 'environment'>): string {
  return `${envPrefix(config)}-edge`;
}

/** Name of the Global Accelerator: `automatedai-prod`. */
export function acceleratorName(config: Pick<PlatformConfig, 'project' | 'environment'>): string {
  return envPrefix(config);
}

/** The public API name clients use, answered by the accelerator: `api.automatedai.example.com`. */
export function apiDomainName(config: Pick<PlatformConfig, 'edge'>): string {
  return `api.${config.edge.domainName}`;
}

/**
 * The latency-routed name of the regional entries, for clients that route by DNS instead of
 * through the accelerator's anycast addresses: `api-latency.automatedai.example.com`.
 */
export function latencyDomainName(config: Pick<PlatformConfig, 'edge'>): string {
  return `api-latency.${config.edge.domainName}`;
}

/** Every name a region's ingress certificate covers: the apex, the API and the latency name. */
export function ingressCertificateNames(config: Pick<PlatformConfig, 'edge'>): string[] {
  return [config.edge.domainName, apiDomainName(config), latencyDomainName(config)];
}

/** The values a region stack publishes for the global stack, by key. */
export const EDGE_PARAMETERS = [
  'load-balancer-arn',
  'load-balancer-dns-name',
  'load-balancer-zone-id',
  'health-check-id',
  'certificate-arn',
  'accelerator-attachment-arn',
] as const;

/** One of {@link EDGE_PARAMETERS}. */
export type EdgeParameter = (typeof EDGE_PARAMETERS)[number];

/** SSM parameter (in the region's account and region) holding one edge value: `/automatedai/prod/edge/eu-west-1/load-balancer-arn`. */
export function edgeParameterName(config: PlatformConfig, region: Pick<RegionConfig, 'name'>, key: EdgeParameter): string {
  return `${edgeParameterPath(config, region)}${key}`;
}

/** Path (with trailing slash) of a region's edge parameters: `/automatedai/prod/edge/eu-west-1/`. */
export function edgeParameterPath(config: PlatformConfig, region: Pick<RegionConfig, 'name'>): string {
  return `/${config.project}/${config.environment}/edge/${region.name}/`;
}

/**
 * Role in a region's account that the global stack assumes to read that region's edge values (SSM
 * parameters) and the validation records of its certificate: `automatedai-prod-eu-west-1-edge-link`.
 * The region is part of the name because IAM names are per account and two regions may share one.
 */
export function edgeLinkRoleName(config: PlatformConfig, region: Pick<RegionConfig, 'name'>): string {
  return `${envPrefix(config)}-${region.name}-edge-link`;
}

/** ARN of {@link edgeLinkRoleName}, derived so the global stack needs no export from the region's account. */
export function edgeLinkRoleArn(config: PlatformConfig, region: Pick<RegionConfig, 'name' | 'account'>): string {
  return `arn:aws:iam::${region.account}:role/${edgeLinkRoleName(config, region)}`;
}

/** Role (in the hub account) the global stack's deploy-time readers run as: `automatedai-prod-edge-wiring`. */
export function edgeWiringRoleName(config: PlatformConfig): string {
  return `${envPrefix(config)}-edge-wiring`;
}

/** ARN of {@link edgeWiringRoleName}; each region's link role trusts exactly this principal. */
export function edgeWiringRoleArn(config: PlatformConfig): string {
  return `arn:aws:iam::${config.hubRegion.account}:role/${edgeWiringRoleName(config)}`;
}

/** CloudWatch alarm that is in ALARM while a region's ingress has no healthy target: `automatedai-prod-eu-west-1-ingress-unhealthy`. */
export function ingressHealthAlarmName(config: PlatformConfig, region: Pick<RegionConfig, 'name'>): string {
  return `${envPrefix(config)}-${region.name}-ingress-unhealthy`;
}
