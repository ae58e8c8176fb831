/**
 * schema.org JSON-LD → Article. Reads the NewsArticle (or any other Article type) that a page
 * publishes for search engines: alone, in an array, or in an `@graph` whose nodes refer to one
 * another by `@id`. Every read of the input is guarded, so any value at all converts to a valid
 * Article with warnings, never an exception.
 */
import { decodeHtmlEntities } from '../model/safe-url.js';
import type {
  Article,
  Block,
  ImageObject,
  Organization,
  Person,
  QuoteBlock,
} from '../model/types.js';
import { validateArticle, type Problem } from '../model/validate.js';
import type { Adapter, Conversion } from './types.js';

/** The schema.org types that are articles (Article and its descendants). */
const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'Article',
  'NewsArticle',
  'AnalysisNewsArticle',
  'AskPublicNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReportageNewsArticle',
  'ReviewNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'SocialMediaPosting',
  'DiscussionForumPosting',
  'AdvertiserContentArticle',
  'SatiricalArticle',
  'Report',
  'ScholarlyArticle',
  'MedicalScholarlyArticle',
  'TechArticle',
  'APIReference',
]);
/** `schema:NewsArticle` and `https://schema.org/NewsArticle` name the same type. */
const SCHEMA_PREFIX = /^(?:schema:|https?:\/\/(?:www\.)?schema\.org\/)/i;
/** Items read from any one array; a real article never comes near it. */
const MAX_ITEMS = 1000;
/** Nodes visited while looking for the article, so nested arrays cannot make the search explode. */
const MAX_NODES = 5000;
/** The validator's pattern for dates: a year, month, day or date-time. */
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z\d]{1,8})*$/;
/** A character reference such as `&amp;` or `&#8217;`, which some CMSs leave in JSON-LD text. */
const CHARACTER_REFERENCE = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;
const HEADLINE_WORDS = 10;

/** Chooses one article on a page with several: the one whose `@id`, `url` or `mainEntityOfPage` is this. */
export type JsonLdSelector = string;

/** A value read from the source, with its path there (for warnings). */
interface At {
  value: unknown;
  path: string;
}

/** The state of one conversion. */
interface Reader {
  warnings: Problem[];
  /** The document's top-level and `@graph` nodes by `@id`, to resolve references. */
  nodes: Map<string, At>;
  /** How many more nodes the search for the article may visit. */
  budget: number;
}

// --- reading untrusted values without throwing ---

function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

function warn(reader: Reader, path: string, message: string): void {
  reader.warnings.push({ path, message });
}

function isArray(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false; // a revoked Proxy
  }
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !isArray(value);
}

