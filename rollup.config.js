// Builds the package (see docs/build.md); the plugins are in scripts/rollup-plugins.js.
//  - dist/               the npm build: one ES module per source module, Lit left as a dependency;
//  - dist/cdn/           one self-contained, minified file per entry point, which registers its
//                        elements and makes their words follow the page's `<html lang>`;
//  - dist/cdn/chunks/    what those files load with `import()` only when a page needs it
//                        (adapters, translations), built once for all of them;
//  - dist/cdn/elements/  the autoloader's element modules, sharing their code in chunks.
// Declarations come from `tsc -p tsconfig.build.json`, run after Rollup by `npm run build`.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
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

/**
 * What the card loads at start besides its own module: Lit, the core, the model and the
 * formatting a card shows. A front page shows many cards (the budgeted page is twelve), so
 * these go in one chunk, `elements/chunks/shared-[hash].js`: Rollup alone splits them into
 * seven chunks by which elements use each module, and the card's page then loads nine files,
 * 1.27 kB brotli more than in three (each file compressed alone, and the names each imports).
 */
const CARD_AT_START = await modulesAtStart(autoloaderBuild(), 'elements/lede-article-card');

/**
 * The autoloader and the element modules it loads, in one build: the code they share is in
 * `elements/chunks/`, so a page that shows several kinds of elements loads Lit, the core and
 * the model once. Each element module is the same CDN entry as its single-file build.
 *  - The shared chunk holds what the card needs at start (CARD_AT_START), which every other
 *    element needs too but for a few formatting modules (date, number, plural, byline, heading,
 *    about 1 kB brotli on the page of a pull quote or related links, which use none of them).
 *  - Code some elements share without the card (the inline HTML of quotes, the story's words
 *    of the badge and list) stays in the chunks Rollup makes of it, off the card's page.
 *  - Only the modules named go in the shared chunk, not what they import (Rollup 5's default):
 *    `@lit/localize`'s runtime, imported beside `msg`, stays in the lazy chunk that uses it.
 * Rejected, measured on the card's page (22.57 kB brotli with Rollup's split alone): one chunk
 * of all code two or more elements share, 22.09 (inline HTML and the words of a story, dead
 * for a card); code three or more share, 21.80 (four files); `experimentalMinChunkSize`, which
 * from 3 kB merges translations and the JSON-LD exporter into chunks loaded at start.
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
