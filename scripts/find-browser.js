// Finds a Chromium-family browser for the tests and tools: CHROME_PATH first, then the usual
// install locations. Returns undefined when there is none, so callers can explain what to do.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Test pages run side by side: keep timers and animation frames running in background tabs.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

export function findBrowser(env = process.env) {
  if (env.CHROME_PATH) return existsSync(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

export function requireBrowser() {
  const path = findBrowser();
  if (path) return path;
  const hint = process.env.CHROME_PATH
    ? `CHROME_PATH is set to "${process.env.CHROME_PATH}", which does not exist.`
    : 'No Chromium or Chrome found.';
  console.error(
    `${hint} Install one (Debian: apt-get install chromium) or set CHROME_PATH to its executable.`,
  );
  process.exit(1);
}
