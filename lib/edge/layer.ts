import { Fact, type Layer } from '../core/layer';
import { IngressBindingChart } from './ingress-binding-chart';
import { LoadBalancerControllerAccess, PlatformIngress } from './ingress';
import { edgeOperators } from './operators';

/** The region's ingress (internal NLB, target groups, health check, certificate), per region. */
export const INGRESS = new Fact<PlatformIngress>('edge ingress');

/**
 * The regional edge: each region's entry point behind Global Accelerator (internal NLB, target
 * groups, certificate export) and the Load Balancer Controller's access; in the clusters, the
 * TargetGroupBindings and the ingress TLS secret; the ingress gateway and the controller as
 * operators.
 */
export const edgeLayer: Layer = {
  name: 'edge',
  configSection: 'edge',
  region: ({ config, base, facts }) => {
    const ingress = new PlatformIngress(base.stack, 'Ingress', {
      config,
      region: base.region,
      vpc: base.vpc,
      cluster: base.cluster,
      logKey: base.logKey,
      secretsKey: base.appSecretsKey,
    });
    new LoadBalancerControllerAccess(base.stack, 'LoadBalancerController', {
      config,
      cluster: base.cluster,
      targetGroups: Object.values(ingress.targetGroups),
    });
    facts.set(INGRESS, ingress);
  },
  charts: ({ app, config, region }) => [new IngressBindingChart(app, 'ingress-binding', { config, region })],
  operators: edgeOperators,
};
