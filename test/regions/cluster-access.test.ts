import { Match } from 'aws-cdk-lib/assertions';
import {
  EXTERNAL_SECRETS_SERVICE_ACCOUNT,
  argocdCapabilityRoleArn,
  argocdCapabilityRoleName,
  serviceSecretName,
} from '../../lib/config';
import { synthEnv } from '../helpers/synth';

const prod = synthEnv('prod');
const east = () => prod.template('Region-us-east-1');
const west = () => prod.template('Region-eu-west-1');
const healthcare = prod.config.services.find((s) => s.name === 'healthcare-service')!;

describe('service secrets and External Secrets access', () => {
  test('one retained, KMS-encrypted Secrets Manager secret per secret env var, named as the ExternalSecret reads it', () => {
    for (const t of [east(), west()]) {
      t.hasResource('AWS::SecretsManager::Secret', {
        Properties: {
          Name: serviceSecretName(prod.config, healthcare, 'DB_CONNECTION_STRING'),
          KmsKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^AppSecretsKey'), 'Arn'] },
        },
        DeletionPolicy: 'Retain',
      });
      // Other layers publish their own secrets (observability, Kafka, ML): count the services' only.
      const serviceSecrets = Object.values(t.findResources('AWS::SecretsManager::Secret'))
        .map((r: any) => r.Properties.Name)
        .filter((name) => prod.config.services.some((s) => name === serviceSecretName(prod.config, s, 'DB_CONNECTION_STRING')));
      expect(serviceSecrets).toHaveLength(1);
    }
  });

  test('the External Secrets controller gets a Pod Identity role that reads only this environment\'s secrets', () => {
    east().hasResourceProperties('AWS::EKS::PodIdentityAssociation', {
      Namespace: prod.config.gitops.operators.externalSecrets.namespace,
      ServiceAccount: EXTERNAL_SECRETS_SERVICE_ACCOUNT,
      RoleArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ExternalSecretsRole'), 'Arn'] },
    });
    const policy = Object.values(east().findResources('AWS::IAM::ManagedPolicy')).find((p: any) =>
      JSON.stringify(p.Properties.PolicyDocument).includes('secretsmanager:GetSecretValue'),
    ) as any;
    const [read, decrypt] = policy.Properties.PolicyDocument.Statement;
    expect(read.Action).toEqual(['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue']);
    expect(JSON.stringify(read.Resource)).toContain(':secretsmanager:us-east-1:111111111111:secret:automatedai/prod/*');
    expect(decrypt.Condition).toEqual({ StringEquals: { 'kms:ViaService': 'secretsmanager.us-east-1.amazonaws.com' } });
  });
});

describe('Argo CD (EKS managed capability) on the hub', () => {
  test('the hub stack runs the capability with Identity Center sign-in and a derived role name', () => {
    east().hasResourceProperties('AWS::EKS::Capability', {
      Type: 'ARGOCD',
      CapabilityName: 'automatedai-prod-argocd',
      DeletePropagationPolicy: 'RETAIN',
      Configuration: {
        ArgoCd: {
          Namespace: 'argocd',
          AwsIdc: { IdcInstanceArn: prod.config.gitops.identityCenter.instanceArn, IdcRegion: 'us-east-1' },
          RbacRoleMappings: [{ Role: 'ADMIN', Identities: [{ Id: prod.config.gitops.identityCenter.adminGroupId, Type: 'SSO_GROUP' }] }],
        },
      },
    });
    east().hasResourceProperties('AWS::IAM::Role', {
      RoleName: argocdCapabilityRoleName(prod.config),
      AssumeRolePolicyDocument: {
        Statement: [Match.objectLike({ Principal: { Service: 'capabilities.eks.amazonaws.com' }, Action: ['sts:AssumeRole', 'sts:TagSession'] })],
      },
    });
    west().resourceCountIs('AWS::EKS::Capability', 0);
  });

  test('every cluster, the hub included, grants the capability role cluster access by its derived ARN', () => {
    for (const t of [east(), west()]) {
      t.hasResourceProperties('AWS::EKS::AccessEntry', {
        PrincipalArn: argocdCapabilityRoleArn(prod.config),
        AccessPolicies: [Match.objectLike({ AccessScope: { Type: 'cluster' } })],
      });
    }
    expect(argocdCapabilityRoleArn(prod.config)).toBe('arn:aws:iam::111111111111:role/automatedai-prod-argocd-capability');
  });

  test('spoke stacks deploy after the hub stack', () => {
    const west = prod.assembly.getStackArtifact('Region-eu-west-1');
    expect(west.dependencies.map((d) => d.id)).toContain('Region-us-east-1');
    const eastArtifact = prod.assembly.getStackArtifact('Region-us-east-1');
    expect(eastArtifact.dependencies.map((d) => d.id)).not.toContain('Region-eu-west-1');
  });
});
