/** Word counts and reading time for a story's body, in any script. */
import { ownInlineHtml, textOfHtml } from '../model/html-text.js';
import type { Article, InlineContent } from '../model/types.js';

/** An adult's typical silent reading speed for prose. */
export const WORDS_PER_MINUTE = 230;

/**
 * Han ideographs and kana count one each: readers take in about as many of them a minute as
 * they would words of English, and the count no longer depends on how a browser's segmenter
 * happens to group them.
 */
const IDEOGRAPH = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** Scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const SPACES = /\s+/;
/** A piece between spaces is a word when it holds a letter or digit: "don't" and "6,000" too. */
const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * Counts the words of `text`. Scripts written without spaces are handled: ideographs and kana
 * count one each, and Thai, Khmer and the like are split by `Intl.Segmenter` where it exists.
 * Elements count a body once however many of them show it (`readingMinutes` in
 * `core/select.ts`), so this favours one exact path over speed: about 40 ms for a 2 MB story.
 */
export function countWords(text: string): number {
  if (typeof text !== 'string') return 0;
  const ideographs = text.match(IDEOGRAPH)?.length ?? 0;
  const rest = text.replace(IDEOGRAPH, ' ');
  const words =
    typeof Intl.Segmenter === 'function' && UNSPACED.test(rest)
      ? countSegments(rest)
      : countSpaced(rest);
  return ideographs + words;
}

/** Words of a script spaced into words: the pieces between spaces that hold a letter or digit. */
function countSpaced(text: string): number {
  let words = 0;
  for (const piece of text.split(SPACES)) if (WORDLIKE.test(piece)) words++;
  return words;
}

let segmenter: Intl.Segmenter | undefined;

/** Words found by the browser's word segmenter, for scripts without spaces. */
function countSegments(text: string): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  let words = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words++;
  return words;
}

/** A block or list item as it may arrive from data nobody has validated. */
type LooseContent = InlineContent & { type?: unknown; items?: unknown };

const TEXT_BLOCKS: readonly unknown[] = ['paragraph', 'heading', 'quote'];

function contentText(content: LooseContent): string {
  const markup = ownInlineHtml(content);
  if (markup !== undefined) return textOfHtml(markup);
  return typeof content.text === 'string' ? content.text : '';
}

/**
 * Minutes needed to read the body: the words of its paragraphs, headings, quotes and list
 * items at {@link WORDS_PER_MINUTE}, rounded up; 0 when the body has no words.
 */
export function readingMinutes(article: Article): number {
  return bodyReadingMinutes(article?.body);
}

/**
 * The reading time of a story's `body` as it arrived, validated or not: only text that a
 * block or list item holds as a string (or as inline HTML) counts.
 */
export function bodyReadingMinutes(body: unknown): number {
  const texts: string[] = [];
  // Lists nest as deep as the data does, so they are walked with a stack, not recursion.
  const pending: unknown[] = Array.isArray(body) ? [...body] : [];
  while (pending.length > 0) {
    const node = pending.pop() as LooseContent | null | undefined;
    if (!node || typeof node !== 'object') continue;
    // List items are the only nodes without a type.
    const isListItem = node.type === undefined;
    if (isListItem || TEXT_BLOCKS.includes(node.type)) texts.push(contentText(node));
    if ((isListItem || node.type === 'list') && Array.isArray(node.items)) {
      for (const child of node.items) pending.push(child);
    }
  }
  return Math.ceil(countWords(texts.join('\n')) / WORDS_PER_MINUTE);
}
