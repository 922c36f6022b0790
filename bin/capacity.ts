#!/usr/bin/env node
/**
 * `npm run capacity -- -c env=prod`: per region, the CPU, memory and pods everything on the
 * cluster requests — rendered workloads at min and at max replicas, an Istio sidecar per injected
 * pod, DaemonSets on every node, the operators' and EKS add-ons' recorded footprints — against
 * what the node groups offer at desired and at max size (lib/capacity, its assumptions cited
 * there and in docs/capacity.md). `--workloads` lists every pod. Writes nothing; exits 1 when a
 * region does not fit.
 */
import { commandEnvironments } from './environments';

async function main(): Promise<void> {
  const { selected, flags } = commandEnvironments('capacity', process.argv.slice(2), ['--workloads']);
  const workloads = flags.has('--workloads');
  const { renderEnvironment } = await import('../lib/platform/render');
  const { environmentCapacity } = await import('../lib/platform/capacity');
  const { CAPACITY_INPUTS } = await import('../lib/platform/capacity-inputs');
  const { capacityProblems } = await import('../lib/capacity/model');
  const { formatCapacity } = await import('../lib/capacity/format');
  let fits = true;
  for (const config of selected) {
    const capacities = environmentCapacity(config, renderEnvironment(config), CAPACITY_INPUTS);
    process.stdout.write(`${formatCapacity(config.environment, capacities, { workloads })}\n`);
    const problems = capacityProblems(config, capacities);
    if (problems.length > 0) {
      fits = false;
      process.stderr.write(`${problems.join('\n')}\n`);
    }
  }
  if (!fits) process.exit(1);
}

void main();
