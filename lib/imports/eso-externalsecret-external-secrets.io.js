"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs = exports.ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget = exports.ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind = exports.ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind = exports.ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind = exports.ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind = exports.ExternalSecretV1Beta1SpecTargetTemplateMergePolicy = exports.ExternalSecretV1Beta1SpecTargetTemplateEngineVersion = exports.ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy = exports.ExternalSecretV1Beta1SpecDataFromFindConversionStrategy = exports.ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy = exports.ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy = exports.ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy = exports.ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy = exports.ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy = exports.ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy = exports.ExternalSecretV1Beta1SpecTargetDeletionPolicy = exports.ExternalSecretV1Beta1SpecTargetCreationPolicy = exports.ExternalSecretV1Beta1SpecSecretStoreRefKind = exports.ExternalSecretV1Beta1SpecRefreshPolicy = exports.ExternalSecretV1Beta1 = exports.ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs = exports.ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs = exports.ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy = exports.ExternalSecretSpecDataFromSourceRefStoreRefKind = exports.ExternalSecretSpecDataFromSourceRefGeneratorRefKind = exports.ExternalSecretSpecDataFromRewriteMergeStrategy = exports.ExternalSecretSpecDataFromRewriteMergePriorityPolicy = exports.ExternalSecretSpecDataFromRewriteMergeConflictPolicy = exports.ExternalSecretSpecDataSourceRefStoreRefKind = exports.ExternalSecretSpecDataSourceRefGeneratorRefKind = exports.ExternalSecretSpecTargetTemplateMergePolicy = exports.ExternalSecretSpecTargetTemplateEngineVersion = exports.ExternalSecretSpecDataFromFindNullBytePolicy = exports.ExternalSecretSpecDataFromFindDecodingStrategy = exports.ExternalSecretSpecDataFromFindConversionStrategy = exports.ExternalSecretSpecDataFromExtractNullBytePolicy = exports.ExternalSecretSpecDataFromExtractMetadataPolicy = exports.ExternalSecretSpecDataFromExtractDecodingStrategy = exports.ExternalSecretSpecDataFromExtractConversionStrategy = exports.ExternalSecretSpecDataRemoteRefNullBytePolicy = exports.ExternalSecretSpecDataRemoteRefMetadataPolicy = exports.ExternalSecretSpecDataRemoteRefDecodingStrategy = exports.ExternalSecretSpecDataRemoteRefConversionStrategy = exports.ExternalSecretSpecTargetDeletionPolicy = exports.ExternalSecretSpecTargetCreationPolicy = exports.ExternalSecretSpecSyncWindowsKind = exports.ExternalSecretSpecSecretStoreRefKind = exports.ExternalSecretSpecRefreshPolicy = exports.ExternalSecret = void 0;
exports.ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs = void 0;
exports.toJson_ExternalSecretProps = toJson_ExternalSecretProps;
exports.toJson_ExternalSecretSpec = toJson_ExternalSecretSpec;
exports.toJson_ExternalSecretSpecData = toJson_ExternalSecretSpecData;
exports.toJson_ExternalSecretSpecDataFrom = toJson_ExternalSecretSpecDataFrom;
exports.toJson_ExternalSecretSpecSecretStoreRef = toJson_ExternalSecretSpecSecretStoreRef;
exports.toJson_ExternalSecretSpecSyncWindows = toJson_ExternalSecretSpecSyncWindows;
exports.toJson_ExternalSecretSpecTarget = toJson_ExternalSecretSpecTarget;
exports.toJson_ExternalSecretSpecDataRemoteRef = toJson_ExternalSecretSpecDataRemoteRef;
exports.toJson_ExternalSecretSpecDataSourceRef = toJson_ExternalSecretSpecDataSourceRef;
exports.toJson_ExternalSecretSpecDataFromExtract = toJson_ExternalSecretSpecDataFromExtract;
exports.toJson_ExternalSecretSpecDataFromFind = toJson_ExternalSecretSpecDataFromFind;
exports.toJson_ExternalSecretSpecDataFromRewrite = toJson_ExternalSecretSpecDataFromRewrite;
exports.toJson_ExternalSecretSpecDataFromSourceRef = toJson_ExternalSecretSpecDataFromSourceRef;
exports.toJson_ExternalSecretSpecSyncWindowsWindows = toJson_ExternalSecretSpecSyncWindowsWindows;
exports.toJson_ExternalSecretSpecTargetManifest = toJson_ExternalSecretSpecTargetManifest;
exports.toJson_ExternalSecretSpecTargetTemplate = toJson_ExternalSecretSpecTargetTemplate;
exports.toJson_ExternalSecretSpecDataSourceRefGeneratorRef = toJson_ExternalSecretSpecDataSourceRefGeneratorRef;
exports.toJson_ExternalSecretSpecDataSourceRefStoreRef = toJson_ExternalSecretSpecDataSourceRefStoreRef;
exports.toJson_ExternalSecretSpecDataFromFindName = toJson_ExternalSecretSpecDataFromFindName;
exports.toJson_ExternalSecretSpecDataFromRewriteMerge = toJson_ExternalSecretSpecDataFromRewriteMerge;
exports.toJson_ExternalSecretSpecDataFromRewriteRegexp = toJson_ExternalSecretSpecDataFromRewriteRegexp;
exports.toJson_ExternalSecretSpecDataFromRewriteTransform = toJson_ExternalSecretSpecDataFromRewriteTransform;
exports.toJson_ExternalSecretSpecDataFromSourceRefGeneratorRef = toJson_ExternalSecretSpecDataFromSourceRefGeneratorRef;
exports.toJson_ExternalSecretSpecDataFromSourceRefStoreRef = toJson_ExternalSecretSpecDataFromSourceRefStoreRef;
exports.toJson_ExternalSecretSpecTargetTemplateMetadata = toJson_ExternalSecretSpecTargetTemplateMetadata;
exports.toJson_ExternalSecretSpecTargetTemplateTemplateFrom = toJson_ExternalSecretSpecTargetTemplateTemplateFrom;
exports.toJson_ExternalSecretSpecTargetTemplateTemplateFromConfigMap = toJson_ExternalSecretSpecTargetTemplateTemplateFromConfigMap;
exports.toJson_ExternalSecretSpecTargetTemplateTemplateFromSecret = toJson_ExternalSecretSpecTargetTemplateTemplateFromSecret;
exports.toJson_ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems = toJson_ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems;
exports.toJson_ExternalSecretSpecTargetTemplateTemplateFromSecretItems = toJson_ExternalSecretSpecTargetTemplateTemplateFromSecretItems;
exports.toJson_ExternalSecretV1Beta1Props = toJson_ExternalSecretV1Beta1Props;
exports.toJson_ExternalSecretV1Beta1Spec = toJson_ExternalSecretV1Beta1Spec;
exports.toJson_ExternalSecretV1Beta1SpecData = toJson_ExternalSecretV1Beta1SpecData;
exports.toJson_ExternalSecretV1Beta1SpecDataFrom = toJson_ExternalSecretV1Beta1SpecDataFrom;
exports.toJson_ExternalSecretV1Beta1SpecSecretStoreRef = toJson_ExternalSecretV1Beta1SpecSecretStoreRef;
exports.toJson_ExternalSecretV1Beta1SpecTarget = toJson_ExternalSecretV1Beta1SpecTarget;
exports.toJson_ExternalSecretV1Beta1SpecDataRemoteRef = toJson_ExternalSecretV1Beta1SpecDataRemoteRef;
exports.toJson_ExternalSecretV1Beta1SpecDataSourceRef = toJson_ExternalSecretV1Beta1SpecDataSourceRef;
exports.toJson_ExternalSecretV1Beta1SpecDataFromExtract = toJson_ExternalSecretV1Beta1SpecDataFromExtract;
exports.toJson_ExternalSecretV1Beta1SpecDataFromFind = toJson_ExternalSecretV1Beta1SpecDataFromFind;
exports.toJson_ExternalSecretV1Beta1SpecDataFromRewrite = toJson_ExternalSecretV1Beta1SpecDataFromRewrite;
exports.toJson_ExternalSecretV1Beta1SpecDataFromSourceRef = toJson_ExternalSecretV1Beta1SpecDataFromSourceRef;
exports.toJson_ExternalSecretV1Beta1SpecTargetTemplate = toJson_ExternalSecretV1Beta1SpecTargetTemplate;
exports.toJson_ExternalSecretV1Beta1SpecDataSourceRefGeneratorRef = toJson_ExternalSecretV1Beta1SpecDataSourceRefGeneratorRef;
exports.toJson_ExternalSecretV1Beta1SpecDataSourceRefStoreRef = toJson_ExternalSecretV1Beta1SpecDataSourceRefStoreRef;
exports.toJson_ExternalSecretV1Beta1SpecDataFromFindName = toJson_ExternalSecretV1Beta1SpecDataFromFindName;
exports.toJson_ExternalSecretV1Beta1SpecDataFromRewriteRegexp = toJson_ExternalSecretV1Beta1SpecDataFromRewriteRegexp;
exports.toJson_ExternalSecretV1Beta1SpecDataFromRewriteTransform = toJson_ExternalSecretV1Beta1SpecDataFromRewriteTransform;
exports.toJson_ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRef = toJson_ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRef;
exports.toJson_ExternalSecretV1Beta1SpecDataFromSourceRefStoreRef = toJson_ExternalSecretV1Beta1SpecDataFromSourceRefStoreRef;
exports.toJson_ExternalSecretV1Beta1SpecTargetTemplateMetadata = toJson_ExternalSecretV1Beta1SpecTargetTemplateMetadata;
exports.toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom = toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom;
exports.toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMap = toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMap;
exports.toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecret = toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecret;
exports.toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItems = toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItems;
exports.toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItems = toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItems;
// generated by cdk8s
const cdk8s_1 = require("cdk8s");
/**
 * ExternalSecret is the Schema for the external-secrets API.
It defines how to fetch data from external APIs and make it available as Kubernetes Secrets.
 *
 * @schema ExternalSecret
 */
