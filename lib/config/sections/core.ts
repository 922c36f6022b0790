import * as ipaddr from 'ipaddr.js';
import { z } from 'zod';
import { AWS_REGIONS, DEFAULT_EKS_VERSION, EKS_VERSIONS, LOG_RETENTION_DAYS } from '../aws';
import { image, ipv4Cidr, resourceList, slug, strictObject } from '../zod-helpers';

/*
 * The core of the platform config (project, regions, EKS, services, mesh, GitOps, edge): the
 * fields every layer may read. The layers' own sections beside this file build on it; the whole
 * schema is composed in ../schema.ts.
 */

/** An IAM role or user ARN (the principal an EKS access entry is made for). */
const iamPrincipalArn = z
  .string()
  .regex(/^arn:aws(-[a-z]+)*:iam::\d{12}:(role|user)\/[\w+=,.@\/-]+$/, 'must be an IAM role or user ARN (arn:aws:iam::123456789012:role/Name)');

export const nodeGroup = strictObject({
  /** Node group name, unique within the cluster. */
  name: slug(40),
  /** EC2 instance types, first one preferred (e.g. m5.large). */
  instanceTypes: z
    .array(z.string().regex(/^[a-z][a-z0-9-]*\.[a-z0-9]+$/, 'must be an EC2 instance type such as m5.large'))
    .min(1),
  minSize: z.number().int().min(0),
  desiredSize: z.number().int().min(0),
  maxSize: z.number().int().min(1).max(450),
  /** @default ON_DEMAND */
  capacityType: z.enum(['ON_DEMAND', 'SPOT']).default('ON_DEMAND'),
  /** Root volume (gp3, encrypted) size. @default 50 */
  diskSizeGiB: z.number().int().min(20).max(16384).default(50),
  /** Kubernetes labels put on every node of the group. @default {} */
  labels: z.record(z.string(), z.string()).default({}),
});

export const region = strictObject({
  /** AWS region name, e.g. us-east-1. */
  name: z.enum(AWS_REGIONS),
  /** The 12-digit account the region's stack deploys to. */
  account: z.string().regex(/^\d{12}$/, 'must be a 12-digit AWS account id (quote it in YAML)'),
  /** The control-plane (hub) region: global stack and Argo CD live here. Exactly one. @default false */
  hub: z.boolean().default(false),
  /** The VPC's IPv4 block (/16 or larger); must not overlap any other region's. */
  cidr: ipv4Cidr.refine((c) => !ipaddr.isValidCIDR(c) || ipaddr.parseCIDR(c)[1] <= 16, {
    message: 'must be a /16 or larger block: each AZ gets a /19 private and a /22 public subnet',
  }),
  /** Availability zones, named explicitly (no lookup at synth). */
  availabilityZones: z.array(z.string()).min(2).max(6),
  /** @default - one NAT gateway per AZ */
  natGateways: z.number().int().min(1).max(6).optional(),
  /** @default - the `eks.nodeGroups` list */
  nodeGroups: z.array(nodeGroup).min(1).optional(),
  /** Share of this region's traffic the accelerator sends (0–100), for drills and evacuations. @default 100 */
  trafficDialPercent: z.number().min(0).max(100).default(100),
});

export const endpointAccess = strictObject({
  /**
   * `private`: the API server is reachable only from inside the VPC (and peered networks).
   * `public-and-private`: also from `publicCidrs`, which must be given and never 0.0.0.0/0.
   * @default private
   */
  mode: z.enum(['private', 'public-and-private']).default('private'),
  /** @default [] */
  publicCidrs: z.array(ipv4Cidr).default([]),
});

export const eks = strictObject({
  /** @default the newest version both aws-eks-v2 and EKS support */
  version: z.enum(EKS_VERSIONS).default(DEFAULT_EKS_VERSION),
  /** @default { mode: private } */
  endpoint: endpointAccess.default({ mode: 'private', publicCidrs: [] }),
  /** The IAM principal given cluster-admin through an EKS access entry (not aws-auth). */
  adminPrincipalArn: iamPrincipalArn,
  /** Managed node groups of every cluster, unless a region overrides them. */
  nodeGroups: z.array(nodeGroup).min(1),
});

