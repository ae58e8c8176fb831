import { resolveLocale } from '../../format/locale.js';

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** Scripts whose letters join to their neighbours: two initials would fuse into one shape. */
const JOINING_SCRIPT = /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mongolian}]/u;
const ZERO_WIDTH_NON_JOINER = '\u200c';

let graphemes: Intl.Segmenter | undefined;

/** The first user-perceived character of `word` that is a letter or digit, with its marks. */
function firstLetter(word: string): string {
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment } of graphemes.segment(word)) {
    if (WORD_CHARACTER.test(segment)) return segment;
  }
  return '';
}

/**
 * The initials shown in place of a missing photo: the first letter of the first and last
 * words ("Luis Fortuno" → "LF"), one letter for a single name ("Madonna" → "M"). Letters are
 * whole graphemes, so a Devanagari consonant keeps its vowel sign, and joining scripts such as
 * Arabic keep the two letters apart instead of fusing them.
 */
export function initials(name: string, locale: string): string {
  const words = name.split(/\s+/u).filter((word) => WORD_CHARACTER.test(word));
  const first = words[0];
  if (first === undefined) return '';
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const letters = [firstLetter(first), last === undefined ? '' : firstLetter(last)].filter(Boolean);
  const joiner = letters.some((letter) => JOINING_SCRIPT.test(letter)) ? ZERO_WIDTH_NON_JOINER : '';
  return letters.join(joiner).toLocaleUpperCase(resolveLocale(locale));
}
