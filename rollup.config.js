// Builds the package twice over (see docs/build.md):
//  - dist/      the npm build: one ES module per source module, Lit left as a dependency;
//  - dist/cdn/  the CDN build: one self-contained, minified file per entry point that registers
//               its elements, plus lazily loaded chunks (adapters, translations, the localization
//               runtime for pages not in English) in dist/cdn/chunks/.
// Declarations come from `tsc -p tsconfig.build.json`, run after Rollup by `npm run build`.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const SRC = resolve('src');
const DIST = resolve('dist');
const CDN = join(DIST, 'cdn');
const CHUNKS = join(CDN, 'chunks');
/** The browsers the CDN build targets: those with native custom elements, shadow DOM and ESM. */
const TARGET = 'es2021';

/** Element folders under src/components/ that hold a define entry (not `shared`). */
const ELEMENTS = readdirSync(join(SRC, 'components'), { withFileTypes: true })
  .filter(
    (entry) => entry.isDirectory() && existsSync(join(SRC, 'components', entry.name, 'define.ts')),
  )
  .map((entry) => entry.name)
  .sort();

/** Every TypeScript module under `dir` (recursively), or none when the folder is absent. */
function modulesUnder(dir) {
  if (!existsSync(dir)) return [];
  return (
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.ts$/.test(entry.name) && !/\.d\.ts$/.test(entry.name))
      // Type-only modules have no JavaScript; their declarations come from tsc.
      .filter((entry) => entry.name !== 'types.ts')
      .map((entry) => join(entry.parentPath, entry.name))
      .sort()
  );
}

/** `[file]` when it exists: parts of the package that other work may not have added yet. */
const optional = (file) => (existsSync(file) ? [file] : []);

/** Bare specifiers (`lit`, `@lit/localize`, ...) stay imports in the npm build. */
const isBareSpecifier = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

/** TypeScript to JavaScript, reading the decorator settings from tsconfig.json. */
const typescript = () => esbuild({ target: TARGET, tsconfig: 'tsconfig.json', sourceMap: true });

/** Empties dist/ first, so that nothing stale is published. */
function cleanDist() {
  return {
    name: 'lede-clean-dist',
    buildStart() {
      rmSync(DIST, { recursive: true, force: true });
    },
  };
}

/**
 * Copies the stylesheets of src/themes/ (lede.css, which reserves the elements' space before
 * they are defined, and any theme) beside the CDN entry files.
 */
function copyThemes() {
  return {
    name: 'lede-copy-themes',
    async generateBundle() {
      const themes = join(SRC, 'themes');
      const sheets = existsSync(themes)
        ? readdirSync(themes).filter((name) => name.endsWith('.css'))
        : [];
      for (const name of sheets.sort()) {
        this.emitFile({
          type: 'asset',
          fileName: name,
          source: await readFile(join(themes, name)),
        });
      }
    },
  };
}

/** Copies the JSON Schema beside the modules, where the `./article.schema.json` export points. */
function copySchema() {
  return {
    name: 'lede-copy-schema',
    async generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'article.schema.json',
        source: await readFile(join(SRC, 'model', 'article.schema.json')),
      });
    },
  };
}

/**
 * Lit templates minified the same way in both builds: the server renders with the npm build's
 * templates and the browser hydrates with the CDN build's, and hydration requires the two to
 * be the same strings (Lit compares a digest of them).
 */
function minifyTemplates() {
  return minifyHtmlLiterals({
    failOnError: true,
    options: {
      shouldMinify: isMinifiableHtml,
      // Keep one space wherever the template has whitespace: between inline elements it shows.
      minifyOptions: { conservativeCollapse: true },
    },
  });
}

const npmInputs = [
  join(SRC, 'index.ts'),
  join(SRC, 'lede.ts'),
  join(SRC, 'hydrate.ts'),
  ...ELEMENTS.flatMap((name) => [
    join(SRC, 'components', name, `${name}.ts`),
    join(SRC, 'components', name, 'define.ts'),
  ]),
  ...modulesUnder(join(SRC, 'adapters')),
  // Translations, for a page's own localization; the locale modules come as lazy imports.
  ...optional(join(SRC, 'i18n', 'index.ts')),
  ...optional(join(SRC, 'react', 'index.ts')),
  // The server renderer and the `lede` command, for Node only (not in the CDN build).
  ...modulesUnder(join(SRC, 'server')),
];

