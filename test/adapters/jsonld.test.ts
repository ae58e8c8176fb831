import { expect } from '@open-wc/testing';
import {
  findJsonLdArticle,
  fromJsonLd,
  jsonLdAdapter,
  jsonLdFromPage,
} from '../../src/adapters/jsonld.js';
import { toJsonLd } from '../../src/adapters/to-jsonld.js';
import type { Article, Block, QuoteBlock } from '../../src/model/types.js';
import { expectValidConversion, loadAdapterFixture, warningsOf } from '../helpers/adapters.js';
import { loadSeedStory } from '../helpers/seed.js';

const fixture = (name: string) => loadAdapterFixture('jsonld', `${name}.json`);
/** The conversion, after checking the promise every conversion keeps: a valid article. */
const converted = (document: unknown) => expectValidConversion(fromJsonLd(document), 'jsonld');

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

const GAZETTE = 'https://gazette.example';

describe('fromJsonLd', () => {
  it('maps every field of a full NewsArticle, dropping schema-only fields without warnings', async () => {
    const conversion = converted(await fixture('news-article'));
    expect(conversion.format).to.equal('jsonld');
    expect(conversion.warnings).to.deep.equal([]);
    expect(conversion.article).to.deep.equal({
      headline: 'Harbour council approves year-round ferry to Skerry Island',
      alternativeHeadline: 'Skerry Island ferry to run all winter',
      description:
        'Councillors voted 9–2 to fund a winter timetable after islanders were cut off for eleven days in January.',
      url: `${GAZETTE}/transport/skerry-ferry`,
      dateline: 'Port Ellis',
      datePublished: '2025-02-14T08:30:00+00:00',
      dateModified: '2025-02-14T12:05:00Z',
      author: [
        {
          name: 'Maren Holt',
          jobTitle: 'Transport correspondent',
          url: `${GAZETTE}/staff/maren-holt`,
          image: { url: `${GAZETTE}/staff/maren-holt.jpg`, width: 200, height: 200 },
          affiliation: { name: 'Port Ellis Gazette' },
        },
        { name: 'Idris Vance' },
      ],
      publisher: {
        name: 'Port Ellis Gazette',
        alternateName: 'PEG',
        url: `${GAZETTE}/`,
        logo: { url: `${GAZETTE}/logo.png`, width: 600, height: 60 },
      },
      sourceOrganization: { name: 'Coastal Press Agency', alternateName: 'CPA' },
      // The repeated URL is listed once; contentUrl, a numeric string and a QuantitativeValue read.
      image: [
        { url: `${GAZETTE}/img/ferry-16x9.jpg` },
        {
          url: `${GAZETTE}/img/ferry-4x3.jpg`,
          caption: 'The MV Tern leaving Port Ellis harbour',
          creditText: 'Photo: Ana Ruiz/CPA',
          width: 1200,
          height: 900,
        },
      ],
      inLanguage: 'en-GB',
      articleSection: 'Local',
      keywords: ['ferries', 'Skerry Island', 'council', 'transport'],
      body: [
        {
          type: 'paragraph',
          text: 'Skerry Island will have a ferry all year round from October, after the harbour council voted 9–2 on Thursday to fund a winter timetable.',
        },
        {
          type: 'paragraph',
          text: 'Islanders were cut off for eleven days in January when the summer-only service had already stopped and storms grounded the private boats.',
        },
        {
          type: 'paragraph',
          text: '“We cannot ask people to live on an island the mainland forgets for five months a year,” said council leader Petra Lund.',
        },
        {
          type: 'quote',
          text: 'We cannot ask people to live on an island the mainland forgets for five months a year',
          attribution: { name: 'Petra Lund', jobTitle: 'Leader of Port Ellis Harbour Council' },
          cite: 'https://harbour-council.example/minutes/2025-02-13',
        },
        {
          type: 'paragraph',
          // A single newline inside a paragraph of blank-line-separated text is a wrapped line.
          text: 'The service will cost £1.4 million a year, shared between the council and the regional transport fund.',
        },
        // Its words appear in no paragraph, so it follows the last one.
        {
          type: 'quote',
          text: 'Eleven days is a long time to wait for bread.',
          attribution: { name: 'Tom Arkle' },
        },
      ],
    });
  });

  it('resolves @id references in an @graph to the nodes they name', async () => {
    const conversion = converted(await fixture('graph'));
    expect(conversion.warnings).to.deep.equal([]);
    const root = 'https://allotment.example';
    expect(conversion.article).to.deep.equal({
      headline: 'A seed swap outgrows the church hall',
      url: `${root}/2024/seed-swap/`,
      datePublished: '2024-03-02T10:00:00+01:00',
      author: [{ name: 'Inés Park', url: `${root}/about/` }],
      publisher: { name: 'The Allotment Diaries', logo: { url: `${root}/logo.png` } },
      image: [
        {
          url: `${root}/uploads/seed-tables.jpg`,
          caption: 'Trestle tables of seed packets',
          width: 1600,
          height: 1067,
        },
      ],
      inLanguage: 'en-US',
      articleSection: 'Diary',
      keywords: ['seeds', 'community, gardening'],
      body: [
        { type: 'paragraph', text: 'More than four hundred people came to the spring seed swap.' },
        { type: 'paragraph', text: 'The hall held a hundred.' },
        {
          type: 'quote',
          text: 'The hall held a hundred.',
          attribution: { name: 'Inés Park', url: `${root}/about/` },
        },
        { type: 'paragraph', text: 'Next year it moves to the school gym.' },
      ],
    });
  });

  it('reads the variant shapes publishers use for types, names, images, language and body', async () => {
    const conversion = converted(await fixture('variants'));
    expect(conversion.warnings).to.deep.equal([]);
    expect(conversion.article).to.deep.equal({
      // `name` stands in for a missing headline; a stray character reference is decoded.
      headline: 'Choir of 300 sings the valley’s old hymns in Welsh',
      url: 'https://valley-post.example/choir',
      datePublished: '2024-05-05T19:30',
      author: [
        { name: 'Valley Post Staff', url: 'https://valley-post.example/staff' },
        { name: 'Gwen Morgan' },
      ],
      publisher: { name: 'The Valley Post' },
      image: [
        {
          url: 'https://valley-post.example/choir.jpg',
          creditText: 'Valley Photo Co-op',
          width: 640,
          height: 480,
        },
      ],
      inLanguage: 'cy',
      articleSection: 'Culture',
      keywords: ['music', 'Welsh language'],
      body: [
        { type: 'paragraph', text: 'Three hundred singers filled the chapel on Saturday.' },
        { type: 'paragraph', text: 'The oldest, at 94, first sang there in 1941.' },
      ],
    });
  });

  it('recognises every Article type, as a string, an array, a prefixed name or an IRI', () => {
    const types = [
      'Article',
      'NewsArticle',
      'ReportageNewsArticle',
      'AnalysisNewsArticle',
      'OpinionNewsArticle',
      'BackgroundNewsArticle',
      'ReviewNewsArticle',
      'BlogPosting',
      'LiveBlogPosting',
      'Report',
      'ScholarlyArticle',
      'TechArticle',
      'schema:NewsArticle',
      'https://schema.org/NewsArticle',
      'http://schema.org/BlogPosting',
    ];
    for (const type of types) {
      for (const written of [type, ['CreativeWork', type]]) {
        const conversion = converted({ '@type': written, headline: `A ${type}` });
        expect(conversion.article.headline, JSON.stringify(written)).to.equal(`A ${type}`);
        expect(jsonLdAdapter.detect({ '@type': written }), type).to.equal(true);
      }
    }
  });

  it('finds the article as a page’s mainEntity, and picks one by @id, url or mainEntityOfPage', async () => {
    const page = await fixture('multiple');
    expect(fromJsonLd(page).article.headline).to.equal('Why the spring tides came early');
    const picks = {
      'https://tidings.example/analysis/tides': 'Why the spring tides came early',
      'https://tidings.example/opinion/sea-wall': 'The sea wall should be rebuilt, not raised',
      'https://tidings.example/guides/tide-tables': 'How to read a tide table',
    };
    for (const [selector, headline] of Object.entries(picks)) {
      expect(fromJsonLd(page, selector).article.headline).to.equal(headline);
    }
    const missing = fromJsonLd(page, 'https://tidings.example/nowhere');
    expect(missing.article).to.deep.equal({ headline: 'Untitled' });
    expect(warningsOf(missing)).to.deep.equal([
      'no schema.org article with the @id or url "https://tidings.example/nowhere" found; "Untitled" used',
    ]);
  });

  describe('articleBody', () => {
    const bodyOf = (articleBody: string) =>
      converted({ '@type': 'Article', headline: 'h', articleBody }).article.body?.map(
        (block) => (block as { text: string }).text,
      );

    it('splits at blank lines, joining the lines within a paragraph', () => {
      expect(bodyOf('One\ncontinued.\n\n  \nTwo.\r\n\r\nThree.')).to.deep.equal([
        'One continued.',
        'Two.',
        'Three.',
      ]);
    });

    it('splits at single newlines when there is no blank line', () => {
      expect(bodyOf('One.\r\nTwo.\n  Three.  \n')).to.deep.equal(['One.', 'Two.', 'Three.']);
    });

    it('reads `text` when there is no articleBody, and gives no body for blank text', () => {
      expect(
        converted({ '@type': 'Article', headline: 'h', text: 'A.\nB.' }).article.body,
      ).to.deep.equal([
        { type: 'paragraph', text: 'A.' },
        { type: 'paragraph', text: 'B.' },
      ]);
      expect(bodyOf(' \n\n ')).to.equal(undefined);
    });

    it('places a quotation after the paragraph that holds its words, however they are spaced', () => {
      const { body } = converted({
        '@type': 'NewsArticle',
        headline: 'h',
        articleBody: 'First.\n\nShe said “the   tide\nwill turn” and left.\n\nLast.',
        hasPart: { '@type': 'Quotation', text: 'the tide will turn', author: 'Ada Byrne' },
      }).article;
      expect(body?.map((block) => block.type)).to.deep.equal([
        'paragraph',
        'paragraph',
        'quote',
        'paragraph',
      ]);
    });
  });

  describe('headline', () => {
    it('falls back to the first ten words of the body, with a warning', async () => {
      const conversion = converted(await fixture('no-headline'));
      expect(conversion.article.headline).to.equal(
        'Water levels in the northern reservoir fell to their lowest…',
      );
      expect(warningsOf(conversion)).to.deep.equal([
        'headline: missing; the first words of the body used',
      ]);
    });

    it('uses a short first paragraph whole', () => {
      const conversion = converted({ '@type': 'Report', articleBody: 'Rationing is not planned.' });
      expect(conversion.article.headline).to.equal('Rationing is not planned.');
    });

    it('falls back to "Untitled" when there is no text at all', () => {
      const conversion = converted({ '@type': 'NewsArticle', headline: '   ' });
      expect(conversion.article).to.deep.equal({ headline: 'Untitled' });
      expect(warningsOf(conversion)).to.deep.equal(['headline: missing; "Untitled" used']);
    });

    it('reads a JSON-LD value object and keeps an ampersand that is not a reference', () => {
      const headline = { '@value': 'AT&T and R&amp;D', '@language': 'en' };
      expect(converted({ '@type': 'Article', headline }).article.headline).to.equal('AT&T and R&D');
    });
  });

  it('reads other shapes of language, keywords, dimensions and people', () => {
    const { article, warnings } = converted({
      '@type': 'NewsArticle',
      headline: 'h',
      inLanguage: 'en_US',
      keywords: [{ '@type': 'DefinedTerm', name: 'harbours' }, 'tides'],
      image: {
        '@type': 'ImageObject',
        url: ['https://x.example/a.jpg', 'https://x.example/b.jpg'],
        width: { '@type': 'QuantitativeValue', value: '800' },
        height: -4,
      },
      author: {
        '@type': 'Person',
        name: 'Noor Saleh',
        jobTitle: { '@type': 'DefinedTerm', name: 'Editor' },
        affiliation: ['Harbour Weekly', 'Second affiliation'],
        url: 7,
      },
      publisher: [
        { '@type': 'Organization', name: 'First' },
        { '@type': 'Organization', name: 'Second' },
      ],
    });
    expect(warnings).to.deep.equal([]);
    expect(article).to.deep.equal({
      headline: 'h',
      author: [{ name: 'Noor Saleh', jobTitle: 'Editor', affiliation: { name: 'Harbour Weekly' } }],
      publisher: { name: 'First' },
      image: [{ url: 'https://x.example/a.jpg', width: 800 }],
      inLanguage: 'en-US',
      keywords: ['harbours', 'tides'],
    });
  });

  it('turns a malformed document into a valid partial article, naming each dropped value', async () => {
    const conversion = converted(await fixture('malformed'));
    expect(conversion.article).to.deep.equal({
      headline: 'Bridge reopens after repairs',
      author: [{ name: 'Lina Ocampo' }],
      image: [{ url: 'https://bridge.example/bridge.jpg' }],
    });
    expect(warningsOf(conversion)).to.have.members([
      'articleBody: expected text, got an object; dropped',
      'hasPart[0].text: a Quotation without text, dropped',
      'image[0]: an image without a URL, dropped',
      'image[1]: expected an image URL or ImageObject, got the number 5; dropped',
      'headline: expected text, got the number 42; dropped',
      'alternativeHeadline: expected text, got an object; dropped',
      'datePublished: expected an ISO 8601 date, got the string "last Tuesday"; dropped',
      'dateModified: expected an ISO 8601 date, got the string "14/02/2025"; dropped',
      'author[0]: expected a name or a Person, got the number 7; dropped',
      'author[1]: a person without a name, dropped',
      'author[2]: expected a name or a Person, got the string "  "; dropped',
      'author[4]: expected a name or a Person, got null; dropped',
      'publisher: an organization without a name, dropped',
      'inLanguage: expected a language tag such as "en", got the string "English"; dropped',
      'keywords: expected text, got the number 12; dropped',
    ]);
    expect(conversion.warnings).to.have.length(15);
  });

  describe('any value at all', () => {
    const values: [string, unknown][] = [
      ['undefined', undefined],
      ['null', null],
      ['a number', 42],
      ['a string', '{"@type":"NewsArticle"}'],
      ['an empty array', []],
      ['a non-article node', { '@context': 'https://schema.org', '@type': 'WebPage' }],
      ['a revoked Proxy', revokedProxy()],
      ['a function', () => 0],
    ];
    for (const [name, value] of values) {
      it(`gives an Untitled article with a warning for ${name}`, () => {
        const conversion = converted(value);
        expect(conversion.article).to.deep.equal({ headline: 'Untitled' });
        expect(conversion.warnings.at(-1)).to.deep.equal({
          path: '',
          message: 'no schema.org article found; "Untitled" used',
        });
        expect(jsonLdAdapter.detect(value)).to.equal(false);
      });
    }

    it('reports fields whose getters throw, and keeps the rest', () => {
      const document = {
        '@type': 'NewsArticle',
        headline: 'Getters',
        get author(): unknown {
          throw new Error('boom');
        },
        image: [
          'https://x.example/a.jpg',
          {
            get url(): unknown {
              throw new Error('boom');
            },
          },
        ],
      };
      const conversion = converted(document);
      expect(conversion.article).to.deep.equal({
        headline: 'Getters',
        image: [{ url: 'https://x.example/a.jpg' }],
      });
      expect(warningsOf(conversion)).to.deep.equal([
        'image[1].url: could not be read, dropped',
        'image[1]: an image without a URL, dropped',
        'author: could not be read, dropped',
      ]);
    });

    it('survives revoked proxies, symbols, bigints, cycles and arrays that lie about their length', () => {
      const person: Record<string, unknown> = { '@type': 'Person', name: 'Ana Lopes' };
      person.affiliation = person;
      const document: Record<string, unknown> = {
        '@type': 'NewsArticle',
        headline: Symbol('headline'),
        name: 'Cycles',
        description: 10n,
        author: [person, revokedProxy()],
        publisher: revokedProxy(),
        keywords: new Proxy(['tides'], {
          get: (target, key) => (key === 'length' ? 1e9 : Reflect.get(target, key)),
        }),
      };
      document['@graph'] = [document];
      const conversion = converted(document);
      expect(conversion.article).to.deep.equal({
        headline: 'Cycles',
        author: [{ name: 'Ana Lopes', affiliation: { name: 'Ana Lopes' } }],
        keywords: ['tides'],
      });
      expect(warningsOf(conversion)).to.include.members([
        'headline: expected text, got a symbol; dropped',
        'description: expected text, got a bigint; dropped',
      ]);
    });

    it('reads arrays whose items or length throw, and nested arrays where a thing belongs', () => {
      const throwingItem = new Proxy(['Ana Lopes', 'Ben Ito'], {
        get: (target, key) => {
          if (key === '0') throw new Error('boom');
          return Reflect.get(target, key);
        },
      });
      const throwingLength = new Proxy(['x'], {
        get: (target, key) => {
          if (key === 'length') throw new Error('boom');
          return Reflect.get(target, key);
        },
      });
      const conversion = converted({
        '@type': 'NewsArticle',
        headline: 'Arrays',
        author: throwingItem,
        publisher: [['Nested Press']],
        keywords: throwingLength,
        image: { url: '/a.jpg', width: { value: { value: 3 } } },
        hasPart: { '@type': 'Quotation', text: 'q', author: [['Nested']] },
      });
      expect(conversion.article).to.deep.equal({
        headline: 'Arrays',
        author: [{ name: 'Ben Ito' }],
        // Text is read from the first item, however deep.
        publisher: { name: 'Nested Press' },
        image: [{ url: '/a.jpg' }],
        body: [{ type: 'quote', text: 'q' }],
      });
      expect(warningsOf(conversion)).to.deep.equal([
        'hasPart.author[0]: expected a name or a Person, got an array; dropped',
        'author[0]: could not be read, dropped',
      ]);
    });

    it('drops a part the model’s limits refuse, with a warning, and keeps the article valid', () => {
      const conversion = converted({
        '@type': 'NewsArticle',
        headline: 'Too long',
        articleBody: 'Line.\n\n'.repeat(60_000),
      });
      expect(conversion.article).to.deep.equal({ headline: 'Too long' });
      expect(warningsOf(conversion)).to.deep.equal(['body: could not be converted, dropped']);
    });
  });
});

