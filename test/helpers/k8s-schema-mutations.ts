/**
 * Broken copies of a valid custom resource, derived from its CRD schema, for the test that proves
 * the per-shape validator of `k8s-schema-crd.ts` reports exactly what the whole-schema validator
 * reports (k8s-schema-prune.test.ts). Deterministic: the same manifest and schema always give the
 * same mutations.
 *
 * Each kind of break is applied at the first and the last place (in document order) where the
 * schema allows it, and once all together: unknown field (root, a middle-depth object, the
 * deepest object), required field removed, wrong scalar type, object replaced by a string, object
 * with minProperties emptied, bad enum value, int-or-string given a boolean, extra array element
 * and extra map value (each with an unknown field, and a wrong-typed field that no other element
 * or value has, so only that one reaches its subschema), and for objects whose schema has
 * allOf/anyOf/oneOf/not: every field those branches require set (violates "one of"), and every
 * such field removed (violates "any of" / "required").
 */
import { JsonSchema } from './k8s-schema-prune';

/** A broken copy of a manifest and what was broken. */
export interface Mutation {
  readonly name: string;
  readonly manifest: Record<string, unknown>;
}

type Path = readonly (string | number)[];

interface Sites {
  readonly objects: Path[];
  readonly required: { path: Path; key: string }[];
  readonly scalars: { path: Path; type: string }[];
  readonly enums: { path: Path; values: unknown[] }[];
  readonly arrays: { path: Path; items: JsonSchema }[];
  readonly maps: { path: Path; values: JsonSchema }[];
  readonly intOrString: Path[];
  readonly nonEmpty: Path[];
  readonly composites: { path: Path; schema: JsonSchema }[];
}

/** The field name used for unknown fields. */
export const UNKNOWN_FIELD = 'zzUnknownField';

/** Broken copies of `manifest`, a valid instance of `schema` (the CRD's openAPIV3Schema). */
export function mutationsOf(manifest: Record<string, unknown>, schema: JsonSchema): Mutation[] {
  const sites: Sites = { objects: [], required: [], scalars: [], enums: [], arrays: [], maps: [], intOrString: [], nonEmpty: [], composites: [] };
  walk(schema, manifest, [], sites);
  const edits: { name: string; apply: (m: Record<string, unknown>) => void }[] = [];
  const ends = <T>(list: readonly T[]): T[] => (list.length > 1 ? [list[0], list[list.length - 1]] : [...list]);
  const nested = sites.objects.filter((p) => p.length > 0 && p[0] !== 'metadata');
  const deepest = [...nested].sort((a, b) => b.length - a.length)[0];
  const middle = [...nested].sort((a, b) => a.length - b.length)[Math.floor(nested.length / 2)];
  for (const path of unique([[], middle, deepest].filter((p): p is Path => p !== undefined))) {
    edits.push({ name: `unknown field at ${show(path)}`, apply: (m) => setAt(m, [...path, UNKNOWN_FIELD], 'x') });
  }
  for (const { path, key } of ends(sites.required)) {
    edits.push({ name: `required ${show([...path, key])} removed`, apply: (m) => deleteAt(m, [...path, key]) });
  }
  for (const { path, type } of ends(sites.scalars)) {
    edits.push({ name: `wrong type at ${show(path)}`, apply: (m) => setAt(m, path, wrongValue(type)) });
  }
  if (deepest) {
    edits.push({ name: `object at ${show(deepest)} replaced by a string`, apply: (m) => setAt(m, deepest, 'not-an-object') });
  }
  for (const { path, values } of ends(sites.enums)) {
    const bad = values.every((v) => typeof v === 'number') ? 987654 : 'zz-not-in-enum';
    edits.push({ name: `bad enum value at ${show(path)}`, apply: (m) => setAt(m, path, bad) });
  }
  for (const { path, items } of ends(sites.arrays)) {
    edits.push({
      name: `bad extra element in ${show(path)}`,
      apply: (m) => {
        const array = getAt(m, path);
        if (!Array.isArray(array) || !isObject(array[0])) return;
        const element: Record<string, unknown> = { ...clone(array[0]), [UNKNOWN_FIELD]: 1 };
        const properties = isObject(items.properties) ? items.properties : {};
        const typed = Object.keys(element).find((k) => isObject(properties[k]) && isScalarType(properties[k].type));
        if (typed) element[typed] = wrongValue(String((properties[typed] as JsonSchema).type));
        // A declared field that no element has yet, so its subschema is reached only through this one.
        Object.assign(element, undeclaredInAll(items, array));
        array.push(element);
      },
    });
  }
  for (const { path, values } of ends(sites.maps)) {
    edits.push({
      name: `bad map value in ${show(path)}`,
      apply: (m) => {
        const map = getAt(m, path);
        if (!isObject(map)) return;
        // An unknown field and a wrong-typed field that no other value has, else a wrong type.
        map['zz-bad-key'] = isObject(values.properties)
          ? { [UNKNOWN_FIELD]: 1, ...undeclaredInAll(values, Object.values(map)) }
          : values.type === 'string' ? 42 : 'not-a-map-value';
      },
    });
  }
  for (const path of ends(sites.nonEmpty)) {
    edits.push({ name: `object at ${show(path)} emptied`, apply: (m) => setAt(m, path, {}) });
  }
  for (const path of ends(sites.intOrString)) {
    edits.push({ name: `boolean in int-or-string ${show(path)}`, apply: (m) => setAt(m, path, true) });
  }
  for (const { path, schema: node } of ends(sites.composites)) {
    const properties = node.properties as Record<string, JsonSchema>;
    const keys = branchRequired(node).filter((k) => isObject(properties[k]));
    edits.push({
      name: `every field the branches of ${show(path)} require set`,
      apply: (m) => keys.forEach((k) => {
        const object = getAt(m, path);
        if (isObject(object) && object[k] === undefined) object[k] = minimalValue(properties[k]);
      }),
    });
    edits.push({ name: `every field the branches of ${show(path)} require removed`, apply: (m) => keys.forEach((k) => deleteAt(m, [...path, k])) });
  }
  const mutations = edits.map(({ name, apply }) => {
    const copy = clone(manifest);
    apply(copy);
    return { name, manifest: copy };
  });
  if (edits.length > 1) {
    const all = clone(manifest);
    // Deletions and replacements last, so they do not remove the places of the other edits.
    const order = (name: string) => (/removed|replaced|emptied/.test(name) ? 1 : 0);
    for (const { apply } of [...edits].sort((a, b) => order(a.name) - order(b.name))) apply(all);
    mutations.push({ name: 'all of the above', manifest: all });
  }
  return mutations;
}

