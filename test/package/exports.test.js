// Every `lede-elements/...` path that README.md and docs/ name, and every entry of package.json
// `exports`, resolved the way an application's bundler resolves it (Rollup's node-resolve,
// reading `exports`) in the packed package that `npm run examples` unpacks into
// examples/node_modules/. Type-only entries (`lede-elements/jsx`) are resolved by TypeScript.
// Run with `node --test test/package/` after `npm run build && npm run examples`.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { test } from 'node:test';
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import ts from 'typescript';

const PACKED = resolve('examples/node_modules/lede-elements');
/** Where the application that imports these paths lives. */
const IMPORTER = resolve('examples/react-card/src/main.tsx');
const packageJson = JSON.parse(readFileSync('package.json', 'utf8'));
/** Entries for Node only (the server renderer), which a browser bundle does not take. */
const NODE_ONLY = new Set(['lede-elements/server']);

/** Every `lede-elements` or `lede-elements/...` specifier quoted in README.md and docs/. */
function documentedSpecifiers() {
  const files = [
    'README.md',
    ...readdirSync('docs', { recursive: true })
      .filter((name) => name.endsWith('.md'))
      .map((name) => join('docs', name)),
  ];
  const found = new Set();
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(
      /['"`](lede-elements(?:\/[\w./-]+)?)['"`]/g,
    )) {
      found.add(match[1]);
    }
  }
  return [...found].sort();
}

/** Every `exports` entry as a specifier; a pattern entry with an example in place of `*`. */
function exportedSpecifiers() {
  return Object.keys(packageJson.exports).map((key) =>
    `lede-elements${key.slice(1)}`.replace('*', 'fr.js'),
  );
}

/** True when the entry offers types alone (nothing for a bundler to load). */
function isTypesOnly(specifier) {
  const target = packageJson.exports[`.${specifier.slice('lede-elements'.length)}`];
  return typeof target === 'object' && target !== null && Object.keys(target).join() === 'types';
}

function resolveTypes(specifier) {
  const { resolvedModule } = ts.resolveModuleName(
    specifier,
    IMPORTER,
    { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler },
    ts.sys,
  );
  return resolvedModule?.resolvedFileName;
}

/** Resolves each specifier with Rollup's node-resolve, as an application's build does. */
async function resolveAll(specifiers) {
  const resolved = new Map();
  const bundle = await rollup({
    input: 'entry',
    plugins: [
      {
        name: 'resolve-each',
        async resolveId(id) {
          if (id !== 'entry') return null;
          for (const specifier of specifiers) {
            const result = await this.resolve(specifier, IMPORTER, { skipSelf: true });
            resolved.set(specifier, result?.id);
          }
          return id;
        },
        load: (id) => (id === 'entry' ? 'export {};' : null),
      },
      nodeResolve({ browser: true }),
    ],
  });
  await bundle.close();
  return resolved;
}

test('the packed package is in place', () => {
  assert.ok(
    existsSync(join(PACKED, 'package.json')),
    'examples/node_modules/lede-elements is missing: run `npm run build && npm run examples` first.',
  );
});

test('every path README.md and docs/ name, and every export, resolves to a packed file', async () => {
  const documented = documentedSpecifiers();
  // The README names these; the list is checked so that a change in the parsing shows.
  for (const expected of [
    'lede-elements',
    'lede-elements/react',
    'lede-elements/react/article-card.js',
    'lede-elements/jsx',
    'lede-elements/themes/dark.css',
    'lede-elements/i18n/follow-page.js',
  ]) {
    assert.ok(documented.includes(expected), `the docs no longer name ${expected}`);
  }
  const specifiers = [...new Set([...documented, ...exportedSpecifiers()])];
  const bundled = specifiers.filter((specifier) => !isTypesOnly(specifier));
  const resolved = await resolveAll(bundled);
  for (const specifier of specifiers) {
    const file = isTypesOnly(specifier) ? resolveTypes(specifier) : resolved.get(specifier);
    assert.ok(file, `${specifier} does not resolve`);
    assert.ok(file.startsWith(PACKED + sep), `${specifier} resolved outside the package: ${file}`);
    assert.ok(existsSync(file), `${specifier} resolved to a missing file: ${file}`);
  }
});

test('every JavaScript export bundles, with its own imports resolved', async () => {
  const modules = exportedSpecifiers().filter(
    (specifier) =>
      !isTypesOnly(specifier) && !NODE_ONLY.has(specifier) && !/\.(css|json)$/.test(specifier),
  );
  const source = modules.map((specifier, index) => `export * as m${index} from '${specifier}';`);
  const bundle = await rollup({
    input: 'entry',
    onwarn(warning) {
      throw new Error(`${warning.code}: ${warning.message}`);
    },
    plugins: [
      {
        name: 'entry',
        resolveId: (id) =>
          id === 'entry' ? IMPORTER.replace(/main\.tsx$/, 'all-exports.js') : null,
        load: (id) => (id.endsWith('all-exports.js') ? source.join('\n') : null),
      },
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      commonjs(),
    ],
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  assert.ok(output[0].code.includes('lede-article-card'));
});

test('the README links to the repository, so that its links work on the npm page', () => {
  const readme = readFileSync('README.md', 'utf8');
  const relative = [...readme.matchAll(/\]\((?!https?:|mailto:|#)([^)]+)\)/g)].map((m) => m[1]);
  assert.deepEqual(relative, []);
  const repository = packageJson.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
  for (const [, link] of readme.matchAll(/\]\((https:\/\/github\.com\/[^)]+)\)/g)) {
    assert.ok(link.startsWith(`${repository}/`), `${link} is not in ${repository}`);
    const path = link.replace(/^.*\/(?:blob|tree)\/main\//, '').replace(/#.*$/, '');
    assert.ok(existsSync(path), `${link} names ${path}, which does not exist`);
  }
});

test('the VS Code data that the README names is in the package', () => {
  const readme = readFileSync('README.md', 'utf8');
  const paths = [...readme.matchAll(/\.\/node_modules\/lede-elements\/([\w./-]+)/g)].map(
    (m) => m[1],
  );
  assert.ok(paths.length >= 2, 'the README no longer names the VS Code data');
  for (const path of paths) assert.ok(existsSync(join(PACKED, path)), `${path} is not packed`);
});
