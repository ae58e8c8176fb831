/**
 * The inline-HTML parser: turns the inline subset of HTML that article text may carry into a
 * node tree that elements render through templates, so no article string ever reaches an HTML
 * sink. It needs no DOM, runs in linear time and never throws.
 */
import { decodeHtmlEntities, safeUrl } from './safe-url.js';

/** The tags an article's inline HTML may keep. */
export type InlineTag = 'a' | 'em' | 'i' | 'strong' | 'b' | 'br' | 'sub' | 'sup' | 'q' | 'abbr';

/** A piece of inline content: plain text or an element of the subset. */
export type InlineNode = string | InlineElement;

/** An element of the inline subset with the only attributes Lede keeps. */
export interface InlineElement {
  tag: InlineTag;
  /** On `a` only, and only when `safeUrl` accepts it. */
  href?: string;
  /** On `a` and `abbr`. */
  title?: string;
  children: InlineNode[];
}

const INLINE_TAGS: ReadonlySet<string> = new Set<InlineTag>([
  'a',
  'em',
  'i',
  'strong',
  'b',
  'br',
  'sub',
  'sup',
  'q',
  'abbr',
]);

/**
 * Browsers reopen these after a misnested end tag (`<b><i>x</b>y</i>` leaves "y" italic);
 * sub, sup, q and abbr are simply closed, as in the HTML parser.
 */
const FORMATTING_TAGS: ReadonlySet<string> = new Set(['a', 'b', 'em', 'i', 'strong']);

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

/** Real inline markup nests a handful of levels; deeper tags are unwrapped, keeping their text. */
const MAX_DEPTH = 32;

interface Tag {
  name: string;
  /** The raw values of the only attributes kept; the first of duplicates wins, as in browsers. */
  href?: string;
  title?: string;
  selfClosing: boolean;
  /** Index just after the tag's `>`. */
  end: number;
}

