import * as fs from 'fs';
import * as path from 'path';
import { Testing } from 'cdk8s';
import { Match } from 'aws-cdk-lib/assertions';
import * as YAML from 'yaml';
import {
  EdgeParameter,
  LOAD_BALANCER_CONTROLLER_SERVICE_ACCOUNT,
  edgeParameterName,
  edgeParameterPath,
  ingressCertificateSecretName,
  edgeWiringRoleArn,
  ingressCertificateNames,
  ingressTargetGroupName,
  parseConfig,
} from '../../lib/config';
import { EXPORTED_CERTIFICATE_KEYS, IngressBindingChart } from '../../lib/edge/ingress-binding-chart';
import { INGRESS_PORTS } from '../../lib/config/mesh-names';
import { EDGE_CERTIFICATE_TAG } from '../../lib/edge/ingress';
import { ROOT, synthConfig, synthEnv } from '../helpers/synth';

const prod = synthEnv('prod');
const dev = synthEnv('dev');
const east = () => prod.template('Region-us-east-1');
const west = () => prod.template('Region-eu-west-1');

/**
 * Prod with eu-west-1 in its own account (the seed's original layout): the cross-account wiring
 * the shipped one-account prod does not exercise. No topic replicates (MSK Replicator cannot
 * cross accounts). Synthesized on first use, with the nag gate.
 */
const twoAccounts = (() => {
  let synthesized: ReturnType<typeof synthConfig> | undefined;
  return () => {
    if (!synthesized) {
      const data = YAML.parse(fs.readFileSync(path.join(ROOT, 'config', 'prod.yaml'), 'utf8'));
      data.regions[1].account = '222222222222';
      for (const t of data.kafka.topics) delete t.replicate;
      synthesized = synthConfig(parseConfig(data, 'prod.yaml (two accounts)'), 'prod-two-accounts', { cfnValidation: false });
    }
    return synthesized;
  };
})();
const otherAccountWest = () => twoAccounts().template('Region-eu-west-1');
const resources = (t: ReturnType<typeof east>, type: string) => Object.values(t.findResources(type)) as any[];
const logicalId = (t: ReturnType<typeof east>, type: string, pred: (props: any) => boolean) =>
  Object.entries(t.findResources(type)).find(([, r]: [string, any]) => pred(r.Properties))![0];

