/** Completing a conversion: a headline whatever happens, and only what the validator accepts. Shared by the adapters. */
import type { Article, Block } from '../../model/types.js';
import { validateArticle, type Problem } from '../../model/validate.js';
import type { Adapter, Conversion, SourceFormat } from '../types.js';
import { MAX_BLOCKS, isArray, warn, readText } from './read.js';
import { plainText } from './plain-text.js';

/** How many words of the body make a headline when the source has none. */
const FALLBACK_HEADLINE_WORDS = 10;

function blockText(block: Block): string | undefined {
  if (block.type !== 'paragraph' && block.type !== 'heading' && block.type !== 'quote') {
    return undefined;
  }
  return readText(block.text) ?? plainText(block.html ?? '');
}

function firstWords(body: Block[] | undefined): string | undefined {
  for (const block of body ?? []) {
    const words = blockText(block)?.split(/\s+/) ?? [];
    if (words.length > FALLBACK_HEADLINE_WORDS) {
      return `${words.slice(0, FALLBACK_HEADLINE_WORDS).join(' ')}…`;
    }
    if (words.length) return words.join(' ');
  }
  return undefined;
}

/** Notes a part of the converted article that the validator could not use, and that goes. */
function noteInvalid(warnings: Problem[], path: string, message: string): void {
  warn(warnings, '', `the converted ${path || 'article'} was invalid (${message})`);
}

/**
 * Removes from `article` the parts the validator refused: first the refused items of a list,
 * then (when `wholeFields`, should that not do) the whole field.
 */
function dropInvalidParts(
  article: Record<string, unknown>,
  errors: Problem[],
  warnings: Problem[],
  wholeFields: boolean,
): void {
  const doomed = new Map<string, Set<number>>();
  for (const { path, message } of errors) {
    noteInvalid(warnings, path, message);
    const [, key = '', index] = /^([^.[]*)(?:\[(\d+)\])?/.exec(path) ?? [];
    if (key === 'headline') article.headline = 'Untitled';
    else if (index === undefined || wholeFields) article[key] = undefined;
    else doomed.set(key, (doomed.get(key) ?? new Set()).add(Number(index)));
  }
  for (const [key, indexes] of doomed) {
    const list = article[key];
    const kept = isArray(list) ? list.filter((_, index) => !indexes.has(index)) : [];
    article[key] = kept.length ? kept : undefined;
  }
}

/**
 * Completes a conversion: gives the article a headline whatever happens (the first
 * words of the body, else "Untitled", with a warning at `headlinePath`), drops a first body
 * heading that only repeats the headline, and returns only what `validateArticle` accepts.
 */
export function completeConversion(
  format: SourceFormat,
  draft: Partial<Article>,
  warnings: Problem[],
  headlinePath: string,
): Conversion {
  const article: Record<string, unknown> = { ...draft };
  const headline = draft.headline ?? firstWords(draft.body) ?? 'Untitled';
  if (!draft.headline) {
    const source = headline === 'Untitled' ? '"Untitled" is' : 'the first words of the body are';
    warn(warnings, headlinePath, 'missing', `${source} used as the headline`);
  }
  article.headline = headline;
  let body = draft.body ?? [];
  const [first] = body;
  if (first?.type === 'heading' && blockText(first) === headline) body = body.slice(1);
  if (body.length > MAX_BLOCKS) {
    warn(warnings, '', `more than ${MAX_BLOCKS} blocks`, 'the rest dropped');
    body = body.slice(0, MAX_BLOCKS);
  }
  article.body = body.length ? body : undefined;
  // Nothing here should be refused; should something be, it goes, item first, then field.
  for (let round = 0; round < 3; round++) {
    const result = validateArticle(article);
    if (result.ok) {
      // The validator drops what it cannot use; the reader should have, so say what went.
      for (const { path, message, kept } of result.warnings) {
        if (!kept) noteInvalid(warnings, path, message);
      }
      return { format, article: result.value, warnings };
    }
    dropInvalidParts(article, result.errors, warnings, round > 0);
  }
  warn(warnings, '', 'could not be converted', 'an empty article is returned');
  return { format, article: { headline: 'Untitled' }, warnings };
}

/**
 * Runs a reader so that no input whatsoever makes a conversion throw: a reader that
 * fails (it should not) yields an empty article with a warning.
 */
export function convertSafely(
  format: SourceFormat,
  document: unknown,
  read: (document: unknown, warnings: Problem[]) => Partial<Article>,
  headlinePath: string,
): Conversion {
  const warnings: Problem[] = [];
  let draft: Partial<Article> = {};
  try {
    draft = read(document, warnings);
  } catch {
    warn(warnings, '', 'could not be read', 'an empty article is returned');
  }
  try {
    return completeConversion(format, draft, warnings, headlinePath);
  } catch {
    return { format, article: { headline: 'Untitled' }, warnings };
  }
}

/** What an adapter is made of: its format and name, how it recognises a document, how it reads one. */
export interface AdapterParts {
  format: SourceFormat;
  /** Human name used in messages, e.g. "Arc XP ANS". */
  name: string;
  /** Whether a document is in this format: cheap, and never throwing. */
  detect(document: unknown): boolean;
  /** What the document says, field by field; `completeConversion` makes it a valid Article. */
  read(document: unknown, warnings: Problem[]): Partial<Article>;
  /** Where the format keeps the headline, for the warning when a document has none. */
  headlinePath: string;
}

/** An adapter from its parts: its `convert` reads safely and completes the conversion. */
export function defineAdapter(parts: AdapterParts): Adapter {
  const { format, name, detect, read, headlinePath } = parts;
  return {
    format,
    name,
    detect,
    convert: (document) => convertSafely(format, document, read, headlinePath),
  };
}
