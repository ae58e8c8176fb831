/**
 * The IPTC ninjs adapter: reads News in JSON 1.x, 2.x and 3.x, the wire format of news agencies,
 * into a Lede Article. Pure TypeScript without the DOM. `docs/adapters/ninjs.md` lists where each
 * field goes and which are dropped on purpose.
 *
 * The first half of this module, from reading untrusted values to completing a conversion, is
 * shared with the Apple News Format adapter, which imports it from here.
 */
import { inlineText, parseInlineHtml } from '../model/inline-html.js';
import { decodeHtmlEntities } from '../model/safe-url.js';
import type {
  Article,
  Block,
  HeadingBlock,
  ImageObject,
  ListItem,
  Organization,
  PeopleBlock,
  Person,
} from '../model/types.js';
import { validateArticle, type Problem } from '../model/validate.js';
import type { Adapter, Conversion, SourceFormat } from './types.js';

// --- reading untrusted values (shared) ---

/** Longest list read from a source document: real stories are far shorter. */
const MAX_ITEMS = 10_000;
/**
 * @internal Most blocks an article keeps: real stories have a few hundred, and the validator
 * refuses documents much larger than this.
 */
export const MAX_BLOCKS = 5_000;

/** @internal A value read from a source document, with where it was, for warnings. */
export interface Located {
  value: unknown;
  path: string;
  /** The key it had, when it came from an object used as a map. */
  key?: string;
}

