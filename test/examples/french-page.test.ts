/**
 * examples/french-page: a page in French built from the npm entries with the one line that makes
 * Lede follow `<html lang>` (`lede-elements/i18n/follow-page.js`). The card's own words must be
 * French. The page is loaded in a frame of its own, as a reader would open it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { requireExample, shadowText } from './built-examples.js';

const PAGE = '/examples/french-page/index.html';

describe('examples/french-page: translations from npm', () => {
  before(() => requireExample('/examples/french-page/dist/main.js'));

  it('shows the card’s own words in French', async () => {
    const frame = document.createElement('iframe');
    frame.src = PAGE;
    document.body.append(frame);
    try {
      const card = () => frame.contentDocument?.querySelector('lede-article-card');
      await waitUntil(
        () => /min de lecture/.test(shadowText(card(), '[part=reading-time]')),
        'the card never said "min de lecture"',
        { timeout: 5000 },
      );
      expect(shadowText(card(), '[part=reading-time]')).to.equal('3 min de lecture');
      expect(shadowText(card(), '[part=headline]')).to.match(/^More than 6,000 Pakistani vendors/);
    } finally {
      frame.remove();
    }
  });
});
