import type { Article } from '../model/types.js';
import { checkArticle } from '../model/check.js';
import type { Selection } from './data-source.js';
import { selected } from './select.js';

/** Checks a whole article. */
export function selectArticle(document: unknown): Selection<Article> {
  return selected(
    checkArticle(document),
    (full) => full.validateArticle(document),
    (article) => article,
  );
}
