import * as ipaddr from 'ipaddr.js';
import { z } from 'zod';
import { AWS_REGIONS, DEFAULT_EKS_VERSION, EKS_VERSIONS, LOG_RETENTION_DAYS, availabilityZonesOf } from './aws';

/**
 * A strict object: unknown keys are rejected, and the message lists the keys that are allowed,
 * so a typo in the YAML tells the user what they meant.
 */
export function strictObject<T extends z.ZodRawShape>(shape: T) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')} (allowed: ${allowed})`
        : undefined,
  });
}

/** A lower-case DNS-label style name: used in stack, cluster and resource names. */
export const slug = (max: number) =>
  z
    .string()
    .regex(/^[a-z]([a-z0-9-]*[a-z0-9])?$/, `must be lower-case letters, digits and '-', starting with a letter (e.g. 'healthcare')`)
    .max(max);

/** An IPv4 CIDR block such as `10.0.0.0/16`, with the host bits zero. */
export const ipv4Cidr = z.string().superRefine((value, ctx) => {
  if (!ipaddr.isValidCIDR(value) || !ipaddr.IPv4.isValidFourPartDecimal(value.split('/')[0])) {
    ctx.addIssue({ code: 'custom', message: `'${value}' is not an IPv4 CIDR block (e.g. 10.0.0.0/16)` });
    return;
  }
  const [address, prefix] = ipaddr.IPv4.parseCIDR(value);
  const network = ipaddr.IPv4.networkAddressFromCIDR(value);
  if (address.toString() !== network.toString()) {
    ctx.addIssue({ code: 'custom', message: `'${value}' has host bits set; the network is ${network}/${prefix}` });
  }
});

/** An IAM role or user ARN (the principal an EKS access entry is made for). */
const iamPrincipalArn = z
  .string()
  .regex(/^arn:aws(-[a-z]+)*:iam::\d{12}:(role|user)\/[\w+=,.@\/-]+$/, 'must be an IAM role or user ARN (arn:aws:iam::123456789012:role/Name)');

const nodeGroup = strictObject({
  /** Node group name, unique within the cluster. */
  name: slug(40),
  /** EC2 instance types, first one preferred (e.g. m5.large). */
  instanceTypes: z
    .array(z.string().regex(/^[a-z][a-z0-9-]*\.[a-z0-9]+$/, 'must be an EC2 instance type such as m5.large'))
    .min(1),
  minSize: z.number().int().min(0),
  desiredSize: z.number().int().min(0),
  maxSize: z.number().int().min(1).max(450),
  /** @default ON_DEMAND */
  capacityType: z.enum(['ON_DEMAND', 'SPOT']).default('ON_DEMAND'),
  /** Root volume (gp3, encrypted) size. @default 50 */
  diskSizeGiB: z.number().int().min(20).max(16384).default(50),
  /** Kubernetes labels put on every node of the group. @default {} */
  labels: z.record(z.string(), z.string()).default({}),
});

const region = strictObject({
  /** AWS region name, e.g. us-east-1. */
  name: z.enum(AWS_REGIONS),
  /** The 12-digit account the region's stack deploys to. */
  account: z.string().regex(/^\d{12}$/, 'must be a 12-digit AWS account id (quote it in YAML)'),
  /** The control-plane (hub) region: global stack and Argo CD live here. Exactly one. @default false */
  hub: z.boolean().default(false),
  /** The VPC's IPv4 block (/16 or larger); must not overlap any other region's. */
  cidr: ipv4Cidr.refine((c) => !ipaddr.isValidCIDR(c) || ipaddr.parseCIDR(c)[1] <= 16, {
    message: 'must be a /16 or larger block: each AZ gets a /19 private and a /22 public subnet',
  }),
  /** Availability zones, named explicitly (no lookup at synth). */
  availabilityZones: z.array(z.string()).min(2).max(6),
  /** @default - one NAT gateway per AZ */
  natGateways: z.number().int().min(1).max(6).optional(),
  /** @default - the `eks.nodeGroups` list */
  nodeGroups: z.array(nodeGroup).min(1).optional(),
});

const endpointAccess = strictObject({
  /**
   * `private`: the API server is reachable only from inside the VPC (and peered networks).
   * `public-and-private`: also from `publicCidrs`, which must be given and never 0.0.0.0/0.
   * @default private
   */
  mode: z.enum(['private', 'public-and-private']).default('private'),
  /** @default [] */
  publicCidrs: z.array(ipv4Cidr).default([]),
});

const eks = strictObject({
  /** @default the newest version both aws-eks-v2 and EKS support */
  version: z.enum(EKS_VERSIONS).default(DEFAULT_EKS_VERSION),
  /** @default { mode: private } */
  endpoint: endpointAccess.default({ mode: 'private', publicCidrs: [] }),
  /** The IAM principal given cluster-admin through an EKS access entry (not aws-auth). */
  adminPrincipalArn: iamPrincipalArn,
  /** Managed node groups of every cluster, unless a region overrides them. */
  nodeGroups: z.array(nodeGroup).min(1),
});

const logging = strictObject({
  /** Retention of VPC flow logs and other platform log groups. @default 365 */
  retentionDays: z
    .number()
    .int()
    .refine((d) => (LOG_RETENTION_DAYS as readonly number[]).includes(d), {
      message: `must be one of ${LOG_RETENTION_DAYS.join(', ')}`,
    })
    .default(365),
});

/** The schema of `config/<env>.yaml`, before cross-field checks. */
export const platformConfigShape = strictObject({
  /** Project name, first part of every derived name. */
  project: slug(20),
  /** Environment name, e.g. prod or dev. */
  environment: slug(12),
  /** Owner (team) put on the `owner` cost-allocation tag. */
  owner: z.string().min(1).max(128),
  /**
   * A production environment: termination protection, deletion protection, and stateful
   * resources retained. @default false
   */
  production: z.boolean().default(false),
  /** @default { retentionDays: 365 } */
  logging: logging.default({ retentionDays: 365 }),
  eks,
  regions: z.array(region).min(1),
});

type RawConfig = z.output<typeof platformConfigShape>;

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
  issue: (path: (string | number)[], message: string) => void,
): void {
  const seen = new Map<string, number>();
  groups.forEach((g, i) => {
    const first = seen.get(g.name);
    if (first !== undefined) issue([...path, i, 'name'], `'${g.name}' is already ${formatPath([...path, first])}.name; node group names must be unique`);
    else seen.set(g.name, i);
    if (g.minSize > g.desiredSize || g.desiredSize > g.maxSize) {
      issue([...path, i], `sizes must satisfy minSize <= desiredSize <= maxSize, got ${g.minSize} / ${g.desiredSize} / ${g.maxSize}`);
    }
  });
}

/** Whether two valid IPv4 CIDR blocks share any address. */
export function cidrsOverlap(a: string, b: string): boolean {
  if (!ipaddr.isValidCIDR(a) || !ipaddr.isValidCIDR(b)) return false;
  const ra = ipaddr.IPv4.parseCIDR(a);
  const rb = ipaddr.IPv4.parseCIDR(b);
  return ra[0].match(rb) || rb[0].match(ra);
}

/** A zod path as users write it: `regions[1].cidr`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

/** The full schema: shape, defaults and cross-field checks. */
export const platformConfigSchema = platformConfigShape.superRefine(checkConfig);

/** The config as written in YAML (defaults optional). */
export type PlatformConfigInput = z.input<typeof platformConfigSchema>;
