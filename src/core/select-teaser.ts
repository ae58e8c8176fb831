import type { Article } from '../model/types.js';
import { bodyReadingMinutes } from '../format/reading-time.js';
import { checkTeaser } from '../model/check-teaser.js';
import type { Selection } from './data-source.js';
import { selected } from './select.js';

/** What a teaser shows of a story: its own fields, and the time it takes to read. */
export interface Teaser {
  /** The article without its body. */
  article: Article;
  readingMinutes: number;
}

/** Reading times by body, so a story given to many elements is counted once. */
const minutesByBody = new WeakMap<object, number>();

/**
 * Validates what a teaser shows of an article, leaving its body unchecked, and counts the
 * body's reading time once per body: a front page gives each card a whole story, and a card
 * should not pay for checking blocks it never shows. The count reads only the words of text
 * blocks and list items held as strings or inline HTML, as the whole article counts them.
 */
export function selectTeaser(document: unknown): Selection<Teaser> {
  return selected(
    checkTeaser(document),
    (full) => full.validateArticle(document, { body: false }),
    (article) => ({ article, readingMinutes: readingMinutes(document) }),
  );
}

/**
 * The reading time of a document's body, counted once per body: a story handed to many cards,
 * validated or not, is counted once.
 */
export function readingMinutes(document: unknown): number {
  const body = ownBody(document);
  let minutes = body ? minutesByBody.get(body) : 0;
  if (body && minutes === undefined) {
    minutes = bodyReadingMinutes(body);
    minutesByBody.set(body, minutes);
  }
  return minutes ?? 0;
}

/** The document's own `body` list, as the validator reads fields: never an inherited one. */
function ownBody(document: unknown): unknown[] | undefined {
  try {
    const body = Object.hasOwn(document as object, 'body')
      ? (document as { body?: unknown }).body
      : undefined;
    return Array.isArray(body) ? body : undefined;
  } catch {
    return undefined; // a getter that throws: nothing to count
  }
}
