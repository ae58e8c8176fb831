// The hostile-CSS test's side of the test runner: it serves the page styles the elements must
// ignore, a story request that never answers (for the loading placeholder), and takes and
// compares screenshots of the test page in Chromium.
import { Buffer } from 'node:buffer';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { compile } from 'tailwindcss';

const require = createRequire(import.meta.url);

/** Where every screenshot is written, and a diff image beside each pair that differs. */
export const SCREENSHOTS = resolve('test/security/hostile-css/screenshots');

/**
 * What a Tailwind site ships before its utilities: `@import "tailwindcss"` compiled by Tailwind
 * itself with no class in use, which is its theme variables and Preflight. Preflight's own file
 * holds `--theme()` calls that only the compiler turns into CSS.
 */
async function tailwindPreflight() {
  const root = dirname(require.resolve('tailwindcss/package.json'));
  const compiler = await compile('@import "tailwindcss";', {
    base: root,
    async loadStylesheet(id) {
      const file = id === 'tailwindcss' ? 'index.css' : id.replace(/^(tailwindcss\/|\.\/)/, '');
      const path = join(root, file);
      return { path, base: root, content: await readFile(path, 'utf8') };
    },
  });
  return compiler.build([]);
}

/** The hostile page styles, by the name the test uses. */
const PAGE_STYLES = {
  reboot: () => readFile(require.resolve('bootstrap/dist/css/bootstrap-reboot.css'), 'utf8'),
  preflight: tailwindPreflight,
  revert: async () => '* { all: revert; }\n',
  // The negative control: a page that does reach inside, through a token.
  control: async () => '* { --lede-color-text: #c00000; }\n',
};

const cache = new Map();
function pageStyle(name) {
  if (!cache.has(name)) cache.set(name, PAGE_STYLES[name]());
  return cache.get(name);
}

/** Screenshots taken in this run, by name. */
const shots = new Map();

const fileName = (name) => `${name.replace(/[^a-z0-9-]+/gi, '-')}.png`;

async function screenshot(page, { name, clip }) {
  const buffer = await page.screenshot({ clip, type: 'png', captureBeyondViewport: true });
  const png = PNG.sync.read(Buffer.from(buffer));
  shots.set(name, png);
  await mkdir(SCREENSHOTS, { recursive: true });
  await writeFile(join(SCREENSHOTS, fileName(name)), Buffer.from(buffer));
  return { width: png.width, height: png.height };
}

/** The number of pixels that differ at all (anti-aliasing included); a diff image when any do. */
async function compare({ reference, candidate }) {
  const a = shots.get(reference);
  const b = shots.get(candidate);
  if (!a || !b) throw new Error(`no screenshot named ${a ? candidate : reference}`);
  const diffFile = join(SCREENSHOTS, fileName(`${candidate}.diff`));
  await rm(diffFile, { force: true });
  if (a.width !== b.width || a.height !== b.height) {
    return { differing: Math.max(a.width * a.height, b.width * b.height), sizeDiffers: true };
  }
  const diff = new PNG({ width: a.width, height: a.height });
  const differing = pixelmatch(a.data, b.data, diff.data, a.width, a.height, {
    threshold: 0,
    includeAA: true,
  });
  if (differing) await writeFile(diffFile, PNG.sync.write(diff));
  return { differing, sizeDiffers: false, diff: differing ? diffFile : undefined };
}

export const hostileCss = {
  name: 'hostile-css',
  async serve(context) {
    const style = /^\/hostile-css\/(reboot|preflight|revert|control)\.css$/.exec(context.path);
    if (style) return { body: await pageStyle(style[1]), type: 'css' };
    if (context.path === '/hostile-css/pending') {
      // Never answers: the element stays in its loading state until the page lets go.
      await new Promise((done) => context.req.once('close', done));
      return { body: '', type: 'json' };
    }
    return undefined;
  },
  async executeCommand({ command, payload, session }) {
    if (command === 'hostile-css-screenshot') {
      if (session.browser.type !== 'puppeteer') throw new Error('screenshots need Chromium');
      return screenshot(session.browser.getPage(session.id), payload);
    }
    if (command === 'hostile-css-compare') return compare(payload);
    return undefined;
  },
};
