/**
 * The Arc XP ANS adapter: reads an ANS `story` (the document shape of Arc XP's Content API)
 * into a Lede Article. `docs/adapters/ans.md` lists where each ANS field goes and which are
 * dropped on purpose. No DOM and no dependencies, so it runs in Node and browsers alike, and it
 * never throws, whatever it is given.
 */
import { inlineText, parseInlineHtml } from '../model/inline-html.js';
import type {
  Article,
  Block,
  EmbedBlock,
  HeadingBlock,
  ImageObject,
  LinksBlock,
  ListItem,
  Organization,
  Person,
  QuoteBlock,
  RelatedLink,
} from '../model/types.js';
import { validateArticle, type Problem } from '../model/validate.js';
import type { Adapter, Conversion } from './types.js';

/** Most array items read from one document: bounds the work whatever proxies or shared references it holds. */
const MAX_ITEMS = 5_000;
/** Deepest nesting of element groups, galleries and lists followed; real stories nest two or three. */
const MAX_DEPTH = 12;
/** The validator's ISO 8601 pattern, so that a date the Article cannot hold is dropped with its ANS path. */
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;
/** Words of the body that stand in for a missing headline. */
const HEADLINE_WORDS = 10;
/** An author `description` longer than this, or ending a sentence, is a biography, not a job title. */
const MAX_JOB_TITLE = 80;
const WEB_URL = /^https?:\/\//i;

/** A value and the path where the source document holds it. */
type Entry = readonly [value: unknown, path: string];

