import type { Block, BlockType } from '../model/types.js';
import { checkBlockOf } from '../model/check.js';
import type { BlockKind } from '../model/block-shapes.js';
import type { Selection } from './data-source.js';
import { selected } from './select.js';

/** How an element that shows one block finds it in a whole article. */
export interface BlockPick {
  /** The block's `id`; wins over `index`. */
  id?: string | undefined;
  /** Position among the article's blocks of the element's type, from 0. */
  index?: number | undefined;
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
