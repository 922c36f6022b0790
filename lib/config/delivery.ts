import { ConfigError, PlatformConfig, RegionConfig } from './load';

/*
 * Delivery facts derived from the config, and the pipeline checks that need every environment
 * (the environments a pipeline names are other files).
 */

/** The branch a cluster tracks: `targetRevision` (promotion none) or `release/<env>/<region>` (promotion pipeline). */
export function trackedRevision(config: Pick<PlatformConfig, 'environment' | 'gitops'>, region: Pick<RegionConfig, 'name'>): string {
  return config.gitops.promotion === 'pipeline' ? promotionBranch(config, region) : config.gitops.targetRevision;
}

/** The branch the pipeline moves when it promotes a region: `release/prod/us-east-1`. */
export function promotionBranch(config: Pick<PlatformConfig, 'environment'>, region: Pick<RegionConfig, 'name'>): string {
  return `release/${config.environment}/${region.name}`;
}

/** The environment's region waves: configured, or the hub region then every other region. */
export function regionWaves(config: Pick<PlatformConfig, 'regions' | 'delivery'>): string[][] {
  if (config.delivery.regionWaves) return config.delivery.regionWaves.map((w) => [...w]);
  const hub = config.regions.filter((r) => r.hub).map((r) => r.name);
  const others = config.regions.filter((r) => !r.hub).map((r) => r.name);
  return others.length > 0 ? [hub, others] : [hub];
}

/** The configs that declare a pipeline. */
export function pipelineHosts(configs: readonly PlatformConfig[]): PlatformConfig[] {
  return configs.filter((c) => c.delivery.pipeline);
}

/**
 * Problems of the pipelines against every environment: one line each, naming the field, in the
 * form a ConfigError lists. An environment the pipeline names must exist; an environment whose
 * clusters wait for promotion must be deployed by a pipeline (or nobody moves their branches);
 * an environment that tracks a branch directly must track the branch the pipeline builds.
 */
export function pipelineProblems(configs: readonly PlatformConfig[]): Map<PlatformConfig, string[]> {
  const problems = new Map<PlatformConfig, string[]>();
  const add = (config: PlatformConfig, line: string) => problems.set(config, [...(problems.get(config) ?? []), line]);
  const byName = new Map(configs.map((c) => [c.environment, c]));
  const hosts = pipelineHosts(configs);
  if (hosts.length > 1) for (const h of hosts.slice(1)) add(h, `delivery.pipeline: '${hosts[0].environment}' already declares the pipeline; declare it in one environment`);
  for (const host of hosts) {
    const pipeline = host.delivery.pipeline!;
    pipeline.environments.forEach((name, i) => {
      const env = byName.get(name);
      if (!env) {
        add(host, `delivery.pipeline.environments[${i}]: '${name}' is not an environment (allowed: ${[...byName.keys()].sort().join(', ')})`);
        return;
      }
      if (env.gitops.promotion === 'none' && env.gitops.targetRevision !== pipeline.branch) {
        add(host, `delivery.pipeline.environments[${i}]: '${name}' tracks '${env.gitops.targetRevision}' but the pipeline builds '${pipeline.branch}'; track '${pipeline.branch}' or set its gitops.promotion: pipeline`);
      }
      if (env.gitops.promotion === 'pipeline' && env.gitops.targetRevision !== pipeline.branch) {
        add(env, `gitops.targetRevision: '${env.gitops.targetRevision}' is promoted from, but the pipeline builds '${pipeline.branch}'`);
      }
    });
  }
  for (const env of configs) {
    if (env.gitops.promotion === 'pipeline' && !hosts.some((h) => h.delivery.pipeline!.environments.includes(env.environment))) {
      add(env, `gitops.promotion: 'pipeline', but no pipeline deploys '${env.environment}': its clusters would track release branches nobody moves (add it to a delivery.pipeline.environments, or set promotion: none)`);
    }
  }
  return problems;
}

/** One ConfigError per config with pipeline problems; see {@link pipelineProblems}. */
export function pipelineErrors(configs: readonly PlatformConfig[], sourceOf: (config: PlatformConfig) => string): ConfigError[] {
  return [...pipelineProblems(configs)].map(([config, lines]) => new ConfigError(sourceOf(config), lines));
}
