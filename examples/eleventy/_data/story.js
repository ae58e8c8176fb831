// The seed story, rendered once at build time as the whole article, in the page's language.
import { readFile } from 'node:fs/promises';
import { renderArticle } from 'lede-elements/server';

const SEED = new URL('../../../demo/data/seed-story.json', import.meta.url);

export default async function () {
  const document = JSON.parse(await readFile(SEED, 'utf8'));
  // `assets`: where the page serves the package's dist/cdn/ (copied there by eleventy.config.js).
  const { html, head, article } = await renderArticle(document, {
    element: 'lede-article',
    lang: 'en',
    assets: '/lede/',
  });
  return { html, head, headline: article.headline };
}
