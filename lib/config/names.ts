import { createHash } from 'crypto';
import type { PlatformConfig, RegionConfig } from './load';
import { ATLAS_CONNECTION_ENV, envPrefix, modelBucketName, targetGroupNameFor } from './prefixes';

export { ATLAS_CONNECTION_ENV, envPrefix, modelBucketName };

/**
 * Every name both worlds share (CloudFormation and Kubernetes) is derived here, from the config,
 * and nowhere else. Changing one of these renames (and for stateful resources, replaces) things
 * in AWS: treat them as an API.
 */


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

/** Service account of the Cluster Autoscaler; its Pod Identity association is made by CDK for it. */
export const CLUSTER_AUTOSCALER_SERVICE_ACCOUNT = 'cluster-autoscaler';

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

/**
 * Secrets Manager secret (in each region) holding the region's exported ingress certificate as
 * JSON (`certificate`, `privateKey`): `automatedai/prod/edge/ingress-tls`. CDK creates it and keeps it
 * in step with ACM; an ExternalSecret turns it into the gateway's TLS Secret.
 */
export function ingressCertificateSecretName(config: PlatformConfig): string {
  return `${secretNamePrefix(config)}edge/ingress-tls`;
}

/*
 * Event streaming (Kafka): MSK or Strimzi per region. The AWS side publishes the MSK cluster's
 * runtime values under derived SSM names; the cluster side finds brokers, users and secrets by
 * the derived names below, so neither copies a value from the other.
 */

/** Kafka cluster of a region, MSK or Strimzi (the `Kafka` resource): `automatedai-prod-us-east-1`. */
export function kafkaClusterName(config: Pick<PlatformConfig, 'project' | 'environment'>, region: Pick<RegionConfig, 'name'>): string {
  return `${envPrefix(config)}-${region.name}`;
}

/** The runtime values an MSK region publishes to SSM Parameter Store, by key. */
export const KAFKA_PARAMETERS = ['bootstrap-brokers', 'cluster-arn', 'subnet-ids', 'security-group-id'] as const;

/** One of {@link KAFKA_PARAMETERS}. */
export type KafkaParameter = (typeof KAFKA_PARAMETERS)[number];

/** SSM parameter holding one MSK value of a region: `/automatedai/prod/kafka/us-east-1/bootstrap-brokers`. */
export function kafkaParameterName(config: Pick<PlatformConfig, 'project' | 'environment'>, region: Pick<RegionConfig, 'name'>, key: KafkaParameter): string {
  return `/${config.project}/${config.environment}/kafka/${region.name}/${key}`;
}

/** Consumer group of a service or job: `healthcare-service-group`; offsets and ACLs follow it. */
export function kafkaConsumerGroup(service: ServiceRef): string {
  return `${service.name}-group`;
}

/** Strimzi `KafkaUser` of a service (and the Secret the User Operator writes its certificate to). */
export function kafkaUserName(service: ServiceRef): string {
  return service.name;
}

/** Kubernetes Secret (in the service's namespace) with its Kafka connection settings: `iot-service-kafka`. */
export function kafkaConnectionSecretName(service: ServiceRef): string {
  return `${service.name}-kafka`;
}

/** ClusterSecretStore that reads AWS SSM Parameter Store (the MSK bootstrap brokers). */
export const PARAMETER_STORE_NAME = 'aws-parameter-store';

/** ClusterSecretStore that copies Strimzi user certificates from the Kafka namespace to the clients'. */
export const KAFKA_USER_STORE_NAME = 'kafka-users';

/** Glue Schema Registry of an environment (one per MSK region): `automatedai-prod`. */
export function glueRegistryName(config: Pick<PlatformConfig, 'project' | 'environment'>): string {
  return envPrefix(config);
}

/** Schema-registry subject (Glue schema name, Apicurio artifact) of a topic's values: `device-telemetry-value`. */
export function schemaSubject(topic: { readonly name: string }): string {
  return `${topic.name}-value`;
}

/** Deployment, Service and service account of the Apicurio schema registry in a Strimzi region's Kafka namespace. */
export const SCHEMA_REGISTRY_NAME = 'schema-registry';

