import { expect } from '@open-wc/testing';
import { anfAdapter, fromAnf } from '../../src/adapters/anf.js';
import type { Conversion } from '../../src/adapters/types.js';
import type { Article } from '../../src/model/types.js';
import {
  blocksOf,
  expectValidConversion,
  loadAdapterFixture,
  paragraphs,
  warningsOf,
} from '../helpers/adapters.js';

const fixture = (file: string) => loadAdapterFixture('anf', file);
/** Converts, and checks the promise every conversion keeps: a valid article. */
const convert = (document: unknown) => expectValidConversion(fromAnf(document), 'anf');

/** A minimal ANF document around some components. */
const withComponents = (...components: unknown[]) => ({
  version: '1.0',
  identifier: 'test',
  title: 'A test article',
  components,
});

describe('fromAnf', () => {
  describe('an article with metadata', () => {
    let conversion: Conversion;
    let article: Article;
    before(async () => {
      conversion = convert(await fixture('anf-story.json'));
      article = conversion.article;
    });

    it('reads title, subtitle, language and the metadata', () => {
      expect(article.headline).to.equal('Night trains return to the valley line');
      expect(article.alternativeHeadline).to.equal(
        'A sleeper service links the coast and the mountains again',
      );
      expect(article.inLanguage).to.equal('en-US');
      expect(article.description).to.equal('After twelve years, the overnight service is back.');
      expect(article.url).to.equal('https://news.example/night-trains');
      expect(article.datePublished).to.equal('2024-05-06T05:00:00Z');
      expect(article.dateModified).to.equal('2024-05-06T08:30:00Z');
      expect(article.keywords).to.deep.equal(['rail', 'travel']);
    });

    it('takes the authors from the metadata, not from the byline component', () => {
      expect(article.author).to.deep.equal([{ name: 'Mara Lindqvist' }, { name: 'Owen Price' }]);
      expect(JSON.stringify(article)).not.to.include('Travel Desk');
    });

    it('drops the title component that repeats the headline, and the related links', () => {
      expect(JSON.stringify(article.body)).not.to.include('valley line');
      expect(article).not.to.have.property('related');
    });

    it('captions the lead image with the caption after the header that shows it', () => {
      expect(article.image).to.deep.equal([
        {
          url: 'https://img.example/night-train.jpg',
          caption: 'The first sleeper leaves the coast station.',
          creditText: 'Photo: R. Alvarez',
        },
      ]);
    });

    it('keeps the intro as the first paragraph when the metadata has an excerpt', () => {
      expect(article.body?.[0]).to.deep.equal({
        type: 'paragraph',
        text: 'Tickets sold out within an hour.',
      });
    });

    it('splits HTML text into paragraphs, lists and quotes', () => {
      expect(article.body?.slice(1, 4)).to.deep.equal([
        {
          type: 'paragraph',
          html:
            'The <strong>Valley Sleeper</strong> left at 22:10 with ' +
            '<a href="https://news.example/passengers">212 passengers</a>.',
        },
        { type: 'list', items: [{ text: 'Six sleeping cars' }, { text: 'One dining car' }] },
        { type: 'quote', variant: 'block', text: 'It felt like 1995 again.' },
      ]);
    });

    it('gives heading roles and Markdown headings a level under the headline', () => {
      const headings = blocksOf(article, 'heading').map((block) => [block.level, block.text]);
      expect(headings).to.deep.equal([
        [2, 'A long road back'],
        [2, 'Costs'],
        [2, 'In numbers'],
        [6, 'Small print'],
      ]);
    });

    it('reads Markdown emphasis, links and lists', () => {
      expect(paragraphs(article)).to.include(
        'The line cost <strong>€30 million</strong> to <em>restore</em>, says the ' +
          '<a href="https://gov.example/rail">ministry</a>.',
      );
      const lists = blocksOf(article, 'list');
      expect(lists[1]).to.deep.equal({
        type: 'list',
        items: [{ text: 'Track' }, { text: 'Signals' }],
      });
      expect(lists[2]).to.deep.equal({
        type: 'list',
        ordered: true,
        items: [{ text: 'Survey' }, { text: 'Rebuild' }],
      });
    });

    it('turns link additions into links, and splits plain text at blank lines', () => {
      expect(paragraphs(article)).to.include.members([
        'Read the <a href="https://news.example/timetable">full timetable</a> online.',
        'Overnight fares start at 49 euros.',
      ]);
    });

    it('attributes a pull quote to the author component after it', () => {
      expect(blocksOf(article, 'quote')[1]).to.deep.equal({
        type: 'quote',
        variant: 'pull',
        text: 'This train is a promise kept.',
        attribution: { name: 'Ilse Brandt', jobTitle: 'regional transport minister' },
      });
    });

    it('reads text laid out as a pull quote as one, attributed by the dash line after it', () => {
      expect(blocksOf(article, 'quote')[2]).to.deep.equal({
        type: 'quote',
        variant: 'pull',
        text: 'Every berth was taken.',
        attribution: { name: 'Paul Ng' },
      });
      expect(blocksOf(article, 'quote')[3]).to.deep.equal({
        type: 'quote',
        variant: 'block',
        text: 'All aboard.',
      });
    });

    it('reads photos with caption and alt text, and galleries item by item', () => {
      expect(blocksOf(article, 'image')).to.deep.equal([
        {
          type: 'image',
          url: 'https://img.example/dining-car.jpg',
          alt: 'Passengers eating in a wood-panelled dining car',
          caption: 'Dinner is served from 19:00.',
        },
        {
          type: 'image',
          url: 'https://img.example/berth.jpg',
          caption: 'A berth made up for the night',
        },
        { type: 'image', url: 'https://img.example/corridor.jpg' },
      ]);
    });

    it('reads the components of sections and containers in their place', () => {
      const types = (article.body ?? []).map((block) => block.type);
      const inNumbers = types.indexOf('heading', types.lastIndexOf('image'));
      expect(article.body?.slice(inNumbers, inNumbers + 2)).to.deep.equal([
        { type: 'heading', level: 2, text: 'In numbers' },
        { type: 'paragraph', text: 'One train a night, each way.' },
      ]);
    });

    it('turns video, social and link-button components into embeds', () => {
      expect(blocksOf(article, 'embed')).to.deep.equal([
        {
          type: 'embed',
          url: 'https://www.youtube.com/embed/abc123',
          title: 'The first departure',
        },
        { type: 'embed', url: 'https://twitter.com/example/status/1', provider: 'Twitter' },
        { type: 'embed', url: 'https://news.example/tickets', title: 'Buy tickets' },
      ]);
    });

    it('reads a photographer credit as text, and ends with it', () => {
      expect(article.body?.at(-1)).to.deep.equal({
        type: 'paragraph',
        text: 'Photos by R. Alvarez',
      });
    });

    it('drops dividers and advertisements quietly, and a map with a warning', () => {
      expect(warningsOf(conversion)).to.deep.equal([
        'components[21].role: "map" components cannot be shown, dropped',
      ]);
    });
  });

  describe('an article without metadata', () => {
    let conversion: Conversion;
    let article: Article;
    before(async () => {
      conversion = convert(await fixture('anf-byline.json'));
      article = conversion.article;
    });

    it('takes the headline from the title component, as plain text', () => {
      expect(article.headline).to.equal('Harvest festival draws a record crowd');
    });

    it('reads the authors from the byline, leaving out the date', () => {
      expect(article.author).to.deep.equal([{ name: 'Lena Ortiz' }, { name: 'Sam Whitaker' }]);
    });

    it('takes the intro as the description', () => {
      expect(article.description).to.equal('Forty thousand visitors came in two days.');
    });

    it('splits text without blank lines at each line', () => {
      expect(paragraphs(article)).to.deep.equal([
        'Stalls sold out by noon.',
        'The parade ran late.',
      ]);
      expect(warningsOf(conversion)).to.deep.equal([]);
    });

    it('prefers author components to the byline', () => {
      const { article } = convert(
        withComponents(
          { role: 'byline', text: 'By the Sports Desk' },
          { role: 'author', text: 'By Nadia Ferrer' },
        ),
      );
      expect(article.author).to.deep.equal([{ name: 'Nadia Ferrer' }]);
    });

    it('keeps a title component that differs from the headline as the alternative headline', () => {
      const { article } = convert(withComponents({ role: 'title', text: 'Shown in the article' }));
      expect(article.headline).to.equal('A test article');
      expect(article.alternativeHeadline).to.equal('Shown in the article');
    });

    it('uses a header fill image as the lead image when there is no thumbnail', () => {
      const fill = (url: string) => ({ style: { fill: { type: 'image', URL: url } } });
      const { article } = convert(
        withComponents(
          { role: 'header', ...fill('https://img.example/lead.jpg') },
          { role: 'body', text: 'Text.' },
          { role: 'section', ...fill('https://img.example/texture.jpg') },
          { role: 'caption', text: 'A caption with no image before it' },
        ),
      );
      expect(article.image).to.deep.equal([{ url: 'https://img.example/lead.jpg' }]);
      expect(paragraphs(article)).to.deep.equal(['Text.', 'A caption with no image before it']);
    });
  });

  describe('malformed documents', () => {
    it('read into a valid partial article, with a warning at each source path', async () => {
      const conversion = convert(await fixture('anf-malformed.json'));
      // A bundle:// image is outside the URL allow-list: the adapter drops it at its source path.
      expect(conversion.article).to.deep.equal({
        headline: 'Short link',
        keywords: ['valid keyword'],
        body: [
          { type: 'paragraph', text: 'Short link' },
          { type: 'image', url: 'https://img.example/one.jpg' },
          { type: 'paragraph', text: 'Kept as text' },
        ],
      });
      expect(warningsOf(conversion)).to.have.members([
        'title: expected a string, got the number 42, dropped',
        'title: missing, the first words of the body are used as the headline',
        'metadata.authors: expected an array, got the string "Jane Roe", ignored',
        'metadata.datePublished: expected an ISO 8601 date, got the string "yesterday", dropped',
        'metadata.thumbnailURL: expected a string, got an array, dropped',
        'components[0]: expected a component object, got the string "not a component", dropped',
        'components[1].role: missing, component dropped',
        'components[2].text: expected a string, got the number 17, dropped',
        'components[3].URL: missing, image dropped',
        'components[4].URL: names a file of the article bundle, which browsers cannot load, image dropped',
        'components[5].additions[0]: a link without a URL or outside the text, dropped',
        'components[6].items: expected an array, got an object, read as a list of one',
        'components[7].role: unknown role "custom_widget", its text is kept as paragraphs',
        'components[8].role: unknown role "custom_spacer" without text, dropped',
        'components[9].URL: missing, "tweet" component dropped',
        'components[10].text: missing, component dropped',
      ]);
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
      const inputs: unknown[] = [
        undefined,
        null,
        0,
        'anf',
        [],
        {},
        Symbol('anf'),
        10n,
        () => ({}),
        revoked,
        throwing,
        withComponents(revoked, throwing, new Proxy([], failing)),
        { ...withComponents(), metadata: throwing, components: new Proxy([], failing) },
        withComponents({ role: 'gallery', items: throwing }, { role: 'body', text: throwing }),
        withComponents({ role: 'body', text: 'x', additions: [throwing, revoked] }),
      ];
      for (const input of inputs) {
        expect(() => anfAdapter.detect(input)).not.to.throw();
        convert(input);
      }
    });

    it('read a component that contains itself once, with a warning', () => {
      const loop: Record<string, unknown> = { role: 'container' };
      loop.components = [{ role: 'body', text: 'Inside the loop.' }, loop];
      const conversion = convert(withComponents(loop));
      expect(paragraphs(conversion.article)).to.deep.equal(['Inside the loop.']);
      expect(warningsOf(conversion)).to.deep.equal([
        'components[0].components[1]: contains itself, dropped',
      ]);
    });

    it('stop at ten thousand components however often containers share them', () => {
      let shared: unknown = { role: 'body', text: 'Shared.' };
      for (let level = 0; level < 4; level++) {
        shared = { role: 'container', components: Array(30).fill(shared) };
      }
      const conversion = convert(withComponents(shared));
      const messages = conversion.warnings.map((warning) => warning.message);
      expect(messages).to.deep.equal([
        'more than 10000 components, the rest dropped',
        'more than 5000 blocks, the rest dropped',
      ]);
      expect(conversion.article.body).to.have.length(5_000);
    });

    it('refuse nesting deeper than twelve levels', () => {
      let nested: unknown = { role: 'body', text: 'Too deep.' };
      for (let level = 0; level < 20; level++) nested = { role: 'section', components: [nested] };
      const conversion = convert(withComponents(nested));
      expect(conversion.article).not.to.have.property('body');
      expect(warningsOf(conversion)).to.have.length(1);
      expect(warningsOf(conversion)[0]).to.match(
        /components: nested too deeply \(over 12 levels\), dropped/,
      );
    });

    it('take linear time on Markdown and markup that never close', () => {
      const started = performance.now();
      convert(
        withComponents(
          { role: 'body', format: 'markdown', text: '**a'.repeat(30_000) },
          { role: 'body', format: 'markdown', text: '[a](b'.repeat(30_000) },
          {
            role: 'body',
            format: 'markdown',
            text: `${'_a'.repeat(30_000)} ${'*'.repeat(60_000)}`,
          },
          { role: 'body', format: 'html', text: '<p '.repeat(50_000) },
          {
            role: 'body',
            format: 'markdown',
            text: `# a${' '.repeat(60_000)}b ${'#'.repeat(60_000)}x`,
          },
          { role: 'byline', text: `by A${' '.repeat(60_000)}B` },
          { role: 'photo', URL: 'https://img.example/x.jpg', caption: `${' '.repeat(60_000)}x` },
        ),
      );
      expect(performance.now() - started).to.be.below(3_000);
    });
  });

  describe('anfAdapter', () => {
    it('names its format', () => {
      expect(anfAdapter.format).to.equal('anf');
      expect(anfAdapter.name).to.equal('Apple News Format');
      expect(anfAdapter.convert).to.equal(fromAnf);
    });

    it('detects ANF documents', async () => {
      for (const name of ['anf-story.json', 'anf-byline.json', 'anf-malformed.json']) {
        expect(anfAdapter.detect(await fixture(name)), name).to.equal(true);
      }
    });

    it('does not claim other documents', () => {
      for (const document of [
        null,
        {},
        { version: '1.0', components: [] },
        { version: 1, identifier: 'x', components: [] },
        { version: '1.0', identifier: 'x', components: {} },
        { uri: 'urn:x', headlines: [{ value: 'ninjs' }] },
      ]) {
        expect(anfAdapter.detect(document), JSON.stringify(document)).to.equal(false);
      }
    });
  });

  describe('the shared interop document', () => {
    let example: unknown;
    before(async function () {
      const response = await fetch('/shared-fixtures/interop/anf/example-news-article.json');
      if (!response.ok) {
        console.log('Shared interop fixtures not found: skipping the real-document tests.');
        this.skip();
      }
      example = await response.json();
    });

    it('reads the headline, the dek and the authors Apple’s example names', () => {
      const conversion = convert(example);
      const { article } = conversion;
      expect(article.headline).to.equal('Example News Article');
      expect(article.alternativeHeadline).to.equal('Example News Article Subtitle');
      expect(article.description).to.equal('How To Succeed In Shanghai (And Have Some Fun, Too)');
      expect(article.author).to.deep.equal([{ name: 'Urna Semper' }]);
      expect(article.datePublished).to.equal('2015-10-24T11:15:00+00:00');
      expect(article.keywords).to.deep.equal(['China', 'Business', 'Industry', 'Culture']);
      expect(warningsOf(conversion)).to.deep.equal([]);
    });

    it('reads the body laid out as a pull quote as one, with no attribution to invent', () => {
      const quotes = blocksOf(convert(example).article, 'quote');
      expect(quotes).to.deep.equal([
        {
          type: 'quote',
          variant: 'pull',
          text:
            'As international investors have noted for decades, the Chinese way of conducting ' +
            'business is substantially different from Western methods.',
        },
      ]);
    });

    it('keeps the statistics in the body as the text they are', () => {
      const { article } = convert(example);
      const text = JSON.stringify(article.body);
      for (const figure of [
        'more than 24 million residents as of 2014',
        '2.35 trillion yuan, or US $384 billion, in 2014',
        'at a rate of 7% per year',
        'which accounted for 39.9 % of its GDP in 2011',
        'more than 1,000 foreign-funded projects worth US $5.4 billion',
        'a peak speed of 270 miles an hour',
      ]) {
        expect(text).to.include(figure);
      }
      expect(blocksOf(article, 'stat')).to.have.length(0);
    });

    it('shows the lead image with its caption and credit, then the gallery and the figure', () => {
      const { article } = convert(example);
      const images =
        'https://developer.apple.com/news-publisher/download/Apple-News-Example-Articles/images/';
      expect(article.image).to.deep.equal([
        {
          url: `${images}Shanghai01.jpg`,
          caption: "Shanghai's skyline featuring the landmark Oriental Pearl TV Tower.",
          creditText: 'PHOTO: L. ELLIS',
        },
      ]);
      expect(blocksOf(article, 'image').map((image) => image.url)).to.deep.equal([
        `${images}Shanghai02.jpg`,
        `${images}Shanghai03.jpg`,
        `${images}Shanghai04.jpg`,
        `${images}economy01.png`,
      ]);
      expect(blocksOf(article, 'paragraph')).to.have.length(9);
    });
  });
});
