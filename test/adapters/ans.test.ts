import { expect } from '@open-wc/testing';
import { ansAdapter, fromAns } from '../../src/adapters/ans.js';
import type { Conversion } from '../../src/adapters/types.js';
import type {
  Article,
  Block,
  EmbedBlock,
  HeadingBlock,
  ImageBlock,
  LinksBlock,
  ListBlock,
  ParagraphBlock,
  QuoteBlock,
} from '../../src/model/types.js';
import { expectValidConversion, loadAdapterFixture, warningsOf } from '../helpers/adapters.js';

const load = (name: string) => loadAdapterFixture('ans', `${name}.json`);
/** Converts `document` and checks the promise every conversion keeps: a valid Article. */
const convert = (document: unknown) => expectValidConversion(fromAns(document), 'ans');

function block<T extends Block>(article: Article, id: string): T {
  const found = article.body?.find((candidate) => candidate.id === id);
  expect(found, `no block with id "${id}"`).to.not.equal(undefined);
  return found as T;
}

describe('fromAns', () => {
  describe('a complete story', () => {
    let conversion: Conversion;
    let article: Article;

    before(async () => {
      conversion = convert(await load('story-full'));
      article = conversion.article;
    });

    it('takes the headline from headlines.basic, as plain text', () => {
      expect(article.headline).to.equal(
        'Harbour ferry returns to Kestrel Bay after two-year pause',
      );
    });

    it('takes the dek from subheadlines.basic before description.basic, entities decoded', () => {
      expect(article.description).to.equal(
        'The 40-minute crossing reopens on Monday with two boats & a new timetable',
      );
    });

    it('keeps a relative canonical_url relative, and prefers it to website_url', () => {
      expect(article.url).to.equal('/local/2024/03/18/kestrel-bay-ferry-returns/');
    });

    it('reads the dateline from location and the dates from display_date and last_updated_date', () => {
      expect(article.dateline).to.equal('KESTREL BAY, Maine');
      expect(article.datePublished).to.equal('2024-03-18T14:05:00Z');
      expect(article.dateModified).to.equal('2024-03-19T08:00:00.250Z');
    });

    it('reads the authors from credits.by, with role, affiliation, page and photo', () => {
      expect(article.author).to.deep.equal([
        {
          name: 'Priya Ostrander',
          jobTitle: 'Transportation reporter',
          affiliation: { name: 'Coastal Daily' },
          url: '/people/priya-ostrander/',
          image: { url: 'https://img.example.com/authors/ostrander.jpg', width: 200, height: 200 },
        },
        {
          // No name: the original profile's byline; a short description is a job title.
          name: 'Tomás Reyes-Ilg',
          jobTitle: 'Staff photographer',
          affiliation: { name: 'Harbour Photo Collective' },
        },
      ]);
    });

    it('names the wire agency from distributor, not the CMS from source', () => {
      expect(article.sourceOrganization).to.deep.equal({ name: 'Northeast Wire Service' });
    });

    it('reads the promo image with its alt text, plain caption and credit line', () => {
      expect(article.image).to.deep.equal([
        {
          url: 'https://img.example.com/2024/03/ferry-at-dock.jpg',
          alt: 'A white passenger ferry moored beside a wooden pier',
          caption: 'The Osprey ties up at the north pier on a test run.',
          creditText: 'Tomás Reyes-Ilg, Harbour Photo Collective',
          width: 1600,
          height: 900,
        },
      ]);
    });

    it('reads language, primary section, and keywords from seo_keywords and tags', () => {
      expect(article.inLanguage).to.equal('en-US');
      expect(article.articleSection).to.equal('Local');
      expect(article.keywords).to.deep.equal(['ferry timetable', 'ferries', 'Kestrel Bay']);
    });

    it('keeps the body in order, flattening groups and galleries and dropping what has no place', () => {
      expect(article.body?.map((b) => `${b.type}:${b.id}`)).to.deep.equal([
        'paragraph:P1',
        'heading:H1',
        'paragraph:P3',
        'heading:H2',
        'quote:Q1',
        'quote:Q2',
        'quote:Q3',
        'list:L1',
        'list:L2',
        'links:LL1',
        'links:IL1',
        'image:IMG1',
        'embed:OE1',
        'embed:V1',
        'embed:R1',
        'paragraph:P4',
        'image:GI1',
        'image:GI2',
        'paragraph:P5',
      ]);
    });

    it('keeps the inline HTML of text elements for the renderer to parse', () => {
      expect(block<ParagraphBlock>(article, 'P1').html).to.equal(
        'The ferry between Kestrel Bay and Alder Island will run again from <b>Monday</b>, the ' +
          '<a href="https://example.org/harbour">harbour board</a> said.',
      );
    });

    it('places headings below the headline: level 1 becomes 2, others stay', () => {
      expect(block<HeadingBlock>(article, 'H1')).to.include({ html: 'A new timetable', level: 2 });
      expect(block<HeadingBlock>(article, 'H2')).to.include({ html: 'Fares', level: 3 });
    });

    it('joins the lines of a pull quote and names its citation as the attribution', () => {
      expect(block<QuoteBlock>(article, 'Q1')).to.deep.equal({
        type: 'quote',
        id: 'Q1',
        html:
          'People on the island have waited <em>two winters</em> for this.<br>' +
          'We will not make them wait a third.',
        variant: 'pull',
        attribution: { name: 'Marguerite Oyelaran' },
      });
    });

    it('reads blockquote quotes and the older blockquote element as block quotes', () => {
      expect(block<QuoteBlock>(article, 'Q2')).to.include({
        variant: 'block',
        html: 'The service shall run in all seasons.',
      });
      expect(block<QuoteBlock>(article, 'Q2').attribution).to.deep.equal({
        name: 'Harbour board charter, 1968',
      });
      expect(block<QuoteBlock>(article, 'Q3')).to.deep.equal({
        type: 'quote',
        id: 'Q3',
        html: 'Crossings may be cancelled in high winds.',
        variant: 'block',
      });
    });

    it('reads ordered and unordered lists, a nested list going under the item before it', () => {
      expect(block<ListBlock>(article, 'L1')).to.deep.equal({
        type: 'list',
        id: 'L1',
        ordered: true,
        items: [
          {
            html: 'Buy a ticket at the pier kiosk',
            items: [{ html: 'Cards accepted' }, { html: 'Cash until <i>April</i>' }],
          },
          { html: 'Board ten minutes before departure' },
        ],
      });
      expect(block<ListBlock>(article, 'L2').ordered).to.equal(false);
    });

    it('reads a link_list as a links box with titles, URLs, plain descriptions and images', () => {
      expect(block<LinksBlock>(article, 'LL1')).to.deep.equal({
        type: 'links',
        id: 'LL1',
        title: 'Read more',
        items: [
          {
            headline: 'Ferry suspended as repairs drag on',
            url: '/local/2022/01/05/ferry-suspended/',
            description: 'The Osprey went into dry dock.',
            image: { url: 'https://img.example.com/2022/01/drydock.jpg', width: 640, height: 360 },
          },
          {
            headline: 'Full timetable',
            url: 'https://example.org/timetable',
            description: 'Every sailing, both directions.',
          },
        ],
      });
    });

    it('reads a lone interstitial_link as a links box of one', () => {
      expect(block<LinksBlock>(article, 'IL1').items).to.deep.equal([
        {
          headline: 'Island school plans for ferry commuters',
          url: '/local/2023/06/12/island-school/',
        },
      ]);
    });

    it('reads image elements with alt text, caption, credit and size', () => {
      expect(block<ImageBlock>(article, 'IMG1')).to.deep.equal({
        type: 'image',
        id: 'IMG1',
        url: 'https://img.example.com/2024/03/map.png',
        alt: 'Map of the ferry route',
        caption: 'The route across the bay.',
        creditText: 'Graphics desk',
        width: 800,
        height: 600,
      });
    });

    it('turns oEmbed responses, videos and URL references into link cards, never frames', () => {
      expect(block<EmbedBlock>(article, 'OE1')).to.deep.equal({
        type: 'embed',
        id: 'OE1',
        url: 'https://www.youtube.com/watch?v=kestrel123',
        title: 'Sea trials of the Osprey',
        provider: 'YouTube',
        image: { url: 'https://i.ytimg.example.com/kestrel123.jpg', width: 480, height: 360 },
      });
      expect(block<EmbedBlock>(article, 'V1')).to.deep.equal({
        type: 'embed',
        id: 'V1',
        url: '/video/local/ferry-first-crossing/',
        title: 'Watch: the first crossing',
        description: 'Two minutes aboard the Osprey.',
        image: { url: 'https://img.example.com/2024/03/video-still.jpg' },
      });
      expect(block<EmbedBlock>(article, 'R1')).to.deep.equal({
        type: 'embed',
        id: 'R1',
        url: 'https://www.instagram.com/p/kestrelbay/',
        provider: 'instagram',
      });
    });

    it('drops dividers silently and warns of raw HTML, tables, corrections and custom embeds', () => {
      expect(warningsOf(conversion)).to.deep.equal([
        'content_elements[18].type: unknown element type "raw_html", dropped',
        'content_elements[19].type: unknown element type "table", dropped',
        'content_elements[20].type: unknown element type "correction", dropped',
        'content_elements[21].type: unknown element type "custom_embed", dropped',
      ]);
    });

    it('reads related_content.basic as related links, with promo images', () => {
      expect(article.related).to.deep.equal([
        {
          headline: 'Alder Island braces for a summer of visitors',
          url: '/local/2024/02/02/alder-island-summer/',
          description: 'Shops expect the ferry to double trade.',
          image: { url: 'https://img.example.com/2024/02/alder.jpg', width: 320, height: 180 },
        },
        {
          headline: 'How the Osprey was rebuilt',
          url: '/local/2024/01/10/osprey-rebuilt/',
          image: { url: 'https://img.example.com/2024/01/osprey-yard.jpg' },
        },
      ]);
    });

    it('does not change the document it reads', async () => {
      const document = await load('story-full');
      const copy = structuredClone(document);
      fromAns(document);
      expect(document).to.deep.equal(copy);
    });
  });

  describe('fallbacks', () => {
    let conversion: Conversion;
    let article: Article;

    before(async () => {
      conversion = convert(await load('story-fallbacks'));
      article = conversion.article;
    });

    it('takes the headline from meta_title when basic is blank and web absent', () => {
      expect(article.headline).to.equal('Night buses added for the festival weekend');
    });

    it('takes the dek from description.basic and the URL from website_url', () => {
      expect(article.description).to.equal(
        'Three extra routes run until 3 a.m. on Friday and Saturday.',
      );
      expect(article.url).to.equal('https://news.example.com/transit/night-buses-festival');
    });

    it('dates the story by first_publish_date when display_date is absent', () => {
      expect(article.datePublished).to.equal('2024-07-04');
      expect(article.dateModified).to.equal(undefined);
    });

    it('names the agency from source when it says "wires" and there is no distributor', () => {
      expect(article.sourceOrganization).to.deep.equal({ name: 'Metro Newswire' });
    });

    it('names an author by byline, leaving a biography out of the job title', () => {
      expect(article.author).to.deep.equal([{ name: 'Dana Whitcombe' }]);
    });

    it('uses the promo image of a promo gallery, and the first of the sections', () => {
      expect(article.image).to.deep.equal([{ url: 'https://img.example.com/night-bus.jpg' }]);
      expect(article.articleSection).to.equal('Transit');
    });

    it('leaves heading level and list order unset when the story does not give them', () => {
      expect(article.body).to.deep.equal([
        { type: 'paragraph', html: 'Routes N1, N4 and N9 will run every 20 minutes.' },
        { type: 'heading', html: 'Where to catch them' },
        { type: 'list', items: [{ html: 'Central station, stand F' }] },
      ]);
      expect(conversion.warnings).to.deep.equal([]);
    });
  });

  describe('edge cases of the mapping', () => {
    let conversion: Conversion;

    before(async () => {
      conversion = convert(await load('story-edge-cases'));
    });

    it('names the agency by distributor.subcategory when it has no name', () => {
      expect(conversion.article.sourceOrganization).to.deep.equal({
        name: 'Valley Press Association',
      });
    });

    it('keeps only the authors it can name, saying why each other one is dropped', () => {
      expect(conversion.article.author).to.deep.equal([
        { name: 'Ola Berg', jobTitle: 'Music critic' },
      ]);
      expect(warningsOf(conversion)).to.include.members([
        'credits.by[0]: expected an author object, got the string "Hana Okafor", dropped',
        'credits.by[1]: unresolved author reference, dropped',
        'credits.by[2].image: expected an image object, got the string "ola.jpg", dropped',
        'credits.by[3]: author without a name, dropped',
      ]);
    });

    it('looks only one promo deep for a promo image, silently', () => {
      expect(conversion.article.image).to.equal(undefined);
    });

    it('drops blank headings and paragraphs silently, and links without text with a warning', () => {
      expect(conversion.article.body?.map((b) => b.type)).to.deep.equal(['embed', 'embed']);
      expect(warningsOf(conversion)).to.include(
        'content_elements[2]: link without a headline (an unresolved reference?), dropped',
      );
      expect(conversion.warnings).to.have.length(5);
    });

    it('links an oEmbed photo by its URL, and a video by website_url and promo image', () => {
      expect(conversion.article.body).to.deep.equal([
        { type: 'embed', url: 'https://photos.example.com/choir.jpg', provider: 'flickr' },
        {
          type: 'embed',
          url: '/video/choir-final/',
          image: { url: 'https://img.example.com/choir-still.jpg', width: 1280, height: 720 },
        },
      ]);
    });
  });

  describe('a story without a headline', () => {
    it('takes the first words of the body, with a warning', async () => {
      const conversion = convert(await load('story-headline-from-body'));
      expect(conversion.article.headline).to.equal(
        'Volunteers planted three hundred oak saplings along the river path…',
      );
      expect(warningsOf(conversion)).to.deep.equal([
        'headlines.basic: missing, the first words of the body are used as the headline',
      ]);
    });

    it('is "Untitled" when the body has no text either; a staff distributor is no agency', async () => {
      const conversion = convert(await load('story-untitled'));
      expect(conversion.article).to.deep.equal({ headline: 'Untitled' });
      expect(warningsOf(conversion)).to.deep.equal([
        'content_elements[1].type: unknown element type "raw_html", dropped',
        'headlines.basic: missing, "Untitled" is used as the headline',
      ]);
    });
  });

  describe('a malformed story', () => {
    let conversion: Conversion;
    let warnings: string[];

    before(async () => {
      conversion = convert(await load('story-malformed'));
      warnings = warningsOf(conversion);
    });

    it('keeps every part that is intact', () => {
      const { article } = conversion;
      expect(article.headline).to.equal('The only intact paragraph survives.');
      expect(article.datePublished).to.equal('2024-05-02T10:00:00Z');
      expect(article.keywords).to.deep.equal(['lake']);
      expect(article.related).to.deep.equal([{ headline: 'Lakeview pier reopens' }]);
      expect(article.body).to.deep.equal([
        { type: 'paragraph', html: 'The only intact paragraph survives.' },
        { type: 'heading', html: 'A heading with a bad level' },
        { type: 'heading', html: 'A very deep heading', level: 6 },
        { type: 'quote', html: 'Kept, without a variant.' },
        { type: 'list', items: [{ html: 'items as an object' }] },
        { type: 'list', items: [{ html: 'lifted: no item before it' }] },
        { type: 'image', url: 'https://img.example.com/w.jpg' },
      ]);
    });

    it('names each malformed element by its path in the ANS document', () => {
      expect(warnings).to.include.members([
        'content_elements[0]: expected a content element, got null, dropped',
        'content_elements[1]: expected a content element, got the string "a bare string", dropped',
        'content_elements[2].type: expected an element type, got undefined, dropped',
        'content_elements[3].type: expected an element type, got the number 7, dropped',
        'content_elements[4].content: expected a string, got the number 12, dropped',
        'content_elements[6].level: expected a heading level, got the string "two", dropped',
        'content_elements[8].content_elements[0]: the "image" element in a quote is not text, dropped',
        'content_elements[8]: quote without text, dropped',
        'content_elements[9].content_elements[1]: the string "stray" in a quote is not text, dropped',
        'content_elements[10].items: expected an array, got an object, read as a list of one',
        'content_elements[11].items[1]: the "image" element in a list is not text, dropped',
        'content_elements[12]: image without a URL, dropped',
        'content_elements[13].width: expected a non-negative integer, got the string "320", dropped',
        'content_elements[13].height: expected a non-negative integer, got the number -5, dropped',
        'content_elements[14]: unresolved reference, dropped',
        'content_elements[15]: oembed_response without a URL, dropped',
        'content_elements[16]: video without a URL, dropped',
        'content_elements[17].items[0]: link without a headline (an unresolved reference?), dropped',
        'content_elements[18].type: unknown element type "poll", dropped',
      ]);
    });

    it('names each malformed story field by its path', () => {
      expect(warnings).to.include.members([
        'headlines.basic: expected a string, got the number 42, dropped',
        'headlines.basic: missing, the first words of the body are used as the headline',
        'subheadlines: expected an object, got the string "not an object", dropped',
        'canonical_url: expected a string, got an array, dropped',
        'location: expected a string, got an object, dropped',
        'display_date: expected an ISO 8601 date, got the string "last Tuesday", dropped',
        'last_updated_date: expected a string, got the number 1714640000, dropped',
        'credits.by: expected an array, got an object, read as a list of one',
        'promo_items.basic: unresolved image reference, dropped',
        'taxonomy.tags: expected an array, got the string "ferries", ignored',
        'taxonomy.seo_keywords[1]: expected a string, got the number 7, dropped',
        'related_content.basic[0]: link without a headline (an unresolved reference?), dropped',
        'related_content.basic[1]: expected a link object, got the string "not a link", dropped',
        'related_content.basic[2].canonical_url: expected a string, got the number 5, dropped',
      ]);
    });

    it('warns of nothing else', () => {
      expect(warnings).to.have.length(33);
    });
  });

  describe('any input at all', () => {
    it('gives a valid "Untitled" article for values that are no object', () => {
      for (const value of [null, undefined, 0, NaN, 'story', true, [], () => 1, Symbol('s'), 1n]) {
        const conversion = convert(value);
        expect(conversion.article).to.deep.equal({ headline: 'Untitled' });
        expect(conversion.warnings[0]?.path).to.equal('');
      }
    });

    it('reads an object of another ANS type as a story, with a warning', () => {
      const conversion = convert({ type: 'gallery', headlines: { basic: 'Harbour in pictures' } });
      expect(conversion.article).to.deep.equal({ headline: 'Harbour in pictures' });
      expect(warningsOf(conversion)).to.deep.equal([
        'type: expected "story", got the string "gallery", read as a story',
      ]);
    });

    it('survives getters that throw and revoked proxies', () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      const story = {
        type: 'story',
        get headlines(): never {
          throw new Error('no headlines');
        },
        credits: proxy,
        content_elements: [proxy, { type: 'text', content: 'Still here.' }],
      };
      const conversion = convert(story);
      expect(conversion.article.body).to.deep.equal([{ type: 'paragraph', html: 'Still here.' }]);
      expect(warningsOf(conversion)).to.include('headlines: could not be read, dropped');
    });

    it('survives proxies whose every trap throws', () => {
      const hostile = new Proxy(
        {},
        {
          get() {
            throw new Error('get');
          },
          getOwnPropertyDescriptor() {
            throw new Error('descriptor');
          },
          ownKeys() {
            throw new Error('keys');
          },
        },
      );
      expect(convert(hostile).article.headline).to.equal('Untitled');
      expect(convert({ type: 'story', content_elements: [hostile] }).article.headline).to.equal(
        'Untitled',
      );
    });

    it('reads only so many items of an array that claims a billion', () => {
      const endless = new Proxy([], {
        get: (target, key) => (key === 'length' ? 1e9 : Reflect.get(target, key)),
      });
      const conversion = convert({ type: 'story', content_elements: endless });
      expect(conversion.article.headline).to.equal('Untitled');
      expect(conversion.warnings).to.deep.include({
        path: 'content_elements',
        message: 'more than 10000 items, the rest dropped',
      });
    });

    it('keeps the first 5000 blocks of a longer body, and reads on', () => {
      const content_elements = Array.from({ length: 6000 }, (_, index) => ({
        type: 'text',
        content: `Paragraph ${index + 1}.`,
      }));
      const credits = { by: [{ type: 'author', name: 'Read too late' }] };
      const conversion = convert({
        type: 'story',
        headlines: { basic: 'Long' },
        content_elements,
        credits,
      });
      expect(conversion.article.body).to.have.length(5000);
      expect(conversion.article.author).to.deep.equal([{ name: 'Read too late' }]);
      expect(warningsOf(conversion)).to.deep.equal(['more than 5000 blocks, the rest dropped']);
    });

    it('follows a group that contains itself only so deep', () => {
      const group: { type: string; content_elements: unknown[] } = {
        type: 'element_group',
        content_elements: [{ type: 'text', content: 'Echo.' }],
      };
      group.content_elements.push(group);
      const conversion = convert({
        type: 'story',
        headlines: { basic: 'Echo' },
        content_elements: [group],
      });
      expect(conversion.article.body).to.have.length(12);
      expect(warningsOf(conversion)).to.deep.equal([
        'content_elements[0]' + '.content_elements[1]'.repeat(12) + ': nested too deeply, dropped',
      ]);
    });

    it('follows a list that contains itself only so deep', () => {
      const list: { type: string; items: unknown[] } = {
        type: 'list',
        items: [{ type: 'text', content: 'Again' }],
      };
      list.items.push(list);
      const conversion = convert({
        type: 'story',
        headlines: { basic: 'Lists' },
        content_elements: [list],
      });
      let depth = 0;
      for (let items = (conversion.article.body?.[0] as ListBlock).items; items; depth++) {
        items = items[0]?.items ?? [];
        if (items.length === 0) break;
      }
      expect(depth).to.equal(12);
      expect(conversion.warnings).to.have.length(1);
      expect(conversion.warnings[0]?.message).to.equal(
        'the "list" element nested too deeply, dropped',
      );
    });
  });

  describe('ansAdapter', () => {
    it('describes itself and converts with fromAns', () => {
      expect(ansAdapter.format).to.equal('ans');
      expect(ansAdapter.name).to.equal('Arc XP ANS');
      expect(ansAdapter.convert).to.equal(fromAns);
    });

    it('detects ANS stories by type "story" with version, headlines or content_elements', async () => {
      expect(ansAdapter.detect(await load('story-full'))).to.equal(true);
      expect(ansAdapter.detect({ type: 'story', version: '0.10.12' })).to.equal(true);
      expect(ansAdapter.detect({ type: 'story', headlines: { basic: 'x' } })).to.equal(true);
      expect(ansAdapter.detect({ type: 'story', content_elements: [] })).to.equal(true);
    });

    it('refuses other documents, never throwing', () => {
      const trap = new Proxy(
        {},
        {
          get() {
            throw new Error('get');
          },
        },
      );
      for (const document of [
        { type: 'story' },
        { type: 'link_list', items: [] },
        { '@type': 'NewsArticle', headline: 'x' },
        { type: 'text', version: '3.0', headlines: [] },
        Object.create({ type: 'story', version: '1' }),
        null,
        'story',
        [],
        trap,
      ]) {
        expect(ansAdapter.detect(document)).to.equal(false);
      }
    });
  });

  describe('real ANS documents', function () {
    let tinyHouse: unknown;
    let linkList: unknown;

    before(async function () {
      const response = await fetch('/shared-fixtures/interop/ans/story-fixture-tiny-house.json');
      if (!response.ok) {
        console.log('Shared interop fixtures not found: skipping the real-document tests.');
        this.skip();
      }
      tinyHouse = await response.json();
      linkList = await (
        await fetch('/shared-fixtures/interop/ans/link-list-fixture-good.json')
      ).json();
    });

    describe('the Washington Post "tiny house" story', () => {
      let conversion: Conversion;
      let article: Article;

      before(() => {
        conversion = convert(tinyHouse);
        article = conversion.article;
      });

      it('is detected as ANS', () => {
        expect(ansAdapter.detect(tinyHouse)).to.equal(true);
      });

      it('keeps its headline verbatim, thin space included', () => {
        expect(article.headline).to.equal(
          'Tiny house, big benefits:\u2009Freedom from a mortgage and worries \u2014 and stuff',
        );
      });

      it('takes its dateline from location, its author from credits.by, its dates', () => {
        expect(article.dateline).to.equal('Washington, D.C.');
        expect(article.author).to.deep.equal([
          { name: 'Nina Patel', affiliation: { name: 'The Washington Post' } },
        ]);
        expect(article.datePublished).to.equal('2015-07-02T09:49:00.10Z');
        expect(article.dateModified).to.equal('2015-07-02T09:50:50.52Z');
        expect(article.inLanguage).to.equal('en');
        expect(article.url).to.match(
          /^http:\/\/www\.washingtonpost\.com\/lifestyle\/magazine\/tiny-house/,
        );
      });

      it('credits its promo photo', () => {
        expect(article.image?.[0]).to.include({
          caption: 'America is having a big love affair with tiny houses.',
          creditText: 'Ansel Adams',
          width: 320,
          height: 160,
        });
      });

      it('keeps the body in order, without the divider and the custom embed', () => {
        expect(article.body?.map((b) => b.type)).to.deep.equal([
          'paragraph',
          'paragraph',
          'paragraph',
          'links',
          'image',
          'paragraph',
        ]);
        expect((article.body?.[1] as ParagraphBlock).html).to.contain('says Thom Stanton');
      });

      it('renders its "Learn More" link list with titles and URLs', () => {
        const links = block<LinksBlock>(article, 'ABC');
        expect(links.title).to.equal('Learn More');
        expect(links.items.map(({ headline, url }) => [headline, url])).to.deep.equal([
          [
            'Can Clinton and Trump ride to big victories in next weeks Acela primary?',
            'https://www.washingtonpost.com/politics/can-clinton-and-trump-ride-to-big-victories-in-next-weeks-acela-primary/2016/04/20/ea6454fc-064e-11e6-bdcb-0133da18418d_story.html?hpid=hp_rhp-top-table-main_5states-1025a%3Ahomepage%2Fstory',
          ],
          ['See more from The Washington Post', 'https://www.washingtonpost.com'],
        ]);
      });

      it('warns of the custom embed, the unresolved link image and related references only', () => {
        expect(warningsOf(conversion)).to.deep.equal([
          'content_elements[4].items[0].image: unresolved image reference, dropped',
          'content_elements[7].type: unknown element type "custom_embed", dropped',
          'related_content.basic[0]: link without a headline (an unresolved reference?), dropped',
          'related_content.basic[1]: link without a headline (an unresolved reference?), dropped',
        ]);
      });
    });

    describe('the "good" link_list element', () => {
      it('is not a story on its own: not detected, and converted only to "Untitled"', () => {
        expect(ansAdapter.detect(linkList)).to.equal(false);
        const conversion = convert(linkList);
        expect(conversion.article).to.deep.equal({ headline: 'Untitled' });
        expect(warningsOf(conversion)[0]).to.equal(
          'type: expected "story", got the string "link_list", read as a story',
        );
      });

      it('maps titles, plain-text descriptions and images inside a story', () => {
        const conversion = convert({
          type: 'story',
          headlines: { basic: 'Wrapper' },
          content_elements: [linkList],
        });
        const links = block<LinksBlock>(conversion.article, 'ABC');
        expect(links.title).to.equal('Learn More');
        const [first, second] = links.items;
        expect(first?.headline).to.equal(
          'Can Clinton and Trump ride to big victories in next weeks Acela primary?',
        );
        expect(first?.description).to.match(
          /^Emboldened by dominant victories in New York, Hillary Clinton and Donald Trump plunged/,
        );
        expect(first?.description).to.not.contain('<');
        expect(second).to.deep.equal({
          headline: 'See more from The Washington Post',
          url: 'https://www.washingtonpost.com',
        });
        // Its image is an unresolved reference, with no URL to show: dropped, and said so.
        expect(first?.image).to.equal(undefined);
        expect(warningsOf(conversion)).to.deep.equal([
          'content_elements[0].items[0].image: unresolved image reference, dropped',
        ]);
      });
    });
  });
});
