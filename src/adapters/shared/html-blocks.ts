/** HTML and plain text to Lede blocks without a DOM: paragraphs, headings, quotes, lists and images. Shared by the adapters. */
import { escapeHtml } from '../../model/escape-html.js';
import { inlineText, parseInlineHtml } from '../../model/inline-html.js';
import { decodeHtmlEntities } from '../../model/safe-url.js';
import type { Block, HeadingBlock, ListItem } from '../../model/types.js';
import { plainText } from './plain-text.js';
import { MAX_BLOCKS, readDimension } from './read.js';

/** Inline content of the model. */
export type Inline = { text: string } | { html: string };

/**
 * The inline content of an HTML fragment: `html` when it has markup or character
 * references, else `text`; undefined when it would show nothing.
 */
export function inlineContent(html: string): Inline | undefined {
  const trimmed = html.trim();
  if (!inlineText(parseInlineHtml(trimmed)).trim()) return undefined;
  return /[<&]/.test(trimmed) ? { html: trimmed } : { text: trimmed.replace(/\s+/g, ' ') };
}

/** Tags that start a block; NITF writes headings as hl1/hl2 and block quotes as bq. */
const BLOCK_START =
  /<!--[\s\S]*?(?:-->|$)|<(p|h[1-6]|hl[12]|blockquote|bq|ul|ol|figure|img|head|script|style|template|iframe|noscript|textarea|title|object|svg|math)(?=[\s/>])[^<>]*>/gi;
/** Elements that are not prose (or, like head, not the story's): skipped whole. */
const SKIPPED_ELEMENTS = new Set([
  'head',
  'script',
  'style',
  'template',
  'iframe',
  'noscript',
  'textarea',
  'title',
  'object',
  'svg',
  'math',
]);
/** Blocks that hold other blocks, so they end at their balancing end tag. */
const CONTAINER_BLOCKS = new Set(['blockquote', 'bq', 'ul', 'ol', 'figure']);
/** Where a paragraph or heading ends when its end tag is missing, as browsers end it. */
const TEXT_BLOCK_END =
  /<\/?(?:p|h[1-6]|hl[12]|blockquote|bq|ul|ol|li|figure|div|section|article|header|footer|aside|table|body)(?=[\s/>])[^<>]*>/gi;
/** Containers whose start or end separates paragraphs of loose text between blocks. */
const LOOSE_TEXT_BREAK =
  /<\/?(?:div|section|article|header|footer|aside|main|body|html|table|tr|td|th|li|br)(?=[\s/>])[^<>]*>/i;
const PARAGRAPH_BREAK = /<\/p\s*>\s*<p(?=[\s/>])[^<>]*>/gi;
const PARAGRAPH_TAG = /<\/?p(?=[\s/>])[^<>]*>/gi;
const MAX_LIST_DEPTH = 8;
/** A figure holding nothing but this is an embedded page. */
const WEB_ADDRESS = /^https?:\/\/\S+$/i;

interface Span {
  /** Where the element's content ends. */
  innerEnd: number;
  /** Where reading resumes: after the end tag, or at the tag that ended the element implicitly. */
  next: number;
}

/** The end of an element that may nest in itself, found by balancing its tags. */
function endOfElement(html: string, name: string, from: number): Span {
  const tags = new RegExp(`<(/?)${name}(?=[\\s/>])[^<>]*>`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return { innerEnd: match.index, next: match.index + match[0].length };
  }
  return { innerEnd: html.length, next: html.length };
}

/** The end of a paragraph or heading: its end tag, or the next block tag when that is missing. */
function endOfTextBlock(html: string, name: string, from: number): Span {
  const end = new RegExp(TEXT_BLOCK_END.source, 'gi');
  end.lastIndex = from;
  const match = end.exec(html);
  if (!match) return { innerEnd: html.length, next: html.length };
  const ownEndTag = match[0].toLowerCase().startsWith(`</${name}`);
  return { innerEnd: match.index, next: ownEndTag ? match.index + match[0].length : match.index };
}

/** An attribute of one HTML tag, decoded; undefined when absent. */
function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(
    tag,
  );
  const raw = match?.[1] ?? match?.[2] ?? match?.[3];
  return raw === undefined ? undefined : decodeHtmlEntities(raw, 'attribute');
}

function addImage(blocks: Block[], tag: string | undefined, caption?: string): void {
  const url = tag === undefined ? undefined : attribute(tag, 'src');
  if (tag === undefined || !url) return;
  blocks.push({
    type: 'image',
    url,
    alt: attribute(tag, 'alt'),
    caption,
    width: readDimension(attribute(tag, 'width')),
    height: readDimension(attribute(tag, 'height')),
  });
}

/**
 * A figure: an image with its caption; a gallery's images (figures in a figure, one level
 * deep); or a page embedded by its address alone, as WordPress writes a YouTube video.
 */
function addFigure(blocks: Block[], inner: string, depth: number): void {
  const figures = /<figure(?=[\s/>])[^<>]*>/gi;
  if (depth === 0 && figures.test(inner)) {
    figures.lastIndex = 0;
    for (let match = figures.exec(inner); match; match = figures.exec(inner)) {
      const from = match.index + match[0].length;
      const span = endOfElement(inner, 'figure', from);
      addFigure(blocks, inner.slice(from, span.innerEnd), depth + 1);
      figures.lastIndex = span.next;
    }
    return;
  }
  const caption = /<figcaption(?=[\s/>])[^<>]*>([\s\S]*?)(?:<\/figcaption\s*>|$)/i.exec(inner);
  const captionText = plainText(caption?.[1]);
  const image = /<img(?=[\s/>])[^<>]*>/i.exec(inner)?.[0];
  if (image) {
    addImage(blocks, image, captionText);
    return;
  }
  const address = plainText(caption ? inner.replace(caption[0], '') : inner);
  if (address && WEB_ADDRESS.test(address)) {
    blocks.push(
      captionText
        ? { type: 'embed', url: address, title: captionText }
        : { type: 'embed', url: address },
    );
  }
}

