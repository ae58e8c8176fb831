/**
 * `dist/cdn/lede-autoloader.js` as a publisher uses it: one script, plain tags. Each page runs in
 * a frame of its own, so it starts with no element defined and no module loaded. Needs
 * `npm run build` first.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { ALL_TAGS, requireBuilt } from './built-files.js';

const AUTOLOADER = '/dist/cdn/lede-autoloader.js';
const STORY = '/demo/data/seed-story.json';

type FrameWindow = Window & typeof globalThis;

/**
 * A frame holding `body`, in the language `lang`, with the autoloader (and `head`) in its
 * head, once it has loaded.
 */
async function page(body: string, head = '', lang = 'en'): Promise<FrameWindow> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 800px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head>${head}<script type="module" src="${AUTOLOADER}"></script></head><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as FrameWindow;
}

/** Waits until every tag in `tags` is defined in `frame` (or fails after a few seconds). */
async function defined(frame: FrameWindow, tags: string[]): Promise<void> {
  await Promise.race([
    Promise.all(tags.map((tag) => frame.customElements.whenDefined(tag))),
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`not defined: ${tags.join(', ')}`)), 8000),
    ),
  ]);
}

/** The paths the frame's page requested under dist/cdn/, with how often each. */
function requests(frame: FrameWindow): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of frame.performance.getEntriesByType('resource')) {
    const path = new URL(entry.name).pathname;
    if (path.startsWith('/dist/cdn/')) counts.set(path, (counts.get(path) ?? 0) + 1);
  }
  return counts;
}

