// Server rendering of the React components with `react-dom/server`, in Node (no DOM), from the
// packed package: string, number and `true` props become attributes, so the server HTML keeps
// what lede.css reserves space by and what the element reads when it upgrades.
// Run with `node --test test/package/` after `npm run build && npm run examples`.
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

const PACKED = resolve('examples/node_modules/lede-elements');
const load = (path) => import(pathToFileURL(join(PACKED, 'dist', path)).href);

test('the card renders its string, number and true props as attributes', async () => {
  const { ArticleCard } = await load('react/article-card.js');
  const html = renderToString(
    createElement(ArticleCard, {
      src: '/stories/amazon-vendors.json',
      layout: 'horizontal',
      headingLevel: 2,
      noImage: true,
      maxBytes: 500000,
      className: 'teaser',
      id: 'lead-story',
      article: { headline: 'Set in the browser only' },
      onLedeLoad: () => {},
    }),
  );
  assert.equal(
    html,
    '<lede-article-card src="/stories/amazon-vendors.json" layout="horizontal" ' +
      'heading-level="2" no-image="" max-bytes="500000" class="teaser" id="lead-story">' +
      '</lede-article-card>',
  );
});

test('false, empty and object props leave no attribute; children are rendered', async () => {
  const { PullQuote, StatBadge } = await load('react/index.js');
  assert.equal(
    renderToString(
      createElement(StatBadge, { value: 6000, qualifier: 'more-than', animate: false }),
    ),
    '<lede-stat-badge value="6000" qualifier="more-than"></lede-stat-badge>',
  );
  assert.equal(
    renderToString(
      createElement(PullQuote, { attribution: 'Masood Khan' }, 'This is just a beginning.'),
    ),
    '<lede-pull-quote attribution="Masood Khan">This is just a beginning.</lede-pull-quote>',
  );
});

test('every component of the all-in-one entry renders its own tag', async () => {
  const components = await load('react/index.js');
  const tags = Object.values(components).map((component) =>
    renderToString(createElement(component, { src: 'story.json' })),
  );
  assert.deepEqual(tags.sort(), [
    '<lede-article src="story.json"></lede-article>',
    '<lede-article-card src="story.json"></lede-article-card>',
    '<lede-delegation-list src="story.json"></lede-delegation-list>',
    '<lede-pull-quote src="story.json"></lede-pull-quote>',
    '<lede-related-links src="story.json"></lede-related-links>',
    '<lede-stat-badge src="story.json"></lede-stat-badge>',
  ]);
});
