import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import '../../src/lede.js';
import { ledeGlobal } from '../../src/core/debug.js';
import type { LedeErrorEvent, LedeLoadEvent } from '../../src/core/events.js';
import type { LedeElement } from '../../src/core/lede-element.js';
import type { Article } from '../../src/model/types.js';
import { captureWarnings } from '../helpers/events.js';

/**
 * A story carrying one wrong-typed optional value in each of its objects, a stat written as
 * text, a block of an unknown type and a javascript: link, written with schema.org shorthands.
 */
const story = (await (
  await fetch(new URL('../fixtures/tolerant-story.json', import.meta.url))
).json()) as Article;

/** Every value the story's readers drop, by path. */
const DROPPED = [
  'description',
  'datePublished',
  'author[0].url',
  'publisher.alternateName',
  'publisher.logo.width',
  'sourceOrganization.alternateName',
  'body[0].id',
  'body[1].variant',
  'body[1].attribution.jobTitle',
  'body[2].value',
  'body[3].date',
  'body[4].numberOfItems',
  'body[4].organization.url',
  'body[4].items[0].image',
  'body[4].items[1].affiliation.logo',
  'body[5].title',
  'body[5].items[0].description',
  'body[6].type',
  'related[0].url',
];

const HEADLINE = 'More than 6,000 Pakistani vendors registered on Amazon last year';
const clean = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
/** Everything an element shows, through the shadow roots of the elements inside it. */
function shownText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    const shadow = (node as Element).shadowRoot;
    if (shadow) walk(shadow);
    else for (const child of node.childNodes) walk(child);
  };
  walk(el);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** Waits until `el` and every Lede element inside it have rendered. */
async function settled(el: LedeElement): Promise<void> {
  await el.updateComplete;
  const inner = el.shadowRoot!.querySelectorAll<LedeElement>(
    'lede-pull-quote, lede-stat-badge, lede-delegation-list, lede-related-links',
  );
  await Promise.all([...inner].map((child) => child.updateComplete));
}

interface Loaded {
  el: LedeElement;
  load: LedeLoadEvent;
  consoleWarnings: string[];
}

/** Renders `template`, given the story as its `article`, and waits for its lede-load. */
async function loaded(template: TemplateResult): Promise<Loaded> {
  const consoleWarnings = captureWarnings();
  try {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const events: Event[] = [];
    wrapper.addEventListener('lede-load', (event) => events.push(event));
    wrapper.addEventListener('lede-error', (event) => events.push(event));
    render(template, wrapper);
    const el = wrapper.firstElementChild as LedeElement;
    if (!events.length) await oneEvent(el, 'lede-load');
    await settled(el);
    expect(events.map((event) => event.type)).to.deep.equal(['lede-load']);
    return { el, load: events[0] as LedeLoadEvent, consoleWarnings: consoleWarnings.messages };
  } finally {
    consoleWarnings.stop();
  }
}

const paths = (event: LedeLoadEvent) => event.detail.warnings.map((problem) => problem.path);

