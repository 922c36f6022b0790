import { ML_STACKS } from '../../lib/ml/layer';
import * as fs from 'fs';
import { App, cx_api as cxapi } from 'aws-cdk-lib';
import { mlImageTag } from '../../lib/ml/images';
import { Match, Template } from 'aws-cdk-lib/assertions';
import {
  FEAST_SERVICE_ACCOUNT,
  MLFLOW_SERVICE_ACCOUNT,
  ML_TRAINING_SERVICE_ACCOUNT,
  MODEL_DRIFT_SERVICE_ACCOUNT,
  clusterName,
  featureStoreEndpointSecretName,
  featureStoreLoginSecretName,
  mlReplicationRoleArn,
  mlflowDatabaseSecretName,
  modelServiceAccountName,
} from '../../lib/config';
import { buildPlatform } from '../../lib/platform/app';
import { cdkJsonContext, synthConfig, synthEnv } from '../helpers/synth';
import { variant } from './fixtures';

const prod = synthEnv('prod');
const dev = synthEnv('dev');
const hub = () => prod.template('Ml-us-east-1');
const spoke = () => prod.template('Ml-eu-west-1');
/** prod with eu-west-1 in its own account (the cross-account replication path), synthesized on first use. */
let twoAccountsSynth: ReturnType<typeof synthConfig> | undefined;
const twoAccountsHub = () =>
  (twoAccountsSynth ??= synthConfig(variant('prod', (d) => {
    d.regions[1].account = '222222222222';
    for (const t of d.kafka.topics) delete t.replicate; // MSK Replicator cannot cross accounts
  }), 'prod-two-accounts', { cfnValidation: false })).template('Ml-us-east-1');

/** Resources of `type` whose logical id starts with `prefix`. */
function resources(t: Template, type: string, prefix = ''): Array<[string, any]> {
  return Object.entries(t.findResources(type)).filter(([id]) => id.startsWith(prefix));
}

/** The customer-managed policy attached to the role with logical id prefix `rolePrefix`. */
function policyOf(t: Template, rolePrefix: string): any[] {
  const [, policy] = resources(t, 'AWS::IAM::ManagedPolicy').find(([, p]) =>
    p.Properties.Roles.some((r: any) => typeof r.Ref === 'string' && r.Ref.startsWith(rolePrefix)))!;
  return policy.Properties.PolicyDocument.Statement;
}

describe('stacks and deployment order', () => {
  test('GIVEN prod WHEN synthesized THEN each region has an ML stack after its region stack, and the hub\'s after every spoke\'s', () => {
    const deps = (id: string) => prod.assembly.getStackArtifact(id).dependencies.map((d) => d.id);
    expect(deps('Ml-eu-west-1')).toContain('Region-eu-west-1');
    expect(deps('Ml-us-east-1')).toEqual(expect.arrayContaining(['Region-us-east-1', 'Ml-eu-west-1']));
    expect(deps('Ml-eu-west-1')).not.toContain('Ml-us-east-1');
    expect(prod.assembly.getStackArtifact('Ml-us-east-1').stackName).toBe('automatedai-prod-us-east-1-ml');
    expect(prod.assembly.getStackArtifact('Ml-us-east-1').terminationProtection).toBe(true);
  });

  test('GIVEN no ml section WHEN the platform is built THEN there is no ML stack', () => {
    const app = new App({ context: cdkJsonContext() });
    const platform = buildPlatform(app, variant('dev', (d) => delete d.ml), { nag: false });
    expect(platform.facts.get(ML_STACKS)).toEqual([]);
    expect(app.node.children.map((c) => c.node.id).filter((id) => id.startsWith('Ml-'))).toEqual([]);
  });
});

