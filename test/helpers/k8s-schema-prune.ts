/**
 * Prunes a (tightened) CRD schema to the part that one manifest reaches, so `k8s-schema-crd.ts`
 * compiles a small validator per manifest *shape* instead of the whole `openAPIV3Schema` (Ajv
 * needs 1-3 s for the big CRDs such as InferenceService and ApplicationSet).
 *
 * The pruned schema validates that manifest exactly like the full schema: same result, same
 * errors (keyword, message, params, instancePath, schemaPath) in the same order. That holds
 * because of how Ajv evaluates the only keywords that the vendored CRDs use (tested against the
 * full schema in k8s-schema-prune.test.ts):
 *
 * - `properties` applies a property's subschema only when `data[key] !== undefined`; the entries
 *   whose key is absent from every instance that reaches the node are dropped. The others keep
 *   their key, order and (pruned) subschema, so `additionalProperties`, which asks "is this key of
 *   the instance one of `properties`?", answers the same for every key the instance has.
 *   `required`, `minProperties`, `maxProperties`, `enum`, `type`, `nullable` and the rest stay
 *   untouched on every node that is kept.
 * - `items` sees the elements of the arrays that reach it, an `additionalProperties` schema the
 *   values of the keys that are not `properties`; they are pruned against all of those values.
 * - allOf/anyOf/oneOf/not branches see the same instance as their node; every branch is kept, at
 *   its index, and pruned against the same values.
 * - A subschema that no value reaches (`items` of empty arrays, a map schema of an object without
 *   extra keys) becomes `{}`; the keyword itself stays, so Ajv's choice of where it reports a type
 *   error (which depends on which keywords a node has) does not change.
 * - A node with any keyword not listed in PRUNABLE_KEYWORDS is kept whole. Schemas with `$ref`
 *   (where a pruned part could be the target of a reference) are not pruned at all:
 *   `isPrunable` says so and the caller compiles the full schema.
 *
 * Kubernetes extensions keep the meaning `k8s-schema-crd.ts` gives them: int-or-string has been
 * rewritten to an anyOf and preserve-unknown-fields to "no additionalProperties: false" before
 * pruning; `x-kubernetes-validations` (CEL), list and map types are annotations Ajv does not
 * evaluate. No keyword looks at an absent property: Ajv runs without `useDefaults`, and the CRDs
 * have no `dependencies`/`dependentRequired`/`if` (which would be kept whole anyway).
 */

/** A JSON schema object. */
export type JsonSchema = Record<string, unknown>;

/** Keywords whose subschemas `prune` rewrites. */
const APPLICATORS = ['properties', 'additionalProperties', 'items', 'allOf', 'anyOf', 'oneOf', 'not'];

/**
 * Keywords a node may have and still be pruned: the applicators above, and keywords that hold no
 * subschema and judge the instance at this node only.
 */
const PRUNABLE_KEYWORDS = new Set([
  ...APPLICATORS,
  'type', 'nullable', 'enum', 'const', 'format', 'pattern', 'minLength', 'maxLength',
  'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf',
  'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties', 'required',
  'description', 'title', 'default', 'example', 'examples', 'deprecated', 'readOnly', 'writeOnly',
  'x-kubernetes-preserve-unknown-fields', 'x-kubernetes-int-or-string', 'x-kubernetes-embedded-resource',
  'x-kubernetes-validations', 'x-kubernetes-list-type', 'x-kubernetes-list-map-keys', 'x-kubernetes-map-type',
]);

/** Keywords that point elsewhere in the schema: with any of them, nothing may be pruned. */
const REFERENCE_KEYWORDS = new Set(['$ref', '$dynamicRef', '$recursiveRef']);

/** Whether `pruneSchema` may be used on this schema: it holds no reference keyword anywhere. */
export function isPrunable(schema: unknown): boolean {
  const stack: unknown[] = [schema];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...node);
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        if (REFERENCE_KEYWORDS.has(key)) {
          return false;
        }
        if (typeof value === 'object' && value !== null) {
          stack.push(value);
        }
      }
    }
  }
  return true;
}

/**
 * The part of `schema` that validating `instance` evaluates (see the module comment). Shares
 * unchanged subschemas with `schema`; never modifies it. Only for schemas where `isPrunable`.
 */
export function pruneSchema(schema: JsonSchema, instance: unknown): JsonSchema {
  return prune(schema, [instance]);
}

/** `node` pruned to what the given values (every instance that reaches it) evaluate. */
function prune(node: JsonSchema, values: readonly unknown[]): JsonSchema {
  if (values.length === 0) {
    return {};
  }
  const keys = Object.keys(node);
  if (keys.some((k) => !PRUNABLE_KEYWORDS.has(k)) || !APPLICATORS.some((k) => node[k] !== undefined)) {
    return node;
  }
  const out: JsonSchema = { ...node };
  const objects = values.filter(isObjectInstance);
  const properties = node.properties;
  if (properties !== undefined) {
    if (!isSchemaMap(properties)) {
      return node;
    }
    out.properties = pruneProperties(properties, objects);
  }
  const additional = node.additionalProperties;
  if (isSchemaObject(additional)) {
    const declared = isSchemaMap(properties) ? properties : {};
    const extra: unknown[] = [];
    for (const object of objects) {
      // `for…in` and "not a key of properties" (Ajv ignores a property named __proto__), like
      // Ajv's additionalProperties loop.
      for (const key in object) {
        if (key === '__proto__' || !Object.prototype.hasOwnProperty.call(declared, key)) {
          extra.push(object[key]);
        }
      }
    }
    out.additionalProperties = prune(additional, extra);
  } else if (additional !== undefined && typeof additional !== 'boolean') {
    return node;
  }
  const items = node.items;
  if (isSchemaObject(items)) {
    out.items = prune(items, elements(values));
  } else if (items !== undefined && typeof items !== 'boolean') {
    // Tuple form (an array of schemas): not used by structural schemas; kept whole.
    return node;
  }
  for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
    const branches = node[keyword];
    if (branches === undefined) {
      continue;
    }
    if (!Array.isArray(branches)) {
      return node;
    }
    out[keyword] = branches.map((branch) => (isSchemaObject(branch) ? prune(branch, values) : branch));
  }
  if (isSchemaObject(node.not)) {
    out.not = prune(node.not, values);
  }
  return out;
}

/**
 * Keeps the entries of `properties` whose key some object has (`key in object`, a superset of
 * Ajv's `object[key] !== undefined`), each pruned against the defined values of that key.
 */
function pruneProperties(properties: Record<string, unknown>, objects: readonly Record<string, unknown>[]): JsonSchema {
  const kept: [string, unknown][] = [];
  for (const [key, subschema] of Object.entries(properties)) {
    const holders = objects.filter((o) => key in o);
    if (holders.length === 0) {
      continue;
    }
    const reaching = holders.map((o) => o[key]).filter((v) => v !== undefined);
    kept.push([key, isSchemaObject(subschema) ? prune(subschema, reaching) : subschema]);
  }
  // fromEntries defines own properties, so even a property named `__proto__` stays a property.
  return Object.fromEntries(kept);
}

/** Every element of the arrays among `values`, holes included (Ajv validates `data[i]` for each index). */
function elements(values: readonly unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const value of values) {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        out.push(value[i]);
      }
    }
  }
  return out;
}

/** What Ajv treats as an object: `data && typeof data == "object" && !Array.isArray(data)`. */
function isObjectInstance(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSchemaObject(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSchemaMap(value: unknown): value is Record<string, unknown> {
  return isSchemaObject(value);
}
