/**
 * Shared fixtures of the services tests: the shipped configs, variants of them, and charts
 * rendered to plain manifests.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Testing } from 'cdk8s';
import * as YAML from 'yaml';
import { PlatformConfig, RegionConfig, ServiceConfig, loadConfigFile, parseConfig } from '../../lib/config';
import { SecretStoreChart, SecretStoreChartProps } from '../../lib/regions/secret-store-chart';
import { ServiceChart } from '../../lib/services';
import { ROOT } from '../helpers/synth';

/** A rendered Kubernetes object. */
export type Manifest = Record<string, any>;

const configs = new Map<string, PlatformConfig>();

/** A shipped environment's config (`config/<env>.yaml`), loaded once per test file. */
export function shipped(env: 'prod' | 'dev'): PlatformConfig {
  let config = configs.get(env);
  if (!config) {
    config = loadConfigFile(path.join(ROOT, 'config', `${env}.yaml`));
    configs.set(env, config);
  }
  return config;
}

/** The shipped config of `env` as YAML data, changed by `mutate`, then validated. */
export function variant(env: 'prod' | 'dev', mutate: (data: any) => void): PlatformConfig {
  const data = YAML.parse(fs.readFileSync(path.join(ROOT, 'config', `${env}.yaml`), 'utf8'));
  mutate(data);
  return parseConfig(data, `${env}.yaml (variant)`);
}

/** A region of a config, by name. */
export function regionOf(config: PlatformConfig, name: string): RegionConfig {
  const region = config.regions.find((r) => r.name === name);
  if (!region) throw new Error(`no region ${name}`);
  return region;
}

/** A service of a config, by name. */
export function serviceOf(config: PlatformConfig, name: string): ServiceConfig {
  const service = config.services.find((s) => s.name === name);
  if (!service) throw new Error(`no service ${name}`);
  return service;
}

/** Renders the ServiceChart of one service in one region. */
export function renderService(config: PlatformConfig, regionName: string, serviceName: string): Manifest[] {
  const chart = new ServiceChart(Testing.app(), serviceName, {
    config,
    region: regionOf(config, regionName),
    service: serviceOf(config, serviceName),
  });
  return Testing.synth(chart);
}

/** Renders the SecretStoreChart of one region. */
export function renderSecretStore(
  config: PlatformConfig,
  regionName: string,
  extra: Partial<Pick<SecretStoreChartProps, 'additionalNamespaces'>> = {},
): Manifest[] {
  const chart = new SecretStoreChart(Testing.app(), 'secret-store', { config, region: regionOf(config, regionName), ...extra });
  return Testing.synth(chart);
}

/** Every object of `kind`. */
export function ofKind(manifests: readonly Manifest[], kind: string): Manifest[] {
  return manifests.filter((m) => m.kind === kind);
}

/** The one object of `kind` named `name` (fails when there is not exactly one). */
export function find(manifests: readonly Manifest[], kind: string, name: string): Manifest {
  const hits = manifests.filter((m) => m.kind === kind && m.metadata?.name === name);
  if (hits.length !== 1) throw new Error(`expected one ${kind}/${name}, found ${hits.length}`);
  return hits[0];
}

/** Every string held under a key named `key`, anywhere in `value`. */
export function stringsUnder(value: unknown, key: string): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => stringsUnder(v, key));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => (k === key && typeof v === 'string' ? [v] : stringsUnder(v, key)));
}

/** Every key used anywhere in `value`. */
export function keysIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [k, ...keysIn(v)]);
}