class ExternalSecret extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "ExternalSecret"
     */
    static GVK = {
        apiVersion: 'external-secrets.io/v1',
        kind: 'ExternalSecret',
    };
    /**
     * Renders a Kubernetes manifest for "ExternalSecret".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props = {}) {
        return {
            ...ExternalSecret.GVK,
            ...toJson_ExternalSecretProps(props),
        };
    }
    /**
     * Defines a "ExternalSecret" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...ExternalSecret.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...ExternalSecret.GVK,
            ...toJson_ExternalSecretProps(resolved),
        };
    }
}
exports.ExternalSecret = ExternalSecret;
/**
 * Converts an object of type 'ExternalSecretProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ExternalSecretSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'data': obj.data?.map(y => toJson_ExternalSecretSpecData(y)),
        'dataFrom': obj.dataFrom?.map(y => toJson_ExternalSecretSpecDataFrom(y)),
        'refreshInterval': obj.refreshInterval,
        'refreshPolicy': obj.refreshPolicy,
        'secretStoreRef': toJson_ExternalSecretSpecSecretStoreRef(obj.secretStoreRef),
        'syncWindows': toJson_ExternalSecretSpecSyncWindows(obj.syncWindows),
        'target': toJson_ExternalSecretSpecTarget(obj.target),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretSpecData' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretSpecData(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'remoteRef': toJson_ExternalSecretSpecDataRemoteRef(obj.remoteRef),
        'secretKey': obj.secretKey,
        'sourceRef': toJson_ExternalSecretSpecDataSourceRef(obj.sourceRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretSpecDataFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretSpecDataFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'extract': toJson_ExternalSecretSpecDataFromExtract(obj.extract),
        'find': toJson_ExternalSecretSpecDataFromFind(obj.find),
        'rewrite': obj.rewrite?.map(y => toJson_ExternalSecretSpecDataFromRewrite(y)),
        'sourceRef': toJson_ExternalSecretSpecDataFromSourceRef(obj.sourceRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * RefreshPolicy determines how the ExternalSecret should be refreshed:
 * - CreatedOnce: Creates the Secret only if it does not exist and does not update it thereafter
 * - Periodic: Synchronizes the Secret from the external source at regular intervals specified by refreshInterval.
 * No periodic updates occur if refreshInterval is 0.
 * - OnChange: Only synchronizes the Secret when the ExternalSecret's metadata or specification changes
 *
 * @schema ExternalSecretSpecRefreshPolicy
 */
var ExternalSecretSpecRefreshPolicy;
(function (ExternalSecretSpecRefreshPolicy) {
    /** CreatedOnce */
    ExternalSecretSpecRefreshPolicy["CREATED_ONCE"] = "CreatedOnce";
    /** Periodic */
    ExternalSecretSpecRefreshPolicy["PERIODIC"] = "Periodic";
    /** OnChange */
    ExternalSecretSpecRefreshPolicy["ON_CHANGE"] = "OnChange";
})(ExternalSecretSpecRefreshPolicy || (exports.ExternalSecretSpecRefreshPolicy = ExternalSecretSpecRefreshPolicy = {}));
/**
 * Converts an object of type 'ExternalSecretSpecSecretStoreRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretSpecSecretStoreRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kind': obj.kind,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretSpecSyncWindows' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretSpecSyncWindows(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kind': obj.kind,
        'windows': obj.windows?.map(y => toJson_ExternalSecretSpecSyncWindowsWindows(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretSpecTarget' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretSpecTarget(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'creationPolicy': obj.creationPolicy,
        'deletionPolicy': obj.deletionPolicy,
        'immutable': obj.immutable,
        'manifest': toJson_ExternalSecretSpecTargetManifest(obj.manifest),
        'name': obj.name,
        'template': toJson_ExternalSecretSpecTargetTemplate(obj.template),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretSpecDataRemoteRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretSpecDataRemoteRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'conversionStrategy': obj.conversionStrategy,
        'decodingStrategy': obj.decodingStrategy,
        'key': obj.key,
        'metadataPolicy': obj.metadataPolicy,
        'nullBytePolicy': obj.nullBytePolicy,
        'property': obj.property,
        'version': obj.version,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretSpecDataSourceRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretSpecDataSourceRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'generatorRef': toJson_ExternalSecretSpecDataSourceRefGeneratorRef(obj.generatorRef),
        'storeRef': toJson_ExternalSecretSpecDataSourceRefStoreRef(obj.storeRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretSpecDataFromExtract' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretSpecDataFromExtract(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'conversionStrategy': obj.conversionStrategy,
        'decodingStrategy': obj.decodingStrategy,
        'key': obj.key,
        'metadataPolicy': obj.metadataPolicy,
        'nullBytePolicy': obj.nullBytePolicy,
        'property': obj.property,
        'version': obj.version,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretSpecDataFromFind' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretSpecDataFromFind(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'conversionStrategy': obj.conversionStrategy,
        'decodingStrategy': obj.decodingStrategy,
        'name': toJson_ExternalSecretSpecDataFromFindName(obj.name),
        'nullBytePolicy': obj.nullBytePolicy,
        'path': obj.path,
        'tags': ((obj.tags) === undefined) ? undefined : (Object.entries(obj.tags).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretSpecDataFromRewrite' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretSpecDataFromRewrite(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'merge': toJson_ExternalSecretSpecDataFromRewriteMerge(obj.merge),
        'regexp': toJson_ExternalSecretSpecDataFromRewriteRegexp(obj.regexp),
        'transform': toJson_ExternalSecretSpecDataFromRewriteTransform(obj.transform),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretSpecDataFromSourceRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretSpecDataFromSourceRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'generatorRef': toJson_ExternalSecretSpecDataFromSourceRefGeneratorRef(obj.generatorRef),
        'storeRef': toJson_ExternalSecretSpecDataFromSourceRefStoreRef(obj.storeRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
 * Defaults to `SecretStore`
 *
 * @default SecretStore`
 * @schema ExternalSecretSpecSecretStoreRefKind
 */
