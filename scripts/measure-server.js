// Measures the server renderer (docs/server.md): the seed story's HTML, raw and gzip, and what
// its repeated styles cost against one shared sheet per element; the script that hydrates it;
// render speed in Node (1,000 cards, and the whole story, medians of runs); and, in headless
// Chromium, when the story's headline is first painted, pre-rendered against client-rendered
// (one run), and the pre-rendered page's layout shift under the three font setups of
// `npm run cls`. Needs `npm run build`. Usage: node scripts/measure-server.js
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { renderArticle } from '../dist/server/index.js';
import { FONT_SETUPS, launchWithFonts, layoutShift } from './font-setups.js';

const story = JSON.parse(readFileSync('demo/data/seed-story.json', 'utf8'));
const kB = (bytes) => (bytes / 1000).toFixed(1);
const gzip = (text) => gzipSync(text, { level: 9 }).length;
const brotli = (text) =>
  brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const { html } = await renderArticle(story, { element: 'lede-article' });
const styles = html.match(/<style>[\s\S]*?<\/style>/g) ?? [];
const unique = [...new Set(styles)];
// One stylesheet per element instead: each root links its sheet, fetched once and cached.
const linked = html.replace(/<style>[\s\S]*?<\/style>/g, (style) => {
  const n = unique.indexOf(style);
  return `<link rel="stylesheet" href="/lede/sheet-${n}.css">`;
});
const sheets = unique.map((style) => style.slice(7, -8));

console.log('## The seed story as lede-article\n');
console.log(
  `HTML: ${kB(html.length)} kB raw, ${kB(gzip(html))} kB gzip, ${kB(brotli(html))} kB brotli`,
);
console.log(
  `styles: ${styles.length} <style> blocks (${unique.length} different), ${kB(styles.join('').length)} kB raw`,
);
console.log(
  `shared sheets instead: HTML ${kB(linked.length)} kB raw, ${kB(gzip(linked))} kB gzip, plus ${unique.length} sheets ${kB(sheets.join('').length)} kB raw, ${kB(sheets.reduce((sum, s) => sum + gzip(s), 0))} kB gzip`,
);
console.log(
  `  first visit: inline ${kB(gzip(html))} kB gzip against linked ${kB(gzip(linked) + sheets.reduce((sum, s) => sum + gzip(s), 0))} kB gzip in ${1 + unique.length} requests`,
);

const hydrate = readFileSync('dist/cdn/lede-hydrate.js', 'utf8');
const lede = readFileSync('dist/cdn/lede.js', 'utf8');
console.log('\n## Script to hydrate\n');
console.log(
  `lede-hydrate.js: ${kB(hydrate.length)} kB min, ${kB(gzip(hydrate))} kB gzip, ${kB(brotli(hydrate))} kB brotli (lede.js: ${kB(gzip(lede))} kB gzip, ${kB(brotli(lede))} kB brotli)`,
);

async function timed(work) {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

console.log('\n## Speed in Node\n');
// Warm up: the locale, the modules and the JIT.
for (let i = 0; i < 50; i++) await renderArticle(story, { element: 'lede-article-card' });
const cards = [];
for (let run = 0; run < 7; run++) {
  cards.push(
    await timed(async () => {
      for (let i = 0; i < 1000; i++) await renderArticle(story, { element: 'lede-article-card' });
    }),
  );
}
console.log(
  `1,000 cards: median ${median(cards).toFixed(0)} ms (${(median(cards) / 1000).toFixed(3)} ms per card; runs ${cards.map((t) => t.toFixed(0)).join(', ')})`,
);
const stories = [];
for (let run = 0; run < 21; run++) stories.push(await timed(() => renderArticle(story)));
console.log(`whole seed story: median ${median(stories).toFixed(2)} ms of 21 runs`);

console.log('\n## First paint of the headline in headless Chromium (one run)\n');
const { default: puppeteer } = await import('puppeteer-core');
const { CHROME_FLAGS, requireBrowser } = await import('./find-browser.js');
const { serveRepository } = await import('./static-server.js');
const server = await serveRepository();
const { origin } = server;
const browser = await puppeteer.launch({ executablePath: requireBrowser(), args: CHROME_FLAGS });
try {
  // A first page warms the browser up; each measured page then loads in a fresh context, with
  // nothing cached, so neither is favoured by coming second.
  const warmUp = await browser.newPage();
  await warmUp.goto(`${origin}/dist/demo/story-client.html`, { waitUntil: 'networkidle0' });
  await warmUp.close();
  const { PredefinedNetworkConditions } = await import('puppeteer-core');
  for (const [name, network] of [
    ['story-server', undefined],
    ['story-client', undefined],
    ['story-server', 'Fast 3G'],
    ['story-client', 'Fast 3G'],
  ]) {
    const context = await browser.createBrowserContext();
    const tab = await context.newPage();
    await tab.setViewport({ width: 1200, height: 800 });
    if (network) await tab.emulateNetworkConditions(PredefinedNetworkConditions[network]);
    // Each frame, looks for the headline across shadow roots; the first frame that has it laid
    // out is when it is painted.
    await tab.evaluateOnNewDocument(() => {
      const find = (root) => {
        for (const element of root.querySelectorAll('*')) {
          if (element.matches('h1[part~=headline]')) return element;
          const inner = element.shadowRoot && find(element.shadowRoot);
          if (inner) return inner;
        }
        return undefined;
      };
      const look = () => {
        const headline = find(document);
        if (headline && headline.getBoundingClientRect().height > 0) {
          window.headlinePainted = performance.now();
        } else requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await tab.goto(`${origin}/dist/demo/${name}.html`, { waitUntil: 'networkidle0' });
    await tab.evaluate(() => document.fonts.ready);
    await tab.waitForFunction(() => window.headlinePainted !== undefined);
    const [painted, fcp] = await tab.evaluate(() => [
      window.headlinePainted,
      performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    ]);
    console.log(
      `${name}${network ? ` (${network})` : ''}: headline painted at ${painted.toFixed(0)} ms, first contentful paint ${fcp?.toFixed(0)} ms`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

console.log('\n## Layout shift of the pre-rendered page, hydrating (as npm run cls measures)\n');
const clsServer = await serveRepository();
try {
  for (const setup of FONT_SETUPS) {
    const browser = await launchWithFonts(setup);
    try {
      const figures = [];
      for (const width of [390, 1200]) {
        const tab = await browser.newPage();
        await tab.setViewport({ width, height: 900, deviceScaleFactor: 1 });
        await tab.goto(`${clsServer.origin}/dist/demo/story-server.html`, { waitUntil: 'load' });
        // Hydrated: the element took over its HTML (it drops lede-ssr) and finished updating.
        await tab.waitForFunction(
          () =>
            customElements.get('lede-article') && !document.querySelector('lede-article[lede-ssr]'),
        );
        const cls = await tab.evaluate(layoutShift);
        figures.push(`${width} px: ${cls.toFixed(4)}`);
        await tab.close();
      }
      console.log(`${setup.name}: ${figures.join(', ')}`);
    } finally {
      await browser.close();
    }
  }
} finally {
  await clsServer.close();
}
