import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/components/related-links/define.js';
import type { LedeRelatedLinks } from '../../src/components/related-links/related-links.js';
import type { LedeErrorEvent, LedeLoadEvent } from '../../src/core/events.js';
import type { Article, LinksBlock } from '../../src/model/types.js';
import { captureWarnings, recordEvents } from '../helpers/events.js';
import { FakeFetch } from '../helpers/fake-fetch.js';
import { heightsWhileLoading } from '../helpers/loading.js';
import { loadSeedStory } from '../helpers/seed.js';

const root = (el: Element) => el.shadowRoot!;
const texts = (el: Element, selector: string) =>
  [...root(el).querySelectorAll(selector)].map((node) =>
    node.textContent!.replace(/\s+/g, ' ').trim(),
  );

describe('lede-related-links', () => {
  let story: Article;
  before(async () => (story = await loadSeedStory()));

  it('shows the seed story’s two "Also Read" items as text, since they have no URL', async () => {
    const el = await fixture<LedeRelatedLinks>(
      html`<lede-related-links .article=${story}></lede-related-links>`,
    );
    expect(texts(el, '[part~=title]')).to.deep.equal(['Also Read']);
    expect(texts(el, '[part~=headline]')).to.deep.equal([
      'US, Pakistan to strengthen cooperation on SDGs',
      'Pakistan’s Ambassador to US meets World Bank Officials',
    ]);
    expect(root(el).querySelectorAll('a')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('picks one links block by index', async () => {
    const el = await fixture<LedeRelatedLinks>(
      html`<lede-related-links .article=${story} index="1"></lede-related-links>`,
    );
    expect(texts(el, '[part~=headline]')).to.deep.equal([
      'Pakistan’s Ambassador to US meets World Bank Officials',
    ]);
  });

  it('loads a links block from src with its links, descriptions and images', async () => {
    const el = await fixture<LedeRelatedLinks>(
      html`<lede-related-links src="/test/fixtures/related-links-block.json"></lede-related-links>`,
    );
    await oneEvent(el, 'lede-load');
    await el.updateComplete;
    expect(texts(el, '[part~=title]')).to.deep.equal(['More on trade']);
    const link = root(el).querySelector<HTMLAnchorElement>('a[part~=link]')!;
    expect(link.href).to.equal('https://example.com/rice-exports');
    expect(link.textContent).to.equal('Rice exports to the US rise for a third year');
    expect(texts(el, '[part=description]')).to.deep.equal([
      'Exporters credit new shipping routes and steady demand.',
    ]);
    expect(root(el).querySelector('img')!.getAttribute('loading')).to.equal('lazy');
    expect(texts(el, 'span[part~=headline]')).to.deep.equal(['A story with no address yet']);
    await expect(el).to.be.accessible();
  });

  it('keeps the seed story’s final size while loading, narrow and wide', async () => {
    const fake = new FakeFetch().install();
    try {
      for (const width of [320, 384, 600]) {
        const wrapper = await fixture<HTMLElement>(
          html`<div style="inline-size: ${width}px">
            <lede-related-links src="/story.json"></lede-related-links>
          </div>`,
        );
        const el = wrapper.querySelector<LedeRelatedLinks>('lede-related-links')!;
        await el.updateComplete;
        const { loading, final } = await heightsWhileLoading(el, fake, JSON.stringify(story));
        expect(loading, `at ${width}px`).to.be.closeTo(final, 1);
      }
    } finally {
      fake.restore();
    }
  });

  it('takes an article’s related stories before its links blocks', async () => {
    const article: Article = {
      headline: 'h',
      related: [{ headline: 'First', url: '/first' }],
      body: [{ type: 'links', items: [{ headline: 'Second', url: '/second' }] }],
    };
    const el = await fixture<LedeRelatedLinks>(
      html`<lede-related-links .article=${article}></lede-related-links>`,
    );
    expect(texts(el, '[part~=headline]')).to.deep.equal(['First', 'Second']);
    expect(texts(el, '[part~=title]')).to.deep.equal(['Also read']);
  });

  it('reads hand-written links inside the tag, which stay in the page before it loads', async () => {
    const el = await fixture<LedeRelatedLinks>(html`
      <lede-related-links heading="Also Read" heading-level="3">
        <a href="https://example.com/sdgs">US, Pakistan to strengthen cooperation on SDGs</a>
        <a href="javascript:alert(1)">A link with a bad address</a>
      </lede-related-links>
    `);
    expect(root(el).querySelector('h3')!.textContent).to.equal('Also Read');
    const links = [...root(el).querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.com/sdgs']);
    expect(texts(el, 'span[part~=headline]')).to.deep.equal(['A link with a bad address']);
    await expect(el).to.be.accessible();
  });

  it('prefers the property to inline JSON', async () => {
    const links: LinksBlock = { type: 'links', items: [{ headline: 'From the property' }] };
    const el = await fixture<LedeRelatedLinks>(html`
      <lede-related-links .links=${links}>
        <script type="application/json">
          { "type": "links", "items": [{ "headline": "From inline JSON" }] }
        </script>
      </lede-related-links>
    `);
    expect(texts(el, '[part~=headline]')).to.deep.equal(['From the property']);
  });

  it('reads inline JSON', async () => {
    const el = await fixture<LedeRelatedLinks>(html`
      <lede-related-links>
        <script type="application/json">
          { "type": "links", "items": [{ "headline": "From inline JSON" }] }
        </script>
      </lede-related-links>
    `);
    expect(texts(el, '[part~=headline]')).to.deep.equal(['From inline JSON']);
  });

  it('hides an image that fails to load instead of showing a broken-image icon', async () => {
    const links: LinksBlock = {
      type: 'links',
      items: [
        { headline: 'A story', url: '/a', image: { url: '/test/fixtures/no-such-image.svg' } },
      ],
    };
    const el = await fixture<LedeRelatedLinks>(
      html`<lede-related-links .links=${links}></lede-related-links>`,
    );
    const image = root(el).querySelector('img')!;
    if (!image.complete || image.naturalWidth > 0) await oneEvent(image, 'error');
    expect(image.hidden).to.equal(true);
    expect(getComputedStyle(image).display).to.equal('none');
  });

  it('renders nothing for an article with no related stories', async () => {
    const el = await fixture<LedeRelatedLinks>(
      html`<lede-related-links .article=${{ headline: 'Alone' }}></lede-related-links>`,
    );
    expect(root(el).querySelector('section')).to.equal(null);
  });

  it('drops an item without a headline, naming its path once, and shows the others', async () => {
    const warnings = captureWarnings();
    const bad = { type: 'links', items: [{ headline: 'ok' }, { url: '/x' }] } as LinksBlock;
    const el = await fixture<LedeRelatedLinks>(html`<lede-related-links></lede-related-links>`);
    const events = recordEvents(el, 'lede-error', 'lede-load');
    const loaded = oneEvent(el, 'lede-load'); // once the dropped value is explained
    el.links = bad;
    await loaded;
    await el.updateComplete;
    warnings.stop();
    expect(events.map((event) => event.type)).to.deep.equal(['lede-load']);
    const { detail } = events[0] as LedeLoadEvent;
    expect(detail.warnings.map((p) => p.path)).to.deep.equal(['items[1].headline']);
    expect(texts(el, '[part~=headline]')).to.deep.equal(['ok']);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('items[1].headline');
    await expect(el).to.be.accessible();
  });

  it('refuses links of which none has a headline, in a block or in an article', async () => {
    const warnings = captureWarnings();
    const block = { type: 'links', items: [{ url: '/x' }] } as unknown as LinksBlock;
    const article = { headline: 'x', related: [{ url: '/y' }] } as unknown as Article;
    for (const [template, path] of [
      [html`<lede-related-links .links=${block}></lede-related-links>`, 'items'],
      [html`<lede-related-links .article=${article}></lede-related-links>`, 'related'],
    ] as const) {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const events = recordEvents(wrapper, 'lede-error');
      const failed = oneEvent(wrapper, 'lede-error'); // once the problems are explained
      render(template, wrapper);
      const el = wrapper.querySelector('lede-related-links')!;
      await failed;
      await el.updateComplete;
      expect(events).to.have.length(1);
      const { detail } = events[0] as LedeErrorEvent;
      expect(detail.problems[0]!.path).to.equal(path);
      expect(texts(el, '[part=error]')).to.deep.equal([
        'The story’s data is incomplete or malformed.',
      ]);
      await expect(el).to.be.accessible();
    }
    warnings.stop();
    expect(warnings.messages).to.have.length(2);
  });

  it('shows script and HTML in headlines as text', async () => {
    const links: LinksBlock = {
      type: 'links',
      items: [{ headline: '<img src=x onerror=alert(1)><script>alert(1)</script>', url: '/a' }],
    };
    const el = await fixture<LedeRelatedLinks>(
      html`<lede-related-links .links=${links}></lede-related-links>`,
    );
    expect(texts(el, '[part~=headline]')).to.deep.equal([links.items[0]!.headline]);
    expect(root(el).querySelector('script, img')).to.equal(null);
  });

  it('mirrors in right-to-left text: the thumbnail sits on the left', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"></div>`);
    const el = document.createElement('lede-related-links');
    el.src = '/test/fixtures/related-links-block.json';
    const loaded = oneEvent(el, 'lede-load');
    wrapper.append(el);
    await loaded;
    await el.updateComplete;
    const image = root(el).querySelector('img')!.getBoundingClientRect();
    const text = root(el).querySelector('.text')!.getBoundingClientRect();
    expect(image.right).to.be.at.most(text.left);
  });
});
