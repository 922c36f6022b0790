/**
 * Validation of built-in Kubernetes kinds (apps/v1 Deployment, v1 Service, …) for
 * `k8s-schema.ts`, in two parts:
 *
 * 1. Types, enums, required fields and formats: the JSON-schema validators that ship with the
 *    `kubernetes-models` package (`new Deployment(obj).validate()`).
 * 2. Unknown fields: `kubernetes-models` does NOT reject them (its schemas are the upstream
 *    OpenAPI definitions, which never set `additionalProperties: false`), so a misspelt
 *    `spec.replica` would pass. The field names are therefore read from the package's own
 *    `.d.ts` interfaces (same API version as the validators) and every key of the manifest is
 *    checked against them.
 *
 * `kubernetes-models` 5 is ESM-only and jest runs this code as CommonJS, so its validators run in
 * a worker thread (native Node `import()`, outside jest's module system). The call stays
 * synchronous (`Atomics.wait` + `receiveMessageOnPort`), so callers need no `await`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { MessageChannel, MessagePort, Worker, receiveMessageOnPort } from 'worker_threads';
import * as ts from 'typescript';
import { isPlainObject } from './manifests';

/** One problem found in a manifest: where (dotted path, '' for the root) and what. */
export interface SchemaIssue {
  readonly path: string;
  readonly message: string;
}

const API_VERSION_PATTERN = /^(?:[a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?v[0-9]+(?:(?:alpha|beta)[0-9]+)?$/;
const KIND_PATTERN = /^[A-Z][A-Za-z0-9]*$/;
const WORKER_TIMEOUT_MS = 60_000;

/**
 * Whether `kubernetes-models` has a model for this apiVersion + kind (a top-level kind, not a
 * sub-type such as `PodSpec`).
 */
export function isCoreKind(apiVersion: string, kind: string): boolean {
  return coreKindFile(apiVersion, kind) !== undefined;
}

/**
 * Validates a built-in kind: schema errors from `kubernetes-models` plus unknown fields.
 * Returns [] when valid. Throws if `isCoreKind` is false.
 */
export function validateCoreKind(manifest: Record<string, unknown>): SchemaIssue[] {
  const apiVersion = String(manifest.apiVersion);
  const kind = String(manifest.kind);
  const dts = coreKindFile(apiVersion, kind);
  if (!dts) {
    throw new Error(`${apiVersion} ${kind} is not a kubernetes-models kind`);
  }
  const issues: SchemaIssue[] = [];
  for (const error of runModelValidation(dts.replace(/\.d\.ts$/, '.js'), kind, manifest)) {
    issues.push({ path: pointerToPath(error.instancePath), message: describeModelError(error) });
  }
  walkUnknownFields(manifest, resolveNamed(dts, `I${kind}`), [], issues);
  return issues;
}

// ---------------------------------------------------------------------------------------------
// Package location
// ---------------------------------------------------------------------------------------------

/** Finds an installed package's folder without `require.resolve` (its `exports` map is import-only). */
function findPackageDir(name: string, fromDir: string): string {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) {
      return candidate;
    }
    if (path.dirname(dir) === dir) {
      throw new Error(`package ${name} not found from ${fromDir}`);
    }
  }
}

let modelsDir: string | undefined;
function kubernetesModelsDir(): string {
  modelsDir ??= findPackageDir('kubernetes-models', __dirname);
  return modelsDir;
}

const kindFiles = new Map<string, string | undefined>();
function coreKindFile(apiVersion: string, kind: string): string | undefined {
  const key = `${apiVersion}/${kind}`;
  if (!kindFiles.has(key)) {
    let found: string | undefined;
    if (API_VERSION_PATTERN.test(apiVersion) && KIND_PATTERN.test(kind)) {
      const file = path.join(kubernetesModelsDir(), ...apiVersion.split('/'), `${kind}.d.ts`);
      if (fs.existsSync(file) && declaresKind(file, kind)) {
        found = file;
      }
    }
    kindFiles.set(key, found);
  }
  return kindFiles.get(key);
}

