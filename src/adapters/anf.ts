/**
 * The Apple News Format adapter: reads an ANF article document into a Lede Article. Pure
 * TypeScript without the DOM. Components are read in document order, nested ones flattened;
 * `docs/adapters/anf.md` lists where each role and field goes and which are dropped on purpose.
 */
import { escapeHtml } from '../model/escape-html.js';
import type {
  Article,
  Block,
  EmbedBlock,
  HeadingBlock,
  ImageObject,
  Person,
  QuoteBlock,
} from '../model/types.js';
import type { Problem } from '../model/validate.js';
import { bylinePeople } from './shared/byline.js';
import { defineAdapter } from './shared/complete.js';
import { htmlToBlocks, inlineContent, plainTextBlocks, type Inline } from './shared/html-blocks.js';
import { plainText } from './shared/plain-text.js';
import {
  dateField,
  isArray,
  isObject,
  describe,
  MAX_BLOCKS,
  MAX_DEPTH,
  MAX_NODES,
  pathOf,
  readField,
  readList,
  readText,
  readTexts,
  textField,
  warn,
  drop,
  nonEmpty,
} from './shared/read.js';

/** Roles that only group other components, which are read in their place. */
const CONTAINER_ROLES = new Set(['container', 'section', 'chapter', 'header', 'aside']);
/** Roles with nothing for a reader of the story: rules and advertising slots. */
const SILENT_ROLES = new Set([
  'divider',
  'banner_advertisement',
  'medium_rectangle_advertisement',
  'replica_advertisement',
  'advertisement',
]);
/** Roles Lede has no block for; dropped with a warning, since a reader would miss them. */
const UNSUPPORTED_ROLES = new Set(['map', 'place', 'htmltable', 'arkit', 'article_link']);
const IMAGE_ROLES = new Set(['photo', 'image', 'figure', 'portrait', 'logo']);
const GALLERY_ROLES = new Set(['gallery', 'mosaic']);
/** Roles that point at third-party or media content, with the provider named where it is one. */
const EMBED_PROVIDERS = new Map<string, string | undefined>([
  ['embedwebvideo', undefined],
  ['embedvideo', undefined],
  ['video', undefined],
  ['audio', undefined],
  ['music', undefined],
  ['link_button', undefined],
  ['tweet', 'Twitter'],
  ['instagram', 'Instagram'],
  ['facebook_post', 'Facebook'],
  ['tiktok', 'TikTok'],
]);
/** Text roles read as body text, besides the ones with a meaning of their own. */
const BODY_TEXT_ROLES = new Set(['body', 'text', 'photographer', 'illustrator']);
/** Every text role ANF defines, headings apart. */
const TEXT_ROLES = new Set([
  ...BODY_TEXT_ROLES,
  'title',
  'intro',
  'byline',
  'author',
  'caption',
  'quote',
  'pullquote',
]);
const HEADING_ROLE = /^heading([1-6]?)$/;
/** A credit written at the end of a caption: "… Tower.   PHOTO: L. ELLIS". */
const CAPTION_CREDIT = /\b(?:photo(?:graph)?|picture|image|credit|foto)s?\s*:/i;
/** A line that attributes the pull quote before it: "— Jane Doe, Mayor". */
const ATTRIBUTION_DASH = /^\s*[—–―-]+\s*/;
/** A line of a Markdown list. */
const MARKDOWN_LIST_ITEM = /^(?:[-*+]|\d+[.)])\s+/;
const MARKDOWN_HEADING = /^(#{1,6})\s+(.*)$/;
/** Stands for a link while the rest of a Markdown line is formatted (a private-use character). */
const LINK_MARK = '\uE000';

interface Entry {
  component: object;
  path: string;
}

/** What reading the components builds up. */
interface Walk {
  article: Partial<Article>;
  blocks: Block[];
  warnings: Problem[];
  /** The lead image: metadata.thumbnailURL, else the header's fill image. */
  lead: ImageObject | undefined;
  /** People named by `author` components and by `byline` components, in that order of trust. */
  componentAuthors: Person[];
  bylineAuthors: Person[];
  /** What the previous component added, which the next may complete. */
  previousImage: ImageObject | undefined;
  previousPullQuote: QuoteBlock | undefined;
}

/**
 * Lists components in reading order, containers before what they hold. Returns false, having
 * warned once, when the list is full.
 */
function flattenComponents(
  value: unknown,
  path: string,
  warnings: Problem[],
  entries: Entry[],
  ancestors: Set<object>,
): boolean {
  for (const { value: component, path: componentPath } of readList(value, path, warnings)) {
    if (entries.length >= MAX_NODES) {
      warn(warnings, componentPath, `more than ${MAX_NODES} components`, 'the rest dropped');
      return false;
    }
    if (!isObject(component)) {
      warn(warnings, componentPath, `expected a component object, got ${describe(component)}`);
      continue;
    }
    if (ancestors.has(component)) {
      warn(warnings, componentPath, 'contains itself');
      continue;
    }
    entries.push({ component, path: componentPath });
    const nested = readField(component, 'components');
    // A link to another Apple News article shows that article's title and picture: not this story.
    if (nested === undefined || readField(component, 'role') === 'article_link') continue;
    const nestedPath = pathOf(componentPath, 'components');
    if (ancestors.size >= MAX_DEPTH) {
      warn(warnings, nestedPath, `nested too deeply (over ${MAX_DEPTH} levels)`);
      continue;
    }
    ancestors.add(component);
    const complete = flattenComponents(nested, nestedPath, warnings, entries, ancestors);
    ancestors.delete(component);
    if (!complete) return false;
  }
  return true;
}

/**
 * Markdown emphasis in already escaped text. Each run excludes its own marker, so that no input
 * makes the patterns scan a line again and again.
 */
function markdownEmphasis(html: string): string {
  return html
    .replace(/\*\*([^*]+)\*\*|__([^_]+)__/g, '<strong>$1$2</strong>')
    .replace(/\*([^*]+)\*|(?<!\w)_([^_]+)_(?!\w)/g, '<em>$1$2</em>');
}

/** One line of ANF's Markdown subset as inline HTML: links, strong and emphasis. */
function markdownInline(markdown: string): string {
  const links: string[] = [];
  // Links are set aside first, so that no emphasis can land inside an href.
  const text = escapeHtml(markdown.replaceAll(LINK_MARK, '')).replace(
    /\[([^[\]]+)\]\(([^()\s]+)\)/g,
    (_, label: string, url: string) =>
      `${LINK_MARK}${links.push(`<a href="${url}">${markdownEmphasis(label)}</a>`) - 1}${LINK_MARK}`,
  );
  return markdownEmphasis(text).replace(
    new RegExp(`${LINK_MARK}(\\d+)${LINK_MARK}`, 'g'),
    (_, index: string) => links[Number(index)] ?? '',
  );
}

/** A heading's text without the optional closing `#`s ("## Costs ##"), read from the end. */
function withoutClosingHashes(text: string): string {
  let end = text.length;
  while (end > 0 && text.charAt(end - 1) === '#') end--;
  return end < text.length && /\s/.test(text.charAt(end - 1)) ? text.slice(0, end) : text;
}

/** ANF's Markdown subset: paragraphs at blank lines, `#` headings, lists, inline emphasis and links. */
function markdownBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let lines: string[] = [];
  const flush = () => {
    const isList = lines.length > 0 && lines.every((line) => MARKDOWN_LIST_ITEM.test(line));
    if (isList) {
      const items = lines.flatMap(
        (line) => inlineContent(markdownInline(line.replace(MARKDOWN_LIST_ITEM, ''))) ?? [],
      );
      const ordered = /^\d/.test(lines[0] ?? '') || undefined;
      if (items.length) blocks.push({ type: 'list', ordered, items });
    } else {
      const content = inlineContent(markdownInline(lines.join(' ')));
      if (content) blocks.push({ type: 'paragraph', ...content });
    }
    lines = [];
  };
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = MARKDOWN_HEADING.exec(line.trim());
    const content =
      heading?.[2] === undefined
        ? undefined
        : inlineContent(markdownInline(withoutClosingHashes(heading[2])));
    if (heading?.[1] && content) {
      flush();
      const level = Math.max(2, heading[1].length) as NonNullable<HeadingBlock['level']>;
      blocks.push({ type: 'heading', level, ...content });
    } else if (line.trim()) lines.push(line.trim());
    else flush();
  }
  flush();
  return blocks;
}

