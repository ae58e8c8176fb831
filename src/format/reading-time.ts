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
 */
export function countWords(text: string): number {
  if (typeof text !== 'string') return 0;
  // Most text is in scripts spaced into words; one pass over its character codes counts it,
  // many times faster than regular expressions with Unicode properties (a card counts the
  // words of a whole story each time it renders).
  const spaced = countSpacedCodes(text);
  if (spaced !== undefined) return spaced;
  const ideographs = text.match(IDEOGRAPH)?.length ?? 0;
  const rest = text.replace(IDEOGRAPH, ' ');
  const words =
    typeof Intl.Segmenter === 'function' && UNSPACED.test(rest)
      ? countSegments(rest)
      : countSpaced(rest);
  return ideographs + words;
}

/**
 * Words between spaces that hold a letter or digit, counted from character codes; undefined
 * as soon as the text holds a script written without spaces, or a character outside the Basic
 * Multilingual Plane, which the exact path handles.
 */
function countSpacedCodes(text: string): number | undefined {
  let words = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII first: most text is mostly ASCII, and it needs neither of the wider tests.
    if (code < 0x80) {
      if (code <= 0x20) counted = false;
      else if (!counted && isWordCode(code)) {
        words++;
        counted = true;
      }
    } else if (isSpace(code)) {
      counted = false;
    } else if (needsExactPath(code)) {
      return undefined;
    } else if (!counted && isWordCode(code)) {
      words++;
      counted = true;
    }
  }
  return words;
}

function isSpace(code: number): boolean {
  return (
    code <= 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Thai, Lao, Myanmar, Khmer, kana, Han, and surrogate pairs. */
function needsExactPath(code: number): boolean {
  return (
    (code >= 0x0e00 && code <= 0x0eff) ||
    (code >= 0x1000 && code <= 0x109f) ||
    (code >= 0x1780 && code <= 0x17ff) ||
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xd800 && code <= 0xdfff) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

/** A letter or digit: ASCII ones, and every other character that is not punctuation or a symbol. */
function isWordCode(code: number): boolean {
  if (code < 0x80) {
    return (
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x61 && code <= 0x7a)
    );
  }
  return !(
    (code >= 0xa1 && code <= 0xbf) ||
    code === 0xd7 ||
    code === 0xf7 ||
    code === 0x060c ||
    code === 0x061b ||
    code === 0x061f ||
    code === 0x06d4 ||
    (code >= 0x2010 && code <= 0x2bff) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff0f)
  );
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