describe('jsonLdFromPage and findJsonLdArticle', () => {
  const site = JSON.stringify({ '@context': 'https://schema.org', '@type': 'WebSite', name: 'S' });
  const story = (headline: string, url: string) =>
    JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline, url });

  it('converts the first article among the page’s scripts, skipping one that is not JSON', () => {
    const scripts = [site, '{ not json', story('First', '/a'), story('Second', '/b')];
    const conversion = jsonLdFromPage(scripts);
    expect(conversion?.article).to.deep.equal({ headline: 'First', url: '/a' });
    expect(conversion && warningsOf(conversion)).to.deep.equal(['[1]: is not valid JSON, skipped']);
    expect(jsonLdFromPage(scripts, '/b')?.article.headline).to.equal('Second');
  });

  it('resolves references from one script to a node in another, with paths by script', () => {
    const person = JSON.stringify({ '@type': 'Person', '@id': '#ines', name: 'Inés Park' });
    const article = JSON.stringify({
      '@type': 'BlogPosting',
      headline: 'h',
      author: [{ '@id': '#ines' }, 5],
    });
    const conversion = jsonLdFromPage([person, article]);
    expect(conversion?.article.author).to.deep.equal([{ name: 'Inés Park' }]);
    expect(conversion && warningsOf(conversion)).to.deep.equal([
      '[1].author[1]: expected a name or a Person, got the number 5; dropped',
    ]);
  });

  it('returns undefined when no script holds an article', () => {
    expect(jsonLdFromPage([])).to.equal(undefined);
    expect(jsonLdFromPage([site, 'null', '[]'])).to.equal(undefined);
    expect(jsonLdFromPage([story('Only', '/a')], '/z')).to.equal(undefined);
    expect(findJsonLdArticle([revokedProxy()])).to.equal(undefined);
  });

  it('finds an article among parsed documents', () => {
    const documents = [JSON.parse(site), JSON.parse(story('Found', '/f'))];
    expect(findJsonLdArticle(documents)?.article.headline).to.equal('Found');
  });
});

