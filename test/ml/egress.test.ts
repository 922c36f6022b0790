import { mlNamespace } from '../../lib/config';
import { manifestsOf } from '../helpers/manifests';
import { renderEnv, shippedConfig } from '../helpers/synth';

/**
 * Under the mesh's REGISTRY_ONLY policy a sidecar drops traffic to hosts no ServiceEntry names, so
 * every port the ML namespace's NetworkPolicies open to addresses outside the cluster (ipBlock
 * peers) must be a port of a ServiceEntry visible in the namespace, or the ML pods cannot reach it.
 */
function unreachablePorts(objects: readonly any[], namespace: string): number[] {
  const opened = new Set<number>();
  for (const np of objects.filter((o) => o.kind === 'NetworkPolicy' && o.metadata.namespace === namespace)) {
    for (const rule of np.spec.egress ?? []) {
      if ((rule.to ?? []).some((peer: any) => peer.ipBlock)) for (const p of rule.ports ?? []) opened.add(p.port);
    }
  }
  const known = new Set(objects.filter((o) => o.kind === 'ServiceEntry' && o.metadata.namespace === namespace).flatMap((e) => e.spec.ports.map((p: any) => p.number as number)));
  return [...opened].filter((p) => !known.has(p)).sort((a, b) => a - b);
}

describe.each(['prod', 'dev'])('the ML namespace\'s egress in %s', (env) => {
  const config = shippedConfig(env);
  const files = renderEnv(env);
  const ns = mlNamespace(config);

  test.each(config.regions.map((r) => r.name))('GIVEN %s THEN every port opened to addresses outside the cluster has a ServiceEntry, S3 of the region and the VPC data stores among them', (region) => {
    const objects = manifestsOf(files.filter((f) => f.path.startsWith(`k8s/${env}/${region}/`)));
    expect(unreachablePorts(objects, ns)).toEqual([]);
    const entries = objects.filter((o) => o.kind === 'ServiceEntry' && o.metadata.namespace === ns);
    expect(entries.find((e) => e.metadata.name === 's3').spec.hosts).toEqual([`s3.${region}.amazonaws.com`, `*.s3.${region}.amazonaws.com`]);
    const cidr = config.regions.find((r) => r.name === region)!.cidr;
    expect(entries.find((e) => e.metadata.name === 'ml-data-stores').spec).toMatchObject({ addresses: [cidr], resolution: 'NONE', exportTo: ['.'] });
  });
});

test('GIVEN a namespace whose policies open a port no ServiceEntry names THEN the check reports it', () => {
  const objects = [
    { kind: 'NetworkPolicy', metadata: { namespace: 'ml' }, spec: { egress: [{ to: [{ ipBlock: { cidr: '10.0.0.0/16' } }], ports: [{ port: 5433 }] }, { to: [{ podSelector: {} }], ports: [{ port: 8080 }] }] } },
    { kind: 'ServiceEntry', metadata: { namespace: 'other' }, spec: { ports: [{ number: 5433 }] } },
  ];
  expect(unreachablePorts(objects, 'ml')).toEqual([5433]);
});
