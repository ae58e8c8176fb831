/**
 * The reading rules of the Article model, stated apart from the reader that follows them
 * (`check.ts`, whose findings the full validator, `validate.ts`, puts into words): the limits,
 * the allowed values, and the grammar of the model's shapes, which decide what is kept,
 * dropped or refused. The reader supplies its checks of single values and how it reads objects
 * and lists; the grammar composes them into the checks of whole objects.
 */
import type { BlockType, HeadingBlock, QuoteBlock, StatQualifier } from './types.js';

/** Deeper nesting is refused: no real story needs it, and it keeps the recursion shallow. */
export const MAX_DEPTH = 32;
/** Most values read in one run; shared references could otherwise make the work exponential. */
export const MAX_VALUES = 100_000;
/** Own keys that could reach an object's prototype if some later code copied them naively. */
export const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** The same pattern as `$defs.IsoDate` in the schema: a year, month, day or date-time. */
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

// Written as records so that the compiler insists every member of each union is listed.
export const QUALIFIERS = Object.keys({
  'more-than': 0,
  'less-than': 0,
  'at-least': 0,
  'at-most': 0,
  about: 0,
  nearly: 0,
  'up-to': 0,
} satisfies Record<StatQualifier, 0>);
export const VARIANTS = Object.keys({ pull: 0, block: 0 } satisfies Record<
  NonNullable<QuoteBlock['variant']>,
  0
>);
export const LEVELS: readonly NonNullable<HeadingBlock['level']>[] = [2, 3, 4, 5, 6];

/** The fields a schema.org Language is read from, in order: its tag by convention, then its name. */
export const LANGUAGE_KEYS = ['alternateName', 'name'];

/** Stands for a field whose value threw when read; the failure is already noted. */
export const UNREADABLE = Symbol('unreadable');

/** Whether `value` is an ISO 8601 date or date-time, as the model's date fields require. */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value);
}

/** `typeof`, with `null` and `array` told apart; never throws, even on a revoked Proxy. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  try {
    if (Array.isArray(value)) return 'array';
  } catch {
    // A revoked Proxy: reading it fails later, where the failure is noted.
  }
  return typeof value;
}

/** How many items an array holds; a Proxy can report any length: anything but a count reads as empty. */
export function itemCount(source: unknown[]): number {
  return Math.max(0, Number(source.length) || 0);
}

/** Keywords written as one comma-separated string, the form schema.org also allows. */
export function splitKeywords(value: string): string[] {
  return value
    .split(',')
    .map((keyword) => keyword.trim())
    .filter(Boolean);
}

/** Reads the value found at `path` in one run `R`: returns its checked copy, or undefined when it is dropped. */
export type Check<R> = (value: unknown, path: string, run: R) => unknown;

/**
 * The fields an object may have, which of them it must have, whether it needs text or html, and
 * what else it must have (`lacks`). An object that misses one is dropped; `noun` names it.
 */
export interface Shape<R> {
  noun: string;
  fields: Record<string, Check<R>>;
  required: string[];
  needsText: boolean;
  /**
   * Where the checked object lacks what it needs beyond its required fields: `''` for the object
   * itself, or the field that should hold it; undefined when it is complete. May fill in defaults.
   */
  lacks?: (checked: Record<string, unknown>) => string | undefined;
}

/** The checks the reader supplies to the grammar: single values, and how it reads objects and lists. */
export interface Reader<R> {
  text: Check<R>;
  /** A string that names or titles something: not empty. */
  name: Check<R>;
  /** A URL of the allow-list of `safe-url.ts`. */
  link: Check<R>;
  /** A URL of the allow-list, `mailto:` included: a person's. */
  contactLink: Check<R>;
  date: Check<R>;
  number: Check<R>;
  /** A non-negative integer. */
  count: Check<R>;
  flag: Check<R>;
  /** A BCP 47 tag, or a schema.org Language read as one of its `LANGUAGE_KEYS`. */
  language: Check<R>;
  oneOf(allowed: readonly unknown[]): Check<R>;
  /** A list of items, each checked by `item`; a single value stands for a list of one. */
  listOf(item: Check<R>): Check<R>;
  object(shape: Shape<R>): Check<R>;
  /** A block of the type its `type` names, read with the shape `grammar` gives that type. */
  block: Check<R>;
}

