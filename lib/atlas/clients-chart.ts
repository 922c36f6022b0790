import { k8s } from 'cdk8s-plus-33';
import { Construct } from 'constructs';
import { ATLAS_PRIVATE_ENDPOINT_PORTS, POD_IDENTITY_AGENT, atlasClientServices, serviceNamespace } from '../config';
import { Sidecar, SidecarSpecOutboundTrafficPolicyMode } from '../imports/istio-networking.istio.io';
import { ClusterChart, ClusterChartProps } from '../k8s/cluster-chart';

/**
 * What each Atlas client service needs in its namespace to reach the cluster through the
 * region's private endpoint (its connection string arrives through the service's ExternalSecret):
 *
 * - a NetworkPolicy `allow-atlas` on top of the namespace's default-deny, for the service's pods
 *   only: TCP to addresses in the region's VPC on Atlas's private-endpoint port range (the
 *   endpoint's interface addresses are deploy-time values, so the VPC block is the narrowest
 *   config-derived peer), and the Pod Identity agent, where the driver's MONGODB-AWS
 *   authentication gets the pod's role credentials;
 * - an Istio `Sidecar` for the same pods that lets their proxy pass such connections through. The
 *   mesh is `REGISTRY_ONLY`, and a ServiceEntry must list ports one by one, but Atlas gives each
 *   node behind the endpoint its own port somewhere in 1024–65535; so these pods' proxies allow
 *   unknown destinations and the NetworkPolicy above is what limits where they can go. In-mesh
 *   calls keep their mTLS and routing.
 */
export class AtlasClientsChart extends ClusterChart {
  constructor(scope: Construct, id: string, props: ClusterChartProps) {
    super(scope, id, props);
    for (const service of atlasClientServices(props.config.services)) {
      const namespace = serviceNamespace(service);
      const podLabels = { app: service.name };
      new k8s.KubeNetworkPolicy(this, `np-${service.name}`, {
        metadata: { name: 'allow-atlas', namespace },
        spec: {
          podSelector: { matchLabels: podLabels },
          policyTypes: ['Egress'],
          egress: [
            {
              to: [{ ipBlock: { cidr: props.region.cidr } }],
              ports: [{ protocol: 'TCP', port: k8s.IntOrString.fromNumber(ATLAS_PRIVATE_ENDPOINT_PORTS.from), endPort: ATLAS_PRIVATE_ENDPOINT_PORTS.to }],
            },
            {
              to: [{ ipBlock: { cidr: `${POD_IDENTITY_AGENT.address}/32` } }],
              ports: [{ protocol: 'TCP', port: k8s.IntOrString.fromNumber(POD_IDENTITY_AGENT.port) }],
            },
          ],
        },
      });
      new Sidecar(this, `sidecar-${service.name}`, {
        metadata: { name: 'atlas-client', namespace },
        spec: {
          workloadSelector: { labels: podLabels },
          outboundTrafficPolicy: { mode: SidecarSpecOutboundTrafficPolicyMode.ALLOW_UNDERSCORE_ANY },
        },
      });
    }
  }
}
