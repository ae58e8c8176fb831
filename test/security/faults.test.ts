/**
 * Real-server faults: `src` answered by a misbehaving HTTP server (test/security/server/faults.js).
 * Each behaviour ends in its expected visible error or content, and the story shown before the
 * change never comes back. The table of behaviours is written to docs/security.md.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/article-card/define.js';
import type { LedeErrorEvent } from '../../src/core/events.js';
import { captureWarnings } from '../helpers/events.js';

/** The same server under the other name, a different origin for the browser. */
const OTHER_ORIGIN = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
const EARLIER = 'The story shown before';
const TIMEOUT = 1_000;

interface Expectation {
  behaviour: string;
  src: string;
  /** The headline shown, for content; the error's cause and visible message otherwise. */
  headline?: string;
  cause?: string;
  message?: string;
}

const http = (status: number) => `The story could not be loaded (HTTP ${status}).`;
const NETWORK = 'The story could not be loaded: the network failed.';
const NOT_JSON = 'The story’s data is not valid JSON.';
const TOO_LARGE = 'The story is too large to show.';
const TIMED_OUT = 'The story took too long to load.';

const EXPECTATIONS: Expectation[] = [
  { behaviour: '404', src: '/faults/not-found', cause: 'http', message: http(404) },
  { behaviour: '410', src: '/faults/gone', cause: 'http', message: http(410) },
  {
    behaviour: '500 with a JSON body',
    src: '/faults/server-error-json',
    cause: 'http',
    message: http(500),
  },
  {
    behaviour: '503 with Retry-After',
    src: '/faults/unavailable',
    cause: 'http',
    message: http(503),
  },
  { behaviour: '200 with HTML', src: '/faults/html', cause: 'not-json', message: NOT_JSON },
  {
    behaviour: '200 with an empty body',
    src: '/faults/empty',
    cause: 'not-json',
    message: NOT_JSON,
  },
  { behaviour: '204 No Content', src: '/faults/no-content', cause: 'not-json', message: NOT_JSON },
  {
    behaviour: '200 with JSON `null`',
    src: '/faults/null',
    cause: 'invalid',
    message: 'The story’s data is incomplete or malformed.',
  },
  // Decided: the Content-Type is not checked. Many servers send JSON files as text/plain or
  // application/octet-stream; the body is parsed as JSON and validated either way.
  {
    behaviour: 'valid JSON as text/plain',
    src: '/faults/wrong-type',
    headline: 'Served as text/plain',
  },
  {
    behaviour: 'JSON with a byte order mark',
    src: '/faults/bom',
    headline: 'Served with a byte order mark',
  },
  { behaviour: 'truncated JSON', src: '/faults/truncated', cause: 'not-json', message: NOT_JSON },
  {
    behaviour: '10 MB declared in Content-Length',
    src: '/faults/too-large-declared',
    cause: 'too-large',
    message: TOO_LARGE,
  },
  {
    behaviour: '10 MB streamed without a length',
    src: '/faults/too-large-streamed',
    cause: 'too-large',
    message: TOO_LARGE,
  },
  {
    behaviour: 'headers later than the timeout',
    src: '/faults/slow-headers',
    cause: 'timeout',
    message: TIMED_OUT,
  },
  {
    behaviour: 'a body that trickles past the timeout',
    src: '/faults/slow-body',
    cause: 'timeout',
    message: TIMED_OUT,
  },
  {
    behaviour: 'connection dropped mid-body',
    src: '/faults/dropped-mid-body',
    cause: 'network',
    message: NETWORK,
  },
  {
    behaviour: 'redirect within the origin',
    src: '/faults/redirect-same-origin',
    headline: 'Moved here',
  },
  {
    behaviour: 'redirect to another origin without CORS',
    src: '/faults/redirect-other-origin',
    cause: 'network',
    message: NETWORK,
  },
  {
    behaviour: 'redirect to another origin that allows CORS',
    src: '/faults/redirect-other-origin-cors',
    headline: 'Elsewhere with CORS',
  },
  { behaviour: 'redirect loop', src: '/faults/redirect-loop', cause: 'network', message: NETWORK },
  {
    behaviour: 'redirect to a data: URL',
    src: '/faults/redirect-data',
    cause: 'network',
    message: NETWORK,
  },
  {
    behaviour: 'another origin without CORS',
    src: `${OTHER_ORIGIN}/faults/story?headline=Refused`,
    cause: 'network',
    message: NETWORK,
  },
];

type Card = HTMLElement & { src?: string; updateComplete: Promise<boolean> };
const shadowText = (element: Element) =>
  element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
const headlineOf = (element: Element) =>
  element.shadowRoot?.querySelector('[part~="headline"]')?.textContent?.trim();
const errorOf = (element: Element) =>
  element.shadowRoot?.querySelector('[part~="error"][role="alert"]')?.textContent?.trim();

