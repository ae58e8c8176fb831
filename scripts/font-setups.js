// The three kinds of readers' machines the layout-shift measurements (scripts/measure-cls.js,
// scripts/measure-server.js) run Chromium on, each given its fonts through fontconfig, and the
// layout shift they read from a page.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import decompress from 'wawoff2/decompress.js';
import { CHROME_FLAGS, requireBrowser } from './find-browser.js';

/** A machine with Noto only, one with DejaVu only (a bare Linux), one with Liberation only. */
export const FONT_SETUPS = [
  { name: 'Noto only', config: 'test/fonts/noto-only.conf' },
  { name: 'DejaVu only', config: 'test/fonts/dejavu-only.conf' },
  { name: 'Liberation only', config: 'test/fonts/liberation-only.conf' },
];

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

/**
 * The Noto faces of the @fontsource-variable dev dependencies as a machine's own fonts: unpacked
 * to TrueType (Chromium reads no WOFF2 through fontconfig) into the folder noto-only.conf names,
 * each file once.
 */
async function unpackNotoFonts() {
  mkdirSync(NOTO_DIR, { recursive: true });
  for (const file of NOTO_FILES) {
    const target = join(NOTO_DIR, basename(file).replace(/\.woff2$/, '.ttf'));
    if (existsSync(target)) continue;
    const woff2 = readFileSync(join('node_modules/@fontsource-variable', file));
    writeFileSync(target, await decompress(woff2));
  }
}

/** Chromium with only the fonts of `setup`, in UTC, at one device pixel per CSS pixel. */
export async function launchWithFonts(setup) {
  await unpackNotoFonts();
  return puppeteer.launch({
    executablePath: requireBrowser(),
    args: [...CHROME_FLAGS, '--force-device-scale-factor=1', '--hide-scrollbars'],
    env: { ...process.env, FONTCONFIG_FILE: resolve(setup.config), TZ: 'UTC' },
  });
}

/**
 * Run in a page (`page.evaluate(layoutShift)`): its layout shift once it has settled, the
 * layout-shift entries summed, with shifts after input left out, as Web Vitals counts a page
 * this short.
 */
export function layoutShift() {
  return new Promise((resolve) => {
    let total = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve(total), 300)));
  });
}
