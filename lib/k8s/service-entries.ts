import { Construct } from 'constructs';
import { POD_IDENTITY_AGENT } from '../config';
import { ServiceEntry, ServiceEntrySpecLocation, ServiceEntrySpecResolution } from '../imports/istio-networking.istio.io';

/** Name of the ServiceEntry that lets a namespace's sidecars reach the EKS Pod Identity agent. */
export const POD_IDENTITY_SERVICE_ENTRY = 'eks-pod-identity-agent';

/**
 * The EKS Pod Identity agent (169.254.170.23:80) as a mesh-external host, visible in `namespace`
 * only: the mesh is `REGISTRY_ONLY`, so a sidecar passes an AWS SDK's credential call only to a
 * host it knows. One per namespace: which layer renders it is decided by
 * `podIdentityEntryByKafka` (lib/config), so two layers never render conflicting entries for the
 * same address in one namespace.
 */
export function podIdentityAgentServiceEntry(scope: Construct, id: string, namespace: string): ServiceEntry {
  return new ServiceEntry(scope, id, {
    metadata: { name: POD_IDENTITY_SERVICE_ENTRY, namespace },
    spec: {
      hosts: ['eks-pod-identity-agent.local'],
      addresses: [`${POD_IDENTITY_AGENT.address}/32`],
      location: ServiceEntrySpecLocation.MESH_UNDERSCORE_EXTERNAL,
      resolution: ServiceEntrySpecResolution.STATIC,
      endpoints: [{ address: POD_IDENTITY_AGENT.address }],
      // TCP, not HTTP: SDKs send `Host: 169.254.170.23`, which an HTTP route for this host would not match.
      ports: [{ number: POD_IDENTITY_AGENT.port, name: 'tcp-credentials', protocol: 'TCP' }],
      exportTo: ['.'],
    },
  });
}
