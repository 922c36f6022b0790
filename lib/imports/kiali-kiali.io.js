"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.KialiSpecExternalServicesCustomDashboardsPrometheusAuthOauth2AuthStyle = exports.KialiSpecServerObservabilityTracingOtelProtocol = exports.KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficTcp = exports.KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficHttp = exports.KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficGrpc = exports.KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficAmbient = exports.KialiSpecKialiFeatureFlagsUiDefaultsGraphSettingsAnimation = exports.KialiSpecExternalServicesTracingAuthOauth2AuthStyle = exports.KialiSpecExternalServicesPrometheusAuthOauth2AuthStyle = exports.KialiSpecExternalServicesPersesAuthOauth2AuthStyle = exports.KialiSpecExternalServicesGrafanaAuthOauth2AuthStyle = exports.KialiSpecDeploymentDiscoverySelectorsOverridesMatchExpressionsOperator = exports.KialiSpecDeploymentDiscoverySelectorsDefaultMatchExpressionsOperator = exports.KialiSpecServerObservabilityTracingCollectorType = exports.KialiSpecExternalServicesTracingTempoConfigUrlFormat = exports.KialiSpecKialiFeatureFlagsUiDefaultsRefreshInterval = exports.KialiSpecKialiFeatureFlagsUiDefaultsMetricsPerRefresh = exports.KialiSpecHealthConfigComputeDuration = exports.KialiSpecExternalServicesTracingProvider = exports.KialiSpecExternalServicesPersesUrlFormat = exports.KialiSpecExternalServicesCustomDashboardsDiscoveryEnabled = exports.KialiSpecDeploymentTlsConfigSource = exports.KialiSpecDeploymentLoggerLogFormat = exports.KialiSpecDeploymentLoggerLogLevel = exports.KialiSpecServerWebSchema = exports.KialiSpecServerWebHistoryMode = exports.KialiSpecKialiFeatureFlagsDisabledFeatures = exports.KialiSpecAuthStrategy = exports.Kiali = void 0;
exports.toJson_KialiProps = toJson_KialiProps;
exports.toJson_KialiSpec = toJson_KialiSpec;
exports.toJson_KialiSpecAdditionalDisplayDetails = toJson_KialiSpecAdditionalDisplayDetails;
exports.toJson_KialiSpecApi = toJson_KialiSpecApi;
exports.toJson_KialiSpecAuth = toJson_KialiSpecAuth;
exports.toJson_KialiSpecChatAi = toJson_KialiSpecChatAi;
exports.toJson_KialiSpecClustering = toJson_KialiSpecClustering;
exports.toJson_KialiSpecDeployment = toJson_KialiSpecDeployment;
exports.toJson_KialiSpecExtensions = toJson_KialiSpecExtensions;
exports.toJson_KialiSpecExternalServices = toJson_KialiSpecExternalServices;
exports.toJson_KialiSpecHealthConfig = toJson_KialiSpecHealthConfig;
exports.toJson_KialiSpecIdentity = toJson_KialiSpecIdentity;
exports.toJson_KialiSpecIstioLabels = toJson_KialiSpecIstioLabels;
exports.toJson_KialiSpecKialiFeatureFlags = toJson_KialiSpecKialiFeatureFlags;
exports.toJson_KialiSpecKubernetesConfig = toJson_KialiSpecKubernetesConfig;
exports.toJson_KialiSpecLoginToken = toJson_KialiSpecLoginToken;
exports.toJson_KialiSpecServer = toJson_KialiSpecServer;
exports.toJson_KialiSpecApiNamespaces = toJson_KialiSpecApiNamespaces;
exports.toJson_KialiSpecAuthOpenid = toJson_KialiSpecAuthOpenid;
exports.toJson_KialiSpecAuthOpenshift = toJson_KialiSpecAuthOpenshift;
exports.toJson_KialiSpecChatAiProviders = toJson_KialiSpecChatAiProviders;
exports.toJson_KialiSpecChatAiStoreConfig = toJson_KialiSpecChatAiStoreConfig;
exports.toJson_KialiSpecChatAiTools = toJson_KialiSpecChatAiTools;
exports.toJson_KialiSpecClusteringAutodetectSecrets = toJson_KialiSpecClusteringAutodetectSecrets;
exports.toJson_KialiSpecClusteringClusters = toJson_KialiSpecClusteringClusters;
exports.toJson_KialiSpecClusteringKialiUrls = toJson_KialiSpecClusteringKialiUrls;
exports.toJson_KialiSpecDeploymentAffinity = toJson_KialiSpecDeploymentAffinity;
exports.toJson_KialiSpecDeploymentCustomEnvs = toJson_KialiSpecDeploymentCustomEnvs;
exports.toJson_KialiSpecDeploymentCustomSecrets = toJson_KialiSpecDeploymentCustomSecrets;
exports.toJson_KialiSpecDeploymentDiscoverySelectors = toJson_KialiSpecDeploymentDiscoverySelectors;
exports.toJson_KialiSpecDeploymentDns = toJson_KialiSpecDeploymentDns;
exports.toJson_KialiSpecDeploymentHostAliases = toJson_KialiSpecDeploymentHostAliases;
exports.toJson_KialiSpecDeploymentHpa = toJson_KialiSpecDeploymentHpa;
exports.toJson_KialiSpecDeploymentIngress = toJson_KialiSpecDeploymentIngress;
exports.toJson_KialiSpecDeploymentLogger = toJson_KialiSpecDeploymentLogger;
exports.toJson_KialiSpecDeploymentNetworkPolicy = toJson_KialiSpecDeploymentNetworkPolicy;
exports.toJson_KialiSpecDeploymentPodDisruptionBudget = toJson_KialiSpecDeploymentPodDisruptionBudget;
exports.toJson_KialiSpecDeploymentProbes = toJson_KialiSpecDeploymentProbes;
exports.toJson_KialiSpecDeploymentTlsConfig = toJson_KialiSpecDeploymentTlsConfig;
exports.toJson_KialiSpecExternalServicesCustomDashboards = toJson_KialiSpecExternalServicesCustomDashboards;
exports.toJson_KialiSpecExternalServicesGrafana = toJson_KialiSpecExternalServicesGrafana;
exports.toJson_KialiSpecExternalServicesIstio = toJson_KialiSpecExternalServicesIstio;
exports.toJson_KialiSpecExternalServicesPerses = toJson_KialiSpecExternalServicesPerses;
exports.toJson_KialiSpecExternalServicesPrometheus = toJson_KialiSpecExternalServicesPrometheus;
exports.toJson_KialiSpecExternalServicesTracing = toJson_KialiSpecExternalServicesTracing;
exports.toJson_KialiSpecHealthConfigCompute = toJson_KialiSpecHealthConfigCompute;
exports.toJson_KialiSpecHealthConfigRate = toJson_KialiSpecHealthConfigRate;
exports.toJson_KialiSpecKialiFeatureFlagsAuthz = toJson_KialiSpecKialiFeatureFlagsAuthz;
exports.toJson_KialiSpecKialiFeatureFlagsCertificatesInformationIndicators = toJson_KialiSpecKialiFeatureFlagsCertificatesInformationIndicators;
exports.toJson_KialiSpecKialiFeatureFlagsClustering = toJson_KialiSpecKialiFeatureFlagsClustering;
exports.toJson_KialiSpecKialiFeatureFlagsCustomWorkloadTypes = toJson_KialiSpecKialiFeatureFlagsCustomWorkloadTypes;
exports.toJson_KialiSpecKialiFeatureFlagsUiDefaults = toJson_KialiSpecKialiFeatureFlagsUiDefaults;
exports.toJson_KialiSpecKialiFeatureFlagsValidations = toJson_KialiSpecKialiFeatureFlagsValidations;
exports.toJson_KialiSpecServerObservability = toJson_KialiSpecServerObservability;
exports.toJson_KialiSpecServerProfiler = toJson_KialiSpecServerProfiler;
exports.toJson_KialiSpecAuthOpenidDiscoveryOverride = toJson_KialiSpecAuthOpenidDiscoveryOverride;
exports.toJson_KialiSpecChatAiProvidersModels = toJson_KialiSpecChatAiProvidersModels;
exports.toJson_KialiSpecChatAiProvidersTools = toJson_KialiSpecChatAiProvidersTools;
exports.toJson_KialiSpecDeploymentDiscoverySelectorsDefault = toJson_KialiSpecDeploymentDiscoverySelectorsDefault;
exports.toJson_KialiSpecDeploymentDiscoverySelectorsOverrides = toJson_KialiSpecDeploymentDiscoverySelectorsOverrides;
exports.toJson_KialiSpecDeploymentIngressOverrideYaml = toJson_KialiSpecDeploymentIngressOverrideYaml;
exports.toJson_KialiSpecDeploymentProbesLiveness = toJson_KialiSpecDeploymentProbesLiveness;
exports.toJson_KialiSpecDeploymentProbesReadiness = toJson_KialiSpecDeploymentProbesReadiness;
exports.toJson_KialiSpecDeploymentProbesStartup = toJson_KialiSpecDeploymentProbesStartup;
exports.toJson_KialiSpecExternalServicesCustomDashboardsPrometheus = toJson_KialiSpecExternalServicesCustomDashboardsPrometheus;
exports.toJson_KialiSpecExternalServicesGrafanaAuth = toJson_KialiSpecExternalServicesGrafanaAuth;
exports.toJson_KialiSpecExternalServicesGrafanaDashboards = toJson_KialiSpecExternalServicesGrafanaDashboards;
exports.toJson_KialiSpecExternalServicesIstioComponentStatus = toJson_KialiSpecExternalServicesIstioComponentStatus;
exports.toJson_KialiSpecExternalServicesIstioGatewayApiClasses = toJson_KialiSpecExternalServicesIstioGatewayApiClasses;
exports.toJson_KialiSpecExternalServicesIstioIstioCanaryRevision = toJson_KialiSpecExternalServicesIstioIstioCanaryRevision;
exports.toJson_KialiSpecExternalServicesPersesAuth = toJson_KialiSpecExternalServicesPersesAuth;
exports.toJson_KialiSpecExternalServicesPersesDashboards = toJson_KialiSpecExternalServicesPersesDashboards;
exports.toJson_KialiSpecExternalServicesPrometheusAuth = toJson_KialiSpecExternalServicesPrometheusAuth;
exports.toJson_KialiSpecExternalServicesPrometheusThanosProxy = toJson_KialiSpecExternalServicesPrometheusThanosProxy;
exports.toJson_KialiSpecExternalServicesTracingAuth = toJson_KialiSpecExternalServicesTracingAuth;
exports.toJson_KialiSpecExternalServicesTracingTempoConfig = toJson_KialiSpecExternalServicesTracingTempoConfig;
exports.toJson_KialiSpecHealthConfigRateTolerance = toJson_KialiSpecHealthConfigRateTolerance;
exports.toJson_KialiSpecKialiFeatureFlagsClusteringAutodetectSecrets = toJson_KialiSpecKialiFeatureFlagsClusteringAutodetectSecrets;
exports.toJson_KialiSpecKialiFeatureFlagsClusteringClusters = toJson_KialiSpecKialiFeatureFlagsClusteringClusters;
exports.toJson_KialiSpecKialiFeatureFlagsClusteringKialiUrls = toJson_KialiSpecKialiFeatureFlagsClusteringKialiUrls;
exports.toJson_KialiSpecKialiFeatureFlagsUiDefaultsGraph = toJson_KialiSpecKialiFeatureFlagsUiDefaultsGraph;
exports.toJson_KialiSpecKialiFeatureFlagsUiDefaultsI18N = toJson_KialiSpecKialiFeatureFlagsUiDefaultsI18N;
exports.toJson_KialiSpecKialiFeatureFlagsUiDefaultsList = toJson_KialiSpecKialiFeatureFlagsUiDefaultsList;
exports.toJson_KialiSpecKialiFeatureFlagsUiDefaultsMesh = toJson_KialiSpecKialiFeatureFlagsUiDefaultsMesh;
exports.toJson_KialiSpecKialiFeatureFlagsUiDefaultsMetricsInbound = toJson_KialiSpecKialiFeatureFlagsUiDefaultsMetricsInbound;
exports.toJson_KialiSpecKialiFeatureFlagsUiDefaultsMetricsOutbound = toJson_KialiSpecKialiFeatureFlagsUiDefaultsMetricsOutbound;
exports.toJson_KialiSpecKialiFeatureFlagsUiDefaultsTracing = toJson_KialiSpecKialiFeatureFlagsUiDefaultsTracing;
exports.toJson_KialiSpecServerObservabilityMetrics = toJson_KialiSpecServerObservabilityMetrics;
exports.toJson_KialiSpecServerObservabilityTracing = toJson_KialiSpecServerObservabilityTracing;
exports.toJson_KialiSpecDeploymentDiscoverySelectorsDefaultMatchExpressions = toJson_KialiSpecDeploymentDiscoverySelectorsDefaultMatchExpressions;
exports.toJson_KialiSpecDeploymentDiscoverySelectorsOverridesMatchExpressions = toJson_KialiSpecDeploymentDiscoverySelectorsOverridesMatchExpressions;
exports.toJson_KialiSpecDeploymentIngressOverrideYamlMetadata = toJson_KialiSpecDeploymentIngressOverrideYamlMetadata;
exports.toJson_KialiSpecExternalServicesCustomDashboardsPrometheusAuth = toJson_KialiSpecExternalServicesCustomDashboardsPrometheusAuth;
exports.toJson_KialiSpecExternalServicesCustomDashboardsPrometheusThanosProxy = toJson_KialiSpecExternalServicesCustomDashboardsPrometheusThanosProxy;
exports.toJson_KialiSpecExternalServicesGrafanaAuthOauth2 = toJson_KialiSpecExternalServicesGrafanaAuthOauth2;
exports.toJson_KialiSpecExternalServicesGrafanaDashboardsVariables = toJson_KialiSpecExternalServicesGrafanaDashboardsVariables;
exports.toJson_KialiSpecExternalServicesIstioComponentStatusComponents = toJson_KialiSpecExternalServicesIstioComponentStatusComponents;
exports.toJson_KialiSpecExternalServicesPersesAuthOauth2 = toJson_KialiSpecExternalServicesPersesAuthOauth2;
exports.toJson_KialiSpecExternalServicesPersesDashboardsVariables = toJson_KialiSpecExternalServicesPersesDashboardsVariables;
exports.toJson_KialiSpecExternalServicesPrometheusAuthOauth2 = toJson_KialiSpecExternalServicesPrometheusAuthOauth2;
exports.toJson_KialiSpecExternalServicesTracingAuthOauth2 = toJson_KialiSpecExternalServicesTracingAuthOauth2;
exports.toJson_KialiSpecKialiFeatureFlagsUiDefaultsGraphFindOptions = toJson_KialiSpecKialiFeatureFlagsUiDefaultsGraphFindOptions;
exports.toJson_KialiSpecKialiFeatureFlagsUiDefaultsGraphHideOptions = toJson_KialiSpecKialiFeatureFlagsUiDefaultsGraphHideOptions;
exports.toJson_KialiSpecKialiFeatureFlagsUiDefaultsGraphSettings = toJson_KialiSpecKialiFeatureFlagsUiDefaultsGraphSettings;
exports.toJson_KialiSpecKialiFeatureFlagsUiDefaultsGraphTraffic = toJson_KialiSpecKialiFeatureFlagsUiDefaultsGraphTraffic;
exports.toJson_KialiSpecKialiFeatureFlagsUiDefaultsMeshFindOptions = toJson_KialiSpecKialiFeatureFlagsUiDefaultsMeshFindOptions;
exports.toJson_KialiSpecKialiFeatureFlagsUiDefaultsMeshHideOptions = toJson_KialiSpecKialiFeatureFlagsUiDefaultsMeshHideOptions;
exports.toJson_KialiSpecKialiFeatureFlagsUiDefaultsMetricsInboundAggregations = toJson_KialiSpecKialiFeatureFlagsUiDefaultsMetricsInboundAggregations;
exports.toJson_KialiSpecKialiFeatureFlagsUiDefaultsMetricsOutboundAggregations = toJson_KialiSpecKialiFeatureFlagsUiDefaultsMetricsOutboundAggregations;
exports.toJson_KialiSpecServerObservabilityMetricsHealthStatus = toJson_KialiSpecServerObservabilityMetricsHealthStatus;
exports.toJson_KialiSpecServerObservabilityTracingOtel = toJson_KialiSpecServerObservabilityTracingOtel;
exports.toJson_KialiSpecExternalServicesCustomDashboardsPrometheusAuthOauth2 = toJson_KialiSpecExternalServicesCustomDashboardsPrometheusAuthOauth2;
// generated by cdk8s
const cdk8s_1 = require("cdk8s");
/**
 *
 *
 * @schema Kiali
 */
