import * as ipaddr from 'ipaddr.js';
import { z } from 'zod';
import { Issue, cidrsOverlap, formatPath, quantity, strictObject } from './zod-helpers';
import { atlasConfig, checkAtlas } from './sections/atlas';
import { complianceConfig } from './sections/compliance';
import { coreFields } from './sections/core';
import { checkDelivery, deliveryConfig } from './sections/delivery';
import { checkKafka, kafkaConfig } from './sections/kafka';
import { checkMl, mlConfig } from './sections/ml';
import { checkStreams, streamsConfig } from './sections/streams';
import { canaryHealthRoutes, checkObservability, observabilityConfig } from './sections/observability';
import { availabilityZonesOf } from './aws';
import { targetGroupNameFor } from './prefixes';
import { INSTANCE_TYPES } from './instance-types';

/** The schema of `config/<env>.yaml`, before cross-field checks. */
export const platformConfigShape = strictObject({
  project: coreFields.project,
  environment: coreFields.environment,
  owner: coreFields.owner,
  production: coreFields.production,
  logging: coreFields.logging,
  eks: coreFields.eks,
  regions: coreFields.regions,
  mesh: coreFields.mesh,
  gitops: coreFields.gitops,
  edge: coreFields.edge,
  /** Event streaming: MSK or Strimzi per region, topics, ACLs (lib/config/sections/kafka.ts). */
  kafka: kafkaConfig,
  /** Stream-processing jobs on the clusters (lib/config/sections/streams.ts). */
  streams: streamsConfig,
  /** MongoDB Atlas replication (lib/config/sections/atlas.ts). */
  atlas: atlasConfig,
  /** MLOps: KServe models, MLflow, Feast (lib/config/sections/ml.ts). */
  ml: mlConfig,
  /** Observability and SLOs (lib/config/sections/observability.ts). */
  observability: observabilityConfig,
  /** Delivery: region waves, approval, and the pipeline (lib/config/sections/delivery.ts). */
  delivery: deliveryConfig,
  services: coreFields.services,
  /** Acknowledgement owners, review date and the pinned "today" (lib/config/sections/compliance.ts). */
  compliance: complianceConfig,
});

/** The parsed config before derived defaults: what cross-field checks see. */
export type RawConfig = z.output<typeof platformConfigShape>;

/** Cross-field checks: each names the field it concerns. */
function checkConfig(config: RawConfig, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });

  const hubs = config.regions.filter((r) => r.hub).length;
  if (hubs !== 1) {
    issue(['regions'], `exactly one region must have 'hub: true' (the control-plane region), found ${hubs}`);
  }

  const seenRegion = new Map<string, number>();
  config.regions.forEach((r, i) => {
    const first = seenRegion.get(r.name);
    if (first !== undefined) issue(['regions', i, 'name'], `'${r.name}' is already regions[${first}].name; each region once`);
    else seenRegion.set(r.name, i);

    const valid = availabilityZonesOf(r.name);
    const seenAz = new Set<string>();
    r.availabilityZones.forEach((az, j) => {
      if (!valid.includes(az)) {
        issue(['regions', i, 'availabilityZones', j], `'${az}' is not an availability zone of ${r.name} (allowed: ${valid.join(', ')})`);
      }
      if (seenAz.has(az)) issue(['regions', i, 'availabilityZones', j], `'${az}' is listed twice`);
      seenAz.add(az);
    });
    if (r.natGateways !== undefined && r.natGateways > r.availabilityZones.length) {
      issue(['regions', i, 'natGateways'], `must be at most the number of availability zones (${r.availabilityZones.length}), got ${r.natGateways}`);
    }
    if (r.nodeGroups) checkNodeGroups(r.nodeGroups, ['regions', i, 'nodeGroups'], issue);
  });

  config.regions.forEach((r, i) => {
    for (let j = 0; j < i; j++) {
      if (cidrsOverlap(r.cidr, config.regions[j].cidr)) {
        issue(['regions', i, 'cidr'], `${r.cidr} overlaps regions[${j}].cidr (${config.regions[j].cidr})`);
      }
    }
  });

  checkNodeGroups(config.eks.nodeGroups, ['eks', 'nodeGroups'], issue);
  checkServices(config, issue);
  checkKafka(config, issue);
  checkStreams(config, issue);
  checkAtlas(config, issue);
  checkMl(config, issue);
  checkObservability(config, issue);
  checkDelivery(config, issue);
  if (config.compliance.reviewBy < config.compliance.asOf) {
    issue(['compliance', 'reviewBy'], `${config.compliance.reviewBy} is before compliance.asOf (${config.compliance.asOf}): every acknowledgement would be past its review`);
  }
  if (!config.regions.some((r) => r.trafficDialPercent > 0)) {
    issue(['regions'], 'at least one region needs trafficDialPercent above 0, or the accelerator serves nothing');
  }
  const tgName = targetGroupNameFor(config.project, config.environment, 'https');
  if (tgName.length > 32) {
    issue(['project'], `derived target-group name '${tgName}' is ${tgName.length} characters; AWS allows 32 (shorten project or environment)`);
  }

  const endpoint = config.eks.endpoint;
  if (endpoint.mode === 'public-and-private' && endpoint.publicCidrs.length === 0) {
    issue(['eks', 'endpoint', 'publicCidrs'], `required when mode is 'public-and-private': list the CIDRs allowed to reach the API server`);
  }
  if (endpoint.mode === 'private' && endpoint.publicCidrs.length > 0) {
    issue(['eks', 'endpoint', 'publicCidrs'], `must be empty when mode is 'private' (set mode: public-and-private to use them)`);
  }
  endpoint.publicCidrs.forEach((cidr, i) => {
    if (ipaddr.isValidCIDR(cidr) && ipaddr.parseCIDR(cidr)[1] === 0) {
      issue(['eks', 'endpoint', 'publicCidrs', i], `${cidr} opens the API server to the whole internet; list specific networks`);
    }
  });
}

