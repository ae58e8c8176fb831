// Builds the package (see docs/build.md); the plugins are in scripts/rollup-plugins.js.
//  - dist/               the npm build: one ES module per source module, Lit left as a dependency;
//  - dist/cdn/           one self-contained, minified file per entry point, which registers its
//                        elements and makes their words follow the page's `<html lang>`;
//  - dist/cdn/chunks/    what those files load with `import()` only when a page needs it
//                        (adapters, translations), built once for all of them;
//  - dist/cdn/elements/  the autoloader's element modules, sharing their code in chunks.
// Declarations come from `tsc -p tsconfig.build.json`, run after Rollup by `npm run build`.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import {
  cdnEntryId,
  cdnEntryModules,
  cdnPlugins,
  cleanDir,
  copyFiles,
  importsOfElementEntries,
  importsOfLazyChunks,
  isBareSpecifier,
  lazyChunksOf,
  minifyTemplates,
  modulesAtStart,
  stylesheetsIn,
  typescript,
} from './scripts/rollup-plugins.js';

const SRC = resolve('src');
const DIST = resolve('dist');
const CDN = join(DIST, 'cdn');
const COMPONENTS = join(SRC, 'components');

/** Element folders under src/components/ that hold a define entry (not `shared`). */
const ELEMENTS = readdirSync(COMPONENTS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(COMPONENTS, entry.name, 'define.ts')))
  .map((entry) => entry.name)
  .sort();
const defineModule = (name) => join(COMPONENTS, name, 'define.ts');

/** Every module under `dir` with JavaScript in it (type-only `types.ts` has none). */
const modulesUnder = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /(?<!\.d)\.ts$/.test(entry.name))
    .filter((entry) => entry.name !== 'types.ts')
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();

/** Makes the elements' words follow `<html lang>`: every CDN entry runs it first. */
const FOLLOW_PAGE = join(SRC, 'i18n', 'follow-page.ts');
/**
 * Loaded with `import()` by each CDN entry, and sharing state with it: `@lit/localize`'s, and
 * Lit's own for the templates of the list of dropped values.
 */
const OWN_CHUNKS = new Set([
  join(SRC, 'i18n', 'page-language.ts'),
  join(SRC, 'core', 'dropped.ts'),
]);
const AUTOLOADER = join(SRC, 'autoloader.ts');
/** Every element, for pages whose stories the server rendered: they hydrate its HTML. */
const HYDRATE = join(SRC, 'hydrate.ts');
/** Lit's hydration support runs before anything else in the hydrating entry, Lit included. */
const PRELUDES = new Map([[HYDRATE, '@lit-labs/ssr-client/lit-element-hydrate-support.js']]);
/** What each single-file CDN entry registers, by file name. */
const CDN_ENTRIES = {
  'lede.js': join(SRC, 'lede.ts'),
  ...Object.fromEntries(ELEMENTS.map((name) => [`lede-${name}.js`, defineModule(name)])),
  'lede-hydrate.js': HYDRATE,
};

/** The npm build: ES modules that mirror src/, for bundlers and import maps. */
const npmBuild = {
  input: [
    join(SRC, 'index.ts'),
    join(SRC, 'lede.ts'),
    HYDRATE,
    AUTOLOADER,
    ...ELEMENTS.flatMap((name) => [join(COMPONENTS, name, `${name}.ts`), defineModule(name)]),
    ...modulesUnder(join(SRC, 'adapters')),
    // Translations for a page's own localization, and the one line that follows `<html lang>`.
    join(SRC, 'i18n', 'index.ts'),
    FOLLOW_PAGE,
    // The React components: all six, and one entry per element.
    ...modulesUnder(join(SRC, 'react')),
    // The server renderer and the `lede` command, for Node only (not in the CDN build).
    ...modulesUnder(join(SRC, 'server')),
  ],
  external: isBareSpecifier,
  plugins: [
    cleanDir(DIST),
    typescript(),
    // As the CDN build does, so that the server's templates and the browser's are the same.
    minifyTemplates(),
    copyFiles([join(SRC, 'model', 'article.schema.json')]),
  ],
  output: {
    dir: DIST,
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: SRC,
    entryFileNames: '[name].js',
  },
};

