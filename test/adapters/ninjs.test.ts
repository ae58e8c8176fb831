import { expect } from '@open-wc/testing';
import { fromNinjs, ninjsAdapter, NINJS_PEOPLE_TITLE } from '../../src/adapters/ninjs.js';
import { completeConversion, convertSafely } from '../../src/adapters/shared/complete.js';
import type { Conversion } from '../../src/adapters/types.js';
import type { Article, PeopleBlock } from '../../src/model/types.js';
import {
  blocksOf,
  expectValidConversion,
  loadAdapterFixture,
  paragraphs,
  warningsOf,
} from '../helpers/adapters.js';

const fixture = (file: string) => loadAdapterFixture('ninjs', file);
/** Converts, and checks the promise every conversion keeps: a valid article. */
const convert = (document: unknown) => expectValidConversion(fromNinjs(document), 'ninjs');

const typesOf = (article: Article) => (article.body ?? []).map((block) => block.type);
const peopleOf = (article: Article): PeopleBlock => blocksOf(article, 'people')[0]!;

describe('fromNinjs', () => {
  describe('a ninjs 3 story', () => {
    let conversion: Conversion;
    let article: Article;
    before(async () => {
      conversion = convert(await fixture('ninjs3-story.json'));
      article = conversion.article;
    });

    it('reads the main headline and the sub headline, whatever their order', () => {
      expect(article.headline).to.equal('Harbour bridge gets green light');
      expect(article.alternativeHeadline).to.equal(
        'Council approves £48 million crossing after a decade of debate',
      );
    });

    it('takes the summary as the description, not the usage note', () => {
      expect(article.description).to.equal(
        'Work on the long-awaited crossing starts in the spring.',
      );
    });

    it('reads located as the dateline, firstCreated as published, versionCreated as modified', () => {
      expect(article.dateline).to.equal('Port Aldwick');
      expect(article.datePublished).to.equal('2024-03-12T07:30:00Z');
      expect(article.dateModified).to.equal('2024-03-12T09:05:00Z');
    });

    it('splits a byline listing two people and gives them the agency named after the comma', () => {
      const agency = { name: 'Northwind News Agency' };
      expect(article.author).to.deep.equal([
        { name: 'Amira Haddad', affiliation: agency },
        { name: 'Tomás Rivera', affiliation: agency },
      ]);
      expect(article.sourceOrganization).to.deep.equal(agency);
    });

    it('reads the language, and the subjects as keywords without repeats', () => {
      expect(article.inLanguage).to.equal('en-GB');
      expect(article.keywords).to.deep.equal(['Infrastructure', 'Local government']);
    });

    it('shows the preview rendition of the picture, with caption, alt text and credit', () => {
      expect(article.image).to.deep.equal([
        {
          url: 'https://img.example/bridge-preview.jpg',
          alt: 'A white cable-stayed bridge over a harbour at dusk',
          caption: 'The winning design for the crossing.',
          creditText: 'Jo Park/Northwind',
          width: 1024,
          height: 683,
        },
      ]);
    });

    it('prefers the HTML body and splits it into typed blocks, in order', () => {
      expect(typesOf(article)).to.deep.equal([
        'paragraph',
        'paragraph',
        'paragraph',
        'heading',
        'paragraph',
        'quote',
        'list',
        'list',
        'image',
        'heading',
        'paragraph',
        'paragraph',
        'people',
      ]);
      expect(JSON.stringify(article.body)).not.to.include('plain-text version');
    });

    it('drops the first heading when it only repeats the headline', () => {
      const headings = blocksOf(article, 'heading').map((block) => [block.level, block.text]);
      expect(headings).to.deep.equal([
        [2, 'What happens next'],
        [4, 'Costs'],
      ]);
    });

    it('keeps markup as html and markup-free text as text; loose text splits at line breaks', () => {
      expect(paragraphs(article)).to.deep.equal([
        'Councillors voted <strong>31 to 9</strong> on Tuesday to build the crossing.',
        'Loose line one',
        'Loose line two',
        'Contractors will be named by May.',
        'An unclosed paragraph',
        'Tolls &amp; fees come later.',
      ]);
    });

    it('skips scripts and comments, even when they hold paragraph tags', () => {
      const text = JSON.stringify(article.body);
      expect(text).not.to.include('not a paragraph');
      expect(text).not.to.include("editor's note");
    });

    it('turns a blockquote into a block quote whose paragraphs stay on separate lines', () => {
      expect(blocksOf(article, 'quote')).to.deep.equal([
        { type: 'quote', variant: 'block', html: 'We have waited long enough.<br>Now we build.' },
      ]);
    });

    it('tells ordered lists from unordered ones and keeps nested items under theirs', () => {
      const [bullets, numbers] = blocksOf(article, 'list');
      expect(bullets).to.deep.equal({
        type: 'list',
        items: [
          { text: 'Survey work in April' },
          { text: 'Piling from June', items: [{ text: 'North bank first' }] },
        ],
      });
      expect(numbers).to.deep.equal({
        type: 'list',
        ordered: true,
        items: [{ text: 'Design' }, { text: 'Build' }],
      });
    });

    it('turns a figure into an image block with its alt text, caption and size', () => {
      expect(blocksOf(article, 'image')).to.deep.equal([
        {
          type: 'image',
          url: 'https://img.example/bridge-render.jpg',
          alt: 'A white cable-stayed bridge at dusk',
          caption: 'The design by Studio Ferro.',
          width: 1200,
          height: 800,
        },
      ]);
    });

    it('lists the people with their roles, under the organisation their roles mention', () => {
      expect(peopleOf(article)).to.deep.equal({
        type: 'people',
        title: NINJS_PEOPLE_TITLE,
        organization: {
          name: 'Port Aldwick Harbour Commission',
          alternateName: 'PAHC',
          url: 'https://pahc.example',
        },
        items: [
          { name: 'Dana Whitfield', jobTitle: 'Mayor of Port Aldwick' },
          { name: 'Kofi Mensah', jobTitle: 'PAHC Chair' },
          { name: 'Lee' },
          { name: 'Priya Nair', jobTitle: 'Chief engineer, Project lead' },
        ],
      });
    });

    it('has nothing to warn about', () => {
      expect(warningsOf(conversion)).to.deep.equal([]);
    });
  });

  describe('a ninjs 2 story', () => {
    let conversion: Conversion;
    let article: Article;
    before(async () => {
      conversion = convert(await fixture('ninjs2-story.json'));
      article = conversion.article;
    });

    it('reads the lower-case field names of 2.x', () => {
      expect(article.headline).to.equal('Ferry services cancelled as storm reaches the coast');
      expect(article.inLanguage).to.equal('nb');
      expect(article.sourceOrganization).to.deep.equal({ name: 'Fjordpost' });
      expect(article.keywords).to.deep.equal(['Transport', 'Weather']);
    });

    it('publishes at versioncreated when nothing says when the story was first created', () => {
      expect(article.datePublished).to.equal('2023-11-02T16:40:00+01:00');
      expect(article).not.to.have.property('dateModified');
    });

    it('names no author when the byline is only the agency', () => {
      expect(article).not.to.have.property('author');
    });

    it('reads an HTML description as plain text', () => {
      expect(article.description).to.equal('Every crossing is cancelled until Friday.');
    });

    it('splits plain text at blank lines and keeps the lines of a paragraph apart', () => {
      expect(paragraphs(article)).to.deep.equal([
        'The last ferry left the island at noon.',
        'The operator listed the cancelled routes:<br>Harbour – Skerry<br>Skerry – Outer Isle',
        'Winds of 30 m/s are forecast overnight & into Thursday.',
      ]);
    });

    it('shows the widest rendition that is not a print master', () => {
      expect(article.image).to.deep.equal([
        {
          url: 'https://img.example/ferry-mid.jpg',
          caption: 'The ferry stays moored at the island quay.',
          creditText: 'Fjordpost',
          width: 1600,
          height: 900,
        },
      ]);
    });

    it('puts the people under the one organisation named, its literal as short name', () => {
      expect(peopleOf(article).organization).to.deep.equal({
        name: 'Fjord Ferries',
        alternateName: 'FF',
      });
      expect(peopleOf(article).items).to.deep.equal([{ name: 'Ingrid Solberg' }]);
    });
  });

  describe('a ninjs 1 story', () => {
    let article: Article;
    before(async () => {
      article = convert(await fixture('ninjs1-story.json')).article;
    });

    it('reads headline, headline_subheadline and description_text, not description_usage', () => {
      expect(article.headline).to.equal('Village orchard saved by volunteers');
      expect(article.alternativeHeadline).to.equal('Two hundred trees replanted in a weekend');
      expect(article.description).to.equal(
        'Volunteers replanted the old orchard after a storm felled half of it.',
      );
    });

    it('reads byline, located and the dates', () => {
      expect(article.author).to.deep.equal([{ name: 'Hannah Brooks' }]);
      expect(article.dateline).to.equal('Little Ashby');
      expect(article.datePublished).to.equal('2014-09-20T08:00:00Z');
      expect(article.dateModified).to.equal('2014-09-20T12:00:00Z');
    });

    it('prefers body_html to body_text', () => {
      expect(article.body?.slice(0, 3)).to.deep.equal([
        {
          type: 'paragraph',
          html: 'Two hundred <i>heritage</i> apple trees are back in the ground.',
        },
        { type: 'heading', level: 3, text: 'A long history' },
        { type: 'paragraph', text: 'The orchard was first planted in 1871.' },
      ]);
    });

    it('reads the singular lists of 1.x, and a role written before the name', () => {
      expect(article.keywords).to.deep.equal(['Environment']);
      expect(peopleOf(article)).to.deep.include({
        organization: { name: 'Little Ashby Parish Council' },
        items: [{ name: 'George Ellery', jobTitle: 'Parish council chair' }],
      });
    });

    it('reads associations and renditions written as maps, the main rendition first', () => {
      expect(article.image).to.deep.equal([
        {
          url: 'https://img.example/orchard-main.jpg',
          caption: 'Replanting day',
          creditText: 'Sam Oduya',
          width: 1200,
          height: 800,
        },
      ]);
    });
  });

  describe('an NITF body', () => {
    let conversion: Conversion;
    before(async () => {
      conversion = convert(await fixture('ninjs-nitf.json'));
    });

    it('takes the item title as headline when there is none, and says so', () => {
      expect(conversion.article.headline).to.equal('Storm warning');
      expect(warningsOf(conversion)).to.deep.equal([
        'headlines: missing, the item title is used as the headline',
      ]);
    });

    it('takes the first info source as the agency when there is no copyright holder', () => {
      const agency = { name: 'Met Office Wire', alternateName: 'MOW' };
      expect(conversion.article.sourceOrganization).to.deep.equal(agency);
      expect(conversion.article.author).to.deep.equal([
        { name: 'Ceri Lloyd', affiliation: agency },
      ]);
    });

    it('reads body.content, with hl2 as a heading and bq as a quote, and prefers it to text', () => {
      expect(conversion.article.body).to.deep.equal([
        { type: 'paragraph', text: 'Forecasters issued an amber warning on Friday.' },
        { type: 'heading', level: 2, text: 'Where it will hit' },
        {
          type: 'quote',
          variant: 'block',
          html: '<block>Stay away from the sea front.</block>',
        },
        { type: 'paragraph', text: 'Schools will open as usual.' },
      ]);
    });
  });

  describe('malformed documents', () => {
    it('read into a valid partial article, with a warning at each source path', async () => {
      const conversion = convert(await fixture('ninjs-malformed.json'));
      expect(conversion.article.headline).to.equal('A headline given as an object, not a list');
      expect(peopleOf(conversion.article).items).to.deep.equal([{ name: 'Rosa Vale' }]);
      // "last Tuesday" is dropped by the reader, with its warning at versionCreated.
      expect(conversion.article.datePublished).to.equal(undefined);
      expect(conversion.article.dateModified).to.equal(undefined);
      expect(warningsOf(conversion)).to.have.members([
        'headlines: expected an array, got an object, read as a list of one',
        'descriptions: expected an array, got the string "not a list", ignored',
        'bodies[0]: unsupported content type "application/pdf", dropped',
        'bodies[1].value: expected a string, got the number 42, dropped',
        'bodies[2]: expected an object, got the string "a body that is only a string", dropped',
        'versionCreated: expected an ISO 8601 date, got the string "last Tuesday", dropped',
        'firstCreated: expected a string, got the number 20240101, dropped',
        'language: expected a string, got the number 7, dropped',
        'by: expected a string, got an array, dropped',
        'people[0]: a person without a name, dropped',
        'people[1]: a person without a name, dropped',
        'people[2].roles: expected an array, got the string "not a list", ignored',
        'organisations[0]: an organisation without a name, dropped',
        'subjects: expected an array, got the number 5, ignored',
        'associations[0]: a picture without an image to show, dropped',
        'associations[1]: expected an object, got the number 3, dropped',
      ]);
    });

    it('take the first words of the body as headline, else "Untitled", with a warning', () => {
      const fromBody = convert({
        uri: 'urn:x',
        body_text: 'One two three four five six seven eight nine ten eleven twelve',
      });
      expect(fromBody.article.headline).to.equal(
        'One two three four five six seven eight nine ten…',
      );
      expect(warningsOf(fromBody)).to.deep.equal([
        'headlines: missing, the first words of the body are used as the headline',
      ]);
      const empty = convert({ uri: 'urn:x' });
      expect(empty.article).to.deep.equal({ headline: 'Untitled' });
      expect(warningsOf(empty)).to.deep.equal([
        'headlines: missing, "Untitled" is used as the headline',
      ]);
    });

    it('sniff a body without a content type, and split text without blank lines at each line', () => {
      const html = convert({ uri: 'urn:x', bodies: [{ value: '<p>One</p><p>Two</p>' }] });
      expect(paragraphs(html.article)).to.deep.equal(['One', 'Two']);
      const text = convert({ uri: 'urn:x', bodies: [{ value: 'One\nTwo' }] });
      expect(paragraphs(text.article)).to.deep.equal(['One', 'Two']);
    });

    it('never throw, whatever they are given', () => {
      const { proxy: revoked, revoke } = Proxy.revocable({}, {});
      revoke();
      const failing: ProxyHandler<object> = {
        get() {
          throw new Error('get');
        },
        ownKeys() {
          throw new Error('ownKeys');
        },
      };
      const throwing = new Proxy({}, failing);
      const cyclic: Record<string, unknown> = { uri: 'urn:x', headlines: [{ value: 'Loop' }] };
      cyclic.associations = [cyclic];
      cyclic.people = [cyclic];
      cyclic.descriptions = cyclic;
      const getters = {
        uri: 'urn:x',
        get headlines(): unknown {
          throw new Error('headlines');
        },
        get bodies(): unknown {
          throw new Error('bodies');
        },
      };
      const inputs: unknown[] = [
        undefined,
        null,
        0,
        NaN,
        '',
        'ninjs',
        true,
        [],
        {},
        [{ uri: 'urn:x' }],
        Symbol('ninjs'),
        10n,
        () => ({}),
        new Date(0),
        revoked,
        throwing,
        cyclic,
        getters,
        { uri: 'urn:x', headlines: [revoked, throwing], bodies: revoked, people: throwing },
        { uri: 'urn:x', associations: { mainpic: throwing }, renditions: revoked },
        { uri: 'urn:x', associations: throwing, bodies: new Proxy([], failing) },
      ];
      for (const input of inputs) {
        expect(() => ninjsAdapter.detect(input)).not.to.throw();
        convert(input);
      }
    });

    it('stop reading a list at ten thousand items, whatever length it claims', () => {
      const people = new Proxy([], {
        get: (target, key) => (key === 'length' ? 1e9 : { name: 'Ada Reyes' }),
      });
      const { article } = convert({ uri: 'urn:x', headline: 'Many', people });
      expect(peopleOf(article).items).to.have.length(10_000);
    });

    it('keep the first five thousand blocks of an outsized body', () => {
      const value = '<p>Again.</p>'.repeat(6_000);
      const conversion = convert({ uri: 'urn:x', headline: 'Long', body_html: value });
      expect(conversion.article.body).to.have.length(5_000);
      expect(warningsOf(conversion)).to.deep.equal(['more than 5000 blocks, the rest dropped']);
    });

    it('take linear time on markup that never closes', () => {
      const started = performance.now();
      for (const value of [
        '<p '.repeat(50_000),
        '<ul><li>'.repeat(20_000),
        '<!--<p>'.repeat(50_000),
      ]) {
        convert({ uri: 'urn:x', headline: 'Unclosed', body_html: value });
      }
      expect(performance.now() - started).to.be.below(3_000);
    });
  });

  describe('a picture item', () => {
    it('is its own image', () => {
      const { article } = convert({
        uri: 'urn:x',
        type: 'picture',
        headlines: [{ value: 'Sunrise over the bay' }],
        by: 'Noor Aziz',
        renditions: [{ name: 'web', href: 'https://img.example/sunrise.jpg', width: 800 }],
      });
      expect(article.image).to.deep.equal([
        {
          url: 'https://img.example/sunrise.jpg',
          caption: 'Sunrise over the bay',
          creditText: 'Noor Aziz',
          width: 800,
        },
      ]);
    });
  });

  describe('completing a conversion', () => {
    it('drops whatever the validator would refuse, so the article is always valid', () => {
      const draft = {
        headline: '',
        url: 'javascript:alert(1)',
        datePublished: 'soon',
        author: [{ name: 'Kept' }, { name: '' }],
        body: [{ type: 'stat', value: Number.NaN }],
      } as unknown as Partial<Article>;
      const conversion = completeConversion('ninjs', draft, [], 'headlines');
      // The validator drops the script URL, the date, the nameless author and the stat itself,
      // leaving an empty body; only the empty headline is left to the completion to replace.
      // Each drop is named in the warnings.
      expect(conversion.article).to.deep.equal({
        headline: 'Untitled',
        author: [{ name: 'Kept' }],
        body: [],
      });
      expect(warningsOf(conversion)).to.include.members([
        'the converted url was invalid (expected an http, https or relative URL, got "javascript:alert(1)"), dropped',
        'the converted datePublished was invalid (expected an ISO 8601 date such as "2022-08-23", got "soon"), dropped',
        'the converted author[1].name was invalid (must not be empty, the person is dropped), dropped',
        'the converted body[0].value was invalid (expected a number, got NaN, the stat block is dropped), dropped',
      ]);
    });

    it('returns an empty article when reading fails', () => {
      const conversion = convertSafely(
        'ninjs',
        {},
        () => {
          throw new Error('broken reader');
        },
        'headlines',
      );
      expect(conversion.article).to.deep.equal({ headline: 'Untitled' });
      expect(warningsOf(conversion)[0]).to.equal('could not be read, an empty article is returned');
    });
  });

  describe('ninjsAdapter', () => {
    it('names its format', () => {
      expect(ninjsAdapter.format).to.equal('ninjs');
      expect(ninjsAdapter.name).to.equal('IPTC ninjs');
      expect(ninjsAdapter.convert).to.equal(fromNinjs);
    });

    it('detects ninjs 1.x, 2.x and 3.x documents', async () => {
      for (const name of ['ninjs1-story.json', 'ninjs2-story.json', 'ninjs3-story.json']) {
        expect(ninjsAdapter.detect(await fixture(name)), name).to.equal(true);
      }
      expect(ninjsAdapter.detect({ uri: 'urn:x', $schema: 'https://iptc.org/ninjs-schema.json' }))
        .to.be.true;
      expect(ninjsAdapter.detect({ uri: 'urn:x', versioncreated: '2024-01-01' })).to.be.true;
    });

    it('does not claim other documents', () => {
      for (const document of [
        null,
        'uri',
        {},
        { uri: 'urn:x' },
        { uri: 42, headline: 'x' },
        { '@context': 'https://schema.org', '@type': 'NewsArticle', uri: 'x', headline: 'x' },
        { version: '1.0', identifier: 'x', components: [] },
      ]) {
        expect(ninjsAdapter.detect(document), JSON.stringify(document)).to.equal(false);
      }
    });
  });

  describe('the shared interop documents', () => {
    let pressConference: unknown;
    let dpa: unknown;
    before(async function () {
      const response = await fetch('/shared-fixtures/interop/ninjs/dpa_text.json');
      if (!response.ok) {
        console.log('Shared interop fixtures not found: skipping the real-document tests.');
        this.skip();
      }
      dpa = await response.json();
      const conference =
        '/shared-fixtures/interop/ninjs/20231016-addb-example-press-conference.json';
      pressConference = await (await fetch(conference)).json();
    });

    it('the press conference lists the four officials with their roles, under WADA', () => {
      const { article } = convert(pressConference);
      expect(peopleOf(article)).to.deep.equal({
        type: 'people',
        title: NINJS_PEOPLE_TITLE,
        organization: {
          name: 'World Anti-Doping Agency',
          alternateName: 'WADA',
          url: 'https://www.wada-ama.org',
        },
        items: [
          { name: 'Witold Bańka', jobTitle: 'WADA’s President' },
          { name: 'Yang Yang', jobTitle: 'Vice-President' },
          { name: 'Olivier Niggli', jobTitle: 'Director General' },
          {
            name: 'Hitesh Patel',
            jobTitle: 'Chair of WADA’s Independent Observer Team for the Olympic Games',
          },
        ],
      });
    });

    it('the press conference keeps its description and reads its NITF body', () => {
      const conversion = convert(pressConference);
      const { article } = conversion;
      expect(article.headline).to.equal('World Anti');
      expect(warningsOf(conversion)).to.deep.equal([
        'headlines: missing, the item title is used as the headline',
      ]);
      expect(article.description).to.match(/^The World Anti-Doping Agency \(WADA\) invited media/);
      const texts = paragraphs(article);
      // The lead paragraph is only in the NITF body, not in the plain-text one.
      expect(texts[0]).to.match(/^The Australian Sports Anti-Doping Authority \(ASADA\) today/);
      expect(texts).to.include('Email: media@asada.gov.au');
      expect(JSON.stringify(article)).not.to.include('tobject');
    });

    it('the dpa story has the agency byline, a German body in paragraphs and «» kept', () => {
      const conversion = convert(dpa);
      const { article } = conversion;
      expect(article.headline).to.equal(
        'Faktencheck Derby-Elfmeter: Hat Schiedsrichter Zwayer recht?',
      );
      expect(article.author).to.deep.equal([
        { name: 'Christian Hollmann', affiliation: { name: 'dpa' } },
      ]);
      expect(article.sourceOrganization).to.deep.equal({ name: 'dpa' });
      expect(article.inLanguage).to.equal('de');
      expect(article.datePublished).to.equal('2019-05-10T16:02:28+02:00');
      expect(typesOf(article)).to.deep.equal(Array(9).fill('paragraph'));
      const texts = paragraphs(article);
      expect(texts[0]).to.equal(
        'Für Lucien Favre war es «der größte Skandal im Fußball seit Jahren». Der Trainer von ' +
          'Borussia Dortmund regte sich nach dem 2:4 im Revierderby gegen den FC Schalke 04 ' +
          'mächtig über den Handelfmeter zum zwischenzeitlichen 1:1 für die Gäste auf.',
      );
      expect(texts[8]).to.match(/Auslegung der Bestimmungen kommen\.$/);
      expect(warningsOf(conversion)).to.deep.equal([]);
    });
  });
});
