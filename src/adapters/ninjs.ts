/**
 * The IPTC ninjs adapter: reads News in JSON 1.x, 2.x and 3.x, the wire format of news agencies,
 * into a Lede Article. Pure TypeScript without the DOM. `docs/adapters/ninjs.md` lists where each
 * field goes and which are dropped on purpose. The reading, HTML-splitting, byline and completing
 * steps it shares with the other adapters are in `./shared/`.
 */
import type {
  Article,
  Block,
  ImageObject,
  Organization,
  PeopleBlock,
  Person,
} from '../model/types.js';
import type { Problem } from '../model/validate.js';
import { bylinePeople } from './shared/byline.js';
import { defineAdapter } from './shared/complete.js';
import { htmlToBlocks, plainTextBlocks } from './shared/html-blocks.js';
import { plainText } from './shared/plain-text.js';
import {
  type Located,
  pathOf,
  readField,
  isObject,
  describe,
  warn,
  drop,
  readList,
  readEntries,
  readText,
  readTexts,
  textField,
  dateField,
  readDimension,
  nonEmpty,
} from './shared/read.js';

/** Title of the block listing a story's `people`; English until the adapters are localized. */
export const NINJS_PEOPLE_TITLE = 'People in this story';

/** Renditions meant for showing on a page, by name or (TT's) usage. */
const DISPLAY_RENDITION = /^(?:main|preview|baseimage|viewimage|web|large)/i;
/** Wider renditions are print masters, too heavy for a page. */
const MAX_DISPLAY_WIDTH = 2048;

type BodyKind = 'html' | 'nitf' | 'text';

interface BodyCandidate {
  kind: BodyKind | undefined;
  value: string;
  path: string;
  contentType: string | undefined;
}

/**
 * A field under its ninjs 3 name (`versionCreated`) or, failing that, its 1.x/2.x name
 * (`versioncreated`, and the singular lists of 1.x such as `person`).
 */
function ninjsKey(source: unknown, key: string, legacyKey = key.toLowerCase()): string {
  return readField(source, key) === undefined ? legacyKey : key;
}

/** Kind of a body from its content type, else its role, else a look at the text. */
function bodyKind(
  contentType: string | undefined,
  role: string | undefined,
  value: string,
): BodyKind | undefined {
  const label = (contentType ?? role ?? '').toLowerCase();
  if (label.includes('nitf')) return 'nitf';
  if (label.includes('html')) return 'html';
  if (label.startsWith('text/plain') || label === 'text' || label === 'plain') return 'text';
  if (contentType === undefined) return /<[a-z][^<>]*>/i.test(value) ? 'html' : 'text';
  return undefined;
}

/** The text of a `{value, contentType}` entry (headlines, descriptions), plain. */
function entryText(entry: unknown): string | undefined {
  const value = readText(readField(entry, 'value'));
  const type = readField(entry, ninjsKey(entry, 'contentType'));
  return value && typeof type === 'string' && /html|xml/i.test(type) ? plainText(value) : value;
}

function entryRole(entry: unknown): string {
  return readText(readField(entry, 'role'))?.toLowerCase() ?? '';
}

/** headline and alternativeHeadline from 3.x/2.x `headlines[]` or 1.x `headline`. */
function readHeadlines(item: unknown, path: string, warnings: Problem[]) {
  const entries = readList(readField(item, 'headlines'), pathOf(path, 'headlines'), warnings)
    .map(({ value }) => ({ role: entryRole(value), text: entryText(value) }))
    .filter((entry) => entry.text);
  const main =
    entries.find((entry) => entry.role === 'main') ??
    entries.find((entry) => !entry.role.includes('sub')) ??
    entries[0];
  const sub = entries.find((entry) => entry.role.includes('sub') && entry !== main);
  let legacySub: string | undefined;
  try {
    const key = isObject(item) && Object.keys(item).find((name) => /^headline_\w*sub/i.test(name));
    legacySub = key ? readText(readField(item, key)) : undefined;
  } catch {
    // Unreadable keys: no extra headlines.
  }
  return {
    headline: main?.text ?? textField(item, 'headline', path, warnings),
    alternativeHeadline: sub?.text ?? textField(item, 'subheadline', path, warnings) ?? legacySub,
  };
}

