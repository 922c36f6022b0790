import * as fs from 'fs';
import * as path from 'path';
import { k8s } from 'cdk8s-plus-33';
import { Construct } from 'constructs';
import {
  SCHEMA_DIR,
  StreamJobConfig,
  kafkaConnectionSecretName,
  kafkaEngineOf,
  streamJobChangelogTopic,
  streamJobImage,
  streamJobNamespace,
} from '../config';
import { ISTIO_PORTS } from '../config/mesh-names';
import { ISTIO_MTLS_SCRAPE_CLASS } from '../config/observability-names';
import { AuthorizationPolicy, AuthorizationPolicySpecAction } from '../imports/istio-security.istio.io';
import { PodMonitor, PodMonitorSpecPodMetricsEndpointsScheme } from '../imports/prom-podmonitor-monitoring.coreos.com';
import { PrometheusRule, PrometheusRuleSpecGroupsRulesExpr } from '../imports/prom-prometheusrule-monitoring.coreos.com';
import { ClusterChart, ClusterChartProps } from '../k8s/cluster-chart';
import { restrictedNamespaceLabels } from '../k8s/namespaces';
import { controlPlaneEgressPolicy, defaultDenyPolicy, dnsEgressPolicy, matchLabels, namespacePeer, tcpPorts } from '../k8s/network-policies';

/** Port of the job's `/metrics` and `/health` (plain HTTP inside the pod; mTLS through the sidecar). */
export const JOB_METRICS_PORT = 9464;
/** Name of that port. */
export const JOB_METRICS_PORT_NAME = 'http-metrics';
/** Where the job reads its schemas (`jobs/stream-processor/src/runtime/main.ts` SCHEMA_MOUNT). */
export const JOB_SCHEMA_MOUNT = '/etc/stream-job/schemas';
/** The fixed non-root uid and gid the job runs as (the image's `USER`). */
export const JOB_RUN_AS_USER = 10001;

/** Metrics the job exports (`jobs/stream-processor/src/runtime/main.ts`), which the alerts read. */
export const JOB_METRICS = {
  /** Gauge, per input partition: high watermark minus the group's committed offset (each instance reports every partition). */
  lag: 'stream_job_consumer_lag_records',
  /** Counter, by `result`: counted, late, dead_letter. */
  records: 'stream_job_records_total',
} as const;

/** Props of {@link StreamJobChart}. */
export interface StreamJobChartProps extends ClusterChartProps {
  /** The job: one element of `config.streams.jobs`. */
  readonly job: StreamJobConfig;
  /** The image tag the region stack's job image asset publishes (see `jobImageTag`). */
  readonly imageTag: string;
}

/**
 * One stream job in one cluster: its namespace (Pod Security `restricted`, sidecar injection),
 * service account (its Pod Identity on MSK), a StatefulSet of `replicas` instances (stable pod
 * names make stable transactional ids, `<job>-<ordinal>`, so a restarted instance fences its
 * previous self), a PodDisruptionBudget, a PodMonitor and the alerts on its consumer lag, dead
 * letters and instances, and the namespace's default-deny NetworkPolicies with the DNS, istiod and
 * Prometheus openings. Its Kafka connection Secret and Kafka egress come from the Kafka layer,
 * like a service's (the job is a principal of `kafka` through `streams.jobs`).
 *
 * State: the open windows live in memory and in the compacted changelog topic
 * (`<job>-windows-changelog`), written in the same transaction as the outputs and the input
 * offsets; an instance that takes over a partition restores them from it, so no volume is needed
 * and a pod can move to any node or zone.
 */
