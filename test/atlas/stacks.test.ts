import { ATLAS_PRIVATE_LINK, ATLAS_STACKS } from '../../lib/atlas/layer';
import { SERVICE_ROLES } from '../../lib/core/facts';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { CloudAssembly } from 'aws-cdk-lib/cx-api';
import * as YAML from 'yaml';
import { MONGODB_PUBLISHER_ID } from '../../lib/atlas';
import { Platform, buildPlatform } from '../../lib/platform/app';
import { PlatformConfig, parseConfig } from '../../lib/config';
import { ROOT, cdkJsonContext, shippedConfig } from '../helpers/synth';

/*
 * The Atlas stacks and the region stacks' Atlas parts, asserted on the synthesized templates.
 * The nag gate over every stack (these included) is test/app.test.ts; here the packs and the
 * built-in CloudFormation validation are off so that each environment synthesizes in about a second.
 */

interface Built {
  readonly platform: Platform;
  readonly assembly: CloudAssembly;
  template(id: string): Template;
}

const cache = new Map<string, Built>();

/** Synthesizes a config once per test file, without the (separately tested) validation plugins. */
function build(config: PlatformConfig, key: string): Built {
  const hit = cache.get(key);
  if (hit) return hit;
  const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-')), context: cdkJsonContext(), builtinCloudFormationValidation: false });
  const platform = buildPlatform(app, config, { nag: false });
  const assembly = app.synth();
  const templates = new Map<string, Template>();
  const built: Built = {
    platform,
    assembly,
    template(id) {
      if (!templates.has(id)) templates.set(id, Template.fromJSON(assembly.getStackArtifact(id).template));
      return templates.get(id)!;
    },
  };
  cache.set(key, built);
  return built;
}

const prod = () => build(shippedConfig('prod'), 'prod');
const dev = () => build(shippedConfig('dev'), 'dev');

/** dev with `activateTypes: false` and no service reading the connection string (one synth for both cases). */
function devVariant(): Built {
  const data = YAML.parse(fs.readFileSync(path.join(ROOT, 'config', 'dev.yaml'), 'utf8'));
  data.atlas.activateTypes = false;
  for (const service of data.services) service.secretEnv = [];
  return build(parseConfig(data), 'dev-variant');
}

/**
 * prod with eu-west-1 in its own account (the seed's original layout): the per-account paths the
 * shipped one-account prod does not take. No topic replicates (MSK Replicator cannot cross accounts).
 */
function prodTwoAccounts(): Built {
  const data = YAML.parse(fs.readFileSync(path.join(ROOT, 'config', 'prod.yaml'), 'utf8'));
  data.regions[1].account = '222222222222';
  for (const t of data.kafka.topics) delete t.replicate;
  return build(parseConfig(data, 'prod.yaml (two accounts)'), 'prod-two-accounts');
}

/** The resources of one type in a template, as [logicalId, resource] pairs. */
function resourcesOf(t: Template, type: string): Array<[string, any]> {
  return Object.entries(t.findResources(type));
}

