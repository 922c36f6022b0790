import { CustomResource, Duration, Stack, StackProps } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { AtlasConfig, PlatformConfig, RegionConfig, atlasClusterName, atlasConnectionStackName, atlasProfileSecretName } from '../config';
import { AtlasPrivateLink } from './private-link';

/** Props of {@link AtlasConnectionStack}. */
export interface AtlasConnectionStackProps extends StackProps {
  readonly config: PlatformConfig;
  readonly atlas: AtlasConfig;
  readonly region: RegionConfig;
  /** The region's private link (in its region stack): the endpoint, the Atlas API function, the secrets. */
  readonly privateLink: AtlasPrivateLink;
}

/**
 * Publishes a region's Atlas connection string: the private-endpoint SRV string of the region's
 * own endpoint, with the service's database and AWS IAM authentication
 * (`authSource=$external&authMechanism=MONGODB-AWS`), written by the region's Atlas API function
 * into each service's `DB_CONNECTION_STRING` secret, which the service's ExternalSecret reads. The
 * string never appears in a template, an output or a manifest.
 *
 * A stack of its own, deployed after every region stack, because Atlas publishes a multi-region
 * replica set's private connection string only once every region of the cluster has its endpoint;
 * for a Global Cluster each region's string is its own, and the order costs nothing. Runs again
 * when the endpoint, cluster or secrets change. Named `<project>-<env>-<region>-atlas-connection`.
 */
export class AtlasConnectionStack extends Stack {
  /** The deploy-time write of the connection strings. */
  public readonly publication: CustomResource;

  constructor(scope: Construct, id: string, props: AtlasConnectionStackProps) {
    const { config, atlas, region, privateLink } = props;
    super(scope, id, {
      stackName: atlasConnectionStackName(config, region),
      env: { account: region.account, region: region.name },
      terminationProtection: config.production,
      description: `${config.project} ${config.environment} MongoDB Atlas connection strings for ${region.name}`,
      ...props,
    });

    this.publication = new CustomResource(this, 'ConnectionStrings', {
      serviceToken: privateLink.api.function.functionArn,
      resourceType: 'Custom::AtlasConnectionString',
      serviceTimeout: Duration.minutes(16),
      properties: {
        Action: 'ConnectionString',
        ProfileSecretName: atlasProfileSecretName(atlas.profile),
        ProjectName: atlas.projectName,
        ClusterName: atlasClusterName(config),
        EndpointId: privateLink.endpoint.vpcEndpointId,
        Secrets: privateLink.connectionSecrets.map((s) => ({ SecretId: s.secret.secretArn, Database: s.database })),
      },
    });
  }
}