/** StorageClass of the Strimzi volumes: gp3, encrypted with the region's volume key (by alias). */
export const KAFKA_STORAGE_CLASS = 'kafka-gp3-encrypted';

/** KMS alias of a region's EBS volume key, so a StorageClass can name it without an ARN: `alias/automatedai-dev-us-east-1-ebs`. */
export function volumeKeyAlias(config: Pick<PlatformConfig, 'project' | 'environment'>, region: Pick<RegionConfig, 'name'>): string {
  return `alias/${envPrefix(config)}-${region.name}-ebs`;
}

/** CloudFormation stack of the MSK Replicators into one region: `automatedai-prod-eu-west-1-kafka-replication`. */
export function kafkaReplicationStackName(config: Pick<PlatformConfig, 'project' | 'environment'>, region: Pick<RegionConfig, 'name'>): string {
  return `${envPrefix(config)}-${region.name}-kafka-replication`;
}

/*
 * MongoDB Atlas (lib/atlas): the cluster, its database users and the services' identities. The
 * Atlas stack names the services' roles by these derived ARNs (its database users), so no role
 * ARN crosses accounts at deploy time.
 */


/** CloudFormation stack of the environment's Atlas project and cluster (hub account and region): `automatedai-prod-atlas`. */
export function atlasStackName(config: Pick<PlatformConfig, 'project' | 'environment'>): string {
  return `${envPrefix(config)}-atlas`;
}

/** CloudFormation stack activating the MongoDB::Atlas types in a region: `automatedai-prod-eu-west-1-atlas-types`. */
export function atlasTypesStackName(config: Pick<PlatformConfig, 'project' | 'environment'>, region: Pick<RegionConfig, 'name'>): string {
  return `${envPrefix(config)}-${region.name}-atlas-types`;
}

/** CloudFormation stack publishing a region's Atlas connection strings: `automatedai-prod-eu-west-1-atlas-connection`. */
export function atlasConnectionStackName(config: Pick<PlatformConfig, 'project' | 'environment'>, region: Pick<RegionConfig, 'name'>): string {
  return `${envPrefix(config)}-${region.name}-atlas-connection`;
}

/** The Atlas cluster of an environment: `automatedai-prod` (Atlas allows 64 letters, digits and hyphens). */
export function atlasClusterName(config: Pick<PlatformConfig, 'project' | 'environment'>): string {
  return envPrefix(config);
}

/** Secrets Manager secret holding the Atlas API keys of a profile (the MongoDB::Atlas types' convention): `cfn/atlas/profile/default`. */
export function atlasProfileSecretName(profile: string): string {
  return `cfn/atlas/profile/${profile}`;
}

/** A service's own database in the Atlas cluster: `healthcare_service` (its database user may use only this one). */
export function serviceDatabaseName(service: ServiceRef): string {
  return service.name.replace(/-/g, '_');
}

/**
 * IAM role of a service's pods in a region (EKS Pod Identity): `automatedai-prod-us-east-1-healthcare-service`.
 * The region is part of the name because IAM names are per account and regions may share one;
 * names longer than IAM's 64 characters keep a readable prefix and end in a hash of the full name.
 */
export function serviceRoleName(config: Pick<PlatformConfig, 'project' | 'environment'>, region: Pick<RegionConfig, 'name'>, service: ServiceRef): string {
  const full = `${envPrefix(config)}-${region.name}-${service.name}`;
  if (full.length <= 64) return full;
  return `${full.slice(0, 55)}-${createHash('sha256').update(full).digest('hex').slice(0, 8)}`;
}

/** ARN of {@link serviceRoleName}: the Atlas database user of that service in that region is this ARN. */
export function serviceRoleArn(config: Pick<PlatformConfig, 'project' | 'environment'>, region: Pick<RegionConfig, 'name' | 'account'>, service: ServiceRef): string {
  return `arn:aws:iam::${region.account}:role/${serviceRoleName(config, region, service)}`;
}

