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
import type { Problem } from '../model/validate.js';
import { completeConversion } from './shared/complete.js';
import {
  type Located,
  child,
  describe,
  field,
  isArray,
  isObject,
  MAX_NODES,
  pathOf,
  readDate,
  readItems,
  warn,
  drop,
  nonEmpty,
} from './shared/read.js';
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
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z\d]{1,8})*$/;
/** A character reference such as `&amp;` or `&#8217;`, which some CMSs leave in JSON-LD text. */
const CHARACTER_REFERENCE = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;

/** What is done when no article can be read. */
const UNTITLED = '"Untitled" is used as the headline';

/** Chooses one article on a page with several: the one whose `@id`, `url` or `mainEntityOfPage` is this. */
export type JsonLdSelector = string;

/** The state of one conversion. */
interface Reader {
  warnings: Problem[];
  /** The document's top-level and `@graph` nodes by `@id`, to resolve references. */
  nodes: Map<string, Located>;
  /** How many more nodes the search for the article may visit. */
  budget: number;
}

// --- JSON-LD's own way with values: any field may hold one value or an array of them ---

/** The items of an array, or the value itself as the only item. */
function each(node: Located, reader: Reader): Located[] {
  if (node.value === undefined) return [];
  return isArray(node.value) ? readItems(node.value, node.path, reader.warnings) : [node];
}

/** The first item of an array, or the value itself. */
function first(value: Located, reader: Reader): Located {
  return each(value, reader)[0] ?? { value: undefined, path: value.path };
}

/** Reads a field of a node as a located value. */
function get(node: Located, key: string, reader: Reader): Located {
  return child(node, key, reader.warnings);
}

/** The first present of several fields that stand in for one another, each read once. */
function either(node: Located, keys: string[], reader: Reader): Located {
  for (const key of keys) {
    const found = get(node, key, reader);
    if (found.value !== undefined) return found;
  }
  return { value: undefined, path: node.path };
}

