/**
 * A page that loads the CDN bundle twice — the same file under two addresses, and another build
 * (a single-element entry) on top: no exception, one warning, and the elements work. Its own
 * file, so that the page has loaded no copy before. Needs `npm run build` first.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { captureWarnings } from '../helpers/events.js';
import { importBuilt, shadowTexts } from './built-files.js';

const STORY = '/demo/data/seed-story.json';

describe('the CDN build loaded twice on one page', () => {
  let warnings: string[] = [];

  before(async () => {
    const capture = captureWarnings();
    try {
      // Each address is a module of its own: a second Lit and second element classes.
      await importBuilt('/dist/cdn/lede.js');
      await importBuilt('/dist/cdn/lede.js?copy=second');
      await importBuilt('/dist/cdn/lede-stat-badge.js?copy=third');
    } finally {
      capture.stop();
      warnings = capture.messages;
    }
  });

  it('warns once, naming the library and both versions', () => {
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(
      /^lede-elements \S+ was loaded on a page that already has lede-elements \S+/,
    );
  });

  it('keeps working elements', async () => {
    let loaded!: () => void;
    const load = new Promise<void>((resolve) => (loaded = resolve));
    const badge = await fixture(
      html`<lede-stat-badge src=${STORY} @lede-load=${() => loaded()}></lede-stat-badge>`,
    );
    await load;
    await (badge as Element & { updateComplete: Promise<unknown> }).updateComplete;
    expect(shadowTexts(badge, '[part~=figure]')).to.deep.equal(['more than 6,000 vendors']);
    await expect(badge).to.be.accessible();
  });
});
