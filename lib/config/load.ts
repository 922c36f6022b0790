import * as YAML from 'yaml';
import { z } from 'zod';
import { formatPath, platformConfigSchema } from './schema';

type Parsed = z.output<typeof platformConfigSchema>;
type ParsedRegion = Parsed['regions'][number];

/** A region with every default filled in. */
export interface RegionConfig extends Omit<ParsedRegion, 'natGateways' | 'nodeGroups'> {
  /** NAT gateways in this region's VPC. */
  readonly natGateways: number;
  /** Managed node groups of this region's cluster. */
  readonly nodeGroups: Parsed['eks']['nodeGroups'];
}

/** The validated platform config with every default filled in, once. */
export interface PlatformConfig extends Omit<Parsed, 'regions'> {
  readonly regions: readonly RegionConfig[];
  /** The control-plane (hub) region. */
  readonly hubRegion: RegionConfig;
}

/** A config that failed validation: one line per problem, each naming its field path. */
export class ConfigError extends Error {
  constructor(
    /** Where the config came from (file path), for the first line of the message. */
    public readonly source: string,
    /** One entry per problem: `field.path: what is wrong and what is allowed`. */
    public readonly problems: readonly string[],
  ) {
    super(`${source}: invalid platform config\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Fills the derived defaults that depend on other fields. The only place defaults are set besides the schema. */
function resolve(parsed: Parsed): PlatformConfig {
  const regions = parsed.regions.map(
    (r): RegionConfig => ({
      ...r,
      natGateways: r.natGateways ?? r.availabilityZones.length,
      nodeGroups: r.nodeGroups ?? parsed.eks.nodeGroups,
    }),
  );
  return { ...parsed, regions, hubRegion: regions.find((r) => r.hub)! };
}

/**
 * Validates an already-parsed config object.
 * @throws ConfigError listing every problem found
 */
export function parseConfig(data: unknown, source = 'config'): PlatformConfig {
  if (data === null || data === undefined) {
    throw new ConfigError(source, ['(root): the file is empty; expected a platform config mapping (project, environment, owner, eks, regions)']);
  }
  const result = platformConfigSchema.safeParse(data, {
    error: (issue) =>
      issue.code === 'invalid_type' && issue.input === undefined ? `required (expected ${issue.expected})` : undefined,
  });
  if (!result.success) {
    throw new ConfigError(
      source,
      result.error.issues.map((i) => `${formatPath(i.path) || '(root)'}: ${i.message}`),
    );
  }
  return resolve(result.data);
}

/**
 * Parses YAML text into a validated config.
 * @throws ConfigError for YAML syntax errors and every validation problem
 */
export function parseConfigYaml(text: string, source = 'config'): PlatformConfig {
  const doc = YAML.parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(
      source,
      doc.errors.map((e) => `(yaml) line ${e.linePos?.[0]?.line ?? '?'}: ${e.message.split('\n')[0]}`),
    );
  }
  return parseConfig(doc.toJS(), source);
}

/** One of the platform's services, as validated (`config.services[i]`). */
export type ServiceConfig = PlatformConfig['services'][number];
