import type { Article } from '../model/types.js';
import type { Problem } from '../model/validate.js';

/** The formats Lede reads. */
export type SourceFormat = 'lede' | 'jsonld' | 'ans' | 'ninjs' | 'anf' | 'wordpress';

/**
 * An article converted from another format. `article` is always a valid Lede Article (the
 * adapter fills what it can and drops what it cannot place); `warnings` name, with the source
 * document's paths, every part that was malformed or dropped.
 */
export interface Conversion {
  format: SourceFormat;
  article: Article;
  warnings: Problem[];
}

/**
 * An adapter: `detect` says whether a document is in its format (cheap, never throws);
 * `convert` turns such a document into a valid Article, never throwing either.
 */
export interface Adapter {
  format: SourceFormat;
  /** Human name used in messages, e.g. "Arc XP ANS". */
  name: string;
  detect(document: unknown): boolean;
  convert(document: unknown): Conversion;
}
