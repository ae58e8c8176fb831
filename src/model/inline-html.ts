/**
 * The inline-HTML parser: turns the inline subset of HTML that article text may carry into a
 * node tree that elements render through templates, so no article string ever reaches an HTML
 * sink. It builds the tree from the tokens of `html-tokens.ts`: this module decides which tags
 * are kept, how misnested ones are repaired, how deep they nest and which links are safe. It
 * needs no DOM, runs in linear time and never throws.
 */
import { tokenizeHtml, type HtmlTag } from './html-tokens.js';
import { decodeHtmlEntities, safeUrl } from './safe-url.js';

export { ownInlineHtml } from './html-text.js';

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

/** Real inline markup nests a handful of levels; deeper tags are unwrapped, keeping their text. */
const MAX_DEPTH = 32;

interface OpenElement {
  element: InlineElement;
  /** Reopened after a misnested end tag: removed again if it ends up empty. */
  reopened: boolean;
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
  const open: OpenElement[] = [];

  const currentChildren = () => open.at(-1)?.element.children ?? root;

  const appendText = (text: string) => {
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

  const openInlineElement = ({ name, href, title }: HtmlTag) => {
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

  tokenizeHtml(html, appendText, (tag) => {
    if (tag.isEnd && tag.name !== 'br') {
      const position = lastOpen(tag.name);
      if (position >= 0) closeThrough(position);
    } else if (INLINE_TAGS.has(tag.name)) {
      // Browsers read the stray `</br>` as `<br>`.
      openInlineElement(tag);
    }
  });
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