class Kiali extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "Kiali"
     */
    static GVK = {
        apiVersion: 'kiali.io/v1alpha1',
        kind: 'Kiali',
    };
    /**
     * Renders a Kubernetes manifest for "Kiali".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props = {}) {
        return {
            ...Kiali.GVK,
            ...toJson_KialiProps(props),
        };
    }
    /**
     * Defines a "Kiali" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...Kiali.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...Kiali.GVK,
            ...toJson_KialiProps(resolved),
        };
    }
}
exports.Kiali = Kiali;
/**
 * Converts an object of type 'KialiProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_KialiSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'additional_display_details': obj.additionalDisplayDetails?.map(y => toJson_KialiSpecAdditionalDisplayDetails(y)),
        'api': toJson_KialiSpecApi(obj.api),
        'installation_tag': obj.installationTag,
        'istio_namespace': obj.istioNamespace,
        'version': obj.version,
        'auth': toJson_KialiSpecAuth(obj.auth),
        'chat_ai': toJson_KialiSpecChatAi(obj.chatAi),
        'clustering': toJson_KialiSpecClustering(obj.clustering),
        'custom_dashboards': obj.customDashboards?.map(y => y),
        'deployment': toJson_KialiSpecDeployment(obj.deployment),
        'extensions': obj.extensions?.map(y => toJson_KialiSpecExtensions(y)),
        'external_services': toJson_KialiSpecExternalServices(obj.externalServices),
        'health_config': toJson_KialiSpecHealthConfig(obj.healthConfig),
        'identity': toJson_KialiSpecIdentity(obj.identity),
        'istio_labels': toJson_KialiSpecIstioLabels(obj.istioLabels),
        'kiali_feature_flags': toJson_KialiSpecKialiFeatureFlags(obj.kialiFeatureFlags),
        'kiali_internal': obj.kialiInternal,
        'kubernetes_config': toJson_KialiSpecKubernetesConfig(obj.kubernetesConfig),
        'login_token': toJson_KialiSpecLoginToken(obj.loginToken),
        'server': toJson_KialiSpecServer(obj.server),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecAdditionalDisplayDetails' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecAdditionalDisplayDetails(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'title': obj.title,
        'annotation': obj.annotation,
        'icon_annotation': obj.iconAnnotation,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecApi' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecApi(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'namespaces': toJson_KialiSpecApiNamespaces(obj.namespaces),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecAuth' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'strategy': obj.strategy,
        'openid': toJson_KialiSpecAuthOpenid(obj.openid),
        'openshift': toJson_KialiSpecAuthOpenshift(obj.openshift),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecChatAi' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecChatAi(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'default_provider': obj.defaultProvider,
        'enabled': obj.enabled,
        'max_tool_iterations': obj.maxToolIterations,
        'providers': obj.providers?.map(y => toJson_KialiSpecChatAiProviders(y)),
        'store_config': toJson_KialiSpecChatAiStoreConfig(obj.storeConfig),
        'tools': toJson_KialiSpecChatAiTools(obj.tools),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecClustering' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecClustering(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'autodetect_secrets': toJson_KialiSpecClusteringAutodetectSecrets(obj.autodetectSecrets),
        'clusters': obj.clusters?.map(y => toJson_KialiSpecClusteringClusters(y)),
        'enable_exec_provider': obj.enableExecProvider,
        'ignore_home_cluster': obj.ignoreHomeCluster,
        'kiali_urls': obj.kialiUrls?.map(y => toJson_KialiSpecClusteringKialiUrls(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecDeployment' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecDeployment(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessible_namespaces': obj.accessibleNamespaces?.map(y => y),
        'additional_pod_containers_yaml': obj.additionalPodContainersYaml?.map(y => y),
        'additional_pod_init_containers_yaml': obj.additionalPodInitContainersYaml?.map(y => y),
        'additional_service_yaml': obj.additionalServiceYaml,
        'affinity': toJson_KialiSpecDeploymentAffinity(obj.affinity),
        'cluster_wide_access': obj.clusterWideAccess,
        'configmap_annotations': ((obj.configmapAnnotations) === undefined) ? undefined : (Object.entries(obj.configmapAnnotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'custom_envs': obj.customEnvs?.map(y => toJson_KialiSpecDeploymentCustomEnvs(y)),
        'custom_secrets': obj.customSecrets?.map(y => toJson_KialiSpecDeploymentCustomSecrets(y)),
        'discovery_selectors': toJson_KialiSpecDeploymentDiscoverySelectors(obj.discoverySelectors),
        'dns': toJson_KialiSpecDeploymentDns(obj.dns),
        'extra_labels': ((obj.extraLabels) === undefined) ? undefined : (Object.entries(obj.extraLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'host_aliases': obj.hostAliases?.map(y => toJson_KialiSpecDeploymentHostAliases(y)),
        'hpa': toJson_KialiSpecDeploymentHpa(obj.hpa),
        'image_digest': obj.imageDigest,
        'image_name': obj.imageName,
        'image_pull_policy': obj.imagePullPolicy,
        'image_pull_secrets': obj.imagePullSecrets?.map(y => y),
        'image_version': obj.imageVersion,
        'ingress': toJson_KialiSpecDeploymentIngress(obj.ingress),
        'instance_name': obj.instanceName,
        'logger': toJson_KialiSpecDeploymentLogger(obj.logger),
        'namespace': obj.namespace,
        'network_policy': toJson_KialiSpecDeploymentNetworkPolicy(obj.networkPolicy),
        'node_selector': obj.nodeSelector,
        'pod_annotations': ((obj.podAnnotations) === undefined) ? undefined : (Object.entries(obj.podAnnotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'pod_disruption_budget': toJson_KialiSpecDeploymentPodDisruptionBudget(obj.podDisruptionBudget),
        'pod_labels': ((obj.podLabels) === undefined) ? undefined : (Object.entries(obj.podLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'priority_class_name': obj.priorityClassName,
        'probes': toJson_KialiSpecDeploymentProbes(obj.probes),
        'remote_cluster_resources_only': obj.remoteClusterResourcesOnly,
        'replicas': obj.replicas,
        'resources': obj.resources,
        'secret_name': obj.secretName,
        'security_context': obj.securityContext,
        'service_annotations': ((obj.serviceAnnotations) === undefined) ? undefined : (Object.entries(obj.serviceAnnotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'service_type': obj.serviceType,
        'strategy': obj.strategy,
        'tls_config': toJson_KialiSpecDeploymentTlsConfig(obj.tlsConfig),
        'tolerations': obj.tolerations?.map(y => y),
        'topology_spread_constraints': obj.topologySpreadConstraints?.map(y => y),
        'version_label': obj.versionLabel,
        'verbose_mode': obj.verboseMode,
        'view_only_mode': obj.viewOnlyMode,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecExtensions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecExtensions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecExternalServices' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecExternalServices(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'custom_dashboards': toJson_KialiSpecExternalServicesCustomDashboards(obj.customDashboards),
        'grafana': toJson_KialiSpecExternalServicesGrafana(obj.grafana),
        'istio': toJson_KialiSpecExternalServicesIstio(obj.istio),
        'perses': toJson_KialiSpecExternalServicesPerses(obj.perses),
        'prometheus': toJson_KialiSpecExternalServicesPrometheus(obj.prometheus),
        'tracing': toJson_KialiSpecExternalServicesTracing(obj.tracing),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecHealthConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecHealthConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'compute': toJson_KialiSpecHealthConfigCompute(obj.compute),
        'rate': obj.rate?.map(y => toJson_KialiSpecHealthConfigRate(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecIdentity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecIdentity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cert_file': obj.certFile,
        'private_key_file': obj.privateKeyFile,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecIstioLabels' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecIstioLabels(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'app_label_name': obj.appLabelName,
        'egress_gateway_label': obj.egressGatewayLabel,
        'ingress_gateway_label': obj.ingressGatewayLabel,
        'injection_label_name': obj.injectionLabelName,
        'injection_label_rev': obj.injectionLabelRev,
        'version_label_name': obj.versionLabelName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlags' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecKialiFeatureFlags(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'authz': toJson_KialiSpecKialiFeatureFlagsAuthz(obj.authz),
        'certificates_information_indicators': toJson_KialiSpecKialiFeatureFlagsCertificatesInformationIndicators(obj.certificatesInformationIndicators),
        'clustering': toJson_KialiSpecKialiFeatureFlagsClustering(obj.clustering),
        'custom_workload_types': obj.customWorkloadTypes?.map(y => toJson_KialiSpecKialiFeatureFlagsCustomWorkloadTypes(y)),
        'disabled_features': obj.disabledFeatures?.map(y => y),
        'istio_annotation_action': obj.istioAnnotationAction,
        'istio_injection_action': obj.istioInjectionAction,
        'istio_upgrade_action': obj.istioUpgradeAction,
        'ui_defaults': toJson_KialiSpecKialiFeatureFlagsUiDefaults(obj.uiDefaults),
        'validations': toJson_KialiSpecKialiFeatureFlagsValidations(obj.validations),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecKubernetesConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecKubernetesConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'burst': obj.burst,
        'cache_duration': obj.cacheDuration,
        'cache_token_namespace_duration': obj.cacheTokenNamespaceDuration,
        'cluster_name': obj.clusterName,
        'excluded_workloads': obj.excludedWorkloads?.map(y => y),
        'qps': obj.qps,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecLoginToken' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecLoginToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'expiration_seconds': obj.expirationSeconds,
        'signing_key': obj.signingKey,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecServer' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecServer(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'address': obj.address,
        'audit_log': obj.auditLog,
        'cors_allow_all': obj.corsAllowAll,
        'gzip_enabled': obj.gzipEnabled,
        'node_port': obj.nodePort,
        'observability': toJson_KialiSpecServerObservability(obj.observability),
        'port': obj.port,
        'profiler': toJson_KialiSpecServerProfiler(obj.profiler),
        'require_auth': obj.requireAuth,
        'web_fqdn': obj.webFqdn,
        'web_history_mode': obj.webHistoryMode,
        'web_port': obj.webPort,
        'web_root': obj.webRoot,
        'web_schema': obj.webSchema,
        'write_timeout': obj.writeTimeout,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecApiNamespaces' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecApiNamespaces(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exclude': obj.exclude?.map(y => y),
        'include': obj.include?.map(y => y),
        'label_selector_exclude': obj.labelSelectorExclude,
        'label_selector_include': obj.labelSelectorInclude,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Determines what authentication strategy to use when users log into Kiali.
 * Options are `anonymous`, `token`, `openshift`, `openid`, or `header`.
 *
 * * Choose `anonymous` to allow full access to Kiali without requiring any credentials.
 * * Choose `token` to allow access to Kiali using service account tokens, which controls
 * access based on RBAC roles assigned to the service account.
 * * Choose `openshift` to use the OpenShift OAuth login which controls access based on
 * the individual's RBAC roles in OpenShift. Not valid for non-OpenShift environments.
 * * Choose `openid` to enable OpenID Connect-based authentication. Your cluster is required to
 * be configured to accept the tokens issued by your IdP. There are additional required
 * configurations for this strategy. See below for the additional OpenID configuration section.
 * * Choose `header` when Kiali is running behind a reverse proxy that will inject an
 * Authorization header and potentially impersonation headers.
 *
 * When empty, this value will default to `openshift` on OpenShift and `token` on other Kubernetes environments.
 *
 *
 * @schema KialiSpecAuthStrategy
 */