var ExternalSecretSpecSecretStoreRefKind;
(function (ExternalSecretSpecSecretStoreRefKind) {
    /** SecretStore */
    ExternalSecretSpecSecretStoreRefKind["SECRET_STORE"] = "SecretStore";
    /** ClusterSecretStore */
    ExternalSecretSpecSecretStoreRefKind["CLUSTER_SECRET_STORE"] = "ClusterSecretStore";
})(ExternalSecretSpecSecretStoreRefKind || (exports.ExternalSecretSpecSecretStoreRefKind = ExternalSecretSpecSecretStoreRefKind = {}));
/**
 * Kind applies to every window in the list.
 * "allow" -- syncs are permitted only while at least one window is active;
 * all other times are blocked.
 * "deny"  -- syncs are blocked while any window is active;
 * all other times are permitted.
 *
 * @schema ExternalSecretSpecSyncWindowsKind
 */
var ExternalSecretSpecSyncWindowsKind;
(function (ExternalSecretSpecSyncWindowsKind) {
    /** allow */
    ExternalSecretSpecSyncWindowsKind["ALLOW"] = "allow";
    /** deny */
    ExternalSecretSpecSyncWindowsKind["DENY"] = "deny";
})(ExternalSecretSpecSyncWindowsKind || (exports.ExternalSecretSpecSyncWindowsKind = ExternalSecretSpecSyncWindowsKind = {}));
/**
 * Converts an object of type 'ExternalSecretSpecSyncWindowsWindows' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretSpecSyncWindowsWindows(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'duration': obj.duration,
        'schedule': obj.schedule,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * CreationPolicy defines rules on how to create the resulting Secret.
 * Defaults to "Owner"
 *
 * @default Owner"
 * @schema ExternalSecretSpecTargetCreationPolicy
 */
var ExternalSecretSpecTargetCreationPolicy;
(function (ExternalSecretSpecTargetCreationPolicy) {
    /** Owner */
    ExternalSecretSpecTargetCreationPolicy["OWNER"] = "Owner";
    /** Orphan */
    ExternalSecretSpecTargetCreationPolicy["ORPHAN"] = "Orphan";
    /** Merge */
    ExternalSecretSpecTargetCreationPolicy["MERGE"] = "Merge";
    /** None */
    ExternalSecretSpecTargetCreationPolicy["NONE"] = "None";
    /** CreateOrMerge */
    ExternalSecretSpecTargetCreationPolicy["CREATE_OR_MERGE"] = "CreateOrMerge";
})(ExternalSecretSpecTargetCreationPolicy || (exports.ExternalSecretSpecTargetCreationPolicy = ExternalSecretSpecTargetCreationPolicy = {}));
/**
 * DeletionPolicy defines rules on how to delete the resulting Secret.
 * Defaults to "Retain"
 *
 * @default Retain"
 * @schema ExternalSecretSpecTargetDeletionPolicy
 */
var ExternalSecretSpecTargetDeletionPolicy;
(function (ExternalSecretSpecTargetDeletionPolicy) {
    /** Delete */
    ExternalSecretSpecTargetDeletionPolicy["DELETE"] = "Delete";
    /** Merge */
    ExternalSecretSpecTargetDeletionPolicy["MERGE"] = "Merge";
    /** Retain */
    ExternalSecretSpecTargetDeletionPolicy["RETAIN"] = "Retain";
})(ExternalSecretSpecTargetDeletionPolicy || (exports.ExternalSecretSpecTargetDeletionPolicy = ExternalSecretSpecTargetDeletionPolicy = {}));
/**
 * Converts an object of type 'ExternalSecretSpecTargetManifest' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretSpecTargetManifest(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'kind': obj.kind,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretSpecTargetTemplate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretSpecTargetTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'data': ((obj.data) === undefined) ? undefined : (Object.entries(obj.data).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'engineVersion': obj.engineVersion,
        'mergePolicy': obj.mergePolicy,
        'metadata': toJson_ExternalSecretSpecTargetTemplateMetadata(obj.metadata),
        'templateFrom': obj.templateFrom?.map(y => toJson_ExternalSecretSpecTargetTemplateTemplateFrom(y)),
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Used to define a conversion Strategy. Defaults to Default when omitted.
 *
 * @default Default when omitted.
 * @schema ExternalSecretSpecDataRemoteRefConversionStrategy
 */
var ExternalSecretSpecDataRemoteRefConversionStrategy;
(function (ExternalSecretSpecDataRemoteRefConversionStrategy) {
    /** Default */
    ExternalSecretSpecDataRemoteRefConversionStrategy["DEFAULT"] = "Default";
    /** Unicode */
    ExternalSecretSpecDataRemoteRefConversionStrategy["UNICODE"] = "Unicode";
})(ExternalSecretSpecDataRemoteRefConversionStrategy || (exports.ExternalSecretSpecDataRemoteRefConversionStrategy = ExternalSecretSpecDataRemoteRefConversionStrategy = {}));
/**
 * Used to define a decoding Strategy. Defaults to None when omitted.
 *
 * @default None when omitted.
 * @schema ExternalSecretSpecDataRemoteRefDecodingStrategy
 */
var ExternalSecretSpecDataRemoteRefDecodingStrategy;
(function (ExternalSecretSpecDataRemoteRefDecodingStrategy) {
    /** Auto */
    ExternalSecretSpecDataRemoteRefDecodingStrategy["AUTO"] = "Auto";
    /** Base64 */
    ExternalSecretSpecDataRemoteRefDecodingStrategy["BASE64"] = "Base64";
    /** Base64URL */
    ExternalSecretSpecDataRemoteRefDecodingStrategy["BASE64_URL"] = "Base64URL";
    /** None */
    ExternalSecretSpecDataRemoteRefDecodingStrategy["NONE"] = "None";
})(ExternalSecretSpecDataRemoteRefDecodingStrategy || (exports.ExternalSecretSpecDataRemoteRefDecodingStrategy = ExternalSecretSpecDataRemoteRefDecodingStrategy = {}));
/**
 * Policy for fetching tags/labels from provider secrets, possible options are Fetch, None. Defaults to None
 *
 * @default None
 * @schema ExternalSecretSpecDataRemoteRefMetadataPolicy
 */
var ExternalSecretSpecDataRemoteRefMetadataPolicy;
(function (ExternalSecretSpecDataRemoteRefMetadataPolicy) {
    /** None */
    ExternalSecretSpecDataRemoteRefMetadataPolicy["NONE"] = "None";
    /** Fetch */
    ExternalSecretSpecDataRemoteRefMetadataPolicy["FETCH"] = "Fetch";
})(ExternalSecretSpecDataRemoteRefMetadataPolicy || (exports.ExternalSecretSpecDataRemoteRefMetadataPolicy = ExternalSecretSpecDataRemoteRefMetadataPolicy = {}));
/**
 * Controls how ESO handles fetched secret data containing NUL bytes for this source.
 *
 * @schema ExternalSecretSpecDataRemoteRefNullBytePolicy
 */
var ExternalSecretSpecDataRemoteRefNullBytePolicy;
(function (ExternalSecretSpecDataRemoteRefNullBytePolicy) {
    /** Ignore */
    ExternalSecretSpecDataRemoteRefNullBytePolicy["IGNORE"] = "Ignore";
    /** Fail */
    ExternalSecretSpecDataRemoteRefNullBytePolicy["FAIL"] = "Fail";
})(ExternalSecretSpecDataRemoteRefNullBytePolicy || (exports.ExternalSecretSpecDataRemoteRefNullBytePolicy = ExternalSecretSpecDataRemoteRefNullBytePolicy = {}));
/**
 * Converts an object of type 'ExternalSecretSpecDataSourceRefGeneratorRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretSpecDataSourceRefGeneratorRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'kind': obj.kind,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretSpecDataSourceRefStoreRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretSpecDataSourceRefStoreRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kind': obj.kind,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Used to define a conversion Strategy. Defaults to Default when omitted.
 *
 * @default Default when omitted.
 * @schema ExternalSecretSpecDataFromExtractConversionStrategy
 */
