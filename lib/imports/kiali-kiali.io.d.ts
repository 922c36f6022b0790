import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 *
 *
 * @schema Kiali
 */
export declare class Kiali extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Kiali"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Kiali".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: KialiProps): any;
    /**
     * Defines a "Kiali" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: KialiProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema Kiali
 */
export interface KialiProps {
    /**
     * @schema Kiali#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * This is the CRD for the resources called Kiali CRs. The Kiali Operator will watch for resources of this type and when it detects a Kiali CR has been added, deleted, or modified, it will install, uninstall, and update the associated Kiali Server installation. The settings here will configure the Kiali Server as well as the Kiali Operator. All of these settings will be stored in the Kiali ConfigMap. Do not modify the ConfigMap; it will be managed by the Kiali Operator. Only modify the Kiali CR when you want to change a configuration setting.
     *
     * @schema Kiali#spec
     */
    readonly spec?: KialiSpec;
}
/**
 * Converts an object of type 'KialiProps' to JSON representation.
 */
export declare function toJson_KialiProps(obj: KialiProps | undefined): Record<string, any> | undefined;
/**
 * This is the CRD for the resources called Kiali CRs. The Kiali Operator will watch for resources of this type and when it detects a Kiali CR has been added, deleted, or modified, it will install, uninstall, and update the associated Kiali Server installation. The settings here will configure the Kiali Server as well as the Kiali Operator. All of these settings will be stored in the Kiali ConfigMap. Do not modify the ConfigMap; it will be managed by the Kiali Operator. Only modify the Kiali CR when you want to change a configuration setting.
 *
 * @schema KialiSpec
 */
export interface KialiSpec {
    /**
     * A list of additional details that Kiali will look for in annotations. When found on any workload or service, Kiali will display the additional details in the respective workload or service details page. This is typically used to inject some CI metadata or documentation links into Kiali views. For example, by default, Kiali will recognize these annotations on a service or workload (e.g. a Deployment, StatefulSet, etc.):
     * ```
     * spec:
     * annotations:
     * kiali.io/api-spec: http://list/to/my/api/doc
     * kiali.io/api-type: rest
     * ```
     * Note that if you change this setting for your own custom annotations, keep in mind that it would override the current default. So you would have to add the default setting as shown in the example CR if you want to preserve the default links.
     *
     *
     * @schema KialiSpec#additional_display_details
     */
    readonly additionalDisplayDetails?: KialiSpecAdditionalDisplayDetails[];
    /**
     * DEPRECATED AFTER v1.73: These settings control how the Kiali API should be accessed.
     *
     * @schema KialiSpec#api
     */
    readonly api?: KialiSpecApi;
    /**
     * Tag used to identify a particular instance/installation of the Kiali server. This is merely a human-readable string that will be used within Kiali to help a user identify the Kiali being used (e.g. in the Kiali UI title bar). See `deployment.instance_name` for the setting used to customize Kiali resource names that are created.
     *
     * @schema KialiSpec#installation_tag
     */
    readonly installationTag?: string;
    /**
     * DEPRECATED AFTER v2.11: This setting is deprecated and will be ignored. The namespace where Istio is installed is now autodetected. If left empty, it was previously assumed to be the same namespace as where Kiali is installed (i.e. `deployment.namespace`).
     *
     * @schema KialiSpec#istio_namespace
     */
    readonly istioNamespace?: string;
    /**
     * The version of the Ansible role that will be executed in order to install Kiali.
     * This also indirectly determines the version of Kiali that will be installed.
     * You normally will want to use `default` since this is the only officially supported value today.
     *
     * If not specified, the value of `default` is assumed which means the most recent Ansible role is used;
     * thus the most recent release of Kiali will be installed.
     *
     * Refer to this file to see what the valid values are for this `version` field (as defined in the master branch),
     * https://github.com/kiali/kiali-operator/blob/master/playbooks/kiali-default-supported-images.yml
     *
     * This `version` setting affects the defaults of the `deployment.image_name` and
     * `deployment.image_version` settings. See the documentation for those settings below for
     * additional details. In short, this `version` setting will dictate which version of the
     * Kiali image will be deployed by default. However, if you explicitly set `deployment.image_name`
     * and/or `deployment.image_version` to reference your own custom image, that will override the
     * default Kiali image to be installed; therefore, you are responsible for ensuring those settings
     * are compatible with the Ansible role that will be executed in order to install Kiali (i.e. your
     * custom Kiali image must be compatible with the rest of the configuration and resources the
     * operator will install).
     *
     *
     * @schema KialiSpec#version
     */
    readonly version?: string;
    /**
     * @schema KialiSpec#auth
     */
    readonly auth?: KialiSpecAuth;
    /**
     * @schema KialiSpec#chat_ai
     */
    readonly chatAi?: KialiSpecChatAi;
    /**
     * Multi-cluster related features.
     *
     * @schema KialiSpec#clustering
     */
    readonly clustering?: KialiSpecClustering;
    /**
     * A list of user-defined custom monitoring dashboards that you can use to generate metrics charts
     * for your applications. The server has some built-in dashboards; if you define a custom dashboard here
     * with the same name as a built-in dashboard, your custom dashboard takes precedence and will overwrite
     * the built-in dashboard. You can disable one or more of the built-in dashboards by simply defining an
     * empty dashboard.
     *
     * An example of an additional user-defined dashboard,
     * ```
     * spec:
     * custom_dashboards:
     * - name: myapp
     * title: My App Metrics
     * items:
     * - chart:
     * name: "Thread Count"
     * spans: 4
     * metricName: "thread-count"
     * dataType: "raw"
     * ```
     *
     * An example of disabling a built-in dashboard (in this case, disabling the Envoy dashboard),
     * ```
     * spec:
     * custom_dashboards:
     * - name: envoy
     * ```
     *
     * To learn more about custom monitoring dashboards, see the documentation at https://kiali.io/docs/configuration/custom-dashboard/
     *
     *
     * @schema KialiSpec#custom_dashboards
     */
    readonly customDashboards?: any[];
    /**
     * @schema KialiSpec#deployment
     */
    readonly deployment?: KialiSpecDeployment;
    /**
     * Defines third-party extensions whose metrics can be integrated into the Kiali traffic graph.
     *
     *
     * @schema KialiSpec#extensions
     */
    readonly extensions?: KialiSpecExtensions[];
    /**
     * These external service configuration settings define how to connect to the external services
     * like Prometheus, Grafana, and Jaeger.
     *
     * Regarding sensitive values in the external_services 'auth' sections:
     * Some external services configured below support an 'auth' sub-section in order to tell Kiali
     * how it should authenticate with the external services. Credentials used to authenticate Kiali
     * to those external services can be defined in the `auth.password` and `auth.token` values
     * within the `auth` sub-section. Because these are sensitive values, you may not want to declare
     * the actual credentials here in the Kiali CR. In this case, you may store the actual password
     * or token string in a Kubernetes secret. If you do, you need to set the `auth.password` or
     * `auth.token` to a value in the format `secret:<secretName>:<secretKey>` where `<secretName>`
     * is the name of the secret object that Kiali can access, and `<secretKey>` is the name of the
     * key within the named secret that contains the actual password or token string. For example,
     * if Grafana requires a password, you can store that password in a secret named 'myGrafanaCredentials'
     * in a key named 'myGrafanaPw'. In this case, you would set `external_services.grafana.auth.password`
     * to `secret:myGrafanaCredentials:myGrafanaPw`.
     *
     *
     * @schema KialiSpec#external_services
     */
    readonly externalServices?: KialiSpecExternalServices;
    /**
     * This section defines what it means for nodes to be healthy. For more details, see https://kiali.io/docs/configuration/health/
     *
     * @schema KialiSpec#health_config
     */
    readonly healthConfig?: KialiSpecHealthConfig;
    /**
     * Settings that define the Kiali server identity.
     *
     * @schema KialiSpec#identity
     */
    readonly identity?: KialiSpecIdentity;
    /**
     * Defines specific labels used by Istio that Kiali needs to know about.
     *
     * @schema KialiSpec#istio_labels
     */
    readonly istioLabels?: KialiSpecIstioLabels;
    /**
     * Kiali features that can be enabled or disabled.
     *
     * @schema KialiSpec#kiali_feature_flags
     */
    readonly kialiFeatureFlags?: KialiSpecKialiFeatureFlags;
    /**
     * Unstructured section for internal testing and debugging features.
     *
     * @schema KialiSpec#kiali_internal
     */
    readonly kialiInternal?: any;
    /**
     * Configuration of Kiali's access of the Kubernetes API.
     *
     * @schema KialiSpec#kubernetes_config
     */
    readonly kubernetesConfig?: KialiSpecKubernetesConfig;
    /**
     * @schema KialiSpec#login_token
     */
    readonly loginToken?: KialiSpecLoginToken;
    /**
     * Configuration that controls some core components within the Kiali Server.
     *
     * @schema KialiSpec#server
     */
    readonly server?: KialiSpecServer;
}
/**
 * Converts an object of type 'KialiSpec' to JSON representation.
 */
export declare function toJson_KialiSpec(obj: KialiSpec | undefined): Record<string, any> | undefined;
/**
 * @schema KialiSpecAdditionalDisplayDetails
 */
export interface KialiSpecAdditionalDisplayDetails {
    /**
     * The title of the link that Kiali will display. The link will go to the URL specified in the value of the configured `annotation`.
     *
     * @schema KialiSpecAdditionalDisplayDetails#title
     */
    readonly title: string;
    /**
     * The name of the annotation whose value is a URL to additional documentation useful to the user.
     *
     * @schema KialiSpecAdditionalDisplayDetails#annotation
     */
    readonly annotation: string;
    /**
     * The name of the annotation whose value is used to determine what icon to display. The annotation name itself can be anything, but note that the value of that annotation must be one of: `rest`, `grpc`, and `graphql` - any other value is ignored.
     *
     * @schema KialiSpecAdditionalDisplayDetails#icon_annotation
     */
    readonly iconAnnotation?: string;
}
/**
 * Converts an object of type 'KialiSpecAdditionalDisplayDetails' to JSON representation.
 */
export declare function toJson_KialiSpecAdditionalDisplayDetails(obj: KialiSpecAdditionalDisplayDetails | undefined): Record<string, any> | undefined;
/**
 * DEPRECATED AFTER v1.73: These settings control how the Kiali API should be accessed.
 *
 * @schema KialiSpecApi
 */
export interface KialiSpecApi {
    /**
     * DEPRECATED AFTER v1.73: Settings for the API namespaces feature.
     *
     * @schema KialiSpecApi#namespaces
     */
    readonly namespaces?: KialiSpecApiNamespaces;
}
/**
 * Converts an object of type 'KialiSpecApi' to JSON representation.
 */
export declare function toJson_KialiSpecApi(obj: KialiSpecApi | undefined): Record<string, any> | undefined;
/**
 * @schema KialiSpecAuth
 */
export interface KialiSpecAuth {
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
     * @schema KialiSpecAuth#strategy
     */
    readonly strategy?: KialiSpecAuthStrategy;
    /**
     * To learn more about these settings and how to configure the OpenId authentication strategy, read the documentation at https://kiali.io/docs/configuration/authentication/openid/
     *
     * @schema KialiSpecAuth#openid
     */
    readonly openid?: KialiSpecAuthOpenid;
    /**
     * To learn more about these settings and how to configure the OpenShift authentication strategy, read the documentation at https://kiali.io/docs/configuration/authentication/openshift/
     *
     * @schema KialiSpecAuth#openshift
     */
    readonly openshift?: KialiSpecAuthOpenshift;
}
/**
 * Converts an object of type 'KialiSpecAuth' to JSON representation.
 */
export declare function toJson_KialiSpecAuth(obj: KialiSpecAuth | undefined): Record<string, any> | undefined;
/**
 * @schema KialiSpecChatAi
 */
export interface KialiSpecChatAi {
    /**
     * The default provider to use for the ChatAI feature. This is the provider that will be used if no provider is specified in the request.
     *
     * @schema KialiSpecChatAi#default_provider
     */
    readonly defaultProvider?: string;
    /**
     * Enable or disable the ChatAI feature.
     *
     * @schema KialiSpecChatAi#enabled
     */
    readonly enabled?: boolean;
    /**
     * Maximum number of tool-call iterations (LLM call + tool execution round) allowed per request before the loop is force-aborted. Must be between 1 and 20.
     *
     * @schema KialiSpecChatAi#max_tool_iterations
     */
    readonly maxToolIterations?: number;
    /**
     * A list of providers that can be used for the ChatAI feature. This is the list of providers that will be available to the user to choose from.
     *
     * @schema KialiSpecChatAi#providers
     */
    readonly providers?: KialiSpecChatAiProviders[];
    /**
     * Configuration for the ChatAI store.
     *
     * @schema KialiSpecChatAi#store_config
     */
    readonly storeConfig?: KialiSpecChatAiStoreConfig;
    /**
     * Optional global filter for the ChatAI toolset. `enabled_tools` acts as an allowlist. `disabled_tools` acts as a denylist and is applied afterwards.
     *
     * @schema KialiSpecChatAi#tools
     */
    readonly tools?: KialiSpecChatAiTools;
}
/**
 * Converts an object of type 'KialiSpecChatAi' to JSON representation.
 */
export declare function toJson_KialiSpecChatAi(obj: KialiSpecChatAi | undefined): Record<string, any> | undefined;
/**
 * Multi-cluster related features.
 *
 * @schema KialiSpecClustering
 */
export interface KialiSpecClustering {
    /**
     * Settings to allow cluster secrets to be auto-detected. Secrets must exist in the Kiali deployment namespace.
     *
     * @schema KialiSpecClustering#autodetect_secrets
     */
    readonly autodetectSecrets?: KialiSpecClusteringAutodetectSecrets;
    /**
     * A list of clusters that the Kiali Server can access. You need to specify the remote clusters here if 'autodetect_secrets.enabled' is false.
     *
     * @schema KialiSpecClustering#clusters
     */
    readonly clusters?: KialiSpecClusteringClusters[];
    /**
     * Flag to enable exec provider for clustering authentication.
     *
     * @schema KialiSpecClustering#enable_exec_provider
     */
    readonly enableExecProvider?: boolean;
    /**
     * Set to true for an external Kiali deployment, or if Kiali should not try to discover Istio on the home cluster. When set to `true`, it is required to set `kubernetes_config.cluster_name`.
     *
     * @schema KialiSpecClustering#ignore_home_cluster
     */
    readonly ignoreHomeCluster?: boolean;
    /**
     * A map between cluster name, instance name and namespace to a Kiali URL. Will be used showing the Mesh page's Kiali URLs. The Kiali service's 'kiali.io/external-url' annotation will be overridden when this property is set.
     *
     * @schema KialiSpecClustering#kiali_urls
     */
    readonly kialiUrls?: KialiSpecClusteringKialiUrls[];
}
/**
 * Converts an object of type 'KialiSpecClustering' to JSON representation.
 */
export declare function toJson_KialiSpecClustering(obj: KialiSpecClustering | undefined): Record<string, any> | undefined;
/**
 * @schema KialiSpecDeployment
 */
export interface KialiSpecDeployment {
    /**
     * DEPRECATED AFTER v1.73: A list of namespaces Kiali is allowed to access. This replaces discovery selectors.
     *
     * @schema KialiSpecDeployment#accessible_namespaces
     */
    readonly accessibleNamespaces?: string[];
    /**
     * Additional containers to add to the list of pod containers. Use this to add container(s) to the Kiali pod. SECURITY: By default, the operator will forcibly apply a restrictive security context to all containers (allowPrivilegeEscalation: false, privileged: false, readOnlyRootFilesystem: true, runAsNonRoot: true, seccompProfile: RuntimeDefault, capabilities dropped). However, if the operator's ALLOW_SECURITY_CONTEXT_OVERRIDE environment variable is set to 'true', containers can define their own security contexts which will be preserved. Secret-backed volumes are automatically forced to read-only regardless of the security context override setting. Use with care since containers may cause the Kiali container itself to operate incorrectly. It is up to the user who added the additional containers to ensure it works properly inside the Kiali pod; Kiali makes no guarantee additional containers will work.
     *
     * @schema KialiSpecDeployment#additional_pod_containers_yaml
     */
    readonly additionalPodContainersYaml?: any[];
    /**
     * Additional initContainers to add to the list of pod initContainers. Use this to add initContainer(s) to the Kiali pod. SECURITY: By default, the operator will forcibly apply a restrictive security context to all initContainers (allowPrivilegeEscalation: false, privileged: false, readOnlyRootFilesystem: true, runAsNonRoot: true, seccompProfile: RuntimeDefault, capabilities dropped). However, if the operator's ALLOW_SECURITY_CONTEXT_OVERRIDE environment variable is set to 'true', initContainers can define their own security contexts which will be preserved. Secret-backed volumes are automatically forced to read-only regardless of the security context override setting. Use with care since initContainers may cause the Kiali container itself to operate incorrectly. It is up to the user who added the additional initContainers to ensure it works properly inside the Kiali pod; Kiali makes no guarantee additional initContainers will work.
     *
     * @schema KialiSpecDeployment#additional_pod_init_containers_yaml
     */
    readonly additionalPodInitContainersYaml?: any[];
    /**
     * Additional custom yaml to add to the service definition. This is used mainly to customize the service type. For example, if the `deployment.service_type` is set to 'LoadBalancer' and you want to set the loadBalancerIP, you can do so here with: `additional_service_yaml: { 'loadBalancerIP': '78.11.24.19' }`. Another example would be if the `deployment.service_type` is set to 'ExternalName' you will need to configure the name via: `additional_service_yaml: { 'externalName': 'my.kiali.example.com' }`. A final example would be if external IPs need to be set: `additional_service_yaml: { 'externalIPs': ['80.11.12.10'] }`
     *
     * @schema KialiSpecDeployment#additional_service_yaml
     */
    readonly additionalServiceYaml?: any;
    /**
     * Affinity definitions that are to be used to define the nodes where the Kiali pod should be constrained. See the Kubernetes documentation on Assigning Pods to Nodes for the proper syntax for these three different affinity types.
     *
     * @schema KialiSpecDeployment#affinity
     */
    readonly affinity?: KialiSpecDeploymentAffinity;
    /**
     * Determines if the Kiali server will be granted cluster-wide permissions to see all namespaces. When true, this provides more efficient caching within the Kiali server. It must be `true` if `deployment.discovery_selectors.default` is left unset. To limit the namespaces for which Kiali has permissions, set to `false` and define the desired selectors in `deployment.discovery_selectors.default`.
     *
     * @schema KialiSpecDeployment#cluster_wide_access
     */
    readonly clusterWideAccess?: boolean;
    /**
     * Custom annotations to be created on the Kiali ConfigMap.
     *
     * @schema KialiSpecDeployment#configmap_annotations
     */
    readonly configmapAnnotations?: {
        [key: string]: string;
    };
    /**
     * Defines additional environment variables to be set in the Kiali server pod. This is typically used for (but not limited to) setting proxy environment variables such as HTTP_PROXY, HTTPS_PROXY, and/or NO_PROXY.
     *
     * @schema KialiSpecDeployment#custom_envs
     */
    readonly customEnvs?: KialiSpecDeploymentCustomEnvs[];
    /**
     * Defines additional secrets that are to be mounted in the Kiali pod.
     *
     * These are useful to contain client certificates that are used by Kiali to authenticate to third party systems
     * using mTLS (for example, see `external_services.tracing.auth.cert_file` and `external_services.tracing.auth.key_file`).
     *
     * These secrets must be created by an external mechanism. Kiali will not generate these secrets; it
     * is assumed these secrets are externally managed. You can define 0, 1, or more secrets.
     * An example configuration is,
     * ```
     * spec:
     * deployment:
     * custom_secrets:
     * - name: mysecret
     * mount: /mysecret-path
     * - name: my-other-secret
     * mount: /my-other-secret-location
     * optional: true
     * ```
     *
     *
     * @schema KialiSpecDeployment#custom_secrets
     */
    readonly customSecrets?: KialiSpecDeploymentCustomSecrets[];
    /**
     * Discovery selectors used to determine which namespaces are accessible to Kiali and which namespaces are visible to Kiali users.
     * You can define discovery selectors to match namespaces on the local cluster as well as remote clusters.
     * The list of namespaces that a user can access is a subset of these namespaces, given that user's RBAC permissions.
     * These selectors will have similar semantics as defined by Istio ( https://istio.io/latest/docs/reference/config/istio.mesh.v1alpha1/#MeshConfig )
     * and the syntax of the equality-based and set-based label selectors are documented by Kubernetes here
     * ( https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#resources-that-support-set-based-requirements )
     *
     *
     * @schema KialiSpecDeployment#discovery_selectors
     */
    readonly discoverySelectors?: KialiSpecDeploymentDiscoverySelectors;
    /**
     * The Kiali server pod's DNS configuration. Kubernetes supports different DNS policies and configurations.
     * For further details, consult the Kubernetes documentation - https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/
     *
     *
     * @schema KialiSpecDeployment#dns
     */
    readonly dns?: KialiSpecDeploymentDns;
    /**
     * Extra name/value pairs to be added to the labels of all resources created by the operator.
     * These are added to the labels the operator creates by default. These will not overwrite
     * labels that the operator creates itself. For example, if you set "app.kubernetes.io/name"
     * as an extra label, it will be silently ignored because that is one of the labels the operator
     * creates on all resources.
     *
     *
     * @schema KialiSpecDeployment#extra_labels
     */
    readonly extraLabels?: {
        [key: string]: string;
    };
    /**
     * This is content for the Kubernetes 'hostAliases' setting for the Kiali server.
     * This allows you to modify the Kiali server pod '/etc/hosts' file.
     * A typical way to configure this setting is,
     * ```
     * spec:
     * deployment:
     * host_aliases:
     * - ip: 192.168.1.100
     * hostnames:
     * - "foo.local"
     * - "bar.local"
     * ```
     * For details on the content of this setting, see https://kubernetes.io/docs/tasks/network/customize-hosts-file-for-pods/#adding-additional-entries-with-hostaliases
     *
     *
     * @schema KialiSpecDeployment#host_aliases
     */
    readonly hostAliases?: KialiSpecDeploymentHostAliases[];
    /**
     * Determines what (if any) HorizontalPodAutoscaler should be created to autoscale the Kiali pod.
     * A typical way to configure HPA for Kiali is,
     * ```
     * spec:
     * deployment:
     * hpa:
     * api_version: "autoscaling/v2"
     * spec:
     * maxReplicas: 2
     * minReplicas: 1
     * metrics:
     * - type: Resource
     * resource:
     * name: cpu
     * target:
     * type: Utilization
     * averageUtilization: 50
     * ```
     *
     *
     * @schema KialiSpecDeployment#hpa
     */
    readonly hpa?: KialiSpecDeploymentHpa;
    /**
     * If `deployment.image_version` is a digest hash, this value indicates what type of digest it is. A typical value would be 'sha256'. Note: do NOT prefix this value with a '@'.
     *
     * @schema KialiSpecDeployment#image_digest
     */
    readonly imageDigest?: string;
    /**
     * Determines which Kiali image to download and install. If you set this to a specific name (i.e. you do not leave it as the default empty string), you must make sure that image is supported by the operator. If empty, the operator will use a known supported image name based on which `version` was defined. Note that, as a security measure, a cluster admin may have configured the Kiali operator to ignore this setting. A cluster admin may do this to ensure the Kiali operator only installs a single, specific Kiali version, thus this setting may have no effect depending on how the operator itself was configured.
     *
     * @schema KialiSpecDeployment#image_name
     */
    readonly imageName?: string;
    /**
     * The Kubernetes pull policy for the Kiali deployment. This is overridden to be 'Always' if `deployment.image_version` is set to 'latest'.
     *
     * @schema KialiSpecDeployment#image_pull_policy
     */
    readonly imagePullPolicy?: string;
    /**
     * The names of the secrets to be used when container images are to be pulled.
     *
     * @schema KialiSpecDeployment#image_pull_secrets
     */
    readonly imagePullSecrets?: string[];
    /**
     * Determines which version of Kiali to install.
     * Choose 'lastrelease' to use the last Kiali release.
     * Choose 'latest' to use the latest image (which may or may not be a released version of Kiali).
     * Choose 'operator_version' to use the image whose version is the same as the operator version.
     * Otherwise, you can set this to any valid Kiali version (such as 'v1.0') or any valid Kiali
     * digest hash (if you set this to a digest hash, you must indicate the digest in `deployment.image_digest`).
     *
     * Note that if this is set to 'latest' then the `deployment.image_pull_policy` will be set to 'Always'.
     *
     * If you set this to a specific version (i.e. you do not leave it as the default empty string),
     * you must make sure that image is supported by the operator.
     *
     * If empty, the operator will use a known supported image version based on which 'version' was defined.
     * Note that, as a security measure, a cluster admin may have configured the Kiali operator to
     * ignore this setting. A cluster admin may do this to ensure the Kiali operator only installs
     * a single, specific Kiali version, thus this setting may have no effect depending on how the
     * operator itself was configured.
     *
     *
     * @schema KialiSpecDeployment#image_version
     */
    readonly imageVersion?: string;
    /**
     * Configures if/how the Kiali endpoint should be exposed externally.
     *
     * @schema KialiSpecDeployment#ingress
     */
    readonly ingress?: KialiSpecDeploymentIngress;
    /**
     * The instance name of this Kiali installation. This instance name will be the prefix prepended to the names of all Kiali resources created by the operator and will be used to label those resources as belonging to this Kiali installation instance. You cannot change this instance name after a Kiali CR is created. If you attempt to change it, the operator will abort with an error. If you want to change it, you must first delete the original Kiali CR and create a new one. Note that this does not affect the name of the auto-generated signing key secret. If you do not supply a signing key, the operator will create one for you in a secret, but that secret will always be named 'kiali-signing-key' and shared across all Kiali instances in the same deployment namespace. If you want a different signing key secret, you are free to create your own and tell the operator about it via `login_token.signing_key`. See the docs on that setting for more details. Note also that if you are setting this value, you may also want to change the `installation_tag` setting, but this is not required.
     *
     * @schema KialiSpecDeployment#instance_name
     */
    readonly instanceName?: string;
    /**
     * Configures the logger that emits messages to the Kiali server pod logs.
     *
     * @schema KialiSpecDeployment#logger
     */
    readonly logger?: KialiSpecDeploymentLogger;
    /**
     * The namespace into which Kiali is to be installed. If this is empty or not defined, the default will be the namespace where the Kiali CR is located.
     *
     * @schema KialiSpecDeployment#namespace
     */
    readonly namespace?: string;
    /**
     * Configures if the Kiali server pod should be protected by a NetworkPolicy resource that restricts both ingress and egress traffic.
     *
     * @schema KialiSpecDeployment#network_policy
     */
    readonly networkPolicy?: KialiSpecDeploymentNetworkPolicy;
    /**
     * A set of node labels that dictate onto which node the Kiali pod will be deployed.
     *
     * @schema KialiSpecDeployment#node_selector
     */
    readonly nodeSelector?: any;
    /**
     * Custom annotations to be created on the Kiali pod.
     * By default, the following annotation is applied:
     * ```
     * proxy.istio.io/config: '{ "holdApplicationUntilProxyStarts": true }'
     * ```
     * If you define your own pod_annotations, they will overwrite this default.
     * To retain the default behavior while adding your own annotations,
     * make sure to include this value alongside your custom annotations.
     *
     *
     * @schema KialiSpecDeployment#pod_annotations
     */
    readonly podAnnotations?: {
        [key: string]: string;
    };
    /**
     * Determines what (if any) PodDisruptionBudget should be created for the Kiali pod.
     * A typical way to configure PDB for Kiali is,
     * ```
     * spec:
     * deployment:
     * pod_disruption_budget:
     * api_version: "policy/v1"
     * spec:
     * minAvailable: 1
     * ```
     *
     *
     * @schema KialiSpecDeployment#pod_disruption_budget
     */
    readonly podDisruptionBudget?: KialiSpecDeploymentPodDisruptionBudget;
    /**
     * Custom labels to be created on the Kiali pod.
     * An example use for this setting is to inject an Istio sidecar such as,
     * ```
     * sidecar.istio.io/inject: "true"
     * ```
     *
     *
     * @schema KialiSpecDeployment#pod_labels
     */
    readonly podLabels?: {
        [key: string]: string;
    };
    /**
     * The priorityClassName used to assign the priority of the Kiali pod.
     *
     * @schema KialiSpecDeployment#priority_class_name
     */
    readonly priorityClassName?: string;
    /**
     * Configures the liveness, readiness, and startup probes of the Kiali pod.
     *
     * @schema KialiSpecDeployment#probes
     */
    readonly probes?: KialiSpecDeploymentProbes;
    /**
     * When `true`, only those resources necessary for a remote Kiali Server to access this cluster are created (such as the service account and roles/bindings). There will be no Kiali Server deployment/pod created when this is `true`.
     *
     * @schema KialiSpecDeployment#remote_cluster_resources_only
     */
    readonly remoteClusterResourcesOnly?: boolean;
    /**
     * The replica count for the Kiail deployment. If `deployment.hpa` is specified, this setting is ignored.
     *
     * @schema KialiSpecDeployment#replicas
     */
    readonly replicas?: number;
    /**
     * Defines compute resources that are to be given to the Kiali pod's container. The value is a dict as defined by Kubernetes. See the Kubernetes documentation (https://kubernetes.io/docs/concepts/configuration/manage-compute-resources-container).
     * If you set this to an empty dict (`{}`) then no resources will be defined in the Deployment.
     * If you do not set this at all, the default is,
     * ```
     * spec:
     * deployment:
     * resources:
     * requests:
     * cpu: "10m"
     * memory: "64Mi"
     * limits:
     * memory: "1Gi"
     * ```
     *
     *
     * @schema KialiSpecDeployment#resources
     */
    readonly resources?: any;
    /**
     * The name of a secret used by the Kiali. This secret is optionally used when configuring the OpenID authentication strategy. Consult the OpenID docs for more information at https://kiali.io/docs/configuration/authentication/openid/
     *
     * @schema KialiSpecDeployment#secret_name
     */
    readonly secretName?: string;
    /**
     * Custom security context to be placed on the server container. The entire security context on the container will be the value of this setting if the operator is configured to allow it. Note that, as a security measure, a cluster admin may have configured the Kiali operator to not allow portions of this override setting - in this case you can specify additional security context settings but you cannot replace existing, default ones.
     *
     * @schema KialiSpecDeployment#security_context
     */
    readonly securityContext?: any;
    /**
     * Custom annotations to be created on the Kiali Service resource.
     *
     * @schema KialiSpecDeployment#service_annotations
     */
    readonly serviceAnnotations?: {
        [key: string]: string;
    };
    /**
     * The Kiali service type. Kubernetes determines what values are valid. Common values are 'NodePort', 'ClusterIP', and 'LoadBalancer'.
     *
     * @schema KialiSpecDeployment#service_type
     */
    readonly serviceType?: string;
    /**
     * Configures the update strategy for the Kiali deployment. If not specified, a RollingUpdate strategy is used with maxSurge=1 and maxUnavailable=1. See the Kubernetes documentation on Deployment Strategy for details.
     *
     * @schema KialiSpecDeployment#strategy
     */
    readonly strategy?: any;
    /**
     * TLS policy configuration. When source is 'auto' on OpenShift, the APIServer TLSSecurityProfile is used. Otherwise, the explicit config values are enforced.
     *
     * @schema KialiSpecDeployment#tls_config
     */
    readonly tlsConfig?: KialiSpecDeploymentTlsConfig;
    /**
     * A list of tolerations which declare which node taints Kiali can tolerate. See the Kubernetes documentation on Taints and Tolerations for more details.
     *
     * @schema KialiSpecDeployment#tolerations
     */
    readonly tolerations?: any[];
    /**
     * A list of constraints which control how the Kiali pods are spread across your cluster to help achieve high availability as well as efficient resource utilization. See the Kubernetes documentation on Topology Spread Constraints for more details.
     *
     * @schema KialiSpecDeployment#topology_spread_constraints
     */
    readonly topologySpreadConstraints?: any[];
    /**
     * Kiali resources will be assigned a 'version' label when they are deployed.
     * This setting determines what value those 'version' labels will have.
     * When empty, its default will be determined as follows,
     *
     * * If `deployment.image_version` is 'latest', `version_label` will be fixed to 'master'.
     * * If `deployment.image_version` is 'lastrelease', `version_label` will be fixed to the last Kiali release version string.
     * * If `deployment.image_version` is anything else, `version_label` will be that value, too.
     *
     *
     * @schema KialiSpecDeployment#version_label
     */
    readonly versionLabel?: string;
    /**
     * DEPRECATED AFTER v1.73: When true, Kiali will log additional debug information about its operations.
     *
     * @schema KialiSpecDeployment#verbose_mode
     */
    readonly verboseMode?: boolean;
    /**
     * When true, Kiali will be in 'view only' mode, allowing the user to view and retrieve management and monitoring data for the service mesh, but not allow the user to modify the service mesh.
     *
     * @schema KialiSpecDeployment#view_only_mode
     */
    readonly viewOnlyMode?: boolean;
}
/**
 * Converts an object of type 'KialiSpecDeployment' to JSON representation.
 */