var KialiSpecAuthStrategy;
(function (KialiSpecAuthStrategy) {
    /** anonymous */
    KialiSpecAuthStrategy["ANONYMOUS"] = "anonymous";
    /** token */
    KialiSpecAuthStrategy["TOKEN"] = "token";
    /** openshift */
    KialiSpecAuthStrategy["OPENSHIFT"] = "openshift";
    /** openid */
    KialiSpecAuthStrategy["OPENID"] = "openid";
    /** header */
    KialiSpecAuthStrategy["HEADER"] = "header";
})(KialiSpecAuthStrategy || (exports.KialiSpecAuthStrategy = KialiSpecAuthStrategy = {}));
/**
 * Converts an object of type 'KialiSpecAuthOpenid' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecAuthOpenid(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'additional_request_params': ((obj.additionalRequestParams) === undefined) ? undefined : (Object.entries(obj.additionalRequestParams).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'allowed_domains': obj.allowedDomains?.map(y => y),
        'api_proxy': obj.apiProxy,
        'api_proxy_ca_data': obj.apiProxyCaData,
        'api_token': obj.apiToken,
        'authentication_timeout': obj.authenticationTimeout,
        'authorization_endpoint': obj.authorizationEndpoint,
        'client_id': obj.clientId,
        'disable_rbac': obj.disableRbac,
        'http_proxy': obj.httpProxy,
        'https_proxy': obj.httpsProxy,
        'insecure_skip_verify_tls': obj.insecureSkipVerifyTls,
        'issuer_uri': obj.issuerUri,
        'scopes': obj.scopes?.map(y => y),
        'discovery_override': toJson_KialiSpecAuthOpenidDiscoveryOverride(obj.discoveryOverride),
        'username_claim': obj.usernameClaim,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecAuthOpenshift' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecAuthOpenshift(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth_timeout': obj.authTimeout,
        'client_id_prefix': obj.clientIdPrefix,
        'insecure_skip_verify_tls': obj.insecureSkipVerifyTls,
        'redirect_uris': obj.redirectUris?.map(y => y),
        'token_inactivity_timeout': obj.tokenInactivityTimeout,
        'token_max_age': obj.tokenMaxAge,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecChatAiProviders' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecChatAiProviders(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'config': obj.config,
        'default_model': obj.defaultModel,
        'description': obj.description,
        'enabled': obj.enabled,
        'endpoint': obj.endpoint,
        'insecure_skip_verify': obj.insecureSkipVerify,
        'key': obj.key,
        'models': obj.models?.map(y => toJson_KialiSpecChatAiProvidersModels(y)),
        'name': obj.name,
        'tools': toJson_KialiSpecChatAiProvidersTools(obj.tools),
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecChatAiStoreConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecChatAiStoreConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
        'inactivity_timeout': obj.inactivityTimeout,
        'max_cache_memory_mb': obj.maxCacheMemoryMb,
        'reduce_threshold': obj.reduceThreshold,
        'reduce_with_ai': obj.reduceWithAi,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecChatAiTools' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecChatAiTools(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'disabled_tools': obj.disabledTools?.map(y => y),
        'enabled_tools': obj.enabledTools?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecClusteringAutodetectSecrets' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecClusteringAutodetectSecrets(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
        'label': obj.label,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecClusteringClusters' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecClusteringClusters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'secret_name': obj.secretName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecClusteringKialiUrls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecClusteringKialiUrls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cluster_name': obj.clusterName,
        'instance_name': obj.instanceName,
        'namespace': obj.namespace,
        'url': obj.url,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecDeploymentAffinity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecDeploymentAffinity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'node': obj.node,
        'pod': obj.pod,
        'pod_anti': obj.podAnti,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecDeploymentCustomEnvs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecDeploymentCustomEnvs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecDeploymentCustomSecrets' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecDeploymentCustomSecrets(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'csi': obj.csi,
        'mount': obj.mount,
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecDeploymentDiscoverySelectors' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecDeploymentDiscoverySelectors(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'default': obj.default?.map(y => toJson_KialiSpecDeploymentDiscoverySelectorsDefault(y)),
        'overrides': ((obj.overrides) === undefined) ? undefined : (Object.entries(obj.overrides).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.map(y => toJson_KialiSpecDeploymentDiscoverySelectorsOverrides(y)) }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecDeploymentDns' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecDeploymentDns(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'config': obj.config,
        'policy': obj.policy,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecDeploymentHostAliases' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecDeploymentHostAliases(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ip': obj.ip,
        'hostnames': obj.hostnames?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecDeploymentHpa' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecDeploymentHpa(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'api_version': obj.apiVersion,
        'spec': obj.spec,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecDeploymentIngress' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecDeploymentIngress(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'additional_labels': ((obj.additionalLabels) === undefined) ? undefined : (Object.entries(obj.additionalLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'class_name': obj.className,
        'enabled': obj.enabled,
        'override_yaml': toJson_KialiSpecDeploymentIngressOverrideYaml(obj.overrideYaml),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecDeploymentLogger' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecDeploymentLogger(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'log_level': obj.logLevel,
        'log_format': obj.logFormat,
        'sampler_rate': obj.samplerRate,
        'time_field_format': obj.timeFieldFormat,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecDeploymentNetworkPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecDeploymentNetworkPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecDeploymentPodDisruptionBudget' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecDeploymentPodDisruptionBudget(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'api_version': obj.apiVersion,
        'spec': obj.spec,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecDeploymentProbes' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecDeploymentProbes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'liveness': toJson_KialiSpecDeploymentProbesLiveness(obj.liveness),
        'readiness': toJson_KialiSpecDeploymentProbesReadiness(obj.readiness),
        'startup': toJson_KialiSpecDeploymentProbesStartup(obj.startup),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecDeploymentTlsConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecDeploymentTlsConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cipher_suites': obj.cipherSuites?.map(y => y),
        'groups': obj.groups?.map(y => y),
        'max_version': obj.maxVersion,
        'min_version': obj.minVersion,
        'source': obj.source,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecExternalServicesCustomDashboards' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecExternalServicesCustomDashboards(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'discovery_auto_threshold': obj.discoveryAutoThreshold,
        'discovery_enabled': obj.discoveryEnabled,
        'enabled': obj.enabled,
        'is_core': obj.isCore,
        'namespace_label': obj.namespaceLabel,
        'prometheus': toJson_KialiSpecExternalServicesCustomDashboardsPrometheus(obj.prometheus),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecExternalServicesGrafana' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecExternalServicesGrafana(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_KialiSpecExternalServicesGrafanaAuth(obj.auth),
        'dashboards': obj.dashboards?.map(y => toJson_KialiSpecExternalServicesGrafanaDashboards(y)),
        'datasource_uid': obj.datasourceUid,
        'enabled': obj.enabled,
        'external_url': obj.externalUrl,
        'health_check_url': obj.healthCheckUrl,
        'in_cluster_url': obj.inClusterUrl,
        'internal_url': obj.internalUrl,
        'url': obj.url,
        'is_core': obj.isCore,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecExternalServicesIstio' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecExternalServicesIstio(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'component_status': toJson_KialiSpecExternalServicesIstioComponentStatus(obj.componentStatus),
        'config_map_name': obj.configMapName,
        'egress_gateway_namespace': obj.egressGatewayNamespace,
        'envoy_admin_local_port': obj.envoyAdminLocalPort,
        'gateway_api_class_name': obj.gatewayApiClassName,
        'gateway_api_classes': obj.gatewayApiClasses?.map(y => toJson_KialiSpecExternalServicesIstioGatewayApiClasses(y)),
        'gateway_api_classes_label_selector': obj.gatewayApiClassesLabelSelector,
        'istio_api_enabled': obj.istioApiEnabled,
        'istio_canary_revision': toJson_KialiSpecExternalServicesIstioIstioCanaryRevision(obj.istioCanaryRevision),
        'istiod_deployment_name': obj.istiodDeploymentName,
        'istio_identity_domain': obj.istioIdentityDomain,
        'istiod_polling_interval_seconds': obj.istiodPollingIntervalSeconds,
        'istio_injection_annotation': obj.istioInjectionAnnotation,
        'istio_sidecar_annotation': obj.istioSidecarAnnotation,
        'istio_sidecar_injector_config_map_name': obj.istioSidecarInjectorConfigMapName,
        'istiod_pod_monitoring_port': obj.istiodPodMonitoringPort,
        'root_namespace': obj.rootNamespace,
        'url_service_version': obj.urlServiceVersion,
        'validation_change_detection_enabled': obj.validationChangeDetectionEnabled,
        'validation_reconcile_interval': obj.validationReconcileInterval,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecExternalServicesPerses' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecExternalServicesPerses(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_KialiSpecExternalServicesPersesAuth(obj.auth),
        'dashboards': obj.dashboards?.map(y => toJson_KialiSpecExternalServicesPersesDashboards(y)),
        'enabled': obj.enabled,
        'external_url': obj.externalUrl,
        'health_check_url': obj.healthCheckUrl,
        'internal_url': obj.internalUrl,
        'is_core': obj.isCore,
        'project': obj.project,
        'url_format': obj.urlFormat,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecExternalServicesPrometheus' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecExternalServicesPrometheus(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_KialiSpecExternalServicesPrometheusAuth(obj.auth),
        'cache_duration': obj.cacheDuration,
        'cache_enabled': obj.cacheEnabled,
        'cache_expiration': obj.cacheExpiration,
        'custom_headers': ((obj.customHeaders) === undefined) ? undefined : (Object.entries(obj.customHeaders).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'enabled': obj.enabled,
        'health_check_url': obj.healthCheckUrl,
        'is_core': obj.isCore,
        'query_scope': ((obj.queryScope) === undefined) ? undefined : (Object.entries(obj.queryScope).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'thanos_proxy': toJson_KialiSpecExternalServicesPrometheusThanosProxy(obj.thanosProxy),
        'url': obj.url,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecExternalServicesTracing' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecExternalServicesTracing(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_KialiSpecExternalServicesTracingAuth(obj.auth),
        'custom_headers': ((obj.customHeaders) === undefined) ? undefined : (Object.entries(obj.customHeaders).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'disable_version_check': obj.disableVersionCheck,
        'enabled': obj.enabled,
        'external_url': obj.externalUrl,
        'grpc_port': obj.grpcPort,
        'health_check_url': obj.healthCheckUrl,
        'in_cluster_url': obj.inClusterUrl,
        'internal_url': obj.internalUrl,
        'url': obj.url,
        'is_core': obj.isCore,
        'namespace_selector': obj.namespaceSelector,
        'provider': obj.provider,
        'query_scope': ((obj.queryScope) === undefined) ? undefined : (Object.entries(obj.queryScope).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'query_timeout': obj.queryTimeout,
        'tempo_config': toJson_KialiSpecExternalServicesTracingTempoConfig(obj.tempoConfig),
        'use_grpc': obj.useGrpc,
        'use_waypoint_name': obj.useWaypointName,
        'whitelist_istio_system': obj.whitelistIstioSystem?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecHealthConfigCompute' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecHealthConfigCompute(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'duration': obj.duration,
        'refresh_interval': obj.refreshInterval,
        'timeout': obj.timeout,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecHealthConfigRate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecHealthConfigRate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'namespace': obj.namespace,
        'kind': obj.kind,
        'name': obj.name,
        'tolerance': obj.tolerance?.map(y => toJson_KialiSpecHealthConfigRateTolerance(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsAuthz' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecKialiFeatureFlagsAuthz(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'require_namespace_get': obj.requireNamespaceGet,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsCertificatesInformationIndicators' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecKialiFeatureFlagsCertificatesInformationIndicators(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
        'secrets': obj.secrets?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsClustering' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecKialiFeatureFlagsClustering(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'autodetect_secrets': toJson_KialiSpecKialiFeatureFlagsClusteringAutodetectSecrets(obj.autodetectSecrets),
        'clusters': obj.clusters?.map(y => toJson_KialiSpecKialiFeatureFlagsClusteringClusters(y)),
        'enable_exec_provider': obj.enableExecProvider,
        'kiali_urls': obj.kialiUrls?.map(y => toJson_KialiSpecKialiFeatureFlagsClusteringKialiUrls(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsCustomWorkloadTypes' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecKialiFeatureFlagsCustomWorkloadTypes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'version': obj.version,
        'kind': obj.kind,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema KialiSpecKialiFeatureFlagsDisabledFeatures
 */
