/**
 * The compact check (`check.ts`), the full validator (`validate.ts`) and the JSON Schema agree
 * on every document. The elements read documents with the compact check and load the validator
 * only for its messages, so a document the two read differently would render one way and be
 * explained another.
 *
 * The check and the validator are one reader: `check.ts` reads a document into findings
 * without words, `checkArticle` and `checkBlock` keep their paths, and `validate.ts` words
 * them. So the comparison of the two below no longer sets two implementations against each
 * other; it guards what lies between them: that the check's paths and refusal are exactly the
 * validator's (a finding the words would file as an error, a warning or a kept field the check
 * files the same way), that wording a reading changes neither its copy nor its order, and that
 * every entry point (article, teaser, block) gives the same reading either way. The JSON
 * Schema is the independent statement, and it holds the one reader to the documented contract.
 *
 * For each generated document:
 * - `checkArticle` and `validateArticle` (whole, and without the body as a card reads it), and
 *   `checkBlock` and `validateBlock` on each block of the body, give the same refusal, the same
 *   copy (deep equal), the same dropped paths and the same kept unknown fields, in order.
 * - The JSON Schema accepts exactly what they accept. The schema cannot state tolerance: it
 *   either accepts a document or not, while the validator may accept it after dropping values.
 *   So the rule is:
 *   1. a document they refuse, the schema rejects;
 *   2. a document they accept, the schema accepts once normalized: their copy passes it;
 *   3. a document they accept without dropping anything, the schema accepts as it is;
 *   4. a document they accept after dropping values, the schema rejects as it is — unless every
 *      value dropped is one of the two documented exceptions the schema cannot state: a URL
 *      outside the allow-list of `safe-url.ts` (which the schema describes as a string), and a
 *      reserved key (`__proto__`, `constructor`, `prototype`, allowed as unknown properties);
 *      then the schema accepts it as it is.
 *
 * Documents come from the schema's own shapes (`schema-arbitrary.ts`), and from mutations of
 * the seed story, the test fixtures and the shared documents of `documents.ts`. fast-check runs
 * them with the fuzz suite's fixed seed; a failure prints the seed and the shrunk counterexample,
 * and each counterexample found is kept in `BY_HAND` below as a regression case (none has been
 * found so far; `BY_HAND` holds the edge cases written while building the check).
 */
import { expect } from '@open-wc/testing';
import { Validator, type Schema } from '@cfworker/json-schema';
import fc from 'fast-check';
import { checkArticle, checkBlock, checkBlockOf, type CheckResult } from '../../src/model/check.js';
import { checkTeaser } from '../../src/model/check-teaser.js';
import { LINKS, PEOPLE, QUOTE, STAT, type BlockKind } from '../../src/model/block-shapes.js';
import { validateArticle, validateBlock, type ValidationResult } from '../../src/model/validate.js';
import { BLOCK_TYPES, type BlockType } from '../../src/model/types.js';
import { mutate, PURE_RUNS, settings } from '../security/fuzz/settings.js';
import {
  invalidDocuments,
  refusedDocuments,
  shorthandDocuments,
  unsafeUrlDocuments,
  validDocuments,
} from './documents.js';
import { schemaArbitrary, type SchemaNode } from './schema-arbitrary.js';
import { loadFixtures, servedJson } from '../helpers/served.js';

const schema = (await servedJson('src/model/article.schema.json')) as Schema & SchemaNode;
const seedStory = await servedJson('demo/data/seed-story.json');
const fixtures = await loadFixtures();
const schemaValidator = new Validator(schema, '2020-12', false);

const sharedDocuments = [
  ...validDocuments,
  ...invalidDocuments,
  ...refusedDocuments,
  ...shorthandDocuments,
  ...unsafeUrlDocuments,
].map(({ doc }) => doc);

/** The runs of each property, for at least PURE_RUNS documents in all. */
const RUNS = PURE_RUNS / 2;

function expectSameReading<T>(check: CheckResult<T>, full: ValidationResult<T>, what: string) {
  expect(check.ok, `${what}: refused by one only`).to.equal(full.ok);
  if (!check.ok || !full.ok) return;
  expect(check.value, `${what}: the copy`).to.deep.equal(full.value);
  const paths = (kept: boolean) =>
    full.warnings.filter((warning) => !warning.kept === !kept).map((warning) => warning.path);
  expect(check.dropped, `${what}: dropped`).to.deep.equal(paths(false));
  expect(check.kept, `${what}: kept`).to.deep.equal(paths(true));
}

