import { expect, oneEvent } from '@open-wc/testing';
import type { LitElement } from 'lit';
// Default imports: React ships CommonJS, whose named exports the test server cannot see.
import React, { type ReactElement } from 'react';
import ReactDOMClient, { type Root } from 'react-dom/client';
import type { LedeErrorEvent, LedeLoadEvent } from '../../src/core/events.js';
import type { Article } from '../../src/model/types.js';
import {
  FullArticle,
  ArticleCard,
  DelegationList,
  PullQuote,
  RelatedLinks,
  StatBadge,
} from '../../src/react/index.js';
import { loadSeedStory } from '../helpers/seed.js';

const { act, createElement } = React;
const { createRoot, hydrateRoot } = ReactDOMClient;

// Tells React that updates in these tests are wrapped in `act`.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let story: Article;
before(async () => (story = await loadSeedStory()));

const mounted: { root: Root; container: HTMLElement }[] = [];
afterEach(async () => {
  for (const { root, container } of mounted.splice(0)) {
    await act(async () => root.unmount());
    container.remove();
  }
});

/** Renders `element` with React and waits for the custom element `tag` inside it to render. */
async function render<E extends LitElement>(element: ReactElement, tag: string): Promise<E> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  mounted.push({ root, container });
  await act(async () => root.render(element));
  const el = container.querySelector<E>(tag)!;
  expect(el, `<${tag}> rendered by React`).to.exist;
  await el.updateComplete;
  return el;
}

/** The whitespace-normalized text of the first `selector` match in `el`'s shadow root. */
const text = (el: Element, selector: string) =>
  el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