/** The relative addresses `code` imports statically (`import … from "…"`, `import "…"`). */
function staticImports(code: string): string[] {
  const imports = code.matchAll(
    /\bimport(?:\s*\{[^}]*\}\s*from|\s*\*\s*as\s+\w+\s+from)?\s*"(\.[^"]+)"/g,
  );
  return [...imports].map((match) => match[1] ?? '');
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the autoloader', () => {
  before(async () => {
    await requireBuilt(AUTOLOADER);
  });

  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('defines each tag the page uses, loading Lit’s code once for all of them', async () => {
    const frame = await page(`
      <lede-article-card src="${STORY}"></lede-article-card>
      <lede-pull-quote src="${STORY}"></lede-pull-quote>
      <lede-stat-badge value="6000" qualifier="more-than" unit="vendors"></lede-stat-badge>
      <lede-delegation-list src="${STORY}"></lede-delegation-list>
      <lede-related-links src="${STORY}"></lede-related-links>
      <lede-article src="${STORY}"></lede-article>`);
    await defined(frame, ALL_TAGS);
    const card = frame.document.querySelector('lede-article-card');
    await waitUntil(
      () => card?.shadowRoot?.textContent?.includes('Pakistani vendors') === true,
      'the card never showed its story',
      { timeout: 8000 },
    );
    expect(card?.shadowRoot?.textContent).to.contain('More than 6,000 Pakistani vendors');

    const counts = requests(frame);
    // Every module was fetched once, whichever elements asked for it.
    expect(
      [...counts.values()].every((count) => count === 1),
      JSON.stringify([...counts]),
    ).to.be.true;
    // Lit's own code (it registers its version) is in exactly one of them.
    const files = await Promise.all(
      [...counts.keys()].map(async (path) => ({ path, code: await (await fetch(path)).text() })),
    );
    const withLit = files.filter(({ code }) => code.includes('litHtmlVersions'));
    expect(
      withLit.map(({ path }) => path),
      'files with lit-html',
    ).to.have.length(1);
    expect(counts.has('/dist/cdn/lede.js')).to.be.false;
  });

  it('loads a page of twelve cards from three files: itself, the card’s module, one shared chunk', async () => {
    const cards = Array.from(
      { length: 12 },
      () => `<lede-article-card src="${STORY}"></lede-article-card>`,
    ).join('');
    const frame = await page(cards);
    await defined(frame, ['lede-article-card']);
    const shown = () =>
      [...frame.document.querySelectorAll('lede-article-card')].filter((card) =>
        card.shadowRoot?.textContent?.includes('Pakistani vendors'),
      ).length;
    await waitUntil(() => shown() === 12, 'not every card showed its story', { timeout: 8000 });
    const module = '/dist/cdn/elements/lede-article-card.js';
    expect(requests(frame).get(module)).to.equal(1);
    // What the card's module needs at start, Lit included, is in one chunk that needs nothing more.
    const imported = staticImports(await (await fetch(module)).text());
    expect(imported, 'the card’s static imports').to.have.length(1);
    const chunk = new URL(imported[0] ?? '', new URL(module, location.href)).pathname;
    expect(chunk).to.match(/^\/dist\/cdn\/elements\/chunks\/shared-[\w-]+\.js$/);
    expect(requests(frame).get(chunk)).to.equal(1);
    const code = await (await fetch(chunk)).text();
    expect(code).to.contain('litHtmlVersions');
    expect(staticImports(code), 'the shared chunk’s static imports').to.deep.equal([]);
  });

  it('speaks the page’s language: the shared chunk and the lazy language chunk share one runtime', async () => {
    const frame = await page(`<lede-article-card src="${STORY}"></lede-article-card>`, '', 'fr');
    await defined(frame, ['lede-article-card']);
    const card = frame.document.querySelector('lede-article-card');
    const readingTime = () =>
      card?.shadowRoot?.querySelector('[part=reading-time]')?.textContent?.trim();
    await waitUntil(() => readingTime() === '3 min de lecture', 'the card never spoke French', {
      timeout: 8000,
    });
  });

  it('loads only the elements a page shows', async () => {
    const frame = await page(
      `<lede-stat-badge value="220000000" label="people"></lede-stat-badge>`,
    );
    await defined(frame, ['lede-stat-badge']);
    await settle(200);
    expect(frame.customElements.get('lede-article-card')).to.be.undefined;
    expect([...requests(frame).keys()]).not.to.include('/dist/cdn/elements/lede-article-card.js');
  });

  it('loads a tag added later, and leaves unknown lede- tags alone', async () => {
    const frame = await page('<lede-unknown-thing></lede-unknown-thing>');
    await settle(100);
    expect(frame.customElements.get('lede-pull-quote')).to.be.undefined;
    const quote = frame.document.createElement('lede-pull-quote');
    quote.setAttribute('text', 'This was a significant breakthrough for Pakistan.');
    quote.setAttribute('attribution', 'Masood Khan');
    frame.document.body.append(quote);
    await defined(frame, ['lede-pull-quote']);
    await (quote as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    // axe runs on the test page's own document, not a frame's: the elements' tests run it.
    expect(quote.shadowRoot?.querySelector('blockquote')?.textContent).to.contain(
      'significant breakthrough',
    );
  });

  it('reuses a modulepreload the page made for an element above the fold', async () => {
    const card = '/dist/cdn/elements/lede-article-card.js';
    const frame = await page(
      `<lede-article-card src="${STORY}"></lede-article-card>`,
      `<link rel="modulepreload" href="${card}">`,
    );
    await defined(frame, ['lede-article-card']);
    expect(requests(frame).get(card)).to.equal(1);
  });

  it('loads the tags of a shadow root it is given', async () => {
    const frame = await page('<div id="host"></div>');
    await settle(50);
    const host = frame.document.getElementById('host') as HTMLElement;
    const root = host.attachShadow({ mode: 'open' });
    const tag = frame.document.createElement('lede-stat-badge');
    tag.setAttribute('value', '110000000');
    tag.setAttribute('label', 'subscribers');
    root.append(tag);
    await settle(150);
    // A document-wide watch does not see inside shadow roots.
    expect(frame.customElements.get('lede-stat-badge')).to.be.undefined;
    // As a page would: `observe` from the same module the page loaded.
    const script = frame.document.createElement('script');
    script.type = 'module';
    script.textContent = `import { observe } from '${AUTOLOADER}';
      observe(document.getElementById('host').shadowRoot);`;
    frame.document.head.append(script);
    await defined(frame, ['lede-stat-badge']);
    const badge = root.querySelector('lede-stat-badge') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await badge.updateComplete;
    expect(badge.shadowRoot?.textContent).to.contain('subscribers');
  });
});