/** @internal A source path as the validator writes one: `bodies[2].value`. */
export function pathOf(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/** @internal Reads a property: undefined when absent, when `source` is no object, or when the read throws. */
export function readField(source: unknown, key: string | number): unknown {
  if (typeof source !== 'object' || source === null) return undefined;
  try {
    return Reflect.get(source, key) as unknown;
  } catch {
    return undefined;
  }
}

/** @internal `Array.isArray`, which throws on a revoked Proxy, made safe. */
export function isArray(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** @internal A plain object (not null, not an array). */
export function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !isArray(value);
}

/** @internal A value's kind as a warning names it: `a string`, `an object`, `null`. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (isArray(value)) return 'an array';
  if (value === undefined) return 'nothing';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** @internal Adds a warning. */
export function warn(warnings: Problem[], path: string, message: string): void {
  warnings.push({ path, message });
}

/**
 * @internal The items of a list, each with its path. A lone object where a list belongs is read
 * as a list of one (a common slip in hand-made feeds); anything else is ignored. Both warn.
 */
export function readList(value: unknown, path: string, warnings: Problem[]): Located[] {
  if (value === undefined || value === null) return [];
  if (!isArray(value)) {
    if (isObject(value)) {
      warn(warnings, path, 'expected an array, got an object; read as a list of one');
      return [{ value, path }];
    }
    warn(warnings, path, `expected an array, got ${kindOf(value)}; ignored`);
    return [];
  }
  let length = 0;
  try {
    length = Math.min(Math.max(0, Number(value.length) || 0), MAX_ITEMS);
  } catch {
    // A Proxy whose length cannot be read is read as empty.
  }
  return Array.from({ length }, (_, index) => ({
    value: readField(value, index),
    path: pathOf(path, index),
  }));
}

/** @internal Like `readList`, but an object is a map whose values are the items (as in ninjs 1.x). */
export function readEntries(value: unknown, path: string, warnings: Problem[]): Located[] {
  if (!isObject(value)) return readList(value, path, warnings);
  let keys: string[] = [];
  try {
    keys = Object.keys(value).slice(0, MAX_ITEMS);
  } catch {
    // Unreadable keys: no entries.
  }
  return keys.map((key) => ({ value: readField(value, key), path: pathOf(path, key), key }));
}

/** @internal A non-blank string, trimmed; undefined for anything else. */
export function readText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** @internal The non-blank strings of a list, trimmed, without repeats. */
export function readTexts(items: Located[]): string[] {
  return [...new Set(items.flatMap(({ value }) => readText(value) ?? []))];
}

/** @internal A string field, trimmed; a value of another type is dropped with a warning. */
export function textField(
  source: unknown,
  key: string,
  path: string,
  warnings: Problem[],
): string | undefined {
  const value = readField(source, key);
  if (value === undefined || value === null || typeof value === 'string') return readText(value);
  warn(warnings, pathOf(path, key), `expected a string, got ${kindOf(value)}; dropped`);
  return undefined;
}

/** @internal An ISO 8601 date field; anything else is dropped with a warning. */
export function dateField(
  source: unknown,
  key: string,
  path: string,
  warnings: Problem[],
): string | undefined {
  const value = textField(source, key, path, warnings);
  // The validator is the one judge of dates, so no second pattern can drift from it.
  if (value === undefined || validateArticle({ headline: '-', datePublished: value }).ok) {
    return value;
  }
  const shown = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  warn(warnings, pathOf(path, key), `expected an ISO 8601 date, got ${shown}; dropped`);
  return undefined;
}

/** @internal A pixel size from a number or a digit string; undefined otherwise. */
export function readDimension(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number >= 0
    ? Math.round(number)
    : undefined;
}

// --- HTML and plain text to blocks (shared) ---

/** @internal Escapes text for use inside inline HTML, attribute values included. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** @internal The plain text of an inline HTML fragment, whitespace collapsed; undefined when blank. */
export function plainText(html: string): string | undefined {
  return inlineText(parseInlineHtml(html)).replace(/\s+/g, ' ').trim() || undefined;
}

/** @internal Inline content of the model. */
export type Inline = { text: string } | { html: string };

/**
 * @internal The inline content of an HTML fragment: `html` when it has markup or character
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
    const caption = /<figcaption(?=[\s/>])[^<>]*>([\s\S]*?)(?:<\/figcaption\s*>|$)/i.exec(inner);
    const captionText = caption?.[1] === undefined ? undefined : plainText(caption[1]);
    addImage(blocks, /<img(?=[\s/>])[^<>]*>/i.exec(inner)?.[0], captionText);
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
 * @internal Splits an HTML body into blocks without a DOM: `p` → paragraph, `h1`–`h6` → heading
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
 * @internal Splits plain text into paragraphs at blank lines; text without blank lines is split
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

// --- bylines (shared) ---

/** "By", in the languages of the big wires. */
const BYLINE_PREFIX = /^(?:by|von|vom|par|por|door|di|av|af|przez)\s+/i;
const NAME_JOINER = /\s+(?:and|und|&|et|y|e|och|og|en)\s+/i;
const NAME_SEPARATOR = /\s*,\s*|\s+(?:and|und|&|et|y|e|och|og|en)\s+/i;

function sameName(a: string | undefined, b: string): boolean {
  return a !== undefined && a.toLowerCase() === b.trim().toLowerCase();
}

function isAgency(name: string, agency: Organization | undefined): boolean {
  return !!agency && (sameName(agency.name, name) || sameName(agency.alternateName, name));
}

/**
 * @internal The people a byline names. "By" (or its German, French, Spanish, Dutch, Italian,
 * Nordic or Polish form) is removed; of "by X | May 14, 2015" only the part with the names is
 * read; a trailing ", dpa" that names the agency becomes each person's affiliation; the rest is
 * split into several people only when it is clearly a list ("X and Y", "X, Y und Z").
 */
export function bylinePeople(byline: string, agency?: Organization): Person[] {
  // Whitespace is collapsed first, so that no pattern below meets a long run of it.
  const segments = byline
    .split(/[|•·\n]/)
    .map((segment) => segment.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  let names = (segments.find((segment) => BYLINE_PREFIX.test(segment)) ?? segments[0] ?? '')
    .replace(BYLINE_PREFIX, '')
    .trim();
  if (isAgency(names, agency)) return [];
  const suffix = /,\s*([^,]+)$/.exec(names);
  const affiliation = suffix?.[1] !== undefined && isAgency(suffix[1], agency) ? agency : undefined;
  if (affiliation && suffix) names = names.slice(0, suffix.index);
  const parts = NAME_JOINER.test(names) ? names.split(NAME_SEPARATOR) : [names];
  return parts
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => (affiliation ? { name, affiliation } : { name }));
}

// --- completing a conversion (shared) ---

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
    warn(warnings, '', `the converted ${path || 'article'} was invalid (${message}); dropped`);
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
 * @internal Completes a conversion: gives the article a headline whatever happens (the first
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
    warn(warnings, headlinePath, `missing; ${source} used as the headline`);
  }
  article.headline = headline;
  let body = draft.body ?? [];
  const [first] = body;
  if (first?.type === 'heading' && blockText(first) === headline) body = body.slice(1);
  if (body.length > MAX_BLOCKS) {
    warn(warnings, '', `more than ${MAX_BLOCKS} blocks; the rest are dropped`);
    body = body.slice(0, MAX_BLOCKS);
  }
  article.body = body.length ? body : undefined;
  // Nothing here should be refused; should something be, it goes, item first, then field.
  for (let round = 0; round < 3; round++) {
    const result = validateArticle(article);
    if (result.ok) return { format, article: result.value, warnings };
    dropInvalidParts(article, result.errors, warnings, round > 0);
  }
  warn(warnings, '', 'could not be converted; an empty article is returned');
  return { format, article: { headline: 'Untitled' }, warnings };
}

