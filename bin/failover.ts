#!/usr/bin/env node
/**
 * `npm run failover -- -c env=prod`: what keeps serving when each region is lost, read from the
 * cloud assembly the CDK app synthesizes (bin/synth-stages.ts) and the committed manifests under
 * k8s/<env>/ (which the tests keep equal to a fresh render). See lib/failover/model.ts for the
 * model and lib/failover/sources.ts for its cited assumptions. Exits 1 when a promise is broken.
 * Writes nothing.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { ROOT } from './environments';
import { withSynthesizedStages } from './synth-stages';

async function main(): Promise<void> {
  const { stacksOfAssembly } = await import('../lib/delivery/plan');
  const { clusterManifestPath } = await import('../lib/config');
  const { failoverModel, failoverProblems, failoverTitle, formatFailover, formatFailoverSources } = await import('../lib/failover');
  const problems: string[] = [];
  await withSynthesizedStages(process.argv.slice(2), 'failover', (stages) => {
    for (const stage of stages) {
      const config = stage.config;
      const clusters = config.regions.map((region) => {
        const dir = path.join(ROOT, clusterManifestPath(config, region));
        const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort() : [];
        const objects = files.flatMap((f) => YAML.parseAllDocuments(fs.readFileSync(path.join(dir, f), 'utf8')).map((d) => d.toJS() as unknown)).filter(Boolean);
        return { region: region.name, objects: objects as object[] };
      });
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