function checkNodeGroups(
  groups: RawConfig['eks']['nodeGroups'],
  path: (string | number)[],
  issue: Issue,
): void {
  const seen = new Map<string, number>();
  groups.forEach((g, i) => {
    const first = seen.get(g.name);
    if (first !== undefined) issue([...path, i, 'name'], `'${g.name}' is already ${formatPath([...path, first])}.name; node group names must be unique`);
    else seen.set(g.name, i);
    if (g.minSize > g.desiredSize || g.desiredSize > g.maxSize) {
      issue([...path, i], `sizes must satisfy minSize <= desiredSize <= maxSize, got ${g.minSize} / ${g.desiredSize} / ${g.maxSize}`);
    }
    g.instanceTypes.forEach((type, j) => {
      // The capacity model sizes every node; a type it has no figures for cannot be checked.
      if (!INSTANCE_TYPES[type]) issue([...path, i, 'instanceTypes', j], `'${type}' has no recorded capacity (allowed: ${Object.keys(INSTANCE_TYPES).join(', ')}; add one in lib/config/instance-types.ts)`);
    });
  });
}


/** The mesh ingress gateway, as a caller in `services[].callers`. */
export const INGRESS_CALLER = 'ingress';

function checkServices(config: RawConfig, issue: Issue): void {
  const names = config.services.map((s) => s.name);
  const regionNames = config.regions.map((r) => r.name);
  config.services.forEach((svc, i) => {
    const at = (...rest: (string | number)[]) => ['services', i, ...rest];
    const first = names.indexOf(svc.name);
    if (first !== i) issue(at('name'), `'${svc.name}' is already services[${first}].name; service names must be unique`);

    const total = svc.versions.reduce((sum, v) => sum + v.weight, 0);
    if (total !== 100) {
      issue(at('versions'), `weights must sum to 100, got ${svc.versions.map((v) => v.weight).join(' + ')} = ${total}`);
    }
    const versionNames = svc.versions.map((v) => v.name);
    svc.versions.forEach((v, j) => {
      if (versionNames.indexOf(v.name) !== j) issue(at('versions', j, 'name'), `'${v.name}' is listed twice`);
    });

    for (const kind of ['cpu', 'memory'] as const) {
      const req = quantity(svc.resources.requests[kind], kind);
      const lim = quantity(svc.resources.limits[kind], kind);
      if (lim < req) {
        issue(at('resources', 'limits', kind), `${svc.resources.limits[kind]} is below the request (${svc.resources.requests[kind]}); limits must be >= requests`);
      }
    }

    svc.callers.forEach((caller, j) => {
      if (caller !== INGRESS_CALLER && !names.includes(caller)) {
        issue(at('callers', j), `'${caller}' is not a service (allowed: ${[INGRESS_CALLER, ...names.filter((n) => n !== svc.name)].join(', ')})`);
      }
      if (caller === svc.name) issue(at('callers', j), `a service does not list itself as a caller`);
    });
    if (svc.ingressPathPrefix && !svc.callers.includes(INGRESS_CALLER)) {
      issue(at('ingressPathPrefix'), `routes traffic from the ingress gateway, so callers must include '${INGRESS_CALLER}'`);
    }

    const replicaCounts: Array<[(string | number)[], number]> = [[at('replicas'), svc.replicas]];
    for (const [region, n] of Object.entries(svc.regionReplicas)) {
      if (!regionNames.includes(region)) {
        issue(at('regionReplicas', region), `'${region}' is not a configured region (allowed: ${regionNames.join(', ')})`);
      }
      replicaCounts.push([at('regionReplicas', region), n]);
    }
    for (const [path, n] of replicaCounts) {
      if (n <= svc.minAvailable) {
        issue(path, `${n} replicas cannot keep minAvailable (${svc.minAvailable}) through a node drain; use more than ${svc.minAvailable}`);
      }
      if (svc.maxReplicas !== undefined && svc.maxReplicas < n) {
        issue(at('maxReplicas'), `${svc.maxReplicas} is below the ${n} replicas of ${formatPath(path)}`);
      }
    }
  });
}

/** The full schema: shape, defaults and cross-field checks. */
export const platformConfigSchema = platformConfigShape.superRefine(checkConfig).transform((config) => ({
  ...config,
  observability: {
    ...config.observability,
    // The checks above made sure there is one.
    synthetics: { ...config.observability.synthetics, path: config.observability.synthetics.path ?? canaryHealthRoutes(config.services)[0] },
  },
}));

/** The config as written in YAML (defaults optional). */
export type PlatformConfigInput = z.input<typeof platformConfigSchema>;

export { cidrsOverlap, formatPath, ipv4Cidr, slug, strictObject } from './zod-helpers';
export { targetGroupNameFor };