/**
 * @internal Runs a reader so that no input whatsoever makes a conversion throw: a reader that
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
    warn(warnings, '', 'could not be read; an empty article is returned');
  }
  try {
    return completeConversion(format, draft, warnings, headlinePath);
  } catch {
    return { format, article: { headline: 'Untitled' }, warnings };
  }
}

// --- ninjs ---

/** Title of the block listing a story's `people`; English until the adapters are localized. */
export const NINJS_PEOPLE_TITLE = 'People in this story';

/** Renditions meant for showing on a page, by name or (TT's) usage. */
const DISPLAY_RENDITION = /^(?:main|preview|baseimage|viewimage|web|large)/i;
/** Wider renditions are print masters, too heavy for a page. */
const MAX_DISPLAY_WIDTH = 2048;

type BodyKind = 'html' | 'nitf' | 'text';

interface BodyCandidate {
  kind: BodyKind | undefined;
  value: string;
  path: string;
  contentType: string | undefined;
}

/**
 * A field under its ninjs 3 name (`versionCreated`) or, failing that, its 1.x/2.x name
 * (`versioncreated`, and the singular lists of 1.x such as `person`).
 */
function ninjsKey(source: unknown, key: string, legacyKey = key.toLowerCase()): string {
  return readField(source, key) === undefined ? legacyKey : key;
}

/** Kind of a body from its content type, else its role, else a look at the text. */
function bodyKind(
  contentType: string | undefined,
  role: string | undefined,
  value: string,
): BodyKind | undefined {
  const label = (contentType ?? role ?? '').toLowerCase();
  if (label.includes('nitf')) return 'nitf';
  if (label.includes('html')) return 'html';
  if (label.startsWith('text/plain') || label === 'text' || label === 'plain') return 'text';
  if (contentType === undefined) return /<[a-z][^<>]*>/i.test(value) ? 'html' : 'text';
  return undefined;
}

/** The text of a `{value, contentType}` entry (headlines, descriptions), plain. */
function entryText(entry: unknown): string | undefined {
  const value = readText(readField(entry, 'value'));
  const type = readField(entry, ninjsKey(entry, 'contentType'));
  return value && typeof type === 'string' && /html|xml/i.test(type) ? plainText(value) : value;
}

function entryRole(entry: unknown): string {
  return readText(readField(entry, 'role'))?.toLowerCase() ?? '';
}

/** headline and alternativeHeadline from 3.x/2.x `headlines[]` or 1.x `headline`. */
function readHeadlines(item: unknown, path: string, warnings: Problem[]) {
  const entries = readList(readField(item, 'headlines'), pathOf(path, 'headlines'), warnings)
    .map(({ value }) => ({ role: entryRole(value), text: entryText(value) }))
    .filter((entry) => entry.text);
  const main =
    entries.find((entry) => entry.role === 'main') ??
    entries.find((entry) => !entry.role.includes('sub')) ??
    entries[0];
  const sub = entries.find((entry) => entry.role.includes('sub') && entry !== main);
  let legacySub: string | undefined;
  try {
    const key = isObject(item) && Object.keys(item).find((name) => /^headline_\w*sub/i.test(name));
    legacySub = key ? readText(readField(item, key)) : undefined;
  } catch {
    // Unreadable keys: no extra headlines.
  }
  return {
    headline: main?.text ?? textField(item, 'headline', path, warnings),
    alternativeHeadline: sub?.text ?? textField(item, 'subheadline', path, warnings) ?? legacySub,
  };
}

