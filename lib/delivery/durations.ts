/**
 * How long CloudFormation takes per resource type: the assumptions of the deploy plan
 * (docs/deploying.md shows the plan; `npm run plan` prints these beside it).
 *
 * Minutes, for a create and for an in-place update. `basis` says where the figure comes from:
 * - `documented`: the provider's documentation states it (cited);
 * - `reported`: measured and published by a third party (cited);
 * - `assumption`: our estimate, with the reason. Correct it from a real deploy's stack events
 *   (`aws cloudformation describe-stack-events`) and the plan follows.
 *
 * The update column is for the update scenario the plan models: a change that reaches every
 * stack of every region (IAM policies, Lambda code, SSM parameters, custom resources, alarms,
 * config of the managed services), not a replacement of clusters or databases. A type with
 * `update: 0` is not modified by that scenario.
 */
export interface DurationEntry {
  readonly create: number;
  readonly update: number;
  readonly basis: 'documented' | 'reported' | 'assumption';
  /** The citation or the reason. */
  readonly source: string;
}

/** Fixed cost of each stack deploy: change set creation and execution, asset publishing. */
export const STACK_OVERHEAD_MINUTES: DurationEntry = {
  create: 1,
  update: 1,
  basis: 'assumption',
  source: 'change set creation + execution start + template/asset publishing, as CDK Pipelines runs them (Prepare and Deploy actions)',
};

/** Any resource type not in {@link RESOURCE_DURATIONS}: IAM, KMS, S3, SSM, SNS, log groups, routes … */
export const DEFAULT_DURATION: DurationEntry = {
  create: 0.5,
  update: 0.25,
  basis: 'assumption',
  source: 'control-plane resources that CloudFormation creates with one API call and stabilizes in seconds',
};

