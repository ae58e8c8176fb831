/**
 * The code that requests a `src` (shared loads, abort, timeout, size cap) is a chunk of the CDN
 * build that a page loads only when one of its elements loads a `src`, and then once, however
 * many elements do: through `lede.js` and through the autoloader. The chunk is known by what it
 * does, not by its file name: it is the one file that sends the `Accept` header below. Each page
 * runs in a frame of its own, so it starts with no module loaded. Needs `npm run build` first.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { requireBuilt } from './built-files.js';

const LEDE = '/dist/cdn/lede.js';
const AUTOLOADER = '/dist/cdn/lede-autoloader.js';
const STORY = '/demo/data/seed-story.json';
/** Written only in the request code: the `Accept` header of every `src` request. */
const REQUEST_CODE_MARK = 'application/json, application/ld+json;q=0.9';

type FrameWindow = Window & typeof globalThis & { seen: Seen[] };

/** What the frame's page saw: each element's `lede-load` or `lede-error`, and unhandled rejections. */
interface Seen {
  type: string;
  tag?: string;
  cause?: string;
}

/**
 * Records what the page sees from its first script on, before any element is defined. A plain
 * script in the head runs before the module scripts, which are deferred.
 */
const RECORDER = `<script>
  window.seen = [];
  for (const type of ['lede-load', 'lede-error']) {
    addEventListener(type, (event) =>
      seen.push({ type, tag: event.target.localName, cause: event.detail.cause }));
  }
  addEventListener('unhandledrejection', () => seen.push({ type: 'unhandledrejection' }));
</script>`;

/** A frame holding `body`, loading `scripts` (after `head`), once its document has loaded. */
async function page(scripts: string | string[], body: string, head = ''): Promise<FrameWindow> {
  const modules = [scripts]
    .flat()
    .map((script) => `<script type="module" src="${script}"></script>`)
    .join('');
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 800px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head>${head}${RECORDER}${modules}</head><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as FrameWindow;
}

/** Waits until the page has seen an event for each of `count` elements. */
async function settled(frame: FrameWindow, count: number): Promise<Seen[]> {
  await waitUntil(
    () => frame.seen.filter(({ type }) => type.startsWith('lede-')).length >= count,
    `fewer than ${count} elements rendered or failed: ${JSON.stringify(frame.seen)}`,
    { timeout: 8000 },
  );
  // Anything that would come late (another chunk, a second request) has time to show.
  await new Promise((resolve) => setTimeout(resolve, 200));
  return frame.seen;
}

/** The paths the frame's page requested, with how often each. */
function requests(frame: FrameWindow): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of frame.performance.getEntriesByType('resource')) {
    const path = new URL(entry.name).pathname;
    counts.set(path, (counts.get(path) ?? 0) + 1);
  }
  return counts;
}

/** The files of dist/cdn/ the page loaded that hold the request code, with how often each. */
async function requestCodeFiles(frame: FrameWindow): Promise<[string, number][]> {
  const scripts = [...requests(frame)].filter(([path]) => path.startsWith('/dist/cdn/'));
  const withCode = await Promise.all(
    scripts.map(async ([path, count]) => {
      const code = await (await fetch(path)).text();
      return code.includes(REQUEST_CODE_MARK) ? ([path, count] as [string, number]) : undefined;
    }),
  );
  return withCode.filter((file) => file !== undefined);
}

/** The seed story as an inline JSON child, with `<` escaped so the script cannot end early. */
async function inlineStory(): Promise<string> {
  const story = JSON.stringify(await (await fetch(STORY)).json()).replace(/</g, '\\u003c');
  return `<script type="application/json">${story}</script>`;
}