export const logging = strictObject({
  /** Retention of VPC flow logs and other platform log groups. @default 365 */
  retentionDays: z
    .number()
    .int()
    .refine((d) => (LOG_RETENTION_DAYS as readonly number[]).includes(d), {
      message: `must be one of ${LOG_RETENTION_DAYS.join(', ')}`,
    })
    .default(365),
});

export const serviceVersion = strictObject({
  /** Version label (`v1`, `v2`): the DestinationRule subset and the Deployment suffix. */
  name: z.string().regex(/^v[0-9a-z-]*$/, "must look like 'v1' or 'v2-beta'"),
  image,
  /** Share of the service's traffic (0–100) routed to this version; all versions sum to 100. */
  weight: z.number().int().min(0).max(100),
});

export const service = strictObject({
  /** Service name: Deployment, Service, ServiceAccount and namespace derive from it. */
  name: slug(40),
  /** Container port the service listens on (HTTP). */
  port: z.number().int().min(1024).max(65535),
  /** Versions deployed side by side, with their traffic weights (the canary). */
  versions: z.array(serviceVersion).min(1).max(4),
  /** HTTP path of the readiness and liveness probes. @default /health */
  healthPath: z.string().regex(/^\//, "must start with '/'").default('/health'),
  /** @default { initialDelaySeconds: 10, periodSeconds: 5 } */
  readiness: strictObject({
    initialDelaySeconds: z.number().int().min(0).max(600).default(10),
    periodSeconds: z.number().int().min(1).max(300).default(5),
  }).default({ initialDelaySeconds: 10, periodSeconds: 5 }),
  resources: strictObject({ requests: resourceList, limits: resourceList }),
  /** Replicas per version in every region, unless `regionReplicas` says otherwise. @default 3 */
  replicas: z.number().int().min(1).max(100).default(3),
  /** Per-cluster overrides of `replicas`, by region name (the seed: us-east-1: 5, eu-west-1: 3). @default {} */
  regionReplicas: z.record(z.string(), z.number().int().min(1).max(100)).default({}),
  /** The HorizontalPodAutoscaler's ceiling, per version. @default 3 × replicas */
  maxReplicas: z.number().int().min(1).max(500).optional(),
  /** Average CPU utilisation (% of requests) the autoscaler aims for. @default 70 */
  targetCpuUtilizationPercent: z.number().int().min(10).max(100).default(70),
  /** PodDisruptionBudget minAvailable, per version. @default 1 */
  minAvailable: z.number().int().min(0).default(1),
  /** Environment variables read from AWS Secrets Manager (through an ExternalSecret), by variable name. @default [] */
  secretEnv: z.array(z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'must be an environment variable name such as DB_CONNECTION_STRING')).default([]),
  /** Plain environment variables. @default {} */
  env: z.record(z.string().regex(/^[A-Z_][A-Z0-9_]*$/), z.string()).default({}),
  /** Prometheus scrapes this port's `/metrics`. @default - the service port */
  metricsPort: z.number().int().min(1024).max(65535).optional(),
  /** Who may call this service: other services by name, or `ingress` for the mesh ingress gateway. @default [] */
  callers: z.array(z.string()).default([]),
  /** Path prefix routed from the ingress gateway to this service; needs `ingress` among the callers. */
  ingressPathPrefix: z.string().regex(/^\/[a-z0-9\/-]*$/, "must start with '/'").optional(),
  /** Per-try and overall timeouts and retries of the VirtualService. @default { timeoutSeconds: 10, retries: 3, perTryTimeoutSeconds: 3 } */
  traffic: strictObject({
    timeoutSeconds: z.number().min(1).max(300).default(10),
    retries: z.number().int().min(0).max(10).default(3),
    perTryTimeoutSeconds: z.number().min(1).max(300).default(3),
  }).default({ timeoutSeconds: 10, retries: 3, perTryTimeoutSeconds: 3 }),
  /** Whether the pod needs a Kubernetes API token (most services don't). @default false */
  automountServiceAccountToken: z.boolean().default(false),
  /**
   * Keys of `observability.featureFlags.flags` the service reads. A service with any gets the
   * AWS AppConfig Agent beside it (reading the flags at `FEATURE_FLAGS_URL`), the right to read
   * them, and its fast SLO burns roll flag deployments back. @default []
   */
  featureFlags: z.array(z.string()).default([]),
});

