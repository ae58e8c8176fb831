import { expect } from '@open-wc/testing';
import { Validator, type OutputUnit, type Schema } from '@cfworker/json-schema';
import { validateArticle } from '../../src/model/validate.js';
import { invalidDocuments, validDocuments } from './documents.js';

// Fetched rather than imported: esbuild drops the `with { type: 'json' }` attribute at target
// es2022, and Chromium refuses a JSON module without it.
async function fetchJson(relative: string): Promise<unknown> {
  const response = await fetch(new URL(relative, import.meta.url));
  expect(response.ok, `${relative} is served`).to.equal(true);
  return response.json();
}

const schema = (await fetchJson('../../src/model/article.schema.json')) as Schema;
const seedStory = await fetchJson('../../demo/data/seed-story.json');
const schemaValidator = new Validator(schema, '2020-12', false);

/**
 * Keywords whose errors only say that something inside them failed; the leaf error below them
 * carries the location that matters.
 */
const WRAPPER_KEYWORDS = new Set(['$ref', 'allOf', 'if', 'then', 'properties', 'items']);

/** `#/body/4/value` → `body[4].value`. */
function toPath(instanceLocation: string): string {
  let path = '';
  for (const segment of instanceLocation.split('/').slice(1)) {
    const key = decodeURIComponent(segment).replaceAll('~1', '/').replaceAll('~0', '~');
    if (/^\d+$/.test(key)) path += `[${key}]`;
    else path += path ? `.${key}` : key;
  }
  return path;
}

/** The set of paths where the JSON Schema finds errors, in the validator's path syntax. */
function schemaErrorPaths(doc: unknown): string[] {
  const paths = new Set<string>();
  for (const error of schemaValidator.validate(doc).errors) {
    if (WRAPPER_KEYWORDS.has(error.keyword)) continue;
    // "Needs text or html" is an anyOf of two `required`s: the anyOf error stands for both.
    if (error.keywordLocation.includes('/anyOf/')) continue;
    paths.add(leafPath(error));
  }
  return [...paths].sort();
}

function leafPath(error: OutputUnit): string {
  const path = toPath(error.instanceLocation);
  if (error.keyword !== 'required') return path;
  // A missing property is an error of its parent; the validator reports it at the property.
  const missing = /"([^"]+)"/.exec(error.error)?.[1] ?? '';
  return path ? `${path}.${missing}` : missing;
}

function validatorErrorPaths(doc: unknown): string[] {
  const result = validateArticle(doc);
  return result.ok ? [] : [...new Set(result.errors.map((problem) => problem.path))].sort();
}

describe('the JSON Schema and the validator agree', () => {
  describe('on valid documents', () => {
    for (const { name, doc } of [...validDocuments, { name: 'the seed story', doc: seedStory }]) {
      it(`accept ${name}`, () => {
        expect(schemaErrorPaths(doc), 'schema errors').to.deep.equal([]);
        expect(validatorErrorPaths(doc), 'validator errors').to.deep.equal([]);
      });
    }
  });

  describe('on invalid documents', () => {
    it('have at least 30 of them', () => {
      expect(invalidDocuments.length).to.be.at.least(30);
    });

    for (const { name, doc, paths } of invalidDocuments) {
      it(`reject ${name} at ${paths.map((path) => `"${path}"`).join(', ')}`, () => {
        const expected = [...paths].sort();
        expect(schemaErrorPaths(doc), 'schema errors').to.deep.equal(expected);
        expect(validatorErrorPaths(doc), 'validator errors').to.deep.equal(expected);
      });
    }
  });

  describe('the schema file', () => {
    const root = schema as Record<string, unknown>;

    it('is a 2020-12 schema with its published $id', () => {
      expect(root.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
      expect(root.$id).to.equal('https://lede-elements.dev/article.schema.json');
      expect(root.title).to.be.a('string');
    });

    it('defines every shape of the model', () => {
      const defs = Object.keys(root.$defs as object);
      for (const name of [
        'ImageObject',
        'Organization',
        'Person',
        'InlineContent',
        'ListItem',
        'RelatedLink',
        'ParagraphBlock',
        'HeadingBlock',
        'QuoteBlock',
        'StatBlock',
        'PeopleBlock',
        'ListBlock',
        'LinksBlock',
        'ImageBlock',
        'EmbedBlock',
      ]) {
        expect(defs, name).to.include(name);
      }
    });

    it('describes every def and every property for publishers', () => {
      const undocumented: string[] = [];
      const visit = (node: unknown, where: string): void => {
        if (typeof node !== 'object' || node === null) return;
        const record = node as Record<string, unknown>;
        for (const [key, child] of Object.entries(record)) {
          // The `if` of each block type only tests the discriminator; it documents nothing.
          if (key === 'if') continue;
          if (key === 'properties' || key === '$defs') {
            for (const [name, definition] of Object.entries(child as object)) {
              const described = typeof (definition as { description?: unknown }).description;
              if (described !== 'string') undocumented.push(`${where}/${key}/${name}`);
            }
          }
          visit(child, `${where}/${key}`);
        }
      };
      visit(schema, '#');
      expect(undocumented).to.deep.equal([]);
    });

    it('never forbids unknown properties', () => {
      expect(JSON.stringify(schema)).not.to.include('"additionalProperties":false');
      expect(JSON.stringify(schema)).not.to.include('"unevaluatedProperties":false');
    });
  });
});
