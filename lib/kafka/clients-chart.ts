import { k8s } from 'cdk8s-plus-33';
import { Construct } from 'constructs';
import {
  KAFKA_USER_STORE_NAME,
  PARAMETER_STORE_NAME,
  POD_IDENTITY_AGENT,
  glueRegistryName,
  kafkaConnectionSecretName,
  kafkaEngineOf,
  kafkaParameterName,
  kafkaUserName,
  podIdentityEntryByKafka,
} from '../config';
import {
  ClusterSecretStore,
  ClusterSecretStoreSpecProviderAwsService,
  ClusterSecretStoreSpecProviderKubernetesServerCaProviderType,
} from '../imports/eso-clustersecretstore-external-secrets.io';
import {
  ExternalSecret,
  ExternalSecretSpecSecretStoreRefKind,
  ExternalSecretSpecTargetCreationPolicy,
  ExternalSecretSpecTargetTemplateEngineVersion,
} from '../imports/eso-externalsecret-external-secrets.io';
import { ServiceEntry, ServiceEntrySpecLocation, ServiceEntrySpecResolution } from '../imports/istio-networking.istio.io';
import { ClusterChart, ClusterChartProps } from '../k8s/cluster-chart';
import { EgressRule, egressPolicy, ipBlockPeer, namespacePeer } from '../k8s/network-policies';
import { podIdentityAgentServiceEntry } from '../k8s/service-entries';
import { ClientAccess, MSK_IAM_PORT, clientAccesses } from './model';
import {
  SCHEMA_REGISTRY_LABELS,
  SCHEMA_REGISTRY_PORT,
  STRIMZI_PORTS,
  schemaRegistryUrl,
  strimziBootstrapServers,
  strimziBrokerPodLabels,
  strimziClusterCaSecret,
} from '../config/strimzi-names';

/** Service account (in the Kafka namespace) External Secrets reads the Strimzi user certificates as. */
export const KAFKA_USER_READER = 'kafka-user-reader';

/**
 * The client contract: the keys every client's connection Secret holds, whichever engine serves
 * its region, so one build of a client runs in dev and prod (docs/streams.md#the-client-contract).
 * Engine-specific extras: the TLS material on Strimzi (`KAFKA_SSL_*_PEM`), the Java IAM plugin's
 * settings and `GLUE_SCHEMA_REGISTRY_NAME` on MSK.
 */
export const CLIENT_CONTRACT_KEYS = [
  'KAFKA_BOOTSTRAP_SERVERS',
  'KAFKA_SECURITY_PROTOCOL',
  'KAFKA_AUTH_MECHANISM',
  'KAFKA_CLIENT_ID',
  'SCHEMA_REGISTRY_TYPE',
  'SCHEMA_REGISTRY_URL',
  'KAFKA_WIRE_FORMAT',
  'AWS_REGION',
] as const;

/** Props of {@link KafkaClientsChart}. */
export type KafkaClientsChartProps = ClusterChartProps;

/**
 * What each Kafka client service gets in its own namespace, whichever engine serves the region:
 *
 * - a Secret `<service>-kafka` (by External Secrets) with its connection settings, to load with
 *   `envFrom`: on MSK the bootstrap brokers read from SSM Parameter Store (published by the region
 *   stack; never in git) plus the IAM (SASL/AWS_MSK_IAM) settings and the Glue registry name; on
 *   Strimzi the in-cluster bootstrap address, its KafkaUser's certificate and key and the cluster
 *   CA (copied from the Kafka namespace) and the schema registry URL;
 * - a NetworkPolicy that opens exactly the Kafka egress it needs on top of the namespace's
 *   default-deny: the brokers' TLS port and the registry (Strimzi), or the VPC on MSK's IAM port,
 *   the Glue endpoint's 443 and the Pod Identity agent (MSK);
 * - on MSK, Istio ServiceEntries, since the mesh only lets sidecars reach hosts it knows
 *   (`REGISTRY_ONLY`). The broker host names are deploy-time values, so the entry names the
 *   region's MSK domain (`*.kafka.<region>.amazonaws.com`, TLS, matched by SNI), not the brokers;
 *   IAM authentication still decides which cluster and topics a service reaches.
 *
 * And, once per cluster, the ClusterSecretStore those Secrets come from, limited to the client
 * namespaces.
 */
