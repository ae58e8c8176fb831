// `npm run cls`: the layout shift a reader sees on the demo's front page and element pages, at a
// phone's and a desktop's width, on three kinds of machine (see docs/layout-shift.md, which this
// script writes):
//  - Noto only: the default token stacks resolve to Noto Serif and Noto Sans;
//  - DejaVu only and Liberation only: the fonts of a bare Linux machine.
// Each page is measured twice: with the library's default tokens (the demo's own web fonts
// withheld), which is what a publisher who sets no fonts gets, and as the demo ships, with
// self-hosted web fonts. CLS is the sum of the page's layout-shift entries until every element
// has rendered its story, as Web Vitals counts it for a page this short.
import { existsSync, writeFileSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import * as prettier from 'prettier';
import { FONT_SETUPS, launchWithFonts, layoutShift } from './font-setups.js';

const PAGES = [
  'demo/index.html',
  'demo/elements/article-card.html',
  'demo/elements/pull-quote.html',
  'demo/elements/stat-badge.html',
  'demo/elements/delegation-list.html',
  'demo/elements/related-links.html',
  'demo/elements/article.html',
];
const WIDTHS = [390, 1200];
/** What the readers of the demo get, and what a publisher who sets no fonts gets. */
const MODES = [
  { name: 'default tokens', webFonts: false },
  { name: 'demo web fonts', webFonts: true },
];
const GOAL = 0.01;

if (!existsSync('dist/cdn/lede.js')) {
  console.error('dist/cdn is missing: run `npm run build` first (npm run cls does).');
  process.exit(1);
}

/** Every Lede element of the page is defined and past its loading placeholder. */
function settled() {
  const elements = [...document.querySelectorAll('*')].filter((element) =>
    element.localName.startsWith('lede-'),
  );
  return (
    elements.length > 0 &&
    elements.every(
      (element) =>
        customElements.get(element.localName) !== undefined &&
        element.shadowRoot !== null &&
        element.shadowRoot.querySelector('[aria-busy=true]') === null,
    )
  );
}

async function measure(browser, origin, path, width, webFonts) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
    await page.emulateTimezone('UTC');
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (webFonts) return request.continue();
      // The demo's fonts sheet withheld: the elements fall back to their default tokens.
      if (pathname === '/demo/fonts.css')
        return request.respond({ contentType: 'text/css', body: '' });
      if (pathname.startsWith('/node_modules/@fontsource')) return request.abort();
      return request.continue();
    });
    await page.goto(`${origin}/${path}`, { waitUntil: 'load' });
    await page.waitForFunction(settled, { timeout: 10000, polling: 50 });
    return await page.evaluate(layoutShift);
  } finally {
    await page.close();
  }
}

const server = await startDevServer({
  config: { rootDir: '.', port: 0, hostname: '127.0.0.1' },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const origin = `http://127.0.0.1:${server.server.address().port}`;
const rows = [];
try {
  for (const setup of FONT_SETUPS) {
    const browser = await launchWithFonts(setup);
    try {
      for (const path of PAGES) {
        for (const width of WIDTHS) {
          for (const mode of MODES) {
            const cls = await measure(browser, origin, path, width, mode.webFonts);
            rows.push({ setup: setup.name, path, width, mode: mode.name, cls });
            console.log(
              `${setup.name.padEnd(16)} ${mode.name.padEnd(15)} ${String(width).padStart(4)}px ${path}: ${cls.toFixed(4)}`,
            );
          }
        }
      }
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.stop();
}

/** One table per mode: a row per page and width, a column per font setup. */
function table(mode) {
  const lines = [
    `| page | width | ${FONT_SETUPS.map((setup) => setup.name).join(' | ')} |`,
    `| --- | ---: | ${FONT_SETUPS.map(() => '---:').join(' | ')} |`,
  ];
  for (const path of PAGES) {
    for (const width of WIDTHS) {
      const cells = FONT_SETUPS.map((setup) => {
        const { cls } = rows.find(
          (row) =>
            row.setup === setup.name &&
            row.path === path &&
            row.width === width &&
            row.mode === mode,
        );
        return cls > GOAL ? `**${cls.toFixed(4)}**` : cls.toFixed(4);
      });
      lines.push(`| \`${path.replace('demo/', '')}\` | ${width} | ${cells.join(' | ')} |`);
    }
  }
  return lines.join('\n');
}

const over = rows.filter((row) => row.cls > GOAL);
const REPORT = 'docs/layout-shift.md';
const report = `# Layout shift on readers' machines

Written by \`npm run cls\` (scripts/measure-cls.js); do not edit by hand. The goal is a CLS of at
most ${GOAL} on every page, at every width, on every machine; figures above it are in bold.
What the figures mean, and why a setup misses the goal where it does, is in docs/testing.md.

## With the library's default tokens

The demo's web fonts withheld, so the elements use their default system stacks, as on a
publisher's page that sets no fonts.

${table('default tokens')}

## As the demo ships

With its self-hosted web fonts (demo/fonts.css), preloaded, swapped in over local faces fitted
to their metrics.

${table('demo web fonts')}
`;
// Formatted as the rest of docs/ is, so `prettier --check` passes on the written file.
const options = { ...(await prettier.resolveConfig(REPORT)), filepath: REPORT };
writeFileSync(REPORT, await prettier.format(report, options));
console.log(
  `\ndocs/layout-shift.md written; ${over.length} of ${rows.length} measurements over ${GOAL}.`,
);
