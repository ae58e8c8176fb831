/**
 * How an element picks its data out of a document. It reads the document with the compact check
 * (`model/check.ts`), which gives the same copy as the full validator without carrying its
 * messages; the full validator (`model/validate.ts`) is loaded with `import()` only to explain
 * what the check found: the problems of a refused document, and the values it dropped. Those
 * are a Promise (`Problems`), except in a renderer that gave the validator (`explainWith`).
 */
import type { Article, Block, BlockType } from '../model/types.js';
import { bodyReadingMinutes } from '../format/reading-time.js';
import { checkArticle, checkBlockOf, checkTeaser, type CheckResult } from '../model/check.js';
import type { BlockKind } from '../model/shapes.js';
import { KEPT_UNKNOWN, type Problem, type Problems } from '../model/problem.js';
import type { Selection } from './data-source.js';

type FullValidator = typeof import('../model/validate.js');

/** The full validator when a renderer gave it (`explainWith`); else it is loaded on demand. */
let given: FullValidator | undefined;
let loading: Promise<FullValidator> | undefined;

/**
 * Gives the full validator to `select` at once, so that problems are explained synchronously:
 * for a renderer that cannot wait for a chunk (the server renderer imports it directly).
 */
export function explainWith(fullValidator: FullValidator): void {
  given = fullValidator;
}

/**
 * What the full validator says of a document: at once when a renderer gave it, else once its
 * chunk has loaded (once per page; every explanation waits for it the same way, so an element
 * behaves alike whichever element needed the chunk first). A chunk that cannot be loaded
 * explains nothing.
 */
function explain(find: (validator: FullValidator) => Problem[]): Problems {
  if (given) return find(given);
  loading ??= import('../model/validate.js');
  return loading.then(find, () => []);
}

/** Applies `change` to problems, whether they are known yet or still to be explained. */
export function thenProblems(
  problems: Problems,
  change: (problems: Problem[]) => Problem[],
): Problems {
  return Array.isArray(problems) ? change(problems) : problems.then(change);
}

/**
 * The selection of a checked document. A refused one gets its errors, and one that dropped
 * values gets its warnings, from the full validator (`explain`); one that dropped nothing has
 * no warnings but its kept unknown fields, named without the validator.
 */
function selected<T, V>(
  result: CheckResult<V>,
  explanation: (validator: FullValidator) => {
    ok: boolean;
    warnings: Problem[];
    errors?: Problem[];
  },
  value: (checked: V) => T,
): Selection<T> {
  if (!result.ok) {
    return {
      ok: false,
      cause: 'invalid',
      problems: explain((full) => explanation(full).errors ?? []),
    };
  }
  const warnings = result.dropped.length
    ? explain((full) => explanation(full).warnings)
    : result.kept.map((path): Problem => ({ path, message: KEPT_UNKNOWN, kept: true }));
  return { ok: true, value: value(result.value), warnings };
}

/** How an element that shows one block finds it in a whole article. */
export interface BlockPick {
  /** The block's `id`; wins over `index`. */
  id?: string | undefined;
  /** Position among the article's blocks of the element's type, from 0. */
  index?: number | undefined;
}

/** Checks a whole article. */
export function selectArticle(document: unknown): Selection<Article> {
  return selected(
    checkArticle(document),
    (full) => full.validateArticle(document),
    (article) => article,
  );
}

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

/**
 * Picks a block of `kind` from a document that is either the block itself or a whole article,
 * and validates only that block, with only its kind's shape, so problems elsewhere in the
 * article do not hide it. A block picked from an article carries the article's language.
 */
export function selectBlock<T extends Block>(
  document: unknown,
  kind: BlockKind<T['type']>,
  pick: BlockPick = {},
): Selection<T> {
  const { type } = kind;
  const body = articleBody(document);
  if (!body) return validated<T>(document, kind, '');
  const found = findBlock(body, type, pick);
  if (found < 0) {
    const wanted = pick.id !== undefined ? `id "${pick.id}"` : `number ${(pick.index ?? 0) + 1}`;
    return {
      ok: false,
      cause: 'not-found',
      problems: [{ path: 'body', message: `no "${type}" block with ${wanted}` }],
    };
  }
  const selection = validated<T>(body[found], kind, `body[${found}]`);
  return selection.ok ? { ...selection, lang: storyLanguage(document as object) } : selection;
}

/**
 * The article's `inLanguage` when it is a language tag, or a Language object's `alternateName`
 * or `name`, as the validator reads it; anything else says nothing.
 */
function storyLanguage(article: object): string | undefined {
  const { inLanguage } = article as { inLanguage?: unknown };
  let tag = inLanguage;
  if (typeof inLanguage === 'object' && inLanguage !== null) {
    const { alternateName, name } = inLanguage as { alternateName?: unknown; name?: unknown };
    tag = typeof alternateName === 'string' && alternateName ? alternateName : name;
  }
  return typeof tag === 'string' && tag.trim() ? tag.trim() : undefined;
}

function validated<T extends Block>(block: unknown, kind: BlockKind, path: string): Selection<T> {
  return selected(
    checkBlockOf(block, kind, path),
    (full) => full.validateBlock(block, kind.type, path),
    (checked) => checked as T,
  );
}

/** The body of a document that looks like an article; undefined for anything else. */
function articleBody(document: unknown): unknown[] | undefined {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return;
  const { body, type } = document as { body?: unknown; type?: unknown };
  if (typeof type === 'string') return undefined; // a block of its own
  return Array.isArray(body) ? body : [];
}

function findBlock(body: unknown[], type: BlockType, pick: BlockPick): number {
  let seen = 0;
  for (let i = 0; i < body.length; i++) {
    const block = body[i] as { type?: unknown; id?: unknown } | null;
    if (typeof block !== 'object' || block === null || block.type !== type) continue;
    if (pick.id !== undefined) {
      if (block.id === pick.id) return i;
    } else if (seen++ === (pick.index ?? 0)) {
      return i;
    }
  }
  return -1;
}