/** Plain text with its `link` additions as escaped HTML; undefined when it has none. */
function linkAdditions(
  text: string,
  additions: unknown,
  path: string,
  warnings: Problem[],
): string | undefined {
  const links = readList(additions, path, warnings)
    .flatMap(({ value, path: linkPath }) => {
      if (readField(value, 'type') !== 'link') return [];
      const url = readField(value, 'URL');
      const start = readField(value, 'rangeStart');
      const length = readField(value, 'rangeLength');
      if (
        typeof url !== 'string' ||
        typeof start !== 'number' ||
        typeof length !== 'number' ||
        !Number.isInteger(start) ||
        !Number.isInteger(length) ||
        start < 0 ||
        length <= 0 ||
        start + length > text.length
      ) {
        warn(warnings, linkPath, 'a link without a URL or outside the text');
        return [];
      }
      return [{ start, end: start + length, url }];
    })
    .sort((a, b) => a.start - b.start);
  if (!links.length) return undefined;
  let html = '';
  let position = 0;
  for (const { start, end, url } of links) {
    if (start < position) continue; // Overlapping ranges: the first link wins.
    html += `${escapeHtml(text.slice(position, start))}<a href="${escapeHtml(url)}">`;
    html += `${escapeHtml(text.slice(start, end))}</a>`;
    position = end;
  }
  return html + escapeHtml(text.slice(position));
}

