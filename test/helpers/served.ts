import { expect } from '@open-wc/testing';

/**
 * A JSON file the test runner serves, by its path from the repository's root. Fetched rather
 * than imported: esbuild drops the `with { type: 'json' }` attribute at target es2022, and
 * Chromium refuses a JSON module without it.
 */
export async function servedJson(path: string): Promise<unknown> {
  const response = await fetch(new URL(`../../${path}`, import.meta.url));
  expect(response.ok, `${path} is served`).to.equal(true);
  return response.json();
}

/** The project's own test documents in `test/fixtures/`. */
const FIXTURES = [
  'article-card-invalid.json',
  'article-card-minimal.json',
  'article-card-story.json',
  'delegation-list-article.json',
  'delegation-list-block.json',
  'pull-quote-article.json',
  'pull-quote-block.json',
  'related-links-block.json',
  'stat-badge-stat.json',
  'tolerant-story.json',
];

/** Every document of `test/fixtures/`, parsed. */
export function loadFixtures(): Promise<unknown[]> {
  return Promise.all(FIXTURES.map((name) => servedJson(`test/fixtures/${name}`)));
}
