/**
 * Helpers for the tests of the built package (dist/), which the test runner serves from the
 * project root. They need `npm run build` first, and say so instead of failing obscurely.
 */

/** Fails with what to do when `path` (e.g. `/dist/cdn/lede.js`) has not been built. */
export async function requireBuilt(path: string): Promise<void> {
  const response = await fetch(path, { method: 'HEAD', cache: 'no-store' });
  if (!response.ok) {
    throw new Error(
      `${path.slice(1)} is missing (HTTP ${response.status}): run \`npm run build\` before these tests.`,
    );
  }
}

/** Imports a built module by URL; the address is a variable so no tool tries to resolve it. */
export async function importBuilt(url: string): Promise<unknown> {
  await requireBuilt(url.replace(/[?#].*$/, ''));
  return import(url);
}

/** The visible text of the elements `selector` matches in `element`'s shadow root. */
export function shadowTexts(element: Element, selector: string): string[] {
  const root = element.shadowRoot;
  if (!root) return [];
  return [...root.querySelectorAll(selector)].map(
    (node) => node.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  );
}

export { ALL_TAGS } from '../helpers/tags.js';