/** A text component's text as blocks, by its `format`; undefined when it has no text. */
function componentBlocks(
  component: object,
  path: string,
  warnings: Problem[],
): Block[] | undefined {
  const text = readField(component, 'text');
  if (text === undefined) return undefined;
  if (typeof text !== 'string') {
    return drop(warnings, pathOf(path, 'text'), `expected a string, got ${describe(text)}`);
  }
  const format = readText(readField(component, 'format'))?.toLowerCase();
  if (format === 'html') return htmlToBlocks(text);
  if (format === 'markdown') return markdownBlocks(text);
  const additions = readField(component, 'additions');
  const linked = linkAdditions(text, additions, pathOf(path, 'additions'), warnings);
  return linked === undefined ? plainTextBlocks(text) : plainTextBlocks(linked, true);
}

/** Blocks that hold one run of text (headings, quotes) take all the text as one, lines apart. */
function mergeInline(blocks: Block[]): Inline | undefined {
  const parts = blocks.flatMap((block) =>
    block.type === 'paragraph' || block.type === 'heading' || block.type === 'quote' ? [block] : [],
  );
  const [first] = parts;
  if (parts.length === 1 && first?.text !== undefined) return { text: first.text };
  if (!first) return undefined;
  return { html: parts.map((part) => part.html ?? escapeHtml(part.text ?? '')).join('<br>') };
}

function inlinePlainText(content: Inline): string | undefined {
  return 'text' in content ? content.text : plainText(content.html);
}

/** A caption as a string or a caption descriptor (`{text, format}`), as plain text. */
function captionText(value: unknown): string | undefined {
  if (!isObject(value)) return readText(value);
  const text = readText(readField(value, 'text'));
  return text && readField(value, 'format') === 'html' ? plainText(text) : text;
}

/** A caption with its trailing credit ("PHOTO: L. ELLIS") taken out as the credit. */
function captionAndCredit(caption: string | undefined): Partial<ImageObject> {
  const credit = caption === undefined ? null : CAPTION_CREDIT.exec(caption);
  if (!caption || !credit) return { caption };
  return {
    caption: caption.slice(0, credit.index).trim() || undefined,
    creditText: caption.slice(credit.index).trim(),
  };
}

function imageFrom(item: unknown, path: string, warnings: Problem[]): ImageObject | undefined {
  const url = readField(item, 'URL');
  if (typeof url !== 'string' || !url.trim()) {
    const problem = url === undefined ? 'missing' : `expected a string, got ${describe(url)}`;
    warn(warnings, pathOf(path, 'URL'), problem, 'image dropped');
    return undefined;
  }
  // The model's URL allow-list would drop it anyway; saying so here gives the source path.
  if (/^bundle:/i.test(url.trim())) {
    const problem = 'names a file of the article bundle, which browsers cannot load';
    warn(warnings, pathOf(path, 'URL'), problem, 'image dropped');
    return undefined;
  }
  return {
    url,
    alt: readText(readField(item, 'accessibilityCaption')),
    ...captionAndCredit(captionText(readField(item, 'caption'))),
  };
}

function addImage(walk: Walk, item: unknown, path: string): void {
  const image = imageFrom(item, path, walk.warnings);
  if (!image) return;
  walk.blocks.push({ type: 'image', ...image });
  walk.previousImage = image;
}

