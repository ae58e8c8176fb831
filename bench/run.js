// `npm run bench`: serves the project, opens bench/cards.html in headless Chromium and prints
// the median times of Lede and of two vanilla baselines measured in the same page (the same
// card by hand, and a plain card; see cards.js), and Lede's ratio to each: the median of the
// ratios of the rounds, each of which times the three kinds one after the other, starting with
// a different kind each round. The targets (render at most 1.15× in total and 3× in script,
// update at most 1.25×; DESIGN.md) are against the same card: what the library adds.
import { existsSync } from 'node:fs';
import { openProject } from '../scripts/project-browser.js';

if (!existsSync('dist/cdn/lede-article-card.js')) {
  console.error('dist/cdn is missing: run `npm run build` first (npm run bench does).');
  process.exit(1);
}

const rounds = Number(process.argv[2]) || 15;
const PHASE_NAMES = {
  render: 'render, total',
  renderScript: 'render, script',
  update: 'update, total',
  updateScript: 'update, script',
};
// `gc()` in the page, so that each card kind starts its timing with no garbage of another.
const { browser, origin, close } = await openProject(['--js-flags=--expose-gc']);
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1300, height: 900 });
  await page.goto(`${origin}/bench/cards.html`);
  await page.waitForFunction(() => typeof window.runBench === 'function');
  const result = await page.evaluate((n) => window.runBench(n), rounds);
  console.log(
    `${result.count} article cards, median of ${result.rounds} rounds (ms, script + layout)\n`,
  );
  console.log(
    '| phase | lede-article-card | same card, vanilla | ratio | target | plain card, vanilla | ratio |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [phase, target] of [
    ['render', 1.15],
    ['renderScript', 3],
    ['update', 1.25],
    ['updateScript', undefined],
  ]) {
    const lede = result.lede[phase];
    const same = result.same[phase];
    const plain = result.plain[phase];
    const toSame = result.ratios.same[phase];
    const toPlain = result.ratios.plain[phase];
    console.log(
      `| ${PHASE_NAMES[phase]} | ${lede.toFixed(1)} | ${same.toFixed(1)} | ${toSame.toFixed(2)}× | ${target ? `≤ ${target}×` : ''} | ${plain.toFixed(1)} | ${toPlain.toFixed(2)}× |`,
    );
  }
} finally {
  await close();
}
