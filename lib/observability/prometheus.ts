import { k8s } from 'cdk8s-plus-33';
import { Construct } from 'constructs';
import { PROMETHEUS_SERVICE_ACCOUNT, PlatformConfig, RegionConfig, SECRET_STORE_NAME, clusterName, observabilitySecretName } from '../config';
import { ExternalSecret, ExternalSecretSpecSecretStoreRefKind, ExternalSecretSpecTargetCreationPolicy } from '../imports/eso-externalsecret-external-secrets.io';
import {
  Prometheus,
  PrometheusSpecRemoteWriteWriteRelabelConfigsAction,
  PrometheusSpecResourcesLimits,
  PrometheusSpecResourcesRequests,
  PrometheusSpecStorage,
  PrometheusSpecStorageEmptyDirSizeLimit,
  PrometheusSpecStorageVolumeClaimTemplateSpecResourcesRequests,
} from '../imports/prom-prometheus-monitoring.coreos.com';
import { namespacePeer, tcpPorts } from '../k8s/network-policies';
import { scrapesMsk } from './monitors';
import {
  AMP_WORKSPACE_ENV,
  AMP_WORKSPACE_ID_KEY,
  AMP_WORKSPACE_SECRET,
  CONFIG_RELOADER_PORT,
  ISTIO_MTLS_SCRAPE_CLASS,
  ISTIO_OUTPUT_CERTS_DIR,
  MSK_SCRAPE_KEY,
  MSK_SCRAPE_SECRET,
  PROMETHEUS_CERTS_DIR,
  PROMETHEUS_NAME,
  PROMETHEUS_POD_LABELS,
  PROMETHEUS_PORT,
  monitoringNamespace,
} from '../config/observability-names';

/** Non-root uid and gid of the Prometheus pods (the image's `nobody`-style user of kube-prometheus). */
export const PROMETHEUS_RUN_AS_USER = 1000;
/** Group owning the TSDB volume. */
export const PROMETHEUS_FS_GROUP = 2000;

/** Share of the volume the TSDB may fill before Prometheus deletes the oldest blocks. */
const RETENTION_SIZE_SHARE = 0.8;

/**
 * The remote-write URL of the region's AMP workspace, with the workspace id left as
 * `$(AMP_WORKSPACE_ID)`: the operator's config reloader substitutes it from its environment (the
 * {@link AMP_WORKSPACE_SECRET} Secret) when it writes the configuration Prometheus loads.
 */
export function ampRemoteWriteUrl(region: Pick<RegionConfig, 'name'>): string {
  return `https://aps-workspaces.${region.name}.amazonaws.com/workspaces/$(${AMP_WORKSPACE_ENV})/api/v1/remote_write`;
}

/**
 * Pod annotations that give the Prometheus pod an Istio sidecar used only as a certificate
 * source: it intercepts nothing (no inbound ports, no outbound ranges), and writes the workload
 * certificate where Prometheus reads it, so Prometheus itself speaks mTLS to STRICT targets
 * (Istio's documented way to scrape with mTLS).
 */
export const ISTIO_CERTS_ANNOTATIONS: Readonly<Record<string, string>> = {
  'traffic.sidecar.istio.io/includeInboundPorts': '',
  'traffic.sidecar.istio.io/includeOutboundIPRanges': '',
  'proxy.istio.io/config': JSON.stringify({ proxyMetadata: { OUTPUT_CERTS: ISTIO_OUTPUT_CERTS_DIR } }),
  'sidecar.istio.io/userVolumeMount': JSON.stringify([{ name: 'istio-certs', mountPath: ISTIO_OUTPUT_CERTS_DIR }]),
};

/**
 * The platform's Prometheus in the monitoring namespace, with everything it needs: its service
 * account and read-only cluster role, a NetworkPolicy that admits only Grafana's and Kiali's
 * queries, and the ExternalSecret carrying the AMP workspace id.
 *
 * - `replicas` identical replicas (HA pair), spread over nodes; Amazon Managed Prometheus keeps
 *   one copy thanks to the `cluster` and `__replica__` external labels (AMP's HA deduplication).
 * - Selects every ServiceMonitor, PodMonitor, Probe and PrometheusRule in every namespace.
 * - Remote write to the region's AMP workspace, signed with SigV4 by Prometheus itself using the
 *   Pod Identity credentials CDK associates with {@link PROMETHEUS_SERVICE_ACCOUNT}. The recorded
 *   `slo:*` series stay local: AMP's ruler records its own from the raw series.
 */