interface OpenElement {
  element: InlineElement;
  /** Reopened after a misnested end tag: removed again if it ends up empty. */
  reopened: boolean;
}

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
function readTag(html: string, start: number): Tag | undefined {
  let index = skip(TAG_NAME, html, start);
  const tag: Tag = { name: html.slice(start, index).toLowerCase(), selfClosing: false, end: 0 };
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

function createElement(tag: InlineTag, href?: string, title?: string): InlineElement {
  const element: InlineElement = { tag, children: [] };
  if (href !== undefined) element.href = href;
  if (title !== undefined) element.title = title;
  return element;
}

/**
 * Parses the inline subset of HTML into a node tree. Never throws.
 *
 * Tags of the subset become elements; other tags are unwrapped to their text; the content of
 * raw-text elements (script, style, iframe, noscript, noembed, noframes, textarea, title, xmp,
 * plaintext) and of template, object, svg and math is dropped whole, as are comments,
 * doctypes and processing instructions. Character references are decoded. Only `href` (on
 * `a`, when `safeUrl` accepts it; mailto is kept for people's contact links, not prose) and
 * `title` (on `a` and `abbr`) are kept. Text and its whitespace stay as written. Misnested and
 * unclosed tags are repaired the way browsers repair them; `a` never nests in `a`; nesting is
 * capped at 32 levels, beyond which tags are unwrapped.
 */
export function parseInlineHtml(html: string): InlineNode[] {
  const root: InlineNode[] = [];
  if (typeof html !== 'string') return root;
  const open: OpenElement[] = [];
  /** While set, everything is skipped until the end tag that balances `name`. */
  let dropping: { name: string; depth: number } | undefined;

  const currentChildren = () => open.at(-1)?.element.children ?? root;

  const appendText = (text: string) => {
    if (dropping || !text) return;
    const siblings = currentChildren();
    const previous = siblings.at(-1);
    if (typeof previous === 'string') siblings[siblings.length - 1] = previous + text;
    else siblings.push(text);
  };

  const openElement = (element: InlineElement, reopened: boolean) => {
    currentChildren().push(element);
    if (element.tag !== 'br') open.push({ element, reopened });
  };

  const closeTop = () => {
    const entry = open.pop();
    if (entry?.reopened && entry.element.children.length === 0) currentChildren().pop();
  };

  /** Closes the element at `position` and all above it, then reopens the formatting ones. */
  const closeThrough = (position: number) => {
    const implicitlyClosed = open.slice(position + 1).map((entry) => entry.element);
    while (open.length > position) closeTop();
    for (const { tag, href, title } of implicitlyClosed) {
      if (FORMATTING_TAGS.has(tag)) openElement(createElement(tag, href, title), true);
    }
  };

  const lastOpen = (tag: string) => {
    let position = open.length - 1;
    while (position >= 0 && open[position]?.element.tag !== tag) position--;
    return position;
  };

  const openInlineElement = ({ name, href, title }: Tag) => {
    const tag = name as InlineTag;
    const openLink = tag === 'a' ? lastOpen('a') : -1;
    if (openLink >= 0) closeThrough(openLink);
    if (tag !== 'br' && open.length >= MAX_DEPTH) return;
    const rawHref = tag === 'a' ? href : undefined;
    const rawTitle = tag === 'a' || tag === 'abbr' ? title : undefined;
    openElement(
      createElement(
        tag,
        rawHref === undefined ? undefined : safeUrl(decodeHtmlEntities(rawHref, 'attribute')),
        rawTitle === undefined ? undefined : decodeHtmlEntities(rawTitle, 'attribute'),
      ),
      false,
    );
  };

  /** Skips the raw text of `name` from `from`; returns the index after its end tag. */
  const skipRawText = (name: string, from: number): number => {
    const endTag = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi');
    endTag.lastIndex = from;
    const match = name === 'plaintext' ? null : endTag.exec(html);
    return (match && readTag(html, match.index + 2)?.end) || html.length;
  };

  /** Acts on a start tag; returns where parsing resumes. */
  const handleStartTag = (tag: Tag): number => {
    if (dropping) {
      if (tag.name === dropping.name && !tag.selfClosing) dropping.depth++;
    } else if (RAW_TEXT_TAGS.has(tag.name)) {
      return skipRawText(tag.name, tag.end);
    } else if (DROPPED_TAGS.has(tag.name)) {
      if (!tag.selfClosing) dropping = { name: tag.name, depth: 1 };
    } else if (INLINE_TAGS.has(tag.name)) {
      openInlineElement(tag);
    }
    return tag.end;
  };

  const handleEndTag = (tag: Tag) => {
    if (dropping) {
      if (tag.name === dropping.name && --dropping.depth === 0) dropping = undefined;
    } else if (tag.name === 'br') {
      // Browsers read the stray `</br>` as `<br>`.
      openInlineElement(tag);
    } else {
      const position = lastOpen(tag.name);
      if (position >= 0) closeThrough(position);
    }
  };

  /** Start of the text not yet appended; `<` that starts no markup stays part of it. */
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
    appendText(decodeHtmlEntities(html.slice(textStart, lessThan)));
    let index = html.length;
    if (startsTag || startsEndTag) {
      const tag = readTag(html, lessThan + (startsTag ? 1 : 2));
      if (tag) {
        index = tag.end;
        if (startsTag) index = handleStartTag(tag);
        else handleEndTag(tag);
      }
    } else {
      // Comments, doctypes, processing instructions and malformed end tags are all dropped.
      const isComment = html.startsWith('<!--', lessThan);
      const close = html.indexOf(isComment ? '-->' : '>', lessThan + 2);
      if (close >= 0) index = close + (isComment ? 3 : 1);
    }
    textStart = searchFrom = index;
  }
  appendText(decodeHtmlEntities(html.slice(textStart)));
  while (open.length > 0) closeTop();
  return root;
}

/** The plain text of a node tree; `br` becomes a newline, so lines stay apart. */
export function inlineText(nodes: InlineNode[]): string {
  let text = '';
  for (const node of nodes) {
    if (typeof node === 'string') text += node;
    else text += node.tag === 'br' ? '\n' : inlineText(node.children);
  }
  return text;
}

/**
 * The inline HTML a piece of content holds: its own `html` string, never one inherited from a
 * polluted `Object.prototype`, which would replace the text of every paragraph that has none.
 */
export function ownInlineHtml(content: object): string | undefined {
  const { html } = content as { html?: unknown };
  return Object.hasOwn(content, 'html') && typeof html === 'string' ? html : undefined;
}