/** `the number 7`, `an object`: a value as a warning names it, without converting it. */
function describe(value: unknown): string {
  if (typeof value === 'string') return `the string ${JSON.stringify(value.slice(0, 40))}`;
  if (typeof value === 'number' || typeof value === 'boolean')
    return `the ${typeof value} ${value}`;
  if (value === null || value === undefined) return String(value);
  if (isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** A field of `source` when it is an object; getters and proxies that throw read as absent. */
function field(source: unknown, key: string, path: string, reader: Reader): unknown {
  if (!isObject(source)) return undefined;
  try {
    return Reflect.get(source, key);
  } catch {
    warn(reader, at(path, key), 'could not be read, dropped');
    return undefined;
  }
}

/** The items of an array (at most MAX_ITEMS), or the value itself as the only item. */
function each({ value, path }: At, reader: Reader): At[] {
  if (value === undefined) return [];
  if (!isArray(value)) return [{ value, path }];
  const items: At[] = [];
  for (let index = 0; index < Math.min(lengthOf(value), MAX_ITEMS); index++) {
    try {
      items.push({ value: Reflect.get(value, index), path: at(path, index) });
    } catch {
      warn(reader, at(path, index), 'could not be read, dropped');
    }
  }
  return items;
}

function lengthOf(array: unknown[]): number {
  try {
    const length: unknown = array.length;
    return typeof length === 'number' ? length : 0;
  } catch {
    return 0;
  }
}

/** The first item of an array, or the value itself. */
function first(value: At, reader: Reader): At {
  return each(value, reader)[0] ?? { value: undefined, path: value.path };
}

/** Reads a field of a node as a located value. */
function child(node: At, key: string, reader: Reader): At {
  return { value: field(node.value, key, node.path, reader), path: at(node.path, key) };
}

/** The first present of several fields that stand in for one another, each read once. */
function either(node: At, keys: string[], reader: Reader): At {
  for (const key of keys) {
    const found = child(node, key, reader);
    if (found.value !== undefined) return found;
  }
  return { value: undefined, path: node.path };
}

/** A node of the document in place of a bare `{"@id": …}` reference to it. */
function resolve(node: At, reader: Reader): At {
  const id = field(node.value, '@id', node.path, reader);
  const target = typeof id === 'string' ? reader.nodes.get(id) : undefined;
  return target && isReference(node.value) ? target : node;
}

/** A node with nothing but `@id` (and perhaps `@type`): it only points at another node. */
function isReference(value: unknown): boolean {
  try {
    return isObject(value) && Object.keys(value).every((key) => key === '@id' || key === '@type');
  } catch {
    return false;
  }
}

/** The node's types without their `schema:` or IRI prefix. */
function typesOf(node: At, reader: Reader): string[] {
  return each(child(node, '@type', reader), reader)
    .map(({ value }) => (typeof value === 'string' ? value.replace(SCHEMA_PREFIX, '') : ''))
    .filter(Boolean);
}

function isArticle(node: At, reader: Reader): boolean {
  return typesOf(node, reader).some((type) => ARTICLE_TYPES.has(type));
}

// --- plain values ---

/** Trimmed text with stray character references decoded; '' reads as absent. */
function clean(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  return CHARACTER_REFERENCE.test(trimmed) ? decodeHtmlEntities(trimmed) : trimmed;
}

/**
 * Text from a string, a JSON-LD value object (`{"@value": …}`), a thing's `name`, or the first
 * item of an array. Anything else is reported and dropped.
 */
function text(node: At, reader: Reader): string | undefined {
  const { value, path } = node;
  if (value === undefined) return undefined;
  if (typeof value === 'string') return clean(value);
  if (isArray(value)) return text(first(node, reader), reader);
  if (isObject(value)) {
    const inner = field(value, '@value', path, reader) ?? field(value, 'name', path, reader);
    if (typeof inner === 'string') return clean(inner);
  }
  warn(reader, path, `expected text, got ${describe(value)}; dropped`);
  return undefined;
}

/** A URL as given: a string, the first string of an array, or a node's `@id` or `url`. */
function link(node: At, reader: Reader): string | undefined {
  const { value } = first(node, reader);
  if (typeof value === 'string') return value.trim() ? value : undefined;
  const inner = field(value, 'url', node.path, reader) ?? field(value, '@id', node.path, reader);
  return typeof inner === 'string' && inner.trim() ? inner : undefined;
}

function date(node: At, reader: Reader): string | undefined {
  const value = text(node, reader);
  // "2022-08-23 10:00" is common in CMS output and means the same as its ISO form.
  const iso = value?.replace(/^(\d{4}-\d{2}-\d{2}) (?=\d)/, '$1T');
  if (iso === undefined || ISO_DATE.test(iso)) return iso;
  warn(reader, node.path, `expected an ISO 8601 date, got ${describe(value)}; dropped`);
  return undefined;
}

/** Pixels from a number, a string such as "1200" or "1200px", or a QuantitativeValue. */
function dimension(node: At, reader: Reader, nested = false): number | undefined {
  const found = first(node, reader);
  const { value } = found;
  if (isObject(value)) {
    return nested ? undefined : dimension(child(found, 'value', reader), reader, true);
  }
  const pixels =
    typeof value === 'string'
      ? Number(/^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/i.exec(value)?.[1])
      : value;
  return typeof pixels === 'number' && pixels >= 0 && Number.isFinite(pixels)
    ? Math.round(pixels)
    : undefined;
}

function language(node: At, reader: Reader): string | undefined {
  const found = first(node, reader);
  // A Language node carries its code in alternateName ("en") and its name in name ("English").
  const code = isObject(found.value) ? child(found, 'alternateName', reader) : found;
  const tag = text(code, reader)?.replace(/_/g, '-');
  if (tag === undefined || LANGUAGE_TAG.test(tag)) return tag;
  warn(reader, code.path, `expected a language tag such as "en", got ${describe(tag)}; dropped`);
  return undefined;
}

function keywords(node: At, reader: Reader): string[] | undefined {
  // Only a single string is a comma-separated list; items of an array may contain commas.
  const words =
    typeof node.value === 'string'
      ? node.value.split(',').map(clean)
      : each(node, reader).map((item) => text(item, reader));
  const unique = [...new Set(words.filter((word) => word !== undefined))];
  return unique.length ? unique : undefined;
}

// --- things ---

function image(node: At, reader: Reader): ImageObject | undefined {
  const found = resolve(node, reader);
  if (found.value === undefined) return undefined;
  if (typeof found.value === 'string') return found.value.trim() ? { url: found.value } : undefined;
  if (!isObject(found.value)) {
    warn(
      reader,
      found.path,
      `expected an image URL or ImageObject, got ${describe(found.value)}; dropped`,
    );
    return undefined;
  }
  const url =
    link(child(found, 'url', reader), reader) ?? link(child(found, 'contentUrl', reader), reader);
  if (!url) {
    warn(reader, found.path, 'an image without a URL, dropped');
    return undefined;
  }
  return {
    url,
    caption: text(child(found, 'caption', reader), reader),
    creditText: text(either(found, ['creditText', 'copyrightHolder'], reader), reader),
    width: dimension(child(found, 'width', reader), reader),
    height: dimension(child(found, 'height', reader), reader),
  };
}

/** Every image of a field, each URL once (sites list the same picture for several crops). */
function images(node: At, reader: Reader): ImageObject[] {
  const byUrl = new Map<string, ImageObject>();
  for (const item of each(node, reader)) {
    const found = image(item, reader);
    if (found && !byUrl.has(found.url)) byUrl.set(found.url, found);
  }
  return [...byUrl.values()];
}

function organization(node: At, reader: Reader): Organization | undefined {
  const found = resolve(first(node, reader), reader);
  if (found.value === undefined) return undefined;
  const name = isObject(found.value)
    ? text(child(found, 'name', reader), reader)
    : text(found, reader);
  if (!name) {
    warn(reader, found.path, 'an organization without a name, dropped');
    return undefined;
  }
  if (!isObject(found.value)) return { name };
  return {
    name,
    alternateName: text(child(found, 'alternateName', reader), reader),
    url: link(child(found, 'url', reader), reader),
    logo: image(first(child(found, 'logo', reader), reader), reader),
  };
}

/** A Person, or an Organization standing where a person is expected (as an author may). */
function person(node: At, reader: Reader): Person | undefined {
  const found = resolve(node, reader);
  if (found.value === undefined) return undefined;
  if (!isObject(found.value)) {
    const name = typeof found.value === 'string' ? clean(found.value) : undefined;
    if (name) return { name };
    warn(reader, found.path, `expected a name or a Person, got ${describe(found.value)}; dropped`);
    return undefined;
  }
  const given = [child(found, 'givenName', reader), child(found, 'familyName', reader)];
  const name =
    text(child(found, 'name', reader), reader) ??
    (given
      .map((part) => text(part, reader))
      .filter(Boolean)
      .join(' ') ||
      undefined);
  if (!name) {
    warn(reader, found.path, 'a person without a name, dropped');
    return undefined;
  }
  return {
    name,
    jobTitle: text(child(found, 'jobTitle', reader), reader),
    url: link(child(found, 'url', reader), reader),
    image: image(first(either(found, ['image', 'logo'], reader), reader), reader),
    affiliation: organization(child(found, 'affiliation', reader), reader),
  };
}

function people(node: At, reader: Reader): Person[] | undefined {
  const found = each(node, reader)
    .map((item) => person(item, reader))
    .filter((item) => item !== undefined);
  return found.length ? found : undefined;
}

// --- the body ---

/** Paragraphs are separated by blank lines, or by single newlines when the text has no blank line. */
function paragraphs(body: string): string[] {
  const normalized = body.replace(/\r\n?/g, '\n');
  const separator = /\n[^\S\n]*\n/.test(normalized) ? /\n[^\S\n]*\n\s*/ : /\n/;
  return normalized
    .split(separator)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** The Quotations among the article's parts; other parts (paywalled sections and such) are page furniture. */
function quotations(node: At, reader: Reader): QuoteBlock[] {
  const quotes: QuoteBlock[] = [];
  for (const part of each(node, reader)) {
    const found = resolve(part, reader);
    if (!typesOf(found, reader).includes('Quotation')) continue;
    const quoted = text(child(found, 'text', reader), reader);
    if (!quoted) {
      warn(reader, at(found.path, 'text'), 'a Quotation without text, dropped');
      continue;
    }
    const speaker = either(found, ['spokenByCharacter', 'creator', 'author'], reader);
    quotes.push({
      type: 'quote',
      text: quoted,
      attribution: person(first(speaker, reader), reader),
      cite: link(either(found, ['citation', 'url'], reader), reader),
    });
  }
  return quotes;
}

/**
 * The paragraphs with each quotation after the paragraph that contains its opening words, as
 * stories set quotes next to the passage they repeat; the others after the last paragraph.
 */
function assembleBody(texts: string[], quotes: QuoteBlock[]): Block[] {
  const after = new Map<number, QuoteBlock[]>();
  for (const quote of quotes) {
    const opening = (quote.text ?? '').replace(/\s+/g, ' ').slice(0, 40);
    const found = texts.findIndex((paragraph) => paragraph.includes(opening));
    const position = found < 0 ? texts.length : found;
    after.set(position, [...(after.get(position) ?? []), quote]);
  }
  const body: Block[] = [];
  texts.forEach((paragraph, index) => {
    body.push({ type: 'paragraph', text: paragraph }, ...(after.get(index) ?? []));
  });
  return [...body, ...(after.get(texts.length) ?? [])];
}

function headlineFrom(node: At, body: Block[], reader: Reader): string {
  const headline =
    text(child(node, 'headline', reader), reader) ?? text(child(node, 'name', reader), reader);
  if (headline) return headline;
  const opening = body.find((block) => block.type === 'paragraph')?.text?.split(' ') ?? [];
  const path = at(node.path, 'headline');
  if (!opening.length) {
    warn(reader, path, 'missing; "Untitled" used');
    return 'Untitled';
  }
  warn(reader, path, 'missing; the first words of the body used');
  const words = opening.slice(0, HEADLINE_WORDS).join(' ');
  return opening.length > HEADLINE_WORDS ? `${words}…` : words;
}

function articleFrom(node: At, reader: Reader): Article {
  const get = (key: string) => child(node, key, reader);
  const bodyText = text(either(node, ['articleBody', 'text'], reader), reader);
  const body = assembleBody(paragraphs(bodyText ?? ''), quotations(get('hasPart'), reader));
  const pictures = images(either(node, ['image', 'thumbnailUrl'], reader), reader);
  return {
    headline: headlineFrom(node, body, reader),
    alternativeHeadline: text(get('alternativeHeadline'), reader),
    description: text(get('description'), reader),
    url: link(get('url'), reader) ?? link(get('mainEntityOfPage'), reader),
    dateline: text(get('dateline'), reader),
    datePublished: date(get('datePublished'), reader),
    dateModified: date(get('dateModified'), reader),
    author: people(get('author'), reader),
    publisher: organization(get('publisher'), reader),
    sourceOrganization: organization(get('sourceOrganization'), reader),
    image: pictures.length ? pictures : undefined,
    inLanguage: language(get('inLanguage'), reader),
    articleSection: text(get('articleSection'), reader),
    keywords: keywords(get('keywords'), reader),
    body: body.length ? body : undefined,
  };
}

// --- finding the article ---

/**
 * The document's nodes in document order — the top level, arrays, `@graph`s and a page's
 * `mainEntity` — and, as a side effect, the index of nodes by `@id`.
 */
function collectNodes(node: At, reader: Reader, found: At[] = [], depth = 0): At[] {
  if (depth > 4 || reader.budget-- <= 0) return found;
  if (isArray(node.value)) {
    for (const item of each(node, reader)) collectNodes(item, reader, found, depth + 1);
    return found;
  }
  if (!isObject(node.value)) return found;
  found.push(node);
  const id = field(node.value, '@id', node.path, reader);
  if (typeof id === 'string' && !isReference(node.value) && !reader.nodes.has(id)) {
    reader.nodes.set(id, node);
  }
  for (const key of ['@graph', 'mainEntity'])
    collectNodes(child(node, key, reader), reader, found, depth + 1);
  return found;
}

function matches(node: At, selector: JsonLdSelector, reader: Reader): boolean {
  const page = first(child(node, 'mainEntityOfPage', reader), reader);
  return [child(node, '@id', reader), child(node, 'url', reader), page].some(
    (candidate) => link(candidate, reader) === selector,
  );
}

function findArticle(document: unknown, reader: Reader, selector?: JsonLdSelector): At | undefined {
  return collectNodes({ value: document, path: '' }, reader).find(
    (node) =>
      isArticle(node, reader) && (selector === undefined || matches(node, selector, reader)),
  );
}

function newReader(): Reader {
  return { warnings: [], nodes: new Map(), budget: MAX_NODES };
}

/**
 * The converted article as the validator returns it. Every piece is built to the model's
 * rules, so this only drops something when the validator's own limits refuse it (an absurdly
 * long body, for one): the field goes, with a warning, and the promise of a valid article holds.
 */
function finish(article: Article, warnings: Problem[]): Conversion {
  const checked = validateArticle(article);
  if (checked.ok) return { format: 'jsonld', article: checked.value, warnings };
  const refused = new Set(checked.errors.map(({ path }) => path.split(/[.[]/)[0] ?? ''));
  for (const key of refused)
    warnings.push({ path: key, message: 'could not be converted, dropped' });
  const kept = Object.entries(article).filter(([key]) => !refused.has(key));
  const retry = validateArticle({ headline: 'Untitled', ...Object.fromEntries(kept) });
  return { format: 'jsonld', article: retry.ok ? retry.value : { headline: 'Untitled' }, warnings };
}

/** Converts the article node found in a document, or an empty article when there is none. */
function convert(
  document: unknown,
  reader: Reader,
  selector?: JsonLdSelector,
): Conversion | undefined {
  const node = findArticle(document, reader, selector);
  return node && finish(articleFrom(node, reader), reader.warnings);
}

/**
 * Converts schema.org JSON-LD to an Article: the first node typed as an article (NewsArticle,
 * BlogPosting, ReportageNewsArticle, …), found alone, in an array, in an `@graph` or as a
 * page's `mainEntity`. With `selector`, the first whose `@id`, `url` or `mainEntityOfPage` is
 * that URL. Never throws; the article is always valid, and `warnings` name the source paths of
 * anything malformed that was dropped.
 */
export function fromJsonLd(document: unknown, selector?: JsonLdSelector): Conversion {
  const reader = newReader();
  try {
    const conversion = convert(document, reader, selector);
    if (conversion) return conversion;
    const wanted = selector === undefined ? '' : ` with the @id or url "${selector}"`;
    warn(reader, '', `no schema.org article${wanted} found; "Untitled" used`);
  } catch {
    // Every read is guarded; this is the last line should a hostile value find a way through.
    warn(reader, '', 'could not be read; "Untitled" used');
  }
  return { format: 'jsonld', article: { headline: 'Untitled' }, warnings: reader.warnings };
}

/**
 * The first article among several JSON-LD documents (a page's `<script type="application/ld+json">`
 * blocks, parsed), or undefined when none holds one. `@id` references resolve across documents;
 * warning paths start with the document's index: `[1].author[0]`.
 */
export function findJsonLdArticle(
  documents: unknown[],
  selector?: JsonLdSelector,
): Conversion | undefined {
  try {
    return convert(documents, newReader(), selector);
  } catch {
    return undefined;
  }
}

/**
 * Reads the article a page describes in its JSON-LD: takes the texts of its
 * `<script type="application/ld+json">` blocks, parses each (a block that is not JSON is skipped
 * with a warning) and converts the first article found, or returns undefined.
 */
export function jsonLdFromPage(
  scripts: string[],
  selector?: JsonLdSelector,
): Conversion | undefined {
  const skipped: Problem[] = [];
  const documents = scripts.map((script, index) => {
    try {
      return JSON.parse(script) as unknown;
    } catch {
      skipped.push({ path: `[${index}]`, message: 'is not valid JSON, skipped' });
      return undefined;
    }
  });
  const conversion = findJsonLdArticle(documents, selector);
  return conversion && { ...conversion, warnings: [...skipped, ...conversion.warnings] };
}

/** Whether a document holds a schema.org article. Never throws. */
function detect(document: unknown): boolean {
  try {
    return findArticle(document, newReader()) !== undefined;
  } catch {
    return false;
  }
}

/** The schema.org JSON-LD adapter. */
export const jsonLdAdapter: Adapter = {
  format: 'jsonld',
  name: 'schema.org JSON-LD',
  detect,
  convert: (document) => fromJsonLd(document),
};