export class KafkaClientsChart extends ClusterChart {
  /** The connection Secrets' ExternalSecrets, by service name. */
  public readonly externalSecrets: Readonly<Record<string, ExternalSecret>>;
  /** The store the ExternalSecrets read. */
  public readonly store?: ClusterSecretStore;

  constructor(scope: Construct, id: string, props: KafkaClientsChartProps) {
    super(scope, id, props);
    const { config, region } = props;
    const accesses = clientAccesses(config, region);
    const engine = kafkaEngineOf(config, region);
    const namespaces = [...new Set(accesses.map((a) => a.namespace))].sort();
    const secrets: Record<string, ExternalSecret> = {};
    if (accesses.length === 0) {
      this.externalSecrets = secrets;
      return;
    }

    if (engine === 'msk') {
      this.store = new ClusterSecretStore(this, 'ParameterStore', {
        metadata: { name: PARAMETER_STORE_NAME },
        spec: {
          // No auth block: the controller's Pod Identity role, granted exactly the published parameters.
          provider: { aws: { service: ClusterSecretStoreSpecProviderAwsService.PARAMETER_STORE, region: region.name } },
          conditions: [{ namespaces }],
        },
      });
    } else {
      this.store = this.kafkaUserStore(accesses, namespaces);
    }

    for (const access of accesses) {
      secrets[access.service.name] = engine === 'msk' ? this.mskSecret(access) : this.strimziSecret(access);
      this.egress(access, engine);
      if (engine === 'msk') this.serviceEntries(access);
    }
    this.externalSecrets = secrets;
  }

  /**
   * Settings every client gets, whatever the engine: its id and group, idempotent producers
   * (`acks=all`) when it writes, and for each consumed topic where failed records go — its
   * dead-letter topic and, where the topic has one, its retry topic and attempts.
   */
  private commonSettings(access: ClientAccess): Record<string, string> {
    const config = this.config;
    const consumed = access.job ? [] : (config.kafka.clients.find((c) => c.service === access.service.name)?.consumes ?? []);
    const topics = consumed.map((name) => config.kafka.topics.find((t) => t.name === name)!);
    const pairs = (f: (t: (typeof topics)[number]) => string | undefined) =>
      topics.flatMap((t) => (f(t) !== undefined ? [`${t.name}=${f(t)}`] : [])).join(',');
    const deadLetters = pairs((t) => t.deadLetterTopic);
    const retries = pairs((t) => t.retryTopic);
    return {
      KAFKA_CLIENT_ID: access.service.name,
      AWS_REGION: this.region.name,
      ...(access.consumerGroup ? { KAFKA_CONSUMER_GROUP: access.consumerGroup } : {}),
      ...(access.transactionalId ? { KAFKA_TRANSACTIONAL_ID_PREFIX: access.transactionalId } : {}),
      ...(access.writeTopics.length > 0 ? { KAFKA_ENABLE_IDEMPOTENCE: 'true', KAFKA_ACKS: 'all' } : {}),
      ...(deadLetters ? { KAFKA_DEAD_LETTER_TOPICS: deadLetters } : {}),
      ...(retries ? { KAFKA_RETRY_TOPICS: retries, KAFKA_RETRY_ATTEMPTS: pairs((t) => (t.retryTopic ? String(t.retryAttempts) : undefined)) } : {}),
    };
  }

