import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import {
  ConfigError,
  DEFAULT_EKS_VERSION,
  configJsonSchemaText,
  listEnvironments,
  parseConfig,
  parseConfigYaml,
} from '../../lib/config';
import { ROOT } from '../helpers/synth';
import { problemsOf } from './problems';

const CONFIG_DIR = path.join(ROOT, 'config');

/** The shipped prod config as a plain object, to mutate per case. */
function prodData(): any {
  return YAML.parse(fs.readFileSync(path.join(CONFIG_DIR, 'prod.yaml'), 'utf8'));
}


describe('shipped environments', () => {
  test.each(listEnvironments(CONFIG_DIR))('%s.yaml is valid', (env) => {
    const text = fs.readFileSync(path.join(CONFIG_DIR, `${env}.yaml`), 'utf8');
    expect(() => parseConfigYaml(text, env)).not.toThrow();
  });

  test('prod is the seed layout: two regions, three named AZs each, one hub', () => {
    const config = parseConfig(prodData());
    expect(config.regions.map((r) => [r.name, r.cidr, r.availabilityZones])).toEqual([
      ['us-east-1', '10.0.0.0/16', ['us-east-1a', 'us-east-1b', 'us-east-1c']],
      ['eu-west-1', '10.1.0.0/16', ['eu-west-1a', 'eu-west-1b', 'eu-west-1c']],
    ]);
    expect(config.hubRegion.name).toBe('us-east-1');
    expect(config.production).toBe(true);
    expect(config.eks.nodeGroups.map((g) => [g.name, g.instanceTypes, g.minSize, g.desiredSize, g.maxSize])).toEqual([
      // The seed said 3 application nodes; the capacity model needs 5 with the ML lifecycle (docs/capacity.md).
      ['application', ['m5.large'], 6, 6, 12],
      ['data', ['r5.large'], 2, 2, 5],
    ]);
  });

  test('dev is one small region with one NAT gateway', () => {
    const config = parseConfigYaml(fs.readFileSync(path.join(CONFIG_DIR, 'dev.yaml'), 'utf8'));
    expect(config.regions).toHaveLength(1);
    expect(config.regions[0].natGateways).toBe(1);
    expect(config.production).toBe(false);
  });
});

describe('defaults', () => {
  test('are filled once: NAT per AZ, node groups from eks, private endpoint, newest EKS, 365-day logs', () => {
    // GIVEN a config that leaves every optional field out
    const data = prodData();
    delete data.eks.version;
    delete data.eks.endpoint;
    delete data.logging;
    delete data.production;
    data.regions.forEach((r: any) => delete r.natGateways);
    delete data.eks.nodeGroups[0].diskSizeGiB;
    // WHEN
    const config = parseConfig(data);
    // THEN
    expect(config.regions.map((r) => r.natGateways)).toEqual([3, 3]);
    expect(config.regions[1].nodeGroups).toBe(config.eks.nodeGroups);
    expect(config.eks.endpoint).toEqual({ mode: 'private', publicCidrs: [] });
    expect(config.eks.version).toBe(DEFAULT_EKS_VERSION);
    expect(config.logging.retentionDays).toBe(365);
    expect(config.production).toBe(false);
    expect(config.eks.nodeGroups[0]).toMatchObject({ diskSizeGiB: 50, capacityType: 'ON_DEMAND' });
  });

  test('a value the user set is never overridden', () => {
    const data = prodData();
    data.regions[1].natGateways = 1;
    data.regions[1].nodeGroups = [{ name: 'small', instanceTypes: ['t3.large'], minSize: 1, desiredSize: 1, maxSize: 2 }];
    const config = parseConfig(data);
    expect(config.regions[1].natGateways).toBe(1);
    expect(config.regions[1].nodeGroups.map((g) => g.name)).toEqual(['small']);
    expect(config.regions[0].nodeGroups.map((g) => g.name)).toEqual(['application', 'data']);
  });
});