export declare function toJson_KialiSpecDeployment(obj: KialiSpecDeployment | undefined): Record<string, any> | undefined;
/**
 * @schema KialiSpecExtensions
 */
export interface KialiSpecExtensions {
    /**
     * Determines if the Kiali traffic graph should incorporate the extension's metrics.
     *
     * @schema KialiSpecExtensions#enabled
     */
    readonly enabled?: boolean;
    /**
     * The name that is used to identify the metric time series for the extension.
     *
     * @schema KialiSpecExtensions#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KialiSpecExtensions' to JSON representation.
 */
export declare function toJson_KialiSpecExtensions(obj: KialiSpecExtensions | undefined): Record<string, any> | undefined;
/**
 * These external service configuration settings define how to connect to the external services
 * like Prometheus, Grafana, and Jaeger.
 *
 * Regarding sensitive values in the external_services 'auth' sections:
 * Some external services configured below support an 'auth' sub-section in order to tell Kiali
 * how it should authenticate with the external services. Credentials used to authenticate Kiali
 * to those external services can be defined in the `auth.password` and `auth.token` values
 * within the `auth` sub-section. Because these are sensitive values, you may not want to declare
 * the actual credentials here in the Kiali CR. In this case, you may store the actual password
 * or token string in a Kubernetes secret. If you do, you need to set the `auth.password` or
 * `auth.token` to a value in the format `secret:<secretName>:<secretKey>` where `<secretName>`
 * is the name of the secret object that Kiali can access, and `<secretKey>` is the name of the
 * key within the named secret that contains the actual password or token string. For example,
 * if Grafana requires a password, you can store that password in a secret named 'myGrafanaCredentials'
 * in a key named 'myGrafanaPw'. In this case, you would set `external_services.grafana.auth.password`
 * to `secret:myGrafanaCredentials:myGrafanaPw`.
 *
 *
 * @schema KialiSpecExternalServices
 */
export interface KialiSpecExternalServices {
    /**
     * Settings for enabling and discovering custom dashboards.
     *
     * @schema KialiSpecExternalServices#custom_dashboards
     */
    readonly customDashboards?: KialiSpecExternalServicesCustomDashboards;
    /**
     * Configuration used to access the Grafana dashboards.
     *
     * @schema KialiSpecExternalServices#grafana
     */
    readonly grafana?: KialiSpecExternalServicesGrafana;
    /**
     * Istio configuration that Kiali needs to know about in order to observe the mesh.
     *
     * @schema KialiSpecExternalServices#istio
     */
    readonly istio?: KialiSpecExternalServicesIstio;
    /**
     * Configuration used to access the Perses dashboards.
     *
     * @schema KialiSpecExternalServices#perses
     */
    readonly perses?: KialiSpecExternalServicesPerses;
    /**
     * The Prometheus configuration defined here refers to the Prometheus instance that is used by Istio to store its telemetry.
     *
     * @schema KialiSpecExternalServices#prometheus
     */
    readonly prometheus?: KialiSpecExternalServicesPrometheus;
    /**
     * Configuration used to access the Tracing (Jaeger or Tempo) dashboards.
     *
     * @schema KialiSpecExternalServices#tracing
     */
    readonly tracing?: KialiSpecExternalServicesTracing;
}
/**
 * Converts an object of type 'KialiSpecExternalServices' to JSON representation.
 */
export declare function toJson_KialiSpecExternalServices(obj: KialiSpecExternalServices | undefined): Record<string, any> | undefined;
/**
 * This section defines what it means for nodes to be healthy. For more details, see https://kiali.io/docs/configuration/health/
 *
 * @schema KialiSpecHealthConfig
 */
export interface KialiSpecHealthConfig {
    /**
     * Configuration for health pre-computation and caching.
     *
     * @schema KialiSpecHealthConfig#compute
     */
    readonly compute?: KialiSpecHealthConfigCompute;
    /**
     * @schema KialiSpecHealthConfig#rate
     */
    readonly rate?: KialiSpecHealthConfigRate[];
}
/**
 * Converts an object of type 'KialiSpecHealthConfig' to JSON representation.
 */
export declare function toJson_KialiSpecHealthConfig(obj: KialiSpecHealthConfig | undefined): Record<string, any> | undefined;
/**
 * Settings that define the Kiali server identity.
 *
 * @schema KialiSpecIdentity
 */
export interface KialiSpecIdentity {
    /**
     * Certificate file used to identify the Kiali server. If set, you must go over https to access Kiali. The Kiali operator will set this if it deploys Kiali behind https. When left undefined, the operator will attempt to generate a cluster-specific cert file that provides https by default (today, this auto-generation of a cluster-specific cert is only supported on OpenShift). When set to an empty string, https will be disabled.
     *
     * @schema KialiSpecIdentity#cert_file
     */
    readonly certFile?: string;
    /**
     * Private key file used to identify the Kiali server. If set, you must go over https to access Kiali. When left undefined, the Kiali operator will attempt to generate a cluster-specific private key file that provides https by default (today, this auto-generation of a cluster-specific private key is only supported on OpenShift). When set to an empty string, https will be disabled.
     *
     * @schema KialiSpecIdentity#private_key_file
     */
    readonly privateKeyFile?: string;
}
/**
 * Converts an object of type 'KialiSpecIdentity' to JSON representation.
 */
export declare function toJson_KialiSpecIdentity(obj: KialiSpecIdentity | undefined): Record<string, any> | undefined;
/**
 * Defines specific labels used by Istio that Kiali needs to know about.
 *
 * @schema KialiSpecIstioLabels
 */
export interface KialiSpecIstioLabels {
    /**
     * If using a single scheme for app/version labeling, set this to the app label name being used. This is typically `app` or `app.kubernetes.io/name`. The default is unset, and Kiali will handle mixed schemes.
     *
     * @schema KialiSpecIstioLabels#app_label_name
     */
    readonly appLabelName?: string;
    /**
     * DEPRECATED AFTER v2.27: This setting is deprecated and will be ignored.
     *
     * @schema KialiSpecIstioLabels#egress_gateway_label
     */
    readonly egressGatewayLabel?: string;
    /**
     * DEPRECATED AFTER v2.27: This setting is deprecated and will be ignored.
     *
     * @schema KialiSpecIstioLabels#ingress_gateway_label
     */
    readonly ingressGatewayLabel?: string;
    /**
     * DEPRECATED AFTER v2.27: This setting is deprecated and will be ignored. The injection label name is now hardcoded to the standard value.
     *
     * @schema KialiSpecIstioLabels#injection_label_name
     */
    readonly injectionLabelName?: string;
    /**
     * DEPRECATED AFTER v2.27: This setting is deprecated and will be ignored. The injection label revision is now hardcoded to the standard value.
     *
     * @schema KialiSpecIstioLabels#injection_label_rev
     */
    readonly injectionLabelRev?: string;
    /**
     * If using a single scheme for app/version labeling, set this to the version label name being used. This is typically `version` or `app.kubernetes.io/version`. The default is unset, and Kiali will handle mixed schemes.
     *
     * @schema KialiSpecIstioLabels#version_label_name
     */
    readonly versionLabelName?: string;
}
/**
 * Converts an object of type 'KialiSpecIstioLabels' to JSON representation.
 */
export declare function toJson_KialiSpecIstioLabels(obj: KialiSpecIstioLabels | undefined): Record<string, any> | undefined;
/**
 * Kiali features that can be enabled or disabled.
 *
 * @schema KialiSpecKialiFeatureFlags
 */
export interface KialiSpecKialiFeatureFlags {
    /**
     * Authorization-related feature flags.
     *
     * @schema KialiSpecKialiFeatureFlags#authz
     */
    readonly authz?: KialiSpecKialiFeatureFlagsAuthz;
    /**
     * DEPRECATED AFTER v1.73: Settings for certificate information indicators.
     *
     * @schema KialiSpecKialiFeatureFlags#certificates_information_indicators
     */
    readonly certificatesInformationIndicators?: KialiSpecKialiFeatureFlagsCertificatesInformationIndicators;
    /**
     * DEPRECATED AFTER v1.73: Multi-cluster related features.
     *
     * @schema KialiSpecKialiFeatureFlags#clustering
     */
    readonly clustering?: KialiSpecKialiFeatureFlagsClustering;
    /**
     * Enable observability tabs (Traffic, Logs, Metrics, Traces) for custom workload types beyond the built-in Kubernetes controllers.
     *
     * @schema KialiSpecKialiFeatureFlags#custom_workload_types
     */
    readonly customWorkloadTypes?: KialiSpecKialiFeatureFlagsCustomWorkloadTypes[];
    /**
     * There may be some features that admins do not want to be accessible to users (even in 'view only' mode). In this case, this setting allows you to disable one or more of those features entirely.
     *
     * @schema KialiSpecKialiFeatureFlags#disabled_features
     */
    readonly disabledFeatures?: KialiSpecKialiFeatureFlagsDisabledFeatures[];
    /**
     * Flag to enable/disable an Action to edit annotations.
     *
     * @schema KialiSpecKialiFeatureFlags#istio_annotation_action
     */
    readonly istioAnnotationAction?: boolean;
    /**
     * Flag to enable/disable an Action to label a namespace for automatic Istio Sidecar injection.
     *
     * @schema KialiSpecKialiFeatureFlags#istio_injection_action
     */
    readonly istioInjectionAction?: boolean;
    /**
     * Flag to activate the Kiali functionality of upgrading namespaces to point to an installed Istio Canary revision.
     *
     * @schema KialiSpecKialiFeatureFlags#istio_upgrade_action
     */
    readonly istioUpgradeAction?: boolean;
    /**
     * Default settings for the UI. These defaults apply to all users.
     *
     * @schema KialiSpecKialiFeatureFlags#ui_defaults
     */
    readonly uiDefaults?: KialiSpecKialiFeatureFlagsUiDefaults;
    /**
     * Features specific to the validations subsystem.
     *
     * @schema KialiSpecKialiFeatureFlags#validations
     */
    readonly validations?: KialiSpecKialiFeatureFlagsValidations;
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlags' to JSON representation.
 */
export declare function toJson_KialiSpecKialiFeatureFlags(obj: KialiSpecKialiFeatureFlags | undefined): Record<string, any> | undefined;
/**
 * Configuration of Kiali's access of the Kubernetes API.
 *
 * @schema KialiSpecKubernetesConfig
 */
export interface KialiSpecKubernetesConfig {
    /**
     * The Burst value of the Kubernetes client.
     *
     * @schema KialiSpecKubernetesConfig#burst
     */
    readonly burst?: number;
    /**
     * The ratio interval (expressed in seconds) used for the cache to perform a full refresh. Only used when `cache_enabled` is true.
     *
     * @schema KialiSpecKubernetesConfig#cache_duration
     */
    readonly cacheDuration?: number;
    /**
     * This Kiali cache is a list of namespaces per user. This is typically a short-lived cache compared with the duration of the namespace cache defined by the `cache_duration` setting. This is specified in seconds.
     *
     * @schema KialiSpecKubernetesConfig#cache_token_namespace_duration
     */
    readonly cacheTokenNamespaceDuration?: number;
    /**
     * The name of the cluster Kiali is deployed in. This is also known as the home cluster. This is only used in multi cluster environments. This must be set when `clustering.ignore_home_cluster=true`. If not set, Kiali will try to auto detect the cluster name from the Istiod deployment or use the default 'Kubernetes'.
     *
     * @schema KialiSpecKubernetesConfig#cluster_name
     */
    readonly clusterName?: string;
    /**
     * List of controllers that won't be used for Workload calculation. Kiali queries Deployment, ReplicaSet, ReplicationController, DeploymentConfig, StatefulSet, Job and CronJob controllers. Deployment and ReplicaSet will be always queried, but ReplicationController, DeploymentConfig, StatefulSet, Job and CronJobs can be skipped from Kiali workloads queries if they are present in this list.
     *
     * @schema KialiSpecKubernetesConfig#excluded_workloads
     */
    readonly excludedWorkloads?: string[];
    /**
     * The QPS value of the Kubernetes client.
     *
     * @schema KialiSpecKubernetesConfig#qps
     */
    readonly qps?: number;
}
/**
 * Converts an object of type 'KialiSpecKubernetesConfig' to JSON representation.
 */
export declare function toJson_KialiSpecKubernetesConfig(obj: KialiSpecKubernetesConfig | undefined): Record<string, any> | undefined;
/**
 * @schema KialiSpecLoginToken
 */
export interface KialiSpecLoginToken {
    /**
     * A user's login token expiration specified in seconds. This is applicable to token and header auth strategies only.
     *
     * @schema KialiSpecLoginToken#expiration_seconds
     */
    readonly expirationSeconds?: number;
    /**
     * The signing key used to generate tokens for user authentication. Because this is potentially sensitive, you have the option to store this value in a secret using the pattern `secret:<secretName>:<secretKey>`. When using a secret, the signing key is read dynamically, enabling automatic rotation without pod restart. If left as an empty string, a secret with a random signing key will be generated for you. The signing key must be 16, 24 or 32 byte long.
     *
     * @schema KialiSpecLoginToken#signing_key
     */
    readonly signingKey?: string;
}
/**
 * Converts an object of type 'KialiSpecLoginToken' to JSON representation.
 */
export declare function toJson_KialiSpecLoginToken(obj: KialiSpecLoginToken | undefined): Record<string, any> | undefined;
/**
 * Configuration that controls some core components within the Kiali Server.
 *
 * @schema KialiSpecServer
 */
export interface KialiSpecServer {
    /**
     * Where the Kiali server is bound. The console and API server are accessible on this host.
     *
     * @schema KialiSpecServer#address
     */
    readonly address?: string;
    /**
     * When true, allows additional audit logging on write operations.
     *
     * @schema KialiSpecServer#audit_log
     */
    readonly auditLog?: boolean;
    /**
     * When true, allows the web console to send requests to other domains other than where the console came from. Typically used for development environments only.
     *
     * @schema KialiSpecServer#cors_allow_all
     */
    readonly corsAllowAll?: boolean;
    /**
     * When true, Kiali serves http requests with gzip enabled (if the browser supports it) when the requests are over 1400 bytes.
     *
     * @schema KialiSpecServer#gzip_enabled
     */
    readonly gzipEnabled?: boolean;
    /**
     * If `deployment.service_type` is 'NodePort' and this value is set, then this is the node port that the Kiali service will listen to.
     *
     * @schema KialiSpecServer#node_port
     */
    readonly nodePort?: number;
    /**
     * Settings to enable observability into the Kiali server itself.
     *
     * @schema KialiSpecServer#observability
     */
    readonly observability?: KialiSpecServerObservability;
    /**
     * The port that the server will bind to in order to receive console and API requests.
     *
     * @schema KialiSpecServer#port
     */
    readonly port?: number;
    /**
     * Controls the internal profiler used to debug the internals of Kiali
     *
     * @schema KialiSpecServer#profiler
     */
    readonly profiler?: KialiSpecServerProfiler;
    /**
     * When true, the /api endpoint will require users to authenticate themselves. When false, users need not authenticate with Kiali in order to get basic runtime info about the server via the /api endpoint. This setting is ignored if auth.strategy is 'anonymous'.
     *
     * @schema KialiSpecServer#require_auth
     */
    readonly requireAuth?: boolean;
    /**
     * Defines the public domain where Kiali is being served. This is the 'domain' part of the URL (usually it's a fully-qualified domain name). For example, `kiali.example.org`. When empty, Kiali will try to guess this value from HTTP headers. On non-OpenShift clusters, you must populate this value if you want to enable cross-linking between Kiali instances in a multi-cluster setup.
     *
     * @schema KialiSpecServer#web_fqdn
     */
    readonly webFqdn?: string;
    /**
     * Define the history mode of kiali UI. Value must be one of: `browser` or `hash`.
     *
     * @schema KialiSpecServer#web_history_mode
     */
    readonly webHistoryMode?: KialiSpecServerWebHistoryMode;
    /**
     * Defines the ingress port where the connections come from. This is usually necessary when the application responds through a proxy/ingress, and it does not forward the correct headers (when this happens, Kiali cannot guess the port). When empty, Kiali will try to guess this value from HTTP headers.
     *
     * @schema KialiSpecServer#web_port
     */
    readonly webPort?: string;
    /**
     * Defines the context root path for the Kiali console and API endpoints and readiness probes. When providing a context root path that is not `/`, do not add a trailing slash (i.e. use `/kiali` not `/kiali/`). When empty, this will default to `/` on OpenShift and `/kiali` on other Kubernetes environments.
     *
     * @schema KialiSpecServer#web_root
     */
    readonly webRoot?: string;
    /**
     * Defines the public HTTP schema used to serve Kiali. Value must be one of: `http` or `https`. When empty, Kiali will try to guess this value from HTTP headers. On non-OpenShift clusters, you must populate this value if you want to enable cross-linking between Kiali instances in a multi-cluster setup.
     *
     * @schema KialiSpecServer#web_schema
     */
    readonly webSchema?: KialiSpecServerWebSchema;
    /**
     * The maximum duration before timing out writes of the HTTP response back to the client.
     * Can be specified as a number (seconds) or duration string (e.g., "30s", "1h", "2m30s").
     *
     * In OpenShift clusters, the route request time out should be also increased.
     * This can be done by annotating the specific route with `haproxy.router.openshift.io/timeout`.
     * See https://docs.openshift.com/container-platform/4.16/networking/routes/route-configuration.html#nw-configuring-route-timeouts_route-configuration for further details.
     *
     *
     * @schema KialiSpecServer#write_timeout
     */
    readonly writeTimeout?: any;
}
/**
 * Converts an object of type 'KialiSpecServer' to JSON representation.
 */
export declare function toJson_KialiSpecServer(obj: KialiSpecServer | undefined): Record<string, any> | undefined;
/**
 * DEPRECATED AFTER v1.73: Settings for the API namespaces feature.
 *
 * @schema KialiSpecApiNamespaces
 */
export interface KialiSpecApiNamespaces {
    /**
     * DEPRECATED AFTER v1.73: A list of namespace names that will be excluded from Kiali API.
     *
     * @schema KialiSpecApiNamespaces#exclude
     */
    readonly exclude?: string[];
    /**
     * DEPRECATED AFTER v1.73: A list of namespace names that will be included in Kiali API.
     *
     * @schema KialiSpecApiNamespaces#include
     */
    readonly include?: string[];
    /**
     * DEPRECATED AFTER v1.73: A Kubernetes label selector expression that will be used to exclude namespaces.
     *
     * @schema KialiSpecApiNamespaces#label_selector_exclude
     */
    readonly labelSelectorExclude?: string;
    /**
     * DEPRECATED AFTER v1.73: A Kubernetes label selector expression that will be used to include namespaces.
     *
     * @schema KialiSpecApiNamespaces#label_selector_include
     */
    readonly labelSelectorInclude?: string;
}
/**
 * Converts an object of type 'KialiSpecApiNamespaces' to JSON representation.
 */
export declare function toJson_KialiSpecApiNamespaces(obj: KialiSpecApiNamespaces | undefined): Record<string, any> | undefined;
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
export declare enum KialiSpecAuthStrategy {
    /** anonymous */
    ANONYMOUS = "anonymous",
    /** token */
    TOKEN = "token",
    /** openshift */
    OPENSHIFT = "openshift",
    /** openid */
    OPENID = "openid",
    /** header */
    HEADER = "header"
}
/**
 * To learn more about these settings and how to configure the OpenId authentication strategy, read the documentation at https://kiali.io/docs/configuration/authentication/openid/
 *
 * @schema KialiSpecAuthOpenid
 */
export interface KialiSpecAuthOpenid {
    /**
     * @schema KialiSpecAuthOpenid#additional_request_params
     */
    readonly additionalRequestParams?: {
        [key: string]: string;
    };
    /**
     * @schema KialiSpecAuthOpenid#allowed_domains
     */
    readonly allowedDomains?: string[];
    /**
     * @schema KialiSpecAuthOpenid#api_proxy
     */
    readonly apiProxy?: string;
    /**
     * @schema KialiSpecAuthOpenid#api_proxy_ca_data
     */
    readonly apiProxyCaData?: string;
    /**
     * @schema KialiSpecAuthOpenid#api_token
     */
    readonly apiToken?: string;
    /**
     * @schema KialiSpecAuthOpenid#authentication_timeout
     */
    readonly authenticationTimeout?: number;
    /**
     * DEPRECATED since v2.21: Use auth.openid.discovery_override.authorization_endpoint instead. The URL of the provider's authorization endpoint.
     *
     * @schema KialiSpecAuthOpenid#authorization_endpoint
     */
    readonly authorizationEndpoint?: string;
    /**
     * @schema KialiSpecAuthOpenid#client_id
     */
    readonly clientId?: string;
    /**
     * @schema KialiSpecAuthOpenid#disable_rbac
     */
    readonly disableRbac?: boolean;
    /**
     * @schema KialiSpecAuthOpenid#http_proxy
     */
    readonly httpProxy?: string;
    /**
     * @schema KialiSpecAuthOpenid#https_proxy
     */
    readonly httpsProxy?: string;
    /**
     * @schema KialiSpecAuthOpenid#insecure_skip_verify_tls
     */
    readonly insecureSkipVerifyTls?: boolean;
    /**
     * @schema KialiSpecAuthOpenid#issuer_uri
     */
    readonly issuerUri?: string;
    /**
     * @schema KialiSpecAuthOpenid#scopes
     */
    readonly scopes?: string[];
    /**
     * Optional configuration to override OpenID Connect auto-discovery. Use when the IdP restricts access to /.well-known/openid-configuration endpoint.
     *
     * @schema KialiSpecAuthOpenid#discovery_override
     */
    readonly discoveryOverride?: KialiSpecAuthOpenidDiscoveryOverride;
    /**
     * @schema KialiSpecAuthOpenid#username_claim
     */
    readonly usernameClaim?: string;
}
/**
 * Converts an object of type 'KialiSpecAuthOpenid' to JSON representation.
 */
export declare function toJson_KialiSpecAuthOpenid(obj: KialiSpecAuthOpenid | undefined): Record<string, any> | undefined;
/**
 * To learn more about these settings and how to configure the OpenShift authentication strategy, read the documentation at https://kiali.io/docs/configuration/authentication/openshift/
 *
 * @schema KialiSpecAuthOpenshift
 */
export interface KialiSpecAuthOpenshift {
    /**
     * DEPRECATED AFTER v1.73: The amount of time in seconds Kiali will wait for a response from the OpenShift API when requesting authentication information.
     *
     * @schema KialiSpecAuthOpenshift#auth_timeout
     */
    readonly authTimeout?: number;
    /**
     * DEPRECATED AFTER v1.73: A prefix that will be applied to the OpenShift OAuth client identifier.
     *
     * @schema KialiSpecAuthOpenshift#client_id_prefix
     */
    readonly clientIdPrefix?: string;
    /**
     * Set true to skip verifying certificate validity when Kiali contacts OpenShift over https.
     *
     * @schema KialiSpecAuthOpenshift#insecure_skip_verify_tls
     */
    readonly insecureSkipVerifyTls?: boolean;
    /**
     * Custom redirect URIs for the OpenShift OAuth client. These URIs specify where users will be redirected after successful authentication. If not specified, Kiali will automatically generate appropriate redirect URIs based on the Kiali server's route. You normally do not have to set this unless you are creating remote cluster resources (see `deployment.remote_cluster_resources_only`) with `auth.strategy` set to `openshift`.
     *
     * @schema KialiSpecAuthOpenshift#redirect_uris
     */
    readonly redirectUris?: string[];
    /**
     * Sets the maximum time in seconds that can elapse between consecutive uses of an OAuth access token before it expires due to inactivity. This helps improve security by automatically expiring unused tokens. If set to 0, tokens will not expire due to inactivity. Note that OpenShift may enforce minimum values for this setting, and existing tokens are not affected by changes to this configuration.
     *
     * @schema KialiSpecAuthOpenshift#token_inactivity_timeout
     */
    readonly tokenInactivityTimeout?: number;
    /**
     * Sets the absolute maximum lifetime in seconds for OAuth access tokens, regardless of activity. After this time period, tokens will expire and users must re-authenticate. If set to 0, tokens will not have an absolute expiration time and will only expire due to inactivity (if token_inactivity_timeout is configured).
     *
     * @schema KialiSpecAuthOpenshift#token_max_age
     */
    readonly tokenMaxAge?: number;
}
/**
 * Converts an object of type 'KialiSpecAuthOpenshift' to JSON representation.
 */
export declare function toJson_KialiSpecAuthOpenshift(obj: KialiSpecAuthOpenshift | undefined): Record<string, any> | undefined;
/**
 * @schema KialiSpecChatAiProviders
 */
export interface KialiSpecChatAiProviders {
    /**
     * The provider configuration variant. Valid values depend on `type`: `anthropic` requires `default`; `google` requires `gemini`; `openai` supports `default`, `gemini`, or `azure`. Default value is `default`.
     *
     * @schema KialiSpecChatAiProviders#config
     */
    readonly config?: string;
    /**
     * The default model of the provider.
     *
     * @schema KialiSpecChatAiProviders#default_model
     */
    readonly defaultModel?: string;
    /**
     * The description of the provider.
     *
     * @schema KialiSpecChatAiProviders#description
     */
    readonly description?: string;
    /**
     * Enable or disable the provider.
     *
     * @schema KialiSpecChatAiProviders#enabled
     */
    readonly enabled?: boolean;
    /**
     * The endpoint of the provider. This is only used if a model has no endpoint specified.
     *
     * @schema KialiSpecChatAiProviders#endpoint
     */
    readonly endpoint?: string;
    /**
     * Set true to skip verifying certificate validity when Kiali contacts the AI provider over https. When false (the default), the provider's TLS certificate is validated against the Kiali CA bundle.
     *
     * @schema KialiSpecChatAiProviders#insecure_skip_verify
     */
    readonly insecureSkipVerify?: boolean;
    /**
     * The key of the provider. May refer to a secret using the pattern `secret:<secretName>:<secretKey>`. When using a secret, the token is cached and automatically refreshed when the secret changes, enabling rotation without pod restart.
     *
     * @schema KialiSpecChatAiProviders#key
     */
    readonly key?: string;
    /**
     * A list of models that can be used for the ChatAI feature. This is the list of models that will be available to the user to choose from.
     *
     * @schema KialiSpecChatAiProviders#models
     */
    readonly models?: KialiSpecChatAiProvidersModels[];
    /**
     * The name of the provider.
     *
     * @schema KialiSpecChatAiProviders#name
     */
    readonly name?: string;
    /**
     * Optional provider-specific filter for the ChatAI toolset. Applied after the global `chat_ai.tools` filter. It can further restrict tools for this provider, but it cannot re-enable tools that were already filtered out globally or by feature availability.
     *
     * @schema KialiSpecChatAiProviders#tools
     */
    readonly tools?: KialiSpecChatAiProvidersTools;
    /**
     * The type of the AI models provider. Available values are `openai`, `anthropic`, and `google`. Default value is `openai`.
     *
     * @schema KialiSpecChatAiProviders#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KialiSpecChatAiProviders' to JSON representation.
 */
export declare function toJson_KialiSpecChatAiProviders(obj: KialiSpecChatAiProviders | undefined): Record<string, any> | undefined;
/**
 * Configuration for the ChatAI store.
 *
 * @schema KialiSpecChatAiStoreConfig
 */
export interface KialiSpecChatAiStoreConfig {
    /**
     * Enable or disable the ChatAI store.
     *
     * @schema KialiSpecChatAiStoreConfig#enabled
     */
    readonly enabled?: boolean;
    /**
     * Idle time allowed before the conversation is deleted due to inactivity.
     *
     * @schema KialiSpecChatAiStoreConfig#inactivity_timeout
     */
    readonly inactivityTimeout?: string;
    /**
     * The maximum cache memory for the ChatAI store.
     *
     * @schema KialiSpecChatAiStoreConfig#max_cache_memory_mb
     */
    readonly maxCacheMemoryMb?: number;
    /**
     * The threshold for the ChatAI store reduction with AI. This is the number of messages in a conversation before the conversation is reduced.
     *
     * @schema KialiSpecChatAiStoreConfig#reduce_threshold
     */
    readonly reduceThreshold?: number;
    /**
     * Enable or disable the ChatAI store reduction with AI.
     *
     * @schema KialiSpecChatAiStoreConfig#reduce_with_ai
     */
    readonly reduceWithAi?: boolean;
}
/**
 * Converts an object of type 'KialiSpecChatAiStoreConfig' to JSON representation.
 */
export declare function toJson_KialiSpecChatAiStoreConfig(obj: KialiSpecChatAiStoreConfig | undefined): Record<string, any> | undefined;
/**
 * Optional global filter for the ChatAI toolset. `enabled_tools` acts as an allowlist. `disabled_tools` acts as a denylist and is applied afterwards.
 *
 * @schema KialiSpecChatAiTools
 */
export interface KialiSpecChatAiTools {
    /**
     * A denylist of tool names to hide from all ChatAI providers. Applied after `enabled_tools`.
     *
     * @schema KialiSpecChatAiTools#disabled_tools
     */
    readonly disabledTools?: string[];
    /**
     * An allowlist of tool names to expose to ChatAI providers. If set, only the listed tool names remain available.
     *
     * @schema KialiSpecChatAiTools#enabled_tools
     */
    readonly enabledTools?: string[];
}
/**
 * Converts an object of type 'KialiSpecChatAiTools' to JSON representation.
 */
export declare function toJson_KialiSpecChatAiTools(obj: KialiSpecChatAiTools | undefined): Record<string, any> | undefined;
/**
 * Settings to allow cluster secrets to be auto-detected. Secrets must exist in the Kiali deployment namespace.
 *
 * @schema KialiSpecClusteringAutodetectSecrets
 */
export interface KialiSpecClusteringAutodetectSecrets {
    /**
     * If true then remote cluster secrets will be autodetected during the installation of the Kiali Server Deployment. Any remote cluster secrets found in the Kiali deployment namespace will be mounted to the Kiali Server's file system. If false, you can still manually specify the remote cluster secret information in the 'clusters' setting if you wish to utilize multicluster features.
     *
     * @schema KialiSpecClusteringAutodetectSecrets#enabled
     */
    readonly enabled?: boolean;
    /**
     * The name and value of a label that exists on all remote cluster secrets.
     *
     * @schema KialiSpecClusteringAutodetectSecrets#label
     */
    readonly label?: string;
}
/**
 * Converts an object of type 'KialiSpecClusteringAutodetectSecrets' to JSON representation.
 */
export declare function toJson_KialiSpecClusteringAutodetectSecrets(obj: KialiSpecClusteringAutodetectSecrets | undefined): Record<string, any> | undefined;
/**
 * @schema KialiSpecClusteringClusters
 */
export interface KialiSpecClusteringClusters {
    /**
     * The name of the cluster.
     *
     * @schema KialiSpecClusteringClusters#name
     */
    readonly name?: string;
    /**
     * The name of the secret that contains the credentials necessary to connect to the remote cluster. This secret must exist in the Kiali deployment namespace. If a secret name is not provided then it's assumed that the cluster is inaccessible.
     *
     * @schema KialiSpecClusteringClusters#secret_name
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'KialiSpecClusteringClusters' to JSON representation.
 */
export declare function toJson_KialiSpecClusteringClusters(obj: KialiSpecClusteringClusters | undefined): Record<string, any> | undefined;
/**
 * @schema KialiSpecClusteringKialiUrls
 */
export interface KialiSpecClusteringKialiUrls {
    /**
     * The name of the cluster.
     *
     * @schema KialiSpecClusteringKialiUrls#cluster_name
     */
    readonly clusterName?: string;
    /**
     * The instance name of this Kiali installation. This should be the value used in `deployment.instance_name` for Kiali resource name.
     *
     * @schema KialiSpecClusteringKialiUrls#instance_name
     */
    readonly instanceName?: string;
    /**
     * The namespace into which Kiali is installed.
     *
     * @schema KialiSpecClusteringKialiUrls#namespace
     */
    readonly namespace?: string;
    /**
     * The URL of Kiali in the cluster.
     *
     * @schema KialiSpecClusteringKialiUrls#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'KialiSpecClusteringKialiUrls' to JSON representation.
 */
export declare function toJson_KialiSpecClusteringKialiUrls(obj: KialiSpecClusteringKialiUrls | undefined): Record<string, any> | undefined;
/**
 * Affinity definitions that are to be used to define the nodes where the Kiali pod should be constrained. See the Kubernetes documentation on Assigning Pods to Nodes for the proper syntax for these three different affinity types.
 *
 * @schema KialiSpecDeploymentAffinity
 */
export interface KialiSpecDeploymentAffinity {
    /**
     * @schema KialiSpecDeploymentAffinity#node
     */
    readonly node?: any;
    /**
     * @schema KialiSpecDeploymentAffinity#pod
     */
    readonly pod?: any;
    /**
     * @schema KialiSpecDeploymentAffinity#pod_anti
     */
    readonly podAnti?: any;
}
/**
 * Converts an object of type 'KialiSpecDeploymentAffinity' to JSON representation.
 */
export declare function toJson_KialiSpecDeploymentAffinity(obj: KialiSpecDeploymentAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KialiSpecDeploymentCustomEnvs
 */
export interface KialiSpecDeploymentCustomEnvs {
    /**
     * The name of the custom environment variable.
     *
     * @schema KialiSpecDeploymentCustomEnvs#name
     */
    readonly name: string;
    /**
     * The value of the custom environment variable.
     *
     * @schema KialiSpecDeploymentCustomEnvs#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'KialiSpecDeploymentCustomEnvs' to JSON representation.
 */
export declare function toJson_KialiSpecDeploymentCustomEnvs(obj: KialiSpecDeploymentCustomEnvs | undefined): Record<string, any> | undefined;
/**
 * @schema KialiSpecDeploymentCustomSecrets
 */
export interface KialiSpecDeploymentCustomSecrets {
    /**
     * Defines CSI-specific settings that allows a secret from an external CSI secret store to be injected in the pod via a volume mount. For details, see https://secrets-store-csi-driver.sigs.k8s.io/
     *
     * @schema KialiSpecDeploymentCustomSecrets#csi
     */
    readonly csi?: any;
    /**
     * The file path location where the secret content will be mounted. The custom secret cannot be mounted on a path that the operator will use to mount its secrets. Make sure you set your custom secret mount path to a unique, unused path. Paths such as `/kiali-configuration`, `/kiali-cert`, `/kiali-cabundle`, `/kiali-secret`, `/kiali-override-secrets`, and `/kiali-remote-cluster-secrets` should not be used as mount paths for custom secrets because the operator may want to use one of those paths.
     *
     * @schema KialiSpecDeploymentCustomSecrets#mount
     */
    readonly mount: string;
    /**
     * The name of the secret that is to be mounted to the Kiali pod's file system. The name of the custom secret must not be the same name as one created by the operator. Names such as `kiali`, `kiali-cert-secret`, and `kiali-cabundle` should not be used as a custom secret name because the operator may want to create one with one of those names.
     *
     * @schema KialiSpecDeploymentCustomSecrets#name
     */
    readonly name: string;
    /**
     * Indicates if the secret may or may not exist at the time the Kiali pod starts. This is ignored if `csi` is specified - CSI secrets must exist when specified.
     *
     * @schema KialiSpecDeploymentCustomSecrets#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KialiSpecDeploymentCustomSecrets' to JSON representation.
 */
export declare function toJson_KialiSpecDeploymentCustomSecrets(obj: KialiSpecDeploymentCustomSecrets | undefined): Record<string, any> | undefined;
/**
 * Discovery selectors used to determine which namespaces are accessible to Kiali and which namespaces are visible to Kiali users.
 * You can define discovery selectors to match namespaces on the local cluster as well as remote clusters.
 * The list of namespaces that a user can access is a subset of these namespaces, given that user's RBAC permissions.
 * These selectors will have similar semantics as defined by Istio ( https://istio.io/latest/docs/reference/config/istio.mesh.v1alpha1/#MeshConfig )
 * and the syntax of the equality-based and set-based label selectors are documented by Kubernetes here
 * ( https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#resources-that-support-set-based-requirements )
 *
 *
 * @schema KialiSpecDeploymentDiscoverySelectors
 */
export interface KialiSpecDeploymentDiscoverySelectors {
    /**
     * These are label selectors for the Kiali local cluster and for all remote clusters that do not have overrides.
     * Namespaces that match these selectors are visible to Kiali users.
     * When `cluster_wide_access=false` these `default` selectors are used to restrict which namespaces Kiali will have access to.
     * If there are no default discovery selectors, then `cluster_wide_access` should be `true` in which case Kiali will have
     * permissions to access all namespaces.
     *
     *
     * @schema KialiSpecDeploymentDiscoverySelectors#default
     */
    readonly default?: KialiSpecDeploymentDiscoverySelectorsDefault[];
    /**
     * If a remote cluster has different namespaces than the local cluster, these overrides provide a way for you to match those remote namespaces. Kiali will make these remote namespaces visible to users. The name of the overrides section is the name of the remote cluster. Note that the `default` selectors are ignored when matching namespaces on a remote cluster if that remote cluster has overrides defined.
     *
     * @schema KialiSpecDeploymentDiscoverySelectors#overrides
     */
    readonly overrides?: {
        [key: string]: KialiSpecDeploymentDiscoverySelectorsOverrides[];
    };
}
/**
 * Converts an object of type 'KialiSpecDeploymentDiscoverySelectors' to JSON representation.
 */
export declare function toJson_KialiSpecDeploymentDiscoverySelectors(obj: KialiSpecDeploymentDiscoverySelectors | undefined): Record<string, any> | undefined;
/**
 * The Kiali server pod's DNS configuration. Kubernetes supports different DNS policies and configurations.
 * For further details, consult the Kubernetes documentation - https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/
 *
 *
 * @schema KialiSpecDeploymentDns
 */
export interface KialiSpecDeploymentDns {
    /**
     * DNS configuration that is applied to the DNS policy. See the Kubernetes documentation for the different configuration settings that are supported.
     *
     * @schema KialiSpecDeploymentDns#config
     */
    readonly config?: any;
    /**
     * DNS policy. See the Kubernetes documentation for the different policies that are supported.
     *
     * @schema KialiSpecDeploymentDns#policy
     */
    readonly policy?: string;
}
/**
 * Converts an object of type 'KialiSpecDeploymentDns' to JSON representation.
 */
export declare function toJson_KialiSpecDeploymentDns(obj: KialiSpecDeploymentDns | undefined): Record<string, any> | undefined;
/**
 * @schema KialiSpecDeploymentHostAliases
 */
export interface KialiSpecDeploymentHostAliases {
    /**
     * @schema KialiSpecDeploymentHostAliases#ip
     */
    readonly ip?: string;
    /**
     * @schema KialiSpecDeploymentHostAliases#hostnames
     */
    readonly hostnames?: string[];
}
/**
 * Converts an object of type 'KialiSpecDeploymentHostAliases' to JSON representation.
 */
export declare function toJson_KialiSpecDeploymentHostAliases(obj: KialiSpecDeploymentHostAliases | undefined): Record<string, any> | undefined;
/**
 * Determines what (if any) HorizontalPodAutoscaler should be created to autoscale the Kiali pod.
 * A typical way to configure HPA for Kiali is,
 * ```
 * spec:
 * deployment:
 * hpa:
 * api_version: "autoscaling/v2"
 * spec:
 * maxReplicas: 2
 * minReplicas: 1
 * metrics:
 * - type: Resource
 * resource:
 * name: cpu
 * target:
 * type: Utilization
 * averageUtilization: 50
 * ```
 *
 *
 * @schema KialiSpecDeploymentHpa
 */
export interface KialiSpecDeploymentHpa {
    /**
     * A specific HPA API version that can be specified in case there is some HPA feature you want to use that is only supported in that specific version. If value is an empty string, an attempt will be made to determine a valid version.
     *
     * @schema KialiSpecDeploymentHpa#api_version
     */
    readonly apiVersion?: string;
    /**
     * The `spec` specified here will be placed in the created HPA resource's 'spec' section. If `spec` is left empty, no HPA resource will be created. Note that you must not specify the 'scaleTargetRef' section in `spec`; the Kiali Operator will populate that for you.
     *
     * @schema KialiSpecDeploymentHpa#spec
     */
    readonly spec?: any;
}
/**
 * Converts an object of type 'KialiSpecDeploymentHpa' to JSON representation.
 */
export declare function toJson_KialiSpecDeploymentHpa(obj: KialiSpecDeploymentHpa | undefined): Record<string, any> | undefined;
/**
 * Configures if/how the Kiali endpoint should be exposed externally.
 *
 * @schema KialiSpecDeploymentIngress
 */
export interface KialiSpecDeploymentIngress {
    /**
     * Additional labels to add to the Ingress (or Route if on OpenShift). These are added to the labels that are created by default; these do not override the default labels.
     *
     * @schema KialiSpecDeploymentIngress#additional_labels
     */
    readonly additionalLabels?: {
        [key: string]: string;
    };
    /**
     * If `class_name` is a non-empty string, it will be used as the 'spec.ingressClassName' in the created Kubernetes Ingress resource. This setting is ignored if on OpenShift. This is also ignored if `override_yaml.spec` is defined (i.e. you must define the 'ingressClassName' directly in your override yaml).
     *
     * @schema KialiSpecDeploymentIngress#class_name
     */
    readonly className?: string;
    /**
     * Determines if the Kiali endpoint should be exposed externally. If 'true', an Ingress will be created if on Kubernetes or a Route if on OpenShift. If left undefined, this will be 'false' on Kubernetes and 'true' on OpenShift.
     *
     * @schema KialiSpecDeploymentIngress#enabled
     */
    readonly enabled?: boolean;
    /**
     * Because an Ingress into a cluster can vary wildly in its desired configuration,
     * this setting provides a way to override complete portions of the Ingress resource
     * configuration (Ingress on Kubernetes and Route on OpenShift). It is up to the user
     * to ensure this override YAML configuration is valid and supports the cluster environment
     * since the operator will blindly copy this custom configuration into the resource it
     * creates.
     *
     * This setting is not used if `deployment.ingress.enabled` is set to 'false'.
     * Note that only 'metadata.annotations' and 'spec' is valid and only they will
     * be used to override those same sections in the created resource. You can define
     * either one or both.
     *
     * Note that `override_yaml.metadata.labels` is not allowed - you cannot override the labels; to add
     * labels to the default set of labels, use the `deployment.ingress.additional_labels` setting.
     * Example,
     * ```
     * spec:
     * deployment:
     * ingress:
     * override_yaml:
     * metadata:
     * annotations:
     * nginx.ingress.kubernetes.io/secure-backends: "true"
     * nginx.ingress.kubernetes.io/backend-protocol: "HTTPS"
     * spec:
     * rules:
     * - http:
     * paths:
     * - path: /kiali
     * pathType: Prefix
     * backend:
     * service
     * name: "kiali"
     * port:
     * number: 20001
     * ```
     *
     *
     * @schema KialiSpecDeploymentIngress#override_yaml
     */
    readonly overrideYaml?: KialiSpecDeploymentIngressOverrideYaml;
}
/**
 * Converts an object of type 'KialiSpecDeploymentIngress' to JSON representation.
 */
export declare function toJson_KialiSpecDeploymentIngress(obj: KialiSpecDeploymentIngress | undefined): Record<string, any> | undefined;
/**
 * Configures the logger that emits messages to the Kiali server pod logs.
 *
 * @schema KialiSpecDeploymentLogger
 */
export interface KialiSpecDeploymentLogger {
    /**
     * The lowest priority of messages to log. Must be one of: `trace`, `debug`, `info`, `warn`, `error`, or `fatal`.
     *
     * @schema KialiSpecDeploymentLogger#log_level
     */
    readonly logLevel?: KialiSpecDeploymentLoggerLogLevel;
    /**
     * Indicates if the logs should be written with one log message per line or using a JSON format. Must be one of: `text` or `json`.
     *
     * @schema KialiSpecDeploymentLogger#log_format
     */
    readonly logFormat?: KialiSpecDeploymentLoggerLogFormat;
    /**
     * With this setting every sampler_rate-th message will be logged. By default, every message is logged. As an example, setting this to `'2'` means every other message will be logged. The value of this setting is a string but must be parsable as an integer.
     *
     * @schema KialiSpecDeploymentLogger#sampler_rate
     */
    readonly samplerRate?: string;
    /**
     * The log message timestamp format. This supports a golang time format (see https://golang.org/pkg/time/)
     *
     * @schema KialiSpecDeploymentLogger#time_field_format
     */
    readonly timeFieldFormat?: string;
}
/**
 * Converts an object of type 'KialiSpecDeploymentLogger' to JSON representation.
 */
export declare function toJson_KialiSpecDeploymentLogger(obj: KialiSpecDeploymentLogger | undefined): Record<string, any> | undefined;
/**
 * Configures if the Kiali server pod should be protected by a NetworkPolicy resource that restricts both ingress and egress traffic.
 *
 * @schema KialiSpecDeploymentNetworkPolicy
 */
export interface KialiSpecDeploymentNetworkPolicy {
    /**
     * If true, a NetworkPolicy resource is created to restrict traffic to the Kiali server pod. The NetworkPolicy will allow ingress traffic only to the Kiali server API port and, if enabled, the metrics port.
     *
     * @schema KialiSpecDeploymentNetworkPolicy#enabled
     */
    readonly enabled?: boolean;
}
/**
 * Converts an object of type 'KialiSpecDeploymentNetworkPolicy' to JSON representation.
 */
export declare function toJson_KialiSpecDeploymentNetworkPolicy(obj: KialiSpecDeploymentNetworkPolicy | undefined): Record<string, any> | undefined;
/**
 * Determines what (if any) PodDisruptionBudget should be created for the Kiali pod.
 * A typical way to configure PDB for Kiali is,
 * ```
 * spec:
 * deployment:
 * pod_disruption_budget:
 * api_version: "policy/v1"
 * spec:
 * minAvailable: 1
 * ```
 *
 *
 * @schema KialiSpecDeploymentPodDisruptionBudget
 */
export interface KialiSpecDeploymentPodDisruptionBudget {
    /**
     * A specific PDB API version that can be specified in case there is some PDB feature you want to use that is only supported in that specific version. If value is an empty string, the default version of 'policy/v1' will be used.
     *
     * @schema KialiSpecDeploymentPodDisruptionBudget#api_version
     */
    readonly apiVersion?: string;
    /**
     * The `spec` specified here will be placed in the created PDB resource's 'spec' section. If `spec` is left empty, no PDB resource will be created. Note that you must not specify the 'selector' section in `spec`; the Kiali Operator will populate that for you.
     *
     * @schema KialiSpecDeploymentPodDisruptionBudget#spec
     */
    readonly spec?: any;
}
/**
 * Converts an object of type 'KialiSpecDeploymentPodDisruptionBudget' to JSON representation.
 */
export declare function toJson_KialiSpecDeploymentPodDisruptionBudget(obj: KialiSpecDeploymentPodDisruptionBudget | undefined): Record<string, any> | undefined;
/**
 * Configures the liveness, readiness, and startup probes of the Kiali pod.
 *
 * @schema KialiSpecDeploymentProbes
 */
export interface KialiSpecDeploymentProbes {
    /**
     * Configures the liveness probe of the Kiali pod.
     *
     * @schema KialiSpecDeploymentProbes#liveness
     */
    readonly liveness?: KialiSpecDeploymentProbesLiveness;
    /**
     * Configures the readiness probe of the Kiali pod.
     *
     * @schema KialiSpecDeploymentProbes#readiness
     */
    readonly readiness?: KialiSpecDeploymentProbesReadiness;
    /**
     * Configures the startup probe of the Kiali pod.
     *
     * @schema KialiSpecDeploymentProbes#startup
     */
    readonly startup?: KialiSpecDeploymentProbesStartup;
}
/**
 * Converts an object of type 'KialiSpecDeploymentProbes' to JSON representation.
 */
export declare function toJson_KialiSpecDeploymentProbes(obj: KialiSpecDeploymentProbes | undefined): Record<string, any> | undefined;
/**
 * TLS policy configuration. When source is 'auto' on OpenShift, the APIServer TLSSecurityProfile is used. Otherwise, the explicit config values are enforced.
 *
 * @schema KialiSpecDeploymentTlsConfig
 */
export interface KialiSpecDeploymentTlsConfig {
    /**
     * Explicit TLS cipher suites (OpenSSL names). Ignored for TLS 1.3.
     *
     * @schema KialiSpecDeploymentTlsConfig#cipher_suites
     */
    readonly cipherSuites?: string[];
    /**
     * Explicit TLS groups (supported key exchange mechanisms, e.g., X25519, secp256r1).
     *
     * @schema KialiSpecDeploymentTlsConfig#groups
     */
    readonly groups?: string[];
    /**
     * Maximum TLS version (e.g., TLSv1.3, TLSv1.2).
     *
     * @schema KialiSpecDeploymentTlsConfig#max_version
     */
    readonly maxVersion?: string;
    /**
     * Minimum TLS version (e.g., TLSv1.3, TLSv1.2).
     *
     * @schema KialiSpecDeploymentTlsConfig#min_version
     */
    readonly minVersion?: string;
    /**
     * TLS policy source: 'auto' to use OpenShift TLSSecurityProfile; 'config' to use explicit settings.
     *
     * @schema KialiSpecDeploymentTlsConfig#source
     */
    readonly source?: KialiSpecDeploymentTlsConfigSource;
}
/**
 * Converts an object of type 'KialiSpecDeploymentTlsConfig' to JSON representation.
 */
export declare function toJson_KialiSpecDeploymentTlsConfig(obj: KialiSpecDeploymentTlsConfig | undefined): Record<string, any> | undefined;
/**
 * Settings for enabling and discovering custom dashboards.
 *
 * @schema KialiSpecExternalServicesCustomDashboards
 */
export interface KialiSpecExternalServicesCustomDashboards {
    /**
     * Threshold of the number of pods, for a given Application or Workload, above which dashboards discovery will be skipped. This setting only takes effect when `discovery_enabled` is set to 'auto'.
     *
     * @schema KialiSpecExternalServicesCustomDashboards#discovery_auto_threshold
     */
    readonly discoveryAutoThreshold?: number;
    /**
     * Enable, disable or set 'auto' mode to the dashboards discovery process. If set to 'true', Kiali will always try to discover dashboards based on metrics. Note that this can generate performance penalties while discovering dashboards for workloads having many pods (thus many metrics). When set to 'auto', Kiali will skip dashboards discovery for workloads with more than a configured threshold of pods (see `discovery_auto_threshold`). When discovery is disabled or auto/skipped, it is still possible to tie workloads with dashboards through annotations on pods (refer to the doc https://kiali.io/docs/configuration/custom-dashboard/#pod-annotations). Value must be a string and be one of: `true`, `false`, `auto`.
     *
     * @schema KialiSpecExternalServicesCustomDashboards#discovery_enabled
     */
    readonly discoveryEnabled?: KialiSpecExternalServicesCustomDashboardsDiscoveryEnabled;
    /**
     * Enable or disable custom dashboards, including the dashboards discovery process.
     *
     * @schema KialiSpecExternalServicesCustomDashboards#enabled
     */
    readonly enabled?: boolean;
    /**
     * Used in the Components health feature. When true, the unhealthy scenarios will be raised as errors. Otherwise, they will be raised as a warning.
     *
     * @schema KialiSpecExternalServicesCustomDashboards#is_core
     */
    readonly isCore?: boolean;
    /**
     * The Prometheus label name used for identifying namespaces in metrics for custom dashboards. The default is `namespace` but you may want to use `kubernetes_namespace` depending on your Prometheus configuration.
     *
     * @schema KialiSpecExternalServicesCustomDashboards#namespace_label
     */
    readonly namespaceLabel?: string;
    /**
     * The Prometheus configuration defined here refers to the Prometheus instance that is dedicated to fetching metrics for custom dashboards. This means you can obtain these metrics for the custom dashboards from a Prometheus instance that is different from the one that Istio uses. If this section is omitted, the same Prometheus that is used to obtain the Istio metrics will also be used for retrieving custom dashboard metrics.
     *
     * @schema KialiSpecExternalServicesCustomDashboards#prometheus
     */
    readonly prometheus?: KialiSpecExternalServicesCustomDashboardsPrometheus;
}
/**
 * Converts an object of type 'KialiSpecExternalServicesCustomDashboards' to JSON representation.
 */
export declare function toJson_KialiSpecExternalServicesCustomDashboards(obj: KialiSpecExternalServicesCustomDashboards | undefined): Record<string, any> | undefined;
/**
 * Configuration used to access the Grafana dashboards.
 *
 * @schema KialiSpecExternalServicesGrafana
 */
export interface KialiSpecExternalServicesGrafana {
    /**
     * Settings used to authenticate with the Grafana instance.
     *
     * @schema KialiSpecExternalServicesGrafana#auth
     */
    readonly auth?: KialiSpecExternalServicesGrafanaAuth;
    /**
     * A list of Grafana dashboards that Kiali can link to.
     *
     * @schema KialiSpecExternalServicesGrafana#dashboards
     */
    readonly dashboards?: KialiSpecExternalServicesGrafanaDashboards[];
    /**
     * The UID of the Datasource configured in Grafana must be specified if multiple datasources are configured. It is empty by default and is used only in conjunction with the `datasource` variable.
     *
     * @schema KialiSpecExternalServicesGrafana#datasource_uid
     */
    readonly datasourceUid?: string;
    /**
     * When true, Grafana support will be enabled in Kiali.
     *
     * @schema KialiSpecExternalServicesGrafana#enabled
     */
    readonly enabled?: boolean;
    /**
     * The URL that the Kiali UI uses when displaying Grafana links to the user. This URL must be accessible to clients external to the cluster (e.g. a browser) in order for the integration to work properly. If empty, an attempt to auto-discover it is made. This URL can contain query parameters if needed, such as '?orgId=1'.
     *
     * @schema KialiSpecExternalServicesGrafana#external_url
     */
    readonly externalUrl?: string;
    /**
     * Used in the Components health feature. This is the URL which Kiali will ping to determine whether the component is reachable or not. It defaults to `internal_url` when not provided.
     *
     * @schema KialiSpecExternalServicesGrafana#health_check_url
     */
    readonly healthCheckUrl?: string;
    /**
     * DEPRECATED AFTER v1.73: The URL used for in-cluster access to Grafana.
     *
     * @schema KialiSpecExternalServicesGrafana#in_cluster_url
     */
    readonly inClusterUrl?: string;
    /**
     * The URL used by Kiali to perform requests and queries to Grafana. An example would be `http://grafana.istio-system:3000`. This URL can contain query parameters if needed, such as '?orgId=1'. If not defined, it will default to `http://grafana.<istio namespace>:3000`.
     *
     * @schema KialiSpecExternalServicesGrafana#internal_url
     */
    readonly internalUrl?: string;
    /**
     * DEPRECATED AFTER v1.73: The URL used to access Grafana from external sources.
     *
     * @schema KialiSpecExternalServicesGrafana#url
     */
    readonly url?: string;
    /**
     * Used in the Components health feature. When true, the unhealthy scenarios will be raised as errors. Otherwise, they will be raised as a warning.
     *
     * @schema KialiSpecExternalServicesGrafana#is_core
     */
    readonly isCore?: boolean;
}
/**
 * Converts an object of type 'KialiSpecExternalServicesGrafana' to JSON representation.
 */
export declare function toJson_KialiSpecExternalServicesGrafana(obj: KialiSpecExternalServicesGrafana | undefined): Record<string, any> | undefined;
/**
 * Istio configuration that Kiali needs to know about in order to observe the mesh.
 *
 * @schema KialiSpecExternalServicesIstio
 */
export interface KialiSpecExternalServicesIstio {
    /**
     * Istio components whose status will be monitored by Kiali.
     *
     * @schema KialiSpecExternalServicesIstio#component_status
     */
    readonly componentStatus?: KialiSpecExternalServicesIstioComponentStatus;
    /**
     * DEPRECATED AFTER v2.11: This setting is deprecated and will be ignored. The name of the istio control plane config map is now autodetected based on revision.
     *
     * @schema KialiSpecExternalServicesIstio#config_map_name
     */
    readonly configMapName?: string;
    /**
     * The namespace where Istio EgressGateway component is read for a status check. When left empty, the control plane namespace is used. e.g. `istio-system`.
     *
     * @schema KialiSpecExternalServicesIstio#egress_gateway_namespace
     */
    readonly egressGatewayNamespace?: string;
    /**
     * DEPRECATED AFTER v2.11: This setting is deprecated and will be ignored. The port which Kiali will open to fetch envoy config data information is now hardcoded to the standard Envoy port.
     *
     * @schema KialiSpecExternalServicesIstio#envoy_admin_local_port
     */
    readonly envoyAdminLocalPort?: number;
    /**
     * DEPRECATED AFTER v1.73: The name of the Gateway API Class used by Istio.
     *
     * @schema KialiSpecExternalServicesIstio#gateway_api_class_name
     */
    readonly gatewayApiClassName?: string;
    /**
     * A list declaring all the Gateway API Classes used in Istio. If empty or undefined, Kiali attempts to auto-discover Gateway Classes if `cluster_wide_access` is set `true` for Kiali; otherwise, it defaults to `istio`, `istio-remote`, and adds `istio-waypoint` for Ambient mode or `istio-east-west` for multicluster setup.
     *
     * @schema KialiSpecExternalServicesIstio#gateway_api_classes
     */
    readonly gatewayApiClasses?: KialiSpecExternalServicesIstioGatewayApiClasses[];
    /**
     * Label selector for auto-discovering K8s Gateway API Classes. Used if `gateway_api_classes` is unset and `cluster_wide_access` is set `true` for Kiali. When left empty then all K8s Gateway API Classes will be loaded.
     *
     * @schema KialiSpecExternalServicesIstio#gateway_api_classes_label_selector
     */
    readonly gatewayApiClassesLabelSelector?: string;
    /**
     * Indicates if Kiali has access to istiod.
     *
     * @schema KialiSpecExternalServicesIstio#istio_api_enabled
     */
    readonly istioApiEnabled?: boolean;
    /**
     * DEPRECATED AFTER v2.11: This setting is deprecated and will be ignored. Canary upgrade/downgrade functionality now autodetects canary revisions from running istiod pods.
     *
     * @schema KialiSpecExternalServicesIstio#istio_canary_revision
     */
    readonly istioCanaryRevision?: KialiSpecExternalServicesIstioIstioCanaryRevision;
    /**
     * DEPRECATED AFTER v2.11: This setting is deprecated and will be ignored. The name of the istiod deployment is now autodetected.
     *
     * @schema KialiSpecExternalServicesIstio#istiod_deployment_name
     */
    readonly istiodDeploymentName?: string;
    /**
     * The Kubernetes cluster DNS domain suffix used to construct fully qualified service hostnames (e.g. reviews.bookinfo.svc.cluster.local) and service account identity strings for validation. When empty, it is auto-detected from the Istio mesh trustDomain (as 'svc.' + trustDomain). Set explicitly only if you need to override the auto-detected value.
     *
     * @schema KialiSpecExternalServicesIstio#istio_identity_domain
     */
    readonly istioIdentityDomain?: string;
    /**
     * How often in seconds Kiali will poll istiod(s) for proxy status. Polling is not performed if istio_api_enabled is false.
     *
     * @schema KialiSpecExternalServicesIstio#istiod_polling_interval_seconds
     */
    readonly istiodPollingIntervalSeconds?: number;
    /**
     * DEPRECATED AFTER v2.11: This setting is deprecated and will be ignored. The name of the field that annotates a workload to indicate a sidecar should be automatically injected by Istio is now hardcoded to the standard value.
     *
     * @schema KialiSpecExternalServicesIstio#istio_injection_annotation
     */
    readonly istioInjectionAnnotation?: string;
    /**
     * DEPRECATED AFTER v2.11: This setting is deprecated and will be ignored. The pod annotation used by Istio to identify the sidecar is now hardcoded to the standard value.
     *
     * @schema KialiSpecExternalServicesIstio#istio_sidecar_annotation
     */
    readonly istioSidecarAnnotation?: string;
    /**
     * DEPRECATED AFTER v2.11: This setting is deprecated and will be ignored. The name of the istio-sidecar-injector config map is now autodetected based on revision.
     *
     * @schema KialiSpecExternalServicesIstio#istio_sidecar_injector_config_map_name
     */
    readonly istioSidecarInjectorConfigMapName?: string;
    /**
     * DEPRECATED AFTER v2.11: This setting is deprecated and will be ignored. The monitoring port of the IstioD pod is now autodetected from the deployment args.
     *
     * @schema KialiSpecExternalServicesIstio#istiod_pod_monitoring_port
     */
    readonly istiodPodMonitoringPort?: number;
    /**
     * DEPRECATED AFTER v2.11: This setting is deprecated and will be ignored. The namespace to treat as the administrative root namespace for Istio configuration.
     *
     * @schema KialiSpecExternalServicesIstio#root_namespace
     */
    readonly rootNamespace?: string;
    /**
     * DEPRECATED AFTER v2.11: This setting is deprecated and will be ignored. The Istio service used to determine the Istio version is now autodetected from services.
     *
     * @schema KialiSpecExternalServicesIstio#url_service_version
     */
    readonly urlServiceVersion?: string;
    /**
     * When true, Kiali will detect changes in Istio configuration and trigger validation reconciliation.
     *
     * @schema KialiSpecExternalServicesIstio#validation_change_detection_enabled
     */
    readonly validationChangeDetectionEnabled?: boolean;
    /**
     * Configures how often Kiali will validate Istio configuration. Validations cannot be disabled at the moment but you can set this to a long period of time. Accepts a golang duration string e.g. '1h' or '30m'.
     *
     * @schema KialiSpecExternalServicesIstio#validation_reconcile_interval
     */
    readonly validationReconcileInterval?: string;
}
/**
 * Converts an object of type 'KialiSpecExternalServicesIstio' to JSON representation.
 */
export declare function toJson_KialiSpecExternalServicesIstio(obj: KialiSpecExternalServicesIstio | undefined): Record<string, any> | undefined;
/**
 * Configuration used to access the Perses dashboards.
 *
 * @schema KialiSpecExternalServicesPerses
 */
export interface KialiSpecExternalServicesPerses {
    /**
     * Settings used to authenticate with the Perses instance.
     *
     * @schema KialiSpecExternalServicesPerses#auth
     */
    readonly auth?: KialiSpecExternalServicesPersesAuth;
    /**
     * A list of Perses dashboards that Kiali can link to.
     *
     * @schema KialiSpecExternalServicesPerses#dashboards
     */
    readonly dashboards?: KialiSpecExternalServicesPersesDashboards[];
    /**
     * When true, Perses support will be enabled in Kiali.
     *
     * @schema KialiSpecExternalServicesPerses#enabled
     */
    readonly enabled?: boolean;
    /**
     * The URL that the Kiali UI uses when displaying Perses links to the user. This URL must be accessible to clients external to the cluster (e.g. a browser) in order for the integration to work properly. If empty, an attempt to auto-discover it is made. This URL can contain query parameters if needed, such as '?orgId=1'.
     *
     * @schema KialiSpecExternalServicesPerses#external_url
     */
    readonly externalUrl?: string;
    /**
     * Used in the Components health feature. This is the URL which Kiali will ping to determine whether the component is reachable or not. It defaults to `internal_url` when not provided.
     *
     * @schema KialiSpecExternalServicesPerses#health_check_url
     */
    readonly healthCheckUrl?: string;
    /**
     * The URL used by Kiali to perform requests and queries to Perses. An example would be `http://perses.istio-system:4000`. This URL can contain query parameters if needed, such as '?orgId=1'. If not defined, it will default to `http://perses.<istio_namespace>:4000`.
     *
     * @schema KialiSpecExternalServicesPerses#internal_url
     */
    readonly internalUrl?: string;
    /**
     * Used in the Components health feature. When true, the unhealthy scenarios will be raised as errors. Otherwise, they will be raised as a warning.
     *
     * @schema KialiSpecExternalServicesPerses#is_core
     */
    readonly isCore?: boolean;
    /**
     * The name of the project where the Dashboards are defined.
     *
     * @schema KialiSpecExternalServicesPerses#project
     */
    readonly project?: string;
    /**
     * The URL format. Leave empty (the default) for standard Perses upstream. Use `openshift` when using Perses Dashboards via the Cluster Observability operator in OpenShift.
     *
     * @schema KialiSpecExternalServicesPerses#url_format
     */
    readonly urlFormat?: KialiSpecExternalServicesPersesUrlFormat;
}
/**
 * Converts an object of type 'KialiSpecExternalServicesPerses' to JSON representation.
 */
export declare function toJson_KialiSpecExternalServicesPerses(obj: KialiSpecExternalServicesPerses | undefined): Record<string, any> | undefined;
/**
 * The Prometheus configuration defined here refers to the Prometheus instance that is used by Istio to store its telemetry.
 *
 * @schema KialiSpecExternalServicesPrometheus
 */
export interface KialiSpecExternalServicesPrometheus {
    /**
     * Settings used to authenticate with the Prometheus instance.
     *
     * @schema KialiSpecExternalServicesPrometheus#auth
     */
    readonly auth?: KialiSpecExternalServicesPrometheusAuth;
    /**
     * Prometheus caching duration expressed in seconds.
     *
     * @schema KialiSpecExternalServicesPrometheus#cache_duration
     */
    readonly cacheDuration?: number;
    /**
     * Enable/disable Prometheus caching used for Health services.
     *
     * @schema KialiSpecExternalServicesPrometheus#cache_enabled
     */
    readonly cacheEnabled?: boolean;
    /**
     * Prometheus caching expiration expressed in seconds.
     *
     * @schema KialiSpecExternalServicesPrometheus#cache_expiration
     */
    readonly cacheExpiration?: number;
    /**
     * A set of name/value settings that will be passed as headers when requests are sent to Prometheus.
     *
     * @schema KialiSpecExternalServicesPrometheus#custom_headers
     */
    readonly customHeaders?: {
        [key: string]: string;
    };
    /**
     * When true, Kiali will connect to the Prometheus instance for Istio telemetry metrics. When false, Kiali will run without metrics support - the graph, health based on request rates, and metrics displays will be unavailable.
     *
     * @schema KialiSpecExternalServicesPrometheus#enabled
     */
    readonly enabled?: boolean;
    /**
     * Used in the Components health feature. This is the url which Kiali will ping to determine whether the component is reachable or not. It defaults to `url` when not provided.
     *
     * @schema KialiSpecExternalServicesPrometheus#health_check_url
     */
    readonly healthCheckUrl?: string;
    /**
     * Used in the Components health feature. When true, the unhealthy scenarios will be raised as errors. Otherwise, they will be raised as a warning.
     *
     * @schema KialiSpecExternalServicesPrometheus#is_core
     */
    readonly isCore?: boolean;
    /**
     * A set of labelName/labelValue settings applied to every Prometheus query. Used to narrow unified metrics to only those scoped to the Kiali instance.
     *
     * @schema KialiSpecExternalServicesPrometheus#query_scope
     */
    readonly queryScope?: {
        [key: string]: string;
    };
    /**
     * Define this section if Prometheus is to be queried through a Thanos proxy. Kiali will still use the `url` setting to query for Prometheus metrics so make sure that is set appropriately.
     *
     * @schema KialiSpecExternalServicesPrometheus#thanos_proxy
     */
    readonly thanosProxy?: KialiSpecExternalServicesPrometheusThanosProxy;
    /**
     * The URL used to query the Prometheus Server. This URL must be accessible from the Kiali pod. If empty, the default will assume Prometheus is in the Istio control plane namespace; e.g. `http://prometheus.istio-system:9090`.
     *
     * @schema KialiSpecExternalServicesPrometheus#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'KialiSpecExternalServicesPrometheus' to JSON representation.
 */
export declare function toJson_KialiSpecExternalServicesPrometheus(obj: KialiSpecExternalServicesPrometheus | undefined): Record<string, any> | undefined;
/**
 * Configuration used to access the Tracing (Jaeger or Tempo) dashboards.
 *
 * @schema KialiSpecExternalServicesTracing
 */
export interface KialiSpecExternalServicesTracing {
    /**
     * Settings used to authenticate with the Tracing server instance.
     *
     * @schema KialiSpecExternalServicesTracing#auth
     */
    readonly auth?: KialiSpecExternalServicesTracingAuth;
    /**
     * A set of name/value settings that will be passed as headers when requests are sent to the Tracing backend.
     *
     * @schema KialiSpecExternalServicesTracing#custom_headers
     */
    readonly customHeaders?: {
        [key: string]: string;
    };
    /**
     * When true, the version of the Tracing backend will not be retrieved. This will mean Kiali will not be able to display the version of your Tracing component in the Kiali UI. This may be needed in order to avoid Kiali reporting errors in cases where the full version endpoint is not accessible or is unknown. A common use case is when using Jaeger with gRPC and the HTTP endpoint is not deployed in the standard port (80).
     *
     * @schema KialiSpecExternalServicesTracing#disable_version_check
     */
    readonly disableVersionCheck?: boolean;
    /**
     * When true, connections to the Tracing server are enabled. `internal_url` and/or `external_url` need to be provided.
     *
     * @schema KialiSpecExternalServicesTracing#enabled
     */
    readonly enabled?: boolean;
    /**
     * The URL that the Kiali UI uses when displaying Tracing UI links to the user. This URL must be accessible to clients external to the cluster (e.g. a browser) in order to generate valid links. If the tracing service is deployed with a QUERY_BASE_PATH set, set this URL like https://<hostname>/<QUERY_BASE_PATH>; for example, https://tracing-service:8080/jaeger
     *
     * @schema KialiSpecExternalServicesTracing#external_url
     */
    readonly externalUrl?: string;
    /**
     * Set port number when `use_grpc` is true and `provider` is `tempo`.
     *
     * @schema KialiSpecExternalServicesTracing#grpc_port
     */
    readonly grpcPort?: number;
    /**
     * Used in the Components health feature. This is the url which Kiali will ping to determine whether the component is reachable or not. It defaults to `url` when not provided.
     *
     * @schema KialiSpecExternalServicesTracing#health_check_url
     */
    readonly healthCheckUrl?: string;
    /**
     * DEPRECATED AFTER v1.73: The URL used for in-cluster access to the tracing service.
     *
     * @schema KialiSpecExternalServicesTracing#in_cluster_url
     */
    readonly inClusterUrl?: string;
    /**
     * The URL used by Kiali to perform requests and queries to the tracing backend which enables further integration between Kiali and the tracing server. When not provided, Kiali will only show external links using the `external_url` setting. Note: Jaeger v1.20+ has separated ports for GRPC(16685) and HTTP(16686) requests. Make sure you use the appropriate port according to the `use_grpc` value. Example: http://tracing.istio-system:16685
     *
     * @schema KialiSpecExternalServicesTracing#internal_url
     */
    readonly internalUrl?: string;
    /**
     * DEPRECATED AFTER v1.73: The URL used to access the tracing service from external sources.
     *
     * @schema KialiSpecExternalServicesTracing#url
     */
    readonly url?: string;
    /**
     * Used in the Components health feature. When true, the unhealthy scenarios will be raised as errors. Otherwise, they will be raised as a warning.
     *
     * @schema KialiSpecExternalServicesTracing#is_core
     */
    readonly isCore?: boolean;
    /**
     * Kiali use this boolean to find traces with a namespace selector : service.namespace.
     *
     * @schema KialiSpecExternalServicesTracing#namespace_selector
     */
    readonly namespaceSelector?: boolean;
    /**
     * The trace provider to get the traces from. Value must be one of: `jaeger` or `tempo`.
     *
     * @schema KialiSpecExternalServicesTracing#provider
     */
    readonly provider?: KialiSpecExternalServicesTracingProvider;
    /**
     * A set of tagKey/tagValue settings applied to every Jaeger query. Used to narrow unified traces to only those scoped to the Kiali instance.
     *
     * @schema KialiSpecExternalServicesTracing#query_scope
     */
    readonly queryScope?: {
        [key: string]: string;
    };
    /**
     * The amount of time in seconds Kiali will wait for a response from 'jaeger-query' service when fetching traces.
     *
     * @schema KialiSpecExternalServicesTracing#query_timeout
     */
    readonly queryTimeout?: number;
    /**
     * Settings used to configure the access url to the Tempo Datasource in Grafana.
     *
     * @schema KialiSpecExternalServicesTracing#tempo_config
     */
    readonly tempoConfig?: KialiSpecExternalServicesTracingTempoConfig;
    /**
     * Set to true in order to enable GRPC connections between Kiali and Jaeger which will speed up the queries. In some setups you might not be able to use GRPC (e.g. if Jaeger is behind some reverse proxy that doesn't support it).
     *
     * @schema KialiSpecExternalServicesTracing#use_grpc
     */
    readonly useGrpc?: boolean;
    /**
     * Set to true in order to look for traces using the waypoint service name and not the actual service. Ex. To find traces for Istio versions earlier than 1.28.
     *
     * @schema KialiSpecExternalServicesTracing#use_waypoint_name
     */
    readonly useWaypointName?: boolean;
    /**
     * Kiali will get the traces of these services found in the Istio control plane namespace.
     *
     * @schema KialiSpecExternalServicesTracing#whitelist_istio_system
     */
    readonly whitelistIstioSystem?: string[];
}
/**
 * Converts an object of type 'KialiSpecExternalServicesTracing' to JSON representation.
 */
export declare function toJson_KialiSpecExternalServicesTracing(obj: KialiSpecExternalServicesTracing | undefined): Record<string, any> | undefined;
/**
 * Configuration for health pre-computation and caching.
 *
 * @schema KialiSpecHealthConfigCompute
 */
export interface KialiSpecHealthConfigCompute {
    /**
     * The time period over which health is calculated. Used as the rate interval for Prometheus queries.
     *
     * @schema KialiSpecHealthConfigCompute#duration
     */
    readonly duration?: KialiSpecHealthConfigComputeDuration;
    /**
     * The interval between health cache refreshes.
     *
     * @schema KialiSpecHealthConfigCompute#refresh_interval
     */
    readonly refreshInterval?: string;
    /**
     * The maximum time allowed for a single health refresh cycle. If exceeded, the refresh is cancelled and the next cycle starts on schedule.
     *
     * @schema KialiSpecHealthConfigCompute#timeout
     */
    readonly timeout?: string;
}
/**
 * Converts an object of type 'KialiSpecHealthConfigCompute' to JSON representation.
 */
export declare function toJson_KialiSpecHealthConfigCompute(obj: KialiSpecHealthConfigCompute | undefined): Record<string, any> | undefined;
/**
 * @schema KialiSpecHealthConfigRate
 */
export interface KialiSpecHealthConfigRate {
    /**
     * The name of the namespace that this configuration applies to. This is a regular expression.
     *
     * @schema KialiSpecHealthConfigRate#namespace
     */
    readonly namespace?: string;
    /**
     * The type of resource that this configuration applies to. This is a regular expression.
     *
     * @schema KialiSpecHealthConfigRate#kind
     */
    readonly kind?: string;
    /**
     * The name of a resource that this configuration applies to. This is a regular expression.
     *
     * @schema KialiSpecHealthConfigRate#name
     */
    readonly name?: string;
    /**
     * A list of tolerances for this configuration.
     *
     * @schema KialiSpecHealthConfigRate#tolerance
     */
    readonly tolerance?: KialiSpecHealthConfigRateTolerance[];
}
/**
 * Converts an object of type 'KialiSpecHealthConfigRate' to JSON representation.
 */
export declare function toJson_KialiSpecHealthConfigRate(obj: KialiSpecHealthConfigRate | undefined): Record<string, any> | undefined;
/**
 * Authorization-related feature flags.
 *
 * @schema KialiSpecKialiFeatureFlagsAuthz
 */
export interface KialiSpecKialiFeatureFlagsAuthz {
    /**
     * When true, a user must have GET permission on a namespace for it to be visible,
     * even if the user has LIST permission. When false (the default), a successful LIST
     * is trusted without per-namespace GET checks. Enable this in multi-tenant environments
     * where LIST permission is granted broadly but GET is restricted per namespace.
     *
     *
     * @schema KialiSpecKialiFeatureFlagsAuthz#require_namespace_get
     */
    readonly requireNamespaceGet?: boolean;
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsAuthz' to JSON representation.
 */
export declare function toJson_KialiSpecKialiFeatureFlagsAuthz(obj: KialiSpecKialiFeatureFlagsAuthz | undefined): Record<string, any> | undefined;
/**
 * DEPRECATED AFTER v1.73: Settings for certificate information indicators.
 *
 * @schema KialiSpecKialiFeatureFlagsCertificatesInformationIndicators
 */
export interface KialiSpecKialiFeatureFlagsCertificatesInformationIndicators {
    /**
     * DEPRECATED AFTER v1.73: When true, certificate information indicators will be displayed.
     *
     * @schema KialiSpecKialiFeatureFlagsCertificatesInformationIndicators#enabled
     */
    readonly enabled?: boolean;
    /**
     * DEPRECATED AFTER v1.73: List of secrets that contain certificate information.
     *
     * @schema KialiSpecKialiFeatureFlagsCertificatesInformationIndicators#secrets
     */
    readonly secrets?: string[];
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsCertificatesInformationIndicators' to JSON representation.
 */
export declare function toJson_KialiSpecKialiFeatureFlagsCertificatesInformationIndicators(obj: KialiSpecKialiFeatureFlagsCertificatesInformationIndicators | undefined): Record<string, any> | undefined;
/**
 * DEPRECATED AFTER v1.73: Multi-cluster related features.
 *
 * @schema KialiSpecKialiFeatureFlagsClustering
 */
export interface KialiSpecKialiFeatureFlagsClustering {
    /**
     * DEPRECATED AFTER v1.73: Settings to allow cluster secrets to be auto-detected.
     *
     * @schema KialiSpecKialiFeatureFlagsClustering#autodetect_secrets
     */
    readonly autodetectSecrets?: KialiSpecKialiFeatureFlagsClusteringAutodetectSecrets;
    /**
     * DEPRECATED AFTER v1.73: A list of clusters that the Kiali Server can access.
     *
     * @schema KialiSpecKialiFeatureFlagsClustering#clusters
     */
    readonly clusters?: KialiSpecKialiFeatureFlagsClusteringClusters[];
    /**
     * DEPRECATED AFTER v1.73: Flag to enable exec provider for clustering authentication.
     *
     * @schema KialiSpecKialiFeatureFlagsClustering#enable_exec_provider
     */
    readonly enableExecProvider?: boolean;
    /**
     * DEPRECATED AFTER v1.73: A map between cluster name, instance name and namespace to a Kiali URL.
     *
     * @schema KialiSpecKialiFeatureFlagsClustering#kiali_urls
     */
    readonly kialiUrls?: KialiSpecKialiFeatureFlagsClusteringKialiUrls[];
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsClustering' to JSON representation.
 */
export declare function toJson_KialiSpecKialiFeatureFlagsClustering(obj: KialiSpecKialiFeatureFlagsClustering | undefined): Record<string, any> | undefined;
/**
 * @schema KialiSpecKialiFeatureFlagsCustomWorkloadTypes
 */
export interface KialiSpecKialiFeatureFlagsCustomWorkloadTypes {
    /**
     * The API group of the custom workload type (e.g., 'argoproj.io').
     *
     * @schema KialiSpecKialiFeatureFlagsCustomWorkloadTypes#group
     */
    readonly group: string;
    /**
     * The API version of the custom workload type (e.g., 'v1alpha1').
     *
     * @schema KialiSpecKialiFeatureFlagsCustomWorkloadTypes#version
     */
    readonly version: string;
    /**
     * The kind of the custom workload type (e.g., 'Rollout').
     *
     * @schema KialiSpecKialiFeatureFlagsCustomWorkloadTypes#kind
     */
    readonly kind: string;
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsCustomWorkloadTypes' to JSON representation.
 */
export declare function toJson_KialiSpecKialiFeatureFlagsCustomWorkloadTypes(obj: KialiSpecKialiFeatureFlagsCustomWorkloadTypes | undefined): Record<string, any> | undefined;
/**
 * @schema KialiSpecKialiFeatureFlagsDisabledFeatures
 */
export declare enum KialiSpecKialiFeatureFlagsDisabledFeatures {
    /** logs-tab */
    LOGS_HYPHEN_TAB = "logs-tab"
}
/**
 * Default settings for the UI. These defaults apply to all users.
 *
 * @schema KialiSpecKialiFeatureFlagsUiDefaults
 */
export interface KialiSpecKialiFeatureFlagsUiDefaults {
    /**
     * Default settings for the Graph UI.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaults#graph
     */
    readonly graph?: KialiSpecKialiFeatureFlagsUiDefaultsGraph;
    /**
     * Default settings for the i18n values.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaults#i18n
     */
    readonly i18N?: KialiSpecKialiFeatureFlagsUiDefaultsI18N;
    /**
     * Default settings for the List views (Apps, Workloads, etc).
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaults#list
     */
    readonly list?: KialiSpecKialiFeatureFlagsUiDefaultsList;
    /**
     * Default settings for the Mesh UI.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaults#mesh
     */
    readonly mesh?: KialiSpecKialiFeatureFlagsUiDefaultsMesh;
    /**
     * Additional label aggregation for inbound metric pages in detail pages.
     * You will see these configurations in the 'Metric Settings' drop-down.
     * An example,
     * ```
     * spec:
     * kiali_feature_flags:
     * ui_defaults:
     * metrics_inbound:
     * aggregations:
     * - display_name: Istio Network
     * label: topology_istio_io_network
     * - display_name: Istio Revision
     * label: istio_io_rev
     * ```
     *
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaults#metrics_inbound
     */
    readonly metricsInbound?: KialiSpecKialiFeatureFlagsUiDefaultsMetricsInbound;
    /**
     * Additional label aggregation for outbound metric pages in detail pages.
     * You will see these configurations in the 'Metric Settings' drop-down.
     * An example,
     * ```
     * spec:
     * kiali_feature_flags:
     * ui_defaults:
     * metrics_outbound:
     * aggregations:
     * - display_name: Istio Network
     * label: topology_istio_io_network
     * - display_name: Istio Revision
     * label: istio_io_rev
     * ```
     *
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaults#metrics_outbound
     */
    readonly metricsOutbound?: KialiSpecKialiFeatureFlagsUiDefaultsMetricsOutbound;
    /**
     * Duration of metrics to fetch on each refresh. Value must be one of: `1m`, `2m`, `5m`, `10m`, `30m`, `1h`, `3h`, `6h`, `12h`, `1d`, `7d`, or `30d`
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaults#metrics_per_refresh
     */
    readonly metricsPerRefresh?: KialiSpecKialiFeatureFlagsUiDefaultsMetricsPerRefresh;
    /**
     * Default selections for the namespace selection dropdown. Non-existent or inaccessible namespaces will be ignored. Omit or set to an empty array for no default namespaces.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaults#namespaces
     */
    readonly namespaces?: string[];
    /**
     * The automatic refresh interval for pages offering automatic refresh. `Manual` requires user action even for initial page load. Value must be one of: `pause`, `manual`, `10s`, `15s`, `30s`, `1m`, `5m` or `15m`
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaults#refresh_interval
     */
    readonly refreshInterval?: KialiSpecKialiFeatureFlagsUiDefaultsRefreshInterval;
    /**
     * Default settings for the Tracing UI.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaults#tracing
     */
    readonly tracing?: KialiSpecKialiFeatureFlagsUiDefaultsTracing;
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsUiDefaults' to JSON representation.
 */
export declare function toJson_KialiSpecKialiFeatureFlagsUiDefaults(obj: KialiSpecKialiFeatureFlagsUiDefaults | undefined): Record<string, any> | undefined;
/**
 * Features specific to the validations subsystem.
 *
 * @schema KialiSpecKialiFeatureFlagsValidations
 */
export interface KialiSpecKialiFeatureFlagsValidations {
    /**
     * A list of one or more validation codes whose errors are to be ignored.
     *
     * @schema KialiSpecKialiFeatureFlagsValidations#ignore
     */
    readonly ignore?: string[];
    /**
     * The KIA0301 validation checks duplicity of host and port combinations across all Istio Gateways. This includes also Gateways with '*' in hosts. But Istio considers such a Gateway with a wildcard in hosts as the last in order, after the Gateways with FQDN in hosts. This option is to skip Gateways with wildcards in hosts from the KIA0301 validations but still keep Gateways with FQDN hosts.
     *
     * @schema KialiSpecKialiFeatureFlagsValidations#skip_wildcard_gateway_hosts
     */
    readonly skipWildcardGatewayHosts?: boolean;
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsValidations' to JSON representation.
 */
export declare function toJson_KialiSpecKialiFeatureFlagsValidations(obj: KialiSpecKialiFeatureFlagsValidations | undefined): Record<string, any> | undefined;
/**
 * Settings to enable observability into the Kiali server itself.
 *
 * @schema KialiSpecServerObservability
 */
export interface KialiSpecServerObservability {
    /**
     * Settings that control how Kiali itself emits its own metrics.
     *
     * @schema KialiSpecServerObservability#metrics
     */
    readonly metrics?: KialiSpecServerObservabilityMetrics;
    /**
     * Settings that control how the Kiali server itself emits its own tracing data.
     *
     * @schema KialiSpecServerObservability#tracing
     */
    readonly tracing?: KialiSpecServerObservabilityTracing;
}
/**
 * Converts an object of type 'KialiSpecServerObservability' to JSON representation.
 */
export declare function toJson_KialiSpecServerObservability(obj: KialiSpecServerObservability | undefined): Record<string, any> | undefined;
/**
 * Controls the internal profiler used to debug the internals of Kiali
 *
 * @schema KialiSpecServerProfiler
 */
export interface KialiSpecServerProfiler {
    /**
     * When 'true', the profiler will be enabled and accessible at /debug/pprof/ on the Kiali endpoint.
     *
     * @schema KialiSpecServerProfiler#enabled
     */
    readonly enabled?: boolean;
}
/**
 * Converts an object of type 'KialiSpecServerProfiler' to JSON representation.
 */
export declare function toJson_KialiSpecServerProfiler(obj: KialiSpecServerProfiler | undefined): Record<string, any> | undefined;
/**
 * Define the history mode of kiali UI. Value must be one of: `browser` or `hash`.
 *
 * @schema KialiSpecServerWebHistoryMode
 */
export declare enum KialiSpecServerWebHistoryMode {
    /** browser */
    BROWSER = "browser",
    /** hash */
    HASH = "hash"
}
/**
 * Defines the public HTTP schema used to serve Kiali. Value must be one of: `http` or `https`. When empty, Kiali will try to guess this value from HTTP headers. On non-OpenShift clusters, you must populate this value if you want to enable cross-linking between Kiali instances in a multi-cluster setup.
 *
 * @schema KialiSpecServerWebSchema
 */
export declare enum KialiSpecServerWebSchema {
    /** http */
    HTTP = "http",
    /** https */
    HTTPS = "https"
}
/**
 * Optional configuration to override OpenID Connect auto-discovery. Use when the IdP restricts access to /.well-known/openid-configuration endpoint.
 *
 * @schema KialiSpecAuthOpenidDiscoveryOverride
 */
export interface KialiSpecAuthOpenidDiscoveryOverride {
    /**
     * The URL of the provider's authorization endpoint.
     *
     * @schema KialiSpecAuthOpenidDiscoveryOverride#authorization_endpoint
     */
    readonly authorizationEndpoint?: string;
    /**
     * The URL of the provider's JWK Set document.
     *
     * @schema KialiSpecAuthOpenidDiscoveryOverride#jwks_uri
     */
    readonly jwksUri?: string;
    /**
     * The URL of the provider's token endpoint.
     *
     * @schema KialiSpecAuthOpenidDiscoveryOverride#token_endpoint
     */
    readonly tokenEndpoint?: string;
    /**
     * The URL of the provider's UserInfo endpoint.
     *
     * @schema KialiSpecAuthOpenidDiscoveryOverride#userinfo_endpoint
     */
    readonly userinfoEndpoint?: string;
}
/**
 * Converts an object of type 'KialiSpecAuthOpenidDiscoveryOverride' to JSON representation.
 */
export declare function toJson_KialiSpecAuthOpenidDiscoveryOverride(obj: KialiSpecAuthOpenidDiscoveryOverride | undefined): Record<string, any> | undefined;
/**
 * @schema KialiSpecChatAiProvidersModels
 */
export interface KialiSpecChatAiProvidersModels {
    /**
     * The description of the model.
     *
     * @schema KialiSpecChatAiProvidersModels#description
     */
    readonly description?: string;
    /**
     * Enable or disable the model.
     *
     * @schema KialiSpecChatAiProvidersModels#enabled
     */
    readonly enabled?: boolean;
    /**
     * The endpoint of the model.
     *
     * @schema KialiSpecChatAiProvidersModels#endpoint
     */
    readonly endpoint?: string;
    /**
     * The key of the model. May refer to a secret using the pattern `secret:<secretName>:<secretKey>`. When using a secret, the token is cached and automatically refreshed when the secret changes, enabling rotation without pod restart.
     *
     * @schema KialiSpecChatAiProvidersModels#key
     */
    readonly key?: string;
    /**
     * The model of the model.
     *
     * @schema KialiSpecChatAiProvidersModels#model
     */
    readonly model?: string;
    /**
     * The name of the model.
     *
     * @schema KialiSpecChatAiProvidersModels#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KialiSpecChatAiProvidersModels' to JSON representation.
 */
export declare function toJson_KialiSpecChatAiProvidersModels(obj: KialiSpecChatAiProvidersModels | undefined): Record<string, any> | undefined;
/**
 * Optional provider-specific filter for the ChatAI toolset. Applied after the global `chat_ai.tools` filter. It can further restrict tools for this provider, but it cannot re-enable tools that were already filtered out globally or by feature availability.
 *
 * @schema KialiSpecChatAiProvidersTools
 */
export interface KialiSpecChatAiProvidersTools {
    /**
     * A denylist of tool names to hide from this ChatAI provider. Applied after `enabled_tools`.
     *
     * @schema KialiSpecChatAiProvidersTools#disabled_tools
     */
    readonly disabledTools?: string[];
    /**
     * An allowlist of tool names to expose to this ChatAI provider. If set, only the listed tool names remain available for this provider.
     *
     * @schema KialiSpecChatAiProvidersTools#enabled_tools
     */
    readonly enabledTools?: string[];
}
/**
 * Converts an object of type 'KialiSpecChatAiProvidersTools' to JSON representation.
 */
export declare function toJson_KialiSpecChatAiProvidersTools(obj: KialiSpecChatAiProvidersTools | undefined): Record<string, any> | undefined;
/**
 * @schema KialiSpecDeploymentDiscoverySelectorsDefault
 */
export interface KialiSpecDeploymentDiscoverySelectorsDefault {
    /**
     * @schema KialiSpecDeploymentDiscoverySelectorsDefault#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * @schema KialiSpecDeploymentDiscoverySelectorsDefault#matchExpressions
     */
    readonly matchExpressions?: KialiSpecDeploymentDiscoverySelectorsDefaultMatchExpressions[];
}
/**
 * Converts an object of type 'KialiSpecDeploymentDiscoverySelectorsDefault' to JSON representation.
 */
export declare function toJson_KialiSpecDeploymentDiscoverySelectorsDefault(obj: KialiSpecDeploymentDiscoverySelectorsDefault | undefined): Record<string, any> | undefined;
/**
 * @schema KialiSpecDeploymentDiscoverySelectorsOverrides
 */
export interface KialiSpecDeploymentDiscoverySelectorsOverrides {
    /**
     * @schema KialiSpecDeploymentDiscoverySelectorsOverrides#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * @schema KialiSpecDeploymentDiscoverySelectorsOverrides#matchExpressions
     */
    readonly matchExpressions?: KialiSpecDeploymentDiscoverySelectorsOverridesMatchExpressions[];
}
/**
 * Converts an object of type 'KialiSpecDeploymentDiscoverySelectorsOverrides' to JSON representation.
 */
export declare function toJson_KialiSpecDeploymentDiscoverySelectorsOverrides(obj: KialiSpecDeploymentDiscoverySelectorsOverrides | undefined): Record<string, any> | undefined;
/**
 * Because an Ingress into a cluster can vary wildly in its desired configuration,
 * this setting provides a way to override complete portions of the Ingress resource
 * configuration (Ingress on Kubernetes and Route on OpenShift). It is up to the user
 * to ensure this override YAML configuration is valid and supports the cluster environment
 * since the operator will blindly copy this custom configuration into the resource it
 * creates.
 *
 * This setting is not used if `deployment.ingress.enabled` is set to 'false'.
 * Note that only 'metadata.annotations' and 'spec' is valid and only they will
 * be used to override those same sections in the created resource. You can define
 * either one or both.
 *
 * Note that `override_yaml.metadata.labels` is not allowed - you cannot override the labels; to add
 * labels to the default set of labels, use the `deployment.ingress.additional_labels` setting.
 * Example,
 * ```
 * spec:
 * deployment:
 * ingress:
 * override_yaml:
 * metadata:
 * annotations:
 * nginx.ingress.kubernetes.io/secure-backends: "true"
 * nginx.ingress.kubernetes.io/backend-protocol: "HTTPS"
 * spec:
 * rules:
 * - http:
 * paths:
 * - path: /kiali
 * pathType: Prefix
 * backend:
 * service
 * name: "kiali"
 * port:
 * number: 20001
 * ```
 *
 *
 * @schema KialiSpecDeploymentIngressOverrideYaml
 */
export interface KialiSpecDeploymentIngressOverrideYaml {
    /**
     * @schema KialiSpecDeploymentIngressOverrideYaml#metadata
     */
    readonly metadata?: KialiSpecDeploymentIngressOverrideYamlMetadata;
    /**
     * @schema KialiSpecDeploymentIngressOverrideYaml#spec
     */
    readonly spec?: any;
}
/**
 * Converts an object of type 'KialiSpecDeploymentIngressOverrideYaml' to JSON representation.
 */
export declare function toJson_KialiSpecDeploymentIngressOverrideYaml(obj: KialiSpecDeploymentIngressOverrideYaml | undefined): Record<string, any> | undefined;
/**
 * The lowest priority of messages to log. Must be one of: `trace`, `debug`, `info`, `warn`, `error`, or `fatal`.
 *
 * @schema KialiSpecDeploymentLoggerLogLevel
 */
export declare enum KialiSpecDeploymentLoggerLogLevel {
    /** trace */
    TRACE = "trace",
    /** debug */
    DEBUG = "debug",
    /** info */
    INFO = "info",
    /** warn */
    WARN = "warn",
    /** error */
    ERROR = "error",
    /** fatal */
    FATAL = "fatal"
}
/**
 * Indicates if the logs should be written with one log message per line or using a JSON format. Must be one of: `text` or `json`.
 *
 * @schema KialiSpecDeploymentLoggerLogFormat
 */
export declare enum KialiSpecDeploymentLoggerLogFormat {
    /** text */
    TEXT = "text",
    /** json */
    JSON = "json"
}
/**
 * Configures the liveness probe of the Kiali pod.
 *
 * @schema KialiSpecDeploymentProbesLiveness
 */
export interface KialiSpecDeploymentProbesLiveness {
    /**
     * @schema KialiSpecDeploymentProbesLiveness#initial_delay_seconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema KialiSpecDeploymentProbesLiveness#period_seconds
     */
    readonly periodSeconds?: number;
}
/**
 * Converts an object of type 'KialiSpecDeploymentProbesLiveness' to JSON representation.
 */
export declare function toJson_KialiSpecDeploymentProbesLiveness(obj: KialiSpecDeploymentProbesLiveness | undefined): Record<string, any> | undefined;
/**
 * Configures the readiness probe of the Kiali pod.
 *
 * @schema KialiSpecDeploymentProbesReadiness
 */
export interface KialiSpecDeploymentProbesReadiness {
    /**
     * @schema KialiSpecDeploymentProbesReadiness#initial_delay_seconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema KialiSpecDeploymentProbesReadiness#period_seconds
     */
    readonly periodSeconds?: number;
}
/**
 * Converts an object of type 'KialiSpecDeploymentProbesReadiness' to JSON representation.
 */
export declare function toJson_KialiSpecDeploymentProbesReadiness(obj: KialiSpecDeploymentProbesReadiness | undefined): Record<string, any> | undefined;
/**
 * Configures the startup probe of the Kiali pod.
 *
 * @schema KialiSpecDeploymentProbesStartup
 */
export interface KialiSpecDeploymentProbesStartup {
    /**
     * @schema KialiSpecDeploymentProbesStartup#failure_threshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema KialiSpecDeploymentProbesStartup#initial_delay_seconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema KialiSpecDeploymentProbesStartup#period_seconds
     */
    readonly periodSeconds?: number;
}
/**
 * Converts an object of type 'KialiSpecDeploymentProbesStartup' to JSON representation.
 */
export declare function toJson_KialiSpecDeploymentProbesStartup(obj: KialiSpecDeploymentProbesStartup | undefined): Record<string, any> | undefined;
/**
 * TLS policy source: 'auto' to use OpenShift TLSSecurityProfile; 'config' to use explicit settings.
 *
 * @schema KialiSpecDeploymentTlsConfigSource
 */
export declare enum KialiSpecDeploymentTlsConfigSource {
    /** auto */
    AUTO = "auto",
    /** config */
    CONFIG = "config"
}
/**
 * Enable, disable or set 'auto' mode to the dashboards discovery process. If set to 'true', Kiali will always try to discover dashboards based on metrics. Note that this can generate performance penalties while discovering dashboards for workloads having many pods (thus many metrics). When set to 'auto', Kiali will skip dashboards discovery for workloads with more than a configured threshold of pods (see `discovery_auto_threshold`). When discovery is disabled or auto/skipped, it is still possible to tie workloads with dashboards through annotations on pods (refer to the doc https://kiali.io/docs/configuration/custom-dashboard/#pod-annotations). Value must be a string and be one of: `true`, `false`, `auto`.
 *
 * @schema KialiSpecExternalServicesCustomDashboardsDiscoveryEnabled
 */
export declare enum KialiSpecExternalServicesCustomDashboardsDiscoveryEnabled {
    /** true */
    TRUE = "true",
    /** false */
    FALSE = "false",
    /** auto */
    AUTO = "auto"
}
/**
 * The Prometheus configuration defined here refers to the Prometheus instance that is dedicated to fetching metrics for custom dashboards. This means you can obtain these metrics for the custom dashboards from a Prometheus instance that is different from the one that Istio uses. If this section is omitted, the same Prometheus that is used to obtain the Istio metrics will also be used for retrieving custom dashboard metrics.
 *
 * @schema KialiSpecExternalServicesCustomDashboardsPrometheus
 */
export interface KialiSpecExternalServicesCustomDashboardsPrometheus {
    /**
     * Settings used to authenticate with the Prometheus instance.
     *
     * @schema KialiSpecExternalServicesCustomDashboardsPrometheus#auth
     */
    readonly auth?: KialiSpecExternalServicesCustomDashboardsPrometheusAuth;
    /**
     * Prometheus caching duration expressed in seconds.
     *
     * @schema KialiSpecExternalServicesCustomDashboardsPrometheus#cache_duration
     */
    readonly cacheDuration?: number;
    /**
     * Enable/disable Prometheus caching used for Health services.
     *
     * @schema KialiSpecExternalServicesCustomDashboardsPrometheus#cache_enabled
     */
    readonly cacheEnabled?: boolean;
    /**
     * Prometheus caching expiration expressed in seconds.
     *
     * @schema KialiSpecExternalServicesCustomDashboardsPrometheus#cache_expiration
     */
    readonly cacheExpiration?: number;
    /**
     * A set of name/value settings that will be passed as headers when requests are sent to Prometheus.
     *
     * @schema KialiSpecExternalServicesCustomDashboardsPrometheus#custom_headers
     */
    readonly customHeaders?: {
        [key: string]: string;
    };
    /**
     * Used in the Components health feature. This is the url which Kiali will ping to determine whether the component is reachable or not. It defaults to `url` when not provided.
     *
     * @schema KialiSpecExternalServicesCustomDashboardsPrometheus#health_check_url
     */
    readonly healthCheckUrl?: string;
    /**
     * Used in the Components health feature. When true, the unhealthy scenarios will be raised as errors. Otherwise, they will be raised as a warning.
     *
     * @schema KialiSpecExternalServicesCustomDashboardsPrometheus#is_core
     */
    readonly isCore?: boolean;
    /**
     * A set of labelName/labelValue settings applied to every Prometheus query. Used to narrow unified metrics to only those scoped to the Kiali instance.
     *
     * @schema KialiSpecExternalServicesCustomDashboardsPrometheus#query_scope
     */
    readonly queryScope?: {
        [key: string]: string;
    };
    /**
     * Define this section if Prometheus is to be queried through a Thanos proxy. Kiali will still use the `url` setting to query for Prometheus metrics so make sure that is set appropriately.
     *
     * @schema KialiSpecExternalServicesCustomDashboardsPrometheus#thanos_proxy
     */
    readonly thanosProxy?: KialiSpecExternalServicesCustomDashboardsPrometheusThanosProxy;
    /**
     * The URL used to query the Prometheus Server. This URL must be accessible from the Kiali pod. If empty, the default will assume Prometheus is in the Istio control plane namespace; e.g. `http://prometheus.istio-system:9090`.
     *
     * @schema KialiSpecExternalServicesCustomDashboardsPrometheus#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'KialiSpecExternalServicesCustomDashboardsPrometheus' to JSON representation.
 */
export declare function toJson_KialiSpecExternalServicesCustomDashboardsPrometheus(obj: KialiSpecExternalServicesCustomDashboardsPrometheus | undefined): Record<string, any> | undefined;
/**
 * Settings used to authenticate with the Grafana instance.
 *
 * @schema KialiSpecExternalServicesGrafanaAuth
 */
export interface KialiSpecExternalServicesGrafanaAuth {
    /**
     * DEPRECATED since v2.20: This setting is deprecated and will be ignored. To configure custom CA certificates, use the kiali-cabundle ConfigMap instead. See the TLS Configuration documentation for details.
     *
     * @schema KialiSpecExternalServicesGrafanaAuth#ca_file
     */
    readonly caFile?: string;
    /**
     * The client certificate file to use when accessing Grafana using https with mTLS. An empty string means no client certificate is used. May refer to a secret using the pattern `secret:<secretName>:<secretKey>`. When using a secret, the certificate is cached and automatically refreshed when the secret changes, enabling rotation without pod restart.
     *
     * @schema KialiSpecExternalServicesGrafanaAuth#cert_file
     */
    readonly certFile?: string;
    /**
     * Set true to skip verifying certificate validity when Kiali contacts Grafana over https.
     *
     * @schema KialiSpecExternalServicesGrafanaAuth#insecure_skip_verify
     */
    readonly insecureSkipVerify?: boolean;
    /**
     * The client private key file to use when accessing Grafana using https with mTLS. An empty string means no client private key is used. May refer to a secret using the pattern `secret:<secretName>:<secretKey>`. When using a secret, the key is cached and automatically refreshed when the secret changes, enabling rotation without pod restart.
     *
     * @schema KialiSpecExternalServicesGrafanaAuth#key_file
     */
    readonly keyFile?: string;
    /**
     * Settings for OAuth2 client_credentials authentication. When auth.type is `oauth2`, these settings are used to obtain an access token.
     *
     * @schema KialiSpecExternalServicesGrafanaAuth#oauth2
     */
    readonly oauth2?: KialiSpecExternalServicesGrafanaAuthOauth2;
    /**
     * Password to be used when making requests to Grafana, for basic authentication. May refer to a secret using the pattern `secret:<secretName>:<secretKey>`. When using a secret, the password is cached and automatically refreshed when the secret changes, enabling rotation without pod restart.
     *
     * @schema KialiSpecExternalServicesGrafanaAuth#password
     */
    readonly password?: string;
    /**
     * Token / API key to access Grafana, for token-based authentication. May refer to a secret using the pattern `secret:<secretName>:<secretKey>`. When using a secret, the token is cached and automatically refreshed when the secret changes, enabling rotation without pod restart.
     *
     * @schema KialiSpecExternalServicesGrafanaAuth#token
     */
    readonly token?: string;
    /**
     * The type of authentication to use when contacting the server. Use `bearer` to send the token to the Grafana server. Use `basic` to connect with username and password credentials. Use `oauth2` to use OAuth2 client_credentials flow. Use `none` to not use any authentication.
     *
     * @schema KialiSpecExternalServicesGrafanaAuth#type
     */
    readonly type?: string;
    /**
     * When true and if `auth.type` is `bearer`, Kiali Service Account token will be used for the API calls to Grafana (in this case, `auth.token` config is ignored).
     *
     * @schema KialiSpecExternalServicesGrafanaAuth#use_kiali_token
     */
    readonly useKialiToken?: boolean;
    /**
     * Username to be used when making requests to Grafana with `basic` authentication. May refer to a secret using the pattern `secret:<secretName>:<secretKey>`. When using a secret, the username is cached and automatically refreshed when the secret changes, enabling rotation without pod restart.
     *
     * @schema KialiSpecExternalServicesGrafanaAuth#username
     */
    readonly username?: string;
}
/**
 * Converts an object of type 'KialiSpecExternalServicesGrafanaAuth' to JSON representation.
 */
export declare function toJson_KialiSpecExternalServicesGrafanaAuth(obj: KialiSpecExternalServicesGrafanaAuth | undefined): Record<string, any> | undefined;
/**
 * @schema KialiSpecExternalServicesGrafanaDashboards
 */
export interface KialiSpecExternalServicesGrafanaDashboards {
    /**
     * The name of the Grafana dashboard.
     *
     * @schema KialiSpecExternalServicesGrafanaDashboards#name
     */
    readonly name?: string;
    /**
     * @schema KialiSpecExternalServicesGrafanaDashboards#variables
     */
    readonly variables?: KialiSpecExternalServicesGrafanaDashboardsVariables;
}
/**
 * Converts an object of type 'KialiSpecExternalServicesGrafanaDashboards' to JSON representation.
 */
export declare function toJson_KialiSpecExternalServicesGrafanaDashboards(obj: KialiSpecExternalServicesGrafanaDashboards | undefined): Record<string, any> | undefined;
/**
 * Istio components whose status will be monitored by Kiali.
 *
 * @schema KialiSpecExternalServicesIstioComponentStatus
 */
export interface KialiSpecExternalServicesIstioComponentStatus {
    /**
     * A specific Istio component whose status will be monitored by Kiali.
     *
     * @schema KialiSpecExternalServicesIstioComponentStatus#components
     */
    readonly components?: KialiSpecExternalServicesIstioComponentStatusComponents[];
    /**
     * Determines if Istio component statuses will be displayed in the Kiali masthead indicator.
     *
     * @schema KialiSpecExternalServicesIstioComponentStatus#enabled
     */
    readonly enabled?: boolean;
}
/**
 * Converts an object of type 'KialiSpecExternalServicesIstioComponentStatus' to JSON representation.
 */
export declare function toJson_KialiSpecExternalServicesIstioComponentStatus(obj: KialiSpecExternalServicesIstioComponentStatus | undefined): Record<string, any> | undefined;
/**
 * @schema KialiSpecExternalServicesIstioGatewayApiClasses
 */
export interface KialiSpecExternalServicesIstioGatewayApiClasses {
    /**
     * The name of the Gateway API implementation.
     *
     * @schema KialiSpecExternalServicesIstioGatewayApiClasses#name
     */
    readonly name?: string;
    /**
     * The name of the GatewayClass.
     *
     * @schema KialiSpecExternalServicesIstioGatewayApiClasses#class_name
     */
    readonly className?: string;
}
/**
 * Converts an object of type 'KialiSpecExternalServicesIstioGatewayApiClasses' to JSON representation.
 */
export declare function toJson_KialiSpecExternalServicesIstioGatewayApiClasses(obj: KialiSpecExternalServicesIstioGatewayApiClasses | undefined): Record<string, any> | undefined;
/**
 * DEPRECATED AFTER v2.11: This setting is deprecated and will be ignored. Canary upgrade/downgrade functionality now autodetects canary revisions from running istiod pods.
 *
 * @schema KialiSpecExternalServicesIstioIstioCanaryRevision
 */
export interface KialiSpecExternalServicesIstioIstioCanaryRevision {
    /**
     * DEPRECATED AFTER v2.11: The currently installed Istio revision.
     *
     * @schema KialiSpecExternalServicesIstioIstioCanaryRevision#current
     */
    readonly current?: string;
    /**
     * DEPRECATED AFTER v2.11: The installed Istio canary revision to upgrade to.
     *
     * @schema KialiSpecExternalServicesIstioIstioCanaryRevision#upgrade
     */
    readonly upgrade?: string;
}
/**
 * Converts an object of type 'KialiSpecExternalServicesIstioIstioCanaryRevision' to JSON representation.
 */
export declare function toJson_KialiSpecExternalServicesIstioIstioCanaryRevision(obj: KialiSpecExternalServicesIstioIstioCanaryRevision | undefined): Record<string, any> | undefined;
/**
 * Settings used to authenticate with the Perses instance.
 *
 * @schema KialiSpecExternalServicesPersesAuth
 */
export interface KialiSpecExternalServicesPersesAuth {
    /**
     * DEPRECATED since v2.20: This setting is deprecated and will be ignored. To configure custom CA certificates, use the kiali-cabundle ConfigMap instead. See the TLS Configuration documentation for details.
     *
     * @schema KialiSpecExternalServicesPersesAuth#ca_file
     */
    readonly caFile?: string;
    /**
     * The client certificate file to use when accessing Perses using https with mTLS. An empty string means no client certificate is used. May refer to a secret using the pattern `secret:<secretName>:<secretKey>`. When using a secret, the certificate is cached and automatically refreshed when the secret changes, enabling rotation without pod restart.
     *
     * @schema KialiSpecExternalServicesPersesAuth#cert_file
     */
    readonly certFile?: string;
    /**
     * Set true to skip verifying certificate validity when Kiali contacts Perses over https.
     *
     * @schema KialiSpecExternalServicesPersesAuth#insecure_skip_verify
     */
    readonly insecureSkipVerify?: boolean;
    /**
     * The client private key file to use when accessing Perses using https with mTLS. An empty string means no client private key is used. May refer to a secret using the pattern `secret:<secretName>:<secretKey>`. When using a secret, the key is cached and automatically refreshed when the secret changes, enabling rotation without pod restart.
     *
     * @schema KialiSpecExternalServicesPersesAuth#key_file
     */
    readonly keyFile?: string;
    /**
     * Settings for OAuth2 client_credentials authentication. When auth.type is `oauth2`, these settings are used to obtain an access token.
     *
     * @schema KialiSpecExternalServicesPersesAuth#oauth2
     */
    readonly oauth2?: KialiSpecExternalServicesPersesAuthOauth2;
    /**
     * Password to be used when making requests to Perses, for basic authentication. May refer to a secret using the pattern `secret:<secretName>:<secretKey>`. When using a secret, the password is cached and automatically refreshed when the secret changes, enabling rotation without pod restart.
     *
     * @schema KialiSpecExternalServicesPersesAuth#password
     */
    readonly password?: string;
    /**
     * The type of authentication to use when contacting the server. Use `bearer` to send the token to the Perses server. Use `basic` to connect with username and password credentials. Use `oauth2` to use OAuth2 client_credentials flow. Use `none` to not use any authentication.
     *
     * @schema KialiSpecExternalServicesPersesAuth#type
     */
    readonly type?: string;
    /**
     * When true and if `auth.type` is `bearer`, Kiali Service Account token will be used for the API calls to Perses.
     *
     * @schema KialiSpecExternalServicesPersesAuth#use_kiali_token
     */
    readonly useKialiToken?: boolean;
    /**
     * Username to be used when making requests to Perses with `basic` authentication. May refer to a secret using the pattern `secret:<secretName>:<secretKey>`. When using a secret, the username is cached and automatically refreshed when the secret changes, enabling rotation without pod restart.
     *
     * @schema KialiSpecExternalServicesPersesAuth#username
     */
    readonly username?: string;
}
/**
 * Converts an object of type 'KialiSpecExternalServicesPersesAuth' to JSON representation.
 */
export declare function toJson_KialiSpecExternalServicesPersesAuth(obj: KialiSpecExternalServicesPersesAuth | undefined): Record<string, any> | undefined;
/**
 * @schema KialiSpecExternalServicesPersesDashboards
 */
export interface KialiSpecExternalServicesPersesDashboards {
    /**
     * The name of the Perses dashboard.
     *
     * @schema KialiSpecExternalServicesPersesDashboards#name
     */
    readonly name?: string;
    /**
     * @schema KialiSpecExternalServicesPersesDashboards#variables
     */
    readonly variables?: KialiSpecExternalServicesPersesDashboardsVariables;
}
/**
 * Converts an object of type 'KialiSpecExternalServicesPersesDashboards' to JSON representation.
 */
export declare function toJson_KialiSpecExternalServicesPersesDashboards(obj: KialiSpecExternalServicesPersesDashboards | undefined): Record<string, any> | undefined;
/**
 * The URL format. Leave empty (the default) for standard Perses upstream. Use `openshift` when using Perses Dashboards via the Cluster Observability operator in OpenShift.
 *
 * @schema KialiSpecExternalServicesPersesUrlFormat
 */
export declare enum KialiSpecExternalServicesPersesUrlFormat {
    /** openshift */
    OPENSHIFT = "openshift"
}
/**
 * Settings used to authenticate with the Prometheus instance.
 *
 * @schema KialiSpecExternalServicesPrometheusAuth
 */
export interface KialiSpecExternalServicesPrometheusAuth {
    /**
     * DEPRECATED since v2.20: This setting is deprecated and will be ignored. To configure custom CA certificates, use the kiali-cabundle ConfigMap instead. See the TLS Configuration documentation for details.
     *
     * @schema KialiSpecExternalServicesPrometheusAuth#ca_file
     */
    readonly caFile?: string;
    /**
     * The client certificate file to use when accessing Prometheus using https with mTLS. An empty string means no client certificate is used. May refer to a secret.
     *
     * @schema KialiSpecExternalServicesPrometheusAuth#cert_file
     */
    readonly certFile?: string;
    /**
     * Set true to skip verifying certificate validity when Kiali contacts Prometheus over https.
     *
     * @schema KialiSpecExternalServicesPrometheusAuth#insecure_skip_verify
     */
    readonly insecureSkipVerify?: boolean;
    /**
     * The client private key file to use when accessing Prometheus using https with mTLS. An empty string means no client private key is used. May refer to a secret using the pattern `secret:<secretName>:<secretKey>`. When using a secret, the key is cached and automatically refreshed when the secret changes, enabling rotation without pod restart.
     *
     * @schema KialiSpecExternalServicesPrometheusAuth#key_file
     */
    readonly keyFile?: string;
    /**
     * Settings for OAuth2 client_credentials authentication. When auth.type is `oauth2`, these settings are used to obtain an access token.
     *
     * @schema KialiSpecExternalServicesPrometheusAuth#oauth2
     */
    readonly oauth2?: KialiSpecExternalServicesPrometheusAuthOauth2;
    /**
     * Password to be used when making requests to Prometheus, for basic authentication. May refer to a secret using the pattern `secret:<secretName>:<secretKey>`. When using a secret, the password is cached and automatically refreshed when the secret changes, enabling rotation without pod restart.
     *
     * @schema KialiSpecExternalServicesPrometheusAuth#password
     */
    readonly password?: string;
    /**
     * Token / API key to access Prometheus, for token-based authentication. May refer to a secret using the pattern `secret:<secretName>:<secretKey>`. When using a secret, the token is cached and automatically refreshed when the secret changes, enabling rotation without pod restart.
     *
     * @schema KialiSpecExternalServicesPrometheusAuth#token
     */
    readonly token?: string;
    /**
     * The type of authentication to use when contacting the server. Use `bearer` to send the token to the Prometheus server. Use `basic` to connect with username and password credentials. Use `oauth2` to use OAuth2 client_credentials flow. Use `none` to not use any authentication (this is the default).
     *
     * @schema KialiSpecExternalServicesPrometheusAuth#type
     */
    readonly type?: string;
    /**
     * When true and if `auth.type` is `bearer`, Kiali Service Account token will be used for the API calls to Prometheus (in this case, `auth.token` config is ignored).
     *
     * @schema KialiSpecExternalServicesPrometheusAuth#use_kiali_token
     */
    readonly useKialiToken?: boolean;
    /**
     * Username to be used when making requests to Prometheus with `basic` authentication. May refer to a secret using the pattern `secret:<secretName>:<secretKey>`. When using a secret, the username is cached and automatically refreshed when the secret changes, enabling rotation without pod restart.
     *
     * @schema KialiSpecExternalServicesPrometheusAuth#username
     */
    readonly username?: string;
}
/**
 * Converts an object of type 'KialiSpecExternalServicesPrometheusAuth' to JSON representation.
 */
export declare function toJson_KialiSpecExternalServicesPrometheusAuth(obj: KialiSpecExternalServicesPrometheusAuth | undefined): Record<string, any> | undefined;
/**
 * Define this section if Prometheus is to be queried through a Thanos proxy. Kiali will still use the `url` setting to query for Prometheus metrics so make sure that is set appropriately.
 *
 * @schema KialiSpecExternalServicesPrometheusThanosProxy
 */
export interface KialiSpecExternalServicesPrometheusThanosProxy {
    /**
     * Set to true when a Thanos proxy is in front of Prometheus.
     *
     * @schema KialiSpecExternalServicesPrometheusThanosProxy#enabled
     */
    readonly enabled?: boolean;
    /**
     * Thanos Retention period value expressed as a string.
     *
     * @schema KialiSpecExternalServicesPrometheusThanosProxy#retention_period
     */
    readonly retentionPeriod?: string;
    /**
     * Thanos Scrape interval value expressed as a string.
     *
     * @schema KialiSpecExternalServicesPrometheusThanosProxy#scrape_interval
     */
    readonly scrapeInterval?: string;
}
/**
 * Converts an object of type 'KialiSpecExternalServicesPrometheusThanosProxy' to JSON representation.
 */
export declare function toJson_KialiSpecExternalServicesPrometheusThanosProxy(obj: KialiSpecExternalServicesPrometheusThanosProxy | undefined): Record<string, any> | undefined;
/**
 * Settings used to authenticate with the Tracing server instance.
 *
 * @schema KialiSpecExternalServicesTracingAuth
 */
export interface KialiSpecExternalServicesTracingAuth {
    /**
     * DEPRECATED since v2.20: This setting is deprecated and will be ignored. To configure custom CA certificates, use the kiali-cabundle ConfigMap instead. See the TLS Configuration documentation for details.
     *
     * @schema KialiSpecExternalServicesTracingAuth#ca_file
     */
    readonly caFile?: string;
    /**
     * The client certificate file to use when accessing the Tracing server using https with mTLS. An empty string means no client certificate is used. May refer to a secret using the pattern `secret:<secretName>:<secretKey>`. When using a secret, the certificate is cached and automatically refreshed when the secret changes, enabling rotation without pod restart.
     *
     * @schema KialiSpecExternalServicesTracingAuth#cert_file
     */
    readonly certFile?: string;
    /**
     * Set true to skip verifying certificate validity when Kiali contacts the Tracing server over https.
     *
     * @schema KialiSpecExternalServicesTracingAuth#insecure_skip_verify
     */
    readonly insecureSkipVerify?: boolean;
    /**
     * The client private key file to use when accessing the Tracing server using https with mTLS. An empty string means no client private key is used. May refer to a secret using the pattern `secret:<secretName>:<secretKey>`. When using a secret, the key is cached and automatically refreshed when the secret changes, enabling rotation without pod restart.
     *
     * @schema KialiSpecExternalServicesTracingAuth#key_file
     */
    readonly keyFile?: string;
    /**
     * Settings for OAuth2 client_credentials authentication. When auth.type is `oauth2`, these settings are used to obtain an access token.
     *
     * @schema KialiSpecExternalServicesTracingAuth#oauth2
     */
    readonly oauth2?: KialiSpecExternalServicesTracingAuthOauth2;
    /**
     * Password to be used when making requests to the Tracing server, for basic authentication. May refer to a secret using the pattern `secret:<secretName>:<secretKey>`. When using a secret, the password is cached and automatically refreshed when the secret changes, enabling rotation without pod restart.
     *
     * @schema KialiSpecExternalServicesTracingAuth#password
     */
    readonly password?: string;
    /**
     * Token / API key to access the Tracing server, for token-based authentication. May refer to a secret using the pattern `secret:<secretName>:<secretKey>`. When using a secret, the token is cached and automatically refreshed when the secret changes, enabling rotation without pod restart.
     *
     * @schema KialiSpecExternalServicesTracingAuth#token
     */
    readonly token?: string;
    /**
     * The type of authentication to use when contacting the server. Use `bearer` to send the token to the Tracing server. Use `basic` to connect with username and password credentials. Use `oauth2` to use OAuth2 client_credentials flow (only supported when use_grpc is false). Use `none` to not use any authentication (this is the default).
     *
     * @schema KialiSpecExternalServicesTracingAuth#type
     */
    readonly type?: string;
    /**
     * When true and if `auth.type` is `bearer`, Kiali Service Account token will be used for the API calls to the Tracing server (in this case, `auth.token` config is ignored).
     *
     * @schema KialiSpecExternalServicesTracingAuth#use_kiali_token
     */
    readonly useKialiToken?: boolean;
    /**
     * Username to be used when making requests to the Tracing server with `basic` authentication. May refer to a secret using the pattern `secret:<secretName>:<secretKey>`. When using a secret, the username is cached and automatically refreshed when the secret changes, enabling rotation without pod restart.
     *
     * @schema KialiSpecExternalServicesTracingAuth#username
     */
    readonly username?: string;
}
/**
 * Converts an object of type 'KialiSpecExternalServicesTracingAuth' to JSON representation.
 */
export declare function toJson_KialiSpecExternalServicesTracingAuth(obj: KialiSpecExternalServicesTracingAuth | undefined): Record<string, any> | undefined;
/**
 * The trace provider to get the traces from. Value must be one of: `jaeger` or `tempo`.
 *
 * @schema KialiSpecExternalServicesTracingProvider
 */
export declare enum KialiSpecExternalServicesTracingProvider {
    /** jaeger */
    JAEGER = "jaeger",
    /** tempo */
    TEMPO = "tempo"
}
/**
 * Settings used to configure the access url to the Tempo Datasource in Grafana.
 *
 * @schema KialiSpecExternalServicesTracingTempoConfig
 */
export interface KialiSpecExternalServicesTracingTempoConfig {
    /**
     * When `cache_enabled` is true, the number of traces saved in the cache.
     *
     * @schema KialiSpecExternalServicesTracingTempoConfig#cache_capacity
     */
    readonly cacheCapacity?: number;
    /**
     * A FIFO cache with the last `cache_capacity` traces viewed.
     *
     * @schema KialiSpecExternalServicesTracingTempoConfig#cache_enabled
     */
    readonly cacheEnabled?: boolean;
    /**
     * The unique identifier (uid) of the Tempo datasource in Grafana.
     *
     * @schema KialiSpecExternalServicesTracingTempoConfig#datasource_uid
     */
    readonly datasourceUid?: string;
    /**
     * The name of the Tempo instance for the `url_format` of `openshift` in the Plugin UI.
     *
     * @schema KialiSpecExternalServicesTracingTempoConfig#name
     */
    readonly name?: string;
    /**
     * The namespace of the Tempo instance for the `url_format` of `openshift` in the Plugin UI.
     *
     * @schema KialiSpecExternalServicesTracingTempoConfig#namespace
     */
    readonly namespace?: string;
    /**
     * The Id of the organization that the dashboard is in. Default to 1 (the first and default organization).
     *
     * @default 1 (the first and default organization).
     * @schema KialiSpecExternalServicesTracingTempoConfig#org_id
     */
    readonly orgId?: string;
    /**
     * The name of the Tempo tenant for the `url_format` of `openshift` in the Plugin UI.
     *
     * @schema KialiSpecExternalServicesTracingTempoConfig#tenant
     */
    readonly tenant?: string;
    /**
     * The URL format for the external url. Can be 'jaeger', 'grafana' or 'openshift'. Default to 'grafana'. Openshift will need the name, namespace and tenant in the `tempo_config` settings.
     *
     * @default grafana'. Openshift will need the name, namespace and tenant in the `tempo_config` settings.
     * @schema KialiSpecExternalServicesTracingTempoConfig#url_format
     */
    readonly urlFormat?: KialiSpecExternalServicesTracingTempoConfigUrlFormat;
}
/**
 * Converts an object of type 'KialiSpecExternalServicesTracingTempoConfig' to JSON representation.
 */
export declare function toJson_KialiSpecExternalServicesTracingTempoConfig(obj: KialiSpecExternalServicesTracingTempoConfig | undefined): Record<string, any> | undefined;
/**
 * The time period over which health is calculated. Used as the rate interval for Prometheus queries.
 *
 * @schema KialiSpecHealthConfigComputeDuration
 */
export declare enum KialiSpecHealthConfigComputeDuration {
    /** 1m */
    VALUE_1M = "1m",
    /** 2m */
    VALUE_2M = "2m",
    /** 5m */
    VALUE_5M = "5m",
    /** 10m */
    VALUE_10M = "10m",
    /** 30m */
    VALUE_30M = "30m",
    /** 1h */
    VALUE_1H = "1h",
    /** 3h */
    VALUE_3H = "3h",
    /** 6h */
    VALUE_6H = "6h",
    /** 12h */
    VALUE_12H = "12h",
    /** 1d */
    VALUE_1D = "1d",
    /** 7d */
    VALUE_7D = "7d",
    /** 30d */
    VALUE_30D = "30d"
}
/**
 * @schema KialiSpecHealthConfigRateTolerance
 */
export interface KialiSpecHealthConfigRateTolerance {
    /**
     * The protocol that applies for this tolerance (e.g. grpc or http). This is a regular expression.
     *
     * @schema KialiSpecHealthConfigRateTolerance#protocol
     */
    readonly protocol?: string;
    /**
     * The direction that applies for this tolerance (e.g. inbound or outbound). This is a regular expression.
     *
     * @schema KialiSpecHealthConfigRateTolerance#direction
     */
    readonly direction?: string;
    /**
     * The status code that applies for this tolerance. This is a regular expression.
     *
     * @schema KialiSpecHealthConfigRateTolerance#code
     */
    readonly code?: string;
    /**
     * Health will be considered degraded when the telemetry reaches this value (specified as an integer representing a percentage).
     *
     * @schema KialiSpecHealthConfigRateTolerance#degraded
     */
    readonly degraded?: number;
    /**
     * A failure status will be shown when the telemetry reaches this value (specified as an integer representing a percentage).
     *
     * @schema KialiSpecHealthConfigRateTolerance#failure
     */
    readonly failure?: number;
}
/**
 * Converts an object of type 'KialiSpecHealthConfigRateTolerance' to JSON representation.
 */
export declare function toJson_KialiSpecHealthConfigRateTolerance(obj: KialiSpecHealthConfigRateTolerance | undefined): Record<string, any> | undefined;
/**
 * DEPRECATED AFTER v1.73: Settings to allow cluster secrets to be auto-detected.
 *
 * @schema KialiSpecKialiFeatureFlagsClusteringAutodetectSecrets
 */
export interface KialiSpecKialiFeatureFlagsClusteringAutodetectSecrets {
    /**
     * DEPRECATED AFTER v1.73: If true then remote cluster secrets will be autodetected.
     *
     * @schema KialiSpecKialiFeatureFlagsClusteringAutodetectSecrets#enabled
     */
    readonly enabled?: boolean;
    /**
     * DEPRECATED AFTER v1.73: The name and value of a label that exists on all remote cluster secrets.
     *
     * @schema KialiSpecKialiFeatureFlagsClusteringAutodetectSecrets#label
     */
    readonly label?: string;
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsClusteringAutodetectSecrets' to JSON representation.
 */
export declare function toJson_KialiSpecKialiFeatureFlagsClusteringAutodetectSecrets(obj: KialiSpecKialiFeatureFlagsClusteringAutodetectSecrets | undefined): Record<string, any> | undefined;
/**
 * @schema KialiSpecKialiFeatureFlagsClusteringClusters
 */
export interface KialiSpecKialiFeatureFlagsClusteringClusters {
    /**
     * DEPRECATED AFTER v1.73: The name of the cluster.
     *
     * @schema KialiSpecKialiFeatureFlagsClusteringClusters#name
     */
    readonly name?: string;
    /**
     * DEPRECATED AFTER v1.73: The name of the secret that contains the credentials necessary to connect to the remote cluster.
     *
     * @schema KialiSpecKialiFeatureFlagsClusteringClusters#secret_name
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsClusteringClusters' to JSON representation.
 */
export declare function toJson_KialiSpecKialiFeatureFlagsClusteringClusters(obj: KialiSpecKialiFeatureFlagsClusteringClusters | undefined): Record<string, any> | undefined;
/**
 * @schema KialiSpecKialiFeatureFlagsClusteringKialiUrls
 */
export interface KialiSpecKialiFeatureFlagsClusteringKialiUrls {
    /**
     * DEPRECATED AFTER v1.73: The name of the cluster.
     *
     * @schema KialiSpecKialiFeatureFlagsClusteringKialiUrls#cluster_name
     */
    readonly clusterName?: string;
    /**
     * DEPRECATED AFTER v1.73: The instance name of this Kiali installation.
     *
     * @schema KialiSpecKialiFeatureFlagsClusteringKialiUrls#instance_name
     */
    readonly instanceName?: string;
    /**
     * DEPRECATED AFTER v1.73: The namespace into which Kiali is installed.
     *
     * @schema KialiSpecKialiFeatureFlagsClusteringKialiUrls#namespace
     */
    readonly namespace?: string;
    /**
     * DEPRECATED AFTER v1.73: The URL of Kiali in the cluster.
     *
     * @schema KialiSpecKialiFeatureFlagsClusteringKialiUrls#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsClusteringKialiUrls' to JSON representation.
 */
export declare function toJson_KialiSpecKialiFeatureFlagsClusteringKialiUrls(obj: KialiSpecKialiFeatureFlagsClusteringKialiUrls | undefined): Record<string, any> | undefined;
/**
 * Default settings for the Graph UI.
 *
 * @schema KialiSpecKialiFeatureFlagsUiDefaultsGraph
 */
export interface KialiSpecKialiFeatureFlagsUiDefaultsGraph {
    /**
     * A list of commonly used and useful find expressions that will be provided to the user out-of-box.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsGraph#find_options
     */
    readonly findOptions?: KialiSpecKialiFeatureFlagsUiDefaultsGraphFindOptions[];
    /**
     * A list of commonly used and useful hide expressions that will be provided to the user out-of-box.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsGraph#hide_options
     */
    readonly hideOptions?: KialiSpecKialiFeatureFlagsUiDefaultsGraphHideOptions[];
    /**
     * Various presentation options.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsGraph#settings
     */
    readonly settings?: KialiSpecKialiFeatureFlagsUiDefaultsGraphSettings;
    /**
     * These settings determine which rates are used to determine graph traffic.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsGraph#traffic
     */
    readonly traffic?: KialiSpecKialiFeatureFlagsUiDefaultsGraphTraffic;
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsUiDefaultsGraph' to JSON representation.
 */
export declare function toJson_KialiSpecKialiFeatureFlagsUiDefaultsGraph(obj: KialiSpecKialiFeatureFlagsUiDefaultsGraph | undefined): Record<string, any> | undefined;
/**
 * Default settings for the i18n values.
 *
 * @schema KialiSpecKialiFeatureFlagsUiDefaultsI18N
 */
export interface KialiSpecKialiFeatureFlagsUiDefaultsI18N {
    /**
     * Default language used in Kiali application.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsI18N#language
     */
    readonly language?: string;
    /**
     * If true Kiali masthead displays language selector icon.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsI18N#show_selector
     */
    readonly showSelector?: boolean;
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsUiDefaultsI18N' to JSON representation.
 */
export declare function toJson_KialiSpecKialiFeatureFlagsUiDefaultsI18N(obj: KialiSpecKialiFeatureFlagsUiDefaultsI18N | undefined): Record<string, any> | undefined;
/**
 * Default settings for the List views (Apps, Workloads, etc).
 *
 * @schema KialiSpecKialiFeatureFlagsUiDefaultsList
 */
export interface KialiSpecKialiFeatureFlagsUiDefaultsList {
    /**
     * Include Health column (by default) for applicable list views. Setting to false can improve performance.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsList#include_health
     */
    readonly includeHealth?: boolean;
    /**
     * Include Istio resources (by default) in Details column for applicable list views. Setting to false can improve performance.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsList#include_istio_resources
     */
    readonly includeIstioResources?: boolean;
    /**
     * Include Configuration validation column (by default) for applicable list views. Setting to false can improve performance.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsList#include_validations
     */
    readonly includeValidations?: boolean;
    /**
     * If true list pages display checkbox toggles for the include options, Otherwise the configured settings are applied but can not be changed by the user.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsList#show_include_toggles
     */
    readonly showIncludeToggles?: boolean;
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsUiDefaultsList' to JSON representation.
 */
export declare function toJson_KialiSpecKialiFeatureFlagsUiDefaultsList(obj: KialiSpecKialiFeatureFlagsUiDefaultsList | undefined): Record<string, any> | undefined;
/**
 * Default settings for the Mesh UI.
 *
 * @schema KialiSpecKialiFeatureFlagsUiDefaultsMesh
 */
export interface KialiSpecKialiFeatureFlagsUiDefaultsMesh {
    /**
     * A list of commonly used and useful find expressions that will be provided to the user out-of-box.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsMesh#find_options
     */
    readonly findOptions?: KialiSpecKialiFeatureFlagsUiDefaultsMeshFindOptions[];
    /**
     * A list of commonly used and useful hide expressions that will be provided to the user out-of-box.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsMesh#hide_options
     */
    readonly hideOptions?: KialiSpecKialiFeatureFlagsUiDefaultsMeshHideOptions[];
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsUiDefaultsMesh' to JSON representation.
 */
export declare function toJson_KialiSpecKialiFeatureFlagsUiDefaultsMesh(obj: KialiSpecKialiFeatureFlagsUiDefaultsMesh | undefined): Record<string, any> | undefined;
/**
 * Additional label aggregation for inbound metric pages in detail pages.
 * You will see these configurations in the 'Metric Settings' drop-down.
 * An example,
 * ```
 * spec:
 * kiali_feature_flags:
 * ui_defaults:
 * metrics_inbound:
 * aggregations:
 * - display_name: Istio Network
 * label: topology_istio_io_network
 * - display_name: Istio Revision
 * label: istio_io_rev
 * ```
 *
 *
 * @schema KialiSpecKialiFeatureFlagsUiDefaultsMetricsInbound
 */
export interface KialiSpecKialiFeatureFlagsUiDefaultsMetricsInbound {
    /**
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsMetricsInbound#aggregations
     */
    readonly aggregations?: KialiSpecKialiFeatureFlagsUiDefaultsMetricsInboundAggregations[];
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsUiDefaultsMetricsInbound' to JSON representation.
 */
export declare function toJson_KialiSpecKialiFeatureFlagsUiDefaultsMetricsInbound(obj: KialiSpecKialiFeatureFlagsUiDefaultsMetricsInbound | undefined): Record<string, any> | undefined;
/**
 * Additional label aggregation for outbound metric pages in detail pages.
 * You will see these configurations in the 'Metric Settings' drop-down.
 * An example,
 * ```
 * spec:
 * kiali_feature_flags:
 * ui_defaults:
 * metrics_outbound:
 * aggregations:
 * - display_name: Istio Network
 * label: topology_istio_io_network
 * - display_name: Istio Revision
 * label: istio_io_rev
 * ```
 *
 *
 * @schema KialiSpecKialiFeatureFlagsUiDefaultsMetricsOutbound
 */
export interface KialiSpecKialiFeatureFlagsUiDefaultsMetricsOutbound {
    /**
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsMetricsOutbound#aggregations
     */
    readonly aggregations?: KialiSpecKialiFeatureFlagsUiDefaultsMetricsOutboundAggregations[];
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsUiDefaultsMetricsOutbound' to JSON representation.
 */
export declare function toJson_KialiSpecKialiFeatureFlagsUiDefaultsMetricsOutbound(obj: KialiSpecKialiFeatureFlagsUiDefaultsMetricsOutbound | undefined): Record<string, any> | undefined;
/**
 * Duration of metrics to fetch on each refresh. Value must be one of: `1m`, `2m`, `5m`, `10m`, `30m`, `1h`, `3h`, `6h`, `12h`, `1d`, `7d`, or `30d`
 *
 * @schema KialiSpecKialiFeatureFlagsUiDefaultsMetricsPerRefresh
 */
export declare enum KialiSpecKialiFeatureFlagsUiDefaultsMetricsPerRefresh {
    /** 1m */
    VALUE_1M = "1m",
    /** 2m */
    VALUE_2M = "2m",
    /** 5m */
    VALUE_5M = "5m",
    /** 10m */
    VALUE_10M = "10m",
    /** 30m */
    VALUE_30M = "30m",
    /** 1h */
    VALUE_1H = "1h",
    /** 3h */
    VALUE_3H = "3h",
    /** 6h */
    VALUE_6H = "6h",
    /** 12h */
    VALUE_12H = "12h",
    /** 1d */
    VALUE_1D = "1d",
    /** 7d */
    VALUE_7D = "7d",
    /** 30d */
    VALUE_30D = "30d"
}
/**
 * The automatic refresh interval for pages offering automatic refresh. `Manual` requires user action even for initial page load. Value must be one of: `pause`, `manual`, `10s`, `15s`, `30s`, `1m`, `5m` or `15m`
 *
 * @schema KialiSpecKialiFeatureFlagsUiDefaultsRefreshInterval
 */
export declare enum KialiSpecKialiFeatureFlagsUiDefaultsRefreshInterval {
    /** pause */
    PAUSE = "pause",
    /** manual */
    MANUAL = "manual",
    /** 10s */
    VALUE_10S = "10s",
    /** 15s */
    VALUE_15S = "15s",
    /** 30s */
    VALUE_30S = "30s",
    /** 1m */
    VALUE_1M = "1m",
    /** 5m */
    VALUE_5M = "5m",
    /** 15m */
    VALUE_15M = "15m"
}
/**
 * Default settings for the Tracing UI.
 *
 * @schema KialiSpecKialiFeatureFlagsUiDefaultsTracing
 */
export interface KialiSpecKialiFeatureFlagsUiDefaultsTracing {
    /**
     * The default limit for the number of traces that will be fetched. It can be customized in the UI. It must be a number between 10 and 1000.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsTracing#limit
     */
    readonly limit?: number;
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsUiDefaultsTracing' to JSON representation.
 */
export declare function toJson_KialiSpecKialiFeatureFlagsUiDefaultsTracing(obj: KialiSpecKialiFeatureFlagsUiDefaultsTracing | undefined): Record<string, any> | undefined;
/**
 * Settings that control how Kiali itself emits its own metrics.
 *
 * @schema KialiSpecServerObservabilityMetrics
 */
export interface KialiSpecServerObservabilityMetrics {
    /**
     * The metrics HTTP listener is started when either this or health_status.enabled is true.
     *
     * @schema KialiSpecServerObservabilityMetrics#enabled
     */
    readonly enabled?: boolean;
    /**
     * Settings for the kiali_health_status Prometheus gauge (per-entity health from the health cache refresh). Independent of metrics.enabled.
     *
     * @schema KialiSpecServerObservabilityMetrics#health_status
     */
    readonly healthStatus?: KialiSpecServerObservabilityMetricsHealthStatus;
    /**
     * The port that the server will bind to in order to receive metric requests. This is the port Prometheus will need to scrape when collecting metrics from Kiali.
     *
     * @schema KialiSpecServerObservabilityMetrics#port
     */
    readonly port?: number;
}
/**
 * Converts an object of type 'KialiSpecServerObservabilityMetrics' to JSON representation.
 */
export declare function toJson_KialiSpecServerObservabilityMetrics(obj: KialiSpecServerObservabilityMetrics | undefined): Record<string, any> | undefined;
/**
 * Settings that control how the Kiali server itself emits its own tracing data.
 *
 * @schema KialiSpecServerObservabilityTracing
 */
export interface KialiSpecServerObservabilityTracing {
    /**
     * The collector type to use. Today the only valid value is `otel`.
     *
     * @schema KialiSpecServerObservabilityTracing#collector_type
     */
    readonly collectorType?: KialiSpecServerObservabilityTracingCollectorType;
    /**
     * Used to determine where the Kiali server tracing data will be stored.
     *
     * @schema KialiSpecServerObservabilityTracing#collector_url
     */
    readonly collectorUrl?: string;
    /**
     * When true, the Kiali server itself will product its own tracing data.
     *
     * @schema KialiSpecServerObservabilityTracing#enabled
     */
    readonly enabled?: boolean;
    /**
     * Specific properties when the collector type is `otel`.
     *
     * @schema KialiSpecServerObservabilityTracing#otel
     */
    readonly otel?: KialiSpecServerObservabilityTracingOtel;
    /**
     * Sampling rate for Kiali server traces. >= 1.0 always samples and <= 0 never samples.
     *
     * @schema KialiSpecServerObservabilityTracing#sampling_rate
     */
    readonly samplingRate?: number;
}
/**
 * Converts an object of type 'KialiSpecServerObservabilityTracing' to JSON representation.
 */
export declare function toJson_KialiSpecServerObservabilityTracing(obj: KialiSpecServerObservabilityTracing | undefined): Record<string, any> | undefined;
/**
 * @schema KialiSpecDeploymentDiscoverySelectorsDefaultMatchExpressions
 */
export interface KialiSpecDeploymentDiscoverySelectorsDefaultMatchExpressions {
    /**
     * @schema KialiSpecDeploymentDiscoverySelectorsDefaultMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema KialiSpecDeploymentDiscoverySelectorsDefaultMatchExpressions#operator
     */
    readonly operator: KialiSpecDeploymentDiscoverySelectorsDefaultMatchExpressionsOperator;
    /**
     * @schema KialiSpecDeploymentDiscoverySelectorsDefaultMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KialiSpecDeploymentDiscoverySelectorsDefaultMatchExpressions' to JSON representation.
 */
export declare function toJson_KialiSpecDeploymentDiscoverySelectorsDefaultMatchExpressions(obj: KialiSpecDeploymentDiscoverySelectorsDefaultMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KialiSpecDeploymentDiscoverySelectorsOverridesMatchExpressions
 */
export interface KialiSpecDeploymentDiscoverySelectorsOverridesMatchExpressions {
    /**
     * @schema KialiSpecDeploymentDiscoverySelectorsOverridesMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema KialiSpecDeploymentDiscoverySelectorsOverridesMatchExpressions#operator
     */
    readonly operator: KialiSpecDeploymentDiscoverySelectorsOverridesMatchExpressionsOperator;
    /**
     * @schema KialiSpecDeploymentDiscoverySelectorsOverridesMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KialiSpecDeploymentDiscoverySelectorsOverridesMatchExpressions' to JSON representation.
 */
export declare function toJson_KialiSpecDeploymentDiscoverySelectorsOverridesMatchExpressions(obj: KialiSpecDeploymentDiscoverySelectorsOverridesMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KialiSpecDeploymentIngressOverrideYamlMetadata
 */
export interface KialiSpecDeploymentIngressOverrideYamlMetadata {
    /**
     * @schema KialiSpecDeploymentIngressOverrideYamlMetadata#annotations
     */
    readonly annotations?: any;
}
/**
 * Converts an object of type 'KialiSpecDeploymentIngressOverrideYamlMetadata' to JSON representation.
 */
export declare function toJson_KialiSpecDeploymentIngressOverrideYamlMetadata(obj: KialiSpecDeploymentIngressOverrideYamlMetadata | undefined): Record<string, any> | undefined;
/**
 * Settings used to authenticate with the Prometheus instance.
 *
 * @schema KialiSpecExternalServicesCustomDashboardsPrometheusAuth
 */
export interface KialiSpecExternalServicesCustomDashboardsPrometheusAuth {
    /**
     * DEPRECATED since v2.20: This setting is deprecated and will be ignored. To configure custom CA certificates, use the kiali-cabundle ConfigMap instead. See the TLS Configuration documentation for details.
     *
     * @schema KialiSpecExternalServicesCustomDashboardsPrometheusAuth#ca_file
     */
    readonly caFile?: string;
    /**
     * The client certificate file to use when accessing Prometheus using https with mTLS. An empty string means no client certificate is used. May refer to a secret using the pattern `secret:<secretName>:<secretKey>`. When using a secret, the certificate is cached and automatically refreshed when the secret changes, enabling rotation without pod restart.
     *
     * @schema KialiSpecExternalServicesCustomDashboardsPrometheusAuth#cert_file
     */
    readonly certFile?: string;
    /**
     * Set true to skip verifying certificate validity when Kiali contacts Prometheus over https.
     *
     * @schema KialiSpecExternalServicesCustomDashboardsPrometheusAuth#insecure_skip_verify
     */
    readonly insecureSkipVerify?: boolean;
    /**
     * The client private key file to use when accessing Prometheus using https with mTLS. An empty string means no client private key is used. May refer to a secret using the pattern `secret:<secretName>:<secretKey>`. When using a secret, the key is cached and automatically refreshed when the secret changes, enabling rotation without pod restart.
     *
     * @schema KialiSpecExternalServicesCustomDashboardsPrometheusAuth#key_file
     */
    readonly keyFile?: string;
    /**
     * Settings for OAuth2 client_credentials authentication. When auth.type is `oauth2`, these settings are used to obtain an access token.
     *
     * @schema KialiSpecExternalServicesCustomDashboardsPrometheusAuth#oauth2
     */
    readonly oauth2?: KialiSpecExternalServicesCustomDashboardsPrometheusAuthOauth2;
    /**
     * Password to be used when making requests to Prometheus, for basic authentication. May refer to a secret using the pattern `secret:<secretName>:<secretKey>`. When using a secret, the password is cached and automatically refreshed when the secret changes, enabling rotation without pod restart.
     *
     * @schema KialiSpecExternalServicesCustomDashboardsPrometheusAuth#password
     */
    readonly password?: string;
    /**
     * Token / API key to access Prometheus, for token-based authentication. May refer to a secret using the pattern `secret:<secretName>:<secretKey>`. When using a secret, the token is cached and automatically refreshed when the secret changes, enabling rotation without pod restart.
     *
     * @schema KialiSpecExternalServicesCustomDashboardsPrometheusAuth#token
     */
    readonly token?: string;
    /**
     * The type of authentication to use when contacting the server. Use `bearer` to send the token to the Prometheus server. Use `basic` to connect with username and password credentials. Use `oauth2` to use OAuth2 client_credentials flow. Use `none` to not use any authentication.
     *
     * @schema KialiSpecExternalServicesCustomDashboardsPrometheusAuth#type
     */
    readonly type?: string;
    /**
     * When true and if `auth.type` is `bearer`, Kiali Service Account token will be used for the API calls to Prometheus (in this case, `auth.token` config is ignored).
     *
     * @schema KialiSpecExternalServicesCustomDashboardsPrometheusAuth#use_kiali_token
     */
    readonly useKialiToken?: boolean;
    /**
     * Username to be used when making requests to Prometheus with `basic` authentication. May refer to a secret using the pattern `secret:<secretName>:<secretKey>`. When using a secret, the username is cached and automatically refreshed when the secret changes, enabling rotation without pod restart.
     *
     * @schema KialiSpecExternalServicesCustomDashboardsPrometheusAuth#username
     */
    readonly username?: string;
}
/**
 * Converts an object of type 'KialiSpecExternalServicesCustomDashboardsPrometheusAuth' to JSON representation.
 */
export declare function toJson_KialiSpecExternalServicesCustomDashboardsPrometheusAuth(obj: KialiSpecExternalServicesCustomDashboardsPrometheusAuth | undefined): Record<string, any> | undefined;
/**
 * Define this section if Prometheus is to be queried through a Thanos proxy. Kiali will still use the `url` setting to query for Prometheus metrics so make sure that is set appropriately.
 *
 * @schema KialiSpecExternalServicesCustomDashboardsPrometheusThanosProxy
 */
export interface KialiSpecExternalServicesCustomDashboardsPrometheusThanosProxy {
    /**
     * Set to true when a Thanos proxy is in front of Prometheus.
     *
     * @schema KialiSpecExternalServicesCustomDashboardsPrometheusThanosProxy#enabled
     */
    readonly enabled?: boolean;
    /**
     * Thanos Retention period value expressed as a string.
     *
     * @schema KialiSpecExternalServicesCustomDashboardsPrometheusThanosProxy#retention_period
     */
    readonly retentionPeriod?: string;
    /**
     * Thanos Scrape interval value expressed as a string.
     *
     * @schema KialiSpecExternalServicesCustomDashboardsPrometheusThanosProxy#scrape_interval
     */
    readonly scrapeInterval?: string;
}
/**
 * Converts an object of type 'KialiSpecExternalServicesCustomDashboardsPrometheusThanosProxy' to JSON representation.
 */
export declare function toJson_KialiSpecExternalServicesCustomDashboardsPrometheusThanosProxy(obj: KialiSpecExternalServicesCustomDashboardsPrometheusThanosProxy | undefined): Record<string, any> | undefined;
/**
 * Settings for OAuth2 client_credentials authentication. When auth.type is `oauth2`, these settings are used to obtain an access token.
 *
 * @schema KialiSpecExternalServicesGrafanaAuthOauth2
 */
export interface KialiSpecExternalServicesGrafanaAuthOauth2 {
    /**
     * The audience parameter sent with the token request. Some providers require this to scope the token.
     *
     * @schema KialiSpecExternalServicesGrafanaAuthOauth2#audience
     */
    readonly audience?: string;
    /**
     * How to send client credentials to the token endpoint. Use `params` to send in the request body or `header` to send as HTTP Basic Auth (default).
     *
     * @schema KialiSpecExternalServicesGrafanaAuthOauth2#auth_style
     */
    readonly authStyle?: KialiSpecExternalServicesGrafanaAuthOauth2AuthStyle;
    /**
     * The OAuth2 client ID (a public identifier per RFC 6749 §2.2).
     *
     * @schema KialiSpecExternalServicesGrafanaAuthOauth2#client_id
     */
    readonly clientId?: string;
    /**
     * The OAuth2 client secret. May refer to a secret using the pattern `secret:<secretName>:<secretKey>`. When using a secret, the value is cached and automatically refreshed when the secret changes, enabling rotation without pod restart.
     *
     * @schema KialiSpecExternalServicesGrafanaAuthOauth2#client_secret
     */
    readonly clientSecret?: string;
    /**
     * A list of scopes to request with the token.
     *
     * @schema KialiSpecExternalServicesGrafanaAuthOauth2#scopes
     */
    readonly scopes?: string[];
    /**
     * The URL of the OAuth2 token endpoint.
     *
     * @schema KialiSpecExternalServicesGrafanaAuthOauth2#token_url
     */
    readonly tokenUrl?: string;
}
/**
 * Converts an object of type 'KialiSpecExternalServicesGrafanaAuthOauth2' to JSON representation.
 */
export declare function toJson_KialiSpecExternalServicesGrafanaAuthOauth2(obj: KialiSpecExternalServicesGrafanaAuthOauth2 | undefined): Record<string, any> | undefined;
/**
 * @schema KialiSpecExternalServicesGrafanaDashboardsVariables
 */
export interface KialiSpecExternalServicesGrafanaDashboardsVariables {
    /**
     * The name of a variable that holds the app name, if used in that dashboard (else it must be omitted).
     *
     * @schema KialiSpecExternalServicesGrafanaDashboardsVariables#app
     */
    readonly app?: string;
    /**
     * The name of the variable that holds the Datasource UID, required if Grafana has multiple datasources configured (else it must be omitted).
     *
     * @schema KialiSpecExternalServicesGrafanaDashboardsVariables#datasource
     */
    readonly datasource?: string;
    /**
     * The name of a variable that holds the namespace, if used in that dashboard (else it must be omitted).
     *
     * @schema KialiSpecExternalServicesGrafanaDashboardsVariables#namespace
     */
    readonly namespace?: string;
    /**
     * The name of a variable that holds the service name, if used in that dashboard (else it must be omitted).
     *
     * @schema KialiSpecExternalServicesGrafanaDashboardsVariables#service
     */
    readonly service?: string;
    /**
     * The name of a variable that holds the version, if used in that dashboard (else it must be omitted).
     *
     * @schema KialiSpecExternalServicesGrafanaDashboardsVariables#version
     */
    readonly version?: string;
    /**
     * The name of a variable that holds the workload name, if used in that dashboard (else it must be omitted).
     *
     * @schema KialiSpecExternalServicesGrafanaDashboardsVariables#workload
     */
    readonly workload?: string;
}
/**
 * Converts an object of type 'KialiSpecExternalServicesGrafanaDashboardsVariables' to JSON representation.
 */
export declare function toJson_KialiSpecExternalServicesGrafanaDashboardsVariables(obj: KialiSpecExternalServicesGrafanaDashboardsVariables | undefined): Record<string, any> | undefined;
/**
 * @schema KialiSpecExternalServicesIstioComponentStatusComponents
 */
export interface KialiSpecExternalServicesIstioComponentStatusComponents {
    /**
     * Istio component pod app label.
     *
     * @schema KialiSpecExternalServicesIstioComponentStatusComponents#app_label
     */
    readonly appLabel?: string;
    /**
     * Whether the component is to be considered a core component for your deployment.
     *
     * @schema KialiSpecExternalServicesIstioComponentStatusComponents#is_core
     */
    readonly isCore?: boolean;
    /**
     * Whether the component is a native Envoy proxy.
     *
     * @schema KialiSpecExternalServicesIstioComponentStatusComponents#is_proxy
     */
    readonly isProxy?: boolean;
    /**
     * Whether the component is a multi-cluster component.
     *
     * @schema KialiSpecExternalServicesIstioComponentStatusComponents#is_multicluster
     */
    readonly isMulticluster?: boolean;
    /**
     * The namespace where the component is installed. It defaults to the Istio control plane namespace (e.g. `istio-system`). Note that the Istio documentation suggests you install the ingress and egress to different namespaces, so you most likely will want to explicitly set this namespace value for the ingress and egress components.
     *
     * @schema KialiSpecExternalServicesIstioComponentStatusComponents#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'KialiSpecExternalServicesIstioComponentStatusComponents' to JSON representation.
 */
export declare function toJson_KialiSpecExternalServicesIstioComponentStatusComponents(obj: KialiSpecExternalServicesIstioComponentStatusComponents | undefined): Record<string, any> | undefined;
/**
 * Settings for OAuth2 client_credentials authentication. When auth.type is `oauth2`, these settings are used to obtain an access token.
 *
 * @schema KialiSpecExternalServicesPersesAuthOauth2
 */
export interface KialiSpecExternalServicesPersesAuthOauth2 {
    /**
     * The audience parameter sent with the token request. Some providers require this to scope the token.
     *
     * @schema KialiSpecExternalServicesPersesAuthOauth2#audience
     */
    readonly audience?: string;
    /**
     * How to send client credentials to the token endpoint. Use `params` to send in the request body or `header` to send as HTTP Basic Auth (default).
     *
     * @schema KialiSpecExternalServicesPersesAuthOauth2#auth_style
     */
    readonly authStyle?: KialiSpecExternalServicesPersesAuthOauth2AuthStyle;
    /**
     * The OAuth2 client ID (a public identifier per RFC 6749 §2.2).
     *
     * @schema KialiSpecExternalServicesPersesAuthOauth2#client_id
     */
    readonly clientId?: string;
    /**
     * The OAuth2 client secret. May refer to a secret using the pattern `secret:<secretName>:<secretKey>`. When using a secret, the value is cached and automatically refreshed when the secret changes, enabling rotation without pod restart.
     *
     * @schema KialiSpecExternalServicesPersesAuthOauth2#client_secret
     */
    readonly clientSecret?: string;
    /**
     * A list of scopes to request with the token.
     *
     * @schema KialiSpecExternalServicesPersesAuthOauth2#scopes
     */
    readonly scopes?: string[];
    /**
     * The URL of the OAuth2 token endpoint.
     *
     * @schema KialiSpecExternalServicesPersesAuthOauth2#token_url
     */
    readonly tokenUrl?: string;
}
/**
 * Converts an object of type 'KialiSpecExternalServicesPersesAuthOauth2' to JSON representation.
 */
export declare function toJson_KialiSpecExternalServicesPersesAuthOauth2(obj: KialiSpecExternalServicesPersesAuthOauth2 | undefined): Record<string, any> | undefined;
/**
 * @schema KialiSpecExternalServicesPersesDashboardsVariables
 */
export interface KialiSpecExternalServicesPersesDashboardsVariables {
    /**
     * The name of a variable that holds the app name, if used in that dashboard (else it must be omitted).
     *
     * @schema KialiSpecExternalServicesPersesDashboardsVariables#app
     */
    readonly app?: string;
    /**
     * The name of the variable that holds the Datasource UID, required if Perses has multiple datasources configured (else it must be omitted).
     *
     * @schema KialiSpecExternalServicesPersesDashboardsVariables#datasource
     */
    readonly datasource?: string;
    /**
     * The name of a variable that holds the namespace, if used in that dashboard (else it must be omitted).
     *
     * @schema KialiSpecExternalServicesPersesDashboardsVariables#namespace
     */
    readonly namespace?: string;
    /**
     * The name of a variable that holds the service name, if used in that dashboard (else it must be omitted).
     *
     * @schema KialiSpecExternalServicesPersesDashboardsVariables#service
     */
    readonly service?: string;
    /**
     * The name of a variable that holds the version, if used in that dashboard (else it must be omitted).
     *
     * @schema KialiSpecExternalServicesPersesDashboardsVariables#version
     */
    readonly version?: string;
    /**
     * The name of a variable that holds the workload name, if used in that dashboard (else it must be omitted).
     *
     * @schema KialiSpecExternalServicesPersesDashboardsVariables#workload
     */
    readonly workload?: string;
}
/**
 * Converts an object of type 'KialiSpecExternalServicesPersesDashboardsVariables' to JSON representation.
 */
export declare function toJson_KialiSpecExternalServicesPersesDashboardsVariables(obj: KialiSpecExternalServicesPersesDashboardsVariables | undefined): Record<string, any> | undefined;
/**
 * Settings for OAuth2 client_credentials authentication. When auth.type is `oauth2`, these settings are used to obtain an access token.
 *
 * @schema KialiSpecExternalServicesPrometheusAuthOauth2
 */
export interface KialiSpecExternalServicesPrometheusAuthOauth2 {
    /**
     * The audience parameter sent with the token request. Some providers require this to scope the token.
     *
     * @schema KialiSpecExternalServicesPrometheusAuthOauth2#audience
     */
    readonly audience?: string;
    /**
     * How to send client credentials to the token endpoint. Use `params` to send in the request body or `header` to send as HTTP Basic Auth (default).
     *
     * @schema KialiSpecExternalServicesPrometheusAuthOauth2#auth_style
     */
    readonly authStyle?: KialiSpecExternalServicesPrometheusAuthOauth2AuthStyle;
    /**
     * The OAuth2 client ID (a public identifier per RFC 6749 §2.2).
     *
     * @schema KialiSpecExternalServicesPrometheusAuthOauth2#client_id
     */
    readonly clientId?: string;
    /**
     * The OAuth2 client secret. May refer to a secret using the pattern `secret:<secretName>:<secretKey>`. When using a secret, the value is cached and automatically refreshed when the secret changes, enabling rotation without pod restart.
     *
     * @schema KialiSpecExternalServicesPrometheusAuthOauth2#client_secret
     */
    readonly clientSecret?: string;
    /**
     * A list of scopes to request with the token.
     *
     * @schema KialiSpecExternalServicesPrometheusAuthOauth2#scopes
     */
    readonly scopes?: string[];
    /**
     * The URL of the OAuth2 token endpoint.
     *
     * @schema KialiSpecExternalServicesPrometheusAuthOauth2#token_url
     */
    readonly tokenUrl?: string;
}
/**
 * Converts an object of type 'KialiSpecExternalServicesPrometheusAuthOauth2' to JSON representation.
 */
export declare function toJson_KialiSpecExternalServicesPrometheusAuthOauth2(obj: KialiSpecExternalServicesPrometheusAuthOauth2 | undefined): Record<string, any> | undefined;
/**
 * Settings for OAuth2 client_credentials authentication. When auth.type is `oauth2`, these settings are used to obtain an access token.
 *
 * @schema KialiSpecExternalServicesTracingAuthOauth2
 */
export interface KialiSpecExternalServicesTracingAuthOauth2 {
    /**
     * The audience parameter sent with the token request. Some providers require this to scope the token.
     *
     * @schema KialiSpecExternalServicesTracingAuthOauth2#audience
     */
    readonly audience?: string;
    /**
     * How to send client credentials to the token endpoint. Use `params` to send in the request body or `header` to send as HTTP Basic Auth (default).
     *
     * @schema KialiSpecExternalServicesTracingAuthOauth2#auth_style
     */
    readonly authStyle?: KialiSpecExternalServicesTracingAuthOauth2AuthStyle;
    /**
     * The OAuth2 client ID (a public identifier per RFC 6749 §2.2).
     *
     * @schema KialiSpecExternalServicesTracingAuthOauth2#client_id
     */
    readonly clientId?: string;
    /**
     * The OAuth2 client secret. May refer to a secret using the pattern `secret:<secretName>:<secretKey>`. When using a secret, the value is cached and automatically refreshed when the secret changes, enabling rotation without pod restart.
     *
     * @schema KialiSpecExternalServicesTracingAuthOauth2#client_secret
     */
    readonly clientSecret?: string;
    /**
     * A list of scopes to request with the token.
     *
     * @schema KialiSpecExternalServicesTracingAuthOauth2#scopes
     */
    readonly scopes?: string[];
    /**
     * The URL of the OAuth2 token endpoint.
     *
     * @schema KialiSpecExternalServicesTracingAuthOauth2#token_url
     */
    readonly tokenUrl?: string;
}
/**
 * Converts an object of type 'KialiSpecExternalServicesTracingAuthOauth2' to JSON representation.
 */
export declare function toJson_KialiSpecExternalServicesTracingAuthOauth2(obj: KialiSpecExternalServicesTracingAuthOauth2 | undefined): Record<string, any> | undefined;
/**
 * The URL format for the external url. Can be 'jaeger', 'grafana' or 'openshift'. Default to 'grafana'. Openshift will need the name, namespace and tenant in the `tempo_config` settings.
 *
 * @default grafana'. Openshift will need the name, namespace and tenant in the `tempo_config` settings.
 * @schema KialiSpecExternalServicesTracingTempoConfigUrlFormat
 */
export declare enum KialiSpecExternalServicesTracingTempoConfigUrlFormat {
    /** jaeger */
    JAEGER = "jaeger",
    /** grafana */
    GRAFANA = "grafana",
    /** openshift */
    OPENSHIFT = "openshift"
}
/**
 * @schema KialiSpecKialiFeatureFlagsUiDefaultsGraphFindOptions
 */
export interface KialiSpecKialiFeatureFlagsUiDefaultsGraphFindOptions {
    /**
     * If true this option will be selected and take effect automatically. Note that only one option in the list can have this value be set to true.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsGraphFindOptions#auto_select
     */
    readonly autoSelect?: boolean;
    /**
     * Human-readable text to let the user know what the expression does.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsGraphFindOptions#description
     */
    readonly description?: string;
    /**
     * The find expression.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsGraphFindOptions#expression
     */
    readonly expression?: string;
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsUiDefaultsGraphFindOptions' to JSON representation.
 */
export declare function toJson_KialiSpecKialiFeatureFlagsUiDefaultsGraphFindOptions(obj: KialiSpecKialiFeatureFlagsUiDefaultsGraphFindOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KialiSpecKialiFeatureFlagsUiDefaultsGraphHideOptions
 */
export interface KialiSpecKialiFeatureFlagsUiDefaultsGraphHideOptions {
    /**
     * If true this option will be selected and take effect automatically. Note that only one option in the list can have this value be set to true.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsGraphHideOptions#auto_select
     */
    readonly autoSelect?: boolean;
    /**
     * Human-readable text to let the user know what the expression does.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsGraphHideOptions#description
     */
    readonly description?: string;
    /**
     * The hide expression.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsGraphHideOptions#expression
     */
    readonly expression?: string;
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsUiDefaultsGraphHideOptions' to JSON representation.
 */
export declare function toJson_KialiSpecKialiFeatureFlagsUiDefaultsGraphHideOptions(obj: KialiSpecKialiFeatureFlagsUiDefaultsGraphHideOptions | undefined): Record<string, any> | undefined;
/**
 * Various presentation options.
 *
 * @schema KialiSpecKialiFeatureFlagsUiDefaultsGraphSettings
 */
export interface KialiSpecKialiFeatureFlagsUiDefaultsGraphSettings {
    /**
     * The traffic animation style. Value must be one of: `dash` or `point`.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsGraphSettings#animation
     */
    readonly animation?: KialiSpecKialiFeatureFlagsUiDefaultsGraphSettingsAnimation;
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsUiDefaultsGraphSettings' to JSON representation.
 */
export declare function toJson_KialiSpecKialiFeatureFlagsUiDefaultsGraphSettings(obj: KialiSpecKialiFeatureFlagsUiDefaultsGraphSettings | undefined): Record<string, any> | undefined;
/**
 * These settings determine which rates are used to determine graph traffic.
 *
 * @schema KialiSpecKialiFeatureFlagsUiDefaultsGraphTraffic
 */
export interface KialiSpecKialiFeatureFlagsUiDefaultsGraphTraffic {
    /**
     * Ambient traffic is reported by ztunnel and/or waypoints. Value must be one of: `none`, `total`, `waypoint`, or `ztunnel`.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsGraphTraffic#ambient
     */
    readonly ambient?: KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficAmbient;
    /**
     * gRPC traffic is measured in requests or sent/received/total messages. Value must be one of: `none`, `requests`, `sent`, `received`, or `total`.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsGraphTraffic#grpc
     */
    readonly grpc?: KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficGrpc;
    /**
     * HTTP traffic is measured in requests. Value must be one of: `none` or `requests`.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsGraphTraffic#http
     */
    readonly http?: KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficHttp;
    /**
     * TCP traffic is measured in sent/received/total bytes. Only request traffic supplies response codes. Value must be one of: `none`, `sent`, `received`, or `total`.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsGraphTraffic#tcp
     */
    readonly tcp?: KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficTcp;
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsUiDefaultsGraphTraffic' to JSON representation.
 */
export declare function toJson_KialiSpecKialiFeatureFlagsUiDefaultsGraphTraffic(obj: KialiSpecKialiFeatureFlagsUiDefaultsGraphTraffic | undefined): Record<string, any> | undefined;
/**
 * @schema KialiSpecKialiFeatureFlagsUiDefaultsMeshFindOptions
 */
export interface KialiSpecKialiFeatureFlagsUiDefaultsMeshFindOptions {
    /**
     * If true this option will be selected and take effect automatically. Note that only one option in the list can have this value be set to true.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsMeshFindOptions#auto_select
     */
    readonly autoSelect?: boolean;
    /**
     * Human-readable text to let the user know what the expression does.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsMeshFindOptions#description
     */
    readonly description?: string;
    /**
     * The find expression.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsMeshFindOptions#expression
     */
    readonly expression?: string;
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsUiDefaultsMeshFindOptions' to JSON representation.
 */
export declare function toJson_KialiSpecKialiFeatureFlagsUiDefaultsMeshFindOptions(obj: KialiSpecKialiFeatureFlagsUiDefaultsMeshFindOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KialiSpecKialiFeatureFlagsUiDefaultsMeshHideOptions
 */
export interface KialiSpecKialiFeatureFlagsUiDefaultsMeshHideOptions {
    /**
     * If true this option will be selected and take effect automatically. Note that only one option in the list can have this value be set to true.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsMeshHideOptions#auto_select
     */
    readonly autoSelect?: boolean;
    /**
     * Human-readable text to let the user know what the expression does.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsMeshHideOptions#description
     */
    readonly description?: string;
    /**
     * The hide expression.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsMeshHideOptions#expression
     */
    readonly expression?: string;
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsUiDefaultsMeshHideOptions' to JSON representation.
 */
export declare function toJson_KialiSpecKialiFeatureFlagsUiDefaultsMeshHideOptions(obj: KialiSpecKialiFeatureFlagsUiDefaultsMeshHideOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KialiSpecKialiFeatureFlagsUiDefaultsMetricsInboundAggregations
 */
export interface KialiSpecKialiFeatureFlagsUiDefaultsMetricsInboundAggregations {
    /**
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsMetricsInboundAggregations#display_name
     */
    readonly displayName?: string;
    /**
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsMetricsInboundAggregations#label
     */
    readonly label?: string;
    /**
     * Flag to indicate if only one option can be selected for this aggregation.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsMetricsInboundAggregations#single_selection
     */
    readonly singleSelection?: boolean;
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsUiDefaultsMetricsInboundAggregations' to JSON representation.
 */
export declare function toJson_KialiSpecKialiFeatureFlagsUiDefaultsMetricsInboundAggregations(obj: KialiSpecKialiFeatureFlagsUiDefaultsMetricsInboundAggregations | undefined): Record<string, any> | undefined;
/**
 * @schema KialiSpecKialiFeatureFlagsUiDefaultsMetricsOutboundAggregations
 */
export interface KialiSpecKialiFeatureFlagsUiDefaultsMetricsOutboundAggregations {
    /**
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsMetricsOutboundAggregations#display_name
     */
    readonly displayName?: string;
    /**
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsMetricsOutboundAggregations#label
     */
    readonly label?: string;
    /**
     * Flag to indicate if only one option can be selected for this aggregation.
     *
     * @schema KialiSpecKialiFeatureFlagsUiDefaultsMetricsOutboundAggregations#single_selection
     */
    readonly singleSelection?: boolean;
}
/**
 * Converts an object of type 'KialiSpecKialiFeatureFlagsUiDefaultsMetricsOutboundAggregations' to JSON representation.
 */
export declare function toJson_KialiSpecKialiFeatureFlagsUiDefaultsMetricsOutboundAggregations(obj: KialiSpecKialiFeatureFlagsUiDefaultsMetricsOutboundAggregations | undefined): Record<string, any> | undefined;
/**
 * Settings for the kiali_health_status Prometheus gauge (per-entity health from the health cache refresh). Independent of metrics.enabled.
 *
 * @schema KialiSpecServerObservabilityMetricsHealthStatus
 */
export interface KialiSpecServerObservabilityMetricsHealthStatus {
    /**
     * When true, Kiali exports kiali_health_status metrics during health cache refresh.
     *
     * @schema KialiSpecServerObservabilityMetricsHealthStatus#enabled
     */
    readonly enabled?: boolean;
    /**
     * Number of consecutive health refresh cycles an entity may report NA or be missing before its kiali_health_status series is removed. Values less than or equal to 0 use the server default (3).
     *
     * @schema KialiSpecServerObservabilityMetricsHealthStatus#max_consecutive_na
     */
    readonly maxConsecutiveNa?: number;
}
/**
 * Converts an object of type 'KialiSpecServerObservabilityMetricsHealthStatus' to JSON representation.
 */
export declare function toJson_KialiSpecServerObservabilityMetricsHealthStatus(obj: KialiSpecServerObservabilityMetricsHealthStatus | undefined): Record<string, any> | undefined;
/**
 * The collector type to use. Today the only valid value is `otel`.
 *
 * @schema KialiSpecServerObservabilityTracingCollectorType
 */
export declare enum KialiSpecServerObservabilityTracingCollectorType {
    /** otel */
    OTEL = "otel"
}
/**
 * Specific properties when the collector type is `otel`.
 *
 * @schema KialiSpecServerObservabilityTracingOtel
 */
export interface KialiSpecServerObservabilityTracingOtel {
    /**
     * DEPRECATED since v2.20: This setting is deprecated and will be ignored. To configure custom CA certificates, use the kiali-cabundle ConfigMap instead. See the TLS Configuration documentation for details.
     *
     * @schema KialiSpecServerObservabilityTracingOtel#ca_name
     */
    readonly caName?: string;
    /**
     * Protocol. Value must be one of: `http`, `https` or `grpc`.
     *
     * @schema KialiSpecServerObservabilityTracingOtel#protocol
     */
    readonly protocol?: KialiSpecServerObservabilityTracingOtelProtocol;
    /**
     * If true, TLS certificate verification will not be performed. This is an unsecure option and is recommended only for testing.
     *
     * @schema KialiSpecServerObservabilityTracingOtel#skip_verify
     */
    readonly skipVerify?: boolean;
    /**
     * Enable TLS for the collector. This must be specified when `protocol` is `https` or `grpc`.
     *
     * @schema KialiSpecServerObservabilityTracingOtel#tls_enabled
     */
    readonly tlsEnabled?: boolean;
}
/**
 * Converts an object of type 'KialiSpecServerObservabilityTracingOtel' to JSON representation.
 */
export declare function toJson_KialiSpecServerObservabilityTracingOtel(obj: KialiSpecServerObservabilityTracingOtel | undefined): Record<string, any> | undefined;
/**
 * @schema KialiSpecDeploymentDiscoverySelectorsDefaultMatchExpressionsOperator
 */
export declare enum KialiSpecDeploymentDiscoverySelectorsDefaultMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * @schema KialiSpecDeploymentDiscoverySelectorsOverridesMatchExpressionsOperator
 */
export declare enum KialiSpecDeploymentDiscoverySelectorsOverridesMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * Settings for OAuth2 client_credentials authentication. When auth.type is `oauth2`, these settings are used to obtain an access token.
 *
 * @schema KialiSpecExternalServicesCustomDashboardsPrometheusAuthOauth2
 */
export interface KialiSpecExternalServicesCustomDashboardsPrometheusAuthOauth2 {
    /**
     * The audience parameter sent with the token request. Some providers require this to scope the token.
     *
     * @schema KialiSpecExternalServicesCustomDashboardsPrometheusAuthOauth2#audience
     */
    readonly audience?: string;
    /**
     * How to send client credentials to the token endpoint. Use `params` to send in the request body or `header` to send as HTTP Basic Auth (default).
     *
     * @schema KialiSpecExternalServicesCustomDashboardsPrometheusAuthOauth2#auth_style
     */
    readonly authStyle?: KialiSpecExternalServicesCustomDashboardsPrometheusAuthOauth2AuthStyle;
    /**
     * The OAuth2 client ID (a public identifier per RFC 6749 §2.2).
     *
     * @schema KialiSpecExternalServicesCustomDashboardsPrometheusAuthOauth2#client_id
     */
    readonly clientId?: string;
    /**
     * The OAuth2 client secret. May refer to a secret using the pattern `secret:<secretName>:<secretKey>`. When using a secret, the value is cached and automatically refreshed when the secret changes, enabling rotation without pod restart.
     *
     * @schema KialiSpecExternalServicesCustomDashboardsPrometheusAuthOauth2#client_secret
     */
    readonly clientSecret?: string;
    /**
     * A list of scopes to request with the token.
     *
     * @schema KialiSpecExternalServicesCustomDashboardsPrometheusAuthOauth2#scopes
     */
    readonly scopes?: string[];
    /**
     * The URL of the OAuth2 token endpoint.
     *
     * @schema KialiSpecExternalServicesCustomDashboardsPrometheusAuthOauth2#token_url
     */
    readonly tokenUrl?: string;
}
/**
 * Converts an object of type 'KialiSpecExternalServicesCustomDashboardsPrometheusAuthOauth2' to JSON representation.
 */
export declare function toJson_KialiSpecExternalServicesCustomDashboardsPrometheusAuthOauth2(obj: KialiSpecExternalServicesCustomDashboardsPrometheusAuthOauth2 | undefined): Record<string, any> | undefined;
/**
 * How to send client credentials to the token endpoint. Use `params` to send in the request body or `header` to send as HTTP Basic Auth (default).
 *
 * @schema KialiSpecExternalServicesGrafanaAuthOauth2AuthStyle
 */
export declare enum KialiSpecExternalServicesGrafanaAuthOauth2AuthStyle {
    /** header */
    HEADER = "header",
    /** params */
    PARAMS = "params"
}
/**
 * How to send client credentials to the token endpoint. Use `params` to send in the request body or `header` to send as HTTP Basic Auth (default).
 *
 * @schema KialiSpecExternalServicesPersesAuthOauth2AuthStyle
 */
export declare enum KialiSpecExternalServicesPersesAuthOauth2AuthStyle {
    /** header */
    HEADER = "header",
    /** params */
    PARAMS = "params"
}
/**
 * How to send client credentials to the token endpoint. Use `params` to send in the request body or `header` to send as HTTP Basic Auth (default).
 *
 * @schema KialiSpecExternalServicesPrometheusAuthOauth2AuthStyle
 */
export declare enum KialiSpecExternalServicesPrometheusAuthOauth2AuthStyle {
    /** header */
    HEADER = "header",
    /** params */
    PARAMS = "params"
}
/**
 * How to send client credentials to the token endpoint. Use `params` to send in the request body or `header` to send as HTTP Basic Auth (default).
 *
 * @schema KialiSpecExternalServicesTracingAuthOauth2AuthStyle
 */
export declare enum KialiSpecExternalServicesTracingAuthOauth2AuthStyle {
    /** header */
    HEADER = "header",
    /** params */
    PARAMS = "params"
}
/**
 * The traffic animation style. Value must be one of: `dash` or `point`.
 *
 * @schema KialiSpecKialiFeatureFlagsUiDefaultsGraphSettingsAnimation
 */
export declare enum KialiSpecKialiFeatureFlagsUiDefaultsGraphSettingsAnimation {
    /** dash */
    DASH = "dash",
    /** point */
    POINT = "point"
}
/**
 * Ambient traffic is reported by ztunnel and/or waypoints. Value must be one of: `none`, `total`, `waypoint`, or `ztunnel`.
 *
 * @schema KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficAmbient
 */
export declare enum KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficAmbient {
    /** none */
    NONE = "none",
    /** total */
    TOTAL = "total",
    /** waypoint */
    WAYPOINT = "waypoint",
    /** ztunnel */
    ZTUNNEL = "ztunnel"
}
/**
 * gRPC traffic is measured in requests or sent/received/total messages. Value must be one of: `none`, `requests`, `sent`, `received`, or `total`.
 *
 * @schema KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficGrpc
 */
export declare enum KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficGrpc {
    /** none */
    NONE = "none",
    /** requests */
    REQUESTS = "requests",
    /** sent */
    SENT = "sent",
    /** received */
    RECEIVED = "received",
    /** total */
    TOTAL = "total"
}
/**
 * HTTP traffic is measured in requests. Value must be one of: `none` or `requests`.
 *
 * @schema KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficHttp
 */
export declare enum KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficHttp {
    /** none */
    NONE = "none",
    /** requests */
    REQUESTS = "requests"
}
/**
 * TCP traffic is measured in sent/received/total bytes. Only request traffic supplies response codes. Value must be one of: `none`, `sent`, `received`, or `total`.
 *
 * @schema KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficTcp
 */
export declare enum KialiSpecKialiFeatureFlagsUiDefaultsGraphTrafficTcp {
    /** none */
    NONE = "none",
    /** sent */
    SENT = "sent",
    /** received */
    RECEIVED = "received",
    /** total */
    TOTAL = "total"
}
/**
 * Protocol. Value must be one of: `http`, `https` or `grpc`.
 *
 * @schema KialiSpecServerObservabilityTracingOtelProtocol
 */
export declare enum KialiSpecServerObservabilityTracingOtelProtocol {
    /** http */
    HTTP = "http",
    /** https */
    HTTPS = "https",
    /** grpc */
    GRPC = "grpc"
}
/**
 * How to send client credentials to the token endpoint. Use `params` to send in the request body or `header` to send as HTTP Basic Auth (default).
 *
 * @schema KialiSpecExternalServicesCustomDashboardsPrometheusAuthOauth2AuthStyle
 */
export declare enum KialiSpecExternalServicesCustomDashboardsPrometheusAuthOauth2AuthStyle {
    /** header */
    HEADER = "header",
    /** params */
    PARAMS = "params"
}