var KialiSpecKialiFeatureFlagsDisabledFeatures;
(function (KialiSpecKialiFeatureFlagsDisabledFeatures) {
    /** logs-tab */
    KialiSpecKialiFeatureFlagsDisabledFeatures["LOGS_HYPHEN_TAB"] = "logs-tab";
})(KialiSpecKialiFeatureFlagsDisabledFeatures || (exports.KialiSpecKialiFeatureFlagsDisabledFeatures = KialiSpecKialiFeatureFlagsDisabledFeatures = {}));
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsUiDefaults' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecKialiFeatureFlagsUiDefaults(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'graph': toJson_KialiSpecKialiFeatureFlagsUiDefaultsGraph(obj.graph),
        'i18n': toJson_KialiSpecKialiFeatureFlagsUiDefaultsI18N(obj.i18N),
        'list': toJson_KialiSpecKialiFeatureFlagsUiDefaultsList(obj.list),
        'mesh': toJson_KialiSpecKialiFeatureFlagsUiDefaultsMesh(obj.mesh),
        'metrics_inbound': toJson_KialiSpecKialiFeatureFlagsUiDefaultsMetricsInbound(obj.metricsInbound),
        'metrics_outbound': toJson_KialiSpecKialiFeatureFlagsUiDefaultsMetricsOutbound(obj.metricsOutbound),
        'metrics_per_refresh': obj.metricsPerRefresh,
        'namespaces': obj.namespaces?.map(y => y),
        'refresh_interval': obj.refreshInterval,
        'tracing': toJson_KialiSpecKialiFeatureFlagsUiDefaultsTracing(obj.tracing),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsValidations' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecKialiFeatureFlagsValidations(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ignore': obj.ignore?.map(y => y),
        'skip_wildcard_gateway_hosts': obj.skipWildcardGatewayHosts,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecServerObservability' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecServerObservability(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metrics': toJson_KialiSpecServerObservabilityMetrics(obj.metrics),
        'tracing': toJson_KialiSpecServerObservabilityTracing(obj.tracing),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecServerProfiler' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecServerProfiler(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Define the history mode of kiali UI. Value must be one of: `browser` or `hash`.
 *
 * @schema KialiSpecServerWebHistoryMode
 */
