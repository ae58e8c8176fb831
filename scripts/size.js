// Measures the CDN build (dist/cdn/) against the size budgets of DESIGN.md and against the
// sizes last recorded, so that the build can only shrink until it is within its budgets.
//
//   node scripts/size.js            prints the tables; exits 1 when an entry is over its budget
//                                   or has grown past its recorded ceiling
//   node scripts/size.js --ceilings exits 1 only when an entry has grown past its ceiling
//                                   (what `npm test` checks while the budgets are not yet met)
//   node scripts/size.js --write    also writes the tables to docs/size.md and records the
//                                   current sizes as the new ceilings in scripts/size-ceilings.json
//
// Each entry point is measured with everything it loads at start: the entry file and, followed
// through the chunk graph, every file it imports statically. Chunks loaded with import()
// (adapters, translations, the autoloader's elements) are listed apart, each with the files it
// adds. Pages (PAGES) are measured the same way: the files a page of that kind loads. The report
// ends with the floors of scripts/size-floor.js: what every element carries before its own
// template. Sizes are minified bytes as built, gzip (level 9) and brotli (quality 11) of each
// file, added up per request; budgets and ceilings are in brotli, what CDNs and servers send.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { format, resolveConfig } from 'prettier';
import { parseAst } from 'rollup/parseAst';
import { buildFloors } from './size-floor.js';

const CDN = resolve('dist/cdn');
const REPORT = resolve('docs/size.md');
const CEILINGS = resolve('scripts/size-ceilings.json');
/** How far an entry may grow past its recorded brotli size, in bytes: compression varies by a few. */
const CEILING_SLACK = 100;
/** 1 kB = 1,000 bytes, as npm, size-limit and bundlephobia count. */
const KB = 1000;

/**
 * Budgets on the brotli size at start, in kB: `aim` is the target of DESIGN.md, `limit` fails
 * the check. `lede.js` registers all six elements, and so does `lede-article.js`, since a whole
 * story is made of the other five, and `lede-hydrate.js`, which adds Lit's hydration support;
 * every other entry registers one element. The autoloader registers none until a tag asks; a
 * page of twelve cards through it loads the autoloader and the card's module with the chunks
 * it shares.
 */
const BUDGETS = {
  all: { aim: 20, limit: 24 },
  one: { aim: 12, limit: 16 },
  autoloader: { aim: 1, limit: 1.5 },
  cardsPage: { aim: 13, limit: 17 },
};
const ALL_ELEMENTS = new Set(['lede.js', 'lede-article.js', 'lede-hydrate.js']);
/** An entry file's budget; a page carries its own (PAGES). */
const budgetOf = (entry) =>
  entry.budget ??
  (ALL_ELEMENTS.has(entry.name)
    ? BUDGETS.all
    : entry.name === 'lede-autoloader.js'
      ? BUDGETS.autoloader
      : BUDGETS.one);

/**
 * Pages measured as a whole: the files a page of that kind loads, however many tags it has.
 * Twelve cards load the card's module once.
 */
const PAGES = [
  {
    name: 'page: 12 cards through the autoloader',
    files: ['lede-autoloader.js', 'elements/lede-article-card.js'],
    budget: BUDGETS.cardsPage,
  },
];

/** A module's size: minified as built, gzip and brotli. */
function measure(code) {
  return {
    min: Buffer.byteLength(code),
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
    }).length,
  };
}