/** A Helm chart an Argo CD Application installs, pinned. */
export const helmChart = strictObject({
  /** Helm repository URL (https:// or an OCI registry host path). */
  repoURL: z.string().regex(/^(https:\/\/|oci:\/\/)?[a-z0-9.-]+(\/[\w.\/-]*)?$/, 'must be a Helm repository URL (https://…) or an OCI registry path'),
  chart: z.string().min(1),
  /** Exact chart version: no ranges, so every cluster runs the same thing. */
  version: z.string().regex(/^v?\d+\.\d+\.\d+(-[\w.]+)?$/, "must be an exact version such as '1.30.3'"),
  /** Namespace the chart installs into. */
  namespace: slug(63),
});

/**
 * A git branch name Argo CD can track: the rules of `git check-ref-format --branch` that matter
 * here (no spaces, `..`, `@{`, control characters or `~^:?*[\\`; no leading `-` or `/`, no
 * trailing `/` or `.lock`).
 */
export const gitRef = z
  .string()
  .min(1)
  .max(200)
  .refine((ref) => !/[\s~^:?*[\\\x00-\x1f\x7f]|\.\.|@\{|\/\/|^[-/.]|\/$|\.lock$|\.$/.test(ref), {
    message: "must be a git branch name Argo CD can track (no spaces, '..', '@{', '~^:?*[\\', no leading '-' or '/', no trailing '/', '.' or '.lock')",
  });

export const gitops = strictObject({
  /** The git repository Argo CD syncs `k8s/` from (this repository). */
  repoURL: z.string().regex(/^https:\/\/[^\s]+\.git$/, 'must be an https:// git URL ending in .git'),
  /**
   * Branch Argo CD tracks (promotion `none`), or the branch the pipeline builds and promotes
   * from (promotion `pipeline`). @default main
   */
  targetRevision: gitRef.default('main'),
  /**
   * How the clusters get a new revision. `none`: every cluster tracks `targetRevision` and syncs
   * each commit (dev). `pipeline`: each cluster tracks its own branch `release/<env>/<region>`,
   * which the delivery pipeline moves to the commit it deployed once the region's wave is healthy
   * (docs/deploying.md), so a commit reaches a region only after its infrastructure did.
   * @default none
   */
  promotion: z.enum(['none', 'pipeline']).default('none'),
  /** IAM Identity Center, which the EKS managed Argo CD capability signs users in with. */
  identityCenter: strictObject({
    instanceArn: z.string().regex(/^arn:aws:sso:::instance\/ssoins-[a-f0-9]{16}$/, 'must be an IAM Identity Center instance ARN (arn:aws:sso:::instance/ssoins-…)'),
    region: z.enum(AWS_REGIONS),
    /** Identity Center group whose members are Argo CD admins. */
    adminGroupId: z.string().regex(/^[0-9a-f-]{10,64}$/, 'must be an Identity Center group id'),
  }),
  /**
   * Operators installed on every cluster, as Argo CD Applications of their upstream charts, each
   * pinned to an exact version (keep them in step with the CRDs in crds/SOURCES.md).
   */
  operators: strictObject({
    certManager: helmChart,
    istioBase: helmChart,
    /** Istio CNI: sets up pod traffic redirection so pods need no NET_ADMIN init container (Pod Security restricted). */
    istioCni: helmChart,
    istiod: helmChart,
    istioIngress: helmChart,
    externalSecrets: helmChart,
    awsLoadBalancerController: helmChart,
    /**
     * Cluster Autoscaler: grows and shrinks the managed node groups between their minSize and
     * maxSize (auto-discovered by the tags EKS puts on their Auto Scaling groups).
     */
    clusterAutoscaler: helmChart,
    strimzi: helmChart,
    kserveCrd: helmChart,
    kserve: helmChart,
    kubePrometheusStack: helmChart,
    opentelemetryOperator: helmChart,
    kialiOperator: helmChart,
    /**
     * Jaeger operator (jaegertracing.io/v1 `Jaeger`). Installed into the tracing namespace
     * (`observability.tracing.namespace`), the only namespace its chart lets it watch without
     * cluster-wide rights.
     */
    jaegerOperator: helmChart,
  }),
});

export const mesh = strictObject({
  /** Share of requests traced (0–100). @default 1 */
  tracingSamplingPercent: z.number().min(0).max(100).default(1),
  /** Namespace of istiod and the ingress gateway. @default istio-system */
  namespace: slug(63).default('istio-system'),
});

/** `edge.healthCheck.thresholdCount` out of range: the NLB's limits bind (see the field). */
const HEALTH_THRESHOLD_RANGE = "must be between 2 and 10 (the NLB target groups' healthy/unhealthy threshold range)";

export const edge = strictObject({
  /** The platform's public DNS name (apex); `api.<domain>` and the latency records live under it. */
  domainName: z
    .string()
    .max(253)
    .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'must be a lower-case DNS name such as platform.example.com'),
  /** An existing public hosted zone for `domainName` (no lookup at synth). @default - a new hosted zone is created */
  hostedZoneId: z.string().regex(/^Z[A-Z0-9]{1,31}$/, 'must be a Route 53 hosted zone id such as Z0123456789ABCDEFGHIJ').optional(),
  /** Global Accelerator client affinity. @default NONE */
  clientAffinity: z.enum(['NONE', 'SOURCE_IP']).default('NONE'),
  /** How the accelerator and Route 53 check a region's health (the Istio ingress gateway's readiness). */
  healthCheck: strictObject({
    /** @default 15021 (Istio gateway status port) */
    port: z.number().int().min(1).max(65535).default(15021),
    /** @default HTTP */
    protocol: z.enum(['HTTP', 'HTTPS', 'TCP']).default('HTTP'),
    /** @default /healthz/ready */
    path: z.string().regex(/^\//, "must start with '/'").default('/healthz/ready'),
    /** @default 30 */
    intervalSeconds: z.union([z.literal(10), z.literal(30)]).default(30),
    /**
     * Consecutive checks that change a target's state. One value feeds the NLB target groups'
     * healthy and unhealthy thresholds (AWS allows 2-10), the accelerator's endpoint groups (1-10)
     * and the minutes of the ingress health alarm, so the NLB's range is the one that holds.
     * @default 3
     */
    thresholdCount: z
      .number()
      .int()
      .min(2, HEALTH_THRESHOLD_RANGE)
      .max(10, HEALTH_THRESHOLD_RANGE)
      .default(3),
  }).default({ port: 15021, protocol: 'HTTP', path: '/healthz/ready', intervalSeconds: 30, thresholdCount: 3 }),
});

/** The core fields, in the order the config file lists them. */
export const coreFields = {
  /** Project name, first part of every derived name. */
  project: slug(20),
  /** Environment name, e.g. prod or dev. */
  environment: slug(12),
  /** Owner (team) put on the `owner` cost-allocation tag. */
  owner: z.string().min(1).max(128),
  /**
   * A production environment: termination protection, deletion protection, and stateful
   * resources retained. @default false
   */
  production: z.boolean().default(false),
  /** @default { retentionDays: 365 } */
  logging: logging.default({ retentionDays: 365 }),
  eks,
  regions: z.array(region).min(1),
  /** @default { tracingSamplingPercent: 1, namespace: istio-system } */
  mesh: mesh.default({ tracingSamplingPercent: 1, namespace: 'istio-system' }),
  gitops,
  edge,
  /** The platform's own services, deployed to every cluster. @default [] */
  services: z.array(service).default([]),
};

/** The parsed core of a config, before derived defaults: what the sections' cross-field checks read. */
export type CoreRaw = z.output<z.ZodObject<typeof coreFields>>;

/**
 * A service's health route through the ingress gateway, `<ingressPathPrefix><healthPath>`
 * (`/api/healthcare/health`): the gateway rewrites it to `healthPath`, which the service serves
 * for its probes. Undefined for a service without an ingress route.
 */
export function ingressHealthPath(service: { readonly ingressPathPrefix?: string; readonly healthPath: string }): string | undefined {
  return service.ingressPathPrefix ? `${service.ingressPathPrefix}${service.healthPath}` : undefined;
}
