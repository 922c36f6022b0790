import { z } from 'zod';
import { CoreRaw, ingressHealthPath } from './core';
import { Issue, image, resourceList, slug, strictObject } from '../zod-helpers';

/**
 * Upper bounds (milliseconds) of the buckets of Istio's request-duration histogram
 * (`istio_request_duration_milliseconds_bucket`, the proxy's default buckets). A latency SLO counts
 * requests at or under its threshold from the bucket whose `le` is the threshold, so the threshold
 * must be one of these: anything else would silently be rounded to a neighbouring bucket.
 */
export const ISTIO_DURATION_BUCKETS_MS = [
  0.5, 1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000, 300000, 600000, 1800000, 3600000,
] as const;

/**
 * The longest window of the multi-window, multi-burn-rate alerts (the 3d/6h ticket): the
 * in-cluster Prometheus must keep at least this much data to evaluate it.
 */
export const LONGEST_SLO_WINDOW_HOURS = 72;

/** A Prometheus / Alertmanager duration such as `30s`, `5m`, `12h`, `15d`. */
const promDuration = z.string().regex(/^[1-9][0-9]*(s|m|h|d|w)$/, "must be a duration such as '30s', '5m', '12h' or '15d'");

/** A duration in hours (for comparisons), or NaN when not a duration. */
export function durationHours(value: string): number {
  const m = /^([1-9][0-9]*)(s|m|h|d|w)$/.exec(value);
  if (!m) return Number.NaN;
  const perUnit: Record<string, number> = { s: 1 / 3600, m: 1 / 60, h: 1, d: 24, w: 168 };
  return Number(m[1]) * perUnit[m[2]];
}

/** A schema whose default is itself with every inner default filled (and listed in the JSON Schema). */
function filled<T extends z.ZodType<object>>(schema: T) {
  return schema.default(() => schema.parse({}) as z.util.NoUndefined<z.output<T>>);
}

const prometheus = strictObject({
  /** Prometheus replicas per cluster (each scrapes everything; queries and rules survive one loss). @default 2 */
  replicas: z.number().int().min(1).max(5).default(2),
  /**
   * How long the in-cluster TSDB keeps samples. Amazon Managed Prometheus is the long-term store;
   * this only needs to cover the longest SLO window (3d) and a margin. @default 7d
   */
  retention: promDuration.default('7d'),
  /** @default 30s */
  scrapeInterval: promDuration.default('30s'),
  /** Where the TSDB lives. */
  storage: filled(strictObject({
    /** Size of each replica's volume; the TSDB is capped at 80 % of it. @default 20 */
    sizeGi: z.number().int().min(1).max(2000).default(20),
    /**
     * StorageClass of a persistent volume per replica. The platform renders no StorageClass (the
     * AppProject forbids them), so name one that exists on the clusters.
     * @default - an emptyDir of `sizeGi`: the local TSDB is a cache, Amazon Managed Prometheus keeps the data
     */
    storageClassName: slug(63).optional(),
  })),
  /** @default { requests: { cpu: 500m, memory: 2Gi }, limits: { cpu: 2, memory: 4Gi } } */
  resources: strictObject({ requests: resourceList, limits: resourceList }).default(() => ({
    requests: { cpu: '500m', memory: '2Gi' },
    limits: { cpu: '2', memory: '4Gi' },
  })),
});

const amp = strictObject({
  /** Retention of the region's Amazon Managed Prometheus workspace. @default 150 */
  retentionDays: z.number().int().min(1).max(1095).default(150),
});

const openSearch = strictObject({
  /** @default r6g.large.search */
  dataNodeInstanceType: z.string().regex(/^[a-z0-9]+\.[a-z0-9]+\.search$/, 'must be an OpenSearch instance type such as r6g.large.search').default('r6g.large.search'),
  /** Data nodes; a multiple of the region's AZ count (zone awareness). @default 3 */
  dataNodes: z.number().int().min(1).max(80).default(3),
  /** gp3 volume per data node. @default 100 */
  volumeSizeGiB: z.number().int().min(10).max(16384).default(100),
  /** Dedicated master nodes (0 or 3): they keep the cluster state when data nodes are busy. @default 3 */
  dedicatedMasterNodes: z.union([z.literal(0), z.literal(3), z.literal(5)]).default(3),
  /** @default m6g.large.search */
  masterNodeInstanceType: z.string().regex(/^[a-z0-9]+\.[a-z0-9]+\.search$/, 'must be an OpenSearch instance type such as m6g.large.search').default('m6g.large.search'),
});

