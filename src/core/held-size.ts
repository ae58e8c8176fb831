/**
 * Keeping an element the size its loading placeholder had when a story fails to arrive, so the
 * error does not move the page: the error message fills the space the placeholder held. The
 * size is set with a stylesheet constructed for the element's shadow root, which strict CSP
 * allows (no `style` attribute).
 */

import { isServer } from 'lit';

const held = new WeakMap<ShadowRoot, CSSStyleSheet>();

/** The height of `element`'s content box, in pixels: what its shadow content fills. */
export function contentHeight(element: Element): number {
  if (isServer) return 0; // nothing is laid out on the server
  const style = getComputedStyle(element);
  const edges = [
    style.paddingBlockStart,
    style.paddingBlockEnd,
    style.borderBlockStartWidth,
    style.borderBlockEndWidth,
  ].reduce((sum, value) => sum + (parseFloat(value) || 0), 0);
  return Math.max(0, element.getBoundingClientRect().height - edges);
}

/**
 * Makes the error message in `root` at least `height` pixels tall, or, with `undefined`,
 * lets it take its own size again. A root gets its sheet the first time it holds a size, and
 * keeps it, emptied, afterwards.
 */
export function holdErrorSize(root: ShadowRoot, height: number | undefined): void {
  if (isServer) return;
  let sheet = held.get(root);
  if (!sheet) {
    if (height === undefined) return;
    sheet = new CSSStyleSheet();
    held.set(root, sheet);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
  sheet.replaceSync(
    height === undefined ? '' : `.error { box-sizing: border-box; min-block-size: ${height}px; }`,
  );
}
