/**
 * Format detection: takes a document in any format Lede reads and returns a valid Article.
 * A Lede Article passes as it is; anything else goes to the first adapter that recognises it.
 */
import { formatProblem, validateArticle } from '../model/validate.js';
import { anfAdapter } from './anf.js';
import { ansAdapter } from './ans.js';
import { jsonLdAdapter } from './jsonld.js';
import { ninjsAdapter } from './ninjs.js';
import { wordPressAdapter } from './wordpress.js';
import type { Adapter, Conversion } from './types.js';

/** What {@link toArticle} made of a document: a conversion, or why there is none. */
export type ArticleResult =
  { ok: true; conversion: Conversion } | { ok: false; message: string; tried: string[] };

/** The adapters {@link toArticle} tries, in order. */
export const DEFAULT_ADAPTERS: readonly Adapter[] = [
  jsonLdAdapter,
  ansAdapter,
  ninjsAdapter,
  anfAdapter,
  wordPressAdapter,
];

const LEDE_NAME = 'Lede Article';
/** Fields that mark a document as some other format even when it also has a `headline`. */
const FOREIGN_MARKERS = ['@context', '@type', '@graph', 'type'];

/** Reads a field without trusting the document: a throwing getter reads as absent. */
function has(document: object, key: string): boolean {
  try {
    return Reflect.get(document, key) !== undefined;
  } catch {
    return false;
  }
}

/** A document shaped like a Lede Article: an object with a headline and no other format's markers. */
function looksLikeLede(document: unknown): boolean {
  if (typeof document !== 'object' || document === null) return false;
  try {
    if (Array.isArray(document)) return false;
  } catch {
    return false;
  }
  return has(document, 'headline') && !FOREIGN_MARKERS.some((key) => has(document, key));
}

/** Runs a step of an adapter, which must not throw; if one does anyway, the next is tried. */
function attempt<T>(step: () => T, otherwise: T): T {
  try {
    return step();
  } catch {
    return otherwise;
  }
}

/**
 * Detects a document's format and converts it to a valid Article. A Lede Article (a headline,
 * no `@context`, `@type`, `@graph` or `type`, and no adapter claiming it) that validates is
 * returned as validated (format `lede`, warnings from the validator); otherwise the first of
 * `adapters` whose `detect` accepts the document converts it. When nothing
 * recognises it, the result names every format tried. Never throws.
 */
export function toArticle(
  document: unknown,
  adapters: readonly Adapter[] = DEFAULT_ADAPTERS,
): ArticleResult {
  const claimed = adapters.filter((adapter) => attempt(() => adapter.detect(document), false));
  // A format such as ninjs 1.x also has a bare `headline`: the adapter that knows it wins.
  const lede = looksLikeLede(document) && !claimed.length ? validateArticle(document) : undefined;
  if (lede?.ok) {
    return {
      ok: true,
      conversion: { format: 'lede', article: lede.value, warnings: lede.warnings },
    };
  }
  for (const adapter of claimed) {
    const conversion = attempt(() => adapter.convert(document), undefined);
    if (conversion) return { ok: true, conversion };
  }
  const tried = [LEDE_NAME, ...adapters.map((adapter) => adapter.name)];
  // A document meant as a Lede Article is better served by what is wrong with it.
  const problems = lede && !lede.ok ? lede.errors.slice(0, 3).map(formatProblem) : [];
  const why = problems.length ? `; as a ${LEDE_NAME}: ${problems.join('; ')}` : '';
  return { ok: false, message: `not a format Lede reads (tried ${tried.join(', ')})${why}`, tried };
}