function shape<R>(
  noun: string,
  fields: Record<string, Check<R>>,
  required: string[] = [],
  needsText = false,
): Shape<R> {
  return { noun, fields, required, needsText };
}

/**
 * The shapes of the model, built from a reader's checks: the article (whole, or without its
 * body, what a teaser shows of it) and each block type.
 */
export function grammar<R>(reader: Reader<R>): {
  article: Check<R>;
  teaser: Check<R>;
  blocks: Record<BlockType, Shape<R>>;
} {
  const { text, name, link, count, oneOf, listOf, object } = reader;
  const keep: Check<R> = (value) => value;
  /** An object, or its shorthand: a string read as its `key` (an image's URL, a name). */
  const orShorthand =
    (check: Check<R>, key: string, keyCheck: Check<R>): Check<R> =>
    (value, path, run) =>
      typeof value !== 'string'
        ? check(value, path, run)
        : keyCheck(value, path, run) === undefined
          ? undefined
          : { [key]: value };
  const keywords: Check<R> = (value, path, run) =>
    typeof value === 'string' ? splitKeywords(value) : listOf(text)(value, path, run);

  const inline = { text, html: text };
  const imageFields = {
    url: link,
    alt: text,
    caption: text,
    creditText: text,
    width: count,
    height: count,
  };
  const image = orShorthand(object(shape('image', imageFields, ['url'])), 'url', link);
  const organization = orShorthand(
    object(shape('organization', { name, alternateName: text, url: link, logo: image }, ['name'])),
    'name',
    name,
  );
  const person = orShorthand(
    object(
      shape(
        'person',
        { name, jobTitle: text, affiliation: organization, url: reader.contactLink, image },
        ['name'],
      ),
    ),
    'name',
    name,
  );
  const relatedLink = object(
    shape('link', { headline: name, url: link, description: text, image }, ['headline']),
  );
  const listItem: Check<R> = object(
    shape(
      'list item',
      { ...inline, items: listOf((value, path, run) => listItem(value, path, run)) },
      [],
      true,
    ),
  );

  const base = { type: keep, id: text };
  const blocks: Record<BlockType, Shape<R>> = {
    paragraph: shape('paragraph', { ...base, ...inline }, [], true),
    heading: shape('heading', { ...base, ...inline, level: oneOf(LEVELS) }, [], true),
    quote: shape(
      'quote block',
      { ...base, ...inline, variant: oneOf(VARIANTS), attribution: person, cite: link },
      [],
      true,
    ),
    stat: shape(
      'stat block',
      {
        ...base,
        value: reader.number,
        display: text,
        qualifier: oneOf(QUALIFIERS),
        unitText: text,
        label: text,
        date: reader.date,
        source: text,
      },
      ['value'],
    ),
    people: {
      ...shape('people block', {
        ...base,
        title: text,
        organization,
        numberOfItems: count,
        items: listOf(person),
        groups: listOf(text),
        host: person,
        occasion: text,
      }),
      lacks: (checked) => {
        const items = (checked.items ??= []) as unknown[];
        const shown = items.length || checked.numberOfItems !== undefined || checked.organization;
        return shown ? undefined : '';
      },
    },
    list: shape('list block', { ...base, ordered: reader.flag, items: listOf(listItem) }, [
      'items',
    ]),
    links: {
      ...shape('links block', { ...base, title: text, items: listOf(relatedLink) }, ['items']),
      lacks: (checked) => ((checked.items as unknown[]).length ? undefined : 'items'),
    },
    image: shape('image block', { ...base, ...imageFields }, ['url']),
    embed: shape(
      'embed block',
      { ...base, url: link, title: text, provider: text, description: text, image },
      ['url'],
    ),
  };

  const articleOf = (body: Check<R>): Check<R> =>
    object(
      shape(
        'article',
        {
          $schema: text,
          headline: name,
          alternativeHeadline: text,
          description: text,
          url: link,
          dateline: text,
          datePublished: reader.date,
          dateModified: reader.date,
          author: listOf(person),
          publisher: organization,
          sourceOrganization: organization,
          image: listOf(image),
          inLanguage: reader.language,
          articleSection: text,
          keywords,
          body,
          related: listOf(relatedLink),
        },
        ['headline'],
      ),
    );

  return {
    article: articleOf(listOf(reader.block)),
    // The body is left unread and out of the copy: a teaser does not show it.
    teaser: articleOf(() => undefined),
    blocks,
  };
}