describe('internal Network Load Balancer', () => {
  test('GIVEN prod WHEN synthesized THEN every region has exactly one NLB, internal, in the private subnets, with a security group', () => {
    for (const t of [east(), west()]) {
      const lbs = resources(t, 'AWS::ElasticLoadBalancingV2::LoadBalancer');
      expect(lbs).toHaveLength(1);
      expect(lbs[0].Properties).toMatchObject({ Type: 'network', Scheme: 'internal', Name: 'automatedai-prod-edge' });
      expect(lbs[0].Properties.SecurityGroups).toHaveLength(1);
      expect(lbs[0].Properties.Subnets.map((s: any) => s.Ref)).toEqual([
        expect.stringMatching(/privateSubnet1/),
        expect.stringMatching(/privateSubnet2/),
        expect.stringMatching(/privateSubnet3/),
      ]);
    }
  });

  test('GIVEN any shipped environment WHEN synthesized THEN no load balancer is internet-facing', () => {
    for (const [env, ids] of [[prod, ['Region-us-east-1', 'Region-eu-west-1']], [dev, ['Region-us-east-1']]] as const) {
      for (const id of ids) {
        for (const lb of resources(env.template(id), 'AWS::ElasticLoadBalancingV2::LoadBalancer')) expect(lb.Properties.Scheme).toBe('internal');
      }
    }
  });

  test('GIVEN prod WHEN synthesized THEN cross-zone is off, deletion protection on, access logs go to the encrypted bucket', () => {
    const [lb] = resources(east(), 'AWS::ElasticLoadBalancingV2::LoadBalancer');
    expect(lb.Properties.LoadBalancerAttributes).toEqual(expect.arrayContaining([
      { Key: 'load_balancing.cross_zone.enabled', Value: 'false' },
      { Key: 'deletion_protection.enabled', Value: 'true' },
      { Key: 'access_logs.s3.enabled', Value: 'true' },
      { Key: 'access_logs.s3.bucket', Value: { Ref: expect.stringMatching(/^IngressAccessLogsBucket/) } },
    ]));
  });

  test('GIVEN dev WHEN synthesized THEN deletion protection is off (acknowledged for non-production)', () => {
    const [lb] = resources(dev.template('Region-us-east-1'), 'AWS::ElasticLoadBalancingV2::LoadBalancer');
    expect(lb.Properties.LoadBalancerAttributes).toContainEqual({ Key: 'deletion_protection.enabled', Value: 'false' });
  });

  test('GIVEN prod WHEN synthesized THEN listeners are TCP 80 and TCP 443 (TLS passes through to the gateway)', () => {
    const listeners = resources(east(), 'AWS::ElasticLoadBalancingV2::Listener').map((l) => [l.Properties.Port, l.Properties.Protocol]);
    expect(listeners.sort()).toEqual([[443, 'TCP'], [80, 'TCP']]);
    for (const l of resources(east(), 'AWS::ElasticLoadBalancingV2::Listener')) expect(l.Properties.Certificates).toBeUndefined();
  });

  test('GIVEN prod WHEN synthesized THEN listener 80 forwards to the http group on 8080 and 443 to the https group on 8443', () => {
    const t = east();
    for (const [port, name, targetPort] of [[80, 'http', 8080], [443, 'https', 8443]] as const) {
      const tg = logicalId(t, 'AWS::ElasticLoadBalancingV2::TargetGroup', (p) => p.Name === ingressTargetGroupName(prod.config, name));
      t.hasResourceProperties('AWS::ElasticLoadBalancingV2::Listener', {
        Port: port,
        DefaultActions: [{ Type: 'forward', TargetGroupArn: { Ref: tg } }],
      });
      t.hasResourceProperties('AWS::ElasticLoadBalancingV2::TargetGroup', { Name: ingressTargetGroupName(prod.config, name), Port: targetPort });
    }
  });

  test('GIVEN prod WHEN synthesized THEN target groups are IP, TCP, preserve client IPs and check the gateway readiness from config', () => {
    const groups = resources(east(), 'AWS::ElasticLoadBalancingV2::TargetGroup');
    expect(groups).toHaveLength(2);
    for (const g of groups) {
      expect(g.Properties).toMatchObject({
        TargetType: 'ip',
        Protocol: 'TCP',
        HealthCheckProtocol: 'HTTP',
        HealthCheckPort: '15021',
        HealthCheckPath: '/healthz/ready',
        HealthCheckIntervalSeconds: 30,
        HealthyThresholdCount: 3,
        UnhealthyThresholdCount: 3,
        TargetGroupAttributes: [{ Key: 'preserve_client_ip.enabled', Value: 'true' }],
      });
    }
  });
});

describe('security groups', () => {
  test('GIVEN prod WHEN synthesized THEN the NLB admits clients on 80/443 only and sends only to the cluster security group on the gateway ports', () => {
    const t = east();
    const sg = logicalId(t, 'AWS::EC2::SecurityGroup', (p) => /^Ingress NLB/.test(p.GroupDescription));
    const props = t.toJSON().Resources[sg].Properties;
    expect(props.SecurityGroupIngress.map((r: any) => [r.CidrIp, r.FromPort, r.ToPort])).toEqual([
      ['0.0.0.0/0', 80, 80],
      ['0.0.0.0/0', 443, 443],
    ]);
    const egress = resources(t, 'AWS::EC2::SecurityGroupEgress').filter((r) => r.Properties.GroupId['Fn::GetAtt']?.[0] === sg);
    expect(egress.map((r) => r.Properties.FromPort).sort()).toEqual([15021, 8080, 8443]);
    for (const r of egress) expect(r.Properties.DestinationSecurityGroupId).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^EksCluster/), 'ClusterSecurityGroupId'] });
  });

  test('GIVEN prod WHEN synthesized THEN the cluster security group admits the NLB security group on 8080, 8443 and 15021 (IP targets)', () => {
    const t = east();
    const sg = logicalId(t, 'AWS::EC2::SecurityGroup', (p) => /^Ingress NLB/.test(p.GroupDescription));
    const rules = resources(t, 'AWS::EC2::SecurityGroupIngress').filter((r) => r.Properties.SourceSecurityGroupId?.['Fn::GetAtt']?.[0] === sg);
    expect(rules.map((r) => r.Properties.FromPort).sort()).toEqual([INGRESS_PORTS.status, INGRESS_PORTS.http, INGRESS_PORTS.https].sort());
    for (const r of rules) {
      expect(r.Properties.GroupId).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^EksCluster/), 'ClusterSecurityGroupId'] });
      expect(r.Properties.ToPort).toBe(r.Properties.FromPort);
    }
  });
});

