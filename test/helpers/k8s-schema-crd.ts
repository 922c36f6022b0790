/**
 * Validation of custom resources for `k8s-schema.ts`, against the `openAPIV3Schema` of the
 * matching CRD version vendored in `crds/` (see crds/SOURCES.md).
 *
 * Parsing all CRDs costs about 2 s and compiling the big ones (ApplicationSet, InferenceService)
 * about 2 s each, so both are lazy: the index reads only each CRD's header (group and kind), a
 * CRD document is parsed when a resource of its kind is first seen, and a validator is compiled
 * once per (group, version, kind).
 */
import * as fs from 'fs';
import * as path from 'path';
import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { SchemaIssue, pointerToPath } from './k8s-schema-core';

/** Repository root, from test/helpers. */
const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** Folder of the vendored CRDs. */
export const CRD_DIR = path.join(REPO_ROOT, 'crds');

type JsonSchema = Record<string, unknown>;

interface CrdVersion {
  readonly name: string;
  readonly served?: boolean;
  readonly storage?: boolean;
  readonly schema?: { readonly openAPIV3Schema?: JsonSchema };
}

interface Crd {
  readonly metadata: { readonly name: string };
  readonly spec: {
    readonly group: string;
    readonly names: { readonly kind: string };
    readonly versions: readonly CrdVersion[];
  };
}

interface CrdHeader {
  readonly kind?: string;
  readonly spec?: { readonly group?: string; readonly names?: { readonly kind?: string } };
}

interface CrdEntry {
  /** Path relative to the repository root, for messages. */
  readonly file: string;
  readonly group: string;
  readonly kind: string;
  readonly text: string;
  crd?: Crd;
}

/** A vendored custom resource type: one served or unserved version of one CRD. */
export interface CustomResourceType {
  readonly group: string;
  readonly version: string;
  readonly kind: string;
  readonly served: boolean;
  readonly file: string;
}

/** Result of looking a custom resource up: not a vendored kind, an error, or a validator. */
export type CrdLookup =
  | { readonly found: false }
  | { readonly found: true; readonly error: string }
  | { readonly found: true; readonly validate: (manifest: unknown) => SchemaIssue[] };

/**
 * Keywords that Kubernetes structural schemas use and JSON Schema does not know. They are
 * declared so that Ajv's strict schema mode still rejects anything else. Only the first two
 * change validation (handled in `tighten`); CEL rules (`x-kubernetes-validations`) and list/map
 * semantics are not evaluated.
 */
const KUBERNETES_KEYWORDS = [
  'x-kubernetes-preserve-unknown-fields',
  'x-kubernetes-int-or-string',
  'x-kubernetes-embedded-resource',
  'x-kubernetes-validations',
  'x-kubernetes-list-type',
  'x-kubernetes-list-map-keys',
  'x-kubernetes-map-type',
  'example',
];

/** ObjectMeta fields a manifest may set; their values are checked by `k8s-schema.ts`. */
const OBJECT_META_FIELDS = [
  'name', 'generateName', 'namespace', 'labels', 'annotations', 'finalizers', 'ownerReferences',
  'uid', 'resourceVersion', 'generation', 'creationTimestamp', 'deletionTimestamp',
  'deletionGracePeriodSeconds', 'managedFields', 'selfLink',
];

let index: Map<string, CrdEntry[]> | undefined;
const validators = new Map<string, CrdLookup>();
let ajv: Ajv | undefined;

/** Looks up the validator for a custom resource; `found: false` when no vendored CRD has its group and kind. */
export function crdValidatorFor(apiVersion: string, kind: string): CrdLookup {
  const slash = apiVersion.lastIndexOf('/');
  if (slash < 0) {
    return { found: false };
  }
  const group = apiVersion.slice(0, slash);
  const version = apiVersion.slice(slash + 1);
  const entries = crdIndex().get(`${group}/${kind}`);
  if (!entries) {
    return { found: false };
  }
  const key = `${group}/${version}/${kind}`;
  let lookup = validators.get(key);
  if (!lookup) {
    lookup = compileFor(entries, version, apiVersion, kind);
    validators.set(key, lookup);
  }
  return lookup;
}

