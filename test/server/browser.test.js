// Server-rendered pages in headless Chromium (puppeteer-core), as readers get them: with
// JavaScript off, every fact shows; with it on, the elements hydrate the server's HTML without
// replacing it, shifting it or logging a mismatch, and work afterwards. Needs `npm run build`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, requireBrowser } from '../../scripts/find-browser.js';
import { renderArticle } from '../../dist/server/index.js';
import { serveRepository } from '../../scripts/static-server.js';

const SEED = JSON.parse(readFileSync('demo/data/seed-story.json', 'utf8'));
const ASSETS = '/dist/cdn/';

/** A page holding rendered elements, in the page language `lang`. */
function page(lang, parts) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Story</title>
${parts[0].head}
<style>body { margin: 0; font: 16px/1.5 serif; }</style></head><body>
${parts.map((part) => part.html).join('\n')}
</body></html>`;
}

// Runs in the page: every element under `root`, across open shadow roots.
const DEEP = `(root = document) => {
  const all = [];
  const walk = (node) => {
    for (const element of node.querySelectorAll('*')) {
      all.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(root.shadowRoot ?? root);
  return all;
}`;

let server;
let browser;
const pages = new Map();

before(async () => {
  const render = (options) => renderArticle(SEED, { assets: ASSETS, ...options });
  pages.set('/story.html', page('en', [await render({ element: 'lede-article' })]));
  pages.set(
    '/interactive.html',
    page('en', [
      await render({ element: 'lede-delegation-list', threshold: 1 }),
      await render({ element: 'lede-stat-badge', animate: true }),
    ]),
  );
  pages.set(
    '/french.html',
    page('fr', [await render({ element: 'lede-delegation-list', lang: 'fr' })]),
  );
  // Rendered in French, shown on an English page whose elements speak English.
  pages.set(
    '/mismatch.html',
    page('en', [await render({ element: 'lede-delegation-list', lang: 'fr' })]),
  );
  const card = await render({ element: 'lede-article-card' });
  pages.set('/card.html', page('en', [card]));
  // The same HTML with lede.js, which has no hydration support.
  pages.set(
    '/no-support.html',
    page('en', [{ ...card, head: card.head.replaceAll('lede-hydrate.js', 'lede.js') }]),
  );
  server = await serveRepository(pages);
  browser = await puppeteer.launch({ executablePath: requireBrowser(), args: CHROME_FLAGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens `path` with the hydrating script held back until `beforeHydration` has run in the
 * page; returns the page, the console messages and the `lede-load` count.
 */
async function openHydrating(path, beforeHydration) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 800, height: 600 });
  const messages = [];
  tab.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  tab.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  await tab.evaluateOnNewDocument(() => {
    window.ledeLoads = 0;
    window.layoutShift = 0;
    // Bubbling, as a page listens: one lede-load per story, not one per element inside it.
    document.addEventListener('lede-load', () => window.ledeLoads++);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (window.hydrating) window.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await tab.setRequestInterception(true);
  const held = [];
  let heard;
  const hydrateRequested = new Promise((resolve) => (heard = resolve));
  tab.on('request', (request) => {
    if (/\/lede(-hydrate)?\.js$/.test(request.url())) {
      held.push(request);
      heard();
    } else request.continue();
  });
  const loaded = tab.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  await hydrateRequested;
  await tab.waitForFunction(() => document.readyState !== 'loading');
  const before = await tab.evaluate(beforeHydration);
  await tab.evaluate(() => (window.hydrating = true));
  for (const request of held) request.continue();
  await loaded;
  await tab.evaluate(`(async () => {
    const tags = ['lede-article', 'lede-delegation-list', 'lede-stat-badge', 'lede-pull-quote', 'lede-related-links'];
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    for (let round = 0; round < 3; round++) {
      await Promise.all((${DEEP})().filter((e) => e.updateComplete).map((e) => e.updateComplete));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }
  })()`);
  return { tab, messages, before };
}

describe('the pre-rendered seed story with JavaScript off', () => {
  it('shows every paragraph, quote, figure and delegation member', async () => {
    const tab = await browser.newPage();
    await tab.setJavaScriptEnabled(false);
    await tab.setViewport({ width: 800, height: 600 });
    await tab.goto(`${server.origin}/story.html`, { waitUntil: 'load' });
    const shown = await tab.evaluate(`(() => {
      const visible = (e) => {
        const box = e.getBoundingClientRect();
        const style = getComputedStyle(e);
        return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
      };
      const texts = (selector) => (${DEEP})().filter((e) => e.matches(selector) && visible(e)).map((e) => e.textContent.replace(/\\s+/g, ' ').trim());
      return {
        defined: customElements.get('lede-article') !== undefined,
        paragraphs: texts('[part~=paragraph]'),
        quotes: texts('[part~=text]'),
        figures: texts('figure'),
        members: texts('[part~=member-name], [part~=name]'),
        stats: texts('[part~=figure]'),
        headline: texts('h1[part~=headline]'),
      };
    })()`);
    assert.equal(shown.defined, false, 'no script ran');
    const blocks = (type) => SEED.body.filter((block) => block.type === type);
    assert.deepEqual(
      shown.paragraphs,
      blocks('paragraph').map((b) => b.text.replace(/\s+/g, ' ').trim()),
    );
    assert.equal(shown.quotes.length, blocks('quote').length);
    for (const [i, quote] of blocks('quote').entries()) assert.equal(shown.quotes[i], quote.text);
    assert.equal(shown.figures.length, blocks('quote').length);
    for (const member of blocks('people')[0].items) {
      assert.ok(
        shown.members.some((text) => text.includes(member.name)),
        `${member.name} shows`,
      );
    }
    assert.equal(shown.stats.length, blocks('stat').length);
    assert.deepEqual(shown.headline, [SEED.headline]);
    await tab.close();
  });

  it('reserves no space above server-rendered elements: lede.css leaves them alone', async () => {
    const tab = await browser.newPage();
    await tab.setJavaScriptEnabled(false);
    await tab.setViewport({ width: 800, height: 600 });
    const reserved = async (path, tag) => {
      await tab.goto(`${server.origin}${path}`, { waitUntil: 'load' });
      return tab.evaluate((name) => {
        const host = document.querySelector(name);
        const style = getComputedStyle(host);
        const content = host.shadowRoot.querySelector('[part~=base]').getBoundingClientRect();
        const box = host.getBoundingClientRect();
        return {
          padding: style.paddingBlockStart,
          min: style.minBlockSize,
          gap: content.top - box.top,
        };
      }, tag);
    };
    for (const [path, tag] of [
      ['/story.html', 'lede-article'],
      ['/card.html', 'lede-article-card'],
    ]) {
      const { padding, min, gap } = await reserved(path, tag);
      assert.equal(padding, '0px', `${tag}: no padding reserved`);
      assert.ok(min === 'auto' || min === '0px', `${tag}: no height reserved (${min})`);
      assert.equal(gap, 0, `${tag}: its content starts at its top`);
    }
    await tab.close();
  });
});

describe('hydration of the pre-rendered seed story', () => {
  it('keeps every server node, fires lede-load once, shifts nothing and logs no mismatch', async () => {
    const { tab, messages, before } = await openHydrating(
      '/story.html',
      `(() => {
      window.serverNodes = (${DEEP})();
      return window.serverNodes.map((e) => { const b = e.getBoundingClientRect(); return [b.x, b.y, b.width, b.height].join(); });
    })()`,
    );
    const after = await tab.evaluate(`(() => {
      const nodes = (${DEEP})();
      return {
        kept: window.serverNodes.every((e) => e.isConnected),
        count: nodes.length,
        same: nodes.every((e, i) => e === window.serverNodes[i]),
        boxes: window.serverNodes.map((e) => { const b = e.getBoundingClientRect(); return [b.x, b.y, b.width, b.height].join(); }),
        loads: window.ledeLoads,
        shift: window.layoutShift,
        marker: document.querySelector('lede-article').hasAttribute('lede-ssr'),
        defined: customElements.get('lede-article') !== undefined,
      };
    })()`);
    assert.equal(after.defined, true);
    assert.equal(after.kept, true, 'every server node is still in the page');
    assert.equal(after.count, before.length, 'no duplicate content');
    assert.equal(after.same, true, 'the same nodes, in the same order');
    assert.deepEqual(after.boxes, before, 'nothing moved');
    assert.equal(after.shift, 0);
    assert.equal(after.loads, 1);
    assert.equal(after.marker, false, 'the element took over its HTML');
    assert.deepEqual(
      messages.filter((m) => !m.startsWith('debug') && !m.startsWith('verbose')),
      [],
    );
    await tab.close();
  });

  it('is interactive after: Show all opens the list, the figure counts up', async () => {
    const { tab, messages } = await openHydrating(
      '/interactive.html',
      `(() => {
      window.toggle = (${DEEP})().find((e) => e.matches('[part~=toggle]'));
      return window.toggle?.textContent.trim();
    })()`,
    );
    const result = await tab.evaluate(`(async () => {
      const list = document.querySelector('lede-delegation-list');
      const names = () => (${DEEP})(list).filter((e) => e.matches('[part~=member]')).length;
      const collapsed = names();
      const toggle = (${DEEP})(list).find((e) => e.matches('[part~=toggle]'));
      const sameToggle = toggle === window.toggle;
      toggle.click();
      await list.updateComplete;
      return { collapsed, expanded: names(), sameToggle, label: toggle.textContent.trim() };
    })()`);
    assert.equal(result.sameToggle, true, 'the server’s button is the one that works');
    assert.equal(result.collapsed, 1);
    assert.equal(result.expanded, 2);
    assert.match(result.label, /Show fewer/);
    const counted = await tab.waitForFunction(
      () =>
        document
          .querySelector('lede-stat-badge')
          .shadowRoot.querySelector('[part~=figure]')
          .textContent.includes('6,000'),
      { timeout: 5000 },
    );
    assert.ok(counted);
    assert.deepEqual(
      messages.filter((m) => /error|warn/i.test(m)),
      [],
    );
    await tab.close();
  });

  it('keeps the French words of a French page while its translation loads', async () => {
    const { tab, messages } = await openHydrating('/french.html', '0');
    const text = await tab.evaluate(
      `(${DEEP})(document.querySelector('lede-delegation-list')).find((e) => e.matches('[part~=base]')).textContent`,
    );
    assert.match(text, /35 membres/);
    assert.equal(messages.filter((m) => /rendered again/.test(m)).length, 0);
    await tab.close();
  });

  it('renders again, once, an element whose server language the page does not show', async () => {
    const { tab, messages } = await openHydrating('/mismatch.html', '0');
    const lists = await tab.evaluate(
      `(${DEEP})(document.querySelector('lede-delegation-list')).filter((e) => e.matches('[part~=base]')).map((e) => e.textContent.replace(/\\s+/g, ' '))`,
    );
    assert.equal(lists.length, 1, 'one copy of the content');
    assert.match(lists[0], /35 members/);
    assert.doesNotMatch(lists[0], /membres/);
    assert.equal(messages.filter((m) => /rendered again/.test(m)).length, 1);
    await tab.close();
  });

  it('replaces the server HTML, never doubles it, when the hydration support is not loaded', async () => {
    const { tab, messages } = await openHydrating('/no-support.html', '0');
    const shown = await tab.evaluate(`(() => {
      const card = document.querySelector('lede-article-card');
      return {
        defined: customElements.get('lede-article-card') !== undefined,
        bases: (${DEEP})(card).filter((e) => e.matches('[part~=base]')).length,
        headlines: (${DEEP})(card).filter((e) => e.matches('[part~=headline]')).map((e) => e.textContent.trim()),
      };
    })()`);
    assert.deepEqual(shown, { defined: true, bases: 1, headlines: [SEED.headline] });
    assert.deepEqual(
      messages.filter((m) => /error|warn/i.test(m)),
      [],
    );
    await tab.close();
  });
});