describe('model and feature buckets', () => {
  test.each([['hub', hub], ['spoke', spoke]])('GIVEN the %s WHEN synthesized THEN both buckets are KMS-encrypted with the ML key, versioned, private, logged and retained', (_n, t) => {
    const region = t === hub ? 'us-east-1' : 'eu-west-1';
    for (const name of [`automatedai-prod-ml-models-${region}`, `automatedai-prod-ml-features-${region}`]) {
      t().hasResource('AWS::S3::Bucket', {
        Properties: Match.objectLike({
          BucketName: name,
          BucketEncryption: { ServerSideEncryptionConfiguration: [{ BucketKeyEnabled: true, ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: { 'Fn::GetAtt': [Match.stringLikeRegexp('^DataKey'), 'Arn'] } } }] },
          VersioningConfiguration: { Status: 'Enabled' },
          PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
          OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
          LoggingConfiguration: { DestinationBucketName: { Ref: Match.stringLikeRegexp('^StorageAccessLogs') }, LogFilePrefix: `${name}/` },
        }),
        DeletionPolicy: 'Retain',
      });
    }
  });

  test('GIVEN the buckets WHEN synthesized THEN their policies refuse anything but TLS 1.2+', () => {
    const policies = resources(hub(), 'AWS::S3::BucketPolicy').map(([, p]) => JSON.stringify(p.Properties.PolicyDocument));
    expect(policies).toHaveLength(3);
    for (const doc of policies) {
      expect(doc).toContain('"aws:SecureTransport":"false"');
      expect(doc).toContain('"s3:TlsVersion":1.2');
    }
  });

  test('GIVEN the access-log bucket WHEN synthesized THEN it is SSE-S3 (what log delivery supports) and admits only S3 log delivery from this account', () => {
    const [[, logs]] = resources(hub(), 'AWS::S3::Bucket', 'StorageAccessLogs');
    expect(logs.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault).toEqual({ SSEAlgorithm: 'AES256' });
    const [[, policy]] = resources(hub(), 'AWS::S3::BucketPolicy', 'StorageAccessLogs');
    const delivery = policy.Properties.PolicyDocument.Statement.filter((s: any) => s.Principal?.Service === 'logging.s3.amazonaws.com');
    expect(delivery).toHaveLength(2);
    for (const s of delivery) expect(s.Condition.StringEquals['aws:SourceAccount']).toBe('111111111111');
  });

  test('GIVEN the hub (prod: one account) WHEN synthesized THEN both buckets replicate into the spoke\'s, re-encrypted with its key alias, no ownership change', () => {
    for (const kind of ['models', 'features']) {
      const [[, bucket]] = resources(hub(), 'AWS::S3::Bucket', kind === 'models' ? 'StorageModels' : 'StorageFeatures');
      expect(bucket.Properties.ReplicationConfiguration.Rules).toEqual([expect.objectContaining({
        Id: 'to-eu-west-1',
        Destination: {
          Bucket: `arn:aws:s3:::automatedai-prod-ml-${kind}-eu-west-1`,
          EncryptionConfiguration: { ReplicaKmsKeyID: 'arn:aws:kms:eu-west-1:111111111111:alias/automatedai-prod-ml-data' },
        },
      })]);
    }
  });

  test('GIVEN the hub and a spoke in another account WHEN synthesized THEN both buckets replicate into the spoke\'s, re-encrypted with its key alias and owned by its account', () => {
    for (const kind of ['models', 'features']) {
      twoAccountsHub().hasResourceProperties('AWS::S3::Bucket', {
        BucketName: `automatedai-prod-ml-${kind}-us-east-1`,
        ReplicationConfiguration: {
          Role: { 'Fn::GetAtt': [Match.stringLikeRegexp('^StorageReplicationRole'), 'Arn'] },
          Rules: [Match.objectLike({
            Id: 'to-eu-west-1',
            Status: 'Enabled',
            DeleteMarkerReplication: { Status: 'Enabled' },
            SourceSelectionCriteria: { SseKmsEncryptedObjects: { Status: 'Enabled' } },
            Destination: {
              Bucket: `arn:aws:s3:::automatedai-prod-ml-${kind}-eu-west-1`,
              Account: '222222222222',
              AccessControlTranslation: { Owner: 'Destination' },
              EncryptionConfiguration: { ReplicaKmsKeyID: 'arn:aws:kms:eu-west-1:222222222222:alias/automatedai-prod-ml-data' },
            },
          })],
        },
      });
    }
    hub().hasResourceProperties('AWS::IAM::Role', { RoleName: 'automatedai-prod-ml-replication' });
    spoke().resourcePropertiesCountIs('AWS::S3::Bucket', { ReplicationConfiguration: Match.anyValue() }, 0);
  });

  test('GIVEN the replication role WHEN synthesized THEN it may encrypt only with the destination key carrying the ML alias, through S3', () => {
    const statements = policyOf(hub(), 'StorageReplicationRole');
    const encrypt = statements.find((s: any) => JSON.stringify(s.Action).includes('kms:Encrypt'));
    expect(encrypt.Condition).toEqual({
      'ForAnyValue:StringEquals': { 'kms:ResourceAliases': 'alias/automatedai-prod-ml-data' },
      StringEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com' },
    });
    expect(JSON.stringify(encrypt.Resource)).toContain(':kms:eu-west-1:111111111111:key/*');
    const across = policyOf(twoAccountsHub(), 'StorageReplicationRole').find((s: any) => JSON.stringify(s.Action).includes('kms:Encrypt'));
    expect(JSON.stringify(across.Resource)).toContain(':kms:eu-west-1:222222222222:key/*');
  });

  test('GIVEN the spoke WHEN synthesized THEN its buckets and key admit exactly the hub\'s replication role, valid before the role exists', () => {
    const onlyTheRole = { ArnEquals: { 'aws:PrincipalArn': mlReplicationRoleArn(prod.config) } };
    for (const [, policy] of resources(spoke(), 'AWS::S3::BucketPolicy', 'StorageModels').concat(resources(spoke(), 'AWS::S3::BucketPolicy', 'StorageFeatures'))) {
      const replicas = policy.Properties.PolicyDocument.Statement.find((s: any) => s.Sid === 'ReplicasFromHub');
      expect(replicas.Condition).toEqual(onlyTheRole);
      expect(JSON.stringify(replicas.Principal)).toContain(':iam::111111111111:root');
    }
    const [[, key]] = resources(spoke(), 'AWS::KMS::Key', 'DataKey');
    const grant = key.Properties.KeyPolicy.Statement.find((s: any) => s.Sid === 'EncryptReplicasFromHub');
    expect(grant.Action).toEqual(['kms:Encrypt', 'kms:GenerateDataKey']);
    expect(grant.Condition).toEqual({ ...onlyTheRole, StringEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com' } });
  });

  test('GIVEN the ML data key WHEN synthesized THEN it rotates, is retained and carries the derived alias', () => {
    hub().hasResource('AWS::KMS::Key', { Properties: Match.objectLike({ EnableKeyRotation: true }), DeletionPolicy: 'Retain' });
    hub().hasResourceProperties('AWS::KMS::Alias', { AliasName: 'alias/automatedai-prod-ml-data' });
  });
});

describe('MLflow database', () => {
  test('GIVEN prod WHEN synthesized THEN Aurora PostgreSQL Serverless v2 is encrypted, IAM-auth, backed up, deletion-protected, retained, on a non-default port', () => {
    hub().hasResource('AWS::RDS::DBCluster', {
      Properties: Match.objectLike({
        Engine: 'aurora-postgresql',
        DBClusterIdentifier: 'automatedai-prod-mlflow',
        StorageEncrypted: true,
        KmsKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^DataKey'), 'Arn'] },
        EnableIAMDatabaseAuthentication: true,
        DeletionProtection: true,
        BackupRetentionPeriod: 14,
        Port: 5433,
        ServerlessV2ScalingConfiguration: { MinCapacity: 0.5, MaxCapacity: 8 },
        EnableCloudwatchLogsExports: ['postgresql'],
      }),
      DeletionPolicy: 'Retain',
    });
    // Writer and a reader in another AZ for failover.
    hub().resourceCountIs('AWS::RDS::DBInstance', 2);
    hub().hasResourceProperties('AWS::RDS::DBClusterParameterGroup', { Parameters: Match.objectLike({ 'rds.force_ssl': '1' }) });
  });

  test('GIVEN dev WHEN synthesized THEN the cluster is not deletion-protected, has one instance, and is still retained', () => {
    const t = dev.template('Ml-us-east-1');
    t.hasResource('AWS::RDS::DBCluster', { Properties: Match.objectLike({ DeletionProtection: false, BackupRetentionPeriod: 7 }), DeletionPolicy: 'Retain' });
    t.resourceCountIs('AWS::RDS::DBInstance', 1);
    t.resourcePropertiesCountIs('AWS::S3::Bucket', { ReplicationConfiguration: Match.anyValue() }, 0);
  });

  test('GIVEN the database WHEN synthesized THEN its security group admits only the cluster security group, on the database port', () => {
    const groups = resources(hub(), 'AWS::EC2::SecurityGroup', 'Mlflow');
    expect(groups).toHaveLength(1);
    const [, sg] = groups[0];
    expect(sg.Properties.SecurityGroupIngress).toEqual([
      expect.objectContaining({ IpProtocol: 'tcp', FromPort: 5433, ToPort: 5433, SourceSecurityGroupId: { 'Fn::ImportValue': expect.stringMatching(/ClusterSecurityGroupId/) } }),
    ]);
    expect(JSON.stringify(sg.Properties)).not.toContain('0.0.0.0/0');
  });

  test('GIVEN the login WHEN synthesized THEN it is a generated secret under the derived name, with the platform secrets key, attached to the cluster', () => {
    hub().hasResourceProperties('AWS::SecretsManager::Secret', {
      Name: mlflowDatabaseSecretName(prod.config),
      KmsKeyId: { 'Fn::ImportValue': Match.stringLikeRegexp('AppSecretsKey') },
      GenerateSecretString: Match.objectLike({ SecretStringTemplate: '{"username":"mlflow"}', GenerateStringKey: 'password' }),
    });
    hub().resourceCountIs('AWS::SecretsManager::SecretTargetAttachment', 1);
  });

  test('GIVEN the cluster WHEN synthesized THEN AWS Backup snapshots it daily into an encrypted, retained vault', () => {
    hub().hasResource('AWS::Backup::BackupVault', { Properties: Match.objectLike({ EncryptionKeyArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^DataKey'), 'Arn'] } }), DeletionPolicy: 'Retain' });
    hub().hasResourceProperties('AWS::Backup::BackupSelection', {
      BackupSelection: Match.objectLike({ Resources: [Match.objectLike({ 'Fn::Join': Match.anyValue() })] }),
    });
    hub().hasResourceProperties('AWS::Backup::BackupPlan', { BackupPlan: Match.objectLike({ BackupPlanRule: [Match.objectLike({ Lifecycle: { DeleteAfterDays: 35 } })] }) });
  });
});

describe('Feast online store (ElastiCache Serverless Valkey)', () => {
  test('GIVEN the cache WHEN synthesized THEN it is Valkey with the ML key, RBAC users, snapshots, private subnets and retained', () => {
    hub().hasResource('AWS::ElastiCache::ServerlessCache', {
      Properties: Match.objectLike({
        Engine: 'valkey',
        ServerlessCacheName: 'automatedai-prod-feast',
        KmsKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^DataKey'), 'Arn'] },
        UserGroupId: Match.anyValue(),
        SnapshotRetentionLimit: 7,
        SubnetIds: Match.arrayWith([{ 'Fn::ImportValue': Match.stringLikeRegexp('privateSubnet') }]),
        CacheUsageLimits: { DataStorage: { Maximum: 10, Unit: 'GB' } },
      }),
      DeletionPolicy: 'Retain',
    });
  });

  test('GIVEN the Feast user WHEN synthesized THEN its password is a Secrets Manager dynamic reference, never in the template', () => {
    const [[, user]] = resources(hub(), 'AWS::ElastiCache::User');
    expect(user.Properties).toMatchObject({ Engine: 'valkey', UserName: 'feast', AccessString: 'on ~* +@all -@dangerous' });
    expect(JSON.stringify(user.Properties.AuthenticationMode)).toMatch(/\{\{resolve:secretsmanager:.*:SecretString:password::\}\}/);
    hub().hasResourceProperties('AWS::SecretsManager::Secret', { Name: featureStoreLoginSecretName(prod.config) });
    hub().hasResourceProperties('AWS::SecretsManager::Secret', { Name: featureStoreEndpointSecretName(prod.config) });
  });

  test('GIVEN the cache WHEN synthesized THEN its security group admits only the cluster, on the Valkey ports', () => {
    const [[, sg]] = resources(hub(), 'AWS::EC2::SecurityGroup', 'Feast');
    expect(sg.Properties.SecurityGroupIngress).toEqual([
      expect.objectContaining({ FromPort: 6379, ToPort: 6380, SourceSecurityGroupId: { 'Fn::ImportValue': expect.stringMatching(/ClusterSecurityGroupId/) } }),
    ]);
  });
});

describe('Pod Identity roles, scoped to what each workload uses', () => {
  test('GIVEN the workloads WHEN synthesized THEN each derived service account in the ml namespace has a role on the region\'s cluster', () => {
    const model = prod.config.ml!.models[0];
    for (const sa of [modelServiceAccountName(model), MLFLOW_SERVICE_ACCOUNT, FEAST_SERVICE_ACCOUNT, ML_TRAINING_SERVICE_ACCOUNT, MODEL_DRIFT_SERVICE_ACCOUNT]) {
      hub().hasResourceProperties('AWS::EKS::PodIdentityAssociation', {
        ClusterName: clusterName(prod.config, prod.config.hubRegion),
        Namespace: 'ml',
        ServiceAccount: sa,
      });
    }
    hub().resourceCountIs('AWS::EKS::PodIdentityAssociation', 5);
  });

  test('GIVEN a model with training WHEN synthesized THEN the hub\'s training role writes only its versions prefix and reads features; no spoke has one', () => {
    const statements = policyOf(hub(), 'AccessTraining');
    expect(statements[0].Action).toBe('s3:GetObject');
    expect(JSON.stringify(statements[0].Resource)).toMatch(/automatedai-prod-ml-features-us-east-1\/offline\/\*.*automatedai-prod-ml-features-us-east-1\/registry\/\*/);
    expect(statements[2].Action).toEqual(expect.arrayContaining(['s3:PutObject']));
    expect(JSON.stringify(statements[2].Resource)).toMatch(/automatedai-prod-ml-models-us-east-1\/models\/device-anomaly\/\*"/);
    expect(resources(spoke(), 'AWS::IAM::Role', 'AccessTraining')).toEqual([]);
    spoke().hasResourceProperties('AWS::EKS::PodIdentityAssociation', { ServiceAccount: MODEL_DRIFT_SERVICE_ACCOUNT });
  });

  test('GIVEN the ML stack WHEN synthesized THEN it carries the four ML images as Docker assets built from ml/', () => {
    const stack = prod.assembly.getStackArtifact('Ml-us-east-1');
    const manifest = stack.dependencies.find((d) => d instanceof cxapi.AssetManifestArtifact) as cxapi.AssetManifestArtifact;
    const images: any[] = Object.values(JSON.parse(fs.readFileSync(manifest.file, 'utf8')).dockerImages ?? {});
    expect(images.map((i) => i.destinations[Object.keys(i.destinations)[0]].imageTag).sort()).toEqual((['mlflow', 'feast', 'training', 'drift'] as const).map(mlImageTag).sort());
  });

  test('GIVEN a model WHEN synthesized THEN its predictor may only read its stable and canary keys', () => {
    const [read, list, decrypt] = policyOf(hub(), 'AccessModeldeviceanomaly');
    expect(read.Action).toBe('s3:GetObject');
    expect(JSON.stringify(read.Resource)).toMatch(/automatedai-prod-ml-models-us-east-1\/models\/device-anomaly\/v1\/\*.*v2\/\*/);
    expect(list.Condition).toEqual({ StringLike: { 's3:prefix': ['models/device-anomaly/v1', 'models/device-anomaly/v1/*', 'models/device-anomaly/v2', 'models/device-anomaly/v2/*'] } });
    expect(decrypt).toMatchObject({ Action: 'kms:Decrypt', Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } } });
  });

  test('GIVEN MLflow WHEN synthesized THEN it reads and writes only its region\'s artifact prefix', () => {
    const [objects, list] = policyOf(hub(), 'AccessMlflow');
    expect(objects.Action).toEqual(expect.arrayContaining(['s3:GetObject', 's3:PutObject', 's3:DeleteObject']));
    expect(JSON.stringify(objects.Resource)).toContain('automatedai-prod-ml-models-us-east-1/mlflow/us-east-1/*');
    expect(list.Condition.StringLike['s3:prefix']).toEqual(['mlflow/us-east-1', 'mlflow/us-east-1/*']);
  });

  test('GIVEN Feast WHEN synthesized THEN it writes the registry and offline prefixes on the hub and only reads them on a spoke', () => {
    const [hubObjects] = policyOf(hub(), 'AccessFeast');
    expect(hubObjects.Action).toContain('s3:PutObject');
    const [spokeObjects] = policyOf(spoke(), 'AccessFeast');
    expect(spokeObjects.Action).toBe('s3:GetObject');
    expect(spokeObjects.Resource).toEqual(['offline', 'registry'].map((p) => `arn:aws:s3:::automatedai-prod-ml-features-eu-west-1/${p}/*`));
  });

  test('GIVEN every ML role WHEN synthesized THEN none has an inline policy or an S3 wildcard beyond its prefixes', () => {
    for (const t of [hub(), spoke()]) {
      t.resourceCountIs('AWS::IAM::Policy', 0);
      for (const [, p] of resources(t, 'AWS::IAM::ManagedPolicy', 'Access')) {
        expect(JSON.stringify(p.Properties.PolicyDocument)).not.toMatch(/"s3:\*"|:s3:::\*|ml-models-[a-z0-9-]+\/\*"/);
      }
    }
  });
});

test('snapshots (tripwire)', () => {
  expect(hub().toJSON()).toMatchSnapshot();
  expect(spoke().toJSON()).toMatchSnapshot();
});