/** The description (not usage notes, alt texts or notes) and any alt text. */
function readDescriptions(item: unknown, path: string, warnings: Problem[]) {
  const entries = readList(
    readField(item, 'descriptions'),
    pathOf(path, 'descriptions'),
    warnings,
  ).map(({ value }) => ({ role: entryRole(value), text: entryText(value) }));
  const alt = entries.find((entry) => entry.text && entry.role.includes('alt'))?.text;
  const description =
    entries.find((entry) => entry.text && !/usage|alt|note/.test(entry.role))?.text ??
    textField(item, 'description_text', path, warnings) ??
    plainText(textField(item, 'description_html', path, warnings) ?? '');
  return { description, alt };
}

/** The bodies a document offers: 3.x/2.x `bodies[]`, and 1.x `body_html`, `body_text` and such. */
function bodyCandidates(document: object, warnings: Problem[]): BodyCandidate[] {
  const candidates: BodyCandidate[] = [];
  for (const { value: body, path } of readList(readField(document, 'bodies'), 'bodies', warnings)) {
    if (!isObject(body)) {
      warn(warnings, path, `expected an object, got ${describe(body)}`);
      continue;
    }
    const value = readField(body, 'value');
    if (typeof value !== 'string') {
      warn(warnings, pathOf(path, 'value'), `expected a string, got ${describe(value)}`);
      continue;
    }
    const contentType = readText(readField(body, ninjsKey(body, 'contentType')));
    const kind = bodyKind(contentType, readText(readField(body, 'role')), value);
    candidates.push({ kind, value, path, contentType });
  }
  let keys: string[] = [];
  try {
    keys = Object.keys(document).filter((key) => key.startsWith('body_'));
  } catch {
    // Unreadable keys: no 1.x bodies.
  }
  for (const key of keys) {
    const value = readField(document, key);
    if (typeof value !== 'string') continue;
    const contentType = key.includes('html') ? 'text/html' : key.slice(5);
    candidates.push({
      kind: bodyKind(contentType, undefined, value),
      value,
      path: key,
      contentType,
    });
  }
  return candidates;
}

/** What NITF's `body.content` holds (its head repeats the metadata), or all of it. */
function nitfBodyContent(nitf: string): string {
  const open = /<body\.content(?=[\s/>])[^<>]*>/i.exec(nitf);
  if (!open) return nitf;
  const from = open.index + open[0].length;
  const close = /<\/body\.content/gi;
  close.lastIndex = from;
  return nitf.slice(from, close.exec(nitf)?.index);
}

/** The body: HTML preferred, then NITF (its body.content is HTML-like), then plain text. */
function readBody(document: object, warnings: Problem[]): Block[] {
  const candidates = bodyCandidates(document, warnings);
  const kinds: BodyKind[] = ['html', 'nitf', 'text'];
  const best = kinds
    .map((kind) => candidates.find((candidate) => candidate.kind === kind))
    .find((candidate) => candidate !== undefined);
  if (!best) {
    for (const { path, contentType } of candidates) {
      warn(warnings, path, `unsupported content type ${JSON.stringify(contentType)}`);
    }
    return [];
  }
  if (best.kind === 'text') return plainTextBlocks(best.value);
  if (best.kind === 'html') return htmlToBlocks(best.value);
  return htmlToBlocks(nitfBodyContent(best.value));
}

/** A list of ninjs concepts (people, organisations, subjects) under its 3.x or 1.x name. */
function readConcepts(document: object, key: string, legacyKey: string, warnings: Problem[]) {
  const name = ninjsKey(document, key, legacyKey);
  return readList(readField(document, name), name, warnings);
}

/** Names, in order: the 3.x `name` or, lacking it, the free-text `literal`. */
function conceptName(value: unknown): string | undefined {
  return readText(readField(value, 'name')) ?? readText(readField(value, 'literal'));
}

/** "WADA's President, Witold Bańka": a role, a comma, then a name of two words or more. */
function splitRoleAndName(text: string): Person {
  const comma = text.lastIndexOf(',');
  const name = text.slice(comma + 1).trim();
  const role = text.slice(0, Math.max(comma, 0)).trim();
  return role && name.split(/\s+/).length >= 2 ? { name, jobTitle: role } : { name: text };
}