const tracing = strictObject({
  /** Namespace of the OpenTelemetry Collector and Jaeger. @default tracing */
  namespace: slug(63).default('tracing'),
  /**
   * Where Jaeger keeps spans. `memory`: an all-in-one pod, spans lost on restart (dev).
   * `opensearch`: a regional Amazon OpenSearch Service domain (VPC-only, encrypted), Jaeger's
   * production strategy (separate, replicated collector and query).
   * @default memory
   */
  store: z.enum(['memory', 'opensearch']).default('memory'),
  /** Days of spans kept in OpenSearch (the index cleaner deletes older daily indices). @default 7 */
  retentionDays: z.number().int().min(1).max(365).default(7),
  /** @default - the defaults of each field (used when store is opensearch) */
  openSearch: filled(openSearch),
  /** OpenTelemetry Collector replicas (Deployment). @default 2 */
  collectorReplicas: z.number().int().min(1).max(10).default(2),
});

/** One service's objectives; any field left out takes the `slos` default. */
const serviceSloOverride = strictObject({
  availabilityPercent: z.number().optional(),
  latencyThresholdMs: z.number().optional(),
  latencyPercent: z.number().optional(),
});

const slos = strictObject({
  /**
   * Share of requests (per service, measured at its sidecar) that must not fail with a 5xx, over
   * 30 days. The seed's KPI. @default 99.95
   */
  availabilityPercent: z.number().gt(0).lt(100, 'must be below 100: a 100 % objective has no error budget to burn').default(99.95),
  /** Latency objective: `latencyPercent` % of requests take at most this long. The seed's KPI. @default 100 */
  latencyThresholdMs: z.number().positive().default(100),
  /** Share of requests that must meet `latencyThresholdMs` (95 = a p95 objective). @default 95 */
  latencyPercent: z.number().gt(0).lt(100, 'must be below 100: a 100 % objective has no error budget to burn').default(95),
  /** Per-service overrides, by service name. @default {} */
  services: z.record(z.string(), serviceSloOverride).default({}),
});

const subscription = strictObject({
  /** `email` (confirmed by the recipient) or `https` (an incident tool's webhook). */
  protocol: z.enum(['email', 'https']),
  endpoint: z.string().min(3),
});

/** How one severity is grouped and repeated by the alert manager, and who receives it. */
const route = (defaults: { groupWait: string; groupInterval: string; repeatInterval: string }) =>
  filled(strictObject({
    /** @default per severity: page 30s, ticket 5m */
    groupWait: promDuration.default(defaults.groupWait),
    /** @default per severity: page 5m, ticket 30m */
    groupInterval: promDuration.default(defaults.groupInterval),
    /** @default per severity: page 1h, ticket 12h */
    repeatInterval: promDuration.default(defaults.repeatInterval),
    /** SNS subscriptions of this severity's topic. @default [] */
    subscriptions: z.array(subscription).default([]),
  }));

const alerting = strictObject({
  /** Fast burns (and the synthetic check): someone is woken up. */
  page: route({ groupWait: '30s', groupInterval: '5m', repeatInterval: '1h' }),
  /** Slow burns and budget notices: handled in working hours. */
  ticket: route({ groupWait: '5m', groupInterval: '30m', repeatInterval: '12h' }),
});

