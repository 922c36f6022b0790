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
    },
    {
      key: 'istioCni',
      release: 'istio-cni',
      wave: 0,
      podSecurity: 'privileged',
      // Defaults fit EKS (the AWS VPC CNI chains the Istio plugin from /etc/cni/net.d).
      values: {},
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
    },
  ];
}