describe('jsonLdAdapter', () => {
  it('names its format and converts as fromJsonLd does', async () => {
    const document = await fixture('graph');
    expect(jsonLdAdapter.format).to.equal('jsonld');
    expect(jsonLdAdapter.name).to.equal('schema.org JSON-LD');
    expect(jsonLdAdapter.detect(document)).to.equal(true);
    expect(jsonLdAdapter.convert(document)).to.deep.equal(fromJsonLd(document));
  });

  it('does not take a Lede Article or an ANS story for JSON-LD', () => {
    expect(jsonLdAdapter.detect({ headline: 'A Lede article' })).to.equal(false);
    expect(jsonLdAdapter.detect({ type: 'story', headlines: { basic: 'ANS' } })).to.equal(false);
  });
});

/** A Lede article using every field JSON-LD has a place for. */
const fullArticle: Article = {
  headline: 'Harbour council approves year-round ferry',
  alternativeHeadline: 'Ferry all winter',
  description: 'A winter timetable from October.',
  url: 'https://gazette.example/ferry',
  dateline: 'Port Ellis',
  datePublished: '2025-02-14',
  dateModified: '2025-02-15T09:00:00Z',
  author: [
    {
      name: 'Maren Holt',
      jobTitle: 'Transport correspondent',
      url: 'https://gazette.example/staff/maren-holt',
      image: { url: 'https://gazette.example/maren.jpg', alt: 'Maren Holt' },
      affiliation: { name: 'Port Ellis Gazette' },
    },
  ],
  publisher: {
    name: 'Port Ellis Gazette',
    alternateName: 'PEG',
    url: 'https://gazette.example/',
    logo: { url: 'https://gazette.example/logo.png', width: 600, height: 60 },
  },
  sourceOrganization: { name: 'Coastal Press Agency', alternateName: 'CPA' },
  image: [
    {
      url: 'https://gazette.example/ferry.jpg',
      alt: 'A ferry in harbour',
      caption: 'The MV Tern',
      creditText: 'Photo: CPA',
      width: 1200,
      height: 800,
    },
  ],
  inLanguage: 'en-GB',
  articleSection: 'Transport',
  keywords: ['ferries', 'Skerry Island'],
  body: [
    { type: 'paragraph', html: 'The council <strong>voted 9–2</strong>.<br>A new line.' },
    { type: 'heading', text: 'What changes' },
    { type: 'stat', value: 1_400_000, unitText: 'pounds', label: 'Yearly cost' },
    {
      type: 'quote',
      variant: 'block',
      html: 'No island is <em>forgotten</em>',
      attribution: { name: 'Petra Lund', jobTitle: 'Council leader' },
      cite: 'https://harbour-council.example/minutes',
    },
    {
      type: 'people',
      title: 'The vote',
      organization: { name: 'Harbour Council', alternateName: 'HC' },
      items: [{ name: 'Petra Lund', jobTitle: 'Council leader' }, { name: 'Tom Arkle' }],
      host: { name: 'Tom Arkle' },
    },
    { type: 'paragraph', text: 'Services start in October.' },
  ],
};