/** A container's fill image: the lead image when it opens the story, else decoration. */
function readFillImage(walk: Walk, component: object): void {
  const fill = readField(readField(component, 'style'), 'fill');
  const url = readField(fill, 'type') === 'image' ? readText(readField(fill, 'URL')) : undefined;
  if (!url) return;
  if (!walk.lead && !walk.blocks.length) walk.lead = { url };
  if (walk.lead?.url === url) walk.previousImage = walk.lead;
}

function addEmbed(walk: Walk, component: object, role: string, path: string): void {
  const url = readText(readField(component, 'URL'));
  if (!url) {
    warn(walk.warnings, pathOf(path, 'URL'), 'missing', `"${role}" component dropped`);
    return;
  }
  const still =
    readText(readField(component, 'stillURL')) ?? readText(readField(component, 'imageURL'));
  const embed: EmbedBlock = {
    type: 'embed',
    url,
    title: readText(readField(component, 'text')) ?? captionText(readField(component, 'caption')),
    provider: EMBED_PROVIDERS.get(role),
    image: still ? { url: still } : undefined,
  };
  walk.blocks.push(embed);
}

/** "— Jane Doe, Mayor of Springfield" as a person with a job title. */
function attributionPerson(text: string): Person | undefined {
  const line = text
    .replace(ATTRIBUTION_DASH, '')
    .replace(/^by\s+/i, '')
    .trim();
  const comma = line.indexOf(',');
  const name = (comma < 0 ? line : line.slice(0, comma)).trim();
  const jobTitle = comma < 0 ? undefined : line.slice(comma + 1).trim() || undefined;
  return name ? { name, jobTitle } : undefined;
}

/** Text styled as a pull quote, as ANF articles often do with a body component. */
function isPullQuoteStyled(component: object): boolean {
  return ['layout', 'textStyle'].some((key) => {
    const name = readField(component, key);
    return typeof name === 'string' && /pull-?quote/i.test(name);
  });
}

function headingLevel(role: string): NonNullable<HeadingBlock['level']> {
  const level = Number(HEADING_ROLE.exec(role)?.[1]) || 2;
  return Math.max(2, level) as NonNullable<HeadingBlock['level']>;
}

/**
 * Reads a component with text, by its role. `pullQuote` is the pull quote the previous
 * component added, which an `author` component (or a dash line styled alike) attributes.
 */
function readTextComponent(
  walk: Walk,
  { component, path }: Entry,
  role: string,
  pullQuote: QuoteBlock | undefined,
): void {
  const { article, blocks, warnings } = walk;
  const textBlocks = componentBlocks(component, path, warnings) ?? [];
  const content = mergeInline(textBlocks);
  const text = content && inlinePlainText(content);
  const isPullQuote = role === 'pullquote' || (role !== 'quote' && isPullQuoteStyled(component));
  if (!content || !text) {
    // Nothing to read as one run of text (a list, say): kept as it is, whatever the role.
    blocks.push(...textBlocks);
  } else if (role === 'title') {
    if (!article.headline) article.headline = text;
    else if (!article.alternativeHeadline && text !== article.headline) {
      article.alternativeHeadline = text;
    }
  } else if (role === 'intro' && !article.description) {
    article.description = text;
  } else if (role === 'byline') {
    walk.bylineAuthors.push(...bylinePeople(text));
  } else if (pullQuote && (role === 'author' || (isPullQuote && ATTRIBUTION_DASH.test(text)))) {
    pullQuote.attribution = attributionPerson(text);
  } else if (role === 'author') {
    walk.componentAuthors.push(...bylinePeople(text));
  } else if (HEADING_ROLE.test(role)) {
    blocks.push({ type: 'heading', level: headingLevel(role), ...content });
  } else if (isPullQuote || role === 'quote') {
    const quote: QuoteBlock = {
      type: 'quote',
      variant: isPullQuote ? 'pull' : 'block',
      ...content,
    };
    blocks.push(quote);
    if (isPullQuote) walk.previousPullQuote = quote;
  } else if (role === 'caption' && walk.previousImage && !walk.previousImage.caption) {
    Object.assign(walk.previousImage, captionAndCredit(text));
  } else {
    if (!TEXT_ROLES.has(role)) {
      warn(
        warnings,
        pathOf(path, 'role'),
        `unknown role "${role}"`,
        'its text is kept as paragraphs',
      );
    }
    blocks.push(...textBlocks);
  }
}

