import { ArnFormat, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as eks from 'aws-cdk-lib/aws-eks-v2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { acknowledgeNag, nagArn } from '../compliance';
import { ATLAS_CONNECTION_ENV, EXTERNAL_SECRETS_SERVICE_ACCOUNT, PlatformConfig, atlasConnectionStackName, secretNamePrefix, serviceSecretName } from '../config';
import { attachManagedPolicy } from '../core/iam';
import { podIdentityRole } from '../core/pod-identity';

/** Props of {@link ExternalSecretsAccess}. */
export interface ExternalSecretsAccessProps {
  readonly config: PlatformConfig;
  /** The cluster whose External Secrets controller reads the secrets. */
  readonly cluster: eks.ICluster;
  /** Customer-managed key the secrets are encrypted with. */
  readonly key: kms.IKey;
}

/**
 * The AWS side of the cluster's secrets: one Secrets Manager secret per secret environment
 * variable of every service (named by `serviceSecretName`, encrypted with the platform key,
 * retained), and the External Secrets controller's Pod Identity role, which may read exactly this
 * environment's secrets (by name prefix) and decrypt them with this key. Manifests carry no ARN:
 * the ClusterSecretStore uses the controller's Pod Identity credentials.
 */
export class ExternalSecretsAccess extends Construct {
  /** The controller's role. */
  public readonly role: iam.Role;
  /** The service secrets, by secret name. */
  public readonly secrets: Record<string, secretsmanager.Secret> = {};

  constructor(scope: Construct, id: string, props: ExternalSecretsAccessProps) {
    super(scope, id);
    const { config } = props;
    const stack = Stack.of(this);

    for (const service of config.services) {
      for (const envVar of service.secretEnv) {
        const name = serviceSecretName(config, service, envVar);
        const secret = new secretsmanager.Secret(this, `Secret-${service.name}-${envVar}`, {
          secretName: name,
          // With Atlas, the region's Atlas connection stack replaces the generated placeholder with
          // the private-endpoint connection string; other variables are set by the operator.
          description: config.atlas && envVar === ATLAS_CONNECTION_ENV
            ? `${envVar} of ${service.name}; read in-cluster through the ${envVar} ExternalSecret. Written by the ${atlasConnectionStackName(config, { name: stack.region })} stack (MongoDB Atlas private endpoint, IAM auth).`
            : `${envVar} of ${service.name}; read in-cluster through the ${envVar} ExternalSecret. Set its value after the first deploy.`,
          encryptionKey: props.key,
          removalPolicy: RemovalPolicy.RETAIN,
        });
        const reason =
          `${envVar} is a connection string owned by the system it points to (rotated there, e.g. Atlas IAM auth), ` +
          'so Secrets Manager holds the current value and rotation is not scheduled here.';
        acknowledgeNag(secret, 'AwsSolutions', 'SMG4', reason);
        for (const pack of ['HIPAA.Security', 'NIST.800.53.R5'] as const) {
          acknowledgeNag(secret, pack, 'SecretsManagerRotationEnabled', reason);
        }
        this.secrets[name] = secret;
      }
    }

    const namespace = config.gitops.operators.externalSecrets.namespace;
    this.role = podIdentityRole(this, 'Role', `External Secrets controller (${namespace}/${EXTERNAL_SECRETS_SERVICE_ACCOUNT}): read ${secretNamePrefix(config)}* secrets`);
    const secrets = stack.formatArn({ service: 'secretsmanager', resource: 'secret', resourceName: `${secretNamePrefix(config)}*`, arnFormat: ArnFormat.COLON_RESOURCE_NAME });
    attachManagedPolicy(this, 'Policy', {
      description: `Read this environment's platform secrets (${secretNamePrefix(config)}*) and decrypt them`,
      roles: [this.role],
      statements: [
        new iam.PolicyStatement({
          actions: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
          resources: [secrets],
        }),
        new iam.PolicyStatement({
          actions: ['kms:Decrypt', 'kms:DescribeKey'],
          resources: [props.key.keyArn],
          conditions: { StringEquals: { 'kms:ViaService': `secretsmanager.${stack.region}.amazonaws.com` } },
        }),
      ],
    });
    acknowledgeNag(this, 'AwsSolutions', `IAM5[Resource::${nagArn(this, secrets)}]`,
      'Secret ARNs end in a random suffix AWS adds, so the grant names the environment\'s secret-name prefix; only this environment\'s platform secrets match it.');

    new eks.CfnPodIdentityAssociation(this, 'Association', {
      clusterName: props.cluster.clusterName,
      namespace,
      serviceAccount: EXTERNAL_SECRETS_SERVICE_ACCOUNT,
      roleArn: this.role.roleArn,
    });
  }

  /**
   * Lets the controller read these SSM parameters (plain `String` values such as the MSK
   * bootstrap brokers) for a ClusterSecretStore of service `ParameterStore`: exactly these
   * names, in this region, as a customer-managed policy.
   *
   * @param parameterNames full parameter names, starting with '/'
   */
  public grantParameterRead(scope: Construct, id: string, parameterNames: readonly string[], description: string): iam.ManagedPolicy {
    const stack = Stack.of(scope);
    return attachManagedPolicy(scope, id, {
      description,
      roles: [this.role],
      statements: [
        new iam.PolicyStatement({
          actions: ['ssm:GetParameter', 'ssm:GetParameters'],
          resources: parameterNames.map((name) => stack.formatArn({ service: 'ssm', resource: 'parameter', resourceName: name.replace(/^\//, '') })),
        }),
      ],
    });
  }
}