/** The description (not usage notes, alt texts or notes) and any alt text. */
function readDescriptions(item: unknown, path: string, warnings: Problem[]) {
  const entries = readList(
    readField(item, 'descriptions'),
    pathOf(path, 'descriptions'),
    warnings,
  ).map(({ value }) => ({ role: entryRole(value), text: entryText(value) }));
  const alt = entries.find((entry) => entry.text && entry.role.includes('alt'))?.text;
  const description =
    entries.find((entry) => entry.text && !/usage|alt|note/.test(entry.role))?.text ??
    textField(item, 'description_text', path, warnings) ??
    plainText(textField(item, 'description_html', path, warnings) ?? '');
  return { description, alt };
}

/** The bodies a document offers: 3.x/2.x `bodies[]`, and 1.x `body_html`, `body_text` and such. */
function bodyCandidates(document: object, warnings: Problem[]): BodyCandidate[] {
  const candidates: BodyCandidate[] = [];
  for (const { value: body, path } of readList(readField(document, 'bodies'), 'bodies', warnings)) {
    if (!isObject(body)) {
      warn(warnings, path, `expected an object, got ${kindOf(body)}; dropped`);
      continue;
    }
    const value = readField(body, 'value');
    if (typeof value !== 'string') {
      warn(warnings, pathOf(path, 'value'), `expected a string, got ${kindOf(value)}; dropped`);
      continue;
    }
    const contentType = readText(readField(body, ninjsKey(body, 'contentType')));
    const kind = bodyKind(contentType, readText(readField(body, 'role')), value);
    candidates.push({ kind, value, path, contentType });
  }
  let keys: string[] = [];
  try {
    keys = Object.keys(document).filter((key) => key.startsWith('body_'));
  } catch {
    // Unreadable keys: no 1.x bodies.
  }
  for (const key of keys) {
    const value = readField(document, key);
    if (typeof value !== 'string') continue;
    const contentType = key.includes('html') ? 'text/html' : key.slice(5);
    candidates.push({
      kind: bodyKind(contentType, undefined, value),
      value,
      path: key,
      contentType,
    });
  }
  return candidates;
}

/** What NITF's `body.content` holds (its head repeats the metadata), or all of it. */
function nitfBodyContent(nitf: string): string {
  const open = /<body\.content(?=[\s/>])[^<>]*>/i.exec(nitf);
  if (!open) return nitf;
  const from = open.index + open[0].length;
  const close = /<\/body\.content/gi;
  close.lastIndex = from;
  return nitf.slice(from, close.exec(nitf)?.index);
}

/** The body: HTML preferred, then NITF (its body.content is HTML-like), then plain text. */
function readBody(document: object, warnings: Problem[]): Block[] {
  const candidates = bodyCandidates(document, warnings);
  const kinds: BodyKind[] = ['html', 'nitf', 'text'];
  const best = kinds
    .map((kind) => candidates.find((candidate) => candidate.kind === kind))
    .find((candidate) => candidate !== undefined);
  if (!best) {
    for (const { path, contentType } of candidates) {
      warn(warnings, path, `unsupported content type ${JSON.stringify(contentType)}; dropped`);
    }
    return [];
  }
  if (best.kind === 'text') return plainTextBlocks(best.value);
  if (best.kind === 'html') return htmlToBlocks(best.value);
  return htmlToBlocks(nitfBodyContent(best.value));
}

/** A list of ninjs concepts (people, organisations, subjects) under its 3.x or 1.x name. */
function readConcepts(document: object, key: string, legacyKey: string, warnings: Problem[]) {
  const name = ninjsKey(document, key, legacyKey);
  return readList(readField(document, name), name, warnings);
}

/** Names, in order: the 3.x `name` or, lacking it, the free-text `literal`. */
function conceptName(value: unknown): string | undefined {
  return readText(readField(value, 'name')) ?? readText(readField(value, 'literal'));
}

/** "WADA's President, Witold Bańka": a role, a comma, then a name of two words or more. */
function splitRoleAndName(text: string): Person {
  const comma = text.lastIndexOf(',');
  const name = text.slice(comma + 1).trim();
  const role = text.slice(0, Math.max(comma, 0)).trim();
  return role && name.split(/\s+/).length >= 2 ? { name, jobTitle: role } : { name: text };
}