function readComponent(walk: Walk, entry: Entry): void {
  const { component, path } = entry;
  const role = readField(component, 'role');
  const { previousImage, previousPullQuote } = walk;
  walk.previousImage = walk.previousPullQuote = undefined;
  if (typeof role !== 'string') {
    const problem = role === undefined ? 'missing' : `expected a string, got ${describe(role)}`;
    warn(walk.warnings, pathOf(path, 'role'), problem, 'component dropped');
    return;
  }
  const name = role.toLowerCase();
  if (CONTAINER_ROLES.has(name)) readFillImage(walk, component);
  else if (SILENT_ROLES.has(name)) return;
  else if (UNSUPPORTED_ROLES.has(name)) {
    warn(walk.warnings, pathOf(path, 'role'), `"${role}" components cannot be shown`);
  } else if (IMAGE_ROLES.has(name)) addImage(walk, component, path);
  else if (GALLERY_ROLES.has(name)) {
    const itemsPath = pathOf(path, 'items');
    for (const item of readList(readField(component, 'items'), itemsPath, walk.warnings)) {
      addImage(walk, item.value, item.path);
    }
  } else if (EMBED_PROVIDERS.has(name)) addEmbed(walk, component, name, path);
  else if (readField(component, 'text') !== undefined) {
    // A caption completes the image just before it, and only that one.
    walk.previousImage = name === 'caption' ? previousImage : undefined;
    readTextComponent(walk, entry, name, previousPullQuote);
    if (name === 'caption') walk.previousImage = undefined;
  } else if (TEXT_ROLES.has(name) || HEADING_ROLE.test(name)) {
    warn(walk.warnings, pathOf(path, 'text'), 'missing', 'component dropped');
  } else if (readField(component, 'components') === undefined) {
    warn(walk.warnings, pathOf(path, 'role'), `unknown role "${role}" without text`);
  }
}

function readAnf(document: unknown, warnings: Problem[]): Partial<Article> {
  if (!isObject(document)) {
    warn(
      warnings,
      '',
      `expected an Apple News Format document (an object), got ${describe(document)}`,
      'nothing read',
    );
    return {};
  }
  const metadata = readField(document, 'metadata');
  const list = (key: string) => readList(readField(metadata, key), `metadata.${key}`, warnings);
  const thumbnail = textField(metadata, 'thumbnailURL', 'metadata', warnings);
  const walk: Walk = {
    article: {
      headline: textField(document, 'title', '', warnings),
      alternativeHeadline: textField(document, 'subtitle', '', warnings),
      description: textField(metadata, 'excerpt', 'metadata', warnings),
      url: textField(metadata, 'canonicalURL', 'metadata', warnings),
      datePublished: dateField(metadata, 'datePublished', 'metadata', warnings),
      dateModified: dateField(metadata, 'dateModified', 'metadata', warnings),
      inLanguage: textField(document, 'language', '', warnings),
    },
    blocks: [],
    warnings,
    lead: thumbnail ? { url: thumbnail } : undefined,
    componentAuthors: [],
    bylineAuthors: [],
    previousImage: undefined,
    previousPullQuote: undefined,
  };
  const entries: Entry[] = [];
  flattenComponents(readField(document, 'components'), 'components', warnings, entries, new Set());
  for (const entry of entries) {
    if (walk.blocks.length > MAX_BLOCKS) break;
    readComponent(walk, entry);
  }
  const authors = readTexts(list('authors')).map((name) => ({ name }));
  const keywords = readTexts(list('keywords'));
  const author = [authors, walk.componentAuthors, walk.bylineAuthors].find(
    (people) => people.length,
  );
  return {
    ...walk.article,
    author,
    image: walk.lead ? [walk.lead] : undefined,
    keywords: nonEmpty(keywords),
    body: walk.blocks,
  };
}

/** The Apple News Format adapter. */
export const anfAdapter = defineAdapter({
  format: 'anf',
  name: 'Apple News Format',
  read: readAnf,
  headlinePath: 'title',
  /** A `version`, a `components` array and one of `identifier`, `title`, `layout`. */
  detect(document) {
    return (
      typeof readField(document, 'version') === 'string' &&
      isArray(readField(document, 'components')) &&
      ['identifier', 'title', 'layout'].some((key) => readField(document, key) !== undefined)
    );
  },
});

/**
 * Converts an Apple News Format article document into a Lede Article. Never throws: whatever it
 * is given, `article` passes `validateArticle`, and `warnings` name, by their path in the
 * source, the parts that were malformed or could not be represented.
 */
export const fromAnf = anfAdapter.convert;
