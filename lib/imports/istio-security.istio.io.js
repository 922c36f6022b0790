"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RequestAuthenticationV1Beta1 = exports.RequestAuthentication = exports.PeerAuthenticationV1Beta1SpecPortLevelMtlsMode = exports.PeerAuthenticationV1Beta1SpecMtlsMode = exports.PeerAuthenticationV1Beta1 = exports.PeerAuthenticationSpecPortLevelMtlsMode = exports.PeerAuthenticationSpecMtlsMode = exports.PeerAuthentication = exports.AuthorizationPolicyV1Beta1SpecAction = exports.AuthorizationPolicyV1Beta1 = exports.AuthorizationPolicySpecAction = exports.AuthorizationPolicy = void 0;
exports.toJson_AuthorizationPolicyProps = toJson_AuthorizationPolicyProps;
exports.toJson_AuthorizationPolicySpec = toJson_AuthorizationPolicySpec;
exports.toJson_AuthorizationPolicySpecProvider = toJson_AuthorizationPolicySpecProvider;
exports.toJson_AuthorizationPolicySpecRules = toJson_AuthorizationPolicySpecRules;
exports.toJson_AuthorizationPolicySpecSelector = toJson_AuthorizationPolicySpecSelector;
exports.toJson_AuthorizationPolicySpecTargetRef = toJson_AuthorizationPolicySpecTargetRef;
exports.toJson_AuthorizationPolicySpecTargetRefs = toJson_AuthorizationPolicySpecTargetRefs;
exports.toJson_AuthorizationPolicySpecRulesFrom = toJson_AuthorizationPolicySpecRulesFrom;
exports.toJson_AuthorizationPolicySpecRulesTo = toJson_AuthorizationPolicySpecRulesTo;
exports.toJson_AuthorizationPolicySpecRulesWhen = toJson_AuthorizationPolicySpecRulesWhen;
exports.toJson_AuthorizationPolicySpecRulesFromSource = toJson_AuthorizationPolicySpecRulesFromSource;
exports.toJson_AuthorizationPolicySpecRulesToOperation = toJson_AuthorizationPolicySpecRulesToOperation;
exports.toJson_AuthorizationPolicyV1Beta1Props = toJson_AuthorizationPolicyV1Beta1Props;
exports.toJson_AuthorizationPolicyV1Beta1Spec = toJson_AuthorizationPolicyV1Beta1Spec;
exports.toJson_AuthorizationPolicyV1Beta1SpecProvider = toJson_AuthorizationPolicyV1Beta1SpecProvider;
exports.toJson_AuthorizationPolicyV1Beta1SpecRules = toJson_AuthorizationPolicyV1Beta1SpecRules;
exports.toJson_AuthorizationPolicyV1Beta1SpecSelector = toJson_AuthorizationPolicyV1Beta1SpecSelector;
exports.toJson_AuthorizationPolicyV1Beta1SpecTargetRef = toJson_AuthorizationPolicyV1Beta1SpecTargetRef;
exports.toJson_AuthorizationPolicyV1Beta1SpecTargetRefs = toJson_AuthorizationPolicyV1Beta1SpecTargetRefs;
exports.toJson_AuthorizationPolicyV1Beta1SpecRulesFrom = toJson_AuthorizationPolicyV1Beta1SpecRulesFrom;
exports.toJson_AuthorizationPolicyV1Beta1SpecRulesTo = toJson_AuthorizationPolicyV1Beta1SpecRulesTo;
exports.toJson_AuthorizationPolicyV1Beta1SpecRulesWhen = toJson_AuthorizationPolicyV1Beta1SpecRulesWhen;
exports.toJson_AuthorizationPolicyV1Beta1SpecRulesFromSource = toJson_AuthorizationPolicyV1Beta1SpecRulesFromSource;
exports.toJson_AuthorizationPolicyV1Beta1SpecRulesToOperation = toJson_AuthorizationPolicyV1Beta1SpecRulesToOperation;
exports.toJson_PeerAuthenticationProps = toJson_PeerAuthenticationProps;
exports.toJson_PeerAuthenticationSpec = toJson_PeerAuthenticationSpec;
exports.toJson_PeerAuthenticationSpecMtls = toJson_PeerAuthenticationSpecMtls;
exports.toJson_PeerAuthenticationSpecPortLevelMtls = toJson_PeerAuthenticationSpecPortLevelMtls;
exports.toJson_PeerAuthenticationSpecSelector = toJson_PeerAuthenticationSpecSelector;
exports.toJson_PeerAuthenticationV1Beta1Props = toJson_PeerAuthenticationV1Beta1Props;
exports.toJson_PeerAuthenticationV1Beta1Spec = toJson_PeerAuthenticationV1Beta1Spec;
exports.toJson_PeerAuthenticationV1Beta1SpecMtls = toJson_PeerAuthenticationV1Beta1SpecMtls;
exports.toJson_PeerAuthenticationV1Beta1SpecPortLevelMtls = toJson_PeerAuthenticationV1Beta1SpecPortLevelMtls;
exports.toJson_PeerAuthenticationV1Beta1SpecSelector = toJson_PeerAuthenticationV1Beta1SpecSelector;
exports.toJson_RequestAuthenticationProps = toJson_RequestAuthenticationProps;
exports.toJson_RequestAuthenticationSpec = toJson_RequestAuthenticationSpec;
exports.toJson_RequestAuthenticationSpecJwtRules = toJson_RequestAuthenticationSpecJwtRules;
exports.toJson_RequestAuthenticationSpecSelector = toJson_RequestAuthenticationSpecSelector;
exports.toJson_RequestAuthenticationSpecTargetRef = toJson_RequestAuthenticationSpecTargetRef;
exports.toJson_RequestAuthenticationSpecTargetRefs = toJson_RequestAuthenticationSpecTargetRefs;
exports.toJson_RequestAuthenticationSpecJwtRulesFromHeaders = toJson_RequestAuthenticationSpecJwtRulesFromHeaders;
exports.toJson_RequestAuthenticationSpecJwtRulesOutputClaimToHeaders = toJson_RequestAuthenticationSpecJwtRulesOutputClaimToHeaders;
exports.toJson_RequestAuthenticationV1Beta1Props = toJson_RequestAuthenticationV1Beta1Props;
exports.toJson_RequestAuthenticationV1Beta1Spec = toJson_RequestAuthenticationV1Beta1Spec;
exports.toJson_RequestAuthenticationV1Beta1SpecJwtRules = toJson_RequestAuthenticationV1Beta1SpecJwtRules;
exports.toJson_RequestAuthenticationV1Beta1SpecSelector = toJson_RequestAuthenticationV1Beta1SpecSelector;
exports.toJson_RequestAuthenticationV1Beta1SpecTargetRef = toJson_RequestAuthenticationV1Beta1SpecTargetRef;
exports.toJson_RequestAuthenticationV1Beta1SpecTargetRefs = toJson_RequestAuthenticationV1Beta1SpecTargetRefs;
exports.toJson_RequestAuthenticationV1Beta1SpecJwtRulesFromHeaders = toJson_RequestAuthenticationV1Beta1SpecJwtRulesFromHeaders;
exports.toJson_RequestAuthenticationV1Beta1SpecJwtRulesOutputClaimToHeaders = toJson_RequestAuthenticationV1Beta1SpecJwtRulesOutputClaimToHeaders;
// generated by cdk8s
const cdk8s_1 = require("cdk8s");
/**
 *
 *
 * @schema AuthorizationPolicy
 */
