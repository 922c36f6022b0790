import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * The `Alertmanager` custom resource definition (CRD) defines a desired [Alertmanager](https://prometheus.io/docs/alerting) setup to run in a Kubernetes cluster. It allows to specify many options such as the number of replicas, persistent storage and many more.

For each `Alertmanager` resource, the Operator deploys a `StatefulSet` in the same namespace. When there are two or more configured replicas, the Operator runs the Alertmanager instances in high-availability mode.

The resource defines via label and namespace selectors which `AlertmanagerConfig` objects should be associated to the deployed Alertmanager instances.
 *
 * @schema Alertmanager
 */
export declare class Alertmanager extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Alertmanager"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Alertmanager".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: AlertmanagerProps): any;
    /**
     * Defines a "Alertmanager" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: AlertmanagerProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * The `Alertmanager` custom resource definition (CRD) defines a desired [Alertmanager](https://prometheus.io/docs/alerting) setup to run in a Kubernetes cluster. It allows to specify many options such as the number of replicas, persistent storage and many more.
 *
 * For each `Alertmanager` resource, the Operator deploys a `StatefulSet` in the same namespace. When there are two or more configured replicas, the Operator runs the Alertmanager instances in high-availability mode.
 *
 * The resource defines via label and namespace selectors which `AlertmanagerConfig` objects should be associated to the deployed Alertmanager instances.
 *
 * @schema Alertmanager
 */
export interface AlertmanagerProps {
    /**
     * @schema Alertmanager#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * spec defines the specification of the desired behavior of the Alertmanager cluster. More info:
     * https://github.com/kubernetes/community/blob/master/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
     *
     * @schema Alertmanager#spec
     */
    readonly spec: AlertmanagerSpec;
}
/**
 * Converts an object of type 'AlertmanagerProps' to JSON representation.
 */
export declare function toJson_AlertmanagerProps(obj: AlertmanagerProps | undefined): Record<string, any> | undefined;
/**
 * spec defines the specification of the desired behavior of the Alertmanager cluster. More info:
 * https://github.com/kubernetes/community/blob/master/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
 *
 * @schema AlertmanagerSpec
 */
export interface AlertmanagerSpec {
    /**
     * additionalArgs allows setting additional arguments for the 'Alertmanager' container.
     * It is intended for e.g. activating hidden flags which are not supported by
     * the dedicated configuration options yet. The arguments are passed as-is to the
     * Alertmanager container which may cause issues if they are invalid or not supported
     * by the given Alertmanager version.
     *
     * @schema AlertmanagerSpec#additionalArgs
     */
    readonly additionalArgs?: AlertmanagerSpecAdditionalArgs[];
    /**
     * additionalPeers allows injecting a set of additional Alertmanagers to peer with to form a highly available cluster.
     *
     * @schema AlertmanagerSpec#additionalPeers
     */
    readonly additionalPeers?: string[];
    /**
     * affinity defines the pod's scheduling constraints.
     *
     * @schema AlertmanagerSpec#affinity
     */
    readonly affinity?: AlertmanagerSpecAffinity;
    /**
     * alertmanagerConfigMatcherStrategy defines how AlertmanagerConfig objects
     * process incoming alerts.
     *
     * @schema AlertmanagerSpec#alertmanagerConfigMatcherStrategy
     */
    readonly alertmanagerConfigMatcherStrategy?: AlertmanagerSpecAlertmanagerConfigMatcherStrategy;
    /**
     * alertmanagerConfigNamespaceSelector defines the namespaces to be selected for AlertmanagerConfig discovery. If nil, only
     * check own namespace.
     *
     * @schema AlertmanagerSpec#alertmanagerConfigNamespaceSelector
     */
    readonly alertmanagerConfigNamespaceSelector?: AlertmanagerSpecAlertmanagerConfigNamespaceSelector;
    /**
     * alertmanagerConfigSelector defines the selector to be used for to merge and configure Alertmanager with.
     *
     * @schema AlertmanagerSpec#alertmanagerConfigSelector
     */
    readonly alertmanagerConfigSelector?: AlertmanagerSpecAlertmanagerConfigSelector;
    /**
     * alertmanagerConfiguration defines the configuration of Alertmanager.
     *
     * If defined, it takes precedence over the `configSecret` field.
     *
     * This is an *experimental feature*, it may change in any upcoming release
     * in a breaking way.
     *
     * @schema AlertmanagerSpec#alertmanagerConfiguration
     */
    readonly alertmanagerConfiguration?: AlertmanagerSpecAlertmanagerConfiguration;
    /**
     * automountServiceAccountToken defines whether a service account token should be automatically mounted in the pod.
     * If the service account has `automountServiceAccountToken: true`, set the field to `false` to opt out of automounting API credentials.
     *
     * @schema AlertmanagerSpec#automountServiceAccountToken
     */
    readonly automountServiceAccountToken?: boolean;
    /**
     * baseImage that is used to deploy pods, without tag.
     * Deprecated: use 'image' instead.
     *
     * @schema AlertmanagerSpec#baseImage
     */
    readonly baseImage?: string;
    /**
     * clusterAdvertiseAddress defines the explicit address to advertise in cluster.
     * Needs to be provided for non RFC1918 [1] (public) addresses.
     * [1] RFC1918: https://tools.ietf.org/html/rfc1918
     *
     * @schema AlertmanagerSpec#clusterAdvertiseAddress
     */
    readonly clusterAdvertiseAddress?: string;
    /**
     * clusterGossipInterval defines the interval between gossip attempts.
     *
     * @schema AlertmanagerSpec#clusterGossipInterval
     */
    readonly clusterGossipInterval?: string;
    /**
     * clusterLabel defines the identifier that uniquely identifies the Alertmanager cluster.
     * You should only set it when the Alertmanager cluster includes Alertmanager instances which are external to this Alertmanager resource. In practice, the addresses of the external instances are provided via the `.spec.additionalPeers` field.
     *
     * @schema AlertmanagerSpec#clusterLabel
     */
    readonly clusterLabel?: string;
    /**
     * clusterPeerTimeout defines the timeout for cluster peering.
     *
     * @schema AlertmanagerSpec#clusterPeerTimeout
     */
    readonly clusterPeerTimeout?: string;
    /**
     * clusterPushpullInterval defines the interval between pushpull attempts.
     *
     * @schema AlertmanagerSpec#clusterPushpullInterval
     */
    readonly clusterPushpullInterval?: string;
    /**
     * clusterTLS defines the mutual TLS configuration for the Alertmanager cluster's gossip protocol.
     *
     * It requires Alertmanager >= 0.24.0.
     *
     * @schema AlertmanagerSpec#clusterTLS
     */
    readonly clusterTls?: AlertmanagerSpecClusterTls;
    /**
     * configMaps defines a list of ConfigMaps in the same namespace as the Alertmanager
     * object, which shall be mounted into the Alertmanager Pods.
     * Each ConfigMap is added to the StatefulSet definition as a volume named `configmap-<configmap-name>`.
     * The ConfigMaps are mounted into `/etc/alertmanager/configmaps/<configmap-name>` in the 'alertmanager' container.
     *
     * @schema AlertmanagerSpec#configMaps
     */
    readonly configMaps?: string[];
    /**
     * configSecret defines the name of a Kubernetes Secret in the same namespace as the
     * Alertmanager object, which contains the configuration for this Alertmanager
     * instance. If empty, it defaults to `alertmanager-<alertmanager-name>`.
     *
     * The Alertmanager configuration should be available under the
     * `alertmanager.yaml` key. Additional keys from the original secret are
     * copied to the generated secret and mounted into the
     * `/etc/alertmanager/config` directory in the `alertmanager` container.
     *
     * If either the secret or the `alertmanager.yaml` key is missing, the
     * operator provisions a minimal Alertmanager configuration with one empty
     * receiver (effectively dropping alert notifications).
     *
     * @schema AlertmanagerSpec#configSecret
     */
    readonly configSecret?: string;
    /**
     * containers allows injecting additional containers or modifying operator
     * generated containers. This can be used to allow adding an authentication
     * proxy to the Pods or to change the behavior of an operator generated
     * container. Containers described here modify an operator generated
     * container if they share the same name and modifications are done via a
     * strategic merge patch.
     *
     * The names of containers managed by the operator are:
     * * `alertmanager`
     * * `config-reloader`
     * * `thanos-sidecar`
     *
     * Overriding containers which are managed by the operator require careful
     * testing, especially when upgrading to a new version of the operator.
     *
     * @schema AlertmanagerSpec#containers
     */
    readonly containers?: AlertmanagerSpecContainers[];
    /**
     * dnsConfig defines the DNS configuration for the pods.
     *
     * @schema AlertmanagerSpec#dnsConfig
     */
    readonly dnsConfig?: AlertmanagerSpecDnsConfig;
    /**
     * dnsPolicy defines the DNS policy for the pods.
     *
     * @schema AlertmanagerSpec#dnsPolicy
     */
    readonly dnsPolicy?: AlertmanagerSpecDnsPolicy;
    /**
     * enableFeatures defines the Alertmanager's feature flags. By default, no features are enabled.
     * Enabling features which are disabled by default is entirely outside the
     * scope of what the maintainers will support and by doing so, you accept
     * that this behaviour may break at any time without notice.
     *
     * It requires Alertmanager >= 0.27.0.
     *
     * @schema AlertmanagerSpec#enableFeatures
     */
    readonly enableFeatures?: string[];
    /**
     * enableServiceLinks defines whether information about services should be injected into pod's environment variables
     *
     * @schema AlertmanagerSpec#enableServiceLinks
     */
    readonly enableServiceLinks?: boolean;
    /**
     * externalUrl defines the URL used to access the Alertmanager web service. This is
     * necessary to generate correct URLs. This is necessary if Alertmanager is not
     * served from root of a DNS name.
     *
     * @schema AlertmanagerSpec#externalUrl
     */
    readonly externalUrl?: string;
    /**
     * forceEnableClusterMode ensures Alertmanager does not deactivate the cluster mode when running with a single replica.
     * Use case is e.g. spanning an Alertmanager cluster across Kubernetes clusters with a single replica in each.
     *
     * @schema AlertmanagerSpec#forceEnableClusterMode
     */
    readonly forceEnableClusterMode?: boolean;
    /**
     * hostAliases Pods configuration
     *
     * @schema AlertmanagerSpec#hostAliases
     */
    readonly hostAliases?: AlertmanagerSpecHostAliases[];
    /**
     * hostNetwork controls whether the pod may use the node network namespace.
     *
     * Make sure to understand the security implications if you want to enable
     * it (https://kubernetes.io/docs/concepts/configuration/overview/).
     *
     * When hostNetwork is enabled, this will set the DNS policy to
     * `ClusterFirstWithHostNet` automatically (unless `.spec.dnsPolicy` is set
     * to a different value).
     *
     * @schema AlertmanagerSpec#hostNetwork
     */
    readonly hostNetwork?: boolean;
    /**
     * hostUsers supports the user space in Kubernetes.
     *
     * More info: https://kubernetes.io/docs/tasks/configure-pod-container/user-namespaces/
     *
     * The feature requires at least Kubernetes 1.28 with the `UserNamespacesSupport` feature gate enabled.
     * Starting Kubernetes 1.33, the feature is enabled by default.
     *
     * @schema AlertmanagerSpec#hostUsers
     */
    readonly hostUsers?: boolean;
    /**
     * image if specified has precedence over baseImage, tag and sha
     * combinations. Specifying the version is still necessary to ensure the
     * Prometheus Operator knows what version of Alertmanager is being
     * configured.
     *
     * @schema AlertmanagerSpec#image
     */
    readonly image?: string;
    /**
     * imagePullPolicy for the 'alertmanager', 'init-config-reloader' and 'config-reloader' containers.
     * See https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy for more details.
     *
     * @schema AlertmanagerSpec#imagePullPolicy
     */
    readonly imagePullPolicy?: AlertmanagerSpecImagePullPolicy;
    /**
     * imagePullSecrets An optional list of references to secrets in the same namespace
     * to use for pulling prometheus and alertmanager images from registries
     * see https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/
     *
     * @schema AlertmanagerSpec#imagePullSecrets
     */
    readonly imagePullSecrets?: AlertmanagerSpecImagePullSecrets[];
    /**
     * initContainers allows injecting initContainers to the Pod definition. Those
     * can be used to e.g.  fetch secrets for injection into the Prometheus
     * configuration from external sources. Any errors during the execution of
     * an initContainer will lead to a restart of the Pod. More info:
     * https://kubernetes.io/docs/concepts/workloads/pods/init-containers/
     * InitContainers described here modify an operator generated init
     * containers if they share the same name and modifications are done via a
     * strategic merge patch.
     *
     * The names of init container name managed by the operator are:
     * * `init-config-reloader`.
     *
     * Overriding init containers which are managed by the operator require
     * careful testing, especially when upgrading to a new version of the
     * operator.
     *
     * @schema AlertmanagerSpec#initContainers
     */
    readonly initContainers?: AlertmanagerSpecInitContainers[];
    /**
     * limits defines the limits command line flags when starting Alertmanager.
     *
     * @schema AlertmanagerSpec#limits
     */
    readonly limits?: AlertmanagerSpecLimits;
    /**
     * listenLocal defines the Alertmanager server listen on loopback, so that it
     * does not bind against the Pod IP. Note this is only for the Alertmanager
     * UI, not the gossip communication.
     *
     * @schema AlertmanagerSpec#listenLocal
     */
    readonly listenLocal?: boolean;
    /**
     * logFormat for Alertmanager to be configured with.
     *
     * @schema AlertmanagerSpec#logFormat
     */
    readonly logFormat?: AlertmanagerSpecLogFormat;
    /**
     * logLevel for Alertmanager to be configured with.
     *
     * @schema AlertmanagerSpec#logLevel
     */
    readonly logLevel?: AlertmanagerSpecLogLevel;
    /**
     * minReadySeconds defines the minimum number of seconds for which a newly
     * created pod should be ready without any of its container crashing for it
     * to be considered available.
     *
     * If unset, pods will be considered available as soon as they are ready.
     *
     * When the Alertmanager version is greater than or equal to v0.30.0, the
     * duration is also used to delay the first flush of the aggregation
     * groups. This delay helps ensuring that all alerts have been resent by
     * the Prometheus instances to Alertmanager after a roll-out. It is
     * possible to override this behavior passing a custom value via
     * `.spec.additionalArgs`.
     *
     * @schema AlertmanagerSpec#minReadySeconds
     */
    readonly minReadySeconds?: number;
    /**
     * nodeSelector defines which Nodes the Pods are scheduled on.
     *
     * @schema AlertmanagerSpec#nodeSelector
     */
    readonly nodeSelector?: {
        [key: string]: string;
    };
    /**
     * paused if set to true all actions on the underlying managed objects are not
     * going to be performed, except for delete actions.
     *
     * @schema AlertmanagerSpec#paused
     */
    readonly paused?: boolean;
    /**
     * persistentVolumeClaimRetentionPolicy controls if and how PVCs are deleted during the lifecycle of a StatefulSet.
     * The default behavior is all PVCs are retained.
     * This is an alpha field from kubernetes 1.23 until 1.26 and a beta field from 1.26.
     * It requires enabling the StatefulSetAutoDeletePVC feature gate.
     *
     * @schema AlertmanagerSpec#persistentVolumeClaimRetentionPolicy
     */
    readonly persistentVolumeClaimRetentionPolicy?: AlertmanagerSpecPersistentVolumeClaimRetentionPolicy;
    /**
     * podManagementPolicy defines the policy for creating/deleting pods when
     * scaling up and down.
     *
     * Unlike the default StatefulSet behavior, the default policy is
     * `Parallel` to avoid manual intervention in case a pod gets stuck during
     * a rollout.
     *
     * Note that updating this value implies the recreation of the StatefulSet
     * which incurs a service outage.
     *
     * @schema AlertmanagerSpec#podManagementPolicy
     */
    readonly podManagementPolicy?: AlertmanagerSpecPodManagementPolicy;
    /**
     * podMetadata defines labels and annotations which are propagated to the Alertmanager pods.
     *
     * The following items are reserved and cannot be overridden:
     * * "alertmanager" label, set to the name of the Alertmanager instance.
     * * "app.kubernetes.io/instance" label, set to the name of the Alertmanager instance.
     * * "app.kubernetes.io/managed-by" label, set to "prometheus-operator".
     * * "app.kubernetes.io/name" label, set to "alertmanager".
     * * "app.kubernetes.io/version" label, set to the Alertmanager version.
     * * "kubectl.kubernetes.io/default-container" annotation, set to "alertmanager".
     *
     * @schema AlertmanagerSpec#podMetadata
     */
    readonly podMetadata?: AlertmanagerSpecPodMetadata;
    /**
     * portName defines the port's name for the pods and governing service.
     * Defaults to `web`.
     *
     * @default web`.
     * @schema AlertmanagerSpec#portName
     */
    readonly portName?: string;
    /**
     * priorityClassName assigned to the Pods
     *
     * @schema AlertmanagerSpec#priorityClassName
     */
    readonly priorityClassName?: string;
    /**
     * replicas defines the expected size of the alertmanager cluster. The controller will
     * eventually make the size of the running cluster equal to the expected
     * size.
     *
     * @schema AlertmanagerSpec#replicas
     */
    readonly replicas?: number;
    /**
     * resources defines the resource requests and limits of the Pods.
     *
     * @schema AlertmanagerSpec#resources
     */
    readonly resources?: AlertmanagerSpecResources;
    /**
     * retention defines the time duration Alertmanager shall retain data for. Default is '120h',
     * and must match the regular expression `[0-9]+(ms|s|m|h)` (milliseconds seconds minutes hours).
     *
     * @default 120h',
     * @schema AlertmanagerSpec#retention
     */
    readonly retention?: string;
    /**
     * routePrefix Alertmanager registers HTTP handlers for. This is useful,
     * if using ExternalURL and a proxy is rewriting HTTP routes of a request,
     * and the actual ExternalURL is still true, but the server serves requests
     * under a different route prefix. For example for use with `kubectl proxy`.
     *
     * @schema AlertmanagerSpec#routePrefix
     */
    readonly routePrefix?: string;
    /**
     * schedulerName defines the scheduler to use for Pod scheduling. If not specified, the default scheduler is used.
     *
     * @schema AlertmanagerSpec#schedulerName
     */
    readonly schedulerName?: string;
    /**
     * secrets is a list of Secrets in the same namespace as the Alertmanager
     * object, which shall be mounted into the Alertmanager Pods.
     * Each Secret is added to the StatefulSet definition as a volume named `secret-<secret-name>`.
     * The Secrets are mounted into `/etc/alertmanager/secrets/<secret-name>` in the 'alertmanager' container.
     *
     * @schema AlertmanagerSpec#secrets
     */
    readonly secrets?: string[];
    /**
     * securityContext holds pod-level security attributes and common container settings.
     * This defaults to the default PodSecurityContext.
     *
     * @schema AlertmanagerSpec#securityContext
     */
    readonly securityContext?: AlertmanagerSpecSecurityContext;
    /**
     * serviceAccountName is the name of the ServiceAccount to use to run the
     * Prometheus Pods.
     *
     * @schema AlertmanagerSpec#serviceAccountName
     */
    readonly serviceAccountName?: string;
    /**
     * serviceName defines the service name used by the underlying StatefulSet(s) as the governing service.
     * If defined, the Service  must be created before the Alertmanager resource in the same namespace and it must define a selector that matches the pod labels.
     * If empty, the operator will create and manage a headless service named `alertmanager-operated` for Alertmanager resources.
     * When deploying multiple Alertmanager resources in the same namespace, it is recommended to specify a different value for each.
     * See https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#stable-network-id for more details.
     *
     * @schema AlertmanagerSpec#serviceName
     */
    readonly serviceName?: string;
    /**
     * sha of Alertmanager container image to be deployed. Defaults to the value of `version`.
     * Similar to a tag, but the SHA explicitly deploys an immutable container image.
     * Version and Tag are ignored if SHA is set.
     * Deprecated: use 'image' instead. The image digest can be specified as part of the image URL.
     *
     * @default the value of `version`.
     * @schema AlertmanagerSpec#sha
     */
    readonly sha?: string;
    /**
     * storage defines the definition of how storage will be used by the Alertmanager
     * instances.
     *
     * @schema AlertmanagerSpec#storage
     */
    readonly storage?: AlertmanagerSpecStorage;
    /**
     * tag of Alertmanager container image to be deployed. Defaults to the value of `version`.
     * Version is ignored if Tag is set.
     * Deprecated: use 'image' instead. The image tag can be specified as part of the image URL.
     *
     * @default the value of `version`.
     * @schema AlertmanagerSpec#tag
     */
    readonly tag?: string;
    /**
     * terminationGracePeriodSeconds defines the Optional duration in seconds the pod needs to terminate gracefully.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down) which may lead to data corruption.
     *
     * Defaults to 120 seconds.
     *
     * @default 120 seconds.
     * @schema AlertmanagerSpec#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * tolerations defines the pod's tolerations.
     *
     * @schema AlertmanagerSpec#tolerations
     */
    readonly tolerations?: AlertmanagerSpecTolerations[];
    /**
     * topologySpreadConstraints defines the Pod's topology spread constraints.
     *
     * @schema AlertmanagerSpec#topologySpreadConstraints
     */
    readonly topologySpreadConstraints?: AlertmanagerSpecTopologySpreadConstraints[];
    /**
     * updateStrategy indicates the strategy that will be employed to update
     * Pods in the StatefulSet when a revision is made to statefulset's Pod
     * Template.
     *
     * The default strategy is RollingUpdate.
     *
     * @schema AlertmanagerSpec#updateStrategy
     */
    readonly updateStrategy?: AlertmanagerSpecUpdateStrategy;
    /**
     * version the cluster should be on.
     *
     * @schema AlertmanagerSpec#version
     */
    readonly version?: string;
    /**
     * volumeMounts allows configuration of additional VolumeMounts on the output StatefulSet definition.
     * VolumeMounts specified will be appended to other VolumeMounts in the alertmanager container,
     * that are generated as a result of StorageSpec objects.
     *
     * @schema AlertmanagerSpec#volumeMounts
     */
    readonly volumeMounts?: AlertmanagerSpecVolumeMounts[];
    /**
     * volumes allows configuration of additional volumes on the output StatefulSet definition.
     * Volumes specified will be appended to other volumes that are generated as a result of
     * StorageSpec objects.
     *
     * @schema AlertmanagerSpec#volumes
     */
    readonly volumes?: AlertmanagerSpecVolumes[];
    /**
     * web defines the web command line flags when starting Alertmanager.
     *
     * @schema AlertmanagerSpec#web
     */
    readonly web?: AlertmanagerSpecWeb;
}
/**
 * Converts an object of type 'AlertmanagerSpec' to JSON representation.
 */
export declare function toJson_AlertmanagerSpec(obj: AlertmanagerSpec | undefined): Record<string, any> | undefined;
/**
 * Argument as part of the AdditionalArgs list.
 *
 * @schema AlertmanagerSpecAdditionalArgs
 */
export interface AlertmanagerSpecAdditionalArgs {
    /**
     * name of the argument, e.g. "scrape.discovery-reload-interval".
     *
     * @schema AlertmanagerSpecAdditionalArgs#name
     */
    readonly name: string;
    /**
     * value defines the argument value, e.g. 30s. Can be empty for name-only arguments (e.g. --storage.tsdb.no-lockfile)
     *
     * @schema AlertmanagerSpecAdditionalArgs#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecAdditionalArgs' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAdditionalArgs(obj: AlertmanagerSpecAdditionalArgs | undefined): Record<string, any> | undefined;
/**
 * affinity defines the pod's scheduling constraints.
 *
 * @schema AlertmanagerSpecAffinity
 */
export interface AlertmanagerSpecAffinity {
    /**
     * Describes node affinity scheduling rules for the pod.
     *
     * @schema AlertmanagerSpecAffinity#nodeAffinity
     */
    readonly nodeAffinity?: AlertmanagerSpecAffinityNodeAffinity;
    /**
     * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
     *
     * @schema AlertmanagerSpecAffinity#podAffinity
     */
    readonly podAffinity?: AlertmanagerSpecAffinityPodAffinity;
    /**
     * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
     *
     * @schema AlertmanagerSpecAffinity#podAntiAffinity
     */
    readonly podAntiAffinity?: AlertmanagerSpecAffinityPodAntiAffinity;
}
/**
 * Converts an object of type 'AlertmanagerSpecAffinity' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAffinity(obj: AlertmanagerSpecAffinity | undefined): Record<string, any> | undefined;
/**
 * alertmanagerConfigMatcherStrategy defines how AlertmanagerConfig objects
 * process incoming alerts.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigMatcherStrategy
 */
export interface AlertmanagerSpecAlertmanagerConfigMatcherStrategy {
    /**
     * type defines the strategy used by
     * AlertmanagerConfig objects to match alerts in the routes and inhibition
     * rules.
     *
     * The default value is `OnNamespace`.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigMatcherStrategy#type
     */
    readonly type?: AlertmanagerSpecAlertmanagerConfigMatcherStrategyType;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigMatcherStrategy' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigMatcherStrategy(obj: AlertmanagerSpecAlertmanagerConfigMatcherStrategy | undefined): Record<string, any> | undefined;
/**
 * alertmanagerConfigNamespaceSelector defines the namespaces to be selected for AlertmanagerConfig discovery. If nil, only
 * check own namespace.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigNamespaceSelector
 */
export interface AlertmanagerSpecAlertmanagerConfigNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: AlertmanagerSpecAlertmanagerConfigNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigNamespaceSelector' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigNamespaceSelector(obj: AlertmanagerSpecAlertmanagerConfigNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * alertmanagerConfigSelector defines the selector to be used for to merge and configure Alertmanager with.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigSelector
 */
export interface AlertmanagerSpecAlertmanagerConfigSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigSelector#matchExpressions
     */
    readonly matchExpressions?: AlertmanagerSpecAlertmanagerConfigSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigSelector' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigSelector(obj: AlertmanagerSpecAlertmanagerConfigSelector | undefined): Record<string, any> | undefined;
/**
 * alertmanagerConfiguration defines the configuration of Alertmanager.
 *
 * If defined, it takes precedence over the `configSecret` field.
 *
 * This is an *experimental feature*, it may change in any upcoming release
 * in a breaking way.
 *
 * @schema AlertmanagerSpecAlertmanagerConfiguration
 */
export interface AlertmanagerSpecAlertmanagerConfiguration {
    /**
     * global defines the global parameters of the Alertmanager configuration.
     *
     * @schema AlertmanagerSpecAlertmanagerConfiguration#global
     */
    readonly global?: AlertmanagerSpecAlertmanagerConfigurationGlobal;
    /**
     * name defines the name of the AlertmanagerConfig custom resource which is used to generate the Alertmanager configuration.
     * It must be defined in the same namespace as the Alertmanager object.
     * The operator will not enforce a `namespace` label for routes and inhibition rules.
     *
     * @schema AlertmanagerSpecAlertmanagerConfiguration#name
     */
    readonly name?: string;
    /**
     * templates defines the custom notification templates.
     *
     * @schema AlertmanagerSpecAlertmanagerConfiguration#templates
     */
    readonly templates?: AlertmanagerSpecAlertmanagerConfigurationTemplates[];
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfiguration' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfiguration(obj: AlertmanagerSpecAlertmanagerConfiguration | undefined): Record<string, any> | undefined;
/**
 * clusterTLS defines the mutual TLS configuration for the Alertmanager cluster's gossip protocol.
 *
 * It requires Alertmanager >= 0.24.0.
 *
 * @schema AlertmanagerSpecClusterTls
 */
export interface AlertmanagerSpecClusterTls {
    /**
     * client defines the client-side configuration for mutual TLS.
     *
     * @schema AlertmanagerSpecClusterTls#client
     */
    readonly client: AlertmanagerSpecClusterTlsClient;
    /**
     * server defines the server-side configuration for mutual TLS.
     *
     * @schema AlertmanagerSpecClusterTls#server
     */
    readonly server: AlertmanagerSpecClusterTlsServer;
}
/**
 * Converts an object of type 'AlertmanagerSpecClusterTls' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecClusterTls(obj: AlertmanagerSpecClusterTls | undefined): Record<string, any> | undefined;
/**
 * A single application container that you want to run within a pod.
 *
 * @schema AlertmanagerSpecContainers
 */
export interface AlertmanagerSpecContainers {
    /**
     * Arguments to the entrypoint.
     * The container image's CMD is used if this is not provided.
     * Variable references $(VAR_NAME) are expanded using the container's environment. If a variable
     * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
     * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
     * of whether the variable exists or not. Cannot be updated.
     * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
     *
     * @schema AlertmanagerSpecContainers#args
     */
    readonly args?: string[];
    /**
     * Entrypoint array. Not executed within a shell.
     * The container image's ENTRYPOINT is used if this is not provided.
     * Variable references $(VAR_NAME) are expanded using the container's environment. If a variable
     * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
     * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
     * of whether the variable exists or not. Cannot be updated.
     * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
     *
     * @schema AlertmanagerSpecContainers#command
     */
    readonly command?: string[];
    /**
     * List of environment variables to set in the container.
     * Cannot be updated.
     *
     * @schema AlertmanagerSpecContainers#env
     */
    readonly env?: AlertmanagerSpecContainersEnv[];
    /**
     * List of sources to populate environment variables in the container.
     * The keys defined within a source may consist of any printable ASCII characters except '='.
     * When a key exists in multiple
     * sources, the value associated with the last source will take precedence.
     * Values defined by an Env with a duplicate key will take precedence.
     * Cannot be updated.
     *
     * @schema AlertmanagerSpecContainers#envFrom
     */
    readonly envFrom?: AlertmanagerSpecContainersEnvFrom[];
    /**
     * Container image name.
     * More info: https://kubernetes.io/docs/concepts/containers/images
     * This field is optional to allow higher level config management to default or override
     * container images in workload controllers like Deployments and StatefulSets.
     *
     * @schema AlertmanagerSpecContainers#image
     */
    readonly image?: string;
    /**
     * Image pull policy.
     * One of Always, Never, IfNotPresent.
     * Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/containers/images#updating-images
     *
     * @default Always if :latest tag is specified, or IfNotPresent otherwise.
     * @schema AlertmanagerSpecContainers#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * Actions that the management system should take in response to container lifecycle events.
     * Cannot be updated.
     *
     * @schema AlertmanagerSpecContainers#lifecycle
     */
    readonly lifecycle?: AlertmanagerSpecContainersLifecycle;
    /**
     * Periodic probe of container liveness.
     * Container will be restarted if the probe fails.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema AlertmanagerSpecContainers#livenessProbe
     */
    readonly livenessProbe?: AlertmanagerSpecContainersLivenessProbe;
    /**
     * Name of the container specified as a DNS_LABEL.
     * Each container in a pod must have a unique name (DNS_LABEL).
     * Cannot be updated.
     *
     * @schema AlertmanagerSpecContainers#name
     */
    readonly name: string;
    /**
     * List of ports to expose from the container. Not specifying a port here
     * DOES NOT prevent that port from being exposed. Any port which is
     * listening on the default "0.0.0.0" address inside a container will be
     * accessible from the network.
     * Modifying this array with strategic merge patch may corrupt the data.
     * For more information See https://github.com/kubernetes/kubernetes/issues/108255.
     * Cannot be updated.
     *
     * @schema AlertmanagerSpecContainers#ports
     */
    readonly ports?: AlertmanagerSpecContainersPorts[];
    /**
     * Periodic probe of container service readiness.
     * Container will be removed from service endpoints if the probe fails.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema AlertmanagerSpecContainers#readinessProbe
     */
    readonly readinessProbe?: AlertmanagerSpecContainersReadinessProbe;
    /**
     * Resources resize policy for the container.
     * This field cannot be set on ephemeral containers.
     *
     * @schema AlertmanagerSpecContainers#resizePolicy
     */
    readonly resizePolicy?: AlertmanagerSpecContainersResizePolicy[];
    /**
     * Compute Resources required by this container.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema AlertmanagerSpecContainers#resources
     */
    readonly resources?: AlertmanagerSpecContainersResources;
    /**
     * RestartPolicy defines the restart behavior of individual containers in a pod.
     * This overrides the pod-level restart policy. When this field is not specified,
     * the restart behavior is defined by the Pod's restart policy and the container type.
     * Additionally, setting the RestartPolicy as "Always" for the init container will
     * have the following effect:
     * this init container will be continually restarted on
     * exit until all regular containers have terminated. Once all regular
     * containers have completed, all init containers with restartPolicy "Always"
     * will be shut down. This lifecycle differs from normal init containers and
     * is often referred to as a "sidecar" container. Although this init
     * container still starts in the init container sequence, it does not wait
     * for the container to complete before proceeding to the next init
     * container. Instead, the next init container starts immediately after this
     * init container is started, or after any startupProbe has successfully
     * completed.
     *
     * @schema AlertmanagerSpecContainers#restartPolicy
     */
    readonly restartPolicy?: string;
    /**
     * Represents a list of rules to be checked to determine if the
     * container should be restarted on exit. The rules are evaluated in
     * order. Once a rule matches a container exit condition, the remaining
     * rules are ignored. If no rule matches the container exit condition,
     * the Container-level restart policy determines the whether the container
     * is restarted or not. Constraints on the rules:
     * - At most 20 rules are allowed.
     * - Rules can have the same action.
     * - Identical rules are not forbidden in validations.
     * When rules are specified, container MUST set RestartPolicy explicitly
     * even it if matches the Pod's RestartPolicy.
     *
     * @schema AlertmanagerSpecContainers#restartPolicyRules
     */
    readonly restartPolicyRules?: AlertmanagerSpecContainersRestartPolicyRules[];
    /**
     * SecurityContext defines the security options the container should be run with.
     * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
     * More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
     *
     * @schema AlertmanagerSpecContainers#securityContext
     */
    readonly securityContext?: AlertmanagerSpecContainersSecurityContext;
    /**
     * StartupProbe indicates that the Pod has successfully initialized.
     * If specified, no other probes are executed until this completes successfully.
     * If this probe fails, the Pod will be restarted, just as if the livenessProbe failed.
     * This can be used to provide different probe parameters at the beginning of a Pod's lifecycle,
     * when it might take a long time to load data or warm a cache, than during steady-state operation.
     * This cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema AlertmanagerSpecContainers#startupProbe
     */
    readonly startupProbe?: AlertmanagerSpecContainersStartupProbe;
    /**
     * Whether this container should allocate a buffer for stdin in the container runtime. If this
     * is not set, reads from stdin in the container will always result in EOF.
     * Default is false.
     *
     * @default false.
     * @schema AlertmanagerSpecContainers#stdin
     */
    readonly stdin?: boolean;
    /**
     * Whether the container runtime should close the stdin channel after it has been opened by
     * a single attach. When stdin is true the stdin stream will remain open across multiple attach
     * sessions. If stdinOnce is set to true, stdin is opened on container start, is empty until the
     * first client attaches to stdin, and then remains open and accepts data until the client disconnects,
     * at which time stdin is closed and remains closed until the container is restarted. If this
     * flag is false, a container processes that reads from stdin will never receive an EOF.
     * Default is false
     *
     * @default false
     * @schema AlertmanagerSpecContainers#stdinOnce
     */
    readonly stdinOnce?: boolean;
    /**
     * Optional: Path at which the file to which the container's termination message
     * will be written is mounted into the container's filesystem.
     * Message written is intended to be brief final status, such as an assertion failure message.
     * Will be truncated by the node if greater than 4096 bytes. The total message length across
     * all containers will be limited to 12kb.
     * Defaults to /dev/termination-log.
     * Cannot be updated.
     *
     * @default dev/termination-log.
     * @schema AlertmanagerSpecContainers#terminationMessagePath
     */
    readonly terminationMessagePath?: string;
    /**
     * Indicate how the termination message should be populated. File will use the contents of
     * terminationMessagePath to populate the container status message on both success and failure.
     * FallbackToLogsOnError will use the last chunk of container log output if the termination
     * message file is empty and the container exited with an error.
     * The log output is limited to 2048 bytes or 80 lines, whichever is smaller.
     * Defaults to File.
     * Cannot be updated.
     *
     * @default File.
     * @schema AlertmanagerSpecContainers#terminationMessagePolicy
     */
    readonly terminationMessagePolicy?: string;
    /**
     * Whether this container should allocate a TTY for itself, also requires 'stdin' to be true.
     * Default is false.
     *
     * @default false.
     * @schema AlertmanagerSpecContainers#tty
     */
    readonly tty?: boolean;
    /**
     * volumeDevices is the list of block devices to be used by the container.
     *
     * @schema AlertmanagerSpecContainers#volumeDevices
     */
    readonly volumeDevices?: AlertmanagerSpecContainersVolumeDevices[];
    /**
     * Pod volumes to mount into the container's filesystem.
     * Cannot be updated.
     *
     * @schema AlertmanagerSpecContainers#volumeMounts
     */
    readonly volumeMounts?: AlertmanagerSpecContainersVolumeMounts[];
    /**
     * Container's working directory.
     * If not specified, the container runtime's default will be used, which
     * might be configured in the container image.
     * Cannot be updated.
     *
     * @schema AlertmanagerSpecContainers#workingDir
     */
    readonly workingDir?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainers' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainers(obj: AlertmanagerSpecContainers | undefined): Record<string, any> | undefined;
/**
 * dnsConfig defines the DNS configuration for the pods.
 *
 * @schema AlertmanagerSpecDnsConfig
 */
export interface AlertmanagerSpecDnsConfig {
    /**
     * nameservers defines the list of DNS name server IP addresses.
     * This will be appended to the base nameservers generated from DNSPolicy.
     *
     * @schema AlertmanagerSpecDnsConfig#nameservers
     */
    readonly nameservers?: string[];
    /**
     * options defines the list of DNS resolver options.
     * This will be merged with the base options generated from DNSPolicy.
     * Resolution options given in Options
     * will override those that appear in the base DNSPolicy.
     *
     * @schema AlertmanagerSpecDnsConfig#options
     */
    readonly options?: AlertmanagerSpecDnsConfigOptions[];
    /**
     * searches defines the list of DNS search domains for host-name lookup.
     * This will be appended to the base search paths generated from DNSPolicy.
     *
     * @schema AlertmanagerSpecDnsConfig#searches
     */
    readonly searches?: string[];
}
/**
 * Converts an object of type 'AlertmanagerSpecDnsConfig' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecDnsConfig(obj: AlertmanagerSpecDnsConfig | undefined): Record<string, any> | undefined;
/**
 * dnsPolicy defines the DNS policy for the pods.
 *
 * @schema AlertmanagerSpecDnsPolicy
 */
export declare enum AlertmanagerSpecDnsPolicy {
    /** ClusterFirstWithHostNet */
    CLUSTER_FIRST_WITH_HOST_NET = "ClusterFirstWithHostNet",
    /** ClusterFirst */
    CLUSTER_FIRST = "ClusterFirst",
    /** Default */
    DEFAULT = "Default",
    /** None */
    NONE = "None"
}
/**
 * HostAlias holds the mapping between IP and hostnames that will be injected as an entry in the
 * pod's hosts file.
 *
 * @schema AlertmanagerSpecHostAliases
 */
export interface AlertmanagerSpecHostAliases {
    /**
     * hostnames defines hostnames for the above IP address.
     *
     * @schema AlertmanagerSpecHostAliases#hostnames
     */
    readonly hostnames: string[];
    /**
     * ip defines the IP address of the host file entry.
     *
     * @schema AlertmanagerSpecHostAliases#ip
     */
    readonly ip: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecHostAliases' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecHostAliases(obj: AlertmanagerSpecHostAliases | undefined): Record<string, any> | undefined;
/**
 * imagePullPolicy for the 'alertmanager', 'init-config-reloader' and 'config-reloader' containers.
 * See https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy for more details.
 *
 * @schema AlertmanagerSpecImagePullPolicy
 */
export declare enum AlertmanagerSpecImagePullPolicy {
    /** Always */
    ALWAYS = "Always",
    /** Never */
    NEVER = "Never",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * LocalObjectReference contains enough information to let you locate the
 * referenced object inside the same namespace.
 *
 * @schema AlertmanagerSpecImagePullSecrets
 */
export interface AlertmanagerSpecImagePullSecrets {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecImagePullSecrets#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecImagePullSecrets' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecImagePullSecrets(obj: AlertmanagerSpecImagePullSecrets | undefined): Record<string, any> | undefined;
/**
 * A single application container that you want to run within a pod.
 *
 * @schema AlertmanagerSpecInitContainers
 */
export interface AlertmanagerSpecInitContainers {
    /**
     * Arguments to the entrypoint.
     * The container image's CMD is used if this is not provided.
     * Variable references $(VAR_NAME) are expanded using the container's environment. If a variable
     * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
     * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
     * of whether the variable exists or not. Cannot be updated.
     * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
     *
     * @schema AlertmanagerSpecInitContainers#args
     */
    readonly args?: string[];
    /**
     * Entrypoint array. Not executed within a shell.
     * The container image's ENTRYPOINT is used if this is not provided.
     * Variable references $(VAR_NAME) are expanded using the container's environment. If a variable
     * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
     * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
     * of whether the variable exists or not. Cannot be updated.
     * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
     *
     * @schema AlertmanagerSpecInitContainers#command
     */
    readonly command?: string[];
    /**
     * List of environment variables to set in the container.
     * Cannot be updated.
     *
     * @schema AlertmanagerSpecInitContainers#env
     */
    readonly env?: AlertmanagerSpecInitContainersEnv[];
    /**
     * List of sources to populate environment variables in the container.
     * The keys defined within a source may consist of any printable ASCII characters except '='.
     * When a key exists in multiple
     * sources, the value associated with the last source will take precedence.
     * Values defined by an Env with a duplicate key will take precedence.
     * Cannot be updated.
     *
     * @schema AlertmanagerSpecInitContainers#envFrom
     */
    readonly envFrom?: AlertmanagerSpecInitContainersEnvFrom[];
    /**
     * Container image name.
     * More info: https://kubernetes.io/docs/concepts/containers/images
     * This field is optional to allow higher level config management to default or override
     * container images in workload controllers like Deployments and StatefulSets.
     *
     * @schema AlertmanagerSpecInitContainers#image
     */
    readonly image?: string;
    /**
     * Image pull policy.
     * One of Always, Never, IfNotPresent.
     * Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/containers/images#updating-images
     *
     * @default Always if :latest tag is specified, or IfNotPresent otherwise.
     * @schema AlertmanagerSpecInitContainers#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * Actions that the management system should take in response to container lifecycle events.
     * Cannot be updated.
     *
     * @schema AlertmanagerSpecInitContainers#lifecycle
     */
    readonly lifecycle?: AlertmanagerSpecInitContainersLifecycle;
    /**
     * Periodic probe of container liveness.
     * Container will be restarted if the probe fails.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema AlertmanagerSpecInitContainers#livenessProbe
     */
    readonly livenessProbe?: AlertmanagerSpecInitContainersLivenessProbe;
    /**
     * Name of the container specified as a DNS_LABEL.
     * Each container in a pod must have a unique name (DNS_LABEL).
     * Cannot be updated.
     *
     * @schema AlertmanagerSpecInitContainers#name
     */
    readonly name: string;
    /**
     * List of ports to expose from the container. Not specifying a port here
     * DOES NOT prevent that port from being exposed. Any port which is
     * listening on the default "0.0.0.0" address inside a container will be
     * accessible from the network.
     * Modifying this array with strategic merge patch may corrupt the data.
     * For more information See https://github.com/kubernetes/kubernetes/issues/108255.
     * Cannot be updated.
     *
     * @schema AlertmanagerSpecInitContainers#ports
     */
    readonly ports?: AlertmanagerSpecInitContainersPorts[];
    /**
     * Periodic probe of container service readiness.
     * Container will be removed from service endpoints if the probe fails.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema AlertmanagerSpecInitContainers#readinessProbe
     */
    readonly readinessProbe?: AlertmanagerSpecInitContainersReadinessProbe;
    /**
     * Resources resize policy for the container.
     * This field cannot be set on ephemeral containers.
     *
     * @schema AlertmanagerSpecInitContainers#resizePolicy
     */
    readonly resizePolicy?: AlertmanagerSpecInitContainersResizePolicy[];
    /**
     * Compute Resources required by this container.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema AlertmanagerSpecInitContainers#resources
     */
    readonly resources?: AlertmanagerSpecInitContainersResources;
    /**
     * RestartPolicy defines the restart behavior of individual containers in a pod.
     * This overrides the pod-level restart policy. When this field is not specified,
     * the restart behavior is defined by the Pod's restart policy and the container type.
     * Additionally, setting the RestartPolicy as "Always" for the init container will
     * have the following effect:
     * this init container will be continually restarted on
     * exit until all regular containers have terminated. Once all regular
     * containers have completed, all init containers with restartPolicy "Always"
     * will be shut down. This lifecycle differs from normal init containers and
     * is often referred to as a "sidecar" container. Although this init
     * container still starts in the init container sequence, it does not wait
     * for the container to complete before proceeding to the next init
     * container. Instead, the next init container starts immediately after this
     * init container is started, or after any startupProbe has successfully
     * completed.
     *
     * @schema AlertmanagerSpecInitContainers#restartPolicy
     */
    readonly restartPolicy?: string;
    /**
     * Represents a list of rules to be checked to determine if the
     * container should be restarted on exit. The rules are evaluated in
     * order. Once a rule matches a container exit condition, the remaining
     * rules are ignored. If no rule matches the container exit condition,
     * the Container-level restart policy determines the whether the container
     * is restarted or not. Constraints on the rules:
     * - At most 20 rules are allowed.
     * - Rules can have the same action.
     * - Identical rules are not forbidden in validations.
     * When rules are specified, container MUST set RestartPolicy explicitly
     * even it if matches the Pod's RestartPolicy.
     *
     * @schema AlertmanagerSpecInitContainers#restartPolicyRules
     */
    readonly restartPolicyRules?: AlertmanagerSpecInitContainersRestartPolicyRules[];
    /**
     * SecurityContext defines the security options the container should be run with.
     * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
     * More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
     *
     * @schema AlertmanagerSpecInitContainers#securityContext
     */
    readonly securityContext?: AlertmanagerSpecInitContainersSecurityContext;
    /**
     * StartupProbe indicates that the Pod has successfully initialized.
     * If specified, no other probes are executed until this completes successfully.
     * If this probe fails, the Pod will be restarted, just as if the livenessProbe failed.
     * This can be used to provide different probe parameters at the beginning of a Pod's lifecycle,
     * when it might take a long time to load data or warm a cache, than during steady-state operation.
     * This cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema AlertmanagerSpecInitContainers#startupProbe
     */
    readonly startupProbe?: AlertmanagerSpecInitContainersStartupProbe;
    /**
     * Whether this container should allocate a buffer for stdin in the container runtime. If this
     * is not set, reads from stdin in the container will always result in EOF.
     * Default is false.
     *
     * @default false.
     * @schema AlertmanagerSpecInitContainers#stdin
     */
    readonly stdin?: boolean;
    /**
     * Whether the container runtime should close the stdin channel after it has been opened by
     * a single attach. When stdin is true the stdin stream will remain open across multiple attach
     * sessions. If stdinOnce is set to true, stdin is opened on container start, is empty until the
     * first client attaches to stdin, and then remains open and accepts data until the client disconnects,
     * at which time stdin is closed and remains closed until the container is restarted. If this
     * flag is false, a container processes that reads from stdin will never receive an EOF.
     * Default is false
     *
     * @default false
     * @schema AlertmanagerSpecInitContainers#stdinOnce
     */
    readonly stdinOnce?: boolean;
    /**
     * Optional: Path at which the file to which the container's termination message
     * will be written is mounted into the container's filesystem.
     * Message written is intended to be brief final status, such as an assertion failure message.
     * Will be truncated by the node if greater than 4096 bytes. The total message length across
     * all containers will be limited to 12kb.
     * Defaults to /dev/termination-log.
     * Cannot be updated.
     *
     * @default dev/termination-log.
     * @schema AlertmanagerSpecInitContainers#terminationMessagePath
     */
    readonly terminationMessagePath?: string;
    /**
     * Indicate how the termination message should be populated. File will use the contents of
     * terminationMessagePath to populate the container status message on both success and failure.
     * FallbackToLogsOnError will use the last chunk of container log output if the termination
     * message file is empty and the container exited with an error.
     * The log output is limited to 2048 bytes or 80 lines, whichever is smaller.
     * Defaults to File.
     * Cannot be updated.
     *
     * @default File.
     * @schema AlertmanagerSpecInitContainers#terminationMessagePolicy
     */
    readonly terminationMessagePolicy?: string;
    /**
     * Whether this container should allocate a TTY for itself, also requires 'stdin' to be true.
     * Default is false.
     *
     * @default false.
     * @schema AlertmanagerSpecInitContainers#tty
     */
    readonly tty?: boolean;
    /**
     * volumeDevices is the list of block devices to be used by the container.
     *
     * @schema AlertmanagerSpecInitContainers#volumeDevices
     */
    readonly volumeDevices?: AlertmanagerSpecInitContainersVolumeDevices[];
    /**
     * Pod volumes to mount into the container's filesystem.
     * Cannot be updated.
     *
     * @schema AlertmanagerSpecInitContainers#volumeMounts
     */
    readonly volumeMounts?: AlertmanagerSpecInitContainersVolumeMounts[];
    /**
     * Container's working directory.
     * If not specified, the container runtime's default will be used, which
     * might be configured in the container image.
     * Cannot be updated.
     *
     * @schema AlertmanagerSpecInitContainers#workingDir
     */
    readonly workingDir?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainers' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainers(obj: AlertmanagerSpecInitContainers | undefined): Record<string, any> | undefined;
/**
 * limits defines the limits command line flags when starting Alertmanager.
 *
 * @schema AlertmanagerSpecLimits
 */
export interface AlertmanagerSpecLimits {
    /**
     * maxPerSilenceBytes defines the maximum size of an individual silence as stored on disk. This corresponds to the Alertmanager's
     * `--silences.max-per-silence-bytes` flag.
     * It requires Alertmanager >= v0.28.0.
     *
     * @schema AlertmanagerSpecLimits#maxPerSilenceBytes
     */
    readonly maxPerSilenceBytes?: string;
    /**
     * maxSilences defines the maximum number active and pending silences. This corresponds to the
     * Alertmanager's `--silences.max-silences` flag.
     * It requires Alertmanager >= v0.28.0.
     *
     * @schema AlertmanagerSpecLimits#maxSilences
     */
    readonly maxSilences?: number;
}
/**
 * Converts an object of type 'AlertmanagerSpecLimits' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecLimits(obj: AlertmanagerSpecLimits | undefined): Record<string, any> | undefined;
/**
 * logFormat for Alertmanager to be configured with.
 *
 * @schema AlertmanagerSpecLogFormat
 */
export declare enum AlertmanagerSpecLogFormat {
    /** logfmt */
    LOGFMT = "logfmt",
    /** json */
    JSON = "json"
}
/**
 * logLevel for Alertmanager to be configured with.
 *
 * @schema AlertmanagerSpecLogLevel
 */
export declare enum AlertmanagerSpecLogLevel {
    /** debug */
    DEBUG = "debug",
    /** info */
    INFO = "info",
    /** warn */
    WARN = "warn",
    /** error */
    ERROR = "error"
}
/**
 * persistentVolumeClaimRetentionPolicy controls if and how PVCs are deleted during the lifecycle of a StatefulSet.
 * The default behavior is all PVCs are retained.
 * This is an alpha field from kubernetes 1.23 until 1.26 and a beta field from 1.26.
 * It requires enabling the StatefulSetAutoDeletePVC feature gate.
 *
 * @schema AlertmanagerSpecPersistentVolumeClaimRetentionPolicy
 */
export interface AlertmanagerSpecPersistentVolumeClaimRetentionPolicy {
    /**
     * WhenDeleted specifies what happens to PVCs created from StatefulSet
     * VolumeClaimTemplates when the StatefulSet is deleted. The default policy
     * of `Retain` causes PVCs to not be affected by StatefulSet deletion. The
     * `Delete` policy causes those PVCs to be deleted.
     *
     * @schema AlertmanagerSpecPersistentVolumeClaimRetentionPolicy#whenDeleted
     */
    readonly whenDeleted?: string;
    /**
     * WhenScaled specifies what happens to PVCs created from StatefulSet
     * VolumeClaimTemplates when the StatefulSet is scaled down. The default
     * policy of `Retain` causes PVCs to not be affected by a scaledown. The
     * `Delete` policy causes the associated PVCs for any excess pods above
     * the replica count to be deleted.
     *
     * @schema AlertmanagerSpecPersistentVolumeClaimRetentionPolicy#whenScaled
     */
    readonly whenScaled?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecPersistentVolumeClaimRetentionPolicy' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecPersistentVolumeClaimRetentionPolicy(obj: AlertmanagerSpecPersistentVolumeClaimRetentionPolicy | undefined): Record<string, any> | undefined;
/**
 * podManagementPolicy defines the policy for creating/deleting pods when
 * scaling up and down.
 *
 * Unlike the default StatefulSet behavior, the default policy is
 * `Parallel` to avoid manual intervention in case a pod gets stuck during
 * a rollout.
 *
 * Note that updating this value implies the recreation of the StatefulSet
 * which incurs a service outage.
 *
 * @schema AlertmanagerSpecPodManagementPolicy
 */
export declare enum AlertmanagerSpecPodManagementPolicy {
    /** OrderedReady */
    ORDERED_READY = "OrderedReady",
    /** Parallel */
    PARALLEL = "Parallel"
}
/**
 * podMetadata defines labels and annotations which are propagated to the Alertmanager pods.
 *
 * The following items are reserved and cannot be overridden:
 * * "alertmanager" label, set to the name of the Alertmanager instance.
 * * "app.kubernetes.io/instance" label, set to the name of the Alertmanager instance.
 * * "app.kubernetes.io/managed-by" label, set to "prometheus-operator".
 * * "app.kubernetes.io/name" label, set to "alertmanager".
 * * "app.kubernetes.io/version" label, set to the Alertmanager version.
 * * "kubectl.kubernetes.io/default-container" annotation, set to "alertmanager".
 *
 * @schema AlertmanagerSpecPodMetadata
 */
export interface AlertmanagerSpecPodMetadata {
    /**
     * annotations defines an unstructured key value map stored with a resource that may be
     * set by external tools to store and retrieve arbitrary metadata. They are not
     * queryable and should be preserved when modifying objects.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations/
     *
     * @schema AlertmanagerSpecPodMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * labels define the map of string keys and values that can be used to organize and categorize
     * (scope and select) objects. May match selectors of replication controllers
     * and services.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/
     *
     * @schema AlertmanagerSpecPodMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * name must be unique within a namespace. Is required when creating resources, although
     * some resources may allow a client to request the generation of an appropriate name
     * automatically. Name is primarily intended for creation idempotence and configuration
     * definition.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/
     *
     * @schema AlertmanagerSpecPodMetadata#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecPodMetadata' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecPodMetadata(obj: AlertmanagerSpecPodMetadata | undefined): Record<string, any> | undefined;
/**
 * resources defines the resource requests and limits of the Pods.
 *
 * @schema AlertmanagerSpecResources
 */
export interface AlertmanagerSpecResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This field depends on the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema AlertmanagerSpecResources#claims
     */
    readonly claims?: AlertmanagerSpecResourcesClaims[];
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema AlertmanagerSpecResources#limits
     */
    readonly limits?: {
        [key: string]: AlertmanagerSpecResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema AlertmanagerSpecResources#requests
     */
    readonly requests?: {
        [key: string]: AlertmanagerSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'AlertmanagerSpecResources' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecResources(obj: AlertmanagerSpecResources | undefined): Record<string, any> | undefined;
/**
 * securityContext holds pod-level security attributes and common container settings.
 * This defaults to the default PodSecurityContext.
 *
 * @schema AlertmanagerSpecSecurityContext
 */
export interface AlertmanagerSpecSecurityContext {
    /**
     * appArmorProfile is the AppArmor options to use by the containers in this pod.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema AlertmanagerSpecSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: AlertmanagerSpecSecurityContextAppArmorProfile;
    /**
     * A special supplemental group that applies to all containers in a pod.
     * Some volume types allow the Kubelet to change the ownership of that volume
     * to be owned by the pod:
     *
     * 1. The owning GID will be the FSGroup
     * 2. The setgid bit is set (new files created in the volume will be owned by FSGroup)
     * 3. The permission bits are OR'd with rw-rw----
     *
     * If unset, the Kubelet will not modify the ownership and permissions of any volume.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema AlertmanagerSpecSecurityContext#fsGroup
     */
    readonly fsGroup?: number;
    /**
     * fsGroupChangePolicy defines behavior of changing ownership and permission of the volume
     * before being exposed inside Pod. This field will only apply to
     * volume types which support fsGroup based ownership(and permissions).
     * It will have no effect on ephemeral volume types such as: secret, configmaps
     * and emptydir.
     * Valid values are "OnRootMismatch" and "Always". If not specified, "Always" is used.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema AlertmanagerSpecSecurityContext#fsGroupChangePolicy
     */
    readonly fsGroupChangePolicy?: string;
    /**
     * The GID to run the entrypoint of the container process.
     * Uses runtime default if unset.
     * May also be set in SecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence
     * for that container.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema AlertmanagerSpecSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * Indicates that the container must run as a non-root user.
     * If true, the Kubelet will validate the image at runtime to ensure that it
     * does not run as UID 0 (root) and fail to start the container if it does.
     * If unset or false, no such validation will be performed.
     * May also be set in SecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @schema AlertmanagerSpecSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * The UID to run the entrypoint of the container process.
     * Defaults to user specified in image metadata if unspecified.
     * May also be set in SecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence
     * for that container.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default user specified in image metadata if unspecified.
     * @schema AlertmanagerSpecSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * seLinuxChangePolicy defines how the container's SELinux label is applied to all volumes used by the Pod.
     * It has no effect on nodes that do not support SELinux or to volumes does not support SELinux.
     * Valid values are "MountOption" and "Recursive".
     *
     * "Recursive" means relabeling of all files on all Pod volumes by the container runtime.
     * This may be slow for large volumes, but allows mixing privileged and unprivileged Pods sharing the same volume on the same node.
     *
     * "MountOption" mounts all eligible Pod volumes with `-o context` mount option.
     * This requires all Pods that share the same volume to use the same SELinux label.
     * It is not possible to share the same volume among privileged and unprivileged Pods.
     * Eligible volumes are in-tree FibreChannel and iSCSI volumes, and all CSI volumes
     * whose CSI driver announces SELinux support by setting spec.seLinuxMount: true in their
     * CSIDriver instance. Other volumes are always re-labelled recursively.
     * "MountOption" value is allowed only when SELinuxMount feature gate is enabled.
     *
     * If not specified and SELinuxMount feature gate is enabled, "MountOption" is used.
     * If not specified and SELinuxMount feature gate is disabled, "MountOption" is used for ReadWriteOncePod volumes
     * and "Recursive" for all other volumes.
     *
     * This field affects only Pods that have SELinux label set, either in PodSecurityContext or in SecurityContext of all containers.
     *
     * All Pods that use the same volume should use the same seLinuxChangePolicy, otherwise some pods can get stuck in ContainerCreating state.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema AlertmanagerSpecSecurityContext#seLinuxChangePolicy
     */
    readonly seLinuxChangePolicy?: string;
    /**
     * The SELinux context to be applied to all containers.
     * If unspecified, the container runtime will allocate a random SELinux context for each
     * container.  May also be set in SecurityContext.  If set in
     * both SecurityContext and PodSecurityContext, the value specified in SecurityContext
     * takes precedence for that container.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema AlertmanagerSpecSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: AlertmanagerSpecSecurityContextSeLinuxOptions;
    /**
     * The seccomp options to use by the containers in this pod.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema AlertmanagerSpecSecurityContext#seccompProfile
     */
    readonly seccompProfile?: AlertmanagerSpecSecurityContextSeccompProfile;
    /**
     * A list of groups applied to the first process run in each container, in
     * addition to the container's primary GID and fsGroup (if specified).  If
     * the SupplementalGroupsPolicy feature is enabled, the
     * supplementalGroupsPolicy field determines whether these are in addition
     * to or instead of any group memberships defined in the container image.
     * If unspecified, no additional groups are added, though group memberships
     * defined in the container image may still be used, depending on the
     * supplementalGroupsPolicy field.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema AlertmanagerSpecSecurityContext#supplementalGroups
     */
    readonly supplementalGroups?: number[];
    /**
     * Defines how supplemental groups of the first container processes are calculated.
     * Valid values are "Merge" and "Strict". If not specified, "Merge" is used.
     * (Alpha) Using the field requires the SupplementalGroupsPolicy feature gate to be enabled
     * and the container runtime must implement support for this feature.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema AlertmanagerSpecSecurityContext#supplementalGroupsPolicy
     */
    readonly supplementalGroupsPolicy?: string;
    /**
     * Sysctls hold a list of namespaced sysctls used for the pod. Pods with unsupported
     * sysctls (by the container runtime) might fail to launch.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema AlertmanagerSpecSecurityContext#sysctls
     */
    readonly sysctls?: AlertmanagerSpecSecurityContextSysctls[];
    /**
     * The Windows specific settings applied to all containers.
     * If unspecified, the options within a container's SecurityContext will be used.
     * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is linux.
     *
     * @schema AlertmanagerSpecSecurityContext#windowsOptions
     */
    readonly windowsOptions?: AlertmanagerSpecSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'AlertmanagerSpecSecurityContext' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecSecurityContext(obj: AlertmanagerSpecSecurityContext | undefined): Record<string, any> | undefined;
/**
 * storage defines the definition of how storage will be used by the Alertmanager
 * instances.
 *
 * @schema AlertmanagerSpecStorage
 */
export interface AlertmanagerSpecStorage {
    /**
     * disableMountSubPath deprecated: subPath usage will be removed in a future release.
     *
     * @schema AlertmanagerSpecStorage#disableMountSubPath
     */
    readonly disableMountSubPath?: boolean;
    /**
     * emptyDir to be used by the StatefulSet.
     * If specified, it takes precedence over `ephemeral` and `volumeClaimTemplate`.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes/#emptydir
     *
     * @schema AlertmanagerSpecStorage#emptyDir
     */
    readonly emptyDir?: AlertmanagerSpecStorageEmptyDir;
    /**
     * ephemeral to be used by the StatefulSet.
     * This is a beta field in k8s 1.21 and GA in 1.15.
     * For lower versions, starting with k8s 1.19, it requires enabling the GenericEphemeralVolume feature gate.
     * More info: https://kubernetes.io/docs/concepts/storage/ephemeral-volumes/#generic-ephemeral-volumes
     *
     * @schema AlertmanagerSpecStorage#ephemeral
     */
    readonly ephemeral?: AlertmanagerSpecStorageEphemeral;
    /**
     * volumeClaimTemplate defines the PVC spec to be used by the Prometheus StatefulSets.
     * The easiest way to use a volume that cannot be automatically provisioned
     * is to use a label selector alongside manually created PersistentVolumes.
     *
     * @schema AlertmanagerSpecStorage#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: AlertmanagerSpecStorageVolumeClaimTemplate;
}
/**
 * Converts an object of type 'AlertmanagerSpecStorage' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecStorage(obj: AlertmanagerSpecStorage | undefined): Record<string, any> | undefined;
/**
 * The pod this Toleration is attached to tolerates any taint that matches
 * the triple <key,value,effect> using the matching operator <operator>.
 *
 * @schema AlertmanagerSpecTolerations
 */
export interface AlertmanagerSpecTolerations {
    /**
     * Effect indicates the taint effect to match. Empty means match all taint effects.
     * When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
     *
     * @schema AlertmanagerSpecTolerations#effect
     */
    readonly effect?: string;
    /**
     * Key is the taint key that the toleration applies to. Empty means match all taint keys.
     * If the key is empty, operator must be Exists; this combination means to match all values and all keys.
     *
     * @schema AlertmanagerSpecTolerations#key
     */
    readonly key?: string;
    /**
     * Operator represents a key's relationship to the value.
     * Valid operators are Exists, Equal, Lt, and Gt. Defaults to Equal.
     * Exists is equivalent to wildcard for value, so that a pod can
     * tolerate all taints of a particular category.
     * Lt and Gt perform numeric comparisons (requires feature gate TaintTolerationComparisonOperators).
     *
     * @default Equal.
     * @schema AlertmanagerSpecTolerations#operator
     */
    readonly operator?: string;
    /**
     * TolerationSeconds represents the period of time the toleration (which must be
     * of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default,
     * it is not set, which means tolerate the taint forever (do not evict). Zero and
     * negative values will be treated as 0 (evict immediately) by the system.
     *
     * @schema AlertmanagerSpecTolerations#tolerationSeconds
     */
    readonly tolerationSeconds?: number;
    /**
     * Value is the taint value the toleration matches to.
     * If the operator is Exists, the value should be empty, otherwise just a regular string.
     *
     * @schema AlertmanagerSpecTolerations#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecTolerations' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecTolerations(obj: AlertmanagerSpecTolerations | undefined): Record<string, any> | undefined;
/**
 * TopologySpreadConstraint specifies how to spread matching pods among the given topology.
 *
 * @schema AlertmanagerSpecTopologySpreadConstraints
 */
export interface AlertmanagerSpecTopologySpreadConstraints {
    /**
     * LabelSelector is used to find matching pods.
     * Pods that match this label selector are counted to determine the number of pods
     * in their corresponding topology domain.
     *
     * @schema AlertmanagerSpecTopologySpreadConstraints#labelSelector
     */
    readonly labelSelector?: AlertmanagerSpecTopologySpreadConstraintsLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select the pods over which
     * spreading will be calculated. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are ANDed with labelSelector
     * to select the group of existing pods over which spreading will be calculated
     * for the incoming pod. The same key is forbidden to exist in both MatchLabelKeys and LabelSelector.
     * MatchLabelKeys cannot be set when LabelSelector isn't set.
     * Keys that don't exist in the incoming pod labels will
     * be ignored. A null or empty list means only match against labelSelector.
     *
     * This is a beta field and requires the MatchLabelKeysInPodTopologySpread feature gate to be enabled (enabled by default).
     *
     * @schema AlertmanagerSpecTopologySpreadConstraints#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MaxSkew describes the degree to which pods may be unevenly distributed.
     * When `whenUnsatisfiable=DoNotSchedule`, it is the maximum permitted difference
     * between the number of matching pods in the target topology and the global minimum.
     * The global minimum is the minimum number of matching pods in an eligible domain
     * or zero if the number of eligible domains is less than MinDomains.
     * For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
     * labelSelector spread as 2/2/1:
     * In this case, the global minimum is 1.
     * | zone1 | zone2 | zone3 |
     * |  P P  |  P P  |   P   |
     * - if MaxSkew is 1, incoming pod can only be scheduled to zone3 to become 2/2/2;
     * scheduling it onto zone1(zone2) would make the ActualSkew(3-1) on zone1(zone2)
     * violate MaxSkew(1).
     * - if MaxSkew is 2, incoming pod can be scheduled onto any zone.
     * When `whenUnsatisfiable=ScheduleAnyway`, it is used to give higher precedence
     * to topologies that satisfy it.
     * It's a required field. Default value is 1 and 0 is not allowed.
     *
     * @schema AlertmanagerSpecTopologySpreadConstraints#maxSkew
     */
    readonly maxSkew: number;
    /**
     * MinDomains indicates a minimum number of eligible domains.
     * When the number of eligible domains with matching topology keys is less than minDomains,
     * Pod Topology Spread treats "global minimum" as 0, and then the calculation of Skew is performed.
     * And when the number of eligible domains with matching topology keys equals or greater than minDomains,
     * this value has no effect on scheduling.
     * As a result, when the number of eligible domains is less than minDomains,
     * scheduler won't schedule more than maxSkew Pods to those domains.
     * If value is nil, the constraint behaves as if MinDomains is equal to 1.
     * Valid values are integers greater than 0.
     * When value is not nil, WhenUnsatisfiable must be DoNotSchedule.
     *
     * For example, in a 3-zone cluster, MaxSkew is set to 2, MinDomains is set to 5 and pods with the same
     * labelSelector spread as 2/2/2:
     * | zone1 | zone2 | zone3 |
     * |  P P  |  P P  |  P P  |
     * The number of domains is less than 5(MinDomains), so "global minimum" is treated as 0.
     * In this situation, new pod with the same labelSelector cannot be scheduled,
     * because computed skew will be 3(3 - 0) if new Pod is scheduled to any of the three zones,
     * it will violate MaxSkew.
     *
     * @schema AlertmanagerSpecTopologySpreadConstraints#minDomains
     */
    readonly minDomains?: number;
    /**
     * NodeAffinityPolicy indicates how we will treat Pod's nodeAffinity/nodeSelector
     * when calculating pod topology spread skew. Options are:
     * - Honor: only nodes matching nodeAffinity/nodeSelector are included in the calculations.
     * - Ignore: nodeAffinity/nodeSelector are ignored. All nodes are included in the calculations.
     *
     * If this value is nil, the behavior is equivalent to the Honor policy.
     *
     * @schema AlertmanagerSpecTopologySpreadConstraints#nodeAffinityPolicy
     */
    readonly nodeAffinityPolicy?: string;
    /**
     * NodeTaintsPolicy indicates how we will treat node taints when calculating
     * pod topology spread skew. Options are:
     * - Honor: nodes without taints, along with tainted nodes for which the incoming pod
     * has a toleration, are included.
     * - Ignore: node taints are ignored. All nodes are included.
     *
     * If this value is nil, the behavior is equivalent to the Ignore policy.
     *
     * @schema AlertmanagerSpecTopologySpreadConstraints#nodeTaintsPolicy
     */
    readonly nodeTaintsPolicy?: string;
    /**
     * TopologyKey is the key of node labels. Nodes that have a label with this key
     * and identical values are considered to be in the same topology.
     * We consider each <key, value> as a "bucket", and try to put balanced number
     * of pods into each bucket.
     * We define a domain as a particular instance of a topology.
     * Also, we define an eligible domain as a domain whose nodes meet the requirements of
     * nodeAffinityPolicy and nodeTaintsPolicy.
     * e.g. If TopologyKey is "kubernetes.io/hostname", each Node is a domain of that topology.
     * And, if TopologyKey is "topology.kubernetes.io/zone", each zone is a domain of that topology.
     * It's a required field.
     *
     * @schema AlertmanagerSpecTopologySpreadConstraints#topologyKey
     */
    readonly topologyKey: string;
    /**
     * WhenUnsatisfiable indicates how to deal with a pod if it doesn't satisfy
     * the spread constraint.
     * - DoNotSchedule (default) tells the scheduler not to schedule it.
     * - ScheduleAnyway tells the scheduler to schedule the pod in any location,
     * but giving higher precedence to topologies that would help reduce the
     * skew.
     * A constraint is considered "Unsatisfiable" for an incoming pod
     * if and only if every possible node assignment for that pod would violate
     * "MaxSkew" on some topology.
     * For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
     * labelSelector spread as 3/1/1:
     * | zone1 | zone2 | zone3 |
     * | P P P |   P   |   P   |
     * If WhenUnsatisfiable is set to DoNotSchedule, incoming pod can only be scheduled
     * to zone2(zone3) to become 3/2/1(3/1/2) as ActualSkew(2-1) on zone2(zone3) satisfies
     * MaxSkew(1). In other words, the cluster can still be imbalanced, but scheduler
     * won't make it *more* imbalanced.
     * It's a required field.
     *
     * @schema AlertmanagerSpecTopologySpreadConstraints#whenUnsatisfiable
     */
    readonly whenUnsatisfiable: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecTopologySpreadConstraints' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecTopologySpreadConstraints(obj: AlertmanagerSpecTopologySpreadConstraints | undefined): Record<string, any> | undefined;
/**
 * updateStrategy indicates the strategy that will be employed to update
 * Pods in the StatefulSet when a revision is made to statefulset's Pod
 * Template.
 *
 * The default strategy is RollingUpdate.
 *
 * @schema AlertmanagerSpecUpdateStrategy
 */
export interface AlertmanagerSpecUpdateStrategy {
    /**
     * rollingUpdate is used to communicate parameters when type is RollingUpdate.
     *
     * @schema AlertmanagerSpecUpdateStrategy#rollingUpdate
     */
    readonly rollingUpdate?: AlertmanagerSpecUpdateStrategyRollingUpdate;
    /**
     * type indicates the type of the StatefulSetUpdateStrategy.
     *
     * Default is RollingUpdate.
     *
     * @default RollingUpdate.
     * @schema AlertmanagerSpecUpdateStrategy#type
     */
    readonly type: AlertmanagerSpecUpdateStrategyType;
}
/**
 * Converts an object of type 'AlertmanagerSpecUpdateStrategy' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecUpdateStrategy(obj: AlertmanagerSpecUpdateStrategy | undefined): Record<string, any> | undefined;
/**
 * VolumeMount describes a mounting of a Volume within a container.
 *
 * @schema AlertmanagerSpecVolumeMounts
 */
export interface AlertmanagerSpecVolumeMounts {
    /**
     * Path within the container at which the volume should be mounted.  Must
     * not contain ':'.
     *
     * @schema AlertmanagerSpecVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * mountPropagation determines how mounts are propagated from the host
     * to container and the other way around.
     * When not set, MountPropagationNone is used.
     * This field is beta in 1.10.
     * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified
     * (which defaults to None).
     *
     * @schema AlertmanagerSpecVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * This must match the Name of a Volume.
     *
     * @schema AlertmanagerSpecVolumeMounts#name
     */
    readonly name: string;
    /**
     * Mounted read-only if true, read-write otherwise (false or unspecified).
     * Defaults to false.
     *
     * @default false.
     * @schema AlertmanagerSpecVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * RecursiveReadOnly specifies whether read-only mounts should be handled
     * recursively.
     *
     * If ReadOnly is false, this field has no meaning and must be unspecified.
     *
     * If ReadOnly is true, and this field is set to Disabled, the mount is not made
     * recursively read-only.  If this field is set to IfPossible, the mount is made
     * recursively read-only, if it is supported by the container runtime.  If this
     * field is set to Enabled, the mount is made recursively read-only if it is
     * supported by the container runtime, otherwise the pod will not be started and
     * an error will be generated to indicate the reason.
     *
     * If this field is set to IfPossible or Enabled, MountPropagation must be set to
     * None (or be unspecified, which defaults to None).
     *
     * If this field is not specified, it is treated as an equivalent of Disabled.
     *
     * @schema AlertmanagerSpecVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * Path within the volume from which the container's volume should be mounted.
     * Defaults to "" (volume's root).
     *
     * @default volume's root).
     * @schema AlertmanagerSpecVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * Expanded path within the volume from which the container's volume should be mounted.
     * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
     * Defaults to "" (volume's root).
     * SubPathExpr and SubPath are mutually exclusive.
     *
     * @default volume's root).
     * @schema AlertmanagerSpecVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumeMounts' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumeMounts(obj: AlertmanagerSpecVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * Volume represents a named volume in a pod that may be accessed by any container in the pod.
 *
 * @schema AlertmanagerSpecVolumes
 */
export interface AlertmanagerSpecVolumes {
    /**
     * awsElasticBlockStore represents an AWS Disk resource that is attached to a
     * kubelet's host machine and then exposed to the pod.
     * Deprecated: AWSElasticBlockStore is deprecated. All operations for the in-tree
     * awsElasticBlockStore type are redirected to the ebs.csi.aws.com CSI driver.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
     *
     * @schema AlertmanagerSpecVolumes#awsElasticBlockStore
     */
    readonly awsElasticBlockStore?: AlertmanagerSpecVolumesAwsElasticBlockStore;
    /**
     * azureDisk represents an Azure Data Disk mount on the host and bind mount to the pod.
     * Deprecated: AzureDisk is deprecated. All operations for the in-tree azureDisk type
     * are redirected to the disk.csi.azure.com CSI driver.
     *
     * @schema AlertmanagerSpecVolumes#azureDisk
     */
    readonly azureDisk?: AlertmanagerSpecVolumesAzureDisk;
    /**
     * azureFile represents an Azure File Service mount on the host and bind mount to the pod.
     * Deprecated: AzureFile is deprecated. All operations for the in-tree azureFile type
     * are redirected to the file.csi.azure.com CSI driver.
     *
     * @schema AlertmanagerSpecVolumes#azureFile
     */
    readonly azureFile?: AlertmanagerSpecVolumesAzureFile;
    /**
     * cephFS represents a Ceph FS mount on the host that shares a pod's lifetime.
     * Deprecated: CephFS is deprecated and the in-tree cephfs type is no longer supported.
     *
     * @schema AlertmanagerSpecVolumes#cephfs
     */
    readonly cephfs?: AlertmanagerSpecVolumesCephfs;
    /**
     * cinder represents a cinder volume attached and mounted on kubelets host machine.
     * Deprecated: Cinder is deprecated. All operations for the in-tree cinder type
     * are redirected to the cinder.csi.openstack.org CSI driver.
     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
     *
     * @schema AlertmanagerSpecVolumes#cinder
     */
    readonly cinder?: AlertmanagerSpecVolumesCinder;
    /**
     * configMap represents a configMap that should populate this volume
     *
     * @schema AlertmanagerSpecVolumes#configMap
     */
    readonly configMap?: AlertmanagerSpecVolumesConfigMap;
    /**
     * csi (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers.
     *
     * @schema AlertmanagerSpecVolumes#csi
     */
    readonly csi?: AlertmanagerSpecVolumesCsi;
    /**
     * downwardAPI represents downward API about the pod that should populate this volume
     *
     * @schema AlertmanagerSpecVolumes#downwardAPI
     */
    readonly downwardApi?: AlertmanagerSpecVolumesDownwardApi;
    /**
     * emptyDir represents a temporary directory that shares a pod's lifetime.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
     *
     * @schema AlertmanagerSpecVolumes#emptyDir
     */
    readonly emptyDir?: AlertmanagerSpecVolumesEmptyDir;
    /**
     * ephemeral represents a volume that is handled by a cluster storage driver.
     * The volume's lifecycle is tied to the pod that defines it - it will be created before the pod starts,
     * and deleted when the pod is removed.
     *
     * Use this if:
     * a) the volume is only needed while the pod runs,
     * b) features of normal volumes like restoring from snapshot or capacity
     * tracking are needed,
     * c) the storage driver is specified through a storage class, and
     * d) the storage driver supports dynamic volume provisioning through
     * a PersistentVolumeClaim (see EphemeralVolumeSource for more
     * information on the connection between this volume type
     * and PersistentVolumeClaim).
     *
     * Use PersistentVolumeClaim or one of the vendor-specific
     * APIs for volumes that persist for longer than the lifecycle
     * of an individual pod.
     *
     * Use CSI for light-weight local ephemeral volumes if the CSI driver is meant to
     * be used that way - see the documentation of the driver for
     * more information.
     *
     * A pod can use both types of ephemeral volumes and
     * persistent volumes at the same time.
     *
     * @schema AlertmanagerSpecVolumes#ephemeral
     */
    readonly ephemeral?: AlertmanagerSpecVolumesEphemeral;
    /**
     * fc represents a Fibre Channel resource that is attached to a kubelet's host machine and then exposed to the pod.
     *
     * @schema AlertmanagerSpecVolumes#fc
     */
    readonly fc?: AlertmanagerSpecVolumesFc;
    /**
     * flexVolume represents a generic volume resource that is
     * provisioned/attached using an exec based plugin.
     * Deprecated: FlexVolume is deprecated. Consider using a CSIDriver instead.
     *
     * @schema AlertmanagerSpecVolumes#flexVolume
     */
    readonly flexVolume?: AlertmanagerSpecVolumesFlexVolume;
    /**
     * flocker represents a Flocker volume attached to a kubelet's host machine. This depends on the Flocker control service being running.
     * Deprecated: Flocker is deprecated and the in-tree flocker type is no longer supported.
     *
     * @schema AlertmanagerSpecVolumes#flocker
     */
    readonly flocker?: AlertmanagerSpecVolumesFlocker;
    /**
     * gcePersistentDisk represents a GCE Disk resource that is attached to a
     * kubelet's host machine and then exposed to the pod.
     * Deprecated: GCEPersistentDisk is deprecated. All operations for the in-tree
     * gcePersistentDisk type are redirected to the pd.csi.storage.gke.io CSI driver.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @schema AlertmanagerSpecVolumes#gcePersistentDisk
     */
    readonly gcePersistentDisk?: AlertmanagerSpecVolumesGcePersistentDisk;
    /**
     * gitRepo represents a git repository at a particular revision.
     * Deprecated: GitRepo is deprecated. To provision a container with a git repo, mount an
     * EmptyDir into an InitContainer that clones the repo using git, then mount the EmptyDir
     * into the Pod's container.
     *
     * @schema AlertmanagerSpecVolumes#gitRepo
     */
    readonly gitRepo?: AlertmanagerSpecVolumesGitRepo;
    /**
     * glusterfs represents a Glusterfs mount on the host that shares a pod's lifetime.
     * Deprecated: Glusterfs is deprecated and the in-tree glusterfs type is no longer supported.
     *
     * @schema AlertmanagerSpecVolumes#glusterfs
     */
    readonly glusterfs?: AlertmanagerSpecVolumesGlusterfs;
    /**
     * hostPath represents a pre-existing file or directory on the host
     * machine that is directly exposed to the container. This is generally
     * used for system agents or other privileged things that are allowed
     * to see the host machine. Most containers will NOT need this.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
     *
     * @schema AlertmanagerSpecVolumes#hostPath
     */
    readonly hostPath?: AlertmanagerSpecVolumesHostPath;
    /**
     * image represents an OCI object (a container image or artifact) pulled and mounted on the kubelet's host machine.
     * The volume is resolved at pod startup depending on which PullPolicy value is provided:
     *
     * - Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails.
     * - Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present.
     * - IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails.
     *
     * The volume gets re-resolved if the pod gets deleted and recreated, which means that new remote content will become available on pod recreation.
     * A failure to resolve or pull the image during pod startup will block containers from starting and may add significant latency. Failures will be retried using normal volume backoff and will be reported on the pod reason and message.
     * The types of objects that may be mounted by this volume are defined by the container runtime implementation on a host machine and at minimum must include all valid types supported by the container image field.
     * The OCI object gets mounted in a single directory (spec.containers[*].volumeMounts.mountPath) by merging the manifest layers in the same way as for container images.
     * The volume will be mounted read-only (ro).
     * Sub path mounts for containers are not supported (spec.containers[*].volumeMounts.subpath) before 1.33.
     * The field spec.securityContext.fsGroupChangePolicy has no effect on this volume type.
     *
     * @schema AlertmanagerSpecVolumes#image
     */
    readonly image?: AlertmanagerSpecVolumesImage;
    /**
     * iscsi represents an ISCSI Disk resource that is attached to a
     * kubelet's host machine and then exposed to the pod.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes/#iscsi
     *
     * @schema AlertmanagerSpecVolumes#iscsi
     */
    readonly iscsi?: AlertmanagerSpecVolumesIscsi;
    /**
     * name of the volume.
     * Must be a DNS_LABEL and unique within the pod.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecVolumes#name
     */
    readonly name: string;
    /**
     * nfs represents an NFS mount on the host that shares a pod's lifetime
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
     *
     * @schema AlertmanagerSpecVolumes#nfs
     */
    readonly nfs?: AlertmanagerSpecVolumesNfs;
    /**
     * persistentVolumeClaimVolumeSource represents a reference to a
     * PersistentVolumeClaim in the same namespace.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
     *
     * @schema AlertmanagerSpecVolumes#persistentVolumeClaim
     */
    readonly persistentVolumeClaim?: AlertmanagerSpecVolumesPersistentVolumeClaim;
    /**
     * photonPersistentDisk represents a PhotonController persistent disk attached and mounted on kubelets host machine.
     * Deprecated: PhotonPersistentDisk is deprecated and the in-tree photonPersistentDisk type is no longer supported.
     *
     * @schema AlertmanagerSpecVolumes#photonPersistentDisk
     */
    readonly photonPersistentDisk?: AlertmanagerSpecVolumesPhotonPersistentDisk;
    /**
     * portworxVolume represents a portworx volume attached and mounted on kubelets host machine.
     * Deprecated: PortworxVolume is deprecated. All operations for the in-tree portworxVolume type
     * are redirected to the pxd.portworx.com CSI driver.
     *
     * @schema AlertmanagerSpecVolumes#portworxVolume
     */
    readonly portworxVolume?: AlertmanagerSpecVolumesPortworxVolume;
    /**
     * projected items for all in one resources secrets, configmaps, and downward API
     *
     * @schema AlertmanagerSpecVolumes#projected
     */
    readonly projected?: AlertmanagerSpecVolumesProjected;
    /**
     * quobyte represents a Quobyte mount on the host that shares a pod's lifetime.
     * Deprecated: Quobyte is deprecated and the in-tree quobyte type is no longer supported.
     *
     * @schema AlertmanagerSpecVolumes#quobyte
     */
    readonly quobyte?: AlertmanagerSpecVolumesQuobyte;
    /**
     * rbd represents a Rados Block Device mount on the host that shares a pod's lifetime.
     * Deprecated: RBD is deprecated and the in-tree rbd type is no longer supported.
     *
     * @schema AlertmanagerSpecVolumes#rbd
     */
    readonly rbd?: AlertmanagerSpecVolumesRbd;
    /**
     * scaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes.
     * Deprecated: ScaleIO is deprecated and the in-tree scaleIO type is no longer supported.
     *
     * @schema AlertmanagerSpecVolumes#scaleIO
     */
    readonly scaleIo?: AlertmanagerSpecVolumesScaleIo;
    /**
     * secret represents a secret that should populate this volume.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
     *
     * @schema AlertmanagerSpecVolumes#secret
     */
    readonly secret?: AlertmanagerSpecVolumesSecret;
    /**
     * storageOS represents a StorageOS volume attached and mounted on Kubernetes nodes.
     * Deprecated: StorageOS is deprecated and the in-tree storageos type is no longer supported.
     *
     * @schema AlertmanagerSpecVolumes#storageos
     */
    readonly storageos?: AlertmanagerSpecVolumesStorageos;
    /**
     * vsphereVolume represents a vSphere volume attached and mounted on kubelets host machine.
     * Deprecated: VsphereVolume is deprecated. All operations for the in-tree vsphereVolume type
     * are redirected to the csi.vsphere.vmware.com CSI driver.
     *
     * @schema AlertmanagerSpecVolumes#vsphereVolume
     */
    readonly vsphereVolume?: AlertmanagerSpecVolumesVsphereVolume;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumes' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumes(obj: AlertmanagerSpecVolumes | undefined): Record<string, any> | undefined;
/**
 * web defines the web command line flags when starting Alertmanager.
 *
 * @schema AlertmanagerSpecWeb
 */
export interface AlertmanagerSpecWeb {
    /**
     * getConcurrency defines the maximum number of GET requests processed concurrently. This corresponds to the
     * Alertmanager's `--web.get-concurrency` flag.
     *
     * @schema AlertmanagerSpecWeb#getConcurrency
     */
    readonly getConcurrency?: number;
    /**
     * httpConfig defines HTTP parameters for web server.
     *
     * @schema AlertmanagerSpecWeb#httpConfig
     */
    readonly httpConfig?: AlertmanagerSpecWebHttpConfig;
    /**
     * timeout for HTTP requests. This corresponds to the Alertmanager's
     * `--web.timeout` flag.
     *
     * @schema AlertmanagerSpecWeb#timeout
     */
    readonly timeout?: number;
    /**
     * tlsConfig defines the TLS parameters for HTTPS.
     *
     * @schema AlertmanagerSpecWeb#tlsConfig
     */
    readonly tlsConfig?: AlertmanagerSpecWebTlsConfig;
}
/**
 * Converts an object of type 'AlertmanagerSpecWeb' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecWeb(obj: AlertmanagerSpecWeb | undefined): Record<string, any> | undefined;
/**
 * Describes node affinity scheduling rules for the pod.
 *
 * @schema AlertmanagerSpecAffinityNodeAffinity
 */
export interface AlertmanagerSpecAffinityNodeAffinity {
    /**
     * The scheduler will prefer to schedule pods to nodes that satisfy
     * the affinity expressions specified by this field, but it may choose
     * a node that violates one or more of the expressions. The node that is
     * most preferred is the one with the greatest sum of weights, i.e.
     * for each node that meets all of the scheduling requirements (resource
     * request, requiredDuringScheduling affinity expressions, etc.),
     * compute a sum by iterating through the elements of this field and adding
     * "weight" to the sum if the node matches the corresponding matchExpressions; the
     * node(s) with the highest sum are the most preferred.
     *
     * @schema AlertmanagerSpecAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: AlertmanagerSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * If the affinity requirements specified by this field are not met at
     * scheduling time, the pod will not be scheduled onto the node.
     * If the affinity requirements specified by this field cease to be met
     * at some point during pod execution (e.g. due to an update), the system
     * may or may not try to eventually evict the pod from its node.
     *
     * @schema AlertmanagerSpecAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: AlertmanagerSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
/**
 * Converts an object of type 'AlertmanagerSpecAffinityNodeAffinity' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAffinityNodeAffinity(obj: AlertmanagerSpecAffinityNodeAffinity | undefined): Record<string, any> | undefined;
/**
 * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
 *
 * @schema AlertmanagerSpecAffinityPodAffinity
 */
export interface AlertmanagerSpecAffinityPodAffinity {
    /**
     * The scheduler will prefer to schedule pods to nodes that satisfy
     * the affinity expressions specified by this field, but it may choose
     * a node that violates one or more of the expressions. The node that is
     * most preferred is the one with the greatest sum of weights, i.e.
     * for each node that meets all of the scheduling requirements (resource
     * request, requiredDuringScheduling affinity expressions, etc.),
     * compute a sum by iterating through the elements of this field and adding
     * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
     * node(s) with the highest sum are the most preferred.
     *
     * @schema AlertmanagerSpecAffinityPodAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * If the affinity requirements specified by this field are not met at
     * scheduling time, the pod will not be scheduled onto the node.
     * If the affinity requirements specified by this field cease to be met
     * at some point during pod execution (e.g. due to a pod label update), the
     * system may or may not try to eventually evict the pod from its node.
     * When there are multiple elements, the lists of nodes corresponding to each
     * podAffinityTerm are intersected, i.e. all terms must be satisfied.
     *
     * @schema AlertmanagerSpecAffinityPodAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'AlertmanagerSpecAffinityPodAffinity' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAffinityPodAffinity(obj: AlertmanagerSpecAffinityPodAffinity | undefined): Record<string, any> | undefined;
/**
 * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
 *
 * @schema AlertmanagerSpecAffinityPodAntiAffinity
 */
export interface AlertmanagerSpecAffinityPodAntiAffinity {
    /**
     * The scheduler will prefer to schedule pods to nodes that satisfy
     * the anti-affinity expressions specified by this field, but it may choose
     * a node that violates one or more of the expressions. The node that is
     * most preferred is the one with the greatest sum of weights, i.e.
     * for each node that meets all of the scheduling requirements (resource
     * request, requiredDuringScheduling anti-affinity expressions, etc.),
     * compute a sum by iterating through the elements of this field and subtracting
     * "weight" from the sum if the node has pods which matches the corresponding podAffinityTerm; the
     * node(s) with the highest sum are the most preferred.
     *
     * @schema AlertmanagerSpecAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * If the anti-affinity requirements specified by this field are not met at
     * scheduling time, the pod will not be scheduled onto the node.
     * If the anti-affinity requirements specified by this field cease to be met
     * at some point during pod execution (e.g. due to a pod label update), the
     * system may or may not try to eventually evict the pod from its node.
     * When there are multiple elements, the lists of nodes corresponding to each
     * podAffinityTerm are intersected, i.e. all terms must be satisfied.
     *
     * @schema AlertmanagerSpecAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'AlertmanagerSpecAffinityPodAntiAffinity' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAffinityPodAntiAffinity(obj: AlertmanagerSpecAffinityPodAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * type defines the strategy used by
 * AlertmanagerConfig objects to match alerts in the routes and inhibition
 * rules.
 *
 * The default value is `OnNamespace`.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigMatcherStrategyType
 */
export declare enum AlertmanagerSpecAlertmanagerConfigMatcherStrategyType {
    /** OnNamespace */
    ON_NAMESPACE = "OnNamespace",
    /** OnNamespaceExceptForAlertmanagerNamespace */
    ON_NAMESPACE_EXCEPT_FOR_ALERTMANAGER_NAMESPACE = "OnNamespaceExceptForAlertmanagerNamespace",
    /** None */
    NONE = "None"
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigNamespaceSelectorMatchExpressions
 */
export interface AlertmanagerSpecAlertmanagerConfigNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigNamespaceSelectorMatchExpressions(obj: AlertmanagerSpecAlertmanagerConfigNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigSelectorMatchExpressions
 */
export interface AlertmanagerSpecAlertmanagerConfigSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigSelectorMatchExpressions(obj: AlertmanagerSpecAlertmanagerConfigSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * global defines the global parameters of the Alertmanager configuration.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobal
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobal {
    /**
     * httpConfig defines the default HTTP configuration.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobal#httpConfig
     */
    readonly httpConfig?: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfig;
    /**
     * jira defines the default configuration for Jira.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobal#jira
     */
    readonly jira?: AlertmanagerSpecAlertmanagerConfigurationGlobalJira;
    /**
     * mattermost defines the default Mattermost Config
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobal#mattermost
     */
    readonly mattermost?: AlertmanagerSpecAlertmanagerConfigurationGlobalMattermost;
    /**
     * opsGenieApiKey defines the default OpsGenie API Key.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobal#opsGenieApiKey
     */
    readonly opsGenieApiKey?: AlertmanagerSpecAlertmanagerConfigurationGlobalOpsGenieApiKey;
    /**
     * opsGenieApiUrl defines the default OpsGenie API URL.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobal#opsGenieApiUrl
     */
    readonly opsGenieApiUrl?: AlertmanagerSpecAlertmanagerConfigurationGlobalOpsGenieApiUrl;
    /**
     * pagerdutyUrl defines the default Pagerduty URL.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobal#pagerdutyUrl
     */
    readonly pagerdutyUrl?: string;
    /**
     * resolveTimeout defines the default value used by alertmanager if the alert does
     * not include EndsAt, after this time passes it can declare the alert as resolved if it has not been updated.
     * This has no impact on alerts from Prometheus, as they always include EndsAt.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobal#resolveTimeout
     */
    readonly resolveTimeout?: string;
    /**
     * rocketChat defines the default configuration for Rocket Chat.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobal#rocketChat
     */
    readonly rocketChat?: AlertmanagerSpecAlertmanagerConfigurationGlobalRocketChat;
    /**
     * slackApiUrl defines the default Slack API URL.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobal#slackApiUrl
     */
    readonly slackApiUrl?: AlertmanagerSpecAlertmanagerConfigurationGlobalSlackApiUrl;
    /**
     * smtp defines global SMTP parameters.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobal#smtp
     */
    readonly smtp?: AlertmanagerSpecAlertmanagerConfigurationGlobalSmtp;
    /**
     * telegram defines the default Telegram config
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobal#telegram
     */
    readonly telegram?: AlertmanagerSpecAlertmanagerConfigurationGlobalTelegram;
    /**
     * victorops defines the default configuration for VictorOps.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobal#victorops
     */
    readonly victorops?: AlertmanagerSpecAlertmanagerConfigurationGlobalVictorops;
    /**
     * webex defines the default configuration for Webex.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobal#webex
     */
    readonly webex?: AlertmanagerSpecAlertmanagerConfigurationGlobalWebex;
    /**
     * wechat defines the default WeChat Config
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobal#wechat
     */
    readonly wechat?: AlertmanagerSpecAlertmanagerConfigurationGlobalWechat;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobal' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobal(obj: AlertmanagerSpecAlertmanagerConfigurationGlobal | undefined): Record<string, any> | undefined;
/**
 * SecretOrConfigMap allows to specify data as a Secret or ConfigMap. Fields are mutually exclusive.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationTemplates
 */
export interface AlertmanagerSpecAlertmanagerConfigurationTemplates {
    /**
     * configMap defines the ConfigMap containing data to use for the targets.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationTemplates#configMap
     */
    readonly configMap?: AlertmanagerSpecAlertmanagerConfigurationTemplatesConfigMap;
    /**
     * secret defines the Secret containing data to use for the targets.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationTemplates#secret
     */
    readonly secret?: AlertmanagerSpecAlertmanagerConfigurationTemplatesSecret;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationTemplates' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationTemplates(obj: AlertmanagerSpecAlertmanagerConfigurationTemplates | undefined): Record<string, any> | undefined;
/**
 * client defines the client-side configuration for mutual TLS.
 *
 * @schema AlertmanagerSpecClusterTlsClient
 */
export interface AlertmanagerSpecClusterTlsClient {
    /**
     * ca defines the Certificate authority used when verifying server certificates.
     *
     * @schema AlertmanagerSpecClusterTlsClient#ca
     */
    readonly ca?: AlertmanagerSpecClusterTlsClientCa;
    /**
     * cert defines the Client certificate to present when doing client-authentication.
     *
     * @schema AlertmanagerSpecClusterTlsClient#cert
     */
    readonly cert?: AlertmanagerSpecClusterTlsClientCert;
    /**
     * insecureSkipVerify defines how to disable target certificate validation.
     *
     * @schema AlertmanagerSpecClusterTlsClient#insecureSkipVerify
     */
    readonly insecureSkipVerify?: boolean;
    /**
     * keySecret defines the Secret containing the client key file for the targets.
     *
     * @schema AlertmanagerSpecClusterTlsClient#keySecret
     */
    readonly keySecret?: AlertmanagerSpecClusterTlsClientKeySecret;
    /**
     * maxVersion defines the maximum acceptable TLS version.
     *
     * It requires Prometheus >= v2.41.0 or Thanos >= v0.31.0.
     *
     * @schema AlertmanagerSpecClusterTlsClient#maxVersion
     */
    readonly maxVersion?: AlertmanagerSpecClusterTlsClientMaxVersion;
    /**
     * minVersion defines the minimum acceptable TLS version.
     *
     * It requires Prometheus >= v2.35.0 or Thanos >= v0.28.0.
     *
     * @schema AlertmanagerSpecClusterTlsClient#minVersion
     */
    readonly minVersion?: AlertmanagerSpecClusterTlsClientMinVersion;
    /**
     * serverName is used to verify the hostname for the targets.
     *
     * @schema AlertmanagerSpecClusterTlsClient#serverName
     */
    readonly serverName?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecClusterTlsClient' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecClusterTlsClient(obj: AlertmanagerSpecClusterTlsClient | undefined): Record<string, any> | undefined;
/**
 * server defines the server-side configuration for mutual TLS.
 *
 * @schema AlertmanagerSpecClusterTlsServer
 */
export interface AlertmanagerSpecClusterTlsServer {
    /**
     * cert defines the Secret or ConfigMap containing the TLS certificate for the web server.
     *
     * Either `keySecret` or `keyFile` must be defined.
     *
     * It is mutually exclusive with `certFile`.
     *
     * @schema AlertmanagerSpecClusterTlsServer#cert
     */
    readonly cert?: AlertmanagerSpecClusterTlsServerCert;
    /**
     * certFile defines the path to the TLS certificate file in the container for the web server.
     *
     * Either `keySecret` or `keyFile` must be defined.
     *
     * It is mutually exclusive with `cert`.
     *
     * @schema AlertmanagerSpecClusterTlsServer#certFile
     */
    readonly certFile?: string;
    /**
     * cipherSuites defines the list of supported cipher suites for TLS versions up to TLS 1.2.
     *
     * If not defined, the Go default cipher suites are used.
     * Available cipher suites are documented in the Go documentation:
     * https://golang.org/pkg/crypto/tls/#pkg-constants
     *
     * @schema AlertmanagerSpecClusterTlsServer#cipherSuites
     */
    readonly cipherSuites?: string[];
    /**
     * client_ca defines the Secret or ConfigMap containing the CA certificate for client certificate
     * authentication to the server.
     *
     * It is mutually exclusive with `clientCAFile`.
     *
     * @schema AlertmanagerSpecClusterTlsServer#client_ca
     */
    readonly clientCa?: AlertmanagerSpecClusterTlsServerClientCa;
    /**
     * clientAuthType defines the server policy for client TLS authentication.
     *
     * For more detail on clientAuth options:
     * https://golang.org/pkg/crypto/tls/#ClientAuthType
     *
     * @schema AlertmanagerSpecClusterTlsServer#clientAuthType
     */
    readonly clientAuthType?: string;
    /**
     * clientCAFile defines the path to the CA certificate file for client certificate authentication to
     * the server.
     *
     * It is mutually exclusive with `client_ca`.
     *
     * @schema AlertmanagerSpecClusterTlsServer#clientCAFile
     */
    readonly clientCaFile?: string;
    /**
     * curvePreferences defines elliptic curves that will be used in an ECDHE handshake, in preference
     * order.
     *
     * Available curves are documented in the Go documentation:
     * https://golang.org/pkg/crypto/tls/#CurveID
     *
     * @schema AlertmanagerSpecClusterTlsServer#curvePreferences
     */
    readonly curvePreferences?: string[];
    /**
     * keyFile defines the path to the TLS private key file in the container for the web server.
     *
     * If defined, either `cert` or `certFile` must be defined.
     *
     * It is mutually exclusive with `keySecret`.
     *
     * @schema AlertmanagerSpecClusterTlsServer#keyFile
     */
    readonly keyFile?: string;
    /**
     * keySecret defines the secret containing the TLS private key for the web server.
     *
     * Either `cert` or `certFile` must be defined.
     *
     * It is mutually exclusive with `keyFile`.
     *
     * @schema AlertmanagerSpecClusterTlsServer#keySecret
     */
    readonly keySecret?: AlertmanagerSpecClusterTlsServerKeySecret;
    /**
     * maxVersion defines the Maximum TLS version that is acceptable.
     *
     * @schema AlertmanagerSpecClusterTlsServer#maxVersion
     */
    readonly maxVersion?: string;
    /**
     * minVersion defines the minimum TLS version that is acceptable.
     *
     * @schema AlertmanagerSpecClusterTlsServer#minVersion
     */
    readonly minVersion?: string;
    /**
     * preferServerCipherSuites defines whether the server selects the client's most preferred cipher
     * suite, or the server's most preferred cipher suite.
     *
     * If true then the server's preference, as expressed in
     * the order of elements in cipherSuites, is used.
     *
     * @schema AlertmanagerSpecClusterTlsServer#preferServerCipherSuites
     */
    readonly preferServerCipherSuites?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecClusterTlsServer' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecClusterTlsServer(obj: AlertmanagerSpecClusterTlsServer | undefined): Record<string, any> | undefined;
/**
 * EnvVar represents an environment variable present in a Container.
 *
 * @schema AlertmanagerSpecContainersEnv
 */
export interface AlertmanagerSpecContainersEnv {
    /**
     * Name of the environment variable.
     * May consist of any printable ASCII characters except '='.
     *
     * @schema AlertmanagerSpecContainersEnv#name
     */
    readonly name: string;
    /**
     * Variable references $(VAR_NAME) are expanded
     * using the previously defined environment variables in the container and
     * any service environment variables. If a variable cannot be resolved,
     * the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
     * "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
     * Escaped references will never be expanded, regardless of whether the variable
     * exists or not.
     * Defaults to "".
     *
     * @default .
     * @schema AlertmanagerSpecContainersEnv#value
     */
    readonly value?: string;
    /**
     * Source for the environment variable's value. Cannot be used if value is not empty.
     *
     * @schema AlertmanagerSpecContainersEnv#valueFrom
     */
    readonly valueFrom?: AlertmanagerSpecContainersEnvValueFrom;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersEnv' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersEnv(obj: AlertmanagerSpecContainersEnv | undefined): Record<string, any> | undefined;
/**
 * EnvFromSource represents the source of a set of ConfigMaps or Secrets
 *
 * @schema AlertmanagerSpecContainersEnvFrom
 */
export interface AlertmanagerSpecContainersEnvFrom {
    /**
     * The ConfigMap to select from
     *
     * @schema AlertmanagerSpecContainersEnvFrom#configMapRef
     */
    readonly configMapRef?: AlertmanagerSpecContainersEnvFromConfigMapRef;
    /**
     * Optional text to prepend to the name of each environment variable.
     * May consist of any printable ASCII characters except '='.
     *
     * @schema AlertmanagerSpecContainersEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * The Secret to select from
     *
     * @schema AlertmanagerSpecContainersEnvFrom#secretRef
     */
    readonly secretRef?: AlertmanagerSpecContainersEnvFromSecretRef;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersEnvFrom' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersEnvFrom(obj: AlertmanagerSpecContainersEnvFrom | undefined): Record<string, any> | undefined;
/**
 * Actions that the management system should take in response to container lifecycle events.
 * Cannot be updated.
 *
 * @schema AlertmanagerSpecContainersLifecycle
 */
export interface AlertmanagerSpecContainersLifecycle {
    /**
     * PostStart is called immediately after a container is created. If the handler fails,
     * the container is terminated and restarted according to its restart policy.
     * Other management of the container blocks until the hook completes.
     * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
     *
     * @schema AlertmanagerSpecContainersLifecycle#postStart
     */
    readonly postStart?: AlertmanagerSpecContainersLifecyclePostStart;
    /**
     * PreStop is called immediately before a container is terminated due to an
     * API request or management event such as liveness/startup probe failure,
     * preemption, resource contention, etc. The handler is not called if the
     * container crashes or exits. The Pod's termination grace period countdown begins before the
     * PreStop hook is executed. Regardless of the outcome of the handler, the
     * container will eventually terminate within the Pod's termination grace
     * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
     * or until the termination grace period is reached.
     * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
     *
     * @schema AlertmanagerSpecContainersLifecycle#preStop
     */
    readonly preStop?: AlertmanagerSpecContainersLifecyclePreStop;
    /**
     * StopSignal defines which signal will be sent to a container when it is being stopped.
     * If not specified, the default is defined by the container runtime in use.
     * StopSignal can only be set for Pods with a non-empty .spec.os.name
     *
     * @schema AlertmanagerSpecContainersLifecycle#stopSignal
     */
    readonly stopSignal?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersLifecycle' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersLifecycle(obj: AlertmanagerSpecContainersLifecycle | undefined): Record<string, any> | undefined;
/**
 * Periodic probe of container liveness.
 * Container will be restarted if the probe fails.
 * Cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
 *
 * @schema AlertmanagerSpecContainersLivenessProbe
 */
export interface AlertmanagerSpecContainersLivenessProbe {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema AlertmanagerSpecContainersLivenessProbe#exec
     */
    readonly exec?: AlertmanagerSpecContainersLivenessProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema AlertmanagerSpecContainersLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies a GRPC HealthCheckRequest.
     *
     * @schema AlertmanagerSpecContainersLivenessProbe#grpc
     */
    readonly grpc?: AlertmanagerSpecContainersLivenessProbeGrpc;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema AlertmanagerSpecContainersLivenessProbe#httpGet
     */
    readonly httpGet?: AlertmanagerSpecContainersLivenessProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema AlertmanagerSpecContainersLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema AlertmanagerSpecContainersLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema AlertmanagerSpecContainersLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies a connection to a TCP port.
     *
     * @schema AlertmanagerSpecContainersLivenessProbe#tcpSocket
     */
    readonly tcpSocket?: AlertmanagerSpecContainersLivenessProbeTcpSocket;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
     * value overrides the value provided by the pod spec.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
     *
     * @schema AlertmanagerSpecContainersLivenessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema AlertmanagerSpecContainersLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersLivenessProbe' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersLivenessProbe(obj: AlertmanagerSpecContainersLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * ContainerPort represents a network port in a single container.
 *
 * @schema AlertmanagerSpecContainersPorts
 */
export interface AlertmanagerSpecContainersPorts {
    /**
     * Number of port to expose on the pod's IP address.
     * This must be a valid port number, 0 < x < 65536.
     *
     * @schema AlertmanagerSpecContainersPorts#containerPort
     */
    readonly containerPort: number;
    /**
     * What host IP to bind the external port to.
     *
     * @schema AlertmanagerSpecContainersPorts#hostIP
     */
    readonly hostIp?: string;
    /**
     * Number of port to expose on the host.
     * If specified, this must be a valid port number, 0 < x < 65536.
     * If HostNetwork is specified, this must match ContainerPort.
     * Most containers do not need this.
     *
     * @schema AlertmanagerSpecContainersPorts#hostPort
     */
    readonly hostPort?: number;
    /**
     * If specified, this must be an IANA_SVC_NAME and unique within the pod. Each
     * named port in a pod must have a unique name. Name for the port that can be
     * referred to by services.
     *
     * @schema AlertmanagerSpecContainersPorts#name
     */
    readonly name?: string;
    /**
     * Protocol for port. Must be UDP, TCP, or SCTP.
     * Defaults to "TCP".
     *
     * @default TCP".
     * @schema AlertmanagerSpecContainersPorts#protocol
     */
    readonly protocol?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersPorts' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersPorts(obj: AlertmanagerSpecContainersPorts | undefined): Record<string, any> | undefined;
/**
 * Periodic probe of container service readiness.
 * Container will be removed from service endpoints if the probe fails.
 * Cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
 *
 * @schema AlertmanagerSpecContainersReadinessProbe
 */
export interface AlertmanagerSpecContainersReadinessProbe {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema AlertmanagerSpecContainersReadinessProbe#exec
     */
    readonly exec?: AlertmanagerSpecContainersReadinessProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema AlertmanagerSpecContainersReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies a GRPC HealthCheckRequest.
     *
     * @schema AlertmanagerSpecContainersReadinessProbe#grpc
     */
    readonly grpc?: AlertmanagerSpecContainersReadinessProbeGrpc;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema AlertmanagerSpecContainersReadinessProbe#httpGet
     */
    readonly httpGet?: AlertmanagerSpecContainersReadinessProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema AlertmanagerSpecContainersReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema AlertmanagerSpecContainersReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema AlertmanagerSpecContainersReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies a connection to a TCP port.
     *
     * @schema AlertmanagerSpecContainersReadinessProbe#tcpSocket
     */
    readonly tcpSocket?: AlertmanagerSpecContainersReadinessProbeTcpSocket;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
     * value overrides the value provided by the pod spec.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
     *
     * @schema AlertmanagerSpecContainersReadinessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema AlertmanagerSpecContainersReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersReadinessProbe' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersReadinessProbe(obj: AlertmanagerSpecContainersReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * ContainerResizePolicy represents resource resize policy for the container.
 *
 * @schema AlertmanagerSpecContainersResizePolicy
 */
export interface AlertmanagerSpecContainersResizePolicy {
    /**
     * Name of the resource to which this resource resize policy applies.
     * Supported values: cpu, memory.
     *
     * @schema AlertmanagerSpecContainersResizePolicy#resourceName
     */
    readonly resourceName: string;
    /**
     * Restart policy to apply when specified resource is resized.
     * If not specified, it defaults to NotRequired.
     *
     * @schema AlertmanagerSpecContainersResizePolicy#restartPolicy
     */
    readonly restartPolicy: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersResizePolicy' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersResizePolicy(obj: AlertmanagerSpecContainersResizePolicy | undefined): Record<string, any> | undefined;
/**
 * Compute Resources required by this container.
 * Cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
 *
 * @schema AlertmanagerSpecContainersResources
 */
export interface AlertmanagerSpecContainersResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This field depends on the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema AlertmanagerSpecContainersResources#claims
     */
    readonly claims?: AlertmanagerSpecContainersResourcesClaims[];
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema AlertmanagerSpecContainersResources#limits
     */
    readonly limits?: {
        [key: string]: AlertmanagerSpecContainersResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema AlertmanagerSpecContainersResources#requests
     */
    readonly requests?: {
        [key: string]: AlertmanagerSpecContainersResourcesRequests;
    };
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersResources' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersResources(obj: AlertmanagerSpecContainersResources | undefined): Record<string, any> | undefined;
/**
 * ContainerRestartRule describes how a container exit is handled.
 *
 * @schema AlertmanagerSpecContainersRestartPolicyRules
 */
export interface AlertmanagerSpecContainersRestartPolicyRules {
    /**
     * Specifies the action taken on a container exit if the requirements
     * are satisfied. The only possible value is "Restart" to restart the
     * container.
     *
     * @schema AlertmanagerSpecContainersRestartPolicyRules#action
     */
    readonly action: string;
    /**
     * Represents the exit codes to check on container exits.
     *
     * @schema AlertmanagerSpecContainersRestartPolicyRules#exitCodes
     */
    readonly exitCodes?: AlertmanagerSpecContainersRestartPolicyRulesExitCodes;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersRestartPolicyRules' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersRestartPolicyRules(obj: AlertmanagerSpecContainersRestartPolicyRules | undefined): Record<string, any> | undefined;
/**
 * SecurityContext defines the security options the container should be run with.
 * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
 * More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
 *
 * @schema AlertmanagerSpecContainersSecurityContext
 */
export interface AlertmanagerSpecContainersSecurityContext {
    /**
     * AllowPrivilegeEscalation controls whether a process can gain more
     * privileges than its parent process. This bool directly controls if
     * the no_new_privs flag will be set on the container process.
     * AllowPrivilegeEscalation is true always when the container is:
     * 1) run as Privileged
     * 2) has CAP_SYS_ADMIN
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema AlertmanagerSpecContainersSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * appArmorProfile is the AppArmor options to use by this container. If set, this profile
     * overrides the pod's appArmorProfile.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema AlertmanagerSpecContainersSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: AlertmanagerSpecContainersSecurityContextAppArmorProfile;
    /**
     * The capabilities to add/drop when running containers.
     * Defaults to the default set of capabilities granted by the container runtime.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default the default set of capabilities granted by the container runtime.
     * @schema AlertmanagerSpecContainersSecurityContext#capabilities
     */
    readonly capabilities?: AlertmanagerSpecContainersSecurityContextCapabilities;
    /**
     * Run container in privileged mode.
     * Processes in privileged containers are essentially equivalent to root on the host.
     * Defaults to false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema AlertmanagerSpecContainersSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * procMount denotes the type of proc mount to use for the containers.
     * The default value is Default which uses the container runtime defaults for
     * readonly paths and masked paths.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema AlertmanagerSpecContainersSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * Whether this container has a read-only root filesystem.
     * Default is false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema AlertmanagerSpecContainersSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * The GID to run the entrypoint of the container process.
     * Uses runtime default if unset.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema AlertmanagerSpecContainersSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * Indicates that the container must run as a non-root user.
     * If true, the Kubelet will validate the image at runtime to ensure that it
     * does not run as UID 0 (root) and fail to start the container if it does.
     * If unset or false, no such validation will be performed.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @schema AlertmanagerSpecContainersSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * The UID to run the entrypoint of the container process.
     * Defaults to user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default user specified in image metadata if unspecified.
     * @schema AlertmanagerSpecContainersSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * The SELinux context to be applied to the container.
     * If unspecified, the container runtime will allocate a random SELinux context for each
     * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema AlertmanagerSpecContainersSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: AlertmanagerSpecContainersSecurityContextSeLinuxOptions;
    /**
     * The seccomp options to use by this container. If seccomp options are
     * provided at both the pod & container level, the container options
     * override the pod options.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema AlertmanagerSpecContainersSecurityContext#seccompProfile
     */
    readonly seccompProfile?: AlertmanagerSpecContainersSecurityContextSeccompProfile;
    /**
     * The Windows specific settings applied to all containers.
     * If unspecified, the options from the PodSecurityContext will be used.
     * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is linux.
     *
     * @schema AlertmanagerSpecContainersSecurityContext#windowsOptions
     */
    readonly windowsOptions?: AlertmanagerSpecContainersSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersSecurityContext' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersSecurityContext(obj: AlertmanagerSpecContainersSecurityContext | undefined): Record<string, any> | undefined;
/**
 * StartupProbe indicates that the Pod has successfully initialized.
 * If specified, no other probes are executed until this completes successfully.
 * If this probe fails, the Pod will be restarted, just as if the livenessProbe failed.
 * This can be used to provide different probe parameters at the beginning of a Pod's lifecycle,
 * when it might take a long time to load data or warm a cache, than during steady-state operation.
 * This cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
 *
 * @schema AlertmanagerSpecContainersStartupProbe
 */
export interface AlertmanagerSpecContainersStartupProbe {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema AlertmanagerSpecContainersStartupProbe#exec
     */
    readonly exec?: AlertmanagerSpecContainersStartupProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema AlertmanagerSpecContainersStartupProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies a GRPC HealthCheckRequest.
     *
     * @schema AlertmanagerSpecContainersStartupProbe#grpc
     */
    readonly grpc?: AlertmanagerSpecContainersStartupProbeGrpc;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema AlertmanagerSpecContainersStartupProbe#httpGet
     */
    readonly httpGet?: AlertmanagerSpecContainersStartupProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema AlertmanagerSpecContainersStartupProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema AlertmanagerSpecContainersStartupProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema AlertmanagerSpecContainersStartupProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies a connection to a TCP port.
     *
     * @schema AlertmanagerSpecContainersStartupProbe#tcpSocket
     */
    readonly tcpSocket?: AlertmanagerSpecContainersStartupProbeTcpSocket;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
     * value overrides the value provided by the pod spec.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
     *
     * @schema AlertmanagerSpecContainersStartupProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema AlertmanagerSpecContainersStartupProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersStartupProbe' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersStartupProbe(obj: AlertmanagerSpecContainersStartupProbe | undefined): Record<string, any> | undefined;
/**
 * volumeDevice describes a mapping of a raw block device within a container.
 *
 * @schema AlertmanagerSpecContainersVolumeDevices
 */
export interface AlertmanagerSpecContainersVolumeDevices {
    /**
     * devicePath is the path inside of the container that the device will be mapped to.
     *
     * @schema AlertmanagerSpecContainersVolumeDevices#devicePath
     */
    readonly devicePath: string;
    /**
     * name must match the name of a persistentVolumeClaim in the pod
     *
     * @schema AlertmanagerSpecContainersVolumeDevices#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersVolumeDevices' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersVolumeDevices(obj: AlertmanagerSpecContainersVolumeDevices | undefined): Record<string, any> | undefined;
/**
 * VolumeMount describes a mounting of a Volume within a container.
 *
 * @schema AlertmanagerSpecContainersVolumeMounts
 */
export interface AlertmanagerSpecContainersVolumeMounts {
    /**
     * Path within the container at which the volume should be mounted.  Must
     * not contain ':'.
     *
     * @schema AlertmanagerSpecContainersVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * mountPropagation determines how mounts are propagated from the host
     * to container and the other way around.
     * When not set, MountPropagationNone is used.
     * This field is beta in 1.10.
     * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified
     * (which defaults to None).
     *
     * @schema AlertmanagerSpecContainersVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * This must match the Name of a Volume.
     *
     * @schema AlertmanagerSpecContainersVolumeMounts#name
     */
    readonly name: string;
    /**
     * Mounted read-only if true, read-write otherwise (false or unspecified).
     * Defaults to false.
     *
     * @default false.
     * @schema AlertmanagerSpecContainersVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * RecursiveReadOnly specifies whether read-only mounts should be handled
     * recursively.
     *
     * If ReadOnly is false, this field has no meaning and must be unspecified.
     *
     * If ReadOnly is true, and this field is set to Disabled, the mount is not made
     * recursively read-only.  If this field is set to IfPossible, the mount is made
     * recursively read-only, if it is supported by the container runtime.  If this
     * field is set to Enabled, the mount is made recursively read-only if it is
     * supported by the container runtime, otherwise the pod will not be started and
     * an error will be generated to indicate the reason.
     *
     * If this field is set to IfPossible or Enabled, MountPropagation must be set to
     * None (or be unspecified, which defaults to None).
     *
     * If this field is not specified, it is treated as an equivalent of Disabled.
     *
     * @schema AlertmanagerSpecContainersVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * Path within the volume from which the container's volume should be mounted.
     * Defaults to "" (volume's root).
     *
     * @default volume's root).
     * @schema AlertmanagerSpecContainersVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * Expanded path within the volume from which the container's volume should be mounted.
     * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
     * Defaults to "" (volume's root).
     * SubPathExpr and SubPath are mutually exclusive.
     *
     * @default volume's root).
     * @schema AlertmanagerSpecContainersVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersVolumeMounts' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersVolumeMounts(obj: AlertmanagerSpecContainersVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * PodDNSConfigOption defines DNS resolver options of a pod.
 *
 * @schema AlertmanagerSpecDnsConfigOptions
 */
export interface AlertmanagerSpecDnsConfigOptions {
    /**
     * name is required and must be unique.
     *
     * @schema AlertmanagerSpecDnsConfigOptions#name
     */
    readonly name: string;
    /**
     * value is optional.
     *
     * @schema AlertmanagerSpecDnsConfigOptions#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecDnsConfigOptions' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecDnsConfigOptions(obj: AlertmanagerSpecDnsConfigOptions | undefined): Record<string, any> | undefined;
/**
 * EnvVar represents an environment variable present in a Container.
 *
 * @schema AlertmanagerSpecInitContainersEnv
 */
export interface AlertmanagerSpecInitContainersEnv {
    /**
     * Name of the environment variable.
     * May consist of any printable ASCII characters except '='.
     *
     * @schema AlertmanagerSpecInitContainersEnv#name
     */
    readonly name: string;
    /**
     * Variable references $(VAR_NAME) are expanded
     * using the previously defined environment variables in the container and
     * any service environment variables. If a variable cannot be resolved,
     * the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
     * "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
     * Escaped references will never be expanded, regardless of whether the variable
     * exists or not.
     * Defaults to "".
     *
     * @default .
     * @schema AlertmanagerSpecInitContainersEnv#value
     */
    readonly value?: string;
    /**
     * Source for the environment variable's value. Cannot be used if value is not empty.
     *
     * @schema AlertmanagerSpecInitContainersEnv#valueFrom
     */
    readonly valueFrom?: AlertmanagerSpecInitContainersEnvValueFrom;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersEnv' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersEnv(obj: AlertmanagerSpecInitContainersEnv | undefined): Record<string, any> | undefined;
/**
 * EnvFromSource represents the source of a set of ConfigMaps or Secrets
 *
 * @schema AlertmanagerSpecInitContainersEnvFrom
 */
export interface AlertmanagerSpecInitContainersEnvFrom {
    /**
     * The ConfigMap to select from
     *
     * @schema AlertmanagerSpecInitContainersEnvFrom#configMapRef
     */
    readonly configMapRef?: AlertmanagerSpecInitContainersEnvFromConfigMapRef;
    /**
     * Optional text to prepend to the name of each environment variable.
     * May consist of any printable ASCII characters except '='.
     *
     * @schema AlertmanagerSpecInitContainersEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * The Secret to select from
     *
     * @schema AlertmanagerSpecInitContainersEnvFrom#secretRef
     */
    readonly secretRef?: AlertmanagerSpecInitContainersEnvFromSecretRef;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersEnvFrom' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersEnvFrom(obj: AlertmanagerSpecInitContainersEnvFrom | undefined): Record<string, any> | undefined;
/**
 * Actions that the management system should take in response to container lifecycle events.
 * Cannot be updated.
 *
 * @schema AlertmanagerSpecInitContainersLifecycle
 */
export interface AlertmanagerSpecInitContainersLifecycle {
    /**
     * PostStart is called immediately after a container is created. If the handler fails,
     * the container is terminated and restarted according to its restart policy.
     * Other management of the container blocks until the hook completes.
     * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
     *
     * @schema AlertmanagerSpecInitContainersLifecycle#postStart
     */
    readonly postStart?: AlertmanagerSpecInitContainersLifecyclePostStart;
    /**
     * PreStop is called immediately before a container is terminated due to an
     * API request or management event such as liveness/startup probe failure,
     * preemption, resource contention, etc. The handler is not called if the
     * container crashes or exits. The Pod's termination grace period countdown begins before the
     * PreStop hook is executed. Regardless of the outcome of the handler, the
     * container will eventually terminate within the Pod's termination grace
     * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
     * or until the termination grace period is reached.
     * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
     *
     * @schema AlertmanagerSpecInitContainersLifecycle#preStop
     */
    readonly preStop?: AlertmanagerSpecInitContainersLifecyclePreStop;
    /**
     * StopSignal defines which signal will be sent to a container when it is being stopped.
     * If not specified, the default is defined by the container runtime in use.
     * StopSignal can only be set for Pods with a non-empty .spec.os.name
     *
     * @schema AlertmanagerSpecInitContainersLifecycle#stopSignal
     */
    readonly stopSignal?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersLifecycle' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersLifecycle(obj: AlertmanagerSpecInitContainersLifecycle | undefined): Record<string, any> | undefined;
/**
 * Periodic probe of container liveness.
 * Container will be restarted if the probe fails.
 * Cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
 *
 * @schema AlertmanagerSpecInitContainersLivenessProbe
 */
export interface AlertmanagerSpecInitContainersLivenessProbe {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema AlertmanagerSpecInitContainersLivenessProbe#exec
     */
    readonly exec?: AlertmanagerSpecInitContainersLivenessProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema AlertmanagerSpecInitContainersLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies a GRPC HealthCheckRequest.
     *
     * @schema AlertmanagerSpecInitContainersLivenessProbe#grpc
     */
    readonly grpc?: AlertmanagerSpecInitContainersLivenessProbeGrpc;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema AlertmanagerSpecInitContainersLivenessProbe#httpGet
     */
    readonly httpGet?: AlertmanagerSpecInitContainersLivenessProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema AlertmanagerSpecInitContainersLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema AlertmanagerSpecInitContainersLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema AlertmanagerSpecInitContainersLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies a connection to a TCP port.
     *
     * @schema AlertmanagerSpecInitContainersLivenessProbe#tcpSocket
     */
    readonly tcpSocket?: AlertmanagerSpecInitContainersLivenessProbeTcpSocket;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
     * value overrides the value provided by the pod spec.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
     *
     * @schema AlertmanagerSpecInitContainersLivenessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema AlertmanagerSpecInitContainersLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersLivenessProbe' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersLivenessProbe(obj: AlertmanagerSpecInitContainersLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * ContainerPort represents a network port in a single container.
 *
 * @schema AlertmanagerSpecInitContainersPorts
 */
export interface AlertmanagerSpecInitContainersPorts {
    /**
     * Number of port to expose on the pod's IP address.
     * This must be a valid port number, 0 < x < 65536.
     *
     * @schema AlertmanagerSpecInitContainersPorts#containerPort
     */
    readonly containerPort: number;
    /**
     * What host IP to bind the external port to.
     *
     * @schema AlertmanagerSpecInitContainersPorts#hostIP
     */
    readonly hostIp?: string;
    /**
     * Number of port to expose on the host.
     * If specified, this must be a valid port number, 0 < x < 65536.
     * If HostNetwork is specified, this must match ContainerPort.
     * Most containers do not need this.
     *
     * @schema AlertmanagerSpecInitContainersPorts#hostPort
     */
    readonly hostPort?: number;
    /**
     * If specified, this must be an IANA_SVC_NAME and unique within the pod. Each
     * named port in a pod must have a unique name. Name for the port that can be
     * referred to by services.
     *
     * @schema AlertmanagerSpecInitContainersPorts#name
     */
    readonly name?: string;
    /**
     * Protocol for port. Must be UDP, TCP, or SCTP.
     * Defaults to "TCP".
     *
     * @default TCP".
     * @schema AlertmanagerSpecInitContainersPorts#protocol
     */
    readonly protocol?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersPorts' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersPorts(obj: AlertmanagerSpecInitContainersPorts | undefined): Record<string, any> | undefined;
/**
 * Periodic probe of container service readiness.
 * Container will be removed from service endpoints if the probe fails.
 * Cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
 *
 * @schema AlertmanagerSpecInitContainersReadinessProbe
 */
export interface AlertmanagerSpecInitContainersReadinessProbe {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema AlertmanagerSpecInitContainersReadinessProbe#exec
     */
    readonly exec?: AlertmanagerSpecInitContainersReadinessProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema AlertmanagerSpecInitContainersReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies a GRPC HealthCheckRequest.
     *
     * @schema AlertmanagerSpecInitContainersReadinessProbe#grpc
     */
    readonly grpc?: AlertmanagerSpecInitContainersReadinessProbeGrpc;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema AlertmanagerSpecInitContainersReadinessProbe#httpGet
     */
    readonly httpGet?: AlertmanagerSpecInitContainersReadinessProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema AlertmanagerSpecInitContainersReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema AlertmanagerSpecInitContainersReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema AlertmanagerSpecInitContainersReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies a connection to a TCP port.
     *
     * @schema AlertmanagerSpecInitContainersReadinessProbe#tcpSocket
     */
    readonly tcpSocket?: AlertmanagerSpecInitContainersReadinessProbeTcpSocket;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
     * value overrides the value provided by the pod spec.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
     *
     * @schema AlertmanagerSpecInitContainersReadinessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema AlertmanagerSpecInitContainersReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersReadinessProbe' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersReadinessProbe(obj: AlertmanagerSpecInitContainersReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * ContainerResizePolicy represents resource resize policy for the container.
 *
 * @schema AlertmanagerSpecInitContainersResizePolicy
 */
export interface AlertmanagerSpecInitContainersResizePolicy {
    /**
     * Name of the resource to which this resource resize policy applies.
     * Supported values: cpu, memory.
     *
     * @schema AlertmanagerSpecInitContainersResizePolicy#resourceName
     */
    readonly resourceName: string;
    /**
     * Restart policy to apply when specified resource is resized.
     * If not specified, it defaults to NotRequired.
     *
     * @schema AlertmanagerSpecInitContainersResizePolicy#restartPolicy
     */
    readonly restartPolicy: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersResizePolicy' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersResizePolicy(obj: AlertmanagerSpecInitContainersResizePolicy | undefined): Record<string, any> | undefined;
/**
 * Compute Resources required by this container.
 * Cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
 *
 * @schema AlertmanagerSpecInitContainersResources
 */
export interface AlertmanagerSpecInitContainersResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This field depends on the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema AlertmanagerSpecInitContainersResources#claims
     */
    readonly claims?: AlertmanagerSpecInitContainersResourcesClaims[];
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema AlertmanagerSpecInitContainersResources#limits
     */
    readonly limits?: {
        [key: string]: AlertmanagerSpecInitContainersResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema AlertmanagerSpecInitContainersResources#requests
     */
    readonly requests?: {
        [key: string]: AlertmanagerSpecInitContainersResourcesRequests;
    };
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersResources' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersResources(obj: AlertmanagerSpecInitContainersResources | undefined): Record<string, any> | undefined;
/**
 * ContainerRestartRule describes how a container exit is handled.
 *
 * @schema AlertmanagerSpecInitContainersRestartPolicyRules
 */
export interface AlertmanagerSpecInitContainersRestartPolicyRules {
    /**
     * Specifies the action taken on a container exit if the requirements
     * are satisfied. The only possible value is "Restart" to restart the
     * container.
     *
     * @schema AlertmanagerSpecInitContainersRestartPolicyRules#action
     */
    readonly action: string;
    /**
     * Represents the exit codes to check on container exits.
     *
     * @schema AlertmanagerSpecInitContainersRestartPolicyRules#exitCodes
     */
    readonly exitCodes?: AlertmanagerSpecInitContainersRestartPolicyRulesExitCodes;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersRestartPolicyRules' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersRestartPolicyRules(obj: AlertmanagerSpecInitContainersRestartPolicyRules | undefined): Record<string, any> | undefined;
/**
 * SecurityContext defines the security options the container should be run with.
 * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
 * More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
 *
 * @schema AlertmanagerSpecInitContainersSecurityContext
 */
export interface AlertmanagerSpecInitContainersSecurityContext {
    /**
     * AllowPrivilegeEscalation controls whether a process can gain more
     * privileges than its parent process. This bool directly controls if
     * the no_new_privs flag will be set on the container process.
     * AllowPrivilegeEscalation is true always when the container is:
     * 1) run as Privileged
     * 2) has CAP_SYS_ADMIN
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema AlertmanagerSpecInitContainersSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * appArmorProfile is the AppArmor options to use by this container. If set, this profile
     * overrides the pod's appArmorProfile.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema AlertmanagerSpecInitContainersSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: AlertmanagerSpecInitContainersSecurityContextAppArmorProfile;
    /**
     * The capabilities to add/drop when running containers.
     * Defaults to the default set of capabilities granted by the container runtime.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default the default set of capabilities granted by the container runtime.
     * @schema AlertmanagerSpecInitContainersSecurityContext#capabilities
     */
    readonly capabilities?: AlertmanagerSpecInitContainersSecurityContextCapabilities;
    /**
     * Run container in privileged mode.
     * Processes in privileged containers are essentially equivalent to root on the host.
     * Defaults to false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema AlertmanagerSpecInitContainersSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * procMount denotes the type of proc mount to use for the containers.
     * The default value is Default which uses the container runtime defaults for
     * readonly paths and masked paths.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema AlertmanagerSpecInitContainersSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * Whether this container has a read-only root filesystem.
     * Default is false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema AlertmanagerSpecInitContainersSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * The GID to run the entrypoint of the container process.
     * Uses runtime default if unset.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema AlertmanagerSpecInitContainersSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * Indicates that the container must run as a non-root user.
     * If true, the Kubelet will validate the image at runtime to ensure that it
     * does not run as UID 0 (root) and fail to start the container if it does.
     * If unset or false, no such validation will be performed.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @schema AlertmanagerSpecInitContainersSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * The UID to run the entrypoint of the container process.
     * Defaults to user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default user specified in image metadata if unspecified.
     * @schema AlertmanagerSpecInitContainersSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * The SELinux context to be applied to the container.
     * If unspecified, the container runtime will allocate a random SELinux context for each
     * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema AlertmanagerSpecInitContainersSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: AlertmanagerSpecInitContainersSecurityContextSeLinuxOptions;
    /**
     * The seccomp options to use by this container. If seccomp options are
     * provided at both the pod & container level, the container options
     * override the pod options.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema AlertmanagerSpecInitContainersSecurityContext#seccompProfile
     */
    readonly seccompProfile?: AlertmanagerSpecInitContainersSecurityContextSeccompProfile;
    /**
     * The Windows specific settings applied to all containers.
     * If unspecified, the options from the PodSecurityContext will be used.
     * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is linux.
     *
     * @schema AlertmanagerSpecInitContainersSecurityContext#windowsOptions
     */
    readonly windowsOptions?: AlertmanagerSpecInitContainersSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersSecurityContext' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersSecurityContext(obj: AlertmanagerSpecInitContainersSecurityContext | undefined): Record<string, any> | undefined;
/**
 * StartupProbe indicates that the Pod has successfully initialized.
 * If specified, no other probes are executed until this completes successfully.
 * If this probe fails, the Pod will be restarted, just as if the livenessProbe failed.
 * This can be used to provide different probe parameters at the beginning of a Pod's lifecycle,
 * when it might take a long time to load data or warm a cache, than during steady-state operation.
 * This cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
 *
 * @schema AlertmanagerSpecInitContainersStartupProbe
 */
export interface AlertmanagerSpecInitContainersStartupProbe {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema AlertmanagerSpecInitContainersStartupProbe#exec
     */
    readonly exec?: AlertmanagerSpecInitContainersStartupProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema AlertmanagerSpecInitContainersStartupProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies a GRPC HealthCheckRequest.
     *
     * @schema AlertmanagerSpecInitContainersStartupProbe#grpc
     */
    readonly grpc?: AlertmanagerSpecInitContainersStartupProbeGrpc;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema AlertmanagerSpecInitContainersStartupProbe#httpGet
     */
    readonly httpGet?: AlertmanagerSpecInitContainersStartupProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema AlertmanagerSpecInitContainersStartupProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema AlertmanagerSpecInitContainersStartupProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema AlertmanagerSpecInitContainersStartupProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies a connection to a TCP port.
     *
     * @schema AlertmanagerSpecInitContainersStartupProbe#tcpSocket
     */
    readonly tcpSocket?: AlertmanagerSpecInitContainersStartupProbeTcpSocket;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
     * value overrides the value provided by the pod spec.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
     *
     * @schema AlertmanagerSpecInitContainersStartupProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema AlertmanagerSpecInitContainersStartupProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersStartupProbe' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersStartupProbe(obj: AlertmanagerSpecInitContainersStartupProbe | undefined): Record<string, any> | undefined;
/**
 * volumeDevice describes a mapping of a raw block device within a container.
 *
 * @schema AlertmanagerSpecInitContainersVolumeDevices
 */
export interface AlertmanagerSpecInitContainersVolumeDevices {
    /**
     * devicePath is the path inside of the container that the device will be mapped to.
     *
     * @schema AlertmanagerSpecInitContainersVolumeDevices#devicePath
     */
    readonly devicePath: string;
    /**
     * name must match the name of a persistentVolumeClaim in the pod
     *
     * @schema AlertmanagerSpecInitContainersVolumeDevices#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersVolumeDevices' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersVolumeDevices(obj: AlertmanagerSpecInitContainersVolumeDevices | undefined): Record<string, any> | undefined;
/**
 * VolumeMount describes a mounting of a Volume within a container.
 *
 * @schema AlertmanagerSpecInitContainersVolumeMounts
 */
export interface AlertmanagerSpecInitContainersVolumeMounts {
    /**
     * Path within the container at which the volume should be mounted.  Must
     * not contain ':'.
     *
     * @schema AlertmanagerSpecInitContainersVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * mountPropagation determines how mounts are propagated from the host
     * to container and the other way around.
     * When not set, MountPropagationNone is used.
     * This field is beta in 1.10.
     * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified
     * (which defaults to None).
     *
     * @schema AlertmanagerSpecInitContainersVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * This must match the Name of a Volume.
     *
     * @schema AlertmanagerSpecInitContainersVolumeMounts#name
     */
    readonly name: string;
    /**
     * Mounted read-only if true, read-write otherwise (false or unspecified).
     * Defaults to false.
     *
     * @default false.
     * @schema AlertmanagerSpecInitContainersVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * RecursiveReadOnly specifies whether read-only mounts should be handled
     * recursively.
     *
     * If ReadOnly is false, this field has no meaning and must be unspecified.
     *
     * If ReadOnly is true, and this field is set to Disabled, the mount is not made
     * recursively read-only.  If this field is set to IfPossible, the mount is made
     * recursively read-only, if it is supported by the container runtime.  If this
     * field is set to Enabled, the mount is made recursively read-only if it is
     * supported by the container runtime, otherwise the pod will not be started and
     * an error will be generated to indicate the reason.
     *
     * If this field is set to IfPossible or Enabled, MountPropagation must be set to
     * None (or be unspecified, which defaults to None).
     *
     * If this field is not specified, it is treated as an equivalent of Disabled.
     *
     * @schema AlertmanagerSpecInitContainersVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * Path within the volume from which the container's volume should be mounted.
     * Defaults to "" (volume's root).
     *
     * @default volume's root).
     * @schema AlertmanagerSpecInitContainersVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * Expanded path within the volume from which the container's volume should be mounted.
     * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
     * Defaults to "" (volume's root).
     * SubPathExpr and SubPath are mutually exclusive.
     *
     * @default volume's root).
     * @schema AlertmanagerSpecInitContainersVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersVolumeMounts' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersVolumeMounts(obj: AlertmanagerSpecInitContainersVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema AlertmanagerSpecResourcesClaims
 */
export interface AlertmanagerSpecResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema AlertmanagerSpecResourcesClaims#name
     */
    readonly name: string;
    /**
     * Request is the name chosen for a request in the referenced claim.
     * If empty, everything from the claim is made available, otherwise
     * only the result of this request.
     *
     * @schema AlertmanagerSpecResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecResourcesClaims' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecResourcesClaims(obj: AlertmanagerSpecResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema AlertmanagerSpecResourcesLimits
 */
export declare class AlertmanagerSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecResourcesLimits;
    static fromString(value: string): AlertmanagerSpecResourcesLimits;
    private constructor();
}
/**
 * @schema AlertmanagerSpecResourcesRequests
 */
export declare class AlertmanagerSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecResourcesRequests;
    static fromString(value: string): AlertmanagerSpecResourcesRequests;
    private constructor();
}
/**
 * appArmorProfile is the AppArmor options to use by the containers in this pod.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema AlertmanagerSpecSecurityContextAppArmorProfile
 */
export interface AlertmanagerSpecSecurityContextAppArmorProfile {
    /**
     * localhostProfile indicates a profile loaded on the node that should be used.
     * The profile must be preconfigured on the node to work.
     * Must match the loaded name of the profile.
     * Must be set if and only if type is "Localhost".
     *
     * @schema AlertmanagerSpecSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of AppArmor profile will be applied.
     * Valid options are:
     * Localhost - a profile pre-loaded on the node.
     * RuntimeDefault - the container runtime's default profile.
     * Unconfined - no AppArmor enforcement.
     *
     * @schema AlertmanagerSpecSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecSecurityContextAppArmorProfile(obj: AlertmanagerSpecSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * The SELinux context to be applied to all containers.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in SecurityContext.  If set in
 * both SecurityContext and PodSecurityContext, the value specified in SecurityContext
 * takes precedence for that container.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema AlertmanagerSpecSecurityContextSeLinuxOptions
 */
export interface AlertmanagerSpecSecurityContextSeLinuxOptions {
    /**
     * Level is SELinux level label that applies to the container.
     *
     * @schema AlertmanagerSpecSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * Role is a SELinux role label that applies to the container.
     *
     * @schema AlertmanagerSpecSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * Type is a SELinux type label that applies to the container.
     *
     * @schema AlertmanagerSpecSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * User is a SELinux user label that applies to the container.
     *
     * @schema AlertmanagerSpecSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecSecurityContextSeLinuxOptions(obj: AlertmanagerSpecSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * The seccomp options to use by the containers in this pod.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema AlertmanagerSpecSecurityContextSeccompProfile
 */
export interface AlertmanagerSpecSecurityContextSeccompProfile {
    /**
     * localhostProfile indicates a profile defined in a file on the node should be used.
     * The profile must be preconfigured on the node to work.
     * Must be a descending path, relative to the kubelet's configured seccomp profile location.
     * Must be set if type is "Localhost". Must NOT be set for any other type.
     *
     * @schema AlertmanagerSpecSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of seccomp profile will be applied.
     * Valid options are:
     *
     * Localhost - a profile defined in a file on the node should be used.
     * RuntimeDefault - the container runtime default profile should be used.
     * Unconfined - no profile should be applied.
     *
     * @schema AlertmanagerSpecSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecSecurityContextSeccompProfile(obj: AlertmanagerSpecSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * Sysctl defines a kernel parameter to be set
 *
 * @schema AlertmanagerSpecSecurityContextSysctls
 */
export interface AlertmanagerSpecSecurityContextSysctls {
    /**
     * Name of a property to set
     *
     * @schema AlertmanagerSpecSecurityContextSysctls#name
     */
    readonly name: string;
    /**
     * Value of a property to set
     *
     * @schema AlertmanagerSpecSecurityContextSysctls#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecSecurityContextSysctls' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecSecurityContextSysctls(obj: AlertmanagerSpecSecurityContextSysctls | undefined): Record<string, any> | undefined;
/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options within a container's SecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema AlertmanagerSpecSecurityContextWindowsOptions
 */
export interface AlertmanagerSpecSecurityContextWindowsOptions {
    /**
     * GMSACredentialSpec is where the GMSA admission webhook
     * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
     * GMSA credential spec named by the GMSACredentialSpecName field.
     *
     * @schema AlertmanagerSpecSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * GMSACredentialSpecName is the name of the GMSA credential spec to use.
     *
     * @schema AlertmanagerSpecSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * HostProcess determines if a container should be run as a 'Host Process' container.
     * All of a Pod's containers must have the same effective HostProcess value
     * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
     * In addition, if HostProcess is true then HostNetwork must also be set to true.
     *
     * @schema AlertmanagerSpecSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * The UserName in Windows to run the entrypoint of the container process.
     * Defaults to the user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext. If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @default the user specified in image metadata if unspecified.
     * @schema AlertmanagerSpecSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecSecurityContextWindowsOptions(obj: AlertmanagerSpecSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * emptyDir to be used by the StatefulSet.
 * If specified, it takes precedence over `ephemeral` and `volumeClaimTemplate`.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes/#emptydir
 *
 * @schema AlertmanagerSpecStorageEmptyDir
 */
export interface AlertmanagerSpecStorageEmptyDir {
    /**
     * medium represents what type of storage medium should back this directory.
     * The default is "" which means to use the node's default medium.
     * Must be an empty string (default) or Memory.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
     *
     * @schema AlertmanagerSpecStorageEmptyDir#medium
     */
    readonly medium?: string;
    /**
     * sizeLimit is the total amount of local storage required for this EmptyDir volume.
     * The size limit is also applicable for memory medium.
     * The maximum usage on memory medium EmptyDir would be the minimum value between
     * the SizeLimit specified here and the sum of memory limits of all containers in a pod.
     * The default is nil which means that the limit is undefined.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
     *
     * @schema AlertmanagerSpecStorageEmptyDir#sizeLimit
     */
    readonly sizeLimit?: AlertmanagerSpecStorageEmptyDirSizeLimit;
}
/**
 * Converts an object of type 'AlertmanagerSpecStorageEmptyDir' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecStorageEmptyDir(obj: AlertmanagerSpecStorageEmptyDir | undefined): Record<string, any> | undefined;
/**
 * ephemeral to be used by the StatefulSet.
 * This is a beta field in k8s 1.21 and GA in 1.15.
 * For lower versions, starting with k8s 1.19, it requires enabling the GenericEphemeralVolume feature gate.
 * More info: https://kubernetes.io/docs/concepts/storage/ephemeral-volumes/#generic-ephemeral-volumes
 *
 * @schema AlertmanagerSpecStorageEphemeral
 */
export interface AlertmanagerSpecStorageEphemeral {
    /**
     * Will be used to create a stand-alone PVC to provision the volume.
     * The pod in which this EphemeralVolumeSource is embedded will be the
     * owner of the PVC, i.e. the PVC will be deleted together with the
     * pod.  The name of the PVC will be `<pod name>-<volume name>` where
     * `<volume name>` is the name from the `PodSpec.Volumes` array
     * entry. Pod validation will reject the pod if the concatenated name
     * is not valid for a PVC (for example, too long).
     *
     * An existing PVC with that name that is not owned by the pod
     * will *not* be used for the pod to avoid using an unrelated
     * volume by mistake. Starting the pod is then blocked until
     * the unrelated PVC is removed. If such a pre-created PVC is
     * meant to be used by the pod, the PVC has to updated with an
     * owner reference to the pod once the pod exists. Normally
     * this should not be necessary, but it may be useful when
     * manually reconstructing a broken cluster.
     *
     * This field is read-only and no changes will be made by Kubernetes
     * to the PVC after it has been created.
     *
     * Required, must not be nil.
     *
     * @schema AlertmanagerSpecStorageEphemeral#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: AlertmanagerSpecStorageEphemeralVolumeClaimTemplate;
}
/**
 * Converts an object of type 'AlertmanagerSpecStorageEphemeral' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecStorageEphemeral(obj: AlertmanagerSpecStorageEphemeral | undefined): Record<string, any> | undefined;
/**
 * volumeClaimTemplate defines the PVC spec to be used by the Prometheus StatefulSets.
 * The easiest way to use a volume that cannot be automatically provisioned
 * is to use a label selector alongside manually created PersistentVolumes.
 *
 * @schema AlertmanagerSpecStorageVolumeClaimTemplate
 */
export interface AlertmanagerSpecStorageVolumeClaimTemplate {
    /**
     * APIVersion defines the versioned schema of this representation of an object.
     * Servers should convert recognized schemas to the latest internal value, and
     * may reject unrecognized values.
     * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplate#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Kind is a string value representing the REST resource this object represents.
     * Servers may infer this from the endpoint the client submits requests to.
     * Cannot be updated.
     * In CamelCase.
     * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplate#kind
     */
    readonly kind?: string;
    /**
     * metadata defines EmbeddedMetadata contains metadata relevant to an EmbeddedResource.
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplate#metadata
     */
    readonly metadata?: AlertmanagerSpecStorageVolumeClaimTemplateMetadata;
    /**
     * spec defines the specification of the  characteristics of a volume requested by a pod author.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplate#spec
     */
    readonly spec?: AlertmanagerSpecStorageVolumeClaimTemplateSpec;
    /**
     * status is deprecated: this field is never set.
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplate#status
     */
    readonly status?: AlertmanagerSpecStorageVolumeClaimTemplateStatus;
}
/**
 * Converts an object of type 'AlertmanagerSpecStorageVolumeClaimTemplate' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecStorageVolumeClaimTemplate(obj: AlertmanagerSpecStorageVolumeClaimTemplate | undefined): Record<string, any> | undefined;
/**
 * LabelSelector is used to find matching pods.
 * Pods that match this label selector are counted to determine the number of pods
 * in their corresponding topology domain.
 *
 * @schema AlertmanagerSpecTopologySpreadConstraintsLabelSelector
 */
export interface AlertmanagerSpecTopologySpreadConstraintsLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema AlertmanagerSpecTopologySpreadConstraintsLabelSelector#matchExpressions
     */
    readonly matchExpressions?: AlertmanagerSpecTopologySpreadConstraintsLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema AlertmanagerSpecTopologySpreadConstraintsLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'AlertmanagerSpecTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecTopologySpreadConstraintsLabelSelector(obj: AlertmanagerSpecTopologySpreadConstraintsLabelSelector | undefined): Record<string, any> | undefined;
/**
 * rollingUpdate is used to communicate parameters when type is RollingUpdate.
 *
 * @schema AlertmanagerSpecUpdateStrategyRollingUpdate
 */
export interface AlertmanagerSpecUpdateStrategyRollingUpdate {
    /**
     * maxUnavailable is the maximum number of pods that can be unavailable
     * during the update. The value can be an absolute number (ex: 5) or a
     * percentage of desired pods (ex: 10%). Absolute number is calculated from
     * percentage by rounding up. This can not be 0.  Defaults to 1. This field
     * is alpha-level and is only honored by servers that enable the
     * MaxUnavailableStatefulSet feature. The field applies to all pods in the
     * range 0 to Replicas-1.  That means if there is any unavailable pod in
     * the range 0 to Replicas-1, it will be counted towards MaxUnavailable.
     *
     * @default 1. This field
     * @schema AlertmanagerSpecUpdateStrategyRollingUpdate#maxUnavailable
     */
    readonly maxUnavailable?: AlertmanagerSpecUpdateStrategyRollingUpdateMaxUnavailable;
}
/**
 * Converts an object of type 'AlertmanagerSpecUpdateStrategyRollingUpdate' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecUpdateStrategyRollingUpdate(obj: AlertmanagerSpecUpdateStrategyRollingUpdate | undefined): Record<string, any> | undefined;
/**
 * type indicates the type of the StatefulSetUpdateStrategy.
 *
 * Default is RollingUpdate.
 *
 * @default RollingUpdate.
 * @schema AlertmanagerSpecUpdateStrategyType
 */
export declare enum AlertmanagerSpecUpdateStrategyType {
    /** OnDelete */
    ON_DELETE = "OnDelete",
    /** RollingUpdate */
    ROLLING_UPDATE = "RollingUpdate"
}
/**
 * awsElasticBlockStore represents an AWS Disk resource that is attached to a
 * kubelet's host machine and then exposed to the pod.
 * Deprecated: AWSElasticBlockStore is deprecated. All operations for the in-tree
 * awsElasticBlockStore type are redirected to the ebs.csi.aws.com CSI driver.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
 *
 * @schema AlertmanagerSpecVolumesAwsElasticBlockStore
 */
export interface AlertmanagerSpecVolumesAwsElasticBlockStore {
    /**
     * fsType is the filesystem type of the volume that you want to mount.
     * Tip: Ensure that the filesystem type is supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
     *
     * @schema AlertmanagerSpecVolumesAwsElasticBlockStore#fsType
     */
    readonly fsType?: string;
    /**
     * partition is the partition in the volume that you want to mount.
     * If omitted, the default is to mount by volume name.
     * Examples: For volume /dev/sda1, you specify the partition as "1".
     * Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty).
     *
     * @schema AlertmanagerSpecVolumesAwsElasticBlockStore#partition
     */
    readonly partition?: number;
    /**
     * readOnly value true will force the readOnly setting in VolumeMounts.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
     *
     * @schema AlertmanagerSpecVolumesAwsElasticBlockStore#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * volumeID is unique ID of the persistent disk resource in AWS (Amazon EBS volume).
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
     *
     * @schema AlertmanagerSpecVolumesAwsElasticBlockStore#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesAwsElasticBlockStore' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesAwsElasticBlockStore(obj: AlertmanagerSpecVolumesAwsElasticBlockStore | undefined): Record<string, any> | undefined;
/**
 * azureDisk represents an Azure Data Disk mount on the host and bind mount to the pod.
 * Deprecated: AzureDisk is deprecated. All operations for the in-tree azureDisk type
 * are redirected to the disk.csi.azure.com CSI driver.
 *
 * @schema AlertmanagerSpecVolumesAzureDisk
 */
export interface AlertmanagerSpecVolumesAzureDisk {
    /**
     * cachingMode is the Host Caching mode: None, Read Only, Read Write.
     *
     * @schema AlertmanagerSpecVolumesAzureDisk#cachingMode
     */
    readonly cachingMode?: string;
    /**
     * diskName is the Name of the data disk in the blob storage
     *
     * @schema AlertmanagerSpecVolumesAzureDisk#diskName
     */
    readonly diskName: string;
    /**
     * diskURI is the URI of data disk in the blob storage
     *
     * @schema AlertmanagerSpecVolumesAzureDisk#diskURI
     */
    readonly diskUri: string;
    /**
     * fsType is Filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema AlertmanagerSpecVolumesAzureDisk#fsType
     */
    readonly fsType?: string;
    /**
     * kind expected values are Shared: multiple blob disks per storage account  Dedicated: single blob disk per storage account  Managed: azure managed data disk (only in managed availability set). defaults to shared
     *
     * @schema AlertmanagerSpecVolumesAzureDisk#kind
     */
    readonly kind?: string;
    /**
     * readOnly Defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @default false (read/write). ReadOnly here will force
     * @schema AlertmanagerSpecVolumesAzureDisk#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesAzureDisk' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesAzureDisk(obj: AlertmanagerSpecVolumesAzureDisk | undefined): Record<string, any> | undefined;
/**
 * azureFile represents an Azure File Service mount on the host and bind mount to the pod.
 * Deprecated: AzureFile is deprecated. All operations for the in-tree azureFile type
 * are redirected to the file.csi.azure.com CSI driver.
 *
 * @schema AlertmanagerSpecVolumesAzureFile
 */
export interface AlertmanagerSpecVolumesAzureFile {
    /**
     * readOnly defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @schema AlertmanagerSpecVolumesAzureFile#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretName is the  name of secret that contains Azure Storage Account Name and Key
     *
     * @schema AlertmanagerSpecVolumesAzureFile#secretName
     */
    readonly secretName: string;
    /**
     * shareName is the azure share Name
     *
     * @schema AlertmanagerSpecVolumesAzureFile#shareName
     */
    readonly shareName: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesAzureFile' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesAzureFile(obj: AlertmanagerSpecVolumesAzureFile | undefined): Record<string, any> | undefined;
/**
 * cephFS represents a Ceph FS mount on the host that shares a pod's lifetime.
 * Deprecated: CephFS is deprecated and the in-tree cephfs type is no longer supported.
 *
 * @schema AlertmanagerSpecVolumesCephfs
 */
export interface AlertmanagerSpecVolumesCephfs {
    /**
     * monitors is Required: Monitors is a collection of Ceph monitors
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @schema AlertmanagerSpecVolumesCephfs#monitors
     */
    readonly monitors: string[];
    /**
     * path is Optional: Used as the mounted root, rather than the full Ceph tree, default is /
     *
     * @schema AlertmanagerSpecVolumesCephfs#path
     */
    readonly path?: string;
    /**
     * readOnly is Optional: Defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @default false (read/write). ReadOnly here will force
     * @schema AlertmanagerSpecVolumesCephfs#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretFile is Optional: SecretFile is the path to key ring for User, default is /etc/ceph/user.secret
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @schema AlertmanagerSpecVolumesCephfs#secretFile
     */
    readonly secretFile?: string;
    /**
     * secretRef is Optional: SecretRef is reference to the authentication secret for User, default is empty.
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @schema AlertmanagerSpecVolumesCephfs#secretRef
     */
    readonly secretRef?: AlertmanagerSpecVolumesCephfsSecretRef;
    /**
     * user is optional: User is the rados user name, default is admin
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @schema AlertmanagerSpecVolumesCephfs#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesCephfs' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesCephfs(obj: AlertmanagerSpecVolumesCephfs | undefined): Record<string, any> | undefined;
/**
 * cinder represents a cinder volume attached and mounted on kubelets host machine.
 * Deprecated: Cinder is deprecated. All operations for the in-tree cinder type
 * are redirected to the cinder.csi.openstack.org CSI driver.
 * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
 *
 * @schema AlertmanagerSpecVolumesCinder
 */
export interface AlertmanagerSpecVolumesCinder {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
     *
     * @schema AlertmanagerSpecVolumesCinder#fsType
     */
    readonly fsType?: string;
    /**
     * readOnly defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
     *
     * @schema AlertmanagerSpecVolumesCinder#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef is optional: points to a secret object containing parameters used to connect
     * to OpenStack.
     *
     * @schema AlertmanagerSpecVolumesCinder#secretRef
     */
    readonly secretRef?: AlertmanagerSpecVolumesCinderSecretRef;
    /**
     * volumeID used to identify the volume in cinder.
     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
     *
     * @schema AlertmanagerSpecVolumesCinder#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesCinder' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesCinder(obj: AlertmanagerSpecVolumesCinder | undefined): Record<string, any> | undefined;
/**
 * configMap represents a configMap that should populate this volume
 *
 * @schema AlertmanagerSpecVolumesConfigMap
 */
export interface AlertmanagerSpecVolumesConfigMap {
    /**
     * defaultMode is optional: mode bits used to set permissions on created files by default.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * Defaults to 0644.
     * Directories within the path are not affected by this setting.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @default 0644.
     * @schema AlertmanagerSpecVolumesConfigMap#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * items if unspecified, each key-value pair in the Data field of the referenced
     * ConfigMap will be projected into the volume as a file whose name is the
     * key and content is the value. If specified, the listed keys will be
     * projected into the specified paths, and unlisted keys will not be
     * present. If a key is specified which is not present in the ConfigMap,
     * the volume setup will error unless it is marked optional. Paths must be
     * relative and may not contain the '..' path or start with '..'.
     *
     * @schema AlertmanagerSpecVolumesConfigMap#items
     */
    readonly items?: AlertmanagerSpecVolumesConfigMapItems[];
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecVolumesConfigMap#name
     */
    readonly name?: string;
    /**
     * optional specify whether the ConfigMap or its keys must be defined
     *
     * @schema AlertmanagerSpecVolumesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesConfigMap' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesConfigMap(obj: AlertmanagerSpecVolumesConfigMap | undefined): Record<string, any> | undefined;
/**
 * csi (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers.
 *
 * @schema AlertmanagerSpecVolumesCsi
 */
export interface AlertmanagerSpecVolumesCsi {
    /**
     * driver is the name of the CSI driver that handles this volume.
     * Consult with your admin for the correct name as registered in the cluster.
     *
     * @schema AlertmanagerSpecVolumesCsi#driver
     */
    readonly driver: string;
    /**
     * fsType to mount. Ex. "ext4", "xfs", "ntfs".
     * If not provided, the empty value is passed to the associated CSI driver
     * which will determine the default filesystem to apply.
     *
     * @schema AlertmanagerSpecVolumesCsi#fsType
     */
    readonly fsType?: string;
    /**
     * nodePublishSecretRef is a reference to the secret object containing
     * sensitive information to pass to the CSI driver to complete the CSI
     * NodePublishVolume and NodeUnpublishVolume calls.
     * This field is optional, and  may be empty if no secret is required. If the
     * secret object contains more than one secret, all secret references are passed.
     *
     * @schema AlertmanagerSpecVolumesCsi#nodePublishSecretRef
     */
    readonly nodePublishSecretRef?: AlertmanagerSpecVolumesCsiNodePublishSecretRef;
    /**
     * readOnly specifies a read-only configuration for the volume.
     * Defaults to false (read/write).
     *
     * @default false (read/write).
     * @schema AlertmanagerSpecVolumesCsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * volumeAttributes stores driver-specific properties that are passed to the CSI
     * driver. Consult your driver's documentation for supported values.
     *
     * @schema AlertmanagerSpecVolumesCsi#volumeAttributes
     */
    readonly volumeAttributes?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesCsi' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesCsi(obj: AlertmanagerSpecVolumesCsi | undefined): Record<string, any> | undefined;
/**
 * downwardAPI represents downward API about the pod that should populate this volume
 *
 * @schema AlertmanagerSpecVolumesDownwardApi
 */
export interface AlertmanagerSpecVolumesDownwardApi {
    /**
     * Optional: mode bits to use on created files by default. Must be a
     * Optional: mode bits used to set permissions on created files by default.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * Defaults to 0644.
     * Directories within the path are not affected by this setting.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @default 0644.
     * @schema AlertmanagerSpecVolumesDownwardApi#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * Items is a list of downward API volume file
     *
     * @schema AlertmanagerSpecVolumesDownwardApi#items
     */
    readonly items?: AlertmanagerSpecVolumesDownwardApiItems[];
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesDownwardApi' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesDownwardApi(obj: AlertmanagerSpecVolumesDownwardApi | undefined): Record<string, any> | undefined;
/**
 * emptyDir represents a temporary directory that shares a pod's lifetime.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
 *
 * @schema AlertmanagerSpecVolumesEmptyDir
 */
export interface AlertmanagerSpecVolumesEmptyDir {
    /**
     * medium represents what type of storage medium should back this directory.
     * The default is "" which means to use the node's default medium.
     * Must be an empty string (default) or Memory.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
     *
     * @schema AlertmanagerSpecVolumesEmptyDir#medium
     */
    readonly medium?: string;
    /**
     * sizeLimit is the total amount of local storage required for this EmptyDir volume.
     * The size limit is also applicable for memory medium.
     * The maximum usage on memory medium EmptyDir would be the minimum value between
     * the SizeLimit specified here and the sum of memory limits of all containers in a pod.
     * The default is nil which means that the limit is undefined.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
     *
     * @schema AlertmanagerSpecVolumesEmptyDir#sizeLimit
     */
    readonly sizeLimit?: AlertmanagerSpecVolumesEmptyDirSizeLimit;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesEmptyDir' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesEmptyDir(obj: AlertmanagerSpecVolumesEmptyDir | undefined): Record<string, any> | undefined;
/**
 * ephemeral represents a volume that is handled by a cluster storage driver.
 * The volume's lifecycle is tied to the pod that defines it - it will be created before the pod starts,
 * and deleted when the pod is removed.
 *
 * Use this if:
 * a) the volume is only needed while the pod runs,
 * b) features of normal volumes like restoring from snapshot or capacity
 * tracking are needed,
 * c) the storage driver is specified through a storage class, and
 * d) the storage driver supports dynamic volume provisioning through
 * a PersistentVolumeClaim (see EphemeralVolumeSource for more
 * information on the connection between this volume type
 * and PersistentVolumeClaim).
 *
 * Use PersistentVolumeClaim or one of the vendor-specific
 * APIs for volumes that persist for longer than the lifecycle
 * of an individual pod.
 *
 * Use CSI for light-weight local ephemeral volumes if the CSI driver is meant to
 * be used that way - see the documentation of the driver for
 * more information.
 *
 * A pod can use both types of ephemeral volumes and
 * persistent volumes at the same time.
 *
 * @schema AlertmanagerSpecVolumesEphemeral
 */
export interface AlertmanagerSpecVolumesEphemeral {
    /**
     * Will be used to create a stand-alone PVC to provision the volume.
     * The pod in which this EphemeralVolumeSource is embedded will be the
     * owner of the PVC, i.e. the PVC will be deleted together with the
     * pod.  The name of the PVC will be `<pod name>-<volume name>` where
     * `<volume name>` is the name from the `PodSpec.Volumes` array
     * entry. Pod validation will reject the pod if the concatenated name
     * is not valid for a PVC (for example, too long).
     *
     * An existing PVC with that name that is not owned by the pod
     * will *not* be used for the pod to avoid using an unrelated
     * volume by mistake. Starting the pod is then blocked until
     * the unrelated PVC is removed. If such a pre-created PVC is
     * meant to be used by the pod, the PVC has to updated with an
     * owner reference to the pod once the pod exists. Normally
     * this should not be necessary, but it may be useful when
     * manually reconstructing a broken cluster.
     *
     * This field is read-only and no changes will be made by Kubernetes
     * to the PVC after it has been created.
     *
     * Required, must not be nil.
     *
     * @schema AlertmanagerSpecVolumesEphemeral#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: AlertmanagerSpecVolumesEphemeralVolumeClaimTemplate;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesEphemeral' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesEphemeral(obj: AlertmanagerSpecVolumesEphemeral | undefined): Record<string, any> | undefined;
/**
 * fc represents a Fibre Channel resource that is attached to a kubelet's host machine and then exposed to the pod.
 *
 * @schema AlertmanagerSpecVolumesFc
 */
export interface AlertmanagerSpecVolumesFc {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema AlertmanagerSpecVolumesFc#fsType
     */
    readonly fsType?: string;
    /**
     * lun is Optional: FC target lun number
     *
     * @schema AlertmanagerSpecVolumesFc#lun
     */
    readonly lun?: number;
    /**
     * readOnly is Optional: Defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @default false (read/write). ReadOnly here will force
     * @schema AlertmanagerSpecVolumesFc#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * targetWWNs is Optional: FC target worldwide names (WWNs)
     *
     * @schema AlertmanagerSpecVolumesFc#targetWWNs
     */
    readonly targetWwNs?: string[];
    /**
     * wwids Optional: FC volume world wide identifiers (wwids)
     * Either wwids or combination of targetWWNs and lun must be set, but not both simultaneously.
     *
     * @schema AlertmanagerSpecVolumesFc#wwids
     */
    readonly wwids?: string[];
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesFc' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesFc(obj: AlertmanagerSpecVolumesFc | undefined): Record<string, any> | undefined;
/**
 * flexVolume represents a generic volume resource that is
 * provisioned/attached using an exec based plugin.
 * Deprecated: FlexVolume is deprecated. Consider using a CSIDriver instead.
 *
 * @schema AlertmanagerSpecVolumesFlexVolume
 */
export interface AlertmanagerSpecVolumesFlexVolume {
    /**
     * driver is the name of the driver to use for this volume.
     *
     * @schema AlertmanagerSpecVolumesFlexVolume#driver
     */
    readonly driver: string;
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". The default filesystem depends on FlexVolume script.
     *
     * @schema AlertmanagerSpecVolumesFlexVolume#fsType
     */
    readonly fsType?: string;
    /**
     * options is Optional: this field holds extra command options if any.
     *
     * @schema AlertmanagerSpecVolumesFlexVolume#options
     */
    readonly options?: {
        [key: string]: string;
    };
    /**
     * readOnly is Optional: defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @schema AlertmanagerSpecVolumesFlexVolume#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef is Optional: secretRef is reference to the secret object containing
     * sensitive information to pass to the plugin scripts. This may be
     * empty if no secret object is specified. If the secret object
     * contains more than one secret, all secrets are passed to the plugin
     * scripts.
     *
     * @schema AlertmanagerSpecVolumesFlexVolume#secretRef
     */
    readonly secretRef?: AlertmanagerSpecVolumesFlexVolumeSecretRef;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesFlexVolume' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesFlexVolume(obj: AlertmanagerSpecVolumesFlexVolume | undefined): Record<string, any> | undefined;
/**
 * flocker represents a Flocker volume attached to a kubelet's host machine. This depends on the Flocker control service being running.
 * Deprecated: Flocker is deprecated and the in-tree flocker type is no longer supported.
 *
 * @schema AlertmanagerSpecVolumesFlocker
 */
export interface AlertmanagerSpecVolumesFlocker {
    /**
     * datasetName is Name of the dataset stored as metadata -> name on the dataset for Flocker
     * should be considered as deprecated
     *
     * @schema AlertmanagerSpecVolumesFlocker#datasetName
     */
    readonly datasetName?: string;
    /**
     * datasetUUID is the UUID of the dataset. This is unique identifier of a Flocker dataset
     *
     * @schema AlertmanagerSpecVolumesFlocker#datasetUUID
     */
    readonly datasetUuid?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesFlocker' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesFlocker(obj: AlertmanagerSpecVolumesFlocker | undefined): Record<string, any> | undefined;
/**
 * gcePersistentDisk represents a GCE Disk resource that is attached to a
 * kubelet's host machine and then exposed to the pod.
 * Deprecated: GCEPersistentDisk is deprecated. All operations for the in-tree
 * gcePersistentDisk type are redirected to the pd.csi.storage.gke.io CSI driver.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
 *
 * @schema AlertmanagerSpecVolumesGcePersistentDisk
 */
export interface AlertmanagerSpecVolumesGcePersistentDisk {
    /**
     * fsType is filesystem type of the volume that you want to mount.
     * Tip: Ensure that the filesystem type is supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @schema AlertmanagerSpecVolumesGcePersistentDisk#fsType
     */
    readonly fsType?: string;
    /**
     * partition is the partition in the volume that you want to mount.
     * If omitted, the default is to mount by volume name.
     * Examples: For volume /dev/sda1, you specify the partition as "1".
     * Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty).
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @schema AlertmanagerSpecVolumesGcePersistentDisk#partition
     */
    readonly partition?: number;
    /**
     * pdName is unique name of the PD resource in GCE. Used to identify the disk in GCE.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @schema AlertmanagerSpecVolumesGcePersistentDisk#pdName
     */
    readonly pdName: string;
    /**
     * readOnly here will force the ReadOnly setting in VolumeMounts.
     * Defaults to false.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @default false.
     * @schema AlertmanagerSpecVolumesGcePersistentDisk#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesGcePersistentDisk' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesGcePersistentDisk(obj: AlertmanagerSpecVolumesGcePersistentDisk | undefined): Record<string, any> | undefined;
/**
 * gitRepo represents a git repository at a particular revision.
 * Deprecated: GitRepo is deprecated. To provision a container with a git repo, mount an
 * EmptyDir into an InitContainer that clones the repo using git, then mount the EmptyDir
 * into the Pod's container.
 *
 * @schema AlertmanagerSpecVolumesGitRepo
 */
export interface AlertmanagerSpecVolumesGitRepo {
    /**
     * directory is the target directory name.
     * Must not contain or start with '..'.  If '.' is supplied, the volume directory will be the
     * git repository.  Otherwise, if specified, the volume will contain the git repository in
     * the subdirectory with the given name.
     *
     * @schema AlertmanagerSpecVolumesGitRepo#directory
     */
    readonly directory?: string;
    /**
     * repository is the URL
     *
     * @schema AlertmanagerSpecVolumesGitRepo#repository
     */
    readonly repository: string;
    /**
     * revision is the commit hash for the specified revision.
     *
     * @schema AlertmanagerSpecVolumesGitRepo#revision
     */
    readonly revision?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesGitRepo' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesGitRepo(obj: AlertmanagerSpecVolumesGitRepo | undefined): Record<string, any> | undefined;
/**
 * glusterfs represents a Glusterfs mount on the host that shares a pod's lifetime.
 * Deprecated: Glusterfs is deprecated and the in-tree glusterfs type is no longer supported.
 *
 * @schema AlertmanagerSpecVolumesGlusterfs
 */
export interface AlertmanagerSpecVolumesGlusterfs {
    /**
     * endpoints is the endpoint name that details Glusterfs topology.
     *
     * @schema AlertmanagerSpecVolumesGlusterfs#endpoints
     */
    readonly endpoints: string;
    /**
     * path is the Glusterfs volume path.
     * More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
     *
     * @schema AlertmanagerSpecVolumesGlusterfs#path
     */
    readonly path: string;
    /**
     * readOnly here will force the Glusterfs volume to be mounted with read-only permissions.
     * Defaults to false.
     * More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
     *
     * @default false.
     * @schema AlertmanagerSpecVolumesGlusterfs#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesGlusterfs' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesGlusterfs(obj: AlertmanagerSpecVolumesGlusterfs | undefined): Record<string, any> | undefined;
/**
 * hostPath represents a pre-existing file or directory on the host
 * machine that is directly exposed to the container. This is generally
 * used for system agents or other privileged things that are allowed
 * to see the host machine. Most containers will NOT need this.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
 *
 * @schema AlertmanagerSpecVolumesHostPath
 */
export interface AlertmanagerSpecVolumesHostPath {
    /**
     * path of the directory on the host.
     * If the path is a symlink, it will follow the link to the real path.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
     *
     * @schema AlertmanagerSpecVolumesHostPath#path
     */
    readonly path: string;
    /**
     * type for HostPath Volume
     * Defaults to ""
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
     *
     * @default More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
     * @schema AlertmanagerSpecVolumesHostPath#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesHostPath' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesHostPath(obj: AlertmanagerSpecVolumesHostPath | undefined): Record<string, any> | undefined;
/**
 * image represents an OCI object (a container image or artifact) pulled and mounted on the kubelet's host machine.
 * The volume is resolved at pod startup depending on which PullPolicy value is provided:
 *
 * - Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails.
 * - Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present.
 * - IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails.
 *
 * The volume gets re-resolved if the pod gets deleted and recreated, which means that new remote content will become available on pod recreation.
 * A failure to resolve or pull the image during pod startup will block containers from starting and may add significant latency. Failures will be retried using normal volume backoff and will be reported on the pod reason and message.
 * The types of objects that may be mounted by this volume are defined by the container runtime implementation on a host machine and at minimum must include all valid types supported by the container image field.
 * The OCI object gets mounted in a single directory (spec.containers[*].volumeMounts.mountPath) by merging the manifest layers in the same way as for container images.
 * The volume will be mounted read-only (ro).
 * Sub path mounts for containers are not supported (spec.containers[*].volumeMounts.subpath) before 1.33.
 * The field spec.securityContext.fsGroupChangePolicy has no effect on this volume type.
 *
 * @schema AlertmanagerSpecVolumesImage
 */
export interface AlertmanagerSpecVolumesImage {
    /**
     * Policy for pulling OCI objects. Possible values are:
     * Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails.
     * Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present.
     * IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails.
     * Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.
     *
     * @default Always if :latest tag is specified, or IfNotPresent otherwise.
     * @schema AlertmanagerSpecVolumesImage#pullPolicy
     */
    readonly pullPolicy?: string;
    /**
     * Required: Image or artifact reference to be used.
     * Behaves in the same way as pod.spec.containers[*].image.
     * Pull secrets will be assembled in the same way as for the container image by looking up node credentials, SA image pull secrets, and pod spec image pull secrets.
     * More info: https://kubernetes.io/docs/concepts/containers/images
     * This field is optional to allow higher level config management to default or override
     * container images in workload controllers like Deployments and StatefulSets.
     *
     * @schema AlertmanagerSpecVolumesImage#reference
     */
    readonly reference?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesImage' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesImage(obj: AlertmanagerSpecVolumesImage | undefined): Record<string, any> | undefined;
/**
 * iscsi represents an ISCSI Disk resource that is attached to a
 * kubelet's host machine and then exposed to the pod.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes/#iscsi
 *
 * @schema AlertmanagerSpecVolumesIscsi
 */
export interface AlertmanagerSpecVolumesIscsi {
    /**
     * chapAuthDiscovery defines whether support iSCSI Discovery CHAP authentication
     *
     * @schema AlertmanagerSpecVolumesIscsi#chapAuthDiscovery
     */
    readonly chapAuthDiscovery?: boolean;
    /**
     * chapAuthSession defines whether support iSCSI Session CHAP authentication
     *
     * @schema AlertmanagerSpecVolumesIscsi#chapAuthSession
     */
    readonly chapAuthSession?: boolean;
    /**
     * fsType is the filesystem type of the volume that you want to mount.
     * Tip: Ensure that the filesystem type is supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#iscsi
     *
     * @schema AlertmanagerSpecVolumesIscsi#fsType
     */
    readonly fsType?: string;
    /**
     * initiatorName is the custom iSCSI Initiator Name.
     * If initiatorName is specified with iscsiInterface simultaneously, new iSCSI interface
     * <target portal>:<volume name> will be created for the connection.
     *
     * @schema AlertmanagerSpecVolumesIscsi#initiatorName
     */
    readonly initiatorName?: string;
    /**
     * iqn is the target iSCSI Qualified Name.
     *
     * @schema AlertmanagerSpecVolumesIscsi#iqn
     */
    readonly iqn: string;
    /**
     * iscsiInterface is the interface Name that uses an iSCSI transport.
     * Defaults to 'default' (tcp).
     *
     * @default default' (tcp).
     * @schema AlertmanagerSpecVolumesIscsi#iscsiInterface
     */
    readonly iscsiInterface?: string;
    /**
     * lun represents iSCSI Target Lun number.
     *
     * @schema AlertmanagerSpecVolumesIscsi#lun
     */
    readonly lun: number;
    /**
     * portals is the iSCSI Target Portal List. The portal is either an IP or ip_addr:port if the port
     * is other than default (typically TCP ports 860 and 3260).
     *
     * @schema AlertmanagerSpecVolumesIscsi#portals
     */
    readonly portals?: string[];
    /**
     * readOnly here will force the ReadOnly setting in VolumeMounts.
     * Defaults to false.
     *
     * @default false.
     * @schema AlertmanagerSpecVolumesIscsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef is the CHAP Secret for iSCSI target and initiator authentication
     *
     * @schema AlertmanagerSpecVolumesIscsi#secretRef
     */
    readonly secretRef?: AlertmanagerSpecVolumesIscsiSecretRef;
    /**
     * targetPortal is iSCSI Target Portal. The Portal is either an IP or ip_addr:port if the port
     * is other than default (typically TCP ports 860 and 3260).
     *
     * @schema AlertmanagerSpecVolumesIscsi#targetPortal
     */
    readonly targetPortal: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesIscsi' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesIscsi(obj: AlertmanagerSpecVolumesIscsi | undefined): Record<string, any> | undefined;
/**
 * nfs represents an NFS mount on the host that shares a pod's lifetime
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
 *
 * @schema AlertmanagerSpecVolumesNfs
 */
export interface AlertmanagerSpecVolumesNfs {
    /**
     * path that is exported by the NFS server.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
     *
     * @schema AlertmanagerSpecVolumesNfs#path
     */
    readonly path: string;
    /**
     * readOnly here will force the NFS export to be mounted with read-only permissions.
     * Defaults to false.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
     *
     * @default false.
     * @schema AlertmanagerSpecVolumesNfs#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * server is the hostname or IP address of the NFS server.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
     *
     * @schema AlertmanagerSpecVolumesNfs#server
     */
    readonly server: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesNfs' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesNfs(obj: AlertmanagerSpecVolumesNfs | undefined): Record<string, any> | undefined;
/**
 * persistentVolumeClaimVolumeSource represents a reference to a
 * PersistentVolumeClaim in the same namespace.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
 *
 * @schema AlertmanagerSpecVolumesPersistentVolumeClaim
 */
export interface AlertmanagerSpecVolumesPersistentVolumeClaim {
    /**
     * claimName is the name of a PersistentVolumeClaim in the same namespace as the pod using this volume.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
     *
     * @schema AlertmanagerSpecVolumesPersistentVolumeClaim#claimName
     */
    readonly claimName: string;
    /**
     * readOnly Will force the ReadOnly setting in VolumeMounts.
     * Default false.
     *
     * @schema AlertmanagerSpecVolumesPersistentVolumeClaim#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesPersistentVolumeClaim' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesPersistentVolumeClaim(obj: AlertmanagerSpecVolumesPersistentVolumeClaim | undefined): Record<string, any> | undefined;
/**
 * photonPersistentDisk represents a PhotonController persistent disk attached and mounted on kubelets host machine.
 * Deprecated: PhotonPersistentDisk is deprecated and the in-tree photonPersistentDisk type is no longer supported.
 *
 * @schema AlertmanagerSpecVolumesPhotonPersistentDisk
 */
export interface AlertmanagerSpecVolumesPhotonPersistentDisk {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema AlertmanagerSpecVolumesPhotonPersistentDisk#fsType
     */
    readonly fsType?: string;
    /**
     * pdID is the ID that identifies Photon Controller persistent disk
     *
     * @schema AlertmanagerSpecVolumesPhotonPersistentDisk#pdID
     */
    readonly pdId: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesPhotonPersistentDisk' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesPhotonPersistentDisk(obj: AlertmanagerSpecVolumesPhotonPersistentDisk | undefined): Record<string, any> | undefined;
/**
 * portworxVolume represents a portworx volume attached and mounted on kubelets host machine.
 * Deprecated: PortworxVolume is deprecated. All operations for the in-tree portworxVolume type
 * are redirected to the pxd.portworx.com CSI driver.
 *
 * @schema AlertmanagerSpecVolumesPortworxVolume
 */
export interface AlertmanagerSpecVolumesPortworxVolume {
    /**
     * fSType represents the filesystem type to mount
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema AlertmanagerSpecVolumesPortworxVolume#fsType
     */
    readonly fsType?: string;
    /**
     * readOnly defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @schema AlertmanagerSpecVolumesPortworxVolume#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * volumeID uniquely identifies a Portworx volume
     *
     * @schema AlertmanagerSpecVolumesPortworxVolume#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesPortworxVolume' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesPortworxVolume(obj: AlertmanagerSpecVolumesPortworxVolume | undefined): Record<string, any> | undefined;
/**
 * projected items for all in one resources secrets, configmaps, and downward API
 *
 * @schema AlertmanagerSpecVolumesProjected
 */
export interface AlertmanagerSpecVolumesProjected {
    /**
     * defaultMode are the mode bits used to set permissions on created files by default.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * Directories within the path are not affected by this setting.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema AlertmanagerSpecVolumesProjected#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * sources is the list of volume projections. Each entry in this list
     * handles one source.
     *
     * @schema AlertmanagerSpecVolumesProjected#sources
     */
    readonly sources?: AlertmanagerSpecVolumesProjectedSources[];
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesProjected' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesProjected(obj: AlertmanagerSpecVolumesProjected | undefined): Record<string, any> | undefined;
/**
 * quobyte represents a Quobyte mount on the host that shares a pod's lifetime.
 * Deprecated: Quobyte is deprecated and the in-tree quobyte type is no longer supported.
 *
 * @schema AlertmanagerSpecVolumesQuobyte
 */
export interface AlertmanagerSpecVolumesQuobyte {
    /**
     * group to map volume access to
     * Default is no group
     *
     * @default no group
     * @schema AlertmanagerSpecVolumesQuobyte#group
     */
    readonly group?: string;
    /**
     * readOnly here will force the Quobyte volume to be mounted with read-only permissions.
     * Defaults to false.
     *
     * @default false.
     * @schema AlertmanagerSpecVolumesQuobyte#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * registry represents a single or multiple Quobyte Registry services
     * specified as a string as host:port pair (multiple entries are separated with commas)
     * which acts as the central registry for volumes
     *
     * @schema AlertmanagerSpecVolumesQuobyte#registry
     */
    readonly registry: string;
    /**
     * tenant owning the given Quobyte volume in the Backend
     * Used with dynamically provisioned Quobyte volumes, value is set by the plugin
     *
     * @schema AlertmanagerSpecVolumesQuobyte#tenant
     */
    readonly tenant?: string;
    /**
     * user to map volume access to
     * Defaults to serivceaccount user
     *
     * @default serivceaccount user
     * @schema AlertmanagerSpecVolumesQuobyte#user
     */
    readonly user?: string;
    /**
     * volume is a string that references an already created Quobyte volume by name.
     *
     * @schema AlertmanagerSpecVolumesQuobyte#volume
     */
    readonly volume: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesQuobyte' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesQuobyte(obj: AlertmanagerSpecVolumesQuobyte | undefined): Record<string, any> | undefined;
/**
 * rbd represents a Rados Block Device mount on the host that shares a pod's lifetime.
 * Deprecated: RBD is deprecated and the in-tree rbd type is no longer supported.
 *
 * @schema AlertmanagerSpecVolumesRbd
 */
export interface AlertmanagerSpecVolumesRbd {
    /**
     * fsType is the filesystem type of the volume that you want to mount.
     * Tip: Ensure that the filesystem type is supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#rbd
     *
     * @schema AlertmanagerSpecVolumesRbd#fsType
     */
    readonly fsType?: string;
    /**
     * image is the rados image name.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @schema AlertmanagerSpecVolumesRbd#image
     */
    readonly image: string;
    /**
     * keyring is the path to key ring for RBDUser.
     * Default is /etc/ceph/keyring.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default etc/ceph/keyring.
     * @schema AlertmanagerSpecVolumesRbd#keyring
     */
    readonly keyring?: string;
    /**
     * monitors is a collection of Ceph monitors.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @schema AlertmanagerSpecVolumesRbd#monitors
     */
    readonly monitors: string[];
    /**
     * pool is the rados pool name.
     * Default is rbd.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default rbd.
     * @schema AlertmanagerSpecVolumesRbd#pool
     */
    readonly pool?: string;
    /**
     * readOnly here will force the ReadOnly setting in VolumeMounts.
     * Defaults to false.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default false.
     * @schema AlertmanagerSpecVolumesRbd#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef is name of the authentication secret for RBDUser. If provided
     * overrides keyring.
     * Default is nil.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default nil.
     * @schema AlertmanagerSpecVolumesRbd#secretRef
     */
    readonly secretRef?: AlertmanagerSpecVolumesRbdSecretRef;
    /**
     * user is the rados user name.
     * Default is admin.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default admin.
     * @schema AlertmanagerSpecVolumesRbd#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesRbd' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesRbd(obj: AlertmanagerSpecVolumesRbd | undefined): Record<string, any> | undefined;
/**
 * scaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes.
 * Deprecated: ScaleIO is deprecated and the in-tree scaleIO type is no longer supported.
 *
 * @schema AlertmanagerSpecVolumesScaleIo
 */
export interface AlertmanagerSpecVolumesScaleIo {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs".
     * Default is "xfs".
     *
     * @default xfs".
     * @schema AlertmanagerSpecVolumesScaleIo#fsType
     */
    readonly fsType?: string;
    /**
     * gateway is the host address of the ScaleIO API Gateway.
     *
     * @schema AlertmanagerSpecVolumesScaleIo#gateway
     */
    readonly gateway: string;
    /**
     * protectionDomain is the name of the ScaleIO Protection Domain for the configured storage.
     *
     * @schema AlertmanagerSpecVolumesScaleIo#protectionDomain
     */
    readonly protectionDomain?: string;
    /**
     * readOnly Defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @default false (read/write). ReadOnly here will force
     * @schema AlertmanagerSpecVolumesScaleIo#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef references to the secret for ScaleIO user and other
     * sensitive information. If this is not provided, Login operation will fail.
     *
     * @schema AlertmanagerSpecVolumesScaleIo#secretRef
     */
    readonly secretRef: AlertmanagerSpecVolumesScaleIoSecretRef;
    /**
     * sslEnabled Flag enable/disable SSL communication with Gateway, default false
     *
     * @schema AlertmanagerSpecVolumesScaleIo#sslEnabled
     */
    readonly sslEnabled?: boolean;
    /**
     * storageMode indicates whether the storage for a volume should be ThickProvisioned or ThinProvisioned.
     * Default is ThinProvisioned.
     *
     * @default ThinProvisioned.
     * @schema AlertmanagerSpecVolumesScaleIo#storageMode
     */
    readonly storageMode?: string;
    /**
     * storagePool is the ScaleIO Storage Pool associated with the protection domain.
     *
     * @schema AlertmanagerSpecVolumesScaleIo#storagePool
     */
    readonly storagePool?: string;
    /**
     * system is the name of the storage system as configured in ScaleIO.
     *
     * @schema AlertmanagerSpecVolumesScaleIo#system
     */
    readonly system: string;
    /**
     * volumeName is the name of a volume already created in the ScaleIO system
     * that is associated with this volume source.
     *
     * @schema AlertmanagerSpecVolumesScaleIo#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesScaleIo' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesScaleIo(obj: AlertmanagerSpecVolumesScaleIo | undefined): Record<string, any> | undefined;
/**
 * secret represents a secret that should populate this volume.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
 *
 * @schema AlertmanagerSpecVolumesSecret
 */
export interface AlertmanagerSpecVolumesSecret {
    /**
     * defaultMode is Optional: mode bits used to set permissions on created files by default.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values
     * for mode bits. Defaults to 0644.
     * Directories within the path are not affected by this setting.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @default 0644.
     * @schema AlertmanagerSpecVolumesSecret#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * items If unspecified, each key-value pair in the Data field of the referenced
     * Secret will be projected into the volume as a file whose name is the
     * key and content is the value. If specified, the listed keys will be
     * projected into the specified paths, and unlisted keys will not be
     * present. If a key is specified which is not present in the Secret,
     * the volume setup will error unless it is marked optional. Paths must be
     * relative and may not contain the '..' path or start with '..'.
     *
     * @schema AlertmanagerSpecVolumesSecret#items
     */
    readonly items?: AlertmanagerSpecVolumesSecretItems[];
    /**
     * optional field specify whether the Secret or its keys must be defined
     *
     * @schema AlertmanagerSpecVolumesSecret#optional
     */
    readonly optional?: boolean;
    /**
     * secretName is the name of the secret in the pod's namespace to use.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
     *
     * @schema AlertmanagerSpecVolumesSecret#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesSecret' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesSecret(obj: AlertmanagerSpecVolumesSecret | undefined): Record<string, any> | undefined;
/**
 * storageOS represents a StorageOS volume attached and mounted on Kubernetes nodes.
 * Deprecated: StorageOS is deprecated and the in-tree storageos type is no longer supported.
 *
 * @schema AlertmanagerSpecVolumesStorageos
 */
export interface AlertmanagerSpecVolumesStorageos {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema AlertmanagerSpecVolumesStorageos#fsType
     */
    readonly fsType?: string;
    /**
     * readOnly defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @schema AlertmanagerSpecVolumesStorageos#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef specifies the secret to use for obtaining the StorageOS API
     * credentials.  If not specified, default values will be attempted.
     *
     * @schema AlertmanagerSpecVolumesStorageos#secretRef
     */
    readonly secretRef?: AlertmanagerSpecVolumesStorageosSecretRef;
    /**
     * volumeName is the human-readable name of the StorageOS volume.  Volume
     * names are only unique within a namespace.
     *
     * @schema AlertmanagerSpecVolumesStorageos#volumeName
     */
    readonly volumeName?: string;
    /**
     * volumeNamespace specifies the scope of the volume within StorageOS.  If no
     * namespace is specified then the Pod's namespace will be used.  This allows the
     * Kubernetes name scoping to be mirrored within StorageOS for tighter integration.
     * Set VolumeName to any name to override the default behaviour.
     * Set to "default" if you are not using namespaces within StorageOS.
     * Namespaces that do not pre-exist within StorageOS will be created.
     *
     * @schema AlertmanagerSpecVolumesStorageos#volumeNamespace
     */
    readonly volumeNamespace?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesStorageos' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesStorageos(obj: AlertmanagerSpecVolumesStorageos | undefined): Record<string, any> | undefined;
/**
 * vsphereVolume represents a vSphere volume attached and mounted on kubelets host machine.
 * Deprecated: VsphereVolume is deprecated. All operations for the in-tree vsphereVolume type
 * are redirected to the csi.vsphere.vmware.com CSI driver.
 *
 * @schema AlertmanagerSpecVolumesVsphereVolume
 */
export interface AlertmanagerSpecVolumesVsphereVolume {
    /**
     * fsType is filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema AlertmanagerSpecVolumesVsphereVolume#fsType
     */
    readonly fsType?: string;
    /**
     * storagePolicyID is the storage Policy Based Management (SPBM) profile ID associated with the StoragePolicyName.
     *
     * @schema AlertmanagerSpecVolumesVsphereVolume#storagePolicyID
     */
    readonly storagePolicyId?: string;
    /**
     * storagePolicyName is the storage Policy Based Management (SPBM) profile name.
     *
     * @schema AlertmanagerSpecVolumesVsphereVolume#storagePolicyName
     */
    readonly storagePolicyName?: string;
    /**
     * volumePath is the path that identifies vSphere volume vmdk
     *
     * @schema AlertmanagerSpecVolumesVsphereVolume#volumePath
     */
    readonly volumePath: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesVsphereVolume' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesVsphereVolume(obj: AlertmanagerSpecVolumesVsphereVolume | undefined): Record<string, any> | undefined;
/**
 * httpConfig defines HTTP parameters for web server.
 *
 * @schema AlertmanagerSpecWebHttpConfig
 */
export interface AlertmanagerSpecWebHttpConfig {
    /**
     * headers defines a list of headers that can be added to HTTP responses.
     *
     * @schema AlertmanagerSpecWebHttpConfig#headers
     */
    readonly headers?: AlertmanagerSpecWebHttpConfigHeaders;
    /**
     * http2 enable HTTP/2 support. Note that HTTP/2 is only supported with TLS.
     * When TLSConfig is not configured, HTTP/2 will be disabled.
     * Whenever the value of the field changes, a rolling update will be triggered.
     *
     * @schema AlertmanagerSpecWebHttpConfig#http2
     */
    readonly http2?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecWebHttpConfig' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecWebHttpConfig(obj: AlertmanagerSpecWebHttpConfig | undefined): Record<string, any> | undefined;
/**
 * tlsConfig defines the TLS parameters for HTTPS.
 *
 * @schema AlertmanagerSpecWebTlsConfig
 */
export interface AlertmanagerSpecWebTlsConfig {
    /**
     * cert defines the Secret or ConfigMap containing the TLS certificate for the web server.
     *
     * Either `keySecret` or `keyFile` must be defined.
     *
     * It is mutually exclusive with `certFile`.
     *
     * @schema AlertmanagerSpecWebTlsConfig#cert
     */
    readonly cert?: AlertmanagerSpecWebTlsConfigCert;
    /**
     * certFile defines the path to the TLS certificate file in the container for the web server.
     *
     * Either `keySecret` or `keyFile` must be defined.
     *
     * It is mutually exclusive with `cert`.
     *
     * @schema AlertmanagerSpecWebTlsConfig#certFile
     */
    readonly certFile?: string;
    /**
     * cipherSuites defines the list of supported cipher suites for TLS versions up to TLS 1.2.
     *
     * If not defined, the Go default cipher suites are used.
     * Available cipher suites are documented in the Go documentation:
     * https://golang.org/pkg/crypto/tls/#pkg-constants
     *
     * @schema AlertmanagerSpecWebTlsConfig#cipherSuites
     */
    readonly cipherSuites?: string[];
    /**
     * client_ca defines the Secret or ConfigMap containing the CA certificate for client certificate
     * authentication to the server.
     *
     * It is mutually exclusive with `clientCAFile`.
     *
     * @schema AlertmanagerSpecWebTlsConfig#client_ca
     */
    readonly clientCa?: AlertmanagerSpecWebTlsConfigClientCa;
    /**
     * clientAuthType defines the server policy for client TLS authentication.
     *
     * For more detail on clientAuth options:
     * https://golang.org/pkg/crypto/tls/#ClientAuthType
     *
     * @schema AlertmanagerSpecWebTlsConfig#clientAuthType
     */
    readonly clientAuthType?: string;
    /**
     * clientCAFile defines the path to the CA certificate file for client certificate authentication to
     * the server.
     *
     * It is mutually exclusive with `client_ca`.
     *
     * @schema AlertmanagerSpecWebTlsConfig#clientCAFile
     */
    readonly clientCaFile?: string;
    /**
     * curvePreferences defines elliptic curves that will be used in an ECDHE handshake, in preference
     * order.
     *
     * Available curves are documented in the Go documentation:
     * https://golang.org/pkg/crypto/tls/#CurveID
     *
     * @schema AlertmanagerSpecWebTlsConfig#curvePreferences
     */
    readonly curvePreferences?: string[];
    /**
     * keyFile defines the path to the TLS private key file in the container for the web server.
     *
     * If defined, either `cert` or `certFile` must be defined.
     *
     * It is mutually exclusive with `keySecret`.
     *
     * @schema AlertmanagerSpecWebTlsConfig#keyFile
     */
    readonly keyFile?: string;
    /**
     * keySecret defines the secret containing the TLS private key for the web server.
     *
     * Either `cert` or `certFile` must be defined.
     *
     * It is mutually exclusive with `keyFile`.
     *
     * @schema AlertmanagerSpecWebTlsConfig#keySecret
     */
    readonly keySecret?: AlertmanagerSpecWebTlsConfigKeySecret;
    /**
     * maxVersion defines the Maximum TLS version that is acceptable.
     *
     * @schema AlertmanagerSpecWebTlsConfig#maxVersion
     */
    readonly maxVersion?: string;
    /**
     * minVersion defines the minimum TLS version that is acceptable.
     *
     * @schema AlertmanagerSpecWebTlsConfig#minVersion
     */
    readonly minVersion?: string;
    /**
     * preferServerCipherSuites defines whether the server selects the client's most preferred cipher
     * suite, or the server's most preferred cipher suite.
     *
     * If true then the server's preference, as expressed in
     * the order of elements in cipherSuites, is used.
     *
     * @schema AlertmanagerSpecWebTlsConfig#preferServerCipherSuites
     */
    readonly preferServerCipherSuites?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecWebTlsConfig' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecWebTlsConfig(obj: AlertmanagerSpecWebTlsConfig | undefined): Record<string, any> | undefined;
/**
 * An empty preferred scheduling term matches all objects with implicit weight 0
 * (i.e. it's a no-op). A null preferred scheduling term matches no objects (i.e. is also a no-op).
 *
 * @schema AlertmanagerSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface AlertmanagerSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * A node selector term, associated with the corresponding weight.
     *
     * @schema AlertmanagerSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
     */
    readonly preference: AlertmanagerSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    /**
     * Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.
     *
     * @schema AlertmanagerSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'AlertmanagerSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: AlertmanagerSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * If the affinity requirements specified by this field are not met at
 * scheduling time, the pod will not be scheduled onto the node.
 * If the affinity requirements specified by this field cease to be met
 * at some point during pod execution (e.g. due to an update), the system
 * may or may not try to eventually evict the pod from its node.
 *
 * @schema AlertmanagerSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface AlertmanagerSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * Required. A list of node selector terms. The terms are ORed.
     *
     * @schema AlertmanagerSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
     */
    readonly nodeSelectorTerms: AlertmanagerSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
/**
 * Converts an object of type 'AlertmanagerSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: AlertmanagerSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * The weights of all of the matched WeightedPodAffinityTerm fields are added per-node to find the most preferred node(s)
 *
 * @schema AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * Required. A pod affinity term, associated with the corresponding weight.
     *
     * @schema AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * weight associated with matching the corresponding podAffinityTerm,
     * in the range 1-100.
     *
     * @schema AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * Defines a set of pods (namely those matching the labelSelector
 * relative to the given namespace(s)) that this pod should be
 * co-located (affinity) or not co-located (anti-affinity) with,
 * where co-located is defined as running on a node whose value of
 * the label with key <topologyKey> matches that of any node on which
 * a pod of the set of pods is running
 *
 * @schema AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MismatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * The weights of all of the matched WeightedPodAffinityTerm fields are added per-node to find the most preferred node(s)
 *
 * @schema AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * Required. A pod affinity term, associated with the corresponding weight.
     *
     * @schema AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * weight associated with matching the corresponding podAffinityTerm,
     * in the range 1-100.
     *
     * @schema AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * Defines a set of pods (namely those matching the labelSelector
 * relative to the given namespace(s)) that this pod should be
 * co-located (affinity) or not co-located (anti-affinity) with,
 * where co-located is defined as running on a node whose value of
 * the label with key <topologyKey> matches that of any node on which
 * a pod of the set of pods is running
 *
 * @schema AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MismatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * httpConfig defines the default HTTP configuration.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfig
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfig {
    /**
     * authorization configures the Authorization header credentials used by
     * the client.
     *
     * Cannot be set at the same time as `basicAuth`, `bearerTokenSecret` or `oauth2`.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfig#authorization
     */
    readonly authorization?: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigAuthorization;
    /**
     * basicAuth defines the Basic Authentication credentials used by the
     * client.
     *
     * Cannot be set at the same time as `authorization`, `bearerTokenSecret` or `oauth2`.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfig#basicAuth
     */
    readonly basicAuth?: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigBasicAuth;
    /**
     * bearerTokenSecret defines a key of a Secret containing the bearer token
     * used by the client for authentication. The secret needs to be in the
     * same namespace as the custom resource and readable by the Prometheus
     * Operator.
     *
     * Cannot be set at the same time as `authorization`, `basicAuth` or `oauth2`.
     *
     * Deprecated: use `authorization` instead.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfig#bearerTokenSecret
     */
    readonly bearerTokenSecret?: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigBearerTokenSecret;
    /**
     * enableHttp2 can be used to disable HTTP2.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfig#enableHttp2
     */
    readonly enableHttp2?: boolean;
    /**
     * followRedirects defines whether the client should follow HTTP 3xx
     * redirects.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfig#followRedirects
     */
    readonly followRedirects?: boolean;
    /**
     * noProxy defines a comma-separated string that can contain IPs, CIDR notation, domain names
     * that should be excluded from proxying. IP and domain names can
     * contain port numbers.
     *
     * It requires Prometheus >= v2.43.0, Alertmanager >= v0.25.0 or Thanos >= v0.32.0.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfig#noProxy
     */
    readonly noProxy?: string;
    /**
     * oauth2 defines the OAuth2 settings used by the client.
     *
     * It requires Prometheus >= 2.27.0.
     *
     * Cannot be set at the same time as `authorization`, `basicAuth` or `bearerTokenSecret`.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfig#oauth2
     */
    readonly oauth2?: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2;
    /**
     * proxyConnectHeader optionally specifies headers to send to
     * proxies during CONNECT requests.
     *
     * It requires Prometheus >= v2.43.0, Alertmanager >= v0.25.0 or Thanos >= v0.32.0.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfig#proxyConnectHeader
     */
    readonly proxyConnectHeader?: {
        [key: string]: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigProxyConnectHeader[];
    };
    /**
     * proxyFromEnvironment defines whether to use the proxy configuration defined by environment variables (HTTP_PROXY, HTTPS_PROXY, and NO_PROXY).
     *
     * It requires Prometheus >= v2.43.0, Alertmanager >= v0.25.0 or Thanos >= v0.32.0.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfig#proxyFromEnvironment
     */
    readonly proxyFromEnvironment?: boolean;
    /**
     * proxyUrl defines the HTTP proxy server to use.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfig#proxyUrl
     */
    readonly proxyUrl?: string;
    /**
     * tlsConfig defines the TLS configuration used by the client.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfig#tlsConfig
     */
    readonly tlsConfig?: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfig;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfig' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfig(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfig | undefined): Record<string, any> | undefined;
/**
 * jira defines the default configuration for Jira.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalJira
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalJira {
    /**
     * apiURL defines the default Jira API URL.
     *
     * It requires Alertmanager >= v0.28.0.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalJira#apiURL
     */
    readonly apiUrl?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalJira' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalJira(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalJira | undefined): Record<string, any> | undefined;
/**
 * mattermost defines the default Mattermost Config
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalMattermost
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalMattermost {
    /**
     * webhookURL defines the default Mattermost Webhook URL.
     *
     * It requires Alertmanager >= v0.32.0.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalMattermost#webhookURL
     */
    readonly webhookUrl?: AlertmanagerSpecAlertmanagerConfigurationGlobalMattermostWebhookUrl;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalMattermost' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalMattermost(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalMattermost | undefined): Record<string, any> | undefined;
/**
 * opsGenieApiKey defines the default OpsGenie API Key.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalOpsGenieApiKey
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalOpsGenieApiKey {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalOpsGenieApiKey#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalOpsGenieApiKey#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalOpsGenieApiKey#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalOpsGenieApiKey' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalOpsGenieApiKey(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalOpsGenieApiKey | undefined): Record<string, any> | undefined;
/**
 * opsGenieApiUrl defines the default OpsGenie API URL.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalOpsGenieApiUrl
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalOpsGenieApiUrl {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalOpsGenieApiUrl#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalOpsGenieApiUrl#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalOpsGenieApiUrl#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalOpsGenieApiUrl' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalOpsGenieApiUrl(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalOpsGenieApiUrl | undefined): Record<string, any> | undefined;
/**
 * rocketChat defines the default configuration for Rocket Chat.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalRocketChat
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalRocketChat {
    /**
     * apiURL defines the default Rocket Chat API URL.
     *
     * It requires Alertmanager >= v0.28.0.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalRocketChat#apiURL
     */
    readonly apiUrl?: string;
    /**
     * token defines the default Rocket Chat token.
     *
     * It requires Alertmanager >= v0.28.0.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalRocketChat#token
     */
    readonly token?: AlertmanagerSpecAlertmanagerConfigurationGlobalRocketChatToken;
    /**
     * tokenID defines the default Rocket Chat Token ID.
     *
     * It requires Alertmanager >= v0.28.0.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalRocketChat#tokenID
     */
    readonly tokenId?: AlertmanagerSpecAlertmanagerConfigurationGlobalRocketChatTokenId;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalRocketChat' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalRocketChat(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalRocketChat | undefined): Record<string, any> | undefined;
/**
 * slackApiUrl defines the default Slack API URL.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSlackApiUrl
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalSlackApiUrl {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSlackApiUrl#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSlackApiUrl#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSlackApiUrl#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalSlackApiUrl' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalSlackApiUrl(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalSlackApiUrl | undefined): Record<string, any> | undefined;
/**
 * smtp defines global SMTP parameters.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtp
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalSmtp {
    /**
     * authIdentity represents SMTP Auth using PLAIN
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtp#authIdentity
     */
    readonly authIdentity?: string;
    /**
     * authPassword represents SMTP Auth using LOGIN and PLAIN.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtp#authPassword
     */
    readonly authPassword?: AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpAuthPassword;
    /**
     * authSecret represents SMTP Auth using CRAM-MD5.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtp#authSecret
     */
    readonly authSecret?: AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpAuthSecret;
    /**
     * authUsername represents SMTP Auth using CRAM-MD5, LOGIN and PLAIN. If empty, Alertmanager doesn't authenticate to the SMTP server.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtp#authUsername
     */
    readonly authUsername?: string;
    /**
     * forceImplicitTLS defines whether to force use of implicit TLS (direct TLS connection) for better security.
     * true: force use of implicit TLS (direct TLS connection on any port)
     * false: force disable implicit TLS (use explicit TLS/STARTTLS if required)
     * nil (default): auto-detect based on port (465=implicit, other=explicit) for backward compatibility
     * It requires Alertmanager >= v0.31.0.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtp#forceImplicitTLS
     */
    readonly forceImplicitTls?: boolean;
    /**
     * from defines the default SMTP From header field.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtp#from
     */
    readonly from?: string;
    /**
     * hello defines the default hostname to identify to the SMTP server.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtp#hello
     */
    readonly hello?: string;
    /**
     * requireTLS defines the default SMTP TLS requirement.
     * Note that Go does not support unencrypted connections to remote SMTP endpoints.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtp#requireTLS
     */
    readonly requireTls?: boolean;
    /**
     * smartHost defines the default SMTP smarthost used for sending emails.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtp#smartHost
     */
    readonly smartHost?: AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpSmartHost;
    /**
     * tlsConfig defines the default TLS configuration for SMTP receivers
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtp#tlsConfig
     */
    readonly tlsConfig?: AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfig;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalSmtp' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalSmtp(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalSmtp | undefined): Record<string, any> | undefined;
/**
 * telegram defines the default Telegram config
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalTelegram
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalTelegram {
    /**
     * apiURL defines he default Telegram API URL.
     *
     * It requires Alertmanager >= v0.24.0.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalTelegram#apiURL
     */
    readonly apiUrl?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalTelegram' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalTelegram(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalTelegram | undefined): Record<string, any> | undefined;
/**
 * victorops defines the default configuration for VictorOps.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalVictorops
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalVictorops {
    /**
     * apiKey defines the default VictorOps API Key.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalVictorops#apiKey
     */
    readonly apiKey?: AlertmanagerSpecAlertmanagerConfigurationGlobalVictoropsApiKey;
    /**
     * apiURL defines the default VictorOps API URL.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalVictorops#apiURL
     */
    readonly apiUrl?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalVictorops' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalVictorops(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalVictorops | undefined): Record<string, any> | undefined;
/**
 * webex defines the default configuration for Webex.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalWebex
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalWebex {
    /**
     * apiURL defines the is the default Webex API URL.
     *
     * It requires Alertmanager >= v0.25.0.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalWebex#apiURL
     */
    readonly apiUrl?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalWebex' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalWebex(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalWebex | undefined): Record<string, any> | undefined;
/**
 * wechat defines the default WeChat Config
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalWechat
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalWechat {
    /**
     * apiCorpID defines the default WeChat API Corporate ID.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalWechat#apiCorpID
     */
    readonly apiCorpId?: string;
    /**
     * apiSecret defines the default WeChat API Secret.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalWechat#apiSecret
     */
    readonly apiSecret?: AlertmanagerSpecAlertmanagerConfigurationGlobalWechatApiSecret;
    /**
     * apiURL defines he default WeChat API URL.
     * The default value is "https://qyapi.weixin.qq.com/cgi-bin/"
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalWechat#apiURL
     */
    readonly apiUrl?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalWechat' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalWechat(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalWechat | undefined): Record<string, any> | undefined;
/**
 * configMap defines the ConfigMap containing data to use for the targets.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationTemplatesConfigMap
 */
export interface AlertmanagerSpecAlertmanagerConfigurationTemplatesConfigMap {
    /**
     * The key to select.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationTemplatesConfigMap#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationTemplatesConfigMap#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationTemplatesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationTemplatesConfigMap' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationTemplatesConfigMap(obj: AlertmanagerSpecAlertmanagerConfigurationTemplatesConfigMap | undefined): Record<string, any> | undefined;
/**
 * secret defines the Secret containing data to use for the targets.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationTemplatesSecret
 */
export interface AlertmanagerSpecAlertmanagerConfigurationTemplatesSecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationTemplatesSecret#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationTemplatesSecret#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationTemplatesSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationTemplatesSecret' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationTemplatesSecret(obj: AlertmanagerSpecAlertmanagerConfigurationTemplatesSecret | undefined): Record<string, any> | undefined;
/**
 * ca defines the Certificate authority used when verifying server certificates.
 *
 * @schema AlertmanagerSpecClusterTlsClientCa
 */
export interface AlertmanagerSpecClusterTlsClientCa {
    /**
     * configMap defines the ConfigMap containing data to use for the targets.
     *
     * @schema AlertmanagerSpecClusterTlsClientCa#configMap
     */
    readonly configMap?: AlertmanagerSpecClusterTlsClientCaConfigMap;
    /**
     * secret defines the Secret containing data to use for the targets.
     *
     * @schema AlertmanagerSpecClusterTlsClientCa#secret
     */
    readonly secret?: AlertmanagerSpecClusterTlsClientCaSecret;
}
/**
 * Converts an object of type 'AlertmanagerSpecClusterTlsClientCa' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecClusterTlsClientCa(obj: AlertmanagerSpecClusterTlsClientCa | undefined): Record<string, any> | undefined;
/**
 * cert defines the Client certificate to present when doing client-authentication.
 *
 * @schema AlertmanagerSpecClusterTlsClientCert
 */
export interface AlertmanagerSpecClusterTlsClientCert {
    /**
     * configMap defines the ConfigMap containing data to use for the targets.
     *
     * @schema AlertmanagerSpecClusterTlsClientCert#configMap
     */
    readonly configMap?: AlertmanagerSpecClusterTlsClientCertConfigMap;
    /**
     * secret defines the Secret containing data to use for the targets.
     *
     * @schema AlertmanagerSpecClusterTlsClientCert#secret
     */
    readonly secret?: AlertmanagerSpecClusterTlsClientCertSecret;
}
/**
 * Converts an object of type 'AlertmanagerSpecClusterTlsClientCert' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecClusterTlsClientCert(obj: AlertmanagerSpecClusterTlsClientCert | undefined): Record<string, any> | undefined;
/**
 * keySecret defines the Secret containing the client key file for the targets.
 *
 * @schema AlertmanagerSpecClusterTlsClientKeySecret
 */
export interface AlertmanagerSpecClusterTlsClientKeySecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecClusterTlsClientKeySecret#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecClusterTlsClientKeySecret#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecClusterTlsClientKeySecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecClusterTlsClientKeySecret' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecClusterTlsClientKeySecret(obj: AlertmanagerSpecClusterTlsClientKeySecret | undefined): Record<string, any> | undefined;
/**
 * maxVersion defines the maximum acceptable TLS version.
 *
 * It requires Prometheus >= v2.41.0 or Thanos >= v0.31.0.
 *
 * @schema AlertmanagerSpecClusterTlsClientMaxVersion
 */
export declare enum AlertmanagerSpecClusterTlsClientMaxVersion {
    /** TLS10 */
    TLS10 = "TLS10",
    /** TLS11 */
    TLS11 = "TLS11",
    /** TLS12 */
    TLS12 = "TLS12",
    /** TLS13 */
    TLS13 = "TLS13"
}
/**
 * minVersion defines the minimum acceptable TLS version.
 *
 * It requires Prometheus >= v2.35.0 or Thanos >= v0.28.0.
 *
 * @schema AlertmanagerSpecClusterTlsClientMinVersion
 */
export declare enum AlertmanagerSpecClusterTlsClientMinVersion {
    /** TLS10 */
    TLS10 = "TLS10",
    /** TLS11 */
    TLS11 = "TLS11",
    /** TLS12 */
    TLS12 = "TLS12",
    /** TLS13 */
    TLS13 = "TLS13"
}
/**
 * cert defines the Secret or ConfigMap containing the TLS certificate for the web server.
 *
 * Either `keySecret` or `keyFile` must be defined.
 *
 * It is mutually exclusive with `certFile`.
 *
 * @schema AlertmanagerSpecClusterTlsServerCert
 */
export interface AlertmanagerSpecClusterTlsServerCert {
    /**
     * configMap defines the ConfigMap containing data to use for the targets.
     *
     * @schema AlertmanagerSpecClusterTlsServerCert#configMap
     */
    readonly configMap?: AlertmanagerSpecClusterTlsServerCertConfigMap;
    /**
     * secret defines the Secret containing data to use for the targets.
     *
     * @schema AlertmanagerSpecClusterTlsServerCert#secret
     */
    readonly secret?: AlertmanagerSpecClusterTlsServerCertSecret;
}
/**
 * Converts an object of type 'AlertmanagerSpecClusterTlsServerCert' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecClusterTlsServerCert(obj: AlertmanagerSpecClusterTlsServerCert | undefined): Record<string, any> | undefined;
/**
 * client_ca defines the Secret or ConfigMap containing the CA certificate for client certificate
 * authentication to the server.
 *
 * It is mutually exclusive with `clientCAFile`.
 *
 * @schema AlertmanagerSpecClusterTlsServerClientCa
 */
export interface AlertmanagerSpecClusterTlsServerClientCa {
    /**
     * configMap defines the ConfigMap containing data to use for the targets.
     *
     * @schema AlertmanagerSpecClusterTlsServerClientCa#configMap
     */
    readonly configMap?: AlertmanagerSpecClusterTlsServerClientCaConfigMap;
    /**
     * secret defines the Secret containing data to use for the targets.
     *
     * @schema AlertmanagerSpecClusterTlsServerClientCa#secret
     */
    readonly secret?: AlertmanagerSpecClusterTlsServerClientCaSecret;
}
/**
 * Converts an object of type 'AlertmanagerSpecClusterTlsServerClientCa' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecClusterTlsServerClientCa(obj: AlertmanagerSpecClusterTlsServerClientCa | undefined): Record<string, any> | undefined;
/**
 * keySecret defines the secret containing the TLS private key for the web server.
 *
 * Either `cert` or `certFile` must be defined.
 *
 * It is mutually exclusive with `keyFile`.
 *
 * @schema AlertmanagerSpecClusterTlsServerKeySecret
 */
export interface AlertmanagerSpecClusterTlsServerKeySecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecClusterTlsServerKeySecret#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecClusterTlsServerKeySecret#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecClusterTlsServerKeySecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecClusterTlsServerKeySecret' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecClusterTlsServerKeySecret(obj: AlertmanagerSpecClusterTlsServerKeySecret | undefined): Record<string, any> | undefined;
/**
 * Source for the environment variable's value. Cannot be used if value is not empty.
 *
 * @schema AlertmanagerSpecContainersEnvValueFrom
 */
export interface AlertmanagerSpecContainersEnvValueFrom {
    /**
     * Selects a key of a ConfigMap.
     *
     * @schema AlertmanagerSpecContainersEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: AlertmanagerSpecContainersEnvValueFromConfigMapKeyRef;
    /**
     * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
     * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
     *
     * @schema AlertmanagerSpecContainersEnvValueFrom#fieldRef
     */
    readonly fieldRef?: AlertmanagerSpecContainersEnvValueFromFieldRef;
    /**
     * FileKeyRef selects a key of the env file.
     * Requires the EnvFiles feature gate to be enabled.
     *
     * @schema AlertmanagerSpecContainersEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: AlertmanagerSpecContainersEnvValueFromFileKeyRef;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
     *
     * @schema AlertmanagerSpecContainersEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: AlertmanagerSpecContainersEnvValueFromResourceFieldRef;
    /**
     * Selects a key of a secret in the pod's namespace
     *
     * @schema AlertmanagerSpecContainersEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: AlertmanagerSpecContainersEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersEnvValueFrom' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersEnvValueFrom(obj: AlertmanagerSpecContainersEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * The ConfigMap to select from
 *
 * @schema AlertmanagerSpecContainersEnvFromConfigMapRef
 */
export interface AlertmanagerSpecContainersEnvFromConfigMapRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecContainersEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap must be defined
     *
     * @schema AlertmanagerSpecContainersEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersEnvFromConfigMapRef(obj: AlertmanagerSpecContainersEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * The Secret to select from
 *
 * @schema AlertmanagerSpecContainersEnvFromSecretRef
 */
export interface AlertmanagerSpecContainersEnvFromSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecContainersEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret must be defined
     *
     * @schema AlertmanagerSpecContainersEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersEnvFromSecretRef(obj: AlertmanagerSpecContainersEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * PostStart is called immediately after a container is created. If the handler fails,
 * the container is terminated and restarted according to its restart policy.
 * Other management of the container blocks until the hook completes.
 * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
 *
 * @schema AlertmanagerSpecContainersLifecyclePostStart
 */
export interface AlertmanagerSpecContainersLifecyclePostStart {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema AlertmanagerSpecContainersLifecyclePostStart#exec
     */
    readonly exec?: AlertmanagerSpecContainersLifecyclePostStartExec;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema AlertmanagerSpecContainersLifecyclePostStart#httpGet
     */
    readonly httpGet?: AlertmanagerSpecContainersLifecyclePostStartHttpGet;
    /**
     * Sleep represents a duration that the container should sleep.
     *
     * @schema AlertmanagerSpecContainersLifecyclePostStart#sleep
     */
    readonly sleep?: AlertmanagerSpecContainersLifecyclePostStartSleep;
    /**
     * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
     * for backward compatibility. There is no validation of this field and
     * lifecycle hooks will fail at runtime when it is specified.
     *
     * @schema AlertmanagerSpecContainersLifecyclePostStart#tcpSocket
     */
    readonly tcpSocket?: AlertmanagerSpecContainersLifecyclePostStartTcpSocket;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersLifecyclePostStart' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersLifecyclePostStart(obj: AlertmanagerSpecContainersLifecyclePostStart | undefined): Record<string, any> | undefined;
/**
 * PreStop is called immediately before a container is terminated due to an
 * API request or management event such as liveness/startup probe failure,
 * preemption, resource contention, etc. The handler is not called if the
 * container crashes or exits. The Pod's termination grace period countdown begins before the
 * PreStop hook is executed. Regardless of the outcome of the handler, the
 * container will eventually terminate within the Pod's termination grace
 * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
 * or until the termination grace period is reached.
 * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
 *
 * @schema AlertmanagerSpecContainersLifecyclePreStop
 */
export interface AlertmanagerSpecContainersLifecyclePreStop {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema AlertmanagerSpecContainersLifecyclePreStop#exec
     */
    readonly exec?: AlertmanagerSpecContainersLifecyclePreStopExec;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema AlertmanagerSpecContainersLifecyclePreStop#httpGet
     */
    readonly httpGet?: AlertmanagerSpecContainersLifecyclePreStopHttpGet;
    /**
     * Sleep represents a duration that the container should sleep.
     *
     * @schema AlertmanagerSpecContainersLifecyclePreStop#sleep
     */
    readonly sleep?: AlertmanagerSpecContainersLifecyclePreStopSleep;
    /**
     * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
     * for backward compatibility. There is no validation of this field and
     * lifecycle hooks will fail at runtime when it is specified.
     *
     * @schema AlertmanagerSpecContainersLifecyclePreStop#tcpSocket
     */
    readonly tcpSocket?: AlertmanagerSpecContainersLifecyclePreStopTcpSocket;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersLifecyclePreStop' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersLifecyclePreStop(obj: AlertmanagerSpecContainersLifecyclePreStop | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema AlertmanagerSpecContainersLivenessProbeExec
 */
export interface AlertmanagerSpecContainersLivenessProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema AlertmanagerSpecContainersLivenessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersLivenessProbeExec' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersLivenessProbeExec(obj: AlertmanagerSpecContainersLivenessProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies a GRPC HealthCheckRequest.
 *
 * @schema AlertmanagerSpecContainersLivenessProbeGrpc
 */
export interface AlertmanagerSpecContainersLivenessProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema AlertmanagerSpecContainersLivenessProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema AlertmanagerSpecContainersLivenessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersLivenessProbeGrpc' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersLivenessProbeGrpc(obj: AlertmanagerSpecContainersLivenessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema AlertmanagerSpecContainersLivenessProbeHttpGet
 */
export interface AlertmanagerSpecContainersLivenessProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema AlertmanagerSpecContainersLivenessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema AlertmanagerSpecContainersLivenessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: AlertmanagerSpecContainersLivenessProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema AlertmanagerSpecContainersLivenessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema AlertmanagerSpecContainersLivenessProbeHttpGet#port
     */
    readonly port: AlertmanagerSpecContainersLivenessProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema AlertmanagerSpecContainersLivenessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersLivenessProbeHttpGet' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersLivenessProbeHttpGet(obj: AlertmanagerSpecContainersLivenessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies a connection to a TCP port.
 *
 * @schema AlertmanagerSpecContainersLivenessProbeTcpSocket
 */
export interface AlertmanagerSpecContainersLivenessProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema AlertmanagerSpecContainersLivenessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema AlertmanagerSpecContainersLivenessProbeTcpSocket#port
     */
    readonly port: AlertmanagerSpecContainersLivenessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersLivenessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersLivenessProbeTcpSocket(obj: AlertmanagerSpecContainersLivenessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema AlertmanagerSpecContainersReadinessProbeExec
 */
export interface AlertmanagerSpecContainersReadinessProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema AlertmanagerSpecContainersReadinessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersReadinessProbeExec' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersReadinessProbeExec(obj: AlertmanagerSpecContainersReadinessProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies a GRPC HealthCheckRequest.
 *
 * @schema AlertmanagerSpecContainersReadinessProbeGrpc
 */
export interface AlertmanagerSpecContainersReadinessProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema AlertmanagerSpecContainersReadinessProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema AlertmanagerSpecContainersReadinessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersReadinessProbeGrpc' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersReadinessProbeGrpc(obj: AlertmanagerSpecContainersReadinessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema AlertmanagerSpecContainersReadinessProbeHttpGet
 */
export interface AlertmanagerSpecContainersReadinessProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema AlertmanagerSpecContainersReadinessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema AlertmanagerSpecContainersReadinessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: AlertmanagerSpecContainersReadinessProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema AlertmanagerSpecContainersReadinessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema AlertmanagerSpecContainersReadinessProbeHttpGet#port
     */
    readonly port: AlertmanagerSpecContainersReadinessProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema AlertmanagerSpecContainersReadinessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersReadinessProbeHttpGet' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersReadinessProbeHttpGet(obj: AlertmanagerSpecContainersReadinessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies a connection to a TCP port.
 *
 * @schema AlertmanagerSpecContainersReadinessProbeTcpSocket
 */
export interface AlertmanagerSpecContainersReadinessProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema AlertmanagerSpecContainersReadinessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema AlertmanagerSpecContainersReadinessProbeTcpSocket#port
     */
    readonly port: AlertmanagerSpecContainersReadinessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersReadinessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersReadinessProbeTcpSocket(obj: AlertmanagerSpecContainersReadinessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema AlertmanagerSpecContainersResourcesClaims
 */
export interface AlertmanagerSpecContainersResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema AlertmanagerSpecContainersResourcesClaims#name
     */
    readonly name: string;
    /**
     * Request is the name chosen for a request in the referenced claim.
     * If empty, everything from the claim is made available, otherwise
     * only the result of this request.
     *
     * @schema AlertmanagerSpecContainersResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersResourcesClaims' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersResourcesClaims(obj: AlertmanagerSpecContainersResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema AlertmanagerSpecContainersResourcesLimits
 */
export declare class AlertmanagerSpecContainersResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecContainersResourcesLimits;
    static fromString(value: string): AlertmanagerSpecContainersResourcesLimits;
    private constructor();
}
/**
 * @schema AlertmanagerSpecContainersResourcesRequests
 */
export declare class AlertmanagerSpecContainersResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecContainersResourcesRequests;
    static fromString(value: string): AlertmanagerSpecContainersResourcesRequests;
    private constructor();
}
/**
 * Represents the exit codes to check on container exits.
 *
 * @schema AlertmanagerSpecContainersRestartPolicyRulesExitCodes
 */
export interface AlertmanagerSpecContainersRestartPolicyRulesExitCodes {
    /**
     * Represents the relationship between the container exit code(s) and the
     * specified values. Possible values are:
     * - In: the requirement is satisfied if the container exit code is in the
     * set of specified values.
     * - NotIn: the requirement is satisfied if the container exit code is
     * not in the set of specified values.
     *
     * @schema AlertmanagerSpecContainersRestartPolicyRulesExitCodes#operator
     */
    readonly operator: string;
    /**
     * Specifies the set of values to check for container exit codes.
     * At most 255 elements are allowed.
     *
     * @schema AlertmanagerSpecContainersRestartPolicyRulesExitCodes#values
     */
    readonly values?: number[];
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersRestartPolicyRulesExitCodes' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersRestartPolicyRulesExitCodes(obj: AlertmanagerSpecContainersRestartPolicyRulesExitCodes | undefined): Record<string, any> | undefined;
/**
 * appArmorProfile is the AppArmor options to use by this container. If set, this profile
 * overrides the pod's appArmorProfile.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema AlertmanagerSpecContainersSecurityContextAppArmorProfile
 */
export interface AlertmanagerSpecContainersSecurityContextAppArmorProfile {
    /**
     * localhostProfile indicates a profile loaded on the node that should be used.
     * The profile must be preconfigured on the node to work.
     * Must match the loaded name of the profile.
     * Must be set if and only if type is "Localhost".
     *
     * @schema AlertmanagerSpecContainersSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of AppArmor profile will be applied.
     * Valid options are:
     * Localhost - a profile pre-loaded on the node.
     * RuntimeDefault - the container runtime's default profile.
     * Unconfined - no AppArmor enforcement.
     *
     * @schema AlertmanagerSpecContainersSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersSecurityContextAppArmorProfile(obj: AlertmanagerSpecContainersSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * The capabilities to add/drop when running containers.
 * Defaults to the default set of capabilities granted by the container runtime.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @default the default set of capabilities granted by the container runtime.
 * @schema AlertmanagerSpecContainersSecurityContextCapabilities
 */
export interface AlertmanagerSpecContainersSecurityContextCapabilities {
    /**
     * Added capabilities
     *
     * @schema AlertmanagerSpecContainersSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * Removed capabilities
     *
     * @schema AlertmanagerSpecContainersSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersSecurityContextCapabilities(obj: AlertmanagerSpecContainersSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * The SELinux context to be applied to the container.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
 * PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema AlertmanagerSpecContainersSecurityContextSeLinuxOptions
 */
export interface AlertmanagerSpecContainersSecurityContextSeLinuxOptions {
    /**
     * Level is SELinux level label that applies to the container.
     *
     * @schema AlertmanagerSpecContainersSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * Role is a SELinux role label that applies to the container.
     *
     * @schema AlertmanagerSpecContainersSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * Type is a SELinux type label that applies to the container.
     *
     * @schema AlertmanagerSpecContainersSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * User is a SELinux user label that applies to the container.
     *
     * @schema AlertmanagerSpecContainersSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersSecurityContextSeLinuxOptions(obj: AlertmanagerSpecContainersSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * The seccomp options to use by this container. If seccomp options are
 * provided at both the pod & container level, the container options
 * override the pod options.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema AlertmanagerSpecContainersSecurityContextSeccompProfile
 */
export interface AlertmanagerSpecContainersSecurityContextSeccompProfile {
    /**
     * localhostProfile indicates a profile defined in a file on the node should be used.
     * The profile must be preconfigured on the node to work.
     * Must be a descending path, relative to the kubelet's configured seccomp profile location.
     * Must be set if type is "Localhost". Must NOT be set for any other type.
     *
     * @schema AlertmanagerSpecContainersSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of seccomp profile will be applied.
     * Valid options are:
     *
     * Localhost - a profile defined in a file on the node should be used.
     * RuntimeDefault - the container runtime default profile should be used.
     * Unconfined - no profile should be applied.
     *
     * @schema AlertmanagerSpecContainersSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersSecurityContextSeccompProfile(obj: AlertmanagerSpecContainersSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options from the PodSecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema AlertmanagerSpecContainersSecurityContextWindowsOptions
 */
export interface AlertmanagerSpecContainersSecurityContextWindowsOptions {
    /**
     * GMSACredentialSpec is where the GMSA admission webhook
     * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
     * GMSA credential spec named by the GMSACredentialSpecName field.
     *
     * @schema AlertmanagerSpecContainersSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * GMSACredentialSpecName is the name of the GMSA credential spec to use.
     *
     * @schema AlertmanagerSpecContainersSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * HostProcess determines if a container should be run as a 'Host Process' container.
     * All of a Pod's containers must have the same effective HostProcess value
     * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
     * In addition, if HostProcess is true then HostNetwork must also be set to true.
     *
     * @schema AlertmanagerSpecContainersSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * The UserName in Windows to run the entrypoint of the container process.
     * Defaults to the user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext. If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @default the user specified in image metadata if unspecified.
     * @schema AlertmanagerSpecContainersSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersSecurityContextWindowsOptions(obj: AlertmanagerSpecContainersSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema AlertmanagerSpecContainersStartupProbeExec
 */
export interface AlertmanagerSpecContainersStartupProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema AlertmanagerSpecContainersStartupProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersStartupProbeExec' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersStartupProbeExec(obj: AlertmanagerSpecContainersStartupProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies a GRPC HealthCheckRequest.
 *
 * @schema AlertmanagerSpecContainersStartupProbeGrpc
 */
export interface AlertmanagerSpecContainersStartupProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema AlertmanagerSpecContainersStartupProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema AlertmanagerSpecContainersStartupProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersStartupProbeGrpc' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersStartupProbeGrpc(obj: AlertmanagerSpecContainersStartupProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema AlertmanagerSpecContainersStartupProbeHttpGet
 */
export interface AlertmanagerSpecContainersStartupProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema AlertmanagerSpecContainersStartupProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema AlertmanagerSpecContainersStartupProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: AlertmanagerSpecContainersStartupProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema AlertmanagerSpecContainersStartupProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema AlertmanagerSpecContainersStartupProbeHttpGet#port
     */
    readonly port: AlertmanagerSpecContainersStartupProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema AlertmanagerSpecContainersStartupProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersStartupProbeHttpGet' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersStartupProbeHttpGet(obj: AlertmanagerSpecContainersStartupProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies a connection to a TCP port.
 *
 * @schema AlertmanagerSpecContainersStartupProbeTcpSocket
 */
export interface AlertmanagerSpecContainersStartupProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema AlertmanagerSpecContainersStartupProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema AlertmanagerSpecContainersStartupProbeTcpSocket#port
     */
    readonly port: AlertmanagerSpecContainersStartupProbeTcpSocketPort;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersStartupProbeTcpSocket' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersStartupProbeTcpSocket(obj: AlertmanagerSpecContainersStartupProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * Source for the environment variable's value. Cannot be used if value is not empty.
 *
 * @schema AlertmanagerSpecInitContainersEnvValueFrom
 */
export interface AlertmanagerSpecInitContainersEnvValueFrom {
    /**
     * Selects a key of a ConfigMap.
     *
     * @schema AlertmanagerSpecInitContainersEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: AlertmanagerSpecInitContainersEnvValueFromConfigMapKeyRef;
    /**
     * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
     * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
     *
     * @schema AlertmanagerSpecInitContainersEnvValueFrom#fieldRef
     */
    readonly fieldRef?: AlertmanagerSpecInitContainersEnvValueFromFieldRef;
    /**
     * FileKeyRef selects a key of the env file.
     * Requires the EnvFiles feature gate to be enabled.
     *
     * @schema AlertmanagerSpecInitContainersEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: AlertmanagerSpecInitContainersEnvValueFromFileKeyRef;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
     *
     * @schema AlertmanagerSpecInitContainersEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: AlertmanagerSpecInitContainersEnvValueFromResourceFieldRef;
    /**
     * Selects a key of a secret in the pod's namespace
     *
     * @schema AlertmanagerSpecInitContainersEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: AlertmanagerSpecInitContainersEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersEnvValueFrom' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersEnvValueFrom(obj: AlertmanagerSpecInitContainersEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * The ConfigMap to select from
 *
 * @schema AlertmanagerSpecInitContainersEnvFromConfigMapRef
 */
export interface AlertmanagerSpecInitContainersEnvFromConfigMapRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecInitContainersEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap must be defined
     *
     * @schema AlertmanagerSpecInitContainersEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersEnvFromConfigMapRef(obj: AlertmanagerSpecInitContainersEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * The Secret to select from
 *
 * @schema AlertmanagerSpecInitContainersEnvFromSecretRef
 */
export interface AlertmanagerSpecInitContainersEnvFromSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecInitContainersEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret must be defined
     *
     * @schema AlertmanagerSpecInitContainersEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersEnvFromSecretRef(obj: AlertmanagerSpecInitContainersEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * PostStart is called immediately after a container is created. If the handler fails,
 * the container is terminated and restarted according to its restart policy.
 * Other management of the container blocks until the hook completes.
 * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
 *
 * @schema AlertmanagerSpecInitContainersLifecyclePostStart
 */
export interface AlertmanagerSpecInitContainersLifecyclePostStart {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema AlertmanagerSpecInitContainersLifecyclePostStart#exec
     */
    readonly exec?: AlertmanagerSpecInitContainersLifecyclePostStartExec;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema AlertmanagerSpecInitContainersLifecyclePostStart#httpGet
     */
    readonly httpGet?: AlertmanagerSpecInitContainersLifecyclePostStartHttpGet;
    /**
     * Sleep represents a duration that the container should sleep.
     *
     * @schema AlertmanagerSpecInitContainersLifecyclePostStart#sleep
     */
    readonly sleep?: AlertmanagerSpecInitContainersLifecyclePostStartSleep;
    /**
     * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
     * for backward compatibility. There is no validation of this field and
     * lifecycle hooks will fail at runtime when it is specified.
     *
     * @schema AlertmanagerSpecInitContainersLifecyclePostStart#tcpSocket
     */
    readonly tcpSocket?: AlertmanagerSpecInitContainersLifecyclePostStartTcpSocket;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersLifecyclePostStart' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersLifecyclePostStart(obj: AlertmanagerSpecInitContainersLifecyclePostStart | undefined): Record<string, any> | undefined;
/**
 * PreStop is called immediately before a container is terminated due to an
 * API request or management event such as liveness/startup probe failure,
 * preemption, resource contention, etc. The handler is not called if the
 * container crashes or exits. The Pod's termination grace period countdown begins before the
 * PreStop hook is executed. Regardless of the outcome of the handler, the
 * container will eventually terminate within the Pod's termination grace
 * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
 * or until the termination grace period is reached.
 * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
 *
 * @schema AlertmanagerSpecInitContainersLifecyclePreStop
 */
export interface AlertmanagerSpecInitContainersLifecyclePreStop {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema AlertmanagerSpecInitContainersLifecyclePreStop#exec
     */
    readonly exec?: AlertmanagerSpecInitContainersLifecyclePreStopExec;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema AlertmanagerSpecInitContainersLifecyclePreStop#httpGet
     */
    readonly httpGet?: AlertmanagerSpecInitContainersLifecyclePreStopHttpGet;
    /**
     * Sleep represents a duration that the container should sleep.
     *
     * @schema AlertmanagerSpecInitContainersLifecyclePreStop#sleep
     */
    readonly sleep?: AlertmanagerSpecInitContainersLifecyclePreStopSleep;
    /**
     * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
     * for backward compatibility. There is no validation of this field and
     * lifecycle hooks will fail at runtime when it is specified.
     *
     * @schema AlertmanagerSpecInitContainersLifecyclePreStop#tcpSocket
     */
    readonly tcpSocket?: AlertmanagerSpecInitContainersLifecyclePreStopTcpSocket;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersLifecyclePreStop' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersLifecyclePreStop(obj: AlertmanagerSpecInitContainersLifecyclePreStop | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema AlertmanagerSpecInitContainersLivenessProbeExec
 */
export interface AlertmanagerSpecInitContainersLivenessProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema AlertmanagerSpecInitContainersLivenessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersLivenessProbeExec' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersLivenessProbeExec(obj: AlertmanagerSpecInitContainersLivenessProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies a GRPC HealthCheckRequest.
 *
 * @schema AlertmanagerSpecInitContainersLivenessProbeGrpc
 */
export interface AlertmanagerSpecInitContainersLivenessProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema AlertmanagerSpecInitContainersLivenessProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema AlertmanagerSpecInitContainersLivenessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersLivenessProbeGrpc' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersLivenessProbeGrpc(obj: AlertmanagerSpecInitContainersLivenessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema AlertmanagerSpecInitContainersLivenessProbeHttpGet
 */
export interface AlertmanagerSpecInitContainersLivenessProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema AlertmanagerSpecInitContainersLivenessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema AlertmanagerSpecInitContainersLivenessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: AlertmanagerSpecInitContainersLivenessProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema AlertmanagerSpecInitContainersLivenessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema AlertmanagerSpecInitContainersLivenessProbeHttpGet#port
     */
    readonly port: AlertmanagerSpecInitContainersLivenessProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema AlertmanagerSpecInitContainersLivenessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersLivenessProbeHttpGet' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersLivenessProbeHttpGet(obj: AlertmanagerSpecInitContainersLivenessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies a connection to a TCP port.
 *
 * @schema AlertmanagerSpecInitContainersLivenessProbeTcpSocket
 */
export interface AlertmanagerSpecInitContainersLivenessProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema AlertmanagerSpecInitContainersLivenessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema AlertmanagerSpecInitContainersLivenessProbeTcpSocket#port
     */
    readonly port: AlertmanagerSpecInitContainersLivenessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersLivenessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersLivenessProbeTcpSocket(obj: AlertmanagerSpecInitContainersLivenessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema AlertmanagerSpecInitContainersReadinessProbeExec
 */
export interface AlertmanagerSpecInitContainersReadinessProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema AlertmanagerSpecInitContainersReadinessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersReadinessProbeExec' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersReadinessProbeExec(obj: AlertmanagerSpecInitContainersReadinessProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies a GRPC HealthCheckRequest.
 *
 * @schema AlertmanagerSpecInitContainersReadinessProbeGrpc
 */
export interface AlertmanagerSpecInitContainersReadinessProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema AlertmanagerSpecInitContainersReadinessProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema AlertmanagerSpecInitContainersReadinessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersReadinessProbeGrpc' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersReadinessProbeGrpc(obj: AlertmanagerSpecInitContainersReadinessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema AlertmanagerSpecInitContainersReadinessProbeHttpGet
 */
export interface AlertmanagerSpecInitContainersReadinessProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema AlertmanagerSpecInitContainersReadinessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema AlertmanagerSpecInitContainersReadinessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: AlertmanagerSpecInitContainersReadinessProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema AlertmanagerSpecInitContainersReadinessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema AlertmanagerSpecInitContainersReadinessProbeHttpGet#port
     */
    readonly port: AlertmanagerSpecInitContainersReadinessProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema AlertmanagerSpecInitContainersReadinessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersReadinessProbeHttpGet' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersReadinessProbeHttpGet(obj: AlertmanagerSpecInitContainersReadinessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies a connection to a TCP port.
 *
 * @schema AlertmanagerSpecInitContainersReadinessProbeTcpSocket
 */
export interface AlertmanagerSpecInitContainersReadinessProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema AlertmanagerSpecInitContainersReadinessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema AlertmanagerSpecInitContainersReadinessProbeTcpSocket#port
     */
    readonly port: AlertmanagerSpecInitContainersReadinessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersReadinessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersReadinessProbeTcpSocket(obj: AlertmanagerSpecInitContainersReadinessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema AlertmanagerSpecInitContainersResourcesClaims
 */
export interface AlertmanagerSpecInitContainersResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema AlertmanagerSpecInitContainersResourcesClaims#name
     */
    readonly name: string;
    /**
     * Request is the name chosen for a request in the referenced claim.
     * If empty, everything from the claim is made available, otherwise
     * only the result of this request.
     *
     * @schema AlertmanagerSpecInitContainersResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersResourcesClaims' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersResourcesClaims(obj: AlertmanagerSpecInitContainersResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema AlertmanagerSpecInitContainersResourcesLimits
 */
export declare class AlertmanagerSpecInitContainersResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecInitContainersResourcesLimits;
    static fromString(value: string): AlertmanagerSpecInitContainersResourcesLimits;
    private constructor();
}
/**
 * @schema AlertmanagerSpecInitContainersResourcesRequests
 */
export declare class AlertmanagerSpecInitContainersResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecInitContainersResourcesRequests;
    static fromString(value: string): AlertmanagerSpecInitContainersResourcesRequests;
    private constructor();
}
/**
 * Represents the exit codes to check on container exits.
 *
 * @schema AlertmanagerSpecInitContainersRestartPolicyRulesExitCodes
 */
export interface AlertmanagerSpecInitContainersRestartPolicyRulesExitCodes {
    /**
     * Represents the relationship between the container exit code(s) and the
     * specified values. Possible values are:
     * - In: the requirement is satisfied if the container exit code is in the
     * set of specified values.
     * - NotIn: the requirement is satisfied if the container exit code is
     * not in the set of specified values.
     *
     * @schema AlertmanagerSpecInitContainersRestartPolicyRulesExitCodes#operator
     */
    readonly operator: string;
    /**
     * Specifies the set of values to check for container exit codes.
     * At most 255 elements are allowed.
     *
     * @schema AlertmanagerSpecInitContainersRestartPolicyRulesExitCodes#values
     */
    readonly values?: number[];
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersRestartPolicyRulesExitCodes' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersRestartPolicyRulesExitCodes(obj: AlertmanagerSpecInitContainersRestartPolicyRulesExitCodes | undefined): Record<string, any> | undefined;
/**
 * appArmorProfile is the AppArmor options to use by this container. If set, this profile
 * overrides the pod's appArmorProfile.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema AlertmanagerSpecInitContainersSecurityContextAppArmorProfile
 */
export interface AlertmanagerSpecInitContainersSecurityContextAppArmorProfile {
    /**
     * localhostProfile indicates a profile loaded on the node that should be used.
     * The profile must be preconfigured on the node to work.
     * Must match the loaded name of the profile.
     * Must be set if and only if type is "Localhost".
     *
     * @schema AlertmanagerSpecInitContainersSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of AppArmor profile will be applied.
     * Valid options are:
     * Localhost - a profile pre-loaded on the node.
     * RuntimeDefault - the container runtime's default profile.
     * Unconfined - no AppArmor enforcement.
     *
     * @schema AlertmanagerSpecInitContainersSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersSecurityContextAppArmorProfile(obj: AlertmanagerSpecInitContainersSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * The capabilities to add/drop when running containers.
 * Defaults to the default set of capabilities granted by the container runtime.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @default the default set of capabilities granted by the container runtime.
 * @schema AlertmanagerSpecInitContainersSecurityContextCapabilities
 */
export interface AlertmanagerSpecInitContainersSecurityContextCapabilities {
    /**
     * Added capabilities
     *
     * @schema AlertmanagerSpecInitContainersSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * Removed capabilities
     *
     * @schema AlertmanagerSpecInitContainersSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersSecurityContextCapabilities(obj: AlertmanagerSpecInitContainersSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * The SELinux context to be applied to the container.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
 * PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema AlertmanagerSpecInitContainersSecurityContextSeLinuxOptions
 */
export interface AlertmanagerSpecInitContainersSecurityContextSeLinuxOptions {
    /**
     * Level is SELinux level label that applies to the container.
     *
     * @schema AlertmanagerSpecInitContainersSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * Role is a SELinux role label that applies to the container.
     *
     * @schema AlertmanagerSpecInitContainersSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * Type is a SELinux type label that applies to the container.
     *
     * @schema AlertmanagerSpecInitContainersSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * User is a SELinux user label that applies to the container.
     *
     * @schema AlertmanagerSpecInitContainersSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersSecurityContextSeLinuxOptions(obj: AlertmanagerSpecInitContainersSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * The seccomp options to use by this container. If seccomp options are
 * provided at both the pod & container level, the container options
 * override the pod options.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema AlertmanagerSpecInitContainersSecurityContextSeccompProfile
 */
export interface AlertmanagerSpecInitContainersSecurityContextSeccompProfile {
    /**
     * localhostProfile indicates a profile defined in a file on the node should be used.
     * The profile must be preconfigured on the node to work.
     * Must be a descending path, relative to the kubelet's configured seccomp profile location.
     * Must be set if type is "Localhost". Must NOT be set for any other type.
     *
     * @schema AlertmanagerSpecInitContainersSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of seccomp profile will be applied.
     * Valid options are:
     *
     * Localhost - a profile defined in a file on the node should be used.
     * RuntimeDefault - the container runtime default profile should be used.
     * Unconfined - no profile should be applied.
     *
     * @schema AlertmanagerSpecInitContainersSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersSecurityContextSeccompProfile(obj: AlertmanagerSpecInitContainersSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options from the PodSecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema AlertmanagerSpecInitContainersSecurityContextWindowsOptions
 */
export interface AlertmanagerSpecInitContainersSecurityContextWindowsOptions {
    /**
     * GMSACredentialSpec is where the GMSA admission webhook
     * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
     * GMSA credential spec named by the GMSACredentialSpecName field.
     *
     * @schema AlertmanagerSpecInitContainersSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * GMSACredentialSpecName is the name of the GMSA credential spec to use.
     *
     * @schema AlertmanagerSpecInitContainersSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * HostProcess determines if a container should be run as a 'Host Process' container.
     * All of a Pod's containers must have the same effective HostProcess value
     * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
     * In addition, if HostProcess is true then HostNetwork must also be set to true.
     *
     * @schema AlertmanagerSpecInitContainersSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * The UserName in Windows to run the entrypoint of the container process.
     * Defaults to the user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext. If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @default the user specified in image metadata if unspecified.
     * @schema AlertmanagerSpecInitContainersSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersSecurityContextWindowsOptions(obj: AlertmanagerSpecInitContainersSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema AlertmanagerSpecInitContainersStartupProbeExec
 */
export interface AlertmanagerSpecInitContainersStartupProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema AlertmanagerSpecInitContainersStartupProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersStartupProbeExec' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersStartupProbeExec(obj: AlertmanagerSpecInitContainersStartupProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies a GRPC HealthCheckRequest.
 *
 * @schema AlertmanagerSpecInitContainersStartupProbeGrpc
 */
export interface AlertmanagerSpecInitContainersStartupProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema AlertmanagerSpecInitContainersStartupProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema AlertmanagerSpecInitContainersStartupProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersStartupProbeGrpc' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersStartupProbeGrpc(obj: AlertmanagerSpecInitContainersStartupProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema AlertmanagerSpecInitContainersStartupProbeHttpGet
 */
export interface AlertmanagerSpecInitContainersStartupProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema AlertmanagerSpecInitContainersStartupProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema AlertmanagerSpecInitContainersStartupProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: AlertmanagerSpecInitContainersStartupProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema AlertmanagerSpecInitContainersStartupProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema AlertmanagerSpecInitContainersStartupProbeHttpGet#port
     */
    readonly port: AlertmanagerSpecInitContainersStartupProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema AlertmanagerSpecInitContainersStartupProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersStartupProbeHttpGet' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersStartupProbeHttpGet(obj: AlertmanagerSpecInitContainersStartupProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies a connection to a TCP port.
 *
 * @schema AlertmanagerSpecInitContainersStartupProbeTcpSocket
 */
export interface AlertmanagerSpecInitContainersStartupProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema AlertmanagerSpecInitContainersStartupProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema AlertmanagerSpecInitContainersStartupProbeTcpSocket#port
     */
    readonly port: AlertmanagerSpecInitContainersStartupProbeTcpSocketPort;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersStartupProbeTcpSocket' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersStartupProbeTcpSocket(obj: AlertmanagerSpecInitContainersStartupProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * sizeLimit is the total amount of local storage required for this EmptyDir volume.
 * The size limit is also applicable for memory medium.
 * The maximum usage on memory medium EmptyDir would be the minimum value between
 * the SizeLimit specified here and the sum of memory limits of all containers in a pod.
 * The default is nil which means that the limit is undefined.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
 *
 * @schema AlertmanagerSpecStorageEmptyDirSizeLimit
 */
export declare class AlertmanagerSpecStorageEmptyDirSizeLimit {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecStorageEmptyDirSizeLimit;
    static fromString(value: string): AlertmanagerSpecStorageEmptyDirSizeLimit;
    private constructor();
}
/**
 * Will be used to create a stand-alone PVC to provision the volume.
 * The pod in which this EphemeralVolumeSource is embedded will be the
 * owner of the PVC, i.e. the PVC will be deleted together with the
 * pod.  The name of the PVC will be `<pod name>-<volume name>` where
 * `<volume name>` is the name from the `PodSpec.Volumes` array
 * entry. Pod validation will reject the pod if the concatenated name
 * is not valid for a PVC (for example, too long).
 *
 * An existing PVC with that name that is not owned by the pod
 * will *not* be used for the pod to avoid using an unrelated
 * volume by mistake. Starting the pod is then blocked until
 * the unrelated PVC is removed. If such a pre-created PVC is
 * meant to be used by the pod, the PVC has to updated with an
 * owner reference to the pod once the pod exists. Normally
 * this should not be necessary, but it may be useful when
 * manually reconstructing a broken cluster.
 *
 * This field is read-only and no changes will be made by Kubernetes
 * to the PVC after it has been created.
 *
 * Required, must not be nil.
 *
 * @schema AlertmanagerSpecStorageEphemeralVolumeClaimTemplate
 */
export interface AlertmanagerSpecStorageEphemeralVolumeClaimTemplate {
    /**
     * May contain labels and annotations that will be copied into the PVC
     * when creating it. No other fields are allowed and will be rejected during
     * validation.
     *
     * @schema AlertmanagerSpecStorageEphemeralVolumeClaimTemplate#metadata
     */
    readonly metadata?: any;
    /**
     * The specification for the PersistentVolumeClaim. The entire content is
     * copied unchanged into the PVC that gets created from this
     * template. The same fields as in a PersistentVolumeClaim
     * are also valid here.
     *
     * @schema AlertmanagerSpecStorageEphemeralVolumeClaimTemplate#spec
     */
    readonly spec: AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpec;
}
/**
 * Converts an object of type 'AlertmanagerSpecStorageEphemeralVolumeClaimTemplate' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecStorageEphemeralVolumeClaimTemplate(obj: AlertmanagerSpecStorageEphemeralVolumeClaimTemplate | undefined): Record<string, any> | undefined;
/**
 * metadata defines EmbeddedMetadata contains metadata relevant to an EmbeddedResource.
 *
 * @schema AlertmanagerSpecStorageVolumeClaimTemplateMetadata
 */
export interface AlertmanagerSpecStorageVolumeClaimTemplateMetadata {
    /**
     * annotations defines an unstructured key value map stored with a resource that may be
     * set by external tools to store and retrieve arbitrary metadata. They are not
     * queryable and should be preserved when modifying objects.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations/
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * labels define the map of string keys and values that can be used to organize and categorize
     * (scope and select) objects. May match selectors of replication controllers
     * and services.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * name must be unique within a namespace. Is required when creating resources, although
     * some resources may allow a client to request the generation of an appropriate name
     * automatically. Name is primarily intended for creation idempotence and configuration
     * definition.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateMetadata#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecStorageVolumeClaimTemplateMetadata' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecStorageVolumeClaimTemplateMetadata(obj: AlertmanagerSpecStorageVolumeClaimTemplateMetadata | undefined): Record<string, any> | undefined;
/**
 * spec defines the specification of the  characteristics of a volume requested by a pod author.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
 *
 * @schema AlertmanagerSpecStorageVolumeClaimTemplateSpec
 */
export interface AlertmanagerSpecStorageVolumeClaimTemplateSpec {
    /**
     * accessModes contains the desired access modes the volume should have.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateSpec#accessModes
     */
    readonly accessModes?: string[];
    /**
     * dataSource field can be used to specify either:
     * * An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot)
     * * An existing PVC (PersistentVolumeClaim)
     * If the provisioner or an external controller can support the specified data source,
     * it will create a new volume based on the contents of the specified data source.
     * When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef,
     * and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified.
     * If the namespace is specified, then dataSourceRef will not be copied to dataSource.
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateSpec#dataSource
     */
    readonly dataSource?: AlertmanagerSpecStorageVolumeClaimTemplateSpecDataSource;
    /**
     * dataSourceRef specifies the object from which to populate the volume with data, if a non-empty
     * volume is desired. This may be any object from a non-empty API group (non
     * core object) or a PersistentVolumeClaim object.
     * When this field is specified, volume binding will only succeed if the type of
     * the specified object matches some installed volume populator or dynamic
     * provisioner.
     * This field will replace the functionality of the dataSource field and as such
     * if both fields are non-empty, they must have the same value. For backwards
     * compatibility, when namespace isn't specified in dataSourceRef,
     * both fields (dataSource and dataSourceRef) will be set to the same
     * value automatically if one of them is empty and the other is non-empty.
     * When namespace is specified in dataSourceRef,
     * dataSource isn't set to the same value and must be empty.
     * There are three important differences between dataSource and dataSourceRef:
     * * While dataSource only allows two specific types of objects, dataSourceRef
     * allows any non-core object, as well as PersistentVolumeClaim objects.
     * * While dataSource ignores disallowed values (dropping them), dataSourceRef
     * preserves all values, and generates an error if a disallowed value is
     * specified.
     * * While dataSource only allows local objects, dataSourceRef allows objects
     * in any namespaces.
     * (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled.
     * (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateSpec#dataSourceRef
     */
    readonly dataSourceRef?: AlertmanagerSpecStorageVolumeClaimTemplateSpecDataSourceRef;
    /**
     * resources represents the minimum resources the volume should have.
     * Users are allowed to specify resource requirements
     * that are lower than previous value but must still be higher than capacity recorded in the
     * status field of the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateSpec#resources
     */
    readonly resources?: AlertmanagerSpecStorageVolumeClaimTemplateSpecResources;
    /**
     * selector is a label query over volumes to consider for binding.
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateSpec#selector
     */
    readonly selector?: AlertmanagerSpecStorageVolumeClaimTemplateSpecSelector;
    /**
     * storageClassName is the name of the StorageClass required by the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateSpec#storageClassName
     */
    readonly storageClassName?: string;
    /**
     * volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim.
     * If specified, the CSI driver will create or update the volume with the attributes defined
     * in the corresponding VolumeAttributesClass. This has a different purpose than storageClassName,
     * it can be changed after the claim is created. An empty string or nil value indicates that no
     * VolumeAttributesClass will be applied to the claim. If the claim enters an Infeasible error state,
     * this field can be reset to its previous value (including nil) to cancel the modification.
     * If the resource referred to by volumeAttributesClass does not exist, this PersistentVolumeClaim will be
     * set to a Pending state, as reflected by the modifyVolumeStatus field, until such as a resource
     * exists.
     * More info: https://kubernetes.io/docs/concepts/storage/volume-attributes-classes/
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateSpec#volumeAttributesClassName
     */
    readonly volumeAttributesClassName?: string;
    /**
     * volumeMode defines what type of volume is required by the claim.
     * Value of Filesystem is implied when not included in claim spec.
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateSpec#volumeMode
     */
    readonly volumeMode?: string;
    /**
     * volumeName is the binding reference to the PersistentVolume backing this claim.
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateSpec#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecStorageVolumeClaimTemplateSpec' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecStorageVolumeClaimTemplateSpec(obj: AlertmanagerSpecStorageVolumeClaimTemplateSpec | undefined): Record<string, any> | undefined;
/**
 * status is deprecated: this field is never set.
 *
 * @schema AlertmanagerSpecStorageVolumeClaimTemplateStatus
 */
export interface AlertmanagerSpecStorageVolumeClaimTemplateStatus {
    /**
     * accessModes contains the actual access modes the volume backing the PVC has.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateStatus#accessModes
     */
    readonly accessModes?: string[];
    /**
     * allocatedResourceStatuses stores status of resource being resized for the given PVC.
     * Key names follow standard Kubernetes label syntax. Valid values are either:
     * * Un-prefixed keys:
     * - storage - the capacity of the volume.
     * * Custom resources must use implementation-defined prefixed names such as "example.com/my-custom-resource"
     * Apart from above values - keys that are unprefixed or have kubernetes.io prefix are considered
     * reserved and hence may not be used.
     *
     * ClaimResourceStatus can be in any of following states:
     * - ControllerResizeInProgress:
     * State set when resize controller starts resizing the volume in control-plane.
     * - ControllerResizeFailed:
     * State set when resize has failed in resize controller with a terminal error.
     * - NodeResizePending:
     * State set when resize controller has finished resizing the volume but further resizing of
     * volume is needed on the node.
     * - NodeResizeInProgress:
     * State set when kubelet starts resizing the volume.
     * - NodeResizeFailed:
     * State set when resizing has failed in kubelet with a terminal error. Transient errors don't set
     * NodeResizeFailed.
     * For example: if expanding a PVC for more capacity - this field can be one of the following states:
     * - pvc.status.allocatedResourceStatus['storage'] = "ControllerResizeInProgress"
     * - pvc.status.allocatedResourceStatus['storage'] = "ControllerResizeFailed"
     * - pvc.status.allocatedResourceStatus['storage'] = "NodeResizePending"
     * - pvc.status.allocatedResourceStatus['storage'] = "NodeResizeInProgress"
     * - pvc.status.allocatedResourceStatus['storage'] = "NodeResizeFailed"
     * When this field is not set, it means that no resize operation is in progress for the given PVC.
     *
     * A controller that receives PVC update with previously unknown resourceName or ClaimResourceStatus
     * should ignore the update for the purpose it was designed. For example - a controller that
     * only is responsible for resizing capacity of the volume, should ignore PVC updates that change other valid
     * resources associated with PVC.
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateStatus#allocatedResourceStatuses
     */
    readonly allocatedResourceStatuses?: {
        [key: string]: string;
    };
    /**
     * allocatedResources tracks the resources allocated to a PVC including its capacity.
     * Key names follow standard Kubernetes label syntax. Valid values are either:
     * * Un-prefixed keys:
     * - storage - the capacity of the volume.
     * * Custom resources must use implementation-defined prefixed names such as "example.com/my-custom-resource"
     * Apart from above values - keys that are unprefixed or have kubernetes.io prefix are considered
     * reserved and hence may not be used.
     *
     * Capacity reported here may be larger than the actual capacity when a volume expansion operation
     * is requested.
     * For storage quota, the larger value from allocatedResources and PVC.spec.resources is used.
     * If allocatedResources is not set, PVC.spec.resources alone is used for quota calculation.
     * If a volume expansion capacity request is lowered, allocatedResources is only
     * lowered if there are no expansion operations in progress and if the actual volume capacity
     * is equal or lower than the requested capacity.
     *
     * A controller that receives PVC update with previously unknown resourceName
     * should ignore the update for the purpose it was designed. For example - a controller that
     * only is responsible for resizing capacity of the volume, should ignore PVC updates that change other valid
     * resources associated with PVC.
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateStatus#allocatedResources
     */
    readonly allocatedResources?: {
        [key: string]: AlertmanagerSpecStorageVolumeClaimTemplateStatusAllocatedResources;
    };
    /**
     * capacity represents the actual resources of the underlying volume.
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateStatus#capacity
     */
    readonly capacity?: {
        [key: string]: AlertmanagerSpecStorageVolumeClaimTemplateStatusCapacity;
    };
    /**
     * conditions is the current Condition of persistent volume claim. If underlying persistent volume is being
     * resized then the Condition will be set to 'Resizing'.
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateStatus#conditions
     */
    readonly conditions?: AlertmanagerSpecStorageVolumeClaimTemplateStatusConditions[];
    /**
     * currentVolumeAttributesClassName is the current name of the VolumeAttributesClass the PVC is using.
     * When unset, there is no VolumeAttributeClass applied to this PersistentVolumeClaim
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateStatus#currentVolumeAttributesClassName
     */
    readonly currentVolumeAttributesClassName?: string;
    /**
     * ModifyVolumeStatus represents the status object of ControllerModifyVolume operation.
     * When this is unset, there is no ModifyVolume operation being attempted.
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateStatus#modifyVolumeStatus
     */
    readonly modifyVolumeStatus?: AlertmanagerSpecStorageVolumeClaimTemplateStatusModifyVolumeStatus;
    /**
     * phase represents the current phase of PersistentVolumeClaim.
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateStatus#phase
     */
    readonly phase?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecStorageVolumeClaimTemplateStatus' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecStorageVolumeClaimTemplateStatus(obj: AlertmanagerSpecStorageVolumeClaimTemplateStatus | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema AlertmanagerSpecTopologySpreadConstraintsLabelSelectorMatchExpressions
 */
export interface AlertmanagerSpecTopologySpreadConstraintsLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema AlertmanagerSpecTopologySpreadConstraintsLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema AlertmanagerSpecTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema AlertmanagerSpecTopologySpreadConstraintsLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AlertmanagerSpecTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecTopologySpreadConstraintsLabelSelectorMatchExpressions(obj: AlertmanagerSpecTopologySpreadConstraintsLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * maxUnavailable is the maximum number of pods that can be unavailable
 * during the update. The value can be an absolute number (ex: 5) or a
 * percentage of desired pods (ex: 10%). Absolute number is calculated from
 * percentage by rounding up. This can not be 0.  Defaults to 1. This field
 * is alpha-level and is only honored by servers that enable the
 * MaxUnavailableStatefulSet feature. The field applies to all pods in the
 * range 0 to Replicas-1.  That means if there is any unavailable pod in
 * the range 0 to Replicas-1, it will be counted towards MaxUnavailable.
 *
 * @default 1. This field
 * @schema AlertmanagerSpecUpdateStrategyRollingUpdateMaxUnavailable
 */
export declare class AlertmanagerSpecUpdateStrategyRollingUpdateMaxUnavailable {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecUpdateStrategyRollingUpdateMaxUnavailable;
    static fromString(value: string): AlertmanagerSpecUpdateStrategyRollingUpdateMaxUnavailable;
    private constructor();
}
/**
 * secretRef is Optional: SecretRef is reference to the authentication secret for User, default is empty.
 * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
 *
 * @schema AlertmanagerSpecVolumesCephfsSecretRef
 */
export interface AlertmanagerSpecVolumesCephfsSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecVolumesCephfsSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesCephfsSecretRef' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesCephfsSecretRef(obj: AlertmanagerSpecVolumesCephfsSecretRef | undefined): Record<string, any> | undefined;
/**
 * secretRef is optional: points to a secret object containing parameters used to connect
 * to OpenStack.
 *
 * @schema AlertmanagerSpecVolumesCinderSecretRef
 */
export interface AlertmanagerSpecVolumesCinderSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecVolumesCinderSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesCinderSecretRef' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesCinderSecretRef(obj: AlertmanagerSpecVolumesCinderSecretRef | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema AlertmanagerSpecVolumesConfigMapItems
 */
export interface AlertmanagerSpecVolumesConfigMapItems {
    /**
     * key is the key to project.
     *
     * @schema AlertmanagerSpecVolumesConfigMapItems#key
     */
    readonly key: string;
    /**
     * mode is Optional: mode bits used to set permissions on this file.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema AlertmanagerSpecVolumesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema AlertmanagerSpecVolumesConfigMapItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesConfigMapItems' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesConfigMapItems(obj: AlertmanagerSpecVolumesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * nodePublishSecretRef is a reference to the secret object containing
 * sensitive information to pass to the CSI driver to complete the CSI
 * NodePublishVolume and NodeUnpublishVolume calls.
 * This field is optional, and  may be empty if no secret is required. If the
 * secret object contains more than one secret, all secret references are passed.
 *
 * @schema AlertmanagerSpecVolumesCsiNodePublishSecretRef
 */
export interface AlertmanagerSpecVolumesCsiNodePublishSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecVolumesCsiNodePublishSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesCsiNodePublishSecretRef' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesCsiNodePublishSecretRef(obj: AlertmanagerSpecVolumesCsiNodePublishSecretRef | undefined): Record<string, any> | undefined;
/**
 * DownwardAPIVolumeFile represents information to create the file containing the pod field
 *
 * @schema AlertmanagerSpecVolumesDownwardApiItems
 */
export interface AlertmanagerSpecVolumesDownwardApiItems {
    /**
     * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
     *
     * @schema AlertmanagerSpecVolumesDownwardApiItems#fieldRef
     */
    readonly fieldRef?: AlertmanagerSpecVolumesDownwardApiItemsFieldRef;
    /**
     * Optional: mode bits used to set permissions on this file, must be an octal value
     * between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema AlertmanagerSpecVolumesDownwardApiItems#mode
     */
    readonly mode?: number;
    /**
     * Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not start with '..'
     *
     * @schema AlertmanagerSpecVolumesDownwardApiItems#path
     */
    readonly path: string;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
     *
     * @schema AlertmanagerSpecVolumesDownwardApiItems#resourceFieldRef
     */
    readonly resourceFieldRef?: AlertmanagerSpecVolumesDownwardApiItemsResourceFieldRef;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesDownwardApiItems' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesDownwardApiItems(obj: AlertmanagerSpecVolumesDownwardApiItems | undefined): Record<string, any> | undefined;
/**
 * sizeLimit is the total amount of local storage required for this EmptyDir volume.
 * The size limit is also applicable for memory medium.
 * The maximum usage on memory medium EmptyDir would be the minimum value between
 * the SizeLimit specified here and the sum of memory limits of all containers in a pod.
 * The default is nil which means that the limit is undefined.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
 *
 * @schema AlertmanagerSpecVolumesEmptyDirSizeLimit
 */
export declare class AlertmanagerSpecVolumesEmptyDirSizeLimit {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecVolumesEmptyDirSizeLimit;
    static fromString(value: string): AlertmanagerSpecVolumesEmptyDirSizeLimit;
    private constructor();
}
/**
 * Will be used to create a stand-alone PVC to provision the volume.
 * The pod in which this EphemeralVolumeSource is embedded will be the
 * owner of the PVC, i.e. the PVC will be deleted together with the
 * pod.  The name of the PVC will be `<pod name>-<volume name>` where
 * `<volume name>` is the name from the `PodSpec.Volumes` array
 * entry. Pod validation will reject the pod if the concatenated name
 * is not valid for a PVC (for example, too long).
 *
 * An existing PVC with that name that is not owned by the pod
 * will *not* be used for the pod to avoid using an unrelated
 * volume by mistake. Starting the pod is then blocked until
 * the unrelated PVC is removed. If such a pre-created PVC is
 * meant to be used by the pod, the PVC has to updated with an
 * owner reference to the pod once the pod exists. Normally
 * this should not be necessary, but it may be useful when
 * manually reconstructing a broken cluster.
 *
 * This field is read-only and no changes will be made by Kubernetes
 * to the PVC after it has been created.
 *
 * Required, must not be nil.
 *
 * @schema AlertmanagerSpecVolumesEphemeralVolumeClaimTemplate
 */
export interface AlertmanagerSpecVolumesEphemeralVolumeClaimTemplate {
    /**
     * May contain labels and annotations that will be copied into the PVC
     * when creating it. No other fields are allowed and will be rejected during
     * validation.
     *
     * @schema AlertmanagerSpecVolumesEphemeralVolumeClaimTemplate#metadata
     */
    readonly metadata?: any;
    /**
     * The specification for the PersistentVolumeClaim. The entire content is
     * copied unchanged into the PVC that gets created from this
     * template. The same fields as in a PersistentVolumeClaim
     * are also valid here.
     *
     * @schema AlertmanagerSpecVolumesEphemeralVolumeClaimTemplate#spec
     */
    readonly spec: AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpec;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesEphemeralVolumeClaimTemplate' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesEphemeralVolumeClaimTemplate(obj: AlertmanagerSpecVolumesEphemeralVolumeClaimTemplate | undefined): Record<string, any> | undefined;
/**
 * secretRef is Optional: secretRef is reference to the secret object containing
 * sensitive information to pass to the plugin scripts. This may be
 * empty if no secret object is specified. If the secret object
 * contains more than one secret, all secrets are passed to the plugin
 * scripts.
 *
 * @schema AlertmanagerSpecVolumesFlexVolumeSecretRef
 */
export interface AlertmanagerSpecVolumesFlexVolumeSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecVolumesFlexVolumeSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesFlexVolumeSecretRef' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesFlexVolumeSecretRef(obj: AlertmanagerSpecVolumesFlexVolumeSecretRef | undefined): Record<string, any> | undefined;
/**
 * secretRef is the CHAP Secret for iSCSI target and initiator authentication
 *
 * @schema AlertmanagerSpecVolumesIscsiSecretRef
 */
export interface AlertmanagerSpecVolumesIscsiSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecVolumesIscsiSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesIscsiSecretRef' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesIscsiSecretRef(obj: AlertmanagerSpecVolumesIscsiSecretRef | undefined): Record<string, any> | undefined;
/**
 * Projection that may be projected along with other supported volume types.
 * Exactly one of these fields must be set.
 *
 * @schema AlertmanagerSpecVolumesProjectedSources
 */
export interface AlertmanagerSpecVolumesProjectedSources {
    /**
     * ClusterTrustBundle allows a pod to access the `.spec.trustBundle` field
     * of ClusterTrustBundle objects in an auto-updating file.
     *
     * Alpha, gated by the ClusterTrustBundleProjection feature gate.
     *
     * ClusterTrustBundle objects can either be selected by name, or by the
     * combination of signer name and a label selector.
     *
     * Kubelet performs aggressive normalization of the PEM contents written
     * into the pod filesystem.  Esoteric PEM features such as inter-block
     * comments and block headers are stripped.  Certificates are deduplicated.
     * The ordering of certificates within the file is arbitrary, and Kubelet
     * may change the order over time.
     *
     * @schema AlertmanagerSpecVolumesProjectedSources#clusterTrustBundle
     */
    readonly clusterTrustBundle?: AlertmanagerSpecVolumesProjectedSourcesClusterTrustBundle;
    /**
     * configMap information about the configMap data to project
     *
     * @schema AlertmanagerSpecVolumesProjectedSources#configMap
     */
    readonly configMap?: AlertmanagerSpecVolumesProjectedSourcesConfigMap;
    /**
     * downwardAPI information about the downwardAPI data to project
     *
     * @schema AlertmanagerSpecVolumesProjectedSources#downwardAPI
     */
    readonly downwardApi?: AlertmanagerSpecVolumesProjectedSourcesDownwardApi;
    /**
     * Projects an auto-rotating credential bundle (private key and certificate
     * chain) that the pod can use either as a TLS client or server.
     *
     * Kubelet generates a private key and uses it to send a
     * PodCertificateRequest to the named signer.  Once the signer approves the
     * request and issues a certificate chain, Kubelet writes the key and
     * certificate chain to the pod filesystem.  The pod does not start until
     * certificates have been issued for each podCertificate projected volume
     * source in its spec.
     *
     * Kubelet will begin trying to rotate the certificate at the time indicated
     * by the signer using the PodCertificateRequest.Status.BeginRefreshAt
     * timestamp.
     *
     * Kubelet can write a single file, indicated by the credentialBundlePath
     * field, or separate files, indicated by the keyPath and
     * certificateChainPath fields.
     *
     * The credential bundle is a single file in PEM format.  The first PEM
     * entry is the private key (in PKCS#8 format), and the remaining PEM
     * entries are the certificate chain issued by the signer (typically,
     * signers will return their certificate chain in leaf-to-root order).
     *
     * Prefer using the credential bundle format, since your application code
     * can read it atomically.  If you use keyPath and certificateChainPath,
     * your application must make two separate file reads. If these coincide
     * with a certificate rotation, it is possible that the private key and leaf
     * certificate you read may not correspond to each other.  Your application
     * will need to check for this condition, and re-read until they are
     * consistent.
     *
     * The named signer controls chooses the format of the certificate it
     * issues; consult the signer implementation's documentation to learn how to
     * use the certificates it issues.
     *
     * @schema AlertmanagerSpecVolumesProjectedSources#podCertificate
     */
    readonly podCertificate?: AlertmanagerSpecVolumesProjectedSourcesPodCertificate;
    /**
     * secret information about the secret data to project
     *
     * @schema AlertmanagerSpecVolumesProjectedSources#secret
     */
    readonly secret?: AlertmanagerSpecVolumesProjectedSourcesSecret;
    /**
     * serviceAccountToken is information about the serviceAccountToken data to project
     *
     * @schema AlertmanagerSpecVolumesProjectedSources#serviceAccountToken
     */
    readonly serviceAccountToken?: AlertmanagerSpecVolumesProjectedSourcesServiceAccountToken;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesProjectedSources' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesProjectedSources(obj: AlertmanagerSpecVolumesProjectedSources | undefined): Record<string, any> | undefined;
/**
 * secretRef is name of the authentication secret for RBDUser. If provided
 * overrides keyring.
 * Default is nil.
 * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
 *
 * @default nil.
 * @schema AlertmanagerSpecVolumesRbdSecretRef
 */
export interface AlertmanagerSpecVolumesRbdSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecVolumesRbdSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesRbdSecretRef' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesRbdSecretRef(obj: AlertmanagerSpecVolumesRbdSecretRef | undefined): Record<string, any> | undefined;
/**
 * secretRef references to the secret for ScaleIO user and other
 * sensitive information. If this is not provided, Login operation will fail.
 *
 * @schema AlertmanagerSpecVolumesScaleIoSecretRef
 */
export interface AlertmanagerSpecVolumesScaleIoSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecVolumesScaleIoSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesScaleIoSecretRef' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesScaleIoSecretRef(obj: AlertmanagerSpecVolumesScaleIoSecretRef | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema AlertmanagerSpecVolumesSecretItems
 */
export interface AlertmanagerSpecVolumesSecretItems {
    /**
     * key is the key to project.
     *
     * @schema AlertmanagerSpecVolumesSecretItems#key
     */
    readonly key: string;
    /**
     * mode is Optional: mode bits used to set permissions on this file.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema AlertmanagerSpecVolumesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema AlertmanagerSpecVolumesSecretItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesSecretItems' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesSecretItems(obj: AlertmanagerSpecVolumesSecretItems | undefined): Record<string, any> | undefined;
/**
 * secretRef specifies the secret to use for obtaining the StorageOS API
 * credentials.  If not specified, default values will be attempted.
 *
 * @schema AlertmanagerSpecVolumesStorageosSecretRef
 */
export interface AlertmanagerSpecVolumesStorageosSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecVolumesStorageosSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesStorageosSecretRef' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesStorageosSecretRef(obj: AlertmanagerSpecVolumesStorageosSecretRef | undefined): Record<string, any> | undefined;
/**
 * headers defines a list of headers that can be added to HTTP responses.
 *
 * @schema AlertmanagerSpecWebHttpConfigHeaders
 */
export interface AlertmanagerSpecWebHttpConfigHeaders {
    /**
     * contentSecurityPolicy defines the Content-Security-Policy header to HTTP responses.
     * Unset if blank.
     *
     * @schema AlertmanagerSpecWebHttpConfigHeaders#contentSecurityPolicy
     */
    readonly contentSecurityPolicy?: string;
    /**
     * strictTransportSecurity defines the Strict-Transport-Security header to HTTP responses.
     * Unset if blank.
     * Please make sure that you use this with care as this header might force
     * browsers to load Prometheus and the other applications hosted on the same
     * domain and subdomains over HTTPS.
     * https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Strict-Transport-Security
     *
     * @schema AlertmanagerSpecWebHttpConfigHeaders#strictTransportSecurity
     */
    readonly strictTransportSecurity?: string;
    /**
     * xContentTypeOptions defines the X-Content-Type-Options header to HTTP responses.
     * Unset if blank. Accepted value is nosniff.
     * https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/X-Content-Type-Options
     *
     * @schema AlertmanagerSpecWebHttpConfigHeaders#xContentTypeOptions
     */
    readonly xContentTypeOptions?: AlertmanagerSpecWebHttpConfigHeadersXContentTypeOptions;
    /**
     * xFrameOptions defines the X-Frame-Options header to HTTP responses.
     * Unset if blank. Accepted values are deny and sameorigin.
     * https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/X-Frame-Options
     *
     * @schema AlertmanagerSpecWebHttpConfigHeaders#xFrameOptions
     */
    readonly xFrameOptions?: AlertmanagerSpecWebHttpConfigHeadersXFrameOptions;
    /**
     * xXSSProtection defines the X-XSS-Protection header to all responses.
     * Unset if blank.
     * https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/X-XSS-Protection
     *
     * @schema AlertmanagerSpecWebHttpConfigHeaders#xXSSProtection
     */
    readonly xXssProtection?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecWebHttpConfigHeaders' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecWebHttpConfigHeaders(obj: AlertmanagerSpecWebHttpConfigHeaders | undefined): Record<string, any> | undefined;
/**
 * cert defines the Secret or ConfigMap containing the TLS certificate for the web server.
 *
 * Either `keySecret` or `keyFile` must be defined.
 *
 * It is mutually exclusive with `certFile`.
 *
 * @schema AlertmanagerSpecWebTlsConfigCert
 */
export interface AlertmanagerSpecWebTlsConfigCert {
    /**
     * configMap defines the ConfigMap containing data to use for the targets.
     *
     * @schema AlertmanagerSpecWebTlsConfigCert#configMap
     */
    readonly configMap?: AlertmanagerSpecWebTlsConfigCertConfigMap;
    /**
     * secret defines the Secret containing data to use for the targets.
     *
     * @schema AlertmanagerSpecWebTlsConfigCert#secret
     */
    readonly secret?: AlertmanagerSpecWebTlsConfigCertSecret;
}
/**
 * Converts an object of type 'AlertmanagerSpecWebTlsConfigCert' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecWebTlsConfigCert(obj: AlertmanagerSpecWebTlsConfigCert | undefined): Record<string, any> | undefined;
/**
 * client_ca defines the Secret or ConfigMap containing the CA certificate for client certificate
 * authentication to the server.
 *
 * It is mutually exclusive with `clientCAFile`.
 *
 * @schema AlertmanagerSpecWebTlsConfigClientCa
 */
export interface AlertmanagerSpecWebTlsConfigClientCa {
    /**
     * configMap defines the ConfigMap containing data to use for the targets.
     *
     * @schema AlertmanagerSpecWebTlsConfigClientCa#configMap
     */
    readonly configMap?: AlertmanagerSpecWebTlsConfigClientCaConfigMap;
    /**
     * secret defines the Secret containing data to use for the targets.
     *
     * @schema AlertmanagerSpecWebTlsConfigClientCa#secret
     */
    readonly secret?: AlertmanagerSpecWebTlsConfigClientCaSecret;
}
/**
 * Converts an object of type 'AlertmanagerSpecWebTlsConfigClientCa' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecWebTlsConfigClientCa(obj: AlertmanagerSpecWebTlsConfigClientCa | undefined): Record<string, any> | undefined;
/**
 * keySecret defines the secret containing the TLS private key for the web server.
 *
 * Either `cert` or `certFile` must be defined.
 *
 * It is mutually exclusive with `keyFile`.
 *
 * @schema AlertmanagerSpecWebTlsConfigKeySecret
 */
export interface AlertmanagerSpecWebTlsConfigKeySecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecWebTlsConfigKeySecret#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecWebTlsConfigKeySecret#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecWebTlsConfigKeySecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecWebTlsConfigKeySecret' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecWebTlsConfigKeySecret(obj: AlertmanagerSpecWebTlsConfigKeySecret | undefined): Record<string, any> | undefined;
/**
 * A node selector term, associated with the corresponding weight.
 *
 * @schema AlertmanagerSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
 */
export interface AlertmanagerSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    /**
     * A list of node selector requirements by node's labels.
     *
     * @schema AlertmanagerSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
     */
    readonly matchExpressions?: AlertmanagerSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    /**
     * A list of node selector requirements by node's fields.
     *
     * @schema AlertmanagerSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
     */
    readonly matchFields?: AlertmanagerSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
/**
 * Converts an object of type 'AlertmanagerSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj: AlertmanagerSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference | undefined): Record<string, any> | undefined;
/**
 * A null or empty node selector term matches no objects. The requirements of
 * them are ANDed.
 * The TopologySelectorTerm type implements a subset of the NodeSelectorTerm.
 *
 * @schema AlertmanagerSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
 */
export interface AlertmanagerSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    /**
     * A list of node selector requirements by node's labels.
     *
     * @schema AlertmanagerSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
     */
    readonly matchExpressions?: AlertmanagerSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    /**
     * A list of node selector requirements by node's fields.
     *
     * @schema AlertmanagerSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
     */
    readonly matchFields?: AlertmanagerSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
/**
 * Converts an object of type 'AlertmanagerSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj: AlertmanagerSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms | undefined): Record<string, any> | undefined;
/**
 * Required. A pod affinity term, associated with the corresponding weight.
 *
 * @schema AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MismatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * Required. A pod affinity term, associated with the corresponding weight.
 *
 * @schema AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MismatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * authorization configures the Authorization header credentials used by
 * the client.
 *
 * Cannot be set at the same time as `basicAuth`, `bearerTokenSecret` or `oauth2`.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigAuthorization
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigAuthorization {
    /**
     * credentials defines a key of a Secret in the namespace that contains the credentials for authentication.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigAuthorization#credentials
     */
    readonly credentials?: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigAuthorizationCredentials;
    /**
     * type defines the authentication type. The value is case-insensitive.
     *
     * "Basic" is not a supported value.
     *
     * Default: "Bearer"
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigAuthorization#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigAuthorization' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigAuthorization(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigAuthorization | undefined): Record<string, any> | undefined;
/**
 * basicAuth defines the Basic Authentication credentials used by the
 * client.
 *
 * Cannot be set at the same time as `authorization`, `bearerTokenSecret` or `oauth2`.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigBasicAuth
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigBasicAuth {
    /**
     * password defines a key of a Secret containing the password for
     * authentication.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigBasicAuth#password
     */
    readonly password?: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigBasicAuthPassword;
    /**
     * username defines a key of a Secret containing the username for
     * authentication.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigBasicAuth#username
     */
    readonly username?: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigBasicAuthUsername;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigBasicAuth' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigBasicAuth(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigBasicAuth | undefined): Record<string, any> | undefined;
/**
 * bearerTokenSecret defines a key of a Secret containing the bearer token
 * used by the client for authentication. The secret needs to be in the
 * same namespace as the custom resource and readable by the Prometheus
 * Operator.
 *
 * Cannot be set at the same time as `authorization`, `basicAuth` or `oauth2`.
 *
 * Deprecated: use `authorization` instead.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigBearerTokenSecret
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigBearerTokenSecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigBearerTokenSecret#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigBearerTokenSecret#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigBearerTokenSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigBearerTokenSecret' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigBearerTokenSecret(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigBearerTokenSecret | undefined): Record<string, any> | undefined;
/**
 * oauth2 defines the OAuth2 settings used by the client.
 *
 * It requires Prometheus >= 2.27.0.
 *
 * Cannot be set at the same time as `authorization`, `basicAuth` or `bearerTokenSecret`.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2 {
    /**
     * clientId defines a key of a Secret or ConfigMap containing the
     * OAuth2 client's ID.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2#clientId
     */
    readonly clientId: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ClientId;
    /**
     * clientSecret defines a key of a Secret containing the OAuth2
     * client's secret.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2#clientSecret
     */
    readonly clientSecret: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ClientSecret;
    /**
     * endpointParams configures the HTTP parameters to append to the token
     * URL.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2#endpointParams
     */
    readonly endpointParams?: {
        [key: string]: string;
    };
    /**
     * noProxy defines a comma-separated string that can contain IPs, CIDR notation, domain names
     * that should be excluded from proxying. IP and domain names can
     * contain port numbers.
     *
     * It requires Prometheus >= v2.43.0, Alertmanager >= v0.25.0 or Thanos >= v0.32.0.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2#noProxy
     */
    readonly noProxy?: string;
    /**
     * proxyConnectHeader optionally specifies headers to send to
     * proxies during CONNECT requests.
     *
     * It requires Prometheus >= v2.43.0, Alertmanager >= v0.25.0 or Thanos >= v0.32.0.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2#proxyConnectHeader
     */
    readonly proxyConnectHeader?: {
        [key: string]: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ProxyConnectHeader[];
    };
    /**
     * proxyFromEnvironment defines whether to use the proxy configuration defined by environment variables (HTTP_PROXY, HTTPS_PROXY, and NO_PROXY).
     *
     * It requires Prometheus >= v2.43.0, Alertmanager >= v0.25.0 or Thanos >= v0.32.0.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2#proxyFromEnvironment
     */
    readonly proxyFromEnvironment?: boolean;
    /**
     * proxyUrl defines the HTTP proxy server to use.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2#proxyUrl
     */
    readonly proxyUrl?: string;
    /**
     * scopes defines the OAuth2 scopes used for the token request.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2#scopes
     */
    readonly scopes?: string[];
    /**
     * tlsConfig defines the TLS configuration to use when connecting to the OAuth2 server.
     * It requires Prometheus >= v2.43.0.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2#tlsConfig
     */
    readonly tlsConfig?: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfig;
    /**
     * tokenUrl defines the URL to fetch the token from.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2#tokenUrl
     */
    readonly tokenUrl: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2 | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector selects a key of a Secret.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigProxyConnectHeader
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigProxyConnectHeader {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigProxyConnectHeader#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigProxyConnectHeader#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigProxyConnectHeader#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigProxyConnectHeader' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigProxyConnectHeader(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigProxyConnectHeader | undefined): Record<string, any> | undefined;
/**
 * tlsConfig defines the TLS configuration used by the client.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfig
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfig {
    /**
     * ca defines the Certificate authority used when verifying server certificates.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfig#ca
     */
    readonly ca?: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCa;
    /**
     * cert defines the Client certificate to present when doing client-authentication.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfig#cert
     */
    readonly cert?: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCert;
    /**
     * insecureSkipVerify defines how to disable target certificate validation.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfig#insecureSkipVerify
     */
    readonly insecureSkipVerify?: boolean;
    /**
     * keySecret defines the Secret containing the client key file for the targets.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfig#keySecret
     */
    readonly keySecret?: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigKeySecret;
    /**
     * maxVersion defines the maximum acceptable TLS version.
     *
     * It requires Prometheus >= v2.41.0 or Thanos >= v0.31.0.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfig#maxVersion
     */
    readonly maxVersion?: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigMaxVersion;
    /**
     * minVersion defines the minimum acceptable TLS version.
     *
     * It requires Prometheus >= v2.35.0 or Thanos >= v0.28.0.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfig#minVersion
     */
    readonly minVersion?: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigMinVersion;
    /**
     * serverName is used to verify the hostname for the targets.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfig#serverName
     */
    readonly serverName?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfig' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfig(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfig | undefined): Record<string, any> | undefined;
/**
 * webhookURL defines the default Mattermost Webhook URL.
 *
 * It requires Alertmanager >= v0.32.0.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalMattermostWebhookUrl
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalMattermostWebhookUrl {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalMattermostWebhookUrl#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalMattermostWebhookUrl#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalMattermostWebhookUrl#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalMattermostWebhookUrl' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalMattermostWebhookUrl(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalMattermostWebhookUrl | undefined): Record<string, any> | undefined;
/**
 * token defines the default Rocket Chat token.
 *
 * It requires Alertmanager >= v0.28.0.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalRocketChatToken
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalRocketChatToken {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalRocketChatToken#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalRocketChatToken#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalRocketChatToken#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalRocketChatToken' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalRocketChatToken(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalRocketChatToken | undefined): Record<string, any> | undefined;
/**
 * tokenID defines the default Rocket Chat Token ID.
 *
 * It requires Alertmanager >= v0.28.0.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalRocketChatTokenId
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalRocketChatTokenId {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalRocketChatTokenId#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalRocketChatTokenId#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalRocketChatTokenId#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalRocketChatTokenId' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalRocketChatTokenId(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalRocketChatTokenId | undefined): Record<string, any> | undefined;
/**
 * authPassword represents SMTP Auth using LOGIN and PLAIN.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpAuthPassword
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpAuthPassword {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpAuthPassword#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpAuthPassword#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpAuthPassword#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpAuthPassword' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpAuthPassword(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpAuthPassword | undefined): Record<string, any> | undefined;
/**
 * authSecret represents SMTP Auth using CRAM-MD5.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpAuthSecret
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpAuthSecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpAuthSecret#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpAuthSecret#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpAuthSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpAuthSecret' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpAuthSecret(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpAuthSecret | undefined): Record<string, any> | undefined;
/**
 * smartHost defines the default SMTP smarthost used for sending emails.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpSmartHost
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpSmartHost {
    /**
     * host defines the host's address, it can be a DNS name or a literal IP address.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpSmartHost#host
     */
    readonly host: string;
    /**
     * port defines the host's port, it can be a literal port number or a port name.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpSmartHost#port
     */
    readonly port: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpSmartHost' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpSmartHost(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpSmartHost | undefined): Record<string, any> | undefined;
/**
 * tlsConfig defines the default TLS configuration for SMTP receivers
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfig
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfig {
    /**
     * ca defines the Certificate authority used when verifying server certificates.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfig#ca
     */
    readonly ca?: AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCa;
    /**
     * cert defines the Client certificate to present when doing client-authentication.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfig#cert
     */
    readonly cert?: AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCert;
    /**
     * insecureSkipVerify defines how to disable target certificate validation.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfig#insecureSkipVerify
     */
    readonly insecureSkipVerify?: boolean;
    /**
     * keySecret defines the Secret containing the client key file for the targets.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfig#keySecret
     */
    readonly keySecret?: AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigKeySecret;
    /**
     * maxVersion defines the maximum acceptable TLS version.
     *
     * It requires Prometheus >= v2.41.0 or Thanos >= v0.31.0.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfig#maxVersion
     */
    readonly maxVersion?: AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigMaxVersion;
    /**
     * minVersion defines the minimum acceptable TLS version.
     *
     * It requires Prometheus >= v2.35.0 or Thanos >= v0.28.0.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfig#minVersion
     */
    readonly minVersion?: AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigMinVersion;
    /**
     * serverName is used to verify the hostname for the targets.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfig#serverName
     */
    readonly serverName?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfig' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfig(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfig | undefined): Record<string, any> | undefined;
/**
 * apiKey defines the default VictorOps API Key.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalVictoropsApiKey
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalVictoropsApiKey {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalVictoropsApiKey#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalVictoropsApiKey#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalVictoropsApiKey#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalVictoropsApiKey' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalVictoropsApiKey(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalVictoropsApiKey | undefined): Record<string, any> | undefined;
/**
 * apiSecret defines the default WeChat API Secret.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalWechatApiSecret
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalWechatApiSecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalWechatApiSecret#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalWechatApiSecret#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalWechatApiSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalWechatApiSecret' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalWechatApiSecret(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalWechatApiSecret | undefined): Record<string, any> | undefined;
/**
 * configMap defines the ConfigMap containing data to use for the targets.
 *
 * @schema AlertmanagerSpecClusterTlsClientCaConfigMap
 */
export interface AlertmanagerSpecClusterTlsClientCaConfigMap {
    /**
     * The key to select.
     *
     * @schema AlertmanagerSpecClusterTlsClientCaConfigMap#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecClusterTlsClientCaConfigMap#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema AlertmanagerSpecClusterTlsClientCaConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecClusterTlsClientCaConfigMap' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecClusterTlsClientCaConfigMap(obj: AlertmanagerSpecClusterTlsClientCaConfigMap | undefined): Record<string, any> | undefined;
/**
 * secret defines the Secret containing data to use for the targets.
 *
 * @schema AlertmanagerSpecClusterTlsClientCaSecret
 */
export interface AlertmanagerSpecClusterTlsClientCaSecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecClusterTlsClientCaSecret#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecClusterTlsClientCaSecret#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecClusterTlsClientCaSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecClusterTlsClientCaSecret' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecClusterTlsClientCaSecret(obj: AlertmanagerSpecClusterTlsClientCaSecret | undefined): Record<string, any> | undefined;
/**
 * configMap defines the ConfigMap containing data to use for the targets.
 *
 * @schema AlertmanagerSpecClusterTlsClientCertConfigMap
 */
export interface AlertmanagerSpecClusterTlsClientCertConfigMap {
    /**
     * The key to select.
     *
     * @schema AlertmanagerSpecClusterTlsClientCertConfigMap#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecClusterTlsClientCertConfigMap#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema AlertmanagerSpecClusterTlsClientCertConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecClusterTlsClientCertConfigMap' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecClusterTlsClientCertConfigMap(obj: AlertmanagerSpecClusterTlsClientCertConfigMap | undefined): Record<string, any> | undefined;
/**
 * secret defines the Secret containing data to use for the targets.
 *
 * @schema AlertmanagerSpecClusterTlsClientCertSecret
 */
export interface AlertmanagerSpecClusterTlsClientCertSecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecClusterTlsClientCertSecret#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecClusterTlsClientCertSecret#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecClusterTlsClientCertSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecClusterTlsClientCertSecret' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecClusterTlsClientCertSecret(obj: AlertmanagerSpecClusterTlsClientCertSecret | undefined): Record<string, any> | undefined;
/**
 * configMap defines the ConfigMap containing data to use for the targets.
 *
 * @schema AlertmanagerSpecClusterTlsServerCertConfigMap
 */
export interface AlertmanagerSpecClusterTlsServerCertConfigMap {
    /**
     * The key to select.
     *
     * @schema AlertmanagerSpecClusterTlsServerCertConfigMap#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecClusterTlsServerCertConfigMap#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema AlertmanagerSpecClusterTlsServerCertConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecClusterTlsServerCertConfigMap' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecClusterTlsServerCertConfigMap(obj: AlertmanagerSpecClusterTlsServerCertConfigMap | undefined): Record<string, any> | undefined;
/**
 * secret defines the Secret containing data to use for the targets.
 *
 * @schema AlertmanagerSpecClusterTlsServerCertSecret
 */
export interface AlertmanagerSpecClusterTlsServerCertSecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecClusterTlsServerCertSecret#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecClusterTlsServerCertSecret#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecClusterTlsServerCertSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecClusterTlsServerCertSecret' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecClusterTlsServerCertSecret(obj: AlertmanagerSpecClusterTlsServerCertSecret | undefined): Record<string, any> | undefined;
/**
 * configMap defines the ConfigMap containing data to use for the targets.
 *
 * @schema AlertmanagerSpecClusterTlsServerClientCaConfigMap
 */
export interface AlertmanagerSpecClusterTlsServerClientCaConfigMap {
    /**
     * The key to select.
     *
     * @schema AlertmanagerSpecClusterTlsServerClientCaConfigMap#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecClusterTlsServerClientCaConfigMap#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema AlertmanagerSpecClusterTlsServerClientCaConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecClusterTlsServerClientCaConfigMap' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecClusterTlsServerClientCaConfigMap(obj: AlertmanagerSpecClusterTlsServerClientCaConfigMap | undefined): Record<string, any> | undefined;
/**
 * secret defines the Secret containing data to use for the targets.
 *
 * @schema AlertmanagerSpecClusterTlsServerClientCaSecret
 */
export interface AlertmanagerSpecClusterTlsServerClientCaSecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecClusterTlsServerClientCaSecret#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecClusterTlsServerClientCaSecret#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecClusterTlsServerClientCaSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecClusterTlsServerClientCaSecret' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecClusterTlsServerClientCaSecret(obj: AlertmanagerSpecClusterTlsServerClientCaSecret | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a ConfigMap.
 *
 * @schema AlertmanagerSpecContainersEnvValueFromConfigMapKeyRef
 */
export interface AlertmanagerSpecContainersEnvValueFromConfigMapKeyRef {
    /**
     * The key to select.
     *
     * @schema AlertmanagerSpecContainersEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecContainersEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema AlertmanagerSpecContainersEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersEnvValueFromConfigMapKeyRef(obj: AlertmanagerSpecContainersEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
 * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
 *
 * @schema AlertmanagerSpecContainersEnvValueFromFieldRef
 */
export interface AlertmanagerSpecContainersEnvValueFromFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema AlertmanagerSpecContainersEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema AlertmanagerSpecContainersEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersEnvValueFromFieldRef(obj: AlertmanagerSpecContainersEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * FileKeyRef selects a key of the env file.
 * Requires the EnvFiles feature gate to be enabled.
 *
 * @schema AlertmanagerSpecContainersEnvValueFromFileKeyRef
 */
export interface AlertmanagerSpecContainersEnvValueFromFileKeyRef {
    /**
     * The key within the env file. An invalid key will prevent the pod from starting.
     * The keys defined within a source may consist of any printable ASCII characters except '='.
     * During Alpha stage of the EnvFiles feature gate, the key size is limited to 128 characters.
     *
     * @schema AlertmanagerSpecContainersEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * Specify whether the file or its key must be defined. If the file or key
     * does not exist, then the env var is not published.
     * If optional is set to true and the specified key does not exist,
     * the environment variable will not be set in the Pod's containers.
     *
     * If optional is set to false and the specified key does not exist,
     * an error will be returned during Pod creation.
     *
     * @schema AlertmanagerSpecContainersEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * The path within the volume from which to select the file.
     * Must be relative and may not contain the '..' path or start with '..'.
     *
     * @schema AlertmanagerSpecContainersEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * The name of the volume mount containing the env file.
     *
     * @schema AlertmanagerSpecContainersEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersEnvValueFromFileKeyRef(obj: AlertmanagerSpecContainersEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
 *
 * @schema AlertmanagerSpecContainersEnvValueFromResourceFieldRef
 */
export interface AlertmanagerSpecContainersEnvValueFromResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema AlertmanagerSpecContainersEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema AlertmanagerSpecContainersEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: AlertmanagerSpecContainersEnvValueFromResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema AlertmanagerSpecContainersEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersEnvValueFromResourceFieldRef(obj: AlertmanagerSpecContainersEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a secret in the pod's namespace
 *
 * @schema AlertmanagerSpecContainersEnvValueFromSecretKeyRef
 */
export interface AlertmanagerSpecContainersEnvValueFromSecretKeyRef {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecContainersEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecContainersEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecContainersEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersEnvValueFromSecretKeyRef(obj: AlertmanagerSpecContainersEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema AlertmanagerSpecContainersLifecyclePostStartExec
 */
export interface AlertmanagerSpecContainersLifecyclePostStartExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema AlertmanagerSpecContainersLifecyclePostStartExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersLifecyclePostStartExec' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersLifecyclePostStartExec(obj: AlertmanagerSpecContainersLifecyclePostStartExec | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema AlertmanagerSpecContainersLifecyclePostStartHttpGet
 */
export interface AlertmanagerSpecContainersLifecyclePostStartHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema AlertmanagerSpecContainersLifecyclePostStartHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema AlertmanagerSpecContainersLifecyclePostStartHttpGet#httpHeaders
     */
    readonly httpHeaders?: AlertmanagerSpecContainersLifecyclePostStartHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema AlertmanagerSpecContainersLifecyclePostStartHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema AlertmanagerSpecContainersLifecyclePostStartHttpGet#port
     */
    readonly port: AlertmanagerSpecContainersLifecyclePostStartHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema AlertmanagerSpecContainersLifecyclePostStartHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersLifecyclePostStartHttpGet' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersLifecyclePostStartHttpGet(obj: AlertmanagerSpecContainersLifecyclePostStartHttpGet | undefined): Record<string, any> | undefined;
/**
 * Sleep represents a duration that the container should sleep.
 *
 * @schema AlertmanagerSpecContainersLifecyclePostStartSleep
 */
export interface AlertmanagerSpecContainersLifecyclePostStartSleep {
    /**
     * Seconds is the number of seconds to sleep.
     *
     * @schema AlertmanagerSpecContainersLifecyclePostStartSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersLifecyclePostStartSleep' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersLifecyclePostStartSleep(obj: AlertmanagerSpecContainersLifecyclePostStartSleep | undefined): Record<string, any> | undefined;
/**
 * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
 * for backward compatibility. There is no validation of this field and
 * lifecycle hooks will fail at runtime when it is specified.
 *
 * @schema AlertmanagerSpecContainersLifecyclePostStartTcpSocket
 */
export interface AlertmanagerSpecContainersLifecyclePostStartTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema AlertmanagerSpecContainersLifecyclePostStartTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema AlertmanagerSpecContainersLifecyclePostStartTcpSocket#port
     */
    readonly port: AlertmanagerSpecContainersLifecyclePostStartTcpSocketPort;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersLifecyclePostStartTcpSocket' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersLifecyclePostStartTcpSocket(obj: AlertmanagerSpecContainersLifecyclePostStartTcpSocket | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema AlertmanagerSpecContainersLifecyclePreStopExec
 */
export interface AlertmanagerSpecContainersLifecyclePreStopExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema AlertmanagerSpecContainersLifecyclePreStopExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersLifecyclePreStopExec' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersLifecyclePreStopExec(obj: AlertmanagerSpecContainersLifecyclePreStopExec | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema AlertmanagerSpecContainersLifecyclePreStopHttpGet
 */
export interface AlertmanagerSpecContainersLifecyclePreStopHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema AlertmanagerSpecContainersLifecyclePreStopHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema AlertmanagerSpecContainersLifecyclePreStopHttpGet#httpHeaders
     */
    readonly httpHeaders?: AlertmanagerSpecContainersLifecyclePreStopHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema AlertmanagerSpecContainersLifecyclePreStopHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema AlertmanagerSpecContainersLifecyclePreStopHttpGet#port
     */
    readonly port: AlertmanagerSpecContainersLifecyclePreStopHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema AlertmanagerSpecContainersLifecyclePreStopHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersLifecyclePreStopHttpGet' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersLifecyclePreStopHttpGet(obj: AlertmanagerSpecContainersLifecyclePreStopHttpGet | undefined): Record<string, any> | undefined;
/**
 * Sleep represents a duration that the container should sleep.
 *
 * @schema AlertmanagerSpecContainersLifecyclePreStopSleep
 */
export interface AlertmanagerSpecContainersLifecyclePreStopSleep {
    /**
     * Seconds is the number of seconds to sleep.
     *
     * @schema AlertmanagerSpecContainersLifecyclePreStopSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersLifecyclePreStopSleep' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersLifecyclePreStopSleep(obj: AlertmanagerSpecContainersLifecyclePreStopSleep | undefined): Record<string, any> | undefined;
/**
 * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
 * for backward compatibility. There is no validation of this field and
 * lifecycle hooks will fail at runtime when it is specified.
 *
 * @schema AlertmanagerSpecContainersLifecyclePreStopTcpSocket
 */
export interface AlertmanagerSpecContainersLifecyclePreStopTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema AlertmanagerSpecContainersLifecyclePreStopTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema AlertmanagerSpecContainersLifecyclePreStopTcpSocket#port
     */
    readonly port: AlertmanagerSpecContainersLifecyclePreStopTcpSocketPort;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersLifecyclePreStopTcpSocket' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersLifecyclePreStopTcpSocket(obj: AlertmanagerSpecContainersLifecyclePreStopTcpSocket | undefined): Record<string, any> | undefined;
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema AlertmanagerSpecContainersLivenessProbeHttpGetHttpHeaders
 */
export interface AlertmanagerSpecContainersLivenessProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema AlertmanagerSpecContainersLivenessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema AlertmanagerSpecContainersLivenessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersLivenessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersLivenessProbeHttpGetHttpHeaders(obj: AlertmanagerSpecContainersLivenessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema AlertmanagerSpecContainersLivenessProbeHttpGetPort
 */
export declare class AlertmanagerSpecContainersLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecContainersLivenessProbeHttpGetPort;
    static fromString(value: string): AlertmanagerSpecContainersLivenessProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema AlertmanagerSpecContainersLivenessProbeTcpSocketPort
 */
export declare class AlertmanagerSpecContainersLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecContainersLivenessProbeTcpSocketPort;
    static fromString(value: string): AlertmanagerSpecContainersLivenessProbeTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema AlertmanagerSpecContainersReadinessProbeHttpGetHttpHeaders
 */
export interface AlertmanagerSpecContainersReadinessProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema AlertmanagerSpecContainersReadinessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema AlertmanagerSpecContainersReadinessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersReadinessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersReadinessProbeHttpGetHttpHeaders(obj: AlertmanagerSpecContainersReadinessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema AlertmanagerSpecContainersReadinessProbeHttpGetPort
 */
export declare class AlertmanagerSpecContainersReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecContainersReadinessProbeHttpGetPort;
    static fromString(value: string): AlertmanagerSpecContainersReadinessProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema AlertmanagerSpecContainersReadinessProbeTcpSocketPort
 */
export declare class AlertmanagerSpecContainersReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecContainersReadinessProbeTcpSocketPort;
    static fromString(value: string): AlertmanagerSpecContainersReadinessProbeTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema AlertmanagerSpecContainersStartupProbeHttpGetHttpHeaders
 */
export interface AlertmanagerSpecContainersStartupProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema AlertmanagerSpecContainersStartupProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema AlertmanagerSpecContainersStartupProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersStartupProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersStartupProbeHttpGetHttpHeaders(obj: AlertmanagerSpecContainersStartupProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema AlertmanagerSpecContainersStartupProbeHttpGetPort
 */
export declare class AlertmanagerSpecContainersStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecContainersStartupProbeHttpGetPort;
    static fromString(value: string): AlertmanagerSpecContainersStartupProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema AlertmanagerSpecContainersStartupProbeTcpSocketPort
 */
export declare class AlertmanagerSpecContainersStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecContainersStartupProbeTcpSocketPort;
    static fromString(value: string): AlertmanagerSpecContainersStartupProbeTcpSocketPort;
    private constructor();
}
/**
 * Selects a key of a ConfigMap.
 *
 * @schema AlertmanagerSpecInitContainersEnvValueFromConfigMapKeyRef
 */
export interface AlertmanagerSpecInitContainersEnvValueFromConfigMapKeyRef {
    /**
     * The key to select.
     *
     * @schema AlertmanagerSpecInitContainersEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecInitContainersEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema AlertmanagerSpecInitContainersEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersEnvValueFromConfigMapKeyRef(obj: AlertmanagerSpecInitContainersEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
 * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
 *
 * @schema AlertmanagerSpecInitContainersEnvValueFromFieldRef
 */
export interface AlertmanagerSpecInitContainersEnvValueFromFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema AlertmanagerSpecInitContainersEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema AlertmanagerSpecInitContainersEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersEnvValueFromFieldRef(obj: AlertmanagerSpecInitContainersEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * FileKeyRef selects a key of the env file.
 * Requires the EnvFiles feature gate to be enabled.
 *
 * @schema AlertmanagerSpecInitContainersEnvValueFromFileKeyRef
 */
export interface AlertmanagerSpecInitContainersEnvValueFromFileKeyRef {
    /**
     * The key within the env file. An invalid key will prevent the pod from starting.
     * The keys defined within a source may consist of any printable ASCII characters except '='.
     * During Alpha stage of the EnvFiles feature gate, the key size is limited to 128 characters.
     *
     * @schema AlertmanagerSpecInitContainersEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * Specify whether the file or its key must be defined. If the file or key
     * does not exist, then the env var is not published.
     * If optional is set to true and the specified key does not exist,
     * the environment variable will not be set in the Pod's containers.
     *
     * If optional is set to false and the specified key does not exist,
     * an error will be returned during Pod creation.
     *
     * @schema AlertmanagerSpecInitContainersEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * The path within the volume from which to select the file.
     * Must be relative and may not contain the '..' path or start with '..'.
     *
     * @schema AlertmanagerSpecInitContainersEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * The name of the volume mount containing the env file.
     *
     * @schema AlertmanagerSpecInitContainersEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersEnvValueFromFileKeyRef(obj: AlertmanagerSpecInitContainersEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
 *
 * @schema AlertmanagerSpecInitContainersEnvValueFromResourceFieldRef
 */
export interface AlertmanagerSpecInitContainersEnvValueFromResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema AlertmanagerSpecInitContainersEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema AlertmanagerSpecInitContainersEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: AlertmanagerSpecInitContainersEnvValueFromResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema AlertmanagerSpecInitContainersEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersEnvValueFromResourceFieldRef(obj: AlertmanagerSpecInitContainersEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a secret in the pod's namespace
 *
 * @schema AlertmanagerSpecInitContainersEnvValueFromSecretKeyRef
 */
export interface AlertmanagerSpecInitContainersEnvValueFromSecretKeyRef {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecInitContainersEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecInitContainersEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecInitContainersEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersEnvValueFromSecretKeyRef(obj: AlertmanagerSpecInitContainersEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema AlertmanagerSpecInitContainersLifecyclePostStartExec
 */
export interface AlertmanagerSpecInitContainersLifecyclePostStartExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema AlertmanagerSpecInitContainersLifecyclePostStartExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersLifecyclePostStartExec' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersLifecyclePostStartExec(obj: AlertmanagerSpecInitContainersLifecyclePostStartExec | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema AlertmanagerSpecInitContainersLifecyclePostStartHttpGet
 */
export interface AlertmanagerSpecInitContainersLifecyclePostStartHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema AlertmanagerSpecInitContainersLifecyclePostStartHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema AlertmanagerSpecInitContainersLifecyclePostStartHttpGet#httpHeaders
     */
    readonly httpHeaders?: AlertmanagerSpecInitContainersLifecyclePostStartHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema AlertmanagerSpecInitContainersLifecyclePostStartHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema AlertmanagerSpecInitContainersLifecyclePostStartHttpGet#port
     */
    readonly port: AlertmanagerSpecInitContainersLifecyclePostStartHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema AlertmanagerSpecInitContainersLifecyclePostStartHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersLifecyclePostStartHttpGet' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersLifecyclePostStartHttpGet(obj: AlertmanagerSpecInitContainersLifecyclePostStartHttpGet | undefined): Record<string, any> | undefined;
/**
 * Sleep represents a duration that the container should sleep.
 *
 * @schema AlertmanagerSpecInitContainersLifecyclePostStartSleep
 */
export interface AlertmanagerSpecInitContainersLifecyclePostStartSleep {
    /**
     * Seconds is the number of seconds to sleep.
     *
     * @schema AlertmanagerSpecInitContainersLifecyclePostStartSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersLifecyclePostStartSleep' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersLifecyclePostStartSleep(obj: AlertmanagerSpecInitContainersLifecyclePostStartSleep | undefined): Record<string, any> | undefined;
/**
 * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
 * for backward compatibility. There is no validation of this field and
 * lifecycle hooks will fail at runtime when it is specified.
 *
 * @schema AlertmanagerSpecInitContainersLifecyclePostStartTcpSocket
 */
export interface AlertmanagerSpecInitContainersLifecyclePostStartTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema AlertmanagerSpecInitContainersLifecyclePostStartTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema AlertmanagerSpecInitContainersLifecyclePostStartTcpSocket#port
     */
    readonly port: AlertmanagerSpecInitContainersLifecyclePostStartTcpSocketPort;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersLifecyclePostStartTcpSocket' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersLifecyclePostStartTcpSocket(obj: AlertmanagerSpecInitContainersLifecyclePostStartTcpSocket | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema AlertmanagerSpecInitContainersLifecyclePreStopExec
 */
export interface AlertmanagerSpecInitContainersLifecyclePreStopExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema AlertmanagerSpecInitContainersLifecyclePreStopExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersLifecyclePreStopExec' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersLifecyclePreStopExec(obj: AlertmanagerSpecInitContainersLifecyclePreStopExec | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema AlertmanagerSpecInitContainersLifecyclePreStopHttpGet
 */
export interface AlertmanagerSpecInitContainersLifecyclePreStopHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema AlertmanagerSpecInitContainersLifecyclePreStopHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema AlertmanagerSpecInitContainersLifecyclePreStopHttpGet#httpHeaders
     */
    readonly httpHeaders?: AlertmanagerSpecInitContainersLifecyclePreStopHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema AlertmanagerSpecInitContainersLifecyclePreStopHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema AlertmanagerSpecInitContainersLifecyclePreStopHttpGet#port
     */
    readonly port: AlertmanagerSpecInitContainersLifecyclePreStopHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema AlertmanagerSpecInitContainersLifecyclePreStopHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersLifecyclePreStopHttpGet' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersLifecyclePreStopHttpGet(obj: AlertmanagerSpecInitContainersLifecyclePreStopHttpGet | undefined): Record<string, any> | undefined;
/**
 * Sleep represents a duration that the container should sleep.
 *
 * @schema AlertmanagerSpecInitContainersLifecyclePreStopSleep
 */
export interface AlertmanagerSpecInitContainersLifecyclePreStopSleep {
    /**
     * Seconds is the number of seconds to sleep.
     *
     * @schema AlertmanagerSpecInitContainersLifecyclePreStopSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersLifecyclePreStopSleep' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersLifecyclePreStopSleep(obj: AlertmanagerSpecInitContainersLifecyclePreStopSleep | undefined): Record<string, any> | undefined;
/**
 * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
 * for backward compatibility. There is no validation of this field and
 * lifecycle hooks will fail at runtime when it is specified.
 *
 * @schema AlertmanagerSpecInitContainersLifecyclePreStopTcpSocket
 */
export interface AlertmanagerSpecInitContainersLifecyclePreStopTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema AlertmanagerSpecInitContainersLifecyclePreStopTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema AlertmanagerSpecInitContainersLifecyclePreStopTcpSocket#port
     */
    readonly port: AlertmanagerSpecInitContainersLifecyclePreStopTcpSocketPort;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersLifecyclePreStopTcpSocket' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersLifecyclePreStopTcpSocket(obj: AlertmanagerSpecInitContainersLifecyclePreStopTcpSocket | undefined): Record<string, any> | undefined;
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema AlertmanagerSpecInitContainersLivenessProbeHttpGetHttpHeaders
 */
export interface AlertmanagerSpecInitContainersLivenessProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema AlertmanagerSpecInitContainersLivenessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema AlertmanagerSpecInitContainersLivenessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersLivenessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersLivenessProbeHttpGetHttpHeaders(obj: AlertmanagerSpecInitContainersLivenessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema AlertmanagerSpecInitContainersLivenessProbeHttpGetPort
 */
export declare class AlertmanagerSpecInitContainersLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecInitContainersLivenessProbeHttpGetPort;
    static fromString(value: string): AlertmanagerSpecInitContainersLivenessProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema AlertmanagerSpecInitContainersLivenessProbeTcpSocketPort
 */
export declare class AlertmanagerSpecInitContainersLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecInitContainersLivenessProbeTcpSocketPort;
    static fromString(value: string): AlertmanagerSpecInitContainersLivenessProbeTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema AlertmanagerSpecInitContainersReadinessProbeHttpGetHttpHeaders
 */
export interface AlertmanagerSpecInitContainersReadinessProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema AlertmanagerSpecInitContainersReadinessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema AlertmanagerSpecInitContainersReadinessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersReadinessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersReadinessProbeHttpGetHttpHeaders(obj: AlertmanagerSpecInitContainersReadinessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema AlertmanagerSpecInitContainersReadinessProbeHttpGetPort
 */
export declare class AlertmanagerSpecInitContainersReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecInitContainersReadinessProbeHttpGetPort;
    static fromString(value: string): AlertmanagerSpecInitContainersReadinessProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema AlertmanagerSpecInitContainersReadinessProbeTcpSocketPort
 */
export declare class AlertmanagerSpecInitContainersReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecInitContainersReadinessProbeTcpSocketPort;
    static fromString(value: string): AlertmanagerSpecInitContainersReadinessProbeTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema AlertmanagerSpecInitContainersStartupProbeHttpGetHttpHeaders
 */
export interface AlertmanagerSpecInitContainersStartupProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema AlertmanagerSpecInitContainersStartupProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema AlertmanagerSpecInitContainersStartupProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersStartupProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersStartupProbeHttpGetHttpHeaders(obj: AlertmanagerSpecInitContainersStartupProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema AlertmanagerSpecInitContainersStartupProbeHttpGetPort
 */
export declare class AlertmanagerSpecInitContainersStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecInitContainersStartupProbeHttpGetPort;
    static fromString(value: string): AlertmanagerSpecInitContainersStartupProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema AlertmanagerSpecInitContainersStartupProbeTcpSocketPort
 */
export declare class AlertmanagerSpecInitContainersStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecInitContainersStartupProbeTcpSocketPort;
    static fromString(value: string): AlertmanagerSpecInitContainersStartupProbeTcpSocketPort;
    private constructor();
}
/**
 * The specification for the PersistentVolumeClaim. The entire content is
 * copied unchanged into the PVC that gets created from this
 * template. The same fields as in a PersistentVolumeClaim
 * are also valid here.
 *
 * @schema AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpec
 */
export interface AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpec {
    /**
     * accessModes contains the desired access modes the volume should have.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1
     *
     * @schema AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpec#accessModes
     */
    readonly accessModes?: string[];
    /**
     * dataSource field can be used to specify either:
     * * An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot)
     * * An existing PVC (PersistentVolumeClaim)
     * If the provisioner or an external controller can support the specified data source,
     * it will create a new volume based on the contents of the specified data source.
     * When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef,
     * and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified.
     * If the namespace is specified, then dataSourceRef will not be copied to dataSource.
     *
     * @schema AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpec#dataSource
     */
    readonly dataSource?: AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecDataSource;
    /**
     * dataSourceRef specifies the object from which to populate the volume with data, if a non-empty
     * volume is desired. This may be any object from a non-empty API group (non
     * core object) or a PersistentVolumeClaim object.
     * When this field is specified, volume binding will only succeed if the type of
     * the specified object matches some installed volume populator or dynamic
     * provisioner.
     * This field will replace the functionality of the dataSource field and as such
     * if both fields are non-empty, they must have the same value. For backwards
     * compatibility, when namespace isn't specified in dataSourceRef,
     * both fields (dataSource and dataSourceRef) will be set to the same
     * value automatically if one of them is empty and the other is non-empty.
     * When namespace is specified in dataSourceRef,
     * dataSource isn't set to the same value and must be empty.
     * There are three important differences between dataSource and dataSourceRef:
     * * While dataSource only allows two specific types of objects, dataSourceRef
     * allows any non-core object, as well as PersistentVolumeClaim objects.
     * * While dataSource ignores disallowed values (dropping them), dataSourceRef
     * preserves all values, and generates an error if a disallowed value is
     * specified.
     * * While dataSource only allows local objects, dataSourceRef allows objects
     * in any namespaces.
     * (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled.
     * (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
     *
     * @schema AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpec#dataSourceRef
     */
    readonly dataSourceRef?: AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecDataSourceRef;
    /**
     * resources represents the minimum resources the volume should have.
     * Users are allowed to specify resource requirements
     * that are lower than previous value but must still be higher than capacity recorded in the
     * status field of the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
     *
     * @schema AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpec#resources
     */
    readonly resources?: AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecResources;
    /**
     * selector is a label query over volumes to consider for binding.
     *
     * @schema AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpec#selector
     */
    readonly selector?: AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecSelector;
    /**
     * storageClassName is the name of the StorageClass required by the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1
     *
     * @schema AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpec#storageClassName
     */
    readonly storageClassName?: string;
    /**
     * volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim.
     * If specified, the CSI driver will create or update the volume with the attributes defined
     * in the corresponding VolumeAttributesClass. This has a different purpose than storageClassName,
     * it can be changed after the claim is created. An empty string or nil value indicates that no
     * VolumeAttributesClass will be applied to the claim. If the claim enters an Infeasible error state,
     * this field can be reset to its previous value (including nil) to cancel the modification.
     * If the resource referred to by volumeAttributesClass does not exist, this PersistentVolumeClaim will be
     * set to a Pending state, as reflected by the modifyVolumeStatus field, until such as a resource
     * exists.
     * More info: https://kubernetes.io/docs/concepts/storage/volume-attributes-classes/
     *
     * @schema AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpec#volumeAttributesClassName
     */
    readonly volumeAttributesClassName?: string;
    /**
     * volumeMode defines what type of volume is required by the claim.
     * Value of Filesystem is implied when not included in claim spec.
     *
     * @schema AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpec#volumeMode
     */
    readonly volumeMode?: string;
    /**
     * volumeName is the binding reference to the PersistentVolume backing this claim.
     *
     * @schema AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpec#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpec' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpec(obj: AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpec | undefined): Record<string, any> | undefined;
/**
 * dataSource field can be used to specify either:
 * * An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot)
 * * An existing PVC (PersistentVolumeClaim)
 * If the provisioner or an external controller can support the specified data source,
 * it will create a new volume based on the contents of the specified data source.
 * When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef,
 * and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified.
 * If the namespace is specified, then dataSourceRef will not be copied to dataSource.
 *
 * @schema AlertmanagerSpecStorageVolumeClaimTemplateSpecDataSource
 */
export interface AlertmanagerSpecStorageVolumeClaimTemplateSpecDataSource {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateSpecDataSource#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateSpecDataSource#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateSpecDataSource#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecStorageVolumeClaimTemplateSpecDataSource' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecStorageVolumeClaimTemplateSpecDataSource(obj: AlertmanagerSpecStorageVolumeClaimTemplateSpecDataSource | undefined): Record<string, any> | undefined;
/**
 * dataSourceRef specifies the object from which to populate the volume with data, if a non-empty
 * volume is desired. This may be any object from a non-empty API group (non
 * core object) or a PersistentVolumeClaim object.
 * When this field is specified, volume binding will only succeed if the type of
 * the specified object matches some installed volume populator or dynamic
 * provisioner.
 * This field will replace the functionality of the dataSource field and as such
 * if both fields are non-empty, they must have the same value. For backwards
 * compatibility, when namespace isn't specified in dataSourceRef,
 * both fields (dataSource and dataSourceRef) will be set to the same
 * value automatically if one of them is empty and the other is non-empty.
 * When namespace is specified in dataSourceRef,
 * dataSource isn't set to the same value and must be empty.
 * There are three important differences between dataSource and dataSourceRef:
 * * While dataSource only allows two specific types of objects, dataSourceRef
 * allows any non-core object, as well as PersistentVolumeClaim objects.
 * * While dataSource ignores disallowed values (dropping them), dataSourceRef
 * preserves all values, and generates an error if a disallowed value is
 * specified.
 * * While dataSource only allows local objects, dataSourceRef allows objects
 * in any namespaces.
 * (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled.
 * (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
 *
 * @schema AlertmanagerSpecStorageVolumeClaimTemplateSpecDataSourceRef
 */
export interface AlertmanagerSpecStorageVolumeClaimTemplateSpecDataSourceRef {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateSpecDataSourceRef#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateSpecDataSourceRef#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateSpecDataSourceRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of resource being referenced
     * Note that when a namespace is specified, a gateway.networking.k8s.io/ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details.
     * (Alpha) This field requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateSpecDataSourceRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecStorageVolumeClaimTemplateSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecStorageVolumeClaimTemplateSpecDataSourceRef(obj: AlertmanagerSpecStorageVolumeClaimTemplateSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * resources represents the minimum resources the volume should have.
 * Users are allowed to specify resource requirements
 * that are lower than previous value but must still be higher than capacity recorded in the
 * status field of the claim.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
 *
 * @schema AlertmanagerSpecStorageVolumeClaimTemplateSpecResources
 */
export interface AlertmanagerSpecStorageVolumeClaimTemplateSpecResources {
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateSpecResources#limits
     */
    readonly limits?: {
        [key: string]: AlertmanagerSpecStorageVolumeClaimTemplateSpecResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateSpecResources#requests
     */
    readonly requests?: {
        [key: string]: AlertmanagerSpecStorageVolumeClaimTemplateSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'AlertmanagerSpecStorageVolumeClaimTemplateSpecResources' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecStorageVolumeClaimTemplateSpecResources(obj: AlertmanagerSpecStorageVolumeClaimTemplateSpecResources | undefined): Record<string, any> | undefined;
/**
 * selector is a label query over volumes to consider for binding.
 *
 * @schema AlertmanagerSpecStorageVolumeClaimTemplateSpecSelector
 */
export interface AlertmanagerSpecStorageVolumeClaimTemplateSpecSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateSpecSelector#matchExpressions
     */
    readonly matchExpressions?: AlertmanagerSpecStorageVolumeClaimTemplateSpecSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'AlertmanagerSpecStorageVolumeClaimTemplateSpecSelector' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecStorageVolumeClaimTemplateSpecSelector(obj: AlertmanagerSpecStorageVolumeClaimTemplateSpecSelector | undefined): Record<string, any> | undefined;
/**
 * @schema AlertmanagerSpecStorageVolumeClaimTemplateStatusAllocatedResources
 */
export declare class AlertmanagerSpecStorageVolumeClaimTemplateStatusAllocatedResources {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecStorageVolumeClaimTemplateStatusAllocatedResources;
    static fromString(value: string): AlertmanagerSpecStorageVolumeClaimTemplateStatusAllocatedResources;
    private constructor();
}
/**
 * @schema AlertmanagerSpecStorageVolumeClaimTemplateStatusCapacity
 */
export declare class AlertmanagerSpecStorageVolumeClaimTemplateStatusCapacity {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecStorageVolumeClaimTemplateStatusCapacity;
    static fromString(value: string): AlertmanagerSpecStorageVolumeClaimTemplateStatusCapacity;
    private constructor();
}
/**
 * PersistentVolumeClaimCondition contains details about state of pvc
 *
 * @schema AlertmanagerSpecStorageVolumeClaimTemplateStatusConditions
 */
export interface AlertmanagerSpecStorageVolumeClaimTemplateStatusConditions {
    /**
     * lastProbeTime is the time we probed the condition.
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateStatusConditions#lastProbeTime
     */
    readonly lastProbeTime?: Date;
    /**
     * lastTransitionTime is the time the condition transitioned from one status to another.
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateStatusConditions#lastTransitionTime
     */
    readonly lastTransitionTime?: Date;
    /**
     * message is the human-readable message indicating details about last transition.
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateStatusConditions#message
     */
    readonly message?: string;
    /**
     * reason is a unique, this should be a short, machine understandable string that gives the reason
     * for condition's last transition. If it reports "Resizing" that means the underlying
     * persistent volume is being resized.
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateStatusConditions#reason
     */
    readonly reason?: string;
    /**
     * Status is the status of the condition.
     * Can be True, False, Unknown.
     * More info: https://kubernetes.io/docs/reference/kubernetes-api/config-and-storage-resources/persistent-volume-claim-v1/#:~:text=state%20of%20pvc-,conditions.status,-(string)%2C%20required
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateStatusConditions#status
     */
    readonly status: string;
    /**
     * Type is the type of the condition.
     * More info: https://kubernetes.io/docs/reference/kubernetes-api/config-and-storage-resources/persistent-volume-claim-v1/#:~:text=set%20to%20%27ResizeStarted%27.-,PersistentVolumeClaimCondition,-contains%20details%20about
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateStatusConditions#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecStorageVolumeClaimTemplateStatusConditions' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecStorageVolumeClaimTemplateStatusConditions(obj: AlertmanagerSpecStorageVolumeClaimTemplateStatusConditions | undefined): Record<string, any> | undefined;
/**
 * ModifyVolumeStatus represents the status object of ControllerModifyVolume operation.
 * When this is unset, there is no ModifyVolume operation being attempted.
 *
 * @schema AlertmanagerSpecStorageVolumeClaimTemplateStatusModifyVolumeStatus
 */
export interface AlertmanagerSpecStorageVolumeClaimTemplateStatusModifyVolumeStatus {
    /**
     * status is the status of the ControllerModifyVolume operation. It can be in any of following states:
     * - Pending
     * Pending indicates that the PersistentVolumeClaim cannot be modified due to unmet requirements, such as
     * the specified VolumeAttributesClass not existing.
     * - InProgress
     * InProgress indicates that the volume is being modified.
     * - Infeasible
     * Infeasible indicates that the request has been rejected as invalid by the CSI driver. To
     * resolve the error, a valid VolumeAttributesClass needs to be specified.
     * Note: New statuses can be added in the future. Consumers should check for unknown statuses and fail appropriately.
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateStatusModifyVolumeStatus#status
     */
    readonly status: string;
    /**
     * targetVolumeAttributesClassName is the name of the VolumeAttributesClass the PVC currently being reconciled
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateStatusModifyVolumeStatus#targetVolumeAttributesClassName
     */
    readonly targetVolumeAttributesClassName?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecStorageVolumeClaimTemplateStatusModifyVolumeStatus' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecStorageVolumeClaimTemplateStatusModifyVolumeStatus(obj: AlertmanagerSpecStorageVolumeClaimTemplateStatusModifyVolumeStatus | undefined): Record<string, any> | undefined;
/**
 * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
 *
 * @schema AlertmanagerSpecVolumesDownwardApiItemsFieldRef
 */
export interface AlertmanagerSpecVolumesDownwardApiItemsFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema AlertmanagerSpecVolumesDownwardApiItemsFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema AlertmanagerSpecVolumesDownwardApiItemsFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesDownwardApiItemsFieldRef' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesDownwardApiItemsFieldRef(obj: AlertmanagerSpecVolumesDownwardApiItemsFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
 *
 * @schema AlertmanagerSpecVolumesDownwardApiItemsResourceFieldRef
 */
export interface AlertmanagerSpecVolumesDownwardApiItemsResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema AlertmanagerSpecVolumesDownwardApiItemsResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema AlertmanagerSpecVolumesDownwardApiItemsResourceFieldRef#divisor
     */
    readonly divisor?: AlertmanagerSpecVolumesDownwardApiItemsResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema AlertmanagerSpecVolumesDownwardApiItemsResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesDownwardApiItemsResourceFieldRef' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesDownwardApiItemsResourceFieldRef(obj: AlertmanagerSpecVolumesDownwardApiItemsResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * The specification for the PersistentVolumeClaim. The entire content is
 * copied unchanged into the PVC that gets created from this
 * template. The same fields as in a PersistentVolumeClaim
 * are also valid here.
 *
 * @schema AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpec
 */
export interface AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpec {
    /**
     * accessModes contains the desired access modes the volume should have.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1
     *
     * @schema AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpec#accessModes
     */
    readonly accessModes?: string[];
    /**
     * dataSource field can be used to specify either:
     * * An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot)
     * * An existing PVC (PersistentVolumeClaim)
     * If the provisioner or an external controller can support the specified data source,
     * it will create a new volume based on the contents of the specified data source.
     * When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef,
     * and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified.
     * If the namespace is specified, then dataSourceRef will not be copied to dataSource.
     *
     * @schema AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpec#dataSource
     */
    readonly dataSource?: AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource;
    /**
     * dataSourceRef specifies the object from which to populate the volume with data, if a non-empty
     * volume is desired. This may be any object from a non-empty API group (non
     * core object) or a PersistentVolumeClaim object.
     * When this field is specified, volume binding will only succeed if the type of
     * the specified object matches some installed volume populator or dynamic
     * provisioner.
     * This field will replace the functionality of the dataSource field and as such
     * if both fields are non-empty, they must have the same value. For backwards
     * compatibility, when namespace isn't specified in dataSourceRef,
     * both fields (dataSource and dataSourceRef) will be set to the same
     * value automatically if one of them is empty and the other is non-empty.
     * When namespace is specified in dataSourceRef,
     * dataSource isn't set to the same value and must be empty.
     * There are three important differences between dataSource and dataSourceRef:
     * * While dataSource only allows two specific types of objects, dataSourceRef
     * allows any non-core object, as well as PersistentVolumeClaim objects.
     * * While dataSource ignores disallowed values (dropping them), dataSourceRef
     * preserves all values, and generates an error if a disallowed value is
     * specified.
     * * While dataSource only allows local objects, dataSourceRef allows objects
     * in any namespaces.
     * (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled.
     * (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
     *
     * @schema AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpec#dataSourceRef
     */
    readonly dataSourceRef?: AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef;
    /**
     * resources represents the minimum resources the volume should have.
     * Users are allowed to specify resource requirements
     * that are lower than previous value but must still be higher than capacity recorded in the
     * status field of the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
     *
     * @schema AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpec#resources
     */
    readonly resources?: AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecResources;
    /**
     * selector is a label query over volumes to consider for binding.
     *
     * @schema AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpec#selector
     */
    readonly selector?: AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecSelector;
    /**
     * storageClassName is the name of the StorageClass required by the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1
     *
     * @schema AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpec#storageClassName
     */
    readonly storageClassName?: string;
    /**
     * volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim.
     * If specified, the CSI driver will create or update the volume with the attributes defined
     * in the corresponding VolumeAttributesClass. This has a different purpose than storageClassName,
     * it can be changed after the claim is created. An empty string or nil value indicates that no
     * VolumeAttributesClass will be applied to the claim. If the claim enters an Infeasible error state,
     * this field can be reset to its previous value (including nil) to cancel the modification.
     * If the resource referred to by volumeAttributesClass does not exist, this PersistentVolumeClaim will be
     * set to a Pending state, as reflected by the modifyVolumeStatus field, until such as a resource
     * exists.
     * More info: https://kubernetes.io/docs/concepts/storage/volume-attributes-classes/
     *
     * @schema AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpec#volumeAttributesClassName
     */
    readonly volumeAttributesClassName?: string;
    /**
     * volumeMode defines what type of volume is required by the claim.
     * Value of Filesystem is implied when not included in claim spec.
     *
     * @schema AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpec#volumeMode
     */
    readonly volumeMode?: string;
    /**
     * volumeName is the binding reference to the PersistentVolume backing this claim.
     *
     * @schema AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpec#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpec' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpec(obj: AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpec | undefined): Record<string, any> | undefined;
/**
 * ClusterTrustBundle allows a pod to access the `.spec.trustBundle` field
 * of ClusterTrustBundle objects in an auto-updating file.
 *
 * Alpha, gated by the ClusterTrustBundleProjection feature gate.
 *
 * ClusterTrustBundle objects can either be selected by name, or by the
 * combination of signer name and a label selector.
 *
 * Kubelet performs aggressive normalization of the PEM contents written
 * into the pod filesystem.  Esoteric PEM features such as inter-block
 * comments and block headers are stripped.  Certificates are deduplicated.
 * The ordering of certificates within the file is arbitrary, and Kubelet
 * may change the order over time.
 *
 * @schema AlertmanagerSpecVolumesProjectedSourcesClusterTrustBundle
 */
export interface AlertmanagerSpecVolumesProjectedSourcesClusterTrustBundle {
    /**
     * Select all ClusterTrustBundles that match this label selector.  Only has
     * effect if signerName is set.  Mutually-exclusive with name.  If unset,
     * interpreted as "match nothing".  If set but empty, interpreted as "match
     * everything".
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesClusterTrustBundle#labelSelector
     */
    readonly labelSelector?: AlertmanagerSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector;
    /**
     * Select a single ClusterTrustBundle by object name.  Mutually-exclusive
     * with signerName and labelSelector.
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesClusterTrustBundle#name
     */
    readonly name?: string;
    /**
     * If true, don't block pod startup if the referenced ClusterTrustBundle(s)
     * aren't available.  If using name, then the named ClusterTrustBundle is
     * allowed not to exist.  If using signerName, then the combination of
     * signerName and labelSelector is allowed to match zero
     * ClusterTrustBundles.
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesClusterTrustBundle#optional
     */
    readonly optional?: boolean;
    /**
     * Relative path from the volume root to write the bundle.
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesClusterTrustBundle#path
     */
    readonly path: string;
    /**
     * Select all ClusterTrustBundles that match this signer name.
     * Mutually-exclusive with name.  The contents of all selected
     * ClusterTrustBundles will be unified and deduplicated.
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesClusterTrustBundle#signerName
     */
    readonly signerName?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesProjectedSourcesClusterTrustBundle' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesProjectedSourcesClusterTrustBundle(obj: AlertmanagerSpecVolumesProjectedSourcesClusterTrustBundle | undefined): Record<string, any> | undefined;
/**
 * configMap information about the configMap data to project
 *
 * @schema AlertmanagerSpecVolumesProjectedSourcesConfigMap
 */
export interface AlertmanagerSpecVolumesProjectedSourcesConfigMap {
    /**
     * items if unspecified, each key-value pair in the Data field of the referenced
     * ConfigMap will be projected into the volume as a file whose name is the
     * key and content is the value. If specified, the listed keys will be
     * projected into the specified paths, and unlisted keys will not be
     * present. If a key is specified which is not present in the ConfigMap,
     * the volume setup will error unless it is marked optional. Paths must be
     * relative and may not contain the '..' path or start with '..'.
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesConfigMap#items
     */
    readonly items?: AlertmanagerSpecVolumesProjectedSourcesConfigMapItems[];
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesConfigMap#name
     */
    readonly name?: string;
    /**
     * optional specify whether the ConfigMap or its keys must be defined
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesProjectedSourcesConfigMap' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesProjectedSourcesConfigMap(obj: AlertmanagerSpecVolumesProjectedSourcesConfigMap | undefined): Record<string, any> | undefined;
/**
 * downwardAPI information about the downwardAPI data to project
 *
 * @schema AlertmanagerSpecVolumesProjectedSourcesDownwardApi
 */
export interface AlertmanagerSpecVolumesProjectedSourcesDownwardApi {
    /**
     * Items is a list of DownwardAPIVolume file
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesDownwardApi#items
     */
    readonly items?: AlertmanagerSpecVolumesProjectedSourcesDownwardApiItems[];
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesProjectedSourcesDownwardApi' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesProjectedSourcesDownwardApi(obj: AlertmanagerSpecVolumesProjectedSourcesDownwardApi | undefined): Record<string, any> | undefined;
/**
 * Projects an auto-rotating credential bundle (private key and certificate
 * chain) that the pod can use either as a TLS client or server.
 *
 * Kubelet generates a private key and uses it to send a
 * PodCertificateRequest to the named signer.  Once the signer approves the
 * request and issues a certificate chain, Kubelet writes the key and
 * certificate chain to the pod filesystem.  The pod does not start until
 * certificates have been issued for each podCertificate projected volume
 * source in its spec.
 *
 * Kubelet will begin trying to rotate the certificate at the time indicated
 * by the signer using the PodCertificateRequest.Status.BeginRefreshAt
 * timestamp.
 *
 * Kubelet can write a single file, indicated by the credentialBundlePath
 * field, or separate files, indicated by the keyPath and
 * certificateChainPath fields.
 *
 * The credential bundle is a single file in PEM format.  The first PEM
 * entry is the private key (in PKCS#8 format), and the remaining PEM
 * entries are the certificate chain issued by the signer (typically,
 * signers will return their certificate chain in leaf-to-root order).
 *
 * Prefer using the credential bundle format, since your application code
 * can read it atomically.  If you use keyPath and certificateChainPath,
 * your application must make two separate file reads. If these coincide
 * with a certificate rotation, it is possible that the private key and leaf
 * certificate you read may not correspond to each other.  Your application
 * will need to check for this condition, and re-read until they are
 * consistent.
 *
 * The named signer controls chooses the format of the certificate it
 * issues; consult the signer implementation's documentation to learn how to
 * use the certificates it issues.
 *
 * @schema AlertmanagerSpecVolumesProjectedSourcesPodCertificate
 */
export interface AlertmanagerSpecVolumesProjectedSourcesPodCertificate {
    /**
     * Write the certificate chain at this path in the projected volume.
     *
     * Most applications should use credentialBundlePath.  When using keyPath
     * and certificateChainPath, your application needs to check that the key
     * and leaf certificate are consistent, because it is possible to read the
     * files mid-rotation.
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesPodCertificate#certificateChainPath
     */
    readonly certificateChainPath?: string;
    /**
     * Write the credential bundle at this path in the projected volume.
     *
     * The credential bundle is a single file that contains multiple PEM blocks.
     * The first PEM block is a PRIVATE KEY block, containing a PKCS#8 private
     * key.
     *
     * The remaining blocks are CERTIFICATE blocks, containing the issued
     * certificate chain from the signer (leaf and any intermediates).
     *
     * Using credentialBundlePath lets your Pod's application code make a single
     * atomic read that retrieves a consistent key and certificate chain.  If you
     * project them to separate files, your application code will need to
     * additionally check that the leaf certificate was issued to the key.
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesPodCertificate#credentialBundlePath
     */
    readonly credentialBundlePath?: string;
    /**
     * Write the key at this path in the projected volume.
     *
     * Most applications should use credentialBundlePath.  When using keyPath
     * and certificateChainPath, your application needs to check that the key
     * and leaf certificate are consistent, because it is possible to read the
     * files mid-rotation.
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesPodCertificate#keyPath
     */
    readonly keyPath?: string;
    /**
     * The type of keypair Kubelet will generate for the pod.
     *
     * Valid values are "RSA3072", "RSA4096", "ECDSAP256", "ECDSAP384",
     * "ECDSAP521", and "ED25519".
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesPodCertificate#keyType
     */
    readonly keyType: string;
    /**
     * maxExpirationSeconds is the maximum lifetime permitted for the
     * certificate.
     *
     * Kubelet copies this value verbatim into the PodCertificateRequests it
     * generates for this projection.
     *
     * If omitted, kube-apiserver will set it to 86400(24 hours). kube-apiserver
     * will reject values shorter than 3600 (1 hour).  The maximum allowable
     * value is 7862400 (91 days).
     *
     * The signer implementation is then free to issue a certificate with any
     * lifetime *shorter* than MaxExpirationSeconds, but no shorter than 3600
     * seconds (1 hour).  This constraint is enforced by kube-apiserver.
     * `kubernetes.io` signers will never issue certificates with a lifetime
     * longer than 24 hours.
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesPodCertificate#maxExpirationSeconds
     */
    readonly maxExpirationSeconds?: number;
    /**
     * Kubelet's generated CSRs will be addressed to this signer.
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesPodCertificate#signerName
     */
    readonly signerName: string;
    /**
     * userAnnotations allow pod authors to pass additional information to
     * the signer implementation.  Kubernetes does not restrict or validate this
     * metadata in any way.
     *
     * These values are copied verbatim into the `spec.unverifiedUserAnnotations` field of
     * the PodCertificateRequest objects that Kubelet creates.
     *
     * Entries are subject to the same validation as object metadata annotations,
     * with the addition that all keys must be domain-prefixed. No restrictions
     * are placed on values, except an overall size limitation on the entire field.
     *
     * Signers should document the keys and values they support. Signers should
     * deny requests that contain keys they do not recognize.
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesPodCertificate#userAnnotations
     */
    readonly userAnnotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesProjectedSourcesPodCertificate' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesProjectedSourcesPodCertificate(obj: AlertmanagerSpecVolumesProjectedSourcesPodCertificate | undefined): Record<string, any> | undefined;
/**
 * secret information about the secret data to project
 *
 * @schema AlertmanagerSpecVolumesProjectedSourcesSecret
 */
export interface AlertmanagerSpecVolumesProjectedSourcesSecret {
    /**
     * items if unspecified, each key-value pair in the Data field of the referenced
     * Secret will be projected into the volume as a file whose name is the
     * key and content is the value. If specified, the listed keys will be
     * projected into the specified paths, and unlisted keys will not be
     * present. If a key is specified which is not present in the Secret,
     * the volume setup will error unless it is marked optional. Paths must be
     * relative and may not contain the '..' path or start with '..'.
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesSecret#items
     */
    readonly items?: AlertmanagerSpecVolumesProjectedSourcesSecretItems[];
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesSecret#name
     */
    readonly name?: string;
    /**
     * optional field specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesProjectedSourcesSecret' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesProjectedSourcesSecret(obj: AlertmanagerSpecVolumesProjectedSourcesSecret | undefined): Record<string, any> | undefined;
/**
 * serviceAccountToken is information about the serviceAccountToken data to project
 *
 * @schema AlertmanagerSpecVolumesProjectedSourcesServiceAccountToken
 */
export interface AlertmanagerSpecVolumesProjectedSourcesServiceAccountToken {
    /**
     * audience is the intended audience of the token. A recipient of a token
     * must identify itself with an identifier specified in the audience of the
     * token, and otherwise should reject the token. The audience defaults to the
     * identifier of the apiserver.
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesServiceAccountToken#audience
     */
    readonly audience?: string;
    /**
     * expirationSeconds is the requested duration of validity of the service
     * account token. As the token approaches expiration, the kubelet volume
     * plugin will proactively rotate the service account token. The kubelet will
     * start trying to rotate the token if the token is older than 80 percent of
     * its time to live or if the token is older than 24 hours.Defaults to 1 hour
     * and must be at least 10 minutes.
     *
     * @default 1 hour
     * @schema AlertmanagerSpecVolumesProjectedSourcesServiceAccountToken#expirationSeconds
     */
    readonly expirationSeconds?: number;
    /**
     * path is the path relative to the mount point of the file to project the
     * token into.
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesServiceAccountToken#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesProjectedSourcesServiceAccountToken' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesProjectedSourcesServiceAccountToken(obj: AlertmanagerSpecVolumesProjectedSourcesServiceAccountToken | undefined): Record<string, any> | undefined;
/**
 * xContentTypeOptions defines the X-Content-Type-Options header to HTTP responses.
 * Unset if blank. Accepted value is nosniff.
 * https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/X-Content-Type-Options
 *
 * @schema AlertmanagerSpecWebHttpConfigHeadersXContentTypeOptions
 */
export declare enum AlertmanagerSpecWebHttpConfigHeadersXContentTypeOptions {
    /** NoSniff */
    NO_SNIFF = "NoSniff"
}
/**
 * xFrameOptions defines the X-Frame-Options header to HTTP responses.
 * Unset if blank. Accepted values are deny and sameorigin.
 * https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/X-Frame-Options
 *
 * @schema AlertmanagerSpecWebHttpConfigHeadersXFrameOptions
 */
export declare enum AlertmanagerSpecWebHttpConfigHeadersXFrameOptions {
    /** Deny */
    DENY = "Deny",
    /** SameOrigin */
    SAME_ORIGIN = "SameOrigin"
}
/**
 * configMap defines the ConfigMap containing data to use for the targets.
 *
 * @schema AlertmanagerSpecWebTlsConfigCertConfigMap
 */
export interface AlertmanagerSpecWebTlsConfigCertConfigMap {
    /**
     * The key to select.
     *
     * @schema AlertmanagerSpecWebTlsConfigCertConfigMap#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecWebTlsConfigCertConfigMap#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema AlertmanagerSpecWebTlsConfigCertConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecWebTlsConfigCertConfigMap' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecWebTlsConfigCertConfigMap(obj: AlertmanagerSpecWebTlsConfigCertConfigMap | undefined): Record<string, any> | undefined;
/**
 * secret defines the Secret containing data to use for the targets.
 *
 * @schema AlertmanagerSpecWebTlsConfigCertSecret
 */
export interface AlertmanagerSpecWebTlsConfigCertSecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecWebTlsConfigCertSecret#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecWebTlsConfigCertSecret#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecWebTlsConfigCertSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecWebTlsConfigCertSecret' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecWebTlsConfigCertSecret(obj: AlertmanagerSpecWebTlsConfigCertSecret | undefined): Record<string, any> | undefined;
/**
 * configMap defines the ConfigMap containing data to use for the targets.
 *
 * @schema AlertmanagerSpecWebTlsConfigClientCaConfigMap
 */
export interface AlertmanagerSpecWebTlsConfigClientCaConfigMap {
    /**
     * The key to select.
     *
     * @schema AlertmanagerSpecWebTlsConfigClientCaConfigMap#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecWebTlsConfigClientCaConfigMap#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema AlertmanagerSpecWebTlsConfigClientCaConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecWebTlsConfigClientCaConfigMap' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecWebTlsConfigClientCaConfigMap(obj: AlertmanagerSpecWebTlsConfigClientCaConfigMap | undefined): Record<string, any> | undefined;
/**
 * secret defines the Secret containing data to use for the targets.
 *
 * @schema AlertmanagerSpecWebTlsConfigClientCaSecret
 */
export interface AlertmanagerSpecWebTlsConfigClientCaSecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecWebTlsConfigClientCaSecret#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecWebTlsConfigClientCaSecret#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecWebTlsConfigClientCaSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecWebTlsConfigClientCaSecret' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecWebTlsConfigClientCaSecret(obj: AlertmanagerSpecWebTlsConfigClientCaSecret | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema AlertmanagerSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
 */
export interface AlertmanagerSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    /**
     * The label key that the selector applies to.
     *
     * @schema AlertmanagerSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema AlertmanagerSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema AlertmanagerSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AlertmanagerSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj: AlertmanagerSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema AlertmanagerSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
 */
export interface AlertmanagerSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    /**
     * The label key that the selector applies to.
     *
     * @schema AlertmanagerSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema AlertmanagerSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema AlertmanagerSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AlertmanagerSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj: AlertmanagerSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema AlertmanagerSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
 */
export interface AlertmanagerSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    /**
     * The label key that the selector applies to.
     *
     * @schema AlertmanagerSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema AlertmanagerSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema AlertmanagerSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AlertmanagerSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj: AlertmanagerSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema AlertmanagerSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
 */
export interface AlertmanagerSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    /**
     * The label key that the selector applies to.
     *
     * @schema AlertmanagerSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema AlertmanagerSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema AlertmanagerSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AlertmanagerSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj: AlertmanagerSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: AlertmanagerSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: AlertmanagerSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * credentials defines a key of a Secret in the namespace that contains the credentials for authentication.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigAuthorizationCredentials
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigAuthorizationCredentials {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigAuthorizationCredentials#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigAuthorizationCredentials#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigAuthorizationCredentials#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigAuthorizationCredentials' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigAuthorizationCredentials(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigAuthorizationCredentials | undefined): Record<string, any> | undefined;
/**
 * password defines a key of a Secret containing the password for
 * authentication.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigBasicAuthPassword
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigBasicAuthPassword {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigBasicAuthPassword#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigBasicAuthPassword#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigBasicAuthPassword#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigBasicAuthPassword' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigBasicAuthPassword(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigBasicAuthPassword | undefined): Record<string, any> | undefined;
/**
 * username defines a key of a Secret containing the username for
 * authentication.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigBasicAuthUsername
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigBasicAuthUsername {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigBasicAuthUsername#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigBasicAuthUsername#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigBasicAuthUsername#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigBasicAuthUsername' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigBasicAuthUsername(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigBasicAuthUsername | undefined): Record<string, any> | undefined;
/**
 * clientId defines a key of a Secret or ConfigMap containing the
 * OAuth2 client's ID.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ClientId
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ClientId {
    /**
     * configMap defines the ConfigMap containing data to use for the targets.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ClientId#configMap
     */
    readonly configMap?: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ClientIdConfigMap;
    /**
     * secret defines the Secret containing data to use for the targets.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ClientId#secret
     */
    readonly secret?: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ClientIdSecret;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ClientId' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ClientId(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ClientId | undefined): Record<string, any> | undefined;
/**
 * clientSecret defines a key of a Secret containing the OAuth2
 * client's secret.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ClientSecret
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ClientSecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ClientSecret#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ClientSecret#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ClientSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ClientSecret' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ClientSecret(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ClientSecret | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector selects a key of a Secret.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ProxyConnectHeader
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ProxyConnectHeader {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ProxyConnectHeader#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ProxyConnectHeader#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ProxyConnectHeader#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ProxyConnectHeader' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ProxyConnectHeader(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ProxyConnectHeader | undefined): Record<string, any> | undefined;
/**
 * tlsConfig defines the TLS configuration to use when connecting to the OAuth2 server.
 * It requires Prometheus >= v2.43.0.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfig
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfig {
    /**
     * ca defines the Certificate authority used when verifying server certificates.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfig#ca
     */
    readonly ca?: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCa;
    /**
     * cert defines the Client certificate to present when doing client-authentication.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfig#cert
     */
    readonly cert?: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCert;
    /**
     * insecureSkipVerify defines how to disable target certificate validation.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfig#insecureSkipVerify
     */
    readonly insecureSkipVerify?: boolean;
    /**
     * keySecret defines the Secret containing the client key file for the targets.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfig#keySecret
     */
    readonly keySecret?: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigKeySecret;
    /**
     * maxVersion defines the maximum acceptable TLS version.
     *
     * It requires Prometheus >= v2.41.0 or Thanos >= v0.31.0.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfig#maxVersion
     */
    readonly maxVersion?: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigMaxVersion;
    /**
     * minVersion defines the minimum acceptable TLS version.
     *
     * It requires Prometheus >= v2.35.0 or Thanos >= v0.28.0.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfig#minVersion
     */
    readonly minVersion?: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigMinVersion;
    /**
     * serverName is used to verify the hostname for the targets.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfig#serverName
     */
    readonly serverName?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfig' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfig(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfig | undefined): Record<string, any> | undefined;
/**
 * ca defines the Certificate authority used when verifying server certificates.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCa
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCa {
    /**
     * configMap defines the ConfigMap containing data to use for the targets.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCa#configMap
     */
    readonly configMap?: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCaConfigMap;
    /**
     * secret defines the Secret containing data to use for the targets.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCa#secret
     */
    readonly secret?: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCaSecret;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCa' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCa(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCa | undefined): Record<string, any> | undefined;
/**
 * cert defines the Client certificate to present when doing client-authentication.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCert
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCert {
    /**
     * configMap defines the ConfigMap containing data to use for the targets.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCert#configMap
     */
    readonly configMap?: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCertConfigMap;
    /**
     * secret defines the Secret containing data to use for the targets.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCert#secret
     */
    readonly secret?: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCertSecret;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCert' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCert(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCert | undefined): Record<string, any> | undefined;
/**
 * keySecret defines the Secret containing the client key file for the targets.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigKeySecret
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigKeySecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigKeySecret#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigKeySecret#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigKeySecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigKeySecret' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigKeySecret(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigKeySecret | undefined): Record<string, any> | undefined;
/**
 * maxVersion defines the maximum acceptable TLS version.
 *
 * It requires Prometheus >= v2.41.0 or Thanos >= v0.31.0.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigMaxVersion
 */
export declare enum AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigMaxVersion {
    /** TLS10 */
    TLS10 = "TLS10",
    /** TLS11 */
    TLS11 = "TLS11",
    /** TLS12 */
    TLS12 = "TLS12",
    /** TLS13 */
    TLS13 = "TLS13"
}
/**
 * minVersion defines the minimum acceptable TLS version.
 *
 * It requires Prometheus >= v2.35.0 or Thanos >= v0.28.0.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigMinVersion
 */
export declare enum AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigMinVersion {
    /** TLS10 */
    TLS10 = "TLS10",
    /** TLS11 */
    TLS11 = "TLS11",
    /** TLS12 */
    TLS12 = "TLS12",
    /** TLS13 */
    TLS13 = "TLS13"
}
/**
 * ca defines the Certificate authority used when verifying server certificates.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCa
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCa {
    /**
     * configMap defines the ConfigMap containing data to use for the targets.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCa#configMap
     */
    readonly configMap?: AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCaConfigMap;
    /**
     * secret defines the Secret containing data to use for the targets.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCa#secret
     */
    readonly secret?: AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCaSecret;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCa' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCa(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCa | undefined): Record<string, any> | undefined;
/**
 * cert defines the Client certificate to present when doing client-authentication.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCert
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCert {
    /**
     * configMap defines the ConfigMap containing data to use for the targets.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCert#configMap
     */
    readonly configMap?: AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCertConfigMap;
    /**
     * secret defines the Secret containing data to use for the targets.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCert#secret
     */
    readonly secret?: AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCertSecret;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCert' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCert(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCert | undefined): Record<string, any> | undefined;
/**
 * keySecret defines the Secret containing the client key file for the targets.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigKeySecret
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigKeySecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigKeySecret#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigKeySecret#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigKeySecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigKeySecret' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigKeySecret(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigKeySecret | undefined): Record<string, any> | undefined;
/**
 * maxVersion defines the maximum acceptable TLS version.
 *
 * It requires Prometheus >= v2.41.0 or Thanos >= v0.31.0.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigMaxVersion
 */
export declare enum AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigMaxVersion {
    /** TLS10 */
    TLS10 = "TLS10",
    /** TLS11 */
    TLS11 = "TLS11",
    /** TLS12 */
    TLS12 = "TLS12",
    /** TLS13 */
    TLS13 = "TLS13"
}
/**
 * minVersion defines the minimum acceptable TLS version.
 *
 * It requires Prometheus >= v2.35.0 or Thanos >= v0.28.0.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigMinVersion
 */
export declare enum AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigMinVersion {
    /** TLS10 */
    TLS10 = "TLS10",
    /** TLS11 */
    TLS11 = "TLS11",
    /** TLS12 */
    TLS12 = "TLS12",
    /** TLS13 */
    TLS13 = "TLS13"
}
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema AlertmanagerSpecContainersEnvValueFromResourceFieldRefDivisor
 */
export declare class AlertmanagerSpecContainersEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecContainersEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): AlertmanagerSpecContainersEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema AlertmanagerSpecContainersLifecyclePostStartHttpGetHttpHeaders
 */
export interface AlertmanagerSpecContainersLifecyclePostStartHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema AlertmanagerSpecContainersLifecyclePostStartHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema AlertmanagerSpecContainersLifecyclePostStartHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersLifecyclePostStartHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersLifecyclePostStartHttpGetHttpHeaders(obj: AlertmanagerSpecContainersLifecyclePostStartHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema AlertmanagerSpecContainersLifecyclePostStartHttpGetPort
 */
export declare class AlertmanagerSpecContainersLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecContainersLifecyclePostStartHttpGetPort;
    static fromString(value: string): AlertmanagerSpecContainersLifecyclePostStartHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema AlertmanagerSpecContainersLifecyclePostStartTcpSocketPort
 */
export declare class AlertmanagerSpecContainersLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecContainersLifecyclePostStartTcpSocketPort;
    static fromString(value: string): AlertmanagerSpecContainersLifecyclePostStartTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema AlertmanagerSpecContainersLifecyclePreStopHttpGetHttpHeaders
 */
export interface AlertmanagerSpecContainersLifecyclePreStopHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema AlertmanagerSpecContainersLifecyclePreStopHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema AlertmanagerSpecContainersLifecyclePreStopHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecContainersLifecyclePreStopHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecContainersLifecyclePreStopHttpGetHttpHeaders(obj: AlertmanagerSpecContainersLifecyclePreStopHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema AlertmanagerSpecContainersLifecyclePreStopHttpGetPort
 */
export declare class AlertmanagerSpecContainersLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecContainersLifecyclePreStopHttpGetPort;
    static fromString(value: string): AlertmanagerSpecContainersLifecyclePreStopHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema AlertmanagerSpecContainersLifecyclePreStopTcpSocketPort
 */
export declare class AlertmanagerSpecContainersLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecContainersLifecyclePreStopTcpSocketPort;
    static fromString(value: string): AlertmanagerSpecContainersLifecyclePreStopTcpSocketPort;
    private constructor();
}
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema AlertmanagerSpecInitContainersEnvValueFromResourceFieldRefDivisor
 */
export declare class AlertmanagerSpecInitContainersEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecInitContainersEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): AlertmanagerSpecInitContainersEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema AlertmanagerSpecInitContainersLifecyclePostStartHttpGetHttpHeaders
 */
export interface AlertmanagerSpecInitContainersLifecyclePostStartHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema AlertmanagerSpecInitContainersLifecyclePostStartHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema AlertmanagerSpecInitContainersLifecyclePostStartHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersLifecyclePostStartHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersLifecyclePostStartHttpGetHttpHeaders(obj: AlertmanagerSpecInitContainersLifecyclePostStartHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema AlertmanagerSpecInitContainersLifecyclePostStartHttpGetPort
 */
export declare class AlertmanagerSpecInitContainersLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecInitContainersLifecyclePostStartHttpGetPort;
    static fromString(value: string): AlertmanagerSpecInitContainersLifecyclePostStartHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema AlertmanagerSpecInitContainersLifecyclePostStartTcpSocketPort
 */
export declare class AlertmanagerSpecInitContainersLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecInitContainersLifecyclePostStartTcpSocketPort;
    static fromString(value: string): AlertmanagerSpecInitContainersLifecyclePostStartTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema AlertmanagerSpecInitContainersLifecyclePreStopHttpGetHttpHeaders
 */
export interface AlertmanagerSpecInitContainersLifecyclePreStopHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema AlertmanagerSpecInitContainersLifecyclePreStopHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema AlertmanagerSpecInitContainersLifecyclePreStopHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecInitContainersLifecyclePreStopHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecInitContainersLifecyclePreStopHttpGetHttpHeaders(obj: AlertmanagerSpecInitContainersLifecyclePreStopHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema AlertmanagerSpecInitContainersLifecyclePreStopHttpGetPort
 */
export declare class AlertmanagerSpecInitContainersLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecInitContainersLifecyclePreStopHttpGetPort;
    static fromString(value: string): AlertmanagerSpecInitContainersLifecyclePreStopHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema AlertmanagerSpecInitContainersLifecyclePreStopTcpSocketPort
 */
export declare class AlertmanagerSpecInitContainersLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecInitContainersLifecyclePreStopTcpSocketPort;
    static fromString(value: string): AlertmanagerSpecInitContainersLifecyclePreStopTcpSocketPort;
    private constructor();
}
/**
 * dataSource field can be used to specify either:
 * * An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot)
 * * An existing PVC (PersistentVolumeClaim)
 * If the provisioner or an external controller can support the specified data source,
 * it will create a new volume based on the contents of the specified data source.
 * When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef,
 * and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified.
 * If the namespace is specified, then dataSourceRef will not be copied to dataSource.
 *
 * @schema AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecDataSource
 */
export interface AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecDataSource {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecDataSource#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecDataSource#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecDataSource#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecDataSource' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecDataSource(obj: AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecDataSource | undefined): Record<string, any> | undefined;
/**
 * dataSourceRef specifies the object from which to populate the volume with data, if a non-empty
 * volume is desired. This may be any object from a non-empty API group (non
 * core object) or a PersistentVolumeClaim object.
 * When this field is specified, volume binding will only succeed if the type of
 * the specified object matches some installed volume populator or dynamic
 * provisioner.
 * This field will replace the functionality of the dataSource field and as such
 * if both fields are non-empty, they must have the same value. For backwards
 * compatibility, when namespace isn't specified in dataSourceRef,
 * both fields (dataSource and dataSourceRef) will be set to the same
 * value automatically if one of them is empty and the other is non-empty.
 * When namespace is specified in dataSourceRef,
 * dataSource isn't set to the same value and must be empty.
 * There are three important differences between dataSource and dataSourceRef:
 * * While dataSource only allows two specific types of objects, dataSourceRef
 * allows any non-core object, as well as PersistentVolumeClaim objects.
 * * While dataSource ignores disallowed values (dropping them), dataSourceRef
 * preserves all values, and generates an error if a disallowed value is
 * specified.
 * * While dataSource only allows local objects, dataSourceRef allows objects
 * in any namespaces.
 * (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled.
 * (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
 *
 * @schema AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecDataSourceRef
 */
export interface AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecDataSourceRef {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecDataSourceRef#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecDataSourceRef#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecDataSourceRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of resource being referenced
     * Note that when a namespace is specified, a gateway.networking.k8s.io/ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details.
     * (Alpha) This field requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
     *
     * @schema AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecDataSourceRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecDataSourceRef(obj: AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * resources represents the minimum resources the volume should have.
 * Users are allowed to specify resource requirements
 * that are lower than previous value but must still be higher than capacity recorded in the
 * status field of the claim.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
 *
 * @schema AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecResources
 */
export interface AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecResources {
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecResources#limits
     */
    readonly limits?: {
        [key: string]: AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecResources#requests
     */
    readonly requests?: {
        [key: string]: AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecResources' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecResources(obj: AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecResources | undefined): Record<string, any> | undefined;
/**
 * selector is a label query over volumes to consider for binding.
 *
 * @schema AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecSelector
 */
export interface AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecSelector#matchExpressions
     */
    readonly matchExpressions?: AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecSelector' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecSelector(obj: AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecSelector | undefined): Record<string, any> | undefined;
/**
 * @schema AlertmanagerSpecStorageVolumeClaimTemplateSpecResourcesLimits
 */
export declare class AlertmanagerSpecStorageVolumeClaimTemplateSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecStorageVolumeClaimTemplateSpecResourcesLimits;
    static fromString(value: string): AlertmanagerSpecStorageVolumeClaimTemplateSpecResourcesLimits;
    private constructor();
}
/**
 * @schema AlertmanagerSpecStorageVolumeClaimTemplateSpecResourcesRequests
 */
export declare class AlertmanagerSpecStorageVolumeClaimTemplateSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecStorageVolumeClaimTemplateSpecResourcesRequests;
    static fromString(value: string): AlertmanagerSpecStorageVolumeClaimTemplateSpecResourcesRequests;
    private constructor();
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema AlertmanagerSpecStorageVolumeClaimTemplateSpecSelectorMatchExpressions
 */
export interface AlertmanagerSpecStorageVolumeClaimTemplateSpecSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema AlertmanagerSpecStorageVolumeClaimTemplateSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AlertmanagerSpecStorageVolumeClaimTemplateSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecStorageVolumeClaimTemplateSpecSelectorMatchExpressions(obj: AlertmanagerSpecStorageVolumeClaimTemplateSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema AlertmanagerSpecVolumesDownwardApiItemsResourceFieldRefDivisor
 */
export declare class AlertmanagerSpecVolumesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecVolumesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): AlertmanagerSpecVolumesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
/**
 * dataSource field can be used to specify either:
 * * An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot)
 * * An existing PVC (PersistentVolumeClaim)
 * If the provisioner or an external controller can support the specified data source,
 * it will create a new volume based on the contents of the specified data source.
 * When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef,
 * and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified.
 * If the namespace is specified, then dataSourceRef will not be copied to dataSource.
 *
 * @schema AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource
 */
export interface AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource(obj: AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource | undefined): Record<string, any> | undefined;
/**
 * dataSourceRef specifies the object from which to populate the volume with data, if a non-empty
 * volume is desired. This may be any object from a non-empty API group (non
 * core object) or a PersistentVolumeClaim object.
 * When this field is specified, volume binding will only succeed if the type of
 * the specified object matches some installed volume populator or dynamic
 * provisioner.
 * This field will replace the functionality of the dataSource field and as such
 * if both fields are non-empty, they must have the same value. For backwards
 * compatibility, when namespace isn't specified in dataSourceRef,
 * both fields (dataSource and dataSourceRef) will be set to the same
 * value automatically if one of them is empty and the other is non-empty.
 * When namespace is specified in dataSourceRef,
 * dataSource isn't set to the same value and must be empty.
 * There are three important differences between dataSource and dataSourceRef:
 * * While dataSource only allows two specific types of objects, dataSourceRef
 * allows any non-core object, as well as PersistentVolumeClaim objects.
 * * While dataSource ignores disallowed values (dropping them), dataSourceRef
 * preserves all values, and generates an error if a disallowed value is
 * specified.
 * * While dataSource only allows local objects, dataSourceRef allows objects
 * in any namespaces.
 * (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled.
 * (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
 *
 * @schema AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef
 */
export interface AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of resource being referenced
     * Note that when a namespace is specified, a gateway.networking.k8s.io/ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details.
     * (Alpha) This field requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
     *
     * @schema AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef(obj: AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * resources represents the minimum resources the volume should have.
 * Users are allowed to specify resource requirements
 * that are lower than previous value but must still be higher than capacity recorded in the
 * status field of the claim.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
 *
 * @schema AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecResources
 */
export interface AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecResources {
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecResources#limits
     */
    readonly limits?: {
        [key: string]: AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecResources#requests
     */
    readonly requests?: {
        [key: string]: AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecResources' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecResources(obj: AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecResources | undefined): Record<string, any> | undefined;
/**
 * selector is a label query over volumes to consider for binding.
 *
 * @schema AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecSelector
 */
export interface AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecSelector#matchExpressions
     */
    readonly matchExpressions?: AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecSelector' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecSelector(obj: AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecSelector | undefined): Record<string, any> | undefined;
/**
 * Select all ClusterTrustBundles that match this label selector.  Only has
 * effect if signerName is set.  Mutually-exclusive with name.  If unset,
 * interpreted as "match nothing".  If set but empty, interpreted as "match
 * everything".
 *
 * @schema AlertmanagerSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector
 */
export interface AlertmanagerSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector#matchExpressions
     */
    readonly matchExpressions?: AlertmanagerSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector(obj: AlertmanagerSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema AlertmanagerSpecVolumesProjectedSourcesConfigMapItems
 */
export interface AlertmanagerSpecVolumesProjectedSourcesConfigMapItems {
    /**
     * key is the key to project.
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesConfigMapItems#key
     */
    readonly key: string;
    /**
     * mode is Optional: mode bits used to set permissions on this file.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesConfigMapItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesProjectedSourcesConfigMapItems' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesProjectedSourcesConfigMapItems(obj: AlertmanagerSpecVolumesProjectedSourcesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * DownwardAPIVolumeFile represents information to create the file containing the pod field
 *
 * @schema AlertmanagerSpecVolumesProjectedSourcesDownwardApiItems
 */
export interface AlertmanagerSpecVolumesProjectedSourcesDownwardApiItems {
    /**
     * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesDownwardApiItems#fieldRef
     */
    readonly fieldRef?: AlertmanagerSpecVolumesProjectedSourcesDownwardApiItemsFieldRef;
    /**
     * Optional: mode bits used to set permissions on this file, must be an octal value
     * between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesDownwardApiItems#mode
     */
    readonly mode?: number;
    /**
     * Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not start with '..'
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesDownwardApiItems#path
     */
    readonly path: string;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesDownwardApiItems#resourceFieldRef
     */
    readonly resourceFieldRef?: AlertmanagerSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesProjectedSourcesDownwardApiItems' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesProjectedSourcesDownwardApiItems(obj: AlertmanagerSpecVolumesProjectedSourcesDownwardApiItems | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema AlertmanagerSpecVolumesProjectedSourcesSecretItems
 */
export interface AlertmanagerSpecVolumesProjectedSourcesSecretItems {
    /**
     * key is the key to project.
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesSecretItems#key
     */
    readonly key: string;
    /**
     * mode is Optional: mode bits used to set permissions on this file.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesSecretItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesProjectedSourcesSecretItems' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesProjectedSourcesSecretItems(obj: AlertmanagerSpecVolumesProjectedSourcesSecretItems | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: AlertmanagerSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: AlertmanagerSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * configMap defines the ConfigMap containing data to use for the targets.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ClientIdConfigMap
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ClientIdConfigMap {
    /**
     * The key to select.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ClientIdConfigMap#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ClientIdConfigMap#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ClientIdConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ClientIdConfigMap' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ClientIdConfigMap(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ClientIdConfigMap | undefined): Record<string, any> | undefined;
/**
 * secret defines the Secret containing data to use for the targets.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ClientIdSecret
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ClientIdSecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ClientIdSecret#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ClientIdSecret#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ClientIdSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ClientIdSecret' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ClientIdSecret(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2ClientIdSecret | undefined): Record<string, any> | undefined;
/**
 * ca defines the Certificate authority used when verifying server certificates.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCa
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCa {
    /**
     * configMap defines the ConfigMap containing data to use for the targets.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCa#configMap
     */
    readonly configMap?: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCaConfigMap;
    /**
     * secret defines the Secret containing data to use for the targets.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCa#secret
     */
    readonly secret?: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCaSecret;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCa' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCa(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCa | undefined): Record<string, any> | undefined;
/**
 * cert defines the Client certificate to present when doing client-authentication.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCert
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCert {
    /**
     * configMap defines the ConfigMap containing data to use for the targets.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCert#configMap
     */
    readonly configMap?: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCertConfigMap;
    /**
     * secret defines the Secret containing data to use for the targets.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCert#secret
     */
    readonly secret?: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCertSecret;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCert' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCert(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCert | undefined): Record<string, any> | undefined;
/**
 * keySecret defines the Secret containing the client key file for the targets.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigKeySecret
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigKeySecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigKeySecret#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigKeySecret#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigKeySecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigKeySecret' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigKeySecret(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigKeySecret | undefined): Record<string, any> | undefined;
/**
 * maxVersion defines the maximum acceptable TLS version.
 *
 * It requires Prometheus >= v2.41.0 or Thanos >= v0.31.0.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigMaxVersion
 */
export declare enum AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigMaxVersion {
    /** TLS10 */
    TLS10 = "TLS10",
    /** TLS11 */
    TLS11 = "TLS11",
    /** TLS12 */
    TLS12 = "TLS12",
    /** TLS13 */
    TLS13 = "TLS13"
}
/**
 * minVersion defines the minimum acceptable TLS version.
 *
 * It requires Prometheus >= v2.35.0 or Thanos >= v0.28.0.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigMinVersion
 */
export declare enum AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigMinVersion {
    /** TLS10 */
    TLS10 = "TLS10",
    /** TLS11 */
    TLS11 = "TLS11",
    /** TLS12 */
    TLS12 = "TLS12",
    /** TLS13 */
    TLS13 = "TLS13"
}
/**
 * configMap defines the ConfigMap containing data to use for the targets.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCaConfigMap
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCaConfigMap {
    /**
     * The key to select.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCaConfigMap#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCaConfigMap#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCaConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCaConfigMap' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCaConfigMap(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCaConfigMap | undefined): Record<string, any> | undefined;
/**
 * secret defines the Secret containing data to use for the targets.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCaSecret
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCaSecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCaSecret#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCaSecret#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCaSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCaSecret' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCaSecret(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCaSecret | undefined): Record<string, any> | undefined;
/**
 * configMap defines the ConfigMap containing data to use for the targets.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCertConfigMap
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCertConfigMap {
    /**
     * The key to select.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCertConfigMap#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCertConfigMap#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCertConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCertConfigMap' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCertConfigMap(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCertConfigMap | undefined): Record<string, any> | undefined;
/**
 * secret defines the Secret containing data to use for the targets.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCertSecret
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCertSecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCertSecret#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCertSecret#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCertSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCertSecret' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCertSecret(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigTlsConfigCertSecret | undefined): Record<string, any> | undefined;
/**
 * configMap defines the ConfigMap containing data to use for the targets.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCaConfigMap
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCaConfigMap {
    /**
     * The key to select.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCaConfigMap#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCaConfigMap#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCaConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCaConfigMap' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCaConfigMap(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCaConfigMap | undefined): Record<string, any> | undefined;
/**
 * secret defines the Secret containing data to use for the targets.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCaSecret
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCaSecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCaSecret#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCaSecret#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCaSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCaSecret' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCaSecret(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCaSecret | undefined): Record<string, any> | undefined;
/**
 * configMap defines the ConfigMap containing data to use for the targets.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCertConfigMap
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCertConfigMap {
    /**
     * The key to select.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCertConfigMap#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCertConfigMap#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCertConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCertConfigMap' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCertConfigMap(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCertConfigMap | undefined): Record<string, any> | undefined;
/**
 * secret defines the Secret containing data to use for the targets.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCertSecret
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCertSecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCertSecret#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCertSecret#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCertSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCertSecret' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCertSecret(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalSmtpTlsConfigCertSecret | undefined): Record<string, any> | undefined;
/**
 * @schema AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecResourcesLimits
 */
export declare class AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecResourcesLimits;
    static fromString(value: string): AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecResourcesLimits;
    private constructor();
}
/**
 * @schema AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecResourcesRequests
 */
export declare class AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecResourcesRequests;
    static fromString(value: string): AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecResourcesRequests;
    private constructor();
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions
 */
export interface AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions(obj: AlertmanagerSpecStorageEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits
 */
export declare class AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    static fromString(value: string): AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    private constructor();
}
/**
 * @schema AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests
 */
export declare class AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    static fromString(value: string): AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    private constructor();
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions
 */
export interface AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions(obj: AlertmanagerSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema AlertmanagerSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions
 */
export interface AlertmanagerSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions(obj: AlertmanagerSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
 *
 * @schema AlertmanagerSpecVolumesProjectedSourcesDownwardApiItemsFieldRef
 */
export interface AlertmanagerSpecVolumesProjectedSourcesDownwardApiItemsFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesDownwardApiItemsFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesDownwardApiItemsFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesProjectedSourcesDownwardApiItemsFieldRef' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesProjectedSourcesDownwardApiItemsFieldRef(obj: AlertmanagerSpecVolumesProjectedSourcesDownwardApiItemsFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
 *
 * @schema AlertmanagerSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef
 */
export interface AlertmanagerSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#divisor
     */
    readonly divisor?: AlertmanagerSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema AlertmanagerSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'AlertmanagerSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef(obj: AlertmanagerSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * configMap defines the ConfigMap containing data to use for the targets.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCaConfigMap
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCaConfigMap {
    /**
     * The key to select.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCaConfigMap#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCaConfigMap#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCaConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCaConfigMap' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCaConfigMap(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCaConfigMap | undefined): Record<string, any> | undefined;
/**
 * secret defines the Secret containing data to use for the targets.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCaSecret
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCaSecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCaSecret#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCaSecret#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCaSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCaSecret' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCaSecret(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCaSecret | undefined): Record<string, any> | undefined;
/**
 * configMap defines the ConfigMap containing data to use for the targets.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCertConfigMap
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCertConfigMap {
    /**
     * The key to select.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCertConfigMap#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCertConfigMap#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCertConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCertConfigMap' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCertConfigMap(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCertConfigMap | undefined): Record<string, any> | undefined;
/**
 * secret defines the Secret containing data to use for the targets.
 *
 * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCertSecret
 */
export interface AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCertSecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCertSecret#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCertSecret#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCertSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCertSecret' to JSON representation.
 */
export declare function toJson_AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCertSecret(obj: AlertmanagerSpecAlertmanagerConfigurationGlobalHttpConfigOauth2TlsConfigCertSecret | undefined): Record<string, any> | undefined;
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema AlertmanagerSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor
 */
export declare class AlertmanagerSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): AlertmanagerSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): AlertmanagerSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
