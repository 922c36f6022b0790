import { capacityProblems, regionCapacity, RegionCapacity } from '../capacity/model';
import { Demand, containerRequests, footprintDemand, NO_REQUESTS } from '../capacity/demand';
import { CapacityDefaults, manifestDemands, renderedNamespaces, sidecarInjected } from '../capacity/manifests';
import { ConfigError, PlatformConfig, RegionConfig } from '../config';
import type { OperatorFootprint, OperatorRelease } from '../core/layer';
import type { RenderedFile } from '../k8s';
import { clusterObjects, layerOperators } from './render';

/** What the model reads besides the config and the manifests: recorded upstream defaults. */
export interface CapacityInputs {
  /** What operators give the pods they make from custom resources. */
  readonly defaults: CapacityDefaults;
  /** The EKS managed add-ons every cluster runs, by add-on name. */
  readonly addons: Readonly<Record<string, OperatorFootprint>>;
}

/** The operators a region's cluster runs (every operator without a region list). */
function regionOperators(config: PlatformConfig, region: RegionConfig): OperatorRelease[] {
  return layerOperators(config).filter((o) => o.regions === undefined || o.regions.includes(region.name));
}

/**
 * Everything that runs on one region's cluster, as demands: the rendered workloads (and the pods
 * their custom resources make), each operator's recorded footprint in its namespace, and the
 * EKS add-ons. A sidecar is added wherever Istio would inject one.
 */
export function regionDemands(config: PlatformConfig, region: RegionConfig, files: readonly RenderedFile[], inputs: CapacityInputs): Demand[] {
  const manifests = clusterObjects(config, region, files);
  const namespaces = renderedNamespaces(manifests);
  const sidecar = containerRequests(inputs.defaults.sidecar);
  const operators = regionOperators(config, region).flatMap((operator) => {
    if (!operator.footprint) throw new Error(`capacity model: operator '${operator.key}' records no footprint (OperatorRelease.footprint)`);
    const namespace = config.gitops.operators[operator.key].namespace;
    // Argo CD creates an operator's namespace with Pod Security labels only (no injection), unless
    // the manifests render it; the charts label their pods for no injection either way.
    const labels = operator.namespaceFromManifests ? namespaces.get(namespace) ?? {} : {};
    const injected = sidecarInjected(labels, {});
    return operator.footprint.workloads.map((w) => footprintDemand(`${namespace}/${w.name}`, 'operators', w, injected ? sidecar : NO_REQUESTS));
  });
  const addons = Object.values(inputs.addons).flatMap((addon) => addon.workloads.map((w) => footprintDemand(`kube-system/${w.name}`, 'add-ons', w, NO_REQUESTS)));
  return [...manifestDemands(manifests, inputs.defaults, namespaces), ...operators, ...addons];
}

/** Every region's capacity, from the environment's rendered files. */
export function environmentCapacity(config: PlatformConfig, files: readonly RenderedFile[], inputs: CapacityInputs): RegionCapacity[] {
  return config.regions.map((region) => regionCapacity(region, regionDemands(config, region, files, inputs)));
}

/**
 * The capacity check of a config, as a config error (one line per region and scenario that does
 * not fit), or undefined when every region fits.
 */
export function capacityError(config: PlatformConfig, source: string, files: readonly RenderedFile[], inputs: CapacityInputs): ConfigError | undefined {
  const problems = capacityProblems(config, environmentCapacity(config, files, inputs));
  return problems.length > 0 ? new ConfigError(source, problems) : undefined;
}