var ExternalSecretSpecDataFromExtractConversionStrategy;
(function (ExternalSecretSpecDataFromExtractConversionStrategy) {
    /** Default */
    ExternalSecretSpecDataFromExtractConversionStrategy["DEFAULT"] = "Default";
    /** Unicode */
    ExternalSecretSpecDataFromExtractConversionStrategy["UNICODE"] = "Unicode";
})(ExternalSecretSpecDataFromExtractConversionStrategy || (exports.ExternalSecretSpecDataFromExtractConversionStrategy = ExternalSecretSpecDataFromExtractConversionStrategy = {}));
/**
 * Used to define a decoding Strategy. Defaults to None when omitted.
 *
 * @default None when omitted.
 * @schema ExternalSecretSpecDataFromExtractDecodingStrategy
 */
var ExternalSecretSpecDataFromExtractDecodingStrategy;
(function (ExternalSecretSpecDataFromExtractDecodingStrategy) {
    /** Auto */
    ExternalSecretSpecDataFromExtractDecodingStrategy["AUTO"] = "Auto";
    /** Base64 */
    ExternalSecretSpecDataFromExtractDecodingStrategy["BASE64"] = "Base64";
    /** Base64URL */
    ExternalSecretSpecDataFromExtractDecodingStrategy["BASE64_URL"] = "Base64URL";
    /** None */
    ExternalSecretSpecDataFromExtractDecodingStrategy["NONE"] = "None";
})(ExternalSecretSpecDataFromExtractDecodingStrategy || (exports.ExternalSecretSpecDataFromExtractDecodingStrategy = ExternalSecretSpecDataFromExtractDecodingStrategy = {}));
/**
 * Policy for fetching tags/labels from provider secrets, possible options are Fetch, None. Defaults to None
 *
 * @default None
 * @schema ExternalSecretSpecDataFromExtractMetadataPolicy
 */
var ExternalSecretSpecDataFromExtractMetadataPolicy;
(function (ExternalSecretSpecDataFromExtractMetadataPolicy) {
    /** None */
    ExternalSecretSpecDataFromExtractMetadataPolicy["NONE"] = "None";
    /** Fetch */
    ExternalSecretSpecDataFromExtractMetadataPolicy["FETCH"] = "Fetch";
})(ExternalSecretSpecDataFromExtractMetadataPolicy || (exports.ExternalSecretSpecDataFromExtractMetadataPolicy = ExternalSecretSpecDataFromExtractMetadataPolicy = {}));
/**
 * Controls how ESO handles fetched secret data containing NUL bytes for this source.
 *
 * @schema ExternalSecretSpecDataFromExtractNullBytePolicy
 */
var ExternalSecretSpecDataFromExtractNullBytePolicy;
(function (ExternalSecretSpecDataFromExtractNullBytePolicy) {
    /** Ignore */
    ExternalSecretSpecDataFromExtractNullBytePolicy["IGNORE"] = "Ignore";
    /** Fail */
    ExternalSecretSpecDataFromExtractNullBytePolicy["FAIL"] = "Fail";
})(ExternalSecretSpecDataFromExtractNullBytePolicy || (exports.ExternalSecretSpecDataFromExtractNullBytePolicy = ExternalSecretSpecDataFromExtractNullBytePolicy = {}));
/**
 * Used to define a conversion Strategy. Defaults to Default when omitted.
 *
 * @default Default when omitted.
 * @schema ExternalSecretSpecDataFromFindConversionStrategy
 */
var ExternalSecretSpecDataFromFindConversionStrategy;
(function (ExternalSecretSpecDataFromFindConversionStrategy) {
    /** Default */
    ExternalSecretSpecDataFromFindConversionStrategy["DEFAULT"] = "Default";
    /** Unicode */
    ExternalSecretSpecDataFromFindConversionStrategy["UNICODE"] = "Unicode";
})(ExternalSecretSpecDataFromFindConversionStrategy || (exports.ExternalSecretSpecDataFromFindConversionStrategy = ExternalSecretSpecDataFromFindConversionStrategy = {}));
/**
 * Used to define a decoding Strategy. Defaults to None when omitted.
 *
 * @default None when omitted.
 * @schema ExternalSecretSpecDataFromFindDecodingStrategy
 */
var ExternalSecretSpecDataFromFindDecodingStrategy;
(function (ExternalSecretSpecDataFromFindDecodingStrategy) {
    /** Auto */
    ExternalSecretSpecDataFromFindDecodingStrategy["AUTO"] = "Auto";
    /** Base64 */
    ExternalSecretSpecDataFromFindDecodingStrategy["BASE64"] = "Base64";
    /** Base64URL */
    ExternalSecretSpecDataFromFindDecodingStrategy["BASE64_URL"] = "Base64URL";
    /** None */
    ExternalSecretSpecDataFromFindDecodingStrategy["NONE"] = "None";
})(ExternalSecretSpecDataFromFindDecodingStrategy || (exports.ExternalSecretSpecDataFromFindDecodingStrategy = ExternalSecretSpecDataFromFindDecodingStrategy = {}));
/**
 * Converts an object of type 'ExternalSecretSpecDataFromFindName' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretSpecDataFromFindName(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'regexp': obj.regexp,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Controls how ESO handles fetched secret data containing NUL bytes for this find source.
 *
 * @schema ExternalSecretSpecDataFromFindNullBytePolicy
 */
var ExternalSecretSpecDataFromFindNullBytePolicy;
(function (ExternalSecretSpecDataFromFindNullBytePolicy) {
    /** Ignore */
    ExternalSecretSpecDataFromFindNullBytePolicy["IGNORE"] = "Ignore";
    /** Fail */
    ExternalSecretSpecDataFromFindNullBytePolicy["FAIL"] = "Fail";
})(ExternalSecretSpecDataFromFindNullBytePolicy || (exports.ExternalSecretSpecDataFromFindNullBytePolicy = ExternalSecretSpecDataFromFindNullBytePolicy = {}));
/**
 * Converts an object of type 'ExternalSecretSpecDataFromRewriteMerge' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretSpecDataFromRewriteMerge(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'conflictPolicy': obj.conflictPolicy,
        'into': obj.into,
        'priority': obj.priority?.map(y => y),
        'priorityPolicy': obj.priorityPolicy,
        'strategy': obj.strategy,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretSpecDataFromRewriteRegexp' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretSpecDataFromRewriteRegexp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'source': obj.source,
        'target': obj.target,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretSpecDataFromRewriteTransform' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretSpecDataFromRewriteTransform(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'template': obj.template,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretSpecDataFromSourceRefGeneratorRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretSpecDataFromSourceRefGeneratorRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'kind': obj.kind,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretSpecDataFromSourceRefStoreRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretSpecDataFromSourceRefStoreRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kind': obj.kind,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * EngineVersion specifies the template engine version
 * that should be used to compile/execute the
 * template specified in .data and .templateFrom[].
 *
 * @schema ExternalSecretSpecTargetTemplateEngineVersion
 */
var ExternalSecretSpecTargetTemplateEngineVersion;
(function (ExternalSecretSpecTargetTemplateEngineVersion) {
    /** v2 */
    ExternalSecretSpecTargetTemplateEngineVersion["V2"] = "v2";
})(ExternalSecretSpecTargetTemplateEngineVersion || (exports.ExternalSecretSpecTargetTemplateEngineVersion = ExternalSecretSpecTargetTemplateEngineVersion = {}));
/**
 * TemplateMergePolicy defines how the rendered template should be merged with the existing Secret data.
 *
 * @schema ExternalSecretSpecTargetTemplateMergePolicy
 */
var ExternalSecretSpecTargetTemplateMergePolicy;
(function (ExternalSecretSpecTargetTemplateMergePolicy) {
    /** Replace */
    ExternalSecretSpecTargetTemplateMergePolicy["REPLACE"] = "Replace";
    /** Merge */
    ExternalSecretSpecTargetTemplateMergePolicy["MERGE"] = "Merge";
})(ExternalSecretSpecTargetTemplateMergePolicy || (exports.ExternalSecretSpecTargetTemplateMergePolicy = ExternalSecretSpecTargetTemplateMergePolicy = {}));
/**
 * Converts an object of type 'ExternalSecretSpecTargetTemplateMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretSpecTargetTemplateMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'finalizers': obj.finalizers?.map(y => y),
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretSpecTargetTemplateTemplateFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretSpecTargetTemplateTemplateFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMap': toJson_ExternalSecretSpecTargetTemplateTemplateFromConfigMap(obj.configMap),
        'literal': obj.literal,
        'secret': toJson_ExternalSecretSpecTargetTemplateTemplateFromSecret(obj.secret),
        'target': obj.target,
        'valuesDecodingStrategy': obj.valuesDecodingStrategy,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Specify the Kind of the generator resource
 *
 * @schema ExternalSecretSpecDataSourceRefGeneratorRefKind
 */