/*
 * MLOps (`ml` section): the model and feature buckets, the MLflow database and the Feast online
 * store are made by the region's ML stack; the cluster reaches them through Pod Identity roles
 * associated with these service accounts and through ExternalSecrets reading these secret names.
 * Bucket names carry the region (S3 names are global) and no account id, so they can appear in
 * manifests (`storageUri`, the MLflow artifact destination, Feast's registry path).
 */

/** CloudFormation stack of the ML layer in a region: `automatedai-prod-us-east-1-ml`. */
export function mlStackName(config: Pick<PlatformConfig, 'project' | 'environment'>, region: Pick<RegionConfig, 'name'>): string {
  return `${envPrefix(config)}-${region.name}-ml`;
}


/** S3 bucket of the Feast offline store and registry in a region: `automatedai-prod-ml-features-us-east-1`. */
export function featureBucketName(config: Pick<PlatformConfig, 'project' | 'environment'>, region: Pick<RegionConfig, 'name'>): string {
  return `${envPrefix(config)}-ml-features-${region.name}`;
}

/**
 * KMS alias of the ML data key in every region: `alias/automatedai-prod-ml-data`. Aliases are
 * regional, so one name serves every region; the hub's replication names each destination key by
 * this alias's ARN, which is derivable where the key's own ARN (a random id) is not.
 */
export function mlDataKeyAlias(config: Pick<PlatformConfig, 'project' | 'environment'>): string {
  return `alias/${envPrefix(config)}-ml-data`;
}

/** ARN of {@link mlDataKeyAlias} in a region's account. */
export function mlDataKeyAliasArn(config: Pick<PlatformConfig, 'project' | 'environment'>, region: Pick<RegionConfig, 'name' | 'account'>): string {
  return `arn:aws:kms:${region.name}:${region.account}:${mlDataKeyAlias(config)}`;
}

/** Role (hub account) S3 replicates the hub's ML buckets to every other region with: `automatedai-prod-ml-replication`. */
export function mlReplicationRoleName(config: Pick<PlatformConfig, 'project' | 'environment'>): string {
  return `${envPrefix(config)}-ml-replication`;
}

/** ARN of {@link mlReplicationRoleName}, derived so destination regions can admit it before the hub creates it. */
export function mlReplicationRoleArn(config: PlatformConfig): string {
  return `arn:aws:iam::${config.hubRegion.account}:role/${mlReplicationRoleName(config)}`;
}

/** Namespace of the ML workloads (InferenceServices, MLflow, Feast jobs): `config.ml.namespace`. */
export function mlNamespace(config: Pick<PlatformConfig, 'ml'>): string {
  return config.ml?.namespace ?? 'ml';
}

/** Kubernetes service account of one model's predictor pods (its Pod Identity role reads the model's prefix): `device-anomaly-predictor`. */
export function modelServiceAccountName(model: { readonly name: string }): string {
  return `${model.name}-predictor`;
}

/** Service account of the MLflow tracking server. */
export const MLFLOW_SERVICE_ACCOUNT = 'mlflow';

/** Service account of Feast workloads (feature server, materialization jobs) in the ML namespace. */
export const FEAST_SERVICE_ACCOUNT = 'feast';

/** Service account of the training jobs (hub only): read features, write model versions. */
export const ML_TRAINING_SERVICE_ACCOUNT = 'ml-training';

/** Service account of the prediction-drift monitor: reads the stable versions' training baselines. */
export const MODEL_DRIFT_SERVICE_ACCOUNT = 'model-drift';

/** Key prefix of a model's versions in the model bucket, where training writes `v<version>/`: `models/device-anomaly`. */
export function modelVersionsPrefix(model: { readonly name: string }): string {
  return `models/${model.name}`;
}

/** RDS cluster identifier of the MLflow backend database in a region: `automatedai-prod-mlflow`. */
export function mlflowDatabaseClusterId(config: Pick<PlatformConfig, 'project' | 'environment'>): string {
  return `${envPrefix(config)}-mlflow`;
}

