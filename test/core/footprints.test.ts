import type { PlatformConfig } from '../../lib/config';
import { cpuQuantity, memoryQuantity } from '../../lib/config/zod-helpers';
import type { ContainerRequests, OperatorFootprint, OperatorRelease } from '../../lib/core/layer';
import * as operands from '../../lib/core/operand-defaults';
import { layerOperators } from '../../lib/platform/render';
import { EKS_ADDON_FOOTPRINTS } from '../../lib/regions/addon-footprints';
import { shippedConfig } from '../helpers/synth';

/** One line per footprint whose version is not the operator's pin. */
function staleFootprints(config: PlatformConfig, operators: readonly OperatorRelease[]): string[] {
  return operators
    .filter((o) => o.footprint.version !== config.gitops.operators[o.key].version)
    .map((o) => `${o.key}: footprint read at ${o.footprint.version}, pinned ${config.gitops.operators[o.key].version}`);
}

/** One line per malformed workload or quantity of a footprint. */
function footprintProblems(label: string, footprint: OperatorFootprint): string[] {
  const problems: string[] = [];
  if (footprint.source.trim() === '') problems.push(`${label}: no source`);
  for (const w of footprint.workloads) {
    if (w.containers.length === 0) problems.push(`${label}/${w.name}: no container`);
    if (w.maxReplicas !== undefined && w.maxReplicas < (w.replicas ?? 1)) problems.push(`${label}/${w.name}: maxReplicas below replicas`);
    problems.push(...quantityProblems(`${label}/${w.name}`, w.containers));
  }
  return problems;
}

function quantityProblems(label: string, containers: readonly ContainerRequests[]): string[] {
  return containers.flatMap((c) => [
    ...(c.cpu !== undefined && !cpuQuantity.safeParse(c.cpu).success ? [`${label}/${c.name}: cpu '${c.cpu}'`] : []),
    ...(c.memory !== undefined && !memoryQuantity.safeParse(c.memory).success ? [`${label}/${c.name}: memory '${c.memory}'`] : []),
  ]);
}

describe.each(['prod', 'dev'])('operator footprints (%s)', (env) => {
  const config = shippedConfig(env);
  const operators = layerOperators(config);

  it('every pinned operator is declared, each with a footprint read at its pinned version', () => {
    expect(operators.map((o) => o.key).sort()).toEqual(Object.keys(config.gitops.operators).sort());
    expect(staleFootprints(config, operators)).toEqual([]);
  });

  it('every workload has a container, and every request is a Kubernetes quantity', () => {
    expect(operators.flatMap((o) => footprintProblems(o.key, o.footprint))).toEqual([]);
  });

  it('the version check fails when a pin moves', () => {
    const bumped: PlatformConfig = {
      ...config,
      gitops: {
        ...config.gitops,
        operators: { ...config.gitops.operators, certManager: { ...config.gitops.operators.certManager, version: 'v1.20.0' } },
      },
    };
    expect(staleFootprints(bumped, layerOperators(bumped))).toEqual(['certManager: footprint read at v1.19.4, pinned v1.20.0']);
  });

  it("the platform's istiod values leave the sidecar's default requests as they are", () => {
    const istiod = operators.find((o) => o.key === 'istiod')!;
    expect((istiod.values.global as Record<string, unknown>).proxy).toBeUndefined();
  });
});

describe('EKS add-on footprints', () => {
  it('cover the add-ons the cluster installs, each well formed', () => {
    expect(Object.keys(EKS_ADDON_FOOTPRINTS).sort()).toEqual(['aws-ebs-csi-driver', 'coredns', 'eks-pod-identity-agent', 'kube-proxy', 'vpc-cni']);
    expect(Object.entries(EKS_ADDON_FOOTPRINTS).flatMap(([name, f]) => footprintProblems(name, f))).toEqual([]);
  });

  it('the quantity check catches a malformed request', () => {
    expect(footprintProblems('x', { version: '1', source: 's', workloads: [{ name: 'w', kind: 'Deployment', containers: [{ name: 'c', cpu: '100 m', memory: '1GB' }] }] })).toEqual([
      "x/w/c: cpu '100 m'",
      "x/w/c: memory '1GB'",
    ]);
  });
});

describe('operand defaults', () => {
  it('every request is a Kubernetes quantity', () => {
    const containers = Object.entries(operands).flatMap(([name, value]) =>
      'containers' in value ? [...value.containers, ...(value.initContainers ?? [])].map((c) => [name, c] as const) : [[name, value] as const],
    );
    expect(containers.flatMap(([name, c]) => quantityProblems(name, [c]))).toEqual([]);
  });
});