const synthetics = strictObject({
  /**
   * Path the canary requests on `https://api.<edge.domainName>`: a service's health route through
   * the ingress gateway, `<ingressPathPrefix><healthPath>` (e.g. `/api/healthcare/health`), which
   * the gateway rewrites to the service's `healthPath`. Any other path ends nowhere (checked).
   * @default - the health route of the first service with an `ingressPathPrefix`
   */
  path: z.string().regex(/^\/[\w\/.-]*$/, "must start with '/'").optional(),
  /** Minutes between runs (the seed: every minute). @default 1 */
  rateMinutes: z.number().int().min(1).max(60).default(1),
  /** Consecutive failed runs that put the alarm (and a feature-flag rollout) into ALARM. @default 2 */
  failedRunsToAlarm: z.number().int().min(1).max(10).default(2),
  /** Days canary artifacts (logs, HAR files) are kept. @default 30 */
  artifactRetentionDays: z.number().int().min(1).max(455).default(30),
});

/** The AWS AppConfig Agent image AWS documents for Amazon EKS (its moving major tag). */
export const APPCONFIG_AGENT_IMAGE = 'public.ecr.aws/aws-appconfig/aws-appconfig-agent:2.x';

/** AppConfig feature-flag keys: a letter first, then letters, digits, '_' or '-', at most 64. */
const FLAG_KEY = /^[a-z][a-zA-Z0-9_-]{0,63}$/;

const featureFlags = strictObject({
  /**
   * Minutes over which a new flag version reaches every target (linear steps). With
   * `bakeMinutes`, at most 5: the seed's "feature flags in under 5 minutes". @default 3
   */
  deploymentMinutes: z.number().int().min(0).max(1440).default(3),
  /** Minutes the alarm is watched after the last step before the deployment completes (and can still roll back). @default 2 */
  bakeMinutes: z.number().int().min(0).max(1440).default(2),
  /** Percentage of targets added per step. @default 20 */
  growthFactorPercent: z.number().min(1).max(100).default(20),
  /**
   * Image of the AWS AppConfig Agent run beside every service that reads flags: the image AWS
   * documents for Amazon EKS, on its moving major tag `2.x`. Pin it by digest
   * (`…@sha256:…`) once a registry is reachable to resolve one (docs/observability.md).
   * @default public.ecr.aws/aws-appconfig/aws-appconfig-agent:2.x
   */
  agentImage: image.default(APPCONFIG_AGENT_IMAGE),
  /** The flags and their initial values, by key; each must be read by a service (`services[].featureFlags`). @default {} */
  flags: z.record(z.string(), strictObject({
    /** Initial value. */
    enabled: z.boolean(),
    /** What the flag turns on. */
    description: z.string().max(1024).optional(),
  })).default({}),
});

const budget = strictObject({
  /** Monthly cost limit of the environment (resources tagged with its project and environment), USD. */
  monthlyUsd: z.number().positive().max(10_000_000),
  /** Actual-spend notifications, in % of the limit. @default [80, 100] */
  actualPercents: z.array(z.number().positive().max(1000)).min(1).max(5).default([80, 100]),
  /** Forecast notification, in % of the limit. @default 100 */
  forecastPercent: z.number().positive().max(1000).default(100),
});

const monitors = strictObject({
  /**
   * Scrape the region's Kafka, whichever engine `kafka.engines` gives it: Strimzi's pods
   * (PodMonitors) or MSK open monitoring (the JMX and node exporters of every broker). @default true
   */
  kafka: z.boolean().default(true),
  /** PodMonitor for KServe InferenceService predictors. @default true */
  kserve: z.boolean().default(true),
});

/**
 * The `observability` section of the platform config: in-cluster Prometheus and tracing, the
 * services' SLOs and their alerts, the regional Amazon Managed Prometheus workspace, the synthetic
 * check, feature flags and the environment's budget.
 * @default - every field's default, and no budget
 */
export const observabilityConfig = filled(strictObject({
  /** @default - every field's default */
  prometheus: filled(prometheus),
  /** @default { retentionDays: 150 } */
  amp: filled(amp),
  /** @default - every field's default (spans in memory) */
  tracing: filled(tracing),
  /** @default availability 99.95 %, 95 % of requests within 100 ms, for every service */
  slos: filled(slos),
  /** @default page and ticket routes with their default timings, no subscriptions */
  alerting: filled(alerting),
  /** @default - `/health` every minute */
  synthetics: filled(synthetics),
  /** @default - a 3 + 2 minute linear rollout, no flags */
  featureFlags: filled(featureFlags),
  /** Which optional layers' metrics the cluster's Prometheus scrapes. @default kafka and kserve on */
  monitors: filled(monitors),
  /** AWS Budgets limit of the environment. @default - no budget */
  budget: budget.optional(),
}));