function readPerson({ value, path }: Located, warnings: Problem[]): Person | undefined {
  const name = conceptName(value);
  if (!name) {
    return drop(warnings, path, 'a person without a name');
  }
  const roles = readTexts(
    readList(readField(value, 'roles'), pathOf(path, 'roles'), warnings).map((entry) => ({
      ...entry,
      value: isObject(entry.value) ? readField(entry.value, 'name') : entry.value,
    })),
  );
  const role =
    readText(readField(value, 'role')) ??
    readText(readField(value, 'jobTitle')) ??
    (roles.join(', ') || undefined);
  return role ? { name, jobTitle: role } : splitRoleAndName(name);
}

function readOrganisation({ value, path }: Located, warnings: Problem[]) {
  const name = readText(readField(value, 'name'));
  const literal = readText(readField(value, 'literal'));
  const uri = readText(readField(value, 'uri'));
  const displayName = name ?? literal;
  if (!displayName) {
    warn(warnings, path, 'an organisation without a name');
    return [];
  }
  const organization: Organization = {
    name: displayName,
    alternateName: name && literal !== name ? literal : undefined,
    // A uri is an identifier; one that is a web address doubles as the organisation's link.
    url: uri && /^https?:\/\//i.test(uri) ? uri : undefined,
  };
  return [organization];
}

/**
 * `people` as a people block. Its organization is the one organisation the document names, or
 * among several the one the people's roles mention ("WADA's President").
 */
function readPeople(document: object, warnings: Problem[]): PeopleBlock | undefined {
  const items = readConcepts(document, 'people', 'person', warnings).flatMap(
    (entry) => readPerson(entry, warnings) ?? [],
  );
  if (!items.length) return undefined;
  const organisations = readConcepts(document, 'organisations', 'organisation', warnings).flatMap(
    (entry) => readOrganisation(entry, warnings),
  );
  const mentioned = (organization: Organization) =>
    items.some(({ jobTitle }) =>
      [organization.name, organization.alternateName].some(
        (name) => name && jobTitle?.includes(name),
      ),
    );
  const organization =
    organisations.length === 1 ? organisations[0] : organisations.find(mentioned);
  return { type: 'people', title: NINJS_PEOPLE_TITLE, organization, items };
}

/** The agency: the copyright holder, else the first named info source. */
function readAgency(document: object, warnings: Problem[]): Organization | undefined {
  const holder = textField(document, ninjsKey(document, 'copyrightHolder'), '', warnings);
  if (holder) return { name: holder };
  const source = readConcepts(document, 'infoSources', 'infosource', warnings).find(({ value }) =>
    conceptName(value),
  )?.value;
  const name = conceptName(source);
  const literal = readText(readField(source, 'literal'));
  return name ? { name, alternateName: literal !== name ? literal : undefined } : undefined;
}

