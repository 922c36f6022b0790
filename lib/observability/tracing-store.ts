import { RemovalPolicy, SecretValue, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { acknowledgeControlTower, acknowledgeNag } from '../compliance';
import { PlatformConfig, RegionConfig, envPrefix, observabilitySecretName, openSearchZoneCount } from '../config';

/** OpenSearch internal user Jaeger writes and reads spans as (the fine-grained access control master user). */
export const TRACING_STORE_USER = 'jaeger';

/** Name of a region's tracing domain (3–28 characters): `automatedai-prod-traces`. */
export function tracingDomainName(config: PlatformConfig): string {
  return `${envPrefix(config).slice(0, 21).replace(/-+$/, '')}-traces`;
}

/** Props of {@link TracingStore}. */
export interface TracingStoreProps {
  readonly config: PlatformConfig;
  readonly region: RegionConfig;
  readonly vpc: ec2.IVpc;
  /** Encrypts the domain's data at rest. */
  readonly key: kms.IKey;
  /** Encrypts the domain's log groups. */
  readonly logKey: kms.IKey;
  /** Encrypts the login and endpoint secrets (the External Secrets controller can decrypt it). */
  readonly secretsKey: kms.IKey;
}

/**
 * Jaeger's durable span store in the region: an Amazon OpenSearch Service domain, reachable only
 * inside the VPC on 443, spread over the region's zones (zone awareness, dedicated masters as
 * configured), encrypted at rest with the customer key and between nodes, HTTPS only with TLS 1.2,
 * fine-grained access control with an internal user whose password Secrets Manager generates,
 * slow/application/audit logs to encrypted log groups, retained on stack deletion.
 *
 * Jaeger (v1) cannot sign requests with SigV4, so it authenticates with HTTP basic auth as the
 * internal user: the domain's resource policy lets any principal *reach* the domain (the AWS
 * pattern for fine-grained access control), the internal-user database decides who may do what.
 * The login and the endpoint are published to Secrets Manager for the cluster's ExternalSecret.
 */
export class TracingStore extends Construct {
  /** The OpenSearch domain. */
  public readonly domain: opensearch.Domain;
  /** `{"username", "password"}` of the internal user. */
  public readonly login: secretsmanager.Secret;
  /** `{"host": "<domain endpoint>"}` (served on 443, HTTPS only). */
  public readonly endpoint: secretsmanager.Secret;

  constructor(scope: Construct, id: string, props: TracingStoreProps) {
    super(scope, id);
    const { config, region } = props;
    const os = config.observability.tracing.openSearch;
    const stack = Stack.of(this);
    const domainName = tracingDomainName(config);

    this.login = new secretsmanager.Secret(this, 'Login', {
      secretName: observabilitySecretName(config, 'tracing-store'),
      description: `OpenSearch internal user ${TRACING_STORE_USER} of the tracing domain ${domainName}; read by Jaeger through an ExternalSecret.`,
      encryptionKey: props.secretsKey,
      removalPolicy: RemovalPolicy.RETAIN,
      generateSecretString: {
        secretStringTemplate: JSON.stringify({ username: TRACING_STORE_USER }),
        generateStringKey: 'password',
        passwordLength: 32,
        requireEachIncludedType: true,
        // Characters that would need escaping in an environment variable or a URL.
        excludeCharacters: '"\'`\\/@:$%&#',
      },
    });
    const loginReason =
      'The password is the OpenSearch master user\'s in the domain\'s internal user database; rotating it needs the domain\'s security API, ' +
      'so it is changed deliberately (update the domain, then the secret) rather than by a scheduled Lambda.';
    acknowledgeNag(this.login, 'AwsSolutions', 'SMG4', loginReason);
    for (const pack of ['HIPAA.Security', 'NIST.800.53.R5'] as const) acknowledgeNag(this.login, pack, 'SecretsManagerRotationEnabled', loginReason);

    const securityGroup = new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc: props.vpc,
      description: `${domainName}: HTTPS from the VPC (Jaeger pods) only`,
      allowAllOutbound: false,
    });
    securityGroup.addIngressRule(ec2.Peer.ipv4(region.cidr), ec2.Port.tcp(443), 'Jaeger in the cluster');

    const logGroup = (name: string) =>
      new logs.LogGroup(this, name, {
        encryptionKey: props.logKey,
        retention: config.logging.retentionDays as logs.RetentionDays,
        removalPolicy: RemovalPolicy.RETAIN,
      });
    const slowSearch = logGroup('SlowSearchLogs');
    const slowIndex = logGroup('SlowIndexLogs');
    const app = logGroup('AppLogs');
    const audit = logGroup('AuditLogs');
    // A native resource policy instead of CDK's custom resource (a Lambda) that writes one.
    new logs.ResourcePolicy(this, 'LogsPolicy', {
      resourcePolicyName: `${domainName}-logs`,
      policyStatements: [new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal('es.amazonaws.com')],
        actions: ['logs:PutLogEvents', 'logs:CreateLogStream'],
        resources: [slowSearch, slowIndex, app, audit].map((g) => g.logGroupArn),
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
      })],
    });

    const zones = openSearchZoneCount(region.availabilityZones.length);
    this.domain = new opensearch.Domain(this, 'Domain', {
      domainName,
      version: opensearch.EngineVersion.OPENSEARCH_2_19,
      vpc: props.vpc,
      vpcSubnets: [{ subnets: props.vpc.selectSubnets({ subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, onePerAz: true }).subnets.slice(0, zones) }],
      securityGroups: [securityGroup],
      capacity: {
        dataNodes: os.dataNodes,
        dataNodeInstanceType: os.dataNodeInstanceType,
        ...(os.dedicatedMasterNodes > 0 ? { masterNodes: os.dedicatedMasterNodes, masterNodeInstanceType: os.masterNodeInstanceType } : {}),
        multiAzWithStandbyEnabled: false,
      },
      zoneAwareness: { enabled: true, availabilityZoneCount: zones },
      ebs: { enabled: true, volumeSize: os.volumeSizeGiB, volumeType: ec2.EbsDeviceVolumeType.GP3 },
      encryptionAtRest: { enabled: true, kmsKey: props.key },
      nodeToNodeEncryption: true,
      enforceHttps: true,
      tlsSecurityPolicy: opensearch.TLSSecurityPolicy.TLS_1_2_PFS,
      // CT.OPENSEARCH.PR.16 names Policy-Min-TLS-1-2-2019-07; PFS-2023-10 is TLS 1.2+ too, with forward-secret ciphers only (acknowledged below).
      fineGrainedAccessControl: { masterUserName: TRACING_STORE_USER, masterUserPassword: this.login.secretValueFromJson('password') },
      logging: {
        slowSearchLogEnabled: true,
        slowSearchLogGroup: slowSearch,
        slowIndexLogEnabled: true,
        slowIndexLogGroup: slowIndex,
        appLogEnabled: true,
        appLogGroup: app,
        auditLogEnabled: true,
        auditLogGroup: audit,
      },
      suppressLogsResourcePolicy: true,
      enableAutoSoftwareUpdate: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledgeControlTower(this.domain, 'CT.OPENSEARCH.PR.16',
      'EnforceHTTPS is true and the TLS policy is Policy-Min-TLS-1-2-PFS-2023-10: TLS 1.2 or later with forward-secret ciphers only, stricter than the Policy-Min-TLS-1-2-2019-07 the control accepts by name.');
    // Written as a plain CloudFormation property (CDK's `accessPolicies` would add a custom
    // resource); the domain name is fixed, so the policy names the domain without a reference.
    (this.domain.node.defaultChild as opensearch.CfnDomain).accessPolicies = {
      Version: '2012-10-17',
      Statement: [{
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: 'es:ESHttp*',
        Resource: stack.formatArn({ service: 'es', resource: 'domain', resourceName: `${domainName}/*` }),
      }],
    };
    acknowledgeNag(this.domain, 'AwsSolutions', 'OS3',
      'The domain lives in the VPC, where IP-based access policies do not apply; its security group admits HTTPS from the region\'s VPC CIDR only.');
    acknowledgeNag(this.domain, 'AwsSolutions', 'OS5',
      'The domain is VPC-only (443 from the VPC CIDR) and fine-grained access control authenticates every request against its internal user database; the open resource policy is how AWS documents basic-auth users, which Jaeger (no SigV4) needs.');

    this.endpoint = new secretsmanager.Secret(this, 'Endpoint', {
      secretName: observabilitySecretName(config, 'tracing-store-endpoint'),
      description: `Endpoint host of the tracing domain ${domainName}; read by Jaeger through an ExternalSecret. Not a credential.`,
      encryptionKey: props.secretsKey,
      removalPolicy: RemovalPolicy.RETAIN,
      secretObjectValue: { host: SecretValue.resourceAttribute(this.domain.domainEndpoint) },
    });
    const endpointReason = 'The secret holds the domain\'s endpoint host name, an identifier published for the cluster (not a credential); there is nothing to rotate.';
    acknowledgeNag(this.endpoint, 'AwsSolutions', 'SMG4', endpointReason);
    for (const pack of ['HIPAA.Security', 'NIST.800.53.R5'] as const) acknowledgeNag(this.endpoint, pack, 'SecretsManagerRotationEnabled', endpointReason);
  }
}
