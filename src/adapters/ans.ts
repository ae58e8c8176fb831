/**
 * The Arc XP ANS adapter: reads an ANS `story` (the document shape of Arc XP's Content API)
 * into a Lede Article. `docs/adapters/ans.md` lists where each ANS field goes and which are
 * dropped on purpose. No DOM and no dependencies, so it runs in Node and browsers alike, and it
 * never throws, whatever it is given. Reading, warnings and completing are `./shared/`'s.
 */
import type {
  Article,
  Block,
  HeadingBlock,
  ImageObject,
  ListItem,
  Organization,
  Person,
  QuoteBlock,
  RelatedLink,
} from '../model/types.js';
import type { Problem } from '../model/validate.js';
import { defineAdapter } from './shared/complete.js';
import { plainText } from './shared/plain-text.js';
import {
  type Located,
  compact,
  countField,
  dateField,
  describe,
  field,
  isObject,
  listField,
  MAX_DEPTH,
  MAX_NODES,
  objectField,
  pathOf,
  readField,
  readString,
  textField,
  warn,
  drop,
  nonEmpty,
} from './shared/read.js';

/** An author `description` longer than this, or ending a sentence, is a biography, not a job title. */
const MAX_JOB_TITLE = 80;
const WEB_URL = /^https?:\/\//i;

/** A walk through nested content elements: its warnings, and how many more elements it may visit. */
interface Walk {
  warnings: Problem[];
  nodesLeft: number;
}

/** Text held as a string, or as an ANS text object (`content`) or description (`basic`). */
function richText(source: unknown, key: string, path: string, w: Problem[]): string | undefined {
  const value = field(source, key, path, w);
  const at = pathOf(path, key);
  if (!isObject(value)) return plainText(readString(value, at, w));
  return plainText(textField(value, 'content', at, w) ?? textField(value, 'basic', at, w));
}

/** The first of `keys` that holds text. */
function firstText(source: unknown, keys: string[], path: string, w: Problem[]) {
  for (const key of keys) {
    const text = textField(source, key, path, w);
    if (text) return text;
  }
  return undefined;
}

// --- images, people, links ---

/** The names of `credits.by` (and agencies in `credits.affiliation`) as one credit line. */
function creditLine(image: object, path: string, w: Problem[]): string | undefined {
  const creditsPath = pathOf(path, 'credits');
  const credits = objectField(image, 'credits', path, w);
  const names = ['by', 'affiliation'].flatMap((key) =>
    listField(credits, key, creditsPath, w).flatMap(
      (credit) => firstText(credit.value, ['name', 'byline'], credit.path, w) ?? [],
    ),
  );
  return names.join(', ') || undefined;
}

function readImage({ value, path }: Located, w: Problem[]): ImageObject | undefined {
  if (!isObject(value)) {
    return drop(w, path, `expected an image object, got ${describe(value)}`);
  }
  const url = textField(value, 'url', path, w);
  if (!url) {
    const unresolved = readField(value, 'type') === 'reference';
    return drop(w, path, unresolved ? 'unresolved image reference' : 'image without a URL');
  }
  return compact({
    url,
    alt: textField(value, 'alt_text', path, w),
    caption: plainText(textField(value, 'caption', path, w)),
    creditText: creditLine(value, path, w),
    width: countField(value, 'width', path, w),
    height: countField(value, 'height', path, w),
  });
}

/** An image field, when present. */
function imageField(source: object, key: string, path: string, w: Problem[]) {
  const value = field(source, key, path, w);
  return value === undefined ? undefined : readImage({ value, path: pathOf(path, key) }, w);
}

/** The image that promotes a story: `promo_items.basic`, or the promo image of a promo video or gallery. */
function promoImage(
  source: unknown,
  path: string,
  w: Problem[],
  depth = 0,
): ImageObject | undefined {
  const promoPath = pathOf(path, 'promo_items');
  const basicPath = pathOf(promoPath, 'basic');
  const basic = objectField(objectField(source, 'promo_items', path, w), 'basic', promoPath, w);
  if (!basic) return undefined;
  const type = readField(basic, 'type');
  if (type !== 'video' && type !== 'gallery')
    return readImage({ value: basic, path: basicPath }, w);
  if (readField(basic, 'promo_image') !== undefined) {
    return imageField(basic, 'promo_image', basicPath, w);
  }
  return depth < 1 ? promoImage(basic, basicPath, w, depth + 1) : undefined;
}

