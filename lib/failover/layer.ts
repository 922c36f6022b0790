import type { Layer } from '../core/layer';

/**
 * The failover model (`npm run failover`): what survives the loss of each region, read from the
 * synthesized assembly and the rendered manifests (model.ts), with its cited assumptions
 * (sources.ts). It adds nothing to the app or the clusters: it only reads what the other layers
 * built, through the output, never their code.
 */
export const failoverLayer: Layer = {
  name: 'failover',
};
