/**
 * The per-shape CRD validator (a pruned schema per manifest shape, k8s-schema-prune.ts) must
 * report exactly what the whole-schema validator reports: same problems, messages, paths and
 * order, for valid and broken manifests alike.
 *
 * - Synthetic schemas pin the Ajv behaviours the pruning relies on (composite branches, type
 *   errors beside other keywords, maps, holes, `undefined` values, inherited keys, `$ref`).
 * - Every custom resource rendered for every shipped environment, plus broken copies of each
 *   (k8s-schema-mutations.ts), is validated both ways. Compiling a whole schema is what the
 *   pruning saves (up to 2 s a CRD), so by default the comparison leaves out the rendered kinds
 *   in SLOW_WHOLE_SCHEMAS and covers the other 18 (about 0.5 s of compiling); those use every
 *   keyword the big ones use. `K8S_SCHEMA_EQUIVALENCE=all npx jest
 *   test/helpers/k8s-schema-prune.test.ts` compares every rendered kind (about 10 s more).
 */
import * as path from 'path';
import * as YAML from 'yaml';
import { listEnvironments } from '../../lib/config';
import {
  compileCrdSchema,
  crdSchemaFor,
  crdValidatorFor,
  fullSchemaCrdValidatorFor,
  isVendoredKind,
} from './k8s-schema-crd';
import { SchemaIssue } from './k8s-schema-core';
import { UNKNOWN_FIELD, mutationsOf } from './k8s-schema-mutations';
import { JsonSchema, isPrunable, pruneSchema } from './k8s-schema-prune';
import { ROOT, renderEnv } from './synth';

type Manifest = Record<string, any>;

/**
 * Rendered kinds whose whole schema takes Ajv 0.2-2.5 s to compile (measured on the 2-core test
 * machine), left out of the default comparison.
 */
const SLOW_WHOLE_SCHEMAS = [
  'argoproj.io/v1alpha1 Application',
  'argoproj.io/v1alpha1 ApplicationSet',
  'external-secrets.io/v1 ClusterSecretStore',
  'jaegertracing.io/v1 Jaeger',
  'kafka.strimzi.io/v1 Kafka',
  'monitoring.coreos.com/v1 Prometheus',
  'opentelemetry.io/v1beta1 OpenTelemetryCollector',
  'serving.kserve.io/v1beta1 InferenceService',
];
const COMPARE_ALL = process.env.K8S_SCHEMA_EQUIVALENCE === 'all';

/** Validates `manifest` against `schema` both ways. */
function bothWays(schema: JsonSchema, manifest: unknown): { pruned: SchemaIssue[]; full: SchemaIssue[] } {
  return {
    pruned: compileCrdSchema(schema)(manifest),
    full: compileCrdSchema(schema, { fullSchema: true })(manifest),
  };
}

