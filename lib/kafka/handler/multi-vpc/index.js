'use strict';
/**
 * Turns on MSK multi-VPC private connectivity (IAM) on an existing cluster, for the custom
 * resource `Custom::MskMultiVpcConnectivity` behind the CDK custom-resources Provider framework
 * (which answers CloudFormation; these handlers only do the work):
 *
 * - onEvent (Create, Update): if the cluster already has it, nothing to do; otherwise call
 *   UpdateConnectivity with the cluster's current version. MSK refuses this setting while it
 *   creates a cluster (CloudFormation roadmap #1775), hence a step after the cluster exists.
 *   Delete: nothing (a replicator may still use it; the cluster itself is retained).
 * - isComplete: done when the cluster is ACTIVE again with the setting on (a rolling broker
 *   update that takes 30 minutes or more; the Provider polls within its total timeout).
 *
 * The AWS SDK for JavaScript v3 is part of the Lambda Node.js runtime.
 */
/** Sends one MSK API call (`DescribeClusterV2`, `UpdateConnectivity`); loads the SDK on first use. */
let send;
function kafka(name, input) {
  if (!send) {
    const sdk = require('@aws-sdk/client-kafka');
    const client = new sdk.KafkaClient({});
    send = (command, args) => client.send(new sdk[`${command}Command`](args));
  }
  return send(name, input);
}

/** True when the cluster's brokers accept IAM clients through multi-VPC private connectivity. */
function multiVpcIamEnabled(cluster) {
  const iam = cluster?.Provisioned?.BrokerNodeGroupInfo?.ConnectivityInfo?.VpcConnectivity?.ClientAuthentication?.Sasl?.Iam;
  return Boolean(iam && iam.Enabled);
}

async function describe(clusterArn) {
  const out = await kafka('DescribeClusterV2', { ClusterArn: clusterArn });
  return out.ClusterInfo;
}

exports.onEvent = async (event) => {
  const clusterArn = event.ResourceProperties.ClusterArn;
  if (!clusterArn) throw new Error('ClusterArn is required');
  const physicalResourceId = `${clusterArn}/multi-vpc-iam`;
  if (event.RequestType === 'Delete') return { PhysicalResourceId: event.PhysicalResourceId || physicalResourceId };
  const cluster = await describe(clusterArn);
  if (multiVpcIamEnabled(cluster)) return { PhysicalResourceId: physicalResourceId, Data: { Changed: 'false' } };
  if (cluster.State !== 'ACTIVE') throw new Error(`cluster ${clusterArn} is ${cluster.State}, not ACTIVE; retry the deployment once it is`);
  await kafka('UpdateConnectivity', {
    ClusterArn: clusterArn,
    CurrentVersion: cluster.CurrentVersion,
    ConnectivityInfo: { VpcConnectivity: { ClientAuthentication: { Sasl: { Iam: { Enabled: true } } } } },
  });
  return { PhysicalResourceId: physicalResourceId, Data: { Changed: 'true' } };
};

exports.isComplete = async (event) => {
  if (event.RequestType === 'Delete') return { IsComplete: true };
  const cluster = await describe(event.ResourceProperties.ClusterArn);
  if (cluster.State === 'FAILED') throw new Error(`cluster ${event.ResourceProperties.ClusterArn} FAILED while turning on multi-VPC connectivity`);
  return { IsComplete: cluster.State === 'ACTIVE' && multiVpcIamEnabled(cluster) };
};

exports._test = { multiVpcIamEnabled, setSend: (fn) => { send = fn; } };