describe('Atlas stack (prod: the seed Global Cluster)', () => {
  test('lives in the hub account and region, named from the config, termination-protected', () => {
    const stack = prod().platform.facts.get(ATLAS_STACKS).atlas;
    expect([stack.account, stack.region, stack.stackName, stack.terminationProtection]).toEqual(['111111111111', 'us-east-1', 'automatedai-prod-atlas', true]);
  });

  test('creates the project in the configured organization, Data Explorer off, retained', () => {
    const t = prod().template('Atlas');
    t.hasResource('MongoDB::Atlas::Project', {
      Properties: {
        Name: 'automatedai-prod',
        OrgId: '0123456789abcdef01234567',
        Profile: 'default',
        ProjectSettings: Match.objectLike({ IsDataExplorerEnabled: false }),
      },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  test('one Global Cluster: a zone per jurisdiction (US, EU), each 2 + 2 + 1 electable nodes at priorities 7, 6, 5 over three of its regions, auto-scaling', () => {
    const t = prod().template('Atlas');
    const region = (regionName: string, priority: number, nodes: number) => ({
      ProviderName: 'AWS',
      RegionName: regionName,
      Priority: priority,
      ElectableSpecs: { InstanceSize: 'M30', NodeCount: nodes },
      AutoScaling: { Compute: { Enabled: true, ScaleDownEnabled: true, MinInstanceSize: 'M30', MaxInstanceSize: 'M60' }, DiskGB: { Enabled: true } },
    });
    expect(resourcesOf(t, 'MongoDB::Atlas::Cluster')).toHaveLength(1);
    t.hasResourceProperties('MongoDB::Atlas::Cluster', {
      Name: 'automatedai-prod',
      ClusterType: 'GEOSHARDED',
      MongoDBMajorVersion: '8.0',
      ReplicationSpecs: [
        { ZoneName: 'US', NumShards: 1, AdvancedRegionConfigs: [region('US_EAST_1', 7, 2), region('US_EAST_2', 6, 2), region('US_WEST_2', 5, 1)] },
        { ZoneName: 'EU', NumShards: 1, AdvancedRegionConfigs: [region('EU_WEST_1', 7, 2), region('EU_CENTRAL_1', 6, 2), region('EU_WEST_3', 5, 1)] },
      ],
    });
  });

  test('regions with Atlas nodes but no platform region get no AWS resources: endpoints and Atlas types only where the platform runs', () => {
    const stacks = prod().assembly.stacks;
    expect(stacks.map((s) => s.environment.region).filter((r) => !['us-east-1', 'eu-west-1'].includes(r))).toEqual([]);
    expect(stacks.filter((s) => /-atlas-types$/.test(s.stackName)).map((s) => s.environment.region).sort()).toEqual(['eu-west-1', 'us-east-1']);
    expect(stacks.flatMap((s) => Object.values<any>(s.template.Resources ?? {}).filter((r) => r.Type === 'MongoDB::Atlas::PrivateEndpointAWS').map(() => s.environment.region)).sort()).toEqual(['eu-west-1', 'us-east-1']);
  });

  test('the cluster: continuous cloud backup with PITR, TLS 1.2 minimum, no server-side JavaScript, customer-key encryption, termination protection, retained', () => {
    const t = prod().template('Atlas');
    t.hasResource('MongoDB::Atlas::Cluster', {
      Properties: Match.objectLike({
        BackupEnabled: true,
        PitEnabled: true,
        AdvancedSettings: { MinimumEnabledTLSProtocol: 'TLS1_2', JavascriptEnabled: false },
        EncryptionAtRestProvider: 'AWS',
        TerminationProtectionEnabled: true,
        Tags: Match.arrayWith([{ Key: 'environment', Value: 'prod' }]),
      }),
      DeletionPolicy: 'Retain',
      DependsOn: Match.arrayWith(['EncryptionAtRest', 'RegionalizedPrivateEndpoints']),
    });
  });

  test('custom zone mappings send each configured location to its zone', () => {
    const t = prod().template('Atlas');
    const mappings = resourcesOf(t, 'MongoDB::Atlas::GlobalClusterConfig')[0][1].Properties.CustomZoneMappings;
    expect(mappings).toContainEqual({ Location: 'US', Zone: 'US' });
    expect(mappings).toContainEqual({ Location: 'IE', Zone: 'EU' });
    expect(mappings.filter((m: any) => m.Zone === 'EU')).toHaveLength(8);
  });

  test('a Global Cluster across regions gets regionalized private endpoints (each region reaches its own mongos)', () => {
    prod().template('Atlas').resourceCountIs('MongoDB::Atlas::PrivateEndPointRegionalMode', 1);
  });

  test('the backup schedule: 7-day point-in-time window, snapshots with retention, kept when the stack goes', () => {
    prod().template('Atlas').hasResource('MongoDB::Atlas::CloudBackupSchedule', {
      Properties: Match.objectLike({
        ClusterName: 'automatedai-prod',
        RestoreWindowDays: 7,
        ReferenceHourOfDay: 3,
        AutoExportEnabled: false,
        Policies: [{
          PolicyItems: [
            { FrequencyType: 'hourly', FrequencyInterval: 6, RetentionUnit: 'days', RetentionValue: 2 },
            { FrequencyType: 'daily', FrequencyInterval: 1, RetentionUnit: 'days', RetentionValue: 7 },
            { FrequencyType: 'weekly', FrequencyInterval: 7, RetentionUnit: 'weeks', RetentionValue: 4 },
            { FrequencyType: 'monthly', FrequencyInterval: 40, RetentionUnit: 'months', RetentionValue: 12 },
          ],
        }],
      }),
      DeletionPolicy: 'Retain',
    });
  });

  test('encryption at rest: a rotating, multi-Region, retained key that only Atlas\'s identity (with its external id) may use', () => {
    const t = prod().template('Atlas');
    const key = t.findResources('AWS::KMS::Key', { Properties: { MultiRegion: true } });
    expect(Object.keys(key)).toHaveLength(1);
    const [keyId, keyResource] = Object.entries(key)[0] as [string, any];
    expect(keyResource).toMatchObject({ Properties: { EnableKeyRotation: true }, DeletionPolicy: 'Retain' });
    t.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [{
          Action: 'sts:AssumeRole',
          Effect: 'Allow',
          Principal: { AWS: { 'Fn::GetAtt': ['CloudProviderAccess', 'AtlasAwsAccountArn'] } },
          Condition: { StringEquals: { 'sts:ExternalId': { 'Fn::GetAtt': ['CloudProviderAccess', 'ExternalId'] } } },
        }],
      },
    });
    t.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: { Statement: [{ Action: ['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt'], Effect: 'Allow', Resource: { 'Fn::GetAtt': [keyId, 'Arn'] } }] },
    });
    t.hasResource('MongoDB::Atlas::EncryptionAtRest', {
      Properties: {
        ProjectId: { 'Fn::GetAtt': ['Project', 'Id'] },
        Profile: 'default',
        AwsKmsConfig: { Enabled: true, CustomerMasterKeyID: { Ref: keyId }, Region: 'US_EAST_1', RoleID: { 'Fn::GetAtt': ['CloudProviderAccess', 'RoleId'] } },
      },
      DependsOn: ['AuthorizeKmsRole'],
      DeletionPolicy: 'Retain',
    });
    t.hasResourceProperties('Custom::AtlasAuthorizeRole', { Action: 'AuthorizeRole', IamRoleArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^AtlasKmsRole'), 'Arn'] } });
  });

  test.each([
    ['one account (prod)', () => prod(), '111111111111'],
    ['regions in two accounts', () => prodTwoAccounts(), '222222222222'],
  ])('database users (%s): each DB service\'s Pod Identity role in its region\'s account, AWS IAM auth, only its own database on this cluster', (_name, built, westAccount) => {
    const t = built().template('Atlas');
    const users = resourcesOf(t, 'MongoDB::Atlas::DatabaseUser').map(([, r]) => r.Properties);
    expect(users.map((u) => u.Username).sort()).toEqual([
      'arn:aws:iam::111111111111:role/automatedai-prod-us-east-1-healthcare-service',
      `arn:aws:iam::${westAccount}:role/automatedai-prod-eu-west-1-healthcare-service`,
    ].sort());
    for (const user of users) {
      expect(user).toMatchObject({
        AWSIAMType: 'ROLE',
        DatabaseName: '$external',
        Roles: [{ RoleName: 'readWrite', DatabaseName: 'healthcare_service' }],
        Scopes: [{ Name: 'automatedai-prod', Type: 'CLUSTER' }],
      });
      expect(user.Password).toBeUndefined();
    }
  });

  test('the deploy-time Atlas API function may read only the Atlas profile secret, outside any VPC', () => {
    const t = prod().template('Atlas');
    t.hasResourceProperties('AWS::Lambda::Function', { Runtime: 'nodejs24.x', Timeout: 900, VpcConfig: Match.absent() });
    t.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([{
        Action: 'secretsmanager:GetSecretValue',
        Effect: 'Allow',
        Resource: 'arn:aws:secretsmanager:us-east-1:111111111111:secret:cfn/atlas/profile/default-??????',
      }]) },
    });
  });

  test('snapshot (tripwire)', () => {
    expect(prod().template('Atlas').toJSON()).toMatchSnapshot();
  });
});

