import { k8s } from 'cdk8s-plus-33';
import { Construct } from 'constructs';
import {
  APPCONFIG_AGENT_PORT,
  FEATURE_FLAGS_URL_ENV,
  PlatformConfig,
  RegionConfig,
  SECRET_STORE_NAME,
  POD_IDENTITY_AGENT,
  ServiceConfig,
  featureFlagsConfigurationPath,
  featureFlagsUrl,
  podIdentityEntryByKafka,
  serviceAccountName,
  serviceNamespace,
  serviceSecretName,
  serviceSecretObjectName,
  serviceVersionName,
} from '../config';
import {
  ExternalSecret,
  ExternalSecretSpecSecretStoreRefKind,
  ExternalSecretSpecTargetCreationPolicy,
} from '../imports/eso-externalsecret-external-secrets.io';
import { ServiceEntry, ServiceEntrySpecLocation, ServiceEntrySpecResolution } from '../imports/istio-networking.istio.io';
import { ClusterChart, ClusterChartProps } from '../k8s/cluster-chart';
import { restrictedNamespaceLabels } from '../k8s/namespaces';
import { egressPolicy, ipBlockPeer } from '../k8s/network-policies';
import { podIdentityAgentServiceEntry } from '../k8s/service-entries';
import { versionMaxReplicas, versionReplicas } from './scaling';
import { METRICS_PORT_NAME, SERVICE_PORT_NAME } from '../config/traffic';

/** Props of {@link ServiceChart}. */
export interface ServiceChartProps extends ClusterChartProps {
  /** The service to render: one element of `config.services`. */
  readonly service: ServiceConfig;
  /**
   * Secrets (in the service's namespace, made by other layers, e.g. the Kafka connection Secret)
   * whose keys become environment variables of every version (`envFrom`).
   * @default []
   */
  readonly envFromSecrets?: readonly string[];
}

/**
 * The fixed non-root uid and gid every service container runs as. Images must run as an
 * arbitrary non-root user (own files by gid 0 or make them world-readable); the fixed uid makes
 * `runAsNonRoot` checkable by the kubelet even for images whose USER is a name, not a number.
 */
export const SERVICE_RUN_AS_USER = 10001;


/** The node label of the node group services run on (`eks.nodeGroups[].labels`). */
export const APPLICATION_NODE_LABEL = { key: 'workload', value: 'application' } as const;

/**
 * The liveness probe starts this many times later than readiness and probes this many times less
 * often: liveness restarts the container, so it must not fire during a slow start or a short
 * stall that readiness already handles by taking the pod out of the endpoints.
 */
export const LIVENESS_DELAY_FACTOR = 3;
/** See {@link LIVENESS_DELAY_FACTOR}. */
export const LIVENESS_PERIOD_FACTOR = 2;

/**
 * Seconds a pod gets between SIGTERM and SIGKILL: the Kubernetes default, set explicitly so a
 * change is a reviewed diff. The Istio sidecar drains for 5 s of it.
 */
export const TERMINATION_GRACE_PERIOD_SECONDS = 30;

/** Name of the AWS AppConfig Agent's container (a native sidecar) in a flag reader's pods. */
export const APPCONFIG_AGENT_CONTAINER = 'appconfig-agent';

/**
 * Seconds between the agent's polls of AppConfig (`POLL_INTERVAL`; AWS's default is 45). 15 is
 * the shortest poll AppConfig Data accepts (`RequiredMinimumPollIntervalInSeconds` ≥ 15): a new
 * flag version reaches a pod at most 15 s after the deployment step that includes it, well inside
 * the 36 s between the steps of the 3-minute, 20 %-a-step rollout, so the bake watches pods that
 * already run the new values.
 */
export const APPCONFIG_AGENT_POLL_SECONDS = 15;

/**
 * The agent's requests and memory limit: our budget, not a figure AWS documents (it documents
 * none). The agent holds a few small configurations in memory and polls every 15 s; no CPU limit,
 * as for the services' own sidecars, so a poll is never throttled.
 */