/**
 * Secrets Manager secret of the MLflow database login: `automatedai/prod/ml/mlflow-db`, JSON with
 * `username`, `password`, `host`, `port`, `dbname` (CDK attaches the cluster, which fills in the
 * endpoint). The MLflow ExternalSecret reads it by this name.
 */
export function mlflowDatabaseSecretName(config: PlatformConfig): string {
  return `${secretNamePrefix(config)}ml/mlflow-db`;
}

/** ElastiCache serverless cache of the Feast online store in a region: `automatedai-prod-feast`. */
export function featureStoreCacheName(config: Pick<PlatformConfig, 'project' | 'environment'>): string {
  return `${envPrefix(config)}-feast`;
}

/** Secret of the Feast online-store login (`username`, `password`): `automatedai/prod/ml/feast-online-store`. */
export function featureStoreLoginSecretName(config: PlatformConfig): string {
  return `${secretNamePrefix(config)}ml/feast-online-store`;
}

/** Secret holding the Feast online store's `host:port` (published by CDK): `automatedai/prod/ml/feast-online-store-endpoint`. */
export function featureStoreEndpointSecretName(config: PlatformConfig): string {
  return `${secretNamePrefix(config)}ml/feast-online-store-endpoint`;
}

/** Feast project of the feature store: `ml.featureStore.project`, by default `automatedai_prod`. */
export function featureStoreProject(config: Pick<PlatformConfig, 'project' | 'environment' | 'ml'>): string {
  return config.ml?.featureStore.project ?? `${config.project}_${config.environment}`.replace(/-/g, '_');
}

/*
 * Observability: the regional Amazon Managed Prometheus workspace, the alert topics, the values the
 * region stack publishes for the cluster (Secrets Manager, read by External Secrets), and the
 * service accounts CDK makes Pod Identity associations for.
 */

/** Service account of the platform's Prometheus pods (monitoring namespace); Pod Identity lets it remote-write to AMP. */
export const PROMETHEUS_SERVICE_ACCOUNT = 'prometheus-platform';

/** The values the region stack publishes for the observability layer, by key. */
export const OBSERVABILITY_SECRETS = ['amp-workspace', 'grafana-admin', 'tracing-store', 'tracing-store-endpoint'] as const;

/** One of {@link OBSERVABILITY_SECRETS}. */
export type ObservabilitySecret = (typeof OBSERVABILITY_SECRETS)[number];

/**
 * Secrets Manager secret (in each region) of one observability value:
 * `automatedai/prod/observability/amp-workspace` holds `{"workspaceId": "ws-…"}`,
 * `…/grafana-admin` Grafana's admin login, `…/tracing-store` the OpenSearch login Jaeger writes
 * spans with and `…/tracing-store-endpoint` the domain's URL. Under the environment prefix, so the
 * External Secrets role reads them.
 */
export function observabilitySecretName(config: PlatformConfig, key: ObservabilitySecret): string {
  return `${secretNamePrefix(config)}observability/${key}`;
}

/** Alias of a region's AMP workspace: `automatedai-prod-us-east-1`. */
export function ampWorkspaceAlias(config: PlatformConfig, region: Pick<RegionConfig, 'name'>): string {
  return `${envPrefix(config)}-${region.name}`;
}

/** SNS topic (per region) of one alert severity: `automatedai-prod-alerts-page`. */
export function alertTopicName(config: PlatformConfig, severity: 'page' | 'ticket'): string {
  return `${envPrefix(config)}-alerts-${severity}`;
}

/** CloudWatch Synthetics canary of a region (lower case, at most 255): `automatedai-prod-api-health`. */
export function apiCanaryName(config: PlatformConfig): string {
  return `${envPrefix(config)}-api-health`;
}

/** CloudWatch alarm on the region's canary (it pages): `automatedai-prod-us-east-1-api-health`. */
export function apiHealthAlarmName(config: PlatformConfig, region: Pick<RegionConfig, 'name'>): string {
  return `${envPrefix(config)}-${region.name}-api-health`;
}

/** AWS Budgets budget of the environment (made in the hub account): `automatedai-prod`. */
export function environmentBudgetName(config: PlatformConfig): string {
  return envPrefix(config);
}