describe('Atlas stack (dev: a single-region replica set)', () => {
  test('a replica set in one replication spec: no zones, no zone config, no regionalized endpoints', () => {
    const t = dev().template('Atlas');
    t.hasResourceProperties('MongoDB::Atlas::Cluster', {
      ClusterType: 'REPLICASET',
      ReplicationSpecs: [{ NumShards: 1, AdvancedRegionConfigs: [Match.objectLike({ RegionName: 'US_EAST_1', Priority: 7, ElectableSpecs: { InstanceSize: 'M10', NodeCount: 3 } })] }],
    });
    t.resourceCountIs('MongoDB::Atlas::GlobalClusterConfig', 0);
    t.resourceCountIs('MongoDB::Atlas::PrivateEndPointRegionalMode', 0);
  });

  test('no termination protection outside production, but the cluster is still retained', () => {
    const t = dev().template('Atlas');
    t.hasResource('MongoDB::Atlas::Cluster', { Properties: Match.objectLike({ TerminationProtectionEnabled: false }), DeletionPolicy: 'Retain' });
    expect(dev().platform.facts.get(ATLAS_STACKS).atlas.terminationProtection).toBe(false);
  });
});

describe('no public access to the cluster', () => {
  test.each(['prod', 'dev'])('%s: no IP access list entry anywhere, no 0.0.0.0/0 rule on an Atlas security group', (env) => {
    const built = env === 'prod' ? prod() : dev();
    for (const stack of built.assembly.stacks) {
      const template = JSON.stringify(stack.template);
      expect([stack.id, template.includes('MongoDB::Atlas::ProjectIpAccessList')]).toEqual([stack.id, false]);
    }
    for (const [i, region] of built.platform.regions.entries()) {
      const sgId = region.getLogicalId(built.platform.regionScopes[i].facts.get(ATLAS_PRIVATE_LINK).securityGroup.node.defaultChild as any);
      const rules = Object.values(built.template(region.artifactId).toJSON().Resources as Record<string, any>)
        .filter((r) => JSON.stringify(r).includes(sgId) && /SecurityGroup/.test(r.Type));
      expect(rules.length).toBeGreaterThan(0);
      expect(JSON.stringify(rules)).not.toContain('0.0.0.0/0');
    }
  });
});