var ExternalSecretSpecDataSourceRefGeneratorRefKind;
(function (ExternalSecretSpecDataSourceRefGeneratorRefKind) {
    /** ACRAccessToken */
    ExternalSecretSpecDataSourceRefGeneratorRefKind["ACR_ACCESS_TOKEN"] = "ACRAccessToken";
    /** BeyondtrustWorkloadCredentialsDynamicSecret */
    ExternalSecretSpecDataSourceRefGeneratorRefKind["BEYONDTRUST_WORKLOAD_CREDENTIALS_DYNAMIC_SECRET"] = "BeyondtrustWorkloadCredentialsDynamicSecret";
    /** ClusterGenerator */
    ExternalSecretSpecDataSourceRefGeneratorRefKind["CLUSTER_GENERATOR"] = "ClusterGenerator";
    /** CloudsmithAccessToken */
    ExternalSecretSpecDataSourceRefGeneratorRefKind["CLOUDSMITH_ACCESS_TOKEN"] = "CloudsmithAccessToken";
    /** ECRAuthorizationToken */
    ExternalSecretSpecDataSourceRefGeneratorRefKind["ECR_AUTHORIZATION_TOKEN"] = "ECRAuthorizationToken";
    /** Fake */
    ExternalSecretSpecDataSourceRefGeneratorRefKind["FAKE"] = "Fake";
    /** GCRAccessToken */
    ExternalSecretSpecDataSourceRefGeneratorRefKind["GCR_ACCESS_TOKEN"] = "GCRAccessToken";
    /** GithubAccessToken */
    ExternalSecretSpecDataSourceRefGeneratorRefKind["GITHUB_ACCESS_TOKEN"] = "GithubAccessToken";
    /** GitlabDeployToken */
    ExternalSecretSpecDataSourceRefGeneratorRefKind["GITLAB_DEPLOY_TOKEN"] = "GitlabDeployToken";
    /** QuayAccessToken */
    ExternalSecretSpecDataSourceRefGeneratorRefKind["QUAY_ACCESS_TOKEN"] = "QuayAccessToken";
    /** Password */
    ExternalSecretSpecDataSourceRefGeneratorRefKind["PASSWORD"] = "Password";
    /** SSHKey */
    ExternalSecretSpecDataSourceRefGeneratorRefKind["SSH_KEY"] = "SSHKey";
    /** STSSessionToken */
    ExternalSecretSpecDataSourceRefGeneratorRefKind["STS_SESSION_TOKEN"] = "STSSessionToken";
    /** UUID */
    ExternalSecretSpecDataSourceRefGeneratorRefKind["UUID"] = "UUID";
    /** VaultDynamicSecret */
    ExternalSecretSpecDataSourceRefGeneratorRefKind["VAULT_DYNAMIC_SECRET"] = "VaultDynamicSecret";
    /** Webhook */
    ExternalSecretSpecDataSourceRefGeneratorRefKind["WEBHOOK"] = "Webhook";
    /** Grafana */
    ExternalSecretSpecDataSourceRefGeneratorRefKind["GRAFANA"] = "Grafana";
    /** MFA */
    ExternalSecretSpecDataSourceRefGeneratorRefKind["MFA"] = "MFA";
})(ExternalSecretSpecDataSourceRefGeneratorRefKind || (exports.ExternalSecretSpecDataSourceRefGeneratorRefKind = ExternalSecretSpecDataSourceRefGeneratorRefKind = {}));
/**
 * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
 * Defaults to `SecretStore`
 *
 * @default SecretStore`
 * @schema ExternalSecretSpecDataSourceRefStoreRefKind
 */
var ExternalSecretSpecDataSourceRefStoreRefKind;
(function (ExternalSecretSpecDataSourceRefStoreRefKind) {
    /** SecretStore */
    ExternalSecretSpecDataSourceRefStoreRefKind["SECRET_STORE"] = "SecretStore";
    /** ClusterSecretStore */
    ExternalSecretSpecDataSourceRefStoreRefKind["CLUSTER_SECRET_STORE"] = "ClusterSecretStore";
})(ExternalSecretSpecDataSourceRefStoreRefKind || (exports.ExternalSecretSpecDataSourceRefStoreRefKind = ExternalSecretSpecDataSourceRefStoreRefKind = {}));
/**
 * Used to define the policy to use in conflict resolution.
 *
 * @schema ExternalSecretSpecDataFromRewriteMergeConflictPolicy
 */
var ExternalSecretSpecDataFromRewriteMergeConflictPolicy;
(function (ExternalSecretSpecDataFromRewriteMergeConflictPolicy) {
    /** Ignore */
    ExternalSecretSpecDataFromRewriteMergeConflictPolicy["IGNORE"] = "Ignore";
    /** Error */
    ExternalSecretSpecDataFromRewriteMergeConflictPolicy["ERROR"] = "Error";
})(ExternalSecretSpecDataFromRewriteMergeConflictPolicy || (exports.ExternalSecretSpecDataFromRewriteMergeConflictPolicy = ExternalSecretSpecDataFromRewriteMergeConflictPolicy = {}));
/**
 * Used to define the policy when a key in the priority list does not exist in the input.
 *
 * @schema ExternalSecretSpecDataFromRewriteMergePriorityPolicy
 */
var ExternalSecretSpecDataFromRewriteMergePriorityPolicy;
(function (ExternalSecretSpecDataFromRewriteMergePriorityPolicy) {
    /** IgnoreNotFound */
    ExternalSecretSpecDataFromRewriteMergePriorityPolicy["IGNORE_NOT_FOUND"] = "IgnoreNotFound";
    /** Strict */
    ExternalSecretSpecDataFromRewriteMergePriorityPolicy["STRICT"] = "Strict";
})(ExternalSecretSpecDataFromRewriteMergePriorityPolicy || (exports.ExternalSecretSpecDataFromRewriteMergePriorityPolicy = ExternalSecretSpecDataFromRewriteMergePriorityPolicy = {}));
/**
 * Used to define the strategy to use in the merge operation.
 *
 * @schema ExternalSecretSpecDataFromRewriteMergeStrategy
 */
var ExternalSecretSpecDataFromRewriteMergeStrategy;
(function (ExternalSecretSpecDataFromRewriteMergeStrategy) {
    /** Extract */
    ExternalSecretSpecDataFromRewriteMergeStrategy["EXTRACT"] = "Extract";
    /** JSON */
    ExternalSecretSpecDataFromRewriteMergeStrategy["JSON"] = "JSON";
})(ExternalSecretSpecDataFromRewriteMergeStrategy || (exports.ExternalSecretSpecDataFromRewriteMergeStrategy = ExternalSecretSpecDataFromRewriteMergeStrategy = {}));
/**
 * Specify the Kind of the generator resource
 *
 * @schema ExternalSecretSpecDataFromSourceRefGeneratorRefKind
 */