const texts = (el: Element, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((node) =>
    node.textContent!.replace(/\s+/g, ' ').trim(),
  );

describe('React wrappers', () => {
  it('ArticleCard renders the story as a card and passes attributes through', async () => {
    const loads: LedeLoadEvent[] = [];
    const el = await render(
      createElement(ArticleCard, {
        article: story,
        layout: 'horizontal',
        headingLevel: 2,
        onLedeLoad: (event) => loads.push(event),
      }),
      'lede-article-card',
    );
    expect(text(el, '[part=headline]')).to.equal(story.headline);
    expect(el.shadowRoot!.querySelector('h2[part=headline]')).to.exist;
    expect(el.getAttribute('layout')).to.equal('horizontal');
    expect(loads).to.have.length(1);
    expect(loads[0]!.type).to.equal('lede-load');
    expect(loads[0]!.detail.source).to.equal('property');
    await expect(el).to.be.accessible();
  });

  it('PullQuote renders the first quotation with its attribution', async () => {
    const loads: LedeLoadEvent[] = [];
    const el = await render(
      createElement(PullQuote, { article: story, onLedeLoad: (event) => loads.push(event) }),
      'lede-pull-quote',
    );
    expect(text(el, '[part=text]')).to.match(/^This was a significant breakthrough for Pakistan/);
    expect(text(el, '[part=name]')).to.equal('Masood Khan');
    expect(loads).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('StatBadge renders "more than 6,000 vendors"', async () => {
    const loads: LedeLoadEvent[] = [];
    const el = await render(
      createElement(StatBadge, { article: story, onLedeLoad: (event) => loads.push(event) }),
      'lede-stat-badge',
    );
    expect(text(el, '[part=figure]')).to.equal('more than 6,000 vendors');
    expect(loads).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('DelegationList renders the WIPG delegation', async () => {
    const loads: LedeLoadEvent[] = [];
    const el = await render(
      createElement(DelegationList, {
        article: story,
        onLedeLoad: (event) => loads.push(event),
      }),
      'lede-delegation-list',
    );
    expect(text(el, '[part=count]')).to.equal('35 members, 2 named');
    expect(texts(el, '[part=member] [part=name]')).to.deep.equal(['Luis Fortuno', 'Nelson Garcia']);
    expect(loads).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('RelatedLinks renders the "Also Read" box', async () => {
    const loads: LedeLoadEvent[] = [];
    const el = await render(
      createElement(RelatedLinks, { article: story, onLedeLoad: (event) => loads.push(event) }),
      'lede-related-links',
    );
    expect(texts(el, '[part~=title]')).to.deep.equal(['Also Read']);
    expect(texts(el, '[part~=headline]')).to.deep.equal([
      'US, Pakistan to strengthen cooperation on SDGs',
      'Pakistan’s Ambassador to US meets World Bank Officials',
    ]);
    expect(loads).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('FullArticle renders the whole story', async () => {
    // The elements inside the article fire their own lede-load, which leaves its shadow root
    // retargeted to the article: the article's own event is the one that started on it.
    const origins: EventTarget[] = [];
    const el = await render(
      createElement(FullArticle, {
        article: story,
        onLedeLoad: (event) => origins.push(event.composedPath()[0]!),
      }),
      'lede-article',
    );
    expect(text(el, '[part=headline]')).to.equal(story.headline);
    expect(text(el, '[part=dateline]')).to.equal('Washington DC');
    expect(origins.filter((origin) => origin === el)).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('calls onLedeError, not onLedeLoad, for bad data, and shows the message', async () => {
    const loads: LedeLoadEvent[] = [];
    const errors: LedeErrorEvent[] = [];
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = await render(
        createElement(StatBadge, {
          // Text where the figure belongs, as untyped JavaScript may pass it.
          value: 'lots' as unknown as number,
          onLedeLoad: (event) => loads.push(event),
          onLedeError: (event) => errors.push(event),
        }),
        'lede-stat-badge',
      );
      // The event waits for the problems' explanation, which may come with a lazy chunk.
      if (errors.length === 0) await oneEvent(el, 'lede-error');
      expect(loads).to.have.length(0);
      expect(errors).to.have.length(1);
      expect(errors[0]!.type).to.equal('lede-error');
      expect(errors[0]!.detail.cause).to.equal('invalid');
      expect(errors[0]!.detail.problems.map((problem) => problem.path)).to.include('value');
      expect(text(el, '[part=error]')).to.equal('The story’s data is incomplete or malformed.');
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('re-renders when React passes new data, firing lede-load again', async () => {
    const [first, second] = story.body!.filter((block) => block.type === 'stat');
    const loads: LedeLoadEvent[] = [];
    const onLedeLoad = (event: LedeLoadEvent) => loads.push(event);
    const el = await render(
      createElement(StatBadge, { stat: first, onLedeLoad }),
      'lede-stat-badge',
    );
    expect(text(el, '[part=value]')).to.equal('6,000');
    const { root } = mounted.at(-1)!;
    await act(async () => root.render(createElement(StatBadge, { stat: second, onLedeLoad })));
    await el.updateComplete;
    expect(text(el, '[part=value]')).to.equal('220 million');
    expect(loads).to.have.length(2);
  });

  it('hydrates the tag a server rendered, keeping its attributes, with no warning', async () => {
    // The HTML test/package/react-ssr.test.js shows the server writing for these props.
    const container = document.createElement('div');
    const served = document.createElement('lede-article-card');
    served.setAttribute('src', '/test/fixtures/article-card-story.json');
    served.setAttribute('layout', 'horizontal');
    served.setAttribute('heading-level', '2');
    container.append(served);
    document.body.append(container);
    const complaints: unknown[] = [];
    const { error, warn } = console;
    console.error = (...args: unknown[]) => complaints.push(args);
    console.warn = (...args: unknown[]) => complaints.push(args);
    try {
      const props = {
        src: '/test/fixtures/article-card-story.json',
        layout: 'horizontal' as const,
      };
      const loaded = new Promise((resolve) => served.addEventListener('lede-load', resolve));
      let root: Root | undefined;
      await act(async () => {
        root = hydrateRoot(container, createElement(ArticleCard, { ...props, headingLevel: 2 }));
      });
      if (root) mounted.push({ root, container });
      await loaded;
      const el = container.querySelector('lede-article-card')!;
      expect(el).to.equal(served);
      await el.updateComplete;
      expect(el.getAttribute('layout')).to.equal('horizontal');
      expect(el.shadowRoot!.querySelector('h2[part=headline]')).to.exist;
      expect(complaints).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      console.error = error;
      console.warn = warn;
    }
  });
});
