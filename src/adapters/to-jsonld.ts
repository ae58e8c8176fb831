/**
 * Article → schema.org NewsArticle JSON-LD, so that a page rendered by Lede can give search
 * engines the same facts it shows readers. The output carries what Google's Article structured
 * data reads (headline, image, datePublished, dateModified, author with name and url) and the
 * rest of what schema.org has a place for.
 */
import { inlineText, parseInlineHtml } from '../model/inline-html.js';
import { safeUrl } from '../model/safe-url.js';
import type {
  Article,
  Block,
  ImageObject,
  InlineContent,
  Organization,
  Person,
} from '../model/types.js';
import { validateArticle } from '../model/validate.js';

type JsonLd = Record<string, unknown>;

/** The object without its undefined fields and empty arrays, so the JSON holds only facts. */
function defined(fields: JsonLd): JsonLd {
  return Object.fromEntries(
    Object.entries(fields).filter(
      ([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0),
    ),
  );
}

function plainText({ text, html }: InlineContent): string {
  return (html === undefined ? (text ?? '') : inlineText(parseInlineHtml(html))).trim();
}

function imageObject(image: ImageObject | undefined): JsonLd | undefined {
  const url = safeUrl(image?.url);
  if (!image || !url) return undefined;
  const { caption, creditText, width, height } = image;
  return defined({ '@type': 'ImageObject', url, caption, creditText, width, height });
}

function organization(organization: Organization | undefined): JsonLd | undefined {
  if (!organization) return undefined;
  const { name, alternateName, url, logo } = organization;
  return defined({
    '@type': 'Organization',
    name,
    alternateName,
    url: safeUrl(url),
    logo: imageObject(logo),
  });
}

function person(person: Person | undefined): JsonLd | undefined {
  if (!person) return undefined;
  const { name, jobTitle, url, affiliation, image } = person;
  // A person's page may be an e-mail address, an organization's may not.
  const page = safeUrl(url, { allowMailto: true });
  return defined({
    '@type': 'Person',
    name,
    jobTitle,
    url: page,
    affiliation: organization(affiliation),
    image: imageObject(image),
  });
}

/** Paragraphs and headings as plain text, one per paragraph of the articleBody. */
function articleBody(body: Block[]): string | undefined {
  const texts = body
    .map((block) =>
      block.type === 'paragraph' || block.type === 'heading' ? plainText(block) : '',
    )
    .filter(Boolean);
  return texts.length ? texts.join('\n\n') : undefined;
}

function quotations(body: Block[]): JsonLd[] {
  return body.flatMap((block) =>
    block.type === 'quote'
      ? [
          defined({
            '@type': 'Quotation',
            text: plainText(block),
            spokenByCharacter: person(block.attribution),
            citation: safeUrl(block.cite),
          }),
        ]
      : [],
  );
}

/** The people and organizations the story's people blocks name, each once. */
function mentions(body: Block[]): JsonLd[] {
  const named = body.flatMap((block) =>
    block.type === 'people'
      ? [organization(block.organization), ...block.items.map(person), person(block.host)]
      : [],
  );
  const unique = new Map<string, JsonLd>();
  for (const thing of named) if (thing) unique.set(JSON.stringify(thing), thing);
  return [...unique.values()];
}

/**
 * The article's valid fields: a typed Article may still come from untyped code, and a field
 * that does not hold what its type says is left out rather than written wrong.
 */
function validFields(article: Article): Article {
  const checked = validateArticle(article);
  if (checked.ok) return checked.value;
  const refused = new Set(checked.errors.map(({ path }) => path.split(/[.[]/)[0] ?? ''));
  let kept: [string, unknown][] = [];
  try {
    kept = Object.entries(article).filter(([key]) => !refused.has(key));
  } catch {
    // Not an object at all (null, a revoked Proxy): nothing of it can be kept.
  }
  const retry = validateArticle({ headline: 'Untitled', ...Object.fromEntries(kept) });
  return retry.ok ? retry.value : { headline: 'Untitled' };
}

/**
 * Converts an Article to schema.org NewsArticle JSON-LD (`@context` https://schema.org), ready
 * for `JSON.stringify` into a `<script type="application/ld+json">`. URLs that Lede's URL policy
 * refuses are left out. Blocks with no schema.org counterpart (stats, lists, links, images and
 * embeds in the body) are not carried; quotes become `hasPart` Quotations, and the people and
 * organizations of people blocks become `mentions`.
 */
export function toJsonLd(article: Article): Record<string, unknown> {
  const source = validFields(article);
  const body = source.body ?? [];
  const url = safeUrl(source.url);
  return defined({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: source.headline,
    alternativeHeadline: source.alternativeHeadline,
    description: source.description,
    url,
    mainEntityOfPage: url && { '@type': 'WebPage', '@id': url },
    dateline: source.dateline,
    datePublished: source.datePublished,
    dateModified: source.dateModified,
    author: source.author?.map(person),
    publisher: organization(source.publisher),
    sourceOrganization: organization(source.sourceOrganization),
    image: source.image?.map(imageObject).filter(Boolean),
    inLanguage: source.inLanguage,
    articleSection: source.articleSection,
    keywords: source.keywords,
    articleBody: articleBody(body),
    hasPart: quotations(body),
    mentions: mentions(body),
  });
}
