/**
 * The CDN build as a publisher uses it: `dist/cdn/lede.js` (not the sources) loaded into the
 * page, then plain tags pointing at the seed story. Needs `npm run build` first.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { LedeErrorEvent } from '../../src/core/events.js';
import { ALL_TAGS, importBuilt, shadowTexts } from './built-files.js';

const STORY = '/demo/data/seed-story.json';
const HEADLINE =
  'More than 6,000 Pakistani vendors registered on Amazon last year, says ambassador';

/** Renders `template` and waits for the element in it to render its data (`lede-load`). */
async function renderLoaded(template: (onLoad: () => void) => TemplateResult): Promise<Element> {
  let loaded!: () => void;
  const load = new Promise<void>((resolve) => (loaded = resolve));
  const element = await fixture(template(() => loaded()));
  await load;
  await (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  return element;
}

describe('the CDN build, dist/cdn/lede.js', () => {
  before(async () => {
    await importBuilt('/dist/cdn/lede.js');
  });

  it('registers the six elements', () => {
    expect(ALL_TAGS.filter((tag) => !customElements.get(tag))).to.deep.equal([]);
  });

  it('renders a card of the seed story', async () => {
    const card = await renderLoaded(
      (onLoad) => html`<lede-article-card src=${STORY} @lede-load=${onLoad}></lede-article-card>`,
    );
    expect(shadowTexts(card, '[part~=headline]')).to.deep.equal([HEADLINE]);
    expect(shadowTexts(card, '[part~=section]')).to.deep.equal(['Business']);
    expect(shadowTexts(card, '[part~=dateline]')).to.deep.equal(['Washington DC']);
    await expect(card).to.be.accessible();
  });

  it('renders the second pull quote of the seed story, picked by index', async () => {
    const quote = await renderLoaded(
      (onLoad) =>
        html`<lede-pull-quote src=${STORY} index="1" @lede-load=${onLoad}></lede-pull-quote>`,
    );
    const [text] = shadowTexts(quote, '[part~=text]');
    expect(text).to.match(/^according to Amazon, these sellers have done good/);
    expect(text).to.match(/with a promise of huge expansion\.$/);
    expect(shadowTexts(quote, '[part~=name]')).to.deep.equal(['Masood Khan']);
    await expect(quote).to.be.accessible();
  });

  it('renders the stat badges of the seed story, picked by index', async () => {
    const vendors = await renderLoaded(
      (onLoad) => html`<lede-stat-badge src=${STORY} @lede-load=${onLoad}></lede-stat-badge>`,
    );
    expect(shadowTexts(vendors, '[part~=figure]')).to.deep.equal(['more than 6,000 vendors']);
    await expect(vendors).to.be.accessible();

    const population = await renderLoaded(
      (onLoad) =>
        html`<lede-stat-badge src=${STORY} index="1" @lede-load=${onLoad}></lede-stat-badge>`,
    );
    expect(shadowTexts(population, '[part~=value]')).to.deep.equal(['220 million']);
    expect(shadowTexts(population, '[part~=label]')).to.deep.equal(['Population of Pakistan']);
    await expect(population).to.be.accessible();
  });

  it('renders the delegation of the seed story', async () => {
    const delegation = await renderLoaded(
      (onLoad) =>
        html`<lede-delegation-list src=${STORY} @lede-load=${onLoad}></lede-delegation-list>`,
    );
    expect(shadowTexts(delegation, '[part~=heading]')).to.deep.equal(['The WIPG delegation']);
    expect(shadowTexts(delegation, '[part~=count]')).to.deep.equal(['35 members, 2 named']);
    expect(shadowTexts(delegation, '[part~=name]')).to.deep.equal([
      'Luis Fortuno',
      'Nelson Garcia',
    ]);
    await expect(delegation).to.be.accessible();
  });

  it('renders the second "Also Read" box of the seed story, picked by index', async () => {
    const links = await renderLoaded(
      (onLoad) =>
        html`<lede-related-links src=${STORY} index="1" @lede-load=${onLoad}></lede-related-links>`,
    );
    expect(shadowTexts(links, '[part~=headline]')).to.deep.equal([
      'Pakistan’s Ambassador to US meets World Bank Officials',
    ]);
    await expect(links).to.be.accessible();
  });

  it('renders the whole seed story with the elements it is made of', async () => {
    const article = await renderLoaded(
      (onLoad) => html`<lede-article src=${STORY} @lede-load=${onLoad}></lede-article>`,
    );
    const root = article.shadowRoot!;
    expect(shadowTexts(article, 'h1, h2')[0]).to.equal(HEADLINE);
    expect(shadowTexts(article, '[part~=paragraph]')[0]).to.match(
      /^More than 6,000 vendors from Pakistan were registered on Amazon platforms last year/,
    );
    const badge = root.querySelector('lede-stat-badge')!;
    await (badge as Element & { updateComplete: Promise<unknown> }).updateComplete;
    expect(shadowTexts(badge, '[part~=figure]')).to.deep.equal(['more than 6,000 vendors']);
    expect(root.querySelectorAll('lede-pull-quote').length).to.be.greaterThan(0);
    await expect(article).to.be.accessible();
  });

  it('loads the full validator, a chunk of its own, only to explain a refused story', async () => {
    const validatorChunk = () =>
      performance
        .getEntriesByType('resource')
        .some((entry) => entry.name.endsWith('/dist/cdn/chunks/model/validate.js'));
    expect(validatorChunk(), 'loaded for the seed story').to.equal(false);
    const warn = console.warn;
    console.warn = () => {};
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const failed = oneEvent(wrapper, 'lede-error') as Promise<LedeErrorEvent>;
      const card = document.createElement('lede-article-card') as Element & { article: unknown };
      card.article = { headline: '' };
      wrapper.append(card);
      const { detail } = await failed;
      expect(detail.problems).to.deep.equal([{ path: 'headline', message: 'must not be empty' }]);
      expect(shadowTexts(card, '[part=error]')).to.deep.equal([
        'The story’s data is incomplete or malformed.',
      ]);
      expect(validatorChunk(), 'loaded for the refused story').to.equal(true);
      await expect(card).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });
});
