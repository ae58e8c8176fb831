/**
 * The documents of the security matrix: for one value (a vector, or harmless words in a
 * baseline), a story that carries it in every string and URL field — of the Article model, of
 * each adapter input format, and of the elements' own attributes. Text fields start with a
 * marker, so the page can tell whether each field's text was shown.
 */
import type { MarkedField, MatrixCase } from './protocol.js';

/** How one document is filled: text fields, URL fields, and fields with a constrained value. */
interface Filler {
  text(): string;
  url(): string;
}

/** Hands out marked text values and plain URL values, recording the marked fields. */
class FieldWriter implements Filler {
  readonly fields: MarkedField[] = [];
  constructor(
    private readonly value: string,
    private readonly urlValue: string,
  ) {}
  text(): string {
    const marker = `§${this.fields.length}§`;
    const value = marker + this.value;
    this.fields.push({ marker, value });
    return value;
  }
  url(): string {
    return this.urlValue;
  }
}

const person = (f: Filler) => ({
  name: f.text(),
  jobTitle: f.text(),
  url: f.url(),
  image: image(f),
  affiliation: organization(f),
});

const image = (f: Filler) => ({
  url: f.url(),
  alt: f.text(),
  caption: f.text(),
  creditText: f.text(),
  width: 640,
  height: 360,
});

const organization = (f: Filler) => ({
  name: f.text(),
  alternateName: f.text(),
  url: f.url(),
  logo: image(f),
});

const related = (f: Filler) => ({
  headline: f.text(),
  url: f.url(),
  description: f.text(),
  image: image(f),
});

/** Values for the fields whose content is constrained (a language, a date, a choice). */
export interface Constrained {
  language: string;
  date: string;
  qualifier: string;
  variant: string;
  id: (name: string) => string;
}

export const HARMLESS_CONSTRAINED: Constrained = {
  language: 'en',
  date: '2022-08-23',
  qualifier: 'more-than',
  variant: 'pull',
  id: (name) => name,
};

/** An Article with every field the model has, every block type, and nested people. */
export function modelStory(f: Filler, c: Constrained = HARMLESS_CONSTRAINED): unknown {
  return {
    headline: f.text(),
    alternativeHeadline: f.text(),
    description: f.text(),
    url: f.url(),
    dateline: f.text(),
    datePublished: c.date,
    dateModified: c.date,
    author: [person(f), person(f)],
    publisher: organization(f),
    sourceOrganization: organization(f),
    image: [image(f)],
    inLanguage: c.language,
    articleSection: f.text(),
    keywords: [f.text(), f.text()],
    body: [
      { type: 'paragraph', id: c.id('p1'), text: f.text() },
      { type: 'paragraph', id: c.id('p2'), html: f.text() },
      { type: 'heading', id: c.id('h1'), text: f.text() },
      { type: 'heading', id: c.id('h2'), html: f.text(), level: 3 },
      {
        type: 'quote',
        id: c.id('q1'),
        variant: c.variant,
        text: f.text(),
        attribution: person(f),
        cite: f.url(),
      },
      { type: 'quote', id: c.id('q2'), variant: 'block', html: f.text() },
      {
        type: 'stat',
        id: c.id('s1'),
        value: 6000,
        qualifier: c.qualifier,
        unitText: f.text(),
        label: f.text(),
        date: c.date,
        source: f.text(),
      },
      { type: 'stat', id: c.id('s2'), value: 220000000, display: f.text(), label: f.text() },
      {
        type: 'people',
        id: c.id('d1'),
        title: f.text(),
        organization: organization(f),
        numberOfItems: 35,
        items: [person(f), person(f)],
        groups: [f.text(), f.text()],
        host: person(f),
        occasion: f.text(),
      },
      {
        type: 'list',
        id: c.id('l1'),
        items: [{ text: f.text() }, { html: f.text(), items: [{ text: f.text() }] }],
      },
      { type: 'links', id: c.id('k1'), title: f.text(), items: [related(f), related(f)] },
      { type: 'image', id: c.id('i1'), ...image(f) },
      {
        type: 'embed',
        id: c.id('e1'),
        url: f.url(),
        title: f.text(),
        provider: f.text(),
        description: f.text(),
        image: image(f),
      },
    ],
    related: [related(f)],
  };
}

/** Keys of adapter documents that say what a thing is or how it is laid out: kept as they are. */
const STRUCTURAL_KEY =
  /^(@context|@type|type|version|subtype|role|layout|format|contenttype|pubstatus|usage|list_type|stream_type|correction_type|source_type|category|subcategory|service|textStyle|fillMode|bannerType|backgroundColor|color|minimumHeight|unitCode|generatorName|generatorVersion|identifier|slugline|cssSelector)$/;
/** Keys whose value is a date, a language or a number written as a string: kept as they are. */
const CONSTRAINED_KEY = /date|time|versioncreated|language|^width$|^height$/i;
const looksLikeUrl = (value: string) => /^(https?:\/\/|\/)/.test(value);

/**
 * A copy of an adapter document with every string field filled: URL-like values get the URL
 * value, other text fields a marked value; structural and constrained fields keep theirs.
 */
