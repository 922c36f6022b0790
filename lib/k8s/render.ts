import { ApiObject, App, Chart, Yaml } from 'cdk8s';
import { PlatformConfig, RegionConfig, clusterManifestPath, gitopsManifestPath, mlNamespace } from '../config';
import { AtlasClientsChart } from '../atlas/clients-chart';
import { IngressBindingChart } from '../edge/ingress-binding-chart';
import { GitOpsChart } from '../gitops/gitops-chart';
import { KafkaClientsChart, kafkaEnvFromSecrets } from '../kafka/clients-chart';
import { StrimziChart, strimziNamespaces } from '../kafka/strimzi-chart';
import { MeshChart } from '../mesh/mesh-chart';
import { MlChart } from '../ml/ml-chart';
import { ModelServingChart } from '../ml/model-serving-chart';
import { ObservabilityChart, TracingChart, monitoringNamespace, tracingNamespace } from '../observability';
import { ServiceMeshChart } from '../mesh/service-mesh-chart';
import { SecretStoreChart } from '../services/secret-store-chart';
import { ServiceChart } from '../services/service-chart';
import { applySyncWaves } from './waves';

/** One rendered manifest file: its path from the repository root, and its text. */
export interface RenderedFile {
  readonly path: string;
  readonly content: string;
}

/** The rendered charts of one folder, before they are turned into text. */
export interface RenderedFolder {
  /** Folder from the repository root, e.g. `k8s/prod/us-east-1`. */
  readonly path: string;
  readonly charts: readonly Chart[];
}

/** The charts of one cluster (region), built into their own cdk8s App. */
export function clusterCharts(config: PlatformConfig, region: RegionConfig): RenderedFolder {
  const app = new App();
  const props = { config, region };
  // The observability layer reads AMP, Grafana and tracing-store values from Secrets Manager;
  // the ingress gateway its TLS certificate (IngressBindingChart's ExternalSecret).
  const secretStoreNamespaces = [monitoringNamespace(config), tracingNamespace(config), ...mlNamespaces(config), config.gitops.operators.istioIngress.namespace];
  const charts: Chart[] = [new MeshChart(app, 'mesh', props), new SecretStoreChart(app, 'secret-store', { ...props, additionalNamespaces: secretStoreNamespaces })];
  charts.push(new ObservabilityChart(app, 'observability', props), new TracingChart(app, 'tracing', props));
  charts.push(new IngressBindingChart(app, 'ingress-binding', props));
  // The ML layer (MLflow, Feast config, KServe models), when the environment has one.
  if (config.ml) charts.push(new MlChart(app, 'ml', props), new ModelServingChart(app, 'ml-models', props));
  // Kafka: Strimzi where the region's engine is strimzi; every region's client Secrets and egress.
  if (strimziNamespaces(config, region).length > 0) charts.push(new StrimziChart(app, 'kafka', props));
  charts.push(new KafkaClientsChart(app, 'kafka-clients', props));
  // MongoDB Atlas: each client service's egress to the region's private endpoint.
  if (config.atlas) charts.push(new AtlasClientsChart(app, 'atlas-clients', props));
  for (const service of config.services) {
    charts.push(new ServiceChart(app, `service-${service.name}`, { ...props, service, envFromSecrets: kafkaEnvFromSecrets(config, service) }));
    charts.push(new ServiceMeshChart(app, `mesh-${service.name}`, { ...props, service }));
  }
  return { path: clusterManifestPath(config, region), charts };
}

/** The hub's Argo CD objects (project, ApplicationSets, cluster registrations) for the environment. */
export function gitopsCharts(config: PlatformConfig): RenderedFolder {
  const app = new App();
  return { path: gitopsManifestPath(config), charts: [new GitOpsChart(app, 'gitops', { config, workloadNamespaces: [tracingNamespace(config), ...mlNamespaces(config), ...strimziNamespaces(config)] })] };
}

/** Every folder of an environment: one per cluster plus the Argo CD folder. */
export function environmentFolders(config: PlatformConfig): RenderedFolder[] {
  return [gitopsCharts(config), ...config.regions.map((region) => clusterCharts(config, region))];
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
      files.push({ path: `${folder.path}/${chart.node.id}.yaml`, content: header + Yaml.stringify(...chart.toJson()) });
    }
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Renders every manifest of an environment. */
export function renderEnvironment(config: PlatformConfig): RenderedFile[] {
  return renderFolders(config, environmentFolders(config));
}

/** The ML layer's namespace, when the environment has an `ml` section. */
function mlNamespaces(config: PlatformConfig): string[] {
  return config.ml ? [mlNamespace(config)] : [];
}
