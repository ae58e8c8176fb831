import { expect } from '@open-wc/testing';
import type { Conversion, SourceFormat } from '../../src/adapters/types.js';
import type { Article, Block, BlockType } from '../../src/model/types.js';
import { formatProblem, validateArticle } from '../../src/model/validate.js';

/** A test document written for the project, from `test/fixtures/adapters/<format>/`. */
export async function loadAdapterFixture(format: SourceFormat, file: string): Promise<unknown> {
  const url = new URL(`../fixtures/adapters/${format}/${file}`, import.meta.url);
  return (await fetch(url)).json() as Promise<unknown>;
}

/**
 * Checks the promise every conversion keeps — a valid article, with no field the model does not
 * know — and its format, then returns it.
 */
export function expectValidConversion(conversion: Conversion, format: SourceFormat): Conversion {
  const result = validateArticle(conversion.article);
  expect(result.ok, JSON.stringify(result)).to.equal(true);
  expect(result.warnings, 'fields the model does not know').to.deep.equal([]);
  expect(conversion.format).to.equal(format);
  return conversion;
}

/** The conversion's warnings as `path: message` lines. */
export const warningsOf = (conversion: Conversion): string[] =>
  conversion.warnings.map(formatProblem);

/** The article's blocks of one type, in order. */
export const blocksOf = <T extends BlockType>(article: Article, type: T) =>
  (article.body ?? []).filter((block): block is Extract<Block, { type: T }> => block.type === type);

/** Text or html of each paragraph. */
export const paragraphs = (article: Article) =>
  blocksOf(article, 'paragraph').map((block) => block.text ?? block.html);