describe('type activation stacks (prerequisites CloudFormation can automate)', () => {
  test.each([
    ['one account (prod)', () => prod(), '111111111111'],
    ['regions in two accounts', () => prodTwoAccounts(), '222222222222'],
  ])('one per region, in the region\'s account (%s), before the stacks that use the types', (_name, built, westAccount) => {
    const { platform } = built();
    expect(platform.facts.get(ATLAS_STACKS).types.map((s) => [s.stackName, s.account, s.region])).toEqual([
      ['automatedai-prod-us-east-1-atlas-types', '111111111111', 'us-east-1'],
      ['automatedai-prod-eu-west-1-atlas-types', westAccount, 'eu-west-1'],
    ]);
  });

  test('the hub activates every type the Atlas stack and its region stack use; a spoke only the private-endpoint types', () => {
    const typesOf = (id: string) => resourcesOf(prod().template(id), 'AWS::CloudFormation::TypeActivation').map(([, r]) => r.Properties.TypeName).sort();
    expect(typesOf('AtlasTypes-us-east-1')).toEqual([
      'MongoDB::Atlas::CloudBackupSchedule', 'MongoDB::Atlas::Cluster', 'MongoDB::Atlas::DatabaseUser', 'MongoDB::Atlas::EncryptionAtRest',
      'MongoDB::Atlas::GlobalClusterConfig', 'MongoDB::Atlas::PrivateEndPointRegionalMode', 'MongoDB::Atlas::PrivateEndpointAWS',
      'MongoDB::Atlas::PrivateEndpointService', 'MongoDB::Atlas::Project',
    ]);
    expect(typesOf('AtlasTypes-eu-west-1')).toEqual(['MongoDB::Atlas::PrivateEndpointAWS', 'MongoDB::Atlas::PrivateEndpointService']);
    // Every MongoDB::Atlas type used in any template is activated in that template's region.
    for (const stack of prod().assembly.stacks) {
      const used = new Set(Object.values(stack.template.Resources as Record<string, any>).map((r) => r.Type).filter((type) => type.startsWith('MongoDB::Atlas::')));
      const activated = typesOf(`AtlasTypes-${stack.environment.region}`);
      for (const type of used) expect([stack.id, type, activated.includes(type)]).toEqual([stack.id, type, true]);
    }
  });

  test.each([
    ['one account (prod)', () => prod(), '111111111111'],
    ['regions in two accounts', () => prodTwoAccounts(), '222222222222'],
  ])('each activation (%s) names MongoDB\'s public publisher and an execution role of its own account that may read only the profile secret', (_name, built, account) => {
    const t = built().template('AtlasTypes-eu-west-1');
    t.hasResourceProperties('AWS::CloudFormation::TypeActivation', {
      Type: 'RESOURCE',
      PublisherId: MONGODB_PUBLISHER_ID,
      AutoUpdate: true,
      ExecutionRoleArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ExecutionRole'), 'Arn'] },
      LoggingConfig: { LogGroupName: Match.anyValue(), LogRoleArn: Match.anyValue() },
    });
    t.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: { Statement: [{ Action: 'sts:AssumeRole', Principal: { Service: 'resources.cloudformation.amazonaws.com' }, Condition: { StringEquals: { 'aws:SourceAccount': account } }, Effect: 'Allow' }] },
    });
    t.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: { Statement: [{ Action: 'secretsmanager:GetSecretValue', Effect: 'Allow', Resource: `arn:aws:secretsmanager:eu-west-1:${account}:secret:cfn/atlas/profile/default-??????` }] },
    });
  });

  test('with activateTypes: false no activation stack is made', () => {
    const built = devVariant();
    expect(built.platform.facts.get(ATLAS_STACKS).types).toEqual([]);
    expect(built.assembly.stacks.map((s) => s.id)).not.toContain('AtlasTypes-us-east-1');
  });

  test('snapshot (tripwire)', () => {
    expect(prod().template('AtlasTypes-us-east-1').toJSON()).toMatchSnapshot();
  });
});