describe('malformed configs are rejected with the field path', () => {
  const cases: Array<[string, (d: any) => void, RegExp]> = [
    ['account id not 12 digits', (d) => (d.regions[0].account = '12345'), /^regions\[0\]\.account: must be a 12-digit AWS account id/],
    ['account id as a YAML number', (d) => (d.regions[0].account = 111111111111), /^regions\[0\]\.account: .*expected string/],
    ['unknown region', (d) => (d.regions[1].name = 'eu-west-9'), /^regions\[1\]\.name: Invalid option: expected one of .*"eu-west-1"/],
    ['AZ of another region', (d) => (d.regions[1].availabilityZones[2] = 'us-east-1c'), /^regions\[1\]\.availabilityZones\[2\]: 'us-east-1c' is not an availability zone of eu-west-1 \(allowed: eu-west-1a, eu-west-1b, eu-west-1c\)/],
    ['AZ listed twice', (d) => (d.regions[0].availabilityZones[1] = 'us-east-1a'), /^regions\[0\]\.availabilityZones\[1\]: 'us-east-1a' is listed twice/],
    ['invalid CIDR', (d) => (d.regions[0].cidr = '10.0.0.300/16'), /^regions\[0\]\.cidr: '10\.0\.0\.300\/16' is not an IPv4 CIDR block/],
    ['CIDR with host bits', (d) => (d.regions[0].cidr = '10.0.1.0/16'), /^regions\[0\]\.cidr: '10\.0\.1\.0\/16' has host bits set; the network is 10\.0\.0\.0\/16/],
    ['CIDR too small', (d) => (d.regions[0].cidr = '10.0.0.0/20'), /^regions\[0\]\.cidr: must be a \/16 or larger block/],
    ['overlapping CIDRs', (d) => (d.regions[1].cidr = '10.0.0.0/16'), /^regions\[1\]\.cidr: 10\.0\.0\.0\/16 overlaps regions\[0\]\.cidr \(10\.0\.0\.0\/16\)/],
    ['min > desired', (d) => (d.eks.nodeGroups[0].minSize = 7), /^eks\.nodeGroups\[0\]: sizes must satisfy minSize <= desiredSize <= maxSize, got 7 \/ 6 \/ 12/],
    ['desired > max', (d) => (d.eks.nodeGroups[1].desiredSize = 6), /^eks\.nodeGroups\[1\]: sizes must satisfy minSize <= desiredSize <= maxSize, got 2 \/ 6 \/ 5/],
    ['instance type the capacity model cannot size', (d) => (d.eks.nodeGroups[0].instanceTypes = ['m5.large', 'x9.huge']), /^eks\.nodeGroups\[0\]\.instanceTypes\[1\]: 'x9\.huge' has no recorded capacity \(allowed: c5\.large, .*t3\.2xlarge; add one in lib\/config\/instance-types\.ts\)/],
    ['duplicate node group names', (d) => (d.eks.nodeGroups[1].name = 'application'), /^eks\.nodeGroups\[1\]\.name: 'application' is already eks\.nodeGroups\[0\]\.name/],
    ['duplicate region', (d) => ((d.regions[1].name = 'us-east-1'), (d.regions[1].availabilityZones = ['us-east-1a', 'us-east-1b'])), /^regions\[1\]\.name: 'us-east-1' is already regions\[0\]\.name/],
    ['unknown top-level key', (d) => (d.regoins = []), /^\(root\): unknown key 'regoins' \(allowed: project, environment, owner, production, logging, eks, regions, mesh, gitops, edge, kafka, streams, atlas, ml, observability, delivery, services, compliance\)/],
    ['unknown nested key', (d) => (d.regions[0].natGateway = 1), /^regions\[0\]: unknown key 'natGateway' \(allowed: name, account, hub, cidr, availabilityZones, natGateways, nodeGroups, trafficDialPercent\)/],
    ['no hub region', (d) => (d.regions[0].hub = false), /^regions: exactly one region must have 'hub: true'.*found 0/],
    ['two hub regions', (d) => (d.regions[1].hub = true), /^regions: exactly one region must have 'hub: true'.*found 2/],
    ['public endpoint open to the world', (d) => (d.eks.endpoint = { mode: 'public-and-private', publicCidrs: ['0.0.0.0/0'] }), /^eks\.endpoint\.publicCidrs\[0\]: 0\.0\.0\.0\/0 opens the API server to the whole internet/],
    ['public endpoint without CIDRs', (d) => (d.eks.endpoint = { mode: 'public-and-private' }), /^eks\.endpoint\.publicCidrs: required when mode is 'public-and-private'/],
    ['unsupported EKS version', (d) => (d.eks.version = '1.29'), /^eks\.version: Invalid option: expected one of "1\.33"\|"1\.34"\|"1\.35"/],
    ['bad log retention', (d) => (d.logging.retentionDays = 42), /^logging\.retentionDays: must be one of 1, 3, 5/],
    ['admin principal not an IAM ARN', (d) => (d.eks.adminPrincipalArn = 'admin'), /^eks\.adminPrincipalArn: must be an IAM role or user ARN/],
    ['missing required field', (d) => delete d.owner, /^owner: required \(expected string\)/],
    ['service weights not summing to 100', (d) => (d.services[0].versions[1].weight = 20), /^services\[0\]\.versions: weights must sum to 100, got 90 \+ 20 = 110/],
    ['a caller that is not a service', (d) => d.services[0].callers.push('billing'), /^services\[0\]\.callers\[2\]: 'billing' is not a service \(allowed: ingress, iot-service\)/],
    ['duplicate service names', (d) => (d.services[1].name = 'healthcare-service'), /^services\[1\]\.name: 'healthcare-service' is already services\[0\]\.name/],
    ['an image without a tag', (d) => (d.services[0].versions[0].image = 'automatedai/healthcare-service'), /^services\[0\]\.versions\[0\]\.image: must name a tag or digest/],
    ['an image tagged latest', (d) => (d.services[0].versions[0].image = 'automatedai/healthcare-service:latest'), /^services\[0\]\.versions\[0\]\.image: must not use the 'latest' tag/],
    ['memory limit below request', (d) => (d.services[0].resources.limits.memory = '64Mi'), /^services\[0\]\.resources\.limits\.memory: 64Mi is below the request \(128Mi\)/],
    ['cpu limit below request', (d) => (d.services[0].resources.limits.cpu = '50m'), /^services\[0\]\.resources\.limits\.cpu: 50m is below the request \(100m\)/],
    ['replicas not above the PDB minimum', (d) => (d.services[0].regionReplicas['eu-west-1'] = 2), /^services\[0\]\.regionReplicas\.eu-west-1: 2 replicas cannot keep minAvailable \(2\)/],
    ['a replica override for an unknown region', (d) => (d.services[0].regionReplicas['ap-south-1'] = 4), /^services\[0\]\.regionReplicas\.ap-south-1: 'ap-south-1' is not a configured region/],
    ['an ingress route without the ingress caller', (d) => (d.services[1].callers = []), /^services\[1\]\.ingressPathPrefix: routes traffic from the ingress gateway/],
    ['an operator chart without an exact version', (d) => (d.gitops.operators.istiod.version = '1.30.x'), /^gitops\.operators\.istiod\.version: must be an exact version/],
    ['a missing operator', (d) => delete d.gitops.operators.kserve, /^gitops\.operators\.kserve: required \(expected object\)/],
    ['a domain name with bad syntax', (d) => (d.edge.domainName = 'Not_A.Domain'), /^edge\.domainName: must be a lower-case DNS name/],
    ['a traffic dial above 100', (d) => (d.regions[0].trafficDialPercent = 101), /^regions\[0\]\.trafficDialPercent: Too big: expected number to be <=100/],
    ['every traffic dial at 0', (d) => d.regions.forEach((r: any) => (r.trafficDialPercent = 0)), /^regions: at least one region needs trafficDialPercent above 0/],
    ['a health-check path without a leading slash', (d) => (d.edge.healthCheck.path = 'healthz'), /^edge\.healthCheck\.path: must start with '\/'/],
    ['a health-check threshold of 1 (NLB allows 2-10)', (d) => (d.edge.healthCheck.thresholdCount = 1), /^edge\.healthCheck\.thresholdCount: must be between 2 and 10 \(the NLB target groups' healthy\/unhealthy threshold range\)$/],
    ['a health-check threshold of 11', (d) => (d.edge.healthCheck.thresholdCount = 11), /^edge\.healthCheck\.thresholdCount: must be between 2 and 10/],
    ['a fractional health-check threshold', (d) => (d.edge.healthCheck.thresholdCount = 2.5), /^edge\.healthCheck\.thresholdCount: .*expected int/],
    ['a target-group name over 32 characters', (d) => ((d.project = 'averyveryverylongname'), (d.environment = 'production')), /^project: derived target-group name 'averyveryverylongname-production-https' is 38 characters; AWS allows 32/],
    ['NAT gateways above the AZ count', (d) => (d.regions[0].natGateways = 4), /^regions\[0\]\.natGateways: must be at most the number of availability zones \(3\), got 4/],
    ['a wave that deploys a spoke before its hub', (d) => (d.delivery.regionWaves = [['eu-west-1'], ['us-east-1']]), /^delivery\.regionWaves\[0\]: the first wave must contain the hub region 'us-east-1' .*found it in wave 1/],
    ['a wave naming an unknown region', (d) => (d.delivery.regionWaves = [['us-east-1'], ['eu-west-2']]), /^delivery\.regionWaves\[1\]\[0\]: 'eu-west-2' is not a region of this environment \(allowed: us-east-1, eu-west-1\)/],
    ['a region in two waves', (d) => (d.delivery.regionWaves = [['us-east-1', 'eu-west-1'], ['eu-west-1']]), /^delivery\.regionWaves\[1\]\[0\]: 'eu-west-1' is already in delivery\.regionWaves\[0\]/],
    ['a region in no wave', (d) => (d.delivery.regionWaves = [['us-east-1']]), /^delivery\.regionWaves: region 'eu-west-1' is in no wave/],
    ['a pipeline that does not deploy its own environment', (d) => (d.delivery.pipeline.environments = ['dev']), /^delivery\.pipeline\.environments: must include this environment \('prod'\)/],
    ['a pipeline source that is not a CodeConnections ARN', (d) => (d.delivery.pipeline.connectionArn = 'arn:aws:iam::111111111111:role/x'), /^delivery\.pipeline\.connectionArn: must be an AWS CodeConnections connection ARN/],
    ['a revision Argo CD cannot track', (d) => (d.gitops.targetRevision = 'release/../main'), /^gitops\.targetRevision: must be a git branch name Argo CD can track/],
    ['an unknown promotion mode', (d) => (d.gitops.promotion = 'manual'), /^gitops\.promotion: Invalid option: expected one of "none"\|"pipeline"/],
  ];

  test.each(cases)('%s', (_name, mutate, expected) => {
    const data = prodData();
    mutate(data);
    const problems = problemsOf(data);
    expect(problems.some((p) => expected.test(p))).toBe(true);
  });

  test('every problem is reported at once, one line each', () => {
    const data = prodData();
    data.regions[0].account = 'x';
    data.regions[1].account = 'y';
    data.surprise = true;
    expect(problemsOf(data)).toHaveLength(3);
  });

  test.each([
    ['an empty file', '', /^\(root\): the file is empty/],
    ['a file that is not YAML', 'project: [unclosed\n', /^\(yaml\) line \d+:/],
    ['a YAML scalar', 'just some text\n', /^\(root\): Invalid input: expected object, received string/],
    ['duplicate keys', 'project: a\nproject: b\n', /^\(yaml\) line 2: Map keys must be unique/],
  ])('%s', (_name, text, expected) => {
    try {
      parseConfigYaml(text, 'bad.yaml');
      throw new Error('accepted');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).problems[0]).toMatch(expected);
      expect((e as ConfigError).message.split('\n')[0]).toBe('bad.yaml: invalid platform config');
    }
  });
});

describe('config/schema.json', () => {
  test('is the one generated from the zod schema (run `npm run config:schema` if this fails)', () => {
    const committed = fs.readFileSync(path.join(CONFIG_DIR, 'schema.json'), 'utf8');
    expect(committed).toBe(configJsonSchemaText());
  });

  test('rejects unknown keys and knows the region names', () => {
    const schema = JSON.parse(configJsonSchemaText());
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.regions.items.properties.name.enum).toContain('eu-west-1');
  });
});
