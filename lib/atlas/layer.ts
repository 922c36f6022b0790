import { ATLAS_CONNECTION_ENV, atlasClientServices, serviceDatabaseName, serviceSecretName } from '../config';
import { Fact, type Layer } from '../core/layer';
import { AtlasClientsChart } from './clients-chart';
import { AtlasPrivateLink } from './private-link';
import { AtlasStacks, addAtlasStacks } from './stacks';

/** The region's PrivateLink endpoint to the Atlas cluster. */
export const ATLAS_PRIVATE_LINK = new Fact<AtlasPrivateLink>('Atlas private link');

/** The environment's Atlas stacks (published only with an `atlas` section). */
export const ATLAS_STACKS = new Fact<AtlasStacks>('Atlas stacks');

/**
 * MongoDB Atlas (`atlas` in the config): per region, the private endpoint; around the regions,
 * the type activations, the project and cluster, and the connection strings written into the
 * services' secrets; per cluster, each client service's egress to the endpoint.
 */
export const atlasLayer: Layer = {
  name: 'atlas',
  configSection: 'atlas',
  region: ({ config, base, facts }) => {
    if (!config.atlas) return;
    const link = new AtlasPrivateLink(base.stack, 'Atlas', {
      config,
      atlas: config.atlas,
      region: base.region,
      vpc: base.vpc,
      clientSecurityGroup: base.cluster.clusterSecurityGroup,
      logKey: base.logKey,
      secretsKey: base.appSecretsKey,
      connectionSecrets: atlasClientServices(config.services)
        .map((service) => ({
          secret: base.secrets.secrets[serviceSecretName(config, service, ATLAS_CONNECTION_ENV)],
          database: serviceDatabaseName(service),
        })),
    });
    facts.set(ATLAS_PRIVATE_LINK, link);
  },
  environment: ({ app, config, regions, facts }) => {
    const stacks = addAtlasStacks(app, config, regions, (scope) => scope.facts.get(ATLAS_PRIVATE_LINK));
    if (stacks) facts.set(ATLAS_STACKS, stacks);
  },
  charts: ({ app, config, region }) => (config.atlas ? [new AtlasClientsChart(app, 'atlas-clients', { config, region })] : []),
};
