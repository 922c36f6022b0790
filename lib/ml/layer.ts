import { ML_KAFKA_ROLES } from '../core/facts';
import { Fact, type Layer } from '../core/layer';
import { FeatureArchiverIdentity } from './archiver-identity';
import { MlChart } from './ml-chart';
import { MlLifecycleChart } from './lifecycle-chart';
import { MlStack, addMlStacks } from './ml-stack';
import { ModelServingChart } from './model-serving-chart';
import { mlOperators } from './operators';

/** The ML stacks, one per region (none without an `ml` section). */
export const ML_STACKS = new Fact<readonly MlStack[]>('ML stacks');

/**
 * MLOps (`ml` in the config): per region, an ML stack (model and feature buckets, MLflow
 * database, Feast online store, workload roles) after the region's stack; per cluster, MLflow,
 * Feast's config and the KServe models; KServe as an operator. In the hub's region stack, the
 * feature archiver's Pod Identity role (a Kafka principal, published as {@link ML_KAFKA_ROLES}).
 */
export const mlLayer: Layer = {
  name: 'ml',
  configSection: 'ml',
  // Before the Kafka layer: the archiver's role, which Kafka grants its topics (hub only).
  region: ({ config, base, facts }) => {
    const identity = config.ml ? new FeatureArchiverIdentity(base.stack, 'FeatureArchiverIdentity', { config, region: base.region, cluster: base.cluster }) : undefined;
    facts.set(ML_KAFKA_ROLES, identity?.roles ?? {});
  },
  environment: ({ app, config, regions, facts }) => {
    facts.set(ML_STACKS, addMlStacks(app, config, regions));
  },
  charts: ({ app, config, region }) =>
    config.ml
      ? [new MlChart(app, 'ml', { config, region }), new ModelServingChart(app, 'ml-models', { config, region }), new MlLifecycleChart(app, 'ml-lifecycle', { config, region })]
      : [],
  operators: mlOperators,
};
