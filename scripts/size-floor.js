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
 */
function element({ imports = [], styles = [], uses = [] }) {
  return [
    "import { LitElement, html } from 'lit';",
    "import { property } from 'lit/decorators.js';",
    ...imports,
    'class FloorElement extends LitElement {',
    `  static styles = [${styles.join(', ')}];`,
    '  render() {',
    `    ${uses.join(';\n    ')}`,
    '    return html`<h3><a href="#">${this.headline}</a></h3>`;',
    '  }',
    '}',
    "property()(FloorElement.prototype, 'headline');",
    "customElements.define('floor-element', FloorElement);",
  ].join('\n');
}

const TOKENS = "import { tokens } from '/src/core/styles.ts';";
const CARD_STYLES =
  "import { styles as card } from '/src/components/article-card/article-card.styles.ts';";
const MODEL = [
  "import { validateArticle } from '/src/model/validate.ts';",
  "import { safeUrl } from '/src/model/safe-url.ts';",
  "import { parseInlineHtml } from '/src/model/inline-html.ts';",
];
const MODEL_USES = [
  'globalThis.floor = [validateArticle(this.headline), safeUrl(this.headline), parseInlineHtml(this.headline)]',
];

/** Each floor adds one layer to the one before; `label` says what it adds. */
const FLOORS = [
  {
    label: 'Lit alone: `LitElement`, `html`, `css`, the decorators, a one-line element',
    code: element({}),
  },
  {
    label: '… and Lede’s shared tokens (colours, fonts, type scale, focus, error box)',
    code: element({ imports: [TOKENS], styles: ['tokens'] }),
  },
  {
    label: '… and the article card’s stylesheet',
    code: element({ imports: [TOKENS, CARD_STYLES], styles: ['tokens', 'card'] }),
  },
  {
    label: '… and the model: validator, URL allow-list, inline HTML parser',
    code: element({
      imports: [TOKENS, CARD_STYLES, ...MODEL],
      styles: ['tokens', 'card'],
      uses: MODEL_USES,
    }),
  },
];

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
