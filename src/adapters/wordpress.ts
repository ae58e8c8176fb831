/**
 * The WordPress adapter: reads a post of the WordPress REST API, as `/wp/v2/posts/<id>?_embed`
 * returns it, into a Lede Article. The author, the featured image and the categories and tags
 * are read from `_embedded`, so the post must be requested with `_embed`.
 * `docs/adapters/wordpress.md` lists where each field goes. Pure TypeScript without the DOM;
 * reading, HTML splitting and completing are `./shared/`'s.
 */
import type { Article, ImageObject, Person } from '../model/types.js';
import type { Problem } from '../model/validate.js';
import { defineAdapter } from './shared/complete.js';
import { htmlToBlocks } from './shared/html-blocks.js';
import { plainText } from './shared/plain-text.js';
import {
  type Located,
  compact,
  countField,
  drop,
  isObject,
  listField,
  objectField,
  pathOf,
  readDate,
  readField,
  readList,
  readText,
  textField,
  warn,
  nonEmpty,
} from './shared/read.js';

/** "[…]", which WordPress adds to an excerpt it cut from the post. */
const CUT_MARK = /\s*\[(?:…|\.\.\.)\]$/;
/** The category WordPress gives a post that has none; no section at all says it better. */
const NO_CATEGORY = 'uncategorized';
/** The sizes of a user's avatar, largest first. */
const AVATAR_SIZES = ['96', '48', '24'];
/** A date and time without a zone: the GMT fields are written so, and mean UTC. */
const WITHOUT_ZONE = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

/** The HTML of a `{ rendered }` field such as `title` or `content`. */
function rendered(source: unknown, key: string, path: string, w: Problem[]) {
  return textField(objectField(source, key, path, w), 'rendered', pathOf(path, key), w);
}

/** The same field as plain text: a title or excerpt is HTML with character references. */
function renderedText(source: unknown, key: string, w: Problem[]): string | undefined {
  const html = rendered(source, key, '', w);
  return (html && plainText(html)?.replace(CUT_MARK, '')) || undefined;
}

/** A date from its GMT field (UTC, though written without a zone), else from the site's local time. */
function postDate(post: object, gmtKey: string, localKey: string, w: Problem[]) {
  const gmt = textField(post, gmtKey, '', w);
  if (gmt) return readDate(WITHOUT_ZONE.test(gmt) ? `${gmt}Z` : gmt, gmtKey, w);
  return readDate(textField(post, localKey, '', w), localKey, w);
}

/** An embedded user. A user the site would not embed is an error object, without a name. */
function readAuthor({ value, path }: Located, w: Problem[]): Person | undefined {
  const name = plainText(textField(value, 'name', path, w));
  if (!name) return drop(w, path, 'author without a name (not public?)');
  const avatars = objectField(value, 'avatar_urls', path, w);
  const avatar = AVATAR_SIZES.map((size) => readText(readField(avatars, size))).find(Boolean);
  return compact({
    name,
    url: textField(value, 'link', path, w) ?? textField(value, 'url', path, w),
    image: avatar ? { url: avatar } : undefined,
  });
}

/** The embedded featured media, when it is an image the site lets everyone see. */
function readMedia({ value, path }: Located, w: Problem[]): ImageObject | undefined {
  const url = textField(value, 'source_url', path, w);
  if (!url) return drop(w, path, 'featured media without a URL (not public?)');
  const type = textField(value, 'media_type', path, w);
  if (type && type !== 'image') return drop(w, path, `featured media of type "${type}"`);
  const details = objectField(value, 'media_details', path, w);
  const caption = rendered(value, 'caption', path, w);
  return compact({
    url,
    alt: textField(value, 'alt_text', path, w),
    caption: plainText(caption),
    width: countField(details, 'width', pathOf(path, 'media_details'), w),
    height: countField(details, 'height', pathOf(path, 'media_details'), w),
  });
}

/** The embedded terms: `wp:term` holds a list of them for each taxonomy. */
function readTerms(embedded: object | undefined, w: Problem[]): Located[] {
  const groups = listField(embedded, 'wp:term', '_embedded', w);
  return groups.flatMap(({ value, path }) => readList(value, path, w));
}

/** The names of the terms of one taxonomy (`category`, `post_tag`), in order. */
function termNames(terms: Located[], taxonomy: string, w: Problem[]): string[] {
  const names = terms
    .filter(({ value }) => readField(value, 'taxonomy') === taxonomy)
    .filter(({ value }) => readField(value, 'slug') !== NO_CATEGORY)
    .flatMap(({ value, path }) => plainText(textField(value, 'name', path, w)) ?? []);
  return [...new Set(names)];
}

function readPost(post: unknown, w: Problem[]): Partial<Article> {
  if (!isObject(post)) {
    warn(w, '', 'expected a WordPress post object', 'nothing read');
    return {};
  }
  const embedded = objectField(post, '_embedded', '', w);
  if (!embedded) warn(w, '_embedded', 'missing', 'no author, image or terms (request ?_embed)');
  const content = objectField(post, 'content', '', w);
  if (readField(content, 'protected') === true) {
    warn(w, 'content.protected', 'the post is password-protected', 'its body is not read');
  }
  const html = textField(content, 'rendered', 'content', w);
  const authors = listField(embedded, 'author', '_embedded', w);
  const media = listField(embedded, 'wp:featuredmedia', '_embedded', w);
  const terms = readTerms(embedded, w);
  return {
    headline: renderedText(post, 'title', w),
    description: renderedText(post, 'excerpt', w),
    url: textField(post, 'link', '', w),
    datePublished: postDate(post, 'date_gmt', 'date', w),
    dateModified: postDate(post, 'modified_gmt', 'modified', w),
    author: nonEmpty(authors.flatMap((author) => readAuthor(author, w) ?? [])),
    image: nonEmpty(media.flatMap((item) => readMedia(item, w) ?? [])),
    articleSection: termNames(terms, 'category', w)[0],
    keywords: nonEmpty(termNames(terms, 'post_tag', w)),
    body: html === undefined ? undefined : htmlToBlocks(html),
  };
}

/** The WordPress REST API post adapter. */
export const wordPressAdapter = defineAdapter({
  format: 'wordpress',
  name: 'WordPress REST API post',
  read: readPost,
  headlinePath: 'title.rendered',
  /** A `title` and a `content` or `excerpt`, each an object with a `rendered` string. */
  detect: (document) =>
    typeof readField(readField(document, 'title'), 'rendered') === 'string' &&
    ['content', 'excerpt'].some(
      (key) => typeof readField(readField(document, key), 'rendered') === 'string',
    ),
});

/**
 * Converts a WordPress REST API post (`/wp/v2/posts/<id>?_embed`) into a Lede Article. Never
 * throws: whatever it is given, `article` passes `validateArticle`, and `warnings` name, by
 * their path in the post, the parts that were malformed or could not be read.
 */
export const fromWordPress = wordPressAdapter.convert;