/** True when interface `I<kind>` in the file has `"kind": "<kind>"` (a top-level kind). */
function declaresKind(file: string, kind: string): boolean {
  const decl = parseDts(file).interfaces.get(`I${kind}`);
  const member = decl?.members.find((m) => propertyName(m) === 'kind');
  if (!member || !ts.isPropertySignature(member) || !member.type) {
    return false;
  }
  const type = member.type;
  return ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal) && type.literal.text === kind;
}

// ---------------------------------------------------------------------------------------------
// kubernetes-models validators, run in a worker thread
// ---------------------------------------------------------------------------------------------

interface ModelError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly message?: string;
  readonly params?: Record<string, unknown>;
}

/** Plain JavaScript (the worker thread runs it natively, without the TypeScript hook). */
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { port, signal } = workerData;
const flag = new Int32Array(signal);
function reply(message) {
  port.postMessage(message);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}
port.on('message', async ({ url, kind, manifest }) => {
  try {
    const mod = await import(url);
    const Model = mod[kind];
    if (typeof Model !== 'function') {
      reply({ fatal: url + ' does not export ' + kind });
      return;
    }
    try {
      new Model(manifest).validate();
      reply({ errors: [] });
    } catch (err) {
      if (!err || !Array.isArray(err.errors)) throw err;
      reply({ errors: err.errors.map((e) => ({
        instancePath: e.instancePath, keyword: e.keyword, message: e.message, params: e.params,
      })) });
    }
  } catch (err) {
    reply({ fatal: String((err && err.stack) || err) });
  }
});
`;

interface WorkerHandle {
  readonly worker: Worker;
  readonly port: MessagePort;
  readonly flag: Int32Array;
}

let workerHandle: WorkerHandle | undefined;

function modelWorker(): WorkerHandle {
  if (!workerHandle) {
    const { port1, port2 } = new MessageChannel();
    const signal = new SharedArrayBuffer(4);
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { port: port2, signal },
      transferList: [port2],
    });
    // Never keep the test process alive for the worker.
    worker.unref();
    workerHandle = { worker, port: port1, flag: new Int32Array(signal) };
  }
  return workerHandle;
}

function runModelValidation(jsFile: string, kind: string, manifest: Record<string, unknown>): ModelError[] {
  const handle = modelWorker();
  Atomics.store(handle.flag, 0, 0);
  handle.port.postMessage({ url: pathToFileURL(jsFile).href, kind, manifest });
  if (Atomics.wait(handle.flag, 0, 0, WORKER_TIMEOUT_MS) === 'timed-out') {
    throw new Error(`kubernetes-models worker did not answer within ${WORKER_TIMEOUT_MS} ms`);
  }
  const received = receiveMessageOnPort(handle.port);
  if (!received) {
    throw new Error('kubernetes-models worker signalled but sent no answer');
  }
  const answer = received.message as { errors?: ModelError[]; fatal?: string };
  if (answer.fatal) {
    throw new Error(`kubernetes-models validation failed to run: ${answer.fatal}`);
  }
  return answer.errors ?? [];
}

function describeModelError(error: ModelError): string {
  const params = error.params ?? {};
  if (error.keyword === 'enum' && Array.isArray(params.allowedValues)) {
    return `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  if (error.keyword === 'required' && typeof params.missingProperty === 'string') {
    return `missing required field "${params.missingProperty}"`;
  }
  return error.message ?? error.keyword;
}

/** `/spec/template/0/x` → `spec.template[0].x` (JSON pointer to a readable path). */
export function pointerToPath(pointer: string): string {
  if (!pointer) {
    return '';
  }
  return pointer
    .split('/')
    .slice(1)
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, key) => (/^\d+$/.test(key) ? `${acc}[${key}]` : acc ? `${acc}.${key}` : key), '');
}