/** A node of the document in place of a bare `{"@id": …}` reference to it. */
function resolve(node: Located, reader: Reader): Located {
  const id = field(node.value, '@id', node.path, reader.warnings);
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
function typesOf(node: Located, reader: Reader): string[] {
  return each(get(node, '@type', reader), reader)
    .map(({ value }) => (typeof value === 'string' ? value.replace(SCHEMA_PREFIX, '') : ''))
    .filter(Boolean);
}

function isArticle(node: Located, reader: Reader): boolean {
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
function text(node: Located, reader: Reader): string | undefined {
  const { value, path } = node;
  if (value === undefined) return undefined;
  if (typeof value === 'string') return clean(value);
  if (isArray(value)) return text(first(node, reader), reader);
  if (isObject(value)) {
    const inner =
      field(value, '@value', path, reader.warnings) ?? field(value, 'name', path, reader.warnings);
    if (typeof inner === 'string') return clean(inner);
  }
  return drop(reader.warnings, path, `expected text, got ${describe(value)}`);
}

/** A URL as given: a string, the first string of an array, or a node's `@id` or `url`. */
function link(node: Located, reader: Reader): string | undefined {
  const { value } = first(node, reader);
  if (typeof value === 'string') return value.trim() ? value : undefined;
  const inner =
    field(value, 'url', node.path, reader.warnings) ??
    field(value, '@id', node.path, reader.warnings);
  return typeof inner === 'string' && inner.trim() ? inner : undefined;
}

function date(node: Located, reader: Reader): string | undefined {
  return readDate(text(node, reader), node.path, reader.warnings);
}

/** Pixels from a number, a string such as "1200" or "1200px", or a QuantitativeValue. */
function dimension(node: Located, reader: Reader, nested = false): number | undefined {
  const found = first(node, reader);
  const { value } = found;
  if (isObject(value)) {
    return nested ? undefined : dimension(get(found, 'value', reader), reader, true);
  }
  const pixels =
    typeof value === 'string'
      ? Number(/^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/i.exec(value)?.[1])
      : value;
  return typeof pixels === 'number' && pixels >= 0 && Number.isFinite(pixels)
    ? Math.round(pixels)
    : undefined;
}

function language(node: Located, reader: Reader): string | undefined {
  const found = first(node, reader);
  // A Language node carries its code in alternateName ("en") and its name in name ("English").
  const code = isObject(found.value) ? get(found, 'alternateName', reader) : found;
  const tag = text(code, reader)?.replace(/_/g, '-');
  if (tag === undefined || LANGUAGE_TAG.test(tag)) return tag;
  return drop(
    reader.warnings,
    code.path,
    `expected a language tag such as "en", got ${describe(tag)}`,
  );
}

function keywords(node: Located, reader: Reader): string[] | undefined {
  // Only a single string is a comma-separated list; items of an array may contain commas.
  const words =
    typeof node.value === 'string'
      ? node.value.split(',').map(clean)
      : each(node, reader).map((item) => text(item, reader));
  const unique = [...new Set(words.filter((word) => word !== undefined))];
  return nonEmpty(unique);
}

// --- things ---

function image(node: Located, reader: Reader): ImageObject | undefined {
  const found = resolve(node, reader);
  if (found.value === undefined) return undefined;
  if (typeof found.value === 'string') return found.value.trim() ? { url: found.value } : undefined;
  if (!isObject(found.value)) {
    return drop(
      reader.warnings,
      found.path,
      `expected an image URL or ImageObject, got ${describe(found.value)}`,
    );
  }
  const url =
    link(get(found, 'url', reader), reader) ?? link(get(found, 'contentUrl', reader), reader);
  if (!url) {
    return drop(reader.warnings, found.path, 'an image without a URL');
  }
  return {
    url,
    caption: text(get(found, 'caption', reader), reader),
    creditText: text(either(found, ['creditText', 'copyrightHolder'], reader), reader),
    width: dimension(get(found, 'width', reader), reader),
    height: dimension(get(found, 'height', reader), reader),
  };
}

/** Every image of a field, each URL once (sites list the same picture for several crops). */
function images(node: Located, reader: Reader): ImageObject[] {
  const byUrl = new Map<string, ImageObject>();
  for (const item of each(node, reader)) {
    const found = image(item, reader);
    if (found && !byUrl.has(found.url)) byUrl.set(found.url, found);
  }
  return [...byUrl.values()];
}

function organization(node: Located, reader: Reader): Organization | undefined {
  const found = resolve(first(node, reader), reader);
  if (found.value === undefined) return undefined;
  const name = isObject(found.value)
    ? text(get(found, 'name', reader), reader)
    : text(found, reader);
  if (!name) {
    return drop(reader.warnings, found.path, 'an organization without a name');
  }
  if (!isObject(found.value)) return { name };
  return {
    name,
    alternateName: text(get(found, 'alternateName', reader), reader),
    url: link(get(found, 'url', reader), reader),
    logo: image(first(get(found, 'logo', reader), reader), reader),
  };
}

/** A Person, or an Organization standing where a person is expected (as an author may). */
function person(node: Located, reader: Reader): Person | undefined {
  const found = resolve(node, reader);
  if (found.value === undefined) return undefined;
  if (!isObject(found.value)) {
    const name = typeof found.value === 'string' ? clean(found.value) : undefined;
    if (name) return { name };
    return drop(
      reader.warnings,
      found.path,
      `expected a name or a Person, got ${describe(found.value)}`,
    );
  }
  const given = [get(found, 'givenName', reader), get(found, 'familyName', reader)];
  const name =
    text(get(found, 'name', reader), reader) ??
    (given
      .map((part) => text(part, reader))
      .filter(Boolean)
      .join(' ') ||
      undefined);
  if (!name) {
    return drop(reader.warnings, found.path, 'a person without a name');
  }
  return {
    name,
    jobTitle: text(get(found, 'jobTitle', reader), reader),
    url: link(get(found, 'url', reader), reader),
    image: image(first(either(found, ['image', 'logo'], reader), reader), reader),
    affiliation: organization(get(found, 'affiliation', reader), reader),
  };
}

function people(node: Located, reader: Reader): Person[] | undefined {
  const found = each(node, reader)
    .map((item) => person(item, reader))
    .filter((item) => item !== undefined);
  return nonEmpty(found);
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
function quotations(node: Located, reader: Reader): QuoteBlock[] {
  const quotes: QuoteBlock[] = [];
  for (const part of each(node, reader)) {
    const found = resolve(part, reader);
    if (!typesOf(found, reader).includes('Quotation')) continue;
    const quoted = text(get(found, 'text', reader), reader);
    if (!quoted) {
      warn(reader.warnings, pathOf(found.path, 'text'), 'a Quotation without text');
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

function articleFrom(node: Located, reader: Reader): Partial<Article> {
  const of = (key: string) => get(node, key, reader);
  const bodyText = text(either(node, ['articleBody', 'text'], reader), reader);
  const body = assembleBody(paragraphs(bodyText ?? ''), quotations(of('hasPart'), reader));
  const pictures = images(either(node, ['image', 'thumbnailUrl'], reader), reader);
  return {
    headline: text(of('headline'), reader) ?? text(of('name'), reader),
    alternativeHeadline: text(of('alternativeHeadline'), reader),
    description: text(of('description'), reader),
    url: link(of('url'), reader) ?? link(of('mainEntityOfPage'), reader),
    dateline: text(of('dateline'), reader),
    datePublished: date(of('datePublished'), reader),
    dateModified: date(of('dateModified'), reader),
    author: people(of('author'), reader),
    publisher: organization(of('publisher'), reader),
    sourceOrganization: organization(of('sourceOrganization'), reader),
    image: nonEmpty(pictures),
    inLanguage: language(of('inLanguage'), reader),
    articleSection: text(of('articleSection'), reader),
    keywords: keywords(of('keywords'), reader),
    body: nonEmpty(body),
  };
}

// --- finding the article ---

/**
 * The document's nodes in document order — the top level, arrays, `@graph`s and a page's
 * `mainEntity` — and, as a side effect, the index of nodes by `@id`.
 */
function collectNodes(node: Located, reader: Reader, found: Located[] = [], depth = 0): Located[] {
  if (depth > 4 || reader.budget-- <= 0) return found;
  if (isArray(node.value)) {
    for (const item of each(node, reader)) collectNodes(item, reader, found, depth + 1);
    return found;
  }
  if (!isObject(node.value)) return found;
  found.push(node);
  const id = field(node.value, '@id', node.path, reader.warnings);
  if (typeof id === 'string' && !isReference(node.value) && !reader.nodes.has(id)) {
    reader.nodes.set(id, node);
  }
  for (const key of ['@graph', 'mainEntity'])
    collectNodes(get(node, key, reader), reader, found, depth + 1);
  return found;
}

function matches(node: Located, selector: JsonLdSelector, reader: Reader): boolean {
  const page = first(get(node, 'mainEntityOfPage', reader), reader);
  return [get(node, '@id', reader), get(node, 'url', reader), page].some(
    (candidate) => link(candidate, reader) === selector,
  );
}

function findArticle(
  document: unknown,
  reader: Reader,
  selector?: JsonLdSelector,
): Located | undefined {
  return collectNodes({ value: document, path: '' }, reader).find(
    (node) =>
      isArticle(node, reader) && (selector === undefined || matches(node, selector, reader)),
  );
}

function newReader(): Reader {
  return { warnings: [], nodes: new Map(), budget: MAX_NODES };
}

/** Converts the article node found in a document, or an empty article when there is none. */
function convert(
  document: unknown,
  reader: Reader,
  selector?: JsonLdSelector,
): Conversion | undefined {
  const node = findArticle(document, reader, selector);
  if (!node) return undefined;
  const headlinePath = pathOf(node.path, 'headline');
  return completeConversion('jsonld', articleFrom(node, reader), reader.warnings, headlinePath);
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
    warn(reader.warnings, '', `no schema.org article${wanted} found`, UNTITLED);
  } catch {
    // Every read is guarded; this is the last line should a hostile value find a way through.
    warn(reader.warnings, '', 'could not be read', UNTITLED);
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
      warn(skipped, `[${index}]`, 'is not valid JSON', 'skipped');
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
