import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/article/define.js';
import type { LedeArticle } from '../../src/components/article/article.js';
import type { LedeErrorEvent, LedeLoadEvent } from '../../src/core/events.js';
import type { Article } from '../../src/model/types.js';
import { captureWarnings } from '../helpers/events.js';
import { loadSeedStory } from '../helpers/seed.js';

const root = (el: Element) => el.shadowRoot!;
const all = (el: Element, selector: string) => [...root(el).querySelectorAll(selector)];
const clean = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

/** Waits until the article and every element inside it have rendered. */
async function settled(el: LedeArticle): Promise<void> {
  await el.updateComplete;
  const inner = all(
    el,
    'lede-pull-quote, lede-stat-badge, lede-delegation-list, lede-related-links',
  );
  await Promise.all(inner.map((child) => (child as LedeArticle).updateComplete));
}

describe('lede-article', () => {
  let story: Article;
  before(async () => (story = await loadSeedStory()));

  describe('with the seed story', () => {
    let el: LedeArticle;
    beforeEach(async () => {
      el = await fixture<LedeArticle>(html`<lede-article .article=${story}></lede-article>`);
      await settled(el);
    });

    it('shows the header: section, headline as h1, dek, dateline, date and agency', () => {
      expect(clean(root(el).querySelector('[part=section]'))).to.equal('Business');
      expect(clean(root(el).querySelector('h1'))).to.equal(story.headline);
      expect(clean(root(el).querySelector('[part=dek]'))).to.equal(story.description);
      expect(clean(root(el).querySelector('[part=dateline]'))).to.equal('Washington DC');
      const time = root(el).querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2022-08-23');
      expect(clean(time)).to.equal('August 23, 2022');
      expect(clean(root(el).querySelector('[part=source]'))).to.equal('TDI');
    });

    it('renders every paragraph in order', () => {
      const expected = story.body!.filter((b) => b.type === 'paragraph').map((b) => b.text);
      expect(all(el, '[part=paragraph]').map(clean)).to.deep.equal(expected);
    });

    it('renders quotes as pull quotes, with the speaker outside the quotation', () => {
      const quotes = all(el, 'lede-pull-quote');
      expect(quotes).to.have.length(3);
      const first = quotes[0]!.shadowRoot!;
      expect(clean(first.querySelector('blockquote'))).to.match(/^This was a significant/);
      expect(clean(first.querySelector('figcaption'))).to.contain('Masood Khan');
    });

    it('gathers consecutive statistics into one row', () => {
      const rows = all(el, '[part=stats]');
      const sizes = rows.map((row) => row.querySelectorAll('lede-stat-badge').length);
      expect(sizes).to.deep.equal([1, 1, 2]);
      const values = all(el, 'lede-stat-badge').map((badge) =>
        clean(badge.shadowRoot!.querySelector('[part=value]')),
      );
      expect(values).to.deep.equal(['6,000', '220 million', '130 million', '110 million']);
    });

    it('renders the delegation and the "Also Read" boxes with headings under the headline', () => {
      const delegation = root(el).querySelector('lede-delegation-list')!;
      expect(clean(delegation.shadowRoot!.querySelector('h2'))).to.equal('The WIPG delegation');
      const boxes = all(el, 'lede-related-links');
      expect(boxes.map((box) => clean(box.shadowRoot!.querySelector('h2')))).to.deep.equal([
        'Also Read',
        'Also Read',
      ]);
    });

    it('passes axe', async () => {
      await expect(el).to.be.accessible();
    });
  });

  it('renders headings, lists, images, embeds and related stories', async () => {
    const article: Article = {
      headline: 'A story with every block',
      image: [
        {
          url: '/lead.jpg',
          alt: 'The harbour at dawn',
          caption: 'Dawn',
          creditText: 'Photo: Lede',
          width: 1200,
          height: 800,
        },
      ],
      body: [
        { type: 'heading', text: 'The background' },
        {
          type: 'paragraph',
          html: 'Some <em>emphasis</em> and <a href="javascript:alert(1)">a bad link</a>.',
        },
        {
          type: 'list',
          ordered: true,
          items: [{ text: 'one' }, { text: 'two', items: [{ text: 'two a' }] }],
        },
        { type: 'image', url: '/inline.jpg', alt: 'A chart', caption: 'Trade since 2010' },
        {
          type: 'embed',
          url: 'https://video.example/watch?v=1',
          provider: 'Video',
          title: 'The press conference',
        },
        { type: 'embed', url: 'javascript:alert(1)', title: 'Not a link' },
      ],
      related: [{ headline: 'Earlier coverage', url: '/earlier' }],
    };
    const el = await fixture<LedeArticle>(
      html`<lede-article heading-level="2" .article=${article}></lede-article>`,
    );
    await settled(el);
    expect(clean(root(el).querySelector('h2'))).to.equal('A story with every block');
    expect(clean(root(el).querySelector('h3'))).to.equal('The background');
    expect(clean(root(el).querySelector('[part=paragraph] em'))).to.equal('emphasis');
    expect(root(el).querySelectorAll('[part=paragraph] a')).to.have.length(0);
    expect(all(el, 'ol > li').map(clean)).to.deep.equal(['one', 'two two a']);
    expect(clean(root(el).querySelector('ol ul'))).to.equal('two a');
    const lead = root(el).querySelector<HTMLImageElement>('[part=lead-image] img')!;
    expect(lead.alt).to.equal('The harbour at dawn');
    expect(clean(root(el).querySelector('[part=lead-image] figcaption'))).to.equal(
      'Dawn Photo: Lede',
    );
    const embeds = all(el, '[part=embed]');
    expect((embeds[0] as HTMLAnchorElement).href).to.equal('https://video.example/watch?v=1');
    // An embed must have a URL; a javascript: one is dropped, block and all.
    expect(embeds).to.have.length(1);
    expect(root(el).textContent).not.to.include('Not a link');
    expect(root(el).querySelector('iframe')).to.equal(null);
    const related = root(el).querySelector('lede-related-links.related')!;
    expect(related.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('/earlier');
    await expect(el).to.be.accessible({ ignoredRules: ['image-alt'] });
  });

  it('writes the story’s JSON-LD into the page with emit-jsonld, without reading it back', async () => {
    const el = await fixture<LedeArticle>(
      html`<lede-article emit-jsonld src="/demo/data/seed-story.json"></lede-article>`,
    );
    await oneEvent(el, 'lede-load');
    await el.updateComplete;
    let script = el.querySelector('script[type="application/ld+json"]');
    for (let tries = 0; !script && tries < 50; tries++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      script = el.querySelector('script[type="application/ld+json"]');
    }
    const data = JSON.parse(script!.textContent!) as Record<string, unknown>;
    expect(data['@type']).to.equal('NewsArticle');
    expect(data.headline).to.equal(story.headline);
    expect(data.dateline).to.equal('Washington DC');
    await el.updateComplete;
    expect(el.querySelectorAll('script')).to.have.length(1);
    expect(clean(root(el).querySelector('h1'))).to.equal(story.headline);
    el.emitJsonld = false;
    await el.updateComplete;
    expect(el.querySelector('script')).to.equal(null);
  });

  it('loads from src and fires lede-load once, not once per element inside', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('lede-article');
    el.src = '/demo/data/seed-story.json';
    const events: Event[] = [];
    wrapper.addEventListener('lede-load', (event) => events.push(event));
    const loaded = oneEvent(el, 'lede-load');
    wrapper.append(el);
    await loaded;
    await settled(el);
    expect(events).to.have.length(1);
    expect(events[0]!.target).to.equal(el);
    expect(clean(root(el).querySelector('h1'))).to.equal(story.headline);
  });

  it('drops a stat whose value is text, with one warning at its path, and shows the rest', async () => {
    const warnings = captureWarnings();
    const bad = {
      headline: 'x',
      body: [
        { type: 'stat', value: '6,000', label: 'vendors' },
        { type: 'paragraph', text: 'Still here.' },
      ],
    };
    const el = await fixture<LedeArticle>(html`<lede-article></lede-article>`);
    const loaded = oneEvent(el, 'lede-load') as Promise<LedeLoadEvent>;
    el.article = bad as unknown as Article;
    const event = await loaded;
    await settled(el);
    warnings.stop();
    expect(event.detail.warnings.map((p) => p.path)).to.deep.equal(['body[0].value']);
    expect(event.detail.warnings[0]!.message).to.include('"6,000"');
    expect(root(el).querySelector('[part=error]')).to.equal(null);
    expect(root(el).querySelector('lede-stat-badge')).to.equal(null);
    expect(clean(root(el).querySelector('h1'))).to.equal('x');
    expect(clean(root(el).querySelector('[part=paragraph]'))).to.equal('Still here.');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.include('body[0].value');
    await expect(el).to.be.accessible();
  });

  it('refuses a story without a headline: an error box, and lede-error naming headline', async () => {
    const warnings = captureWarnings();
    const el = await fixture<LedeArticle>(html`<lede-article></lede-article>`);
    const failed = oneEvent(el, 'lede-error') as Promise<LedeErrorEvent>;
    el.article = { body: [{ type: 'paragraph', text: 'a' }] } as unknown as Article;
    const event = await failed;
    await el.updateComplete;
    warnings.stop();
    expect(event.detail.problems.map((p) => p.path)).to.deep.equal(['headline']);
    expect(clean(root(el).querySelector('[part=error]'))).to.equal(
      'The story’s data is incomplete or malformed.',
    );
    expect(warnings.messages).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('keeps a narrow reading measure on a wide page and mirrors in right-to-left text', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div dir="rtl" style="inline-size: 1200px">
        <lede-article
          .article=${{ headline: 'عنوان', articleSection: 'تجارة', body: [{ type: 'paragraph', text: 'نص' }] }}
        ></lede-article>
      </div>
    `);
    const el = wrapper.querySelector('lede-article')!;
    await el.updateComplete;
    const body = root(el).querySelector('[part=body]')!.getBoundingClientRect();
    expect(body.width).to.be.at.most(700);
    const section = root(el).querySelector('[part=section]')!;
    const range = document.createRange();
    range.selectNodeContents(section);
    const text = range.getBoundingClientRect();
    expect(body.right - text.right).to.be.lessThan(2);
  });
});
