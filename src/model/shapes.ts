/**
 * The shapes of the Article model: for the article and the objects it holds (images, people,
 * organizations, links), the fields each may have, which of them it must have and how each is
 * read, built from the reader's checks (`read.ts`). Each shape is built by a function of its
 * own, so that an element carries only the shapes it reads. The blocks' shapes, built on these,
 * are `block-shapes.ts`'s: a card, which reads no block, does not carry them.
 */
import { splitKeywords } from './rules.js';
import {
  contactLink,
  count,
  date,
  language,
  link,
  listOf,
  name,
  object,
  text,
  type Check,
  type Shape,
} from './read.js';

export function shape(
  noun: string,
  fields: Record<string, Check>,
  required: string[] = [],
  needsText = false,
): Shape {
  return { noun, fields, required, needsText };
}

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

export const imageFields = () => ({
  url: link,
  alt: text,
  caption: text,
  creditText: text,
  width: count,
  height: count,
});
export const image = () => orShorthand(object(shape('image', imageFields(), ['url'])), 'url', link);
export const organization = () =>
  orShorthand(
    object(
      shape('organization', { name, alternateName: text, url: link, logo: image() }, ['name']),
    ),
    'name',
    name,
  );
export const person = () =>
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
export const relatedLink = () =>
  object(
    shape('link', { headline: name, url: link, description: text, image: image() }, ['headline']),
  );

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