var KialiSpecServerWebHistoryMode;
(function (KialiSpecServerWebHistoryMode) {
    /** browser */
    KialiSpecServerWebHistoryMode["BROWSER"] = "browser";
    /** hash */
    KialiSpecServerWebHistoryMode["HASH"] = "hash";
})(KialiSpecServerWebHistoryMode || (exports.KialiSpecServerWebHistoryMode = KialiSpecServerWebHistoryMode = {}));
/**
 * Defines the public HTTP schema used to serve Kiali. Value must be one of: `http` or `https`. When empty, Kiali will try to guess this value from HTTP headers. On non-OpenShift clusters, you must populate this value if you want to enable cross-linking between Kiali instances in a multi-cluster setup.
 *
 * @schema KialiSpecServerWebSchema
 */
var KialiSpecServerWebSchema;
(function (KialiSpecServerWebSchema) {
    /** http */
    KialiSpecServerWebSchema["HTTP"] = "http";
    /** https */
    KialiSpecServerWebSchema["HTTPS"] = "https";
})(KialiSpecServerWebSchema || (exports.KialiSpecServerWebSchema = KialiSpecServerWebSchema = {}));
/**
 * Converts an object of type 'KialiSpecAuthOpenidDiscoveryOverride' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecAuthOpenidDiscoveryOverride(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'authorization_endpoint': obj.authorizationEndpoint,
        'jwks_uri': obj.jwksUri,
        'token_endpoint': obj.tokenEndpoint,
        'userinfo_endpoint': obj.userinfoEndpoint,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecChatAiProvidersModels' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecChatAiProvidersModels(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'description': obj.description,
        'enabled': obj.enabled,
        'endpoint': obj.endpoint,
        'key': obj.key,
        'model': obj.model,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecChatAiProvidersTools' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecChatAiProvidersTools(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'disabled_tools': obj.disabledTools?.map(y => y),
        'enabled_tools': obj.enabledTools?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecDeploymentDiscoverySelectorsDefault' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecDeploymentDiscoverySelectorsDefault(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'matchExpressions': obj.matchExpressions?.map(y => toJson_KialiSpecDeploymentDiscoverySelectorsDefaultMatchExpressions(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecDeploymentDiscoverySelectorsOverrides' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecDeploymentDiscoverySelectorsOverrides(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'matchExpressions': obj.matchExpressions?.map(y => toJson_KialiSpecDeploymentDiscoverySelectorsOverridesMatchExpressions(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecDeploymentIngressOverrideYaml' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecDeploymentIngressOverrideYaml(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_KialiSpecDeploymentIngressOverrideYamlMetadata(obj.metadata),
        'spec': obj.spec,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * The lowest priority of messages to log. Must be one of: `trace`, `debug`, `info`, `warn`, `error`, or `fatal`.
 *
 * @schema KialiSpecDeploymentLoggerLogLevel
 */
var KialiSpecDeploymentLoggerLogLevel;
(function (KialiSpecDeploymentLoggerLogLevel) {
    /** trace */
    KialiSpecDeploymentLoggerLogLevel["TRACE"] = "trace";
    /** debug */
    KialiSpecDeploymentLoggerLogLevel["DEBUG"] = "debug";
    /** info */
    KialiSpecDeploymentLoggerLogLevel["INFO"] = "info";
    /** warn */
    KialiSpecDeploymentLoggerLogLevel["WARN"] = "warn";
    /** error */
    KialiSpecDeploymentLoggerLogLevel["ERROR"] = "error";
    /** fatal */
    KialiSpecDeploymentLoggerLogLevel["FATAL"] = "fatal";
})(KialiSpecDeploymentLoggerLogLevel || (exports.KialiSpecDeploymentLoggerLogLevel = KialiSpecDeploymentLoggerLogLevel = {}));
/**
 * Indicates if the logs should be written with one log message per line or using a JSON format. Must be one of: `text` or `json`.
 *
 * @schema KialiSpecDeploymentLoggerLogFormat
 */
var KialiSpecDeploymentLoggerLogFormat;
(function (KialiSpecDeploymentLoggerLogFormat) {
    /** text */
    KialiSpecDeploymentLoggerLogFormat["TEXT"] = "text";
    /** json */
    KialiSpecDeploymentLoggerLogFormat["JSON"] = "json";
})(KialiSpecDeploymentLoggerLogFormat || (exports.KialiSpecDeploymentLoggerLogFormat = KialiSpecDeploymentLoggerLogFormat = {}));
/**
 * Converts an object of type 'KialiSpecDeploymentProbesLiveness' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecDeploymentProbesLiveness(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'initial_delay_seconds': obj.initialDelaySeconds,
        'period_seconds': obj.periodSeconds,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecDeploymentProbesReadiness' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecDeploymentProbesReadiness(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'initial_delay_seconds': obj.initialDelaySeconds,
        'period_seconds': obj.periodSeconds,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecDeploymentProbesStartup' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecDeploymentProbesStartup(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'failure_threshold': obj.failureThreshold,
        'initial_delay_seconds': obj.initialDelaySeconds,
        'period_seconds': obj.periodSeconds,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * TLS policy source: 'auto' to use OpenShift TLSSecurityProfile; 'config' to use explicit settings.
 *
 * @schema KialiSpecDeploymentTlsConfigSource
 */
var KialiSpecDeploymentTlsConfigSource;
(function (KialiSpecDeploymentTlsConfigSource) {
    /** auto */
    KialiSpecDeploymentTlsConfigSource["AUTO"] = "auto";
    /** config */
    KialiSpecDeploymentTlsConfigSource["CONFIG"] = "config";
})(KialiSpecDeploymentTlsConfigSource || (exports.KialiSpecDeploymentTlsConfigSource = KialiSpecDeploymentTlsConfigSource = {}));
/**
 * Enable, disable or set 'auto' mode to the dashboards discovery process. If set to 'true', Kiali will always try to discover dashboards based on metrics. Note that this can generate performance penalties while discovering dashboards for workloads having many pods (thus many metrics). When set to 'auto', Kiali will skip dashboards discovery for workloads with more than a configured threshold of pods (see `discovery_auto_threshold`). When discovery is disabled or auto/skipped, it is still possible to tie workloads with dashboards through annotations on pods (refer to the doc https://kiali.io/docs/configuration/custom-dashboard/#pod-annotations). Value must be a string and be one of: `true`, `false`, `auto`.
 *
 * @schema KialiSpecExternalServicesCustomDashboardsDiscoveryEnabled
 */
var KialiSpecExternalServicesCustomDashboardsDiscoveryEnabled;
(function (KialiSpecExternalServicesCustomDashboardsDiscoveryEnabled) {
    /** true */
    KialiSpecExternalServicesCustomDashboardsDiscoveryEnabled["TRUE"] = "true";
    /** false */
    KialiSpecExternalServicesCustomDashboardsDiscoveryEnabled["FALSE"] = "false";
    /** auto */
    KialiSpecExternalServicesCustomDashboardsDiscoveryEnabled["AUTO"] = "auto";
})(KialiSpecExternalServicesCustomDashboardsDiscoveryEnabled || (exports.KialiSpecExternalServicesCustomDashboardsDiscoveryEnabled = KialiSpecExternalServicesCustomDashboardsDiscoveryEnabled = {}));
/**
 * Converts an object of type 'KialiSpecExternalServicesCustomDashboardsPrometheus' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecExternalServicesCustomDashboardsPrometheus(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_KialiSpecExternalServicesCustomDashboardsPrometheusAuth(obj.auth),
        'cache_duration': obj.cacheDuration,
        'cache_enabled': obj.cacheEnabled,
        'cache_expiration': obj.cacheExpiration,
        'custom_headers': ((obj.customHeaders) === undefined) ? undefined : (Object.entries(obj.customHeaders).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'health_check_url': obj.healthCheckUrl,
        'is_core': obj.isCore,
        'query_scope': ((obj.queryScope) === undefined) ? undefined : (Object.entries(obj.queryScope).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'thanos_proxy': toJson_KialiSpecExternalServicesCustomDashboardsPrometheusThanosProxy(obj.thanosProxy),
        'url': obj.url,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecExternalServicesGrafanaAuth' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecExternalServicesGrafanaAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ca_file': obj.caFile,
        'cert_file': obj.certFile,
        'insecure_skip_verify': obj.insecureSkipVerify,
        'key_file': obj.keyFile,
        'oauth2': toJson_KialiSpecExternalServicesGrafanaAuthOauth2(obj.oauth2),
        'password': obj.password,
        'token': obj.token,
        'type': obj.type,
        'use_kiali_token': obj.useKialiToken,
        'username': obj.username,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecExternalServicesGrafanaDashboards' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecExternalServicesGrafanaDashboards(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'variables': toJson_KialiSpecExternalServicesGrafanaDashboardsVariables(obj.variables),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecExternalServicesIstioComponentStatus' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecExternalServicesIstioComponentStatus(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'components': obj.components?.map(y => toJson_KialiSpecExternalServicesIstioComponentStatusComponents(y)),
        'enabled': obj.enabled,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecExternalServicesIstioGatewayApiClasses' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecExternalServicesIstioGatewayApiClasses(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'class_name': obj.className,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecExternalServicesIstioIstioCanaryRevision' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecExternalServicesIstioIstioCanaryRevision(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'current': obj.current,
        'upgrade': obj.upgrade,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecExternalServicesPersesAuth' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecExternalServicesPersesAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ca_file': obj.caFile,
        'cert_file': obj.certFile,
        'insecure_skip_verify': obj.insecureSkipVerify,
        'key_file': obj.keyFile,
        'oauth2': toJson_KialiSpecExternalServicesPersesAuthOauth2(obj.oauth2),
        'password': obj.password,
        'type': obj.type,
        'use_kiali_token': obj.useKialiToken,
        'username': obj.username,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecExternalServicesPersesDashboards' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecExternalServicesPersesDashboards(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'variables': toJson_KialiSpecExternalServicesPersesDashboardsVariables(obj.variables),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * The URL format. Leave empty (the default) for standard Perses upstream. Use `openshift` when using Perses Dashboards via the Cluster Observability operator in OpenShift.
 *
 * @schema KialiSpecExternalServicesPersesUrlFormat
 */