/** The `observability` section, validated and with every default filled. */
export type ObservabilityConfig = z.output<typeof observabilityConfig>;

/** One service's objectives with the section defaults filled in. */
export interface ServiceSlo {
  /** Target share of non-5xx responses, in %. */
  readonly availabilityPercent: number;
  /** Latency threshold in milliseconds (an Istio histogram bucket bound). */
  readonly latencyThresholdMs: number;
  /** Target share of requests at or under the threshold, in %. */
  readonly latencyPercent: number;
}

/** The objectives of service `name`: its overrides over the section defaults. */
export function serviceSlo(observability: Pick<ObservabilityConfig, 'slos'>, name: string): ServiceSlo {
  const { services, ...defaults } = observability.slos;
  const own = services[name] ?? {};
  return {
    availabilityPercent: own.availabilityPercent ?? defaults.availabilityPercent,
    latencyThresholdMs: own.latencyThresholdMs ?? defaults.latencyThresholdMs,
    latencyPercent: own.latencyPercent ?? defaults.latencyPercent,
  };
}

/** Availability zones an OpenSearch domain spreads over in a region with `azCount` zones (2 or 3). */
export function openSearchZoneCount(azCount: number): 2 | 3 {
  return azCount >= 3 ? 3 : 2;
}

/** What the observability checks read: the core config and this section. */
type RawConfig = CoreRaw & { readonly observability: z.output<typeof observabilityConfig> };