class AuthorizationPolicy extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "AuthorizationPolicy"
     */
    static GVK = {
        apiVersion: 'security.istio.io/v1',
        kind: 'AuthorizationPolicy',
    };
    /**
     * Renders a Kubernetes manifest for "AuthorizationPolicy".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props = {}) {
        return {
            ...AuthorizationPolicy.GVK,
            ...toJson_AuthorizationPolicyProps(props),
        };
    }
    /**
     * Defines a "AuthorizationPolicy" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...AuthorizationPolicy.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...AuthorizationPolicy.GVK,
            ...toJson_AuthorizationPolicyProps(resolved),
        };
    }
}
exports.AuthorizationPolicy = AuthorizationPolicy;
/**
 * Converts an object of type 'AuthorizationPolicyProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AuthorizationPolicyProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_AuthorizationPolicySpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AuthorizationPolicySpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AuthorizationPolicySpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'action': obj.action,
        'provider': toJson_AuthorizationPolicySpecProvider(obj.provider),
        'rules': obj.rules?.map(y => toJson_AuthorizationPolicySpecRules(y)),
        'selector': toJson_AuthorizationPolicySpecSelector(obj.selector),
        'targetRef': toJson_AuthorizationPolicySpecTargetRef(obj.targetRef),
        'targetRefs': obj.targetRefs?.map(y => toJson_AuthorizationPolicySpecTargetRefs(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Optional.
 *
 * Valid Options: ALLOW, DENY, AUDIT, CUSTOM
 *
 * @schema AuthorizationPolicySpecAction
 */
