import { k8s } from 'cdk8s-plus-33';
import { Construct } from 'constructs';
import { AuthorizationPolicy, AuthorizationPolicySpecAction } from '../imports/istio-security.istio.io';
import { POD_IDENTITY_AGENT, PlatformConfig, RegionConfig, modelBucketName, serviceAccountName, serviceNamespace } from '../config';
import { ModelConfig, parseS3Uri } from '../config/sections/ml';
import { principal } from '../config/mesh-names';
import { matchLabels, namespacePeer, tcpPorts } from '../k8s/network-policies';
import { serviceSelector } from '../config/traffic';

/**
 * Names, labels, ports and pod-level settings both ML charts (platform and model serving) agree
 * on. Kubernetes-only: what AWS also needs lives in lib/config/names.ts.
 */

/** Fixed non-root uid/gid of every ML container (images must run as an arbitrary non-root user). */
export const ML_RUN_AS_USER = 10001;

/** Port of the MLflow tracking server (container and Service). */
export const MLFLOW_PORT = 5000;

/** Pod labels of the MLflow tracking server. */
export const MLFLOW_SELECTOR: Readonly<Record<string, string>> = { app: 'mlflow' };

/**
 * Pod labels the platform's Feast policies (online store and AWS egress) select: users' Feast
 * feature servers and materialization jobs carry them and run as the `feast` service account.
 */
export const FEAST_SELECTOR: Readonly<Record<string, string>> = { app: 'feast' };

/** Label KServe puts on every predictor pod of an InferenceService (stable and canaries). */
export const ISVC_LABEL = 'serving.kserve.io/inferenceservice';

/** Container port of KServe's model servers (its raw-deployment Services map port 80 to it). */
export const PREDICTOR_PORT = 8080;

/** Port of the predictor Services KServe creates. */
export const PREDICTOR_SERVICE_PORT = 80;

/** Name of the canary entry of an InferenceService; KServe names its Service `<model>-canary-predictor`. */
export const CANARY_NAME = 'canary';

/** Address ranges that are never AWS public endpoints: HTTPS egress to "AWS APIs" excludes them. */
export const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '169.254.0.0/16', '100.64.0.0/10'] as const;

/** Size cap of the writable `/tmp` of ML containers (the root filesystem is read-only). */
export const ML_TMP_SIZE_LIMIT = '256Mi';

/** Pod labels selecting one model's predictor pods (stable and canary). */
export function modelSelector(model: Pick<ModelConfig, 'name'>): Record<string, string> {
  return { [ISVC_LABEL]: model.name };
}

/** FQDN of the Service KServe makes for a model's stable predictor. */
export function predictorHost(model: Pick<ModelConfig, 'name'>, namespace: string): string {
  return `${model.name}-predictor.${namespace}.svc.cluster.local`;
}

/** FQDN of the Service KServe makes for a model's canary predictor. */
export function canaryHost(model: Pick<ModelConfig, 'name'>, namespace: string): string {
  return `${model.name}-${CANARY_NAME}-predictor.${namespace}.svc.cluster.local`;
}

/**
 * The region's copy of a model URI: the config names the hub's model bucket (where models are
 * written); each region serves the same key from its own bucket, which replication fills.
 */
export function regionalModelUri(config: PlatformConfig, region: Pick<RegionConfig, 'name'>, uri: string): string {
  return `s3://${modelBucketName(config, region)}/${parseS3Uri(uri).key}`;
}

/** Mesh identities of the configured callers (services). */
export function servicePrincipals(config: PlatformConfig, callers: readonly string[]): string[] {
  return callers.map((name) => {
    const service = config.services.find((s) => s.name === name)!;
    return principal(serviceNamespace(service), serviceAccountName(service));
  });
}

/** NetworkPolicy peers of the configured callers' pods. */
export function servicePeers(config: PlatformConfig, callers: readonly string[]): k8s.NetworkPolicyPeer[] {
  return callers.map((name) => {
    const service = config.services.find((s) => s.name === name)!;
    return namespacePeer(serviceNamespace(service), serviceSelector(service));
  });
}

/**
 * Egress to AWS APIs a workload needs (S3 through the VPC gateway endpoint, STS): HTTPS to public
 * addresses only, since S3's addresses cannot be listed in a NetworkPolicy; and the Pod Identity
 * agent for credentials.
 */
export function awsEgressRules(): k8s.NetworkPolicyEgressRule[] {
  return [
    { to: [{ ipBlock: { cidr: '0.0.0.0/0', except: [...PRIVATE_RANGES] } }], ports: tcpPorts(443) },
    { to: [{ ipBlock: { cidr: `${POD_IDENTITY_AGENT.address}/32` } }], ports: tcpPorts(POD_IDENTITY_AGENT.port) },
  ];
}

/** Pod-level security context of every ML pod: Pod Security "restricted". */
export function mlPodSecurityContext(): k8s.PodSecurityContext {
  return {
    runAsNonRoot: true,
    runAsUser: ML_RUN_AS_USER,
    runAsGroup: ML_RUN_AS_USER,
    fsGroup: ML_RUN_AS_USER,
    seccompProfile: { type: 'RuntimeDefault' },
  };
}