var ExternalSecretSpecDataFromSourceRefGeneratorRefKind;
(function (ExternalSecretSpecDataFromSourceRefGeneratorRefKind) {
    /** ACRAccessToken */
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["ACR_ACCESS_TOKEN"] = "ACRAccessToken";
    /** BeyondtrustWorkloadCredentialsDynamicSecret */
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["BEYONDTRUST_WORKLOAD_CREDENTIALS_DYNAMIC_SECRET"] = "BeyondtrustWorkloadCredentialsDynamicSecret";
    /** ClusterGenerator */
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["CLUSTER_GENERATOR"] = "ClusterGenerator";
    /** CloudsmithAccessToken */
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["CLOUDSMITH_ACCESS_TOKEN"] = "CloudsmithAccessToken";
    /** ECRAuthorizationToken */
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["ECR_AUTHORIZATION_TOKEN"] = "ECRAuthorizationToken";
    /** Fake */
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["FAKE"] = "Fake";
    /** GCRAccessToken */
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["GCR_ACCESS_TOKEN"] = "GCRAccessToken";
    /** GithubAccessToken */
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["GITHUB_ACCESS_TOKEN"] = "GithubAccessToken";
    /** GitlabDeployToken */
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["GITLAB_DEPLOY_TOKEN"] = "GitlabDeployToken";
    /** QuayAccessToken */
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["QUAY_ACCESS_TOKEN"] = "QuayAccessToken";
    /** Password */
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["PASSWORD"] = "Password";
    /** SSHKey */
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["SSH_KEY"] = "SSHKey";
    /** STSSessionToken */
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["STS_SESSION_TOKEN"] = "STSSessionToken";
    /** UUID */
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["UUID"] = "UUID";
    /** VaultDynamicSecret */
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["VAULT_DYNAMIC_SECRET"] = "VaultDynamicSecret";
    /** Webhook */
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["WEBHOOK"] = "Webhook";
    /** Grafana */
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["GRAFANA"] = "Grafana";
    /** MFA */
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["MFA"] = "MFA";
})(ExternalSecretSpecDataFromSourceRefGeneratorRefKind || (exports.ExternalSecretSpecDataFromSourceRefGeneratorRefKind = ExternalSecretSpecDataFromSourceRefGeneratorRefKind = {}));
/**
 * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
 * Defaults to `SecretStore`
 *
 * @default SecretStore`
 * @schema ExternalSecretSpecDataFromSourceRefStoreRefKind
 */
var ExternalSecretSpecDataFromSourceRefStoreRefKind;
(function (ExternalSecretSpecDataFromSourceRefStoreRefKind) {
    /** SecretStore */
    ExternalSecretSpecDataFromSourceRefStoreRefKind["SECRET_STORE"] = "SecretStore";
    /** ClusterSecretStore */
    ExternalSecretSpecDataFromSourceRefStoreRefKind["CLUSTER_SECRET_STORE"] = "ClusterSecretStore";
})(ExternalSecretSpecDataFromSourceRefStoreRefKind || (exports.ExternalSecretSpecDataFromSourceRefStoreRefKind = ExternalSecretSpecDataFromSourceRefStoreRefKind = {}));
/**
 * Converts an object of type 'ExternalSecretSpecTargetTemplateTemplateFromConfigMap' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretSpecTargetTemplateTemplateFromConfigMap(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'items': obj.items?.map(y => toJson_ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems(y)),
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretSpecTargetTemplateTemplateFromSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretSpecTargetTemplateTemplateFromSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'items': obj.items?.map(y => toJson_ExternalSecretSpecTargetTemplateTemplateFromSecretItems(y)),
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Used to define a decoding Strategy for the rendered template values.
 * Defaults to None when omitted.
 *
 * @default None when omitted.
 * @schema ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy
 */
var ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy;
(function (ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy) {
    /** Auto */
    ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy["AUTO"] = "Auto";
    /** Base64 */
    ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy["BASE64"] = "Base64";
    /** Base64URL */
    ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy["BASE64_URL"] = "Base64URL";
    /** None */
    ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy["NONE"] = "None";
})(ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy || (exports.ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy = ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy = {}));
/**
 * Converts an object of type 'ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'templateAs': obj.templateAs,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretSpecTargetTemplateTemplateFromSecretItems' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretSpecTargetTemplateTemplateFromSecretItems(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'templateAs': obj.templateAs,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * TemplateScope specifies how the template keys should be interpreted.
 *
 * @schema ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs
 */
var ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs;
(function (ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs) {
    /** Values */
    ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs["VALUES"] = "Values";
    /** KeysAndValues */
    ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs["KEYS_AND_VALUES"] = "KeysAndValues";
})(ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs || (exports.ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs = ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs = {}));
/**
 * TemplateScope specifies how the template keys should be interpreted.
 *
 * @schema ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs
 */
var ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs;
(function (ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs) {
    /** Values */
    ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs["VALUES"] = "Values";
    /** KeysAndValues */
    ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs["KEYS_AND_VALUES"] = "KeysAndValues";
})(ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs || (exports.ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs = ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs = {}));
/**
 * ExternalSecret is the schema for the external-secrets API.
 *
 * @schema ExternalSecretV1Beta1
 */
class ExternalSecretV1Beta1 extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "ExternalSecretV1Beta1"
     */
    static GVK = {
        apiVersion: 'external-secrets.io/v1beta1',
        kind: 'ExternalSecret',
    };
    /**
     * Renders a Kubernetes manifest for "ExternalSecretV1Beta1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props = {}) {
        return {
            ...ExternalSecretV1Beta1.GVK,
            ...toJson_ExternalSecretV1Beta1Props(props),
        };
    }
    /**
     * Defines a "ExternalSecretV1Beta1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...ExternalSecretV1Beta1.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...ExternalSecretV1Beta1.GVK,
            ...toJson_ExternalSecretV1Beta1Props(resolved),
        };
    }
}
exports.ExternalSecretV1Beta1 = ExternalSecretV1Beta1;
/**
 * Converts an object of type 'ExternalSecretV1Beta1Props' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ExternalSecretV1Beta1Spec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1Spec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretV1Beta1Spec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'data': obj.data?.map(y => toJson_ExternalSecretV1Beta1SpecData(y)),
        'dataFrom': obj.dataFrom?.map(y => toJson_ExternalSecretV1Beta1SpecDataFrom(y)),
        'refreshInterval': obj.refreshInterval,
        'refreshPolicy': obj.refreshPolicy,
        'secretStoreRef': toJson_ExternalSecretV1Beta1SpecSecretStoreRef(obj.secretStoreRef),
        'target': toJson_ExternalSecretV1Beta1SpecTarget(obj.target),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecData' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretV1Beta1SpecData(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'remoteRef': toJson_ExternalSecretV1Beta1SpecDataRemoteRef(obj.remoteRef),
        'secretKey': obj.secretKey,
        'sourceRef': toJson_ExternalSecretV1Beta1SpecDataSourceRef(obj.sourceRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecDataFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretV1Beta1SpecDataFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'extract': toJson_ExternalSecretV1Beta1SpecDataFromExtract(obj.extract),
        'find': toJson_ExternalSecretV1Beta1SpecDataFromFind(obj.find),
        'rewrite': obj.rewrite?.map(y => toJson_ExternalSecretV1Beta1SpecDataFromRewrite(y)),
        'sourceRef': toJson_ExternalSecretV1Beta1SpecDataFromSourceRef(obj.sourceRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * RefreshPolicy determines how the ExternalSecret should be refreshed:
 * - CreatedOnce: Creates the Secret only if it does not exist and does not update it thereafter
 * - Periodic: Synchronizes the Secret from the external source at regular intervals specified by refreshInterval.
 * No periodic updates occur if refreshInterval is 0.
 * - OnChange: Only synchronizes the Secret when the ExternalSecret's metadata or specification changes
 *
 * @schema ExternalSecretV1Beta1SpecRefreshPolicy
 */