export const APPCONFIG_AGENT_RESOURCES = { requests: { cpu: '25m', memory: '64Mi' }, limits: { memory: '128Mi' } } as const;

/** Size cap of the writable `/tmp` (an emptyDir, since the root filesystem is read-only). */
export const TMP_SIZE_LIMIT = '64Mi';

/**
 * Plain `env` names that look like they hold a secret: such a value would be committed to git
 * and rendered into the manifests, so it must come through `secretEnv` instead.
 */
const SECRET_LOOKING_NAME = /SECRET|PASSWORD|PASSWD|CREDENTIAL|API_?KEY|PRIVATE_?KEY/;

/**
 * One service of the platform in one cluster: its namespace (Pod Security `restricted`, Istio
 * sidecar injection), service account, one Deployment + HorizontalPodAutoscaler +
 * PodDisruptionBudget per version (the canary's subsets select on the `version` label), a
 * ClusterIP Service over all versions, and, when the service has `secretEnv`, the ExternalSecret
 * that materialises its Secret from AWS Secrets Manager.
 *
 * Written with the low-level `k8s.Kube*` classes rather than the cdk8s-plus constructs: those add
 * their own defaults (a `cdk8s.io/metadata.addr` selector label derived from the construct path,
 * which a refactor would change on an immutable Deployment selector; `fsGroupChangePolicy`;
 * `dnsPolicy`, …), and here every field must be exactly what the Pod Security, mesh and
 * autoscaling contracts need.
 *
 * The Deployment's `replicas` is the autoscaler's floor. Once the HPA scales a version up, the
 * live value differs from git: Argo CD must ignore `/spec/replicas` of Deployments (an
 * `ignoreDifferences` entry with `RespectIgnoreDifferences=true`), or it will fight the HPA.
 */
export class ServiceChart extends ClusterChart {
  /** The service rendered. */
  public readonly service: ServiceConfig;
  /** Namespace every namespaced object of the chart lives in. */
  public readonly namespaceName: string;
  /** One Deployment per version, in the order of `service.versions`. */
  public readonly deployments: readonly k8s.KubeDeployment[];
  /** The ExternalSecret behind `secretEnv`; undefined when the service has none. */
  public readonly externalSecret?: ExternalSecret;

