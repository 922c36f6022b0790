#!/usr/bin/env node
/**
 * `npm run capacity -- -c env=prod`: per region, the CPU, memory and pods everything on the
 * cluster requests — rendered workloads at min and at max replicas, an Istio sidecar per injected
 * pod, DaemonSets on every node, the operators' and EKS add-ons' recorded footprints — against
 * what the node groups offer at desired and at max size (lib/capacity, its assumptions cited
 * there and in docs/capacity.md). `--workloads` lists every pod. Writes nothing; exits 1 when a
 * region does not fit.
 */
import { loadEnvironments } from './environments';

function parseArgs(argv: readonly string[]): { context: Record<string, string>; workloads: boolean } {
  const context: Record<string, string> = {};
  let workloads = false;
  for (let i = 0; i < argv.length; i++) {
    if ((argv[i] === '-c' || argv[i] === '--context') && argv[i + 1]?.includes('=')) {
      const [k, ...v] = argv[++i].split('=');
      context[k] = v.join('=');
    } else if (argv[i] === '--workloads') {
      workloads = true;
    } else {
      process.stderr.write(`capacity: unknown argument '${argv[i]}' (allowed: -c env=NAME, -c config=PATH, --workloads)\n`);
      process.exit(1);
    }
  }
  return { context, workloads };
}

async function main(): Promise<void> {
  const { context, workloads } = parseArgs(process.argv.slice(2));
  const { selected } = loadEnvironments({ env: context.env ?? 'prod', config: context.config });
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