describe('access-log bucket', () => {
  test('GIVEN prod WHEN synthesized THEN it is KMS-encrypted with the log key, TLS-only, private, versioned, expiring, retained', () => {
    east().hasResource('AWS::S3::Bucket', {
      Properties: Match.objectLike({
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [
            Match.objectLike({ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: { 'Fn::GetAtt': [Match.stringLikeRegexp('^LogKey'), 'Arn'] } } }),
          ],
        },
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
        VersioningConfiguration: { Status: 'Enabled' },
        LifecycleConfiguration: { Rules: [Match.objectLike({ ExpirationInDays: 365, Status: 'Enabled' })] },
      }),
      DeletionPolicy: 'Retain',
    });
    const policy = JSON.stringify(resources(east(), 'AWS::S3::BucketPolicy')[0].Properties.PolicyDocument);
    expect(policy).toContain('"aws:SecureTransport":"false"');
    expect(policy).toContain('delivery.logs.amazonaws.com');
  });
});

describe('region health for Route 53', () => {
  test('GIVEN prod WHEN synthesized THEN an alarm fires when the https target group has no healthy host for 3 minutes', () => {
    east().hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: 'automatedai-prod-us-east-1-ingress-unhealthy',
      Namespace: 'AWS/NetworkELB',
      MetricName: 'HealthyHostCount',
      Statistic: 'Minimum',
      Period: 60,
      EvaluationPeriods: 3,
      Threshold: 1,
      ComparisonOperator: 'LessThanThreshold',
      TreatMissingData: 'breaching',
      Dimensions: Match.arrayWith([{ Name: 'TargetGroup', Value: { 'Fn::GetAtt': [Match.stringLikeRegexp('^IngressTargetGrouphttps'), 'TargetGroupFullName'] } }]),
    });
  });

  test('GIVEN prod WHEN synthesized THEN a CloudWatch-metric Route 53 health check follows that alarm in its region', () => {
    west().hasResourceProperties('AWS::Route53::HealthCheck', {
      HealthCheckConfig: {
        Type: 'CLOUDWATCH_METRIC',
        AlarmIdentifier: { Name: { Ref: Match.stringLikeRegexp('^IngressHealthAlarm') }, Region: 'eu-west-1' },
        InsufficientDataHealthStatus: 'LastKnownStatus',
      },
    });
  });
});

