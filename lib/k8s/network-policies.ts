import { k8s } from 'cdk8s-plus-33';
import { Construct } from 'constructs';
import { PlatformConfig } from '../config';
import { CLUSTER_DNS, ISTIOD_SELECTOR, ISTIO_PORTS, NAMESPACE_NAME_LABEL } from '../config/mesh-names';

/**
 * Builders of the NetworkPolicies both mesh charts render. They use the low-level
 * `k8s.KubeNetworkPolicy` rather than `kplus.NetworkPolicy`: the rules here are exact
 * (a namespace by its immutable name label *and* pods by label in one peer, UDP and TCP on one
 * port, explicit `policyTypes`), and the low-level class renders exactly what is written, where
 * kplus would add its own peers and policy types.
 */

/** A label selector matching these labels; with none, the empty selector `{}`, which selects every pod. */
export function matchLabels(labels: Readonly<Record<string, string>> = {}): k8s.LabelSelector {
  return Object.keys(labels).length > 0 ? { matchLabels: { ...labels } } : {};
}

/** A peer: pods with `podLabels` (all pods when omitted) in the namespace named `namespace`. */
export function namespacePeer(namespace: string, podLabels?: Readonly<Record<string, string>>): k8s.NetworkPolicyPeer {
  return {
    namespaceSelector: matchLabels({ [NAMESPACE_NAME_LABEL]: namespace }),
    ...(podLabels ? { podSelector: matchLabels(podLabels) } : {}),
  };
}

/** TCP ports, deduplicated and sorted so the output does not depend on argument order. */
export function tcpPorts(...ports: number[]): k8s.NetworkPolicyPort[] {
  return [...new Set(ports)].sort((a, b) => a - b).map((port) => ({ protocol: 'TCP', port: k8s.IntOrString.fromNumber(port) }));
}

/** Denies all ingress and egress of every pod in `namespace`; the allow policies beside it open what is needed. */
export function defaultDenyPolicy(scope: Construct, namespace: string): k8s.KubeNetworkPolicy {
  return new k8s.KubeNetworkPolicy(scope, 'default-deny', {
    metadata: { name: 'default-deny', namespace },
    spec: { podSelector: matchLabels(), policyTypes: ['Ingress', 'Egress'] },
  });
}

/** Lets every pod in `namespace` resolve names through cluster DNS (UDP, and TCP for large answers). */
export function dnsEgressPolicy(scope: Construct, namespace: string): k8s.KubeNetworkPolicy {
  const port = k8s.IntOrString.fromNumber(CLUSTER_DNS.port);
  return new k8s.KubeNetworkPolicy(scope, 'allow-dns', {
    metadata: { name: 'allow-dns', namespace },
    spec: {
      podSelector: matchLabels(),
      policyTypes: ['Egress'],
      egress: [
        {
          to: [namespacePeer(CLUSTER_DNS.namespace, CLUSTER_DNS.selector)],
          ports: [
            { protocol: 'UDP', port },
            { protocol: 'TCP', port },
          ],
        },
      ],
    },
  });
}

/**
 * Lets every Istio proxy in `namespace` reach istiod on 15012 (xDS configuration and workload
 * certificates, both over mTLS). Nothing else on istiod is dialled by a proxy: 15017 is the
 * webhook port the API server calls, 15014 is istiod's own metrics.
 */
export function controlPlaneEgressPolicy(scope: Construct, config: PlatformConfig, namespace: string): k8s.KubeNetworkPolicy {
  return new k8s.KubeNetworkPolicy(scope, 'allow-mesh-control-plane', {
    metadata: { name: 'allow-mesh-control-plane', namespace },
    spec: {
      podSelector: matchLabels(),
      policyTypes: ['Egress'],
      egress: [{ to: [namespacePeer(config.mesh.namespace, ISTIOD_SELECTOR)], ports: tcpPorts(ISTIO_PORTS.istiodXds) }],
    },
  });
}

/** A peer: addresses in `cidr` (outside the cluster's pod network, e.g. AWS endpoints in the VPC). */
export function ipBlockPeer(cidr: string): k8s.NetworkPolicyPeer {
  return { ipBlock: { cidr } };
}

/** One egress rule: these peers, on these TCP ports. */
export interface EgressRule {
  readonly to: readonly k8s.NetworkPolicyPeer[];
  readonly ports: readonly number[];
}

/**
 * Lets the pods with `podLabels` in `namespace` open connections to exactly these peers and ports
 * (one NetworkPolicy named `name`), on top of the namespace's default-deny. Used for clients of
 * platform data services, e.g. a Kafka client's brokers and schema registry.
 */
export function egressPolicy(
  scope: Construct,
  id: string,
  props: { readonly name: string; readonly namespace: string; readonly podLabels?: Readonly<Record<string, string>>; readonly rules: readonly EgressRule[] },
): k8s.KubeNetworkPolicy {
  return new k8s.KubeNetworkPolicy(scope, id, {
    metadata: { name: props.name, namespace: props.namespace },
    spec: {
      podSelector: matchLabels(props.podLabels),
      policyTypes: ['Egress'],
      egress: props.rules.map((r) => ({ to: [...r.to], ports: tcpPorts(...r.ports) })),
    },
  });
}

/**
 * Lets `peers` connect to the pods with `podLabels` in `namespace` on these TCP ports (one
 * NetworkPolicy named `name`), on top of the namespace's default-deny.
 */
export function ingressPolicy(
  scope: Construct,
  id: string,
  props: { readonly name: string; readonly namespace: string; readonly podLabels?: Readonly<Record<string, string>>; readonly from: readonly k8s.NetworkPolicyPeer[]; readonly ports: readonly number[] },
): k8s.KubeNetworkPolicy {
  return new k8s.KubeNetworkPolicy(scope, id, {
    metadata: { name: props.name, namespace: props.namespace },
    spec: {
      podSelector: matchLabels(props.podLabels),
      policyTypes: ['Ingress'],
      ingress: [{ from: [...props.from], ports: tcpPorts(...props.ports) }],
    },
  });
}
