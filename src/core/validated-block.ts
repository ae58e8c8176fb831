import type { Block } from '../model/types.js';
import type { BlockKind } from '../model/block-shapes.js';
import type { Selection } from './data-source.js';
import { selectBlock, type BlockPick } from './select-block.js';
import { validatedValue } from './validated.js';

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
