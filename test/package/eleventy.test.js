// The Eleventy example (examples/eleventy/) built as its users build it, against the packed
// package that `npm run examples` unpacks into examples/node_modules/: the page holds the seed
// story as declarative shadow DOM, with the tags that hydrate it, and the files those tags load.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import Eleventy from '@11ty/eleventy';

const SITE = resolve('examples/eleventy');
const OUTPUT = join(SITE, 'dist');

test('the Eleventy example writes the seed story as HTML that reads before any script', async () => {
  rmSync(OUTPUT, { recursive: true, force: true });
  const site = new Eleventy(SITE, OUTPUT, {
    configPath: join(SITE, 'eleventy.config.js'),
    quietMode: true,
  });
  await site.write();
  const page = readFileSync(join(OUTPUT, 'index.html'), 'utf8');
  // The page is long: each check names what it looks for instead of printing the page.
  const holds = (pattern, what) => assert.ok(pattern.test(page), `the page has no ${what}`);
  holds(/<title>More than 6,000 Pakistani vendors registered on Amazon/, 'title');
  // The story itself, inside the element's declarative shadow root.
  holds(/<lede-article [^>]*lede-ssr[^>]*><template [^>]*shadowrootmode="open">/, 'shadow root');
  holds(/<h1[^>]*><!--lit-part-->More than 6,000 Pakistani vendors/, 'headline');
  holds(/Luis Fortuno/, 'delegation member');
  holds(/<script type="application\/json">\{/, 'inline story');
  // The head tags point at the package's files, which the build copied beside the page.
  for (const file of ['lede.css', 'lede-hydrate.js']) {
    holds(new RegExp(`"/lede/${file.replace('.', '\\.')}"`), `tag for ${file}`);
    assert.ok(existsSync(join(OUTPUT, 'lede', file)), `${file} was not copied`);
  }
});