/** Every custom resource type (group, version, kind) in the vendored CRDs. Parses every CRD. */
export function listCustomResourceTypes(): CustomResourceType[] {
  const types: CustomResourceType[] = [];
  for (const entries of crdIndex().values()) {
    for (const entry of entries) {
      for (const v of loadCrd(entry).spec.versions) {
        types.push({ group: entry.group, version: v.name, kind: entry.kind, served: v.served !== false, file: entry.file });
      }
    }
  }
  return types;
}

function crdIndex(): Map<string, CrdEntry[]> {
  if (index) {
    return index;
  }
  index = new Map();
  for (const file of yamlFiles(CRD_DIR)) {
    const relative = path.relative(REPO_ROOT, file);
    // A line of exactly `---` cannot occur inside a block scalar (those are indented).
    for (const text of fs.readFileSync(file, 'utf8').split(/^---[ \t]*$/m)) {
      const header = readHeader(text);
      const group = header?.spec?.group;
      const kind = header?.spec?.names?.kind;
      if (header?.kind !== 'CustomResourceDefinition' || !group || !kind) {
        continue;
      }
      const key = `${group}/${kind}`;
      index.set(key, [...(index.get(key) ?? []), { file: relative, group, kind, text }]);
    }
  }
  return index;
}

/**
 * Parses the document up to `spec.versions` (which holds nearly all of its bytes), falling back
 * to the whole document when that part lacks the group or kind.
 */
function readHeader(text: string): CrdHeader | undefined {
  if (!/\S/.test(text)) {
    return undefined;
  }
  const cut = text.search(/^ {2}versions:[ \t]*$/m);
  if (cut > 0) {
    try {
      const head = parse(text.slice(0, cut)) as CrdHeader | null;
      if (head?.spec?.group && head?.spec?.names?.kind) {
        return head;
      }
    } catch {
      // Fall through to the full parse.
    }
  }
  return parse(text) as CrdHeader | undefined;
}

function yamlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return yamlFiles(full);
    }
    return /\.ya?ml$/.test(entry.name) ? [full] : [];
  }).sort();
}

function loadCrd(entry: CrdEntry): Crd {
  entry.crd ??= parse(entry.text) as Crd;
  return entry.crd;
}

function compileFor(entries: readonly CrdEntry[], version: string, apiVersion: string, kind: string): CrdLookup {
  const offered: string[] = [];
  for (const entry of entries) {
    const crd = loadCrd(entry);
    const match = crd.spec.versions.find((v) => v.name === version);
    offered.push(...crd.spec.versions.map((v) => `${v.name}${v.served === false ? ' (not served)' : ''}`));
    if (!match) {
      continue;
    }
    const where = `CRD ${crd.metadata.name} (${entry.file})`;
    if (match.served === false) {
      return { found: true, error: `no schema for ${apiVersion} ${kind}: version ${version} is not served by ${where}` };
    }
    const schema = match.schema?.openAPIV3Schema;
    if (!schema) {
      return { found: true, error: `no schema for ${apiVersion} ${kind}: ${where} has no openAPIV3Schema for ${version}` };
    }
    const validate = schemaCompiler().compile(tightenRoot(schema));
    return { found: true, validate: (manifest) => runValidator(validate, manifest) };
  }
  return {
    found: true,
    error: `no schema for ${apiVersion} ${kind}: the vendored CRD defines only ${offered.join(', ')}`,
  };
}

function schemaCompiler(): Ajv {
  if (!ajv) {
    ajv = new Ajv({
      allErrors: true,
      // Unknown keywords still throw; the structural-schema idioms Kubernetes allows (`pattern`
      // on int-or-string, `required` inside oneOf branches) would trip the type/required checks.
      strictSchema: true,
      strictNumbers: true,
      strictTypes: false,
      strictTuples: false,
      strictRequired: false,
      // Kubernetes formats (int32, byte, Go `duration`) differ from JSON Schema's; the API
      // server ignores most of them for CRDs.
      validateFormats: false,
      code: { regExp: GO_REGEXP_ENGINE },
    });
    ajv.addVocabulary(KUBERNETES_KEYWORDS);
  }
  return ajv;
}

/**
 * CRD patterns are Go RE2 syntax. The only construct in the vendored CRDs that JavaScript
 * rejects is a leading `(?i)` flag group (PrometheusRule), which becomes the `i` flag.
 */
