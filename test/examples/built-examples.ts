/**
 * Helpers for the tests of the applications in examples/, which `npm run examples` builds
 * against the packed package; the tests say so instead of failing obscurely when they are not.
 */
export async function requireExample(path: string): Promise<void> {
  const response = await fetch(path, { method: 'HEAD', cache: 'no-store' });
  if (!response.ok) {
    throw new Error(
      `${path.slice(1)} is missing (HTTP ${response.status}): run \`npm run build && npm run examples\` before these tests.`,
    );
  }
}

/** The visible text of the first element `selector` matches in `host`'s shadow root. */
export function shadowText(host: Element | null | undefined, selector: string): string {
  return host?.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}
