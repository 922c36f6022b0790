import { k8s } from 'cdk8s-plus-33';
import { LOAD_BALANCER_CONTROLLER_SERVICE_ACCOUNT, PlatformConfig, VPC_CLUSTER_TAG } from '../config';
import { CLUSTER_PARAMS } from '../config/gitops-names';
import { INGRESS_GATEWAY_RELEASE, INGRESS_GATEWAY_SELECTOR, INGRESS_PORTS, ingressMinReplicas } from '../config/mesh-names';
import type { OperatorRelease } from '../core/layer';

export { ingressMinReplicas };

/**
 * Topology spread of the ingress gateway pods (the `gateway` chart copies it into the pod spec).
 *
 * Zones: `DoNotSchedule`, so the minimum replicas land one per zone rather than only preferably
 * so. `nodeTaintsPolicy: Honor` leaves out nodes the pod does not tolerate, among them the
 * `unreachable`/`not-ready` nodes of a failed zone: that zone then stops counting, and its
 * pods' replacements schedule in the remaining zones instead of staying Pending. Hosts:
 * `ScheduleAnyway`, a preference that keeps a zone's pods on different nodes when there is room.
 * `pod-template-hash` spreads each rollout's pods among themselves.
 */
export function ingressTopologySpread(): k8s.TopologySpreadConstraint[] {
  const labelSelector = { matchLabels: { app: INGRESS_GATEWAY_RELEASE, ...INGRESS_GATEWAY_SELECTOR } };
  const spread = (topologyKey: string, whenUnsatisfiable: 'DoNotSchedule' | 'ScheduleAnyway'): k8s.TopologySpreadConstraint => ({
    maxSkew: 1,
    topologyKey,
    whenUnsatisfiable,
    labelSelector,
    matchLabelKeys: ['pod-template-hash'],
    ...(whenUnsatisfiable === 'DoNotSchedule' ? { nodeTaintsPolicy: 'Honor' } : {}),
  });
  return [spread('topology.kubernetes.io/zone', 'DoNotSchedule'), spread('kubernetes.io/hostname', 'ScheduleAnyway')];
}

/**
 * The edge's operators on every cluster: the AWS Load Balancer Controller (binds the ingress
 * gateway's Service to the target groups CDK makes) and the Istio ingress gateway. Strings may
 * hold cluster parameters ({@link CLUSTER_PARAMS}); the ApplicationSet resolves them per
 * cluster. No deploy-time values: the Load Balancer Controller finds its VPC through the
 * instance metadata service (the nodes' hop limit of 2 lets pods reach it), not through a VPC id.
 */
export function edgeOperators(config: PlatformConfig): OperatorRelease[] {
  const ingressReplicas = { minReplicas: ingressMinReplicas(config), maxReplicas: 2 * ingressMinReplicas(config) };
  return [
    {
      key: 'istioIngress',
      release: INGRESS_GATEWAY_RELEASE,
      wave: 2,
      podSecurity: 'restricted',
      values: {
        // The NLB is made by CDK and bound to this Service by a TargetGroupBinding: no second load balancer.
        service: {
          type: 'ClusterIP',
          ports: [
            { name: 'status-port', port: INGRESS_PORTS.status, targetPort: INGRESS_PORTS.status, protocol: 'TCP' },
            { name: 'http2', port: INGRESS_PORTS.http, targetPort: INGRESS_PORTS.http, protocol: 'TCP' },
            { name: 'https', port: INGRESS_PORTS.https, targetPort: INGRESS_PORTS.https, protocol: 'TCP' },
          ],
        },
        // Unprivileged ports need no sysctl; an explicit pod securityContext replaces the chart's
        // sysctl default and adds the seccomp profile "restricted" asks for.
        securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
        // The only way in: a pod in every zone, so losing a zone (or draining its nodes) leaves
        // the others serving; room to double under load.
        autoscaling: { enabled: true, ...ingressReplicas },
        topologySpreadConstraints: ingressTopologySpread(),
        // One pod at a time through drains and node-group updates, however many are running.
        podDisruptionBudget: { maxUnavailable: 1 },
      },
      footprint: {
        version: '1.30.3',
        source:
          'istio/istio tag 1.30.3: manifests/charts/gateway/values.yaml (resources.requests cpu 100m, memory 128Mi), templates/deployment.yaml ' +
          '(one container istio-proxy, its requests kept by the gateway injection template), templates/hpa.yaml; replicas from the platform autoscaling values above',
        workloads: [
          {
            name: INGRESS_GATEWAY_RELEASE,
            kind: 'Deployment',
            replicas: ingressReplicas.minReplicas,
            maxReplicas: ingressReplicas.maxReplicas,
            containers: [{ name: 'istio-proxy', cpu: '100m', memory: '128Mi' }],
          },
        ],
      },
    },
    {
      key: 'awsLoadBalancerController',
      release: 'aws-load-balancer-controller',
      wave: 1,
      podSecurity: 'baseline',
      values: {
        clusterName: CLUSTER_PARAMS.name,
        region: CLUSTER_PARAMS.region,
        vpcTags: { [VPC_CLUSTER_TAG]: CLUSTER_PARAMS.name },
        serviceAccount: { name: LOAD_BALANCER_CONTROLLER_SERVICE_ACCOUNT },
        // Without cert-manager the chart generates a new webhook certificate on every render, which
        // Argo CD would see as drift and re-apply forever.
        enableCertManager: true,
        // Only TargetGroupBindings are used: no IngressClass, so no Ingress can create an ALB.
        createIngressClassResource: false,
        ingressClassParams: { create: false },
      },
      footprint: {
        version: '3.5.0',
        source:
          'aws/eks-charts commit 5239609 (Chart.yaml version 3.5.0, appVersion v3.5.0): stable/aws-load-balancer-controller/values.yaml ' +
          '(replicaCount 2, autoscaling.enabled false, resources {}), templates/deployment.yaml (one container named after the chart)',
        workloads: [{ name: 'aws-load-balancer-controller', kind: 'Deployment', replicas: 2, containers: [{ name: 'aws-load-balancer-controller' }] }],
      },
    },
  ];
}