  constructor(scope: Construct, id: string, props: ServiceChartProps) {
    super(scope, id, props);
    const { config, region, service } = props;
    this.service = service;
    checkEnv(service, config.services.indexOf(service));

    const namespace = serviceNamespace(service);
    this.namespaceName = namespace;

    new k8s.KubeNamespace(this, 'Namespace', {
      metadata: {
        name: namespace,
        // Enforce the restricted profile at admission, not only in our tests.
        labels: restrictedNamespaceLabels({ mesh: true }),
      },
    });

    new k8s.KubeServiceAccount(this, 'ServiceAccount', {
      metadata: { name: serviceAccountName(service), namespace },
      automountServiceAccountToken: service.automountServiceAccountToken,
    });

    const appLabels = { app: service.name };
    new k8s.KubeService(this, 'Service', {
      metadata: { name: service.name, namespace, labels: appLabels },
      spec: {
        type: 'ClusterIP',
        // Every version: the VirtualService's subsets split the traffic, not the Service.
        selector: appLabels,
        ports: [{
          name: SERVICE_PORT_NAME,
          port: service.port,
          targetPort: k8s.IntOrString.fromString(SERVICE_PORT_NAME),
          protocol: 'TCP',
        }],
      },
    });

    const onApplicationNodes = region.nodeGroups.some((g) => g.labels[APPLICATION_NODE_LABEL.key] === APPLICATION_NODE_LABEL.value);
    const agent = service.featureFlags.length > 0 ? appConfigAgent(config, region) : undefined;
    this.deployments = service.versions.map((version) => {
      // Sized by the version's traffic weight (the canary gets its share, not a full copy).
      const replicas = versionReplicas(service, version, region);
      const name = serviceVersionName(service, version);
      const labels = { app: service.name, version: version.name };
      const deployment = new k8s.KubeDeployment(this, `Deployment-${version.name}`, {
        metadata: { name, namespace, labels },
        spec: {
          replicas,
          selector: { matchLabels: labels },
          // Never below the serving capacity during a rollout: surge first, then retire.
          strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: k8s.IntOrString.fromNumber(0), maxSurge: k8s.IntOrString.fromString('25%') } },
          template: {
            metadata: { labels, annotations: podAnnotations(service) },
            spec: podSpec(service, version.image, labels, onApplicationNodes, props.envFromSecrets ?? [], agent && { container: agent, url: featureFlagsUrl(config) }),
          },
        },
      });

      new k8s.KubeHorizontalPodAutoscalerV2(this, `Autoscaler-${version.name}`, {
        metadata: { name, namespace, labels },
        spec: {
          scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
          minReplicas: replicas,
          maxReplicas: versionMaxReplicas(service, version, region),
          metrics: [{
            type: 'Resource',
            resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: service.targetCpuUtilizationPercent } },
          }],
        },
      });

      new k8s.KubePodDisruptionBudget(this, `DisruptionBudget-${version.name}`, {
        metadata: { name, namespace, labels },
        spec: {
          minAvailable: k8s.IntOrString.fromNumber(service.minAvailable),
          selector: { matchLabels: labels },
          // A crash-looping pod protects nothing; letting it be evicted keeps node drains moving.
          unhealthyPodEvictionPolicy: 'AlwaysAllow',
        },
      });
      return deployment;
    });

    if (agent) this.featureFlagsEgress(namespace);

    if (service.secretEnv.length > 0) {
      const secretName = serviceSecretObjectName(service);
      this.externalSecret = new ExternalSecret(this, 'ExternalSecret', {
        metadata: { name: secretName, namespace, labels: appLabels },
        spec: {
          secretStoreRef: { kind: ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE, name: SECRET_STORE_NAME },
          refreshInterval: '1h',
          target: { name: secretName, creationPolicy: ExternalSecretSpecTargetCreationPolicy.OWNER },
          // One Secrets Manager secret per variable, holding the plain value (no JSON property).
          data: service.secretEnv.map((envVar) => ({
            secretKey: envVar,
            remoteRef: { key: serviceSecretName(config, service, envVar) },
          })),
        },
      });
    }
  }

  /**
   * What the AppConfig Agent needs to get out of the pod, on top of the namespace's default-deny
   * and the mesh's `REGISTRY_ONLY`: AppConfig Data through the region's interface endpoint (an
   * address in the VPC, 443) and the node's Pod Identity agent for its credentials (the
   * ServiceEntry of the latter only when the Kafka layer does not already render it here).
   */
  private featureFlagsEgress(namespace: string): void {
    const { config, region, service } = this;
    egressPolicy(this, 'FeatureFlagsEgress', {
      name: 'allow-feature-flags',
      namespace,
      podLabels: { app: service.name },
      rules: [
        { to: [ipBlockPeer(region.cidr)], ports: [443] },
        { to: [ipBlockPeer(`${POD_IDENTITY_AGENT.address}/32`)], ports: [POD_IDENTITY_AGENT.port] },
      ],
    });
    new ServiceEntry(this, 'AppConfigData', {
      metadata: { name: 'appconfigdata', namespace },
      spec: {
        hosts: [`appconfigdata.${region.name}.amazonaws.com`],
        location: ServiceEntrySpecLocation.MESH_UNDERSCORE_EXTERNAL,
        resolution: ServiceEntrySpecResolution.DNS,
        ports: [{ number: 443, name: 'tls', protocol: 'TLS' }],
        exportTo: ['.'],
      },
    });
    if (!podIdentityEntryByKafka(config, region, service)) podIdentityAgentServiceEntry(this, 'PodIdentityAgent', namespace);
  }
}

