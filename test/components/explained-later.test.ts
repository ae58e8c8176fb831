/**
 * Elements read their data with the compact check and load the full validator only to explain
 * what it found (docs/data-model.md, "Compact check at start"): a refused document shows its
 * message at once and names the exact path when the validator's chunk has loaded; a story with
 * dropped values renders at once and fires `lede-load` with the validator's warnings later.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/article-card/define.js';
import type { LedeArticleCard } from '../../src/components/article-card/article-card.js';
import type { LedeErrorEvent, LedeLoadEvent } from '../../src/core/events.js';
import type { Article } from '../../src/model/types.js';
import { captureWarnings, recordEvents } from '../helpers/events.js';

const text = (el: Element, selector: string) =>
  el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

/** Whether the page has requested the full validator's module. */
const validatorRequested = () =>
  performance
    .getEntriesByType('resource')
    .some((entry) => entry.name.includes('/src/model/validate.'));

/** A card in a wrapper that records its events from the start. */
async function card(article: unknown, debug = false) {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const events = recordEvents(wrapper, 'lede-load', 'lede-error');
  const el = document.createElement('lede-article-card') as LedeArticleCard;
  el.toggleAttribute('lede-debug', debug);
  el.article = article as Article;
  const loaded = oneEvent(wrapper, 'lede-load') as Promise<LedeLoadEvent>;
  const failed = oneEvent(wrapper, 'lede-error') as Promise<LedeErrorEvent>;
  wrapper.append(el);
  await el.updateComplete;
  return { el, events, loaded, failed };
}

describe('the full validator, loaded only to explain', () => {
  // First in the file: no other test of this page has loaded the validator yet.
  it('is not loaded for a story it would find nothing wrong with, unknown fields included', async () => {
    const warnings = captureWarnings();
    const { el, loaded } = await card({ headline: 'Vendors on Amazon', kicker: 'Business' });
    const { detail } = await loaded;
    warnings.stop();
    expect(text(el, '[part~=headline]')).to.equal('Vendors on Amazon');
    expect(detail.warnings).to.deep.equal([
      { path: 'kicker', message: 'unknown field, kept', kept: true },
    ]);
    expect(warnings.messages).to.deep.equal([]);
    expect(validatorRequested(), 'the validator was requested').to.equal(false);
    await expect(el).to.be.accessible();
  });

  // Before any test has loaded the chunk, so that the story is replaced while it loads.
  it('never reports the problems of a story replaced before they were explained', async () => {
    const warnings = captureWarnings();
    const { el, events, loaded } = await card({ headline: 42 });
    el.article = { headline: 'Vendors on Amazon' };
    await loaded;
    // The explanation of the replaced story has had every chance to arrive.
    await import('../../src/model/validate.js');
    await el.updateComplete;
    await el.updateComplete;
    warnings.stop();
    expect(events.map((event) => event.type)).to.deep.equal(['lede-load']);
    expect(warnings.messages).to.deep.equal([]);
    expect(text(el, '[part~=headline]')).to.equal('Vendors on Amazon');
    await expect(el).to.be.accessible();
  });

  it('explains a refused story with its exact path once its chunk has loaded', async () => {
    const warnings = captureWarnings();
    const { el, events, failed } = await card({ headline: 42 });
    // The message does not wait for the explanation.
    expect(text(el, '[part=error]')).to.equal('The story’s data is incomplete or malformed.');
    const { detail } = await failed;
    await el.updateComplete;
    warnings.stop();
    expect(detail.problems).to.deep.equal([
      { path: 'headline', message: 'expected a string, got the number 42' },
    ]);
    expect(events.map((event) => event.type)).to.deep.equal(['lede-error']);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('headline: expected a string, got the number 42');
    expect(validatorRequested(), 'the validator was requested').to.equal(true);
    expect(text(el, '[part=error]')).to.equal('The story’s data is incomplete or malformed.');
    await expect(el).to.be.accessible();
  });

  it('renders a story with dropped values at once, and fires lede-load with their warnings', async () => {
    const warnings = captureWarnings();
    const story = { headline: 'Vendors on Amazon', description: 42, url: 'javascript:alert(1)' };
    const { el, events, loaded } = await card(story);
    expect(text(el, '[part~=headline]')).to.equal('Vendors on Amazon');
    expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
    const { detail } = await loaded;
    warnings.stop();
    expect(detail.warnings.map(({ path, message }) => `${path}: ${message}`)).to.deep.equal([
      'description: expected a string, got the number 42',
      'url: expected an http, https or relative URL, got "javascript:alert(1)"',
    ]);
    expect(events.map((event) => event.type)).to.deep.equal(['lede-load']);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('dropped 2 values');
    await expect(el).to.be.accessible();
  });

  it('shows the dropped values under lede-debug once they are explained', async () => {
    const warnings = captureWarnings();
    const { el, loaded } = await card({ headline: 'Vendors on Amazon', description: 42 }, true);
    await loaded;
    await el.updateComplete;
    warnings.stop();
    expect(text(el, '[part=dropped] summary')).to.equal('Dropped from the data (1)');
    expect(text(el, '[part=dropped] li')).to.equal(
      'description: expected a string, got the number 42',
    );
    await expect(el).to.be.accessible();
  });
});