export function fillDocument(template: unknown, f: Filler, key = ''): unknown {
  if (typeof template === 'string') {
    if (STRUCTURAL_KEY.test(key) || CONSTRAINED_KEY.test(key)) return template;
    return looksLikeUrl(template) ? f.url() : f.text();
  }
  if (Array.isArray(template)) return template.map((item) => fillDocument(item, f, key));
  if (template && typeof template === 'object') {
    return Object.fromEntries(
      Object.entries(template).map(([name, value]) => [name, fillDocument(value, f, name)]),
    );
  }
  return template;
}

/** Every string attribute of the elements that take their data from attributes. */
function elementAttributes(f: Filler): Record<string, Record<string, string>> {
  return {
    'lede-article-card': {
      headline: f.text(),
      href: f.url(),
      dek: f.text(),
      section: f.text(),
      image: f.url(),
      'image-alt': f.text(),
      date: '2022-08-23',
      dateline: f.text(),
      source: f.text(),
      // A list, split at its separators: its items are checked in the story's own fields.
      author: 'Masood Khan; Nelson Garcia',
    },
    'lede-pull-quote': {
      text: f.text(),
      attribution: f.text(),
      'attribution-title': f.text(),
      'attribution-affiliation': f.text(),
      cite: f.url(),
    },
    'lede-stat-badge': {
      value: '6000',
      display: f.text(),
      unit: f.text(),
      label: f.text(),
      'stat-source': f.text(),
    },
    'lede-delegation-list': {
      heading: f.text(),
      organization: f.text(),
      'organization-abbr': f.text(),
      'organization-url': f.url(),
      count: '35',
      members: JSON.stringify([{ name: f.text(), jobTitle: f.text(), url: f.url() }]),
      host: f.text(),
      'host-title': f.text(),
      occasion: f.text(),
    },
  };
}

/** The adapter formats' templates, by format name: documents written for the project's tests. */
export type Templates = Record<string, unknown>;

/** The formats of the matrix, in table order. */
export const FORMATS = [
  'Article model',
  'JSON-LD',
  'ANS',
  'ninjs',
  'ANF',
  'element attributes',
].flatMap((format) => [`${format}, text fields`, `${format}, URL fields`]);
FORMATS.splice(2, 0, 'Article model, constrained fields');

const SAFE_URL = 'https://example.com/story';
const HARMLESS = 'Harbour ferry returns';

/**
 * The cases of `value`, for each input: one with it in every text field (URL fields safe), one
 * with it in every URL field (text fields harmless), and one with it in the model's constrained
 * fields. Only the text-field cases are checked for dropped text: an image or a link whose URL
 * is refused may take its caption or title with it.
 */
export function casesFor(
  id: string,
  value: string,
  templates: Templates,
  role: MatrixCase['role'] = 'vector',
  urlValue = value,
): MatrixCase[] {
  const cases: MatrixCase[] = [];
  const add = (format: string, build: (f: FieldWriter) => Partial<MatrixCase>) => {
    for (const kind of ['text', 'URL'] as const) {
      const writer =
        kind === 'text'
          ? new FieldWriter(role === 'vector' ? value : HARMLESS, SAFE_URL)
          : new FieldWriter(HARMLESS, role === 'vector' ? value : urlValue);
      const parts = build(writer);
      const fields = kind === 'text' ? writer.fields : [];
      const caseFormat = `${format}, ${kind} fields`;
      cases.push({ id: `${id} ${caseFormat}`, format: caseFormat, role, fields, ...parts });
    }
  };
  add('Article model', (f) => ({ document: modelStory(f) }));
  // The constrained fields get the value; text fields keep harmless words, so they still show.
  const writer = new FieldWriter(HARMLESS, SAFE_URL);
  const constrained = { language: value, date: value, qualifier: value, variant: value };
  cases.push({
    id: `${id} Article model, constrained fields`,
    format: 'Article model, constrained fields',
    role,
    document: modelStory(
      writer,
      role === 'vector' ? { ...constrained, id: () => value } : HARMLESS_CONSTRAINED,
    ),
    fields: writer.fields,
  });
  for (const [format, template] of Object.entries(templates)) {
    add(format, (f) => ({ document: fillDocument(template, f) }));
  }
  add('element attributes', (f) => ({ attributes: elementAttributes(f) }));
  return cases;
}

/**
 * The baselines of a batch: harmless words with safe URLs, then with refused URLs and a story
 * in another language (for the markup an unsafe URL and a language mark produce), then a
 * document every element refuses (for the error state's markup).
 */
export function baselineCases(templates: Templates): MatrixCase[] {
  const cases = [
    ...casesFor('baseline', HARMLESS, templates, 'baseline', SAFE_URL),
    ...casesFor('refused-url baseline', HARMLESS, templates, 'baseline', 'ftp://example.com/x'),
  ];
  for (const baseline of cases.filter((c) => c.id.startsWith('refused-url'))) {
    const story = baseline.document as Record<string, unknown> | undefined;
    if (story && baseline.format.startsWith('Article model')) story.inLanguage = 'ur';
  }
  for (const format of FORMATS) {
    const refused: MatrixCase = {
      id: `error baseline ${format}`,
      format,
      role: 'baseline',
      document: { headline: 42 },
      fields: [],
    };
    const attributes = cases.find((c) => c.format === format)?.attributes;
    if (attributes) refused.attributes = attributes;
    cases.push(refused);
  }
  return cases;
}
