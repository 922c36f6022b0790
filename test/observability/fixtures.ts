/**
 * Shared fixtures of the observability tests: the observability and tracing charts rendered to
 * plain manifests, once per config and region within a test file.
 */
import { Testing } from 'cdk8s';
import { PlatformConfig } from '../../lib/config';
import { ObservabilityChart, TracingChart } from '../../lib/observability';
import { Manifest, regionOf } from '../services/fixtures';

export type { Manifest } from '../services/fixtures';
export { regionOf, shipped, variant } from '../services/fixtures';

/** Renders the ObservabilityChart of one region. */
export function renderObservability(config: PlatformConfig, regionName: string): Manifest[] {
  return Testing.synth(new ObservabilityChart(Testing.app(), 'observability', { config, region: regionOf(config, regionName) }));
}

/** Renders the TracingChart of one region. */
export function renderTracing(config: PlatformConfig, regionName: string): Manifest[] {
  return Testing.synth(new TracingChart(Testing.app(), 'tracing', { config, region: regionOf(config, regionName) }));
}

/** Every object of `kind`. */
export function ofKind(manifests: readonly Manifest[], kind: string): Manifest[] {
  return manifests.filter((m) => m.kind === kind);
}

/** The one object of `kind` named `name` (in `namespace` when given). */
export function find(manifests: readonly Manifest[], kind: string, name: string, namespace?: string): Manifest {
  const hits = manifests.filter((m) => m.kind === kind && m.metadata?.name === name && (namespace === undefined || m.metadata?.namespace === namespace));
  if (hits.length !== 1) throw new Error(`expected one ${kind} ${namespace ?? '*'}/${name}, found ${hits.length}`);
  return hits[0];
}
