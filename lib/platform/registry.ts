import { atlasLayer } from '../atlas/layer';
import { autoscalingLayer } from '../autoscaling/layer';
import type { Layer } from '../core/layer';
import { deliveryLayer } from '../delivery/layer';
import { edgeLayer } from '../edge/layer';
import { failoverLayer } from '../failover/layer';
import { gitopsLayer } from '../gitops/layer';
import { globalLayer } from '../global/layer';
import { kafkaLayer } from '../kafka/layer';
import { meshLayer } from '../mesh/layer';
import { mlLayer } from '../ml/layer';
import { observabilityLayer } from '../observability/layer';
import { regionsLayer } from '../regions/layer';
import { servicesLayer } from '../services/layer';
import { streamsLayer } from '../streams/layer';

/**
 * Every layer of the platform, in the order they run. The app builder, the renderer and the
 * operators ApplicationSet iterate this list; adding a capability is a folder, a config section
 * and a line here.
 *
 * The order is an API: a layer's region constructs join the region's template in this order, a
 * layer can only read facts published by layers before it (services publishes the roles Kafka
 * grants), and environment stacks are added in this order.
 */
export const LAYERS: readonly Layer[] = [
  regionsLayer,
  edgeLayer,
  globalLayer,
  servicesLayer,
  meshLayer,
  mlLayer,
  streamsLayer, // before kafka: it publishes the job roles Kafka grants
  kafkaLayer,
  atlasLayer,
  gitopsLayer,
  observabilityLayer,
  autoscalingLayer,
  deliveryLayer,
  failoverLayer,
];
