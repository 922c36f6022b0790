import { secretStoreNamespaces } from '../config';
import type { Layer } from '../core/layer';
import { regionOperators } from './operators';
import { SecretStoreChart } from './secret-store-chart';

/**
 * The region base as a layer: its stack (keys, VPC, EKS, secrets) is built by the platform
 * before any layer runs (see `RegionStack`); in the clusters it renders the ClusterSecretStore
 * that serves the base's secrets, and it needs cert-manager and External Secrets.
 */
export const regionsLayer: Layer = {
  name: 'regions',
  charts: ({ app, config, region }) => [new SecretStoreChart(app, 'secret-store', { config, region, additionalNamespaces: secretStoreNamespaces(config) })],
  operators: regionOperators,
};
