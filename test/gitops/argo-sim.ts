/**
 * A small, strict stand-in for the Argo CD ApplicationSet controller, so tests can prove what the
 * rendered ApplicationSets generate (Application names, paths, Helm values per cluster) instead of
 * only comparing template strings.
 *
 * It implements the subset of Go templates the platform uses, with `missingkey=error` semantics
 * (a missing key throws), and the generators the platform uses: `clusters` (with a label
 * selector with matchLabels and matchExpressions, parameters as the controller derives them from a cluster Secret) and a two-child
 * `matrix` whose second child is a `list` (its elements are interpolated with the first child's
 * parameters, as the controller does). Anything else throws, so a template construct this
 * simulator does not understand cannot pass unnoticed.
 */
import * as YAML from 'yaml';

/** Template parameters: what `.` refers to. */
export type Params = Record<string, unknown>;

const ACTION = /\{\{-?\s*(.*?)\s*-?\}\}/g;
const PATH = /^(\.[A-Za-z_][A-Za-z0-9_]*)+$/;
const INDEX = /^index\s+((?:\.[A-Za-z_][A-Za-z0-9_]*)+)\s+"([^"]*)"$/;
const TO_YAML = /^toYaml\s+((?:\.[A-Za-z_][A-Za-z0-9_]*)+)$/;

function lookup(params: Params, path: string, template: string): unknown {
  let value: unknown = params;
  for (const key of path.slice(1).split('.')) {
    if (typeof value !== 'object' || value === null || !(key in value)) {
      throw new Error(`missing key '${key}' of '${path}' in template '${template}'`);
    }
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function text(value: unknown, template: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new Error(`'${template}' renders a ${typeof value}, not a scalar`);
}

/** Renders one string as an ApplicationSet Go template with `missingkey=error`. */
export function renderTemplate(template: string, params: Params): string {
  return template.replace(ACTION, (_, action: string) => {
    if (PATH.test(action)) return text(lookup(params, action, template), template);
    const index = INDEX.exec(action);
    if (index) {
      const map = lookup(params, index[1], template);
      if (typeof map !== 'object' || map === null || !(index[2] in map)) {
        throw new Error(`missing key "${index[2]}" of '${index[1]}' in template '${template}'`);
      }
      return text((map as Record<string, unknown>)[index[2]], template);
    }
    const toYaml = TO_YAML.exec(action);
    if (toYaml) return YAML.stringify(lookup(params, toYaml[1], template));
    throw new Error(`unsupported template action '{{ ${action} }}' in '${template}'`);
  });
}

/** Renders every string in a JSON value (keys included), as the controller does for templates. */
export function renderDeep<T>(value: T, params: Params): T {
  if (typeof value === 'string') return renderTemplate(value, params) as T;
  if (Array.isArray(value)) return value.map((v) => renderDeep(v, params)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [renderTemplate(k, params), renderDeep(v, params)])) as T;
  }
  return value;
}

/** The parameters the cluster generator derives from a rendered cluster Secret. */
export function clusterParams(secret: any): Params {
  const data = secret.stringData ?? {};
  return {
    name: data.name,
    nameNormalized: String(data.name).toLowerCase().replace(/[^a-z0-9.-]/g, '-'),
    server: data.server,
    project: data.project ?? '',
    metadata: { labels: secret.metadata.labels ?? {}, annotations: secret.metadata.annotations ?? {} },
  };
}

function selected(secret: any, generator: any): boolean {
  const matchLabels: Record<string, string> = generator.clusters?.selector?.matchLabels ?? {};
  const expressions: Array<{ key: string; operator: string; values?: string[] }> = generator.clusters?.selector?.matchExpressions ?? [];
  const labels: Record<string, string> = secret.metadata.labels ?? {};
  // Kubernetes label-selector semantics (In, NotIn, Exists, DoesNotExist), all ANDed.
  const matches = (e: { key: string; operator: string; values?: string[] }): boolean => {
    const has = e.key in labels;
    switch (e.operator) {
      case 'In':
        return has && (e.values ?? []).includes(labels[e.key]);
      case 'NotIn':
        return !has || !(e.values ?? []).includes(labels[e.key]);
      case 'Exists':
        return has;
      case 'DoesNotExist':
        return !has;
      default:
        throw new Error(`selector operator ${e.operator} is not a label-selector operator`);
    }
  };
  return labels['argocd.argoproj.io/secret-type'] === 'cluster' && Object.entries(matchLabels).every(([k, v]) => labels[k] === v) && expressions.every(matches);
}

function generate(generator: any, secrets: readonly any[]): Params[] {
  if (generator.clusters) return secrets.filter((s) => selected(s, generator)).map(clusterParams);
  if (generator.matrix) {
    const [first, second] = generator.matrix.generators;
    if (generator.matrix.generators.length !== 2 || !second.list) throw new Error('only a two-child matrix ending in a list is simulated');
    return generate(first, secrets).flatMap((outer) =>
      (second.list.elements as Params[]).map((element) => ({ ...outer, ...renderDeep(element, outer) })),
    );
  }
  throw new Error(`generator ${Object.keys(generator).join(', ')} is not simulated`);
}

/** One generated Application: its parameters and its rendered template. */
export interface Generated {
  readonly params: Params;
  readonly app: { metadata: any; spec: any };
}

/** The Applications an ApplicationSet generates, given the cluster Secrets Argo CD holds. */
export function generateApplications(appSet: any, clusterSecrets: readonly any[]): Generated[] {
  if (appSet.spec.goTemplate !== true) throw new Error('only goTemplate ApplicationSets are simulated');
  return appSet.spec.generators.flatMap((g: any) =>
    generate(g, clusterSecrets).map((params) => ({ params, app: renderDeep(appSet.spec.template, params) })),
  );
}
