import { Match } from 'aws-cdk-lib/assertions';
import { CLUSTER_AUTOSCALER_SERVICE_ACCOUNT, clusterName } from '../../lib/config';
import { operatorsByKey } from '../../lib/platform/render';
import { synthEnv } from '../helpers/synth';

/*
 * Node autoscaling (docs/autoscaling.md): the Cluster Autoscaler on the managed node groups, its
 * IAM through Pod Identity scoped to the cluster's own groups by tag, and its pinned chart.
 */
const prod = synthEnv('prod');

describe.each(prod.config.regions.map((r) => [r.name, r] as const))('Cluster Autoscaler in %s', (name, region) => {
  const template = prod.template(`Region-${name}`);

  test('GIVEN the region WHEN built THEN its service account gets a Pod Identity role on this cluster', () => {
    template.hasResourceProperties('AWS::EKS::PodIdentityAssociation', {
      ClusterName: clusterName(prod.config, region),
      Namespace: prod.config.gitops.operators.clusterAutoscaler.namespace,
      ServiceAccount: CLUSTER_AUTOSCALER_SERVICE_ACCOUNT,
    });
  });

  test('GIVEN the role WHEN read THEN it may change only the Auto Scaling groups tagged for this cluster, and only read the rest', () => {
    template.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: ['autoscaling:SetDesiredCapacity', 'autoscaling:TerminateInstanceInAutoScalingGroup'],
            Resource: `arn:aws:autoscaling:${name}:${region.account}:autoScalingGroup:*:autoScalingGroupName/*`,
            Condition: { StringEquals: { [`aws:ResourceTag/k8s.io/cluster-autoscaler/${clusterName(prod.config, region)}`]: 'owned' } },
          }),
        ]),
      },
    });
    const policies = Object.values(template.findResources('AWS::IAM::ManagedPolicy')) as any[];
    const mutations = policies.flatMap((p) => p.Properties.PolicyDocument.Statement).filter((s: any) => [s.Action].flat().some((a: string) => /^autoscaling:(Set|Terminate|Update|Create|Delete)/.test(a)));
    for (const s of mutations) expect(s.Condition).toBeDefined();
  });
});

describe('Cluster Autoscaler chart', () => {
  const release = operatorsByKey(prod.config).clusterAutoscaler;

  test('GIVEN the operators WHEN rendered THEN it discovers the node groups by cluster name, uses the Pod Identity service account, runs restricted', () => {
    expect(release.podSecurity).toBe('restricted');
    expect(release.values).toMatchObject({
      autoDiscovery: { clusterName: '{{ .name }}' },
      awsRegion: expect.stringContaining('platform/region'),
      rbac: { serviceAccount: { create: true, name: CLUSTER_AUTOSCALER_SERVICE_ACCOUNT } },
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
      containerSecurityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
    });
    expect(prod.config.gitops.operators.clusterAutoscaler).toEqual({ repoURL: 'https://kubernetes.github.io/autoscaler', chart: 'cluster-autoscaler', version: '9.59.0', namespace: 'cluster-autoscaler' });
  });

  test('GIVEN a node group WHEN its limits are read THEN maxSize is above desiredSize, so the autoscaler has room to grow', () => {
    for (const region of prod.config.regions) {
      for (const g of region.nodeGroups) expect([g.name, g.maxSize > g.desiredSize]).toEqual([g.name, true]);
    }
  });
});
