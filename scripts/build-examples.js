// Builds the applications in examples/ the way their users would, against the package as
// published (see pack-for-examples.js), with the project's own Rollup and plugins:
//
//   examples/react-card/   a React app that shows one card through `lede-elements/react/article-card.js`
//   examples/french-page/  a page in French that registers the card and follows <html lang>
//
// and, with `--sizes`, prints what the React app weighs at start, gzip and brotli: React alone, the
// app with the all-in-one `lede-elements/react`, and the app as written (the card's own entry). The browser
// tests in test/examples/ load what this writes to examples/*/dist/. Needs `npm run build` first.
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { packForExamples } from './pack-for-examples.js';

const EXAMPLES = resolve('examples');
const REACT_APP = join(EXAMPLES, 'react-card', 'src', 'main.tsx');
const KB = 1000;

/** What an application's production build does: resolve packages, CommonJS, minify. */
function appPlugins() {
  return [
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    commonjs(),
    replace({ preventAssignment: true, 'process.env.NODE_ENV': JSON.stringify('production') }),
    esbuild({ target: 'es2021', jsx: 'automatic', loaders: { '.json': 'json' } }),
    terser({ module: true, format: { comments: false } }),
  ];
}

/** Builds `input` into `dir`; returns Rollup's output chunks. */
async function build(input, dir, extraPlugins = [], entryFileNames = '[name].js') {
  const bundle = await rollup({ input, plugins: [...extraPlugins, ...appPlugins()] });
  try {
    const { output } = await bundle.write({
      dir,
      format: 'es',
      entryFileNames,
      chunkFileNames: 'chunks/[name]-[hash].js',
    });
    return output.filter((file) => file.type === 'chunk');
  } finally {
    await bundle.close();
  }
}

/** The code an entry loads at start: the entry and every chunk it imports statically. */
function codeAtStart(chunks) {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const seen = new Set();
  const visit = (chunk) => {
    if (seen.has(chunk)) return;
    seen.add(chunk);
    for (const name of chunk.imports) visit(byName.get(name));
  };
  visit(chunks.find((chunk) => chunk.isEntry));
  return [...seen].map((chunk) => chunk.code);
}

/** gzip (level 9) and brotli (quality 11) of each file, added up, in kB. */
function sizeOf(files) {
  let gzip = 0;
  let brotli = 0;
  for (const code of files) {
    gzip += gzipSync(code, { level: 9 }).length;
    brotli += brotliCompressSync(code, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
    }).length;
  }
  return { gzip: (gzip / KB).toFixed(1), brotli: (brotli / KB).toFixed(1) };
}

/** Resolves one specifier to another, for the variants measured beside the app as written. */
function redirect(from, to) {
  return {
    name: 'redirect',
    resolveId(id, importer, options) {
      return id === from ? this.resolve(to, importer, { ...options, skipSelf: true }) : null;
    },
  };
}

/** An application whose whole source is `code`, beside the React app (so it resolves alike). */
function virtualApp(code) {
  const id = join(EXAMPLES, 'react-card', 'src', 'react-alone.tsx');
  return {
    plugin: {
      name: 'virtual-app',
      resolveId: (s) => (s === id ? id : null),
      load: (s) => (s === id ? code : null),
    },
    id,
  };
}

/** Builds the examples; with `measure`, also what the React app weighs beside two variants. */
async function buildExamples(measure) {
  packForExamples();
  for (const name of ['react-card', 'french-page']) {
    rmSync(join(EXAMPLES, name, 'dist'), { recursive: true, force: true });
  }
  const app = await build(REACT_APP, join(EXAMPLES, 'react-card', 'dist'), [], 'app.js');
  await build(
    join(EXAMPLES, 'french-page', 'src', 'main.ts'),
    join(EXAMPLES, 'french-page', 'dist'),
  );

  if (!measure) return undefined;
  // Measured only: written to a scratch folder that is removed again.
  const scratch = join(EXAMPLES, 'react-card', 'dist', 'measure');
  const alone = virtualApp(
    "import { createRoot } from 'react-dom/client';\n" +
      "createRoot(document.getElementById('root')).render(<main><h2>Story</h2></main>);\n",
  );
  const reactAlone = await build(alone.id, join(scratch, 'alone'), [alone.plugin]);
  const allInOne = await build(REACT_APP, join(scratch, 'all-in-one'), [
    redirect('lede-elements/react/article-card.js', 'lede-elements/react'),
  ]);
  rmSync(scratch, { recursive: true, force: true });
  return {
    'React alone': sizeOf(codeAtStart(reactAlone)),
    "the card app, with 'lede-elements/react'": sizeOf(codeAtStart(allInOne)),
    "the card app, with 'lede-elements/react/article-card.js'": sizeOf(codeAtStart(app)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // The sizes take two more builds: only when asked for (`npm run examples -- --sizes`).
  const sizes = await buildExamples(process.argv.includes('--sizes'));
  console.log('Built examples/react-card/dist/ and examples/french-page/dist/.');
  if (sizes) {
    console.log('At start, kB:');
    console.table(sizes);
  }
}