/** An author's role; a short `description` counts as one, a biography does not. */
function jobTitle(author: object, path: string, original: unknown, w: Problem[]) {
  const originalPath = pathOf(pathOf(path, 'additional_properties'), 'original');
  const description = plainText(textField(author, 'description', path, w));
  const title =
    description && description.length <= MAX_JOB_TITLE && !description.endsWith('.')
      ? description
      : undefined;
  return (
    textField(author, 'role', path, w) ?? textField(original, 'role', originalPath, w) ?? title
  );
}

function readAuthor({ value: author, path }: Located, w: Problem[]): Person | undefined {
  if (!isObject(author)) {
    return drop(w, path, `expected an author object, got ${describe(author)}`);
  }
  const extraPath = pathOf(path, 'additional_properties');
  const extra = objectField(author, 'additional_properties', path, w);
  const original = objectField(extra, 'original', extraPath, w);
  const name = plainText(
    firstText(author, ['name', 'byline'], path, w) ??
      textField(original, 'byline', pathOf(extraPath, 'original'), w),
  );
  if (!name) {
    const unresolved = readField(author, 'type') === 'reference';
    return drop(w, path, unresolved ? 'unresolved author reference' : 'author without a name');
  }
  const organization = firstText(author, ['affiliation', 'org'], path, w);
  return compact({
    name,
    jobTitle: jobTitle(author, path, original, w),
    affiliation: organization ? { name: organization } : undefined,
    url: textField(author, 'url', path, w),
    image: imageField(author, 'image', path, w),
  });
}

/** The agency a wire story came from: `distributor` when its category is "wires", else the older `source`. */
function readAgency(story: unknown, w: Problem[]): Organization | undefined {
  const distributor = objectField(story, 'distributor', '', w);
  const source = objectField(story, 'source', '', w);
  let name: string | undefined;
  if (distributor) {
    if (textField(distributor, 'category', 'distributor', w) === 'wires') {
      name = firstText(distributor, ['name', 'subcategory'], 'distributor', w);
    }
  } else if (textField(source, 'source_type', 'source', w) === 'wires') {
    name = textField(source, 'name', 'source', w);
  }
  return name ? { name } : undefined;
}

/** A link of a `link_list`, an `interstitial_link`, or a story of `related_content`. */
function readLink({ value: item, path }: Located, w: Problem[]): RelatedLink | undefined {
  if (!isObject(item)) {
    return drop(w, path, `expected a link object, got ${describe(item)}`);
  }
  const headlines = objectField(item, 'headlines', path, w);
  const headline =
    plainText(textField(item, 'content', path, w)) ??
    plainText(textField(headlines, 'basic', pathOf(path, 'headlines'), w));
  if (!headline) {
    return drop(w, path, 'link without a headline (an unresolved reference?)');
  }
  const image =
    readField(item, 'image') === undefined
      ? promoImage(item, path, w)
      : imageField(item, 'image', path, w);
  return compact({
    headline,
    url: firstText(item, ['url', 'canonical_url', 'website_url'], path, w),
    description: richText(item, 'description', path, w),
    image,
  });
}

// --- content elements ---

/** An element as a message names it: `the "table" element`, or what it is when it is no element. */
function elementName(element: unknown): string {
  const type = readField(element, 'type');
  return typeof type === 'string' ? `the ${JSON.stringify(type)} element` : describe(element);
}

/** The inline HTML of a text-like element, unless it holds no text at all (a stray `<br>`). */
function inlineHtml(element: object, path: string, w: Problem[]): string | undefined {
  const html = textField(element, 'content', path, w);
  return plainText(html) ? html : undefined;
}

