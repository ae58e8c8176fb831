/**
 * The CDN build's words follow the page's `<html lang>`: an English page downloads no
 * localization at all, and a page that turns to a translated language loads the runtime and
 * that one translation, then renders in it. Its own file, so that the page starts in English
 * with no copy of the bundle loaded. Needs `npm run build` first.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { importBuilt, shadowTexts } from './built-files.js';

const STORY = '/demo/data/seed-story.json';

/** The built chunks the page has downloaded so far, by their path under dist/cdn/. */
function downloadedChunks(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/cdn/chunks/'))
    .map((path) => path.slice('/dist/cdn/'.length));
}

describe('the CDN build and the page language', () => {
  let badge: Element & { updateComplete: Promise<unknown> };

  before(async () => {
    document.documentElement.removeAttribute('lang');
    await importBuilt('/dist/cdn/lede-stat-badge.js');
    // On the page for the whole file: a fixture would be removed after the first test.
    badge = document.createElement('lede-stat-badge') as typeof badge;
    const loaded = new Promise((resolve) => badge.addEventListener('lede-load', resolve));
    // The story inline, not as a `src`, which would load the request code's chunk: this page
    // loads no chunk at all until its language changes.
    const story = document.createElement('script');
    story.type = 'application/json';
    story.textContent = await (await fetch(STORY)).text();
    badge.append(story);
    document.body.append(badge);
    await loaded;
    await badge.updateComplete;
  });

  after(() => {
    badge.remove();
    document.documentElement.removeAttribute('lang');
  });

  it('renders English and downloads no localization on a page without a language', () => {
    expect(shadowTexts(badge, '[part~=figure]')).to.deep.equal(['more than 6,000 vendors']);
    expect(downloadedChunks()).to.deep.equal([]);
  });

  it('downloads nothing either for a page in English', async () => {
    document.documentElement.lang = 'en-GB';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(downloadedChunks()).to.deep.equal([]);
    expect(shadowTexts(badge, '[part~=figure]')).to.deep.equal(['more than 6,000 vendors']);
  });

  it('turns to French with the runtime and the French translation only', async () => {
    document.documentElement.lang = 'fr';
    await waitUntil(
      () => shadowTexts(badge, '[part~=figure]')[0]?.startsWith('plus de'),
      'the badge never turned to French',
      { timeout: 5000 },
    );
    expect(shadowTexts(badge, '[part~=figure]')).to.deep.equal(['plus de 6,000 vendors']);
    const chunks = downloadedChunks();
    expect(
      chunks.filter((chunk) => chunk.startsWith('chunks/lede-stat-badge-page-language-')),
    ).to.have.length(1);
    expect(chunks.filter((chunk) => chunk.startsWith('chunks/i18n/locales/'))).to.deep.equal([
      'chunks/i18n/locales/fr.js',
    ]);
    await expect(badge).to.be.accessible();
  });

  it('turns back to English when the page does', async () => {
    document.documentElement.lang = 'en';
    await waitUntil(
      () => shadowTexts(badge, '[part~=figure]')[0] === 'more than 6,000 vendors',
      'the badge never turned back to English',
      { timeout: 5000 },
    );
  });
});
