import type { Article, Block } from '../model/types.js';
import type { Selection } from './data-source.js';
import type { BlockKind } from '../model/shapes.js';
import { readingMinutes, selectBlock, type BlockPick, type Teaser } from './select.js';

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
function validatedValue(document: unknown): { article?: Article; block?: Block } | undefined {
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

/**
 * The block of `type` in a validated document — the block itself, or the one `pick` names in
 * a validated article, with the article's language — or undefined when the document is not
 * validated or holds no such block (validation then names what is wrong).
 */
export function validatedBlock<T extends Block>(
  document: unknown,
  type: T['type'],
  pick: BlockPick = {},
): Selection<T> | undefined {
  const { article, block } = validatedValue(document) ?? {};
  const blocks = (article?.body ?? (block ? [block] : [])).filter(
    (candidate): candidate is T => candidate.type === type,
  );
  const found =
    article && pick.id !== undefined
      ? blocks.find((candidate) => candidate.id === pick.id)
      : blocks[article ? (pick.index ?? 0) : 0];
  return found && { ok: true, value: found, warnings: [], lang: article?.inLanguage };
}

/** What an element that shows one block says about which one. */
interface BlockPicker {
  blockId?: string | undefined;
  index?: number | undefined;
}

/**
 * The data-source options of an element that shows one block of `type`, picked by its
 * `block-id` and `index`: a validated block is taken as it is, anything else is validated.
 */
export function blockOptions<T extends Block>(host: BlockPicker, kind: BlockKind<T['type']>) {
  return {
    select(document: unknown): Selection<T> {
      const pick = { id: host.blockId, index: host.index };
      return validatedBlock<T>(document, kind.type, pick) ?? selectBlock<T>(document, kind, pick);
    },
    pick: () => `${host.blockId ?? ''}|${host.index ?? ''}`,
  };
}