// ---------------------------------------------------------------------------------------------
// Unknown fields, from the kubernetes-models .d.ts interfaces
// ---------------------------------------------------------------------------------------------

/**
 * Shape of a value as far as field names go. Scalars and free-form values (`any`, empty
 * interfaces such as RawExtension) are not descended into.
 */
type Shape =
  | { readonly kind: 'leaf' }
  | { readonly kind: 'array'; readonly items: Shape }
  | { readonly kind: 'map'; readonly values: Shape }
  | { readonly kind: 'object'; readonly fields: Map<string, Shape> };

const LEAF: Shape = { kind: 'leaf' };

interface DtsFile {
  readonly file: string;
  readonly interfaces: Map<string, ts.InterfaceDeclaration>;
  readonly aliases: Map<string, ts.TypeAliasDeclaration>;
  /** exported name → local name (`export type { IPodSpec as IIoK8sApiCoreV1PodSpec }`). */
  readonly exports: Map<string, string>;
  /** imported local name → [resolved .d.ts file, name in that file]. */
  readonly imports: Map<string, [string, string]>;
}

const dtsFiles = new Map<string, DtsFile>();
const shapes = new Map<string, Shape>();

function parseDts(file: string): DtsFile {
  let parsed = dtsFiles.get(file);
  if (parsed) {
    return parsed;
  }
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  parsed = { file, interfaces: new Map(), aliases: new Map(), exports: new Map(), imports: new Map() };
  for (const statement of source.statements) {
    if (ts.isInterfaceDeclaration(statement)) {
      parsed.interfaces.set(statement.name.text, statement);
    } else if (ts.isTypeAliasDeclaration(statement)) {
      parsed.aliases.set(statement.name.text, statement);
    } else if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) {
        parsed.exports.set(element.name.text, (element.propertyName ?? element.name).text);
      }
    } else if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const bindings = statement.importClause?.namedBindings;
      const target = resolveSpecifier(file, statement.moduleSpecifier.text);
      if (target && bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          parsed.imports.set(element.name.text, [target, (element.propertyName ?? element.name).text]);
        }
      }
    }
  }
  dtsFiles.set(file, parsed);
  return parsed;
}

/** Maps an import specifier to a .d.ts file; undefined for `@kubernetes-models/base` (Model, TypeMeta). */
function resolveSpecifier(fromFile: string, specifier: string): string | undefined {
  const withoutJs = specifier.replace(/\.js$/, '');
  if (withoutJs.startsWith('.')) {
    return path.resolve(path.dirname(fromFile), `${withoutJs}.d.ts`);
  }
  const match = /^(@kubernetes-models\/[^/]+)\/(.+)$/.exec(withoutJs);
  if (!match || match[1] === '@kubernetes-models/base') {
    return undefined;
  }
  return path.join(findPackageDir(match[1], path.dirname(fromFile)), `${match[2]}.d.ts`);
}

function propertyName(member: ts.TypeElement): string | undefined {
  const name = member.name;
  if (name && (ts.isStringLiteral(name) || ts.isIdentifier(name))) {
    return name.text;
  }
  return undefined;
}