var AuthorizationPolicySpecAction;
(function (AuthorizationPolicySpecAction) {
    /** ALLOW */
    AuthorizationPolicySpecAction["ALLOW"] = "ALLOW";
    /** DENY */
    AuthorizationPolicySpecAction["DENY"] = "DENY";
    /** AUDIT */
    AuthorizationPolicySpecAction["AUDIT"] = "AUDIT";
    /** CUSTOM */
    AuthorizationPolicySpecAction["CUSTOM"] = "CUSTOM";
})(AuthorizationPolicySpecAction || (exports.AuthorizationPolicySpecAction = AuthorizationPolicySpecAction = {}));
/**
 * Converts an object of type 'AuthorizationPolicySpecProvider' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AuthorizationPolicySpecProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AuthorizationPolicySpecRules' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AuthorizationPolicySpecRules(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'from': obj.from?.map(y => toJson_AuthorizationPolicySpecRulesFrom(y)),
        'to': obj.to?.map(y => toJson_AuthorizationPolicySpecRulesTo(y)),
        'when': obj.when?.map(y => toJson_AuthorizationPolicySpecRulesWhen(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AuthorizationPolicySpecSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AuthorizationPolicySpecSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AuthorizationPolicySpecTargetRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AuthorizationPolicySpecTargetRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AuthorizationPolicySpecTargetRefs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AuthorizationPolicySpecTargetRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AuthorizationPolicySpecRulesFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AuthorizationPolicySpecRulesFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'source': toJson_AuthorizationPolicySpecRulesFromSource(obj.source),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AuthorizationPolicySpecRulesTo' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AuthorizationPolicySpecRulesTo(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'operation': toJson_AuthorizationPolicySpecRulesToOperation(obj.operation),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AuthorizationPolicySpecRulesWhen' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AuthorizationPolicySpecRulesWhen(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'notValues': obj.notValues?.map(y => y),
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AuthorizationPolicySpecRulesFromSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AuthorizationPolicySpecRulesFromSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ipBlocks': obj.ipBlocks?.map(y => y),
        'namespaces': obj.namespaces?.map(y => y),
        'notIpBlocks': obj.notIpBlocks?.map(y => y),
        'notNamespaces': obj.notNamespaces?.map(y => y),
        'notPrincipals': obj.notPrincipals?.map(y => y),
        'notRemoteIpBlocks': obj.notRemoteIpBlocks?.map(y => y),
        'notRequestPrincipals': obj.notRequestPrincipals?.map(y => y),
        'notServiceAccounts': obj.notServiceAccounts?.map(y => y),
        'notTrustDomains': obj.notTrustDomains?.map(y => y),
        'principals': obj.principals?.map(y => y),
        'remoteIpBlocks': obj.remoteIpBlocks?.map(y => y),
        'requestPrincipals': obj.requestPrincipals?.map(y => y),
        'serviceAccounts': obj.serviceAccounts?.map(y => y),
        'trustDomains': obj.trustDomains?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AuthorizationPolicySpecRulesToOperation' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AuthorizationPolicySpecRulesToOperation(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hosts': obj.hosts?.map(y => y),
        'methods': obj.methods?.map(y => y),
        'notHosts': obj.notHosts?.map(y => y),
        'notMethods': obj.notMethods?.map(y => y),
        'notPaths': obj.notPaths?.map(y => y),
        'notPorts': obj.notPorts?.map(y => y),
        'paths': obj.paths?.map(y => y),
        'ports': obj.ports?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 *
 *
 * @schema AuthorizationPolicyV1Beta1
 */
