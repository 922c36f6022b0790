import * as fs from 'fs';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import * as YAML from 'yaml';
import { buildPlatform } from '../../lib/platform/app';
import { CLUSTER_PARAMS, VPC_CLUSTER_TAG, clusterName, parseConfig } from '../../lib/config';
import { edgeOperators } from '../../lib/edge/operators';
import { MANAGED_ADDONS, PlatformNetwork } from '../../lib/regions';
import { ROOT, cdkJsonContext, synthEnv } from '../helpers/synth';

const prod = synthEnv('prod');
const dev = synthEnv('dev');
const east = () => prod.template('Region-us-east-1');
const operatorValues = (key: string) => edgeOperators(prod.config).find((o) => o.key === key)!.values;
const west = () => prod.template('Region-eu-west-1');

describe('stacks', () => {
  test('one stack per prod region, in its region\'s account (prod: one workload account) and region, termination-protected', () => {
    const stacks = prod.assembly.stacks.filter((s) => s.id.startsWith('Region-')).map((s) => [s.stackName, s.environment.account, s.environment.region, s.terminationProtection]);
    expect(stacks.sort()).toEqual([
      ['automatedai-prod-eu-west-1', '111111111111', 'eu-west-1', true],
      ['automatedai-prod-us-east-1', '111111111111', 'us-east-1', true],
    ]);
  });

  test('GIVEN regions in two accounts WHEN built THEN each region stack goes to its own region\'s account', () => {
    const data = YAML.parse(fs.readFileSync(path.join(ROOT, 'config', 'prod.yaml'), 'utf8'));
    data.regions[1].account = '222222222222';
    for (const t of data.kafka.topics) delete t.replicate; // MSK Replicator cannot cross accounts
    const platform = buildPlatform(new App({ context: cdkJsonContext() }), parseConfig(data, 'prod.yaml (two accounts)'), { nag: false });
    expect(platform.regions.map((s) => [s.stackName, s.account, s.region])).toEqual([
      ['automatedai-prod-us-east-1', '111111111111', 'us-east-1'],
      ['automatedai-prod-eu-west-1', '222222222222', 'eu-west-1'],
    ]);
  });

  test('dev stacks are not termination-protected', () => {
    expect(dev.assembly.stacks.filter((s) => s.id.startsWith('Region-')).map((s) => s.terminationProtection)).toEqual([false]);
  });
});