/** Per resource type: what the platform's templates contain and takes longer than {@link DEFAULT_DURATION}. */
export const RESOURCE_DURATIONS: Readonly<Record<string, DurationEntry>> = {
  'AWS::EKS::Cluster': {
    create: 15,
    update: 0,
    basis: 'documented',
    source: 'AWS CloudFormation User Guide, AWS::EKS::Cluster: "Cluster creation typically takes between 10 and 15 minutes" (upper bound taken; 15:13 measured in eu-west-1 by easontechtalk.com, "Unofficial EKS Cluster Creation Performance")',
  },
  'AWS::EKS::Nodegroup': {
    create: 5,
    update: 0,
    basis: 'assumption',
    source: 'EC2 launch, AL2023 boot and node join for the desired size, in parallel per group',
  },
  'AWS::EKS::Addon': { create: 2, update: 1, basis: 'assumption', source: 'managed add-on install and health check (CloudFormation waits for ACTIVE)' },
  'AWS::EKS::Capability': { create: 10, update: 2, basis: 'assumption', source: 'managed Argo CD capability: AWS provisions Argo CD outside the cluster; no published figure' },
  'AWS::EKS::AccessEntry': { create: 0.5, update: 0.25, basis: 'assumption', source: 'EKS API call' },
  'AWS::EKS::PodIdentityAssociation': { create: 0.5, update: 0.25, basis: 'assumption', source: 'EKS API call' },
  'AWS::MSK::Cluster': {
    create: 30,
    update: 0,
    basis: 'reported',
    source: 'hashicorp/terraform-provider-aws#17726: new MSK clusters "can routinely take close to 60 minutes"; 30 is the typical provisioned-cluster figure, 60 the tail (a first deploy can take that long)',
  },
  'AWS::MSK::Replicator': { create: 20, update: 5, basis: 'assumption', source: 'MSK Replicator provisions its own compute in both VPCs; no published figure' },
  'AWS::MSK::Configuration': { create: 0.5, update: 0.25, basis: 'assumption', source: 'MSK API call' },
  'AWS::MSK::Topic': { create: 1, update: 0.5, basis: 'assumption', source: 'MSK topic API, after the cluster is ACTIVE' },
  'AWS::OpenSearchService::Domain': {
    create: 20,
    update: 0,
    basis: 'reported',
    source: 'alchemy.run, OpenSearch Domain provider docs: "Domains take roughly 15-25 minutes to provision (and about as long for blue/green configuration changes)"',
  },
  'AWS::RDS::DBCluster': { create: 5, update: 0, basis: 'assumption', source: 'Aurora cluster volume and endpoints, before its instances' },
  'AWS::RDS::DBInstance': { create: 12, update: 0, basis: 'assumption', source: 'Aurora instance launch; the two instances of a cluster create in parallel' },
  'AWS::ElastiCache::ServerlessCache': { create: 5, update: 1, basis: 'assumption', source: 'ElastiCache Serverless (Valkey) endpoint provisioning' },
  'AWS::ElasticLoadBalancingV2::LoadBalancer': { create: 3, update: 0.5, basis: 'assumption', source: 'NLB provisioning in every subnet until active' },
  'AWS::EC2::NatGateway': { create: 2, update: 0, basis: 'assumption', source: 'NAT gateway reaches available in one to a few minutes' },
  'AWS::EC2::VPCEndpoint': { create: 2, update: 0.5, basis: 'assumption', source: 'interface endpoint ENIs in every subnet until available' },
  'AWS::GlobalAccelerator::Accelerator': { create: 5, update: 1, basis: 'assumption', source: 'accelerator deployment to the edge until DEPLOYED' },
  'AWS::GlobalAccelerator::EndpointGroup': { create: 2, update: 1, basis: 'assumption', source: 'accelerator re-deploys for each change until DEPLOYED' },
  'AWS::GlobalAccelerator::Listener': { create: 2, update: 1, basis: 'assumption', source: 'accelerator re-deploys for each change until DEPLOYED' },
  'AWS::Route53::RecordSet': { create: 1, update: 1, basis: 'assumption', source: 'CloudFormation waits for INSYNC (Route 53 propagation, about 60 s)' },
  'AWS::Route53::HostedZone': { create: 1, update: 0, basis: 'assumption', source: 'hosted zone creation waits for INSYNC' },
  'AWS::Route53::HealthCheck': { create: 0.5, update: 0.25, basis: 'assumption', source: 'Route 53 API call' },
  'AWS::Synthetics::Canary': { create: 2, update: 1, basis: 'assumption', source: 'canary Lambda packaging and start' },
  'AWS::Lambda::Function': { create: 0.5, update: 0.5, basis: 'assumption', source: 'function creation until Active' },
  'AWS::CloudFormation::TypeActivation': { create: 1, update: 0.5, basis: 'assumption', source: 'third-party type activation (MongoDB::Atlas::*)' },
  'AWS::Backup::BackupVault': { create: 0.5, update: 0.25, basis: 'assumption', source: 'Backup API call' },
  'Custom::MskMultiVpcConnectivity': {
    create: 30,
    update: 0.5,
    basis: 'assumption',
    source: 'turning on multi-VPC connectivity is a rolling update of every broker ("30 minutes or more", config/prod.yaml); a no-op once it is on',
  },
  'MongoDB::Atlas::Cluster': { create: 10, update: 0, basis: 'assumption', source: 'dedicated M30+ replica set across regions; Atlas publishes no figure' },
  'MongoDB::Atlas::PrivateEndpointService': { create: 5, update: 0, basis: 'assumption', source: 'Atlas creates the endpoint service in its VPC' },
  'MongoDB::Atlas::PrivateEndpointAWS': { create: 3, update: 0, basis: 'assumption', source: 'interface endpoint accepted on both sides' },
  'MongoDB::Atlas::EncryptionAtRest': { create: 2, update: 1, basis: 'assumption', source: 'Atlas validates the KMS key through the project role' },
  'MongoDB::Atlas::Project': { create: 1, update: 0.5, basis: 'assumption', source: 'Atlas API call' },
};

/** Custom resources (`Custom::*`): a Lambda invocation and its response. */
export const CUSTOM_RESOURCE_DURATION: DurationEntry = {
  create: 1,
  update: 1,
  basis: 'assumption',
  source: 'provider Lambda cold start, the SDK calls it makes, the response to CloudFormation',
};

/** The duration entry of a resource type. */
export function durationOf(type: string): DurationEntry {
  return RESOURCE_DURATIONS[type] ?? (type.startsWith('Custom::') ? CUSTOM_RESOURCE_DURATION : DEFAULT_DURATION);
}