var ExternalSecretV1Beta1SpecRefreshPolicy;
(function (ExternalSecretV1Beta1SpecRefreshPolicy) {
    /** CreatedOnce */
    ExternalSecretV1Beta1SpecRefreshPolicy["CREATED_ONCE"] = "CreatedOnce";
    /** Periodic */
    ExternalSecretV1Beta1SpecRefreshPolicy["PERIODIC"] = "Periodic";
    /** OnChange */
    ExternalSecretV1Beta1SpecRefreshPolicy["ON_CHANGE"] = "OnChange";
})(ExternalSecretV1Beta1SpecRefreshPolicy || (exports.ExternalSecretV1Beta1SpecRefreshPolicy = ExternalSecretV1Beta1SpecRefreshPolicy = {}));
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecSecretStoreRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretV1Beta1SpecSecretStoreRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kind': obj.kind,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecTarget' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretV1Beta1SpecTarget(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'creationPolicy': obj.creationPolicy,
        'deletionPolicy': obj.deletionPolicy,
        'immutable': obj.immutable,
        'name': obj.name,
        'template': toJson_ExternalSecretV1Beta1SpecTargetTemplate(obj.template),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecDataRemoteRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretV1Beta1SpecDataRemoteRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'conversionStrategy': obj.conversionStrategy,
        'decodingStrategy': obj.decodingStrategy,
        'key': obj.key,
        'metadataPolicy': obj.metadataPolicy,
        'property': obj.property,
        'version': obj.version,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecDataSourceRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretV1Beta1SpecDataSourceRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'generatorRef': toJson_ExternalSecretV1Beta1SpecDataSourceRefGeneratorRef(obj.generatorRef),
        'storeRef': toJson_ExternalSecretV1Beta1SpecDataSourceRefStoreRef(obj.storeRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecDataFromExtract' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretV1Beta1SpecDataFromExtract(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'conversionStrategy': obj.conversionStrategy,
        'decodingStrategy': obj.decodingStrategy,
        'key': obj.key,
        'metadataPolicy': obj.metadataPolicy,
        'property': obj.property,
        'version': obj.version,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecDataFromFind' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretV1Beta1SpecDataFromFind(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'conversionStrategy': obj.conversionStrategy,
        'decodingStrategy': obj.decodingStrategy,
        'name': toJson_ExternalSecretV1Beta1SpecDataFromFindName(obj.name),
        'path': obj.path,
        'tags': ((obj.tags) === undefined) ? undefined : (Object.entries(obj.tags).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecDataFromRewrite' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretV1Beta1SpecDataFromRewrite(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'regexp': toJson_ExternalSecretV1Beta1SpecDataFromRewriteRegexp(obj.regexp),
        'transform': toJson_ExternalSecretV1Beta1SpecDataFromRewriteTransform(obj.transform),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecDataFromSourceRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretV1Beta1SpecDataFromSourceRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'generatorRef': toJson_ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRef(obj.generatorRef),
        'storeRef': toJson_ExternalSecretV1Beta1SpecDataFromSourceRefStoreRef(obj.storeRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
 * Defaults to `SecretStore`
 *
 * @default SecretStore`
 * @schema ExternalSecretV1Beta1SpecSecretStoreRefKind
 */
var ExternalSecretV1Beta1SpecSecretStoreRefKind;
(function (ExternalSecretV1Beta1SpecSecretStoreRefKind) {
    /** SecretStore */
    ExternalSecretV1Beta1SpecSecretStoreRefKind["SECRET_STORE"] = "SecretStore";
    /** ClusterSecretStore */
    ExternalSecretV1Beta1SpecSecretStoreRefKind["CLUSTER_SECRET_STORE"] = "ClusterSecretStore";
})(ExternalSecretV1Beta1SpecSecretStoreRefKind || (exports.ExternalSecretV1Beta1SpecSecretStoreRefKind = ExternalSecretV1Beta1SpecSecretStoreRefKind = {}));
/**
 * CreationPolicy defines rules on how to create the resulting Secret.
 * Defaults to "Owner"
 *
 * @default Owner"
 * @schema ExternalSecretV1Beta1SpecTargetCreationPolicy
 */
var ExternalSecretV1Beta1SpecTargetCreationPolicy;
(function (ExternalSecretV1Beta1SpecTargetCreationPolicy) {
    /** Owner */
    ExternalSecretV1Beta1SpecTargetCreationPolicy["OWNER"] = "Owner";
    /** Orphan */
    ExternalSecretV1Beta1SpecTargetCreationPolicy["ORPHAN"] = "Orphan";
    /** Merge */
    ExternalSecretV1Beta1SpecTargetCreationPolicy["MERGE"] = "Merge";
    /** None */
    ExternalSecretV1Beta1SpecTargetCreationPolicy["NONE"] = "None";
})(ExternalSecretV1Beta1SpecTargetCreationPolicy || (exports.ExternalSecretV1Beta1SpecTargetCreationPolicy = ExternalSecretV1Beta1SpecTargetCreationPolicy = {}));
/**
 * DeletionPolicy defines rules on how to delete the resulting Secret.
 * Defaults to "Retain"
 *
 * @default Retain"
 * @schema ExternalSecretV1Beta1SpecTargetDeletionPolicy
 */
var ExternalSecretV1Beta1SpecTargetDeletionPolicy;
(function (ExternalSecretV1Beta1SpecTargetDeletionPolicy) {
    /** Delete */
    ExternalSecretV1Beta1SpecTargetDeletionPolicy["DELETE"] = "Delete";
    /** Merge */
    ExternalSecretV1Beta1SpecTargetDeletionPolicy["MERGE"] = "Merge";
    /** Retain */
    ExternalSecretV1Beta1SpecTargetDeletionPolicy["RETAIN"] = "Retain";
})(ExternalSecretV1Beta1SpecTargetDeletionPolicy || (exports.ExternalSecretV1Beta1SpecTargetDeletionPolicy = ExternalSecretV1Beta1SpecTargetDeletionPolicy = {}));
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecTargetTemplate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretV1Beta1SpecTargetTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'data': ((obj.data) === undefined) ? undefined : (Object.entries(obj.data).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'engineVersion': obj.engineVersion,
        'mergePolicy': obj.mergePolicy,
        'metadata': toJson_ExternalSecretV1Beta1SpecTargetTemplateMetadata(obj.metadata),
        'templateFrom': obj.templateFrom?.map(y => toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom(y)),
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Used to define a conversion Strategy
 *
 * @schema ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy
 */
var ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy;
(function (ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy) {
    /** Default */
    ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy["DEFAULT"] = "Default";
    /** Unicode */
    ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy["UNICODE"] = "Unicode";
})(ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy || (exports.ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy = ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy = {}));
/**
 * Used to define a decoding Strategy
 *
 * @schema ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy
 */
var ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy;
(function (ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy) {
    /** Auto */
    ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy["AUTO"] = "Auto";
    /** Base64 */
    ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy["BASE64"] = "Base64";
    /** Base64URL */
    ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy["BASE64_URL"] = "Base64URL";
    /** None */
    ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy["NONE"] = "None";
})(ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy || (exports.ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy = ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy = {}));
/**
 * Policy for fetching tags/labels from provider secrets, possible options are Fetch, None. Defaults to None
 *
 * @default None
 * @schema ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy
 */
var ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy;
(function (ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy) {
    /** None */
    ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy["NONE"] = "None";
    /** Fetch */
    ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy["FETCH"] = "Fetch";
})(ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy || (exports.ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy = ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy = {}));
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecDataSourceRefGeneratorRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretV1Beta1SpecDataSourceRefGeneratorRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'kind': obj.kind,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecDataSourceRefStoreRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretV1Beta1SpecDataSourceRefStoreRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kind': obj.kind,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Used to define a conversion Strategy
 *
 * @schema ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy
 */
var ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy;
(function (ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy) {
    /** Default */
    ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy["DEFAULT"] = "Default";
    /** Unicode */
    ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy["UNICODE"] = "Unicode";
})(ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy || (exports.ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy = ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy = {}));
/**
 * Used to define a decoding Strategy
 *
 * @schema ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy
 */
var ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy;
(function (ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy) {
    /** Auto */
    ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy["AUTO"] = "Auto";
    /** Base64 */
    ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy["BASE64"] = "Base64";
    /** Base64URL */
    ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy["BASE64_URL"] = "Base64URL";
    /** None */
    ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy["NONE"] = "None";
})(ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy || (exports.ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy = ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy = {}));
/**
 * Policy for fetching tags/labels from provider secrets, possible options are Fetch, None. Defaults to None
 *
 * @default None
 * @schema ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy
 */
var ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy;
(function (ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy) {
    /** None */
    ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy["NONE"] = "None";
    /** Fetch */
    ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy["FETCH"] = "Fetch";
})(ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy || (exports.ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy = ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy = {}));
/**
 * Used to define a conversion Strategy
 *
 * @schema ExternalSecretV1Beta1SpecDataFromFindConversionStrategy
 */
var ExternalSecretV1Beta1SpecDataFromFindConversionStrategy;
(function (ExternalSecretV1Beta1SpecDataFromFindConversionStrategy) {
    /** Default */
    ExternalSecretV1Beta1SpecDataFromFindConversionStrategy["DEFAULT"] = "Default";
    /** Unicode */
    ExternalSecretV1Beta1SpecDataFromFindConversionStrategy["UNICODE"] = "Unicode";
})(ExternalSecretV1Beta1SpecDataFromFindConversionStrategy || (exports.ExternalSecretV1Beta1SpecDataFromFindConversionStrategy = ExternalSecretV1Beta1SpecDataFromFindConversionStrategy = {}));
/**
 * Used to define a decoding Strategy
 *
 * @schema ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy
 */
var ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy;
(function (ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy) {
    /** Auto */
    ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy["AUTO"] = "Auto";
    /** Base64 */
    ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy["BASE64"] = "Base64";
    /** Base64URL */
    ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy["BASE64_URL"] = "Base64URL";
    /** None */
    ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy["NONE"] = "None";
})(ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy || (exports.ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy = ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy = {}));
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecDataFromFindName' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretV1Beta1SpecDataFromFindName(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'regexp': obj.regexp,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecDataFromRewriteRegexp' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretV1Beta1SpecDataFromRewriteRegexp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'source': obj.source,
        'target': obj.target,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecDataFromRewriteTransform' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretV1Beta1SpecDataFromRewriteTransform(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'template': obj.template,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'kind': obj.kind,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecDataFromSourceRefStoreRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretV1Beta1SpecDataFromSourceRefStoreRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kind': obj.kind,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * EngineVersion specifies the template engine version
 * that should be used to compile/execute the
 * template specified in .data and .templateFrom[].
 *
 * @schema ExternalSecretV1Beta1SpecTargetTemplateEngineVersion
 */
var ExternalSecretV1Beta1SpecTargetTemplateEngineVersion;
(function (ExternalSecretV1Beta1SpecTargetTemplateEngineVersion) {
    /** v2 */
    ExternalSecretV1Beta1SpecTargetTemplateEngineVersion["V2"] = "v2";
})(ExternalSecretV1Beta1SpecTargetTemplateEngineVersion || (exports.ExternalSecretV1Beta1SpecTargetTemplateEngineVersion = ExternalSecretV1Beta1SpecTargetTemplateEngineVersion = {}));
/**
 * TemplateMergePolicy defines how template values should be merged when generating a secret.
 *
 * @schema ExternalSecretV1Beta1SpecTargetTemplateMergePolicy
 */
var ExternalSecretV1Beta1SpecTargetTemplateMergePolicy;
(function (ExternalSecretV1Beta1SpecTargetTemplateMergePolicy) {
    /** Replace */
    ExternalSecretV1Beta1SpecTargetTemplateMergePolicy["REPLACE"] = "Replace";
    /** Merge */
    ExternalSecretV1Beta1SpecTargetTemplateMergePolicy["MERGE"] = "Merge";
})(ExternalSecretV1Beta1SpecTargetTemplateMergePolicy || (exports.ExternalSecretV1Beta1SpecTargetTemplateMergePolicy = ExternalSecretV1Beta1SpecTargetTemplateMergePolicy = {}));
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecTargetTemplateMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretV1Beta1SpecTargetTemplateMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMap': toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMap(obj.configMap),
        'literal': obj.literal,
        'secret': toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecret(obj.secret),
        'target': obj.target,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Specify the Kind of the generator resource
 *
 * @schema ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind
 */
var ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind;
(function (ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind) {
    /** ACRAccessToken */
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["ACR_ACCESS_TOKEN"] = "ACRAccessToken";
    /** ClusterGenerator */
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["CLUSTER_GENERATOR"] = "ClusterGenerator";
    /** ECRAuthorizationToken */
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["ECR_AUTHORIZATION_TOKEN"] = "ECRAuthorizationToken";
    /** Fake */
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["FAKE"] = "Fake";
    /** GCRAccessToken */
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["GCR_ACCESS_TOKEN"] = "GCRAccessToken";
    /** GithubAccessToken */
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["GITHUB_ACCESS_TOKEN"] = "GithubAccessToken";
    /** QuayAccessToken */
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["QUAY_ACCESS_TOKEN"] = "QuayAccessToken";
    /** Password */
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["PASSWORD"] = "Password";
    /** SSHKey */
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["SSH_KEY"] = "SSHKey";
    /** STSSessionToken */
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["STS_SESSION_TOKEN"] = "STSSessionToken";
    /** UUID */
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["UUID"] = "UUID";
    /** VaultDynamicSecret */
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["VAULT_DYNAMIC_SECRET"] = "VaultDynamicSecret";
    /** Webhook */
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["WEBHOOK"] = "Webhook";
    /** Grafana */
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["GRAFANA"] = "Grafana";
})(ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind || (exports.ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind = ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind = {}));
/**
 * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
 * Defaults to `SecretStore`
 *
 * @default SecretStore`
 * @schema ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind
 */
var ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind;
(function (ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind) {
    /** SecretStore */
    ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind["SECRET_STORE"] = "SecretStore";
    /** ClusterSecretStore */
    ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind["CLUSTER_SECRET_STORE"] = "ClusterSecretStore";
})(ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind || (exports.ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind = ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind = {}));
/**
 * Specify the Kind of the generator resource
 *
 * @schema ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind
 */
var ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind;
(function (ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind) {
    /** ACRAccessToken */
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["ACR_ACCESS_TOKEN"] = "ACRAccessToken";
    /** ClusterGenerator */
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["CLUSTER_GENERATOR"] = "ClusterGenerator";
    /** ECRAuthorizationToken */
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["ECR_AUTHORIZATION_TOKEN"] = "ECRAuthorizationToken";
    /** Fake */
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["FAKE"] = "Fake";
    /** GCRAccessToken */
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["GCR_ACCESS_TOKEN"] = "GCRAccessToken";
    /** GithubAccessToken */
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["GITHUB_ACCESS_TOKEN"] = "GithubAccessToken";
    /** QuayAccessToken */
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["QUAY_ACCESS_TOKEN"] = "QuayAccessToken";
    /** Password */
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["PASSWORD"] = "Password";
    /** SSHKey */
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["SSH_KEY"] = "SSHKey";
    /** STSSessionToken */
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["STS_SESSION_TOKEN"] = "STSSessionToken";
    /** UUID */
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["UUID"] = "UUID";
    /** VaultDynamicSecret */
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["VAULT_DYNAMIC_SECRET"] = "VaultDynamicSecret";
    /** Webhook */
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["WEBHOOK"] = "Webhook";
    /** Grafana */
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["GRAFANA"] = "Grafana";
})(ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind || (exports.ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind = ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind = {}));
/**
 * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
 * Defaults to `SecretStore`
 *
 * @default SecretStore`
 * @schema ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind
 */
var ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind;
(function (ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind) {
    /** SecretStore */
    ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind["SECRET_STORE"] = "SecretStore";
    /** ClusterSecretStore */
    ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind["CLUSTER_SECRET_STORE"] = "ClusterSecretStore";
})(ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind || (exports.ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind = ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind = {}));
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMap' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMap(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'items': obj.items?.map(y => toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItems(y)),
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'items': obj.items?.map(y => toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItems(y)),
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * TemplateTarget defines the target field where the template result will be stored.
 *
 * @schema ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget
 */
var ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget;
(function (ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget) {
    /** Data */
    ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget["DATA"] = "Data";
    /** Annotations */
    ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget["ANNOTATIONS"] = "Annotations";
    /** Labels */
    ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget["LABELS"] = "Labels";
})(ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget || (exports.ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget = ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget = {}));
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItems' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItems(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'templateAs': obj.templateAs,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItems' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItems(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'templateAs': obj.templateAs,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * TemplateScope defines the scope of the template when processing template data.
 *
 * @schema ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs
 */
var ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs;
(function (ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs) {
    /** Values */
    ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs["VALUES"] = "Values";
    /** KeysAndValues */
    ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs["KEYS_AND_VALUES"] = "KeysAndValues";
})(ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs || (exports.ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs = ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs = {}));
/**
 * TemplateScope defines the scope of the template when processing template data.
 *
 * @schema ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs
 */
var ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs;
(function (ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs) {
    /** Values */
    ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs["VALUES"] = "Values";
    /** KeysAndValues */
    ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs["KEYS_AND_VALUES"] = "KeysAndValues";
})(ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs || (exports.ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs = ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs = {}));