var KialiSpecExternalServicesPersesUrlFormat;
(function (KialiSpecExternalServicesPersesUrlFormat) {
    /** openshift */
    KialiSpecExternalServicesPersesUrlFormat["OPENSHIFT"] = "openshift";
})(KialiSpecExternalServicesPersesUrlFormat || (exports.KialiSpecExternalServicesPersesUrlFormat = KialiSpecExternalServicesPersesUrlFormat = {}));
/**
 * Converts an object of type 'KialiSpecExternalServicesPrometheusAuth' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecExternalServicesPrometheusAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ca_file': obj.caFile,
        'cert_file': obj.certFile,
        'insecure_skip_verify': obj.insecureSkipVerify,
        'key_file': obj.keyFile,
        'oauth2': toJson_KialiSpecExternalServicesPrometheusAuthOauth2(obj.oauth2),
        'password': obj.password,
        'token': obj.token,
        'type': obj.type,
        'use_kiali_token': obj.useKialiToken,
        'username': obj.username,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecExternalServicesPrometheusThanosProxy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecExternalServicesPrometheusThanosProxy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
        'retention_period': obj.retentionPeriod,
        'scrape_interval': obj.scrapeInterval,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecExternalServicesTracingAuth' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecExternalServicesTracingAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ca_file': obj.caFile,
        'cert_file': obj.certFile,
        'insecure_skip_verify': obj.insecureSkipVerify,
        'key_file': obj.keyFile,
        'oauth2': toJson_KialiSpecExternalServicesTracingAuthOauth2(obj.oauth2),
        'password': obj.password,
        'token': obj.token,
        'type': obj.type,
        'use_kiali_token': obj.useKialiToken,
        'username': obj.username,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * The trace provider to get the traces from. Value must be one of: `jaeger` or `tempo`.
 *
 * @schema KialiSpecExternalServicesTracingProvider
 */
var KialiSpecExternalServicesTracingProvider;
(function (KialiSpecExternalServicesTracingProvider) {
    /** jaeger */
    KialiSpecExternalServicesTracingProvider["JAEGER"] = "jaeger";
    /** tempo */
    KialiSpecExternalServicesTracingProvider["TEMPO"] = "tempo";
})(KialiSpecExternalServicesTracingProvider || (exports.KialiSpecExternalServicesTracingProvider = KialiSpecExternalServicesTracingProvider = {}));
/**
 * Converts an object of type 'KialiSpecExternalServicesTracingTempoConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecExternalServicesTracingTempoConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cache_capacity': obj.cacheCapacity,
        'cache_enabled': obj.cacheEnabled,
        'datasource_uid': obj.datasourceUid,
        'name': obj.name,
        'namespace': obj.namespace,
        'org_id': obj.orgId,
        'tenant': obj.tenant,
        'url_format': obj.urlFormat,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * The time period over which health is calculated. Used as the rate interval for Prometheus queries.
 *
 * @schema KialiSpecHealthConfigComputeDuration
 */
var KialiSpecHealthConfigComputeDuration;
(function (KialiSpecHealthConfigComputeDuration) {
    /** 1m */
    KialiSpecHealthConfigComputeDuration["VALUE_1M"] = "1m";
    /** 2m */
    KialiSpecHealthConfigComputeDuration["VALUE_2M"] = "2m";
    /** 5m */
    KialiSpecHealthConfigComputeDuration["VALUE_5M"] = "5m";
    /** 10m */
    KialiSpecHealthConfigComputeDuration["VALUE_10M"] = "10m";
    /** 30m */
    KialiSpecHealthConfigComputeDuration["VALUE_30M"] = "30m";
    /** 1h */
    KialiSpecHealthConfigComputeDuration["VALUE_1H"] = "1h";
    /** 3h */
    KialiSpecHealthConfigComputeDuration["VALUE_3H"] = "3h";
    /** 6h */
    KialiSpecHealthConfigComputeDuration["VALUE_6H"] = "6h";
    /** 12h */
    KialiSpecHealthConfigComputeDuration["VALUE_12H"] = "12h";
    /** 1d */
    KialiSpecHealthConfigComputeDuration["VALUE_1D"] = "1d";
    /** 7d */
    KialiSpecHealthConfigComputeDuration["VALUE_7D"] = "7d";
    /** 30d */
    KialiSpecHealthConfigComputeDuration["VALUE_30D"] = "30d";
})(KialiSpecHealthConfigComputeDuration || (exports.KialiSpecHealthConfigComputeDuration = KialiSpecHealthConfigComputeDuration = {}));
/**
 * Converts an object of type 'KialiSpecHealthConfigRateTolerance' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecHealthConfigRateTolerance(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'protocol': obj.protocol,
        'direction': obj.direction,
        'code': obj.code,
        'degraded': obj.degraded,
        'failure': obj.failure,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsClusteringAutodetectSecrets' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecKialiFeatureFlagsClusteringAutodetectSecrets(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
        'label': obj.label,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsClusteringClusters' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecKialiFeatureFlagsClusteringClusters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'secret_name': obj.secretName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsClusteringKialiUrls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecKialiFeatureFlagsClusteringKialiUrls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cluster_name': obj.clusterName,
        'instance_name': obj.instanceName,
        'namespace': obj.namespace,
        'url': obj.url,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsUiDefaultsGraph' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecKialiFeatureFlagsUiDefaultsGraph(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'find_options': obj.findOptions?.map(y => toJson_KialiSpecKialiFeatureFlagsUiDefaultsGraphFindOptions(y)),
        'hide_options': obj.hideOptions?.map(y => toJson_KialiSpecKialiFeatureFlagsUiDefaultsGraphHideOptions(y)),
        'settings': toJson_KialiSpecKialiFeatureFlagsUiDefaultsGraphSettings(obj.settings),
        'traffic': toJson_KialiSpecKialiFeatureFlagsUiDefaultsGraphTraffic(obj.traffic),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsUiDefaultsI18N' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecKialiFeatureFlagsUiDefaultsI18N(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'language': obj.language,
        'show_selector': obj.showSelector,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsUiDefaultsList' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecKialiFeatureFlagsUiDefaultsList(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'include_health': obj.includeHealth,
        'include_istio_resources': obj.includeIstioResources,
        'include_validations': obj.includeValidations,
        'show_include_toggles': obj.showIncludeToggles,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsUiDefaultsMesh' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecKialiFeatureFlagsUiDefaultsMesh(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'find_options': obj.findOptions?.map(y => toJson_KialiSpecKialiFeatureFlagsUiDefaultsMeshFindOptions(y)),
        'hide_options': obj.hideOptions?.map(y => toJson_KialiSpecKialiFeatureFlagsUiDefaultsMeshHideOptions(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsUiDefaultsMetricsInbound' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecKialiFeatureFlagsUiDefaultsMetricsInbound(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'aggregations': obj.aggregations?.map(y => toJson_KialiSpecKialiFeatureFlagsUiDefaultsMetricsInboundAggregations(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsUiDefaultsMetricsOutbound' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecKialiFeatureFlagsUiDefaultsMetricsOutbound(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'aggregations': obj.aggregations?.map(y => toJson_KialiSpecKialiFeatureFlagsUiDefaultsMetricsOutboundAggregations(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Duration of metrics to fetch on each refresh. Value must be one of: `1m`, `2m`, `5m`, `10m`, `30m`, `1h`, `3h`, `6h`, `12h`, `1d`, `7d`, or `30d`
 *
 * @schema KialiSpecKialiFeatureFlagsUiDefaultsMetricsPerRefresh
 */
var KialiSpecKialiFeatureFlagsUiDefaultsMetricsPerRefresh;
(function (KialiSpecKialiFeatureFlagsUiDefaultsMetricsPerRefresh) {
    /** 1m */
    KialiSpecKialiFeatureFlagsUiDefaultsMetricsPerRefresh["VALUE_1M"] = "1m";
    /** 2m */
    KialiSpecKialiFeatureFlagsUiDefaultsMetricsPerRefresh["VALUE_2M"] = "2m";
    /** 5m */
    KialiSpecKialiFeatureFlagsUiDefaultsMetricsPerRefresh["VALUE_5M"] = "5m";
    /** 10m */
    KialiSpecKialiFeatureFlagsUiDefaultsMetricsPerRefresh["VALUE_10M"] = "10m";
    /** 30m */
    KialiSpecKialiFeatureFlagsUiDefaultsMetricsPerRefresh["VALUE_30M"] = "30m";
    /** 1h */
    KialiSpecKialiFeatureFlagsUiDefaultsMetricsPerRefresh["VALUE_1H"] = "1h";
    /** 3h */
    KialiSpecKialiFeatureFlagsUiDefaultsMetricsPerRefresh["VALUE_3H"] = "3h";
    /** 6h */
    KialiSpecKialiFeatureFlagsUiDefaultsMetricsPerRefresh["VALUE_6H"] = "6h";
    /** 12h */
    KialiSpecKialiFeatureFlagsUiDefaultsMetricsPerRefresh["VALUE_12H"] = "12h";
    /** 1d */
    KialiSpecKialiFeatureFlagsUiDefaultsMetricsPerRefresh["VALUE_1D"] = "1d";
    /** 7d */
    KialiSpecKialiFeatureFlagsUiDefaultsMetricsPerRefresh["VALUE_7D"] = "7d";
    /** 30d */
    KialiSpecKialiFeatureFlagsUiDefaultsMetricsPerRefresh["VALUE_30D"] = "30d";
})(KialiSpecKialiFeatureFlagsUiDefaultsMetricsPerRefresh || (exports.KialiSpecKialiFeatureFlagsUiDefaultsMetricsPerRefresh = KialiSpecKialiFeatureFlagsUiDefaultsMetricsPerRefresh = {}));
/**
 * The automatic refresh interval for pages offering automatic refresh. `Manual` requires user action even for initial page load. Value must be one of: `pause`, `manual`, `10s`, `15s`, `30s`, `1m`, `5m` or `15m`
 *
 * @schema KialiSpecKialiFeatureFlagsUiDefaultsRefreshInterval
 */
