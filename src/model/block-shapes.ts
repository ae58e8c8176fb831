/**
 * The shapes of the Article model's blocks, built on the shapes of the objects they hold
 * (`shapes.ts`). The block types an element of their own shows are `BlockKind`s, so that such
 * an element carries only its kind's shape; a whole article reads every type (`blockShapes`).
 */
import type { BlockType, LinksBlock, PeopleBlock, QuoteBlock, StatBlock } from './types.js';
import { LEVELS, QUALIFIERS, VARIANTS } from './rules.js';
import {
  count,
  date,
  flag,
  link,
  listOf,
  number,
  object,
  oneOf,
  text,
  type Check,
  type Shape,
} from './read.js';
import { image, imageFields, organization, person, relatedLink, shape } from './shapes.js';

const keep: Check = (value) => value;

/** What every block has: its type, kept as written, and an optional id. */
const base = () => ({ type: keep, id: text });

/** Text held as plain text or as inline HTML. */
const inline = () => ({ text, html: text });

/** A list item, which may hold a list of items: built on first use, as it refers to itself. */
let listItemCheck: Check | undefined;
const listItem: Check = (value, path, run) =>
  (listItemCheck ??= object(
    shape('list item', { ...inline(), items: listOf(listItem) }, [], true),
  ))(value, path, run);

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
