import { RemovalPolicy, SecretValue, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as eks from 'aws-cdk-lib/aws-eks-v2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { acknowledgeNag } from '../compliance';
import { PROMETHEUS_SERVICE_ACCOUNT, PlatformConfig, RegionConfig, flagReadingServices, observabilitySecretName } from '../config';
import { attachManagedPolicy } from '../core/iam';
import { podIdentityRole } from '../core/pod-identity';
import { AlertTopics, AmpWorkspace } from './alerting';
import { EnvironmentBudget } from './budget';
import { FeatureFlags } from './feature-flags';
import { FlagRollbackSignal } from './flag-rollback';
import { monitoringNamespace } from '../config/observability-names';
import { ApiCanary } from './synthetics';
import { TracingStore } from './tracing-store';

/** Props of {@link RegionObservability}. */
export interface RegionObservabilityProps {
  readonly config: PlatformConfig;
  readonly region: RegionConfig;
  readonly vpc: ec2.IVpc;
  /** The region's cluster (Pod Identity association of the Prometheus service account). */
  readonly cluster: eks.ICluster;
  /** Encrypts the log groups. */
  readonly logKey: kms.IKey;
  /** Encrypts the secrets published for the cluster (the External Secrets controller decrypts with it). */
  readonly secretsKey: kms.IKey;
}

/**
 * The AWS side of the observability layer in one region:
 *
 * - a customer-managed, rotating, retained key for everything here that stores data;
 * - alert topics (page, ticket) and the AMP workspace whose ruler evaluates the SLO rules and
 *   whose alert manager routes to them ({@link AlertTopics}, {@link AmpWorkspace}), plus a VPC
 *   endpoint so remote write stays inside the VPC;
 * - the Prometheus service account's Pod Identity role, allowed to remote-write to this workspace
 *   only, and the workspace id published to Secrets Manager for the cluster;
 * - Grafana's admin login, generated in Secrets Manager;
 * - the synthetic check of the global endpoint and its alarm ({@link ApiCanary});
 * - feature flags in AppConfig ({@link FeatureFlags}) that roll back on the fast SLO burn of the
 *   services that read them ({@link FlagRollbackSignal}), and an AppConfig Data endpoint so their
 *   agents' polls stay in the VPC;
 * - Jaeger's OpenSearch domain when `tracing.store` is `opensearch` ({@link TracingStore});
 * - on the hub, the environment's budget ({@link EnvironmentBudget}).
 */
export class RegionObservability extends Construct {
  /** Customer-managed key of everything here that stores data. */
  public readonly key: kms.Key;
  /** The page and ticket topics. */
  public readonly alertTopics: AlertTopics;
  /** The region's AMP workspace, its rules and alert manager. */
  public readonly amp: AmpWorkspace;
  /** Pod Identity role of the cluster's Prometheus. */
  public readonly prometheusRole: iam.Role;
  /** The synthetic check of the global endpoint and its alarm. */
  public readonly canary: ApiCanary;
  /** The AppConfig feature flags. */
  public readonly featureFlags: FeatureFlags;
  /** The flag readers' SLO burn as the alarm flag deployments roll back on; undefined when no service reads flags. */
  public readonly flagRollback?: FlagRollbackSignal;
  /** Jaeger's OpenSearch domain; undefined when spans stay in memory. */
  public readonly tracingStore?: TracingStore;
  /** The environment's budget; on the hub only, when configured. */
  public readonly budget?: EnvironmentBudget;
  /** The values published for the cluster, by `OBSERVABILITY_SECRETS` key. */
  public readonly secrets: Record<string, secretsmanager.Secret> = {};
  private readonly config: PlatformConfig;
  private readonly secretsKey: kms.IKey;

  constructor(scope: Construct, id: string, props: RegionObservabilityProps) {
    super(scope, id);
    const { config, region } = props;
    const stack = Stack.of(this);
    this.config = config;
    this.secretsKey = props.secretsKey;

    this.key = new kms.Key(this, 'Key', {
      description: `${stack.stackName}: observability (AMP workspace, alert topics, canary artifacts, feature flags, tracing store)`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.alertTopics = new AlertTopics(this, 'Alerts', { config, key: this.key });
    const flagReaders = flagReadingServices(config.services);
    if (flagReaders.length > 0) {
      this.flagRollback = new FlagRollbackSignal(this, 'FlagRollback', { config, region, key: this.key, logKey: props.logKey, ticketTopic: this.alertTopics.topics.ticket });
    }
    this.amp = new AmpWorkspace(this, 'Amp', {
      config,
      region,
      key: this.key,
      logKey: props.logKey,
      topics: this.alertTopics.topics,
      sloBurnTopic: this.flagRollback?.topic,
    });

    // Remote write (and the pods' SigV4 calls) stay inside the VPC.
    this.interfaceEndpoint('Amp', props.vpc, region, ec2.InterfaceVpcEndpointAwsService.PROMETHEUS_WORKSPACES, 'AMP workspaces endpoint');

    const namespace = monitoringNamespace(config);
    this.prometheusRole = podIdentityRole(this, 'PrometheusRole', `Prometheus (${namespace}/${PROMETHEUS_SERVICE_ACCOUNT}): remote write to the region's AMP workspace`);
    attachManagedPolicy(this, 'PrometheusPolicy', {
      description: 'Remote-write samples to this region\'s AMP workspace',
      roles: [this.prometheusRole],
      statements: [new iam.PolicyStatement({ actions: ['aps:RemoteWrite'], resources: [this.amp.workspace.attrArn] })],
    });
    new eks.CfnPodIdentityAssociation(this, 'PrometheusIdentity', {
      clusterName: props.cluster.clusterName,
      namespace,
      serviceAccount: PROMETHEUS_SERVICE_ACCOUNT,
      roleArn: this.prometheusRole.roleArn,
    });

    this.secrets['amp-workspace'] = this.published('AmpWorkspaceSecret', 'amp-workspace',
      `Id of this region's AMP workspace, completing the cluster Prometheus' remote-write URL. Not a credential.`,
      { secretObjectValue: { workspaceId: SecretValue.resourceAttribute(this.amp.workspace.attrWorkspaceId) } },
      'The secret holds the AMP workspace id, an identifier the cluster needs at run time (not a credential); there is nothing to rotate.');

    this.secrets['grafana-admin'] = this.published('GrafanaAdminSecret', 'grafana-admin',
      'Grafana admin login (kube-prometheus-stack); read in-cluster through the grafana-admin ExternalSecret.',
      {
        generateSecretString: {
          secretStringTemplate: JSON.stringify({ 'admin-user': 'admin' }),
          generateStringKey: 'admin-password',
          passwordLength: 32,
          excludePunctuation: true,
        },
      },
      'Grafana takes the admin password from this secret only when its database is first created; a scheduled rotation would change the secret but not the login, so the password is rotated deliberately with grafana-cli and then stored here.');

    this.canary = new ApiCanary(this, 'ApiCanary', { config, region, key: this.key, pageTopic: this.alertTopics.topics.page });
    this.featureFlags = new FeatureFlags(this, 'FeatureFlags', { config, key: this.key, rollbackAlarm: this.flagRollback?.alarm });
    if (flagReaders.length > 0) {
      // The agents beside the flag readers poll AppConfig Data: keep it inside the VPC.
      this.interfaceEndpoint('AppConfigData', props.vpc, region, ec2.InterfaceVpcEndpointAwsService.APPCONFIGDATA, 'AppConfig Data endpoint');
    }

    if (config.observability.tracing.store === 'opensearch') {
      this.tracingStore = new TracingStore(this, 'TracingStore', {
        config,
        region,
        vpc: props.vpc,
        key: this.key,
        logKey: props.logKey,
        secretsKey: props.secretsKey,
      });
      this.secrets['tracing-store'] = this.tracingStore.login;
      this.secrets['tracing-store-endpoint'] = this.tracingStore.endpoint;
    }

    if (region.hub && config.observability.budget) {
      this.budget = new EnvironmentBudget(this, 'Budget', { config, topic: this.alertTopics.topics.ticket });
    }
  }

  /**
   * An interface endpoint of `service` in the private subnets, with private DNS, reachable on 443
   * from the VPC only (its own security group). Construct ids `<id>EndpointSecurityGroup` and
   * `<id>Endpoint`.
   */
  private interfaceEndpoint(id: string, vpc: ec2.IVpc, region: RegionConfig, service: ec2.InterfaceVpcEndpointAwsService, what: string): ec2.InterfaceVpcEndpoint {
    const sg = new ec2.SecurityGroup(this, `${id}EndpointSecurityGroup`, {
      vpc,
      description: `${what}: HTTPS from inside the VPC only`,
      allowAllOutbound: false,
    });
    sg.addIngressRule(ec2.Peer.ipv4(region.cidr), ec2.Port.tcp(443), 'HTTPS from the VPC');
    return new ec2.InterfaceVpcEndpoint(this, `${id}Endpoint`, {
      vpc,
      service,
      subnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      privateDnsEnabled: true,
      open: false,
      securityGroups: [sg],
    });
  }

  /** A Secrets Manager secret published for the cluster, under the environment's prefix, with its rotation acknowledged. */
  private published(
    id: string,
    key: Parameters<typeof observabilitySecretName>[1],
    description: string,
    value: Pick<secretsmanager.SecretProps, 'secretObjectValue' | 'generateSecretString'>,
    noRotationReason: string,
  ): secretsmanager.Secret {
    const secret = new secretsmanager.Secret(this, id, {
      secretName: observabilitySecretName(this.config, key),
      description,
      encryptionKey: this.secretsKey,
      removalPolicy: RemovalPolicy.RETAIN,
      ...value,
    });
    acknowledgeNag(secret, 'AwsSolutions', 'SMG4', noRotationReason);
    for (const pack of ['HIPAA.Security', 'NIST.800.53.R5'] as const) acknowledgeNag(secret, pack, 'SecretsManagerRotationEnabled', noRotationReason);
    return secret;
  }
}