function headingLevel(element: object, path: string, w: Problem[]): HeadingBlock['level'] {
  const level = field(element, 'level', path, w);
  if (level === undefined) return undefined;
  if (typeof level !== 'number' || !Number.isInteger(level)) {
    return drop(w, pathOf(path, 'level'), `expected a heading level, got ${describe(level)}`);
  }
  // Level 1 is the headline's, so a body heading starts at 2.
  return Math.min(6, Math.max(2, level)) as HeadingBlock['level'];
}

/** The lines of a `quote` element: its text elements, joined with line breaks. */
function quoteLines(element: object, path: string, w: Problem[]): string | undefined {
  const lines = listField(element, 'content_elements', path, w).flatMap((item) => {
    if (readField(item.value, 'type') !== 'text' || !isObject(item.value)) {
      warn(w, item.path, `${elementName(item.value)} in a quote is not text`);
      return [];
    }
    return inlineHtml(item.value, item.path, w) ?? [];
  });
  return lines.join('<br>') || undefined;
}

function readQuote(element: object, path: string, type: string, w: Problem[]) {
  const html = type === 'blockquote' ? inlineHtml(element, path, w) : quoteLines(element, path, w);
  if (!html) {
    return drop(w, path, 'quote without text');
  }
  const subtype = textField(element, 'subtype', path, w);
  const name = richText(element, 'citation', path, w);
  const variant =
    type === 'blockquote' || subtype === 'blockquote'
      ? 'block'
      : subtype === 'pullquote'
        ? 'pull'
        : undefined;
  return compact<QuoteBlock>({
    type: 'quote',
    html,
    variant,
    attribution: name ? { name } : undefined,
  });
}

/** List items; a nested list belongs to the item before it, as in HTML. */
function readListItems(list: object, path: string, walk: Walk, depth: number): ListItem[] {
  const w = walk.warnings;
  const items: ListItem[] = [];
  for (const { value: item, path: itemPath } of listField(list, 'items', path, w)) {
    const type = readField(item, 'type');
    if (type === 'list' && isObject(item) && depth < MAX_DEPTH) {
      const nested = readListItems(item, itemPath, walk, depth + 1);
      const previous = items.at(-1);
      if (previous) previous.items = [...(previous.items ?? []), ...nested];
      else items.push(...nested);
    } else if (type === 'text' && isObject(item)) {
      const html = inlineHtml(item, itemPath, w);
      if (html) items.push({ html });
    } else {
      const why = type === 'list' ? 'nested too deeply' : 'in a list is not text';
      warn(w, itemPath, `${elementName(item)} ${why}`);
    }
  }
  return items;
}

function readLinks(element: object, path: string, w: Problem[]): Block | undefined {
  const items = listField(element, 'items', path, w).flatMap((item) => readLink(item, w) ?? []);
  if (items.length === 0) return undefined;
  return compact<Block>({
    type: 'links',
    title: plainText(textField(element, 'title', path, w)),
    items,
  });
}

/** The web address an element stands for, when its referent's id is one (as oEmbed referents are). */
function referentUrl(element: object, path: string, w: Problem[]): string | undefined {
  const referent = objectField(element, 'referent', path, w);
  const id = textField(referent, 'id', pathOf(path, 'referent'), w);
  return id && WEB_URL.test(id) ? id : undefined;
}

/** A video as a link card: its canonical page, headline, description and promo image. */
function readVideo(element: object, path: string, url: string, w: Problem[]): Block {
  const headlines = objectField(element, 'headlines', path, w);
  return compact<Block>({
    type: 'embed',
    url,
    title: plainText(textField(headlines, 'basic', pathOf(path, 'headlines'), w)),
    description: richText(element, 'description', path, w),
    image:
      readField(element, 'promo_image') === undefined
        ? promoImage(element, path, w)
        : imageField(element, 'promo_image', path, w),
  });
}

