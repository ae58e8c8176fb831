/**
 * Number attributes of hand-written tags arrive as numbers (the attribute model's
 * `numberAttribute`), and text that is not a number shows the visible error, or is dropped,
 * with the exact path and the text as written.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/delegation-list/define.js';
import '../../src/components/stat-badge/define.js';
import type { LedeDelegationList } from '../../src/components/delegation-list/delegation-list.js';
import type { LedeStatBadge } from '../../src/components/stat-badge/stat-badge.js';
import type { LedeErrorEvent, LedeLoadEvent } from '../../src/core/events.js';
import { captureWarnings } from '../helpers/events.js';

const text = (el: Element, selector: string) =>
  el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

/** Renders `template` inside a wrapper and waits for its first event of `type`. */
async function rendered<E extends Element, T extends Event>(
  template: ReturnType<typeof html>,
  tag: string,
  type: string,
): Promise<{ el: E; events: T[]; warnings: string[] }> {
  const warnings = captureWarnings();
  const events: T[] = [];
  const listener = (event: Event) => events.push(event as T);
  window.addEventListener(type, listener);
  try {
    const wrapper = await fixture<HTMLDivElement>(html`<div>${template}</div>`);
    const el = wrapper.querySelector(tag) as E & { updateComplete: Promise<unknown> };
    if (!events.length) await oneEvent(el, type);
    await el.updateComplete;
    return { el, events, warnings: warnings.messages };
  } finally {
    window.removeEventListener(type, listener);
    warnings.stop();
  }
}

describe('number attributes', () => {
  it('stat badge: value="6000" is the number 6000', async () => {
    const { el, events } = await rendered<LedeStatBadge, LedeLoadEvent>(
      html`<lede-stat-badge value="6000" unit="vendors"></lede-stat-badge>`,
      'lede-stat-badge',
      'lede-load',
    );
    expect(el.value).to.equal(6000);
    expect(el.shadowRoot!.querySelector('data')!.value).to.equal('6000');
    expect(text(el, '[part=value]')).to.equal('6,000');
    expect(events).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  for (const written of ['lots', '6,000', ' ']) {
    it(`stat badge: value="${written}" shows the error, with the path and the text as written`, async () => {
      const { el, events, warnings } = await rendered<LedeStatBadge, LedeErrorEvent>(
        html`<lede-stat-badge value=${written} unit="vendors"></lede-stat-badge>`,
        'lede-stat-badge',
        'lede-error',
      );
      expect(el.value).to.be.NaN;
      expect(text(el, '[part=error]')).to.equal('The story’s data is incomplete or malformed.');
      expect(events).to.have.length(1);
      const [problem] = events[0]!.detail.problems;
      expect(problem!.path).to.equal('value');
      expect(problem!.message).to.contain(`"${written}"`);
      expect(warnings).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  }

  it('delegation list: count="12" is the number 12', async () => {
    const { el, events } = await rendered<LedeDelegationList, LedeLoadEvent>(
      html`<lede-delegation-list organization="WIPG" count="12"></lede-delegation-list>`,
      'lede-delegation-list',
      'lede-load',
    );
    expect(el.count).to.equal(12);
    expect(text(el, '[part=count]')).to.equal('12 members');
    expect(events).to.have.length(1);
    expect(events[0]!.detail.warnings).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('delegation list: count="twelve" is dropped with its path and text; the rest renders', async () => {
    const { el, events, warnings } = await rendered<LedeDelegationList, LedeLoadEvent>(
      html`<lede-delegation-list organization="WIPG" count="twelve"></lede-delegation-list>`,
      'lede-delegation-list',
      'lede-load',
    );
    expect(el.count).to.be.NaN;
    expect(text(el, '[part=heading]')).to.equal('WIPG');
    expect(el.shadowRoot!.querySelector('[part=count]')).to.equal(null);
    expect(events).to.have.length(1);
    const paths = events[0]!.detail.warnings.map((problem) => problem.path);
    expect(paths).to.deep.equal(['numberOfItems']);
    expect(events[0]!.detail.warnings[0]!.message).to.contain('"twelve"');
    expect(warnings).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('a number set as a property renders as it does from the attribute', async () => {
    const { el } = await rendered<LedeDelegationList, LedeLoadEvent>(
      html`<lede-delegation-list organization="WIPG" .count=${35}></lede-delegation-list>`,
      'lede-delegation-list',
      'lede-load',
    );
    expect(text(el, '[part=count]')).to.equal('35 members');
  });
});