/**
 * The AWS AppConfig Agent as a Kubernetes native sidecar (an init container with `restartPolicy:
 * Always`): it starts before the service's container, which starts only once the agent's port
 * answers (its startup probe), and it stops after it. It prefetches the flags of this environment
 * (the application, environment and profile the CDK side creates, by the same derived names) and
 * polls for new versions every {@link APPCONFIG_AGENT_POLL_SECONDS}; its credentials are the
 * service's role, through the pod's Pod Identity association (every container of the pod gets them).
 */
function appConfigAgent(config: PlatformConfig, region: RegionConfig): k8s.Container {
  const port = k8s.IntOrString.fromNumber(APPCONFIG_AGENT_PORT);
  return {
    name: APPCONFIG_AGENT_CONTAINER,
    image: config.observability.featureFlags.agentImage,
    restartPolicy: 'Always',
    ports: [{ name: 'appconfig', containerPort: APPCONFIG_AGENT_PORT, protocol: 'TCP' }],
    env: [
      { name: 'SERVICE_REGION', value: region.name },
      { name: 'PREFETCH_LIST', value: featureFlagsConfigurationPath(config) },
      { name: 'HTTP_PORT', value: String(APPCONFIG_AGENT_PORT) },
      { name: 'POLL_INTERVAL', value: String(APPCONFIG_AGENT_POLL_SECONDS) },
    ],
    startupProbe: { tcpSocket: { port }, periodSeconds: 2, failureThreshold: 30 },
    resources: {
      requests: {
        cpu: k8s.Quantity.fromString(APPCONFIG_AGENT_RESOURCES.requests.cpu),
        memory: k8s.Quantity.fromString(APPCONFIG_AGENT_RESOURCES.requests.memory),
      },
      limits: { memory: k8s.Quantity.fromString(APPCONFIG_AGENT_RESOURCES.limits.memory) },
    },
    securityContext: {
      runAsNonRoot: true,
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      privileged: false,
      capabilities: { drop: ['ALL'] },
    },
  };
}

/** Fails when a variable is both plain and secret, or a plain variable looks like a secret. */
function checkEnv(service: ServiceConfig, index: number): void {
  const at = `services[${index >= 0 ? index : service.name}]`;
  for (const name of Object.keys(service.env)) {
    if (service.secretEnv.includes(name)) {
      throw new Error(`${at}.env.${name}: also listed in secretEnv; a variable comes from one place`);
    }
    if (SECRET_LOOKING_NAME.test(name)) {
      throw new Error(`${at}.env.${name}: looks like a secret, and env values are committed to git; list it in secretEnv (read from AWS Secrets Manager) instead`);
    }
  }
}

/** Prometheus scrape annotations (Istio's metrics merging rewrites them to the sidecar's port). */
function podAnnotations(service: ServiceConfig): Record<string, string> {
  return {
    'prometheus.io/scrape': 'true',
    'prometheus.io/port': String(service.metricsPort ?? service.port),
    'prometheus.io/path': '/metrics',
    // `kubectl logs/exec` pick the service, not the injected sidecar.
    'kubectl.kubernetes.io/default-container': service.name,
  };
}

