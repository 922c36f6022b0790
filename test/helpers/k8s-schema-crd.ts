/**
 * Validation of custom resources for `k8s-schema.ts`, against the `openAPIV3Schema` of the
 * matching CRD version vendored in `crds/` (see crds/SOURCES.md).
 *
 * Parsing all CRDs costs about 2 s, so it is lazy: the index reads only each CRD's header (group
 * and kind), and a CRD document is parsed when a resource of its kind is first seen.
 *
 * Compiling a whole schema costs Ajv up to 2.5 s (InferenceService; ApplicationSet 1.8 s, Jaeger
 * 1 s), so a validator is compiled per manifest *shape* instead: the tightened schema is pruned
 * to the subschemas the manifest reaches (`k8s-schema-prune.ts`, which explains why the result is
 * the same), and the compiled validator is cached by a hash of the pruned schema, so manifests of
 * the same shape share it. `compileCrdSchema(schema, { fullSchema: true })` and
 * `fullSchemaCrdValidatorFor` compile the whole schema; the tests use them to prove that both
 * give the same problems.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { SchemaIssue, pointerToPath } from './k8s-schema-core';
import { JsonSchema, isPrunable, pruneSchema } from './k8s-schema-prune';

/** Repository root, from test/helpers. */
const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** Folder of the vendored CRDs. */
export const CRD_DIR = path.join(REPO_ROOT, 'crds');

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
/** Lookups by `${fullSchema}/${group}/${version}/${kind}`. */
const validators = new Map<string, CrdLookup>();
/** Validators compiled from pruned schemas, by the hash of the pruned schema. */
const shapeValidators = new Map<string, ValidateFunction>();
let ajv: Ajv | undefined;

/** Looks up the validator for a custom resource; `found: false` when no vendored CRD has its group and kind. */
export function crdValidatorFor(apiVersion: string, kind: string): CrdLookup {
  return lookUp(apiVersion, kind, false);
}

/**
 * Like `crdValidatorFor`, but the validator is compiled from the whole schema of the CRD version
 * (seconds for the big CRDs). Only for tests that prove the two give the same problems.
 */
export function fullSchemaCrdValidatorFor(apiVersion: string, kind: string): CrdLookup {
  return lookUp(apiVersion, kind, true);
}

/** Options of {@link compileCrdSchema}. */
export interface CompileOptions {
  /**
   * Compile the whole schema once instead of a pruned schema per manifest shape.
   * @default false
   */
  readonly fullSchema?: boolean;
}

/**
 * The validator of one CRD version's `openAPIV3Schema`: tightened (unknown fields rejected,
 * int-or-string, metadata checked for unknown keys), then compiled per manifest shape, or whole
 * with `fullSchema`.
 */
export function compileCrdSchema(openAPIV3Schema: JsonSchema, options: CompileOptions = {}): (manifest: unknown) => SchemaIssue[] {
  const root = tightenRoot(openAPIV3Schema);
  if (options.fullSchema || !isPrunable(root)) {
    const validate = schemaCompiler().compile(root);
    return (manifest) => runValidator(validate, manifest);
  }
  return (manifest) => runValidator(shapeValidator(root, manifest), manifest);
}

/** The validator of `root` pruned to what `manifest` reaches, compiled once per pruned schema. */
function shapeValidator(root: JsonSchema, manifest: unknown): ValidateFunction {
  const pruned = pruneSchema(root, manifest);
  const key = createHash('sha256').update(JSON.stringify(pruned)).digest('base64');
  let validate = shapeValidators.get(key);
  if (!validate) {
    validate = schemaCompiler().compile(pruned);
    shapeValidators.set(key, validate);
  }
  return validate;
}

/** Whether a vendored CRD has this apiVersion's group and this kind; reads no schema. */
export function isVendoredKind(apiVersion: string, kind: string): boolean {
  const slash = apiVersion.lastIndexOf('/');
  return slash >= 0 && crdIndex().has(`${apiVersion.slice(0, slash)}/${kind}`);
}

/**
 * The `openAPIV3Schema` (as vendored, not tightened) of a custom resource type's served version,
 * or undefined when there is none. For tests that derive broken manifests from the schema.
 */
export function crdSchemaFor(apiVersion: string, kind: string): JsonSchema | undefined {
  const slash = apiVersion.lastIndexOf('/');
  const entries = slash < 0 ? undefined : crdIndex().get(`${apiVersion.slice(0, slash)}/${kind}`);
  for (const entry of entries ?? []) {
    const match = loadCrd(entry).spec.versions.find((v) => v.name === apiVersion.slice(slash + 1));
    if (match && match.served !== false) {
      return match.schema?.openAPIV3Schema;
    }
  }
  return undefined;
}

function lookUp(apiVersion: string, kind: string, fullSchema: boolean): CrdLookup {
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
  const key = `${fullSchema}/${group}/${version}/${kind}`;
  let lookup = validators.get(key);
  if (!lookup) {
    lookup = compileFor(entries, version, apiVersion, kind, fullSchema);
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

function compileFor(entries: readonly CrdEntry[], version: string, apiVersion: string, kind: string, fullSchema: boolean): CrdLookup {
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
    return { found: true, validate: compileCrdSchema(schema, { fullSchema }) };
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
