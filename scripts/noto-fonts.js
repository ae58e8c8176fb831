// The Noto faces of the @fontsource-variable dev dependencies as a machine's own fonts: unpacked
// to TrueType (Chromium reads no WOFF2 through fontconfig) into the folder that
// test/fonts/noto-only.conf names. Used by the layout-shift measurements (scripts/measure-cls.js,
// scripts/measure-server.js).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import decompress from 'wawoff2/decompress.js';

/** The folder test/fonts/noto-only.conf reads. */
const NOTO_DIR = resolve('node_modules/.cache/lede-fonts/noto');

/** Latin and Arabic script, upright and italic: what the demo's text needs. */
const NOTO_FILES = [
  'noto-serif/files/noto-serif-latin-wght-normal.woff2',
  'noto-serif/files/noto-serif-latin-ext-wght-normal.woff2',
  'noto-serif/files/noto-serif-latin-wght-italic.woff2',
  'noto-sans/files/noto-sans-latin-wght-normal.woff2',
  'noto-sans/files/noto-sans-latin-ext-wght-normal.woff2',
  'noto-sans/files/noto-sans-latin-wght-italic.woff2',
  'noto-naskh-arabic/files/noto-naskh-arabic-arabic-wght-normal.woff2',
  'noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-wght-normal.woff2',
];

/** Unpacks each file once; later calls find them there. */
export async function unpackNotoFonts() {
  mkdirSync(NOTO_DIR, { recursive: true });
  for (const file of NOTO_FILES) {
    const target = join(NOTO_DIR, basename(file).replace(/\.woff2$/, '.ttf'));
    if (existsSync(target)) continue;
    const woff2 = readFileSync(join('node_modules/@fontsource-variable', file));
    writeFileSync(target, await decompress(woff2));
  }
}
