/**
 * Shared fixtures of the gitops tests: shipped and modified configs, the rendered GitOpsChart,
 * and lookups in it. Configs go through `parseConfig`, so every variant is one the schema accepts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { layerOperators } from '../../lib/platform/render';
import { Testing } from 'cdk8s';
import * as YAML from 'yaml';
import { PlatformConfig, loadConfigFile, parseConfig } from '../../lib/config';
import { GitOpsChart, GitOpsChartProps } from '../../lib/gitops/gitops-chart';
import { ROOT } from '../helpers/synth';

/** A rendered Kubernetes object. */
export type Manifest = Record<string, any>;

/** A shipped environment's config, as loaded by the app. */
export function shipped(env: string): PlatformConfig {
  return loadConfigFile(path.join(ROOT, 'config', `${env}.yaml`));
}

/** A shipped environment's config, modified (on the raw YAML data) before validation. */
export function configOf(env: string, modify: (data: any) => void): PlatformConfig {
  const data = YAML.parse(fs.readFileSync(path.join(ROOT, 'config', `${env}.yaml`), 'utf8'));
  modify(data);
  return parseConfig(data, `${env}.yaml (modified in test)`);
}

/** The GitOpsChart of `config`, synthesized in a fresh app. */
export function render(config: PlatformConfig, props: Partial<Omit<GitOpsChartProps, 'config'>> = {}): Manifest[] {
  return Testing.synth(new GitOpsChart(Testing.app(), 'gitops', { config, operators: layerOperators(config), ...props }));
}

/** The one object of `kind` named `name`; fails when absent or ambiguous. */
export function find(manifests: readonly Manifest[], kind: string, name: string): Manifest {
  const hits = manifests.filter((m) => m.kind === kind && m.metadata?.name === name);
  if (hits.length !== 1) throw new Error(`expected one ${kind} ${name}, found ${hits.length}`);
  return hits[0];
}

/** The Argo CD cluster registrations among `manifests`. */
export function clusterSecretsOf(manifests: readonly Manifest[]): Manifest[] {
  return manifests.filter((m) => m.kind === 'Secret' && m.metadata.labels?.['argocd.argoproj.io/secret-type'] === 'cluster');
}
