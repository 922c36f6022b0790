import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 *
 *
 * @schema OpenTelemetryCollector
 */
export declare class OpenTelemetryCollector extends ApiObject {
    /**
     * Returns the apiVersion and kind for "OpenTelemetryCollector"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "OpenTelemetryCollector".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: OpenTelemetryCollectorProps): any;
    /**
     * Defines a "OpenTelemetryCollector" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: OpenTelemetryCollectorProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema OpenTelemetryCollector
 */
export interface OpenTelemetryCollectorProps {
    /**
     * @schema OpenTelemetryCollector#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * @schema OpenTelemetryCollector#spec
     */
    readonly spec?: OpenTelemetryCollectorSpec;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorProps' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorProps(obj: OpenTelemetryCollectorProps | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpec
 */
export interface OpenTelemetryCollectorSpec {
    /**
     * @schema OpenTelemetryCollectorSpec#additionalContainers
     */
    readonly additionalContainers?: OpenTelemetryCollectorSpecAdditionalContainers[];
    /**
     * @schema OpenTelemetryCollectorSpec#affinity
     */
    readonly affinity?: OpenTelemetryCollectorSpecAffinity;
    /**
     * @schema OpenTelemetryCollectorSpec#args
     */
    readonly args?: {
        [key: string]: string;
    };
    /**
     * @schema OpenTelemetryCollectorSpec#autoscaler
     */
    readonly autoscaler?: OpenTelemetryCollectorSpecAutoscaler;
    /**
     * @schema OpenTelemetryCollectorSpec#config
     */
    readonly config: string;
    /**
     * @schema OpenTelemetryCollectorSpec#configmaps
     */
    readonly configmaps?: OpenTelemetryCollectorSpecConfigmaps[];
    /**
     * @schema OpenTelemetryCollectorSpec#deploymentUpdateStrategy
     */
    readonly deploymentUpdateStrategy?: OpenTelemetryCollectorSpecDeploymentUpdateStrategy;
    /**
     * @schema OpenTelemetryCollectorSpec#env
     */
    readonly env?: OpenTelemetryCollectorSpecEnv[];
    /**
     * @schema OpenTelemetryCollectorSpec#envFrom
     */
    readonly envFrom?: OpenTelemetryCollectorSpecEnvFrom[];
    /**
     * @schema OpenTelemetryCollectorSpec#hostNetwork
     */
    readonly hostNetwork?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpec#image
     */
    readonly image?: string;
    /**
     * @schema OpenTelemetryCollectorSpec#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * @schema OpenTelemetryCollectorSpec#ingress
     */
    readonly ingress?: OpenTelemetryCollectorSpecIngress;
    /**
     * @schema OpenTelemetryCollectorSpec#initContainers
     */
    readonly initContainers?: OpenTelemetryCollectorSpecInitContainers[];
    /**
     * @schema OpenTelemetryCollectorSpec#lifecycle
     */
    readonly lifecycle?: OpenTelemetryCollectorSpecLifecycle;
    /**
     * @schema OpenTelemetryCollectorSpec#livenessProbe
     */
    readonly livenessProbe?: OpenTelemetryCollectorSpecLivenessProbe;
    /**
     * @schema OpenTelemetryCollectorSpec#managementState
     */
    readonly managementState: OpenTelemetryCollectorSpecManagementState;
    /**
     * @schema OpenTelemetryCollectorSpec#maxReplicas
     */
    readonly maxReplicas?: number;
    /**
     * @schema OpenTelemetryCollectorSpec#minReplicas
     */
    readonly minReplicas?: number;
    /**
     * @schema OpenTelemetryCollectorSpec#mode
     */
    readonly mode?: OpenTelemetryCollectorSpecMode;
    /**
     * @schema OpenTelemetryCollectorSpec#nodeSelector
     */
    readonly nodeSelector?: {
        [key: string]: string;
    };
    /**
     * @schema OpenTelemetryCollectorSpec#observability
     */
    readonly observability?: OpenTelemetryCollectorSpecObservability;
    /**
     * @schema OpenTelemetryCollectorSpec#podAnnotations
     */
    readonly podAnnotations?: {
        [key: string]: string;
    };
    /**
     * @schema OpenTelemetryCollectorSpec#podDisruptionBudget
     */
    readonly podDisruptionBudget?: OpenTelemetryCollectorSpecPodDisruptionBudget;
    /**
     * @schema OpenTelemetryCollectorSpec#podSecurityContext
     */
    readonly podSecurityContext?: OpenTelemetryCollectorSpecPodSecurityContext;
    /**
     * @schema OpenTelemetryCollectorSpec#ports
     */
    readonly ports?: OpenTelemetryCollectorSpecPorts[];
    /**
     * @schema OpenTelemetryCollectorSpec#priorityClassName
     */
    readonly priorityClassName?: string;
    /**
     * @schema OpenTelemetryCollectorSpec#replicas
     */
    readonly replicas?: number;
    /**
     * @schema OpenTelemetryCollectorSpec#resources
     */
    readonly resources?: OpenTelemetryCollectorSpecResources;
    /**
     * @schema OpenTelemetryCollectorSpec#securityContext
     */
    readonly securityContext?: OpenTelemetryCollectorSpecSecurityContext;
    /**
     * @schema OpenTelemetryCollectorSpec#serviceAccount
     */
    readonly serviceAccount?: string;
    /**
     * @schema OpenTelemetryCollectorSpec#serviceName
     */
    readonly serviceName?: string;
    /**
     * @schema OpenTelemetryCollectorSpec#shareProcessNamespace
     */
    readonly shareProcessNamespace?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpec#targetAllocator
     */
    readonly targetAllocator?: OpenTelemetryCollectorSpecTargetAllocator;
    /**
     * @schema OpenTelemetryCollectorSpec#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorSpec#tolerations
     */
    readonly tolerations?: OpenTelemetryCollectorSpecTolerations[];
    /**
     * @schema OpenTelemetryCollectorSpec#topologySpreadConstraints
     */
    readonly topologySpreadConstraints?: OpenTelemetryCollectorSpecTopologySpreadConstraints[];
    /**
     * @schema OpenTelemetryCollectorSpec#trafficDistribution
     */
    readonly trafficDistribution?: string;
    /**
     * @schema OpenTelemetryCollectorSpec#updateStrategy
     */
    readonly updateStrategy?: OpenTelemetryCollectorSpecUpdateStrategy;
    /**
     * @schema OpenTelemetryCollectorSpec#upgradeStrategy
     */
    readonly upgradeStrategy?: OpenTelemetryCollectorSpecUpgradeStrategy;
    /**
     * @schema OpenTelemetryCollectorSpec#volumeClaimTemplates
     */
    readonly volumeClaimTemplates?: OpenTelemetryCollectorSpecVolumeClaimTemplates[];
    /**
     * @schema OpenTelemetryCollectorSpec#volumeMounts
     */
    readonly volumeMounts?: OpenTelemetryCollectorSpecVolumeMounts[];
    /**
     * @schema OpenTelemetryCollectorSpec#volumes
     */
    readonly volumes?: OpenTelemetryCollectorSpecVolumes[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpec' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpec(obj: OpenTelemetryCollectorSpec | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainers
 */
export interface OpenTelemetryCollectorSpecAdditionalContainers {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainers#args
     */
    readonly args?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainers#command
     */
    readonly command?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainers#env
     */
    readonly env?: OpenTelemetryCollectorSpecAdditionalContainersEnv[];
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainers#envFrom
     */
    readonly envFrom?: OpenTelemetryCollectorSpecAdditionalContainersEnvFrom[];
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainers#image
     */
    readonly image?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainers#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainers#lifecycle
     */
    readonly lifecycle?: OpenTelemetryCollectorSpecAdditionalContainersLifecycle;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainers#livenessProbe
     */
    readonly livenessProbe?: OpenTelemetryCollectorSpecAdditionalContainersLivenessProbe;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainers#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainers#ports
     */
    readonly ports?: OpenTelemetryCollectorSpecAdditionalContainersPorts[];
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainers#readinessProbe
     */
    readonly readinessProbe?: OpenTelemetryCollectorSpecAdditionalContainersReadinessProbe;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainers#resizePolicy
     */
    readonly resizePolicy?: OpenTelemetryCollectorSpecAdditionalContainersResizePolicy[];
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainers#resources
     */
    readonly resources?: OpenTelemetryCollectorSpecAdditionalContainersResources;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainers#restartPolicy
     */
    readonly restartPolicy?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainers#restartPolicyRules
     */
    readonly restartPolicyRules?: OpenTelemetryCollectorSpecAdditionalContainersRestartPolicyRules[];
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainers#securityContext
     */
    readonly securityContext?: OpenTelemetryCollectorSpecAdditionalContainersSecurityContext;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainers#startupProbe
     */
    readonly startupProbe?: OpenTelemetryCollectorSpecAdditionalContainersStartupProbe;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainers#stdin
     */
    readonly stdin?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainers#stdinOnce
     */
    readonly stdinOnce?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainers#terminationMessagePath
     */
    readonly terminationMessagePath?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainers#terminationMessagePolicy
     */
    readonly terminationMessagePolicy?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainers#tty
     */
    readonly tty?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainers#volumeDevices
     */
    readonly volumeDevices?: OpenTelemetryCollectorSpecAdditionalContainersVolumeDevices[];
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainers#volumeMounts
     */
    readonly volumeMounts?: OpenTelemetryCollectorSpecAdditionalContainersVolumeMounts[];
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainers#workingDir
     */
    readonly workingDir?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainers' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainers(obj: OpenTelemetryCollectorSpecAdditionalContainers | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAffinity
 */
export interface OpenTelemetryCollectorSpecAffinity {
    /**
     * @schema OpenTelemetryCollectorSpecAffinity#nodeAffinity
     */
    readonly nodeAffinity?: OpenTelemetryCollectorSpecAffinityNodeAffinity;
    /**
     * @schema OpenTelemetryCollectorSpecAffinity#podAffinity
     */
    readonly podAffinity?: OpenTelemetryCollectorSpecAffinityPodAffinity;
    /**
     * @schema OpenTelemetryCollectorSpecAffinity#podAntiAffinity
     */
    readonly podAntiAffinity?: OpenTelemetryCollectorSpecAffinityPodAntiAffinity;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAffinity' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAffinity(obj: OpenTelemetryCollectorSpecAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAutoscaler
 */
export interface OpenTelemetryCollectorSpecAutoscaler {
    /**
     * @schema OpenTelemetryCollectorSpecAutoscaler#behavior
     */
    readonly behavior?: OpenTelemetryCollectorSpecAutoscalerBehavior;
    /**
     * @schema OpenTelemetryCollectorSpecAutoscaler#maxReplicas
     */
    readonly maxReplicas?: number;
    /**
     * @schema OpenTelemetryCollectorSpecAutoscaler#metrics
     */
    readonly metrics?: OpenTelemetryCollectorSpecAutoscalerMetrics[];
    /**
     * @schema OpenTelemetryCollectorSpecAutoscaler#minReplicas
     */
    readonly minReplicas?: number;
    /**
     * @schema OpenTelemetryCollectorSpecAutoscaler#targetCPUUtilization
     */
    readonly targetCpuUtilization?: number;
    /**
     * @schema OpenTelemetryCollectorSpecAutoscaler#targetMemoryUtilization
     */
    readonly targetMemoryUtilization?: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAutoscaler' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAutoscaler(obj: OpenTelemetryCollectorSpecAutoscaler | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecConfigmaps
 */
export interface OpenTelemetryCollectorSpecConfigmaps {
    /**
     * @schema OpenTelemetryCollectorSpecConfigmaps#mountpath
     */
    readonly mountpath: string;
    /**
     * @schema OpenTelemetryCollectorSpecConfigmaps#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecConfigmaps' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecConfigmaps(obj: OpenTelemetryCollectorSpecConfigmaps | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecDeploymentUpdateStrategy
 */
export interface OpenTelemetryCollectorSpecDeploymentUpdateStrategy {
    /**
     * @schema OpenTelemetryCollectorSpecDeploymentUpdateStrategy#rollingUpdate
     */
    readonly rollingUpdate?: OpenTelemetryCollectorSpecDeploymentUpdateStrategyRollingUpdate;
    /**
     * @schema OpenTelemetryCollectorSpecDeploymentUpdateStrategy#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecDeploymentUpdateStrategy' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecDeploymentUpdateStrategy(obj: OpenTelemetryCollectorSpecDeploymentUpdateStrategy | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecEnv
 */
export interface OpenTelemetryCollectorSpecEnv {
    /**
     * @schema OpenTelemetryCollectorSpecEnv#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorSpecEnv#value
     */
    readonly value?: string;
    /**
     * @schema OpenTelemetryCollectorSpecEnv#valueFrom
     */
    readonly valueFrom?: OpenTelemetryCollectorSpecEnvValueFrom;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecEnv' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecEnv(obj: OpenTelemetryCollectorSpecEnv | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecEnvFrom
 */
export interface OpenTelemetryCollectorSpecEnvFrom {
    /**
     * @schema OpenTelemetryCollectorSpecEnvFrom#configMapRef
     */
    readonly configMapRef?: OpenTelemetryCollectorSpecEnvFromConfigMapRef;
    /**
     * @schema OpenTelemetryCollectorSpecEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * @schema OpenTelemetryCollectorSpecEnvFrom#secretRef
     */
    readonly secretRef?: OpenTelemetryCollectorSpecEnvFromSecretRef;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecEnvFrom' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecEnvFrom(obj: OpenTelemetryCollectorSpecEnvFrom | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecIngress
 */
export interface OpenTelemetryCollectorSpecIngress {
    /**
     * @schema OpenTelemetryCollectorSpecIngress#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema OpenTelemetryCollectorSpecIngress#hostname
     */
    readonly hostname?: string;
    /**
     * @schema OpenTelemetryCollectorSpecIngress#ingressClassName
     */
    readonly ingressClassName?: string;
    /**
     * @schema OpenTelemetryCollectorSpecIngress#route
     */
    readonly route?: OpenTelemetryCollectorSpecIngressRoute;
    /**
     * @schema OpenTelemetryCollectorSpecIngress#ruleType
     */
    readonly ruleType?: OpenTelemetryCollectorSpecIngressRuleType;
    /**
     * @schema OpenTelemetryCollectorSpecIngress#tls
     */
    readonly tls?: OpenTelemetryCollectorSpecIngressTls[];
    /**
     * @schema OpenTelemetryCollectorSpecIngress#type
     */
    readonly type?: OpenTelemetryCollectorSpecIngressType;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecIngress' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecIngress(obj: OpenTelemetryCollectorSpecIngress | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainers
 */
export interface OpenTelemetryCollectorSpecInitContainers {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainers#args
     */
    readonly args?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecInitContainers#command
     */
    readonly command?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecInitContainers#env
     */
    readonly env?: OpenTelemetryCollectorSpecInitContainersEnv[];
    /**
     * @schema OpenTelemetryCollectorSpecInitContainers#envFrom
     */
    readonly envFrom?: OpenTelemetryCollectorSpecInitContainersEnvFrom[];
    /**
     * @schema OpenTelemetryCollectorSpecInitContainers#image
     */
    readonly image?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainers#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainers#lifecycle
     */
    readonly lifecycle?: OpenTelemetryCollectorSpecInitContainersLifecycle;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainers#livenessProbe
     */
    readonly livenessProbe?: OpenTelemetryCollectorSpecInitContainersLivenessProbe;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainers#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainers#ports
     */
    readonly ports?: OpenTelemetryCollectorSpecInitContainersPorts[];
    /**
     * @schema OpenTelemetryCollectorSpecInitContainers#readinessProbe
     */
    readonly readinessProbe?: OpenTelemetryCollectorSpecInitContainersReadinessProbe;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainers#resizePolicy
     */
    readonly resizePolicy?: OpenTelemetryCollectorSpecInitContainersResizePolicy[];
    /**
     * @schema OpenTelemetryCollectorSpecInitContainers#resources
     */
    readonly resources?: OpenTelemetryCollectorSpecInitContainersResources;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainers#restartPolicy
     */
    readonly restartPolicy?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainers#restartPolicyRules
     */
    readonly restartPolicyRules?: OpenTelemetryCollectorSpecInitContainersRestartPolicyRules[];
    /**
     * @schema OpenTelemetryCollectorSpecInitContainers#securityContext
     */
    readonly securityContext?: OpenTelemetryCollectorSpecInitContainersSecurityContext;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainers#startupProbe
     */
    readonly startupProbe?: OpenTelemetryCollectorSpecInitContainersStartupProbe;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainers#stdin
     */
    readonly stdin?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainers#stdinOnce
     */
    readonly stdinOnce?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainers#terminationMessagePath
     */
    readonly terminationMessagePath?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainers#terminationMessagePolicy
     */
    readonly terminationMessagePolicy?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainers#tty
     */
    readonly tty?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainers#volumeDevices
     */
    readonly volumeDevices?: OpenTelemetryCollectorSpecInitContainersVolumeDevices[];
    /**
     * @schema OpenTelemetryCollectorSpecInitContainers#volumeMounts
     */
    readonly volumeMounts?: OpenTelemetryCollectorSpecInitContainersVolumeMounts[];
    /**
     * @schema OpenTelemetryCollectorSpecInitContainers#workingDir
     */
    readonly workingDir?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainers' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainers(obj: OpenTelemetryCollectorSpecInitContainers | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecLifecycle
 */
export interface OpenTelemetryCollectorSpecLifecycle {
    /**
     * @schema OpenTelemetryCollectorSpecLifecycle#postStart
     */
    readonly postStart?: OpenTelemetryCollectorSpecLifecyclePostStart;
    /**
     * @schema OpenTelemetryCollectorSpecLifecycle#preStop
     */
    readonly preStop?: OpenTelemetryCollectorSpecLifecyclePreStop;
    /**
     * @schema OpenTelemetryCollectorSpecLifecycle#stopSignal
     */
    readonly stopSignal?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecLifecycle' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecLifecycle(obj: OpenTelemetryCollectorSpecLifecycle | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecLivenessProbe
 */
export interface OpenTelemetryCollectorSpecLivenessProbe {
    /**
     * @schema OpenTelemetryCollectorSpecLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema OpenTelemetryCollectorSpecLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema OpenTelemetryCollectorSpecLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorSpecLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema OpenTelemetryCollectorSpecLivenessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorSpecLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecLivenessProbe' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecLivenessProbe(obj: OpenTelemetryCollectorSpecLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecManagementState
 */
export declare enum OpenTelemetryCollectorSpecManagementState {
    /** managed */
    MANAGED = "managed",
    /** unmanaged */
    UNMANAGED = "unmanaged"
}
/**
 * @schema OpenTelemetryCollectorSpecMode
 */
export declare enum OpenTelemetryCollectorSpecMode {
    /** daemonset */
    DAEMONSET = "daemonset",
    /** deployment */
    DEPLOYMENT = "deployment",
    /** sidecar */
    SIDECAR = "sidecar",
    /** statefulset */
    STATEFULSET = "statefulset"
}
/**
 * @schema OpenTelemetryCollectorSpecObservability
 */
export interface OpenTelemetryCollectorSpecObservability {
    /**
     * @schema OpenTelemetryCollectorSpecObservability#metrics
     */
    readonly metrics?: OpenTelemetryCollectorSpecObservabilityMetrics;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecObservability' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecObservability(obj: OpenTelemetryCollectorSpecObservability | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecPodDisruptionBudget
 */
export interface OpenTelemetryCollectorSpecPodDisruptionBudget {
    /**
     * @schema OpenTelemetryCollectorSpecPodDisruptionBudget#maxUnavailable
     */
    readonly maxUnavailable?: OpenTelemetryCollectorSpecPodDisruptionBudgetMaxUnavailable;
    /**
     * @schema OpenTelemetryCollectorSpecPodDisruptionBudget#minAvailable
     */
    readonly minAvailable?: OpenTelemetryCollectorSpecPodDisruptionBudgetMinAvailable;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecPodDisruptionBudget' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecPodDisruptionBudget(obj: OpenTelemetryCollectorSpecPodDisruptionBudget | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecPodSecurityContext
 */
export interface OpenTelemetryCollectorSpecPodSecurityContext {
    /**
     * @schema OpenTelemetryCollectorSpecPodSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: OpenTelemetryCollectorSpecPodSecurityContextAppArmorProfile;
    /**
     * @schema OpenTelemetryCollectorSpecPodSecurityContext#fsGroup
     */
    readonly fsGroup?: number;
    /**
     * @schema OpenTelemetryCollectorSpecPodSecurityContext#fsGroupChangePolicy
     */
    readonly fsGroupChangePolicy?: string;
    /**
     * @schema OpenTelemetryCollectorSpecPodSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema OpenTelemetryCollectorSpecPodSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecPodSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema OpenTelemetryCollectorSpecPodSecurityContext#seLinuxChangePolicy
     */
    readonly seLinuxChangePolicy?: string;
    /**
     * @schema OpenTelemetryCollectorSpecPodSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: OpenTelemetryCollectorSpecPodSecurityContextSeLinuxOptions;
    /**
     * @schema OpenTelemetryCollectorSpecPodSecurityContext#seccompProfile
     */
    readonly seccompProfile?: OpenTelemetryCollectorSpecPodSecurityContextSeccompProfile;
    /**
     * @schema OpenTelemetryCollectorSpecPodSecurityContext#supplementalGroups
     */
    readonly supplementalGroups?: number[];
    /**
     * @schema OpenTelemetryCollectorSpecPodSecurityContext#supplementalGroupsPolicy
     */
    readonly supplementalGroupsPolicy?: string;
    /**
     * @schema OpenTelemetryCollectorSpecPodSecurityContext#sysctls
     */
    readonly sysctls?: OpenTelemetryCollectorSpecPodSecurityContextSysctls[];
    /**
     * @schema OpenTelemetryCollectorSpecPodSecurityContext#windowsOptions
     */
    readonly windowsOptions?: OpenTelemetryCollectorSpecPodSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecPodSecurityContext' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecPodSecurityContext(obj: OpenTelemetryCollectorSpecPodSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecPorts
 */
export interface OpenTelemetryCollectorSpecPorts {
    /**
     * @schema OpenTelemetryCollectorSpecPorts#appProtocol
     */
    readonly appProtocol?: string;
    /**
     * @schema OpenTelemetryCollectorSpecPorts#hostPort
     */
    readonly hostPort?: number;
    /**
     * @schema OpenTelemetryCollectorSpecPorts#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorSpecPorts#nodePort
     */
    readonly nodePort?: number;
    /**
     * @schema OpenTelemetryCollectorSpecPorts#port
     */
    readonly port: number;
    /**
     * @schema OpenTelemetryCollectorSpecPorts#protocol
     */
    readonly protocol?: string;
    /**
     * @schema OpenTelemetryCollectorSpecPorts#targetPort
     */
    readonly targetPort?: OpenTelemetryCollectorSpecPortsTargetPort;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecPorts' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecPorts(obj: OpenTelemetryCollectorSpecPorts | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecResources
 */
export interface OpenTelemetryCollectorSpecResources {
    /**
     * @schema OpenTelemetryCollectorSpecResources#claims
     */
    readonly claims?: OpenTelemetryCollectorSpecResourcesClaims[];
    /**
     * @schema OpenTelemetryCollectorSpecResources#limits
     */
    readonly limits?: {
        [key: string]: OpenTelemetryCollectorSpecResourcesLimits;
    };
    /**
     * @schema OpenTelemetryCollectorSpecResources#requests
     */
    readonly requests?: {
        [key: string]: OpenTelemetryCollectorSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecResources' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecResources(obj: OpenTelemetryCollectorSpecResources | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecSecurityContext
 */
export interface OpenTelemetryCollectorSpecSecurityContext {
    /**
     * @schema OpenTelemetryCollectorSpecSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: OpenTelemetryCollectorSpecSecurityContextAppArmorProfile;
    /**
     * @schema OpenTelemetryCollectorSpecSecurityContext#capabilities
     */
    readonly capabilities?: OpenTelemetryCollectorSpecSecurityContextCapabilities;
    /**
     * @schema OpenTelemetryCollectorSpecSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema OpenTelemetryCollectorSpecSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema OpenTelemetryCollectorSpecSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema OpenTelemetryCollectorSpecSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: OpenTelemetryCollectorSpecSecurityContextSeLinuxOptions;
    /**
     * @schema OpenTelemetryCollectorSpecSecurityContext#seccompProfile
     */
    readonly seccompProfile?: OpenTelemetryCollectorSpecSecurityContextSeccompProfile;
    /**
     * @schema OpenTelemetryCollectorSpecSecurityContext#windowsOptions
     */
    readonly windowsOptions?: OpenTelemetryCollectorSpecSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecSecurityContext' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecSecurityContext(obj: OpenTelemetryCollectorSpecSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocator
 */
export interface OpenTelemetryCollectorSpecTargetAllocator {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocator#affinity
     */
    readonly affinity?: OpenTelemetryCollectorSpecTargetAllocatorAffinity;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocator#allocationStrategy
     */
    readonly allocationStrategy?: OpenTelemetryCollectorSpecTargetAllocatorAllocationStrategy;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocator#enabled
     */
    readonly enabled?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocator#env
     */
    readonly env?: OpenTelemetryCollectorSpecTargetAllocatorEnv[];
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocator#filterStrategy
     */
    readonly filterStrategy?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocator#image
     */
    readonly image?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocator#nodeSelector
     */
    readonly nodeSelector?: {
        [key: string]: string;
    };
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocator#observability
     */
    readonly observability?: OpenTelemetryCollectorSpecTargetAllocatorObservability;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocator#podDisruptionBudget
     */
    readonly podDisruptionBudget?: OpenTelemetryCollectorSpecTargetAllocatorPodDisruptionBudget;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocator#podSecurityContext
     */
    readonly podSecurityContext?: OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContext;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocator#prometheusCR
     */
    readonly prometheusCr?: OpenTelemetryCollectorSpecTargetAllocatorPrometheusCr;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocator#replicas
     */
    readonly replicas?: number;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocator#resources
     */
    readonly resources?: OpenTelemetryCollectorSpecTargetAllocatorResources;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocator#securityContext
     */
    readonly securityContext?: OpenTelemetryCollectorSpecTargetAllocatorSecurityContext;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocator#serviceAccount
     */
    readonly serviceAccount?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocator#tolerations
     */
    readonly tolerations?: OpenTelemetryCollectorSpecTargetAllocatorTolerations[];
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocator#topologySpreadConstraints
     */
    readonly topologySpreadConstraints?: OpenTelemetryCollectorSpecTargetAllocatorTopologySpreadConstraints[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocator' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocator(obj: OpenTelemetryCollectorSpecTargetAllocator | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTolerations
 */
export interface OpenTelemetryCollectorSpecTolerations {
    /**
     * @schema OpenTelemetryCollectorSpecTolerations#effect
     */
    readonly effect?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTolerations#key
     */
    readonly key?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTolerations#operator
     */
    readonly operator?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTolerations#tolerationSeconds
     */
    readonly tolerationSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorSpecTolerations#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTolerations' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTolerations(obj: OpenTelemetryCollectorSpecTolerations | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTopologySpreadConstraints
 */
export interface OpenTelemetryCollectorSpecTopologySpreadConstraints {
    /**
     * @schema OpenTelemetryCollectorSpecTopologySpreadConstraints#labelSelector
     */
    readonly labelSelector?: OpenTelemetryCollectorSpecTopologySpreadConstraintsLabelSelector;
    /**
     * @schema OpenTelemetryCollectorSpecTopologySpreadConstraints#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecTopologySpreadConstraints#maxSkew
     */
    readonly maxSkew: number;
    /**
     * @schema OpenTelemetryCollectorSpecTopologySpreadConstraints#minDomains
     */
    readonly minDomains?: number;
    /**
     * @schema OpenTelemetryCollectorSpecTopologySpreadConstraints#nodeAffinityPolicy
     */
    readonly nodeAffinityPolicy?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTopologySpreadConstraints#nodeTaintsPolicy
     */
    readonly nodeTaintsPolicy?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTopologySpreadConstraints#topologyKey
     */
    readonly topologyKey: string;
    /**
     * @schema OpenTelemetryCollectorSpecTopologySpreadConstraints#whenUnsatisfiable
     */
    readonly whenUnsatisfiable: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTopologySpreadConstraints' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTopologySpreadConstraints(obj: OpenTelemetryCollectorSpecTopologySpreadConstraints | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecUpdateStrategy
 */
export interface OpenTelemetryCollectorSpecUpdateStrategy {
    /**
     * @schema OpenTelemetryCollectorSpecUpdateStrategy#rollingUpdate
     */
    readonly rollingUpdate?: OpenTelemetryCollectorSpecUpdateStrategyRollingUpdate;
    /**
     * @schema OpenTelemetryCollectorSpecUpdateStrategy#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecUpdateStrategy' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecUpdateStrategy(obj: OpenTelemetryCollectorSpecUpdateStrategy | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecUpgradeStrategy
 */
export declare enum OpenTelemetryCollectorSpecUpgradeStrategy {
    /** automatic */
    AUTOMATIC = "automatic",
    /** none */
    NONE = "none"
}
/**
 * @schema OpenTelemetryCollectorSpecVolumeClaimTemplates
 */
export interface OpenTelemetryCollectorSpecVolumeClaimTemplates {
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplates#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplates#kind
     */
    readonly kind?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplates#metadata
     */
    readonly metadata?: OpenTelemetryCollectorSpecVolumeClaimTemplatesMetadata;
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplates#spec
     */
    readonly spec?: OpenTelemetryCollectorSpecVolumeClaimTemplatesSpec;
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplates#status
     */
    readonly status?: OpenTelemetryCollectorSpecVolumeClaimTemplatesStatus;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumeClaimTemplates' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumeClaimTemplates(obj: OpenTelemetryCollectorSpecVolumeClaimTemplates | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumeMounts
 */
export interface OpenTelemetryCollectorSpecVolumeMounts {
    /**
     * @schema OpenTelemetryCollectorSpecVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumeMounts#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumeMounts' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumeMounts(obj: OpenTelemetryCollectorSpecVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumes
 */
export interface OpenTelemetryCollectorSpecVolumes {
    /**
     * @schema OpenTelemetryCollectorSpecVolumes#awsElasticBlockStore
     */
    readonly awsElasticBlockStore?: OpenTelemetryCollectorSpecVolumesAwsElasticBlockStore;
    /**
     * @schema OpenTelemetryCollectorSpecVolumes#azureDisk
     */
    readonly azureDisk?: OpenTelemetryCollectorSpecVolumesAzureDisk;
    /**
     * @schema OpenTelemetryCollectorSpecVolumes#azureFile
     */
    readonly azureFile?: OpenTelemetryCollectorSpecVolumesAzureFile;
    /**
     * @schema OpenTelemetryCollectorSpecVolumes#cephfs
     */
    readonly cephfs?: OpenTelemetryCollectorSpecVolumesCephfs;
    /**
     * @schema OpenTelemetryCollectorSpecVolumes#cinder
     */
    readonly cinder?: OpenTelemetryCollectorSpecVolumesCinder;
    /**
     * @schema OpenTelemetryCollectorSpecVolumes#configMap
     */
    readonly configMap?: OpenTelemetryCollectorSpecVolumesConfigMap;
    /**
     * @schema OpenTelemetryCollectorSpecVolumes#csi
     */
    readonly csi?: OpenTelemetryCollectorSpecVolumesCsi;
    /**
     * @schema OpenTelemetryCollectorSpecVolumes#downwardAPI
     */
    readonly downwardApi?: OpenTelemetryCollectorSpecVolumesDownwardApi;
    /**
     * @schema OpenTelemetryCollectorSpecVolumes#emptyDir
     */
    readonly emptyDir?: OpenTelemetryCollectorSpecVolumesEmptyDir;
    /**
     * @schema OpenTelemetryCollectorSpecVolumes#ephemeral
     */
    readonly ephemeral?: OpenTelemetryCollectorSpecVolumesEphemeral;
    /**
     * @schema OpenTelemetryCollectorSpecVolumes#fc
     */
    readonly fc?: OpenTelemetryCollectorSpecVolumesFc;
    /**
     * @schema OpenTelemetryCollectorSpecVolumes#flexVolume
     */
    readonly flexVolume?: OpenTelemetryCollectorSpecVolumesFlexVolume;
    /**
     * @schema OpenTelemetryCollectorSpecVolumes#flocker
     */
    readonly flocker?: OpenTelemetryCollectorSpecVolumesFlocker;
    /**
     * @schema OpenTelemetryCollectorSpecVolumes#gcePersistentDisk
     */
    readonly gcePersistentDisk?: OpenTelemetryCollectorSpecVolumesGcePersistentDisk;
    /**
     * @schema OpenTelemetryCollectorSpecVolumes#gitRepo
     */
    readonly gitRepo?: OpenTelemetryCollectorSpecVolumesGitRepo;
    /**
     * @schema OpenTelemetryCollectorSpecVolumes#glusterfs
     */
    readonly glusterfs?: OpenTelemetryCollectorSpecVolumesGlusterfs;
    /**
     * @schema OpenTelemetryCollectorSpecVolumes#hostPath
     */
    readonly hostPath?: OpenTelemetryCollectorSpecVolumesHostPath;
    /**
     * @schema OpenTelemetryCollectorSpecVolumes#image
     */
    readonly image?: OpenTelemetryCollectorSpecVolumesImage;
    /**
     * @schema OpenTelemetryCollectorSpecVolumes#iscsi
     */
    readonly iscsi?: OpenTelemetryCollectorSpecVolumesIscsi;
    /**
     * @schema OpenTelemetryCollectorSpecVolumes#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumes#nfs
     */
    readonly nfs?: OpenTelemetryCollectorSpecVolumesNfs;
    /**
     * @schema OpenTelemetryCollectorSpecVolumes#persistentVolumeClaim
     */
    readonly persistentVolumeClaim?: OpenTelemetryCollectorSpecVolumesPersistentVolumeClaim;
    /**
     * @schema OpenTelemetryCollectorSpecVolumes#photonPersistentDisk
     */
    readonly photonPersistentDisk?: OpenTelemetryCollectorSpecVolumesPhotonPersistentDisk;
    /**
     * @schema OpenTelemetryCollectorSpecVolumes#portworxVolume
     */
    readonly portworxVolume?: OpenTelemetryCollectorSpecVolumesPortworxVolume;
    /**
     * @schema OpenTelemetryCollectorSpecVolumes#projected
     */
    readonly projected?: OpenTelemetryCollectorSpecVolumesProjected;
    /**
     * @schema OpenTelemetryCollectorSpecVolumes#quobyte
     */
    readonly quobyte?: OpenTelemetryCollectorSpecVolumesQuobyte;
    /**
     * @schema OpenTelemetryCollectorSpecVolumes#rbd
     */
    readonly rbd?: OpenTelemetryCollectorSpecVolumesRbd;
    /**
     * @schema OpenTelemetryCollectorSpecVolumes#scaleIO
     */
    readonly scaleIo?: OpenTelemetryCollectorSpecVolumesScaleIo;
    /**
     * @schema OpenTelemetryCollectorSpecVolumes#secret
     */
    readonly secret?: OpenTelemetryCollectorSpecVolumesSecret;
    /**
     * @schema OpenTelemetryCollectorSpecVolumes#storageos
     */
    readonly storageos?: OpenTelemetryCollectorSpecVolumesStorageos;
    /**
     * @schema OpenTelemetryCollectorSpecVolumes#vsphereVolume
     */
    readonly vsphereVolume?: OpenTelemetryCollectorSpecVolumesVsphereVolume;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumes' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumes(obj: OpenTelemetryCollectorSpecVolumes | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersEnv
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersEnv {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersEnv#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersEnv#value
     */
    readonly value?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersEnv#valueFrom
     */
    readonly valueFrom?: OpenTelemetryCollectorSpecAdditionalContainersEnvValueFrom;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersEnv' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersEnv(obj: OpenTelemetryCollectorSpecAdditionalContainersEnv | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvFrom
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersEnvFrom {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvFrom#configMapRef
     */
    readonly configMapRef?: OpenTelemetryCollectorSpecAdditionalContainersEnvFromConfigMapRef;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvFrom#secretRef
     */
    readonly secretRef?: OpenTelemetryCollectorSpecAdditionalContainersEnvFromSecretRef;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersEnvFrom' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersEnvFrom(obj: OpenTelemetryCollectorSpecAdditionalContainersEnvFrom | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecycle
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersLifecycle {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecycle#postStart
     */
    readonly postStart?: OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStart;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecycle#preStop
     */
    readonly preStop?: OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStop;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecycle#stopSignal
     */
    readonly stopSignal?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersLifecycle' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersLifecycle(obj: OpenTelemetryCollectorSpecAdditionalContainersLifecycle | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersLivenessProbe
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersLivenessProbe {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLivenessProbe#exec
     */
    readonly exec?: OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeExec;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLivenessProbe#grpc
     */
    readonly grpc?: OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeGrpc;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLivenessProbe#httpGet
     */
    readonly httpGet?: OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeHttpGet;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLivenessProbe#tcpSocket
     */
    readonly tcpSocket?: OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeTcpSocket;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLivenessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersLivenessProbe' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersLivenessProbe(obj: OpenTelemetryCollectorSpecAdditionalContainersLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersPorts
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersPorts {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersPorts#containerPort
     */
    readonly containerPort: number;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersPorts#hostIP
     */
    readonly hostIp?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersPorts#hostPort
     */
    readonly hostPort?: number;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersPorts#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersPorts#protocol
     */
    readonly protocol?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersPorts' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersPorts(obj: OpenTelemetryCollectorSpecAdditionalContainersPorts | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersReadinessProbe
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersReadinessProbe {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersReadinessProbe#exec
     */
    readonly exec?: OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeExec;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersReadinessProbe#grpc
     */
    readonly grpc?: OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeGrpc;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersReadinessProbe#httpGet
     */
    readonly httpGet?: OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeHttpGet;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersReadinessProbe#tcpSocket
     */
    readonly tcpSocket?: OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeTcpSocket;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersReadinessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersReadinessProbe' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersReadinessProbe(obj: OpenTelemetryCollectorSpecAdditionalContainersReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersResizePolicy
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersResizePolicy {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersResizePolicy#resourceName
     */
    readonly resourceName: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersResizePolicy#restartPolicy
     */
    readonly restartPolicy: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersResizePolicy' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersResizePolicy(obj: OpenTelemetryCollectorSpecAdditionalContainersResizePolicy | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersResources
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersResources {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersResources#claims
     */
    readonly claims?: OpenTelemetryCollectorSpecAdditionalContainersResourcesClaims[];
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersResources#limits
     */
    readonly limits?: {
        [key: string]: OpenTelemetryCollectorSpecAdditionalContainersResourcesLimits;
    };
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersResources#requests
     */
    readonly requests?: {
        [key: string]: OpenTelemetryCollectorSpecAdditionalContainersResourcesRequests;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersResources' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersResources(obj: OpenTelemetryCollectorSpecAdditionalContainersResources | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersRestartPolicyRules
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersRestartPolicyRules {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersRestartPolicyRules#action
     */
    readonly action: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersRestartPolicyRules#exitCodes
     */
    readonly exitCodes?: OpenTelemetryCollectorSpecAdditionalContainersRestartPolicyRulesExitCodes;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersRestartPolicyRules' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersRestartPolicyRules(obj: OpenTelemetryCollectorSpecAdditionalContainersRestartPolicyRules | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersSecurityContext
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersSecurityContext {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: OpenTelemetryCollectorSpecAdditionalContainersSecurityContextAppArmorProfile;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersSecurityContext#capabilities
     */
    readonly capabilities?: OpenTelemetryCollectorSpecAdditionalContainersSecurityContextCapabilities;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: OpenTelemetryCollectorSpecAdditionalContainersSecurityContextSeLinuxOptions;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersSecurityContext#seccompProfile
     */
    readonly seccompProfile?: OpenTelemetryCollectorSpecAdditionalContainersSecurityContextSeccompProfile;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersSecurityContext#windowsOptions
     */
    readonly windowsOptions?: OpenTelemetryCollectorSpecAdditionalContainersSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersSecurityContext' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersSecurityContext(obj: OpenTelemetryCollectorSpecAdditionalContainersSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersStartupProbe
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersStartupProbe {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersStartupProbe#exec
     */
    readonly exec?: OpenTelemetryCollectorSpecAdditionalContainersStartupProbeExec;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersStartupProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersStartupProbe#grpc
     */
    readonly grpc?: OpenTelemetryCollectorSpecAdditionalContainersStartupProbeGrpc;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersStartupProbe#httpGet
     */
    readonly httpGet?: OpenTelemetryCollectorSpecAdditionalContainersStartupProbeHttpGet;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersStartupProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersStartupProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersStartupProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersStartupProbe#tcpSocket
     */
    readonly tcpSocket?: OpenTelemetryCollectorSpecAdditionalContainersStartupProbeTcpSocket;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersStartupProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersStartupProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersStartupProbe' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersStartupProbe(obj: OpenTelemetryCollectorSpecAdditionalContainersStartupProbe | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersVolumeDevices
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersVolumeDevices {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersVolumeDevices#devicePath
     */
    readonly devicePath: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersVolumeDevices#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersVolumeDevices' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersVolumeDevices(obj: OpenTelemetryCollectorSpecAdditionalContainersVolumeDevices | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersVolumeMounts
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersVolumeMounts {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersVolumeMounts#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersVolumeMounts' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersVolumeMounts(obj: OpenTelemetryCollectorSpecAdditionalContainersVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAffinityNodeAffinity
 */
export interface OpenTelemetryCollectorSpecAffinityNodeAffinity {
    /**
     * @schema OpenTelemetryCollectorSpecAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: OpenTelemetryCollectorSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema OpenTelemetryCollectorSpecAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: OpenTelemetryCollectorSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAffinityNodeAffinity' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAffinityNodeAffinity(obj: OpenTelemetryCollectorSpecAffinityNodeAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAffinityPodAffinity
 */
export interface OpenTelemetryCollectorSpecAffinityPodAffinity {
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAffinityPodAffinity' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAffinityPodAffinity(obj: OpenTelemetryCollectorSpecAffinityPodAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinity
 */
export interface OpenTelemetryCollectorSpecAffinityPodAntiAffinity {
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAffinityPodAntiAffinity' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAffinityPodAntiAffinity(obj: OpenTelemetryCollectorSpecAffinityPodAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAutoscalerBehavior
 */
export interface OpenTelemetryCollectorSpecAutoscalerBehavior {
    /**
     * @schema OpenTelemetryCollectorSpecAutoscalerBehavior#scaleDown
     */
    readonly scaleDown?: OpenTelemetryCollectorSpecAutoscalerBehaviorScaleDown;
    /**
     * @schema OpenTelemetryCollectorSpecAutoscalerBehavior#scaleUp
     */
    readonly scaleUp?: OpenTelemetryCollectorSpecAutoscalerBehaviorScaleUp;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAutoscalerBehavior' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAutoscalerBehavior(obj: OpenTelemetryCollectorSpecAutoscalerBehavior | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAutoscalerMetrics
 */
export interface OpenTelemetryCollectorSpecAutoscalerMetrics {
    /**
     * @schema OpenTelemetryCollectorSpecAutoscalerMetrics#pods
     */
    readonly pods?: OpenTelemetryCollectorSpecAutoscalerMetricsPods;
    /**
     * @schema OpenTelemetryCollectorSpecAutoscalerMetrics#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAutoscalerMetrics' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAutoscalerMetrics(obj: OpenTelemetryCollectorSpecAutoscalerMetrics | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecDeploymentUpdateStrategyRollingUpdate
 */
export interface OpenTelemetryCollectorSpecDeploymentUpdateStrategyRollingUpdate {
    /**
     * @schema OpenTelemetryCollectorSpecDeploymentUpdateStrategyRollingUpdate#maxSurge
     */
    readonly maxSurge?: OpenTelemetryCollectorSpecDeploymentUpdateStrategyRollingUpdateMaxSurge;
    /**
     * @schema OpenTelemetryCollectorSpecDeploymentUpdateStrategyRollingUpdate#maxUnavailable
     */
    readonly maxUnavailable?: OpenTelemetryCollectorSpecDeploymentUpdateStrategyRollingUpdateMaxUnavailable;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecDeploymentUpdateStrategyRollingUpdate' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecDeploymentUpdateStrategyRollingUpdate(obj: OpenTelemetryCollectorSpecDeploymentUpdateStrategyRollingUpdate | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecEnvValueFrom
 */
export interface OpenTelemetryCollectorSpecEnvValueFrom {
    /**
     * @schema OpenTelemetryCollectorSpecEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: OpenTelemetryCollectorSpecEnvValueFromConfigMapKeyRef;
    /**
     * @schema OpenTelemetryCollectorSpecEnvValueFrom#fieldRef
     */
    readonly fieldRef?: OpenTelemetryCollectorSpecEnvValueFromFieldRef;
    /**
     * @schema OpenTelemetryCollectorSpecEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: OpenTelemetryCollectorSpecEnvValueFromFileKeyRef;
    /**
     * @schema OpenTelemetryCollectorSpecEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: OpenTelemetryCollectorSpecEnvValueFromResourceFieldRef;
    /**
     * @schema OpenTelemetryCollectorSpecEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: OpenTelemetryCollectorSpecEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecEnvValueFrom' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecEnvValueFrom(obj: OpenTelemetryCollectorSpecEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecEnvFromConfigMapRef
 */
export interface OpenTelemetryCollectorSpecEnvFromConfigMapRef {
    /**
     * @schema OpenTelemetryCollectorSpecEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorSpecEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecEnvFromConfigMapRef(obj: OpenTelemetryCollectorSpecEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecEnvFromSecretRef
 */
export interface OpenTelemetryCollectorSpecEnvFromSecretRef {
    /**
     * @schema OpenTelemetryCollectorSpecEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorSpecEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecEnvFromSecretRef(obj: OpenTelemetryCollectorSpecEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecIngressRoute
 */
export interface OpenTelemetryCollectorSpecIngressRoute {
    /**
     * @schema OpenTelemetryCollectorSpecIngressRoute#termination
     */
    readonly termination?: OpenTelemetryCollectorSpecIngressRouteTermination;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecIngressRoute' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecIngressRoute(obj: OpenTelemetryCollectorSpecIngressRoute | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecIngressRuleType
 */
export declare enum OpenTelemetryCollectorSpecIngressRuleType {
    /** path */
    PATH = "path",
    /** subdomain */
    SUBDOMAIN = "subdomain"
}
/**
 * @schema OpenTelemetryCollectorSpecIngressTls
 */
export interface OpenTelemetryCollectorSpecIngressTls {
    /**
     * @schema OpenTelemetryCollectorSpecIngressTls#hosts
     */
    readonly hosts?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecIngressTls#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecIngressTls' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecIngressTls(obj: OpenTelemetryCollectorSpecIngressTls | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecIngressType
 */
export declare enum OpenTelemetryCollectorSpecIngressType {
    /** ingress */
    INGRESS = "ingress",
    /** route */
    ROUTE = "route"
}
/**
 * @schema OpenTelemetryCollectorSpecInitContainersEnv
 */
export interface OpenTelemetryCollectorSpecInitContainersEnv {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersEnv#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersEnv#value
     */
    readonly value?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersEnv#valueFrom
     */
    readonly valueFrom?: OpenTelemetryCollectorSpecInitContainersEnvValueFrom;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersEnv' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersEnv(obj: OpenTelemetryCollectorSpecInitContainersEnv | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersEnvFrom
 */
export interface OpenTelemetryCollectorSpecInitContainersEnvFrom {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersEnvFrom#configMapRef
     */
    readonly configMapRef?: OpenTelemetryCollectorSpecInitContainersEnvFromConfigMapRef;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersEnvFrom#secretRef
     */
    readonly secretRef?: OpenTelemetryCollectorSpecInitContainersEnvFromSecretRef;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersEnvFrom' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersEnvFrom(obj: OpenTelemetryCollectorSpecInitContainersEnvFrom | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersLifecycle
 */
export interface OpenTelemetryCollectorSpecInitContainersLifecycle {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLifecycle#postStart
     */
    readonly postStart?: OpenTelemetryCollectorSpecInitContainersLifecyclePostStart;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLifecycle#preStop
     */
    readonly preStop?: OpenTelemetryCollectorSpecInitContainersLifecyclePreStop;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLifecycle#stopSignal
     */
    readonly stopSignal?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersLifecycle' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersLifecycle(obj: OpenTelemetryCollectorSpecInitContainersLifecycle | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersLivenessProbe
 */
export interface OpenTelemetryCollectorSpecInitContainersLivenessProbe {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLivenessProbe#exec
     */
    readonly exec?: OpenTelemetryCollectorSpecInitContainersLivenessProbeExec;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLivenessProbe#grpc
     */
    readonly grpc?: OpenTelemetryCollectorSpecInitContainersLivenessProbeGrpc;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLivenessProbe#httpGet
     */
    readonly httpGet?: OpenTelemetryCollectorSpecInitContainersLivenessProbeHttpGet;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLivenessProbe#tcpSocket
     */
    readonly tcpSocket?: OpenTelemetryCollectorSpecInitContainersLivenessProbeTcpSocket;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLivenessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersLivenessProbe' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersLivenessProbe(obj: OpenTelemetryCollectorSpecInitContainersLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersPorts
 */
export interface OpenTelemetryCollectorSpecInitContainersPorts {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersPorts#containerPort
     */
    readonly containerPort: number;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersPorts#hostIP
     */
    readonly hostIp?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersPorts#hostPort
     */
    readonly hostPort?: number;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersPorts#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersPorts#protocol
     */
    readonly protocol?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersPorts' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersPorts(obj: OpenTelemetryCollectorSpecInitContainersPorts | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersReadinessProbe
 */
export interface OpenTelemetryCollectorSpecInitContainersReadinessProbe {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersReadinessProbe#exec
     */
    readonly exec?: OpenTelemetryCollectorSpecInitContainersReadinessProbeExec;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersReadinessProbe#grpc
     */
    readonly grpc?: OpenTelemetryCollectorSpecInitContainersReadinessProbeGrpc;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersReadinessProbe#httpGet
     */
    readonly httpGet?: OpenTelemetryCollectorSpecInitContainersReadinessProbeHttpGet;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersReadinessProbe#tcpSocket
     */
    readonly tcpSocket?: OpenTelemetryCollectorSpecInitContainersReadinessProbeTcpSocket;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersReadinessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersReadinessProbe' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersReadinessProbe(obj: OpenTelemetryCollectorSpecInitContainersReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersResizePolicy
 */
export interface OpenTelemetryCollectorSpecInitContainersResizePolicy {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersResizePolicy#resourceName
     */
    readonly resourceName: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersResizePolicy#restartPolicy
     */
    readonly restartPolicy: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersResizePolicy' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersResizePolicy(obj: OpenTelemetryCollectorSpecInitContainersResizePolicy | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersResources
 */
export interface OpenTelemetryCollectorSpecInitContainersResources {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersResources#claims
     */
    readonly claims?: OpenTelemetryCollectorSpecInitContainersResourcesClaims[];
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersResources#limits
     */
    readonly limits?: {
        [key: string]: OpenTelemetryCollectorSpecInitContainersResourcesLimits;
    };
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersResources#requests
     */
    readonly requests?: {
        [key: string]: OpenTelemetryCollectorSpecInitContainersResourcesRequests;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersResources' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersResources(obj: OpenTelemetryCollectorSpecInitContainersResources | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersRestartPolicyRules
 */
export interface OpenTelemetryCollectorSpecInitContainersRestartPolicyRules {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersRestartPolicyRules#action
     */
    readonly action: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersRestartPolicyRules#exitCodes
     */
    readonly exitCodes?: OpenTelemetryCollectorSpecInitContainersRestartPolicyRulesExitCodes;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersRestartPolicyRules' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersRestartPolicyRules(obj: OpenTelemetryCollectorSpecInitContainersRestartPolicyRules | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersSecurityContext
 */
export interface OpenTelemetryCollectorSpecInitContainersSecurityContext {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: OpenTelemetryCollectorSpecInitContainersSecurityContextAppArmorProfile;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersSecurityContext#capabilities
     */
    readonly capabilities?: OpenTelemetryCollectorSpecInitContainersSecurityContextCapabilities;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: OpenTelemetryCollectorSpecInitContainersSecurityContextSeLinuxOptions;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersSecurityContext#seccompProfile
     */
    readonly seccompProfile?: OpenTelemetryCollectorSpecInitContainersSecurityContextSeccompProfile;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersSecurityContext#windowsOptions
     */
    readonly windowsOptions?: OpenTelemetryCollectorSpecInitContainersSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersSecurityContext' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersSecurityContext(obj: OpenTelemetryCollectorSpecInitContainersSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersStartupProbe
 */
export interface OpenTelemetryCollectorSpecInitContainersStartupProbe {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersStartupProbe#exec
     */
    readonly exec?: OpenTelemetryCollectorSpecInitContainersStartupProbeExec;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersStartupProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersStartupProbe#grpc
     */
    readonly grpc?: OpenTelemetryCollectorSpecInitContainersStartupProbeGrpc;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersStartupProbe#httpGet
     */
    readonly httpGet?: OpenTelemetryCollectorSpecInitContainersStartupProbeHttpGet;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersStartupProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersStartupProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersStartupProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersStartupProbe#tcpSocket
     */
    readonly tcpSocket?: OpenTelemetryCollectorSpecInitContainersStartupProbeTcpSocket;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersStartupProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersStartupProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersStartupProbe' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersStartupProbe(obj: OpenTelemetryCollectorSpecInitContainersStartupProbe | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersVolumeDevices
 */
export interface OpenTelemetryCollectorSpecInitContainersVolumeDevices {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersVolumeDevices#devicePath
     */
    readonly devicePath: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersVolumeDevices#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersVolumeDevices' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersVolumeDevices(obj: OpenTelemetryCollectorSpecInitContainersVolumeDevices | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersVolumeMounts
 */
export interface OpenTelemetryCollectorSpecInitContainersVolumeMounts {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersVolumeMounts#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersVolumeMounts' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersVolumeMounts(obj: OpenTelemetryCollectorSpecInitContainersVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecLifecyclePostStart
 */
export interface OpenTelemetryCollectorSpecLifecyclePostStart {
    /**
     * @schema OpenTelemetryCollectorSpecLifecyclePostStart#exec
     */
    readonly exec?: OpenTelemetryCollectorSpecLifecyclePostStartExec;
    /**
     * @schema OpenTelemetryCollectorSpecLifecyclePostStart#httpGet
     */
    readonly httpGet?: OpenTelemetryCollectorSpecLifecyclePostStartHttpGet;
    /**
     * @schema OpenTelemetryCollectorSpecLifecyclePostStart#sleep
     */
    readonly sleep?: OpenTelemetryCollectorSpecLifecyclePostStartSleep;
    /**
     * @schema OpenTelemetryCollectorSpecLifecyclePostStart#tcpSocket
     */
    readonly tcpSocket?: OpenTelemetryCollectorSpecLifecyclePostStartTcpSocket;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecLifecyclePostStart' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecLifecyclePostStart(obj: OpenTelemetryCollectorSpecLifecyclePostStart | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecLifecyclePreStop
 */
export interface OpenTelemetryCollectorSpecLifecyclePreStop {
    /**
     * @schema OpenTelemetryCollectorSpecLifecyclePreStop#exec
     */
    readonly exec?: OpenTelemetryCollectorSpecLifecyclePreStopExec;
    /**
     * @schema OpenTelemetryCollectorSpecLifecyclePreStop#httpGet
     */
    readonly httpGet?: OpenTelemetryCollectorSpecLifecyclePreStopHttpGet;
    /**
     * @schema OpenTelemetryCollectorSpecLifecyclePreStop#sleep
     */
    readonly sleep?: OpenTelemetryCollectorSpecLifecyclePreStopSleep;
    /**
     * @schema OpenTelemetryCollectorSpecLifecyclePreStop#tcpSocket
     */
    readonly tcpSocket?: OpenTelemetryCollectorSpecLifecyclePreStopTcpSocket;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecLifecyclePreStop' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecLifecyclePreStop(obj: OpenTelemetryCollectorSpecLifecyclePreStop | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecObservabilityMetrics
 */
export interface OpenTelemetryCollectorSpecObservabilityMetrics {
    /**
     * @schema OpenTelemetryCollectorSpecObservabilityMetrics#DisablePrometheusAnnotations
     */
    readonly disablePrometheusAnnotations?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecObservabilityMetrics#enableMetrics
     */
    readonly enableMetrics?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecObservabilityMetrics' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecObservabilityMetrics(obj: OpenTelemetryCollectorSpecObservabilityMetrics | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecPodDisruptionBudgetMaxUnavailable
 */
export declare class OpenTelemetryCollectorSpecPodDisruptionBudgetMaxUnavailable {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecPodDisruptionBudgetMaxUnavailable;
    static fromString(value: string): OpenTelemetryCollectorSpecPodDisruptionBudgetMaxUnavailable;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecPodDisruptionBudgetMinAvailable
 */
export declare class OpenTelemetryCollectorSpecPodDisruptionBudgetMinAvailable {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecPodDisruptionBudgetMinAvailable;
    static fromString(value: string): OpenTelemetryCollectorSpecPodDisruptionBudgetMinAvailable;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecPodSecurityContextAppArmorProfile
 */
export interface OpenTelemetryCollectorSpecPodSecurityContextAppArmorProfile {
    /**
     * @schema OpenTelemetryCollectorSpecPodSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema OpenTelemetryCollectorSpecPodSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecPodSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecPodSecurityContextAppArmorProfile(obj: OpenTelemetryCollectorSpecPodSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecPodSecurityContextSeLinuxOptions
 */
export interface OpenTelemetryCollectorSpecPodSecurityContextSeLinuxOptions {
    /**
     * @schema OpenTelemetryCollectorSpecPodSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema OpenTelemetryCollectorSpecPodSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema OpenTelemetryCollectorSpecPodSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema OpenTelemetryCollectorSpecPodSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecPodSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecPodSecurityContextSeLinuxOptions(obj: OpenTelemetryCollectorSpecPodSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecPodSecurityContextSeccompProfile
 */
export interface OpenTelemetryCollectorSpecPodSecurityContextSeccompProfile {
    /**
     * @schema OpenTelemetryCollectorSpecPodSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema OpenTelemetryCollectorSpecPodSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecPodSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecPodSecurityContextSeccompProfile(obj: OpenTelemetryCollectorSpecPodSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecPodSecurityContextSysctls
 */
export interface OpenTelemetryCollectorSpecPodSecurityContextSysctls {
    /**
     * @schema OpenTelemetryCollectorSpecPodSecurityContextSysctls#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorSpecPodSecurityContextSysctls#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecPodSecurityContextSysctls' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecPodSecurityContextSysctls(obj: OpenTelemetryCollectorSpecPodSecurityContextSysctls | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecPodSecurityContextWindowsOptions
 */
export interface OpenTelemetryCollectorSpecPodSecurityContextWindowsOptions {
    /**
     * @schema OpenTelemetryCollectorSpecPodSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema OpenTelemetryCollectorSpecPodSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema OpenTelemetryCollectorSpecPodSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecPodSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecPodSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecPodSecurityContextWindowsOptions(obj: OpenTelemetryCollectorSpecPodSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecPortsTargetPort
 */
export declare class OpenTelemetryCollectorSpecPortsTargetPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecPortsTargetPort;
    static fromString(value: string): OpenTelemetryCollectorSpecPortsTargetPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecResourcesClaims
 */
export interface OpenTelemetryCollectorSpecResourcesClaims {
    /**
     * @schema OpenTelemetryCollectorSpecResourcesClaims#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorSpecResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecResourcesClaims' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecResourcesClaims(obj: OpenTelemetryCollectorSpecResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecResourcesLimits
 */
export declare class OpenTelemetryCollectorSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecResourcesLimits;
    static fromString(value: string): OpenTelemetryCollectorSpecResourcesLimits;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecResourcesRequests
 */
export declare class OpenTelemetryCollectorSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecResourcesRequests;
    static fromString(value: string): OpenTelemetryCollectorSpecResourcesRequests;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecSecurityContextAppArmorProfile
 */
export interface OpenTelemetryCollectorSpecSecurityContextAppArmorProfile {
    /**
     * @schema OpenTelemetryCollectorSpecSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema OpenTelemetryCollectorSpecSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecSecurityContextAppArmorProfile(obj: OpenTelemetryCollectorSpecSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecSecurityContextCapabilities
 */
export interface OpenTelemetryCollectorSpecSecurityContextCapabilities {
    /**
     * @schema OpenTelemetryCollectorSpecSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecSecurityContextCapabilities(obj: OpenTelemetryCollectorSpecSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecSecurityContextSeLinuxOptions
 */
export interface OpenTelemetryCollectorSpecSecurityContextSeLinuxOptions {
    /**
     * @schema OpenTelemetryCollectorSpecSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema OpenTelemetryCollectorSpecSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema OpenTelemetryCollectorSpecSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema OpenTelemetryCollectorSpecSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecSecurityContextSeLinuxOptions(obj: OpenTelemetryCollectorSpecSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecSecurityContextSeccompProfile
 */
export interface OpenTelemetryCollectorSpecSecurityContextSeccompProfile {
    /**
     * @schema OpenTelemetryCollectorSpecSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema OpenTelemetryCollectorSpecSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecSecurityContextSeccompProfile(obj: OpenTelemetryCollectorSpecSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecSecurityContextWindowsOptions
 */
export interface OpenTelemetryCollectorSpecSecurityContextWindowsOptions {
    /**
     * @schema OpenTelemetryCollectorSpecSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema OpenTelemetryCollectorSpecSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema OpenTelemetryCollectorSpecSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecSecurityContextWindowsOptions(obj: OpenTelemetryCollectorSpecSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinity
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorAffinity {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinity#nodeAffinity
     */
    readonly nodeAffinity?: OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinity;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinity#podAffinity
     */
    readonly podAffinity?: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinity;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinity#podAntiAffinity
     */
    readonly podAntiAffinity?: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinity;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorAffinity' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorAffinity(obj: OpenTelemetryCollectorSpecTargetAllocatorAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorAllocationStrategy
 */
export declare enum OpenTelemetryCollectorSpecTargetAllocatorAllocationStrategy {
    /** least-weighted */
    LEAST_HYPHEN_WEIGHTED = "least-weighted",
    /** consistent-hashing */
    CONSISTENT_HYPHEN_HASHING = "consistent-hashing",
    /** per-node */
    PER_HYPHEN_NODE = "per-node"
}
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorEnv
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorEnv {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorEnv#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorEnv#value
     */
    readonly value?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorEnv#valueFrom
     */
    readonly valueFrom?: OpenTelemetryCollectorSpecTargetAllocatorEnvValueFrom;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorEnv' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorEnv(obj: OpenTelemetryCollectorSpecTargetAllocatorEnv | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorObservability
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorObservability {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorObservability#metrics
     */
    readonly metrics?: OpenTelemetryCollectorSpecTargetAllocatorObservabilityMetrics;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorObservability' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorObservability(obj: OpenTelemetryCollectorSpecTargetAllocatorObservability | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorPodDisruptionBudget
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorPodDisruptionBudget {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorPodDisruptionBudget#maxUnavailable
     */
    readonly maxUnavailable?: OpenTelemetryCollectorSpecTargetAllocatorPodDisruptionBudgetMaxUnavailable;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorPodDisruptionBudget#minAvailable
     */
    readonly minAvailable?: OpenTelemetryCollectorSpecTargetAllocatorPodDisruptionBudgetMinAvailable;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorPodDisruptionBudget' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorPodDisruptionBudget(obj: OpenTelemetryCollectorSpecTargetAllocatorPodDisruptionBudget | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContext
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContext {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextAppArmorProfile;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContext#fsGroup
     */
    readonly fsGroup?: number;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContext#fsGroupChangePolicy
     */
    readonly fsGroupChangePolicy?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContext#seLinuxChangePolicy
     */
    readonly seLinuxChangePolicy?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextSeLinuxOptions;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContext#seccompProfile
     */
    readonly seccompProfile?: OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextSeccompProfile;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContext#supplementalGroups
     */
    readonly supplementalGroups?: number[];
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContext#supplementalGroupsPolicy
     */
    readonly supplementalGroupsPolicy?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContext#sysctls
     */
    readonly sysctls?: OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextSysctls[];
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContext#windowsOptions
     */
    readonly windowsOptions?: OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContext' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContext(obj: OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorPrometheusCr
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorPrometheusCr {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorPrometheusCr#denyFSAccessThroughSMs
     */
    readonly denyFsAccessThroughSMs?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorPrometheusCr#enabled
     */
    readonly enabled?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorPrometheusCr#podMonitorSelector
     */
    readonly podMonitorSelector?: {
        [key: string]: string;
    };
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorPrometheusCr#scrapeClasses
     */
    readonly scrapeClasses?: any[];
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorPrometheusCr#scrapeInterval
     */
    readonly scrapeInterval?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorPrometheusCr#serviceMonitorSelector
     */
    readonly serviceMonitorSelector?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorPrometheusCr' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorPrometheusCr(obj: OpenTelemetryCollectorSpecTargetAllocatorPrometheusCr | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorResources
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorResources {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorResources#claims
     */
    readonly claims?: OpenTelemetryCollectorSpecTargetAllocatorResourcesClaims[];
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorResources#limits
     */
    readonly limits?: {
        [key: string]: OpenTelemetryCollectorSpecTargetAllocatorResourcesLimits;
    };
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorResources#requests
     */
    readonly requests?: {
        [key: string]: OpenTelemetryCollectorSpecTargetAllocatorResourcesRequests;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorResources' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorResources(obj: OpenTelemetryCollectorSpecTargetAllocatorResources | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorSecurityContext
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorSecurityContext {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: OpenTelemetryCollectorSpecTargetAllocatorSecurityContextAppArmorProfile;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorSecurityContext#capabilities
     */
    readonly capabilities?: OpenTelemetryCollectorSpecTargetAllocatorSecurityContextCapabilities;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: OpenTelemetryCollectorSpecTargetAllocatorSecurityContextSeLinuxOptions;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorSecurityContext#seccompProfile
     */
    readonly seccompProfile?: OpenTelemetryCollectorSpecTargetAllocatorSecurityContextSeccompProfile;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorSecurityContext#windowsOptions
     */
    readonly windowsOptions?: OpenTelemetryCollectorSpecTargetAllocatorSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorSecurityContext' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorSecurityContext(obj: OpenTelemetryCollectorSpecTargetAllocatorSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorTolerations
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorTolerations {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorTolerations#effect
     */
    readonly effect?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorTolerations#key
     */
    readonly key?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorTolerations#operator
     */
    readonly operator?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorTolerations#tolerationSeconds
     */
    readonly tolerationSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorTolerations#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorTolerations' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorTolerations(obj: OpenTelemetryCollectorSpecTargetAllocatorTolerations | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorTopologySpreadConstraints
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorTopologySpreadConstraints {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorTopologySpreadConstraints#labelSelector
     */
    readonly labelSelector?: OpenTelemetryCollectorSpecTargetAllocatorTopologySpreadConstraintsLabelSelector;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorTopologySpreadConstraints#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorTopologySpreadConstraints#maxSkew
     */
    readonly maxSkew: number;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorTopologySpreadConstraints#minDomains
     */
    readonly minDomains?: number;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorTopologySpreadConstraints#nodeAffinityPolicy
     */
    readonly nodeAffinityPolicy?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorTopologySpreadConstraints#nodeTaintsPolicy
     */
    readonly nodeTaintsPolicy?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorTopologySpreadConstraints#topologyKey
     */
    readonly topologyKey: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorTopologySpreadConstraints#whenUnsatisfiable
     */
    readonly whenUnsatisfiable: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorTopologySpreadConstraints' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorTopologySpreadConstraints(obj: OpenTelemetryCollectorSpecTargetAllocatorTopologySpreadConstraints | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTopologySpreadConstraintsLabelSelector
 */
export interface OpenTelemetryCollectorSpecTopologySpreadConstraintsLabelSelector {
    /**
     * @schema OpenTelemetryCollectorSpecTopologySpreadConstraintsLabelSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorSpecTopologySpreadConstraintsLabelSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorSpecTopologySpreadConstraintsLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTopologySpreadConstraintsLabelSelector(obj: OpenTelemetryCollectorSpecTopologySpreadConstraintsLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecUpdateStrategyRollingUpdate
 */
export interface OpenTelemetryCollectorSpecUpdateStrategyRollingUpdate {
    /**
     * @schema OpenTelemetryCollectorSpecUpdateStrategyRollingUpdate#maxSurge
     */
    readonly maxSurge?: OpenTelemetryCollectorSpecUpdateStrategyRollingUpdateMaxSurge;
    /**
     * @schema OpenTelemetryCollectorSpecUpdateStrategyRollingUpdate#maxUnavailable
     */
    readonly maxUnavailable?: OpenTelemetryCollectorSpecUpdateStrategyRollingUpdateMaxUnavailable;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecUpdateStrategyRollingUpdate' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecUpdateStrategyRollingUpdate(obj: OpenTelemetryCollectorSpecUpdateStrategyRollingUpdate | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesMetadata
 */
export interface OpenTelemetryCollectorSpecVolumeClaimTemplatesMetadata {
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesMetadata#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesMetadata#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumeClaimTemplatesMetadata' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumeClaimTemplatesMetadata(obj: OpenTelemetryCollectorSpecVolumeClaimTemplatesMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesSpec
 */
export interface OpenTelemetryCollectorSpecVolumeClaimTemplatesSpec {
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesSpec#accessModes
     */
    readonly accessModes?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesSpec#dataSource
     */
    readonly dataSource?: OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecDataSource;
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesSpec#dataSourceRef
     */
    readonly dataSourceRef?: OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecDataSourceRef;
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesSpec#resources
     */
    readonly resources?: OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecResources;
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesSpec#selector
     */
    readonly selector?: OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecSelector;
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesSpec#storageClassName
     */
    readonly storageClassName?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesSpec#volumeAttributesClassName
     */
    readonly volumeAttributesClassName?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesSpec#volumeMode
     */
    readonly volumeMode?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesSpec#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumeClaimTemplatesSpec' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumeClaimTemplatesSpec(obj: OpenTelemetryCollectorSpecVolumeClaimTemplatesSpec | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesStatus
 */
export interface OpenTelemetryCollectorSpecVolumeClaimTemplatesStatus {
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesStatus#accessModes
     */
    readonly accessModes?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesStatus#allocatedResourceStatuses
     */
    readonly allocatedResourceStatuses?: {
        [key: string]: string;
    };
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesStatus#allocatedResources
     */
    readonly allocatedResources?: {
        [key: string]: OpenTelemetryCollectorSpecVolumeClaimTemplatesStatusAllocatedResources;
    };
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesStatus#capacity
     */
    readonly capacity?: {
        [key: string]: OpenTelemetryCollectorSpecVolumeClaimTemplatesStatusCapacity;
    };
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesStatus#conditions
     */
    readonly conditions?: OpenTelemetryCollectorSpecVolumeClaimTemplatesStatusConditions[];
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesStatus#currentVolumeAttributesClassName
     */
    readonly currentVolumeAttributesClassName?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesStatus#modifyVolumeStatus
     */
    readonly modifyVolumeStatus?: OpenTelemetryCollectorSpecVolumeClaimTemplatesStatusModifyVolumeStatus;
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesStatus#phase
     */
    readonly phase?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumeClaimTemplatesStatus' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumeClaimTemplatesStatus(obj: OpenTelemetryCollectorSpecVolumeClaimTemplatesStatus | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesAwsElasticBlockStore
 */
export interface OpenTelemetryCollectorSpecVolumesAwsElasticBlockStore {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesAwsElasticBlockStore#fsType
     */
    readonly fsType?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesAwsElasticBlockStore#partition
     */
    readonly partition?: number;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesAwsElasticBlockStore#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesAwsElasticBlockStore#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesAwsElasticBlockStore' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesAwsElasticBlockStore(obj: OpenTelemetryCollectorSpecVolumesAwsElasticBlockStore | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesAzureDisk
 */
export interface OpenTelemetryCollectorSpecVolumesAzureDisk {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesAzureDisk#cachingMode
     */
    readonly cachingMode?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesAzureDisk#diskName
     */
    readonly diskName: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesAzureDisk#diskURI
     */
    readonly diskUri: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesAzureDisk#fsType
     */
    readonly fsType?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesAzureDisk#kind
     */
    readonly kind?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesAzureDisk#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesAzureDisk' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesAzureDisk(obj: OpenTelemetryCollectorSpecVolumesAzureDisk | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesAzureFile
 */
export interface OpenTelemetryCollectorSpecVolumesAzureFile {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesAzureFile#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesAzureFile#secretName
     */
    readonly secretName: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesAzureFile#shareName
     */
    readonly shareName: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesAzureFile' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesAzureFile(obj: OpenTelemetryCollectorSpecVolumesAzureFile | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesCephfs
 */
export interface OpenTelemetryCollectorSpecVolumesCephfs {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesCephfs#monitors
     */
    readonly monitors: string[];
    /**
     * @schema OpenTelemetryCollectorSpecVolumesCephfs#path
     */
    readonly path?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesCephfs#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesCephfs#secretFile
     */
    readonly secretFile?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesCephfs#secretRef
     */
    readonly secretRef?: OpenTelemetryCollectorSpecVolumesCephfsSecretRef;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesCephfs#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesCephfs' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesCephfs(obj: OpenTelemetryCollectorSpecVolumesCephfs | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesCinder
 */
export interface OpenTelemetryCollectorSpecVolumesCinder {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesCinder#fsType
     */
    readonly fsType?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesCinder#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesCinder#secretRef
     */
    readonly secretRef?: OpenTelemetryCollectorSpecVolumesCinderSecretRef;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesCinder#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesCinder' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesCinder(obj: OpenTelemetryCollectorSpecVolumesCinder | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesConfigMap
 */
export interface OpenTelemetryCollectorSpecVolumesConfigMap {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesConfigMap#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesConfigMap#items
     */
    readonly items?: OpenTelemetryCollectorSpecVolumesConfigMapItems[];
    /**
     * @schema OpenTelemetryCollectorSpecVolumesConfigMap#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesConfigMap' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesConfigMap(obj: OpenTelemetryCollectorSpecVolumesConfigMap | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesCsi
 */
export interface OpenTelemetryCollectorSpecVolumesCsi {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesCsi#driver
     */
    readonly driver: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesCsi#fsType
     */
    readonly fsType?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesCsi#nodePublishSecretRef
     */
    readonly nodePublishSecretRef?: OpenTelemetryCollectorSpecVolumesCsiNodePublishSecretRef;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesCsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesCsi#volumeAttributes
     */
    readonly volumeAttributes?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesCsi' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesCsi(obj: OpenTelemetryCollectorSpecVolumesCsi | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesDownwardApi
 */
export interface OpenTelemetryCollectorSpecVolumesDownwardApi {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesDownwardApi#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesDownwardApi#items
     */
    readonly items?: OpenTelemetryCollectorSpecVolumesDownwardApiItems[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesDownwardApi' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesDownwardApi(obj: OpenTelemetryCollectorSpecVolumesDownwardApi | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesEmptyDir
 */
export interface OpenTelemetryCollectorSpecVolumesEmptyDir {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesEmptyDir#medium
     */
    readonly medium?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesEmptyDir#sizeLimit
     */
    readonly sizeLimit?: OpenTelemetryCollectorSpecVolumesEmptyDirSizeLimit;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesEmptyDir' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesEmptyDir(obj: OpenTelemetryCollectorSpecVolumesEmptyDir | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesEphemeral
 */
export interface OpenTelemetryCollectorSpecVolumesEphemeral {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesEphemeral#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplate;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesEphemeral' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesEphemeral(obj: OpenTelemetryCollectorSpecVolumesEphemeral | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesFc
 */
export interface OpenTelemetryCollectorSpecVolumesFc {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesFc#fsType
     */
    readonly fsType?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesFc#lun
     */
    readonly lun?: number;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesFc#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesFc#targetWWNs
     */
    readonly targetWwNs?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecVolumesFc#wwids
     */
    readonly wwids?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesFc' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesFc(obj: OpenTelemetryCollectorSpecVolumesFc | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesFlexVolume
 */
export interface OpenTelemetryCollectorSpecVolumesFlexVolume {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesFlexVolume#driver
     */
    readonly driver: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesFlexVolume#fsType
     */
    readonly fsType?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesFlexVolume#options
     */
    readonly options?: {
        [key: string]: string;
    };
    /**
     * @schema OpenTelemetryCollectorSpecVolumesFlexVolume#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesFlexVolume#secretRef
     */
    readonly secretRef?: OpenTelemetryCollectorSpecVolumesFlexVolumeSecretRef;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesFlexVolume' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesFlexVolume(obj: OpenTelemetryCollectorSpecVolumesFlexVolume | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesFlocker
 */
export interface OpenTelemetryCollectorSpecVolumesFlocker {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesFlocker#datasetName
     */
    readonly datasetName?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesFlocker#datasetUUID
     */
    readonly datasetUuid?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesFlocker' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesFlocker(obj: OpenTelemetryCollectorSpecVolumesFlocker | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesGcePersistentDisk
 */
export interface OpenTelemetryCollectorSpecVolumesGcePersistentDisk {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesGcePersistentDisk#fsType
     */
    readonly fsType?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesGcePersistentDisk#partition
     */
    readonly partition?: number;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesGcePersistentDisk#pdName
     */
    readonly pdName: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesGcePersistentDisk#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesGcePersistentDisk' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesGcePersistentDisk(obj: OpenTelemetryCollectorSpecVolumesGcePersistentDisk | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesGitRepo
 */
export interface OpenTelemetryCollectorSpecVolumesGitRepo {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesGitRepo#directory
     */
    readonly directory?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesGitRepo#repository
     */
    readonly repository: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesGitRepo#revision
     */
    readonly revision?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesGitRepo' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesGitRepo(obj: OpenTelemetryCollectorSpecVolumesGitRepo | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesGlusterfs
 */
export interface OpenTelemetryCollectorSpecVolumesGlusterfs {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesGlusterfs#endpoints
     */
    readonly endpoints: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesGlusterfs#path
     */
    readonly path: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesGlusterfs#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesGlusterfs' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesGlusterfs(obj: OpenTelemetryCollectorSpecVolumesGlusterfs | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesHostPath
 */
export interface OpenTelemetryCollectorSpecVolumesHostPath {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesHostPath#path
     */
    readonly path: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesHostPath#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesHostPath' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesHostPath(obj: OpenTelemetryCollectorSpecVolumesHostPath | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesImage
 */
export interface OpenTelemetryCollectorSpecVolumesImage {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesImage#pullPolicy
     */
    readonly pullPolicy?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesImage#reference
     */
    readonly reference?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesImage' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesImage(obj: OpenTelemetryCollectorSpecVolumesImage | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesIscsi
 */
export interface OpenTelemetryCollectorSpecVolumesIscsi {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesIscsi#chapAuthDiscovery
     */
    readonly chapAuthDiscovery?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesIscsi#chapAuthSession
     */
    readonly chapAuthSession?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesIscsi#fsType
     */
    readonly fsType?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesIscsi#initiatorName
     */
    readonly initiatorName?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesIscsi#iqn
     */
    readonly iqn: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesIscsi#iscsiInterface
     */
    readonly iscsiInterface?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesIscsi#lun
     */
    readonly lun: number;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesIscsi#portals
     */
    readonly portals?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecVolumesIscsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesIscsi#secretRef
     */
    readonly secretRef?: OpenTelemetryCollectorSpecVolumesIscsiSecretRef;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesIscsi#targetPortal
     */
    readonly targetPortal: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesIscsi' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesIscsi(obj: OpenTelemetryCollectorSpecVolumesIscsi | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesNfs
 */
export interface OpenTelemetryCollectorSpecVolumesNfs {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesNfs#path
     */
    readonly path: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesNfs#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesNfs#server
     */
    readonly server: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesNfs' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesNfs(obj: OpenTelemetryCollectorSpecVolumesNfs | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesPersistentVolumeClaim
 */
export interface OpenTelemetryCollectorSpecVolumesPersistentVolumeClaim {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesPersistentVolumeClaim#claimName
     */
    readonly claimName: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesPersistentVolumeClaim#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesPersistentVolumeClaim' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesPersistentVolumeClaim(obj: OpenTelemetryCollectorSpecVolumesPersistentVolumeClaim | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesPhotonPersistentDisk
 */
export interface OpenTelemetryCollectorSpecVolumesPhotonPersistentDisk {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesPhotonPersistentDisk#fsType
     */
    readonly fsType?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesPhotonPersistentDisk#pdID
     */
    readonly pdId: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesPhotonPersistentDisk' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesPhotonPersistentDisk(obj: OpenTelemetryCollectorSpecVolumesPhotonPersistentDisk | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesPortworxVolume
 */
export interface OpenTelemetryCollectorSpecVolumesPortworxVolume {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesPortworxVolume#fsType
     */
    readonly fsType?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesPortworxVolume#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesPortworxVolume#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesPortworxVolume' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesPortworxVolume(obj: OpenTelemetryCollectorSpecVolumesPortworxVolume | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesProjected
 */
export interface OpenTelemetryCollectorSpecVolumesProjected {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjected#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjected#sources
     */
    readonly sources?: OpenTelemetryCollectorSpecVolumesProjectedSources[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesProjected' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesProjected(obj: OpenTelemetryCollectorSpecVolumesProjected | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesQuobyte
 */
export interface OpenTelemetryCollectorSpecVolumesQuobyte {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesQuobyte#group
     */
    readonly group?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesQuobyte#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesQuobyte#registry
     */
    readonly registry: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesQuobyte#tenant
     */
    readonly tenant?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesQuobyte#user
     */
    readonly user?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesQuobyte#volume
     */
    readonly volume: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesQuobyte' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesQuobyte(obj: OpenTelemetryCollectorSpecVolumesQuobyte | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesRbd
 */
export interface OpenTelemetryCollectorSpecVolumesRbd {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesRbd#fsType
     */
    readonly fsType?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesRbd#image
     */
    readonly image: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesRbd#keyring
     */
    readonly keyring?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesRbd#monitors
     */
    readonly monitors: string[];
    /**
     * @schema OpenTelemetryCollectorSpecVolumesRbd#pool
     */
    readonly pool?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesRbd#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesRbd#secretRef
     */
    readonly secretRef?: OpenTelemetryCollectorSpecVolumesRbdSecretRef;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesRbd#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesRbd' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesRbd(obj: OpenTelemetryCollectorSpecVolumesRbd | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesScaleIo
 */
export interface OpenTelemetryCollectorSpecVolumesScaleIo {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesScaleIo#fsType
     */
    readonly fsType?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesScaleIo#gateway
     */
    readonly gateway: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesScaleIo#protectionDomain
     */
    readonly protectionDomain?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesScaleIo#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesScaleIo#secretRef
     */
    readonly secretRef: OpenTelemetryCollectorSpecVolumesScaleIoSecretRef;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesScaleIo#sslEnabled
     */
    readonly sslEnabled?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesScaleIo#storageMode
     */
    readonly storageMode?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesScaleIo#storagePool
     */
    readonly storagePool?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesScaleIo#system
     */
    readonly system: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesScaleIo#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesScaleIo' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesScaleIo(obj: OpenTelemetryCollectorSpecVolumesScaleIo | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesSecret
 */
export interface OpenTelemetryCollectorSpecVolumesSecret {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesSecret#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesSecret#items
     */
    readonly items?: OpenTelemetryCollectorSpecVolumesSecretItems[];
    /**
     * @schema OpenTelemetryCollectorSpecVolumesSecret#optional
     */
    readonly optional?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesSecret#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesSecret' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesSecret(obj: OpenTelemetryCollectorSpecVolumesSecret | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesStorageos
 */
export interface OpenTelemetryCollectorSpecVolumesStorageos {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesStorageos#fsType
     */
    readonly fsType?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesStorageos#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesStorageos#secretRef
     */
    readonly secretRef?: OpenTelemetryCollectorSpecVolumesStorageosSecretRef;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesStorageos#volumeName
     */
    readonly volumeName?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesStorageos#volumeNamespace
     */
    readonly volumeNamespace?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesStorageos' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesStorageos(obj: OpenTelemetryCollectorSpecVolumesStorageos | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesVsphereVolume
 */
export interface OpenTelemetryCollectorSpecVolumesVsphereVolume {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesVsphereVolume#fsType
     */
    readonly fsType?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesVsphereVolume#storagePolicyID
     */
    readonly storagePolicyId?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesVsphereVolume#storagePolicyName
     */
    readonly storagePolicyName?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesVsphereVolume#volumePath
     */
    readonly volumePath: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesVsphereVolume' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesVsphereVolume(obj: OpenTelemetryCollectorSpecVolumesVsphereVolume | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvValueFrom
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersEnvValueFrom {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromConfigMapKeyRef;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvValueFrom#fieldRef
     */
    readonly fieldRef?: OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromFieldRef;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromFileKeyRef;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromResourceFieldRef;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersEnvValueFrom' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersEnvValueFrom(obj: OpenTelemetryCollectorSpecAdditionalContainersEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvFromConfigMapRef
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersEnvFromConfigMapRef {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersEnvFromConfigMapRef(obj: OpenTelemetryCollectorSpecAdditionalContainersEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvFromSecretRef
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersEnvFromSecretRef {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersEnvFromSecretRef(obj: OpenTelemetryCollectorSpecAdditionalContainersEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStart
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStart {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStart#exec
     */
    readonly exec?: OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartExec;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStart#httpGet
     */
    readonly httpGet?: OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartHttpGet;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStart#sleep
     */
    readonly sleep?: OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartSleep;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStart#tcpSocket
     */
    readonly tcpSocket?: OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartTcpSocket;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStart' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStart(obj: OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStart | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStop
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStop {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStop#exec
     */
    readonly exec?: OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopExec;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStop#httpGet
     */
    readonly httpGet?: OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopHttpGet;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStop#sleep
     */
    readonly sleep?: OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopSleep;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStop#tcpSocket
     */
    readonly tcpSocket?: OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopTcpSocket;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStop' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStop(obj: OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStop | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeExec
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeExec {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeExec' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeExec(obj: OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeGrpc
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeGrpc {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeGrpc' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeGrpc(obj: OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeHttpGet
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeHttpGet {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeHttpGetHttpHeaders[];
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeHttpGet#port
     */
    readonly port: OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeHttpGetPort;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeHttpGet' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeHttpGet(obj: OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeTcpSocket
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeTcpSocket {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeTcpSocket#port
     */
    readonly port: OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeTcpSocket(obj: OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeExec
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeExec {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeExec' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeExec(obj: OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeGrpc
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeGrpc {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeGrpc' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeGrpc(obj: OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeHttpGet
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeHttpGet {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeHttpGetHttpHeaders[];
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeHttpGet#port
     */
    readonly port: OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeHttpGetPort;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeHttpGet' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeHttpGet(obj: OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeTcpSocket
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeTcpSocket {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeTcpSocket#port
     */
    readonly port: OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeTcpSocket(obj: OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersResourcesClaims
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersResourcesClaims {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersResourcesClaims#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersResourcesClaims' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersResourcesClaims(obj: OpenTelemetryCollectorSpecAdditionalContainersResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersResourcesLimits
 */
export declare class OpenTelemetryCollectorSpecAdditionalContainersResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecAdditionalContainersResourcesLimits;
    static fromString(value: string): OpenTelemetryCollectorSpecAdditionalContainersResourcesLimits;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersResourcesRequests
 */
export declare class OpenTelemetryCollectorSpecAdditionalContainersResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecAdditionalContainersResourcesRequests;
    static fromString(value: string): OpenTelemetryCollectorSpecAdditionalContainersResourcesRequests;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersRestartPolicyRulesExitCodes
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersRestartPolicyRulesExitCodes {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersRestartPolicyRulesExitCodes#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersRestartPolicyRulesExitCodes#values
     */
    readonly values?: number[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersRestartPolicyRulesExitCodes' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersRestartPolicyRulesExitCodes(obj: OpenTelemetryCollectorSpecAdditionalContainersRestartPolicyRulesExitCodes | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersSecurityContextAppArmorProfile
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersSecurityContextAppArmorProfile {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersSecurityContextAppArmorProfile(obj: OpenTelemetryCollectorSpecAdditionalContainersSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersSecurityContextCapabilities
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersSecurityContextCapabilities {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersSecurityContextCapabilities(obj: OpenTelemetryCollectorSpecAdditionalContainersSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersSecurityContextSeLinuxOptions
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersSecurityContextSeLinuxOptions {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersSecurityContextSeLinuxOptions(obj: OpenTelemetryCollectorSpecAdditionalContainersSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersSecurityContextSeccompProfile
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersSecurityContextSeccompProfile {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersSecurityContextSeccompProfile(obj: OpenTelemetryCollectorSpecAdditionalContainersSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersSecurityContextWindowsOptions
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersSecurityContextWindowsOptions {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersSecurityContextWindowsOptions(obj: OpenTelemetryCollectorSpecAdditionalContainersSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersStartupProbeExec
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersStartupProbeExec {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersStartupProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersStartupProbeExec' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersStartupProbeExec(obj: OpenTelemetryCollectorSpecAdditionalContainersStartupProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersStartupProbeGrpc
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersStartupProbeGrpc {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersStartupProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersStartupProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersStartupProbeGrpc' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersStartupProbeGrpc(obj: OpenTelemetryCollectorSpecAdditionalContainersStartupProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersStartupProbeHttpGet
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersStartupProbeHttpGet {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersStartupProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersStartupProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: OpenTelemetryCollectorSpecAdditionalContainersStartupProbeHttpGetHttpHeaders[];
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersStartupProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersStartupProbeHttpGet#port
     */
    readonly port: OpenTelemetryCollectorSpecAdditionalContainersStartupProbeHttpGetPort;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersStartupProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersStartupProbeHttpGet' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersStartupProbeHttpGet(obj: OpenTelemetryCollectorSpecAdditionalContainersStartupProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersStartupProbeTcpSocket
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersStartupProbeTcpSocket {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersStartupProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersStartupProbeTcpSocket#port
     */
    readonly port: OpenTelemetryCollectorSpecAdditionalContainersStartupProbeTcpSocketPort;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersStartupProbeTcpSocket' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersStartupProbeTcpSocket(obj: OpenTelemetryCollectorSpecAdditionalContainersStartupProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface OpenTelemetryCollectorSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema OpenTelemetryCollectorSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
     */
    readonly preference: OpenTelemetryCollectorSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    /**
     * @schema OpenTelemetryCollectorSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: OpenTelemetryCollectorSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface OpenTelemetryCollectorSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema OpenTelemetryCollectorSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
     */
    readonly nodeSelectorTerms: OpenTelemetryCollectorSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: OpenTelemetryCollectorSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAutoscalerBehaviorScaleDown
 */
export interface OpenTelemetryCollectorSpecAutoscalerBehaviorScaleDown {
    /**
     * @schema OpenTelemetryCollectorSpecAutoscalerBehaviorScaleDown#policies
     */
    readonly policies?: OpenTelemetryCollectorSpecAutoscalerBehaviorScaleDownPolicies[];
    /**
     * @schema OpenTelemetryCollectorSpecAutoscalerBehaviorScaleDown#selectPolicy
     */
    readonly selectPolicy?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAutoscalerBehaviorScaleDown#stabilizationWindowSeconds
     */
    readonly stabilizationWindowSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorSpecAutoscalerBehaviorScaleDown#tolerance
     */
    readonly tolerance?: OpenTelemetryCollectorSpecAutoscalerBehaviorScaleDownTolerance;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAutoscalerBehaviorScaleDown' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAutoscalerBehaviorScaleDown(obj: OpenTelemetryCollectorSpecAutoscalerBehaviorScaleDown | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAutoscalerBehaviorScaleUp
 */
export interface OpenTelemetryCollectorSpecAutoscalerBehaviorScaleUp {
    /**
     * @schema OpenTelemetryCollectorSpecAutoscalerBehaviorScaleUp#policies
     */
    readonly policies?: OpenTelemetryCollectorSpecAutoscalerBehaviorScaleUpPolicies[];
    /**
     * @schema OpenTelemetryCollectorSpecAutoscalerBehaviorScaleUp#selectPolicy
     */
    readonly selectPolicy?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAutoscalerBehaviorScaleUp#stabilizationWindowSeconds
     */
    readonly stabilizationWindowSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorSpecAutoscalerBehaviorScaleUp#tolerance
     */
    readonly tolerance?: OpenTelemetryCollectorSpecAutoscalerBehaviorScaleUpTolerance;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAutoscalerBehaviorScaleUp' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAutoscalerBehaviorScaleUp(obj: OpenTelemetryCollectorSpecAutoscalerBehaviorScaleUp | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAutoscalerMetricsPods
 */
export interface OpenTelemetryCollectorSpecAutoscalerMetricsPods {
    /**
     * @schema OpenTelemetryCollectorSpecAutoscalerMetricsPods#metric
     */
    readonly metric: OpenTelemetryCollectorSpecAutoscalerMetricsPodsMetric;
    /**
     * @schema OpenTelemetryCollectorSpecAutoscalerMetricsPods#target
     */
    readonly target: OpenTelemetryCollectorSpecAutoscalerMetricsPodsTarget;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAutoscalerMetricsPods' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAutoscalerMetricsPods(obj: OpenTelemetryCollectorSpecAutoscalerMetricsPods | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecDeploymentUpdateStrategyRollingUpdateMaxSurge
 */
export declare class OpenTelemetryCollectorSpecDeploymentUpdateStrategyRollingUpdateMaxSurge {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecDeploymentUpdateStrategyRollingUpdateMaxSurge;
    static fromString(value: string): OpenTelemetryCollectorSpecDeploymentUpdateStrategyRollingUpdateMaxSurge;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecDeploymentUpdateStrategyRollingUpdateMaxUnavailable
 */
export declare class OpenTelemetryCollectorSpecDeploymentUpdateStrategyRollingUpdateMaxUnavailable {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecDeploymentUpdateStrategyRollingUpdateMaxUnavailable;
    static fromString(value: string): OpenTelemetryCollectorSpecDeploymentUpdateStrategyRollingUpdateMaxUnavailable;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecEnvValueFromConfigMapKeyRef
 */
export interface OpenTelemetryCollectorSpecEnvValueFromConfigMapKeyRef {
    /**
     * @schema OpenTelemetryCollectorSpecEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorSpecEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecEnvValueFromConfigMapKeyRef(obj: OpenTelemetryCollectorSpecEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecEnvValueFromFieldRef
 */
export interface OpenTelemetryCollectorSpecEnvValueFromFieldRef {
    /**
     * @schema OpenTelemetryCollectorSpecEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema OpenTelemetryCollectorSpecEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecEnvValueFromFieldRef(obj: OpenTelemetryCollectorSpecEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecEnvValueFromFileKeyRef
 */
export interface OpenTelemetryCollectorSpecEnvValueFromFileKeyRef {
    /**
     * @schema OpenTelemetryCollectorSpecEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * @schema OpenTelemetryCollectorSpecEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecEnvValueFromFileKeyRef(obj: OpenTelemetryCollectorSpecEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecEnvValueFromResourceFieldRef
 */
export interface OpenTelemetryCollectorSpecEnvValueFromResourceFieldRef {
    /**
     * @schema OpenTelemetryCollectorSpecEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema OpenTelemetryCollectorSpecEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: OpenTelemetryCollectorSpecEnvValueFromResourceFieldRefDivisor;
    /**
     * @schema OpenTelemetryCollectorSpecEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecEnvValueFromResourceFieldRef(obj: OpenTelemetryCollectorSpecEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecEnvValueFromSecretKeyRef
 */
export interface OpenTelemetryCollectorSpecEnvValueFromSecretKeyRef {
    /**
     * @schema OpenTelemetryCollectorSpecEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorSpecEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecEnvValueFromSecretKeyRef(obj: OpenTelemetryCollectorSpecEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecIngressRouteTermination
 */
export declare enum OpenTelemetryCollectorSpecIngressRouteTermination {
    /** insecure */
    INSECURE = "insecure",
    /** edge */
    EDGE = "edge",
    /** passthrough */
    PASSTHROUGH = "passthrough",
    /** reencrypt */
    REENCRYPT = "reencrypt"
}
/**
 * @schema OpenTelemetryCollectorSpecInitContainersEnvValueFrom
 */
export interface OpenTelemetryCollectorSpecInitContainersEnvValueFrom {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: OpenTelemetryCollectorSpecInitContainersEnvValueFromConfigMapKeyRef;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersEnvValueFrom#fieldRef
     */
    readonly fieldRef?: OpenTelemetryCollectorSpecInitContainersEnvValueFromFieldRef;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: OpenTelemetryCollectorSpecInitContainersEnvValueFromFileKeyRef;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: OpenTelemetryCollectorSpecInitContainersEnvValueFromResourceFieldRef;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: OpenTelemetryCollectorSpecInitContainersEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersEnvValueFrom' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersEnvValueFrom(obj: OpenTelemetryCollectorSpecInitContainersEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersEnvFromConfigMapRef
 */
export interface OpenTelemetryCollectorSpecInitContainersEnvFromConfigMapRef {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersEnvFromConfigMapRef(obj: OpenTelemetryCollectorSpecInitContainersEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersEnvFromSecretRef
 */
export interface OpenTelemetryCollectorSpecInitContainersEnvFromSecretRef {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersEnvFromSecretRef(obj: OpenTelemetryCollectorSpecInitContainersEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePostStart
 */
export interface OpenTelemetryCollectorSpecInitContainersLifecyclePostStart {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePostStart#exec
     */
    readonly exec?: OpenTelemetryCollectorSpecInitContainersLifecyclePostStartExec;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePostStart#httpGet
     */
    readonly httpGet?: OpenTelemetryCollectorSpecInitContainersLifecyclePostStartHttpGet;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePostStart#sleep
     */
    readonly sleep?: OpenTelemetryCollectorSpecInitContainersLifecyclePostStartSleep;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePostStart#tcpSocket
     */
    readonly tcpSocket?: OpenTelemetryCollectorSpecInitContainersLifecyclePostStartTcpSocket;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersLifecyclePostStart' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersLifecyclePostStart(obj: OpenTelemetryCollectorSpecInitContainersLifecyclePostStart | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePreStop
 */
export interface OpenTelemetryCollectorSpecInitContainersLifecyclePreStop {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePreStop#exec
     */
    readonly exec?: OpenTelemetryCollectorSpecInitContainersLifecyclePreStopExec;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePreStop#httpGet
     */
    readonly httpGet?: OpenTelemetryCollectorSpecInitContainersLifecyclePreStopHttpGet;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePreStop#sleep
     */
    readonly sleep?: OpenTelemetryCollectorSpecInitContainersLifecyclePreStopSleep;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePreStop#tcpSocket
     */
    readonly tcpSocket?: OpenTelemetryCollectorSpecInitContainersLifecyclePreStopTcpSocket;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersLifecyclePreStop' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersLifecyclePreStop(obj: OpenTelemetryCollectorSpecInitContainersLifecyclePreStop | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersLivenessProbeExec
 */
export interface OpenTelemetryCollectorSpecInitContainersLivenessProbeExec {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLivenessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersLivenessProbeExec' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersLivenessProbeExec(obj: OpenTelemetryCollectorSpecInitContainersLivenessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersLivenessProbeGrpc
 */
export interface OpenTelemetryCollectorSpecInitContainersLivenessProbeGrpc {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLivenessProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLivenessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersLivenessProbeGrpc' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersLivenessProbeGrpc(obj: OpenTelemetryCollectorSpecInitContainersLivenessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersLivenessProbeHttpGet
 */
export interface OpenTelemetryCollectorSpecInitContainersLivenessProbeHttpGet {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLivenessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLivenessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: OpenTelemetryCollectorSpecInitContainersLivenessProbeHttpGetHttpHeaders[];
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLivenessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLivenessProbeHttpGet#port
     */
    readonly port: OpenTelemetryCollectorSpecInitContainersLivenessProbeHttpGetPort;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLivenessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersLivenessProbeHttpGet' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersLivenessProbeHttpGet(obj: OpenTelemetryCollectorSpecInitContainersLivenessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersLivenessProbeTcpSocket
 */
export interface OpenTelemetryCollectorSpecInitContainersLivenessProbeTcpSocket {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLivenessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLivenessProbeTcpSocket#port
     */
    readonly port: OpenTelemetryCollectorSpecInitContainersLivenessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersLivenessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersLivenessProbeTcpSocket(obj: OpenTelemetryCollectorSpecInitContainersLivenessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersReadinessProbeExec
 */
export interface OpenTelemetryCollectorSpecInitContainersReadinessProbeExec {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersReadinessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersReadinessProbeExec' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersReadinessProbeExec(obj: OpenTelemetryCollectorSpecInitContainersReadinessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersReadinessProbeGrpc
 */
export interface OpenTelemetryCollectorSpecInitContainersReadinessProbeGrpc {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersReadinessProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersReadinessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersReadinessProbeGrpc' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersReadinessProbeGrpc(obj: OpenTelemetryCollectorSpecInitContainersReadinessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersReadinessProbeHttpGet
 */
export interface OpenTelemetryCollectorSpecInitContainersReadinessProbeHttpGet {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersReadinessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersReadinessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: OpenTelemetryCollectorSpecInitContainersReadinessProbeHttpGetHttpHeaders[];
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersReadinessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersReadinessProbeHttpGet#port
     */
    readonly port: OpenTelemetryCollectorSpecInitContainersReadinessProbeHttpGetPort;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersReadinessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersReadinessProbeHttpGet' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersReadinessProbeHttpGet(obj: OpenTelemetryCollectorSpecInitContainersReadinessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersReadinessProbeTcpSocket
 */
export interface OpenTelemetryCollectorSpecInitContainersReadinessProbeTcpSocket {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersReadinessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersReadinessProbeTcpSocket#port
     */
    readonly port: OpenTelemetryCollectorSpecInitContainersReadinessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersReadinessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersReadinessProbeTcpSocket(obj: OpenTelemetryCollectorSpecInitContainersReadinessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersResourcesClaims
 */
export interface OpenTelemetryCollectorSpecInitContainersResourcesClaims {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersResourcesClaims#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersResourcesClaims' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersResourcesClaims(obj: OpenTelemetryCollectorSpecInitContainersResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersResourcesLimits
 */
export declare class OpenTelemetryCollectorSpecInitContainersResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecInitContainersResourcesLimits;
    static fromString(value: string): OpenTelemetryCollectorSpecInitContainersResourcesLimits;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecInitContainersResourcesRequests
 */
export declare class OpenTelemetryCollectorSpecInitContainersResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecInitContainersResourcesRequests;
    static fromString(value: string): OpenTelemetryCollectorSpecInitContainersResourcesRequests;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecInitContainersRestartPolicyRulesExitCodes
 */
export interface OpenTelemetryCollectorSpecInitContainersRestartPolicyRulesExitCodes {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersRestartPolicyRulesExitCodes#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersRestartPolicyRulesExitCodes#values
     */
    readonly values?: number[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersRestartPolicyRulesExitCodes' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersRestartPolicyRulesExitCodes(obj: OpenTelemetryCollectorSpecInitContainersRestartPolicyRulesExitCodes | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersSecurityContextAppArmorProfile
 */
export interface OpenTelemetryCollectorSpecInitContainersSecurityContextAppArmorProfile {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersSecurityContextAppArmorProfile(obj: OpenTelemetryCollectorSpecInitContainersSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersSecurityContextCapabilities
 */
export interface OpenTelemetryCollectorSpecInitContainersSecurityContextCapabilities {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersSecurityContextCapabilities(obj: OpenTelemetryCollectorSpecInitContainersSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersSecurityContextSeLinuxOptions
 */
export interface OpenTelemetryCollectorSpecInitContainersSecurityContextSeLinuxOptions {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersSecurityContextSeLinuxOptions(obj: OpenTelemetryCollectorSpecInitContainersSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersSecurityContextSeccompProfile
 */
export interface OpenTelemetryCollectorSpecInitContainersSecurityContextSeccompProfile {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersSecurityContextSeccompProfile(obj: OpenTelemetryCollectorSpecInitContainersSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersSecurityContextWindowsOptions
 */
export interface OpenTelemetryCollectorSpecInitContainersSecurityContextWindowsOptions {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersSecurityContextWindowsOptions(obj: OpenTelemetryCollectorSpecInitContainersSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersStartupProbeExec
 */
export interface OpenTelemetryCollectorSpecInitContainersStartupProbeExec {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersStartupProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersStartupProbeExec' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersStartupProbeExec(obj: OpenTelemetryCollectorSpecInitContainersStartupProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersStartupProbeGrpc
 */
export interface OpenTelemetryCollectorSpecInitContainersStartupProbeGrpc {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersStartupProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersStartupProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersStartupProbeGrpc' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersStartupProbeGrpc(obj: OpenTelemetryCollectorSpecInitContainersStartupProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersStartupProbeHttpGet
 */
export interface OpenTelemetryCollectorSpecInitContainersStartupProbeHttpGet {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersStartupProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersStartupProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: OpenTelemetryCollectorSpecInitContainersStartupProbeHttpGetHttpHeaders[];
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersStartupProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersStartupProbeHttpGet#port
     */
    readonly port: OpenTelemetryCollectorSpecInitContainersStartupProbeHttpGetPort;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersStartupProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersStartupProbeHttpGet' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersStartupProbeHttpGet(obj: OpenTelemetryCollectorSpecInitContainersStartupProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersStartupProbeTcpSocket
 */
export interface OpenTelemetryCollectorSpecInitContainersStartupProbeTcpSocket {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersStartupProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersStartupProbeTcpSocket#port
     */
    readonly port: OpenTelemetryCollectorSpecInitContainersStartupProbeTcpSocketPort;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersStartupProbeTcpSocket' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersStartupProbeTcpSocket(obj: OpenTelemetryCollectorSpecInitContainersStartupProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecLifecyclePostStartExec
 */
export interface OpenTelemetryCollectorSpecLifecyclePostStartExec {
    /**
     * @schema OpenTelemetryCollectorSpecLifecyclePostStartExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecLifecyclePostStartExec' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecLifecyclePostStartExec(obj: OpenTelemetryCollectorSpecLifecyclePostStartExec | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecLifecyclePostStartHttpGet
 */
export interface OpenTelemetryCollectorSpecLifecyclePostStartHttpGet {
    /**
     * @schema OpenTelemetryCollectorSpecLifecyclePostStartHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorSpecLifecyclePostStartHttpGet#httpHeaders
     */
    readonly httpHeaders?: OpenTelemetryCollectorSpecLifecyclePostStartHttpGetHttpHeaders[];
    /**
     * @schema OpenTelemetryCollectorSpecLifecyclePostStartHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema OpenTelemetryCollectorSpecLifecyclePostStartHttpGet#port
     */
    readonly port: OpenTelemetryCollectorSpecLifecyclePostStartHttpGetPort;
    /**
     * @schema OpenTelemetryCollectorSpecLifecyclePostStartHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecLifecyclePostStartHttpGet' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecLifecyclePostStartHttpGet(obj: OpenTelemetryCollectorSpecLifecyclePostStartHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecLifecyclePostStartSleep
 */
export interface OpenTelemetryCollectorSpecLifecyclePostStartSleep {
    /**
     * @schema OpenTelemetryCollectorSpecLifecyclePostStartSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecLifecyclePostStartSleep' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecLifecyclePostStartSleep(obj: OpenTelemetryCollectorSpecLifecyclePostStartSleep | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecLifecyclePostStartTcpSocket
 */
export interface OpenTelemetryCollectorSpecLifecyclePostStartTcpSocket {
    /**
     * @schema OpenTelemetryCollectorSpecLifecyclePostStartTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorSpecLifecyclePostStartTcpSocket#port
     */
    readonly port: OpenTelemetryCollectorSpecLifecyclePostStartTcpSocketPort;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecLifecyclePostStartTcpSocket' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecLifecyclePostStartTcpSocket(obj: OpenTelemetryCollectorSpecLifecyclePostStartTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecLifecyclePreStopExec
 */
export interface OpenTelemetryCollectorSpecLifecyclePreStopExec {
    /**
     * @schema OpenTelemetryCollectorSpecLifecyclePreStopExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecLifecyclePreStopExec' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecLifecyclePreStopExec(obj: OpenTelemetryCollectorSpecLifecyclePreStopExec | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecLifecyclePreStopHttpGet
 */
export interface OpenTelemetryCollectorSpecLifecyclePreStopHttpGet {
    /**
     * @schema OpenTelemetryCollectorSpecLifecyclePreStopHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorSpecLifecyclePreStopHttpGet#httpHeaders
     */
    readonly httpHeaders?: OpenTelemetryCollectorSpecLifecyclePreStopHttpGetHttpHeaders[];
    /**
     * @schema OpenTelemetryCollectorSpecLifecyclePreStopHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema OpenTelemetryCollectorSpecLifecyclePreStopHttpGet#port
     */
    readonly port: OpenTelemetryCollectorSpecLifecyclePreStopHttpGetPort;
    /**
     * @schema OpenTelemetryCollectorSpecLifecyclePreStopHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecLifecyclePreStopHttpGet' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecLifecyclePreStopHttpGet(obj: OpenTelemetryCollectorSpecLifecyclePreStopHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecLifecyclePreStopSleep
 */
export interface OpenTelemetryCollectorSpecLifecyclePreStopSleep {
    /**
     * @schema OpenTelemetryCollectorSpecLifecyclePreStopSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecLifecyclePreStopSleep' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecLifecyclePreStopSleep(obj: OpenTelemetryCollectorSpecLifecyclePreStopSleep | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecLifecyclePreStopTcpSocket
 */
export interface OpenTelemetryCollectorSpecLifecyclePreStopTcpSocket {
    /**
     * @schema OpenTelemetryCollectorSpecLifecyclePreStopTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorSpecLifecyclePreStopTcpSocket#port
     */
    readonly port: OpenTelemetryCollectorSpecLifecyclePreStopTcpSocketPort;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecLifecyclePreStopTcpSocket' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecLifecyclePreStopTcpSocket(obj: OpenTelemetryCollectorSpecLifecyclePreStopTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinity
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinity {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinity' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinity(obj: OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinity
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinity {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinity' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinity(obj: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinity
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinity {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinity' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinity(obj: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorEnvValueFrom
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorEnvValueFrom {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromConfigMapKeyRef;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorEnvValueFrom#fieldRef
     */
    readonly fieldRef?: OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromFieldRef;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromFileKeyRef;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromResourceFieldRef;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorEnvValueFrom' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorEnvValueFrom(obj: OpenTelemetryCollectorSpecTargetAllocatorEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorObservabilityMetrics
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorObservabilityMetrics {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorObservabilityMetrics#DisablePrometheusAnnotations
     */
    readonly disablePrometheusAnnotations?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorObservabilityMetrics#enableMetrics
     */
    readonly enableMetrics?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorObservabilityMetrics' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorObservabilityMetrics(obj: OpenTelemetryCollectorSpecTargetAllocatorObservabilityMetrics | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorPodDisruptionBudgetMaxUnavailable
 */
export declare class OpenTelemetryCollectorSpecTargetAllocatorPodDisruptionBudgetMaxUnavailable {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecTargetAllocatorPodDisruptionBudgetMaxUnavailable;
    static fromString(value: string): OpenTelemetryCollectorSpecTargetAllocatorPodDisruptionBudgetMaxUnavailable;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorPodDisruptionBudgetMinAvailable
 */
export declare class OpenTelemetryCollectorSpecTargetAllocatorPodDisruptionBudgetMinAvailable {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecTargetAllocatorPodDisruptionBudgetMinAvailable;
    static fromString(value: string): OpenTelemetryCollectorSpecTargetAllocatorPodDisruptionBudgetMinAvailable;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextAppArmorProfile
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextAppArmorProfile {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextAppArmorProfile(obj: OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextSeLinuxOptions
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextSeLinuxOptions {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextSeLinuxOptions(obj: OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextSeccompProfile
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextSeccompProfile {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextSeccompProfile(obj: OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextSysctls
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextSysctls {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextSysctls#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextSysctls#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextSysctls' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextSysctls(obj: OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextSysctls | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextWindowsOptions
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextWindowsOptions {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextWindowsOptions(obj: OpenTelemetryCollectorSpecTargetAllocatorPodSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorResourcesClaims
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorResourcesClaims {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorResourcesClaims#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorResourcesClaims' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorResourcesClaims(obj: OpenTelemetryCollectorSpecTargetAllocatorResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorResourcesLimits
 */
export declare class OpenTelemetryCollectorSpecTargetAllocatorResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecTargetAllocatorResourcesLimits;
    static fromString(value: string): OpenTelemetryCollectorSpecTargetAllocatorResourcesLimits;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorResourcesRequests
 */
export declare class OpenTelemetryCollectorSpecTargetAllocatorResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecTargetAllocatorResourcesRequests;
    static fromString(value: string): OpenTelemetryCollectorSpecTargetAllocatorResourcesRequests;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorSecurityContextAppArmorProfile
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorSecurityContextAppArmorProfile {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorSecurityContextAppArmorProfile(obj: OpenTelemetryCollectorSpecTargetAllocatorSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorSecurityContextCapabilities
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorSecurityContextCapabilities {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorSecurityContextCapabilities(obj: OpenTelemetryCollectorSpecTargetAllocatorSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorSecurityContextSeLinuxOptions
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorSecurityContextSeLinuxOptions {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorSecurityContextSeLinuxOptions(obj: OpenTelemetryCollectorSpecTargetAllocatorSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorSecurityContextSeccompProfile
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorSecurityContextSeccompProfile {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorSecurityContextSeccompProfile(obj: OpenTelemetryCollectorSpecTargetAllocatorSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorSecurityContextWindowsOptions
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorSecurityContextWindowsOptions {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorSecurityContextWindowsOptions(obj: OpenTelemetryCollectorSpecTargetAllocatorSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorTopologySpreadConstraintsLabelSelector
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorTopologySpreadConstraintsLabelSelector {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorTopologySpreadConstraintsLabelSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorSpecTargetAllocatorTopologySpreadConstraintsLabelSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorTopologySpreadConstraintsLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorTopologySpreadConstraintsLabelSelector(obj: OpenTelemetryCollectorSpecTargetAllocatorTopologySpreadConstraintsLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTopologySpreadConstraintsLabelSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorSpecTopologySpreadConstraintsLabelSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorSpecTopologySpreadConstraintsLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorSpecTopologySpreadConstraintsLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTopologySpreadConstraintsLabelSelectorMatchExpressions(obj: OpenTelemetryCollectorSpecTopologySpreadConstraintsLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecUpdateStrategyRollingUpdateMaxSurge
 */
export declare class OpenTelemetryCollectorSpecUpdateStrategyRollingUpdateMaxSurge {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecUpdateStrategyRollingUpdateMaxSurge;
    static fromString(value: string): OpenTelemetryCollectorSpecUpdateStrategyRollingUpdateMaxSurge;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecUpdateStrategyRollingUpdateMaxUnavailable
 */
export declare class OpenTelemetryCollectorSpecUpdateStrategyRollingUpdateMaxUnavailable {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecUpdateStrategyRollingUpdateMaxUnavailable;
    static fromString(value: string): OpenTelemetryCollectorSpecUpdateStrategyRollingUpdateMaxUnavailable;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecDataSource
 */
export interface OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecDataSource {
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecDataSource#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecDataSource#kind
     */
    readonly kind: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecDataSource#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecDataSource' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecDataSource(obj: OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecDataSource | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecDataSourceRef
 */
export interface OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecDataSourceRef {
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecDataSourceRef#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecDataSourceRef#kind
     */
    readonly kind: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecDataSourceRef#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecDataSourceRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecDataSourceRef(obj: OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecResources
 */
export interface OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecResources {
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecResources#limits
     */
    readonly limits?: {
        [key: string]: OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecResourcesLimits;
    };
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecResources#requests
     */
    readonly requests?: {
        [key: string]: OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecResources' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecResources(obj: OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecResources | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecSelector
 */
export interface OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecSelector {
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecSelector(obj: OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesStatusAllocatedResources
 */
export declare class OpenTelemetryCollectorSpecVolumeClaimTemplatesStatusAllocatedResources {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecVolumeClaimTemplatesStatusAllocatedResources;
    static fromString(value: string): OpenTelemetryCollectorSpecVolumeClaimTemplatesStatusAllocatedResources;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesStatusCapacity
 */
export declare class OpenTelemetryCollectorSpecVolumeClaimTemplatesStatusCapacity {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecVolumeClaimTemplatesStatusCapacity;
    static fromString(value: string): OpenTelemetryCollectorSpecVolumeClaimTemplatesStatusCapacity;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesStatusConditions
 */
export interface OpenTelemetryCollectorSpecVolumeClaimTemplatesStatusConditions {
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesStatusConditions#lastProbeTime
     */
    readonly lastProbeTime?: Date;
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesStatusConditions#lastTransitionTime
     */
    readonly lastTransitionTime?: Date;
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesStatusConditions#message
     */
    readonly message?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesStatusConditions#reason
     */
    readonly reason?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesStatusConditions#status
     */
    readonly status: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesStatusConditions#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumeClaimTemplatesStatusConditions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumeClaimTemplatesStatusConditions(obj: OpenTelemetryCollectorSpecVolumeClaimTemplatesStatusConditions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesStatusModifyVolumeStatus
 */
export interface OpenTelemetryCollectorSpecVolumeClaimTemplatesStatusModifyVolumeStatus {
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesStatusModifyVolumeStatus#status
     */
    readonly status: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesStatusModifyVolumeStatus#targetVolumeAttributesClassName
     */
    readonly targetVolumeAttributesClassName?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumeClaimTemplatesStatusModifyVolumeStatus' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumeClaimTemplatesStatusModifyVolumeStatus(obj: OpenTelemetryCollectorSpecVolumeClaimTemplatesStatusModifyVolumeStatus | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesCephfsSecretRef
 */
export interface OpenTelemetryCollectorSpecVolumesCephfsSecretRef {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesCephfsSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesCephfsSecretRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesCephfsSecretRef(obj: OpenTelemetryCollectorSpecVolumesCephfsSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesCinderSecretRef
 */
export interface OpenTelemetryCollectorSpecVolumesCinderSecretRef {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesCinderSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesCinderSecretRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesCinderSecretRef(obj: OpenTelemetryCollectorSpecVolumesCinderSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesConfigMapItems
 */
export interface OpenTelemetryCollectorSpecVolumesConfigMapItems {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesConfigMapItems#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesConfigMapItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesConfigMapItems' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesConfigMapItems(obj: OpenTelemetryCollectorSpecVolumesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesCsiNodePublishSecretRef
 */
export interface OpenTelemetryCollectorSpecVolumesCsiNodePublishSecretRef {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesCsiNodePublishSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesCsiNodePublishSecretRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesCsiNodePublishSecretRef(obj: OpenTelemetryCollectorSpecVolumesCsiNodePublishSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesDownwardApiItems
 */
export interface OpenTelemetryCollectorSpecVolumesDownwardApiItems {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesDownwardApiItems#fieldRef
     */
    readonly fieldRef?: OpenTelemetryCollectorSpecVolumesDownwardApiItemsFieldRef;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesDownwardApiItems#mode
     */
    readonly mode?: number;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesDownwardApiItems#path
     */
    readonly path: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesDownwardApiItems#resourceFieldRef
     */
    readonly resourceFieldRef?: OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRef;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesDownwardApiItems' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesDownwardApiItems(obj: OpenTelemetryCollectorSpecVolumesDownwardApiItems | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesEmptyDirSizeLimit
 */
export declare class OpenTelemetryCollectorSpecVolumesEmptyDirSizeLimit {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecVolumesEmptyDirSizeLimit;
    static fromString(value: string): OpenTelemetryCollectorSpecVolumesEmptyDirSizeLimit;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplate
 */
export interface OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplate {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplate#metadata
     */
    readonly metadata?: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateMetadata;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplate#spec
     */
    readonly spec: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpec;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplate' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplate(obj: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplate | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesFlexVolumeSecretRef
 */
export interface OpenTelemetryCollectorSpecVolumesFlexVolumeSecretRef {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesFlexVolumeSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesFlexVolumeSecretRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesFlexVolumeSecretRef(obj: OpenTelemetryCollectorSpecVolumesFlexVolumeSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesIscsiSecretRef
 */
export interface OpenTelemetryCollectorSpecVolumesIscsiSecretRef {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesIscsiSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesIscsiSecretRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesIscsiSecretRef(obj: OpenTelemetryCollectorSpecVolumesIscsiSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesProjectedSources
 */
export interface OpenTelemetryCollectorSpecVolumesProjectedSources {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSources#clusterTrustBundle
     */
    readonly clusterTrustBundle?: OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundle;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSources#configMap
     */
    readonly configMap?: OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMap;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSources#downwardAPI
     */
    readonly downwardApi?: OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApi;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSources#podCertificate
     */
    readonly podCertificate?: OpenTelemetryCollectorSpecVolumesProjectedSourcesPodCertificate;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSources#secret
     */
    readonly secret?: OpenTelemetryCollectorSpecVolumesProjectedSourcesSecret;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSources#serviceAccountToken
     */
    readonly serviceAccountToken?: OpenTelemetryCollectorSpecVolumesProjectedSourcesServiceAccountToken;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesProjectedSources' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesProjectedSources(obj: OpenTelemetryCollectorSpecVolumesProjectedSources | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesRbdSecretRef
 */
export interface OpenTelemetryCollectorSpecVolumesRbdSecretRef {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesRbdSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesRbdSecretRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesRbdSecretRef(obj: OpenTelemetryCollectorSpecVolumesRbdSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesScaleIoSecretRef
 */
export interface OpenTelemetryCollectorSpecVolumesScaleIoSecretRef {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesScaleIoSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesScaleIoSecretRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesScaleIoSecretRef(obj: OpenTelemetryCollectorSpecVolumesScaleIoSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesSecretItems
 */
export interface OpenTelemetryCollectorSpecVolumesSecretItems {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesSecretItems#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesSecretItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesSecretItems' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesSecretItems(obj: OpenTelemetryCollectorSpecVolumesSecretItems | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesStorageosSecretRef
 */
export interface OpenTelemetryCollectorSpecVolumesStorageosSecretRef {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesStorageosSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesStorageosSecretRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesStorageosSecretRef(obj: OpenTelemetryCollectorSpecVolumesStorageosSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromConfigMapKeyRef
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromConfigMapKeyRef {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromConfigMapKeyRef(obj: OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromFieldRef
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromFieldRef {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromFieldRef(obj: OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromFileKeyRef
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromFileKeyRef {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromFileKeyRef(obj: OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromResourceFieldRef
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromResourceFieldRef {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromResourceFieldRefDivisor;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromResourceFieldRef(obj: OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromSecretKeyRef
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromSecretKeyRef {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromSecretKeyRef(obj: OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartExec
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartExec {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartExec' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartExec(obj: OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartExec | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartHttpGet
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartHttpGet {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartHttpGet#httpHeaders
     */
    readonly httpHeaders?: OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartHttpGetHttpHeaders[];
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartHttpGet#port
     */
    readonly port: OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartHttpGetPort;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartHttpGet' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartHttpGet(obj: OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartSleep
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartSleep {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartSleep' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartSleep(obj: OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartSleep | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartTcpSocket
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartTcpSocket {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartTcpSocket#port
     */
    readonly port: OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartTcpSocketPort;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartTcpSocket' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartTcpSocket(obj: OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopExec
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopExec {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopExec' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopExec(obj: OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopExec | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopHttpGet
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopHttpGet {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopHttpGet#httpHeaders
     */
    readonly httpHeaders?: OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopHttpGetHttpHeaders[];
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopHttpGet#port
     */
    readonly port: OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopHttpGetPort;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopHttpGet' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopHttpGet(obj: OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopSleep
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopSleep {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopSleep' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopSleep(obj: OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopSleep | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopTcpSocket
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopTcpSocket {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopTcpSocket#port
     */
    readonly port: OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopTcpSocketPort;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopTcpSocket' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopTcpSocket(obj: OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeHttpGetHttpHeaders
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeHttpGetHttpHeaders {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeHttpGetHttpHeaders(obj: OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeHttpGetPort
 */
export declare class OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeHttpGetPort;
    static fromString(value: string): OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeTcpSocketPort
 */
export declare class OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeTcpSocketPort;
    static fromString(value: string): OpenTelemetryCollectorSpecAdditionalContainersLivenessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeHttpGetHttpHeaders
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeHttpGetHttpHeaders {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeHttpGetHttpHeaders(obj: OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeHttpGetPort
 */
export declare class OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeHttpGetPort;
    static fromString(value: string): OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeTcpSocketPort
 */
export declare class OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeTcpSocketPort;
    static fromString(value: string): OpenTelemetryCollectorSpecAdditionalContainersReadinessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersStartupProbeHttpGetHttpHeaders
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersStartupProbeHttpGetHttpHeaders {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersStartupProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersStartupProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersStartupProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersStartupProbeHttpGetHttpHeaders(obj: OpenTelemetryCollectorSpecAdditionalContainersStartupProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersStartupProbeHttpGetPort
 */
export declare class OpenTelemetryCollectorSpecAdditionalContainersStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecAdditionalContainersStartupProbeHttpGetPort;
    static fromString(value: string): OpenTelemetryCollectorSpecAdditionalContainersStartupProbeHttpGetPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersStartupProbeTcpSocketPort
 */
export declare class OpenTelemetryCollectorSpecAdditionalContainersStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecAdditionalContainersStartupProbeTcpSocketPort;
    static fromString(value: string): OpenTelemetryCollectorSpecAdditionalContainersStartupProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
 */
export interface OpenTelemetryCollectorSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    /**
     * @schema OpenTelemetryCollectorSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
     */
    readonly matchFields?: OpenTelemetryCollectorSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj: OpenTelemetryCollectorSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
 */
export interface OpenTelemetryCollectorSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    /**
     * @schema OpenTelemetryCollectorSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
     */
    readonly matchFields?: OpenTelemetryCollectorSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj: OpenTelemetryCollectorSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAutoscalerBehaviorScaleDownPolicies
 */
export interface OpenTelemetryCollectorSpecAutoscalerBehaviorScaleDownPolicies {
    /**
     * @schema OpenTelemetryCollectorSpecAutoscalerBehaviorScaleDownPolicies#periodSeconds
     */
    readonly periodSeconds: number;
    /**
     * @schema OpenTelemetryCollectorSpecAutoscalerBehaviorScaleDownPolicies#type
     */
    readonly type: string;
    /**
     * @schema OpenTelemetryCollectorSpecAutoscalerBehaviorScaleDownPolicies#value
     */
    readonly value: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAutoscalerBehaviorScaleDownPolicies' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAutoscalerBehaviorScaleDownPolicies(obj: OpenTelemetryCollectorSpecAutoscalerBehaviorScaleDownPolicies | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAutoscalerBehaviorScaleDownTolerance
 */
export declare class OpenTelemetryCollectorSpecAutoscalerBehaviorScaleDownTolerance {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecAutoscalerBehaviorScaleDownTolerance;
    static fromString(value: string): OpenTelemetryCollectorSpecAutoscalerBehaviorScaleDownTolerance;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecAutoscalerBehaviorScaleUpPolicies
 */
export interface OpenTelemetryCollectorSpecAutoscalerBehaviorScaleUpPolicies {
    /**
     * @schema OpenTelemetryCollectorSpecAutoscalerBehaviorScaleUpPolicies#periodSeconds
     */
    readonly periodSeconds: number;
    /**
     * @schema OpenTelemetryCollectorSpecAutoscalerBehaviorScaleUpPolicies#type
     */
    readonly type: string;
    /**
     * @schema OpenTelemetryCollectorSpecAutoscalerBehaviorScaleUpPolicies#value
     */
    readonly value: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAutoscalerBehaviorScaleUpPolicies' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAutoscalerBehaviorScaleUpPolicies(obj: OpenTelemetryCollectorSpecAutoscalerBehaviorScaleUpPolicies | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAutoscalerBehaviorScaleUpTolerance
 */
export declare class OpenTelemetryCollectorSpecAutoscalerBehaviorScaleUpTolerance {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecAutoscalerBehaviorScaleUpTolerance;
    static fromString(value: string): OpenTelemetryCollectorSpecAutoscalerBehaviorScaleUpTolerance;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecAutoscalerMetricsPodsMetric
 */
export interface OpenTelemetryCollectorSpecAutoscalerMetricsPodsMetric {
    /**
     * @schema OpenTelemetryCollectorSpecAutoscalerMetricsPodsMetric#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorSpecAutoscalerMetricsPodsMetric#selector
     */
    readonly selector?: OpenTelemetryCollectorSpecAutoscalerMetricsPodsMetricSelector;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAutoscalerMetricsPodsMetric' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAutoscalerMetricsPodsMetric(obj: OpenTelemetryCollectorSpecAutoscalerMetricsPodsMetric | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAutoscalerMetricsPodsTarget
 */
export interface OpenTelemetryCollectorSpecAutoscalerMetricsPodsTarget {
    /**
     * @schema OpenTelemetryCollectorSpecAutoscalerMetricsPodsTarget#averageUtilization
     */
    readonly averageUtilization?: number;
    /**
     * @schema OpenTelemetryCollectorSpecAutoscalerMetricsPodsTarget#averageValue
     */
    readonly averageValue?: OpenTelemetryCollectorSpecAutoscalerMetricsPodsTargetAverageValue;
    /**
     * @schema OpenTelemetryCollectorSpecAutoscalerMetricsPodsTarget#type
     */
    readonly type: string;
    /**
     * @schema OpenTelemetryCollectorSpecAutoscalerMetricsPodsTarget#value
     */
    readonly value?: OpenTelemetryCollectorSpecAutoscalerMetricsPodsTargetValue;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAutoscalerMetricsPodsTarget' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAutoscalerMetricsPodsTarget(obj: OpenTelemetryCollectorSpecAutoscalerMetricsPodsTarget | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecEnvValueFromResourceFieldRefDivisor
 */
export declare class OpenTelemetryCollectorSpecEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): OpenTelemetryCollectorSpecEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecInitContainersEnvValueFromConfigMapKeyRef
 */
export interface OpenTelemetryCollectorSpecInitContainersEnvValueFromConfigMapKeyRef {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersEnvValueFromConfigMapKeyRef(obj: OpenTelemetryCollectorSpecInitContainersEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersEnvValueFromFieldRef
 */
export interface OpenTelemetryCollectorSpecInitContainersEnvValueFromFieldRef {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersEnvValueFromFieldRef(obj: OpenTelemetryCollectorSpecInitContainersEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersEnvValueFromFileKeyRef
 */
export interface OpenTelemetryCollectorSpecInitContainersEnvValueFromFileKeyRef {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersEnvValueFromFileKeyRef(obj: OpenTelemetryCollectorSpecInitContainersEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersEnvValueFromResourceFieldRef
 */
export interface OpenTelemetryCollectorSpecInitContainersEnvValueFromResourceFieldRef {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: OpenTelemetryCollectorSpecInitContainersEnvValueFromResourceFieldRefDivisor;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersEnvValueFromResourceFieldRef(obj: OpenTelemetryCollectorSpecInitContainersEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersEnvValueFromSecretKeyRef
 */
export interface OpenTelemetryCollectorSpecInitContainersEnvValueFromSecretKeyRef {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersEnvValueFromSecretKeyRef(obj: OpenTelemetryCollectorSpecInitContainersEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePostStartExec
 */
export interface OpenTelemetryCollectorSpecInitContainersLifecyclePostStartExec {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePostStartExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersLifecyclePostStartExec' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersLifecyclePostStartExec(obj: OpenTelemetryCollectorSpecInitContainersLifecyclePostStartExec | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePostStartHttpGet
 */
export interface OpenTelemetryCollectorSpecInitContainersLifecyclePostStartHttpGet {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePostStartHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePostStartHttpGet#httpHeaders
     */
    readonly httpHeaders?: OpenTelemetryCollectorSpecInitContainersLifecyclePostStartHttpGetHttpHeaders[];
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePostStartHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePostStartHttpGet#port
     */
    readonly port: OpenTelemetryCollectorSpecInitContainersLifecyclePostStartHttpGetPort;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePostStartHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersLifecyclePostStartHttpGet' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersLifecyclePostStartHttpGet(obj: OpenTelemetryCollectorSpecInitContainersLifecyclePostStartHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePostStartSleep
 */
export interface OpenTelemetryCollectorSpecInitContainersLifecyclePostStartSleep {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePostStartSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersLifecyclePostStartSleep' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersLifecyclePostStartSleep(obj: OpenTelemetryCollectorSpecInitContainersLifecyclePostStartSleep | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePostStartTcpSocket
 */
export interface OpenTelemetryCollectorSpecInitContainersLifecyclePostStartTcpSocket {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePostStartTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePostStartTcpSocket#port
     */
    readonly port: OpenTelemetryCollectorSpecInitContainersLifecyclePostStartTcpSocketPort;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersLifecyclePostStartTcpSocket' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersLifecyclePostStartTcpSocket(obj: OpenTelemetryCollectorSpecInitContainersLifecyclePostStartTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePreStopExec
 */
export interface OpenTelemetryCollectorSpecInitContainersLifecyclePreStopExec {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePreStopExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersLifecyclePreStopExec' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersLifecyclePreStopExec(obj: OpenTelemetryCollectorSpecInitContainersLifecyclePreStopExec | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePreStopHttpGet
 */
export interface OpenTelemetryCollectorSpecInitContainersLifecyclePreStopHttpGet {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePreStopHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePreStopHttpGet#httpHeaders
     */
    readonly httpHeaders?: OpenTelemetryCollectorSpecInitContainersLifecyclePreStopHttpGetHttpHeaders[];
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePreStopHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePreStopHttpGet#port
     */
    readonly port: OpenTelemetryCollectorSpecInitContainersLifecyclePreStopHttpGetPort;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePreStopHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersLifecyclePreStopHttpGet' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersLifecyclePreStopHttpGet(obj: OpenTelemetryCollectorSpecInitContainersLifecyclePreStopHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePreStopSleep
 */
export interface OpenTelemetryCollectorSpecInitContainersLifecyclePreStopSleep {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePreStopSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersLifecyclePreStopSleep' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersLifecyclePreStopSleep(obj: OpenTelemetryCollectorSpecInitContainersLifecyclePreStopSleep | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePreStopTcpSocket
 */
export interface OpenTelemetryCollectorSpecInitContainersLifecyclePreStopTcpSocket {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePreStopTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePreStopTcpSocket#port
     */
    readonly port: OpenTelemetryCollectorSpecInitContainersLifecyclePreStopTcpSocketPort;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersLifecyclePreStopTcpSocket' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersLifecyclePreStopTcpSocket(obj: OpenTelemetryCollectorSpecInitContainersLifecyclePreStopTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersLivenessProbeHttpGetHttpHeaders
 */
export interface OpenTelemetryCollectorSpecInitContainersLivenessProbeHttpGetHttpHeaders {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLivenessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLivenessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersLivenessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersLivenessProbeHttpGetHttpHeaders(obj: OpenTelemetryCollectorSpecInitContainersLivenessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersLivenessProbeHttpGetPort
 */
export declare class OpenTelemetryCollectorSpecInitContainersLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecInitContainersLivenessProbeHttpGetPort;
    static fromString(value: string): OpenTelemetryCollectorSpecInitContainersLivenessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecInitContainersLivenessProbeTcpSocketPort
 */
export declare class OpenTelemetryCollectorSpecInitContainersLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecInitContainersLivenessProbeTcpSocketPort;
    static fromString(value: string): OpenTelemetryCollectorSpecInitContainersLivenessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecInitContainersReadinessProbeHttpGetHttpHeaders
 */
export interface OpenTelemetryCollectorSpecInitContainersReadinessProbeHttpGetHttpHeaders {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersReadinessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersReadinessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersReadinessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersReadinessProbeHttpGetHttpHeaders(obj: OpenTelemetryCollectorSpecInitContainersReadinessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersReadinessProbeHttpGetPort
 */
export declare class OpenTelemetryCollectorSpecInitContainersReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecInitContainersReadinessProbeHttpGetPort;
    static fromString(value: string): OpenTelemetryCollectorSpecInitContainersReadinessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecInitContainersReadinessProbeTcpSocketPort
 */
export declare class OpenTelemetryCollectorSpecInitContainersReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecInitContainersReadinessProbeTcpSocketPort;
    static fromString(value: string): OpenTelemetryCollectorSpecInitContainersReadinessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecInitContainersStartupProbeHttpGetHttpHeaders
 */
export interface OpenTelemetryCollectorSpecInitContainersStartupProbeHttpGetHttpHeaders {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersStartupProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersStartupProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersStartupProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersStartupProbeHttpGetHttpHeaders(obj: OpenTelemetryCollectorSpecInitContainersStartupProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersStartupProbeHttpGetPort
 */
export declare class OpenTelemetryCollectorSpecInitContainersStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecInitContainersStartupProbeHttpGetPort;
    static fromString(value: string): OpenTelemetryCollectorSpecInitContainersStartupProbeHttpGetPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecInitContainersStartupProbeTcpSocketPort
 */
export declare class OpenTelemetryCollectorSpecInitContainersStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecInitContainersStartupProbeTcpSocketPort;
    static fromString(value: string): OpenTelemetryCollectorSpecInitContainersStartupProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecLifecyclePostStartHttpGetHttpHeaders
 */
export interface OpenTelemetryCollectorSpecLifecyclePostStartHttpGetHttpHeaders {
    /**
     * @schema OpenTelemetryCollectorSpecLifecyclePostStartHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorSpecLifecyclePostStartHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecLifecyclePostStartHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecLifecyclePostStartHttpGetHttpHeaders(obj: OpenTelemetryCollectorSpecLifecyclePostStartHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecLifecyclePostStartHttpGetPort
 */
export declare class OpenTelemetryCollectorSpecLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecLifecyclePostStartHttpGetPort;
    static fromString(value: string): OpenTelemetryCollectorSpecLifecyclePostStartHttpGetPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecLifecyclePostStartTcpSocketPort
 */
export declare class OpenTelemetryCollectorSpecLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecLifecyclePostStartTcpSocketPort;
    static fromString(value: string): OpenTelemetryCollectorSpecLifecyclePostStartTcpSocketPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecLifecyclePreStopHttpGetHttpHeaders
 */
export interface OpenTelemetryCollectorSpecLifecyclePreStopHttpGetHttpHeaders {
    /**
     * @schema OpenTelemetryCollectorSpecLifecyclePreStopHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorSpecLifecyclePreStopHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecLifecyclePreStopHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecLifecyclePreStopHttpGetHttpHeaders(obj: OpenTelemetryCollectorSpecLifecyclePreStopHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecLifecyclePreStopHttpGetPort
 */
export declare class OpenTelemetryCollectorSpecLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecLifecyclePreStopHttpGetPort;
    static fromString(value: string): OpenTelemetryCollectorSpecLifecyclePreStopHttpGetPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecLifecyclePreStopTcpSocketPort
 */
export declare class OpenTelemetryCollectorSpecLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecLifecyclePreStopTcpSocketPort;
    static fromString(value: string): OpenTelemetryCollectorSpecLifecyclePreStopTcpSocketPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
     */
    readonly preference: OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
     */
    readonly nodeSelectorTerms: OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromConfigMapKeyRef
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromConfigMapKeyRef {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromConfigMapKeyRef(obj: OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromFieldRef
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromFieldRef {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromFieldRef(obj: OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromFileKeyRef
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromFileKeyRef {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromFileKeyRef(obj: OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromResourceFieldRef
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromResourceFieldRef {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromResourceFieldRefDivisor;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromResourceFieldRef(obj: OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromSecretKeyRef
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromSecretKeyRef {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromSecretKeyRef(obj: OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorTopologySpreadConstraintsLabelSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorTopologySpreadConstraintsLabelSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorTopologySpreadConstraintsLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorTopologySpreadConstraintsLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorTopologySpreadConstraintsLabelSelectorMatchExpressions(obj: OpenTelemetryCollectorSpecTargetAllocatorTopologySpreadConstraintsLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecResourcesLimits
 */
export declare class OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecResourcesLimits;
    static fromString(value: string): OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecResourcesLimits;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecResourcesRequests
 */
export declare class OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecResourcesRequests;
    static fromString(value: string): OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecResourcesRequests;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecSelectorMatchExpressions(obj: OpenTelemetryCollectorSpecVolumeClaimTemplatesSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesDownwardApiItemsFieldRef
 */
export interface OpenTelemetryCollectorSpecVolumesDownwardApiItemsFieldRef {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesDownwardApiItemsFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesDownwardApiItemsFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesDownwardApiItemsFieldRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesDownwardApiItemsFieldRef(obj: OpenTelemetryCollectorSpecVolumesDownwardApiItemsFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRef
 */
export interface OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRef {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRef#divisor
     */
    readonly divisor?: OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRefDivisor;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRef(obj: OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateMetadata
 */
export interface OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateMetadata {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateMetadata#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateMetadata#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateMetadata' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateMetadata(obj: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpec
 */
export interface OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpec {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpec#accessModes
     */
    readonly accessModes?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpec#dataSource
     */
    readonly dataSource?: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpec#dataSourceRef
     */
    readonly dataSourceRef?: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpec#resources
     */
    readonly resources?: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResources;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpec#selector
     */
    readonly selector?: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelector;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpec#storageClassName
     */
    readonly storageClassName?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpec#volumeAttributesClassName
     */
    readonly volumeAttributesClassName?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpec#volumeMode
     */
    readonly volumeMode?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpec#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpec' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpec(obj: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpec | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundle
 */
export interface OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundle {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundle#labelSelector
     */
    readonly labelSelector?: OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundle#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundle#optional
     */
    readonly optional?: boolean;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundle#path
     */
    readonly path: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundle#signerName
     */
    readonly signerName?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundle' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundle(obj: OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundle | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMap
 */
export interface OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMap {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMap#items
     */
    readonly items?: OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMapItems[];
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMap#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMap' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMap(obj: OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMap | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApi
 */
export interface OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApi {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApi#items
     */
    readonly items?: OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItems[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApi' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApi(obj: OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApi | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesPodCertificate
 */
export interface OpenTelemetryCollectorSpecVolumesProjectedSourcesPodCertificate {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesPodCertificate#certificateChainPath
     */
    readonly certificateChainPath?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesPodCertificate#credentialBundlePath
     */
    readonly credentialBundlePath?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesPodCertificate#keyPath
     */
    readonly keyPath?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesPodCertificate#keyType
     */
    readonly keyType: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesPodCertificate#maxExpirationSeconds
     */
    readonly maxExpirationSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesPodCertificate#signerName
     */
    readonly signerName: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesPodCertificate#userAnnotations
     */
    readonly userAnnotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesProjectedSourcesPodCertificate' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesProjectedSourcesPodCertificate(obj: OpenTelemetryCollectorSpecVolumesProjectedSourcesPodCertificate | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesSecret
 */
export interface OpenTelemetryCollectorSpecVolumesProjectedSourcesSecret {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesSecret#items
     */
    readonly items?: OpenTelemetryCollectorSpecVolumesProjectedSourcesSecretItems[];
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesSecret#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesProjectedSourcesSecret' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesProjectedSourcesSecret(obj: OpenTelemetryCollectorSpecVolumesProjectedSourcesSecret | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesServiceAccountToken
 */
export interface OpenTelemetryCollectorSpecVolumesProjectedSourcesServiceAccountToken {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesServiceAccountToken#audience
     */
    readonly audience?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesServiceAccountToken#expirationSeconds
     */
    readonly expirationSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesServiceAccountToken#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesProjectedSourcesServiceAccountToken' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesProjectedSourcesServiceAccountToken(obj: OpenTelemetryCollectorSpecVolumesProjectedSourcesServiceAccountToken | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromResourceFieldRefDivisor
 */
export declare class OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): OpenTelemetryCollectorSpecAdditionalContainersEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartHttpGetHttpHeaders
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartHttpGetHttpHeaders {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartHttpGetHttpHeaders(obj: OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartHttpGetPort
 */
export declare class OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartHttpGetPort;
    static fromString(value: string): OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartHttpGetPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartTcpSocketPort
 */
export declare class OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartTcpSocketPort;
    static fromString(value: string): OpenTelemetryCollectorSpecAdditionalContainersLifecyclePostStartTcpSocketPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopHttpGetHttpHeaders
 */
export interface OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopHttpGetHttpHeaders {
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopHttpGetHttpHeaders(obj: OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopHttpGetPort
 */
export declare class OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopHttpGetPort;
    static fromString(value: string): OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopHttpGetPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopTcpSocketPort
 */
export declare class OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopTcpSocketPort;
    static fromString(value: string): OpenTelemetryCollectorSpecAdditionalContainersLifecyclePreStopTcpSocketPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
 */
export interface OpenTelemetryCollectorSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj: OpenTelemetryCollectorSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
 */
export interface OpenTelemetryCollectorSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    /**
     * @schema OpenTelemetryCollectorSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj: OpenTelemetryCollectorSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
 */
export interface OpenTelemetryCollectorSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj: OpenTelemetryCollectorSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
 */
export interface OpenTelemetryCollectorSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    /**
     * @schema OpenTelemetryCollectorSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj: OpenTelemetryCollectorSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: OpenTelemetryCollectorSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: OpenTelemetryCollectorSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAutoscalerMetricsPodsMetricSelector
 */
export interface OpenTelemetryCollectorSpecAutoscalerMetricsPodsMetricSelector {
    /**
     * @schema OpenTelemetryCollectorSpecAutoscalerMetricsPodsMetricSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorSpecAutoscalerMetricsPodsMetricSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorSpecAutoscalerMetricsPodsMetricSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAutoscalerMetricsPodsMetricSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAutoscalerMetricsPodsMetricSelector(obj: OpenTelemetryCollectorSpecAutoscalerMetricsPodsMetricSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAutoscalerMetricsPodsTargetAverageValue
 */
export declare class OpenTelemetryCollectorSpecAutoscalerMetricsPodsTargetAverageValue {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecAutoscalerMetricsPodsTargetAverageValue;
    static fromString(value: string): OpenTelemetryCollectorSpecAutoscalerMetricsPodsTargetAverageValue;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecAutoscalerMetricsPodsTargetValue
 */
export declare class OpenTelemetryCollectorSpecAutoscalerMetricsPodsTargetValue {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecAutoscalerMetricsPodsTargetValue;
    static fromString(value: string): OpenTelemetryCollectorSpecAutoscalerMetricsPodsTargetValue;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecInitContainersEnvValueFromResourceFieldRefDivisor
 */
export declare class OpenTelemetryCollectorSpecInitContainersEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecInitContainersEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): OpenTelemetryCollectorSpecInitContainersEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePostStartHttpGetHttpHeaders
 */
export interface OpenTelemetryCollectorSpecInitContainersLifecyclePostStartHttpGetHttpHeaders {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePostStartHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePostStartHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersLifecyclePostStartHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersLifecyclePostStartHttpGetHttpHeaders(obj: OpenTelemetryCollectorSpecInitContainersLifecyclePostStartHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePostStartHttpGetPort
 */
export declare class OpenTelemetryCollectorSpecInitContainersLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecInitContainersLifecyclePostStartHttpGetPort;
    static fromString(value: string): OpenTelemetryCollectorSpecInitContainersLifecyclePostStartHttpGetPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePostStartTcpSocketPort
 */
export declare class OpenTelemetryCollectorSpecInitContainersLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecInitContainersLifecyclePostStartTcpSocketPort;
    static fromString(value: string): OpenTelemetryCollectorSpecInitContainersLifecyclePostStartTcpSocketPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePreStopHttpGetHttpHeaders
 */
export interface OpenTelemetryCollectorSpecInitContainersLifecyclePreStopHttpGetHttpHeaders {
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePreStopHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePreStopHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecInitContainersLifecyclePreStopHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecInitContainersLifecyclePreStopHttpGetHttpHeaders(obj: OpenTelemetryCollectorSpecInitContainersLifecyclePreStopHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePreStopHttpGetPort
 */
export declare class OpenTelemetryCollectorSpecInitContainersLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecInitContainersLifecyclePreStopHttpGetPort;
    static fromString(value: string): OpenTelemetryCollectorSpecInitContainersLifecyclePreStopHttpGetPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecInitContainersLifecyclePreStopTcpSocketPort
 */
export declare class OpenTelemetryCollectorSpecInitContainersLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecInitContainersLifecyclePreStopTcpSocketPort;
    static fromString(value: string): OpenTelemetryCollectorSpecInitContainersLifecyclePreStopTcpSocketPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
     */
    readonly matchFields?: OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj: OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
     */
    readonly matchFields?: OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj: OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromResourceFieldRefDivisor
 */
export declare class OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): OpenTelemetryCollectorSpecTargetAllocatorEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRefDivisor
 */
export declare class OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource
 */
export interface OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource#kind
     */
    readonly kind: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource(obj: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef
 */
export interface OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#kind
     */
    readonly kind: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef(obj: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResources
 */
export interface OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResources {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResources#limits
     */
    readonly limits?: {
        [key: string]: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    };
    /**
     * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResources#requests
     */
    readonly requests?: {
        [key: string]: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResources' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResources(obj: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResources | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelector
 */
export interface OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelector {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelector(obj: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector
 */
export interface OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector(obj: OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMapItems
 */
export interface OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMapItems {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMapItems#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMapItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMapItems' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMapItems(obj: OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItems
 */
export interface OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItems {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItems#fieldRef
     */
    readonly fieldRef?: OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsFieldRef;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItems#mode
     */
    readonly mode?: number;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItems#path
     */
    readonly path: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItems#resourceFieldRef
     */
    readonly resourceFieldRef?: OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItems' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItems(obj: OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItems | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesSecretItems
 */
export interface OpenTelemetryCollectorSpecVolumesProjectedSourcesSecretItems {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesSecretItems#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesSecretItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesProjectedSourcesSecretItems' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesProjectedSourcesSecretItems(obj: OpenTelemetryCollectorSpecVolumesProjectedSourcesSecretItems | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: OpenTelemetryCollectorSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: OpenTelemetryCollectorSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecAutoscalerMetricsPodsMetricSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorSpecAutoscalerMetricsPodsMetricSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorSpecAutoscalerMetricsPodsMetricSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecAutoscalerMetricsPodsMetricSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorSpecAutoscalerMetricsPodsMetricSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecAutoscalerMetricsPodsMetricSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecAutoscalerMetricsPodsMetricSelectorMatchExpressions(obj: OpenTelemetryCollectorSpecAutoscalerMetricsPodsMetricSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj: OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj: OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj: OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj: OpenTelemetryCollectorSpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits
 */
export declare class OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    static fromString(value: string): OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests
 */
export declare class OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    static fromString(value: string): OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions(obj: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions(obj: OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsFieldRef
 */
export interface OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsFieldRef {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsFieldRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsFieldRef(obj: OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef
 */
export interface OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef {
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#divisor
     */
    readonly divisor?: OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    /**
     * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef(obj: OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: OpenTelemetryCollectorSpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor
 */
export declare class OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
/**
 *
 *
 * @schema OpenTelemetryCollectorV1Beta1
 */
export declare class OpenTelemetryCollectorV1Beta1 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "OpenTelemetryCollectorV1Beta1"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "OpenTelemetryCollectorV1Beta1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: OpenTelemetryCollectorV1Beta1Props): any;
    /**
     * Defines a "OpenTelemetryCollectorV1Beta1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: OpenTelemetryCollectorV1Beta1Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema OpenTelemetryCollectorV1Beta1
 */
export interface OpenTelemetryCollectorV1Beta1Props {
    /**
     * @schema OpenTelemetryCollectorV1Beta1#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * @schema OpenTelemetryCollectorV1Beta1#spec
     */
    readonly spec?: OpenTelemetryCollectorV1Beta1Spec;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1Props' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1Props(obj: OpenTelemetryCollectorV1Beta1Props | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1Spec
 */
export interface OpenTelemetryCollectorV1Beta1Spec {
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#additionalContainers
     */
    readonly additionalContainers?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainers[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#affinity
     */
    readonly affinity?: OpenTelemetryCollectorV1Beta1SpecAffinity;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#args
     */
    readonly args?: {
        [key: string]: string;
    };
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#autoscaler
     */
    readonly autoscaler?: OpenTelemetryCollectorV1Beta1SpecAutoscaler;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#command
     */
    readonly command?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#config
     */
    readonly config: OpenTelemetryCollectorV1Beta1SpecConfig;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#configVersions
     */
    readonly configVersions?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#configmaps
     */
    readonly configmaps?: OpenTelemetryCollectorV1Beta1SpecConfigmaps[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#daemonSetUpdateStrategy
     */
    readonly daemonSetUpdateStrategy?: OpenTelemetryCollectorV1Beta1SpecDaemonSetUpdateStrategy;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#deploymentUpdateStrategy
     */
    readonly deploymentUpdateStrategy?: OpenTelemetryCollectorV1Beta1SpecDeploymentUpdateStrategy;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#dnsPolicy
     */
    readonly dnsPolicy?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#env
     */
    readonly env?: OpenTelemetryCollectorV1Beta1SpecEnv[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#envFrom
     */
    readonly envFrom?: OpenTelemetryCollectorV1Beta1SpecEnvFrom[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#hostAliases
     */
    readonly hostAliases?: OpenTelemetryCollectorV1Beta1SpecHostAliases[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#hostNetwork
     */
    readonly hostNetwork?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#hostPID
     */
    readonly hostPid?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#hostUsers
     */
    readonly hostUsers?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#httpRoute
     */
    readonly httpRoute?: OpenTelemetryCollectorV1Beta1SpecHttpRoute;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#image
     */
    readonly image?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#ingress
     */
    readonly ingress?: OpenTelemetryCollectorV1Beta1SpecIngress;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#initContainers
     */
    readonly initContainers?: OpenTelemetryCollectorV1Beta1SpecInitContainers[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#ipFamilies
     */
    readonly ipFamilies?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#ipFamilyPolicy
     */
    readonly ipFamilyPolicy?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#lifecycle
     */
    readonly lifecycle?: OpenTelemetryCollectorV1Beta1SpecLifecycle;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#livenessProbe
     */
    readonly livenessProbe?: OpenTelemetryCollectorV1Beta1SpecLivenessProbe;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#managementState
     */
    readonly managementState?: OpenTelemetryCollectorV1Beta1SpecManagementState;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#mode
     */
    readonly mode?: OpenTelemetryCollectorV1Beta1SpecMode;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#networkPolicy
     */
    readonly networkPolicy?: OpenTelemetryCollectorV1Beta1SpecNetworkPolicy;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#nodeSelector
     */
    readonly nodeSelector?: {
        [key: string]: string;
    };
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#observability
     */
    readonly observability?: OpenTelemetryCollectorV1Beta1SpecObservability;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#persistentVolumeClaimRetentionPolicy
     */
    readonly persistentVolumeClaimRetentionPolicy?: OpenTelemetryCollectorV1Beta1SpecPersistentVolumeClaimRetentionPolicy;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#podAnnotations
     */
    readonly podAnnotations?: {
        [key: string]: string;
    };
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#podDisruptionBudget
     */
    readonly podDisruptionBudget?: OpenTelemetryCollectorV1Beta1SpecPodDisruptionBudget;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#podDnsConfig
     */
    readonly podDnsConfig?: OpenTelemetryCollectorV1Beta1SpecPodDnsConfig;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#podManagementPolicy
     */
    readonly podManagementPolicy?: OpenTelemetryCollectorV1Beta1SpecPodManagementPolicy;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#podSecurityContext
     */
    readonly podSecurityContext?: OpenTelemetryCollectorV1Beta1SpecPodSecurityContext;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#ports
     */
    readonly ports?: OpenTelemetryCollectorV1Beta1SpecPorts[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#priorityClassName
     */
    readonly priorityClassName?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#readinessProbe
     */
    readonly readinessProbe?: OpenTelemetryCollectorV1Beta1SpecReadinessProbe;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#replicas
     */
    readonly replicas?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#resources
     */
    readonly resources?: OpenTelemetryCollectorV1Beta1SpecResources;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#securityContext
     */
    readonly securityContext?: OpenTelemetryCollectorV1Beta1SpecSecurityContext;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#serviceAccount
     */
    readonly serviceAccount?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#serviceName
     */
    readonly serviceName?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#sessionAffinity
     */
    readonly sessionAffinity?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#sessionAffinityConfig
     */
    readonly sessionAffinityConfig?: OpenTelemetryCollectorV1Beta1SpecSessionAffinityConfig;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#shareProcessNamespace
     */
    readonly shareProcessNamespace?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#startupProbe
     */
    readonly startupProbe?: OpenTelemetryCollectorV1Beta1SpecStartupProbe;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#targetAllocator
     */
    readonly targetAllocator?: OpenTelemetryCollectorV1Beta1SpecTargetAllocator;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#tolerations
     */
    readonly tolerations?: OpenTelemetryCollectorV1Beta1SpecTolerations[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#topologySpreadConstraints
     */
    readonly topologySpreadConstraints?: OpenTelemetryCollectorV1Beta1SpecTopologySpreadConstraints[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#trafficDistribution
     */
    readonly trafficDistribution?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#upgradeStrategy
     */
    readonly upgradeStrategy?: OpenTelemetryCollectorV1Beta1SpecUpgradeStrategy;
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#volumeClaimTemplates
     */
    readonly volumeClaimTemplates?: OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplates[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#volumeMounts
     */
    readonly volumeMounts?: OpenTelemetryCollectorV1Beta1SpecVolumeMounts[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1Spec#volumes
     */
    readonly volumes?: OpenTelemetryCollectorV1Beta1SpecVolumes[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1Spec' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1Spec(obj: OpenTelemetryCollectorV1Beta1Spec | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainers
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainers {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainers#args
     */
    readonly args?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainers#command
     */
    readonly command?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainers#env
     */
    readonly env?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnv[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainers#envFrom
     */
    readonly envFrom?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvFrom[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainers#image
     */
    readonly image?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainers#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainers#lifecycle
     */
    readonly lifecycle?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecycle;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainers#livenessProbe
     */
    readonly livenessProbe?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbe;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainers#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainers#ports
     */
    readonly ports?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersPorts[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainers#readinessProbe
     */
    readonly readinessProbe?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbe;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainers#resizePolicy
     */
    readonly resizePolicy?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersResizePolicy[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainers#resources
     */
    readonly resources?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersResources;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainers#restartPolicy
     */
    readonly restartPolicy?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainers#restartPolicyRules
     */
    readonly restartPolicyRules?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersRestartPolicyRules[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainers#securityContext
     */
    readonly securityContext?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContext;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainers#startupProbe
     */
    readonly startupProbe?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbe;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainers#stdin
     */
    readonly stdin?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainers#stdinOnce
     */
    readonly stdinOnce?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainers#terminationMessagePath
     */
    readonly terminationMessagePath?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainers#terminationMessagePolicy
     */
    readonly terminationMessagePolicy?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainers#tty
     */
    readonly tty?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainers#volumeDevices
     */
    readonly volumeDevices?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersVolumeDevices[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainers#volumeMounts
     */
    readonly volumeMounts?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersVolumeMounts[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainers#workingDir
     */
    readonly workingDir?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainers' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainers(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainers | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAffinity
 */
export interface OpenTelemetryCollectorV1Beta1SpecAffinity {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinity#nodeAffinity
     */
    readonly nodeAffinity?: OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinity;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinity#podAffinity
     */
    readonly podAffinity?: OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinity;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinity#podAntiAffinity
     */
    readonly podAntiAffinity?: OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinity;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAffinity' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAffinity(obj: OpenTelemetryCollectorV1Beta1SpecAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAutoscaler
 */
export interface OpenTelemetryCollectorV1Beta1SpecAutoscaler {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscaler#behavior
     */
    readonly behavior?: OpenTelemetryCollectorV1Beta1SpecAutoscalerBehavior;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscaler#maxReplicas
     */
    readonly maxReplicas?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscaler#metrics
     */
    readonly metrics?: OpenTelemetryCollectorV1Beta1SpecAutoscalerMetrics[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscaler#minReplicas
     */
    readonly minReplicas?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscaler#targetCPUUtilization
     */
    readonly targetCpuUtilization?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscaler#targetMemoryUtilization
     */
    readonly targetMemoryUtilization?: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAutoscaler' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAutoscaler(obj: OpenTelemetryCollectorV1Beta1SpecAutoscaler | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecConfig
 */
export interface OpenTelemetryCollectorV1Beta1SpecConfig {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecConfig#connectors
     */
    readonly connectors?: any;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecConfig#exporters
     */
    readonly exporters: any;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecConfig#extensions
     */
    readonly extensions?: any;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecConfig#processors
     */
    readonly processors?: any;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecConfig#receivers
     */
    readonly receivers: any;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecConfig#service
     */
    readonly service: OpenTelemetryCollectorV1Beta1SpecConfigService;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecConfig' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecConfig(obj: OpenTelemetryCollectorV1Beta1SpecConfig | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecConfigmaps
 */
export interface OpenTelemetryCollectorV1Beta1SpecConfigmaps {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecConfigmaps#mountpath
     */
    readonly mountpath: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecConfigmaps#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecConfigmaps' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecConfigmaps(obj: OpenTelemetryCollectorV1Beta1SpecConfigmaps | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecDaemonSetUpdateStrategy
 */
export interface OpenTelemetryCollectorV1Beta1SpecDaemonSetUpdateStrategy {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecDaemonSetUpdateStrategy#rollingUpdate
     */
    readonly rollingUpdate?: OpenTelemetryCollectorV1Beta1SpecDaemonSetUpdateStrategyRollingUpdate;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecDaemonSetUpdateStrategy#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecDaemonSetUpdateStrategy' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecDaemonSetUpdateStrategy(obj: OpenTelemetryCollectorV1Beta1SpecDaemonSetUpdateStrategy | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecDeploymentUpdateStrategy
 */
export interface OpenTelemetryCollectorV1Beta1SpecDeploymentUpdateStrategy {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecDeploymentUpdateStrategy#rollingUpdate
     */
    readonly rollingUpdate?: OpenTelemetryCollectorV1Beta1SpecDeploymentUpdateStrategyRollingUpdate;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecDeploymentUpdateStrategy#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecDeploymentUpdateStrategy' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecDeploymentUpdateStrategy(obj: OpenTelemetryCollectorV1Beta1SpecDeploymentUpdateStrategy | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecEnv
 */
export interface OpenTelemetryCollectorV1Beta1SpecEnv {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecEnv#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecEnv#value
     */
    readonly value?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecEnv#valueFrom
     */
    readonly valueFrom?: OpenTelemetryCollectorV1Beta1SpecEnvValueFrom;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecEnv' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecEnv(obj: OpenTelemetryCollectorV1Beta1SpecEnv | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecEnvFrom
 */
export interface OpenTelemetryCollectorV1Beta1SpecEnvFrom {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecEnvFrom#configMapRef
     */
    readonly configMapRef?: OpenTelemetryCollectorV1Beta1SpecEnvFromConfigMapRef;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecEnvFrom#secretRef
     */
    readonly secretRef?: OpenTelemetryCollectorV1Beta1SpecEnvFromSecretRef;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecEnvFrom' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecEnvFrom(obj: OpenTelemetryCollectorV1Beta1SpecEnvFrom | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecHostAliases
 */
export interface OpenTelemetryCollectorV1Beta1SpecHostAliases {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecHostAliases#hostnames
     */
    readonly hostnames?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecHostAliases#ip
     */
    readonly ip: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecHostAliases' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecHostAliases(obj: OpenTelemetryCollectorV1Beta1SpecHostAliases | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecHttpRoute
 */
export interface OpenTelemetryCollectorV1Beta1SpecHttpRoute {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecHttpRoute#enabled
     */
    readonly enabled: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecHttpRoute#gateway
     */
    readonly gateway: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecHttpRoute#gatewayNamespace
     */
    readonly gatewayNamespace?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecHttpRoute#hostnames
     */
    readonly hostnames?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecHttpRoute' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecHttpRoute(obj: OpenTelemetryCollectorV1Beta1SpecHttpRoute | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecIngress
 */
export interface OpenTelemetryCollectorV1Beta1SpecIngress {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecIngress#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecIngress#hostname
     */
    readonly hostname?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecIngress#ingressClassName
     */
    readonly ingressClassName?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecIngress#route
     */
    readonly route?: OpenTelemetryCollectorV1Beta1SpecIngressRoute;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecIngress#ruleType
     */
    readonly ruleType?: OpenTelemetryCollectorV1Beta1SpecIngressRuleType;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecIngress#tls
     */
    readonly tls?: OpenTelemetryCollectorV1Beta1SpecIngressTls[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecIngress#type
     */
    readonly type?: OpenTelemetryCollectorV1Beta1SpecIngressType;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecIngress' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecIngress(obj: OpenTelemetryCollectorV1Beta1SpecIngress | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainers
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainers {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainers#args
     */
    readonly args?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainers#command
     */
    readonly command?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainers#env
     */
    readonly env?: OpenTelemetryCollectorV1Beta1SpecInitContainersEnv[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainers#envFrom
     */
    readonly envFrom?: OpenTelemetryCollectorV1Beta1SpecInitContainersEnvFrom[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainers#image
     */
    readonly image?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainers#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainers#lifecycle
     */
    readonly lifecycle?: OpenTelemetryCollectorV1Beta1SpecInitContainersLifecycle;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainers#livenessProbe
     */
    readonly livenessProbe?: OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbe;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainers#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainers#ports
     */
    readonly ports?: OpenTelemetryCollectorV1Beta1SpecInitContainersPorts[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainers#readinessProbe
     */
    readonly readinessProbe?: OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbe;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainers#resizePolicy
     */
    readonly resizePolicy?: OpenTelemetryCollectorV1Beta1SpecInitContainersResizePolicy[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainers#resources
     */
    readonly resources?: OpenTelemetryCollectorV1Beta1SpecInitContainersResources;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainers#restartPolicy
     */
    readonly restartPolicy?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainers#restartPolicyRules
     */
    readonly restartPolicyRules?: OpenTelemetryCollectorV1Beta1SpecInitContainersRestartPolicyRules[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainers#securityContext
     */
    readonly securityContext?: OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContext;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainers#startupProbe
     */
    readonly startupProbe?: OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbe;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainers#stdin
     */
    readonly stdin?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainers#stdinOnce
     */
    readonly stdinOnce?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainers#terminationMessagePath
     */
    readonly terminationMessagePath?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainers#terminationMessagePolicy
     */
    readonly terminationMessagePolicy?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainers#tty
     */
    readonly tty?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainers#volumeDevices
     */
    readonly volumeDevices?: OpenTelemetryCollectorV1Beta1SpecInitContainersVolumeDevices[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainers#volumeMounts
     */
    readonly volumeMounts?: OpenTelemetryCollectorV1Beta1SpecInitContainersVolumeMounts[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainers#workingDir
     */
    readonly workingDir?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainers' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainers(obj: OpenTelemetryCollectorV1Beta1SpecInitContainers | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecLifecycle
 */
export interface OpenTelemetryCollectorV1Beta1SpecLifecycle {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLifecycle#postStart
     */
    readonly postStart?: OpenTelemetryCollectorV1Beta1SpecLifecyclePostStart;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLifecycle#preStop
     */
    readonly preStop?: OpenTelemetryCollectorV1Beta1SpecLifecyclePreStop;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLifecycle#stopSignal
     */
    readonly stopSignal?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecLifecycle' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecLifecycle(obj: OpenTelemetryCollectorV1Beta1SpecLifecycle | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecLivenessProbe
 */
export interface OpenTelemetryCollectorV1Beta1SpecLivenessProbe {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLivenessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecLivenessProbe' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecLivenessProbe(obj: OpenTelemetryCollectorV1Beta1SpecLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecManagementState
 */
export declare enum OpenTelemetryCollectorV1Beta1SpecManagementState {
    /** managed */
    MANAGED = "managed",
    /** unmanaged */
    UNMANAGED = "unmanaged"
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecMode
 */
export declare enum OpenTelemetryCollectorV1Beta1SpecMode {
    /** daemonset */
    DAEMONSET = "daemonset",
    /** deployment */
    DEPLOYMENT = "deployment",
    /** sidecar */
    SIDECAR = "sidecar",
    /** statefulset */
    STATEFULSET = "statefulset"
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecNetworkPolicy
 */
export interface OpenTelemetryCollectorV1Beta1SpecNetworkPolicy {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecNetworkPolicy#enabled
     */
    readonly enabled?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecNetworkPolicy' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecNetworkPolicy(obj: OpenTelemetryCollectorV1Beta1SpecNetworkPolicy | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecObservability
 */
export interface OpenTelemetryCollectorV1Beta1SpecObservability {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecObservability#metrics
     */
    readonly metrics?: OpenTelemetryCollectorV1Beta1SpecObservabilityMetrics;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecObservability' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecObservability(obj: OpenTelemetryCollectorV1Beta1SpecObservability | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecPersistentVolumeClaimRetentionPolicy
 */
export interface OpenTelemetryCollectorV1Beta1SpecPersistentVolumeClaimRetentionPolicy {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPersistentVolumeClaimRetentionPolicy#whenDeleted
     */
    readonly whenDeleted?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPersistentVolumeClaimRetentionPolicy#whenScaled
     */
    readonly whenScaled?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecPersistentVolumeClaimRetentionPolicy' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecPersistentVolumeClaimRetentionPolicy(obj: OpenTelemetryCollectorV1Beta1SpecPersistentVolumeClaimRetentionPolicy | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecPodDisruptionBudget
 */
export interface OpenTelemetryCollectorV1Beta1SpecPodDisruptionBudget {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPodDisruptionBudget#maxUnavailable
     */
    readonly maxUnavailable?: OpenTelemetryCollectorV1Beta1SpecPodDisruptionBudgetMaxUnavailable;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPodDisruptionBudget#minAvailable
     */
    readonly minAvailable?: OpenTelemetryCollectorV1Beta1SpecPodDisruptionBudgetMinAvailable;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecPodDisruptionBudget' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecPodDisruptionBudget(obj: OpenTelemetryCollectorV1Beta1SpecPodDisruptionBudget | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecPodDnsConfig
 */
export interface OpenTelemetryCollectorV1Beta1SpecPodDnsConfig {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPodDnsConfig#nameservers
     */
    readonly nameservers?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPodDnsConfig#options
     */
    readonly options?: OpenTelemetryCollectorV1Beta1SpecPodDnsConfigOptions[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPodDnsConfig#searches
     */
    readonly searches?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecPodDnsConfig' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecPodDnsConfig(obj: OpenTelemetryCollectorV1Beta1SpecPodDnsConfig | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecPodManagementPolicy
 */
export declare enum OpenTelemetryCollectorV1Beta1SpecPodManagementPolicy {
    /** OrderedReady */
    ORDERED_READY = "OrderedReady",
    /** Parallel */
    PARALLEL = "Parallel"
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecPodSecurityContext
 */
export interface OpenTelemetryCollectorV1Beta1SpecPodSecurityContext {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPodSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: OpenTelemetryCollectorV1Beta1SpecPodSecurityContextAppArmorProfile;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPodSecurityContext#fsGroup
     */
    readonly fsGroup?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPodSecurityContext#fsGroupChangePolicy
     */
    readonly fsGroupChangePolicy?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPodSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPodSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPodSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPodSecurityContext#seLinuxChangePolicy
     */
    readonly seLinuxChangePolicy?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPodSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: OpenTelemetryCollectorV1Beta1SpecPodSecurityContextSeLinuxOptions;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPodSecurityContext#seccompProfile
     */
    readonly seccompProfile?: OpenTelemetryCollectorV1Beta1SpecPodSecurityContextSeccompProfile;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPodSecurityContext#supplementalGroups
     */
    readonly supplementalGroups?: number[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPodSecurityContext#supplementalGroupsPolicy
     */
    readonly supplementalGroupsPolicy?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPodSecurityContext#sysctls
     */
    readonly sysctls?: OpenTelemetryCollectorV1Beta1SpecPodSecurityContextSysctls[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPodSecurityContext#windowsOptions
     */
    readonly windowsOptions?: OpenTelemetryCollectorV1Beta1SpecPodSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecPodSecurityContext' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecPodSecurityContext(obj: OpenTelemetryCollectorV1Beta1SpecPodSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecPorts
 */
export interface OpenTelemetryCollectorV1Beta1SpecPorts {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPorts#appProtocol
     */
    readonly appProtocol?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPorts#hostPort
     */
    readonly hostPort?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPorts#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPorts#nodePort
     */
    readonly nodePort?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPorts#port
     */
    readonly port: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPorts#protocol
     */
    readonly protocol?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPorts#targetPort
     */
    readonly targetPort?: OpenTelemetryCollectorV1Beta1SpecPortsTargetPort;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecPorts' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecPorts(obj: OpenTelemetryCollectorV1Beta1SpecPorts | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecReadinessProbe
 */
export interface OpenTelemetryCollectorV1Beta1SpecReadinessProbe {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecReadinessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecReadinessProbe' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecReadinessProbe(obj: OpenTelemetryCollectorV1Beta1SpecReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecResources
 */
export interface OpenTelemetryCollectorV1Beta1SpecResources {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecResources#claims
     */
    readonly claims?: OpenTelemetryCollectorV1Beta1SpecResourcesClaims[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecResources#limits
     */
    readonly limits?: {
        [key: string]: OpenTelemetryCollectorV1Beta1SpecResourcesLimits;
    };
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecResources#requests
     */
    readonly requests?: {
        [key: string]: OpenTelemetryCollectorV1Beta1SpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecResources' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecResources(obj: OpenTelemetryCollectorV1Beta1SpecResources | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecSecurityContext
 */
export interface OpenTelemetryCollectorV1Beta1SpecSecurityContext {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: OpenTelemetryCollectorV1Beta1SpecSecurityContextAppArmorProfile;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecSecurityContext#capabilities
     */
    readonly capabilities?: OpenTelemetryCollectorV1Beta1SpecSecurityContextCapabilities;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: OpenTelemetryCollectorV1Beta1SpecSecurityContextSeLinuxOptions;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecSecurityContext#seccompProfile
     */
    readonly seccompProfile?: OpenTelemetryCollectorV1Beta1SpecSecurityContextSeccompProfile;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecSecurityContext#windowsOptions
     */
    readonly windowsOptions?: OpenTelemetryCollectorV1Beta1SpecSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecSecurityContext' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecSecurityContext(obj: OpenTelemetryCollectorV1Beta1SpecSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecSessionAffinityConfig
 */
export interface OpenTelemetryCollectorV1Beta1SpecSessionAffinityConfig {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecSessionAffinityConfig#clientIP
     */
    readonly clientIp?: OpenTelemetryCollectorV1Beta1SpecSessionAffinityConfigClientIp;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecSessionAffinityConfig' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecSessionAffinityConfig(obj: OpenTelemetryCollectorV1Beta1SpecSessionAffinityConfig | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecStartupProbe
 */
export interface OpenTelemetryCollectorV1Beta1SpecStartupProbe {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecStartupProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecStartupProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecStartupProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecStartupProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecStartupProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecStartupProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecStartupProbe' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecStartupProbe(obj: OpenTelemetryCollectorV1Beta1SpecStartupProbe | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocator
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocator {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocator#affinity
     */
    readonly affinity?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinity;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocator#allocationStrategy
     */
    readonly allocationStrategy?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAllocationStrategy;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocator#allowInsecureAuthSecrets
     */
    readonly allowInsecureAuthSecrets?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocator#collectorNotReadyGracePeriod
     */
    readonly collectorNotReadyGracePeriod?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocator#collectorTargetReloadInterval
     */
    readonly collectorTargetReloadInterval?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocator#enabled
     */
    readonly enabled?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocator#env
     */
    readonly env?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnv[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocator#filterStrategy
     */
    readonly filterStrategy?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorFilterStrategy;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocator#image
     */
    readonly image?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocator#mtls
     */
    readonly mtls?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtls;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocator#nodeSelector
     */
    readonly nodeSelector?: {
        [key: string]: string;
    };
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocator#observability
     */
    readonly observability?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorObservability;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocator#podDisruptionBudget
     */
    readonly podDisruptionBudget?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodDisruptionBudget;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocator#podSecurityContext
     */
    readonly podSecurityContext?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContext;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocator#prometheusCR
     */
    readonly prometheusCr?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCr;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocator#replicas
     */
    readonly replicas?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocator#resources
     */
    readonly resources?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorResources;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocator#securityContext
     */
    readonly securityContext?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContext;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocator#serviceAccount
     */
    readonly serviceAccount?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocator#tolerations
     */
    readonly tolerations?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTolerations[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocator#topologySpreadConstraints
     */
    readonly topologySpreadConstraints?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTopologySpreadConstraints[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocator' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocator(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocator | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTolerations
 */
export interface OpenTelemetryCollectorV1Beta1SpecTolerations {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTolerations#effect
     */
    readonly effect?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTolerations#key
     */
    readonly key?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTolerations#operator
     */
    readonly operator?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTolerations#tolerationSeconds
     */
    readonly tolerationSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTolerations#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTolerations' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTolerations(obj: OpenTelemetryCollectorV1Beta1SpecTolerations | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTopologySpreadConstraints
 */
export interface OpenTelemetryCollectorV1Beta1SpecTopologySpreadConstraints {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTopologySpreadConstraints#labelSelector
     */
    readonly labelSelector?: OpenTelemetryCollectorV1Beta1SpecTopologySpreadConstraintsLabelSelector;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTopologySpreadConstraints#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTopologySpreadConstraints#maxSkew
     */
    readonly maxSkew: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTopologySpreadConstraints#minDomains
     */
    readonly minDomains?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTopologySpreadConstraints#nodeAffinityPolicy
     */
    readonly nodeAffinityPolicy?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTopologySpreadConstraints#nodeTaintsPolicy
     */
    readonly nodeTaintsPolicy?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTopologySpreadConstraints#topologyKey
     */
    readonly topologyKey: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTopologySpreadConstraints#whenUnsatisfiable
     */
    readonly whenUnsatisfiable: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTopologySpreadConstraints' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTopologySpreadConstraints(obj: OpenTelemetryCollectorV1Beta1SpecTopologySpreadConstraints | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecUpgradeStrategy
 */
export declare enum OpenTelemetryCollectorV1Beta1SpecUpgradeStrategy {
    /** automatic */
    AUTOMATIC = "automatic",
    /** none */
    NONE = "none"
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplates
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplates {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplates#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplates#kind
     */
    readonly kind?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplates#metadata
     */
    readonly metadata?: OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesMetadata;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplates#spec
     */
    readonly spec?: OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpec;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplates#status
     */
    readonly status?: OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatus;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplates' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplates(obj: OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplates | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumeMounts
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumeMounts {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeMounts#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumeMounts' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumeMounts(obj: OpenTelemetryCollectorV1Beta1SpecVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumes
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumes {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumes#awsElasticBlockStore
     */
    readonly awsElasticBlockStore?: OpenTelemetryCollectorV1Beta1SpecVolumesAwsElasticBlockStore;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumes#azureDisk
     */
    readonly azureDisk?: OpenTelemetryCollectorV1Beta1SpecVolumesAzureDisk;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumes#azureFile
     */
    readonly azureFile?: OpenTelemetryCollectorV1Beta1SpecVolumesAzureFile;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumes#cephfs
     */
    readonly cephfs?: OpenTelemetryCollectorV1Beta1SpecVolumesCephfs;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumes#cinder
     */
    readonly cinder?: OpenTelemetryCollectorV1Beta1SpecVolumesCinder;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumes#configMap
     */
    readonly configMap?: OpenTelemetryCollectorV1Beta1SpecVolumesConfigMap;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumes#csi
     */
    readonly csi?: OpenTelemetryCollectorV1Beta1SpecVolumesCsi;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumes#downwardAPI
     */
    readonly downwardApi?: OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApi;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumes#emptyDir
     */
    readonly emptyDir?: OpenTelemetryCollectorV1Beta1SpecVolumesEmptyDir;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumes#ephemeral
     */
    readonly ephemeral?: OpenTelemetryCollectorV1Beta1SpecVolumesEphemeral;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumes#fc
     */
    readonly fc?: OpenTelemetryCollectorV1Beta1SpecVolumesFc;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumes#flexVolume
     */
    readonly flexVolume?: OpenTelemetryCollectorV1Beta1SpecVolumesFlexVolume;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumes#flocker
     */
    readonly flocker?: OpenTelemetryCollectorV1Beta1SpecVolumesFlocker;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumes#gcePersistentDisk
     */
    readonly gcePersistentDisk?: OpenTelemetryCollectorV1Beta1SpecVolumesGcePersistentDisk;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumes#gitRepo
     */
    readonly gitRepo?: OpenTelemetryCollectorV1Beta1SpecVolumesGitRepo;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumes#glusterfs
     */
    readonly glusterfs?: OpenTelemetryCollectorV1Beta1SpecVolumesGlusterfs;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumes#hostPath
     */
    readonly hostPath?: OpenTelemetryCollectorV1Beta1SpecVolumesHostPath;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumes#image
     */
    readonly image?: OpenTelemetryCollectorV1Beta1SpecVolumesImage;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumes#iscsi
     */
    readonly iscsi?: OpenTelemetryCollectorV1Beta1SpecVolumesIscsi;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumes#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumes#nfs
     */
    readonly nfs?: OpenTelemetryCollectorV1Beta1SpecVolumesNfs;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumes#persistentVolumeClaim
     */
    readonly persistentVolumeClaim?: OpenTelemetryCollectorV1Beta1SpecVolumesPersistentVolumeClaim;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumes#photonPersistentDisk
     */
    readonly photonPersistentDisk?: OpenTelemetryCollectorV1Beta1SpecVolumesPhotonPersistentDisk;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumes#portworxVolume
     */
    readonly portworxVolume?: OpenTelemetryCollectorV1Beta1SpecVolumesPortworxVolume;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumes#projected
     */
    readonly projected?: OpenTelemetryCollectorV1Beta1SpecVolumesProjected;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumes#quobyte
     */
    readonly quobyte?: OpenTelemetryCollectorV1Beta1SpecVolumesQuobyte;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumes#rbd
     */
    readonly rbd?: OpenTelemetryCollectorV1Beta1SpecVolumesRbd;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumes#scaleIO
     */
    readonly scaleIo?: OpenTelemetryCollectorV1Beta1SpecVolumesScaleIo;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumes#secret
     */
    readonly secret?: OpenTelemetryCollectorV1Beta1SpecVolumesSecret;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumes#storageos
     */
    readonly storageos?: OpenTelemetryCollectorV1Beta1SpecVolumesStorageos;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumes#vsphereVolume
     */
    readonly vsphereVolume?: OpenTelemetryCollectorV1Beta1SpecVolumesVsphereVolume;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumes' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumes(obj: OpenTelemetryCollectorV1Beta1SpecVolumes | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnv
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnv {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnv#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnv#value
     */
    readonly value?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnv#valueFrom
     */
    readonly valueFrom?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFrom;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnv' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnv(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnv | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvFrom
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvFrom {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvFrom#configMapRef
     */
    readonly configMapRef?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvFromConfigMapRef;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvFrom#secretRef
     */
    readonly secretRef?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvFromSecretRef;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvFrom' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvFrom(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvFrom | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecycle
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecycle {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecycle#postStart
     */
    readonly postStart?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStart;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecycle#preStop
     */
    readonly preStop?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStop;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecycle#stopSignal
     */
    readonly stopSignal?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecycle' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecycle(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecycle | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbe
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbe {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbe#exec
     */
    readonly exec?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeExec;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbe#grpc
     */
    readonly grpc?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeGrpc;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbe#httpGet
     */
    readonly httpGet?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeHttpGet;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbe#tcpSocket
     */
    readonly tcpSocket?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeTcpSocket;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbe' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbe(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersPorts
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersPorts {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersPorts#containerPort
     */
    readonly containerPort: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersPorts#hostIP
     */
    readonly hostIp?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersPorts#hostPort
     */
    readonly hostPort?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersPorts#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersPorts#protocol
     */
    readonly protocol?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersPorts' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersPorts(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersPorts | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbe
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbe {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbe#exec
     */
    readonly exec?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeExec;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbe#grpc
     */
    readonly grpc?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeGrpc;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbe#httpGet
     */
    readonly httpGet?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeHttpGet;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbe#tcpSocket
     */
    readonly tcpSocket?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeTcpSocket;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbe' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbe(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersResizePolicy
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersResizePolicy {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersResizePolicy#resourceName
     */
    readonly resourceName: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersResizePolicy#restartPolicy
     */
    readonly restartPolicy: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersResizePolicy' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersResizePolicy(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersResizePolicy | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersResources
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersResources {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersResources#claims
     */
    readonly claims?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersResourcesClaims[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersResources#limits
     */
    readonly limits?: {
        [key: string]: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersResourcesLimits;
    };
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersResources#requests
     */
    readonly requests?: {
        [key: string]: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersResourcesRequests;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersResources' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersResources(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersResources | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersRestartPolicyRules
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersRestartPolicyRules {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersRestartPolicyRules#action
     */
    readonly action: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersRestartPolicyRules#exitCodes
     */
    readonly exitCodes?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersRestartPolicyRulesExitCodes;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersRestartPolicyRules' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersRestartPolicyRules(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersRestartPolicyRules | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContext
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContext {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextAppArmorProfile;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContext#capabilities
     */
    readonly capabilities?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextCapabilities;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextSeLinuxOptions;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContext#seccompProfile
     */
    readonly seccompProfile?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextSeccompProfile;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContext#windowsOptions
     */
    readonly windowsOptions?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContext' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContext(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbe
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbe {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbe#exec
     */
    readonly exec?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeExec;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbe#grpc
     */
    readonly grpc?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeGrpc;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbe#httpGet
     */
    readonly httpGet?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeHttpGet;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbe#tcpSocket
     */
    readonly tcpSocket?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeTcpSocket;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbe' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbe(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbe | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersVolumeDevices
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersVolumeDevices {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersVolumeDevices#devicePath
     */
    readonly devicePath: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersVolumeDevices#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersVolumeDevices' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersVolumeDevices(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersVolumeDevices | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersVolumeMounts
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersVolumeMounts {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersVolumeMounts#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersVolumeMounts' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersVolumeMounts(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinity
 */
export interface OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinity {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinity' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinity(obj: OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinity
 */
export interface OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinity {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinity' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinity(obj: OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinity
 */
export interface OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinity {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinity' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinity(obj: OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerBehavior
 */
export interface OpenTelemetryCollectorV1Beta1SpecAutoscalerBehavior {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerBehavior#scaleDown
     */
    readonly scaleDown?: OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleDown;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerBehavior#scaleUp
     */
    readonly scaleUp?: OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleUp;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAutoscalerBehavior' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAutoscalerBehavior(obj: OpenTelemetryCollectorV1Beta1SpecAutoscalerBehavior | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerMetrics
 */
export interface OpenTelemetryCollectorV1Beta1SpecAutoscalerMetrics {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerMetrics#pods
     */
    readonly pods?: OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPods;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerMetrics#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAutoscalerMetrics' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAutoscalerMetrics(obj: OpenTelemetryCollectorV1Beta1SpecAutoscalerMetrics | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecConfigService
 */
export interface OpenTelemetryCollectorV1Beta1SpecConfigService {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecConfigService#extensions
     */
    readonly extensions?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecConfigService#pipelines
     */
    readonly pipelines: {
        [key: string]: OpenTelemetryCollectorV1Beta1SpecConfigServicePipelines;
    };
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecConfigService#telemetry
     */
    readonly telemetry?: any;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecConfigService' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecConfigService(obj: OpenTelemetryCollectorV1Beta1SpecConfigService | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecDaemonSetUpdateStrategyRollingUpdate
 */
export interface OpenTelemetryCollectorV1Beta1SpecDaemonSetUpdateStrategyRollingUpdate {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecDaemonSetUpdateStrategyRollingUpdate#maxSurge
     */
    readonly maxSurge?: OpenTelemetryCollectorV1Beta1SpecDaemonSetUpdateStrategyRollingUpdateMaxSurge;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecDaemonSetUpdateStrategyRollingUpdate#maxUnavailable
     */
    readonly maxUnavailable?: OpenTelemetryCollectorV1Beta1SpecDaemonSetUpdateStrategyRollingUpdateMaxUnavailable;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecDaemonSetUpdateStrategyRollingUpdate' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecDaemonSetUpdateStrategyRollingUpdate(obj: OpenTelemetryCollectorV1Beta1SpecDaemonSetUpdateStrategyRollingUpdate | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecDeploymentUpdateStrategyRollingUpdate
 */
export interface OpenTelemetryCollectorV1Beta1SpecDeploymentUpdateStrategyRollingUpdate {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecDeploymentUpdateStrategyRollingUpdate#maxSurge
     */
    readonly maxSurge?: OpenTelemetryCollectorV1Beta1SpecDeploymentUpdateStrategyRollingUpdateMaxSurge;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecDeploymentUpdateStrategyRollingUpdate#maxUnavailable
     */
    readonly maxUnavailable?: OpenTelemetryCollectorV1Beta1SpecDeploymentUpdateStrategyRollingUpdateMaxUnavailable;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecDeploymentUpdateStrategyRollingUpdate' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecDeploymentUpdateStrategyRollingUpdate(obj: OpenTelemetryCollectorV1Beta1SpecDeploymentUpdateStrategyRollingUpdate | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecEnvValueFrom
 */
export interface OpenTelemetryCollectorV1Beta1SpecEnvValueFrom {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: OpenTelemetryCollectorV1Beta1SpecEnvValueFromConfigMapKeyRef;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecEnvValueFrom#fieldRef
     */
    readonly fieldRef?: OpenTelemetryCollectorV1Beta1SpecEnvValueFromFieldRef;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: OpenTelemetryCollectorV1Beta1SpecEnvValueFromFileKeyRef;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: OpenTelemetryCollectorV1Beta1SpecEnvValueFromResourceFieldRef;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: OpenTelemetryCollectorV1Beta1SpecEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecEnvValueFrom' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecEnvValueFrom(obj: OpenTelemetryCollectorV1Beta1SpecEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecEnvFromConfigMapRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecEnvFromConfigMapRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecEnvFromConfigMapRef(obj: OpenTelemetryCollectorV1Beta1SpecEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecEnvFromSecretRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecEnvFromSecretRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecEnvFromSecretRef(obj: OpenTelemetryCollectorV1Beta1SpecEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecIngressRoute
 */
export interface OpenTelemetryCollectorV1Beta1SpecIngressRoute {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecIngressRoute#termination
     */
    readonly termination?: OpenTelemetryCollectorV1Beta1SpecIngressRouteTermination;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecIngressRoute' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecIngressRoute(obj: OpenTelemetryCollectorV1Beta1SpecIngressRoute | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecIngressRuleType
 */
export declare enum OpenTelemetryCollectorV1Beta1SpecIngressRuleType {
    /** path */
    PATH = "path",
    /** subdomain */
    SUBDOMAIN = "subdomain"
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecIngressTls
 */
export interface OpenTelemetryCollectorV1Beta1SpecIngressTls {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecIngressTls#hosts
     */
    readonly hosts?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecIngressTls#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecIngressTls' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecIngressTls(obj: OpenTelemetryCollectorV1Beta1SpecIngressTls | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecIngressType
 */
export declare enum OpenTelemetryCollectorV1Beta1SpecIngressType {
    /** ingress */
    INGRESS = "ingress",
    /** route */
    ROUTE = "route"
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnv
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersEnv {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnv#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnv#value
     */
    readonly value?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnv#valueFrom
     */
    readonly valueFrom?: OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFrom;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersEnv' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersEnv(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersEnv | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvFrom
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersEnvFrom {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvFrom#configMapRef
     */
    readonly configMapRef?: OpenTelemetryCollectorV1Beta1SpecInitContainersEnvFromConfigMapRef;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvFrom#secretRef
     */
    readonly secretRef?: OpenTelemetryCollectorV1Beta1SpecInitContainersEnvFromSecretRef;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersEnvFrom' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersEnvFrom(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersEnvFrom | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecycle
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersLifecycle {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecycle#postStart
     */
    readonly postStart?: OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStart;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecycle#preStop
     */
    readonly preStop?: OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStop;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecycle#stopSignal
     */
    readonly stopSignal?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersLifecycle' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersLifecycle(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersLifecycle | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbe
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbe {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbe#exec
     */
    readonly exec?: OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeExec;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbe#grpc
     */
    readonly grpc?: OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeGrpc;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbe#httpGet
     */
    readonly httpGet?: OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeHttpGet;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbe#tcpSocket
     */
    readonly tcpSocket?: OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeTcpSocket;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbe' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbe(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersPorts
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersPorts {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersPorts#containerPort
     */
    readonly containerPort: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersPorts#hostIP
     */
    readonly hostIp?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersPorts#hostPort
     */
    readonly hostPort?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersPorts#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersPorts#protocol
     */
    readonly protocol?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersPorts' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersPorts(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersPorts | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbe
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbe {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbe#exec
     */
    readonly exec?: OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeExec;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbe#grpc
     */
    readonly grpc?: OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeGrpc;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbe#httpGet
     */
    readonly httpGet?: OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeHttpGet;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbe#tcpSocket
     */
    readonly tcpSocket?: OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeTcpSocket;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbe' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbe(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersResizePolicy
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersResizePolicy {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersResizePolicy#resourceName
     */
    readonly resourceName: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersResizePolicy#restartPolicy
     */
    readonly restartPolicy: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersResizePolicy' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersResizePolicy(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersResizePolicy | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersResources
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersResources {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersResources#claims
     */
    readonly claims?: OpenTelemetryCollectorV1Beta1SpecInitContainersResourcesClaims[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersResources#limits
     */
    readonly limits?: {
        [key: string]: OpenTelemetryCollectorV1Beta1SpecInitContainersResourcesLimits;
    };
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersResources#requests
     */
    readonly requests?: {
        [key: string]: OpenTelemetryCollectorV1Beta1SpecInitContainersResourcesRequests;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersResources' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersResources(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersResources | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersRestartPolicyRules
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersRestartPolicyRules {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersRestartPolicyRules#action
     */
    readonly action: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersRestartPolicyRules#exitCodes
     */
    readonly exitCodes?: OpenTelemetryCollectorV1Beta1SpecInitContainersRestartPolicyRulesExitCodes;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersRestartPolicyRules' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersRestartPolicyRules(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersRestartPolicyRules | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContext
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContext {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextAppArmorProfile;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContext#capabilities
     */
    readonly capabilities?: OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextCapabilities;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextSeLinuxOptions;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContext#seccompProfile
     */
    readonly seccompProfile?: OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextSeccompProfile;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContext#windowsOptions
     */
    readonly windowsOptions?: OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContext' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContext(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbe
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbe {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbe#exec
     */
    readonly exec?: OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeExec;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbe#grpc
     */
    readonly grpc?: OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeGrpc;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbe#httpGet
     */
    readonly httpGet?: OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeHttpGet;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbe#tcpSocket
     */
    readonly tcpSocket?: OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeTcpSocket;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbe' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbe(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbe | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersVolumeDevices
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersVolumeDevices {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersVolumeDevices#devicePath
     */
    readonly devicePath: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersVolumeDevices#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersVolumeDevices' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersVolumeDevices(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersVolumeDevices | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersVolumeMounts
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersVolumeMounts {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersVolumeMounts#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersVolumeMounts' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersVolumeMounts(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePostStart
 */
export interface OpenTelemetryCollectorV1Beta1SpecLifecyclePostStart {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePostStart#exec
     */
    readonly exec?: OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartExec;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePostStart#httpGet
     */
    readonly httpGet?: OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartHttpGet;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePostStart#sleep
     */
    readonly sleep?: OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartSleep;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePostStart#tcpSocket
     */
    readonly tcpSocket?: OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartTcpSocket;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecLifecyclePostStart' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecLifecyclePostStart(obj: OpenTelemetryCollectorV1Beta1SpecLifecyclePostStart | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePreStop
 */
export interface OpenTelemetryCollectorV1Beta1SpecLifecyclePreStop {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePreStop#exec
     */
    readonly exec?: OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopExec;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePreStop#httpGet
     */
    readonly httpGet?: OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopHttpGet;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePreStop#sleep
     */
    readonly sleep?: OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopSleep;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePreStop#tcpSocket
     */
    readonly tcpSocket?: OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopTcpSocket;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecLifecyclePreStop' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecLifecyclePreStop(obj: OpenTelemetryCollectorV1Beta1SpecLifecyclePreStop | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecObservabilityMetrics
 */
export interface OpenTelemetryCollectorV1Beta1SpecObservabilityMetrics {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecObservabilityMetrics#disablePrometheusAnnotations
     */
    readonly disablePrometheusAnnotations?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecObservabilityMetrics#enableMetrics
     */
    readonly enableMetrics?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecObservabilityMetrics#extraLabels
     */
    readonly extraLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecObservabilityMetrics' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecObservabilityMetrics(obj: OpenTelemetryCollectorV1Beta1SpecObservabilityMetrics | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecPodDisruptionBudgetMaxUnavailable
 */
export declare class OpenTelemetryCollectorV1Beta1SpecPodDisruptionBudgetMaxUnavailable {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecPodDisruptionBudgetMaxUnavailable;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecPodDisruptionBudgetMaxUnavailable;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecPodDisruptionBudgetMinAvailable
 */
export declare class OpenTelemetryCollectorV1Beta1SpecPodDisruptionBudgetMinAvailable {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecPodDisruptionBudgetMinAvailable;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecPodDisruptionBudgetMinAvailable;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecPodDnsConfigOptions
 */
export interface OpenTelemetryCollectorV1Beta1SpecPodDnsConfigOptions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPodDnsConfigOptions#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPodDnsConfigOptions#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecPodDnsConfigOptions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecPodDnsConfigOptions(obj: OpenTelemetryCollectorV1Beta1SpecPodDnsConfigOptions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecPodSecurityContextAppArmorProfile
 */
export interface OpenTelemetryCollectorV1Beta1SpecPodSecurityContextAppArmorProfile {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPodSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPodSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecPodSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecPodSecurityContextAppArmorProfile(obj: OpenTelemetryCollectorV1Beta1SpecPodSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecPodSecurityContextSeLinuxOptions
 */
export interface OpenTelemetryCollectorV1Beta1SpecPodSecurityContextSeLinuxOptions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPodSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPodSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPodSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPodSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecPodSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecPodSecurityContextSeLinuxOptions(obj: OpenTelemetryCollectorV1Beta1SpecPodSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecPodSecurityContextSeccompProfile
 */
export interface OpenTelemetryCollectorV1Beta1SpecPodSecurityContextSeccompProfile {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPodSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPodSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecPodSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecPodSecurityContextSeccompProfile(obj: OpenTelemetryCollectorV1Beta1SpecPodSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecPodSecurityContextSysctls
 */
export interface OpenTelemetryCollectorV1Beta1SpecPodSecurityContextSysctls {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPodSecurityContextSysctls#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPodSecurityContextSysctls#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecPodSecurityContextSysctls' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecPodSecurityContextSysctls(obj: OpenTelemetryCollectorV1Beta1SpecPodSecurityContextSysctls | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecPodSecurityContextWindowsOptions
 */
export interface OpenTelemetryCollectorV1Beta1SpecPodSecurityContextWindowsOptions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPodSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPodSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPodSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecPodSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecPodSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecPodSecurityContextWindowsOptions(obj: OpenTelemetryCollectorV1Beta1SpecPodSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecPortsTargetPort
 */
export declare class OpenTelemetryCollectorV1Beta1SpecPortsTargetPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecPortsTargetPort;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecPortsTargetPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecResourcesClaims
 */
export interface OpenTelemetryCollectorV1Beta1SpecResourcesClaims {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecResourcesClaims#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecResourcesClaims' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecResourcesClaims(obj: OpenTelemetryCollectorV1Beta1SpecResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecResourcesLimits
 */
export declare class OpenTelemetryCollectorV1Beta1SpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecResourcesLimits;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecResourcesLimits;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecResourcesRequests
 */
export declare class OpenTelemetryCollectorV1Beta1SpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecResourcesRequests;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecResourcesRequests;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecSecurityContextAppArmorProfile
 */
export interface OpenTelemetryCollectorV1Beta1SpecSecurityContextAppArmorProfile {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecSecurityContextAppArmorProfile(obj: OpenTelemetryCollectorV1Beta1SpecSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecSecurityContextCapabilities
 */
export interface OpenTelemetryCollectorV1Beta1SpecSecurityContextCapabilities {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecSecurityContextCapabilities(obj: OpenTelemetryCollectorV1Beta1SpecSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecSecurityContextSeLinuxOptions
 */
export interface OpenTelemetryCollectorV1Beta1SpecSecurityContextSeLinuxOptions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecSecurityContextSeLinuxOptions(obj: OpenTelemetryCollectorV1Beta1SpecSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecSecurityContextSeccompProfile
 */
export interface OpenTelemetryCollectorV1Beta1SpecSecurityContextSeccompProfile {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecSecurityContextSeccompProfile(obj: OpenTelemetryCollectorV1Beta1SpecSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecSecurityContextWindowsOptions
 */
export interface OpenTelemetryCollectorV1Beta1SpecSecurityContextWindowsOptions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecSecurityContextWindowsOptions(obj: OpenTelemetryCollectorV1Beta1SpecSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecSessionAffinityConfigClientIp
 */
export interface OpenTelemetryCollectorV1Beta1SpecSessionAffinityConfigClientIp {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecSessionAffinityConfigClientIp#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecSessionAffinityConfigClientIp' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecSessionAffinityConfigClientIp(obj: OpenTelemetryCollectorV1Beta1SpecSessionAffinityConfigClientIp | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinity
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinity {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinity#nodeAffinity
     */
    readonly nodeAffinity?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinity;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinity#podAffinity
     */
    readonly podAffinity?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinity;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinity#podAntiAffinity
     */
    readonly podAntiAffinity?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinity;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinity' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinity(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAllocationStrategy
 */
export declare enum OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAllocationStrategy {
    /** least-weighted */
    LEAST_HYPHEN_WEIGHTED = "least-weighted",
    /** consistent-hashing */
    CONSISTENT_HYPHEN_HASHING = "consistent-hashing",
    /** per-node */
    PER_HYPHEN_NODE = "per-node"
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnv
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnv {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnv#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnv#value
     */
    readonly value?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnv#valueFrom
     */
    readonly valueFrom?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFrom;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnv' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnv(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnv | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorFilterStrategy
 */
export declare enum OpenTelemetryCollectorV1Beta1SpecTargetAllocatorFilterStrategy {
    /** relabel-config */
    RELABEL_HYPHEN_CONFIG = "relabel-config"
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtls
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtls {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtls#enabled
     */
    readonly enabled?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtls#tls
     */
    readonly tls?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTls;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtls#useCertManager
     */
    readonly useCertManager?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtls' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtls(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtls | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorObservability
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorObservability {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorObservability#metrics
     */
    readonly metrics?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorObservabilityMetrics;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorObservability' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorObservability(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorObservability | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodDisruptionBudget
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodDisruptionBudget {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodDisruptionBudget#maxUnavailable
     */
    readonly maxUnavailable?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodDisruptionBudgetMaxUnavailable;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodDisruptionBudget#minAvailable
     */
    readonly minAvailable?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodDisruptionBudgetMinAvailable;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodDisruptionBudget' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodDisruptionBudget(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodDisruptionBudget | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContext
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContext {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextAppArmorProfile;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContext#fsGroup
     */
    readonly fsGroup?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContext#fsGroupChangePolicy
     */
    readonly fsGroupChangePolicy?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContext#seLinuxChangePolicy
     */
    readonly seLinuxChangePolicy?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextSeLinuxOptions;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContext#seccompProfile
     */
    readonly seccompProfile?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextSeccompProfile;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContext#supplementalGroups
     */
    readonly supplementalGroups?: number[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContext#supplementalGroupsPolicy
     */
    readonly supplementalGroupsPolicy?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContext#sysctls
     */
    readonly sysctls?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextSysctls[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContext#windowsOptions
     */
    readonly windowsOptions?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContext' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContext(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCr
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCr {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCr#allowNamespaces
     */
    readonly allowNamespaces?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCr#denyFSAccessThroughSMs
     */
    readonly denyFsAccessThroughSMs?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCr#denyNamespaces
     */
    readonly denyNamespaces?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCr#enabled
     */
    readonly enabled?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCr#evaluationInterval
     */
    readonly evaluationInterval?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCr#podMonitorNamespaceSelector
     */
    readonly podMonitorNamespaceSelector?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrPodMonitorNamespaceSelector;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCr#podMonitorSelector
     */
    readonly podMonitorSelector?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrPodMonitorSelector;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCr#probeNamespaceSelector
     */
    readonly probeNamespaceSelector?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrProbeNamespaceSelector;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCr#probeSelector
     */
    readonly probeSelector?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrProbeSelector;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCr#scrapeClasses
     */
    readonly scrapeClasses?: any[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCr#scrapeConfigNamespaceSelector
     */
    readonly scrapeConfigNamespaceSelector?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrScrapeConfigNamespaceSelector;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCr#scrapeConfigSelector
     */
    readonly scrapeConfigSelector?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrScrapeConfigSelector;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCr#scrapeInterval
     */
    readonly scrapeInterval?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCr#scrapeProtocols
     */
    readonly scrapeProtocols?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCr#secretNamespaces
     */
    readonly secretNamespaces?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCr#serviceMonitorNamespaceSelector
     */
    readonly serviceMonitorNamespaceSelector?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrServiceMonitorNamespaceSelector;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCr#serviceMonitorSelector
     */
    readonly serviceMonitorSelector?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrServiceMonitorSelector;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCr' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCr(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCr | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorResources
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorResources {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorResources#claims
     */
    readonly claims?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorResourcesClaims[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorResources#limits
     */
    readonly limits?: {
        [key: string]: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorResourcesLimits;
    };
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorResources#requests
     */
    readonly requests?: {
        [key: string]: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorResourcesRequests;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorResources' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorResources(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorResources | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContext
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContext {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextAppArmorProfile;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContext#capabilities
     */
    readonly capabilities?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextCapabilities;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextSeLinuxOptions;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContext#seccompProfile
     */
    readonly seccompProfile?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextSeccompProfile;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContext#windowsOptions
     */
    readonly windowsOptions?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContext' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContext(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTolerations
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTolerations {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTolerations#effect
     */
    readonly effect?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTolerations#key
     */
    readonly key?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTolerations#operator
     */
    readonly operator?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTolerations#tolerationSeconds
     */
    readonly tolerationSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTolerations#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTolerations' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTolerations(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTolerations | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTopologySpreadConstraints
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTopologySpreadConstraints {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTopologySpreadConstraints#labelSelector
     */
    readonly labelSelector?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTopologySpreadConstraintsLabelSelector;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTopologySpreadConstraints#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTopologySpreadConstraints#maxSkew
     */
    readonly maxSkew: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTopologySpreadConstraints#minDomains
     */
    readonly minDomains?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTopologySpreadConstraints#nodeAffinityPolicy
     */
    readonly nodeAffinityPolicy?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTopologySpreadConstraints#nodeTaintsPolicy
     */
    readonly nodeTaintsPolicy?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTopologySpreadConstraints#topologyKey
     */
    readonly topologyKey: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTopologySpreadConstraints#whenUnsatisfiable
     */
    readonly whenUnsatisfiable: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTopologySpreadConstraints' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTopologySpreadConstraints(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTopologySpreadConstraints | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTopologySpreadConstraintsLabelSelector
 */
export interface OpenTelemetryCollectorV1Beta1SpecTopologySpreadConstraintsLabelSelector {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTopologySpreadConstraintsLabelSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorV1Beta1SpecTopologySpreadConstraintsLabelSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTopologySpreadConstraintsLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTopologySpreadConstraintsLabelSelector(obj: OpenTelemetryCollectorV1Beta1SpecTopologySpreadConstraintsLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesMetadata
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesMetadata {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesMetadata#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesMetadata#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesMetadata' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesMetadata(obj: OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpec
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpec {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpec#accessModes
     */
    readonly accessModes?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpec#dataSource
     */
    readonly dataSource?: OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecDataSource;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpec#dataSourceRef
     */
    readonly dataSourceRef?: OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecDataSourceRef;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpec#resources
     */
    readonly resources?: OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecResources;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpec#selector
     */
    readonly selector?: OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecSelector;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpec#storageClassName
     */
    readonly storageClassName?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpec#volumeAttributesClassName
     */
    readonly volumeAttributesClassName?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpec#volumeMode
     */
    readonly volumeMode?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpec#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpec' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpec(obj: OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpec | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatus
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatus {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatus#accessModes
     */
    readonly accessModes?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatus#allocatedResourceStatuses
     */
    readonly allocatedResourceStatuses?: {
        [key: string]: string;
    };
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatus#allocatedResources
     */
    readonly allocatedResources?: {
        [key: string]: OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatusAllocatedResources;
    };
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatus#capacity
     */
    readonly capacity?: {
        [key: string]: OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatusCapacity;
    };
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatus#conditions
     */
    readonly conditions?: OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatusConditions[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatus#currentVolumeAttributesClassName
     */
    readonly currentVolumeAttributesClassName?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatus#modifyVolumeStatus
     */
    readonly modifyVolumeStatus?: OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatusModifyVolumeStatus;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatus#phase
     */
    readonly phase?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatus' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatus(obj: OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatus | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesAwsElasticBlockStore
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesAwsElasticBlockStore {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesAwsElasticBlockStore#fsType
     */
    readonly fsType?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesAwsElasticBlockStore#partition
     */
    readonly partition?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesAwsElasticBlockStore#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesAwsElasticBlockStore#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesAwsElasticBlockStore' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesAwsElasticBlockStore(obj: OpenTelemetryCollectorV1Beta1SpecVolumesAwsElasticBlockStore | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesAzureDisk
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesAzureDisk {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesAzureDisk#cachingMode
     */
    readonly cachingMode?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesAzureDisk#diskName
     */
    readonly diskName: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesAzureDisk#diskURI
     */
    readonly diskUri: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesAzureDisk#fsType
     */
    readonly fsType?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesAzureDisk#kind
     */
    readonly kind?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesAzureDisk#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesAzureDisk' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesAzureDisk(obj: OpenTelemetryCollectorV1Beta1SpecVolumesAzureDisk | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesAzureFile
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesAzureFile {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesAzureFile#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesAzureFile#secretName
     */
    readonly secretName: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesAzureFile#shareName
     */
    readonly shareName: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesAzureFile' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesAzureFile(obj: OpenTelemetryCollectorV1Beta1SpecVolumesAzureFile | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesCephfs
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesCephfs {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesCephfs#monitors
     */
    readonly monitors: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesCephfs#path
     */
    readonly path?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesCephfs#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesCephfs#secretFile
     */
    readonly secretFile?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesCephfs#secretRef
     */
    readonly secretRef?: OpenTelemetryCollectorV1Beta1SpecVolumesCephfsSecretRef;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesCephfs#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesCephfs' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesCephfs(obj: OpenTelemetryCollectorV1Beta1SpecVolumesCephfs | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesCinder
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesCinder {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesCinder#fsType
     */
    readonly fsType?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesCinder#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesCinder#secretRef
     */
    readonly secretRef?: OpenTelemetryCollectorV1Beta1SpecVolumesCinderSecretRef;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesCinder#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesCinder' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesCinder(obj: OpenTelemetryCollectorV1Beta1SpecVolumesCinder | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesConfigMap
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesConfigMap {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesConfigMap#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesConfigMap#items
     */
    readonly items?: OpenTelemetryCollectorV1Beta1SpecVolumesConfigMapItems[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesConfigMap#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesConfigMap' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesConfigMap(obj: OpenTelemetryCollectorV1Beta1SpecVolumesConfigMap | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesCsi
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesCsi {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesCsi#driver
     */
    readonly driver: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesCsi#fsType
     */
    readonly fsType?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesCsi#nodePublishSecretRef
     */
    readonly nodePublishSecretRef?: OpenTelemetryCollectorV1Beta1SpecVolumesCsiNodePublishSecretRef;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesCsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesCsi#volumeAttributes
     */
    readonly volumeAttributes?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesCsi' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesCsi(obj: OpenTelemetryCollectorV1Beta1SpecVolumesCsi | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApi
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApi {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApi#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApi#items
     */
    readonly items?: OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApiItems[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApi' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApi(obj: OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApi | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEmptyDir
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesEmptyDir {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEmptyDir#medium
     */
    readonly medium?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEmptyDir#sizeLimit
     */
    readonly sizeLimit?: OpenTelemetryCollectorV1Beta1SpecVolumesEmptyDirSizeLimit;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesEmptyDir' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesEmptyDir(obj: OpenTelemetryCollectorV1Beta1SpecVolumesEmptyDir | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeral
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesEphemeral {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeral#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplate;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesEphemeral' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesEphemeral(obj: OpenTelemetryCollectorV1Beta1SpecVolumesEphemeral | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesFc
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesFc {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesFc#fsType
     */
    readonly fsType?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesFc#lun
     */
    readonly lun?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesFc#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesFc#targetWWNs
     */
    readonly targetWwNs?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesFc#wwids
     */
    readonly wwids?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesFc' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesFc(obj: OpenTelemetryCollectorV1Beta1SpecVolumesFc | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesFlexVolume
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesFlexVolume {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesFlexVolume#driver
     */
    readonly driver: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesFlexVolume#fsType
     */
    readonly fsType?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesFlexVolume#options
     */
    readonly options?: {
        [key: string]: string;
    };
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesFlexVolume#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesFlexVolume#secretRef
     */
    readonly secretRef?: OpenTelemetryCollectorV1Beta1SpecVolumesFlexVolumeSecretRef;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesFlexVolume' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesFlexVolume(obj: OpenTelemetryCollectorV1Beta1SpecVolumesFlexVolume | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesFlocker
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesFlocker {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesFlocker#datasetName
     */
    readonly datasetName?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesFlocker#datasetUUID
     */
    readonly datasetUuid?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesFlocker' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesFlocker(obj: OpenTelemetryCollectorV1Beta1SpecVolumesFlocker | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesGcePersistentDisk
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesGcePersistentDisk {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesGcePersistentDisk#fsType
     */
    readonly fsType?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesGcePersistentDisk#partition
     */
    readonly partition?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesGcePersistentDisk#pdName
     */
    readonly pdName: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesGcePersistentDisk#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesGcePersistentDisk' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesGcePersistentDisk(obj: OpenTelemetryCollectorV1Beta1SpecVolumesGcePersistentDisk | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesGitRepo
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesGitRepo {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesGitRepo#directory
     */
    readonly directory?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesGitRepo#repository
     */
    readonly repository: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesGitRepo#revision
     */
    readonly revision?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesGitRepo' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesGitRepo(obj: OpenTelemetryCollectorV1Beta1SpecVolumesGitRepo | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesGlusterfs
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesGlusterfs {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesGlusterfs#endpoints
     */
    readonly endpoints: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesGlusterfs#path
     */
    readonly path: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesGlusterfs#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesGlusterfs' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesGlusterfs(obj: OpenTelemetryCollectorV1Beta1SpecVolumesGlusterfs | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesHostPath
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesHostPath {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesHostPath#path
     */
    readonly path: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesHostPath#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesHostPath' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesHostPath(obj: OpenTelemetryCollectorV1Beta1SpecVolumesHostPath | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesImage
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesImage {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesImage#pullPolicy
     */
    readonly pullPolicy?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesImage#reference
     */
    readonly reference?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesImage' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesImage(obj: OpenTelemetryCollectorV1Beta1SpecVolumesImage | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesIscsi
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesIscsi {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesIscsi#chapAuthDiscovery
     */
    readonly chapAuthDiscovery?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesIscsi#chapAuthSession
     */
    readonly chapAuthSession?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesIscsi#fsType
     */
    readonly fsType?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesIscsi#initiatorName
     */
    readonly initiatorName?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesIscsi#iqn
     */
    readonly iqn: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesIscsi#iscsiInterface
     */
    readonly iscsiInterface?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesIscsi#lun
     */
    readonly lun: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesIscsi#portals
     */
    readonly portals?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesIscsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesIscsi#secretRef
     */
    readonly secretRef?: OpenTelemetryCollectorV1Beta1SpecVolumesIscsiSecretRef;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesIscsi#targetPortal
     */
    readonly targetPortal: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesIscsi' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesIscsi(obj: OpenTelemetryCollectorV1Beta1SpecVolumesIscsi | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesNfs
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesNfs {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesNfs#path
     */
    readonly path: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesNfs#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesNfs#server
     */
    readonly server: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesNfs' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesNfs(obj: OpenTelemetryCollectorV1Beta1SpecVolumesNfs | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesPersistentVolumeClaim
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesPersistentVolumeClaim {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesPersistentVolumeClaim#claimName
     */
    readonly claimName: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesPersistentVolumeClaim#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesPersistentVolumeClaim' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesPersistentVolumeClaim(obj: OpenTelemetryCollectorV1Beta1SpecVolumesPersistentVolumeClaim | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesPhotonPersistentDisk
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesPhotonPersistentDisk {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesPhotonPersistentDisk#fsType
     */
    readonly fsType?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesPhotonPersistentDisk#pdID
     */
    readonly pdId: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesPhotonPersistentDisk' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesPhotonPersistentDisk(obj: OpenTelemetryCollectorV1Beta1SpecVolumesPhotonPersistentDisk | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesPortworxVolume
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesPortworxVolume {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesPortworxVolume#fsType
     */
    readonly fsType?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesPortworxVolume#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesPortworxVolume#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesPortworxVolume' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesPortworxVolume(obj: OpenTelemetryCollectorV1Beta1SpecVolumesPortworxVolume | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjected
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesProjected {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjected#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjected#sources
     */
    readonly sources?: OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSources[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesProjected' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesProjected(obj: OpenTelemetryCollectorV1Beta1SpecVolumesProjected | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesQuobyte
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesQuobyte {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesQuobyte#group
     */
    readonly group?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesQuobyte#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesQuobyte#registry
     */
    readonly registry: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesQuobyte#tenant
     */
    readonly tenant?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesQuobyte#user
     */
    readonly user?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesQuobyte#volume
     */
    readonly volume: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesQuobyte' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesQuobyte(obj: OpenTelemetryCollectorV1Beta1SpecVolumesQuobyte | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesRbd
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesRbd {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesRbd#fsType
     */
    readonly fsType?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesRbd#image
     */
    readonly image: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesRbd#keyring
     */
    readonly keyring?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesRbd#monitors
     */
    readonly monitors: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesRbd#pool
     */
    readonly pool?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesRbd#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesRbd#secretRef
     */
    readonly secretRef?: OpenTelemetryCollectorV1Beta1SpecVolumesRbdSecretRef;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesRbd#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesRbd' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesRbd(obj: OpenTelemetryCollectorV1Beta1SpecVolumesRbd | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesScaleIo
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesScaleIo {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesScaleIo#fsType
     */
    readonly fsType?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesScaleIo#gateway
     */
    readonly gateway: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesScaleIo#protectionDomain
     */
    readonly protectionDomain?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesScaleIo#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesScaleIo#secretRef
     */
    readonly secretRef: OpenTelemetryCollectorV1Beta1SpecVolumesScaleIoSecretRef;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesScaleIo#sslEnabled
     */
    readonly sslEnabled?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesScaleIo#storageMode
     */
    readonly storageMode?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesScaleIo#storagePool
     */
    readonly storagePool?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesScaleIo#system
     */
    readonly system: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesScaleIo#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesScaleIo' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesScaleIo(obj: OpenTelemetryCollectorV1Beta1SpecVolumesScaleIo | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesSecret
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesSecret {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesSecret#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesSecret#items
     */
    readonly items?: OpenTelemetryCollectorV1Beta1SpecVolumesSecretItems[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesSecret#optional
     */
    readonly optional?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesSecret#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesSecret' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesSecret(obj: OpenTelemetryCollectorV1Beta1SpecVolumesSecret | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesStorageos
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesStorageos {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesStorageos#fsType
     */
    readonly fsType?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesStorageos#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesStorageos#secretRef
     */
    readonly secretRef?: OpenTelemetryCollectorV1Beta1SpecVolumesStorageosSecretRef;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesStorageos#volumeName
     */
    readonly volumeName?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesStorageos#volumeNamespace
     */
    readonly volumeNamespace?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesStorageos' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesStorageos(obj: OpenTelemetryCollectorV1Beta1SpecVolumesStorageos | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesVsphereVolume
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesVsphereVolume {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesVsphereVolume#fsType
     */
    readonly fsType?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesVsphereVolume#storagePolicyID
     */
    readonly storagePolicyId?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesVsphereVolume#storagePolicyName
     */
    readonly storagePolicyName?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesVsphereVolume#volumePath
     */
    readonly volumePath: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesVsphereVolume' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesVsphereVolume(obj: OpenTelemetryCollectorV1Beta1SpecVolumesVsphereVolume | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFrom
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFrom {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromConfigMapKeyRef;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFrom#fieldRef
     */
    readonly fieldRef?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromFieldRef;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromFileKeyRef;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromResourceFieldRef;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFrom' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFrom(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvFromConfigMapRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvFromConfigMapRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvFromConfigMapRef(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvFromSecretRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvFromSecretRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvFromSecretRef(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStart
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStart {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStart#exec
     */
    readonly exec?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartExec;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStart#httpGet
     */
    readonly httpGet?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartHttpGet;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStart#sleep
     */
    readonly sleep?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartSleep;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStart#tcpSocket
     */
    readonly tcpSocket?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartTcpSocket;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStart' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStart(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStart | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStop
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStop {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStop#exec
     */
    readonly exec?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopExec;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStop#httpGet
     */
    readonly httpGet?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopHttpGet;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStop#sleep
     */
    readonly sleep?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopSleep;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStop#tcpSocket
     */
    readonly tcpSocket?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopTcpSocket;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStop' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStop(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStop | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeExec
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeExec {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeExec' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeExec(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeGrpc
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeGrpc {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeGrpc' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeGrpc(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeHttpGet
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeHttpGet {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeHttpGetHttpHeaders[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeHttpGet#port
     */
    readonly port: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeHttpGetPort;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeHttpGet' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeHttpGet(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeTcpSocket
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeTcpSocket {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeTcpSocket#port
     */
    readonly port: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeTcpSocket(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeExec
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeExec {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeExec' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeExec(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeGrpc
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeGrpc {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeGrpc' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeGrpc(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeHttpGet
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeHttpGet {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeHttpGetHttpHeaders[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeHttpGet#port
     */
    readonly port: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeHttpGetPort;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeHttpGet' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeHttpGet(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeTcpSocket
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeTcpSocket {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeTcpSocket#port
     */
    readonly port: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeTcpSocket(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersResourcesClaims
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersResourcesClaims {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersResourcesClaims#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersResourcesClaims' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersResourcesClaims(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersResourcesLimits
 */
export declare class OpenTelemetryCollectorV1Beta1SpecAdditionalContainersResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecAdditionalContainersResourcesLimits;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecAdditionalContainersResourcesLimits;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersResourcesRequests
 */
export declare class OpenTelemetryCollectorV1Beta1SpecAdditionalContainersResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecAdditionalContainersResourcesRequests;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecAdditionalContainersResourcesRequests;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersRestartPolicyRulesExitCodes
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersRestartPolicyRulesExitCodes {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersRestartPolicyRulesExitCodes#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersRestartPolicyRulesExitCodes#values
     */
    readonly values?: number[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersRestartPolicyRulesExitCodes' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersRestartPolicyRulesExitCodes(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersRestartPolicyRulesExitCodes | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextAppArmorProfile
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextAppArmorProfile {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextAppArmorProfile(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextCapabilities
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextCapabilities {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextCapabilities(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextSeLinuxOptions
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextSeLinuxOptions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextSeLinuxOptions(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextSeccompProfile
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextSeccompProfile {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextSeccompProfile(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextWindowsOptions
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextWindowsOptions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextWindowsOptions(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeExec
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeExec {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeExec' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeExec(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeGrpc
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeGrpc {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeGrpc' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeGrpc(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeHttpGet
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeHttpGet {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeHttpGetHttpHeaders[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeHttpGet#port
     */
    readonly port: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeHttpGetPort;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeHttpGet' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeHttpGet(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeTcpSocket
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeTcpSocket {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeTcpSocket#port
     */
    readonly port: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeTcpSocketPort;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeTcpSocket' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeTcpSocket(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
     */
    readonly preference: OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
     */
    readonly nodeSelectorTerms: OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleDown
 */
export interface OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleDown {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleDown#policies
     */
    readonly policies?: OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleDownPolicies[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleDown#selectPolicy
     */
    readonly selectPolicy?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleDown#stabilizationWindowSeconds
     */
    readonly stabilizationWindowSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleDown#tolerance
     */
    readonly tolerance?: OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleDownTolerance;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleDown' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleDown(obj: OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleDown | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleUp
 */
export interface OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleUp {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleUp#policies
     */
    readonly policies?: OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleUpPolicies[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleUp#selectPolicy
     */
    readonly selectPolicy?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleUp#stabilizationWindowSeconds
     */
    readonly stabilizationWindowSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleUp#tolerance
     */
    readonly tolerance?: OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleUpTolerance;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleUp' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleUp(obj: OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleUp | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPods
 */
export interface OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPods {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPods#metric
     */
    readonly metric: OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsMetric;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPods#target
     */
    readonly target: OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsTarget;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPods' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPods(obj: OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPods | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecConfigServicePipelines
 */
export interface OpenTelemetryCollectorV1Beta1SpecConfigServicePipelines {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecConfigServicePipelines#exporters
     */
    readonly exporters: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecConfigServicePipelines#processors
     */
    readonly processors?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecConfigServicePipelines#receivers
     */
    readonly receivers: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecConfigServicePipelines' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecConfigServicePipelines(obj: OpenTelemetryCollectorV1Beta1SpecConfigServicePipelines | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecDaemonSetUpdateStrategyRollingUpdateMaxSurge
 */
export declare class OpenTelemetryCollectorV1Beta1SpecDaemonSetUpdateStrategyRollingUpdateMaxSurge {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecDaemonSetUpdateStrategyRollingUpdateMaxSurge;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecDaemonSetUpdateStrategyRollingUpdateMaxSurge;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecDaemonSetUpdateStrategyRollingUpdateMaxUnavailable
 */
export declare class OpenTelemetryCollectorV1Beta1SpecDaemonSetUpdateStrategyRollingUpdateMaxUnavailable {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecDaemonSetUpdateStrategyRollingUpdateMaxUnavailable;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecDaemonSetUpdateStrategyRollingUpdateMaxUnavailable;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecDeploymentUpdateStrategyRollingUpdateMaxSurge
 */
export declare class OpenTelemetryCollectorV1Beta1SpecDeploymentUpdateStrategyRollingUpdateMaxSurge {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecDeploymentUpdateStrategyRollingUpdateMaxSurge;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecDeploymentUpdateStrategyRollingUpdateMaxSurge;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecDeploymentUpdateStrategyRollingUpdateMaxUnavailable
 */
export declare class OpenTelemetryCollectorV1Beta1SpecDeploymentUpdateStrategyRollingUpdateMaxUnavailable {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecDeploymentUpdateStrategyRollingUpdateMaxUnavailable;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecDeploymentUpdateStrategyRollingUpdateMaxUnavailable;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecEnvValueFromConfigMapKeyRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecEnvValueFromConfigMapKeyRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecEnvValueFromConfigMapKeyRef(obj: OpenTelemetryCollectorV1Beta1SpecEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecEnvValueFromFieldRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecEnvValueFromFieldRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecEnvValueFromFieldRef(obj: OpenTelemetryCollectorV1Beta1SpecEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecEnvValueFromFileKeyRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecEnvValueFromFileKeyRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecEnvValueFromFileKeyRef(obj: OpenTelemetryCollectorV1Beta1SpecEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecEnvValueFromResourceFieldRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecEnvValueFromResourceFieldRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: OpenTelemetryCollectorV1Beta1SpecEnvValueFromResourceFieldRefDivisor;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecEnvValueFromResourceFieldRef(obj: OpenTelemetryCollectorV1Beta1SpecEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecEnvValueFromSecretKeyRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecEnvValueFromSecretKeyRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecEnvValueFromSecretKeyRef(obj: OpenTelemetryCollectorV1Beta1SpecEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecIngressRouteTermination
 */
export declare enum OpenTelemetryCollectorV1Beta1SpecIngressRouteTermination {
    /** insecure */
    INSECURE = "insecure",
    /** edge */
    EDGE = "edge",
    /** passthrough */
    PASSTHROUGH = "passthrough",
    /** reencrypt */
    REENCRYPT = "reencrypt"
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFrom
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFrom {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromConfigMapKeyRef;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFrom#fieldRef
     */
    readonly fieldRef?: OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromFieldRef;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromFileKeyRef;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromResourceFieldRef;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFrom' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFrom(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvFromConfigMapRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersEnvFromConfigMapRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersEnvFromConfigMapRef(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvFromSecretRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersEnvFromSecretRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersEnvFromSecretRef(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStart
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStart {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStart#exec
     */
    readonly exec?: OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartExec;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStart#httpGet
     */
    readonly httpGet?: OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartHttpGet;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStart#sleep
     */
    readonly sleep?: OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartSleep;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStart#tcpSocket
     */
    readonly tcpSocket?: OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartTcpSocket;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStart' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStart(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStart | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStop
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStop {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStop#exec
     */
    readonly exec?: OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopExec;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStop#httpGet
     */
    readonly httpGet?: OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopHttpGet;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStop#sleep
     */
    readonly sleep?: OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopSleep;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStop#tcpSocket
     */
    readonly tcpSocket?: OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopTcpSocket;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStop' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStop(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStop | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeExec
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeExec {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeExec' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeExec(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeGrpc
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeGrpc {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeGrpc' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeGrpc(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeHttpGet
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeHttpGet {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeHttpGetHttpHeaders[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeHttpGet#port
     */
    readonly port: OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeHttpGetPort;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeHttpGet' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeHttpGet(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeTcpSocket
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeTcpSocket {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeTcpSocket#port
     */
    readonly port: OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeTcpSocket(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeExec
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeExec {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeExec' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeExec(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeGrpc
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeGrpc {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeGrpc' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeGrpc(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeHttpGet
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeHttpGet {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeHttpGetHttpHeaders[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeHttpGet#port
     */
    readonly port: OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeHttpGetPort;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeHttpGet' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeHttpGet(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeTcpSocket
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeTcpSocket {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeTcpSocket#port
     */
    readonly port: OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeTcpSocket(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersResourcesClaims
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersResourcesClaims {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersResourcesClaims#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersResourcesClaims' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersResourcesClaims(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersResourcesLimits
 */
export declare class OpenTelemetryCollectorV1Beta1SpecInitContainersResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecInitContainersResourcesLimits;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecInitContainersResourcesLimits;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersResourcesRequests
 */
export declare class OpenTelemetryCollectorV1Beta1SpecInitContainersResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecInitContainersResourcesRequests;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecInitContainersResourcesRequests;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersRestartPolicyRulesExitCodes
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersRestartPolicyRulesExitCodes {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersRestartPolicyRulesExitCodes#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersRestartPolicyRulesExitCodes#values
     */
    readonly values?: number[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersRestartPolicyRulesExitCodes' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersRestartPolicyRulesExitCodes(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersRestartPolicyRulesExitCodes | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextAppArmorProfile
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextAppArmorProfile {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextAppArmorProfile(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextCapabilities
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextCapabilities {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextCapabilities(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextSeLinuxOptions
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextSeLinuxOptions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextSeLinuxOptions(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextSeccompProfile
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextSeccompProfile {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextSeccompProfile(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextWindowsOptions
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextWindowsOptions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextWindowsOptions(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeExec
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeExec {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeExec' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeExec(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeGrpc
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeGrpc {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeGrpc' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeGrpc(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeHttpGet
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeHttpGet {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeHttpGetHttpHeaders[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeHttpGet#port
     */
    readonly port: OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeHttpGetPort;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeHttpGet' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeHttpGet(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeTcpSocket
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeTcpSocket {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeTcpSocket#port
     */
    readonly port: OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeTcpSocketPort;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeTcpSocket' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeTcpSocket(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartExec
 */
export interface OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartExec {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartExec' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartExec(obj: OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartExec | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartHttpGet
 */
export interface OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartHttpGet {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartHttpGet#httpHeaders
     */
    readonly httpHeaders?: OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartHttpGetHttpHeaders[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartHttpGet#port
     */
    readonly port: OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartHttpGetPort;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartHttpGet' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartHttpGet(obj: OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartSleep
 */
export interface OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartSleep {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartSleep' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartSleep(obj: OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartSleep | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartTcpSocket
 */
export interface OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartTcpSocket {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartTcpSocket#port
     */
    readonly port: OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartTcpSocketPort;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartTcpSocket' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartTcpSocket(obj: OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopExec
 */
export interface OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopExec {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopExec' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopExec(obj: OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopExec | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopHttpGet
 */
export interface OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopHttpGet {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopHttpGet#httpHeaders
     */
    readonly httpHeaders?: OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopHttpGetHttpHeaders[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopHttpGet#port
     */
    readonly port: OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopHttpGetPort;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopHttpGet' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopHttpGet(obj: OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopSleep
 */
export interface OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopSleep {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopSleep' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopSleep(obj: OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopSleep | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopTcpSocket
 */
export interface OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopTcpSocket {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopTcpSocket#port
     */
    readonly port: OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopTcpSocketPort;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopTcpSocket' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopTcpSocket(obj: OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinity
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinity {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinity' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinity(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinity
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinity {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinity' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinity(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinity
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinity {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinity' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinity(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFrom
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFrom {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromConfigMapKeyRef;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFrom#fieldRef
     */
    readonly fieldRef?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromFieldRef;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromFileKeyRef;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromResourceFieldRef;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFrom' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFrom(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTls
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTls {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTls#certificateAuthorityCertificate
     */
    readonly certificateAuthorityCertificate?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsCertificateAuthorityCertificate;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTls#clientCertificate
     */
    readonly clientCertificate?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsClientCertificate;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTls#serverCertificate
     */
    readonly serverCertificate?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsServerCertificate;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTls' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTls(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTls | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorObservabilityMetrics
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorObservabilityMetrics {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorObservabilityMetrics#disablePrometheusAnnotations
     */
    readonly disablePrometheusAnnotations?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorObservabilityMetrics#enableMetrics
     */
    readonly enableMetrics?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorObservabilityMetrics#extraLabels
     */
    readonly extraLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorObservabilityMetrics' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorObservabilityMetrics(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorObservabilityMetrics | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodDisruptionBudgetMaxUnavailable
 */
export declare class OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodDisruptionBudgetMaxUnavailable {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodDisruptionBudgetMaxUnavailable;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodDisruptionBudgetMaxUnavailable;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodDisruptionBudgetMinAvailable
 */
export declare class OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodDisruptionBudgetMinAvailable {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodDisruptionBudgetMinAvailable;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodDisruptionBudgetMinAvailable;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextAppArmorProfile
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextAppArmorProfile {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextAppArmorProfile(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextSeLinuxOptions
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextSeLinuxOptions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextSeLinuxOptions(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextSeccompProfile
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextSeccompProfile {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextSeccompProfile(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextSysctls
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextSysctls {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextSysctls#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextSysctls#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextSysctls' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextSysctls(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextSysctls | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextWindowsOptions
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextWindowsOptions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextWindowsOptions(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPodSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrPodMonitorNamespaceSelector
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrPodMonitorNamespaceSelector {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrPodMonitorNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrPodMonitorNamespaceSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrPodMonitorNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrPodMonitorNamespaceSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrPodMonitorNamespaceSelector(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrPodMonitorNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrPodMonitorSelector
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrPodMonitorSelector {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrPodMonitorSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrPodMonitorSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrPodMonitorSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrPodMonitorSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrPodMonitorSelector(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrPodMonitorSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrProbeNamespaceSelector
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrProbeNamespaceSelector {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrProbeNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrProbeNamespaceSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrProbeNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrProbeNamespaceSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrProbeNamespaceSelector(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrProbeNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrProbeSelector
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrProbeSelector {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrProbeSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrProbeSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrProbeSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrProbeSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrProbeSelector(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrProbeSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrScrapeConfigNamespaceSelector
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrScrapeConfigNamespaceSelector {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrScrapeConfigNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrScrapeConfigNamespaceSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrScrapeConfigNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrScrapeConfigNamespaceSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrScrapeConfigNamespaceSelector(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrScrapeConfigNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrScrapeConfigSelector
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrScrapeConfigSelector {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrScrapeConfigSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrScrapeConfigSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrScrapeConfigSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrScrapeConfigSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrScrapeConfigSelector(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrScrapeConfigSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrServiceMonitorNamespaceSelector
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrServiceMonitorNamespaceSelector {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrServiceMonitorNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrServiceMonitorNamespaceSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrServiceMonitorNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrServiceMonitorNamespaceSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrServiceMonitorNamespaceSelector(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrServiceMonitorNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrServiceMonitorSelector
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrServiceMonitorSelector {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrServiceMonitorSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrServiceMonitorSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrServiceMonitorSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrServiceMonitorSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrServiceMonitorSelector(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrServiceMonitorSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorResourcesClaims
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorResourcesClaims {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorResourcesClaims#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorResourcesClaims' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorResourcesClaims(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorResourcesLimits
 */
export declare class OpenTelemetryCollectorV1Beta1SpecTargetAllocatorResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecTargetAllocatorResourcesLimits;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecTargetAllocatorResourcesLimits;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorResourcesRequests
 */
export declare class OpenTelemetryCollectorV1Beta1SpecTargetAllocatorResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecTargetAllocatorResourcesRequests;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecTargetAllocatorResourcesRequests;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextAppArmorProfile
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextAppArmorProfile {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextAppArmorProfile(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextCapabilities
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextCapabilities {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextCapabilities(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextSeLinuxOptions
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextSeLinuxOptions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextSeLinuxOptions(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextSeccompProfile
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextSeccompProfile {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextSeccompProfile(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextWindowsOptions
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextWindowsOptions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextWindowsOptions(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTopologySpreadConstraintsLabelSelector
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTopologySpreadConstraintsLabelSelector {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTopologySpreadConstraintsLabelSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTopologySpreadConstraintsLabelSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTopologySpreadConstraintsLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTopologySpreadConstraintsLabelSelector(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTopologySpreadConstraintsLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTopologySpreadConstraintsLabelSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorV1Beta1SpecTopologySpreadConstraintsLabelSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTopologySpreadConstraintsLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTopologySpreadConstraintsLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTopologySpreadConstraintsLabelSelectorMatchExpressions(obj: OpenTelemetryCollectorV1Beta1SpecTopologySpreadConstraintsLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecDataSource
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecDataSource {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecDataSource#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecDataSource#kind
     */
    readonly kind: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecDataSource#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecDataSource' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecDataSource(obj: OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecDataSource | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecDataSourceRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecDataSourceRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecDataSourceRef#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecDataSourceRef#kind
     */
    readonly kind: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecDataSourceRef#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecDataSourceRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecDataSourceRef(obj: OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecResources
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecResources {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecResources#limits
     */
    readonly limits?: {
        [key: string]: OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecResourcesLimits;
    };
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecResources#requests
     */
    readonly requests?: {
        [key: string]: OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecResources' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecResources(obj: OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecResources | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecSelector
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecSelector {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecSelector(obj: OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatusAllocatedResources
 */
export declare class OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatusAllocatedResources {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatusAllocatedResources;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatusAllocatedResources;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatusCapacity
 */
export declare class OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatusCapacity {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatusCapacity;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatusCapacity;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatusConditions
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatusConditions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatusConditions#lastProbeTime
     */
    readonly lastProbeTime?: Date;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatusConditions#lastTransitionTime
     */
    readonly lastTransitionTime?: Date;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatusConditions#message
     */
    readonly message?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatusConditions#reason
     */
    readonly reason?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatusConditions#status
     */
    readonly status: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatusConditions#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatusConditions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatusConditions(obj: OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatusConditions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatusModifyVolumeStatus
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatusModifyVolumeStatus {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatusModifyVolumeStatus#status
     */
    readonly status: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatusModifyVolumeStatus#targetVolumeAttributesClassName
     */
    readonly targetVolumeAttributesClassName?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatusModifyVolumeStatus' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatusModifyVolumeStatus(obj: OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesStatusModifyVolumeStatus | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesCephfsSecretRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesCephfsSecretRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesCephfsSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesCephfsSecretRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesCephfsSecretRef(obj: OpenTelemetryCollectorV1Beta1SpecVolumesCephfsSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesCinderSecretRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesCinderSecretRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesCinderSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesCinderSecretRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesCinderSecretRef(obj: OpenTelemetryCollectorV1Beta1SpecVolumesCinderSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesConfigMapItems
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesConfigMapItems {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesConfigMapItems#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesConfigMapItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesConfigMapItems' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesConfigMapItems(obj: OpenTelemetryCollectorV1Beta1SpecVolumesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesCsiNodePublishSecretRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesCsiNodePublishSecretRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesCsiNodePublishSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesCsiNodePublishSecretRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesCsiNodePublishSecretRef(obj: OpenTelemetryCollectorV1Beta1SpecVolumesCsiNodePublishSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApiItems
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApiItems {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApiItems#fieldRef
     */
    readonly fieldRef?: OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApiItemsFieldRef;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApiItems#mode
     */
    readonly mode?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApiItems#path
     */
    readonly path: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApiItems#resourceFieldRef
     */
    readonly resourceFieldRef?: OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApiItemsResourceFieldRef;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApiItems' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApiItems(obj: OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApiItems | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEmptyDirSizeLimit
 */
export declare class OpenTelemetryCollectorV1Beta1SpecVolumesEmptyDirSizeLimit {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecVolumesEmptyDirSizeLimit;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecVolumesEmptyDirSizeLimit;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplate
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplate {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplate#metadata
     */
    readonly metadata?: OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateMetadata;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplate#spec
     */
    readonly spec: OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpec;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplate' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplate(obj: OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplate | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesFlexVolumeSecretRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesFlexVolumeSecretRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesFlexVolumeSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesFlexVolumeSecretRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesFlexVolumeSecretRef(obj: OpenTelemetryCollectorV1Beta1SpecVolumesFlexVolumeSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesIscsiSecretRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesIscsiSecretRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesIscsiSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesIscsiSecretRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesIscsiSecretRef(obj: OpenTelemetryCollectorV1Beta1SpecVolumesIscsiSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSources
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSources {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSources#clusterTrustBundle
     */
    readonly clusterTrustBundle?: OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesClusterTrustBundle;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSources#configMap
     */
    readonly configMap?: OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesConfigMap;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSources#downwardAPI
     */
    readonly downwardApi?: OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApi;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSources#podCertificate
     */
    readonly podCertificate?: OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesPodCertificate;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSources#secret
     */
    readonly secret?: OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesSecret;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSources#serviceAccountToken
     */
    readonly serviceAccountToken?: OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesServiceAccountToken;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSources' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSources(obj: OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSources | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesRbdSecretRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesRbdSecretRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesRbdSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesRbdSecretRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesRbdSecretRef(obj: OpenTelemetryCollectorV1Beta1SpecVolumesRbdSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesScaleIoSecretRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesScaleIoSecretRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesScaleIoSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesScaleIoSecretRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesScaleIoSecretRef(obj: OpenTelemetryCollectorV1Beta1SpecVolumesScaleIoSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesSecretItems
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesSecretItems {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesSecretItems#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesSecretItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesSecretItems' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesSecretItems(obj: OpenTelemetryCollectorV1Beta1SpecVolumesSecretItems | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesStorageosSecretRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesStorageosSecretRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesStorageosSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesStorageosSecretRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesStorageosSecretRef(obj: OpenTelemetryCollectorV1Beta1SpecVolumesStorageosSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromConfigMapKeyRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromConfigMapKeyRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromConfigMapKeyRef(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromFieldRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromFieldRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromFieldRef(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromFileKeyRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromFileKeyRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromFileKeyRef(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromResourceFieldRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromResourceFieldRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromResourceFieldRefDivisor;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromResourceFieldRef(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromSecretKeyRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromSecretKeyRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromSecretKeyRef(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartExec
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartExec {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartExec' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartExec(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartExec | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartHttpGet
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartHttpGet {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartHttpGet#httpHeaders
     */
    readonly httpHeaders?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartHttpGetHttpHeaders[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartHttpGet#port
     */
    readonly port: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartHttpGetPort;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartHttpGet' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartHttpGet(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartSleep
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartSleep {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartSleep' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartSleep(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartSleep | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartTcpSocket
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartTcpSocket {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartTcpSocket#port
     */
    readonly port: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartTcpSocketPort;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartTcpSocket' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartTcpSocket(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopExec
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopExec {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopExec' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopExec(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopExec | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopHttpGet
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopHttpGet {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopHttpGet#httpHeaders
     */
    readonly httpHeaders?: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopHttpGetHttpHeaders[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopHttpGet#port
     */
    readonly port: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopHttpGetPort;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopHttpGet' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopHttpGet(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopSleep
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopSleep {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopSleep' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopSleep(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopSleep | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopTcpSocket
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopTcpSocket {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopTcpSocket#port
     */
    readonly port: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopTcpSocketPort;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopTcpSocket' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopTcpSocket(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeHttpGetHttpHeaders
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeHttpGetHttpHeaders {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeHttpGetHttpHeaders(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeHttpGetPort
 */
export declare class OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeHttpGetPort;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeTcpSocketPort
 */
export declare class OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeTcpSocketPort;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLivenessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeHttpGetHttpHeaders
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeHttpGetHttpHeaders {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeHttpGetHttpHeaders(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeHttpGetPort
 */
export declare class OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeHttpGetPort;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeTcpSocketPort
 */
export declare class OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeTcpSocketPort;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecAdditionalContainersReadinessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeHttpGetHttpHeaders
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeHttpGetHttpHeaders {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeHttpGetHttpHeaders(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeHttpGetPort
 */
export declare class OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeHttpGetPort;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeHttpGetPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeTcpSocketPort
 */
export declare class OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeTcpSocketPort;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecAdditionalContainersStartupProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
 */
export interface OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
     */
    readonly matchFields?: OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj: OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
 */
export interface OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
     */
    readonly matchFields?: OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj: OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleDownPolicies
 */
export interface OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleDownPolicies {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleDownPolicies#periodSeconds
     */
    readonly periodSeconds: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleDownPolicies#type
     */
    readonly type: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleDownPolicies#value
     */
    readonly value: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleDownPolicies' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleDownPolicies(obj: OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleDownPolicies | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleDownTolerance
 */
export declare class OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleDownTolerance {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleDownTolerance;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleDownTolerance;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleUpPolicies
 */
export interface OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleUpPolicies {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleUpPolicies#periodSeconds
     */
    readonly periodSeconds: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleUpPolicies#type
     */
    readonly type: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleUpPolicies#value
     */
    readonly value: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleUpPolicies' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleUpPolicies(obj: OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleUpPolicies | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleUpTolerance
 */
export declare class OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleUpTolerance {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleUpTolerance;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecAutoscalerBehaviorScaleUpTolerance;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsMetric
 */
export interface OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsMetric {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsMetric#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsMetric#selector
     */
    readonly selector?: OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsMetricSelector;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsMetric' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsMetric(obj: OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsMetric | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsTarget
 */
export interface OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsTarget {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsTarget#averageUtilization
     */
    readonly averageUtilization?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsTarget#averageValue
     */
    readonly averageValue?: OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsTargetAverageValue;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsTarget#type
     */
    readonly type: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsTarget#value
     */
    readonly value?: OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsTargetValue;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsTarget' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsTarget(obj: OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsTarget | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecEnvValueFromResourceFieldRefDivisor
 */
export declare class OpenTelemetryCollectorV1Beta1SpecEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromConfigMapKeyRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromConfigMapKeyRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromConfigMapKeyRef(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromFieldRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromFieldRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromFieldRef(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromFileKeyRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromFileKeyRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromFileKeyRef(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromResourceFieldRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromResourceFieldRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromResourceFieldRefDivisor;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromResourceFieldRef(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromSecretKeyRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromSecretKeyRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromSecretKeyRef(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartExec
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartExec {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartExec' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartExec(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartExec | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartHttpGet
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartHttpGet {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartHttpGet#httpHeaders
     */
    readonly httpHeaders?: OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartHttpGetHttpHeaders[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartHttpGet#port
     */
    readonly port: OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartHttpGetPort;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartHttpGet' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartHttpGet(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartSleep
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartSleep {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartSleep' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartSleep(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartSleep | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartTcpSocket
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartTcpSocket {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartTcpSocket#port
     */
    readonly port: OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartTcpSocketPort;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartTcpSocket' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartTcpSocket(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopExec
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopExec {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopExec' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopExec(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopExec | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopHttpGet
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopHttpGet {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopHttpGet#httpHeaders
     */
    readonly httpHeaders?: OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopHttpGetHttpHeaders[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopHttpGet#port
     */
    readonly port: OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopHttpGetPort;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopHttpGet' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopHttpGet(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopSleep
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopSleep {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopSleep' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopSleep(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopSleep | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopTcpSocket
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopTcpSocket {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopTcpSocket#port
     */
    readonly port: OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopTcpSocketPort;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopTcpSocket' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopTcpSocket(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeHttpGetHttpHeaders
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeHttpGetHttpHeaders {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeHttpGetHttpHeaders(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeHttpGetPort
 */
export declare class OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeHttpGetPort;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeTcpSocketPort
 */
export declare class OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeTcpSocketPort;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecInitContainersLivenessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeHttpGetHttpHeaders
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeHttpGetHttpHeaders {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeHttpGetHttpHeaders(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeHttpGetPort
 */
export declare class OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeHttpGetPort;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeTcpSocketPort
 */
export declare class OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeTcpSocketPort;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecInitContainersReadinessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeHttpGetHttpHeaders
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeHttpGetHttpHeaders {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeHttpGetHttpHeaders(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeHttpGetPort
 */
export declare class OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeHttpGetPort;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeHttpGetPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeTcpSocketPort
 */
export declare class OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeTcpSocketPort;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecInitContainersStartupProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartHttpGetHttpHeaders
 */
export interface OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartHttpGetHttpHeaders {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartHttpGetHttpHeaders(obj: OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartHttpGetPort
 */
export declare class OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartHttpGetPort;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartHttpGetPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartTcpSocketPort
 */
export declare class OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartTcpSocketPort;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecLifecyclePostStartTcpSocketPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopHttpGetHttpHeaders
 */
export interface OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopHttpGetHttpHeaders {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopHttpGetHttpHeaders(obj: OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopHttpGetPort
 */
export declare class OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopHttpGetPort;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopHttpGetPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopTcpSocketPort
 */
export declare class OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopTcpSocketPort;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecLifecyclePreStopTcpSocketPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
     */
    readonly preference: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
     */
    readonly nodeSelectorTerms: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromConfigMapKeyRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromConfigMapKeyRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromConfigMapKeyRef(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromFieldRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromFieldRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromFieldRef(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromFileKeyRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromFileKeyRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromFileKeyRef(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromResourceFieldRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromResourceFieldRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromResourceFieldRefDivisor;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromResourceFieldRef(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromSecretKeyRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromSecretKeyRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromSecretKeyRef(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsCertificateAuthorityCertificate
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsCertificateAuthorityCertificate {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsCertificateAuthorityCertificate#configMap
     */
    readonly configMap?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsCertificateAuthorityCertificateConfigMap;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsCertificateAuthorityCertificate#secret
     */
    readonly secret?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsCertificateAuthorityCertificateSecret;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsCertificateAuthorityCertificate' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsCertificateAuthorityCertificate(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsCertificateAuthorityCertificate | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsClientCertificate
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsClientCertificate {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsClientCertificate#certificateSecret
     */
    readonly certificateSecret: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsClientCertificateCertificateSecret;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsClientCertificate#keySecret
     */
    readonly keySecret: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsClientCertificateKeySecret;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsClientCertificate' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsClientCertificate(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsClientCertificate | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsServerCertificate
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsServerCertificate {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsServerCertificate#certificateSecret
     */
    readonly certificateSecret: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsServerCertificateCertificateSecret;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsServerCertificate#keySecret
     */
    readonly keySecret: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsServerCertificateKeySecret;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsServerCertificate' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsServerCertificate(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsServerCertificate | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrPodMonitorNamespaceSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrPodMonitorNamespaceSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrPodMonitorNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrPodMonitorNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrPodMonitorNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrPodMonitorNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrPodMonitorNamespaceSelectorMatchExpressions(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrPodMonitorNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrPodMonitorSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrPodMonitorSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrPodMonitorSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrPodMonitorSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrPodMonitorSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrPodMonitorSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrPodMonitorSelectorMatchExpressions(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrPodMonitorSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrProbeNamespaceSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrProbeNamespaceSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrProbeNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrProbeNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrProbeNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrProbeNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrProbeNamespaceSelectorMatchExpressions(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrProbeNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrProbeSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrProbeSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrProbeSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrProbeSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrProbeSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrProbeSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrProbeSelectorMatchExpressions(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrProbeSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrScrapeConfigNamespaceSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrScrapeConfigNamespaceSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrScrapeConfigNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrScrapeConfigNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrScrapeConfigNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrScrapeConfigNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrScrapeConfigNamespaceSelectorMatchExpressions(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrScrapeConfigNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrScrapeConfigSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrScrapeConfigSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrScrapeConfigSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrScrapeConfigSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrScrapeConfigSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrScrapeConfigSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrScrapeConfigSelectorMatchExpressions(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrScrapeConfigSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrServiceMonitorNamespaceSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrServiceMonitorNamespaceSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrServiceMonitorNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrServiceMonitorNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrServiceMonitorNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrServiceMonitorNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrServiceMonitorNamespaceSelectorMatchExpressions(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrServiceMonitorNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrServiceMonitorSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrServiceMonitorSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrServiceMonitorSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrServiceMonitorSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrServiceMonitorSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrServiceMonitorSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrServiceMonitorSelectorMatchExpressions(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorPrometheusCrServiceMonitorSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTopologySpreadConstraintsLabelSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTopologySpreadConstraintsLabelSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTopologySpreadConstraintsLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTopologySpreadConstraintsLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTopologySpreadConstraintsLabelSelectorMatchExpressions(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorTopologySpreadConstraintsLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecResourcesLimits
 */
export declare class OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecResourcesLimits;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecResourcesLimits;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecResourcesRequests
 */
export declare class OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecResourcesRequests;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecResourcesRequests;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecSelectorMatchExpressions(obj: OpenTelemetryCollectorV1Beta1SpecVolumeClaimTemplatesSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApiItemsFieldRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApiItemsFieldRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApiItemsFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApiItemsFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApiItemsFieldRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApiItemsFieldRef(obj: OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApiItemsFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApiItemsResourceFieldRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApiItemsResourceFieldRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApiItemsResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApiItemsResourceFieldRef#divisor
     */
    readonly divisor?: OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApiItemsResourceFieldRefDivisor;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApiItemsResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApiItemsResourceFieldRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApiItemsResourceFieldRef(obj: OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApiItemsResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateMetadata
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateMetadata {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateMetadata#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateMetadata#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateMetadata' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateMetadata(obj: OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpec
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpec {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpec#accessModes
     */
    readonly accessModes?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpec#dataSource
     */
    readonly dataSource?: OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecDataSource;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpec#dataSourceRef
     */
    readonly dataSourceRef?: OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpec#resources
     */
    readonly resources?: OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecResources;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpec#selector
     */
    readonly selector?: OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecSelector;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpec#storageClassName
     */
    readonly storageClassName?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpec#volumeAttributesClassName
     */
    readonly volumeAttributesClassName?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpec#volumeMode
     */
    readonly volumeMode?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpec#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpec' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpec(obj: OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpec | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesClusterTrustBundle
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesClusterTrustBundle {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesClusterTrustBundle#labelSelector
     */
    readonly labelSelector?: OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesClusterTrustBundleLabelSelector;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesClusterTrustBundle#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesClusterTrustBundle#optional
     */
    readonly optional?: boolean;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesClusterTrustBundle#path
     */
    readonly path: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesClusterTrustBundle#signerName
     */
    readonly signerName?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesClusterTrustBundle' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesClusterTrustBundle(obj: OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesClusterTrustBundle | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesConfigMap
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesConfigMap {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesConfigMap#items
     */
    readonly items?: OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesConfigMapItems[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesConfigMap#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesConfigMap' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesConfigMap(obj: OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesConfigMap | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApi
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApi {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApi#items
     */
    readonly items?: OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApiItems[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApi' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApi(obj: OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApi | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesPodCertificate
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesPodCertificate {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesPodCertificate#certificateChainPath
     */
    readonly certificateChainPath?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesPodCertificate#credentialBundlePath
     */
    readonly credentialBundlePath?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesPodCertificate#keyPath
     */
    readonly keyPath?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesPodCertificate#keyType
     */
    readonly keyType: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesPodCertificate#maxExpirationSeconds
     */
    readonly maxExpirationSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesPodCertificate#signerName
     */
    readonly signerName: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesPodCertificate#userAnnotations
     */
    readonly userAnnotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesPodCertificate' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesPodCertificate(obj: OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesPodCertificate | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesSecret
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesSecret {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesSecret#items
     */
    readonly items?: OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesSecretItems[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesSecret#name
     */
    readonly name?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesSecret' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesSecret(obj: OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesSecret | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesServiceAccountToken
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesServiceAccountToken {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesServiceAccountToken#audience
     */
    readonly audience?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesServiceAccountToken#expirationSeconds
     */
    readonly expirationSeconds?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesServiceAccountToken#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesServiceAccountToken' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesServiceAccountToken(obj: OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesServiceAccountToken | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromResourceFieldRefDivisor
 */
export declare class OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecAdditionalContainersEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartHttpGetHttpHeaders
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartHttpGetHttpHeaders {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartHttpGetHttpHeaders(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartHttpGetPort
 */
export declare class OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartHttpGetPort;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartHttpGetPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartTcpSocketPort
 */
export declare class OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartTcpSocketPort;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePostStartTcpSocketPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopHttpGetHttpHeaders
 */
export interface OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopHttpGetHttpHeaders {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopHttpGetHttpHeaders(obj: OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopHttpGetPort
 */
export declare class OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopHttpGetPort;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopHttpGetPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopTcpSocketPort
 */
export declare class OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopTcpSocketPort;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecAdditionalContainersLifecyclePreStopTcpSocketPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
 */
export interface OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj: OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
 */
export interface OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj: OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
 */
export interface OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj: OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
 */
export interface OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj: OpenTelemetryCollectorV1Beta1SpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsMetricSelector
 */
export interface OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsMetricSelector {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsMetricSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsMetricSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsMetricSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsMetricSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsMetricSelector(obj: OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsMetricSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsTargetAverageValue
 */
export declare class OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsTargetAverageValue {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsTargetAverageValue;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsTargetAverageValue;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsTargetValue
 */
export declare class OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsTargetValue {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsTargetValue;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsTargetValue;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromResourceFieldRefDivisor
 */
export declare class OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecInitContainersEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartHttpGetHttpHeaders
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartHttpGetHttpHeaders {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartHttpGetHttpHeaders(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartHttpGetPort
 */
export declare class OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartHttpGetPort;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartHttpGetPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartTcpSocketPort
 */
export declare class OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartTcpSocketPort;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePostStartTcpSocketPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopHttpGetHttpHeaders
 */
export interface OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopHttpGetHttpHeaders {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopHttpGetHttpHeaders(obj: OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopHttpGetPort
 */
export declare class OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopHttpGetPort;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopHttpGetPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopTcpSocketPort
 */
export declare class OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopTcpSocketPort;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecInitContainersLifecyclePreStopTcpSocketPort;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
     */
    readonly matchFields?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
     */
    readonly matchFields?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromResourceFieldRefDivisor
 */
export declare class OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecTargetAllocatorEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsCertificateAuthorityCertificateConfigMap
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsCertificateAuthorityCertificateConfigMap {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsCertificateAuthorityCertificateConfigMap#key
     */
    readonly key?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsCertificateAuthorityCertificateConfigMap#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsCertificateAuthorityCertificateConfigMap' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsCertificateAuthorityCertificateConfigMap(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsCertificateAuthorityCertificateConfigMap | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsCertificateAuthorityCertificateSecret
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsCertificateAuthorityCertificateSecret {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsCertificateAuthorityCertificateSecret#key
     */
    readonly key?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsCertificateAuthorityCertificateSecret#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsCertificateAuthorityCertificateSecret' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsCertificateAuthorityCertificateSecret(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsCertificateAuthorityCertificateSecret | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsClientCertificateCertificateSecret
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsClientCertificateCertificateSecret {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsClientCertificateCertificateSecret#key
     */
    readonly key?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsClientCertificateCertificateSecret#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsClientCertificateCertificateSecret' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsClientCertificateCertificateSecret(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsClientCertificateCertificateSecret | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsClientCertificateKeySecret
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsClientCertificateKeySecret {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsClientCertificateKeySecret#key
     */
    readonly key?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsClientCertificateKeySecret#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsClientCertificateKeySecret' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsClientCertificateKeySecret(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsClientCertificateKeySecret | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsServerCertificateCertificateSecret
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsServerCertificateCertificateSecret {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsServerCertificateCertificateSecret#key
     */
    readonly key?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsServerCertificateCertificateSecret#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsServerCertificateCertificateSecret' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsServerCertificateCertificateSecret(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsServerCertificateCertificateSecret | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsServerCertificateKeySecret
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsServerCertificateKeySecret {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsServerCertificateKeySecret#key
     */
    readonly key?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsServerCertificateKeySecret#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsServerCertificateKeySecret' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsServerCertificateKeySecret(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorMtlsTlsServerCertificateKeySecret | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApiItemsResourceFieldRefDivisor
 */
export declare class OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecVolumesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecDataSource
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecDataSource {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecDataSource#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecDataSource#kind
     */
    readonly kind: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecDataSource#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecDataSource' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecDataSource(obj: OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecDataSource | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#kind
     */
    readonly kind: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#name
     */
    readonly name: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef(obj: OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecResources
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecResources {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecResources#limits
     */
    readonly limits?: {
        [key: string]: OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    };
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecResources#requests
     */
    readonly requests?: {
        [key: string]: OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecResources' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecResources(obj: OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecResources | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecSelector
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecSelector {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecSelector(obj: OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesClusterTrustBundleLabelSelector
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesClusterTrustBundleLabelSelector {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesClusterTrustBundleLabelSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesClusterTrustBundleLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesClusterTrustBundleLabelSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesClusterTrustBundleLabelSelector(obj: OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesClusterTrustBundleLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesConfigMapItems
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesConfigMapItems {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesConfigMapItems#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesConfigMapItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesConfigMapItems' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesConfigMapItems(obj: OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApiItems
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApiItems {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApiItems#fieldRef
     */
    readonly fieldRef?: OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApiItemsFieldRef;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApiItems#mode
     */
    readonly mode?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApiItems#path
     */
    readonly path: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApiItems#resourceFieldRef
     */
    readonly resourceFieldRef?: OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApiItems' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApiItems(obj: OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApiItems | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesSecretItems
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesSecretItems {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesSecretItems#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesSecretItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesSecretItems' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesSecretItems(obj: OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesSecretItems | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: OpenTelemetryCollectorV1Beta1SpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: OpenTelemetryCollectorV1Beta1SpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsMetricSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsMetricSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsMetricSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsMetricSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsMetricSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsMetricSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsMetricSelectorMatchExpressions(obj: OpenTelemetryCollectorV1Beta1SpecAutoscalerMetricsPodsMetricSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits
 */
export declare class OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests
 */
export declare class OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    private constructor();
}
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions(obj: OpenTelemetryCollectorV1Beta1SpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions(obj: OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApiItemsFieldRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApiItemsFieldRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApiItemsFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApiItemsFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApiItemsFieldRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApiItemsFieldRef(obj: OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApiItemsFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef
 */
export interface OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#divisor
     */
    readonly divisor?: OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef(obj: OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: OpenTelemetryCollectorV1Beta1SpecTargetAllocatorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor
 */
export declare class OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): OpenTelemetryCollectorV1Beta1SpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
