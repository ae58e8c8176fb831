import { expect, oneEvent } from '@open-wc/testing';
import type { LedeLoadEvent } from '../../src/core/events.js';

/** Collects every event of the given types that reaches `target`. */
export function recordEvents(target: EventTarget, ...types: string[]): Event[] {
  const seen: Event[] = [];
  for (const type of types) target.addEventListener(type, (event) => seen.push(event));
  return seen;
}

/** Collects console.warn calls until `stop()` is called. */
export function captureWarnings(): { messages: string[]; stop(): void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, stop: () => (console.warn = original) };
}

/**
 * Renders an element whose data loads with values dropped, waits for its `lede-load`, and checks
 * what every such element shows: no error, one `lede-load`, one console warning naming the
 * element, no axe violation. Returns the element and the dropped paths, in the event's order.
 */
export async function renderedWithDropped<
  E extends HTMLElement & { updateComplete: Promise<boolean> },
>(render: () => Promise<E>): Promise<{ el: E; dropped: string[] }> {
  const warnings = captureWarnings();
  const loads: LedeLoadEvent[] = [];
  const listener = (e: Event) => loads.push(e as LedeLoadEvent);
  window.addEventListener('lede-load', listener);
  try {
    const el = await render();
    if (!loads.length) await oneEvent(el, 'lede-load');
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('[part=error]')).to.equal(null);
    expect(loads).to.have.length(1);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain(`<${el.localName}>`);
    await expect(el).to.be.accessible();
    return { el, dropped: loads[0]!.detail.warnings.map((p) => p.path) };
  } finally {
    window.removeEventListener('lede-load', listener);
    warnings.stop();
  }
}