/** The pod of one version: Pod Security `restricted`, spread over zones and nodes. */
function podSpec(
  service: ServiceConfig,
  image: string,
  labels: Record<string, string>,
  onApplicationNodes: boolean,
  envFromSecrets: readonly string[],
  agent?: { readonly container: k8s.Container; readonly url: string },
): k8s.PodSpec {
  const selector = { matchLabels: labels };
  // Spread is computed per rollout revision, so a new ReplicaSet's pods spread among themselves
  // rather than around the old ones about to be removed.
  const spread = (topologyKey: string): k8s.TopologySpreadConstraint => ({
    topologyKey,
    maxSkew: 1,
    // ScheduleAnyway: a zone outage or a full zone must degrade the spread, not leave
    // replacement pods Pending exactly when capacity is short.
    whenUnsatisfiable: 'ScheduleAnyway',
    labelSelector: selector,
    matchLabelKeys: ['pod-template-hash'],
  });

  const ports: k8s.ContainerPort[] = [{ name: SERVICE_PORT_NAME, containerPort: service.port, protocol: 'TCP' }];
  if (service.metricsPort !== undefined && service.metricsPort !== service.port) {
    ports.push({ name: METRICS_PORT_NAME, containerPort: service.metricsPort, protocol: 'TCP' });
  }

  const env: k8s.EnvVar[] = [
    ...Object.keys(service.env).sort().map((name) => ({ name, value: service.env[name] })),
    ...service.secretEnv.map((name) => ({
      name,
      valueFrom: { secretKeyRef: { name: serviceSecretObjectName(service), key: name } },
    })),
    ...(agent ? [{ name: FEATURE_FLAGS_URL_ENV, value: agent.url }] : []),
  ];

  const probe = (initialDelaySeconds: number, periodSeconds: number): k8s.Probe => ({
    httpGet: { path: service.healthPath, port: k8s.IntOrString.fromString(SERVICE_PORT_NAME) },
    initialDelaySeconds,
    periodSeconds,
  });

  return {
    serviceAccountName: serviceAccountName(service),
    automountServiceAccountToken: service.automountServiceAccountToken,
    terminationGracePeriodSeconds: TERMINATION_GRACE_PERIOD_SECONDS,
    securityContext: {
      runAsNonRoot: true,
      runAsUser: SERVICE_RUN_AS_USER,
      runAsGroup: SERVICE_RUN_AS_USER,
      fsGroup: SERVICE_RUN_AS_USER,
      seccompProfile: { type: 'RuntimeDefault' },
    },
    ...(onApplicationNodes ? { nodeSelector: { [APPLICATION_NODE_LABEL.key]: APPLICATION_NODE_LABEL.value } } : {}),
    topologySpreadConstraints: [spread('topology.kubernetes.io/zone'), spread('kubernetes.io/hostname')],
    // Also as anti-affinity: the spread keeps nodes balanced, this keeps two replicas off one
    // node while there is room elsewhere (and is what kube-linter's no-anti-affinity looks for).
    affinity: {
      podAntiAffinity: {
        preferredDuringSchedulingIgnoredDuringExecution: [{
          weight: 100,
          podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: selector },
        }],
      },
    },
    ...(agent ? { initContainers: [agent.container] } : {}),
    containers: [{
      name: service.name,
      image,
      ports,
      env: env.length > 0 ? env : undefined,
      envFrom: envFromSecrets.length > 0 ? envFromSecrets.map((name) => ({ secretRef: { name } })) : undefined,
      readinessProbe: probe(service.readiness.initialDelaySeconds, service.readiness.periodSeconds),
      livenessProbe: {
        ...probe(service.readiness.initialDelaySeconds * LIVENESS_DELAY_FACTOR, service.readiness.periodSeconds * LIVENESS_PERIOD_FACTOR),
        failureThreshold: 3,
      },
      resources: {
        requests: {
          cpu: k8s.Quantity.fromString(service.resources.requests.cpu),
          memory: k8s.Quantity.fromString(service.resources.requests.memory),
        },
        limits: {
          cpu: k8s.Quantity.fromString(service.resources.limits.cpu),
          memory: k8s.Quantity.fromString(service.resources.limits.memory),
        },
      },
      securityContext: {
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        privileged: false,
        capabilities: { drop: ['ALL'] },
      },
      volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
    }],
    volumes: [{ name: 'tmp', emptyDir: { sizeLimit: k8s.Quantity.fromString(TMP_SIZE_LIMIT) } }],
  };
}
