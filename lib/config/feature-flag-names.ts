import type { PlatformConfig, RegionConfig } from './load';
import { envPrefix } from './prefixes';

/*
 * Names and ports of the feature flags that both worlds use: the CDK side creates the AppConfig
 * application, environment and profile under these names and the bridge from SLO burn to the
 * rollback alarm; the service charts point the AppConfig Agent sidecar at the same names.
 */

/** AppConfig application (per region) holding the platform's feature flags: `automatedai-prod`. */
export function featureFlagsApplicationName(config: PlatformConfig): string {
  return envPrefix(config);
}

/** AppConfig environment that flag deployments target: the platform environment's name (`prod`). */
export function featureFlagsEnvironmentName(config: Pick<PlatformConfig, 'environment'>): string {
  return config.environment;
}

/** AppConfig configuration profile of the flags (type `AWS.AppConfig.FeatureFlags`). */
export const FEATURE_FLAGS_PROFILE_NAME = 'feature-flags';

/**
 * The agent's path of the flags, `/applications/<app>/environments/<env>/configurations/<profile>`:
 * its `PREFETCH_LIST` entry and, on localhost, where the service reads them.
 */
export function featureFlagsConfigurationPath(config: PlatformConfig): string {
  return `/applications/${featureFlagsApplicationName(config)}/environments/${featureFlagsEnvironmentName(config)}/configurations/${FEATURE_FLAGS_PROFILE_NAME}`;
}

/** Port of the AWS AppConfig Agent's HTTP server (its documented default, `HTTP_PORT`). */
export const APPCONFIG_AGENT_PORT = 2772;

/** Environment variable that tells a service where its pod's agent serves the flags. */
export const FEATURE_FLAGS_URL_ENV = 'FEATURE_FLAGS_URL';

/** `http://localhost:2772/applications/…/configurations/feature-flags`: the flags, from the pod's own agent. */
export function featureFlagsUrl(config: PlatformConfig): string {
  return `http://localhost:${APPCONFIG_AGENT_PORT}${featureFlagsConfigurationPath(config)}`;
}

/** The services that read at least one flag (and so run the agent), in config order. */
export function flagReadingServices<S extends { readonly featureFlags: readonly string[] }>(services: readonly S[]): S[] {
  return services.filter((s) => s.featureFlags.length > 0);
}

/**
 * The EKS Pod Identity agent on every node (link-local, plain HTTP), where AWS SDKs and the
 * AppConfig Agent in pods get their role credentials.
 */
export const POD_IDENTITY_AGENT = { address: '169.254.170.23', port: 80 } as const;

/** SNS topic (per region) the AMP alert manager sends the flag readers' fast burns to: `automatedai-prod-flags-slo-burn`. */
export function sloBurnTopicName(config: PlatformConfig): string {
  return `${envPrefix(config)}-flags-slo-burn`;
}

/** CloudWatch namespace of the SLO-burn datapoints the bridge function puts: `automatedai/FeatureFlags`. */
export function featureFlagsMetricNamespace(config: Pick<PlatformConfig, 'project'>): string {
  return `${config.project}/FeatureFlags`;
}

/** The metric (one datapoint per fast-burn notification, dimensions Environment and Service). */
export const SLO_FAST_BURN_METRIC = 'SloFastBurn';

/** CloudWatch alarm AppConfig watches during flag deployments: `automatedai-prod-us-east-1-flags-slo-burn`. */
export function sloBurnAlarmName(config: PlatformConfig, region: Pick<RegionConfig, 'name'>): string {
  return `${envPrefix(config)}-${region.name}-flags-slo-burn`;
}
