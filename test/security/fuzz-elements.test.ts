/**
 * Fuzzing the elements: any JSON value, and mutations of the seed story and every fixture, given
 * to all six elements. Each element ends in content or its visible error (one `lede-load` or
 * `lede-error`), logs one console warning for an error or for values it dropped, and nothing
 * reaches the page's `error` or `unhandledrejection` handlers. Each
 * run renders six elements, so this property runs a bounded number of times; the validator and
 * adapters it rests on get 10,000 runs each in fuzz-model.test.ts.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import '../../src/lede.js';
import type { LedeLoadEvent } from '../../src/core/events.js';
import { captureWarnings, recordEvents } from '../helpers/events.js';
import { ALL_TAGS } from '../helpers/tags.js';
import { anyJson, ELEMENT_RUNS, loadFixtures, mutated, settings } from './fuzz/settings.js';

const OUTCOME_TIMEOUT = 5_000;

const fixtures = await loadFixtures(
  await executeServerCommand<string[], undefined>('list-fixtures'),
);

const pageErrors: string[] = [];
window.addEventListener('error', (event) => pageErrors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => pageErrors.push(String(event.reason)));

type Outcome = 'content' | 'content with drops' | 'error' | 'nothing';

/** Whether a `lede-load` reports values dropped (not only unknown fields kept). */
const reportsDrops = (event: Event) =>
  ((event as LedeLoadEvent).detail.warnings ?? []).some((warning) => !warning.kept);

/** The element's own lede-load or lede-error; `nothing` when neither comes. */
function outcome(element: Element): Promise<Outcome> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('nothing'), OUTCOME_TIMEOUT);
    const settle = (event: Event) => {
      if (event.composedPath()[0] !== element) return;
      clearTimeout(timer);
      if (event.type === 'lede-error') resolve('error');
      else resolve(reportsDrops(event) ? 'content with drops' : 'content');
    };
    element.addEventListener('lede-load', settle);
    element.addEventListener('lede-error', settle);
  });
}

const visibleError = (element: Element) =>
  element.shadowRoot?.querySelector('[part~="error"][role="alert"]')?.textContent?.trim();

async function expectContentOrVisibleError(document: unknown): Promise<void> {
  // No document at all (null) is no data: the elements stay empty and fire nothing.
  if (document === null) return expectEmpty();
  const container = window.document.createElement('div');
  const elements = ALL_TAGS.map((tag) => {
    const element = window.document.createElement(tag);
    Object.assign(element, { article: document });
    return element;
  });
  const outcomes = elements.map(outcome);
  const warnings = captureWarnings();
  container.append(...elements);
  window.document.body.append(container);
  try {
    const seen = await Promise.all(outcomes);
    // One console warning for each error, and one for each element that dropped values.
    const warned = seen.filter((result) => result === 'error' || result === 'content with drops');
    expect(warnings.messages.length, 'one warning for each error or drop').to.equal(warned.length);
    seen.forEach((result, index) => {
      const element = elements[index]!;
      expect(result, element.localName).to.be.oneOf(['content', 'content with drops', 'error']);
      if (result === 'error') expect(visibleError(element), element.localName).to.not.be.empty;
      else expect(visibleError(element), element.localName).to.equal(undefined);
    });
    expect(pageErrors).to.deep.equal([]);
  } finally {
    warnings.stop();
    container.remove();
  }
}

async function expectEmpty(): Promise<void> {
  const elements = ALL_TAGS.map((tag) => {
    const element = window.document.createElement(tag) as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    Object.assign(element, { article: null });
    return element;
  });
  const events = recordEvents(window.document.body, 'lede-load', 'lede-error');
  window.document.body.append(...elements);
  await Promise.all(elements.map((element) => element.updateComplete));
  for (const element of elements) {
    expect(element.shadowRoot?.textContent?.trim() ?? '', element.localName).to.equal('');
    element.remove();
  }
  expect(events).to.deep.equal([]);
}

describe(`fuzzing the elements (${ELEMENT_RUNS} documents a property, six elements each)`, () => {
  it('any JSON value gives content or the visible error, and nothing reaches the page', async () => {
    await fc.assert(
      fc.asyncProperty(anyJson(), expectContentOrVisibleError),
      settings(ELEMENT_RUNS),
    );
  });

  it(`mutations of the seed story and ${fixtures.length} fixtures do the same`, async () => {
    await fc.assert(
      fc.asyncProperty(mutated(fixtures), expectContentOrVisibleError),
      settings(ELEMENT_RUNS),
    );
  });
});
