// Serves the project's folder and opens headless Chromium on it, for the benchmarks and the
// measuring scripts that load the project's pages: one setup instead of one per script.
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, requireBrowser } from './find-browser.js';

/**
 * The browser, the origin that serves the project's folder, and `close()`, which stops both.
 * Call `close()` in a `finally`. `extraFlags` are added to Chromium's (the card bench asks for
 * `--js-flags=--expose-gc`).
 */
export async function openProject(extraFlags = []) {
  const server = await startDevServer({
    config: { rootDir: '.', port: 0, hostname: '127.0.0.1' },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const browser = await puppeteer.launch({
    executablePath: requireBrowser(),
    args: [...CHROME_FLAGS, ...extraFlags],
  });
  const { port } = server.server.address();
  return {
    browser,
    origin: `http://127.0.0.1:${port}`,
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}
