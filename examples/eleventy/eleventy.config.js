// An Eleventy site that publishes the seed story as HTML before any script: the story is
// rendered at build time by `lede-elements/server` (declarative shadow DOM, the story inside as
// inline JSON), and the browser hydrates it with `lede-hydrate.js`. Build it from the project's
// root: `npm run examples:eleventy`; the page is written to examples/eleventy/dist/.
//
// The story is rendered through a data file (_data/story.js), so that the page gets both parts
// of the result: the element's HTML for the body and the tags for the head. The Lit plugin for
// Eleventy (`@lit-labs/eleventy-plugin-lit`) is not used: it renders the custom elements it
// finds in a page's markup, where a whole story has no data to give them.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** dist/cdn/ of the installed package, whose files the page loads from /lede/. */
const LEDE_CDN = dirname(fileURLToPath(import.meta.resolve('lede-elements/lede.css')));

export default function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy({ [LEDE_CDN]: 'lede' });
  return { templateFormats: ['liquid'] };
}