class AuthorizationPolicyV1Beta1 extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "AuthorizationPolicyV1Beta1"
     */
    static GVK = {
        apiVersion: 'security.istio.io/v1beta1',
        kind: 'AuthorizationPolicy',
    };
    /**
     * Renders a Kubernetes manifest for "AuthorizationPolicyV1Beta1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props = {}) {
        return {
            ...AuthorizationPolicyV1Beta1.GVK,
            ...toJson_AuthorizationPolicyV1Beta1Props(props),
        };
    }
    /**
     * Defines a "AuthorizationPolicyV1Beta1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...AuthorizationPolicyV1Beta1.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...AuthorizationPolicyV1Beta1.GVK,
            ...toJson_AuthorizationPolicyV1Beta1Props(resolved),
        };
    }
}
exports.AuthorizationPolicyV1Beta1 = AuthorizationPolicyV1Beta1;
/**
 * Converts an object of type 'AuthorizationPolicyV1Beta1Props' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AuthorizationPolicyV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_AuthorizationPolicyV1Beta1Spec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AuthorizationPolicyV1Beta1Spec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AuthorizationPolicyV1Beta1Spec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'action': obj.action,
        'provider': toJson_AuthorizationPolicyV1Beta1SpecProvider(obj.provider),
        'rules': obj.rules?.map(y => toJson_AuthorizationPolicyV1Beta1SpecRules(y)),
        'selector': toJson_AuthorizationPolicyV1Beta1SpecSelector(obj.selector),
        'targetRef': toJson_AuthorizationPolicyV1Beta1SpecTargetRef(obj.targetRef),
        'targetRefs': obj.targetRefs?.map(y => toJson_AuthorizationPolicyV1Beta1SpecTargetRefs(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Optional.
 *
 * Valid Options: ALLOW, DENY, AUDIT, CUSTOM
 *
 * @schema AuthorizationPolicyV1Beta1SpecAction
 */