var KialiSpecKialiFeatureFlagsUiDefaultsRefreshInterval;
(function (KialiSpecKialiFeatureFlagsUiDefaultsRefreshInterval) {
    /** pause */
    KialiSpecKialiFeatureFlagsUiDefaultsRefreshInterval["PAUSE"] = "pause";
    /** manual */
    KialiSpecKialiFeatureFlagsUiDefaultsRefreshInterval["MANUAL"] = "manual";
    /** 10s */
    KialiSpecKialiFeatureFlagsUiDefaultsRefreshInterval["VALUE_10S"] = "10s";
    /** 15s */
    KialiSpecKialiFeatureFlagsUiDefaultsRefreshInterval["VALUE_15S"] = "15s";
    /** 30s */
    KialiSpecKialiFeatureFlagsUiDefaultsRefreshInterval["VALUE_30S"] = "30s";
    /** 1m */
    KialiSpecKialiFeatureFlagsUiDefaultsRefreshInterval["VALUE_1M"] = "1m";
    /** 5m */
    KialiSpecKialiFeatureFlagsUiDefaultsRefreshInterval["VALUE_5M"] = "5m";
    /** 15m */
    KialiSpecKialiFeatureFlagsUiDefaultsRefreshInterval["VALUE_15M"] = "15m";
})(KialiSpecKialiFeatureFlagsUiDefaultsRefreshInterval || (exports.KialiSpecKialiFeatureFlagsUiDefaultsRefreshInterval = KialiSpecKialiFeatureFlagsUiDefaultsRefreshInterval = {}));
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsUiDefaultsTracing' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecKialiFeatureFlagsUiDefaultsTracing(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'limit': obj.limit,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecServerObservabilityMetrics' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecServerObservabilityMetrics(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
        'health_status': toJson_KialiSpecServerObservabilityMetricsHealthStatus(obj.healthStatus),
        'port': obj.port,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecServerObservabilityTracing' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecServerObservabilityTracing(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'collector_type': obj.collectorType,
        'collector_url': obj.collectorUrl,
        'enabled': obj.enabled,
        'otel': toJson_KialiSpecServerObservabilityTracingOtel(obj.otel),
        'sampling_rate': obj.samplingRate,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecDeploymentDiscoverySelectorsDefaultMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecDeploymentDiscoverySelectorsDefaultMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecDeploymentDiscoverySelectorsOverridesMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecDeploymentDiscoverySelectorsOverridesMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecDeploymentIngressOverrideYamlMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecDeploymentIngressOverrideYamlMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': obj.annotations,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecExternalServicesCustomDashboardsPrometheusAuth' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecExternalServicesCustomDashboardsPrometheusAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ca_file': obj.caFile,
        'cert_file': obj.certFile,
        'insecure_skip_verify': obj.insecureSkipVerify,
        'key_file': obj.keyFile,
        'oauth2': toJson_KialiSpecExternalServicesCustomDashboardsPrometheusAuthOauth2(obj.oauth2),
        'password': obj.password,
        'token': obj.token,
        'type': obj.type,
        'use_kiali_token': obj.useKialiToken,
        'username': obj.username,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecExternalServicesCustomDashboardsPrometheusThanosProxy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecExternalServicesCustomDashboardsPrometheusThanosProxy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
        'retention_period': obj.retentionPeriod,
        'scrape_interval': obj.scrapeInterval,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecExternalServicesGrafanaAuthOauth2' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecExternalServicesGrafanaAuthOauth2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audience': obj.audience,
        'auth_style': obj.authStyle,
        'client_id': obj.clientId,
        'client_secret': obj.clientSecret,
        'scopes': obj.scopes?.map(y => y),
        'token_url': obj.tokenUrl,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecExternalServicesGrafanaDashboardsVariables' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecExternalServicesGrafanaDashboardsVariables(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'app': obj.app,
        'datasource': obj.datasource,
        'namespace': obj.namespace,
        'service': obj.service,
        'version': obj.version,
        'workload': obj.workload,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecExternalServicesIstioComponentStatusComponents' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecExternalServicesIstioComponentStatusComponents(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'app_label': obj.appLabel,
        'is_core': obj.isCore,
        'is_proxy': obj.isProxy,
        'is_multicluster': obj.isMulticluster,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecExternalServicesPersesAuthOauth2' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecExternalServicesPersesAuthOauth2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audience': obj.audience,
        'auth_style': obj.authStyle,
        'client_id': obj.clientId,
        'client_secret': obj.clientSecret,
        'scopes': obj.scopes?.map(y => y),
        'token_url': obj.tokenUrl,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecExternalServicesPersesDashboardsVariables' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecExternalServicesPersesDashboardsVariables(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'app': obj.app,
        'datasource': obj.datasource,
        'namespace': obj.namespace,
        'service': obj.service,
        'version': obj.version,
        'workload': obj.workload,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecExternalServicesPrometheusAuthOauth2' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecExternalServicesPrometheusAuthOauth2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audience': obj.audience,
        'auth_style': obj.authStyle,
        'client_id': obj.clientId,
        'client_secret': obj.clientSecret,
        'scopes': obj.scopes?.map(y => y),
        'token_url': obj.tokenUrl,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecExternalServicesTracingAuthOauth2' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecExternalServicesTracingAuthOauth2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audience': obj.audience,
        'auth_style': obj.authStyle,
        'client_id': obj.clientId,
        'client_secret': obj.clientSecret,
        'scopes': obj.scopes?.map(y => y),
        'token_url': obj.tokenUrl,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * The URL format for the external url. Can be 'jaeger', 'grafana' or 'openshift'. Default to 'grafana'. Openshift will need the name, namespace and tenant in the `tempo_config` settings.
 *
 * @default grafana'. Openshift will need the name, namespace and tenant in the `tempo_config` settings.
 * @schema KialiSpecExternalServicesTracingTempoConfigUrlFormat
 */
var KialiSpecExternalServicesTracingTempoConfigUrlFormat;
(function (KialiSpecExternalServicesTracingTempoConfigUrlFormat) {
    /** jaeger */
    KialiSpecExternalServicesTracingTempoConfigUrlFormat["JAEGER"] = "jaeger";
    /** grafana */
    KialiSpecExternalServicesTracingTempoConfigUrlFormat["GRAFANA"] = "grafana";
    /** openshift */
    KialiSpecExternalServicesTracingTempoConfigUrlFormat["OPENSHIFT"] = "openshift";
})(KialiSpecExternalServicesTracingTempoConfigUrlFormat || (exports.KialiSpecExternalServicesTracingTempoConfigUrlFormat = KialiSpecExternalServicesTracingTempoConfigUrlFormat = {}));
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsUiDefaultsGraphFindOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecKialiFeatureFlagsUiDefaultsGraphFindOptions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auto_select': obj.autoSelect,
        'description': obj.description,
        'expression': obj.expression,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsUiDefaultsGraphHideOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecKialiFeatureFlagsUiDefaultsGraphHideOptions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auto_select': obj.autoSelect,
        'description': obj.description,
        'expression': obj.expression,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsUiDefaultsGraphSettings' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecKialiFeatureFlagsUiDefaultsGraphSettings(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'animation': obj.animation,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsUiDefaultsGraphTraffic' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecKialiFeatureFlagsUiDefaultsGraphTraffic(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ambient': obj.ambient,
        'grpc': obj.grpc,
        'http': obj.http,
        'tcp': obj.tcp,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsUiDefaultsMeshFindOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecKialiFeatureFlagsUiDefaultsMeshFindOptions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auto_select': obj.autoSelect,
        'description': obj.description,
        'expression': obj.expression,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsUiDefaultsMeshHideOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecKialiFeatureFlagsUiDefaultsMeshHideOptions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auto_select': obj.autoSelect,
        'description': obj.description,
        'expression': obj.expression,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsUiDefaultsMetricsInboundAggregations' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecKialiFeatureFlagsUiDefaultsMetricsInboundAggregations(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'display_name': obj.displayName,
        'label': obj.label,
        'single_selection': obj.singleSelection,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsUiDefaultsMetricsOutboundAggregations' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecKialiFeatureFlagsUiDefaultsMetricsOutboundAggregations(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'display_name': obj.displayName,
        'label': obj.label,
        'single_selection': obj.singleSelection,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KialiSpecServerObservabilityMetricsHealthStatus' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecServerObservabilityMetricsHealthStatus(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'enabled': obj.enabled,
        'max_consecutive_na': obj.maxConsecutiveNa,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * The collector type to use. Today the only valid value is `otel`.
 *
 * @schema KialiSpecServerObservabilityTracingCollectorType
 */
var KialiSpecServerObservabilityTracingCollectorType;
(function (KialiSpecServerObservabilityTracingCollectorType) {
    /** otel */
    KialiSpecServerObservabilityTracingCollectorType["OTEL"] = "otel";
})(KialiSpecServerObservabilityTracingCollectorType || (exports.KialiSpecServerObservabilityTracingCollectorType = KialiSpecServerObservabilityTracingCollectorType = {}));
/**
 * Converts an object of type 'KialiSpecServerObservabilityTracingOtel' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecServerObservabilityTracingOtel(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ca_name': obj.caName,
        'protocol': obj.protocol,
        'skip_verify': obj.skipVerify,
        'tls_enabled': obj.tlsEnabled,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema KialiSpecDeploymentDiscoverySelectorsDefaultMatchExpressionsOperator
 */
var KialiSpecDeploymentDiscoverySelectorsDefaultMatchExpressionsOperator;
(function (KialiSpecDeploymentDiscoverySelectorsDefaultMatchExpressionsOperator) {
    /** In */
    KialiSpecDeploymentDiscoverySelectorsDefaultMatchExpressionsOperator["IN"] = "In";
    /** NotIn */
    KialiSpecDeploymentDiscoverySelectorsDefaultMatchExpressionsOperator["NOT_IN"] = "NotIn";
    /** Exists */
    KialiSpecDeploymentDiscoverySelectorsDefaultMatchExpressionsOperator["EXISTS"] = "Exists";
    /** DoesNotExist */
    KialiSpecDeploymentDiscoverySelectorsDefaultMatchExpressionsOperator["DOES_NOT_EXIST"] = "DoesNotExist";
})(KialiSpecDeploymentDiscoverySelectorsDefaultMatchExpressionsOperator || (exports.KialiSpecDeploymentDiscoverySelectorsDefaultMatchExpressionsOperator = KialiSpecDeploymentDiscoverySelectorsDefaultMatchExpressionsOperator = {}));
/**
 * @schema KialiSpecDeploymentDiscoverySelectorsOverridesMatchExpressionsOperator
 */
var KialiSpecDeploymentDiscoverySelectorsOverridesMatchExpressionsOperator;
(function (KialiSpecDeploymentDiscoverySelectorsOverridesMatchExpressionsOperator) {
    /** In */
    KialiSpecDeploymentDiscoverySelectorsOverridesMatchExpressionsOperator["IN"] = "In";
    /** NotIn */
    KialiSpecDeploymentDiscoverySelectorsOverridesMatchExpressionsOperator["NOT_IN"] = "NotIn";
    /** Exists */
    KialiSpecDeploymentDiscoverySelectorsOverridesMatchExpressionsOperator["EXISTS"] = "Exists";
    /** DoesNotExist */
    KialiSpecDeploymentDiscoverySelectorsOverridesMatchExpressionsOperator["DOES_NOT_EXIST"] = "DoesNotExist";
})(KialiSpecDeploymentDiscoverySelectorsOverridesMatchExpressionsOperator || (exports.KialiSpecDeploymentDiscoverySelectorsOverridesMatchExpressionsOperator = KialiSpecDeploymentDiscoverySelectorsOverridesMatchExpressionsOperator = {}));
/**
 * Converts an object of type 'KialiSpecExternalServicesCustomDashboardsPrometheusAuthOauth2' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KialiSpecExternalServicesCustomDashboardsPrometheusAuthOauth2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audience': obj.audience,
        'auth_style': obj.authStyle,
        'client_id': obj.clientId,
        'client_secret': obj.clientSecret,
        'scopes': obj.scopes?.map(y => y),
        'token_url': obj.tokenUrl,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * How to send client credentials to the token endpoint. Use `params` to send in the request body or `header` to send as HTTP Basic Auth (default).
 *
 * @schema KialiSpecExternalServicesGrafanaAuthOauth2AuthStyle
 */
var KialiSpecExternalServicesGrafanaAuthOauth2AuthStyle;
(function (KialiSpecExternalServicesGrafanaAuthOauth2AuthStyle) {
    /** header */
    KialiSpecExternalServicesGrafanaAuthOauth2AuthStyle["HEADER"] = "header";
    /** params */
    KialiSpecExternalServicesGrafanaAuthOauth2AuthStyle["PARAMS"] = "params";
})(KialiSpecExternalServicesGrafanaAuthOauth2AuthStyle || (exports.KialiSpecExternalServicesGrafanaAuthOauth2AuthStyle = KialiSpecExternalServicesGrafanaAuthOauth2AuthStyle = {}));
/**
 * How to send client credentials to the token endpoint. Use `params` to send in the request body or `header` to send as HTTP Basic Auth (default).
 *
 * @schema KialiSpecExternalServicesPersesAuthOauth2AuthStyle
 */
var KialiSpecExternalServicesPersesAuthOauth2AuthStyle;
(function (KialiSpecExternalServicesPersesAuthOauth2AuthStyle) {
    /** header */
    KialiSpecExternalServicesPersesAuthOauth2AuthStyle["HEADER"] = "header";
    /** params */
    KialiSpecExternalServicesPersesAuthOauth2AuthStyle["PARAMS"] = "params";
})(KialiSpecExternalServicesPersesAuthOauth2AuthStyle || (exports.KialiSpecExternalServicesPersesAuthOauth2AuthStyle = KialiSpecExternalServicesPersesAuthOauth2AuthStyle = {}));
/**
 * How to send client credentials to the token endpoint. Use `params` to send in the request body or `header` to send as HTTP Basic Auth (default).
 *
 * @schema KialiSpecExternalServicesPrometheusAuthOauth2AuthStyle
 */
var KialiSpecExternalServicesPrometheusAuthOauth2AuthStyle;
(function (KialiSpecExternalServicesPrometheusAuthOauth2AuthStyle) {
    /** header */
    KialiSpecExternalServicesPrometheusAuthOauth2AuthStyle["HEADER"] = "header";
    /** params */
    KialiSpecExternalServicesPrometheusAuthOauth2AuthStyle["PARAMS"] = "params";
})(KialiSpecExternalServicesPrometheusAuthOauth2AuthStyle || (exports.KialiSpecExternalServicesPrometheusAuthOauth2AuthStyle = KialiSpecExternalServicesPrometheusAuthOauth2AuthStyle = {}));
/**
 * How to send client credentials to the token endpoint. Use `params` to send in the request body or `header` to send as HTTP Basic Auth (default).
 *
 * @schema KialiSpecExternalServicesTracingAuthOauth2AuthStyle
 */
var KialiSpecExternalServicesTracingAuthOauth2AuthStyle;
(function (KialiSpecExternalServicesTracingAuthOauth2AuthStyle) {
    /** header */
    KialiSpecExternalServicesTracingAuthOauth2AuthStyle["HEADER"] = "header";
    /** params */
    KialiSpecExternalServicesTracingAuthOauth2AuthStyle["PARAMS"] = "params";
})(KialiSpecExternalServicesTracingAuthOauth2AuthStyle || (exports.KialiSpecExternalServicesTracingAuthOauth2AuthStyle = KialiSpecExternalServicesTracingAuthOauth2AuthStyle = {}));
/**
 * The traffic animation style. Value must be one of: `dash` or `point`.
 *
 * @schema KialiSpecKialiFeatureFlagsUiDefaultsGraphSettingsAnimation
 */
var KialiSpecKialiFeatureFlagsUiDefaultsGraphSettingsAnimation;
(function (KialiSpecKialiFeatureFlagsUiDefaultsGraphSettingsAnimation) {
    /** dash */
    KialiSpecKialiFeatureFlagsUiDefaultsGraphSettingsAnimation["DASH"] = "dash";
    /** point */
    KialiSpecKialiFeatureFlagsUiDefaultsGraphSettingsAnimation["POINT"] = "point";
})(KialiSpecKialiFeatureFlagsUiDefaultsGraphSettingsAnimation || (exports.KialiSpecKialiFeatureFlagsUiDefaultsGraphSettingsAnimation = KialiSpecKialiFeatureFlagsUiDefaultsGraphSettingsAnimation = {}));
/**
 * Ambient traffic is reported by ztunnel and/or waypoints. Value must be one of: `none`, `total`, `waypoint`, or `ztunnel`.
 *
 * @schema KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficAmbient
 */
var KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficAmbient;
(function (KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficAmbient) {
    /** none */
    KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficAmbient["NONE"] = "none";
    /** total */
    KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficAmbient["TOTAL"] = "total";
    /** waypoint */
    KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficAmbient["WAYPOINT"] = "waypoint";
    /** ztunnel */
    KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficAmbient["ZTUNNEL"] = "ztunnel";
})(KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficAmbient || (exports.KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficAmbient = KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficAmbient = {}));
/**
 * gRPC traffic is measured in requests or sent/received/total messages. Value must be one of: `none`, `requests`, `sent`, `received`, or `total`.
 *
 * @schema KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficGrpc
 */
var KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficGrpc;
(function (KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficGrpc) {
    /** none */
    KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficGrpc["NONE"] = "none";
    /** requests */
    KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficGrpc["REQUESTS"] = "requests";
    /** sent */
    KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficGrpc["SENT"] = "sent";
    /** received */
    KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficGrpc["RECEIVED"] = "received";
    /** total */
    KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficGrpc["TOTAL"] = "total";
})(KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficGrpc || (exports.KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficGrpc = KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficGrpc = {}));
/**
 * HTTP traffic is measured in requests. Value must be one of: `none` or `requests`.
 *
 * @schema KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficHttp
 */
var KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficHttp;
(function (KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficHttp) {
    /** none */
    KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficHttp["NONE"] = "none";
    /** requests */
    KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficHttp["REQUESTS"] = "requests";
})(KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficHttp || (exports.KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficHttp = KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficHttp = {}));
/**
 * TCP traffic is measured in sent/received/total bytes. Only request traffic supplies response codes. Value must be one of: `none`, `sent`, `received`, or `total`.
 *
 * @schema KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficTcp
 */
var KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficTcp;
(function (KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficTcp) {
    /** none */
    KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficTcp["NONE"] = "none";
    /** sent */
    KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficTcp["SENT"] = "sent";
    /** received */
    KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficTcp["RECEIVED"] = "received";
    /** total */
    KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficTcp["TOTAL"] = "total";
})(KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficTcp || (exports.KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficTcp = KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficTcp = {}));
/**
 * Protocol. Value must be one of: `http`, `https` or `grpc`.
 *
 * @schema KialiSpecServerObservabilityTracingOtelProtocol
 */
var KialiSpecServerObservabilityTracingOtelProtocol;
(function (KialiSpecServerObservabilityTracingOtelProtocol) {
    /** http */
    KialiSpecServerObservabilityTracingOtelProtocol["HTTP"] = "http";
    /** https */
    KialiSpecServerObservabilityTracingOtelProtocol["HTTPS"] = "https";
    /** grpc */
    KialiSpecServerObservabilityTracingOtelProtocol["GRPC"] = "grpc";
})(KialiSpecServerObservabilityTracingOtelProtocol || (exports.KialiSpecServerObservabilityTracingOtelProtocol = KialiSpecServerObservabilityTracingOtelProtocol = {}));
/**
 * How to send client credentials to the token endpoint. Use `params` to send in the request body or `header` to send as HTTP Basic Auth (default).
 *
 * @schema KialiSpecExternalServicesCustomDashboardsPrometheusAuthOauth2AuthStyle
 */
var KialiSpecExternalServicesCustomDashboardsPrometheusAuthOauth2AuthStyle;
(function (KialiSpecExternalServicesCustomDashboardsPrometheusAuthOauth2AuthStyle) {
    /** header */
    KialiSpecExternalServicesCustomDashboardsPrometheusAuthOauth2AuthStyle["HEADER"] = "header";
    /** params */
    KialiSpecExternalServicesCustomDashboardsPrometheusAuthOauth2AuthStyle["PARAMS"] = "params";
})(KialiSpecExternalServicesCustomDashboardsPrometheusAuthOauth2AuthStyle || (exports.KialiSpecExternalServicesCustomDashboardsPrometheusAuthOauth2AuthStyle = KialiSpecExternalServicesCustomDashboardsPrometheusAuthOauth2AuthStyle = {}));