/** The values the schema cannot tell apart from usable ones: see rule 4 above. */
function onlySchemaExceptions(full: ValidationResult<unknown>): boolean {
  return full.warnings
    .filter((warning) => !warning.kept)
    .every(
      ({ message }) =>
        message.startsWith('reserved name') || /^expected an [a-z, ]+ URL, got /.test(message),
    );
}

function expectSchemaAgrees(document: unknown, full: ValidationResult<unknown>) {
  const schemaAccepts = (value: unknown) => schemaValidator.validate(value).valid;
  if (!full.ok) {
    expect(schemaAccepts(document), 'the schema rejects what the validator refuses').to.equal(
      false,
    );
    return;
  }
  expect(schemaAccepts(full.value), 'the schema accepts the normalized copy').to.equal(true);
  const dropped = full.warnings.some((warning) => !warning.kept);
  const expected = !dropped || onlySchemaExceptions(full);
  expect(schemaAccepts(document), 'the schema accepts the document as it is').to.equal(expected);
}

/** Every check of one document: the article, its teaser, its blocks, and the schema. */
function expectAgreement(document: unknown): void {
  const full = validateArticle(document);
  expectSameReading(checkArticle(document), full, 'article');
  const teaser = { body: false };
  expectSameReading(checkTeaser(document), validateArticle(document, teaser), 'teaser');
  expectSchemaAgrees(document, full);
  const body = (document as { body?: unknown } | null)?.body;
  if (!Array.isArray(body)) return;
  body.forEach((block: unknown, index) => {
    const type = (block as { type?: unknown } | null)?.type;
    const expectedType = BLOCK_TYPES.includes(type as BlockType) ? (type as BlockType) : 'quote';
    const path = `body[${index}]`;
    for (const wanted of [expectedType, 'stat' as const, undefined]) {
      expectSameReading(
        checkBlock(block, wanted, path),
        validateBlock(block, wanted, path),
        `${path} as ${wanted}`,
      );
    }
    // The elements of one block type read with only their kind's shape.
    for (const kind of new Set([KINDS.get(type), STAT])) {
      if (!kind) continue;
      expectSameReading(
        checkBlockOf(block, kind, path),
        validateBlock(block, kind.type, path),
        `${path} as its element reads ${kind.type}`,
      );
    }
  });
}

/** The kinds of block an element of their own shows, by type. */
const KINDS = new Map<unknown, BlockKind>(
  [STAT, PEOPLE, QUOTE, LINKS].map((kind) => [kind.type, kind]),
);

const mutation = fc.record({
  at: fc.nat(),
  action: fc.constantFrom('replace', 'remove', 'wrap', 'empty') as fc.Arbitrary<
    'replace' | 'remove' | 'wrap' | 'empty'
  >,
  value: fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom('', 'javascript:alert(1)', '6,000', -1, 2.5, '23 August 2022'),
    // A fresh object each time: a shared one could be mutated into a cycle.
    fc.record({ name: fc.constantFrom('', 'Masood Khan') }),
  ),
});
const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });

const fromSchema = fc
  .tuple(
    fc.oneof(schemaArbitrary(schema, false), schemaArbitrary(schema, true)),
    fc.option(mutations, { freq: 4 }),
  )
  .map(([document, changes]) => (changes ? mutate(document, changes) : document));
const fromStories = fc
  .tuple(fc.constantFrom(seedStory, ...fixtures, ...sharedDocuments), mutations)
  .map(([document, changes]) => mutate(document, changes));

const parameters = settings(RUNS);

/** A value whose every read throws. */
const throwing = (): object =>
  new Proxy(
    {},
    {
      get: () => {
        throw new Error('no');
      },
      ownKeys: () => ['headline', 'body'],
      getOwnPropertyDescriptor: () => ({ enumerable: true, configurable: true }),
    },
  );

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable([], {});
  revoke();
  return proxy;
}

function nested(levels: number): unknown {
  let value: unknown = 'deep';
  for (let level = 0; level < levels; level++) value = { inner: value };
  return value;
}

