import { Construct } from 'constructs';
import { SECRET_STORE_NAME, serviceNamespace } from '../config';
import {
  ClusterSecretStore,
  ClusterSecretStoreSpecProviderAwsService,
} from '../imports/eso-clustersecretstore-external-secrets.io';
import { ClusterChart, ClusterChartProps } from '../k8s/cluster-chart';

/** Props of {@link SecretStoreChart}. */
export interface SecretStoreChartProps extends ClusterChartProps {
  /**
   * Namespaces besides the services' that may read secrets through the store (e.g. a platform
   * component's ExternalSecret for a runtime value the AWS side publishes).
   * @default - only the namespaces of services that declare `secretEnv`
   */
  readonly additionalNamespaces?: readonly string[];
}

/**
 * The cluster's one ClusterSecretStore ({@link SECRET_STORE_NAME}): AWS Secrets Manager in the
 * cluster's own region, read with the External Secrets controller's own credentials.
 *
 * There is no `auth` block on purpose: without one, ESO uses the AWS SDK's default credential
 * chain, which picks up the EKS Pod Identity credentials CDK associates with the controller's
 * service account (`EXTERNAL_SECRETS_SERVICE_ACCOUNT` in lib/config). So the manifests carry no keys, no
 * role ARN and no secret reference.
 *
 * `conditions` limits the store to the namespaces that need it, by name. ESO matches names
 * through the `kubernetes.io/metadata.name` label, which the API server sets and nobody can
 * change, unlike a custom label any namespace editor could add to gain access. An empty list
 * still renders one condition (which matches nothing): with no conditions at all ESO would serve
 * every namespace.
 */
export class SecretStoreChart extends ClusterChart {
  /** Namespaces allowed to use the store, sorted. */
  public readonly allowedNamespaces: readonly string[];
  /** The store. */
  public readonly store: ClusterSecretStore;

  constructor(scope: Construct, id: string, props: SecretStoreChartProps) {
    super(scope, id, props);
    const { config, region } = props;

    const serviceNamespaces = config.services.filter((s) => s.secretEnv.length > 0).map((s) => serviceNamespace(s));
    this.allowedNamespaces = [...new Set([...serviceNamespaces, ...(props.additionalNamespaces ?? [])])].sort();

    this.store = new ClusterSecretStore(this, 'Store', {
      metadata: { name: SECRET_STORE_NAME },
      spec: {
        provider: {
          aws: {
            service: ClusterSecretStoreSpecProviderAwsService.SECRETS_MANAGER,
            // The cluster's own region: each region reads its own copy (or replica) of a secret,
            // so a region keeps working when another region's Secrets Manager does not.
            region: region.name,
          },
        },
        conditions: [{ namespaces: [...this.allowedNamespaces] }],
      },
    });
  }
}
