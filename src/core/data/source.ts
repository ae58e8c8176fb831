/**
 * Which source of data wins, and when it changes. An element's data comes from the first of, in
 * this order: the JS property, an inline JSON child, `src`, the page's JSON-LD, the attributes.
 * Reading them has no effect; only a change of the winner (or of what it holds) starts work.
 */
import { isServer, type ReactiveControllerHost } from 'lit';

/** The element side of the sources: the attributes that name a document elsewhere. */
export interface SourceHost extends ReactiveControllerHost, HTMLElement {
  src?: string | undefined;
  jsonld?: string | undefined;
}

/** The element's own readers of the sources only it knows. */
export interface SourceReaders {
  /** The data set as a JavaScript property, or undefined when none is set. */
  property(): unknown;
  /** The data written as attributes and text of a hand-written tag, or undefined when none. */
  attributes(): unknown;
}

/** The source that won, with what it holds; `key` tells one reading from the next. */
export type Source = { key?: unknown } & (
  | { kind: 'property' | 'attributes'; document: unknown }
  | { kind: 'inline'; text: string }
  | { kind: 'src'; src: string }
  /** `scripts` are the page's JSON-LD texts; `articleId` the `@id` or `url` asked for, if any. */
  | { kind: 'jsonld'; scripts: string[]; articleId: string | undefined }
  | { kind: 'empty' }
);

// JSON-LD an element writes itself for search engines (`data-lede-emitted`) is output, not input.
const INLINE_JSON =
  ':scope > script[type="application/json"], :scope > script[type="application/ld+json"]:not([data-lede-emitted])';
const PAGE_JSON_LD = 'script[type="application/ld+json"]';

/** The source that wins now, in the documented order. */
export function currentSource(host: SourceHost, readers: SourceReaders): Source {
  const property = readers.property();
  if (property !== undefined && property !== null) {
    return { kind: 'property', key: property, document: property };
  }
  // The server renderer gives an element no children: its inline JSON is read in the browser.
  const inline = isServer ? undefined : host.querySelector(INLINE_JSON)?.textContent;
  if (inline != null && inline.trim() !== '') return { kind: 'inline', key: inline, text: inline };
  const src = host.src?.trim();
  if (src) return { kind: 'src', key: src, src };
  if (host.jsonld !== undefined && host.jsonld !== null) return pageJsonLd(host.jsonld);
  const attributes = readers.attributes();
  if (attributes !== undefined) {
    return { kind: 'attributes', key: JSON.stringify(attributes), document: attributes };
  }
  return { kind: 'empty' };
}

/**
 * The page's JSON-LD: every block, or the scripts `selector` names when it is a CSS selector
 * of script elements; any other selector names the article's `@id` or `url`. The page, and the
 * adapter that reads it, are the browser's: on the server there is nothing to read yet.
 */
function pageJsonLd(jsonld: string): Source {
  if (isServer) return { kind: 'jsonld', scripts: [], articleId: undefined };
  const selector = jsonld.trim();
  const ofScripts = selector !== '' && isScriptSelector(selector);
  const scripts = [...document.querySelectorAll(ofScripts ? selector : PAGE_JSON_LD)].map(
    (script) => script.textContent ?? '',
  );
  const articleId = selector && !ofScripts ? selector : undefined;
  return { kind: 'jsonld', key: `${jsonld}\n${scripts.join('\n')}`, scripts, articleId };
}

function isScriptSelector(selector: string): boolean {
  try {
    return document.querySelector(selector) instanceof HTMLScriptElement;
  } catch {
    return false; // not CSS at all: an @id or URL
  }
}

/** Whether `source` is the one last taken: the same kind, holding the same. */
export function isSameSource(source: Source, taken: Source | undefined): boolean {
  return source.kind === taken?.kind && source.key === taken.key;
}

/**
 * Asks `host` to update when the children it reads (inline JSON, the text of a hand-written
 * tag) are added or edited, also after the element upgraded; undefined where nothing can watch.
 */
export function watchChildren(host: SourceHost): MutationObserver | undefined {
  if (typeof MutationObserver === 'undefined') return undefined;
  return new MutationObserver(() => host.requestUpdate());
}

/** What `watchChildren`'s observer observes. */
export const CHILDREN: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
};