describe('toJsonLd', () => {
  it('writes a NewsArticle with every field schema.org has a place for', () => {
    const maren = {
      '@type': 'Person',
      name: 'Maren Holt',
      jobTitle: 'Transport correspondent',
      url: 'https://gazette.example/staff/maren-holt',
      affiliation: { '@type': 'Organization', name: 'Port Ellis Gazette' },
      image: { '@type': 'ImageObject', url: 'https://gazette.example/maren.jpg' },
    };
    expect(toJsonLd(fullArticle)).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Harbour council approves year-round ferry',
      alternativeHeadline: 'Ferry all winter',
      description: 'A winter timetable from October.',
      url: 'https://gazette.example/ferry',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://gazette.example/ferry' },
      dateline: 'Port Ellis',
      datePublished: '2025-02-14',
      dateModified: '2025-02-15T09:00:00Z',
      author: [maren],
      publisher: {
        '@type': 'Organization',
        name: 'Port Ellis Gazette',
        alternateName: 'PEG',
        url: 'https://gazette.example/',
        logo: {
          '@type': 'ImageObject',
          url: 'https://gazette.example/logo.png',
          width: 600,
          height: 60,
        },
      },
      sourceOrganization: {
        '@type': 'Organization',
        name: 'Coastal Press Agency',
        alternateName: 'CPA',
      },
      image: [
        {
          '@type': 'ImageObject',
          url: 'https://gazette.example/ferry.jpg',
          caption: 'The MV Tern',
          creditText: 'Photo: CPA',
          width: 1200,
          height: 800,
        },
      ],
      inLanguage: 'en-GB',
      articleSection: 'Transport',
      keywords: ['ferries', 'Skerry Island'],
      articleBody:
        'The council voted 9–2.\nA new line.\n\nWhat changes\n\nServices start in October.',
      hasPart: [
        {
          '@type': 'Quotation',
          text: 'No island is forgotten',
          spokenByCharacter: { '@type': 'Person', name: 'Petra Lund', jobTitle: 'Council leader' },
          citation: 'https://harbour-council.example/minutes',
        },
      ],
      mentions: [
        { '@type': 'Organization', name: 'Harbour Council', alternateName: 'HC' },
        { '@type': 'Person', name: 'Petra Lund', jobTitle: 'Council leader' },
        { '@type': 'Person', name: 'Tom Arkle' },
      ],
    });
  });

  it('gives what Google’s Article structured data reads, as JSON a script element can hold', () => {
    const jsonLd = JSON.parse(JSON.stringify(toJsonLd(fullArticle))) as Record<string, unknown>;
    expect(jsonLd['@type']).to.equal('NewsArticle');
    expect(jsonLd.headline).to.be.a('string');
    expect(jsonLd.datePublished).to.equal('2025-02-14');
    expect((jsonLd.image as { url: string }[]).map((image) => image.url)).to.deep.equal([
      'https://gazette.example/ferry.jpg',
    ]);
    const [author] = jsonLd.author as { name: string; url: string }[];
    expect([author?.name, author?.url]).to.deep.equal([
      'Maren Holt',
      'https://gazette.example/staff/maren-holt',
    ]);
  });

  it('keeps a long headline whole', () => {
    const headline = 'word '.repeat(40).trim();
    expect(toJsonLd({ headline }).headline).to.equal(headline);
  });

  it('leaves out URLs the URL policy refuses, and the image they belong to', () => {
    const jsonLd = toJsonLd({
      headline: 'h',
      url: 'javascript:alert(1)',
      author: [
        { name: 'A', url: 'mailto:a@example.com' },
        { name: 'B', url: 'data:text/html,x' },
      ],
      image: [{ url: 'javascript:x' }, { url: '/ok.jpg' }],
      body: [{ type: 'quote', text: 'q', cite: 'vbscript:x' }],
    });
    expect(jsonLd).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'h',
      author: [
        { '@type': 'Person', name: 'A', url: 'mailto:a@example.com' },
        { '@type': 'Person', name: 'B' },
      ],
      image: [{ '@type': 'ImageObject', url: '/ok.jpg' }],
      hasPart: [{ '@type': 'Quotation', text: 'q' }],
    });
  });

  it('leaves out the fields of an invalid article that do not hold what the model says', () => {
    // Keywords written as one comma-separated string are a shorthand the model reads: not these.
    const invalid = { headline: 'h', datePublished: 'yesterday', keywords: 42, author: [{}] };
    expect(toJsonLd(invalid as unknown as Article)).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'h',
    });
    expect(toJsonLd(null as unknown as Article)).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Untitled',
    });
  });

  describe('then fromJsonLd', () => {
    const textOf = (block: Block) => (block as { text?: string }).text;
    const quoteFacts = (block: QuoteBlock) => ({
      text: block.text,
      attribution: block.attribution,
    });

    it('loses nothing of the seed story that JSON-LD can carry', async () => {
      const seed = await loadSeedStory();
      const conversion = converted(toJsonLd(seed));
      const { article } = conversion;
      expect(conversion.warnings).to.deep.equal([]);
      // Every top-level fact comes back as it was.
      for (const key of [
        'headline',
        'description',
        'dateline',
        'datePublished',
        'sourceOrganization',
        'inLanguage',
        'articleSection',
        'keywords',
      ] as const) {
        expect(article[key], key).to.deep.equal(seed[key]);
      }
      expect(article.author).to.deep.equal(seed.author);
      const body = article.body ?? [];
      const seedBody = seed.body ?? [];
      // The paragraphs' text, in order; the quotes' words and speakers, in order.
      expect(body.filter((block) => block.type === 'paragraph').map(textOf)).to.deep.equal(
        seedBody.filter((block) => block.type === 'paragraph').map(textOf),
      );
      const quotes = (blocks: Block[]) =>
        blocks.filter((block): block is QuoteBlock => block.type === 'quote').map(quoteFacts);
      expect(quotes(body)).to.have.length(3);
      expect(quotes(body)).to.deep.equal(quotes(seedBody));
      // What JSON-LD has no place for — stats, the delegation, the Also Read boxes, block ids
      // and quote variants — is all that is missing.
      expect(new Set(body.map((block) => block.type))).to.deep.equal(
        new Set(['paragraph', 'quote']),
      );
      expect(body.some((block) => 'id' in block || 'variant' in block)).to.equal(false);
    });

    it('brings back every field of a full article except alt text, and headings as paragraphs', () => {
      const { article, warnings } = converted(toJsonLd(fullArticle));
      expect(warnings).to.deep.equal([]);
      const withoutAlt = structuredClone(fullArticle);
      delete withoutAlt.author?.[0]?.image?.alt;
      delete withoutAlt.image?.[0]?.alt;
      delete withoutAlt.body;
      const { body, ...convertedFacts } = article;
      expect(convertedFacts).to.deep.equal(withoutAlt);
      expect(body).to.deep.equal([
        { type: 'paragraph', text: 'The council voted 9–2. A new line.' },
        { type: 'paragraph', text: 'What changes' },
        { type: 'paragraph', text: 'Services start in October.' },
        {
          type: 'quote',
          text: 'No island is forgotten',
          attribution: { name: 'Petra Lund', jobTitle: 'Council leader' },
          cite: 'https://harbour-council.example/minutes',
        },
      ]);
    });
  });
});

