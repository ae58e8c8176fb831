// What the size budgets are up against: reference bundles built with the CDN build's own
// plugins (Lit's production build, minified templates, terser), each adding one layer that
// every Lede element needs to the one before. They show how much of an element's size is
// there before its own template and its own data handling, whatever the element does.
import { resolve } from 'node:path';
import { rollup } from 'rollup';
import { cdnPlugins } from './rollup-plugins.js';

const FLOOR_PREFIX = '\0lede-size-floor:';

/**
 * The source of a one-line element: `imports` are import lines, `styles` the names of the
 * stylesheets it adopts, `uses` statements its render runs so that what it imports is kept.
 * Its one property is declared as Lede's elements declare theirs, in `static properties`.
 */
function element({ imports = [], styles = [], uses = [] }) {
  return [
    "import { LitElement, html } from 'lit';",
    ...imports,
    'class FloorElement extends LitElement {',
    '  static properties = { headline: {} };',
    `  static styles = [${styles.join(', ')}];`,
    '  render() {',
    `    ${uses.join(';\n    ')}`,
    '    return html`<h3><a href="#">${this.headline}</a></h3>`;',
    '  }',
    '}',
    "customElements.define('floor-element', FloorElement);",
  ].join('\n');
}

/** Each layer adds imports, stylesheets and uses to the layers before it. */
const LAYERS = [
  {
    label: 'Lit alone: `LitElement`, `html`, `css`, a one-line element',
  },
  {
    label: '… and Lede’s shared sheet (colours, fonts, type scale, focus, error box)',
    imports: ["import { tokens } from '/src/core/styles.ts';"],
    styles: ['tokens'],
  },
  {
    label: '… and the article card’s stylesheet with its placeholder rules',
    imports: [
      "import { styles as card } from '/src/components/article-card/article-card.styles.ts';",
      "import { textPlaceholder } from '/src/components/shared/text-placeholder.styles.ts';",
    ],
    styles: ['card', 'textPlaceholder'],
  },
  {
    label: '… and the compact check of the model with the URL allow-list',
    imports: [
      "import { checkTeaser } from '/src/model/check-teaser.ts';",
      "import { safeUrl } from '/src/model/safe-url.ts';",
    ],
    uses: ['globalThis.checked = [checkTeaser(this.headline), safeUrl(this.headline)]'],
  },
  {
    label: '… and the reading time, with the HTML tokenizer it counts words through',
    imports: ["import { bodyReadingMinutes } from '/src/format/reading-time.ts';"],
    uses: ['globalThis.minutes = bodyReadingMinutes(this.headline)'],
  },
  {
    label: '… and the story line: names, dates and reading time in the page’s language',
    imports: ["import { renderStoryMeta } from '/src/components/shared/story-meta.ts';"],
    uses: ["globalThis.meta = renderStoryMeta(this.headline, 'en', 1)"],
  },
];

/**
 * The floors: each layer with every layer before it. What an element file holds beyond the
 * last is its own template, the base element and the data sources (property, inline JSON,
 * `src`, JSON-LD, attributes) with their events and errors.
 */
const FLOORS = LAYERS.map((layer, index) => {
  const upTo = LAYERS.slice(0, index + 1);
  return {
    label: layer.label,
    code: element({
      imports: upTo.flatMap((each) => each.imports ?? []),
      styles: upTo.flatMap((each) => each.styles ?? []),
      uses: upTo.flatMap((each) => each.uses ?? []),
    }),
  };
});

/** Serves each floor's code as a module of its own, importing Lede's sources from `root`. */
function floorModules(root) {
  return {
    name: 'lede-size-floor',
    resolveId(id) {
      if (id.startsWith(FLOOR_PREFIX)) return id;
      if (id.startsWith('/src/')) return `${root}${id}`;
      return null;
    },
    load(id) {
      if (!id.startsWith(FLOOR_PREFIX)) return null;
      return FLOORS[Number(id.slice(FLOOR_PREFIX.length))].code;
    },
  };
}

/** Builds each floor as one minified file; resolves to `[{ label, code }]`. */
export async function buildFloors(root = process.cwd()) {
  const built = [];
  for (const [index, floor] of FLOORS.entries()) {
    const bundle = await rollup({
      input: `${FLOOR_PREFIX}${index}`,
      plugins: [floorModules(root), ...cdnPlugins(resolve(root, 'src'))],
      onwarn: () => {},
    });
    const { output } = await bundle.generate({ format: 'es' });
    await bundle.close();
    built.push({ label: floor.label, code: output[0].code });
  }
  return built;
}