/** A custom resource of a test-only CRD schema. */
function resource(spec: unknown): Manifest {
  return { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' }, spec };
}

/** A CRD schema whose `spec` is the given schema. */
function crdSchema(spec: JsonSchema): JsonSchema {
  return { type: 'object', properties: { spec } };
}

describe('pruneSchema', () => {
  const schema: JsonSchema = {
    type: 'object',
    required: ['a', 'b'],
    minProperties: 1,
    additionalProperties: false,
    properties: {
      a: { type: 'string', enum: ['x', 'y'] },
      b: { type: 'array', items: { type: 'object', properties: { c: { type: 'integer' }, d: { type: 'string' } } } },
      e: { type: 'object', additionalProperties: { type: 'object', properties: { f: { type: 'string' }, g: { type: 'string' } } } },
      h: { type: 'string' },
    },
    oneOf: [{ required: ['a'] }, { properties: { h: { type: 'string' }, a: { type: 'string' } }, required: ['h'] }],
    not: { properties: { h: { type: 'string' } }, required: ['h'] },
  };

  test('keeps only the properties an instance has, and every other keyword', () => {
    // WHEN
    const pruned = pruneSchema(schema, { a: 'x', b: [{ c: 1 }, { d: 'z' }, 7], e: { k1: { f: 'v' }, k2: { g: 'w' } } });
    // THEN
    expect(pruned).toEqual({
      type: 'object',
      required: ['a', 'b'],
      minProperties: 1,
      additionalProperties: false,
      properties: {
        a: { type: 'string', enum: ['x', 'y'] },
        // items pruned against the union of the elements
        b: { type: 'array', items: { type: 'object', properties: { c: { type: 'integer' }, d: { type: 'string' } } } },
        // the map schema pruned against the union of the values
        e: { type: 'object', additionalProperties: { type: 'object', properties: { f: { type: 'string' }, g: { type: 'string' } } } },
      },
      // every branch kept at its index, pruned against the same instance
      oneOf: [{ required: ['a'] }, { properties: { a: { type: 'string' } }, required: ['h'] }],
      not: { properties: {}, required: ['h'] },
    });
  });

  test('an unreached items or map schema becomes {}, and the keyword stays', () => {
    // WHEN
    const pruned = pruneSchema(schema, { b: [], e: {} });
    // THEN
    expect((pruned.properties as any).b).toEqual({ type: 'array', items: {} });
    expect((pruned.properties as any).e).toEqual({ type: 'object', additionalProperties: {} });
  });

  test('a wrong-typed instance keeps the node\'s keywords (properties: {})', () => {
    expect(pruneSchema(schema, 'not-an-object')).toEqual({ ...schema, properties: {}, oneOf: [{ required: ['a'] }, { properties: {}, required: ['h'] }], not: { properties: {}, required: ['h'] } });
  });

  test('does not modify the schema it prunes', () => {
    // GIVEN
    const before = JSON.stringify(schema);
    // WHEN
    pruneSchema(schema, { a: 'x' });
    // THEN
    expect(JSON.stringify(schema)).toBe(before);
  });

  test('keeps a node with a keyword it does not know whole', () => {
    // GIVEN
    const node: JsonSchema = { type: 'object', properties: { a: {}, b: {} }, patternProperties: { '^x': { type: 'string' } } };
    // WHEN / THEN
    expect(pruneSchema(node, { a: 1 })).toBe(node);
  });

  test('a schema with $ref anywhere is not prunable', () => {
    expect(isPrunable(schema)).toBe(true);
    expect(isPrunable({ properties: { a: { items: [{ $ref: '#/definitions/x' }] } } })).toBe(false);
  });
});

describe('per-shape validation reports what the whole schema reports (synthetic schemas)', () => {
  const intOrString = { 'x-kubernetes-int-or-string': true };
  test.each<[string, JsonSchema, unknown, string[]]>([
    [
      'wrong type on a node with properties and allOf',
      crdSchema({ type: 'object', properties: { a: { type: 'string' } }, allOf: [{ required: ['a'] }] }),
      resource('text'),
      ['spec: must be object'],
    ],
    [
      'oneOf branches with their own properties',
      crdSchema({
        type: 'object',
        properties: { a: { type: 'string' }, b: { type: 'string' } },
        oneOf: [
          { properties: { a: { type: 'string', minLength: 3 } }, required: ['a'] },
          { properties: { b: { type: 'string', pattern: '^b' } }, required: ['b'] },
        ],
      }),
      resource({ a: 'x', b: 'y' }),
      [
        'spec.a: must NOT have fewer than 3 characters',
        'spec.b: must match pattern "^b"',
        'spec: must match exactly one schema in oneOf',
      ],
    ],
    [
      'a map with declared properties and a value schema',
      crdSchema({ type: 'object', properties: { known: { type: 'string' } }, additionalProperties: { type: 'integer' } }),
      resource({ known: 'k', other: 'o', third: 3 }),
      ['spec.other: must be integer'],
    ],
    [
      'map values of different shapes',
      crdSchema({ type: 'object', additionalProperties: { type: 'object', properties: { a: { type: 'string' }, b: { type: 'integer' } } } }),
      resource({ k1: { a: 'x' }, k2: { b: 'two' }, k3: { c: 3 } }),
      ['spec.k2.b: must be integer', 'spec.k3: unknown field "c"'],
    ],
    [
      'int-or-string across array elements of different shapes',
      crdSchema({ type: 'array', items: { type: 'object', properties: { p: intOrString, q: { type: 'string' } } } }),
      resource([{ p: 1 }, { q: 'x' }, { p: true, r: 1 }]),
      ['spec[2].p: must be integer or string', 'spec[2]: unknown field "r"'],
    ],
    [
      'preserve-unknown-fields beside declared properties',
      crdSchema({ type: 'object', 'x-kubernetes-preserve-unknown-fields': true, properties: { a: { type: 'string' } } }),
      resource({ a: 1, free: { any: ['thing'] } }),
      ['spec.a: must be string'],
    ],
    [
      'nullable object given null and given an unknown field',
      crdSchema({ type: 'object', properties: { n: { type: 'object', nullable: true, properties: { a: { type: 'string' } } }, m: { type: 'object', nullable: true, properties: {} } } }),
      resource({ n: null, m: { zz: 1 } }),
      ['spec.m: unknown field "zz"'],
    ],
    [
      'minProperties and maxProperties count every key, declared or not',
      crdSchema({
        type: 'object',
        properties: {
          one: { type: 'object', minProperties: 1, maxProperties: 1, properties: { a: { type: 'string' }, b: { type: 'string' } } },
          some: { type: 'object', minProperties: 1, properties: { a: { type: 'string' } } },
        },
      }),
      resource({ one: { a: 'x', zz: 'y' }, some: {} }),
      ['spec.one: must NOT have more than 1 properties', 'spec.one: unknown field "zz"', 'spec.some: must NOT have fewer than 1 properties'],
    ],
    [
      'keys whose value is undefined',
      crdSchema({ type: 'object', properties: { a: { type: 'string' } } }),
      resource({ a: undefined, zz: undefined }),
      ['spec: unknown field "zz"'],
    ],
    [
      'a property named like an inherited member (Ajv tests data[key] !== undefined)',
      crdSchema({ type: 'object', properties: { constructor: { type: 'string' } } }),
      resource({}),
      ['spec.constructor: must be string'],
    ],
    [
      'holes in an array',
      crdSchema({ type: 'array', items: { type: 'object', properties: { a: { type: 'string' } } } }),
      resource([, { a: 'x' }]),
      ['spec[0]: must be object'],
    ],
    [
      'a schema with $ref (compiled whole)',
      { type: 'object', properties: { spec: { $ref: '#/definitions/spec' } }, definitions: { spec: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false } } },
      resource({ a: 1, b: 2 }),
      ['spec.a: must be string', 'spec: unknown field "b"'],
    ],
  ])('%s', (_name, schema, manifest, expected) => {
    // WHEN
    const { pruned, full } = bothWays(schema, manifest);
    // THEN
    expect(full.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).sort()).toEqual([...expected].sort());
    expect(pruned).toEqual(full);
  });
});