var AuthorizationPolicyV1Beta1SpecAction;
(function (AuthorizationPolicyV1Beta1SpecAction) {
    /** ALLOW */
    AuthorizationPolicyV1Beta1SpecAction["ALLOW"] = "ALLOW";
    /** DENY */
    AuthorizationPolicyV1Beta1SpecAction["DENY"] = "DENY";
    /** AUDIT */
    AuthorizationPolicyV1Beta1SpecAction["AUDIT"] = "AUDIT";
    /** CUSTOM */
    AuthorizationPolicyV1Beta1SpecAction["CUSTOM"] = "CUSTOM";
})(AuthorizationPolicyV1Beta1SpecAction || (exports.AuthorizationPolicyV1Beta1SpecAction = AuthorizationPolicyV1Beta1SpecAction = {}));
/**
 * Converts an object of type 'AuthorizationPolicyV1Beta1SpecProvider' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AuthorizationPolicyV1Beta1SpecProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AuthorizationPolicyV1Beta1SpecRules' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AuthorizationPolicyV1Beta1SpecRules(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'from': obj.from?.map(y => toJson_AuthorizationPolicyV1Beta1SpecRulesFrom(y)),
        'to': obj.to?.map(y => toJson_AuthorizationPolicyV1Beta1SpecRulesTo(y)),
        'when': obj.when?.map(y => toJson_AuthorizationPolicyV1Beta1SpecRulesWhen(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AuthorizationPolicyV1Beta1SpecSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AuthorizationPolicyV1Beta1SpecSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AuthorizationPolicyV1Beta1SpecTargetRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AuthorizationPolicyV1Beta1SpecTargetRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AuthorizationPolicyV1Beta1SpecTargetRefs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AuthorizationPolicyV1Beta1SpecTargetRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AuthorizationPolicyV1Beta1SpecRulesFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AuthorizationPolicyV1Beta1SpecRulesFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'source': toJson_AuthorizationPolicyV1Beta1SpecRulesFromSource(obj.source),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AuthorizationPolicyV1Beta1SpecRulesTo' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AuthorizationPolicyV1Beta1SpecRulesTo(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'operation': toJson_AuthorizationPolicyV1Beta1SpecRulesToOperation(obj.operation),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AuthorizationPolicyV1Beta1SpecRulesWhen' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AuthorizationPolicyV1Beta1SpecRulesWhen(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'notValues': obj.notValues?.map(y => y),
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AuthorizationPolicyV1Beta1SpecRulesFromSource' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AuthorizationPolicyV1Beta1SpecRulesFromSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ipBlocks': obj.ipBlocks?.map(y => y),
        'namespaces': obj.namespaces?.map(y => y),
        'notIpBlocks': obj.notIpBlocks?.map(y => y),
        'notNamespaces': obj.notNamespaces?.map(y => y),
        'notPrincipals': obj.notPrincipals?.map(y => y),
        'notRemoteIpBlocks': obj.notRemoteIpBlocks?.map(y => y),
        'notRequestPrincipals': obj.notRequestPrincipals?.map(y => y),
        'notServiceAccounts': obj.notServiceAccounts?.map(y => y),
        'notTrustDomains': obj.notTrustDomains?.map(y => y),
        'principals': obj.principals?.map(y => y),
        'remoteIpBlocks': obj.remoteIpBlocks?.map(y => y),
        'requestPrincipals': obj.requestPrincipals?.map(y => y),
        'serviceAccounts': obj.serviceAccounts?.map(y => y),
        'trustDomains': obj.trustDomains?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'AuthorizationPolicyV1Beta1SpecRulesToOperation' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_AuthorizationPolicyV1Beta1SpecRulesToOperation(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hosts': obj.hosts?.map(y => y),
        'methods': obj.methods?.map(y => y),
        'notHosts': obj.notHosts?.map(y => y),
        'notMethods': obj.notMethods?.map(y => y),
        'notPaths': obj.notPaths?.map(y => y),
        'notPorts': obj.notPorts?.map(y => y),
        'paths': obj.paths?.map(y => y),
        'ports': obj.ports?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 *
 *
 * @schema PeerAuthentication
 */
class PeerAuthentication extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "PeerAuthentication"
     */
    static GVK = {
        apiVersion: 'security.istio.io/v1',
        kind: 'PeerAuthentication',
    };
    /**
     * Renders a Kubernetes manifest for "PeerAuthentication".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props = {}) {
        return {
            ...PeerAuthentication.GVK,
            ...toJson_PeerAuthenticationProps(props),
        };
    }
    /**
     * Defines a "PeerAuthentication" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...PeerAuthentication.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...PeerAuthentication.GVK,
            ...toJson_PeerAuthenticationProps(resolved),
        };
    }
}
exports.PeerAuthentication = PeerAuthentication;
/**
 * Converts an object of type 'PeerAuthenticationProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PeerAuthenticationProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_PeerAuthenticationSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'PeerAuthenticationSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PeerAuthenticationSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'mtls': toJson_PeerAuthenticationSpecMtls(obj.mtls),
        'portLevelMtls': ((obj.portLevelMtls) === undefined) ? undefined : (Object.entries(obj.portLevelMtls).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_PeerAuthenticationSpecPortLevelMtls(i[1]) }), {})),
        'selector': toJson_PeerAuthenticationSpecSelector(obj.selector),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'PeerAuthenticationSpecMtls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PeerAuthenticationSpecMtls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'mode': obj.mode,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'PeerAuthenticationSpecPortLevelMtls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PeerAuthenticationSpecPortLevelMtls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'mode': obj.mode,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'PeerAuthenticationSpecSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PeerAuthenticationSpecSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Defines the mTLS mode used for peer authentication.
 *
 * Valid Options: DISABLE, PERMISSIVE, STRICT
 *
 * @schema PeerAuthenticationSpecMtlsMode
 */
