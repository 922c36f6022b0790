/**
 * Shared fixtures of the ML tests: shipped and modified configs, and the ML charts rendered to
 * plain manifests. Configs go through `parseConfig`, so every variant is one the schema accepts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Testing } from 'cdk8s';
import * as YAML from 'yaml';
import { PlatformConfig, RegionConfig, loadConfigFile, parseConfig } from '../../lib/config';
import { MlChart } from '../../lib/ml/ml-chart';
import { ModelServingChart } from '../../lib/ml/model-serving-chart';
import { ROOT } from '../helpers/synth';

/** A rendered Kubernetes object. */
export type Manifest = Record<string, any>;

const shippedConfigs = new Map<string, PlatformConfig>();

/** A shipped environment's config, loaded once per test file. */
export function shipped(env: 'prod' | 'dev'): PlatformConfig {
  let config = shippedConfigs.get(env);
  if (!config) {
    config = loadConfigFile(path.join(ROOT, 'config', `${env}.yaml`));
    shippedConfigs.set(env, config);
  }
  return config;
}

/** A shipped environment's config, modified (on the raw YAML data) before validation. */
export function variant(env: 'prod' | 'dev', modify: (data: any) => void): PlatformConfig {
  const data = YAML.parse(fs.readFileSync(path.join(ROOT, 'config', `${env}.yaml`), 'utf8'));
  modify(data);
  return parseConfig(data, `${env}.yaml (modified in test)`);
}

/** A region of a config, by name. */
export function regionOf(config: PlatformConfig, name: string): RegionConfig {
  const region = config.regions.find((r) => r.name === name);
  if (!region) throw new Error(`no region ${name}`);
  return region;
}

/** The ML platform chart (namespace, MLflow, Feast) of one region. */
export function renderMl(config: PlatformConfig, regionName: string): Manifest[] {
  return Testing.synth(new MlChart(Testing.app(), 'ml', { config, region: regionOf(config, regionName) }));
}

/** The model-serving chart of one region. */
export function renderModels(config: PlatformConfig, regionName: string): Manifest[] {
  return Testing.synth(new ModelServingChart(Testing.app(), 'ml-models', { config, region: regionOf(config, regionName) }));
}

/** The one object of `kind` named `name` (in `namespace`, when given); fails when absent or ambiguous. */
export function find(manifests: readonly Manifest[], kind: string, name: string, namespace?: string): Manifest {
  const hits = manifests.filter(
    (m) => m.kind === kind && m.metadata?.name === name && (namespace === undefined || m.metadata?.namespace === namespace),
  );
  if (hits.length !== 1) throw new Error(`expected one ${kind} ${namespace ?? '*'}/${name}, found ${hits.length}`);
  return hits[0];
}

/** Every object of `kind`. */
export function ofKind(manifests: readonly Manifest[], kind: string): Manifest[] {
  return manifests.filter((m) => m.kind === kind);
}

/**
 * The pods an InferenceService's predictors become, as plain Pod manifests, so the pod-security
 * checks (which know workload kinds, not KServe's) can judge what the platform specifies: the
 * predictor-level pod fields and the model container (KServe's `kserve-container`).
 */
export function predictorPods(isvc: Manifest): Manifest[] {
  const toPod = (predictor: any, suffix: string): Manifest => {
    const { model, minReplicas: _min, maxReplicas: _max, scaleMetric: _m, scaleMetricType: _t, scaleTarget: _s, name: _n, ...podFields } = predictor;
    const { modelFormat: _f, storageUri: _u, ...container } = model;
    return {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: `${isvc.metadata.name}-${suffix}`, namespace: isvc.metadata.namespace },
      spec: { ...podFields, containers: [{ image: 'kserve/sklearnserver:v0.20.0', ...container }] },
    };
  };
  return [
    toPod(isvc.spec.predictor, 'predictor'),
    ...(isvc.spec.canary ?? []).map((c: any) => toPod(c.predictor, `${c.predictor.name}-predictor`)),
  ];
}