describe('certificate', () => {
  test('GIVEN prod WHEN synthesized THEN each region requests a DNS-validated certificate for the apex, api and api-latency names', () => {
    for (const t of [east(), west()]) {
      const [cert] = resources(t, 'Custom::IngressCertificate');
      const create = JSON.parse(cert.Properties.Create);
      expect(create).toMatchObject({
        service: 'ACM',
        action: 'requestCertificate',
        parameters: {
          DomainName: 'automatedai.example.com',
          SubjectAlternativeNames: ['api.automatedai.example.com', 'api-latency.automatedai.example.com'],
          ValidationMethod: 'DNS',
          Tags: [{ Key: EDGE_CERTIFICATE_TAG, Value: 'automatedai-prod' }],
        },
      });
      expect(JSON.parse(cert.Properties.Delete)).toMatchObject({ service: 'ACM', action: 'deleteCertificate' });
    }
  });

  test('GIVEN prod WHEN synthesized THEN the certificate is exportable: the gateway, not the NLB, terminates TLS', () => {
    const [cert] = resources(east(), 'Custom::IngressCertificate');
    expect(JSON.parse(cert.Properties.Create).parameters.Options).toEqual({ Export: 'ENABLED' });
  });

  test('GIVEN prod WHEN synthesized THEN an export function keeps certificate and key in the derived, KMS-encrypted, retained secret', () => {
    for (const t of [east(), west()]) {
      t.hasResource('AWS::SecretsManager::Secret', {
        Properties: Match.objectLike({ Name: ingressCertificateSecretName(prod.config), KmsKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^AppSecretsKey'), 'Arn'] } }),
        DeletionPolicy: 'Retain',
      });
      const fn = resources(t, 'AWS::Lambda::Function').find((f) => f.Properties.Description?.startsWith('Exports each new serial'));
      expect(fn.Properties).toMatchObject({ Runtime: 'nodejs24.x', ReservedConcurrentExecutions: 1 });
      expect(fn.Properties.Environment.Variables.CERTIFICATE_ARN).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^IngressCertificateRequest/), 'CertificateArn'] });
      // it writes the JSON keys the gateway's ExternalSecret reads
      for (const key of Object.values(EXPORTED_CERTIFICATE_KEYS)) expect(fn.Properties.Code.ZipFile).toMatch(new RegExp(`JSON.stringify\\(\\{[^}]*\\b${key}\\b`));
      const rules = resources(t, 'AWS::Events::Rule').map((r) => r.Properties);
      expect(rules.map((r) => r.ScheduleExpression ?? r.EventPattern['detail-type'][0]).sort()).toEqual(['ACM Certificate Available', 'rate(1 hour)']);
    }
  });

  test('GIVEN prod WHEN synthesized THEN the export function may export only this certificate and write only its secret', () => {
    const policy = resources(east(), 'AWS::IAM::ManagedPolicy').find((p) => JSON.stringify(p.Properties.PolicyDocument).includes('acm:ExportCertificate'));
    const [acm, secret, key] = policy.Properties.PolicyDocument.Statement;
    expect(acm).toMatchObject({ Action: ['acm:DescribeCertificate', 'acm:ExportCertificate'], Resource: { 'Fn::GetAtt': [expect.stringMatching(/^IngressCertificateRequest/), 'CertificateArn'] } });
    expect(secret).toMatchObject({ Action: ['secretsmanager:GetSecretValue', 'secretsmanager:PutSecretValue'], Resource: { Ref: expect.stringMatching(/^IngressCertificateExportSecret/) } });
    expect(key.Condition).toEqual({ StringEquals: { 'kms:ViaService': 'secretsmanager.us-east-1.amazonaws.com' } });
  });

  test('GIVEN prod WHEN synthesized THEN the request role may only ask for the platform\'s names', () => {
    const policy = resources(east(), 'AWS::IAM::ManagedPolicy').find((p) => JSON.stringify(p.Properties.PolicyDocument).includes('acm:RequestCertificate'));
    expect(policy.Properties.PolicyDocument.Statement[0]).toEqual({
      Action: 'acm:RequestCertificate',
      Effect: 'Allow',
      Resource: '*',
      Condition: { 'ForAllValues:StringEquals': { 'acm:DomainNames': ingressCertificateNames(prod.config) } },
    });
  });
});