function readPerson({ value, path }: Located, warnings: Problem[]): Person | undefined {
  const name = conceptName(value);
  if (!name) {
    warn(warnings, path, 'a person without a name; dropped');
    return undefined;
  }
  const roles = readTexts(
    readList(readField(value, 'roles'), pathOf(path, 'roles'), warnings).map((entry) => ({
      ...entry,
      value: isObject(entry.value) ? readField(entry.value, 'name') : entry.value,
    })),
  );
  const role =
    readText(readField(value, 'role')) ??
    readText(readField(value, 'jobTitle')) ??
    (roles.join(', ') || undefined);
  return role ? { name, jobTitle: role } : splitRoleAndName(name);
}

function readOrganisation({ value, path }: Located, warnings: Problem[]) {
  const name = readText(readField(value, 'name'));
  const literal = readText(readField(value, 'literal'));
  const uri = readText(readField(value, 'uri'));
  const displayName = name ?? literal;
  if (!displayName) {
    warn(warnings, path, 'an organisation without a name; dropped');
    return [];
  }
  const organization: Organization = {
    name: displayName,
    alternateName: name && literal !== name ? literal : undefined,
    // A uri is an identifier; one that is a web address doubles as the organisation's link.
    url: uri && /^https?:\/\//i.test(uri) ? uri : undefined,
  };
  return [organization];
}

/**
 * `people` as a people block. Its organization is the one organisation the document names, or
 * among several the one the people's roles mention ("WADA's President").
 */
function readPeople(document: object, warnings: Problem[]): PeopleBlock | undefined {
  const items = readConcepts(document, 'people', 'person', warnings).flatMap(
    (entry) => readPerson(entry, warnings) ?? [],
  );
  if (!items.length) return undefined;
  const organisations = readConcepts(document, 'organisations', 'organisation', warnings).flatMap(
    (entry) => readOrganisation(entry, warnings),
  );
  const mentioned = (organization: Organization) =>
    items.some(({ jobTitle }) =>
      [organization.name, organization.alternateName].some(
        (name) => name && jobTitle?.includes(name),
      ),
    );
  const organization =
    organisations.length === 1 ? organisations[0] : organisations.find(mentioned);
  return { type: 'people', title: NINJS_PEOPLE_TITLE, organization, items };
}

/** The agency: the copyright holder, else the first named info source. */
function readAgency(document: object, warnings: Problem[]): Organization | undefined {
  const holder = textField(document, ninjsKey(document, 'copyrightHolder'), '', warnings);
  if (holder) return { name: holder };
  const source = readConcepts(document, 'infoSources', 'infosource', warnings).find(({ value }) =>
    conceptName(value),
  )?.value;
  const name = conceptName(source);
  const literal = readText(readField(source, 'literal'));
  return name ? { name, alternateName: literal !== name ? literal : undefined } : undefined;
}