/** Container-level security context of every ML container: no privileges, read-only root. */
export function mlContainerSecurityContext(): k8s.SecurityContext {
  return {
    allowPrivilegeEscalation: false,
    readOnlyRootFilesystem: true,
    privileged: false,
    runAsNonRoot: true,
    capabilities: { drop: ['ALL'] },
  };
}

/** What {@link allowServiceCallers} admits: pods, their port, and the names of the policies. */
export interface CallerAccess {
  /** Construct id prefix (unique in the chart). */
  readonly id: string;
  /** Name of the ALLOW AuthorizationPolicy and the ingress NetworkPolicy in the ML namespace. */
  readonly name: string;
  /** Name of the egress NetworkPolicy in each caller's namespace. */
  readonly egressName: string;
  /** Labels of the called pods. */
  readonly labels: Readonly<Record<string, string>>;
  readonly port: number;
  /** Services (from `services`) allowed to call; none renders nothing (no one may call). */
  readonly callers: readonly string[];
}

/**
 * Lets configured services call pods of the ML namespace on one port: an ALLOW AuthorizationPolicy
 * for their mesh identities, a NetworkPolicy admitting their pods, and one in each caller's
 * namespace (which denies egress by default) opening the way out.
 */
export function allowServiceCallers(scope: Construct, config: PlatformConfig, namespace: string, access: CallerAccess): void {
  const { callers, labels, port } = access;
  if (callers.length === 0) return;
  new AuthorizationPolicy(scope, `${access.id}AllowCallers`, {
    metadata: { name: access.name, namespace },
    spec: {
      action: AuthorizationPolicySpecAction.ALLOW,
      selector: { matchLabels: { ...labels } },
      rules: [{ from: [{ source: { principals: servicePrincipals(config, callers) } }], to: [{ operation: { ports: [String(port)] } }] }],
    },
  });
  new k8s.KubeNetworkPolicy(scope, `${access.id}NpCallers`, {
    metadata: { name: access.name, namespace },
    spec: { podSelector: matchLabels(labels), policyTypes: ['Ingress'], ingress: [{ from: servicePeers(config, callers), ports: tcpPorts(port) }] },
  });
  for (const caller of callers) {
    const service = config.services.find((s) => s.name === caller)!;
    new k8s.KubeNetworkPolicy(scope, `${access.id}NpEgress-${caller}`, {
      metadata: { name: access.egressName, namespace: serviceNamespace(service) },
      spec: { podSelector: matchLabels(serviceSelector(service)), policyTypes: ['Egress'], egress: [{ to: [namespacePeer(namespace, labels)], ports: tcpPorts(port) }] },
    });
  }
}

/**
 * Where a replicated Deployment's pods go: spread over zones, then over hosts, both preferred (a
 * smaller cluster still schedules them); `matchLabelKeys` keeps a rollout's new pods from counting
 * the old ones.
 */
export function spreadPods(selector: k8s.LabelSelector): Pick<k8s.PodSpec, 'topologySpreadConstraints' | 'affinity'> {
  return {
    topologySpreadConstraints: [{ topologyKey: 'topology.kubernetes.io/zone', maxSkew: 1, whenUnsatisfiable: 'ScheduleAnyway', labelSelector: selector, matchLabelKeys: ['pod-template-hash'] }],
    affinity: {
      podAntiAffinity: {
        preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: selector } }],
      },
    },
  };
}

/** What {@link httpService} and {@link replicaDisruptionBudget} name and select. */
export interface MlWorkloadRef {
  readonly name: string;
  readonly namespace: string;
  /** Labels of the pods (and of the Service or budget itself). */
  readonly labels: Readonly<Record<string, string>>;
}

/** A ClusterIP Service sending `port` to the pods' container port named `http`. */
export function httpService(scope: Construct, id: string, props: MlWorkloadRef & { readonly port: number }): k8s.KubeService {
  const labels = { ...props.labels };
  return new k8s.KubeService(scope, id, {
    metadata: { name: props.name, namespace: props.namespace, labels },
    spec: { type: 'ClusterIP', selector: labels, ports: [{ name: 'http', port: props.port, targetPort: k8s.IntOrString.fromString('http'), protocol: 'TCP' }] },
  });
}

/** With more than one replica, a PodDisruptionBudget keeping all but one available; none with one. */
export function replicaDisruptionBudget(scope: Construct, id: string, props: MlWorkloadRef & { readonly replicas: number }): void {
  if (props.replicas <= 1) return;
  const labels = { ...props.labels };
  new k8s.KubePodDisruptionBudget(scope, id, {
    metadata: { name: props.name, namespace: props.namespace, labels },
    spec: { minAvailable: k8s.IntOrString.fromNumber(props.replicas - 1), selector: { matchLabels: labels }, unhealthyPodEvictionPolicy: 'AlwaysAllow' },
  });
}