function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/** `typeof`, with null and arrays told apart; never throws, even on a revoked Proxy. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  try {
    return Array.isArray(value) ? 'array' : typeof value;
  } catch {
    return 'object';
  }
}

const isRecord = (value: unknown): value is object => kindOf(value) === 'object';

/** A value as a message names it: `the string "x"`, `the number 3`, `an array`, `null`. */
function describe(value: unknown): string {
  const kind = kindOf(value);
  if (typeof value === 'string') {
    return `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  }
  if (typeof value === 'number') return `the number ${value}`;
  if (kind === 'array' || kind === 'object') return `an ${kind}`;
  return kind === 'undefined' || kind === 'null' ? kind : `a ${kind}`;
}

/**
 * The plain text of a string that may hold inline HTML; undefined if blank. Only HTML's own
 * whitespace is collapsed: thin and no-break spaces are the writer's typography and stay.
 */
function plain(html: string | undefined): string | undefined {
  if (html === undefined) return undefined;
  return (
    inlineText(parseInlineHtml(html))
      .replace(/[ \t\n\f\r]+/g, ' ')
      .trim() || undefined
  );
}

/** Reads an untrusted document field by field: never throws, notes what is malformed, caps the work. */
class SourceReader {
  readonly warnings: Problem[] = [];
  private itemsLeft = MAX_ITEMS;

  warn(path: string, message: string): void {
    this.warnings.push({ path, message });
  }

  /** An own field of `source` (found at `path`); undefined when absent, null or unreadable. */
  get(source: unknown, path: string, key: string): unknown {
    return this.read(source, path, key) ?? undefined;
  }

  /** An own field as it is, null included; undefined when absent or unreadable. */
  private read(source: unknown, path: string, key: string): unknown {
    const kind = kindOf(source);
    if (kind !== 'object' && kind !== 'array') return undefined;
    const container = source as object;
    try {
      // Own fields only: what an object inherits is not part of the document.
      return Object.hasOwn(container, key) ? Reflect.get(container, key) : undefined;
    } catch {
      this.warn(at(path, key), 'could not be read, dropped');
      return undefined;
    }
  }

  /** A string field, trimmed; undefined when absent or blank, with a warning when not a string. */
  string(source: unknown, path: string, key: string): string | undefined {
    const value = this.get(source, path, key);
    if (value === undefined) return undefined;
    if (typeof value === 'string') return value.trim() || undefined;
    this.warn(at(path, key), `expected a string, got ${describe(value)}, dropped`);
    return undefined;
  }

  /** A non-negative integer field, such as an image's width. */
  count(source: unknown, path: string, key: string): number | undefined {
    const value = this.get(source, path, key);
    if (value === undefined || (Number.isInteger(value) && (value as number) >= 0)) {
      return value as number | undefined;
    }
    this.warn(at(path, key), `expected a non-negative integer, got ${describe(value)}, dropped`);
    return undefined;
  }

  /** An object field (not an array); a warning when it is something else. */
  object(source: unknown, path: string, key: string): object | undefined {
    const value = this.get(source, path, key);
    if (value === undefined || isRecord(value)) return value;
    this.warn(at(path, key), `expected an object, got ${describe(value)}, dropped`);
    return undefined;
  }

  /** The items of an array field with their paths; none, with a warning, when it is not an array. */
  items(source: unknown, path: string, key: string): Entry[] {
    const value = this.get(source, path, key);
    const arrayPath = at(path, key);
    if (value === undefined) return [];
    if (kindOf(value) !== 'array') {
      this.warn(arrayPath, `expected an array, got ${describe(value)}, dropped`);
      return [];
    }
    const length = this.get(value, arrayPath, 'length');
    const entries: Entry[] = [];
    for (let index = 0; index < (typeof length === 'number' ? length : 0); index++) {
      if (--this.itemsLeft < 0) {
        if (this.itemsLeft === -1)
          this.warn(arrayPath, `too large: reading stopped after ${MAX_ITEMS} items`);
        break;
      }
      entries.push([this.read(value, arrayPath, String(index)), at(arrayPath, index)]);
    }
    return entries;
  }

  /** Text held as a string, or as an ANS text object (`content`) or description (`basic`). */
  text(source: unknown, path: string, key: string): string | undefined {
    const value = this.get(source, path, key);
    if (!isRecord(value)) return plain(this.string(source, path, key));
    const valuePath = at(path, key);
    return plain(
      this.string(value, valuePath, 'content') ?? this.string(value, valuePath, 'basic'),
    );
  }
}

// --- images, people, links ---

/** The names of `credits.by` (and agencies in `credits.affiliation`) as one credit line. */
function creditLine(r: SourceReader, image: object, path: string): string | undefined {
  const creditsPath = at(path, 'credits');
  const credits = r.object(image, path, 'credits');
  const names = ['by', 'affiliation'].flatMap((key) =>
    r
      .items(credits, creditsPath, key)
      .map(
        ([credit, creditPath]) =>
          r.string(credit, creditPath, 'name') ?? r.string(credit, creditPath, 'byline'),
      )
      .filter((name): name is string => name !== undefined),
  );
  return names.join(', ') || undefined;
}

function readImage(r: SourceReader, value: unknown, path: string): ImageObject | undefined {
  if (!isRecord(value)) {
    r.warn(path, `expected an image object, got ${describe(value)}, dropped`);
    return undefined;
  }
  const url = r.string(value, path, 'url');
  if (!url) {
    const unresolved = r.get(value, path, 'type') === 'reference';
    r.warn(
      path,
      unresolved ? 'unresolved image reference, dropped' : 'image without a URL, dropped',
    );
    return undefined;
  }
  return compact({
    url,
    alt: r.string(value, path, 'alt_text'),
    caption: plain(r.string(value, path, 'caption')),
    creditText: creditLine(r, value, path),
    width: r.count(value, path, 'width'),
    height: r.count(value, path, 'height'),
  });
}

/** The image that promotes a story: `promo_items.basic`, or the promo image of a promo video or gallery. */
function promoImage(
  r: SourceReader,
  source: unknown,
  path: string,
  depth = 0,
): ImageObject | undefined {
  const promoPath = at(path, 'promo_items');
  const basicPath = at(promoPath, 'basic');
  const basic = r.object(r.object(source, path, 'promo_items'), promoPath, 'basic');
  if (!basic) return undefined;
  const type = r.get(basic, basicPath, 'type');
  if (type !== 'video' && type !== 'gallery') return readImage(r, basic, basicPath);
  const image = r.get(basic, basicPath, 'promo_image');
  if (image !== undefined) return readImage(r, image, at(basicPath, 'promo_image'));
  return depth < 1 ? promoImage(r, basic, basicPath, depth + 1) : undefined;
}

/** An author's role; a short `description` counts as one, a biography does not. */
function jobTitle(
  r: SourceReader,
  author: object,
  path: string,
  original: unknown,
): string | undefined {
  const originalPath = at(at(path, 'additional_properties'), 'original');
  const description = plain(r.string(author, path, 'description'));
  const title =
    description && description.length <= MAX_JOB_TITLE && !description.endsWith('.')
      ? description
      : undefined;
  return r.string(author, path, 'role') ?? r.string(original, originalPath, 'role') ?? title;
}

function readAuthor(r: SourceReader, author: unknown, path: string): Person | undefined {
  if (!isRecord(author)) {
    r.warn(path, `expected an author object, got ${describe(author)}, dropped`);
    return undefined;
  }
  const extraPath = at(path, 'additional_properties');
  const original = r.object(r.object(author, path, 'additional_properties'), extraPath, 'original');
  const name = plain(
    r.string(author, path, 'name') ??
      r.string(author, path, 'byline') ??
      r.string(original, at(extraPath, 'original'), 'byline'),
  );
  if (!name) {
    const unresolved = r.get(author, path, 'type') === 'reference';
    r.warn(
      path,
      unresolved ? 'unresolved author reference, dropped' : 'author without a name, dropped',
    );
    return undefined;
  }
  const organization = r.string(author, path, 'affiliation') ?? r.string(author, path, 'org');
  const image = r.get(author, path, 'image');
  return compact({
    name,
    jobTitle: jobTitle(r, author, path, original),
    affiliation: organization ? { name: organization } : undefined,
    url: r.string(author, path, 'url'),
    image: image === undefined ? undefined : readImage(r, image, at(path, 'image')),
  });
}

/** The agency a wire story came from: `distributor` when its category is "wires", else the older `source`. */
function readAgency(r: SourceReader, story: unknown): Organization | undefined {
  const distributor = r.object(story, '', 'distributor');
  const source = r.object(story, '', 'source');
  let name: string | undefined;
  if (distributor) {
    if (r.string(distributor, 'distributor', 'category') === 'wires') {
      name =
        r.string(distributor, 'distributor', 'name') ??
        r.string(distributor, 'distributor', 'subcategory');
    }
  } else if (r.string(source, 'source', 'source_type') === 'wires') {
    name = r.string(source, 'source', 'name');
  }
  return name ? { name } : undefined;
}

/** A link of a `link_list`, an `interstitial_link`, or a story of `related_content`. */
function readLink(r: SourceReader, item: unknown, path: string): RelatedLink | undefined {
  if (!isRecord(item)) {
    r.warn(path, `expected a link object, got ${describe(item)}, dropped`);
    return undefined;
  }
  const headline =
    plain(r.string(item, path, 'content')) ??
    plain(r.string(r.object(item, path, 'headlines'), at(path, 'headlines'), 'basic'));
  if (!headline) {
    r.warn(path, 'link without a headline (an unresolved reference?), dropped');
    return undefined;
  }
  const image = r.get(item, path, 'image');
  return compact({
    headline,
    url:
      r.string(item, path, 'url') ??
      r.string(item, path, 'canonical_url') ??
      r.string(item, path, 'website_url'),
    description: r.text(item, path, 'description'),
    image: image === undefined ? promoImage(r, item, path) : readImage(r, image, at(path, 'image')),
  });
}

// --- content elements ---

/** An element as a message names it: `the "table" element`, or what it is when it is no element. */
function elementName(r: SourceReader, element: unknown, path: string): string {
  const type = r.get(element, path, 'type');
  return typeof type === 'string' ? `the ${JSON.stringify(type)} element` : describe(element);
}

/** The inline HTML of a text-like element, unless it holds no text at all (a stray `<br>`). */
function inlineHtml(r: SourceReader, element: object, path: string): string | undefined {
  const html = r.string(element, path, 'content');
  return plain(html) ? html : undefined;
}

function headingLevel(r: SourceReader, element: object, path: string): HeadingBlock['level'] {
  const level = r.get(element, path, 'level');
  if (level === undefined) return undefined;
  if (!Number.isInteger(level)) {
    r.warn(at(path, 'level'), `expected a heading level, got ${describe(level)}, dropped`);
    return undefined;
  }
  // Level 1 is the headline's, so a body heading starts at 2.
  return Math.min(6, Math.max(2, level as number)) as HeadingBlock['level'];
}

function readQuote(
  r: SourceReader,
  element: object,
  path: string,
  type: string,
): QuoteBlock | undefined {
  let html: string | undefined;
  if (type === 'blockquote') {
    html = inlineHtml(r, element, path);
  } else {
    const lines: string[] = [];
    for (const [item, itemPath] of r.items(element, path, 'content_elements')) {
      if (r.get(item, itemPath, 'type') !== 'text' || !isRecord(item)) {
        r.warn(itemPath, `${elementName(r, item, itemPath)} in a quote is not text, dropped`);
        continue;
      }
      const line = inlineHtml(r, item, itemPath);
      if (line) lines.push(line);
    }
    html = lines.join('<br>') || undefined;
  }
  if (!html) {
    r.warn(path, 'quote without text, dropped');
    return undefined;
  }
  const subtype = r.string(element, path, 'subtype');
  const name = r.text(element, path, 'citation');
  return compact<QuoteBlock>({
    type: 'quote',
    html,
    variant:
      type === 'blockquote' || subtype === 'blockquote'
        ? 'block'
        : subtype === 'pullquote'
          ? 'pull'
          : undefined,
    attribution: name ? { name } : undefined,
  });
}

/** List items; a nested list belongs to the item before it, as in HTML. */
function readListItems(r: SourceReader, list: object, path: string, depth: number): ListItem[] {
  const items: ListItem[] = [];
  for (const [item, itemPath] of r.items(list, path, 'items')) {
    const type = r.get(item, itemPath, 'type');
    if (type === 'list' && isRecord(item) && depth < MAX_DEPTH) {
      const nested = readListItems(r, item, itemPath, depth + 1);
      const previous = items.at(-1);
      if (nested.length === 0) continue;
      if (previous) previous.items = [...(previous.items ?? []), ...nested];
      else items.push(...nested);
    } else if (type === 'text' && isRecord(item)) {
      const html = inlineHtml(r, item, itemPath);
      if (html) items.push({ html });
    } else {
      const why = type === 'list' ? 'nested too deeply' : 'in a list is not text';
      r.warn(itemPath, `${elementName(r, item, itemPath)} ${why}, dropped`);
    }
  }
  return items;
}

function readLinks(r: SourceReader, element: object, path: string): LinksBlock | undefined {
  const items = r
    .items(element, path, 'items')
    .flatMap(([item, itemPath]) => readLink(r, item, itemPath) ?? []);
  if (items.length === 0) return undefined;
  return compact<LinksBlock>({
    type: 'links',
    title: plain(r.string(element, path, 'title')),
    items,
  });
}

/** The web address an element stands for, when its referent's id is one (as oEmbed referents are). */
function referentUrl(r: SourceReader, element: object, path: string): string | undefined {
  const id = r.string(r.object(element, path, 'referent'), at(path, 'referent'), 'id');
  return id && WEB_URL.test(id) ? id : undefined;
}

/** Third-party media as a link card: an oEmbed response, a video, or a reference to a URL. */
function readEmbed(
  r: SourceReader,
  element: object,
  path: string,
  type: string,
): EmbedBlock | undefined {
  const rawPath = at(path, 'raw_oembed');
  const raw = type === 'oembed_response' ? r.object(element, path, 'raw_oembed') : undefined;
  const rawId = r.string(raw, rawPath, '_id');
  const url =
    type === 'video'
      ? (r.string(element, path, 'canonical_url') ?? r.string(element, path, 'website_url'))
      : (referentUrl(r, element, path) ??
        (rawId && WEB_URL.test(rawId) ? rawId : r.string(raw, rawPath, 'url')));
  if (!url) {
    r.warn(
      path,
      type === 'reference' ? 'unresolved reference, dropped' : `${type} without a URL, dropped`,
    );
    return undefined;
  }
  if (type === 'video') {
    return compact<EmbedBlock>({
      type: 'embed',
      url,
      title: plain(r.string(r.object(element, path, 'headlines'), at(path, 'headlines'), 'basic')),
      description: r.text(element, path, 'description'),
      image:
        r.get(element, path, 'promo_image') === undefined
          ? promoImage(r, element, path)
          : readImage(r, r.get(element, path, 'promo_image'), at(path, 'promo_image')),
    });
  }
  const thumbnail = r.string(raw, rawPath, 'thumbnail_url');
  return compact<EmbedBlock>({
    type: 'embed',
    url,
    title: plain(r.string(raw, rawPath, 'title')),
    provider: r.string(raw, rawPath, 'provider_name') ?? r.string(element, path, 'subtype'),
    image: thumbnail
      ? compact({
          url: thumbnail,
          width: r.count(raw, rawPath, 'thumbnail_width'),
          height: r.count(raw, rawPath, 'thumbnail_height'),
        })
      : undefined,
  });
}

/** One content element as Article blocks: none when dropped, several for a group or gallery. */
function readElement(r: SourceReader, element: unknown, path: string, depth: number): Block[] {
  if (!isRecord(element)) {
    r.warn(path, `expected a content element, got ${describe(element)}, dropped`);
    return [];
  }
  const type = r.get(element, path, 'type');
  if (typeof type !== 'string') {
    r.warn(at(path, 'type'), `expected an element type, got ${describe(type)}, dropped`);
    return [];
  }
  let block: Block | undefined;
  switch (type) {
    case 'text': {
      const html = inlineHtml(r, element, path);
      block = html ? { type: 'paragraph', html } : undefined;
      break;
    }
    case 'header': {
      const html = inlineHtml(r, element, path);
      block = html
        ? compact<Block>({ type: 'heading', html, level: headingLevel(r, element, path) })
        : undefined;
      break;
    }
    case 'quote':
    case 'blockquote':
      block = readQuote(r, element, path, type);
      break;
    case 'list': {
      const items = readListItems(r, element, path, depth);
      const listType = r.string(element, path, 'list_type');
      const ordered = listType === 'ordered' ? true : listType === 'unordered' ? false : undefined;
      block = items.length ? compact<Block>({ type: 'list', ordered, items }) : undefined;
      break;
    }
    case 'link_list':
      block = readLinks(r, element, path);
      break;
    case 'interstitial_link': {
      const link = readLink(r, element, path);
      block = link ? { type: 'links', items: [link] } : undefined;
      break;
    }
    case 'image': {
      const image = readImage(r, element, path);
      block = image ? { type: 'image', ...image } : undefined;
      break;
    }
    case 'oembed_response':
    case 'video':
    case 'reference':
      block = readEmbed(r, element, path, type);
      break;
    case 'element_group':
    case 'gallery':
      if (depth < MAX_DEPTH) return readBlocks(r, element, path, depth + 1);
      r.warn(path, 'nested too deeply, dropped');
      return [];
    case 'divider':
      // Decorative: the renderer spaces blocks on its own.
      return [];
    default:
      r.warn(at(path, 'type'), `unknown element type ${JSON.stringify(type)}, dropped`);
      return [];
  }
  const id = r.string(element, path, '_id');
  return block ? [id ? { ...block, id } : block] : [];
}

function readBlocks(r: SourceReader, source: unknown, path: string, depth: number): Block[] {
  return r
    .items(source, path, 'content_elements')
    .flatMap(([element, elementPath]) => readElement(r, element, elementPath, depth));
}

// --- the story ---

/** The first date among `keys` that the Article can hold; a malformed one is noted and skipped. */
function readDate(r: SourceReader, story: unknown, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = r.string(story, '', key);
    if (value !== undefined && ISO_DATE.test(value)) return value;
    if (value !== undefined)
      r.warn(key, `expected an ISO 8601 date, got ${describe(value)}, dropped`);
  }
  return undefined;
}

function readSection(r: SourceReader, taxonomy: unknown): string | undefined {
  const primary = r.object(taxonomy, 'taxonomy', 'primary_section');
  const name = r.string(primary, 'taxonomy.primary_section', 'name');
  if (name) return name;
  const [first] = r.items(taxonomy, 'taxonomy', 'sections');
  return first ? r.string(first[0], first[1], 'name') : undefined;
}

function readKeywords(r: SourceReader, taxonomy: unknown): string[] {
  const seo = r.items(taxonomy, 'taxonomy', 'seo_keywords').map(([keyword, path]) => {
    if (typeof keyword === 'string') return keyword.trim();
    r.warn(path, `expected a string, got ${describe(keyword)}, dropped`);
    return undefined;
  });
  const tags = r
    .items(taxonomy, 'taxonomy', 'tags')
    .map(([tag, path]) => r.string(tag, path, 'text'));
  return [...new Set([...seo, ...tags])].filter((keyword): keyword is string => !!keyword);
}

/** A headline for a story that has none: the first words of its body, else "Untitled". */
function fallbackHeadline(r: SourceReader, body: Block[]): string {
  const first = body.find((block) => block.type === 'paragraph' || block.type === 'heading');
  const words = plain(first && 'html' in first ? first.html : undefined)?.split(' ') ?? [];
  const headline = words.length
    ? words.slice(0, HEADLINE_WORDS).join(' ') + (words.length > HEADLINE_WORDS ? '…' : '')
    : 'Untitled';
  r.warn(
    'headlines.basic',
    `missing; ${words.length ? 'the first words of the body' : '"Untitled"'} used as the headline`,
  );
  return headline;
}

function readStory(r: SourceReader, story: unknown): Article {
  if (!isRecord(story)) {
    r.warn('', `expected an ANS story object, got ${describe(story)}`);
  } else if (r.get(story, '', 'type') !== 'story') {
    r.warn('type', `expected "story", got ${describe(r.get(story, '', 'type'))}; read as a story`);
  }
  const headlines = r.object(story, '', 'headlines');
  const taxonomy = r.object(story, '', 'taxonomy');
  const body = readBlocks(r, story, '', 0);
  const related = r.object(story, '', 'related_content');
  const promo = promoImage(r, story, '');
  const headline =
    plain(
      r.string(headlines, 'headlines', 'basic') ??
        r.string(headlines, 'headlines', 'web') ??
        r.string(headlines, 'headlines', 'meta_title'),
    ) ?? fallbackHeadline(r, body);
  const author = r
    .items(r.object(story, '', 'credits'), 'credits', 'by')
    .flatMap(([person, path]) => readAuthor(r, person, path) ?? []);
  const keywords = readKeywords(r, taxonomy);
  const links = r
    .items(related, 'related_content', 'basic')
    .flatMap(([link, path]) => readLink(r, link, path) ?? []);
  return compact<Article>({
    headline,
    description:
      plain(r.string(r.object(story, '', 'subheadlines'), 'subheadlines', 'basic')) ??
      r.text(story, '', 'description'),
    url: r.string(story, '', 'canonical_url') ?? r.string(story, '', 'website_url'),
    dateline: r.string(story, '', 'location'),
    datePublished: readDate(r, story, ['display_date', 'first_publish_date', 'publish_date']),
    dateModified: readDate(r, story, ['last_updated_date']),
    author: author.length ? author : undefined,
    sourceOrganization: readAgency(r, story),
    image: promo ? [promo] : undefined,
    inLanguage: r.string(story, '', 'language'),
    articleSection: readSection(r, taxonomy),
    keywords: keywords.length ? keywords : undefined,
    body: body.length ? body : undefined,
    related: links.length ? links : undefined,
  });
}

/** A copy of `value` without its undefined fields, so the Article holds only what was found. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

/**
 * Converts an Arc XP ANS `story` into a Lede Article. Never throws: whatever it is given, the
 * `article` passes `validateArticle`, and `warnings` name, by their path in the ANS document,
 * the parts that were malformed or that a reader will miss (raw HTML, tables, custom embeds).
 */
export function fromAns(document: unknown): Conversion {
  const reader = new SourceReader();
  let article: Article = { headline: 'Untitled' };
  try {
    article = readStory(reader, document);
  } catch {
    // Unreachable by design; a last guard so that no document can break the host page.
    reader.warn('', 'could not be read');
  }
  const checked = validateArticle(article);
  if (checked.ok) return { format: 'ans', article: checked.value, warnings: reader.warnings };
  // Also unreachable by design: every piece above is built to the model's rules.
  const problems = checked.errors.map(({ path, message }) => ({
    path,
    message: `${message} (in the converted article)`,
  }));
  return {
    format: 'ans',
    article: { headline: article.headline || 'Untitled' },
    warnings: [...reader.warnings, ...problems],
  };
}

/** Whether `document` is an ANS story: `type` "story" with a `version`, `headlines` or `content_elements`. */
function isAnsStory(document: unknown): boolean {
  const r = new SourceReader();
  return (
    r.get(document, '', 'type') === 'story' &&
    ['version', 'headlines', 'content_elements'].some(
      (key) => r.get(document, '', key) !== undefined,
    )
  );
}

/** The Arc XP ANS adapter, for code that picks an adapter by detecting the format. */
export const ansAdapter: Adapter = {
  format: 'ans',
  name: 'Arc XP ANS',
  detect: isAnsStory,
  convert: fromAns,
};