var PeerAuthenticationSpecMtlsMode;
(function (PeerAuthenticationSpecMtlsMode) {
    /** UNSET */
    PeerAuthenticationSpecMtlsMode["UNSET"] = "UNSET";
    /** DISABLE */
    PeerAuthenticationSpecMtlsMode["DISABLE"] = "DISABLE";
    /** PERMISSIVE */
    PeerAuthenticationSpecMtlsMode["PERMISSIVE"] = "PERMISSIVE";
    /** STRICT */
    PeerAuthenticationSpecMtlsMode["STRICT"] = "STRICT";
})(PeerAuthenticationSpecMtlsMode || (exports.PeerAuthenticationSpecMtlsMode = PeerAuthenticationSpecMtlsMode = {}));
/**
 * Defines the mTLS mode used for peer authentication.
 *
 * Valid Options: DISABLE, PERMISSIVE, STRICT
 *
 * @schema PeerAuthenticationSpecPortLevelMtlsMode
 */
var PeerAuthenticationSpecPortLevelMtlsMode;
(function (PeerAuthenticationSpecPortLevelMtlsMode) {
    /** UNSET */
    PeerAuthenticationSpecPortLevelMtlsMode["UNSET"] = "UNSET";
    /** DISABLE */
    PeerAuthenticationSpecPortLevelMtlsMode["DISABLE"] = "DISABLE";
    /** PERMISSIVE */
    PeerAuthenticationSpecPortLevelMtlsMode["PERMISSIVE"] = "PERMISSIVE";
    /** STRICT */
    PeerAuthenticationSpecPortLevelMtlsMode["STRICT"] = "STRICT";
})(PeerAuthenticationSpecPortLevelMtlsMode || (exports.PeerAuthenticationSpecPortLevelMtlsMode = PeerAuthenticationSpecPortLevelMtlsMode = {}));
/**
 *
 *
 * @schema PeerAuthenticationV1Beta1
 */
class PeerAuthenticationV1Beta1 extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "PeerAuthenticationV1Beta1"
     */
    static GVK = {
        apiVersion: 'security.istio.io/v1beta1',
        kind: 'PeerAuthentication',
    };
    /**
     * Renders a Kubernetes manifest for "PeerAuthenticationV1Beta1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props = {}) {
        return {
            ...PeerAuthenticationV1Beta1.GVK,
            ...toJson_PeerAuthenticationV1Beta1Props(props),
        };
    }
    /**
     * Defines a "PeerAuthenticationV1Beta1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...PeerAuthenticationV1Beta1.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...PeerAuthenticationV1Beta1.GVK,
            ...toJson_PeerAuthenticationV1Beta1Props(resolved),
        };
    }
}
exports.PeerAuthenticationV1Beta1 = PeerAuthenticationV1Beta1;
/**
 * Converts an object of type 'PeerAuthenticationV1Beta1Props' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PeerAuthenticationV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_PeerAuthenticationV1Beta1Spec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'PeerAuthenticationV1Beta1Spec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PeerAuthenticationV1Beta1Spec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'mtls': toJson_PeerAuthenticationV1Beta1SpecMtls(obj.mtls),
        'portLevelMtls': ((obj.portLevelMtls) === undefined) ? undefined : (Object.entries(obj.portLevelMtls).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_PeerAuthenticationV1Beta1SpecPortLevelMtls(i[1]) }), {})),
        'selector': toJson_PeerAuthenticationV1Beta1SpecSelector(obj.selector),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'PeerAuthenticationV1Beta1SpecMtls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PeerAuthenticationV1Beta1SpecMtls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'mode': obj.mode,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'PeerAuthenticationV1Beta1SpecPortLevelMtls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PeerAuthenticationV1Beta1SpecPortLevelMtls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'mode': obj.mode,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'PeerAuthenticationV1Beta1SpecSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PeerAuthenticationV1Beta1SpecSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Defines the mTLS mode used for peer authentication.
 *
 * Valid Options: DISABLE, PERMISSIVE, STRICT
 *
 * @schema PeerAuthenticationV1Beta1SpecMtlsMode
 */