/** The npm build: ES modules that mirror src/, for bundlers and import maps. */
const npmBuild = {
  input: npmInputs,
  external: isBareSpecifier,
  plugins: [cleanDist(), typescript(), minifyTemplates(), copySchema()],
  output: {
    dir: DIST,
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: SRC,
    entryFileNames: '[name].js',
  },
};

/**
 * Modules that the sources load with `import()` (adapters, translations), by output name. In
 * the CDN build they are not bundled into the entry files: `src/<path>.ts` becomes
 * `dist/cdn/chunks/<path>.js`, built once by the lazy build below and shared by every entry
 * file, so a page fetches it only when it needs it.
 */
const lazyModules = new Map();

/** Records a lazily loaded source module and returns its output name, e.g. `adapters/jsonld`. */
function lazyChunkName(id) {
  const name = relative(SRC, id)
    .replace(/\.[cm]?[jt]s$/, '')
    .split(sep)
    .join('/');
  if (name.startsWith('..')) throw new Error(`import() of a module outside src/: ${id}`);
  lazyModules.set(name, id);
  return name;
}

/**
 * The folder that a computed `import(`./locales/${locale}.js`)` reads from, as the template's
 * static start (`./locales/`), or undefined for any other expression.
 */
function computedImportFolder(node) {
  if (node.type !== 'TemplateLiteral' || node.expressions.length === 0) return undefined;
  const prefix = node.quasis[0]?.value.cooked ?? '';
  return /^\.{1,2}\/(.*\/)?$/.test(prefix) ? prefix : undefined;
}

/**
 * Modules that an entry file loads with `import()` and that share state with it: the
 * localization runtime installs its `msg()` into the entry's own copy of `@lit/localize`. Each
 * entry build splits them into a chunk of its own that imports from the entry file.
 */
const ENTRY_CHUNKS = new Set([join(SRC, 'i18n', 'page-language.ts')]);

/**
 * Points every other `import()` in the sources at its lazy chunk:
 * `import('../adapters/jsonld.js')` becomes `import('./chunks/adapters/jsonld.js')`, and a
 * computed import of a folder (translations) makes every module of that folder a lazy chunk and
 * reads from its place in chunks/.
 */
function lazyChunks() {
  return {
    name: 'lede-lazy-chunks',
    async resolveDynamicImport(specifier, importer) {
      if (typeof specifier === 'string') {
        const resolved = await this.resolve(specifier, importer, { skipSelf: true });
        if (!resolved || resolved.external || ENTRY_CHUNKS.has(resolved.id)) return null;
        // Written as it is: entry files sit in dist/cdn/, beside chunks/.
        return { id: `./chunks/${lazyChunkName(resolved.id)}.js`, external: 'absolute' };
      }
      const prefix = computedImportFolder(specifier);
      const folder = prefix && resolve(dirname(importer), prefix);
      if (!folder || !existsSync(folder)) {
        this.warn(`${relative(SRC, importer)}: an import() of a computed address is left as it is`);
        return null;
      }
      for (const module of modulesUnder(folder)) lazyChunkName(module);
      // The import() runs from an entry file in dist/cdn/, so the folder is read from chunks/.
      const code = this.getModuleInfo(importer)?.code ?? '';
      const expression = code.slice(specifier.start, specifier.end);
      const chunkFolder = `./chunks/${relative(SRC, folder).split(sep).join('/')}/`;
      return expression.replace(prefix, chunkFolder);
    },
  };
}

/**
 * Lit `html` templates, except those whose tag name is an expression (`<${tag}>` from
 * lit/static-html.js), which the HTML minifier cannot parse and which are short anyway.
 */
function isMinifiableHtml(template) {
  if (!/html/i.test(template.tag ?? '')) return false;
  const beforeExpressions = template.parts.slice(0, -1);
  return !beforeExpressions.some((part) => /<\/?$/.test(part.text));
}

/**
 * Keeps the side effects of the sources (the define calls, the locale listener). node-resolve
 * applies package.json's `sideEffects`, which describes the published dist/ files; applied to
 * src/ it would drop every define entry's registration.
 */
function sourcesKeepSideEffects() {
  return {
    name: 'lede-sources-keep-side-effects',
    async resolveId(specifier, importer) {
      if (!importer || isBareSpecifier(specifier)) return null;
      const resolved = await this.resolve(specifier, importer, { skipSelf: true });
      if (!resolved || resolved.external || !resolved.id.startsWith(SRC)) return resolved;
      return { ...resolved, moduleSideEffects: true };
    },
  };
}