function goRegExp(pattern: string, flags: string): RegExp {
  const inline = /^(\^?)\(\?([imsU]+)\)/.exec(pattern);
  if (inline) {
    const extra = inline[2].replace(/U/g, '').split('').filter((f) => !flags.includes(f)).join('');
    return new RegExp(inline[1] + pattern.slice(inline[0].length), flags + extra);
  }
  return new RegExp(pattern, flags);
}

/** Ajv's engine type also names the code used by standalone output, which is not used here. */
const GO_REGEXP_ENGINE = Object.assign(goRegExp, { code: 'goRegExp' });

function tightenRoot(schema: JsonSchema): JsonSchema {
  const root = tighten(schema);
  const properties = { ...(root.properties as Record<string, JsonSchema> | undefined) };
  // metadata is `type: object` in every CRD; name and labels are checked by k8s-schema.ts, here
  // only unknown keys are rejected.
  properties.metadata = {
    type: 'object',
    properties: Object.fromEntries(OBJECT_META_FIELDS.map((f) => [f, {}])),
    additionalProperties: false,
  };
  properties.apiVersion ??= { type: 'string' };
  properties.kind ??= { type: 'string' };
  return { ...root, properties, additionalProperties: root.additionalProperties ?? false };
}

/**
 * Makes a structural schema reject unknown fields the way the API server's strict field
 * validation does: every object schema with `properties` and without
 * `x-kubernetes-preserve-unknown-fields: true` or its own `additionalProperties` gets
 * `additionalProperties: false`. Also turns `x-kubernetes-int-or-string` into "integer or string".
 *
 * Only the structural skeleton (properties, items, additionalProperties) is rewritten: the
 * subschemas of allOf/anyOf/oneOf/not only repeat fields of the skeleton, and closing them would
 * reject the sibling fields.
 */
function tighten(node: JsonSchema): JsonSchema {
  const out: JsonSchema = { ...node };
  if (out['x-kubernetes-int-or-string'] === true) {
    delete out.type;
    if (!out.anyOf && !out.oneOf) {
      out.anyOf = [{ type: 'integer' }, { type: 'string' }];
    }
  }
  if (isSchema(out.properties)) {
    const properties: JsonSchema = Object.fromEntries(
      Object.entries(out.properties).map(([k, v]) => [k, isSchema(v) ? tighten(v) : v]),
    );
    // Embedded resources implicitly allow apiVersion, kind and metadata.
    out.properties = out['x-kubernetes-embedded-resource'] === true
      ? { apiVersion: { type: 'string' }, kind: { type: 'string' }, metadata: { type: 'object' }, ...properties }
      : properties;
  }
  if (Array.isArray(out.items)) {
    out.items = out.items.map((i) => (isSchema(i) ? tighten(i) : i));
  } else if (isSchema(out.items)) {
    out.items = tighten(out.items);
  }
  if (isSchema(out.additionalProperties)) {
    out.additionalProperties = tighten(out.additionalProperties);
  }
  if (out.properties && out['x-kubernetes-preserve-unknown-fields'] !== true && out.additionalProperties === undefined) {
    out.additionalProperties = false;
  }
  return out;
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function runValidator(validate: ValidateFunction, manifest: unknown): SchemaIssue[] {
  if (validate(manifest)) {
    return [];
  }
  const errors = validate.errors ?? [];
  // For a failed anyOf (int-or-string and friends) report one summary, not each branch's error.
  const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.schemaPath);
  const branchOf = (e: ErrorObject): string | undefined => anyOfPaths.find((p) => e.schemaPath.startsWith(`${p}/`));
  const issues: SchemaIssue[] = [];
  for (const error of errors) {
    if (branchOf(error)) {
      continue;
    }
    let message = describe(error);
    if (error.keyword === 'anyOf') {
      const branches = errors.filter((e) => branchOf(e) === error.schemaPath && e.instancePath === error.instancePath);
      if (branches.length > 0 && branches.every((e) => e.keyword === 'type')) {
        message = `must be ${branches.map((e) => String(e.params.type)).join(' or ')}`;
      }
    }
    issues.push({ path: pointerToPath(error.instancePath), message });
  }
  return issues;
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown field "${String(params.additionalProperty)}"`;
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'required':
      return `missing required field "${String(params.missingProperty)}"`;
    default:
      return error.message ?? error.keyword;
  }
}
