/**
 * The npm build's entry points, as package.json `exports` names them: a class, adapter or
 * translation entry registers no element and changes nothing global; a define entry registers
 * exactly its tags and adds only `window.Lede`, the page-wide settings; the autoloader registers
 * only the tags the page holds. Each entry is imported in a fresh same-origin iframe, so that
 * no module has run there before. Needs `npm run build` first.
 */
import { expect } from '@open-wc/testing';
import { ALL_TAGS, requireBuilt } from './built-files.js';

/** Define entries and the tags each must register, no more, no fewer. */
const REGISTERS: Record<string, string[]> = {
  './lede.js': ALL_TAGS,
  // The same, with Lit's hydration support (its global is Lit's own bookkeeping).
  './hydrate.js': ALL_TAGS,
  // A story uses the elements it is made of.
  './define/article.js': [
    'lede-article',
    'lede-delegation-list',
    'lede-pull-quote',
    'lede-related-links',
    'lede-stat-badge',
  ],
  './define/article-card.js': ['lede-article-card'],
  './define/delegation-list.js': ['lede-delegation-list'],
  './define/pull-quote.js': ['lede-pull-quote'],
  './define/related-links.js': ['lede-related-links'],
  './define/stat-badge.js': ['lede-stat-badge'],
};

/** Entries without side effects; a pattern entry is tried with the example module given. */
const WITHOUT_SIDE_EFFECTS: Record<string, string> = {
  '.': '',
  './article.js': '',
  './article-card.js': '',
  './delegation-list.js': '',
  './pull-quote.js': '',
  './related-links.js': '',
  './stat-badge.js': '',
  './adapters/anf.js': '',
  './adapters/ans.js': '',
  './adapters/jsonld.js': '',
  './adapters/ninjs.js': '',
  './adapters/to-article.js': '',
  './adapters/to-jsonld.js': '',
  './adapters/wordpress.js': '',
  './i18n.js': '',
  './locales/*': 'ur.js',
};

/**
 * Entries that register each element only when its tag appears on the page: the tag given here,
 * written in the page, gets registered, and an empty page gets nothing.
 */
const REGISTERS_ON_USE: Record<string, string> = {
  './autoloader.js': 'lede-stat-badge',
};

/** Entries that are not browser modules, or that another test covers. */
const NOT_IMPORTED_HERE = new Set([
  './server', // Node only (Lit's server renderer): test/server runs it
  // React is a CommonJS package: test/react loads these through its own config, and
  // test/examples/react-card.test.ts checks that an element's own entry registers it alone.
  './react',
  './react/article.js',
  './react/article-card.js',
  './react/delegation-list.js',
  './react/pull-quote.js',
  './react/related-links.js',
  './react/stat-badge.js',
  './jsx', // types only
  // Configures localization on import: test/examples/french-page.test.ts loads it in a page.
  './i18n/follow-page.js',
  './article.schema.json',
  './lede.css',
  './themes/dark.css',
  './themes/light.css',
  './themes/brand-example.css',
  './custom-elements.json',
  './vscode.html-custom-data.json',
  './vscode.css-custom-data.json',
  './package.json',
]);

/** Global names that Lit itself sets when loaded: its version lists and property metadata. */
const LIT_BOOKKEEPING = /^(lit|reactiveElement)[A-Z]/;

type ExportTarget = string | { default?: string };

/** The served address of an entry point, from its `exports` target. */
function addressOf(target: ExportTarget, example: string): string {
  const path = typeof target === 'string' ? target : target.default;
  if (!path) throw new Error(`no default target in ${JSON.stringify(target)}`);
  return path.replace(/^\.\//, '/').replace('*', example);
}

interface Effects {
  defined: string[];
  newGlobals: string[];
}

function globalNames(win: Window): string[] {
  return [
    ...Object.getOwnPropertyNames(win),
    ...Object.getOwnPropertySymbols(win).map((symbol) => symbol.toString()),
  ];
}

/**
 * Imports `address` as a module in a new iframe whose body holds `body`, and reports what it
 * registered and added once the script has loaded and, when given, `awaitedTag` is defined.
 */
async function effectsOf(address: string, body = '', awaitedTag?: string): Promise<Effects> {
  await requireBuilt(address);
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><title>entry point</title>${body}`;
  const frameLoaded = new Promise((resolve) => frame.addEventListener('load', resolve));
  document.body.append(frame);
  try {
    await frameLoaded;
    const win = frame.contentWindow!;
    const registry = win.customElements;
    const defined: string[] = [];
    const define = registry.define.bind(registry);
    registry.define = (name, constructor, options) => {
      defined.push(name);
      define(name, constructor, options);
    };
    const errors: string[] = [];
    win.addEventListener('error', (event) => errors.push(String(event.message)));
    const before = new Set(globalNames(win));

    const script = win.document.createElement('script');
    script.type = 'module';
    script.src = address;
    await new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', () => reject(new Error(`${address} did not load`)));
      win.document.head.append(script);
    });
    if (awaitedTag) await registry.whenDefined(awaitedTag);
    if (errors.length > 0) throw new Error(`${address} threw: ${errors.join('; ')}`);

    const newGlobals = globalNames(win).filter(
      (name) => !before.has(name) && !LIT_BOOKKEEPING.test(name),
    );
    return { defined: defined.sort(), newGlobals };
  } finally {
    frame.remove();
  }
}

describe('the npm build’s entry points', () => {
  let exportsMap: Record<string, ExportTarget> = {};

  before(async () => {
    await requireBuilt('/dist/index.js');
    const manifest = (await (await fetch('/package.json')).json()) as {
      exports: Record<string, ExportTarget>;
    };
    exportsMap = manifest.exports;
  });

  it('are each known to this test as registering, side-effect free or not a module', () => {
    const known = new Set([
      ...Object.keys(REGISTERS),
      ...Object.keys(WITHOUT_SIDE_EFFECTS),
      ...Object.keys(REGISTERS_ON_USE),
      ...NOT_IMPORTED_HERE,
    ]);
    expect(Object.keys(exportsMap).filter((key) => !known.has(key))).to.deep.equal([]);
    expect([...known].filter((key) => !(key in exportsMap))).to.deep.equal([]);
  });

  for (const [entry, example] of Object.entries(WITHOUT_SIDE_EFFECTS)) {
    it(`${entry} registers no element and adds no global`, async () => {
      const effects = await effectsOf(addressOf(exportsMap[entry]!, example));
      expect(effects).to.deep.equal({ defined: [], newGlobals: [] });
    });
  }

  // `Lede`, the page-wide settings (`Lede.debug`), is the one global a define entry may add.
  for (const [entry, tags] of Object.entries(REGISTERS)) {
    it(`${entry} registers ${tags.join(', ')} and adds no global but Lede`, async () => {
      const effects = await effectsOf(addressOf(exportsMap[entry]!, ''));
      expect(effects).to.deep.equal({ defined: [...tags].sort(), newGlobals: ['Lede'] });
    });
  }

  for (const [entry, tag] of Object.entries(REGISTERS_ON_USE)) {
    it(`${entry} registers nothing on a page without Lede's tags, and adds no global`, async () => {
      const effects = await effectsOf(addressOf(exportsMap[entry]!, ''));
      expect(effects).to.deep.equal({ defined: [], newGlobals: [] });
    });

    it(`${entry} registers ${tag} when the page holds it, and adds no global but Lede`, async () => {
      const effects = await effectsOf(addressOf(exportsMap[entry]!, ''), `<${tag}></${tag}>`, tag);
      expect(effects).to.deep.equal({ defined: [tag], newGlobals: ['Lede'] });
    });
  }
});