export function platformPrometheus(scope: Construct, config: PlatformConfig, region: RegionConfig): Prometheus {
  const namespace = monitoringNamespace(config);
  const o = config.observability.prometheus;

  new k8s.KubeServiceAccount(scope, 'prometheus-sa', {
    // Prometheus discovers targets through the API and reads the kubelet with this token.
    metadata: { name: PROMETHEUS_SERVICE_ACCOUNT, namespace },
    automountServiceAccountToken: true,
  });
  new k8s.KubeClusterRole(scope, 'prometheus-role', {
    metadata: { name: PROMETHEUS_SERVICE_ACCOUNT },
    rules: [
      { apiGroups: [''], resources: ['nodes', 'nodes/metrics', 'services', 'endpoints', 'pods'], verbs: ['get', 'list', 'watch'] },
      { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: ['get', 'list', 'watch'] },
      { apiGroups: ['networking.k8s.io'], resources: ['ingresses'], verbs: ['get', 'list', 'watch'] },
      { nonResourceUrLs: ['/metrics', '/metrics/cadvisor'], verbs: ['get'] },
    ],
  });
  new k8s.KubeClusterRoleBinding(scope, 'prometheus-binding', {
    metadata: { name: PROMETHEUS_SERVICE_ACCOUNT },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: PROMETHEUS_SERVICE_ACCOUNT },
    subjects: [{ kind: 'ServiceAccount', name: PROMETHEUS_SERVICE_ACCOUNT, namespace }],
  });

  new ExternalSecret(scope, 'amp-workspace', {
    metadata: { name: AMP_WORKSPACE_SECRET, namespace },
    spec: {
      secretStoreRef: { kind: ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE, name: SECRET_STORE_NAME },
      refreshInterval: '1h',
      target: { name: AMP_WORKSPACE_SECRET, creationPolicy: ExternalSecretSpecTargetCreationPolicy.OWNER },
      data: [{ secretKey: AMP_WORKSPACE_ID_KEY, remoteRef: { key: observabilitySecretName(config, 'amp-workspace'), property: 'workspaceId' } }],
    },
  });

  const workspaceEnv = [{ name: AMP_WORKSPACE_ENV, valueFrom: { secretKeyRef: { name: AMP_WORKSPACE_SECRET, key: AMP_WORKSPACE_ID_KEY } } }];
  const certs = `${PROMETHEUS_CERTS_DIR}/`;

  const prometheus = new Prometheus(scope, 'prometheus', {
    metadata: { name: PROMETHEUS_NAME, namespace },
    spec: {
      replicas: o.replicas,
      retention: o.retention,
      retentionSize: `${Math.floor(o.storage.sizeGi * RETENTION_SIZE_SHARE)}GB`,
      scrapeInterval: o.scrapeInterval,
      evaluationInterval: '30s',
      serviceAccountName: PROMETHEUS_SERVICE_ACCOUNT,
      externalLabels: { cluster: clusterName(config, region), region: region.name },
      // AMP deduplicates an HA pair by these two labels.
      replicaExternalLabelName: '__replica__',
      serviceMonitorSelector: {},
      serviceMonitorNamespaceSelector: {},
      podMonitorSelector: {},
      podMonitorNamespaceSelector: {},
      probeSelector: {},
      probeNamespaceSelector: {},
      ruleSelector: {},
      ruleNamespaceSelector: {},
      scrapeClasses: [{
        name: ISTIO_MTLS_SCRAPE_CLASS,
        // The workload certificate's SAN is a SPIFFE id, not the pod address: verify the chain
        // against the mesh CA, not the name (Istio's documented setting).
        tlsConfig: { caFile: `${certs}root-cert.pem`, certFile: `${certs}cert-chain.pem`, keyFile: `${certs}key.pem`, insecureSkipVerify: true },
      }],
      remoteWrite: [{
        name: 'amp',
        url: ampRemoteWriteUrl(region),
        sigv4: { region: region.name },
        queueConfig: { maxSamplesPerSend: 1000, maxShards: 200, capacity: 2500 },
        writeRelabelConfigs: [{ sourceLabels: ['__name__'], regex: 'slo:.*', action: PrometheusSpecRemoteWriteWriteRelabelConfigsAction.DROP }],
      }],
      // MSK brokers are not pods: their scrape configuration is made from the published bootstrap
      // brokers (see `mskScrapeConfig`). Optional, so Prometheus runs before the Secret exists.
      ...(scrapesMsk(config, region) ? { additionalScrapeConfigs: { name: MSK_SCRAPE_SECRET, key: MSK_SCRAPE_KEY, optional: true } } : {}),
      // The reloaders (init and sidecar) write the configuration Prometheus loads; they expand
      // $(AMP_WORKSPACE_ID) from this environment. Merged into the operator's containers by name.
      initContainers: [{ name: 'init-config-reloader', env: workspaceEnv }],
      containers: [{ name: 'config-reloader', env: workspaceEnv }],
      podMetadata: {
        labels: { 'sidecar.istio.io/inject': 'true' },
        annotations: { ...ISTIO_CERTS_ANNOTATIONS },
      },
      volumes: [{ name: 'istio-certs', emptyDir: { medium: 'Memory' } }],
      volumeMounts: [{ name: 'istio-certs', mountPath: certs, readOnly: true }],
      storage: storageOf(o.storage),
      securityContext: {
        runAsNonRoot: true,
        runAsUser: PROMETHEUS_RUN_AS_USER,
        runAsGroup: PROMETHEUS_FS_GROUP,
        fsGroup: PROMETHEUS_FS_GROUP,
        seccompProfile: { type: 'RuntimeDefault' },
      },
      resources: {
        requests: { cpu: PrometheusSpecResourcesRequests.fromString(o.resources.requests.cpu), memory: PrometheusSpecResourcesRequests.fromString(o.resources.requests.memory) },
        limits: { cpu: PrometheusSpecResourcesLimits.fromString(o.resources.limits.cpu), memory: PrometheusSpecResourcesLimits.fromString(o.resources.limits.memory) },
      },
      affinity: {
        podAntiAffinity: {
          preferredDuringSchedulingIgnoredDuringExecution: [{
            weight: 100,
            podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { ...PROMETHEUS_POD_LABELS } } },
          }],
        },
      },
    },
  });

  // Only readers in the monitoring namespace (Grafana, the operator) and Kiali (mesh namespace)
  // reach the query API. Egress (scrapes, discovery, remote write) is opened port by port beside
  // the namespace's default deny (`monitoringNetworkPolicies`).
  new k8s.KubeNetworkPolicy(scope, 'prometheus-ingress', {
    metadata: { name: 'prometheus-platform-ingress', namespace },
    spec: {
      podSelector: { matchLabels: { ...PROMETHEUS_POD_LABELS } },
      policyTypes: ['Ingress'],
      ingress: [
        { from: [namespacePeer(namespace)], ports: tcpPorts(PROMETHEUS_PORT, CONFIG_RELOADER_PORT) },
        { from: [namespacePeer(config.mesh.namespace)], ports: tcpPorts(PROMETHEUS_PORT) },
      ],
    },
  });
  return prometheus;
}

/** A PVC per replica when a StorageClass is named; otherwise a bounded emptyDir. */
function storageOf(storage: PlatformConfig['observability']['prometheus']['storage']): PrometheusSpecStorage {
  const size = `${storage.sizeGi}Gi`;
  if (storage.storageClassName) {
    return {
      volumeClaimTemplate: {
        spec: {
          storageClassName: storage.storageClassName,
          accessModes: ['ReadWriteOnce'],
          resources: { requests: { storage: PrometheusSpecStorageVolumeClaimTemplateSpecResourcesRequests.fromString(size) } },
        },
      },
    };
  }
  return { emptyDir: { sizeLimit: PrometheusSpecStorageEmptyDirSizeLimit.fromString(size) } };
}
