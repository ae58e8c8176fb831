import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/article/define.js';
import type { LedeArticle } from '../../src/components/article/article.js';
import type { LedeLoadEvent } from '../../src/core/events.js';

/** The real publisher documents, read in place from the shared fixtures (never copied). */
const STORIES = [
  'ans/story-fixture-tiny-house.json',
  'ninjs/20231016-addb-example-press-conference.json',
  'ninjs/dpa_text.json',
  'jsonld/guardian-comment.json',
  'jsonld/guardian-standard.json',
  'anf/example-news-article.json',
  // ans/link-list-fixture-good.json is a single content element, not a story: the ANS adapter
  // tests render it inside a story of their own.
];

describe('real publisher documents rendered by lede-article', function () {
  before(async function () {
    const probe = await fetch(`/shared-fixtures/interop/${STORIES[0]}`);
    if (!probe.ok) {
      console.log('Shared interop fixtures not found: skipping the real-document tests.');
      this.skip();
    }
  });

  for (const file of STORIES) {
    it(`renders ${file} from src with no axe violations`, async () => {
      const el = await fixture<LedeArticle>(
        html`<lede-article src=${`/shared-fixtures/interop/${file}`}></lede-article>`,
      );
      const event = (await oneEvent(el, 'lede-load')) as LedeLoadEvent;
      await el.updateComplete;
      expect(event.detail.source).to.equal('src');
      const headline = el.shadowRoot!.querySelector('h1')!.textContent!.trim();
      expect(headline).to.not.equal('');
      expect(el.shadowRoot!.querySelector('[part=error]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }
});
