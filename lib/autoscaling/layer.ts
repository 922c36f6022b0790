import { clusterName } from '../config';
import type { Layer } from '../core/layer';
import { NodeAutoscalerAccess } from './node-autoscaler-access';
import { autoscalingOperators } from './operators';

/**
 * Node autoscaling: the Cluster Autoscaler on the managed node groups (docs/autoscaling.md has
 * why not Karpenter), so the node groups' `maxSize` is reachable and the HPAs' ceilings can be
 * met. Per region its IAM through Pod Identity; on every cluster the pinned chart.
 */
export const autoscalingLayer: Layer = {
  name: 'autoscaling',
  region: ({ config, base }) => {
    new NodeAutoscalerAccess(base.stack, 'NodeAutoscaler', { config, clusterName: clusterName(config, base.region) });
  },
  operators: autoscalingOperators,
};