/** Third-party media as a link card: an oEmbed response, a video, or a reference to a URL. */
function readEmbed(element: object, path: string, type: string, w: Problem[]) {
  const rawPath = pathOf(path, 'raw_oembed');
  const raw = type === 'oembed_response' ? objectField(element, 'raw_oembed', path, w) : undefined;
  const rawId = textField(raw, '_id', rawPath, w);
  const url =
    type === 'video'
      ? firstText(element, ['canonical_url', 'website_url'], path, w)
      : (referentUrl(element, path, w) ??
        (rawId && WEB_URL.test(rawId) ? rawId : textField(raw, 'url', rawPath, w)));
  if (!url) {
    return drop(w, path, type === 'reference' ? 'unresolved reference' : `${type} without a URL`);
  }
  if (type === 'video') return readVideo(element, path, url, w);
  const thumbnail = textField(raw, 'thumbnail_url', rawPath, w);
  return compact<Block>({
    type: 'embed',
    url,
    title: plainText(textField(raw, 'title', rawPath, w)),
    provider: textField(raw, 'provider_name', rawPath, w) ?? textField(element, 'subtype', path, w),
    image: thumbnail
      ? compact({
          url: thumbnail,
          width: countField(raw, 'thumbnail_width', rawPath, w),
          height: countField(raw, 'thumbnail_height', rawPath, w),
        })
      : undefined,
  });
}

/** Reads one content element of a known type into a block; undefined when it has none. */
function readBlock(
  element: object,
  path: string,
  type: string,
  walk: Walk,
  depth: number,
): Block | undefined {
  const w = walk.warnings;
  switch (type) {
    case 'text': {
      const html = inlineHtml(element, path, w);
      return html ? { type: 'paragraph', html } : undefined;
    }
    case 'header': {
      const html = inlineHtml(element, path, w);
      const level = html ? headingLevel(element, path, w) : undefined;
      return html ? compact<Block>({ type: 'heading', html, level }) : undefined;
    }
    case 'quote':
    case 'blockquote':
      return readQuote(element, path, type, w);
    case 'list': {
      const items = readListItems(element, path, walk, depth);
      const listType = textField(element, 'list_type', path, w);
      const ordered = listType === 'ordered' ? true : listType === 'unordered' ? false : undefined;
      return items.length ? compact<Block>({ type: 'list', ordered, items }) : undefined;
    }
    case 'link_list':
      return readLinks(element, path, w);
    case 'interstitial_link': {
      const link = readLink({ value: element, path }, w);
      return link ? { type: 'links', items: [link] } : undefined;
    }
    case 'image': {
      const image = readImage({ value: element, path }, w);
      return image ? { type: 'image', ...image } : undefined;
    }
    default:
      return readEmbed(element, path, type, w);
  }
}

/** Element types read into one block each. */
const BLOCK_TYPES = new Set([
  'text',
  'header',
  'quote',
  'blockquote',
  'list',
  'link_list',
  'interstitial_link',
  'image',
  'oembed_response',
  'video',
  'reference',
]);

/** One content element as Article blocks: none when dropped, several for a group or gallery. */
function readElement({ value: element, path }: Located, walk: Walk, depth: number): Block[] {
  const w = walk.warnings;
  if (!isObject(element)) {
    warn(w, path, `expected a content element, got ${describe(element)}`);
    return [];
  }
  const type = field(element, 'type', path, w);
  if (typeof type !== 'string') {
    warn(w, pathOf(path, 'type'), `expected an element type, got ${describe(type)}`);
    return [];
  }
  if (type === 'element_group' || type === 'gallery') {
    if (depth < MAX_DEPTH) return readBlocks(element, path, walk, depth + 1);
    warn(w, path, 'nested too deeply');
    return [];
  }
  // A divider is decorative: the renderer spaces blocks on its own.
  if (type === 'divider') return [];
  if (!BLOCK_TYPES.has(type)) {
    warn(w, pathOf(path, 'type'), `unknown element type ${JSON.stringify(type)}`);
    return [];
  }
  const block = readBlock(element, path, type, walk, depth);
  const id = textField(element, '_id', path, w);
  return block ? [id ? { ...block, id } : block] : [];
}

function readBlocks(source: unknown, path: string, walk: Walk, depth: number): Block[] {
  const blocks: Block[] = [];
  for (const element of listField(source, 'content_elements', path, walk.warnings)) {
    if (--walk.nodesLeft < 0) {
      if (walk.nodesLeft === -1) {
        warn(walk.warnings, element.path, `more than ${MAX_NODES} elements`, 'the rest dropped');
      }
      break;
    }
    blocks.push(...readElement(element, walk, depth));
  }
  return blocks;
}