/** A single-file CDN entry: all it needs at start in one file, its lazy modules in chunks/. */
const cdnEntry = ([fileName, module]) => ({
  input: cdnEntryId(module),
  // The entry file exports what its own chunks need from it, so it stays one file at start.
  preserveEntrySignatures: 'allow-extension',
  plugins: [
    cdnEntryModules(FOLLOW_PAGE, PRELUDES),
    importsOfLazyChunks(SRC, OWN_CHUNKS),
    ...cdnPlugins(SRC),
    ...(fileName === 'lede.js' ? [copyFiles(stylesheetsIn(join(SRC, 'themes')))] : []),
  ],
  output: {
    dir: CDN,
    entryFileNames: fileName,
    chunkFileNames: `chunks/${fileName.replace(/\.js$/, '')}-[name]-[hash].js`,
    format: 'es',
    sourcemap: true,
  },
});

/** The lazy chunks of every CDN entry, found in the module graph, their shared code split once. */
const cdnLazyChunks = {
  input: [],
  plugins: [
    lazyChunksOf(SRC, [...Object.values(CDN_ENTRIES), FOLLOW_PAGE], OWN_CHUNKS),
    ...cdnPlugins(SRC),
  ],
  output: {
    dir: join(CDN, 'chunks'),
    format: 'es',
    sourcemap: true,
    chunkFileNames: '[name]-[hash].js',
  },
};

/** The autoloader and the element modules it loads, in one build, as Rollup would split them. */
const autoloaderBuild = () => ({
  input: {
    'lede-autoloader': AUTOLOADER,
    ...Object.fromEntries(
      ELEMENTS.map((name) => [`elements/lede-${name}`, cdnEntryId(defineModule(name))]),
    ),
  },
  plugins: [
    cdnEntryModules(FOLLOW_PAGE),
    importsOfElementEntries(AUTOLOADER, COMPONENTS, ELEMENTS),
    ...cdnPlugins(SRC),
  ],
  output: {
    dir: CDN,
    entryFileNames: '[name].js',
    chunkFileNames: 'elements/chunks/[name]-[hash].js',
    format: 'es',
    sourcemap: true,
  },
});

/** Whether `id` is one of an element's own modules, which register its tag when they run. */
const belongsToAnElement = (id) =>
  ELEMENTS.some((name) => id.startsWith(join(COMPONENTS, name, sep)));

/**
 * What the card loads at start besides its own module, as Rollup would split the code: Lit, the
 * core, the model and the formatting a card shows. Front pages show many cards (the budgeted
 * page is twelve), so these modules go in one chunk, `elements/chunks/shared-[hash].js`. An
 * element's own modules stay out of it, or every page would register that element.
 */
const CARD_AT_START = new Set(
  [...(await modulesAtStart(autoloaderBuild(), 'elements/lede-article-card'))].filter(
    (id) => !belongsToAnElement(id),
  ),
);

/**
 * The autoloader and the element modules it loads, in one build: the code they share is in
 * `elements/chunks/`, so a page that shows several kinds of elements loads Lit, the core and
 * the model once. Each element module is the same CDN entry as its single-file build.
 *  - The shared chunk holds CARD_AT_START, which every element needs but for some formatting:
 *    twelve cards load 20.66 kB brotli in three files, against 21.89 in nine with Rollup's
 *    split alone (each file compressed apart, and the names each imports); a page of pull
 *    quotes or related links carries 1 kB of the card's formatting it does not use.
 *  - Code other elements share without the card stays in the chunks Rollup makes of it.
 *  - Only the modules named go in the shared chunk, not what they import (Rollup 5's default):
 *    `@lit/localize`'s runtime, imported beside `msg`, stays in the lazy chunk that uses it.
 * Rejected (the page of twelve cards; every page's figures in docs/build.md): one chunk of the
 * code two or more elements share, 21.46 kB (quotes' inline HTML, dead for a card); of code
 * three or more share, 21.17 kB; `experimentalMinChunkSize`, 21.21 kB at 2 kB, and from 3 kB it
 * merges translations and the JSON-LD exporter into chunks loaded at start.
 */
const autoloader = autoloaderBuild();
const cdnAutoloader = {
  ...autoloader,
  output: {
    ...autoloader.output,
    manualChunks: (id) => (CARD_AT_START.has(id) ? 'shared' : undefined),
    onlyExplicitManualChunks: true,
  },
};

export default [
  npmBuild,
  ...Object.entries(CDN_ENTRIES).map(cdnEntry),
  cdnLazyChunks,
  cdnAutoloader,
];
