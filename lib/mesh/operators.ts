import { PlatformConfig } from '../config';
import { ISTIO_TRACING_PROVIDER, OTEL_PORTS, otelCollectorHost } from '../config/observability-names';
import type { OperatorRelease } from '../core/layer';

/** Istio on every cluster: CRDs, the CNI node agent, istiod (mesh config, tracing provider). */
export function meshOperators(config: PlatformConfig): OperatorRelease[] {
  const istioNamespace = config.gitops.operators.istiod.namespace;
  return [
    {
      key: 'istioBase',
      release: 'istio-base',
      wave: 0,
      podSecurity: 'privileged',
      // Validation webhooks point at istiod in its namespace.
      values: { global: { istioNamespace } },
      // CRDs, webhook configurations and a service account: no pods.
      footprint: { version: '1.30.3', source: 'istio/istio tag 1.30.3: manifests/charts/base/templates (crds, webhook configurations, reader service account; no workload)', workloads: [] },
    },
    {
      key: 'istioCni',
      release: 'istio-cni',
      wave: 0,
      podSecurity: 'privileged',
      // Defaults fit EKS (the AWS VPC CNI chains the Istio plugin from /etc/cni/net.d).
      values: {},
      footprint: {
        version: '1.30.3',
        source: 'istio/istio tag 1.30.3: manifests/charts/istio-cni/values.yaml (resources.requests cpu 100m, memory 100Mi; ambient disabled), templates/daemonset.yaml (container install-cni)',
        workloads: [{ name: 'istio-cni-node', kind: 'DaemonSet', containers: [{ name: 'install-cni', cpu: '100m', memory: '100Mi' }] }],
      },
    },
    {
      key: 'istiod',
      release: 'istiod',
      wave: 1,
      podSecurity: 'privileged',
      values: {
        global: { istioNamespace },
        // Pods of "restricted" namespaces cannot run istio-init (NET_ADMIN); the Istio CNI node
        // agent (the istioCni operator) sets up their traffic capture instead.
        pilot: { cni: { enabled: true } },
        meshConfig: {
          // Egress only to hosts the mesh knows (Services, ServiceEntries): default deny, as for ingress.
          outboundTrafficPolicy: { mode: 'REGISTRY_ONLY' },
          // Every proxy exports spans over OTLP to the observability layer's collector; the mesh's
          // Telemetry object sets the sampling rate (`mesh.tracingSamplingPercent`).
          extensionProviders: [{ name: ISTIO_TRACING_PROVIDER, opentelemetry: { service: otelCollectorHost(config), port: OTEL_PORTS.otlpGrpc } }],
          defaultProviders: { tracing: [ISTIO_TRACING_PROVIDER] },
        },
      },
      footprint: {
        version: '1.30.3',
        source:
          'istio/istio tag 1.30.3: manifests/charts/istio-control/istio-discovery/values.yaml (autoscaleEnabled true, autoscaleMin 1, autoscaleMax 5; ' +
          'resources.requests cpu 500m, memory 2048Mi), templates/deployment.yaml (container discovery; no replicas while autoscaling), templates/autoscale.yaml (HPA)',
        workloads: [{ name: 'istiod', kind: 'Deployment', replicas: 1, maxReplicas: 5, containers: [{ name: 'discovery', cpu: '500m', memory: '2048Mi' }] }],
      },
    },
  ];
}
