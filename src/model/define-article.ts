import type { Article } from './types.js';

/**
 * The type TypeScript gives a JSON file of `T` imported with `resolveJsonModule`: the same shape,
 * with every string literal type (`"stat"`, `"more-than"`) widened to `string`, since a JSON
 * import never keeps literal types.
 */
export type Json<T> = T extends string
  ? string
  : T extends readonly (infer Item)[]
    ? Json<Item>[]
    : T extends object
      ? { [Key in keyof T]: Json<T[Key]> }
      : T;

/** An `Article` as a JSON import types it: see {@link Json}. */
export type ArticleJson = Json<Article>;

/**
 * Returns `story` unchanged, typed as an `Article`: the no-cost way to hand a story already
 * known to be good (a JSON file of your own, checked in CI) to an element or React component.
 * TypeScript still checks its shape — a missing `headline` or a `value` written as a string is
 * an error — but not the block `type` names and other words a JSON import widens to `string`,
 * and nothing is checked at run time. For data from elsewhere use `validateArticle`, which
 * checks every field and narrows the type. For a story written in TypeScript, prefer
 * `{ … } satisfies Article`, which also checks those words.
 *
 * ```ts
 * import story from './story.json';
 * const article = defineArticle(story);
 * ```
 */
export function defineArticle(story: ArticleJson): Article {
  // An Article and its JSON form differ only in literal types, which JSON cannot carry anyway.
  return story as Article;
}
