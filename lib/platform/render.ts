import { ApiObject, App, Chart, Yaml } from 'cdk8s';
import * as YAML from 'yaml';
import type { JsonObject } from '../compliance/k8s/manifests';
import { PlatformConfig, RegionConfig, clusterManifestPath, gitopsManifestPath } from '../config';
import type { Layer, OperatorKey, OperatorRelease } from '../core/layer';
import { RenderedFile, applySyncWaves } from '../k8s';
import { LAYERS } from './registry';

export type { RenderedFile };

/** The rendered charts of one folder, before they are turned into text. */
export interface RenderedFolder {
  /** Folder from the repository root, e.g. `k8s/prod/us-east-1`. */
  readonly path: string;
  readonly charts: readonly Chart[];
  /** The layer of each chart, by chart id. */
  readonly layerOf?: ReadonlyMap<string, string>;
}

/** Each layer's charts from `make`, with the layer of each chart id. */
function layerCharts(layers: readonly Layer[], make: (layer: Layer) => Chart[] | undefined): { charts: Chart[]; layerOf: Map<string, string> } {
  const charts: Chart[] = [];
  const layerOf = new Map<string, string>();
  for (const layer of layers) {
    for (const chart of make(layer) ?? []) {
      charts.push(chart);
      layerOf.set(chart.node.id, layer.name);
    }
  }
  return { charts, layerOf };
}

/** The charts of one cluster (region): every layer's, built into their own cdk8s App. */
export function clusterCharts(config: PlatformConfig, region: RegionConfig, layers: readonly Layer[] = LAYERS): RenderedFolder {
  const app = new App();
  return { path: clusterManifestPath(config, region), ...layerCharts(layers, (layer) => layer.charts?.({ app, config, region })) };
}

/** Every operator every layer declares. */
export function layerOperators(config: PlatformConfig, layers: readonly Layer[] = LAYERS): OperatorRelease[] {
  return layers.flatMap((layer) => layer.operators?.(config) ?? []);
}

/**
 * Every operator every layer declares, by its `gitops.operators` key.
 * @throws Error when two layers declare the same operator
 */
export function operatorsByKey(config: PlatformConfig, layers: readonly Layer[] = LAYERS): Record<OperatorKey, OperatorRelease> {
  const byKey: Partial<Record<OperatorKey, OperatorRelease>> = {};
  for (const operator of layerOperators(config, layers)) {
    if (byKey[operator.key]) throw new Error(`operator '${operator.key}' is declared twice`);
    byKey[operator.key] = operator;
  }
  return byKey as Record<OperatorKey, OperatorRelease>;
}

/** The hub's Argo CD objects (project, ApplicationSets, cluster registrations) for the environment. */
export function gitopsCharts(config: PlatformConfig, layers: readonly Layer[] = LAYERS): RenderedFolder {
  const app = new App();
  const operators = layerOperators(config, layers);
  return { path: gitopsManifestPath(config), ...layerCharts(layers, (layer) => layer.hubCharts?.({ app, config, operators })) };
}

/** Every folder of an environment: one per cluster plus the Argo CD folder. */
export function environmentFolders(config: PlatformConfig, layers: readonly Layer[] = LAYERS): RenderedFolder[] {
  return [gitopsCharts(config, layers), ...config.regions.map((region) => clusterCharts(config, region, layers))];
}

/**
 * Turns folders of charts into files, one per chart (`<chart id>.yaml`), with the sync waves
 * applied. Output is deterministic: objects in construct order, keys as cdk8s emits them, no
 * timestamps.
 */
export function renderFolders(config: PlatformConfig, folders: readonly RenderedFolder[]): RenderedFile[] {
  const files: RenderedFile[] = [];
  for (const folder of folders) {
    for (const chart of folder.charts) {
      for (const c of chart.node.findAll()) if (ApiObject.isApiObject(c)) applySyncWaves(c);
      const header = `# Generated from config/${config.environment}.yaml by \`npm run synth\`. Do not edit: change the config or lib/ and re-run.\n`;
      files.push({ path: `${folder.path}/${chart.node.id}.yaml`, content: header + Yaml.stringify(...(chart.toJson() as unknown[])), layer: folder.layerOf?.get(chart.node.id) });
    }
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Renders every manifest of an environment. */
export function renderEnvironment(config: PlatformConfig, layers: readonly Layer[] = LAYERS): RenderedFile[] {
  return renderFolders(config, environmentFolders(config, layers));
}

/** The objects rendered into one cluster's folder (`k8s/<env>/<region>/`), parsed, in file order. */
export function clusterObjects(config: PlatformConfig, region: RegionConfig, files: readonly RenderedFile[]): JsonObject[] {
  const folder = `${clusterManifestPath(config, region)}/`;
  return files
    .filter((f) => f.path.startsWith(folder))
    .flatMap((f) => YAML.parseAllDocuments(f.content).map((d) => d.toJS() as unknown))
    .filter((m): m is JsonObject => typeof m === 'object' && m !== null);
}