var PeerAuthenticationV1Beta1SpecMtlsMode;
(function (PeerAuthenticationV1Beta1SpecMtlsMode) {
    /** UNSET */
    PeerAuthenticationV1Beta1SpecMtlsMode["UNSET"] = "UNSET";
    /** DISABLE */
    PeerAuthenticationV1Beta1SpecMtlsMode["DISABLE"] = "DISABLE";
    /** PERMISSIVE */
    PeerAuthenticationV1Beta1SpecMtlsMode["PERMISSIVE"] = "PERMISSIVE";
    /** STRICT */
    PeerAuthenticationV1Beta1SpecMtlsMode["STRICT"] = "STRICT";
})(PeerAuthenticationV1Beta1SpecMtlsMode || (exports.PeerAuthenticationV1Beta1SpecMtlsMode = PeerAuthenticationV1Beta1SpecMtlsMode = {}));
/**
 * Defines the mTLS mode used for peer authentication.
 *
 * Valid Options: DISABLE, PERMISSIVE, STRICT
 *
 * @schema PeerAuthenticationV1Beta1SpecPortLevelMtlsMode
 */
var PeerAuthenticationV1Beta1SpecPortLevelMtlsMode;
(function (PeerAuthenticationV1Beta1SpecPortLevelMtlsMode) {
    /** UNSET */
    PeerAuthenticationV1Beta1SpecPortLevelMtlsMode["UNSET"] = "UNSET";
    /** DISABLE */
    PeerAuthenticationV1Beta1SpecPortLevelMtlsMode["DISABLE"] = "DISABLE";
    /** PERMISSIVE */
    PeerAuthenticationV1Beta1SpecPortLevelMtlsMode["PERMISSIVE"] = "PERMISSIVE";
    /** STRICT */
    PeerAuthenticationV1Beta1SpecPortLevelMtlsMode["STRICT"] = "STRICT";
})(PeerAuthenticationV1Beta1SpecPortLevelMtlsMode || (exports.PeerAuthenticationV1Beta1SpecPortLevelMtlsMode = PeerAuthenticationV1Beta1SpecPortLevelMtlsMode = {}));
/**
 *
 *
 * @schema RequestAuthentication
 */
class RequestAuthentication extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "RequestAuthentication"
     */
    static GVK = {
        apiVersion: 'security.istio.io/v1',
        kind: 'RequestAuthentication',
    };
    /**
     * Renders a Kubernetes manifest for "RequestAuthentication".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props = {}) {
        return {
            ...RequestAuthentication.GVK,
            ...toJson_RequestAuthenticationProps(props),
        };
    }
    /**
     * Defines a "RequestAuthentication" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...RequestAuthentication.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...RequestAuthentication.GVK,
            ...toJson_RequestAuthenticationProps(resolved),
        };
    }
}
exports.RequestAuthentication = RequestAuthentication;
/**
 * Converts an object of type 'RequestAuthenticationProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RequestAuthenticationProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_RequestAuthenticationSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RequestAuthenticationSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RequestAuthenticationSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'jwtRules': obj.jwtRules?.map(y => toJson_RequestAuthenticationSpecJwtRules(y)),
        'selector': toJson_RequestAuthenticationSpecSelector(obj.selector),
        'targetRef': toJson_RequestAuthenticationSpecTargetRef(obj.targetRef),
        'targetRefs': obj.targetRefs?.map(y => toJson_RequestAuthenticationSpecTargetRefs(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RequestAuthenticationSpecJwtRules' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RequestAuthenticationSpecJwtRules(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'forwardOriginalToken': obj.forwardOriginalToken,
        'fromCookies': obj.fromCookies?.map(y => y),
        'fromHeaders': obj.fromHeaders?.map(y => toJson_RequestAuthenticationSpecJwtRulesFromHeaders(y)),
        'fromParams': obj.fromParams?.map(y => y),
        'issuer': obj.issuer,
        'jwks': obj.jwks,
        'jwks_uri': obj.jwksUri,
        'outputClaimToHeaders': obj.outputClaimToHeaders?.map(y => toJson_RequestAuthenticationSpecJwtRulesOutputClaimToHeaders(y)),
        'outputPayloadToHeader': obj.outputPayloadToHeader,
        'spaceDelimitedClaims': obj.spaceDelimitedClaims?.map(y => y),
        'timeout': obj.timeout,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RequestAuthenticationSpecSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RequestAuthenticationSpecSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RequestAuthenticationSpecTargetRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RequestAuthenticationSpecTargetRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RequestAuthenticationSpecTargetRefs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RequestAuthenticationSpecTargetRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RequestAuthenticationSpecJwtRulesFromHeaders' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RequestAuthenticationSpecJwtRulesFromHeaders(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'prefix': obj.prefix,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RequestAuthenticationSpecJwtRulesOutputClaimToHeaders' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RequestAuthenticationSpecJwtRulesOutputClaimToHeaders(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'claim': obj.claim,
        'header': obj.header,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 *
 *
 * @schema RequestAuthenticationV1Beta1
 */