describe('the request code of the CDN build', () => {
  before(async () => {
    await Promise.all([requireBuilt(LEDE), requireBuilt(AUTOLOADER)]);
  });

  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  for (const script of [LEDE, AUTOLOADER]) {
    describe(`through ${script}`, () => {
      it('is not loaded by a page whose stories are inline or attributes', async () => {
        const frame = await page(
          script,
          `<lede-article-card>${await inlineStory()}</lede-article-card>
          <lede-stat-badge value="6000" qualifier="more-than" unit="vendors"></lede-stat-badge>`,
        );
        const seen = await settled(frame, 2);
        expect(seen.map(({ type }) => type)).to.deep.equal(['lede-load', 'lede-load']);
        const card = frame.document.querySelector('lede-article-card');
        expect(card?.shadowRoot?.textContent).to.contain('More than 6,000 Pakistani vendors');
        // The page loaded Lede's code, none of it the request code.
        expect([...requests(frame).keys()]).to.include(script);
        expect(await requestCodeFiles(frame)).to.deep.equal([]);
      });

      it('is loaded once for every element that loads a src, which share one request', async () => {
        const frame = await page(
          script,
          `<lede-article-card src="${STORY}"></lede-article-card>
          <lede-pull-quote src="${STORY}"></lede-pull-quote>
          <lede-stat-badge src="${STORY}"></lede-stat-badge>
          <lede-related-links src="${STORY}"></lede-related-links>`,
        );
        const seen = await settled(frame, 4);
        expect(seen.map(({ type }) => type)).to.deep.equal(Array(4).fill('lede-load'));
        const card = frame.document.querySelector('lede-article-card');
        expect(card?.shadowRoot?.textContent).to.contain('More than 6,000 Pakistani vendors');
        const files = await requestCodeFiles(frame);
        expect(files, 'files holding the request code').to.have.length(1);
        expect(files[0]?.[1], `requests of ${files[0]?.[0]}`).to.equal(1);
        // One copy of the shared loads for the whole page: the story is requested once.
        expect(requests(frame).get(STORY)).to.equal(1);
      });
    });
  }

  it('is loaded once for a page of single-element files, which share one request', async () => {
    const frame = await page(
      ['/dist/cdn/lede-article-card.js', '/dist/cdn/lede-pull-quote.js'],
      `<lede-article-card src="${STORY}"></lede-article-card>
      <lede-pull-quote src="${STORY}"></lede-pull-quote>`,
    );
    const seen = await settled(frame, 2);
    expect(seen.map(({ type }) => type)).to.deep.equal(['lede-load', 'lede-load']);
    const files = await requestCodeFiles(frame);
    expect(files).to.deep.equal([['/dist/cdn/chunks/core/fetch-json.js', 1]]);
    expect(requests(frame).get(STORY)).to.equal(1);
  });

  it('reuses a modulepreload the page made for it', async () => {
    const chunk = '/dist/cdn/chunks/core/fetch-json.js';
    const frame = await page(
      LEDE,
      `<lede-article-card src="${STORY}"></lede-article-card>`,
      `<link rel="modulepreload" href="${chunk}">`,
    );
    const seen = await settled(frame, 1);
    expect(seen.map(({ type }) => type)).to.deep.equal(['lede-load']);
    expect(await requestCodeFiles(frame)).to.deep.equal([[chunk, 1]]);
  });

  it('refuses an unsafe src at once, without loading the request code', async () => {
    const frame = await page(
      LEDE,
      `<lede-article-card src="javascript:alert(1)"></lede-article-card>
      <lede-stat-badge value="6000" unit="vendors"></lede-stat-badge>`,
    );
    const seen = await settled(frame, 2);
    expect(seen).to.deep.include({
      type: 'lede-error',
      tag: 'lede-article-card',
      cause: 'unsafe-url',
    });
    expect(await requestCodeFiles(frame)).to.deep.equal([]);
  });

  it('shows the network error when the request code cannot be loaded', async () => {
    // The page's import map sends the chunk's address to a file that does not exist.
    const missing = '/dist/cdn/chunks/core/missing-request-code.js';
    const chunk = (await importedChunks(LEDE)).find((path) => path.includes('fetch-json'));
    expect(chunk, 'the request chunk lede.js imports').to.be.a('string');
    const frame = await page(
      LEDE,
      `<lede-article-card src="${STORY}"></lede-article-card>
      <lede-stat-badge src="${STORY}"></lede-stat-badge>`,
      `<script type="importmap">${JSON.stringify({ imports: { [chunk as string]: missing } })}</script>`,
    );
    const seen = await settled(frame, 2);
    expect(seen).to.have.deep.members([
      { type: 'lede-error', tag: 'lede-article-card', cause: 'network' },
      { type: 'lede-error', tag: 'lede-stat-badge', cause: 'network' },
    ]);
    const card = frame.document.querySelector('lede-article-card');
    expect(card?.shadowRoot?.textContent).to.contain(
      'The story could not be loaded: the network failed.',
    );
    expect(requests(frame).get(missing), 'the missing chunk was asked for').to.be.at.least(1);
    expect(requests(frame).has(STORY)).to.be.false;
  });
});

/** The addresses (from the site's root) that `entry` imports with `import()`. */
async function importedChunks(entry: string): Promise<string[]> {
  const code = await (await fetch(entry)).text();
  return [...code.matchAll(/import\("([^"]+)"\)/g)].map(
    ([, specifier]) => new URL(specifier as string, new URL(entry, location.href)).pathname,
  );
}
