// The multi-VPC connectivity handler (lib/kafka/handler/multi-vpc), with the MSK client replaced.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const handler = require('../../lib/kafka/handler/multi-vpc/index.js');

type Call = { name: string; input: any };

/** A fake MSK client: answers DescribeClusterV2 from `clusters` in turn, records every call. */
function fakeKafka(clusters: any[]): Call[] {
  const calls: Call[] = [];
  let i = 0;
  handler._test.setSend(async (name: string, input: any) => {
    calls.push({ name, input });
    if (name === 'DescribeClusterV2') return { ClusterInfo: clusters[Math.min(i++, clusters.length - 1)] };
    return {};
  });
  return calls;
}

const arn = 'arn:aws:kafka:us-east-1:111111111111:cluster/automatedai-prod-us-east-1/uuid';
const withIam = (state: string) => ({ State: state, CurrentVersion: 'K2', Provisioned: { BrokerNodeGroupInfo: { ConnectivityInfo: { VpcConnectivity: { ClientAuthentication: { Sasl: { Iam: { Enabled: true } } } } } } } });
const without = (state: string) => ({ State: state, CurrentVersion: 'K1', Provisioned: { BrokerNodeGroupInfo: {} } });

describe('MSK multi-VPC connectivity handler', () => {
  test('GIVEN a new cluster without it WHEN created THEN it calls UpdateConnectivity with the current version, IAM only', async () => {
    const calls = fakeKafka([without('ACTIVE')]);
    const out = await handler.onEvent({ RequestType: 'Create', ResourceProperties: { ClusterArn: arn } });
    expect(out).toEqual({ PhysicalResourceId: `${arn}/multi-vpc-iam`, Data: { Changed: 'true' } });
    expect(calls.map((c) => c.name)).toEqual(['DescribeClusterV2', 'UpdateConnectivity']);
    expect(calls[1].input).toEqual({ ClusterArn: arn, CurrentVersion: 'K1', ConnectivityInfo: { VpcConnectivity: { ClientAuthentication: { Sasl: { Iam: { Enabled: true } } } } } });
  });

  test('GIVEN a cluster that has it WHEN updated THEN nothing is changed (idempotent)', async () => {
    const calls = fakeKafka([withIam('ACTIVE')]);
    const out = await handler.onEvent({ RequestType: 'Update', ResourceProperties: { ClusterArn: arn }, PhysicalResourceId: `${arn}/multi-vpc-iam` });
    expect(out.Data).toEqual({ Changed: 'false' });
    expect(calls.map((c) => c.name)).toEqual(['DescribeClusterV2']);
  });

  test('GIVEN the update in progress THEN isComplete waits until the cluster is ACTIVE with IAM connectivity', async () => {
    fakeKafka([without('UPDATING'), withIam('UPDATING'), withIam('ACTIVE')]);
    const event = { RequestType: 'Create', ResourceProperties: { ClusterArn: arn } };
    expect(await handler.isComplete(event)).toEqual({ IsComplete: false });
    expect(await handler.isComplete(event)).toEqual({ IsComplete: false });
    expect(await handler.isComplete(event)).toEqual({ IsComplete: true });
  });

  test('fails when the cluster is not ACTIVE before the change, or FAILED during it', async () => {
    fakeKafka([without('CREATING')]);
    await expect(handler.onEvent({ RequestType: 'Create', ResourceProperties: { ClusterArn: arn } })).rejects.toThrow(/is CREATING, not ACTIVE/);
    fakeKafka([without('FAILED')]);
    await expect(handler.isComplete({ RequestType: 'Create', ResourceProperties: { ClusterArn: arn } })).rejects.toThrow(/FAILED while turning on multi-VPC connectivity/);
  });

  test('GIVEN a delete THEN nothing is called: a replicator may still use the connectivity, and the cluster is retained', async () => {
    const calls = fakeKafka([]);
    expect(await handler.onEvent({ RequestType: 'Delete', ResourceProperties: { ClusterArn: arn }, PhysicalResourceId: 'p' })).toEqual({ PhysicalResourceId: 'p' });
    expect(await handler.isComplete({ RequestType: 'Delete', ResourceProperties: { ClusterArn: arn } })).toEqual({ IsComplete: true });
    expect(calls).toEqual([]);
  });
});
