import { kafkaEnvFromSecrets } from '../config';
import { SERVICE_ROLES } from '../core/facts';
import type { Layer } from '../core/layer';
import { ServiceIdentities } from './identities';
import { ServiceChart } from './service-chart';

/**
 * The platform's own services (`services` in the config): per region, each service's IAM role
 * with its Pod Identity association (published as {@link SERVICE_ROLES} for the layers that
 * grant them access); per cluster, a chart per service (namespace, Deployments, HPA, PDB,
 * Service, ExternalSecret).
 */
export const servicesLayer: Layer = {
  name: 'services',
  configSection: 'services',
  region: ({ config, base, facts }) => {
    const identities = new ServiceIdentities(base.stack, 'ServiceIdentities', { config, region: base.region, cluster: base.cluster });
    facts.set(SERVICE_ROLES, identities.roles);
  },
  charts: ({ app, config, region }) =>
    config.services.map((service) => new ServiceChart(app, `service-${service.name}`, { config, region, service, envFromSecrets: kafkaEnvFromSecrets(config, service) })),
};
