import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * TargetGroupBinding is the Schema for the TargetGroupBinding API
 *
 * @schema TargetGroupBinding
 */
export declare class TargetGroupBinding extends ApiObject {
    /**
     * Returns the apiVersion and kind for "TargetGroupBinding"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "TargetGroupBinding".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: TargetGroupBindingProps): any;
    /**
     * Defines a "TargetGroupBinding" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: TargetGroupBindingProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * TargetGroupBinding is the Schema for the TargetGroupBinding API
 *
 * @schema TargetGroupBinding
 */
export interface TargetGroupBindingProps {
    /**
     * @schema TargetGroupBinding#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * TargetGroupBindingSpec defines the desired state of TargetGroupBinding
     *
     * @schema TargetGroupBinding#spec
     */
    readonly spec?: TargetGroupBindingSpec;
}
/**
 * Converts an object of type 'TargetGroupBindingProps' to JSON representation.
 */
export declare function toJson_TargetGroupBindingProps(obj: TargetGroupBindingProps | undefined): Record<string, any> | undefined;
/**
 * TargetGroupBindingSpec defines the desired state of TargetGroupBinding
 *
 * @schema TargetGroupBindingSpec
 */
export interface TargetGroupBindingSpec {
    /**
     * IAM Role ARN to assume when calling AWS APIs. Needed to assume a role in another account and prevent the confused deputy problem. https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html
     *
     * @schema TargetGroupBindingSpec#assumeRoleExternalId
     */
    readonly assumeRoleExternalId?: string;
    /**
     * IAM Role ARN to assume when calling AWS APIs. Useful if the target group is in a different AWS account
     *
     * @schema TargetGroupBindingSpec#iamRoleArnToAssume
     */
    readonly iamRoleArnToAssume?: string;
    /**
     * MultiClusterTargetGroup Denotes if the TargetGroup is shared among multiple clusters
     *
     * @schema TargetGroupBindingSpec#multiClusterTargetGroup
     */
    readonly multiClusterTargetGroup?: boolean;
    /**
     * networking provides the networking setup for ELBV2 LoadBalancer to access targets in TargetGroup.
     *
     * @schema TargetGroupBindingSpec#networking
     */
    readonly networking?: TargetGroupBindingSpecNetworking;
    /**
     * serviceRef is a reference to a Kubernetes Service and ServicePort.
     *
     * @schema TargetGroupBindingSpec#serviceRef
     */
    readonly serviceRef: TargetGroupBindingSpecServiceRef;
    /**
     * targetGroupARN is the Amazon Resource Name (ARN) for the TargetGroup.
     *
     * @schema TargetGroupBindingSpec#targetGroupARN
     */
    readonly targetGroupArn?: string;
    /**
     * targetGroupName is the Name of the TargetGroup.
     *
     * @schema TargetGroupBindingSpec#targetGroupName
     */
    readonly targetGroupName?: string;
    /**
     * targetType is the TargetType of TargetGroup. If unspecified, it will be automatically inferred.
     *
     * @schema TargetGroupBindingSpec#targetType
     */
    readonly targetType?: TargetGroupBindingSpecTargetType;
}
/**
 * Converts an object of type 'TargetGroupBindingSpec' to JSON representation.
 */
export declare function toJson_TargetGroupBindingSpec(obj: TargetGroupBindingSpec | undefined): Record<string, any> | undefined;
/**
 * networking provides the networking setup for ELBV2 LoadBalancer to access targets in TargetGroup.
 *
 * @schema TargetGroupBindingSpecNetworking
 */
export interface TargetGroupBindingSpecNetworking {
    /**
     * List of ingress rules to allow ELBV2 LoadBalancer to access targets in TargetGroup.
     *
     * @schema TargetGroupBindingSpecNetworking#ingress
     */
    readonly ingress?: TargetGroupBindingSpecNetworkingIngress[];
}
/**
 * Converts an object of type 'TargetGroupBindingSpecNetworking' to JSON representation.
 */
export declare function toJson_TargetGroupBindingSpecNetworking(obj: TargetGroupBindingSpecNetworking | undefined): Record<string, any> | undefined;
/**
 * serviceRef is a reference to a Kubernetes Service and ServicePort.
 *
 * @schema TargetGroupBindingSpecServiceRef
 */
export interface TargetGroupBindingSpecServiceRef {
    /**
     * Name is the name of the Service.
     *
     * @schema TargetGroupBindingSpecServiceRef#name
     */
    readonly name: string;
    /**
     * Port is the port of the ServicePort.
     *
     * @schema TargetGroupBindingSpecServiceRef#port
     */
    readonly port: TargetGroupBindingSpecServiceRefPort;
}
/**
 * Converts an object of type 'TargetGroupBindingSpecServiceRef' to JSON representation.
 */
export declare function toJson_TargetGroupBindingSpecServiceRef(obj: TargetGroupBindingSpecServiceRef | undefined): Record<string, any> | undefined;
/**
 * targetType is the TargetType of TargetGroup. If unspecified, it will be automatically inferred.
 *
 * @schema TargetGroupBindingSpecTargetType
 */
export declare enum TargetGroupBindingSpecTargetType {
    /** instance */
    INSTANCE = "instance",
    /** ip */
    IP = "ip"
}
/**
 * @schema TargetGroupBindingSpecNetworkingIngress
 */
export interface TargetGroupBindingSpecNetworkingIngress {
    /**
     * List of peers which should be able to access the targets in TargetGroup.
     * At least one NetworkingPeer should be specified.
     *
     * @schema TargetGroupBindingSpecNetworkingIngress#from
     */
    readonly from: TargetGroupBindingSpecNetworkingIngressFrom[];
    /**
     * List of ports which should be made accessible on the targets in TargetGroup.
     * If ports is empty or unspecified, it defaults to all ports with TCP.
     *
     * @schema TargetGroupBindingSpecNetworkingIngress#ports
     */
    readonly ports: TargetGroupBindingSpecNetworkingIngressPorts[];
}
/**
 * Converts an object of type 'TargetGroupBindingSpecNetworkingIngress' to JSON representation.
 */
export declare function toJson_TargetGroupBindingSpecNetworkingIngress(obj: TargetGroupBindingSpecNetworkingIngress | undefined): Record<string, any> | undefined;
/**
 * Port is the port of the ServicePort.
 *
 * @schema TargetGroupBindingSpecServiceRefPort
 */
export declare class TargetGroupBindingSpecServiceRefPort {
    readonly value: number | string;
    static fromNumber(value: number): TargetGroupBindingSpecServiceRefPort;
    static fromString(value: string): TargetGroupBindingSpecServiceRefPort;
    private constructor();
}
/**
 * NetworkingPeer defines the source/destination peer for networking rules.
 *
 * @schema TargetGroupBindingSpecNetworkingIngressFrom
 */
export interface TargetGroupBindingSpecNetworkingIngressFrom {
    /**
     * IPBlock defines an IPBlock peer.
     * If specified, none of the other fields can be set.
     *
     * @schema TargetGroupBindingSpecNetworkingIngressFrom#ipBlock
     */
    readonly ipBlock?: TargetGroupBindingSpecNetworkingIngressFromIpBlock;
    /**
     * SecurityGroup defines a SecurityGroup peer.
     * If specified, none of the other fields can be set.
     *
     * @schema TargetGroupBindingSpecNetworkingIngressFrom#securityGroup
     */
    readonly securityGroup?: TargetGroupBindingSpecNetworkingIngressFromSecurityGroup;
}
/**
 * Converts an object of type 'TargetGroupBindingSpecNetworkingIngressFrom' to JSON representation.
 */
export declare function toJson_TargetGroupBindingSpecNetworkingIngressFrom(obj: TargetGroupBindingSpecNetworkingIngressFrom | undefined): Record<string, any> | undefined;
/**
 * @schema TargetGroupBindingSpecNetworkingIngressPorts
 */
export interface TargetGroupBindingSpecNetworkingIngressPorts {
    /**
     * The port which traffic must match.
     * When NodePort endpoints(instance TargetType) is used, this must be a numerical port.
     * When Port endpoints(ip TargetType) is used, this can be either numerical or named port on pods.
     * if port is unspecified, it defaults to all ports.
     *
     * @schema TargetGroupBindingSpecNetworkingIngressPorts#port
     */
    readonly port?: TargetGroupBindingSpecNetworkingIngressPortsPort;
    /**
     * The protocol which traffic must match.
     * If protocol is unspecified, it defaults to TCP.
     *
     * @schema TargetGroupBindingSpecNetworkingIngressPorts#protocol
     */
    readonly protocol?: TargetGroupBindingSpecNetworkingIngressPortsProtocol;
}
/**
 * Converts an object of type 'TargetGroupBindingSpecNetworkingIngressPorts' to JSON representation.
 */
export declare function toJson_TargetGroupBindingSpecNetworkingIngressPorts(obj: TargetGroupBindingSpecNetworkingIngressPorts | undefined): Record<string, any> | undefined;
/**
 * IPBlock defines an IPBlock peer.
 * If specified, none of the other fields can be set.
 *
 * @schema TargetGroupBindingSpecNetworkingIngressFromIpBlock
 */
export interface TargetGroupBindingSpecNetworkingIngressFromIpBlock {
    /**
     * CIDR is the network CIDR.
     * Both IPV4 or IPV6 CIDR are accepted.
     *
     * @schema TargetGroupBindingSpecNetworkingIngressFromIpBlock#cidr
     */
    readonly cidr: string;
}
/**
 * Converts an object of type 'TargetGroupBindingSpecNetworkingIngressFromIpBlock' to JSON representation.
 */
export declare function toJson_TargetGroupBindingSpecNetworkingIngressFromIpBlock(obj: TargetGroupBindingSpecNetworkingIngressFromIpBlock | undefined): Record<string, any> | undefined;
/**
 * SecurityGroup defines a SecurityGroup peer.
 * If specified, none of the other fields can be set.
 *
 * @schema TargetGroupBindingSpecNetworkingIngressFromSecurityGroup
 */
export interface TargetGroupBindingSpecNetworkingIngressFromSecurityGroup {
    /**
     * GroupID is the EC2 SecurityGroupID.
     *
     * @schema TargetGroupBindingSpecNetworkingIngressFromSecurityGroup#groupID
     */
    readonly groupId: string;
}
/**
 * Converts an object of type 'TargetGroupBindingSpecNetworkingIngressFromSecurityGroup' to JSON representation.
 */
export declare function toJson_TargetGroupBindingSpecNetworkingIngressFromSecurityGroup(obj: TargetGroupBindingSpecNetworkingIngressFromSecurityGroup | undefined): Record<string, any> | undefined;
/**
 * The port which traffic must match.
 * When NodePort endpoints(instance TargetType) is used, this must be a numerical port.
 * When Port endpoints(ip TargetType) is used, this can be either numerical or named port on pods.
 * if port is unspecified, it defaults to all ports.
 *
 * @schema TargetGroupBindingSpecNetworkingIngressPortsPort
 */
export declare class TargetGroupBindingSpecNetworkingIngressPortsPort {
    readonly value: number | string;
    static fromNumber(value: number): TargetGroupBindingSpecNetworkingIngressPortsPort;
    static fromString(value: string): TargetGroupBindingSpecNetworkingIngressPortsPort;
    private constructor();
}
/**
 * The protocol which traffic must match.
 * If protocol is unspecified, it defaults to TCP.
 *
 * @schema TargetGroupBindingSpecNetworkingIngressPortsProtocol
 */
export declare enum TargetGroupBindingSpecNetworkingIngressPortsProtocol {
    /** TCP */
    TCP = "TCP",
    /** UDP */
    UDP = "UDP"
}
/**
 * TargetGroupBinding is the Schema for the TargetGroupBinding API
 *
 * @schema TargetGroupBindingV1Beta1
 */
export declare class TargetGroupBindingV1Beta1 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "TargetGroupBindingV1Beta1"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "TargetGroupBindingV1Beta1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: TargetGroupBindingV1Beta1Props): any;
    /**
     * Defines a "TargetGroupBindingV1Beta1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: TargetGroupBindingV1Beta1Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * TargetGroupBinding is the Schema for the TargetGroupBinding API
 *
 * @schema TargetGroupBindingV1Beta1
 */
export interface TargetGroupBindingV1Beta1Props {
    /**
     * @schema TargetGroupBindingV1Beta1#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * TargetGroupBindingSpec defines the desired state of TargetGroupBinding
     *
     * @schema TargetGroupBindingV1Beta1#spec
     */
    readonly spec?: TargetGroupBindingV1Beta1Spec;
}
/**
 * Converts an object of type 'TargetGroupBindingV1Beta1Props' to JSON representation.
 */
export declare function toJson_TargetGroupBindingV1Beta1Props(obj: TargetGroupBindingV1Beta1Props | undefined): Record<string, any> | undefined;
/**
 * TargetGroupBindingSpec defines the desired state of TargetGroupBinding
 *
 * @schema TargetGroupBindingV1Beta1Spec
 */
export interface TargetGroupBindingV1Beta1Spec {
    /**
     * IAM Role ARN to assume when calling AWS APIs. Needed to assume a role in another account and prevent the confused deputy problem. https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html
     *
     * @schema TargetGroupBindingV1Beta1Spec#assumeRoleExternalId
     */
    readonly assumeRoleExternalId?: string;
    /**
     * IAM Role ARN to assume when calling AWS APIs. Useful if the target group is in a different AWS account
     *
     * @schema TargetGroupBindingV1Beta1Spec#iamRoleArnToAssume
     */
    readonly iamRoleArnToAssume?: string;
    /**
     * ipAddressType specifies whether the target group is of type IPv4 or IPv6. If unspecified, it will be automatically inferred.
     *
     * @schema TargetGroupBindingV1Beta1Spec#ipAddressType
     */
    readonly ipAddressType?: TargetGroupBindingV1Beta1SpecIpAddressType;
    /**
     * MultiClusterTargetGroup Denotes if the TargetGroup is shared among multiple clusters
     *
     * @schema TargetGroupBindingV1Beta1Spec#multiClusterTargetGroup
     */
    readonly multiClusterTargetGroup?: boolean;
    /**
     * networking defines the networking rules to allow ELBV2 LoadBalancer to access targets in TargetGroup.
     *
     * @schema TargetGroupBindingV1Beta1Spec#networking
     */
    readonly networking?: TargetGroupBindingV1Beta1SpecNetworking;
    /**
     * node selector for instance type target groups to only register certain nodes
     *
     * @schema TargetGroupBindingV1Beta1Spec#nodeSelector
     */
    readonly nodeSelector?: TargetGroupBindingV1Beta1SpecNodeSelector;
    /**
     * serviceRef is a reference to a Kubernetes Service and ServicePort.
     *
     * @schema TargetGroupBindingV1Beta1Spec#serviceRef
     */
    readonly serviceRef: TargetGroupBindingV1Beta1SpecServiceRef;
    /**
     * targetGroupARN is the Amazon Resource Name (ARN) for the TargetGroup.
     *
     * @schema TargetGroupBindingV1Beta1Spec#targetGroupARN
     */
    readonly targetGroupArn?: string;
    /**
     * targetGroupName is the Name of the TargetGroup.
     *
     * @schema TargetGroupBindingV1Beta1Spec#targetGroupName
     */
    readonly targetGroupName?: string;
    /**
     * targetGroupProtocol is the Protocol of the TargetGroup. If unspecified, it will be automatically inferred.
     *
     * @schema TargetGroupBindingV1Beta1Spec#targetGroupProtocol
     */
    readonly targetGroupProtocol?: TargetGroupBindingV1Beta1SpecTargetGroupProtocol;
    /**
     * targetType is the TargetType of TargetGroup. If unspecified, it will be automatically inferred.
     *
     * @schema TargetGroupBindingV1Beta1Spec#targetType
     */
    readonly targetType?: TargetGroupBindingV1Beta1SpecTargetType;
    /**
     * VpcID is the VPC of the TargetGroup. If unspecified, it will be automatically inferred.
     *
     * @schema TargetGroupBindingV1Beta1Spec#vpcID
     */
    readonly vpcId?: string;
}
/**
 * Converts an object of type 'TargetGroupBindingV1Beta1Spec' to JSON representation.
 */
export declare function toJson_TargetGroupBindingV1Beta1Spec(obj: TargetGroupBindingV1Beta1Spec | undefined): Record<string, any> | undefined;
/**
 * ipAddressType specifies whether the target group is of type IPv4 or IPv6. If unspecified, it will be automatically inferred.
 *
 * @schema TargetGroupBindingV1Beta1SpecIpAddressType
 */
export declare enum TargetGroupBindingV1Beta1SpecIpAddressType {
    /** ipv4 */
    IPV4 = "ipv4",
    /** ipv6 */
    IPV6 = "ipv6"
}
/**
 * networking defines the networking rules to allow ELBV2 LoadBalancer to access targets in TargetGroup.
 *
 * @schema TargetGroupBindingV1Beta1SpecNetworking
 */
export interface TargetGroupBindingV1Beta1SpecNetworking {
    /**
     * List of ingress rules to allow ELBV2 LoadBalancer to access targets in TargetGroup.
     *
     * @schema TargetGroupBindingV1Beta1SpecNetworking#ingress
     */
    readonly ingress?: TargetGroupBindingV1Beta1SpecNetworkingIngress[];
}
/**
 * Converts an object of type 'TargetGroupBindingV1Beta1SpecNetworking' to JSON representation.
 */
export declare function toJson_TargetGroupBindingV1Beta1SpecNetworking(obj: TargetGroupBindingV1Beta1SpecNetworking | undefined): Record<string, any> | undefined;
/**
 * node selector for instance type target groups to only register certain nodes
 *
 * @schema TargetGroupBindingV1Beta1SpecNodeSelector
 */
export interface TargetGroupBindingV1Beta1SpecNodeSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema TargetGroupBindingV1Beta1SpecNodeSelector#matchExpressions
     */
    readonly matchExpressions?: TargetGroupBindingV1Beta1SpecNodeSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema TargetGroupBindingV1Beta1SpecNodeSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TargetGroupBindingV1Beta1SpecNodeSelector' to JSON representation.
 */
export declare function toJson_TargetGroupBindingV1Beta1SpecNodeSelector(obj: TargetGroupBindingV1Beta1SpecNodeSelector | undefined): Record<string, any> | undefined;
/**
 * serviceRef is a reference to a Kubernetes Service and ServicePort.
 *
 * @schema TargetGroupBindingV1Beta1SpecServiceRef
 */
export interface TargetGroupBindingV1Beta1SpecServiceRef {
    /**
     * Name is the name of the Service.
     *
     * @schema TargetGroupBindingV1Beta1SpecServiceRef#name
     */
    readonly name: string;
    /**
     * Port is the port of the ServicePort.
     *
     * @schema TargetGroupBindingV1Beta1SpecServiceRef#port
     */
    readonly port: TargetGroupBindingV1Beta1SpecServiceRefPort;
}
/**
 * Converts an object of type 'TargetGroupBindingV1Beta1SpecServiceRef' to JSON representation.
 */
export declare function toJson_TargetGroupBindingV1Beta1SpecServiceRef(obj: TargetGroupBindingV1Beta1SpecServiceRef | undefined): Record<string, any> | undefined;
/**
 * targetGroupProtocol is the Protocol of the TargetGroup. If unspecified, it will be automatically inferred.
 *
 * @schema TargetGroupBindingV1Beta1SpecTargetGroupProtocol
 */
export declare enum TargetGroupBindingV1Beta1SpecTargetGroupProtocol {
    /** HTTP */
    HTTP = "HTTP",
    /** HTTPS */
    HTTPS = "HTTPS",
    /** TCP */
    TCP = "TCP",
    /** TLS */
    TLS = "TLS",
    /** UDP */
    UDP = "UDP",
    /** TCP_UDP */
    TCP_UNDERSCORE_UDP = "TCP_UDP",
    /** QUIC */
    QUIC = "QUIC",
    /** TCP_QUIC */
    TCP_UNDERSCORE_QUIC = "TCP_QUIC"
}
/**
 * targetType is the TargetType of TargetGroup. If unspecified, it will be automatically inferred.
 *
 * @schema TargetGroupBindingV1Beta1SpecTargetType
 */
export declare enum TargetGroupBindingV1Beta1SpecTargetType {
    /** instance */
    INSTANCE = "instance",
    /** ip */
    IP = "ip"
}
/**
 * NetworkingIngressRule defines a particular set of traffic that is allowed to access TargetGroup's targets.
 *
 * @schema TargetGroupBindingV1Beta1SpecNetworkingIngress
 */
export interface TargetGroupBindingV1Beta1SpecNetworkingIngress {
    /**
     * List of peers which should be able to access the targets in TargetGroup.
     * At least one NetworkingPeer should be specified.
     *
     * @schema TargetGroupBindingV1Beta1SpecNetworkingIngress#from
     */
    readonly from: TargetGroupBindingV1Beta1SpecNetworkingIngressFrom[];
    /**
     * List of ports which should be made accessible on the targets in TargetGroup.
     * If ports is empty or unspecified, it defaults to all ports with TCP.
     *
     * @schema TargetGroupBindingV1Beta1SpecNetworkingIngress#ports
     */
    readonly ports: TargetGroupBindingV1Beta1SpecNetworkingIngressPorts[];
}
/**
 * Converts an object of type 'TargetGroupBindingV1Beta1SpecNetworkingIngress' to JSON representation.
 */
export declare function toJson_TargetGroupBindingV1Beta1SpecNetworkingIngress(obj: TargetGroupBindingV1Beta1SpecNetworkingIngress | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema TargetGroupBindingV1Beta1SpecNodeSelectorMatchExpressions
 */
export interface TargetGroupBindingV1Beta1SpecNodeSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema TargetGroupBindingV1Beta1SpecNodeSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema TargetGroupBindingV1Beta1SpecNodeSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema TargetGroupBindingV1Beta1SpecNodeSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TargetGroupBindingV1Beta1SpecNodeSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_TargetGroupBindingV1Beta1SpecNodeSelectorMatchExpressions(obj: TargetGroupBindingV1Beta1SpecNodeSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Port is the port of the ServicePort.
 *
 * @schema TargetGroupBindingV1Beta1SpecServiceRefPort
 */
export declare class TargetGroupBindingV1Beta1SpecServiceRefPort {
    readonly value: number | string;
    static fromNumber(value: number): TargetGroupBindingV1Beta1SpecServiceRefPort;
    static fromString(value: string): TargetGroupBindingV1Beta1SpecServiceRefPort;
    private constructor();
}
/**
 * NetworkingPeer defines the source/destination peer for networking rules.
 *
 * @schema TargetGroupBindingV1Beta1SpecNetworkingIngressFrom
 */
export interface TargetGroupBindingV1Beta1SpecNetworkingIngressFrom {
    /**
     * IPBlock defines an IPBlock peer.
     * If specified, none of the other fields can be set.
     *
     * @schema TargetGroupBindingV1Beta1SpecNetworkingIngressFrom#ipBlock
     */
    readonly ipBlock?: TargetGroupBindingV1Beta1SpecNetworkingIngressFromIpBlock;
    /**
     * SecurityGroup defines a SecurityGroup peer.
     * If specified, none of the other fields can be set.
     *
     * @schema TargetGroupBindingV1Beta1SpecNetworkingIngressFrom#securityGroup
     */
    readonly securityGroup?: TargetGroupBindingV1Beta1SpecNetworkingIngressFromSecurityGroup;
}
/**
 * Converts an object of type 'TargetGroupBindingV1Beta1SpecNetworkingIngressFrom' to JSON representation.
 */
export declare function toJson_TargetGroupBindingV1Beta1SpecNetworkingIngressFrom(obj: TargetGroupBindingV1Beta1SpecNetworkingIngressFrom | undefined): Record<string, any> | undefined;
/**
 * NetworkingPort defines the port and protocol for networking rules.
 *
 * @schema TargetGroupBindingV1Beta1SpecNetworkingIngressPorts
 */
export interface TargetGroupBindingV1Beta1SpecNetworkingIngressPorts {
    /**
     * The port which traffic must match.
     * When NodePort endpoints(instance TargetType) is used, this must be a numerical port.
     * When Port endpoints(ip TargetType) is used, this can be either numerical or named port on pods.
     * if port is unspecified, it defaults to all ports.
     *
     * @schema TargetGroupBindingV1Beta1SpecNetworkingIngressPorts#port
     */
    readonly port?: TargetGroupBindingV1Beta1SpecNetworkingIngressPortsPort;
    /**
     * The protocol which traffic must match.
     * If protocol is unspecified, it defaults to TCP.
     *
     * @schema TargetGroupBindingV1Beta1SpecNetworkingIngressPorts#protocol
     */
    readonly protocol?: TargetGroupBindingV1Beta1SpecNetworkingIngressPortsProtocol;
}
/**
 * Converts an object of type 'TargetGroupBindingV1Beta1SpecNetworkingIngressPorts' to JSON representation.
 */
export declare function toJson_TargetGroupBindingV1Beta1SpecNetworkingIngressPorts(obj: TargetGroupBindingV1Beta1SpecNetworkingIngressPorts | undefined): Record<string, any> | undefined;
/**
 * IPBlock defines an IPBlock peer.
 * If specified, none of the other fields can be set.
 *
 * @schema TargetGroupBindingV1Beta1SpecNetworkingIngressFromIpBlock
 */
export interface TargetGroupBindingV1Beta1SpecNetworkingIngressFromIpBlock {
    /**
     * CIDR is the network CIDR.
     * Both IPV4 or IPV6 CIDR are accepted.
     *
     * @schema TargetGroupBindingV1Beta1SpecNetworkingIngressFromIpBlock#cidr
     */
    readonly cidr: string;
}
/**
 * Converts an object of type 'TargetGroupBindingV1Beta1SpecNetworkingIngressFromIpBlock' to JSON representation.
 */
export declare function toJson_TargetGroupBindingV1Beta1SpecNetworkingIngressFromIpBlock(obj: TargetGroupBindingV1Beta1SpecNetworkingIngressFromIpBlock | undefined): Record<string, any> | undefined;
/**
 * SecurityGroup defines a SecurityGroup peer.
 * If specified, none of the other fields can be set.
 *
 * @schema TargetGroupBindingV1Beta1SpecNetworkingIngressFromSecurityGroup
 */
export interface TargetGroupBindingV1Beta1SpecNetworkingIngressFromSecurityGroup {
    /**
     * GroupID is the EC2 SecurityGroupID.
     *
     * @schema TargetGroupBindingV1Beta1SpecNetworkingIngressFromSecurityGroup#groupID
     */
    readonly groupId: string;
}
/**
 * Converts an object of type 'TargetGroupBindingV1Beta1SpecNetworkingIngressFromSecurityGroup' to JSON representation.
 */
export declare function toJson_TargetGroupBindingV1Beta1SpecNetworkingIngressFromSecurityGroup(obj: TargetGroupBindingV1Beta1SpecNetworkingIngressFromSecurityGroup | undefined): Record<string, any> | undefined;
/**
 * The port which traffic must match.
 * When NodePort endpoints(instance TargetType) is used, this must be a numerical port.
 * When Port endpoints(ip TargetType) is used, this can be either numerical or named port on pods.
 * if port is unspecified, it defaults to all ports.
 *
 * @schema TargetGroupBindingV1Beta1SpecNetworkingIngressPortsPort
 */
export declare class TargetGroupBindingV1Beta1SpecNetworkingIngressPortsPort {
    readonly value: number | string;
    static fromNumber(value: number): TargetGroupBindingV1Beta1SpecNetworkingIngressPortsPort;
    static fromString(value: string): TargetGroupBindingV1Beta1SpecNetworkingIngressPortsPort;
    private constructor();
}
/**
 * The protocol which traffic must match.
 * If protocol is unspecified, it defaults to TCP.
 *
 * @schema TargetGroupBindingV1Beta1SpecNetworkingIngressPortsProtocol
 */
export declare enum TargetGroupBindingV1Beta1SpecNetworkingIngressPortsProtocol {
    /** TCP */
    TCP = "TCP",
    /** UDP */
    UDP = "UDP"
}
