import type { Article, Block, PeopleBlock, Person, StatBlock } from '../src/model/types.js';

/**
 * The edge cases the stories show, made from the project's data: the same story with a
 * headline of 5,000 characters, a delegation of 150, a figure without its wording. Derived
 * here rather than stored, so they follow the data files when those change.
 */

/** `text` repeated, whole words where it can, to exactly `length` characters. */
export function longText(text: string, length = 5000): string {
  const words = text.trim();
  let long = words;
  while (long.length < length) long += ` ${words}`;
  return long.slice(0, length).trimEnd().padEnd(length, '.');
}

/** The first block of `type` in an article; throws when it has none, since a story needs it. */
export function firstBlock<T extends Block>(article: Article, type: T['type']): T {
  const block = article.body?.find((candidate) => candidate.type === type);
  if (!block) throw new Error(`The story "${article.headline}" has no "${type}" block`);
  return block as T;
}

/** All blocks of `type`, in order. */
export function blocksOf<T extends Block>(article: Article, type: T['type']): T[] {
  return (article.body ?? []).filter((block): block is T => block.type === type);
}

/** The article with a headline of 5,000 characters. */
export function withLongHeadline(article: Article, length = 5000): Article {
  return { ...article, headline: longText(article.headline, length) };
}

/** The article with its first image moved to an address that answers 404. */
export function withMissingImage(article: Article, missingUrl: string): Article {
  const first = article.image?.[0];
  if (!first) throw new Error(`The story "${article.headline}" has no image to lose`);
  // Only the one picture: other sizes of it would stand in for the missing one.
  return { ...article, image: [{ ...first, url: missingUrl }] };
}

/** The statistic as a bare number, which the element formats for the reader's locale. */
export function withoutDisplay(stat: StatBlock): StatBlock {
  const bare = { ...stat };
  delete bare.display;
  return bare;
}

const GIVEN_NAMES = [
  'Amina',
  'Luis',
  'Mei',
  'Omar',
  'Sofia',
  'Kwame',
  'Hana',
  'Diego',
  'Priya',
  'Tomás',
  'Fatima',
  'Jonas',
  'Yuki',
  'Zainab',
  'Carlos',
];
const FAMILY_NAMES = [
  'Ahmed',
  'García',
  'Chen',
  'Haddad',
  'Rossi',
  'Mensah',
  'Sato',
  'Fernández',
  'Iyer',
  'Qureshi',
];

/**
 * The delegation grown to `size` named members: the ones the story names first, then people
 * whose roles are the kinds of members the story lists ("economists", "diplomats"…).
 */
export function largeDelegation(block: PeopleBlock, size = 150): PeopleBlock {
  const kinds = block.groups?.length ? block.groups : ['member'];
  const items: Person[] = [...block.items];
  for (let i = 0; items.length < size; i++) {
    const given = GIVEN_NAMES[i % GIVEN_NAMES.length] ?? 'Member';
    const family = FAMILY_NAMES[Math.floor(i / GIVEN_NAMES.length) % FAMILY_NAMES.length] ?? '';
    const kind = kinds[i % kinds.length] ?? 'member';
    items.push({ name: `${given} ${family}`.trim(), jobTitle: singular(kind) });
  }
  return { ...block, numberOfItems: Math.max(size, block.numberOfItems ?? 0), items };
}

/** "economists" → "Economist", "company presidents & CEOs" → "Company president & CEO". */
function singular(kind: string): string {
  const words = kind
    .split(' ')
    .map((word) => (/[^s]s$/.test(word) && word.length > 3 ? word.slice(0, -1) : word));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A document cut off halfway, as when a download stops: not JSON any more. */
export function truncatedJson(text: string): string {
  return text.slice(0, Math.floor(text.length / 2));
}
