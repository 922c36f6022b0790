import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as eventTargets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { acknowledgeDeployTimeLambda, acknowledgeNag, acknowledgeOwnLogStreams } from '../compliance';

/** Props of {@link CertificateExport}. */
export interface CertificateExportProps {
  /** The exportable ACM certificate. */
  readonly certificateArn: string;
  /** Name of the Secrets Manager secret the certificate and key are written to (derived in lib/config). */
  readonly secretName: string;
  /** Customer-managed key of the secret. */
  readonly secretKey: kms.IKey;
  /** Key of the function's log group. */
  readonly logKey: kms.IKey;
  /** Retention of the function's log group. */
  readonly logRetention: logs.RetentionDays;
  /**
   * How often the function checks the certificate besides ACM's events (which are best-effort).
   * @default Duration.hours(1)
   */
  readonly checkEvery?: Duration;
}

/**
 * The handler, inline (no bundling, no download at deploy time): when the certificate is issued
 * and its serial differs from the one stored, export it (a random passphrase, used once), decrypt
 * the key and store certificate chain and key as one new secret version.
 */
const HANDLER = `
const { ACMClient, DescribeCertificateCommand, ExportCertificateCommand } = require('@aws-sdk/client-acm');
const { SecretsManagerClient, GetSecretValueCommand, PutSecretValueCommand } = require('@aws-sdk/client-secrets-manager');
const { createPrivateKey, randomBytes } = require('crypto');
const acm = new ACMClient({});
const secrets = new SecretsManagerClient({});
exports.handler = async () => {
  const arn = process.env.CERTIFICATE_ARN;
  const secretId = process.env.SECRET_ID;
  const { Certificate: cert } = await acm.send(new DescribeCertificateCommand({ CertificateArn: arn }));
  if (cert.Status !== 'ISSUED') return { exported: false, status: cert.Status };
  const stored = JSON.parse((await secrets.send(new GetSecretValueCommand({ SecretId: secretId }))).SecretString || '{}');
  if (stored.serial === cert.Serial) return { exported: false, serial: cert.Serial };
  const passphrase = randomBytes(32).toString('base64url');
  const out = await acm.send(new ExportCertificateCommand({ CertificateArn: arn, Passphrase: Buffer.from(passphrase) }));
  const privateKey = createPrivateKey({ key: out.PrivateKey, format: 'pem', passphrase }).export({ type: 'pkcs8', format: 'pem' });
  const certificate = [out.Certificate, out.CertificateChain].map((p) => p.trim()).join('\\n') + '\\n';
  await secrets.send(new PutSecretValueCommand({
    SecretId: secretId,
    SecretString: JSON.stringify({ certificate, privateKey, serial: cert.Serial, notAfter: cert.NotAfter }),
  }));
  return { exported: true, serial: cert.Serial };
};
`;

/**
 * Keeps an exportable ACM certificate and its private key in a Secrets Manager secret, for a
 * workload that terminates TLS itself (the Istio ingress gateway, through an ExternalSecret):
 * ACM issues, validates and renews the certificate; this function exports each new serial once,
 * on ACM's "Certificate Available" event and on a schedule (events are best-effort). The secret
 * is encrypted with the platform key, retained, and holds JSON `{ certificate, privateKey,
 * serial, notAfter }` (`{}` until the first export).
 */
export class CertificateExport extends Construct {
  /** The secret holding the exported certificate and key. */
  public readonly secret: secretsmanager.Secret;
  /** The export function. */
  public readonly function: lambda.Function;

  constructor(scope: Construct, id: string, props: CertificateExportProps) {
    super(scope, id);
    const region = Stack.of(this).region;

    this.secret = new secretsmanager.Secret(this, 'Secret', {
      secretName: props.secretName,
      description: 'Ingress TLS certificate chain and private key, exported from ACM (kept in step by the export function)',
      encryptionKey: props.secretKey,
      // A placeholder, so the function can read the stored serial; never changed by CloudFormation afterwards.
      secretObjectValue: {},
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledgeNag(this.secret, 'AwsSolutions', 'SMG4',
      'ACM renews this certificate and the export function writes each new serial as a new version; a Secrets Manager rotation function would fight that.');
    for (const pack of ['HIPAA.Security', 'NIST.800.53.R5'] as const) {
      acknowledgeNag(this.secret, pack, 'SecretsManagerRotationEnabled',
        'ACM renews this certificate before it expires and the export function stores each renewed certificate, so rotation happens without a Secrets Manager rotation function.');
    }

    const logGroup = new logs.LogGroup(this, 'Logs', {
      encryptionKey: props.logKey,
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Export the ingress certificate from ACM into its Secrets Manager secret',
    });
    const policy = new iam.ManagedPolicy(this, 'Policy', {
      description: 'Describe and export one ACM certificate, read and write one secret with its key, write own logs',
      roles: [role],
      statements: [
        new iam.PolicyStatement({ actions: ['acm:DescribeCertificate', 'acm:ExportCertificate'], resources: [props.certificateArn] }),
        new iam.PolicyStatement({ actions: ['secretsmanager:GetSecretValue', 'secretsmanager:PutSecretValue'], resources: [this.secret.secretArn] }),
        new iam.PolicyStatement({
          actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
          resources: [props.secretKey.keyArn],
          conditions: { StringEquals: { 'kms:ViaService': `secretsmanager.${region}.amazonaws.com` } },
        }),
        new iam.PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn, `${logGroup.logGroupArn}:log-stream:*`] }),
      ],
    });
    acknowledgeOwnLogStreams(policy, logGroup);

    this.function = new lambda.Function(this, 'Function', {
      description: 'Exports each new serial of the ingress certificate from ACM into Secrets Manager',
      runtime: lambda.Runtime.NODEJS_24_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline(HANDLER),
      role,
      logGroup,
      timeout: Duration.minutes(1),
      memorySize: 256,
      // One export at a time: two concurrent runs would export the same serial twice.
      reservedConcurrentExecutions: 1,
      environment: { CERTIFICATE_ARN: props.certificateArn, SECRET_ID: this.secret.secretArn },
    });
    this.function.node.addDependency(policy);
    acknowledgeDeployTimeLambda(this.function, {
      dlq:
        'A failed export is repeated by the next scheduled run, which exports whatever serial is current; a dead-letter queue would hold events nobody needs to replay.',
      insideVpc:
        'The function only calls the ACM and Secrets Manager APIs over TLS and reaches no workload; running it in a VPC would add network-interface permissions on every resource for no isolation gain.',
    });

    const target = new eventTargets.LambdaFunction(this.function, { retryAttempts: 2 });
    new events.Rule(this, 'OnAvailable', {
      description: 'ACM issued or renewed the ingress certificate: export it',
      eventPattern: { source: ['aws.acm'], detailType: ['ACM Certificate Available'], resources: [props.certificateArn] },
      targets: [target],
    });
    new events.Rule(this, 'Schedule', {
      description: 'Check the ingress certificate for a new serial (ACM events are best-effort)',
      schedule: events.Schedule.rate(props.checkEvery ?? Duration.hours(1)),
      targets: [target],
    });
  }
}