describe('region stacks: the private endpoint and the services\' identities', () => {
  test.each(['us-east-1', 'eu-west-1'])('%s: Atlas\'s endpoint service for the region, in the project found by name', (region) => {
    const t = prod().template(`Region-${region}`);
    t.hasResourceProperties('Custom::AtlasProjectId', { Action: 'ProjectId', ProjectName: 'automatedai-prod' });
    t.hasResourceProperties('MongoDB::Atlas::PrivateEndpointService', {
      ProjectId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^AtlasProjectId'), 'ProjectId'] },
      Region: region.toUpperCase().replace(/-/g, '_'),
      CloudProvider: 'AWS',
    });
  });

  test('an interface endpoint to that service in each private subnet, no private DNS, registered and waited for', () => {
    const t = prod().template('Region-eu-west-1');
    const [endpointId, endpoint] = resourcesOf(t, 'AWS::EC2::VPCEndpoint').find(([, r]) => JSON.stringify(r.Properties.ServiceName).includes('EndpointServiceName'))!;
    expect(endpoint.Properties).toMatchObject({ VpcEndpointType: 'Interface', PrivateDnsEnabled: false });
    expect(endpoint.Properties.SubnetIds).toHaveLength(3);
    t.hasResourceProperties('MongoDB::Atlas::PrivateEndpointAWS', {
      Id: { Ref: endpointId },
      EndpointServiceId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^AtlasEndpointService'), 'Id'] },
      EnforceConnectionSuccess: true,
    });
  });

  test('the endpoint\'s security group admits only the EKS cluster\'s nodes and pods, on Atlas\'s port range, and sends nothing', () => {
    const region = prod().platform.regions[1];
    const link = prod().platform.regionScopes[1].facts.get(ATLAS_PRIVATE_LINK);
    const t = prod().template('Region-eu-west-1');
    const sgId = region.getLogicalId(link.securityGroup.node.defaultChild as any);
    const ingress = resourcesOf(t, 'AWS::EC2::SecurityGroupIngress').filter(([, r]) => JSON.stringify(r.Properties.GroupId).includes(sgId));
    expect(ingress).toHaveLength(1);
    expect(ingress[0][1].Properties).toMatchObject({ IpProtocol: 'tcp', FromPort: 1024, ToPort: 65535 });
    expect(ingress[0][1].Properties.SourceSecurityGroupId).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^EksCluster/), 'ClusterSecurityGroupId'] });
    expect(ingress[0][1].Properties.CidrIp).toBeUndefined();
    const sg = t.toJSON().Resources[sgId].Properties;
    expect(sg.SecurityGroupIngress).toBeUndefined();
    // CDK's closed-egress placeholder: no traffic can match it.
    expect(sg.SecurityGroupEgress).toEqual([expect.objectContaining({ CidrIp: '255.255.255.255/32' })]);
  });

  test('every service gets a Pod Identity role with its derived name, associated with its namespace and service account', () => {
    const { platform } = prod();
    const t = prod().template('Region-us-east-1');
    expect(Object.keys(platform.regionScopes[0].facts.get(SERVICE_ROLES))).toEqual(['healthcare-service', 'iot-service']);
    for (const service of ['healthcare-service', 'iot-service']) {
      t.hasResourceProperties('AWS::IAM::Role', {
        RoleName: `automatedai-prod-us-east-1-${service}`,
        AssumeRolePolicyDocument: { Statement: [Match.objectLike({ Principal: { Service: 'pods.eks.amazonaws.com' }, Action: ['sts:AssumeRole', 'sts:TagSession'] })] },
      });
      t.hasResourceProperties('AWS::EKS::PodIdentityAssociation', { Namespace: service, ServiceAccount: service });
    }
  });

  test('the region\'s Atlas API function may write exactly the DB connection-string secrets', () => {
    const t = prod().template('Region-eu-west-1');
    const secret = resourcesOf(t, 'AWS::SecretsManager::Secret').find(([, r]) => r.Properties.Name === 'automatedai/prod/healthcare-service/db-connection-string')!;
    expect(secret[1].Properties.Description).toContain('automatedai-prod-eu-west-1-atlas-connection');
    t.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([{ Action: 'secretsmanager:PutSecretValue', Effect: 'Allow', Resource: { Ref: secret[0] } }]) },
    });
  });
});