describe('real JSON-LD documents', function () {
  const guardian = 'https://www.theguardian.com';
  const publisher = {
    name: 'The Guardian',
    url: `${guardian}/`,
    logo: {
      url: 'https://uploads.guim.co.uk/2018/01/31/TheGuardian_AMP.png',
      width: 190,
      height: 60,
    },
  };
  let documents: Record<string, unknown> = {};

  before(async function () {
    const names = ['guardian-comment', 'guardian-standard'];
    const responses = await Promise.all(
      names.map((name) => fetch(`/shared-fixtures/interop/jsonld/${name}.json`)),
    );
    if (!responses.every((response) => response.ok)) {
      console.log('Shared interop fixtures not found: skipping the real-document tests.');
      this.skip();
    }
    const bodies = await Promise.all(
      responses.map((response) => response.json() as Promise<unknown>),
    );
    documents = Object.fromEntries(names.map((name, index) => [name, bodies[index]]));
  });

  it('reads the Guardian comment piece: headline, author, images, publisher and dates', () => {
    const conversion = converted(documents['guardian-comment']);
    const { article } = conversion;
    expect(conversion.warnings).to.deep.equal([]);
    expect(article.headline).to.equal(
      'Austerity is grinding on – it has cut too deep to ‘level up’',
    );
    expect(article.url).to.equal(
      `${guardian}/commentisfree/2020/feb/10/austerity-level-up-newcastle-budget-cuts`,
    );
    expect(article.datePublished).to.equal('2020-02-10T06:00:27.000Z');
    expect(article.dateModified).to.equal('2020-02-10T11:19:50.000Z');
    expect(article.author).to.deep.equal([{ name: 'John Harris' }]);
    expect(article.publisher).to.deep.equal(publisher);
    const media = 'https://i.guim.co.uk/img/media/90f6640a4b3a916602353d2158a042b6a7e63726/';
    const urls = article.image?.map((image) => image.url) ?? [];
    expect(urls).to.have.length(4);
    const master = `${media}0_86_3240_1944/master/3240.jpg?width=1200`;
    expect(urls.every((url) => url.startsWith(master))).to.equal(true);
    expect(urls[0]).to.contain('height=630');
    expect(article.dateline).to.equal(undefined);
    expect(article.body).to.equal(undefined);
  });

  it('reads the Guardian news story, listing its repeated fallback image once', () => {
    const conversion = converted(documents['guardian-standard']);
    const { article } = conversion;
    expect(conversion.warnings).to.deep.equal([]);
    expect(article.headline).to.equal(
      'NSA collecting phone records of millions of Verizon customers daily',
    );
    expect(article.datePublished).to.equal('2013-06-06T10:05:00.000Z');
    expect(article.dateModified).to.equal('2019-05-01T17:16:49.000Z');
    expect(article.author).to.deep.equal([{ name: 'Glenn Greenwald' }]);
    expect(article.publisher).to.deep.equal(publisher);
    expect(article.image?.map((image) => image.url.split('?')[0])).to.deep.equal([
      'https://i.guim.co.uk/img/static/sys-images/Guardian/Pix/audio/video/2013/6/5/1370461050798/Phone-records-data-010.jpg',
      'https://assets.guim.co.uk/images/eada8aa27c12fe2d5afa3a89d3fbae0d/fallback-logo.png',
    ]);
    expect(article.dateline).to.equal(undefined);
  });
});