function isImageRendition(rendition: unknown): boolean {
  const type = readText(readField(rendition, ninjsKey(rendition, 'contentType', 'mimetype')));
  return !!readText(readField(rendition, 'href')) && (!type || /^image\//i.test(type));
}

/** The rendition to show: one named for display, else the widest that is not a print master. */
function pickRendition(renditions: Located[]): unknown {
  const usable = renditions.filter(({ value }) => isImageRendition(value));
  const forDisplay = usable.find(({ value, key }) =>
    [readField(value, 'name'), readField(value, 'usage'), key].some(
      (label) => typeof label === 'string' && DISPLAY_RENDITION.test(label),
    ),
  );
  const width = ({ value }: Located) => readDimension(readField(value, 'width')) ?? 0;
  const widest = usable
    .filter((entry) => width(entry) <= MAX_DISPLAY_WIDTH)
    .sort((a, b) => width(b) - width(a))[0];
  return (forDisplay ?? widest ?? usable[0])?.value;
}

/** A picture or graphic item (the document itself or an association) as an image. */
function itemImage(
  item: unknown,
  path: string,
  warnings: Problem[],
  typeRequired = false,
): ImageObject | undefined {
  const type = readText(readField(item, 'type'))?.toLowerCase();
  if ((type || typeRequired) && type !== 'picture' && type !== 'graphic') return undefined;
  const rendition = pickRendition(
    readEntries(readField(item, 'renditions'), pathOf(path, 'renditions'), warnings),
  );
  const url = readText(readField(rendition, 'href'));
  if (!url) {
    if (type) warn(warnings, path || 'renditions', `a ${type} without an image to show`);
    return undefined;
  }
  const { description, alt } = readDescriptions(item, path, warnings);
  const { headline } = readHeadlines(item, path, warnings);
  return {
    url,
    alt,
    caption: description ?? headline ?? readText(readField(item, 'title')),
    creditText:
      readText(readField(item, 'by')) ??
      readText(readField(item, 'byline')) ??
      readText(readField(item, ninjsKey(item, 'copyrightHolder'))),
    width: readDimension(readField(rendition, 'width')),
    height: readDimension(readField(rendition, 'height')),
  };
}

function readImages(document: object, warnings: Problem[]): ImageObject[] {
  // A story's own renditions are other forms of the text (PDF, print): only a picture item is one.
  const own = itemImage(document, '', warnings, true);
  const associated = readEntries(
    readField(document, 'associations'),
    'associations',
    warnings,
  ).flatMap(({ value, path }) => {
    if (isObject(value)) return itemImage(value, path, warnings) ?? [];
    warn(warnings, path, `expected an object, got ${describe(value)}`);
    return [];
  });
  return own ? [own, ...associated] : associated;
}

function readNinjs(document: unknown, warnings: Problem[]): Partial<Article> {
  if (!isObject(document)) {
    warn(warnings, '', `expected a ninjs object, got ${describe(document)}`, 'nothing read');
    return {};
  }
  const text = (key: string, legacyKey?: string) =>
    textField(document, ninjsKey(document, key, legacyKey), '', warnings);
  const date = (key: string) => dateField(document, ninjsKey(document, key), '', warnings);
  const { headline, alternativeHeadline } = readHeadlines(document, '', warnings);
  const agency = readAgency(document, warnings);
  const byline = text('by') ?? text('byline');
  const author = byline ? bylinePeople(byline, agency) : [];
  const created = date('firstCreated') ?? date('contentCreated');
  const modified = date('versionCreated');
  const people = readPeople(document, warnings);
  const body = readBody(document, warnings);
  const image = readImages(document, warnings);
  const keywords = readTexts(
    readConcepts(document, 'subjects', 'subject', warnings).map((entry) => ({
      ...entry,
      value: conceptName(entry.value),
    })),
  );
  const title = text('title');
  if (!headline && title) {
    warn(warnings, 'headlines', 'missing', 'the item title is used as the headline');
  }
  return {
    headline: headline ?? title,
    alternativeHeadline,
    description: readDescriptions(document, '', warnings).description,
    dateline: text('located'),
    datePublished: created ?? modified,
    dateModified: created && modified !== created ? modified : undefined,
    author: nonEmpty(author),
    sourceOrganization: agency,
    image: nonEmpty(image),
    inLanguage: text('language'),
    keywords: nonEmpty(keywords),
    body: people ? [...body, people] : body,
  };
}

const NINJS_MARKERS = [
  'type',
  'headline',
  'headlines',
  'versionCreated',
  'versioncreated',
  'firstCreated',
  'firstcreated',
  'bodies',
  'body_html',
  'body_text',
  'descriptions',
];

/** The IPTC ninjs adapter. */
export const ninjsAdapter = defineAdapter({
  format: 'ninjs',
  name: 'IPTC ninjs',
  read: readNinjs,
  headlinePath: 'headlines',
  /** A `uri` and one field only ninjs has; JSON-LD, which may look alike, is excluded. */
  detect(document) {
    if (typeof readField(document, 'uri') !== 'string') return false;
    if (readField(document, '@context') !== undefined) return false;
    if (readField(document, '@type') !== undefined) return false;
    const schema = readField(document, '$schema');
    if (typeof schema === 'string' && /ninjs/i.test(schema)) return true;
    return NINJS_MARKERS.some((key) => readField(document, key) !== undefined);
  },
});

/**
 * Converts an IPTC ninjs document (1.x, 2.x or 3.x) into a Lede Article. Never throws: whatever
 * it is given, `article` passes `validateArticle`, and `warnings` name, by their path in the
 * source, the parts that were malformed or could not be represented.
 */
export const fromNinjs = ninjsAdapter.convert;