function circular(): object {
  const cycle: Record<string, unknown> = { name: 'Loop' };
  cycle.affiliation = cycle;
  return cycle;
}

/**
 * Cases written by hand: values JSON cannot hold but a JavaScript property can, where the
 * schema is not asked, and edge cases of the reading rules; and any counterexample the
 * properties find. Both readers must agree on each. Built afresh for each use, as some are
 * consumed by reading.
 */
const BY_HAND: { name: string; doc: () => unknown }[] = [
  { name: 'a circular author', doc: () => ({ headline: 'x', author: circular() }) },
  { name: 'a circular unknown field at the root', doc: () => ({ headline: 'x', '': circular() }) },
  {
    name: 'a getter that throws',
    doc: () => ({
      headline: 'x',
      get description(): string {
        throw new Error('no');
      },
    }),
  },
  {
    name: 'a headline that throws',
    doc: () => ({
      get headline(): string {
        throw new Error('no');
      },
    }),
  },
  { name: 'a Proxy whose every read throws', doc: throwing },
  {
    name: 'a revoked Proxy as a field',
    doc: () => ({ headline: 'x', author: revoked(), extra: revoked() }),
  },
  { name: 'a revoked Proxy as the document', doc: revoked },
  {
    name: 'an array whose length lies',
    doc: () => ({
      headline: 'x',
      keywords: new Proxy(['a'], {
        get: (target, key) => (key === 'length' ? 'many' : Reflect.get(target, key)),
      }),
    }),
  },
  {
    name: 'an array item that throws when read',
    doc: () => ({
      headline: 'x',
      keywords: new Proxy(['a', 'b'], {
        get: (target, key) => {
          if (key === '1') throw new Error('no');
          return Reflect.get(target, key);
        },
      }),
    }),
  },
  {
    name: 'an unknown field holding a getter that throws',
    doc: () => ({
      headline: 'x',
      extra: {
        kept: 1,
        get broken(): number {
          throw new Error('no');
        },
      },
    }),
  },
  {
    name: 'values that are not data',
    doc: () => ({ headline: 'x', extra: [1n, Symbol('s'), () => 1, { f: () => 1 }] }),
  },
  { name: 'nesting past the limit', doc: () => ({ headline: 'x', extra: nested(40) }) },
  {
    name: 'nesting past the limit in a block',
    doc: () => ({ headline: 'x', body: [{ type: 'paragraph', text: 'a', extra: nested(40) }] }),
  },
  {
    name: 'too many values',
    doc: () => ({ headline: 'x', extra: Array.from({ length: 50_001 }, () => [1]) }),
  },
  {
    name: 'a shared object read many times',
    doc: () => {
      const person = { name: 'A' };
      return { headline: 'x', author: Array.from({ length: 50 }, () => person) };
    },
  },
  {
    name: 'a links block whose one link is dropped',
    doc: () => ({ type: 'links', items: { headline: 5 } }),
  },
  {
    name: 'a list block whose one item is dropped',
    doc: () => ({ headline: 'x', body: { type: 'list', items: { text: 5 } } }),
  },
];

describe('the compact check, the full validator and the JSON Schema', () => {
  it(`agree on ${RUNS} documents generated from the schema's shapes`, function () {
    this.timeout(60_000);
    fc.assert(fc.property(fromSchema, expectAgreement), parameters);
  });

  it(`agree on ${RUNS} mutations of the seed story, the fixtures and the shared documents`, function () {
    this.timeout(60_000);
    fc.assert(fc.property(fromStories, expectAgreement), parameters);
  });

  it('agree on the seed story, the fixtures and the shared documents as they are', () => {
    for (const document of [seedStory, ...fixtures, ...sharedDocuments]) {
      expectAgreement(document);
    }
  });

  for (const { name, doc } of BY_HAND) {
    it(`read alike ${name}`, () => {
      for (const options of [{}, { body: false }]) {
        expectSameReading(checkArticle(doc(), options), validateArticle(doc(), options), 'article');
      }
      for (const type of [undefined, 'links' as const, 'list' as const]) {
        expectSameReading(
          checkBlock(doc(), type, 'body[0]'),
          validateBlock(doc(), type, 'body[0]'),
          'block',
        );
      }
    });
  }
});
