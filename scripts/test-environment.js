// What every browser test runs under, whatever the machine: see docs/testing.md. Shared by the
// test runner's configs, so the main suite, the React suite and the font runs agree.
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_FLAGS, requireBrowser } from './find-browser.js';

/** The time zone, locale, viewport and screen every test page gets. */
export const TEST_ENVIRONMENT = {
  timeZone: 'UTC',
  locale: 'en-US',
  viewport: { width: 800, height: 600, deviceScaleFactor: 1 },
  colorScheme: 'light',
  reducedMotion: 'no-preference',
};

/** Chromium's flags plus the locale, so `navigator.language` and `Intl` defaults are fixed. */
export const TEST_BROWSER_FLAGS = [
  ...CHROME_FLAGS,
  `--lang=${TEST_ENVIRONMENT.locale}`,
  '--force-device-scale-factor=1',
  // Scrollbars would take a machine-dependent width from the test page's layout.
  '--hide-scrollbars',
  '--font-render-hinting=none',
];

/** The browser process's own environment: its zone and locale, not the machine's. */
const TEST_BROWSER_ENV = {
  TZ: TEST_ENVIRONMENT.timeZone,
  LANG: 'en_US.UTF-8',
  LANGUAGE: 'en_US',
};

/**
 * Opens a page with the pinned zone, viewport and media features set over the DevTools
 * protocol, so nothing comes from the machine's settings.
 */
async function createPinnedPage({ context }) {
  const page = await context.newPage();
  await page.emulateTimezone(TEST_ENVIRONMENT.timeZone);
  await page.setViewport(TEST_ENVIRONMENT.viewport);
  await page.emulateMediaFeatures([
    { name: 'prefers-color-scheme', value: TEST_ENVIRONMENT.colorScheme },
    { name: 'prefers-reduced-motion', value: TEST_ENVIRONMENT.reducedMotion },
  ]);
  return page;
}

/**
 * The HTML of every test page: the pinned fonts load before the test framework starts, so no
 * test measures a page whose type is still arriving.
 */
export function testRunnerHtml(testFramework) {
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /></head>
  <body>
    <script type="module">
      await import('/test/environment/setup.ts');
      await import('${testFramework}');
    </script>
  </body>
</html>`;
}

/**
 * The local Chromium, launched and opening pages in the pinned environment. `env` adds to the
 * browser's environment (the font runs set `FONTCONFIG_FILE` there).
 */
export function pinnedChrome(env = {}) {
  return chromeLauncher({
    launchOptions: {
      executablePath: requireBrowser(),
      args: TEST_BROWSER_FLAGS,
      env: { ...process.env, ...TEST_BROWSER_ENV, ...env },
    },
    createPage: createPinnedPage,
  });
}