/**
 * `@lit/localize` declares no `sideEffects`, yet its modules have none beyond their own state
 * (one table filled, one promise settled). Saying so lets an entry file keep only `msg()` and
 * `str`, and leaves the runtime that configures localization to the chunk that uses it.
 */
function localizeHasNoSideEffects() {
  return {
    name: 'lede-localize-has-no-side-effects',
    async resolveId(specifier, importer) {
      if (!importer) return null;
      const resolved = await this.resolve(specifier, importer, { skipSelf: true });
      if (!resolved || !/[\\/]node_modules[\\/]@lit[\\/]localize[\\/]/.test(resolved.id))
        return null;
      return { ...resolved, moduleSideEffects: false };
    },
  };
}

/** The plugins of every CDN build: Lit's production build, minified templates and code. */
export function cdnPlugins() {
  return [
    sourcesKeepSideEffects(),
    localizeHasNoSideEffects(),
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    typescript(),
    minifyTemplates(),
    terser({
      module: true,
      ecma: 2020,
      compress: { passes: 2 },
      format: { comments: false },
    }),
  ];
}

/**
 * The module that sets up the CDN build's own localization (the elements' words follow the
 * page's `<html lang>`); the npm build leaves localization to the page's application.
 */
const CDN_LOCALIZATION = join(SRC, 'i18n', 'cdn-localization.ts');
const CDN_ENTRY_PREFIX = '\0lede-cdn-entry:';

/**
 * Modules an entry file must run before anything else, Lit included: Lit's hydration support
 * has to be in place when Lit's element class is defined.
 */
const HYDRATE_ENTRY = join(SRC, 'hydrate.ts');
const PRELUDES = new Map([[HYDRATE_ENTRY, '@lit-labs/ssr-client/lit-element-hydrate-support.js']]);

/**
 * Makes each CDN entry file run the CDN-only setup before the module it registers elements
 * with, and export what that module exports.
 */
function cdnEntryModule() {
  return {
    name: 'lede-cdn-entry',
    resolveId(id) {
      return id.startsWith(CDN_ENTRY_PREFIX) ? id : null;
    },
    load(id) {
      if (!id.startsWith(CDN_ENTRY_PREFIX)) return null;
      const input = id.slice(CDN_ENTRY_PREFIX.length);
      const prelude = PRELUDES.has(input) ? `import ${JSON.stringify(PRELUDES.get(input))};\n` : '';
      const setup = existsSync(CDN_LOCALIZATION)
        ? `import ${JSON.stringify(CDN_LOCALIZATION)};\n`
        : '';
      return `${prelude}${setup}export * from ${JSON.stringify(input)};\n`;
    },
  };
}

/**
 * One CDN entry file: everything it needs at start in one file, lazy modules apart, and its own
 * chunks (ENTRY_CHUNKS) in chunks/, named after it.
 */
function cdnEntry(input, fileName, extraPlugins = []) {
  return {
    input: `${CDN_ENTRY_PREFIX}${input}`,
    // The entry file exports what its chunks need from it, so it stays one file at start.
    preserveEntrySignatures: 'allow-extension',
    plugins: [cdnEntryModule(), lazyChunks(), ...cdnPlugins(), ...extraPlugins],
    output: {
      dir: CDN,
      entryFileNames: fileName,
      chunkFileNames: `chunks/${fileName.replace(/\.js$/, '')}-[name]-[hash].js`,
      format: 'es',
      sourcemap: true,
    },
  };
}

const cdnEntries = [
  cdnEntry(join(SRC, 'lede.ts'), 'lede.js', [copyThemes()]),
  ...ELEMENTS.map((name) =>
    cdnEntry(join(SRC, 'components', name, 'define.ts'), `lede-${name}.js`),
  ),
  // Every element, for pages whose stories the server rendered: they hydrate its HTML.
  cdnEntry(HYDRATE_ENTRY, 'lede-hydrate.js'),
];

/** The lazy chunks the entry files asked for, with the code they share split out once. */
const cdnLazy = {
  // Filled in by the entry builds, which Rollup runs before this one.
  input: [],
  plugins: [
    {
      name: 'lede-lazy-inputs',
      options(options) {
        if (lazyModules.size === 0)
          throw new Error('No module is loaded with import(): nothing is lazy');
        return { ...options, input: Object.fromEntries(lazyModules) };
      },
    },
    ...cdnPlugins(),
  ],
  output: {
    dir: CHUNKS,
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
  },
};

export default [npmBuild, ...cdnEntries, cdnLazy];