// --- the story ---

/** The first date among `keys` that the Article can hold; a malformed one is noted and skipped. */
function firstDate(story: unknown, keys: string[], w: Problem[]): string | undefined {
  for (const key of keys) {
    const date = dateField(story, key, '', w);
    if (date) return date;
  }
  return undefined;
}

function readSection(taxonomy: unknown, w: Problem[]): string | undefined {
  const primary = objectField(taxonomy, 'primary_section', 'taxonomy', w);
  const name = textField(primary, 'name', 'taxonomy.primary_section', w);
  if (name) return name;
  const [first] = listField(taxonomy, 'sections', 'taxonomy', w);
  return first ? textField(first.value, 'name', first.path, w) : undefined;
}

function readKeywords(taxonomy: unknown, w: Problem[]): string[] | undefined {
  const seo = listField(taxonomy, 'seo_keywords', 'taxonomy', w).map(({ value, path }) =>
    readString(value, path, w),
  );
  const tags = listField(taxonomy, 'tags', 'taxonomy', w).map(({ value, path }) =>
    textField(value, 'text', path, w),
  );
  const keywords = [...new Set([...seo, ...tags])].filter((keyword) => keyword !== undefined);
  return nonEmpty(keywords);
}

function readStory(story: unknown, warnings: Problem[]): Partial<Article> {
  const w = warnings;
  if (!isObject(story)) {
    warn(w, '', `expected an ANS story object, got ${describe(story)}`, 'nothing read');
  } else if (readField(story, 'type') !== 'story') {
    const type = readField(story, 'type');
    warn(w, 'type', `expected "story", got ${describe(type)}`, 'read as a story');
  }
  const headlines = objectField(story, 'headlines', '', w);
  const taxonomy = objectField(story, 'taxonomy', '', w);
  const body = readBlocks(story, '', { warnings: w, nodesLeft: MAX_NODES }, 0);
  const related = objectField(story, 'related_content', '', w);
  const promo = promoImage(story, '', w);
  const headline = plainText(firstText(headlines, ['basic', 'web', 'meta_title'], 'headlines', w));
  const subheadlines = objectField(story, 'subheadlines', '', w);
  const credits = objectField(story, 'credits', '', w);
  const author = listField(credits, 'by', 'credits', w).flatMap((by) => readAuthor(by, w) ?? []);
  const keywords = readKeywords(taxonomy, w);
  const links = listField(related, 'basic', 'related_content', w);
  return {
    headline,
    description:
      plainText(textField(subheadlines, 'basic', 'subheadlines', w)) ??
      richText(story, 'description', '', w),
    url: firstText(story, ['canonical_url', 'website_url'], '', w),
    dateline: textField(story, 'location', '', w),
    datePublished: firstDate(story, ['display_date', 'first_publish_date', 'publish_date'], w),
    dateModified: firstDate(story, ['last_updated_date'], w),
    author: nonEmpty(author),
    sourceOrganization: readAgency(story, w),
    image: promo ? [promo] : undefined,
    inLanguage: textField(story, 'language', '', w),
    articleSection: readSection(taxonomy, w),
    keywords,
    body,
    related: nonEmpty(links.flatMap((link) => readLink(link, w) ?? [])),
  };
}

/** The Arc XP ANS adapter. */
export const ansAdapter = defineAdapter({
  format: 'ans',
  name: 'Arc XP ANS',
  read: readStory,
  headlinePath: 'headlines.basic',
  /** `type` "story" with a `version`, `headlines` or `content_elements`. */
  detect: (document) =>
    readField(document, 'type') === 'story' &&
    ['version', 'headlines', 'content_elements'].some(
      (key) => readField(document, key) !== undefined,
    ),
});

/**
 * Converts an Arc XP ANS `story` into a Lede Article. Never throws: whatever it is given, the
 * `article` passes `validateArticle`, and `warnings` name, by their path in the ANS document,
 * the parts that were malformed or that a reader will miss (raw HTML, tables, custom embeds).
 */
export const fromAns = ansAdapter.convert;
