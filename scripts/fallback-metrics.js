// `node scripts/fallback-metrics.js`: the metric overrides of the demo's fallback faces
// (demo/fonts.css). For each web face and each local face that stands in for it until it loads,
// it measures in headless Chromium the width of the seed story's text and the web face's ascent
// and descent, and prints the `size-adjust` that gives the local face the web face's width and
// the `ascent-override`/`descent-override` that give it the web face's line box. Run it on a
// machine that has the local faces (Debian's fonts-dejavu-core and fonts-liberation; Liberation
// is metric-compatible with Times New Roman and Arial, so its figures serve those too).
import { readFileSync } from 'node:fs';
import { openProject } from './project-browser.js';

/** Web faces (fontsource family names) and the local faces that stand in for each. */
const FACES = [
  {
    web: 'Noto Serif Variable',
    css: 'noto-serif/wght.css',
    locals: ['DejaVu Serif', 'Liberation Serif'],
  },
  {
    web: 'Noto Sans Variable',
    css: 'noto-sans/wght.css',
    locals: ['DejaVu Sans', 'Liberation Sans'],
  },
];

const sample = readFileSync('../shared/seed/000_ec719ad561a8f654.txt', 'utf8')
  .replace(/\s+/g, ' ')
  .slice(0, 2000);

const { browser, origin, close } = await openProject();
try {
  const page = await browser.newPage();
  await page.goto(`${origin}/demo/data/seed-story.json`);
  for (const { web, css, locals } of FACES) {
    const metrics = await page.evaluate(
      async (web, css, locals, sample) => {
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = `/node_modules/@fontsource-variable/${css}`;
        document.head.append(link);
        await new Promise((resolve) => link.addEventListener('load', resolve));
        await document.fonts.load(`100px "${web}"`, sample);
        const context = document.createElement('canvas').getContext('2d');
        const measure = (family) => {
          context.font = `100px "${family}"`;
          const m = context.measureText(sample);
          return {
            width: m.width,
            ascent: m.fontBoundingBoxAscent,
            descent: m.fontBoundingBoxDescent,
          };
        };
        const target = measure(web);
        return locals.map((local) => ({ local, target, own: measure(local) }));
      },
      web,
      css,
      locals,
      sample,
    );
    for (const { local, target, own } of metrics) {
      const sizeAdjust = target.width / own.width;
      const percent = (value) => `${((value / 100 / sizeAdjust) * 100).toFixed(2)}%`;
      console.log(
        `${web} ← ${local}: size-adjust: ${(sizeAdjust * 100).toFixed(2)}%; ascent-override: ${percent(target.ascent)}; descent-override: ${percent(target.descent)}; line-gap-override: 0%;`,
      );
    }
  }
} finally {
  await close();
}