/** Cross-field checks of the `observability` section (each problem names its field path). */
export function checkObservability(config: RawConfig, issue: Issue): void {
  const o = config.observability;
  const at = (...rest: (string | number)[]) => ['observability', ...rest];
  const buckets = ISTIO_DURATION_BUCKETS_MS.join(', ');

  if (!ISTIO_DURATION_BUCKETS_MS.includes(o.slos.latencyThresholdMs as never)) {
    issue(at('slos', 'latencyThresholdMs'), `${o.slos.latencyThresholdMs} is not a bucket bound of Istio's request-duration histogram (allowed: ${buckets})`);
  }
  // The canary must reach something: the health route of a service the ingress gateway serves.
  const healthRoutes = canaryHealthRoutes(config.services);
  const canaryPath = o.synthetics.path ?? healthRoutes[0];
  if (canaryPath === undefined) {
    issue(at('synthetics', 'path'), 'no service has an ingressPathPrefix, so the canary has no route to check: give one service an ingress route');
  } else if (!healthRoutes.includes(canaryPath)) {
    issue(at('synthetics', 'path'), `'${canaryPath}' has no route through the ingress gateway; the canary would fail forever (allowed: ${healthRoutes.join(', ') || 'none: no service has an ingressPathPrefix'})`);
  }
  const names = config.services.map((s) => s.name);
  for (const [name, own] of Object.entries(o.slos.services)) {
    if (!names.includes(name)) {
      issue(at('slos', 'services', name), `'${name}' is not a service (allowed: ${names.join(', ') || 'none: services is empty'})`);
    }
    if (own.latencyThresholdMs !== undefined && !ISTIO_DURATION_BUCKETS_MS.includes(own.latencyThresholdMs as never)) {
      issue(at('slos', 'services', name, 'latencyThresholdMs'), `${own.latencyThresholdMs} is not a bucket bound of Istio's request-duration histogram (allowed: ${buckets})`);
    }
    for (const key of ['availabilityPercent', 'latencyPercent'] as const) {
      const value = own[key];
      if (value !== undefined && !(value > 0 && value < 100)) {
        issue(at('slos', 'services', name, key), `must be above 0 and below 100 (a 100 % objective has no error budget to burn), got ${value}`);
      }
    }
  }

  const retention = durationHours(o.prometheus.retention);
  if (retention < LONGEST_SLO_WINDOW_HOURS) {
    issue(at('prometheus', 'retention'), `${o.prometheus.retention} is shorter than the longest SLO alert window (3d); the slow-burn alerts need at least 3d of samples`);
  }

  for (const key of Object.keys(o.featureFlags.flags)) {
    if (!FLAG_KEY.test(key)) {
      issue(at('featureFlags', 'flags', key), "must start with a lower-case letter and hold letters, digits, '_' or '-' (at most 64)");
    }
  }
  // Flags and their readers: every key read must exist, and every flag must have a reader
  // (a flag nobody reads is deployed, rolled out and watched for nothing).
  const flagKeys = Object.keys(o.featureFlags.flags);
  const readers = new Set<string>();
  config.services.forEach((s, i) => {
    s.featureFlags.forEach((key, j) => {
      if (s.featureFlags.indexOf(key) !== j) issue(['services', i, 'featureFlags', j], `'${key}' is listed twice`);
      readers.add(key);
      if (!flagKeys.includes(key)) {
        issue(['services', i, 'featureFlags', j], `'${key}' is not a flag of observability.featureFlags.flags (allowed: ${flagKeys.join(', ') || 'none: no flags are configured'})`);
      }
    });
  });
  for (const key of flagKeys) {
    if (!readers.has(key)) {
      issue(at('featureFlags', 'flags', key), `no service reads '${key}': list it in the featureFlags of the services that read it (services: ${config.services.map((s) => s.name).join(', ') || 'none'})`);
    }
  }
  const rollout = o.featureFlags.deploymentMinutes + o.featureFlags.bakeMinutes;
  if (rollout > 5) {
    issue(at('featureFlags'), `deploymentMinutes + bakeMinutes must be at most 5 (flags reach every target in under 5 minutes), got ${o.featureFlags.deploymentMinutes} + ${o.featureFlags.bakeMinutes} = ${rollout}`);
  }

  for (const severity of ['page', 'ticket'] as const) {
    o.alerting[severity].subscriptions.forEach((s, i) => {
      const path = at('alerting', severity, 'subscriptions', i, 'endpoint');
      if (s.protocol === 'email' && !/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(s.endpoint)) {
        issue(path, `'${s.endpoint}' is not an email address (protocol is email)`);
      }
      if (s.protocol === 'https' && !/^https:\/\/[^\s]+$/.test(s.endpoint)) {
        issue(path, `'${s.endpoint}' is not an https:// URL (protocol is https)`);
      }
    });
  }

  if (o.tracing.store === 'opensearch') {
    const os = o.tracing.openSearch;
    const i = config.regions.findIndex((r) => os.dataNodes % openSearchZoneCount(r.availabilityZones.length) !== 0);
    if (i >= 0) {
      const r = config.regions[i];
      issue(at('tracing', 'openSearch', 'dataNodes'), `must be a multiple of the ${openSearchZoneCount(r.availabilityZones.length)} availability zones OpenSearch spreads over in regions[${i}] (${r.name}), got ${os.dataNodes}`);
    }
  }

  if (o.budget) {
    const seen = new Set<number>();
    o.budget.actualPercents.forEach((p, i) => {
      if (seen.has(p)) issue(at('budget', 'actualPercents', i), `${p} is listed twice`);
      seen.add(p);
    });
  }

  // The jaeger-operator chart watches only its own namespace unless given cluster-wide rights
  // (rbac.clusterRole), which the platform does not grant: it must run where the Jaeger is.
  const jaegerOperatorNs = config.gitops.operators.jaegerOperator.namespace;
  if (jaegerOperatorNs !== o.tracing.namespace) {
    issue(
      ['gitops', 'operators', 'jaegerOperator', 'namespace'],
      `must be the tracing namespace '${o.tracing.namespace}' (observability.tracing.namespace): the operator only watches its own namespace, got '${jaegerOperatorNs}'`,
    );
  }
}

/** The services' health routes through the ingress gateway, `<ingressPathPrefix><healthPath>`, in config order. */
export function canaryHealthRoutes(services: ReadonlyArray<{ readonly ingressPathPrefix?: string; readonly healthPath: string }>): string[] {
  return services.map(ingressHealthPath).filter((route): route is string => route !== undefined);
}
