#!/usr/bin/env node
/**
 * `npm run failover -- -c env=prod`: what keeps serving when each region is lost, read from the
 * cloud assembly the CDK app synthesizes (bin/synth-stages.ts) and the environment's manifests
 * as rendered into k8s/<env>/ (rendered in memory, as `npm run capacity` reads them). See lib/failover/model.ts for the
 * model and lib/failover/sources.ts for its cited assumptions. Exits 1 when a promise is broken.
 * Writes nothing.
 */
import { withSynthesizedStages } from './synth-stages';

async function main(): Promise<void> {
  const { stacksOfAssembly } = await import('../lib/delivery/plan');
  const { clusterObjects, renderEnvironment } = await import('../lib/platform/render');
  const { failoverModel, failoverProblems, failoverTitle, formatFailover, formatFailoverSources } = await import('../lib/failover');
  const problems: string[] = [];
  await withSynthesizedStages(process.argv.slice(2), 'failover', (stages) => {
    for (const stage of stages) {
      const config = stage.config;
      const files = renderEnvironment(config);
      const clusters = config.regions.map((region) => ({ region: region.name, objects: clusterObjects(config, region, files) }));
      const model = failoverModel({ config, stacks: stacksOfAssembly(stage.synth()), clusters });
      process.stdout.write(`${formatFailover(failoverTitle(config), model)}\n\n`);
      problems.push(...failoverProblems(model).map((p) => `${config.environment}: ${p}`));
    }
    process.stdout.write(`${formatFailoverSources()}\n`);
  });
  if (problems.length > 0) {
    process.stderr.write(`failover: the platform's promises are broken:\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
    process.exit(1);
  }
}

void main();
