import { expect } from '@open-wc/testing';
import { Validator, type OutputUnit, type Schema } from '@cfworker/json-schema';
import { validateArticle } from '../../src/model/validate.js';
import {
  invalidDocuments,
  refusedDocuments,
  shorthandDocuments,
  unsafeUrlDocuments,
  validDocuments,
} from './documents.js';
import { servedJson } from '../helpers/served.js';

const schema = (await servedJson('src/model/article.schema.json')) as Schema;
const seedStory = await servedJson('demo/data/seed-story.json');
const schemaValidator = new Validator(schema, '2020-12', false);

/**
 * Keywords whose errors only say that something inside them failed; the leaf error below them
 * carries the location that matters (for `anyOf`, see `reportedPath`).
 */
const WRAPPER_KEYWORDS = new Set(['$ref', 'allOf', 'anyOf', 'if', 'then', 'properties', 'items']);

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

/** One `anyOf` that failed: where, and which of its branches fit the value's type. */
interface FailedAnyOf {
  keywordLocation: string;
  instanceLocation: string;
  fitting: Set<string>;
}

/** Whether `error` comes from a branch of `anyOf`, and from which: the branch's index. */
function branchOf(error: OutputUnit, anyOf: FailedAnyOf): string | undefined {
  const { keywordLocation, instanceLocation } = error;
  if (!keywordLocation.startsWith(`${anyOf.keywordLocation}/`)) return undefined;
  const here = instanceLocation === anyOf.instanceLocation;
  if (!here && !instanceLocation.startsWith(`${anyOf.instanceLocation}/`)) return undefined;
  return keywordLocation.slice(anyOf.keywordLocation.length + 1).split('/')[0];
}

/**
 * The failed `anyOf`s of a result. A branch whose only errors are that the value is not of its
 * type (an object where the branch wants a string) is not the form the author meant; a branch
 * with any other error, or an error deeper in the value, is.
 */
function failedAnyOfs(errors: OutputUnit[]): FailedAnyOf[] {
  const anyOfs: FailedAnyOf[] = errors
    .filter((error) => error.keyword === 'anyOf')
    .map(({ keywordLocation, instanceLocation }) => ({
      keywordLocation,
      instanceLocation,
      fitting: new Set(),
    }));
  for (const error of errors) {
    if (WRAPPER_KEYWORDS.has(error.keyword)) continue;
    for (const anyOf of anyOfs) {
      const branch = branchOf(error, anyOf);
      const deeper = error.instanceLocation !== anyOf.instanceLocation;
      if (branch !== undefined && (deeper || error.keyword !== 'type')) anyOf.fitting.add(branch);
    }
  }
  return anyOfs;
}

/**
 * Where an error is, as the validator would report it. Inside an `anyOf` with exactly one branch
 * that fits the value, the error is that branch's own (the validator reads the value as that
 * form); an `anyOf` with no such branch, or several, is reported where it is. Errors of the
 * other branches are not errors of the value: undefined.
 */
function reportedPath(error: OutputUnit, anyOfs: FailedAnyOf[]): string | undefined {
  // Outer anyOfs have shorter keyword locations: they decide first.
  const around = anyOfs
    .filter((anyOf) => branchOf(error, anyOf) !== undefined)
    .sort((a, b) => a.keywordLocation.length - b.keywordLocation.length);
  for (const anyOf of around) {
    const fitting = [...anyOf.fitting];
    if (fitting.length !== 1) return toPath(anyOf.instanceLocation);
    if (branchOf(error, anyOf) !== fitting[0]) return undefined;
  }
  return leafPath(error);
}

/** The set of paths where the JSON Schema finds errors, in the validator's path syntax. */
function schemaErrorPaths(doc: unknown): string[] {
  const { errors } = schemaValidator.validate(doc);
  const anyOfs = failedAnyOfs(errors);
  const paths = new Set<string>();
  for (const error of errors) {
    if (WRAPPER_KEYWORDS.has(error.keyword)) continue;
    const path = reportedPath(error, anyOfs);
    if (path !== undefined) paths.add(path);
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

/** The paths the validator refuses or drops a value at; kept unknown fields are not problems. */
function validatorProblemPaths(doc: unknown): string[] {
  const result = validateArticle(doc);
  const problems = [...(result.ok ? [] : result.errors), ...result.warnings];
  return [...new Set(problems.filter((p) => !p.kept).map((problem) => problem.path))].sort();
}

describe('the JSON Schema and the validator agree', () => {
  describe('on valid documents', () => {
    const shorthands = shorthandDocuments.map(({ name, doc }) => ({ name, doc }));
    const all = [...validDocuments, ...shorthands, { name: 'the seed story', doc: seedStory }];
    for (const { name, doc } of all) {
      it(`accept ${name}`, () => {
        expect(schemaErrorPaths(doc), 'schema errors').to.deep.equal([]);
        expect(validatorProblemPaths(doc), 'validator problems').to.deep.equal([]);
      });
    }
  });

  describe('on documents with unusable values', () => {
    it('have at least 30 of them', () => {
      expect(invalidDocuments.length).to.be.at.least(30);
    });

    for (const { name, doc, paths } of invalidDocuments) {
      it(`find ${name} at ${paths.map((path) => `"${path}"`).join(', ')}`, () => {
        const expected = [...paths].sort();
        expect(schemaErrorPaths(doc), 'schema errors').to.deep.equal(expected);
        expect(validatorProblemPaths(doc), 'validator problems').to.deep.equal(expected);
      });
    }
  });

  describe('on the documents the validator refuses', () => {
    for (const { name, doc, paths } of refusedDocuments) {
      it(`refuse ${name} at ${paths.map((path) => `"${path}"`).join(', ')}`, () => {
        const result = validateArticle(doc);
        expect(result.ok).to.equal(false);
        const errors = result.ok ? [] : result.errors.map((problem) => problem.path);
        expect(errors.sort()).to.deep.equal([...paths].sort());
        expect(schemaErrorPaths(doc)).to.include.members(paths);
      });
    }
  });

  describe('except on URLs outside the allow-list, which only the validator drops', () => {
    for (const { name, doc, paths } of unsafeUrlDocuments) {
      it(`${name}: the schema accepts it, the validator drops ${paths.join(', ')}`, () => {
        expect(schemaErrorPaths(doc), 'schema errors').to.deep.equal([]);
        expect(validatorProblemPaths(doc), 'validator problems').to.deep.equal([...paths].sort());
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
        'ImageObjectOrUrl',
        'Organization',
        'OrganizationOrName',
        'Person',
        'PersonOrName',
        'Language',
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