describe('VPC', () => {
  test('uses the configured CIDR per region', () => {
    east().hasResourceProperties('AWS::EC2::VPC', { CidrBlock: '10.0.0.0/16', EnableDnsHostnames: true, EnableDnsSupport: true });
    west().hasResourceProperties('AWS::EC2::VPC', { CidrBlock: '10.1.0.0/16' });
  });

  test('public and private subnets in exactly the configured AZs; public subnets assign no public IPs', () => {
    const subnets = Object.values(east().findResources('AWS::EC2::Subnet')).map((r: any) => r.Properties);
    expect(new Set(subnets.map((s) => s.AvailabilityZone))).toEqual(new Set(['us-east-1a', 'us-east-1b', 'us-east-1c']));
    expect(subnets).toHaveLength(6);
    for (const s of subnets) expect(s.MapPublicIpOnLaunch).toBe(false);
  });

  test('NAT gateways: one per AZ in prod, one in dev', () => {
    east().resourceCountIs('AWS::EC2::NatGateway', 3);
    west().resourceCountIs('AWS::EC2::NatGateway', 3);
    dev.template('Region-us-east-1').resourceCountIs('AWS::EC2::NatGateway', 1);
  });

  test('flow logs of all traffic go to a KMS-encrypted, retained log group with retention', () => {
    east().hasResourceProperties('AWS::EC2::FlowLog', {
      ResourceType: 'VPC',
      TrafficType: 'ALL',
      LogDestinationType: 'cloud-watch-logs',
    });
    east().hasResource('AWS::Logs::LogGroup', {
      Properties: { RetentionInDays: 365, KmsKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^LogKey'), 'Arn'] } },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
    dev.template('Region-us-east-1').hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
  });

  test('S3 gateway endpoint and the interface endpoints nodes need, private DNS, HTTPS from the VPC only', () => {
    const endpoints = Object.values(east().findResources('AWS::EC2::VPCEndpoint')).map((r: any) => r.Properties);
    const names = endpoints.map((e) => JSON.stringify(e.ServiceName));
    for (const svc of ['s3', 'ecr.api', 'ecr.dkr', 'sts', 'logs', 'ec2', 'eks-auth']) {
      expect(names.some((n) => n.includes(`.${svc}`))).toBe(true);
    }
    // The network's own endpoints (other domains add theirs, e.g. the Atlas PrivateLink endpoint, with their own security groups).
    const network = endpoints.filter((e) => e.VpcEndpointType === 'Interface' && JSON.stringify(e.SecurityGroupIds).includes('NetworkEndpointSecurityGroup'));
    expect(network).toHaveLength(Object.keys(PlatformNetwork.INTERFACE_ENDPOINTS).length);
    for (const e of network) expect(e.PrivateDnsEnabled).toBe(true);
    east().hasResourceProperties('AWS::EC2::SecurityGroup', {
      GroupDescription: Match.stringLikeRegexp('Interface VPC endpoints'),
      SecurityGroupIngress: [{ CidrIp: '10.0.0.0/16', FromPort: 443, ToPort: 443, IpProtocol: 'tcp' }],
    });
  });

  test('the default security group is stripped of all rules', () => {
    east().resourceCountIs('Custom::VpcRestrictDefaultSG', 1);
  });
});

describe('KMS keys', () => {
  test('four customer-managed keys (logs, EKS secrets, volumes, app secrets), rotating, retained; layers\' own keys (e.g. Kafka data) alike', () => {
    const keys = east().findResources('AWS::KMS::Key');
    for (const prefix of ['LogKey', 'SecretsKey', 'VolumeKey', 'AppSecretsKey']) {
      expect(Object.keys(keys).filter((id) => id.startsWith(prefix))).toHaveLength(1);
    }
    for (const key of Object.values(keys) as any[]) {
      expect(key.Properties.EnableKeyRotation).toBe(true);
      expect(key.DeletionPolicy).toBe('Retain');
    }
  });
});

describe('EKS cluster', () => {
  test('private endpoint, configured version, secrets encrypted with the rotating key, all five log types', () => {
    east().hasResourceProperties('AWS::EKS::Cluster', {
      Name: 'automatedai-prod-us-east-1',
      Version: '1.35',
      ResourcesVpcConfig: Match.objectLike({ EndpointPrivateAccess: true, EndpointPublicAccess: false }),
      EncryptionConfig: [{ Provider: { KeyArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^SecretsKey'), 'Arn'] } }, Resources: ['secrets'] }],
      Logging: {
        ClusterLogging: {
          EnabledTypes: [{ Type: 'api' }, { Type: 'audit' }, { Type: 'authenticator' }, { Type: 'controllerManager' }, { Type: 'scheduler' }],
        },
      },
      AccessConfig: { AuthenticationMode: 'API', BootstrapClusterCreatorAdminPermissions: false },
    });
  });

  test('the configured admin principal gets cluster-admin through an access entry', () => {
    const entries = Object.values(east().findResources('AWS::EKS::AccessEntry'))
      .map((r: any) => r.Properties)
      .filter((p) => p.PrincipalArn === 'arn:aws:iam::111111111111:role/PlatformAdmin');
    expect(entries).toHaveLength(1);
    expect(entries[0].PrincipalArn).toBe('arn:aws:iam::111111111111:role/PlatformAdmin');
    expect(entries[0].AccessPolicies).toHaveLength(1);
    expect(entries[0].AccessPolicies[0].AccessScope).toEqual({ Type: 'cluster' });
    expect(JSON.stringify(entries[0].AccessPolicies[0].PolicyArn)).toContain(':eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy');
  });

  test('node groups from config: sizes and instance types, private subnets', () => {
    east().hasResourceProperties('AWS::EKS::Nodegroup', {
      NodegroupName: 'application',
      InstanceTypes: ['m5.large'],
      ScalingConfig: { MinSize: 6, DesiredSize: 6, MaxSize: 12 },
      CapacityType: 'ON_DEMAND',
      Labels: Match.objectLike({ workload: 'application' }),
    });
    east().hasResourceProperties('AWS::EKS::Nodegroup', {
      NodegroupName: 'data',
      InstanceTypes: ['r5.large'],
      ScalingConfig: { MinSize: 2, DesiredSize: 2, MaxSize: 5 },
    });
    dev.template('Region-us-east-1').hasResourceProperties('AWS::EKS::Nodegroup', {
      InstanceTypes: ['t3.xlarge'],
      ScalingConfig: { MinSize: 3, DesiredSize: 3, MaxSize: 5 },
    });
  });

  test('launch templates require IMDSv2 with hop limit 1, detailed monitoring, and encrypted gp3 root volumes with the volume key', () => {
    const lts = Object.values(east().findResources('AWS::EC2::LaunchTemplate')) as any[];
    expect(lts).toHaveLength(2);
    for (const lt of lts) {
      const data = lt.Properties.LaunchTemplateData;
      expect(data.MetadataOptions).toMatchObject({ HttpTokens: 'required', HttpPutResponseHopLimit: 1 });
      expect(data.Monitoring).toEqual({ Enabled: true });
      expect(data.BlockDeviceMappings[0].Ebs).toMatchObject({
        VolumeType: 'gp3',
        Encrypted: true,
        KmsKeyId: { 'Fn::GetAtt': [expect.stringMatching(/^VolumeKey/), 'Arn'] },
      });
    }
  });

  test('root volume size per node group from the config: prod application 50 GiB (the default), data 100 GiB', () => {
    const sizes = Object.entries(east().findResources('AWS::EC2::LaunchTemplate'))
      .map(([id, lt]: [string, any]) => [id.replace(/^EksLaunchTemplate/, '').replace(/[A-F0-9]{8}$/, ''), lt.Properties.LaunchTemplateData.BlockDeviceMappings[0].Ebs.VolumeSize])
      .sort();
    expect(sizes).toEqual([['application', 50], ['data', 100]]);
  });

  test('managed add-ons: vpc-cni with network policy, coredns, kube-proxy, pod identity agent, EBS CSI with its Pod Identity role', () => {
    const addons = Object.values(east().findResources('AWS::EKS::Addon')).map((r: any) => r.Properties);
    expect(addons.map((a) => a.AddonName).sort()).toEqual([...MANAGED_ADDONS].sort());
    expect(JSON.parse(addons.find((a) => a.AddonName === 'vpc-cni').ConfigurationValues)).toEqual({ enableNetworkPolicy: 'true' });
    const ebs = addons.find((a) => a.AddonName === 'aws-ebs-csi-driver');
    expect(ebs.PodIdentityAssociations).toEqual([
      { ServiceAccount: 'ebs-csi-controller-sa', RoleArn: { 'Fn::GetAtt': [expect.stringMatching(/EbsCsiRole/), 'Arn'] } },
    ]);
    east().hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [
          Match.objectLike({
            Action: ['sts:AssumeRole', 'sts:TagSession'],
            Principal: { Service: 'pods.eks.amazonaws.com' },
            Condition: { StringEquals: { 'aws:SourceAccount': '111111111111' } },
          }),
        ],
      },
    });
  });

  test('node groups wait for the networking add-ons; coredns waits for nodes', () => {
    const t = east().toJSON();
    const id = (type: string, pred: (p: any) => boolean) =>
      Object.entries(t.Resources).find(([, r]: any) => r.Type === type && pred(r.Properties))![0];
    const cni = id('AWS::EKS::Addon', (p) => p.AddonName === 'vpc-cni');
    const app = id('AWS::EKS::Nodegroup', (p) => p.NodegroupName === 'application');
    const coredns = id('AWS::EKS::Addon', (p) => p.AddonName === 'coredns');
    expect(t.Resources[app].DependsOn).toContain(cni);
    expect(t.Resources[coredns].DependsOn).toContain(app);
  });
});

describe('tags', () => {
  test('cost-allocation tags on taggable resources', () => {
    east().hasResourceProperties('AWS::EC2::VPC', {
      Tags: Match.arrayWith([
        // CloudFormation tags come sorted by key
        { Key: 'environment', Value: 'prod' },
        { Key: 'owner', Value: 'platform-team' },
        { Key: 'project', Value: 'automatedai' },
        { Key: 'region', Value: 'us-east-1' },
      ]),
    });
    east().hasResourceProperties('AWS::EKS::Cluster', {
      Tags: Match.arrayWith([{ Key: 'environment', Value: 'prod' }]),
    });
    expect(prod.assembly.getStackArtifact('Region-eu-west-1').tags).toEqual({
      project: 'automatedai',
      environment: 'prod',
      owner: 'platform-team',
      region: 'eu-west-1',
    });
  });
});

describe('snapshots (tripwire beside the assertions above)', () => {
  test.each(['Region-us-east-1', 'Region-eu-west-1'])('prod %s', (id) => {
    expect(prod.template(id).toJSON()).toMatchSnapshot();
  });
  test('dev Region-us-east-1', () => {
    expect(dev.template('Region-us-east-1').toJSON()).toMatchSnapshot();
  });
});

describe('no pod needs IMDS (launch templates have hop limit 1)', () => {
  test('the VPC carries the tag the Load Balancer Controller finds it by, and the controller is given that tag, its cluster and region', () => {
    east().hasResourceProperties('AWS::EC2::VPC', { Tags: Match.arrayWith([{ Key: VPC_CLUSTER_TAG, Value: clusterName(prod.config, prod.config.regions[0]) }]) });
    const lbc = operatorValues('awsLoadBalancerController');
    expect(lbc).toMatchObject({ vpcTags: { [VPC_CLUSTER_TAG]: CLUSTER_PARAMS.name }, region: CLUSTER_PARAMS.region, clusterName: CLUSTER_PARAMS.name });
  });

  test('every key policy denies kms:CreateGrant unless the grant is for an AWS resource or the caller an AWS service (CT.KMS.PR.3)', () => {
    for (const key of Object.values(east().findResources('AWS::KMS::Key')) as any[]) {
      expect(key.Properties.KeyPolicy.Statement).toContainEqual(expect.objectContaining({
        Effect: 'Deny', Action: 'kms:CreateGrant', Principal: { AWS: '*' }, Resource: '*',
        Condition: { BoolIfExists: { 'kms:GrantIsForAWSResource': 'false', 'aws:PrincipalIsAWSService': 'false' } },
      }));
    }
  });
});