describe('connection stacks', () => {
  test('write each region\'s own endpoint string into its services\' secrets, after every region stack', () => {
    const { assembly } = prod();
    const t = prod().template('AtlasConnection-eu-west-1');
    t.hasResourceProperties('Custom::AtlasConnectionString', {
      Action: 'ConnectionString',
      ProjectName: 'automatedai-prod',
      ClusterName: 'automatedai-prod',
      EndpointId: { 'Fn::ImportValue': Match.stringLikeRegexp('AtlasEndpoint') },
      Secrets: [{ SecretId: { 'Fn::ImportValue': Match.anyValue() }, Database: 'healthcare_service' }],
    });
    const deps = assembly.getStackArtifact('AtlasConnection-eu-west-1').dependencies.map((d) => d.id);
    expect(deps).toEqual(expect.arrayContaining(['Region-us-east-1', 'Region-eu-west-1']));
  });

  test('deploy order: types → Atlas → region stacks → connection strings', () => {
    const { assembly } = prod();
    const deps = (id: string) => assembly.getStackArtifact(id).dependencies.map((d) => d.id);
    expect(deps('Atlas')).toContain('AtlasTypes-us-east-1');
    expect(deps('Region-eu-west-1')).toEqual(expect.arrayContaining(['Atlas', 'AtlasTypes-eu-west-1']));
    expect(deps('Region-us-east-1')).toEqual(expect.arrayContaining(['Atlas', 'AtlasTypes-us-east-1']));
  });

  test('snapshot (tripwire)', () => {
    expect(prod().template('AtlasConnection-eu-west-1').toJSON()).toMatchSnapshot();
  });
});

describe('without a service that reads the connection string', () => {
  test('no connection stack (nothing to publish) and no connection-string write permission', () => {
    const built = devVariant();
    expect(built.platform.facts.get(ATLAS_STACKS).connections).toEqual([]);
    expect(built.platform.facts.get(ATLAS_STACKS).atlas.databaseUsers).toEqual({});
    const policies = Object.keys(built.template('Region-us-east-1').findResources('AWS::IAM::ManagedPolicy'));
    expect(policies.filter((id) => id.startsWith('Atlas'))).toEqual([expect.stringMatching(/^AtlasAtlasApiPolicy/)]);
  });
});

describe('without an atlas section', () => {
  test('no Atlas stack, no private endpoint, but the services still get their roles', () => {
    const data = YAML.parse(fs.readFileSync(path.join(ROOT, 'config', 'dev.yaml'), 'utf8'));
    delete data.atlas;
    const built = build(parseConfig(data), 'dev-no-atlas');
    expect(built.platform.facts.tryGet(ATLAS_STACKS)).toBeUndefined();
    expect(built.platform.regionScopes[0].facts.tryGet(ATLAS_PRIVATE_LINK)).toBeUndefined();
    expect(Object.keys(built.platform.regionScopes[0].facts.get(SERVICE_ROLES))).toEqual(['healthcare-service', 'iot-service']);
    expect(built.assembly.stacks.map((s) => s.id).filter((id) => id.startsWith('Atlas'))).toEqual([]);
  });
});