function isImageRendition(rendition: unknown): boolean {
  const type = readText(readField(rendition, ninjsKey(rendition, 'contentType', 'mimetype')));
  return !!readText(readField(rendition, 'href')) && (!type || /^image\//i.test(type));
}

/** The rendition to show: one named for display, else the widest that is not a print master. */
function pickRendition(renditions: Located[]): unknown {
  const usable = renditions.filter(({ value }) => isImageRendition(value));
  const forDisplay = usable.find(({ value, key }) =>
    [readField(value, 'name'), readField(value, 'usage'), key].some(
      (label) => typeof label === 'string' && DISPLAY_RENDITION.test(label),
    ),
  );
  const width = ({ value }: Located) => readDimension(readField(value, 'width')) ?? 0;
  const widest = usable
    .filter((entry) => width(entry) <= MAX_DISPLAY_WIDTH)
    .sort((a, b) => width(b) - width(a))[0];
  return (forDisplay ?? widest ?? usable[0])?.value;
}

/** A picture or graphic item (the document itself or an association) as an image. */
function itemImage(
  item: unknown,
  path: string,
  warnings: Problem[],
  typeRequired = false,
): ImageObject | undefined {
  const type = readText(readField(item, 'type'))?.toLowerCase();
  if ((type || typeRequired) && type !== 'picture' && type !== 'graphic') return undefined;
  const rendition = pickRendition(
    readEntries(readField(item, 'renditions'), pathOf(path, 'renditions'), warnings),
  );
  const url = readText(readField(rendition, 'href'));
  if (!url) {
    if (type) warn(warnings, path || 'renditions', `a ${type} without an image to show; dropped`);
    return undefined;
  }
  const { description, alt } = readDescriptions(item, path, warnings);
  const { headline } = readHeadlines(item, path, warnings);
  return {
    url,
    alt,
    caption: description ?? headline ?? readText(readField(item, 'title')),
    creditText:
      readText(readField(item, 'by')) ??
      readText(readField(item, 'byline')) ??
      readText(readField(item, ninjsKey(item, 'copyrightHolder'))),
    width: readDimension(readField(rendition, 'width')),
    height: readDimension(readField(rendition, 'height')),
  };
}

function readImages(document: object, warnings: Problem[]): ImageObject[] {
  // A story's own renditions are other forms of the text (PDF, print): only a picture item is one.
  const own = itemImage(document, '', warnings, true);
  const associated = readEntries(
    readField(document, 'associations'),
    'associations',
    warnings,
  ).flatMap(({ value, path }) => {
    if (isObject(value)) return itemImage(value, path, warnings) ?? [];
    warn(warnings, path, `expected an object, got ${kindOf(value)}; dropped`);
    return [];
  });
  return own ? [own, ...associated] : associated;
}

function readNinjs(document: unknown, warnings: Problem[]): Partial<Article> {
  if (!isObject(document)) {
    warn(warnings, '', `expected a ninjs object, got ${kindOf(document)}`);
    return {};
  }
  const text = (key: string, legacyKey?: string) =>
    textField(document, ninjsKey(document, key, legacyKey), '', warnings);
  const date = (key: string) => dateField(document, ninjsKey(document, key), '', warnings);
  const { headline, alternativeHeadline } = readHeadlines(document, '', warnings);
  const agency = readAgency(document, warnings);
  const byline = text('by') ?? text('byline');
  const author = byline ? bylinePeople(byline, agency) : [];
  const created = date('firstCreated') ?? date('contentCreated');
  const modified = date('versionCreated');
  const people = readPeople(document, warnings);
  const body = readBody(document, warnings);
  const image = readImages(document, warnings);
  const keywords = readTexts(
    readConcepts(document, 'subjects', 'subject', warnings).map((entry) => ({
      ...entry,
      value: conceptName(entry.value),
    })),
  );
  const title = text('title');
  if (!headline && title) {
    warn(warnings, 'headlines', 'missing; the item title is used as the headline');
  }
  return {
    headline: headline ?? title,
    alternativeHeadline,
    description: readDescriptions(document, '', warnings).description,
    dateline: text('located'),
    datePublished: created ?? modified,
    dateModified: created && modified !== created ? modified : undefined,
    author: author.length ? author : undefined,
    sourceOrganization: agency,
    image: image.length ? image : undefined,
    inLanguage: text('language'),
    keywords: keywords.length ? keywords : undefined,
    body: people ? [...body, people] : body,
  };
}

/**
 * Converts an IPTC ninjs document (1.x, 2.x or 3.x) into a Lede Article. Never throws: whatever
 * it is given, `article` passes `validateArticle`, and `warnings` name, by their path in the
 * source, the parts that were malformed or could not be represented.
 */
export function fromNinjs(document: unknown): Conversion {
  return convertSafely('ninjs', document, readNinjs, 'headlines');
}

const NINJS_MARKERS = [
  'type',
  'headline',
  'headlines',
  'versionCreated',
  'versioncreated',
  'firstCreated',
  'firstcreated',
  'bodies',
  'body_html',
  'body_text',
  'descriptions',
];

/** The IPTC ninjs adapter. */
export const ninjsAdapter: Adapter = {
  format: 'ninjs',
  name: 'IPTC ninjs',
  /** A `uri` and one field only ninjs has; JSON-LD, which may look alike, is excluded. */
  detect(document) {
    if (typeof readField(document, 'uri') !== 'string') return false;
    if (readField(document, '@context') !== undefined) return false;
    if (readField(document, '@type') !== undefined) return false;
    const schema = readField(document, '$schema');
    if (typeof schema === 'string' && /ninjs/i.test(schema)) return true;
    return NINJS_MARKERS.some((key) => readField(document, key) !== undefined);
  },
  convert: fromNinjs,
};