/** The items of a list's inner HTML; nested lists become the items of their item. */
function listItems(html: string, depth: number): ListItem[] {
  const items: ListItem[] = [];
  const tags = /<(\/?)(li|ul|ol)(?=[\s/>])[^<>]*>/gi;
  let item: { html: string; items: ListItem[] } | undefined;
  let from = 0;
  let nesting = 0;
  let nestedFrom = 0;
  const addNested = (inner: string) => {
    const nested = depth < MAX_LIST_DEPTH ? listItems(inner, depth + 1) : [];
    (item ? item.items : items).push(...nested);
  };
  const closeItem = () => {
    if (!item) return;
    const content = inlineContent(item.html);
    // An item without text of its own cannot hold a list in the model: its items move up.
    if (content) items.push(item.items.length ? { ...content, items: item.items } : content);
    else items.push(...item.items);
    item = undefined;
  };
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    const end = match.index + match[0].length;
    const isEndTag = match[1] === '/';
    if (match[2]?.toLowerCase() !== 'li') {
      if (!isEndTag && nesting++ === 0) {
        if (item) item.html += html.slice(from, match.index);
        nestedFrom = end;
      } else if (isEndTag && nesting > 0 && --nesting === 0) {
        addNested(html.slice(nestedFrom, match.index));
        from = end;
      }
      continue;
    }
    if (nesting > 0) continue;
    if (item) item.html += html.slice(from, match.index);
    closeItem();
    if (!isEndTag) item = { html: '', items: [] };
    from = end;
  }
  if (nesting > 0) addNested(html.slice(nestedFrom));
  else if (item) item.html += html.slice(from);
  closeItem();
  return items;
}

function addBlock(blocks: Block[], name: string, inner: string): void {
  if (name === 'ul' || name === 'ol') {
    const items = listItems(inner, 0);
    if (items.length) blocks.push({ type: 'list', ordered: name === 'ol' || undefined, items });
    return;
  }
  if (name === 'figure') {
    addFigure(blocks, inner, 0);
    return;
  }
  const isQuote = name === 'blockquote' || name === 'bq';
  // Paragraphs inside a quote stay apart as line breaks, since a quote block is one inline run.
  const content = inlineContent(
    isQuote ? inner.replace(PARAGRAPH_BREAK, '<br>').replace(PARAGRAPH_TAG, '') : inner,
  );
  if (!content) return;
  if (isQuote) blocks.push({ type: 'quote', variant: 'block', ...content });
  else if (name === 'p') blocks.push({ type: 'paragraph', ...content });
  else {
    const level = Math.max(2, Number(name.slice(-1))) as NonNullable<HeadingBlock['level']>;
    blocks.push({ type: 'heading', level, ...content });
  }
}

/** Text between blocks reads as paragraphs, split where a container or a line break sits. */
function addLooseText(blocks: Block[], html: string): void {
  for (const piece of html.split(LOOSE_TEXT_BREAK)) {
    const content = inlineContent(piece);
    if (content) blocks.push({ type: 'paragraph', ...content });
  }
}

/**
 * Splits an HTML body into blocks without a DOM: `p` → paragraph, `h1`–`h6` → heading
 * (level 2 at least, under the headline), `blockquote` → quote, `ul`/`ol` → list, `figure` and a
 * loose `img` → image; loose text → paragraphs. What is inside each block stays HTML for the
 * inline parser. Runs in linear time and never throws.
 */
export function htmlToBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  const start = new RegExp(BLOCK_START.source, 'gi');
  let looseFrom = 0;
  for (let match = start.exec(html); match; match = start.exec(html)) {
    if (blocks.length > MAX_BLOCKS) return blocks;
    addLooseText(blocks, html.slice(looseFrom, match.index));
    const name = match[1]?.toLowerCase();
    const contentFrom = match.index + match[0].length;
    let next = contentFrom;
    if (name === 'img') addImage(blocks, match[0]);
    else if (name && SKIPPED_ELEMENTS.has(name)) next = endOfElement(html, name, contentFrom).next;
    else if (name) {
      const span = CONTAINER_BLOCKS.has(name)
        ? endOfElement(html, name, contentFrom)
        : endOfTextBlock(html, name, contentFrom);
      addBlock(blocks, name, html.slice(contentFrom, span.innerEnd));
      next = span.next;
    }
    looseFrom = start.lastIndex = next;
  }
  addLooseText(blocks, html.slice(looseFrom));
  return blocks;
}

/**
 * Splits plain text into paragraphs at blank lines; text without blank lines is split
 * at each line, as wires that end paragraphs with one newline write it. Lines within a
 * paragraph become line breaks. With `escaped`, the text is already HTML (escaped, with links).
 */
export function plainTextBlocks(text: string, escaped = false): Block[] {
  const normalized = text.replace(/\r\n?/g, '\n');
  const chunks = /\n[ \t]*\n/.test(normalized)
    ? normalized.split(/\n(?:[ \t]*\n)+/)
    : normalized.split('\n');
  const blocks: Block[] = [];
  for (const chunk of chunks) {
    const lines = chunk
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const content =
      lines.length === 1 && !escaped
        ? { text: lines.join('') }
        : inlineContent(lines.map((line) => (escaped ? line : escapeHtml(line))).join('<br>'));
    if (content) blocks.push({ type: 'paragraph', ...content });
  }
  return blocks;
}
