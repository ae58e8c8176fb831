// `npm run bench`: serves the project, opens bench/cards.html in headless Chromium and prints
// the median times of Lede and of the vanilla baseline, measured in the same page, and their
// ratio against the targets (render at most 1.2×, update at most 1.25× the baseline).
import { startDevServer } from '@web/dev-server';
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, requireBrowser } from '../scripts/find-browser.js';

if (!existsSync('dist/cdn/lede-article-card.js')) {
  console.error('dist/cdn is missing: run `npm run build` first (npm run bench does).');
  process.exit(1);
}

const rounds = Number(process.argv[2]) || 15;
const server = await startDevServer({
  config: { rootDir: '.', port: 0, hostname: '127.0.0.1' },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port } = server.server.address();
const browser = await puppeteer.launch({ executablePath: requireBrowser(), args: CHROME_FLAGS });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1300, height: 900 });
  await page.goto(`http://127.0.0.1:${port}/bench/cards.html`);
  await page.waitForFunction(() => typeof window.runBench === 'function');
  const result = await page.evaluate((n) => window.runBench(n), rounds);
  const rows = [
    ['render', result.lede.render, result.vanilla.render, 1.2],
    ['update', result.lede.update, result.vanilla.update, 1.25],
  ];
  console.log(
    `${result.count} article cards, median of ${result.rounds} rounds (ms, script + layout)\n`,
  );
  console.log('| phase | lede-article-card | vanilla baseline | ratio | target |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const [phase, lede, vanilla, target] of rows) {
    const ratio = lede / vanilla;
    console.log(
      `| ${phase} | ${lede.toFixed(1)} | ${vanilla.toFixed(1)} | ${ratio.toFixed(2)}× | ≤ ${target}× |`,
    );
  }
} finally {
  await browser.close();
  await server.stop();
}
