/**
 * The teaser's reading: what a card shows of an article, the article's own fields without its
 * body. Apart from `check.ts`, which reads blocks, so that a card carries no block's shape.
 */
import type { Article } from './types.js';
import { compact, reading, type Check, type Reading } from './read.js';
import { articleShape } from './shapes.js';

let teaser: Check | undefined;

/**
 * Reads what a teaser shows of an article: the article with its body neither read nor copied,
 * so that a card does not pay for blocks it never shows.
 */
export function readTeaser(document: unknown): Reading<Article> {
  teaser ??= articleShape(() => undefined);
  const check = teaser;
  return reading('', (run) => check(document, '', run));
}

/** Checks what a teaser shows of an article, as `validateArticle` with `body: false` does. */
export const checkTeaser = (document: unknown) => compact(readTeaser(document));