class RequestAuthenticationV1Beta1 extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "RequestAuthenticationV1Beta1"
     */
    static GVK = {
        apiVersion: 'security.istio.io/v1beta1',
        kind: 'RequestAuthentication',
    };
    /**
     * Renders a Kubernetes manifest for "RequestAuthenticationV1Beta1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props = {}) {
        return {
            ...RequestAuthenticationV1Beta1.GVK,
            ...toJson_RequestAuthenticationV1Beta1Props(props),
        };
    }
    /**
     * Defines a "RequestAuthenticationV1Beta1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...RequestAuthenticationV1Beta1.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...RequestAuthenticationV1Beta1.GVK,
            ...toJson_RequestAuthenticationV1Beta1Props(resolved),
        };
    }
}
exports.RequestAuthenticationV1Beta1 = RequestAuthenticationV1Beta1;
/**
 * Converts an object of type 'RequestAuthenticationV1Beta1Props' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RequestAuthenticationV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_RequestAuthenticationV1Beta1Spec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RequestAuthenticationV1Beta1Spec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RequestAuthenticationV1Beta1Spec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'jwtRules': obj.jwtRules?.map(y => toJson_RequestAuthenticationV1Beta1SpecJwtRules(y)),
        'selector': toJson_RequestAuthenticationV1Beta1SpecSelector(obj.selector),
        'targetRef': toJson_RequestAuthenticationV1Beta1SpecTargetRef(obj.targetRef),
        'targetRefs': obj.targetRefs?.map(y => toJson_RequestAuthenticationV1Beta1SpecTargetRefs(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RequestAuthenticationV1Beta1SpecJwtRules' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RequestAuthenticationV1Beta1SpecJwtRules(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'forwardOriginalToken': obj.forwardOriginalToken,
        'fromCookies': obj.fromCookies?.map(y => y),
        'fromHeaders': obj.fromHeaders?.map(y => toJson_RequestAuthenticationV1Beta1SpecJwtRulesFromHeaders(y)),
        'fromParams': obj.fromParams?.map(y => y),
        'issuer': obj.issuer,
        'jwks': obj.jwks,
        'jwks_uri': obj.jwksUri,
        'outputClaimToHeaders': obj.outputClaimToHeaders?.map(y => toJson_RequestAuthenticationV1Beta1SpecJwtRulesOutputClaimToHeaders(y)),
        'outputPayloadToHeader': obj.outputPayloadToHeader,
        'spaceDelimitedClaims': obj.spaceDelimitedClaims?.map(y => y),
        'timeout': obj.timeout,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RequestAuthenticationV1Beta1SpecSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RequestAuthenticationV1Beta1SpecSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RequestAuthenticationV1Beta1SpecTargetRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RequestAuthenticationV1Beta1SpecTargetRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RequestAuthenticationV1Beta1SpecTargetRefs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RequestAuthenticationV1Beta1SpecTargetRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RequestAuthenticationV1Beta1SpecJwtRulesFromHeaders' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RequestAuthenticationV1Beta1SpecJwtRulesFromHeaders(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'prefix': obj.prefix,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RequestAuthenticationV1Beta1SpecJwtRulesOutputClaimToHeaders' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RequestAuthenticationV1Beta1SpecJwtRulesOutputClaimToHeaders(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'claim': obj.claim,
        'header': obj.header,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