function walk(schema: JsonSchema, value: unknown, path: Path, sites: Sites): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(schema.enum)) sites.enums.push({ path, values: schema.enum });
  if (schema['x-kubernetes-int-or-string'] === true) {
    sites.intOrString.push(path);
    return;
  }
  if (isScalarType(schema.type) && !isObject(value) && !Array.isArray(value)) {
    sites.scalars.push({ path, type: String(schema.type) });
    return;
  }
  if (isObject(value)) {
    const properties = isObject(schema.properties) ? schema.properties : undefined;
    const additional = isObject(schema.additionalProperties) ? schema.additionalProperties : undefined;
    if (properties) {
      sites.objects.push(path);
      for (const key of Array.isArray(schema.required) ? schema.required : []) {
        if (typeof key === 'string' && key in value && path.length > 0) sites.required.push({ path, key });
      }
    }
    if (additional) sites.maps.push({ path, values: additional });
    if (typeof schema.minProperties === 'number' && schema.minProperties > 0) sites.nonEmpty.push(path);
    if (properties && COMPOSITES.some((k) => schema[k] !== undefined)) sites.composites.push({ path, schema });
    for (const [key, v] of Object.entries(value)) {
      const sub = properties && Object.prototype.hasOwnProperty.call(properties, key) ? properties[key] : additional;
      if (isObject(sub)) walk(sub, v, [...path, key], sites);
    }
  } else if (Array.isArray(value) && isObject(schema.items)) {
    const items = schema.items;
    if (isObject(items.properties) && isObject(value[0])) sites.arrays.push({ path, items });
    value.forEach((v, i) => walk(items, v, [...path, i], sites));
  }
}

const COMPOSITES = ['allOf', 'anyOf', 'oneOf', 'not'];

/** Every field named in a `required` of the node's allOf/anyOf/oneOf/not branches, at any depth. */
function branchRequired(node: JsonSchema): string[] {
  const found = new Set<string>();
  const visit = (branch: unknown): void => {
    if (Array.isArray(branch)) {
      branch.forEach(visit);
    } else if (isObject(branch)) {
      for (const key of Array.isArray(branch.required) ? branch.required : []) found.add(String(key));
      COMPOSITES.forEach((k) => visit(branch[k]));
    }
  };
  COMPOSITES.forEach((k) => visit(node[k]));
  return [...found];
}

/**
 * The first property of `schema` that none of `siblings` has, set to a value of the wrong type
 * (an object with an unknown field where the property is an object); {} when there is none.
 */
function undeclaredInAll(schema: JsonSchema, siblings: readonly unknown[]): Record<string, unknown> {
  const properties = isObject(schema.properties) ? schema.properties : {};
  for (const [key, sub] of Object.entries(properties)) {
    if (!isObject(sub) || siblings.some((s) => isObject(s) && key in s)) continue;
    if (isScalarType(sub.type)) return { [key]: wrongValue(String(sub.type)) };
    if (isObject(sub.properties)) return { [key]: { [UNKNOWN_FIELD]: 1 } };
  }
  return {};
}

/** A value of the property's type, the simplest there is. */
function minimalValue(schema: JsonSchema): unknown {
  switch (schema.type) {
    case 'object': return {};
    case 'array': return [];
    case 'integer': case 'number': return 1;
    case 'boolean': return true;
    default: return schema['x-kubernetes-int-or-string'] === true ? 1 : 'x';
  }
}

function isScalarType(type: unknown): boolean {
  return type === 'string' || type === 'integer' || type === 'number' || type === 'boolean';
}

function wrongValue(type: string): unknown {
  return type === 'string' ? 12345 : type === 'boolean' ? 'yes' : 'not-a-number';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value));
}

function getAt(root: unknown, path: Path): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** Sets a value; does nothing when the parent is gone (an earlier edit removed or replaced it). */
function setAt(root: unknown, path: Path, value: unknown): void {
  const parent = getAt(root, path.slice(0, -1));
  if (typeof parent === 'object' && parent !== null) {
    (parent as Record<string | number, unknown>)[path[path.length - 1]] = value;
  }
}

function deleteAt(root: unknown, path: Path): void {
  const parent = getAt(root, path.slice(0, -1));
  if (isObject(parent)) delete parent[String(path[path.length - 1])];
}

function show(path: Path): string {
  return path.length === 0 ? '(root)' : path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, '');
}

function unique(paths: Path[]): Path[] {
  const seen = new Set<string>();
  return paths.filter((p) => {
    const key = JSON.stringify(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
