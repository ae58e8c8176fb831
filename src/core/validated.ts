import type { Article, Block } from '../model/types.js';
import type { Selection } from './data-source.js';
import { readingMinutes, type Teaser } from './select-teaser.js';

/**
 * Every object the validator has returned and {@link markValidated} was given, with every
 * object inside it. Only identity counts: no field, flag or shape of outside data can put a
 * value here, and what is here is frozen, so no one can change it after the check.
 */
const validated = new WeakSet<object>();

/**
 * Marks what the validator has just returned (or an object made only of such values) as
 * validated, freezing it and everything in it: the elements it is handed to next — the inner
 * elements of `lede-article`, the elements the server renders — then render it without
 * validating it again. Outside data never reaches here: call it only on the validator's own
 * copies.
 */
export function markValidated<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !validated.has(value)) {
    validated.add(value);
    Object.freeze(value);
    for (const inner of Object.values(value)) markValidated(inner);
  }
  return value;
}

/**
 * A document marked validated, read as an article, or as a block when it has a `type` (as the
 * validator tells them apart); undefined for any other.
 */
export function validatedValue(
  document: unknown,
): { article?: Article; block?: Block } | undefined {
  if (!validated.has(Object(document))) return undefined;
  const value = document as Article | Block;
  return typeof (value as { type?: unknown }).type === 'string'
    ? { block: value as Block }
    : { article: value as Article };
}

/** A validated article, selected as it is; undefined for anything else, to be validated. */
export function validatedArticle(document: unknown): Selection<Article> | undefined {
  const article = validatedValue(document)?.article;
  return article && { ok: true, value: article, warnings: [] };
}

/** What a teaser shows of a validated article; undefined for anything else. */
export function validatedTeaser(document: unknown): Selection<Teaser> | undefined {
  const article = validatedValue(document)?.article;
  return (
    article && {
      ok: true,
      value: { article, readingMinutes: readingMinutes(article) },
      warnings: [],
    }
  );
}