  private externalSecret(access: ClientAccess, store: string, data: { secretKey: string; key: string; property?: string }[], template: Record<string, string>): ExternalSecret {
    const name = kafkaConnectionSecretName(access.service);
    return new ExternalSecret(this, `ExternalSecret-${access.service.name}`, {
      metadata: { name, namespace: access.namespace, labels: { ...access.podLabels } },
      spec: {
        secretStoreRef: { kind: ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE, name: store },
        refreshInterval: '1h',
        target: {
          name,
          creationPolicy: ExternalSecretSpecTargetCreationPolicy.OWNER,
          template: { engineVersion: ExternalSecretSpecTargetTemplateEngineVersion.V2, data: sortedRecord(template) },
        },
        data: data.map((d) => ({ secretKey: d.secretKey, remoteRef: { key: d.key, ...(d.property ? { property: d.property } : {}) } })),
      },
    });
  }

  private mskSecret(access: ClientAccess): ExternalSecret {
    const { config, region } = this;
    return this.externalSecret(access, PARAMETER_STORE_NAME, [{ secretKey: 'bootstrap', key: kafkaParameterName(config, region, 'bootstrap-brokers') }], {
      ...this.commonSettings(access),
      KAFKA_BOOTSTRAP_SERVERS: '{{ .bootstrap }}',
      KAFKA_SECURITY_PROTOCOL: 'SASL_SSL',
      KAFKA_AUTH_MECHANISM: 'AWS_MSK_IAM',
      KAFKA_SASL_MECHANISM: 'AWS_MSK_IAM',
      KAFKA_SASL_JAAS_CONFIG: 'software.amazon.msk.auth.iam.IAMLoginModule required;',
      KAFKA_SASL_CLIENT_CALLBACK_HANDLER_CLASS: 'software.amazon.msk.auth.iam.IAMClientCallbackHandler',
      SCHEMA_REGISTRY_TYPE: 'glue',
      SCHEMA_REGISTRY_URL: `https://glue.${region.name}.amazonaws.com`,
      KAFKA_WIRE_FORMAT: 'glue',
      GLUE_SCHEMA_REGISTRY_NAME: glueRegistryName(config),
    });
  }

  private strimziSecret(access: ClientAccess): ExternalSecret {
    const { config, region } = this;
    const user = kafkaUserName(access.service);
    return this.externalSecret(
      access,
      KAFKA_USER_STORE_NAME,
      [
        { secretKey: 'cert', key: user, property: 'user.crt' },
        { secretKey: 'key', key: user, property: 'user.key' },
        { secretKey: 'ca', key: strimziClusterCaSecret(config, region), property: 'ca.crt' },
      ],
      {
        ...this.commonSettings(access),
        KAFKA_BOOTSTRAP_SERVERS: strimziBootstrapServers(config, region),
        KAFKA_SECURITY_PROTOCOL: 'SSL',
        KAFKA_AUTH_MECHANISM: 'MTLS',
        KAFKA_SSL_CA_PEM: '{{ .ca }}',
        KAFKA_SSL_CERTIFICATE_PEM: '{{ .cert }}',
        KAFKA_SSL_KEY_PEM: '{{ .key }}',
        SCHEMA_REGISTRY_TYPE: 'confluent',
        SCHEMA_REGISTRY_URL: schemaRegistryUrl(config),
        KAFKA_WIRE_FORMAT: 'confluent',
      },
    );
  }

