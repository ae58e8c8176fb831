/**
 * Documents generated from the shapes of `article.schema.json`: every property, `$ref`,
 * `anyOf` form and block type the schema names, with values of the kinds it asks for — and,
 * often enough to matter, values just beside them (an empty name, a negative count, a date in
 * words, a URL outside the allow-list, an unknown or reserved key), so that both the accepted
 * and the dropped sides of each rule are reached.
 */
import fc from 'fast-check';
import { urlish } from '../security/fuzz/strings.js';

export interface SchemaNode {
  $ref?: string;
  type?: string;
  const?: unknown;
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  minimum?: number;
  minItems?: number;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  allOf?: { then?: SchemaNode }[];
  $defs?: Record<string, SchemaNode>;
}

/** How many `$ref`s deep a document goes; deeper optional values are left out. */
const MAX_DEPTH = 6;

const ISO_DATES = [
  '2022',
  '2022-08',
  '2022-08-23',
  '2022-08-23T09:30',
  '2022-08-23T09:30:00Z',
  '2022-08-23T18:05:00+05:00',
  '2022-08-23T09:30:00.25-0300',
];
const MEANINGFUL_STRINGS = [
  '',
  ' ',
  'x',
  'Masood Khan',
  'https://example.com/story',
  '/images/a.jpg',
  'mailto:desk@example.com',
  'javascript:alert(1)',
  'economists, engineers, , doctors',
  '23 August 2022',
  '6,000',
];

/** Values of the kinds the schema asks for, and — when `beside` — values just beside them. */
interface Values {
  strings: fc.Arbitrary<string>;
  dates: fc.Arbitrary<string>;
  counts: fc.Arbitrary<number>;
  numbers: fc.Arbitrary<unknown>;
  /** Keys an object may carry beyond the schema's. */
  extraKeys: string[];
}

const USUAL: Values = {
  strings: fc.oneof(
    fc.constantFrom('x', 'Masood Khan', 'https://example.com/story', '/images/a.jpg'),
    fc.stringMatching(/^[A-Za-z][A-Za-z ,.]{0,10}$/),
  ),
  dates: fc.constantFrom(...ISO_DATES),
  counts: fc.nat({ max: 40 }),
  numbers: fc.oneof(
    fc.integer({ min: -10, max: 1_000_000 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  ),
  extraKeys: ['extra', '@type'],
};

const BESIDE: Values = {
  strings: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...MEANINGFUL_STRINGS) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 1, arbitrary: urlish() },
  ),
  dates: fc.oneof(fc.constantFrom(...ISO_DATES), fc.constantFrom(...MEANINGFUL_STRINGS)),
  counts: fc.oneof(fc.nat({ max: 40 }), fc.constantFrom(-1, 2.5)),
  numbers: fc.oneof(USUAL.numbers, fc.constantFrom('6,000', '220')),
  // Unknown keys, and the reserved ones, which are always dropped.
  extraKeys: ['extra', '@type', '', '__proto__', 'constructor', 'prototype'],
};

/**
 * Builds documents from `root`, a JSON Schema using the keywords of `article.schema.json`:
 * with values of the kinds it asks for, or, when `beside` is true, often just beside them.
 */
export function schemaArbitrary(root: SchemaNode, beside: boolean): fc.Arbitrary<unknown> {
  const values = beside ? BESIDE : USUAL;
  const defs = root.$defs ?? {};
  const memo = new Map<string, fc.Arbitrary<unknown> | undefined>();

  const resolve = (ref: string): SchemaNode => {
    const def = defs[ref.replace('#/$defs/', '')];
    if (!def) throw new Error(`no definition for ${ref}`);
    return def;
  };

  /** A node with its `$ref` merged in, as 2020-12 reads a `$ref` beside other keywords. */
  const merged = (node: SchemaNode): SchemaNode => {
    if (!node.$ref) return node;
    const target = merged(resolve(node.$ref));
    return {
      ...target,
      ...node,
      $ref: undefined,
      properties: { ...target.properties, ...node.properties },
      required: [...(target.required ?? []), ...(node.required ?? [])],
      anyOf: node.anyOf ?? target.anyOf,
    };
  };

  const build = (node: SchemaNode, depth: number): fc.Arbitrary<unknown> | undefined => {
    if (node.$ref && Object.keys(node).every((key) => key === '$ref' || key === 'description')) {
      if (depth >= MAX_DEPTH) return undefined;
      const key = `${node.$ref}@${depth}`;
      if (!memo.has(key)) memo.set(key, build(resolve(node.$ref), depth + 1));
      return memo.get(key);
    }
    const full = merged(node);
    if (full.const !== undefined) return fc.constant(full.const);
    if (full.enum) return fc.constantFrom(...full.enum);
    if (full.allOf) {
      // The block: one `then` per type, each naming the whole shape of that type.
      const shapes = full.allOf.flatMap(({ then }) => (then ? [build(then, depth)] : []));
      return oneOf(shapes);
    }
    const requiredForms = full.anyOf?.every((branch) => branch.required && !branch.type);
    if (full.anyOf && !requiredForms) {
      return oneOf(full.anyOf.map((branch) => build(branch, depth)));
    }
    switch (full.type) {
      case 'string':
        return full.pattern ? values.dates : values.strings;
      case 'integer':
        return values.counts;
      case 'number':
        return values.numbers;
      case 'boolean':
        return fc.boolean();
      case 'array': {
        const item = full.items ? build(full.items, depth) : undefined;
        return item ? fc.array(item, { maxLength: 3 }) : fc.constant([]);
      }
      case 'object':
        return objectOf(full, depth);
      default:
        throw new Error(`no generator for ${JSON.stringify(full)}`);
    }
  };

  const oneOf = (choices: (fc.Arbitrary<unknown> | undefined)[]) => {
    const usable = choices.filter((choice) => choice !== undefined);
    return usable.length ? fc.oneof(...usable) : undefined;
  };

  const objectOf = (node: SchemaNode, depth: number): fc.Arbitrary<unknown> | undefined => {
    const properties: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [key, property] of Object.entries(node.properties ?? {})) {
      const arbitrary = build(property, depth);
      if (arbitrary) properties[key] = arbitrary;
    }
    // One of the forms an `anyOf` of `required` lists allows (text or html; items, a count or
    // an organization), or now and then none of them.
    const forms = [...(node.anyOf ?? []).map((branch) => branch.required ?? []), []];
    const required = node.required ?? [];
    if (required.some((key) => !(key in properties))) return undefined;
    return fc
      .tuple(
        fc.constantFrom(...forms),
        fc.record(properties, { requiredKeys: [] }),
        fc.option(fc.tuple(fc.constantFrom(...values.extraKeys), fc.jsonValue({ maxDepth: 1 })), {
          freq: 4,
        }),
      )
      .chain(([form, optional, extra]) => {
        const must = [...required, ...form].filter((key) => key in properties);
        const present = must.map((key) => properties[key] as fc.Arbitrary<unknown>);
        return fc.tuple(...present).map((values) => {
          const document: Record<string, unknown> = { ...optional };
          must.forEach((key, index) => (document[key] = values[index]));
          // An own property even for `__proto__`, as JSON.parse makes it.
          if (extra)
            Object.defineProperty(document, extra[0], {
              value: extra[1],
              enumerable: true,
              writable: true,
              configurable: true,
            });
          return document;
        });
      });
  };

  const article = build(root, 0);
  if (!article) throw new Error('the schema gives no document');
  return article;
}
