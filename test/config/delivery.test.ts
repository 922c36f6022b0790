import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { PlatformConfig, parseConfig, pipelineProblems, promotionBranch, regionWaves, trackedRevision } from '../../lib/config';
import { ROOT } from '../helpers/synth';

function configOf(env: string, modify: (data: any) => void = () => undefined): PlatformConfig {
  const data = YAML.parse(fs.readFileSync(path.join(ROOT, 'config', `${env}.yaml`), 'utf8'));
  modify(data);
  return parseConfig(data, `${env}.yaml`);
}

const problemLines = (configs: PlatformConfig[]) => [...pipelineProblems(configs).values()].flat();

describe('delivery facts derived from the config', () => {
  const prod = configOf('prod');
  const dev = configOf('dev');

  test('GIVEN prod with promotion pipeline THEN each cluster tracks release/prod/<region>; dev tracks main', () => {
    expect(prod.regions.map((r) => trackedRevision(prod, r))).toEqual(['release/prod/us-east-1', 'release/prod/eu-west-1']);
    expect(promotionBranch(prod, prod.regions[1])).toBe('release/prod/eu-west-1');
    expect(trackedRevision(dev, dev.regions[0])).toBe('main');
  });

  test('GIVEN no regionWaves THEN the hub region goes first and every other region together after it', () => {
    const prod = configOf('prod');
    const three = { regions: [...prod.regions, { ...prod.regions[1], name: 'eu-central-1' as const }], delivery: { approval: false } };
    expect(regionWaves(three)).toEqual([['us-east-1'], ['eu-west-1', 'eu-central-1']]);
    expect(regionWaves(configOf('dev'))).toEqual([['us-east-1']]);
  });
});

describe('pipeline checks across environments (bin/ rejects these before anything is built)', () => {
  test('GIVEN the shipped environments THEN there is no problem', () => {
    expect(problemLines([configOf('dev'), configOf('prod')])).toEqual([]);
  });

  test('fails when the pipeline names an environment that does not exist', () => {
    const prod = configOf('prod', (d) => (d.delivery.pipeline.environments = ['dev', 'staging', 'prod']));
    expect(problemLines([configOf('dev'), prod])).toEqual(["delivery.pipeline.environments[1]: 'staging' is not an environment (allowed: dev, prod)"]);
  });

  test('fails when an environment that tracks a branch directly tracks another branch than the pipeline builds', () => {
    const dev = configOf('dev', (d) => (d.gitops.targetRevision = 'develop'));
    expect(problemLines([dev, configOf('prod')])).toEqual([
      "delivery.pipeline.environments[0]: 'dev' tracks 'develop' but the pipeline builds 'main'; track 'main' or set its gitops.promotion: pipeline",
    ]);
  });

  test('fails when an environment waits for promotion but no pipeline deploys it', () => {
    const prod = configOf('prod', (d) => (d.delivery.pipeline.environments = ['prod']));
    const dev = configOf('dev', (d) => (d.gitops.promotion = 'pipeline'));
    expect(problemLines([dev, prod])).toEqual([
      "gitops.promotion: 'pipeline', but no pipeline deploys 'dev': its clusters would track release branches nobody moves (add it to a delivery.pipeline.environments, or set promotion: none)",
    ]);
  });

  test('fails when two environments declare a pipeline', () => {
    const dev = configOf('dev', (d) => (d.delivery = { pipeline: { ...YAML.parse(fs.readFileSync(path.join(ROOT, 'config', 'prod.yaml'), 'utf8')).delivery.pipeline, environments: ['dev'] } }));
    expect(problemLines([dev, configOf('prod')])).toEqual(expect.arrayContaining(["delivery.pipeline: 'dev' already declares the pipeline; declare it in one environment"]));
  });
});
