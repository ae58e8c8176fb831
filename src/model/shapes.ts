/**
 * The shapes of the Article model: for the article and each block type, the fields it may
 * have, which of them it must have and how each is read, built from the reader's checks
 * (`read.ts`). Each shape is built by a function of its own, so that an element carries only
 * the shapes it reads: a stat badge reads stat blocks, not people, links or URLs.
 */
import type { BlockType, StatBlock, PeopleBlock, QuoteBlock, LinksBlock } from './types.js';
import { LEVELS, QUALIFIERS, splitKeywords, VARIANTS } from './rules.js';
import {
  contactLink,
  count,
  date,
  flag,
  language,
  link,
  listOf,
  name,
  number,
  object,
  oneOf,
  text,
  type Check,
  type Shape,
} from './read.js';

function shape(
  noun: string,
  fields: Record<string, Check>,
  required: string[] = [],
  needsText = false,
): Shape {
  return { noun, fields, required, needsText };
}

const keep: Check = (value) => value;

/** An object, or its shorthand: a string read as its `key` (an image's URL, a name). */
const orShorthand =
  (check: Check, key: string, keyCheck: Check): Check =>
  (value, path, run) =>
    typeof value !== 'string'
      ? check(value, path, run)
      : keyCheck(value, path, run) === undefined
        ? undefined
        : { [key]: value };

const keywords: Check = (value, path, run) =>
  typeof value === 'string' ? splitKeywords(value) : listOf(text)(value, path, run);

const inline = () => ({ text, html: text });
const imageFields = () => ({
  url: link,
  alt: text,
  caption: text,
  creditText: text,
  width: count,
  height: count,
});
const image = () => orShorthand(object(shape('image', imageFields(), ['url'])), 'url', link);
const organization = () =>
  orShorthand(
    object(
      shape('organization', { name, alternateName: text, url: link, logo: image() }, ['name']),
    ),
    'name',
    name,
  );
const person = () =>
  orShorthand(
    object(
      shape(
        'person',
        { name, jobTitle: text, affiliation: organization(), url: contactLink, image: image() },
        ['name'],
      ),
    ),
    'name',
    name,
  );
const relatedLink = () =>
  object(
    shape('link', { headline: name, url: link, description: text, image: image() }, ['headline']),
  );

/** A list item, which may hold a list of items: built on first use, as it refers to itself. */
let listItemCheck: Check | undefined;
const listItem: Check = (value, path, run) =>
  (listItemCheck ??= object(
    shape('list item', { ...inline(), items: listOf(listItem) }, [], true),
  ))(value, path, run);

const base = () => ({ type: keep, id: text });

/** A block type and the function that builds its shape: what an element showing such blocks reads. */
export interface BlockKind<T extends BlockType = BlockType> {
  type: T;
  shape: () => Shape;
}

export const STAT: BlockKind<StatBlock['type']> = {
  type: 'stat',
  shape: () =>
    shape(
      'stat block',
      {
        ...base(),
        value: number,
        display: text,
        qualifier: oneOf(QUALIFIERS),
        unitText: text,
        label: text,
        date,
        source: text,
      },
      ['value'],
    ),
};

export const PEOPLE: BlockKind<PeopleBlock['type']> = {
  type: 'people',
  shape: () => ({
    ...shape('people block', {
      ...base(),
      title: text,
      organization: organization(),
      numberOfItems: count,
      items: listOf(person()),
      groups: listOf(text),
      host: person(),
      occasion: text,
    }),
    lacks: (checked) => {
      const items = (checked.items ??= []) as unknown[];
      const shown = items.length || checked.numberOfItems !== undefined || checked.organization;
      return shown ? undefined : '';
    },
  }),
};

export const QUOTE: BlockKind<QuoteBlock['type']> = {
  type: 'quote',
  shape: () =>
    shape(
      'quote block',
      { ...base(), ...inline(), variant: oneOf(VARIANTS), attribution: person(), cite: link },
      [],
      true,
    ),
};

export const LINKS: BlockKind<LinksBlock['type']> = {
  type: 'links',
  shape: () => ({
    ...shape('links block', { ...base(), title: text, items: listOf(relatedLink()) }, ['items']),
    lacks: (checked) => ((checked.items as unknown[]).length ? undefined : 'items'),
  }),
};

/** The shape of every block type, for an article's body. */
export function blockShapes(): Record<BlockType, Shape> {
  return {
    paragraph: shape('paragraph', { ...base(), ...inline() }, [], true),
    heading: shape('heading', { ...base(), ...inline(), level: oneOf(LEVELS) }, [], true),
    quote: QUOTE.shape(),
    stat: STAT.shape(),
    people: PEOPLE.shape(),
    list: shape('list block', { ...base(), ordered: flag, items: listOf(listItem) }, ['items']),
    links: LINKS.shape(),
    image: shape('image block', { ...base(), ...imageFields() }, ['url']),
    embed: shape(
      'embed block',
      { ...base(), url: link, title: text, provider: text, description: text, image: image() },
      ['url'],
    ),
  };
}

/**
 * The article's shape, with `body` read by the check given: every block, or, for what a teaser
 * shows of it, nothing (the body is then left unread and out of the copy).
 */
export function articleShape(body: Check): Check {
  return object(
    shape(
      'article',
      {
        $schema: text,
        headline: name,
        alternativeHeadline: text,
        description: text,
        url: link,
        dateline: text,
        datePublished: date,
        dateModified: date,
        author: listOf(person()),
        publisher: organization(),
        sourceOrganization: organization(),
        image: listOf(image()),
        inLanguage: language,
        articleSection: text,
        keywords,
        body,
        related: listOf(relatedLink()),
      },
      ['headline'],
    ),
  );
}