describe('published for the global stack', () => {
  test('GIVEN prod WHEN synthesized THEN each value the global stack reads is an SSM parameter under its derived name', () => {
    const expected: EdgeParameter[] = ['load-balancer-arn', 'load-balancer-dns-name', 'load-balancer-zone-id', 'health-check-id', 'certificate-arn'];
    const edgePaths = prod.config.regions.map((r) => edgeParameterPath(prod.config, r));
    const names = (t: ReturnType<typeof east>) =>
      resources(t, 'AWS::SSM::Parameter').map((p) => p.Properties.Name).filter((n) => typeof n === 'string' && edgePaths.some((path) => n.startsWith(path))).sort();
    // Both regions are in the hub's account: no cross-account attachment to publish.
    expect(names(east())).toEqual(expected.map((k) => edgeParameterName(prod.config, prod.config.regions[0], k)).sort());
    expect(names(west())).toEqual(expected.map((k) => edgeParameterName(prod.config, prod.config.regions[1], k)).sort());
  });

  test('GIVEN prod (one account) WHEN synthesized THEN no region needs a cross-account attachment', () => {
    east().resourceCountIs('AWS::GlobalAccelerator::CrossAccountAttachment', 0);
    west().resourceCountIs('AWS::GlobalAccelerator::CrossAccountAttachment', 0);
  });

  test('GIVEN a region outside the hub account WHEN synthesized THEN a cross-account attachment lets the hub account add its NLB, published for the global stack', () => {
    const t = otherAccountWest();
    t.hasResourceProperties('AWS::GlobalAccelerator::CrossAccountAttachment', {
      Principals: ['111111111111'],
      Resources: [{ EndpointId: { Ref: Match.stringLikeRegexp('^IngressLoadBalancer') }, Region: 'eu-west-1' }],
    });
    t.hasResourceProperties('AWS::SSM::Parameter', { Name: edgeParameterName(prod.config, prod.config.regions[1], 'accelerator-attachment-arn') });
    twoAccounts().template('Region-us-east-1').resourceCountIs('AWS::GlobalAccelerator::CrossAccountAttachment', 0);
  });

  test.each([
    ['prod (one account)', () => west(), '111111111111'],
    ['a region outside the hub account', () => otherAccountWest(), '222222222222'],
  ])('GIVEN %s WHEN synthesized THEN the link role trusts only the global stack\'s derived role (hub account) and reads only this region\'s parameters', (_name, template, account) => {
    const t = template();
    t.hasResourceProperties('AWS::IAM::Role', {
      RoleName: 'automatedai-prod-eu-west-1-edge-link',
      AssumeRolePolicyDocument: {
        Statement: [
          Match.objectLike({
            Action: 'sts:AssumeRole',
            Principal: { AWS: 'arn:aws:iam::111111111111:root' },
            Condition: { ArnEquals: { 'aws:PrincipalArn': edgeWiringRoleArn(prod.config) } },
          }),
        ],
      },
    });
    const policy = resources(t, 'AWS::IAM::ManagedPolicy').find((p) => JSON.stringify(p.Properties.PolicyDocument).includes('ssm:GetParameter'));
    expect(JSON.stringify(policy.Properties.PolicyDocument.Statement[0].Resource)).toContain(`:ssm:eu-west-1:${account}:parameter/automatedai/prod/edge/eu-west-1/*`);
    expect(policy.Properties.PolicyDocument.Statement[1]).toMatchObject({
      Action: 'acm:DescribeCertificate',
      Resource: { 'Fn::GetAtt': [expect.stringMatching(/^IngressCertificateRequest/), 'CertificateArn'] },
    });
  });
});

describe('AWS Load Balancer Controller', () => {
  test('GIVEN prod WHEN synthesized THEN its derived service account gets a Pod Identity role', () => {
    east().hasResourceProperties('AWS::EKS::PodIdentityAssociation', {
      Namespace: prod.config.gitops.operators.awsLoadBalancerController.namespace,
      ServiceAccount: LOAD_BALANCER_CONTROLLER_SERVICE_ACCOUNT,
      RoleArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^LoadBalancerControllerRole'), 'Arn'] },
    });
  });

  test('GIVEN prod WHEN synthesized THEN it may register and deregister targets of the two platform target groups only, and change nothing else', () => {
    const policy = resources(east(), 'AWS::IAM::ManagedPolicy').find((p) => JSON.stringify(p.Properties.PolicyDocument).includes('RegisterTargets'));
    const [describe, register] = policy.Properties.PolicyDocument.Statement;
    expect(describe.Resource).toBe('*');
    for (const action of describe.Action) expect(action).toMatch(/:Describe/);
    expect(register.Action).toEqual(['elasticloadbalancing:DeregisterTargets', 'elasticloadbalancing:RegisterTargets']);
    expect(register.Resource).toEqual([{ Ref: expect.stringMatching(/^IngressTargetGrouphttp[A-Z0-9]/) }, { Ref: expect.stringMatching(/^IngressTargetGrouphttps/) }]);
    expect(JSON.stringify(policy.Properties.PolicyDocument)).not.toMatch(/Authorize|Revoke|Create|Delete|Modify/);
  });
});

describe('the binding matches the target group', () => {
  test.each([['Region-us-east-1', 0], ['Region-eu-west-1', 1]] as const)(
    'GIVEN prod %s WHEN the binding chart renders THEN each TargetGroupBinding names a target group of that stack, on its listener\'s port',
    (stackId, i) => {
      const chart = new IngressBindingChart(Testing.app(), 'ingress-binding', { config: prod.config, region: prod.config.regions[i] });
      const bindings = Testing.synth(chart).filter((m) => m.kind === 'TargetGroupBinding');
      const groups = resources(prod.template(stackId), 'AWS::ElasticLoadBalancingV2::TargetGroup').map((g) => [g.Properties.Name, g.Properties.Port]);
      expect(bindings.map((b) => [b.spec.targetGroupName, b.spec.serviceRef.port]).sort()).toEqual(groups.sort());
    },
  );
});
