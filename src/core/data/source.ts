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

/**
 * Watches an element's sources: tells when the winner, or what it holds, changed since it was
 * last taken, and asks the element to update when children it reads (inline JSON, the text of
 * a hand-written tag) are added or edited.
 */
export class SourceWatch {
  private readonly observer?: MutationObserver;
  /** The kind of the source last taken; undefined before the first, or after `forget()`. */
  kind?: Source['kind'] | undefined;
  private key: unknown;

  constructor(
    private readonly host: SourceHost,
    private readonly readers: SourceReaders,
  ) {
    if (typeof MutationObserver !== 'undefined') {
      // Children parsed after the element upgraded (inline JSON, quotation text) still count.
      this.observer = new MutationObserver(() => host.requestUpdate());
    }
  }

  connect(): void {
    this.observer?.observe(this.host, { childList: true, subtree: true, characterData: true });
    if (this.kind === undefined) this.host.requestUpdate();
  }

  disconnect(): void {
    this.observer?.disconnect();
  }

  /** The winning source when it differs from the one last taken, which it becomes; else undefined. */
  takeChanged(): Source | undefined {
    const source = currentSource(this.host, this.readers);
    if (source.kind === this.kind && source.key === this.key) return undefined;
    this.kind = source.kind;
    this.key = source.key;
    return source;
  }

  /** Makes the next `takeChanged()` take the winning source even when it is the same. */
  forget(): void {
    this.kind = undefined;
  }
}