const add = (a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const ZERO = { min: 0, gzip: 0, brotli: 0 };

/** The relative files a module imports, statically (loaded with it) and with import() (later). */
function importsOf(file, code) {
  const statics = [];
  const lazy = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    const isStatic = /^(Import|ExportNamed|ExportAll)Declaration$/.test(node.type);
    if (isStatic && typeof node.source?.value === 'string') statics.push(node.source.value);
    if (node.type === 'ImportExpression') {
      if (node.source.type === 'Literal' && typeof node.source.value === 'string') {
        lazy.push(node.source.value);
      } else {
        throw new Error(
          `${relative(CDN, file)}: an import() of a computed address cannot be measured`,
        );
      }
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(parseAst(code));
  const local = (specifier) => specifier.startsWith('.');
  const toFile = (specifier) => resolve(dirname(file), specifier);
  return {
    statics: statics.filter(local).map(toFile),
    lazy: lazy.filter(local).map(toFile),
  };
}

/** Reads and measures each file once. */
const files = new Map();
function fileInfo(file) {
  let info = files.get(file);
  if (!info) {
    if (!existsSync(file)) throw new Error(`${relative(CDN, file)} is imported but missing`);
    const code = readFileSync(file, 'utf8');
    info = { code, size: measure(code), ...importsOf(file, code) };
    files.set(file, info);
  }
  return info;
}

/** `file` and every file it imports statically, transitively, minus those already loaded. */
function startGraph(file, loaded = new Set()) {
  const graph = new Set();
  const visit = (current) => {
    if (graph.has(current) || loaded.has(current)) return;
    graph.add(current);
    fileInfo(current).statics.forEach(visit);
  };
  visit(file);
  return graph;
}

function sizeOf(graph) {
  return [...graph].map((file) => fileInfo(file).size).reduce(add, ZERO);
}

/** An entry point: its start files and sizes, then each lazy chunk it may load, with its own. */
function measureEntry(name) {
  const file = join(CDN, name);
  const start = startGraph(file);
  const lazyFiles = new Set([...start].flatMap((member) => fileInfo(member).lazy));
  const lazy = [...lazyFiles].sort().map((chunk) => {
    const graph = startGraph(chunk, start);
    return { name: relative(CDN, chunk), files: graph, size: sizeOf(graph) };
  });
  return { name, start, size: sizeOf(start), lazy };
}

/** A page: every file its kinds of elements load, each once. */
function measurePage({ name, files, budget }) {
  const start = new Set(files.flatMap((file) => [...startGraph(join(CDN, file))]));
  return { name, budget, start, size: sizeOf(start), lazy: [] };
}

// --- Where the bytes go: each minified byte of an entry file, by the source module it came from.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one line of a source map's `mappings` into [column, source index] pairs. */
function* segmentsOf(line, state) {
  for (const segment of line.split(',')) {
    if (!segment) continue;
    const fields = [];
    let value = 0;
    let shift = 0;
    for (const char of segment) {
      const digit = BASE64.indexOf(char);
      value += (digit & 31) << shift;
      if (digit & 32) {
        shift += 5;
        continue;
      }
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
    state.column += fields[0];
    if (fields.length > 1) state.source += fields[1];
    yield [state.column, fields.length > 1 ? state.source : -1];
  }
}

/** Groups a source path: Lit's packages by package, Lede's modules by file under src/. */
function moduleName(source) {
  const inPackage = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (inPackage) return inPackage[1];
  const inSrc = source.match(/(?:^|\/)src\/(.*)$/);
  return inSrc ? `src/${inSrc[1]}` : source;
}

/** Minified bytes of `file` by source module, from its source map. */
function bytesByModule(file) {
  const mapFile = `${file}.map`;
  if (!existsSync(mapFile)) return new Map();
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  const lines = fileInfo(file).code.split('\n');
  const bytes = new Map();
  const state = { column: 0, source: 0 };
  map.mappings.split(';').forEach((mappingLine, index) => {
    state.column = 0;
    const line = lines[index] ?? '';
    const segments = [...segmentsOf(mappingLine, state)];
    segments.forEach(([column, source], i) => {
      const end = i + 1 < segments.length ? segments[i + 1][0] : line.length;
      const name = source < 0 ? '(bundler glue)' : moduleName(map.sources[source]);
      const length = Buffer.byteLength(line.slice(column, end));
      bytes.set(name, (bytes.get(name) ?? 0) + length);
    });
  });
  return bytes;
}

// --- Report.

const kb = (bytes) => (bytes / KB).toFixed(2);

function entryTable(entry) {
  const rows = ['| loaded | file | min | gzip | brotli |', '| --- | --- | ---: | ---: | ---: |'];
  for (const file of entry.start) {
    const { size } = fileInfo(file);
    rows.push(
      `| at start | \`${relative(CDN, file)}\` | ${kb(size.min)} | ${kb(size.gzip)} | ${kb(size.brotli)} |`,
    );
  }
  rows.push(
    `| **at start, total** | | **${kb(entry.size.min)}** | **${kb(entry.size.gzip)}** | **${kb(entry.size.brotli)}** |`,
  );
  for (const chunk of entry.lazy) {
    const added = [...chunk.files].map((file) => `\`${relative(CDN, file)}\``).join(' + ');
    rows.push(
      `| when needed | ${added} | ${kb(chunk.size.min)} | ${kb(chunk.size.gzip)} | ${kb(chunk.size.brotli)} |`,
    );
  }
  return rows.join('\n');
}

function summaryTable(entries) {
  const rows = [
    '| entry point | min | gzip | brotli | brotli aim | brotli limit | |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const entry of entries) {
    const { aim, limit } = budgetOf(entry);
    const brotli = entry.size.brotli / KB;
    const status =
      brotli > limit ? 'over the limit' : brotli > aim ? 'over the aim' : 'within the aim';
    rows.push(
      `| \`${entry.name}\` | ${kb(entry.size.min)} | ${kb(entry.size.gzip)} | ${kb(entry.size.brotli)} | ${aim} | ${limit} | ${status} |`,
    );
  }
  return rows.join('\n');
}

function modulesTable(entry) {
  const bytes = new Map();
  for (const file of entry.start) {
    for (const [name, count] of bytesByModule(file))
      bytes.set(name, (bytes.get(name) ?? 0) + count);
  }
  const total = [...bytes.values()].reduce((a, b) => a + b, 0);
  const rows = ['| module | min | share | ≈ gzip |', '| --- | ---: | ---: | ---: |'];
  for (const [name, count] of [...bytes].sort((a, b) => b[1] - a[1])) {
    const share = count / total;
    rows.push(
      `| \`${name}\` | ${kb(count)} | ${(share * 100).toFixed(1)}% | ${kb(share * entry.size.gzip)} |`,
    );
  }
  return rows.join('\n');
}

/** Where an entry's bytes go, module by module. */
function modulesSection(entry) {
  return [
    `## Where the bytes of \`${entry.name}\` go`,
    '',
    'Minified bytes of the files loaded at start, by the source module they come from (from',
    'the source maps); the gzip column shares the gzip total out in the same proportions.',
    '',
    modulesTable(entry),
    '',
  ];
}

/**
 * The floors of scripts/size-floor.js: what an element weighs before its own template, ending
 * with the article card as built, to show what its template and data sources add.
 */
function floorsSection(floors, card) {
  const row = (label, size) =>
    `| ${label} | ${kb(size.min)} | ${kb(size.gzip)} | ${kb(size.brotli)} |`;
  const rows = ['| what is bundled | min | gzip | brotli |', '| --- | ---: | ---: | ---: |'];
  for (const floor of floors) rows.push(row(floor.label, measure(floor.code)));
  if (card) {
    rows.push(
      row(
        `\`${card.name}\` as built: … and its template, the base element, the data sources`,
        card.size,
      ),
    );
  }
  return [
    '## Floors: what every element carries',
    '',
    'Reference bundles built with the CDN build’s plugins (`scripts/size-floor.js`). Each row',
    'adds one layer to the row before it, ending with the article card as built. They show how',
    'much of the budget is spent before an element does anything of its own: what is left of',
    'the card’s limit after its parts that no data source can do without.',
    '',
    rows.join('\n'),
    '',
  ];
}

function report(entries, floors) {
  const all = entries.find((entry) => entry.name === 'lede.js');
  // The smallest entry that registers one element: what every single-tag page pays at least.
  const smallest = entries
    .filter((entry) => budgetOf(entry) === BUDGETS.one)
    .sort((a, b) => a.size.brotli - b.size.brotli)[0];
  return [
    '# Size of the CDN build',
    '',
    'Written by `npm run size -- --write` after `npm run build`; checked by `npm run size`.',
    'Each entry point counts every file it loads at start (the entry file and the files it',
    'imports statically); chunks fetched with `import()` only when a page needs them — adapters',
    'for other publisher formats, translations, the elements the autoloader loads — are listed',
    'apart, each with what it adds. A page row counts every file a page of that kind loads.',
    'Sizes in kB (1,000 bytes): minified as built, gzip level 9 and brotli quality 11 of each',
    'file, added up. Budgets are in brotli, what CDNs and servers send: `npm run size` fails',
    'when an entry point is over its brotli limit; `npm test` fails when one grows more than',
    `${CEILING_SLACK} bytes of brotli past the size recorded here (\`scripts/size-ceilings.json\`).`,
    '',
    summaryTable(entries),
    '',
    ...entries.flatMap((entry) => [`## \`${entry.name}\``, '', entryTable(entry), '']),
    ...(all ? modulesSection(all) : []),
    ...(smallest ? modulesSection(smallest) : []),
    ...floorsSection(
      floors,
      entries.find((entry) => entry.name === 'lede-article-card.js'),
    ),
  ].join('\n');
}

/** The recorded brotli bytes at start of each entry, or an empty record before the first. */
function readCeilings() {
  return existsSync(CEILINGS) ? JSON.parse(readFileSync(CEILINGS, 'utf8')) : {};
}

/** The entries whose brotli size at start grew past their recorded ceiling, with a reason each. */
function overCeilings(entries, ceilings) {
  return entries.flatMap((entry) => {
    const ceiling = ceilings[entry.name];
    if (ceiling === undefined)
      return [`${entry.name}: no size recorded; run \`npm run size -- --write\`.`];
    return entry.size.brotli > ceiling + CEILING_SLACK
      ? [
          `${entry.name}: ${kb(entry.size.brotli)} kB brotli at start, grown past its recorded ${kb(ceiling)} kB.`,
        ]
      : [];
  });
}

/** The entries over their brotli limit, with a reason each. */
function overBudgets(entries) {
  return entries
    .filter((entry) => entry.size.brotli / KB > budgetOf(entry).limit)
    .map(
      (entry) =>
        `${entry.name}: ${kb(entry.size.brotli)} kB brotli at start, over its limit of ${budgetOf(entry).limit} kB.`,
    );
}

async function main() {
  if (!existsSync(join(CDN, 'lede.js'))) {
    console.error('dist/cdn/lede.js is missing: run `npm run build` first.');
    process.exit(1);
  }
  const names = readdirSync(CDN)
    .filter((name) => name.endsWith('.js'))
    .sort((a, b) => (a === 'lede.js' ? -1 : b === 'lede.js' ? 1 : a.localeCompare(b)));
  const entries = [...names.map(measureEntry), ...PAGES.map(measurePage)];
  const ceilingsOnly = process.argv.includes('--ceilings');
  const writing = process.argv.includes('--write');
  // The floors take a few builds of their own, so a ceilings check that writes nothing skips them.
  const text = ceilingsOnly && !writing ? '' : report(entries, await buildFloors());
  if (!ceilingsOnly) console.log(text);
  if (writing) {
    // Formatted as `npm run lint` checks every file.
    const options = { ...(await resolveConfig(REPORT)), filepath: REPORT };
    writeFileSync(REPORT, await format(text, options));
    const ceilings = Object.fromEntries(entries.map((entry) => [entry.name, entry.size.brotli]));
    writeFileSync(CEILINGS, `${JSON.stringify(ceilings, null, 2)}\n`);
    console.log(
      `\nWritten to ${relative(process.cwd(), REPORT)} and ${relative(process.cwd(), CEILINGS)}.`,
    );
  }
  const problems = [
    ...overCeilings(entries, readCeilings()),
    ...(ceilingsOnly ? [] : overBudgets(entries)),
  ];
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) process.exit(1);
  if (ceilingsOnly)
    console.log(`Sizes: ${entries.length} entry points, none grown past its recorded size.`);
}

await main();