describe('per-shape validation reports what the whole schema reports (rendered manifests)', () => {
  const docs = (content: string): Manifest[] => YAML.parseAllDocuments(content).map((d) => d.toJS());
  const envs = listEnvironments(path.join(ROOT, 'config'));
  const customResources = envs
    .flatMap((env) => renderEnv(env).flatMap((file) => docs(file.content)))
    .filter((m) => isVendoredKind(m.apiVersion, m.kind));
  const typeOf = (m: Manifest) => `${m.apiVersion} ${m.kind}`;
  const types = [...new Set(customResources.map(typeOf))].sort();
  const compared = types.filter((t) => COMPARE_ALL || !SLOW_WHOLE_SCHEMAS.includes(t));

  interface Outcome {
    readonly case: string;
    readonly problems: SchemaIssue[];
  }

  /** Every rendered object of a type and its broken copies, validated both ways (once per type). */
  const comparisons = new Map<string, { expected: Outcome[]; actual: Outcome[] }>();
  function compare(type: string): { expected: Outcome[]; actual: Outcome[] } {
    let result = comparisons.get(type);
    if (!result) {
      const [apiVersion, kind] = type.split(' ');
      const optimized = crdValidatorFor(apiVersion, kind);
      const full = fullSchemaCrdValidatorFor(apiVersion, kind);
      if (!('validate' in optimized) || !('validate' in full)) throw new Error(`no validator for ${type}`);
      const cases = customResources
        .filter((m) => typeOf(m) === type)
        .flatMap((m) => [{ name: 'as rendered', manifest: m }, ...mutationsOf(m, crdSchemaFor(apiVersion, kind)!)]
          .map((c) => ({ ...c, name: `${m.metadata.namespace ?? ''}/${m.metadata.name}: ${c.name}` })));
      result = {
        expected: cases.map((c) => ({ case: c.name, problems: full.validate(c.manifest) })),
        actual: cases.map((c) => ({ case: c.name, problems: optimized.validate(c.manifest) })),
      };
      comparisons.set(type, result);
    }
    return result;
  }

  test('the default comparison covers the keywords that the big schemas use', () => {
    // GIVEN: the keywords (and map schemas) in the schemas compared by default
    const used = new Set<string>();
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(visit);
      else if (typeof node === 'object' && node !== null) {
        for (const [key, value] of Object.entries(node)) {
          used.add(key === 'additionalProperties' && typeof value === 'object' ? 'map schema' : key);
          visit(value);
        }
      }
    };
    compared.forEach((t) => visit(crdSchemaFor(t.split(' ')[0], t.split(' ')[1])));
    // THEN
    expect(types).toEqual(expect.arrayContaining(SLOW_WHOLE_SCHEMAS));
    expect(compared.length).toBe(COMPARE_ALL ? types.length : types.length - SLOW_WHOLE_SCHEMAS.length);
    expect(compared.length).toBeGreaterThanOrEqual(15);
    expect([...used]).toEqual(expect.arrayContaining([
      'properties', 'required', 'items', 'map schema', 'enum', 'pattern', 'nullable', 'minProperties', 'maxProperties',
      'allOf', 'anyOf', 'oneOf', 'not', 'x-kubernetes-int-or-string', 'x-kubernetes-preserve-unknown-fields',
    ]));
  });

  test.each(compared)('%s: every rendered object and its broken copies', (type) => {
    // WHEN
    const { expected, actual } = compare(type);
    // THEN
    expect(actual).toEqual(expected);
    // Not vacuous: the rendered objects are valid, their broken copies are not.
    const rendered = expected.filter((e) => e.case.endsWith(': as rendered'));
    const broken = expected.filter((e) => !e.case.endsWith(': as rendered'));
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.flatMap((e) => e.problems)).toEqual([]);
    expect(broken.filter((e) => e.problems.length > 0).length).toBeGreaterThan(broken.length / 2);
    for (const e of expected.filter((c) => c.case.endsWith(': unknown field at (root)'))) {
      expect(e.problems).toContainEqual({ path: '', message: `unknown field "${UNKNOWN_FIELD}"` });
    }
  });

  test('the broken copies produce every kind of problem', () => {
    // WHEN
    const messages = new Set(compared.flatMap((t) => compare(t).expected)
      .flatMap((e) => e.problems.map((p) => p.message.replace(/".*"/, '"…"'))));
    // THEN
    expect([...messages]).toEqual(expect.arrayContaining([
      'unknown field "…"',
      'missing required field "…"',
      'must be string',
      'must be integer',
      'must be boolean',
      'must be object',
      'must be one of "…"',
      'must be integer or string',
      'must match exactly one schema in oneOf',
      'must NOT be valid',
    ]));
  });
});
