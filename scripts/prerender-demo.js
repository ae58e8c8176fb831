// Writes the demo's seed story twice, in the same page: dist/demo/story-server.html, rendered by
// lede-elements/server (the story is HTML before any script, and hydrates), and
// dist/demo/story-client.html, where lede-article loads and renders it in the browser. Run by
// `npm run build`, after the npm build; `npm start` serves both beside the demo.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { renderArticle } from '../dist/server/index.js';

const OUT = 'dist/demo';
const story = JSON.parse(readFileSync('demo/data/seed-story.json', 'utf8'));

/** The same page around either element: the demo's fonts and styles, from dist/demo/. */
function page({ title, head, body }) {
  const font = (file) =>
    `<link rel="preload" as="font" type="font/woff2" crossorigin href="../../node_modules/@fontsource-variable/${file}">`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="../../demo/fonts.css">
${font('noto-serif/files/noto-serif-latin-wght-normal.woff2')}
${font('noto-sans/files/noto-sans-latin-wght-normal.woff2')}
<link rel="stylesheet" href="../../demo/demo.css">
${head}
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

const { html, head } = await renderArticle(story, { element: 'lede-article', assets: '../cdn/' });
mkdirSync(OUT, { recursive: true });
writeFileSync(
  `${OUT}/story-server.html`,
  page({ title: 'Lede — the seed story, rendered on the server', head, body: html }),
);
writeFileSync(
  `${OUT}/story-client.html`,
  page({
    title: 'Lede — the seed story, rendered in the browser',
    head: '<link rel="stylesheet" href="../cdn/lede.css">\n<script type="module" src="../cdn/lede.js"></script>',
    body: '<lede-article src="../../demo/data/seed-story.json"></lede-article>',
  }),
);
console.log(
  `Wrote ${OUT}/story-server.html (${html.length} bytes of story) and ${OUT}/story-client.html`,
);
