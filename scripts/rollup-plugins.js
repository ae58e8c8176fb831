// The Rollup plugins of the package's build (rollup.config.js), each a small function of what it
// is given: no state is shared between builds, and no source text is read but through Rollup.
import { readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';

/** The browsers the CDN build targets: those with native custom elements, shadow DOM and ESM. */
const TARGET = 'es2021';

/** Bare specifiers (`lit`, `@lit/localize`, ...) stay imports in the npm build. */
export const isBareSpecifier = (id) =>
  !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

/** TypeScript to JavaScript, reading the decorator settings from tsconfig.json. */
export const typescript = () =>
  esbuild({ target: TARGET, tsconfig: 'tsconfig.json', sourceMap: true });

/** Empties `dir` first, so that nothing stale is published. */
export function cleanDir(dir) {
  return {
    name: 'lede-clean',
    buildStart() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Copies `files` (absolute paths) beside the build's output, each under its own name. */
export function copyFiles(files) {
  return {
    name: 'lede-copy-files',
    async generateBundle() {
      for (const file of files) {
        this.emitFile({
          type: 'asset',
          fileName: file.split(sep).pop(),
          source: await readFile(file),
        });
      }
    },
  };
}

/** The `.css` files of `dir`, sorted. */
export const stylesheetsIn = (dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.css'))
    .sort()
    .map((name) => join(dir, name));

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
 * Lit templates minified the same way in both builds: the server renders with the npm build's
 * templates and the browser hydrates with the CDN build's, and hydration requires the two to be
 * the same strings (Lit compares a digest of them).
 */
export function minifyTemplates() {
  return minifyHtmlLiterals({
    failOnError: true,
    options: {
      shouldMinify: isMinifiableHtml,
      // Keep one space wherever the template has whitespace: between inline elements it shows.
      minifyOptions: { conservativeCollapse: true },
    },
  });
}

/**
 * Keeps the side effects of the sources (the define calls, the locale listener). node-resolve
 * applies package.json's `sideEffects`, which describes the published dist/ files; applied to
 * `src` it would drop every define entry's registration.
 */
function sourcesKeepSideEffects(src) {
  return {
    name: 'lede-sources-keep-side-effects',
    async resolveId(specifier, importer) {
      if (!importer || isBareSpecifier(specifier)) return null;
      const resolved = await this.resolve(specifier, importer, { skipSelf: true });
      if (!resolved || resolved.external || !resolved.id.startsWith(src)) return resolved;
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

/**
 * The plugins of every CDN build of the sources under `src`: Lit's production build, minified
 * templates and code.
 */
export function cdnPlugins(src) {
  return [
    sourcesKeepSideEffects(src),
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

const CDN_ENTRY_PREFIX = '\0lede-cdn-entry:';

/** The id of the CDN entry module for `module`: `setup` first, then what `module` exports. */
export const cdnEntryId = (module) => `${CDN_ENTRY_PREFIX}${module}`;

/**
 * Loads the CDN entry modules (cdnEntryId): each imports `setup`, then re-exports its module.
 * `preludes` names, by module, what must run before even `setup` (Lit's hydration support has
 * to be in place before Lit defines its element class).
 */
export function cdnEntryModules(setup, preludes = new Map()) {
  return {
    name: 'lede-cdn-entry',
    resolveId(id) {
      return id.startsWith(CDN_ENTRY_PREFIX) ? id : null;
    },
    load(id) {
      if (!id.startsWith(CDN_ENTRY_PREFIX)) return null;
      const module = id.slice(CDN_ENTRY_PREFIX.length);
      const first = preludes.has(module) ? [preludes.get(module)] : [];
      const imports = [...first, setup].map((file) => `import ${JSON.stringify(file)};\n`);
      return `${imports.join('')}export * from ${JSON.stringify(module)};\n`;
    },
  };
}

/** The name of the lazy chunk of a source module: `src/adapters/jsonld.ts` → `adapters/jsonld`. */
function lazyChunkName(src, id) {
  const name = relative(src, id)
    .replace(/\.[cm]?[jt]s$/, '')
    .split(sep)
    .join('/');
  if (name.startsWith('..')) throw new Error(`import() of a module outside src/: ${id}`);
  return name;
}

/**
 * Points every `import()` of a source module at its lazy chunk, built once for every entry file
 * by `lazyChunksOf`: `import('../adapters/jsonld.js')` becomes
 * `import('./chunks/adapters/jsonld.js')`. Modules in `ownChunks` stay chunks of the entry's own
 * build, for they share state with it. A computed address is refused: it cannot be followed.
 */
export function importsOfLazyChunks(src, ownChunks) {
  return {
    name: 'lede-imports-of-lazy-chunks',
    async resolveDynamicImport(specifier, importer) {
      if (typeof specifier !== 'string') {
        this.error(`${relative(src, importer)}: write each import() address out`);
      }
      const resolved = await this.resolve(specifier, importer, { skipSelf: true });
      if (!resolved || resolved.external || ownChunks.has(resolved.id)) return null;
      // Written as it is: entry files sit in dist/cdn/, beside chunks/.
      return { id: `./chunks/${lazyChunkName(src, resolved.id)}.js`, external: 'absolute' };
    },
  };
}

/**
 * Makes a build of the lazy chunks alone: it follows the module graph from `entries` through
 * Rollup, and emits one chunk, named by lazyChunkName, for each module some module loads with
 * `import()` (those in `ownChunks` excepted). The code those chunks share is split out once.
 */
export function lazyChunksOf(src, entries, ownChunks) {
  return {
    name: 'lede-lazy-chunks-of',
    async buildStart() {
      const seen = new Set();
      const lazy = new Set();
      const visit = async (id) => {
        if (seen.has(id)) return;
        seen.add(id);
        const info = await this.load({ id, resolveDependencies: true });
        for (const imported of info.dynamicallyImportedIds) {
          if (imported.startsWith(src) && !ownChunks.has(imported)) lazy.add(imported);
        }
        const next = [...info.importedIds, ...info.dynamicallyImportedIds];
        await Promise.all(next.filter((dep) => dep.startsWith(src)).map(visit));
      };
      await Promise.all(entries.map(visit));
      if (lazy.size === 0) this.error('No module is loaded with import(): nothing is lazy');
      for (const id of [...lazy].sort()) {
        this.emitFile({ type: 'chunk', id, fileName: `${lazyChunkName(src, id)}.js` });
      }
    },
  };
}

/**
 * Points the `import()` of an element's define module in `loader` at that element's CDN entry
 * (cdnEntryId), which the same build emits, so Rollup shares their code in chunks.
 */
export function importsOfElementEntries(loader, componentsDir, elements) {
  return {
    name: 'lede-imports-of-element-entries',
    async resolveDynamicImport(specifier, importer) {
      if (importer !== loader || typeof specifier !== 'string') return null;
      const resolved = await this.resolve(specifier, importer, { skipSelf: true });
      const name = resolved && relative(componentsDir, dirname(resolved.id));
      return name && elements.includes(name) ? cdnEntryId(resolved.id) : null;
    },
  };
}

/**
 * The source modules in the chunks that the entry named `entryName` loads at start (its static
 * imports, followed through the chunk graph) when Rollup splits `build`'s code by itself: one
 * build in memory, unminified, for minifying moves no module from one chunk to another. Those
 * are the modules the entry needs at start and does not hold itself; what its chunks hold only
 * for lazy chunks (`@lit/localize`'s runtime, behind the same `import` as `msg`) is not in them.
 */
export async function modulesAtStart(build, entryName) {
  const plugins = build.plugins.filter((plugin) => plugin.name !== 'terser');
  const bundle = await rollup({ ...build, plugins, logLevel: 'silent' });
  try {
    const { output } = await bundle.generate({ ...build.output, sourcemap: false });
    const chunks = new Map(
      output.filter((file) => file.type === 'chunk').map((chunk) => [chunk.fileName, chunk]),
    );
    const entry = [...chunks.values()].find((chunk) => chunk.isEntry && chunk.name === entryName);
    if (!entry) throw new Error(`The build has no entry named ${entryName}`);
    const modules = new Set();
    const seen = new Set();
    const visit = (fileName) => {
      if (seen.has(fileName)) return;
      seen.add(fileName);
      const chunk = chunks.get(fileName);
      chunk.moduleIds.forEach((id) => modules.add(id));
      chunk.imports.forEach(visit);
    };
    entry.imports.forEach(visit);
    return modules;
  } finally {
    await bundle.close();
  }
}