/** Every text the element's shadow tree shows, recorded at each change from now on. */
function recordTexts(element: Element): { texts: string[]; stop(): void } {
  const texts: string[] = [];
  const observer = new MutationObserver(() => texts.push(shadowText(element)));
  observer.observe(element.shadowRoot!, { subtree: true, childList: true, characterData: true });
  return { texts, stop: () => observer.disconnect() };
}

/** The element's next lede-load or lede-error. */
const nextOutcome = (element: Element) =>
  new Promise<Event>((resolve) => {
    element.addEventListener('lede-load', resolve, { once: true });
    element.addEventListener('lede-error', resolve, { once: true });
  });

async function cardShowing(headline: string): Promise<Card> {
  const src = `/faults/story?headline=${encodeURIComponent(headline)}`;
  const card = await fixture<Card>(
    html`<lede-article-card timeout=${TIMEOUT}></lede-article-card>`,
  );
  const loaded = nextOutcome(card);
  card.src = src;
  await loaded;
  await card.updateComplete;
  expect(headlineOf(card)).to.equal(headline);
  return card;
}

const rows: string[] = [];

describe('real-server faults on src', () => {
  for (const expectation of EXPECTATIONS) {
    it(`${expectation.behaviour}: ${expectation.headline ? `shows "${expectation.headline}"` : expectation.message}`, async () => {
      const card = await cardShowing(EARLIER);
      const warnings = captureWarnings();
      const seen = recordTexts(card);
      try {
        const outcome = nextOutcome(card);
        card.src = expectation.src;
        const event = await outcome;
        await card.updateComplete;
        if (expectation.headline) {
          expect(event.type).to.equal('lede-load');
          expect(headlineOf(card)).to.equal(expectation.headline);
          expect(warnings.messages).to.deep.equal([]);
        } else {
          expect(event.type).to.equal('lede-error');
          expect((event as LedeErrorEvent).detail.cause).to.equal(expectation.cause);
          expect(errorOf(card)).to.equal(expectation.message);
          expect(warnings.messages).to.have.length(1);
        }
        // No stale render: once src changed, the earlier story is never shown again.
        expect(seen.texts.length).to.be.greaterThan(0);
        expect(seen.texts.filter((text) => text.includes(EARLIER))).to.deep.equal([]);
        rows.push(
          `| ${expectation.behaviour} | ${expectation.headline ? `content: “${expectation.headline}”` : `\`${expectation.cause}\`: ${expectation.message}`} |`,
        );
      } finally {
        seen.stop();
        warnings.stop();
      }
    });
  }

  it('src changed three times while in flight: only the last is shown, once', async () => {
    const card = await cardShowing(EARLIER);
    const seen = recordTexts(card);
    const loads: Event[] = [];
    card.addEventListener('lede-load', (event) => loads.push(event));
    const story = (headline: string, delay: number) =>
      `/faults/story?headline=${encodeURIComponent(headline)}&delay=${delay}`;
    card.src = story('First', 600);
    await new Promise((resolve) => setTimeout(resolve, 50));
    card.src = story('Second', 400);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const last = nextOutcome(card);
    card.src = story('Third', 100);
    await last;
    await new Promise((resolve) => setTimeout(resolve, 800)); // the first two answers arrive
    expect(headlineOf(card)).to.equal('Third');
    expect(loads).to.have.length(1);
    const stale = seen.texts.filter((text) => /First|Second|The story shown before/.test(text));
    expect(stale).to.deep.equal([]);
    seen.stop();
    rows.push(
      '| `src` changed three times while in flight | content: only the third, one `lede-load` |',
    );
  });

  it('the element removed mid-flight and re-added loads again and shows the story once', async () => {
    const card = await cardShowing(EARLIER);
    const loads: Event[] = [];
    card.addEventListener('lede-load', (event) => loads.push(event));
    const parent = card.parentElement!;
    card.src = '/faults/story?headline=Back%20again&delay=300';
    await new Promise((resolve) => setTimeout(resolve, 50));
    card.remove();
    await new Promise((resolve) => setTimeout(resolve, 500)); // the answer would have arrived
    expect(loads).to.have.length(0);
    expect(shadowText(card)).not.to.contain('Back again');
    const loaded = nextOutcome(card);
    parent.append(card);
    await loaded;
    await card.updateComplete;
    expect(headlineOf(card)).to.equal('Back again');
    expect(loads).to.have.length(1);
    rows.push(
      '| the element removed mid-flight and re-added | content: loaded again once re-added, one `lede-load` |',
    );
  });

  it('writes the fault table to docs/security.md', async () => {
    const table = ['| behaviour of the server | what the element shows |', '|---|---|', ...rows];
    expect(rows).to.have.length(EXPECTATIONS.length + 2);
    await executeServerCommand('write-security-section', {
      name: 'faults',
      markdown: table.join('\n'),
    });
  });
});
