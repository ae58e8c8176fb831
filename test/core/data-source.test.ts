import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/stat-badge/define.js';
import type { LedeStatBadge } from '../../src/components/stat-badge/stat-badge.js';
import type { LedeErrorEvent } from '../../src/core/events.js';
import { captureWarnings, recordEvents } from '../helpers/events.js';
import { fakeFetchInEachTest } from '../helpers/fake-fetch-hooks.js';
import { FakeFetch } from '../helpers/fake-fetch.js';

const valueText = (el: LedeStatBadge) =>
  el.shadowRoot!.querySelector('[part=value]')?.textContent?.trim();
const errorText = (el: LedeStatBadge) =>
  el.shadowRoot!.querySelector('[part=error]')?.textContent?.trim();
const stat = (value: number) => JSON.stringify({ type: 'stat', value });

describe('data source: src loading', () => {
  const { fake, warnings } = fakeFetchInEachTest({ captureWarnings: true });

  it('renders only the last of three quickly changed sources', async () => {
    const el = await fixture<LedeStatBadge>(
      html`<lede-stat-badge src="/1.json"></lede-stat-badge>`,
    );
    const events = recordEvents(el, 'lede-load', 'lede-error');
    el.src = '/2.json';
    await el.updateComplete;
    el.src = '/3.json';
    await el.updateComplete;
    const [first, second, third] = await fake.waitForRequests(3);
    expect(first!.signal!.aborted).to.equal(true);
    expect(second!.signal!.aborted).to.equal(true);
    const load = oneEvent(el, 'lede-load');
    third!.respond(stat(3));
    second!.respond(stat(2));
    first!.respond(stat(1));
    await load;
    await el.updateComplete;
    expect(valueText(el)).to.equal('3');
    expect(events).to.have.length(1);
  });

  it('makes one request when the same src is set twice', async () => {
    const el = await fixture<LedeStatBadge>(
      html`<lede-stat-badge src="/same.json"></lede-stat-badge>`,
    );
    el.src = '/same.json';
    el.setAttribute('src', '/same.json');
    await el.updateComplete;
    (await fake.waitForRequests(1))[0]!.respond(stat(7));
    await oneEvent(el, 'lede-load');
    expect(fake.requests).to.have.length(1);
  });

  it('aborts the request when the element leaves the page, and loads again when it returns', async () => {
    const el = await fixture<LedeStatBadge>(
      html`<lede-stat-badge src="/a.json"></lede-stat-badge>`,
    );
    const [request] = await fake.waitForRequests(1);
    const parent = el.parentNode!;
    el.remove();
    expect(request!.signal!.aborted).to.equal(true);
    parent.appendChild(el);
    await el.updateComplete;
    const requests = await fake.waitForRequests(2);
    requests[1]!.respond(stat(5));
    await oneEvent(el, 'lede-load');
    expect(valueText(el)).to.equal('5');
  });

  const failures: [string, (r: FakeFetch['requests'][number]) => void, string, string][] = [
    [
      'a 404',
      (r) => r.respond('nope', { status: 404 }),
      'http',
      'The story could not be loaded (HTTP 404).',
    ],
    [
      'a network failure',
      (r) => r.fail(),
      'network',
      'The story could not be loaded: the network failed.',
    ],
    [
      'a body that is not JSON',
      (r) => r.respond('<html>'),
      'not-json',
      'The story’s data is not valid JSON.',
    ],
    [
      'JSON of the wrong shape',
      (r) => r.respond('{"type":"stat","value":"many"}'),
      'invalid',
      'The story’s data is incomplete or malformed.',
    ],
  ];
  for (const [name, answer, cause, message] of failures) {
    it(`shows a distinct message for ${name}`, async () => {
      const el = await fixture<LedeStatBadge>(
        html`<lede-stat-badge src="/x.json"></lede-stat-badge>`,
      );
      const [request] = await fake.waitForRequests(1);
      const failed = oneEvent(el, 'lede-error') as Promise<LedeErrorEvent>;
      answer(request!);
      const event = await failed;
      await el.updateComplete;
      expect(event.detail.cause).to.equal(cause);
      expect(event.detail.src).to.equal('/x.json');
      expect(errorText(el)).to.equal(message);
      expect(warnings.messages).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  }

  it('gives up after the timeout', async () => {
    const el = await fixture<LedeStatBadge>(
      html`<lede-stat-badge src="/slow.json" timeout="30"></lede-stat-badge>`,
    );
    const event = (await oneEvent(el, 'lede-error')) as LedeErrorEvent;
    await el.updateComplete;
    expect(event.detail.cause).to.equal('timeout');
    expect(errorText(el)).to.equal('The story took too long to load.');
  });

  it('stops reading a body larger than max-bytes', async () => {
    const el = await fixture<LedeStatBadge>(
      html`<lede-stat-badge src="/big.json" max-bytes="100"></lede-stat-badge>`,
    );
    const [request] = await fake.waitForRequests(1);
    const failed = oneEvent(el, 'lede-error') as Promise<LedeErrorEvent>;
    request!.respond(JSON.stringify({ type: 'stat', value: 1, label: 'x'.repeat(500) }));
    expect((await failed).detail.cause).to.equal('too-large');
    await el.updateComplete;
    expect(errorText(el)).to.equal('The story is too large to show.');
  });

  it('refuses data: and vbscript: URLs before any request', async () => {
    for (const src of ['data:application/json,{}', 'vbscript:msgbox(1)', 'java\tscript:alert(1)']) {
      const el = await fixture<LedeStatBadge>(html`<lede-stat-badge src=${src}></lede-stat-badge>`);
      expect(errorText(el)).to.equal('This story’s address is not allowed.');
    }
    await aTimeout(0);
    expect(fake.requests).to.have.length(0);
  });
});

describe('data source: real requests', () => {
  it('loads a JSON file from the server', async () => {
    const el = await fixture<LedeStatBadge>(
      html`<lede-stat-badge src="/test/fixtures/stat-badge-stat.json"></lede-stat-badge>`,
    );
    await oneEvent(el, 'lede-load');
    await el.updateComplete;
    expect(valueText(el)).to.equal('110 million');
  });

  it('reports a real 404', async () => {
    const warnings = captureWarnings();
    const el = await fixture<LedeStatBadge>(
      html`<lede-stat-badge src="/test/fixtures/missing.json"></lede-stat-badge>`,
    );
    const event = (await oneEvent(el, 'lede-error')) as LedeErrorEvent;
    warnings.stop();
    expect(event.detail.status).to.equal(404);
  });
});

describe('data source: picking a block', () => {
  it('re-selects from the loaded document when index or block-id changes, without loading again', async () => {
    const fake = new FakeFetch().install();
    try {
      const el = await fixture<LedeStatBadge>(
        html`<lede-stat-badge src="/story.json"></lede-stat-badge>`,
      );
      const [request] = await fake.waitForRequests(1);
      const story = {
        headline: 'h',
        body: [
          { type: 'stat', id: 'first', value: 1 },
          { type: 'stat', id: 'second', value: 2 },
        ],
      };
      request!.respond(JSON.stringify(story));
      await oneEvent(el, 'lede-load');
      await el.updateComplete;
      expect(valueText(el)).to.equal('1');
      el.index = 1;
      await el.updateComplete;
      expect(valueText(el)).to.equal('2');
      el.blockId = 'first';
      await el.updateComplete;
      expect(valueText(el)).to.equal('1');
      expect(fake.requests).to.have.length(1);
    } finally {
      fake.restore();
    }
  });
});
