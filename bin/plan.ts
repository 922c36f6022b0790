#!/usr/bin/env node
/**
 * `npm run plan -- -c env=prod`: the deploy order and its estimated time, read from the cloud
 * assembly the same CDK app synthesizes (bin/app.ts's Stages, in a temporary directory, without
 * the nag gate: it does not change templates). See lib/delivery/plan.ts for the model and
 * lib/delivery/durations.ts for its cited assumptions. Writes nothing.
 */
import { withSynthesizedStages } from './synth-stages';

async function main(): Promise<void> {
  const { deployPlan, planProblems, stacksOfAssembly } = await import('../lib/delivery/plan');
  const { formatAssumptions, formatKpi, formatPlan } = await import('../lib/delivery/format');
  await withSynthesizedStages(process.argv.slice(2), 'plan', (stages) => {
    for (const stage of stages) {
      const stacks = stacksOfAssembly(stage.synth());
      const create = deployPlan(stacks, 'create');
      const update = deployPlan(stacks, 'update');
      const problems = [...planProblems(create, stacks), ...planProblems(update, stacks)];
      if (problems.length > 0) throw new Error(`the plan contradicts the assembly:\n${problems.join('\n')}`);
      const title = `${stage.config.project} ${stage.config.environment} (${stacks.length} stacks, ${stage.config.regions.map((r) => r.name).join(', ')})`;
      process.stdout.write(`${formatPlan(title, create)}\n\n${formatPlan(title, update)}\n\n${formatKpi(create, update)}\n\n`);
    }
    process.stdout.write(`${formatAssumptions()}\n`);
  });
}

void main();