function resolveNamed(file: string, name: string): Shape {
  const key = `${file}#${name}`;
  const cached = shapes.get(key);
  if (cached) {
    return cached;
  }
  const dts = parseDts(file);
  const decl = dts.interfaces.get(name);
  if (decl) {
    if (decl.members.length === 0) {
      // RawExtension, JSON, FieldsV1: free-form by design.
      shapes.set(key, LEAF);
      return LEAF;
    }
    const fields = new Map<string, Shape>();
    const shape: Shape = { kind: 'object', fields };
    // Cache before filling: schemas are recursive (JSONSchemaProps).
    shapes.set(key, shape);
    for (const member of decl.members) {
      const prop = propertyName(member);
      if (prop !== undefined && ts.isPropertySignature(member)) {
        fields.set(prop, member.type ? resolveType(file, member.type) : LEAF);
      }
    }
    // `extends TypeMeta` adds apiVersion and kind.
    if (decl.heritageClauses?.some((h) => h.types.some((t) => t.expression.getText(decl.getSourceFile()) === 'TypeMeta'))) {
      fields.set('apiVersion', fields.get('apiVersion') ?? LEAF);
      fields.set('kind', fields.get('kind') ?? LEAF);
    }
    return shape;
  }
  let shape: Shape;
  const alias = dts.aliases.get(name);
  const local = dts.exports.get(name);
  const imported = dts.imports.get(name);
  if (alias) {
    shape = resolveType(file, alias.type);
  } else if (local !== undefined && local !== name) {
    shape = resolveNamed(file, local);
  } else if (imported) {
    shape = resolveNamed(imported[0], imported[1]);
  } else {
    throw new Error(`cannot resolve type ${name} in ${file}`);
  }
  shapes.set(key, shape);
  return shape;
}

function resolveType(file: string, node: ts.TypeNode): Shape {
  if (ts.isParenthesizedTypeNode(node)) {
    return resolveType(file, node.type);
  }
  if (ts.isArrayTypeNode(node)) {
    return { kind: 'array', items: resolveType(file, node.elementType) };
  }
  if (ts.isTypeReferenceNode(node)) {
    const name = node.typeName.getText(node.getSourceFile());
    const args = node.typeArguments ?? [];
    if (name === 'Array' && args.length === 1) {
      return { kind: 'array', items: resolveType(file, args[0]) };
    }
    if (name === 'Record' && args.length === 2) {
      return { kind: 'map', values: resolveType(file, args[1]) };
    }
    return resolveNamed(file, name);
  }
  if (ts.isTypeLiteralNode(node)) {
    const index = node.members.find(ts.isIndexSignatureDeclaration);
    if (index) {
      return { kind: 'map', values: resolveType(file, index.type) };
    }
    const fields = new Map<string, Shape>();
    for (const member of node.members) {
      const prop = propertyName(member);
      if (prop !== undefined && ts.isPropertySignature(member)) {
        fields.set(prop, member.type ? resolveType(file, member.type) : LEAF);
      }
    }
    return fields.size ? { kind: 'object', fields } : LEAF;
  }
  if (ts.isUnionTypeNode(node)) {
    // Unions here are literal enums or int-or-string; a union with one structured member is
    // that member (e.g. `X | null`).
    const structured = node.types.map((t) => resolveType(file, t)).filter((s) => s.kind !== 'leaf');
    return structured.length === 1 ? structured[0] : LEAF;
  }
  // string, number, boolean, literals, any, unknown.
  return LEAF;
}

function joinPath(segments: readonly (string | number)[]): string {
  return segments.reduce<string>(
    (acc, s) => (typeof s === 'number' ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s),
    '',
  );
}

function walkUnknownFields(value: unknown, shape: Shape, at: (string | number)[], issues: SchemaIssue[]): void {
  switch (shape.kind) {
    case 'leaf':
      return;
    case 'array':
      if (Array.isArray(value)) {
        value.forEach((item, i) => walkUnknownFields(item, shape.items, [...at, i], issues));
      }
      return;
    case 'map':
      if (isPlainObject(value)) {
        for (const [key, item] of Object.entries(value)) {
          walkUnknownFields(item, shape.values, [...at, key], issues);
        }
      }
      return;
    case 'object':
      if (isPlainObject(value)) {
        for (const [key, item] of Object.entries(value)) {
          const field = shape.fields.get(key);
          if (!field) {
            issues.push({ path: joinPath(at), message: `unknown field "${key}"` });
          } else {
            walkUnknownFields(item, field, [...at, key], issues);
          }
        }
      }
      return;
  }
}
