/**
 * The tokenizer of inline HTML: which characters of a string are text and which are tags, read
 * the way the HTML parser reads them. Both the inline-HTML parser (which builds a node tree on
 * it) and `textOfHtml` (which only needs the text, for word counts) read markup through it, so
 * the rules of what counts as text exist once. It needs no DOM, runs in linear time and never
 * throws.
 */
import { decodeHtmlEntities } from './safe-url.js';

/** A start or end tag, with the raw values of the only attributes Lede may keep. */
export interface HtmlTag {
  /** Lower-cased, as HTML compares tag names. */
  name: string;
  /** `</name>` rather than `<name>`. */
  isEnd: boolean;
  /** Raw, not yet decoded; the first of duplicates wins, as in browsers. */
  href?: string;
  title?: string;
}

interface ReadTag extends HtmlTag {
  selfClosing: boolean;
  /** Index just after the tag's `>`. */
  end: number;
}

/** Elements whose content is raw text, not markup, and never shown: skipped to their end tag. */
const RAW_TEXT_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'iframe',
  'noscript',
  'noembed',
  'noframes',
  'textarea',
  'title',
  'xmp',
  'plaintext',
]);

/**
 * Elements whose content is markup that is not prose (inert templates, plugin fallbacks,
 * drawings, formulas): skipped together with everything they nest.
 */
const DROPPED_TAGS: ReadonlySet<string> = new Set(['template', 'object', 'svg', 'math']);

// Sticky patterns, each matching one step of the tokenizer at `lastIndex`. Their character
// classes are disjoint where they meet, so they never backtrack.
const TAG_NAME = /[^\t\n\f\r />]*/y;
const SPACES = /[\t\n\f\r ]*/y;
const SPACES_AND_SLASHES = /[\t\n\f\r /]*/y;
/** The first character may be `=`, which HTML then reads as part of the name. */
const ATTRIBUTE_NAME = /[^\t\n\f\r />]?[^\t\n\f\r />=]*/y;
const UNQUOTED_VALUE = /[^\t\n\f\r >]*/y;

/** Runs a sticky pattern that cannot fail at `index`; returns where its match ends. */
function skip(pattern: RegExp, html: string, index: number): number {
  pattern.lastIndex = index;
  pattern.test(html);
  return pattern.lastIndex;
}

const isAsciiLetter = (code: number): boolean => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;

/** Reads a tag from just after `<` or `</`; undefined when the input ends inside it. */
function readTag(html: string, start: number, isEnd: boolean): ReadTag | undefined {
  let index = skip(TAG_NAME, html, start);
  const tag: ReadTag = {
    name: html.slice(start, index).toLowerCase(),
    isEnd,
    selfClosing: false,
    end: 0,
  };
  for (;;) {
    const attributeStart = skip(SPACES_AND_SLASHES, html, index);
    if (attributeStart >= html.length) return undefined;
    if (html.charAt(attributeStart) === '>') {
      tag.selfClosing = attributeStart > index && html.charAt(attributeStart - 1) === '/';
      tag.end = attributeStart + 1;
      return tag;
    }
    // Never empty: the character at attributeStart is none of those SPACES_AND_SLASHES took.
    const nameEnd = skip(ATTRIBUTE_NAME, html, attributeStart);
    const name = html.slice(attributeStart, nameEnd).toLowerCase();
    index = skip(SPACES, html, nameEnd);
    let value = '';
    if (html.charAt(index) === '=') {
      index = skip(SPACES, html, index + 1);
      const quote = html.charAt(index);
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, index + 1);
        if (close < 0) return undefined;
        value = html.slice(index + 1, close);
        index = close + 1;
      } else {
        const valueStart = index;
        index = skip(UNQUOTED_VALUE, html, index);
        value = html.slice(valueStart, index);
      }
    }
    if ((name === 'href' || name === 'title') && tag[name] === undefined) tag[name] = value;
  }
}

/** Where the raw text of `name` that starts at `from` ends: just after its end tag. */
function endOfRawText(html: string, name: string, from: number): number {
  const endTag = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi');
  endTag.lastIndex = from;
  const match = name === 'plaintext' ? null : endTag.exec(html);
  return (match && readTag(html, match.index + 2, true)?.end) || html.length;
}

/**
 * Reads inline HTML in order, handing each run of text (character references decoded, never
 * empty) to `onText` and each tag that is left to its reader to `onTag`. Never throws; reads
 * nothing from anything but a string.
 *
 * It drops, without handing on: the content of raw-text elements (script, style, iframe,
 * noscript, noembed, noframes, textarea, title, xmp, plaintext) to their end tag; template,
 * object, svg and math with everything they nest, up to the end tag that balances them (a
 * self-closing `<svg/>` opens nothing); comments, CDATA, doctypes, processing instructions and
 * malformed end tags; and the rest of the input once it ends inside a tag. A `<` that starts no
 * markup is text. Text between two pieces of markup is decoded on its own, so a reference
 * never spans a tag.
 */
export function tokenizeHtml(
  html: string,
  onText: (text: string) => void,
  onTag: (tag: HtmlTag) => void,
): void {
  if (typeof html !== 'string') return;
  /** While set, everything is skipped until the end tag that balances this name. */
  let dropping: string | undefined;
  let depth = 0;
  const text = (raw: string) => {
    if (!dropping && raw) onText(decodeHtmlEntities(raw));
  };

  /** Start of the text not yet handed on; `<` that starts no markup stays part of it. */
  let textStart = 0;
  let searchFrom = 0;
  for (;;) {
    const lessThan = html.indexOf('<', searchFrom);
    if (lessThan < 0) break;
    const next = html.charAt(lessThan + 1);
    const startsTag = isAsciiLetter(html.charCodeAt(lessThan + 1));
    const startsEndTag = next === '/' && isAsciiLetter(html.charCodeAt(lessThan + 2));
    // `</` at the very end is text; `</` before anything else is a bogus comment.
    const endsInput = lessThan + 2 >= html.length;
    if (
      !startsTag &&
      !startsEndTag &&
      next !== '!' &&
      next !== '?' &&
      !(next === '/' && !endsInput)
    ) {
      searchFrom = lessThan + 1;
      continue;
    }
    text(html.slice(textStart, lessThan));
    let index = html.length;
    if (startsTag || startsEndTag) {
      const tag = readTag(html, lessThan + (startsTag ? 1 : 2), startsEndTag);
      if (tag) {
        index = tag.end;
        const { name } = tag;
        if (dropping) {
          if (name === dropping && !(startsTag && tag.selfClosing)) depth += startsTag ? 1 : -1;
          if (depth === 0) dropping = undefined;
        } else if (startsTag && RAW_TEXT_TAGS.has(name)) {
          index = endOfRawText(html, name, index);
        } else if (startsTag && DROPPED_TAGS.has(name)) {
          if (!tag.selfClosing) {
            dropping = name;
            depth = 1;
          }
        } else {
          onTag(tag);
        }
      }
    } else {
      // Comments, CDATA, doctypes, processing instructions and malformed end tags.
      const isComment = html.startsWith('<!--', lessThan);
      const close = html.indexOf(isComment ? '-->' : '>', lessThan + 2);
      if (close >= 0) index = close + (isComment ? 3 : 1);
    }
    textStart = searchFrom = index;
  }
  text(html.slice(textStart));
}