describe('tolerant reading, in every element', () => {
  it('the article shows its headline and every valid block, and lists each dropped path', async () => {
    const { el, load, consoleWarnings } = await loaded(
      html`<lede-article .article=${story}></lede-article>`,
    );
    const root = el.shadowRoot!;
    expect(clean(root.querySelector('h1'))).to.equal(HEADLINE);
    expect(clean(root.querySelector('[part=paragraph]'))).to.contain('More than 6,000 vendors');
    const shown = shownText(el);
    expect(shown).to.contain('This was a significant breakthrough for Pakistan.');
    expect(shown).to.contain('220 million');
    expect(shown).to.contain('Luis Fortuno');
    expect(shown).to.contain('Nelson Garcia');
    expect(shown).to.contain('US, Pakistan to strengthen cooperation on SDGs');
    expect(shown).to.contain('Pakistan’s Ambassador to US meets World Bank Officials');
    expect(root.querySelectorAll('lede-stat-badge')).to.have.length(1);
    expect(root.querySelector('[part=error]')).to.equal(null);
    expect(paths(load)).to.deep.equal(DROPPED);
    expect(consoleWarnings).to.have.length(1);
    for (const path of DROPPED) expect(consoleWarnings[0]).to.contain(`${path}:`);
    await expect(el).to.be.accessible();
  });

  it('the card shows the headline, the agency and the author', async () => {
    const { el, load } = await loaded(
      html`<lede-article-card .article=${story}></lede-article-card>`,
    );
    const root = el.shadowRoot!;
    expect(clean(root.querySelector('[part=headline]'))).to.equal(HEADLINE);
    expect(shownText(el)).to.contain('News Desk');
    expect(root.querySelector('[part=error]')).to.equal(null);
    expect(paths(load)).to.deep.equal(DROPPED);
    await expect(el).to.be.accessible();
  });

  it('the pull quote shows its quotation and speaker', async () => {
    const { el, load } = await loaded(
      html`<lede-pull-quote .article=${story} block-id="breakthrough"></lede-pull-quote>`,
    );
    const root = el.shadowRoot!;
    expect(clean(root.querySelector('blockquote'))).to.contain('significant breakthrough');
    expect(clean(root.querySelector('figcaption'))).to.contain('Masood Khan');
    expect(paths(load)).to.deep.equal(['body[1].variant', 'body[1].attribution.jobTitle']);
    await expect(el).to.be.accessible();
  });

  it('the stat badge shows a valid figure, and refuses the one written as text', async () => {
    const { el, load } = await loaded(
      html`<lede-stat-badge .article=${story} block-id="population"></lede-stat-badge>`,
    );
    expect(clean(el.shadowRoot!.querySelector('[part=value]'))).to.equal('220 million');
    expect(paths(load)).to.deep.equal(['body[3].date']);
    await expect(el).to.be.accessible();

    const consoleWarnings = captureWarnings();
    const refused = await fixture<LedeElement>(html`<lede-stat-badge></lede-stat-badge>`);
    const failed = oneEvent(refused, 'lede-error') as Promise<LedeErrorEvent>;
    (refused as LedeElement & { article: Article }).article = story;
    const { detail } = await failed;
    await refused.updateComplete;
    consoleWarnings.stop();
    expect(detail.problems.map((problem) => problem.path)).to.deep.equal(['body[2].value']);
    expect(detail.problems[0]!.message).to.contain('"6,000"');
    expect(clean(refused.shadowRoot!.querySelector('[part=error]'))).to.equal(
      'The story’s data is incomplete or malformed.',
    );
  });

  it('the delegation list shows its organization and named members', async () => {
    const { el, load } = await loaded(
      html`<lede-delegation-list .article=${story}></lede-delegation-list>`,
    );
    const root = el.shadowRoot!;
    expect(clean(root.querySelector('[part=heading]'))).to.contain('WIPG');
    expect([...root.querySelectorAll('[part=name]')].map(clean)).to.deep.equal([
      'Luis Fortuno',
      'Nelson Garcia',
    ]);
    expect(paths(load)).to.deep.equal([
      'body[4].numberOfItems',
      'body[4].organization.url',
      'body[4].items[0].image',
      'body[4].items[1].affiliation.logo',
    ]);
    await expect(el).to.be.accessible();
  });

  it('the related links show every link with a headline, unsafe ones as text', async () => {
    const { el, load } = await loaded(
      html`<lede-related-links .article=${story}></lede-related-links>`,
    );
    const root = el.shadowRoot!;
    const headlines = [...root.querySelectorAll('[part~=headline]')];
    expect(headlines.map(clean)).to.deep.equal([
      'Pakistan’s Ambassador to US meets World Bank Officials',
      'US, Pakistan to strengthen cooperation on SDGs',
    ]);
    expect(headlines.map((node) => node.getAttribute('href'))).to.deep.equal([null, '/news/sdgs']);
    expect(paths(load)).to.deep.equal(DROPPED);
    await expect(el).to.be.accessible();
  });

  for (const tag of ['lede-article', 'lede-article-card'] as const) {
    it(`${tag} still refuses a story without a headline, naming headline`, async () => {
      const consoleWarnings = captureWarnings();
      const el = await fixture<LedeElement>(
        tag === 'lede-article'
          ? html`<lede-article></lede-article>`
          : html`<lede-article-card></lede-article-card>`,
      );
      const failed = oneEvent(el, 'lede-error') as Promise<LedeErrorEvent>;
      const headless: Partial<Article> = { ...story };
      delete headless.headline;
      (el as LedeElement & { article: unknown }).article = headless;
      const { detail } = await failed;
      await el.updateComplete;
      consoleWarnings.stop();
      expect(detail.problems.map((problem) => problem.path)).to.deep.equal(['headline']);
      expect(clean(el.shadowRoot!.querySelector('[part=error]'))).to.equal(
        'The story’s data is incomplete or malformed.',
      );
      expect(consoleWarnings.messages).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  }
});

describe('the list of dropped values', () => {
  afterEach(() => {
    delete ledeGlobal().debug;
  });

  it('is hidden by default', async () => {
    const { el } = await loaded(html`<lede-article-card .article=${story}></lede-article-card>`);
    expect(el.shadowRoot!.querySelector('[part=dropped]')).to.equal(null);
  });

  it('shows every dropped path with lede-debug', async () => {
    const { el } = await loaded(
      html`<lede-article-card lede-debug .article=${story}></lede-article-card>`,
    );
    const list = el.shadowRoot!.querySelector('[part=dropped]')!;
    expect(clean(list.querySelector('summary'))).to.equal(
      `Dropped from the data (${DROPPED.length})`,
    );
    const codes = [...list.querySelectorAll('li code')].map(clean);
    expect(codes).to.deep.equal(DROPPED);
    expect(clean(list.querySelector('li'))).to.equal(
      'description: expected a string, got the number 42',
    );
    await expect(el).to.be.accessible();
  });

  it('shows with Lede.debug on window.Lede, for every element', async () => {
    ledeGlobal().debug = true;
    expect((window as unknown as { Lede: { debug: boolean } }).Lede.debug).to.equal(true);
    const { el } = await loaded(
      html`<lede-stat-badge .article=${story} block-id="population"></lede-stat-badge>`,
    );
    const list = el.shadowRoot!.querySelector('[part=dropped]')!;
    expect([...list.querySelectorAll('li')].map(clean)).to.deep.equal([
      'body[3].date: expected an ISO 8601 date such as "2022-08-23", got "last year"',
    ]);
  });

  it('is absent when nothing was dropped, even with lede-debug', async () => {
    const { el } = await loaded(
      html`<lede-stat-badge lede-debug value="6000" label="vendors"></lede-stat-badge>`,
    );
    expect(el.shadowRoot!.querySelector('[part=dropped]')).to.equal(null);
  });
});