  /**
   * The store that copies Strimzi user certificates into the client namespaces: External Secrets'
   * Kubernetes provider, reading the Kafka namespace as a service account that may get exactly
   * the client users' Secrets and the cluster CA certificate.
   */
  private kafkaUserStore(accesses: readonly ClientAccess[], namespaces: string[]): ClusterSecretStore {
    const { config, region } = this;
    const kafkaNs = config.kafka.strimzi.namespace;
    new k8s.KubeServiceAccount(this, 'UserReader', {
      metadata: { name: KAFKA_USER_READER, namespace: kafkaNs },
      automountServiceAccountToken: false,
    });
    new k8s.KubeRole(this, 'UserReaderRole', {
      metadata: { name: KAFKA_USER_READER, namespace: kafkaNs },
      rules: [
        {
          apiGroups: [''],
          resources: ['secrets'],
          verbs: ['get'],
          resourceNames: [...accesses.map((a) => kafkaUserName(a.service)), strimziClusterCaSecret(config, region)].sort(),
        },
      ],
    });
    new k8s.KubeRoleBinding(this, 'UserReaderBinding', {
      metadata: { name: KAFKA_USER_READER, namespace: kafkaNs },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: KAFKA_USER_READER },
      subjects: [{ kind: 'ServiceAccount', name: KAFKA_USER_READER, namespace: kafkaNs }],
    });
    return new ClusterSecretStore(this, 'KafkaUsers', {
      metadata: { name: KAFKA_USER_STORE_NAME },
      spec: {
        provider: {
          kubernetes: {
            remoteNamespace: kafkaNs,
            server: {
              caProvider: { type: ClusterSecretStoreSpecProviderKubernetesServerCaProviderType.CONFIG_MAP, name: 'kube-root-ca.crt', key: 'ca.crt', namespace: kafkaNs },
            },
            auth: { serviceAccount: { name: KAFKA_USER_READER, namespace: kafkaNs } },
          },
        },
        conditions: [{ namespaces }],
      },
    });
  }

  private egress(access: ClientAccess, engine: 'msk' | 'strimzi'): void {
    const { config, region } = this;
    const rules: EgressRule[] =
      engine === 'msk'
        ? [
            // Brokers and the Glue endpoint have addresses in the VPC; which cluster and API a pod
            // may use is IAM's decision.
            { to: [ipBlockPeer(region.cidr)], ports: [MSK_IAM_PORT, 443] },
            { to: [ipBlockPeer(`${POD_IDENTITY_AGENT.address}/32`)], ports: [POD_IDENTITY_AGENT.port] },
          ]
        : [
            { to: [namespacePeer(config.kafka.strimzi.namespace, strimziBrokerPodLabels(config, region))], ports: [STRIMZI_PORTS.tls] },
            { to: [namespacePeer(config.kafka.strimzi.namespace, SCHEMA_REGISTRY_LABELS)], ports: [SCHEMA_REGISTRY_PORT] },
          ];
    egressPolicy(this, `np-${access.service.name}`, {
      name: 'allow-kafka',
      namespace: access.namespace,
      podLabels: access.podLabels,
      rules,
    });
  }

  /** The hosts an MSK client's sidecar must know: the region's MSK brokers, Glue, the Pod Identity agent. */
  private serviceEntries(access: ClientAccess): void {
    const ns = access.namespace;
    const region = this.region.name;
    const entry = (id: string, name: string, spec: ConstructorParameters<typeof ServiceEntry>[2]['spec']) =>
      new ServiceEntry(this, `${id}-${access.service.name}`, { metadata: { name, namespace: ns }, spec: { ...spec, exportTo: ['.'] } });
    entry('msk', 'msk-brokers', {
      hosts: [`*.kafka.${region}.amazonaws.com`],
      location: ServiceEntrySpecLocation.MESH_UNDERSCORE_EXTERNAL,
      resolution: ServiceEntrySpecResolution.NONE,
      ports: [{ number: MSK_IAM_PORT, name: 'tls-msk-iam', protocol: 'TLS' }],
    });
    entry('glue', 'glue', {
      hosts: [`glue.${region}.amazonaws.com`],
      location: ServiceEntrySpecLocation.MESH_UNDERSCORE_EXTERNAL,
      resolution: ServiceEntrySpecResolution.DNS,
      ports: [{ number: 443, name: 'tls', protocol: 'TLS' }],
    });
    // Shared with the services layer (flag readers need it too): one entry per namespace, rendered here for MSK clients.
    if (podIdentityEntryByKafka(this.config, this.region, access.service)) {
      podIdentityAgentServiceEntry(this, `pod-identity-${access.service.name}`, ns);
    }
  }
}

function sortedRecord(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.keys(values).sort().map((k) => [k, values[k]]));
}