export class StreamJobChart extends ClusterChart {
  constructor(scope: Construct, id: string, props: StreamJobChartProps) {
    super(scope, id, props);
    const { config, region, job } = props;
    const namespace = streamJobNamespace(job);
    const labels = { app: job.name };
    const selector = { matchLabels: labels };

    new k8s.KubeNamespace(this, 'Namespace', {
      metadata: { name: namespace, labels: restrictedNamespaceLabels({ mesh: true }) },
    });
    new k8s.KubeServiceAccount(this, 'ServiceAccount', { metadata: { name: namespace, namespace }, automountServiceAccountToken: false });

    // Headless: the StatefulSet's pods get stable names; nothing calls the job.
    new k8s.KubeService(this, 'Service', {
      metadata: { name: job.name, namespace, labels },
      spec: {
        clusterIp: 'None',
        selector: labels,
        ports: [{ name: JOB_METRICS_PORT_NAME, port: JOB_METRICS_PORT, targetPort: k8s.IntOrString.fromString(JOB_METRICS_PORT_NAME), protocol: 'TCP' }],
      },
    });

    // The reader schema of the input and the output's schema, from this commit's schemas/: the
    // job reads writer versions from the registry by id and resolves them to these.
    const input = config.kafka.topics.find((t) => t.name === job.input);
    const inputSchema = input?.valueSchema;
    if (!inputSchema) throw new Error(`streams.jobs[${config.streams.jobs.indexOf(job)}].input: '${job.input}' has no valueSchema; the job decodes Avro`);
    const schemaFile = (name: string) => JSON.stringify(JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, `${name}.avsc`), 'utf8')));
    new k8s.KubeConfigMap(this, 'Schemas', {
      metadata: { name: `${job.name}-schemas`, namespace, labels },
      data: { 'input.avsc': schemaFile(inputSchema), 'output.avsc': schemaFile(job.outputSchema) },
    });

    const probe = (initialDelaySeconds: number, periodSeconds: number): k8s.Probe => ({
      httpGet: { path: '/health', port: k8s.IntOrString.fromString(JOB_METRICS_PORT_NAME) },
      initialDelaySeconds,
      periodSeconds,
    });
    const env: Record<string, string> = {
      STREAM_JOB_NAME: job.name,
      STREAM_INPUT_TOPIC: job.input,
      STREAM_OUTPUT_TOPIC: job.output,
      STREAM_OUTPUT_SCHEMA: job.outputSchema,
      STREAM_CHANGELOG_TOPIC: streamJobChangelogTopic(job),
      STREAM_WINDOW_SECONDS: String(job.windowSeconds),
      STREAM_GRACE_SECONDS: String(job.graceSeconds),
      METRICS_PORT: String(JOB_METRICS_PORT),
    };
    const deadLetter = input?.deadLetterTopic;
    if (deadLetter) env.STREAM_DEAD_LETTER_TOPIC = deadLetter;

    new k8s.KubeStatefulSet(this, 'StatefulSet', {
      metadata: { name: job.name, namespace, labels },
      spec: {
        serviceName: job.name,
        replicas: job.replicas,
        // Instances are peers in one consumer group: start and stop them together, not one by one.
        podManagementPolicy: 'Parallel',
        selector,
        template: {
          metadata: { labels, annotations: { 'kubectl.kubernetes.io/default-container': job.name } },
          spec: {
            serviceAccountName: namespace,
            automountServiceAccountToken: false,
            terminationGracePeriodSeconds: 60,
            securityContext: {
              runAsNonRoot: true,
              runAsUser: JOB_RUN_AS_USER,
              runAsGroup: JOB_RUN_AS_USER,
              fsGroup: JOB_RUN_AS_USER,
              seccompProfile: { type: 'RuntimeDefault' },
            },
            topologySpreadConstraints: ['topology.kubernetes.io/zone', 'kubernetes.io/hostname'].map((topologyKey) => ({
              topologyKey,
              maxSkew: 1,
              whenUnsatisfiable: 'ScheduleAnyway',
              labelSelector: selector,
            })),
            affinity: {
              podAntiAffinity: {
                preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: selector } }],
              },
            },
            containers: [{
              name: job.name,
              image: streamJobImage(region, props.imageTag),
              ports: [{ name: JOB_METRICS_PORT_NAME, containerPort: JOB_METRICS_PORT, protocol: 'TCP' }],
              env: Object.keys(env).sort().map((name) => ({ name, value: env[name] })),
              envFrom: [{ secretRef: { name: kafkaConnectionSecretName(job) } }],
              readinessProbe: probe(10, 10),
              livenessProbe: { ...probe(30, 20), failureThreshold: 3 },
              resources: {
                requests: { cpu: k8s.Quantity.fromString(job.resources.requests.cpu), memory: k8s.Quantity.fromString(job.resources.requests.memory) },
                limits: { cpu: k8s.Quantity.fromString(job.resources.limits.cpu), memory: k8s.Quantity.fromString(job.resources.limits.memory) },
              },
              securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, privileged: false, capabilities: { drop: ['ALL'] } },
              volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }, { name: 'schemas', mountPath: JOB_SCHEMA_MOUNT, readOnly: true }],
            }],
            volumes: [
              { name: 'tmp', emptyDir: { sizeLimit: k8s.Quantity.fromString('64Mi') } },
              { name: 'schemas', configMap: { name: `${job.name}-schemas` } },
            ],
          },
        },
      },
    });

    new k8s.KubePodDisruptionBudget(this, 'Pdb', {
      metadata: { name: job.name, namespace, labels },
      spec: { maxUnavailable: k8s.IntOrString.fromNumber(1), selector, unhealthyPodEvictionPolicy: 'AlwaysAllow' },
    });

    new PodMonitor(this, 'Monitor', {
      metadata: { name: job.name, namespace, labels },
      spec: {
        selector,
        namespaceSelector: { matchNames: [namespace] },
        scrapeClass: ISTIO_MTLS_SCRAPE_CLASS,
        podMetricsEndpoints: [{ port: JOB_METRICS_PORT_NAME, path: '/metrics', scheme: PodMonitorSpecPodMetricsEndpointsScheme.HTTPS }],
      },
    });
    this.alerts(job, namespace, kafkaEngineOf(config, region));
    this.policies(namespace, labels);
  }

  /** Lag above the configured bound, dead letters, and fewer instances up than configured. */
  private alerts(job: StreamJobConfig, namespace: string, engine: string): void {
    const ns = `namespace="${namespace}"`;
    const annotations = (summary: string) => ({ summary, runbook: 'docs/streams.md#runbook' });
    const rules = [
      {
        alert: 'StreamJobConsumerLag',
        // Every instance reports the group's lag of every partition: one value per partition.
        expr: `sum by (namespace) (max by (namespace, topic, partition) (${JOB_METRICS.lag}{${ns}})) > ${job.lagAlertRecords}`,
        for: `${job.lagAlertMinutes}m`,
        labels: { severity: 'page', job_name: job.name },
        annotations: annotations(`${job.name} is more than ${job.lagAlertRecords} records behind ${job.input} (${engine}) for ${job.lagAlertMinutes} minutes`),
      },
      {
        alert: 'StreamJobDeadLetters',
        expr: `sum by (namespace) (increase(${JOB_METRICS.records}{${ns},result="dead_letter"}[15m])) > 0`,
        for: '0m',
        labels: { severity: 'ticket', job_name: job.name },
        annotations: annotations(`${job.name} sent records of ${job.input} it could not decode to the dead-letter topic`),
      },
      {
        alert: 'StreamJobInstancesDown',
        expr: `(count(up{${ns}} == 1) or vector(0)) < ${job.replicas}`,
        for: '10m',
        labels: { severity: 'page', job_name: job.name },
        annotations: annotations(`fewer than ${job.replicas} instances of ${job.name} are up`),
      },
    ];
    new PrometheusRule(this, 'Alerts', {
      metadata: { name: `${job.name}-alerts`, namespace, labels: { app: job.name } },
      spec: {
        groups: [{
          name: `${job.name}.rules`,
          rules: rules.map((r) => ({ ...r, expr: PrometheusRuleSpecGroupsRulesExpr.fromString(r.expr) })),
        }],
      },
    });
  }

  /**
   * Default deny in the namespace (network and mesh), then: DNS, istiod, and Prometheus on the
   * metrics port and the sidecar's merged-metrics port. Kafka egress: the Kafka layer's
   * `allow-kafka` policy, as for every client.
   */
  private policies(namespace: string, labels: Record<string, string>): void {
    const { config } = this;
    const prometheusNs = config.gitops.operators.kubePrometheusStack.namespace;
    defaultDenyPolicy(this, namespace);
    dnsEgressPolicy(this, namespace);
    controlPlaneEgressPolicy(this, config, namespace);
    new k8s.KubeNetworkPolicy(this, 'np-allow-prometheus', {
      metadata: { name: 'allow-prometheus', namespace },
      spec: {
        podSelector: matchLabels(labels),
        policyTypes: ['Ingress'],
        ingress: [{ from: [namespacePeer(prometheusNs)], ports: tcpPorts(JOB_METRICS_PORT, ISTIO_PORTS.mergedMetrics) }],
      },
    });
    new AuthorizationPolicy(this, 'allow-prometheus', {
      metadata: { name: 'allow-prometheus', namespace },
      spec: {
        action: AuthorizationPolicySpecAction.ALLOW,
        selector: { matchLabels: labels },
        rules: [{
          from: [{ source: { namespaces: [prometheusNs] } }],
          to: [{ operation: { ports: [String(JOB_METRICS_PORT)], methods: ['GET'], paths: ['/metrics'] } }],
        }],
      },
    });
  }
}
