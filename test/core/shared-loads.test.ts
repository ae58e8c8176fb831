import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/lede.js';
import type { LedeElement } from '../../src/core/lede-element.js';
import { fakeFetchInEachTest } from '../helpers/fake-fetch-hooks.js';
import { loadSeedStory } from '../helpers/seed.js';
import { ALL_TAGS } from '../helpers/tags.js';

const shadowText = (el: Element, selector: string) =>
  el.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

/** An element with `src`, added to `parent`; resolves with it once it has rendered its data. */
async function addElement(parent: Element, tag: string, src: string): Promise<LedeElement> {
  const el = document.createElement(tag) as LedeElement;
  el.src = src;
  parent.append(el);
  return el;
}

describe('shared loads: one request per document', () => {
  let story = '';
  before(async () => {
    story = JSON.stringify(await loadSeedStory());
  });
  const { fake } = fakeFetchInEachTest();

  it('six elements with one src make one request, and each renders its part', async () => {
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const elements = await Promise.all(ALL_TAGS.map((tag) => addElement(page, tag, 'story.json')));
    const loads = elements.map((el) => oneEvent(el, 'lede-load'));
    (await fake.nextRequest()).respond(story);
    await Promise.all(loads);
    expect(fake.requests.map((request) => request.url)).to.deep.equal(['story.json']);
    const [, card, quote, badge, delegation, related] = elements;
    expect(shadowText(card!, '[part=headline]')).to.match(/^More than 6,000 Pakistani vendors/);
    expect(shadowText(quote!, 'blockquote')).to.have.length.above(10);
    expect(shadowText(badge!, '[part=value]')).to.equal('6,000');
    expect(shadowText(delegation!, '[part=organization]')).to.match(/Washington/);
    expect(shadowText(related!, '[part=list]')).to.match(/SDGs/);
    // One at a time: the whole story repeats the delegation landmark the list beside it shows.
    for (const el of elements) await expect(el).to.be.accessible();
  });

  it('shares a document that has arrived with elements added later, at the same absolute URL', async () => {
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const first = await addElement(page, 'lede-article-card', 'story.json');
    const loaded = oneEvent(first, 'lede-load');
    (await fake.nextRequest()).respond(story);
    await loaded;
    const later = await addElement(
      page,
      'lede-article-card',
      new URL('story.json', document.baseURI).href,
    );
    await oneEvent(later, 'lede-load');
    expect(fake.requests).to.have.length(1);
    expect(shadowText(later, '[part=headline]')).to.equal(shadowText(first, '[part=headline]'));
  });

  it('requests again after a response marked no-store, and not within its max-age', async () => {
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const loadWith = async (src: string, cacheControl: string) => {
      const el = await addElement(page, 'lede-stat-badge', src);
      const loaded = oneEvent(el, 'lede-load');
      (await fake.nextRequest()).respond(story, { headers: { 'cache-control': cacheControl } });
      await loaded;
    };
    await loadWith('/no-store.json', 'no-store');
    await loadWith('/no-store.json', 'no-store');
    await loadWith('/max-age.json', 'max-age=600');
    const again = await addElement(page, 'lede-stat-badge', '/max-age.json');
    await oneEvent(again, 'lede-load');
    expect(fake.requests.map((request) => request.url)).to.deep.equal([
      '/no-store.json',
      '/no-store.json',
      '/max-age.json',
    ]);
  });

  it('does not keep a failed load: the next element requests again', async () => {
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const first = await addElement(page, 'lede-stat-badge', '/flaky.json');
    const failed = oneEvent(first, 'lede-error');
    (await fake.nextRequest()).respond('', { status: 503 });
    await failed;
    const second = await addElement(page, 'lede-stat-badge', '/flaky.json');
    const loaded = oneEvent(second, 'lede-load');
    (await fake.nextRequest()).respond(story);
    await loaded;
    expect(shadowText(second, '[part=value]')).to.equal('6,000');
  });

  it('keeps a shared request going while one element still waits for it', async () => {
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const leaving = await addElement(page, 'lede-stat-badge', '/shared.json');
    const staying = await addElement(page, 'lede-stat-badge', '/shared.json');
    const request = await fake.nextRequest();
    leaving.remove();
    expect(request.signal!.aborted).to.equal(false);
    const loaded = oneEvent(staying, 'lede-load');
    request.respond(story);
    await loaded;
    staying.remove();
    expect(fake.requests).to.have.length(1);
  });

  it('stops the request when the last element waiting for it leaves', async () => {
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = await addElement(page, 'lede-stat-badge', '/left.json');
    const request = await fake.nextRequest();
    el.remove();
    expect(request.signal!.aborted).to.equal(true);
  });

  it('reload() requests the same src again and renders the new document, which later elements share', async () => {
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = await addElement(page, 'lede-stat-badge', '/figure.json');
    let loaded = oneEvent(el, 'lede-load');
    (await fake.nextRequest()).respond(JSON.stringify({ type: 'stat', value: 1 }));
    await loaded;
    loaded = oneEvent(el, 'lede-load');
    el.reload();
    (await fake.nextRequest()).respond(JSON.stringify({ type: 'stat', value: 2 }));
    await loaded;
    await el.updateComplete;
    expect(shadowText(el, '[part=value]')).to.equal('2');
    const later = await addElement(page, 'lede-stat-badge', '/figure.json');
    await oneEvent(later, 'lede-load');
    await later.updateComplete;
    expect(shadowText(later, '[part=value]')).to.equal('2');
    expect(fake.requests).to.have.length(2);
  });

  it('reload() does nothing for data given as a property', async () => {
    const el = await fixture<LedeElement & { stat: unknown }>(
      html`<lede-stat-badge .stat=${{ type: 'stat', value: 5 }}></lede-stat-badge>`,
    );
    el.reload();
    await el.updateComplete;
    expect(shadowText(el, '[part=value]')).to.equal('5');
    expect(fake.requests).to.have.length(0);
    await expect(el).to.be.accessible();
  });
});
