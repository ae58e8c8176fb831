import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { safeUrl } from '../model/safe-url.js';
import { formatProblem, type Problem, type Problems } from '../model/problem.js';
import type { Conversion } from '../adapters/types.js';
import {
  LedeErrorEvent,
  LedeLoadEvent,
  type DataSourceKind,
  type LedeErrorCause,
  type LedeErrorDetail,
} from './events.js';
import { fetchJson, LoadError } from './fetch-json.js';
import { droppedValues, warnDropped } from './debug.js';
import { contentHeight, holdErrorSize } from './held-size.js';
import { mayNeedAdapter } from './foreign-format.js';
import { serverRender } from './server-render.js';

/**
 * What an element picked out of a document: its data, or why there is none. `lang` is the
 * language of the story a block was picked from (its `inLanguage`), when it says. Warnings and
 * problems the full validator has yet to explain are a Promise (see `core/select.ts`).
 */
export type Selection<T> =
  | { ok: true; value: T; warnings: Problems; lang?: string | undefined }
  | { ok: false; cause: 'invalid' | 'not-found'; problems: Problems };

export type DataState<T> =
  | { status: 'empty' }
  | { status: 'loading' }
  | {
      status: 'ready';
      value: T;
      source: DataSourceKind;
      lang?: string | undefined;
      /** What was dropped, or kept though unknown, on the way: the `lede-load` warnings. */
      warnings: Problem[];
    }
  | { status: 'error'; detail: LedeErrorDetail };

/** The element side of a data source: the attributes every Lede element shares. */
export interface DataSourceHost extends ReactiveControllerHost, HTMLElement {
  src?: string | undefined;
  jsonld?: string | undefined;
  timeout: number;
  maxBytes: number;
  /**
   * Keeps the data source, to resolve it before each render on the server, where a
   * controller's `hostUpdate` is not called, to check it against server-written HTML, and to
   * reload it.
   */
  registerDataSource(source: RegisteredDataSource): void;
}

/** What the element needs of its data source. */
export interface RegisteredDataSource {
  readonly state: DataState<unknown>;
  hostUpdate(): void;
  reload(): void;
}

export interface DataSourceOptions<T> {
  /** The data set as a JavaScript property, or undefined when none is set. */
  property(): unknown;
  /** The data written as attributes and text of a hand-written tag, or undefined when none. */
  attributes(): unknown;
  /** Validates a document (a whole article or the element's own block) and picks the data. */
  select(document: unknown): Selection<T>;
  /** The visible message for a failure. */
  message(cause: LedeErrorCause, status?: number): string;
  /**
   * Describes which part of a document `select` picks (for example the block id and index), so
   * that a new pick re-selects from the document already loaded instead of loading it again.
   */
  pick?(): string;
}

/** A Lede document as accepted, kept so that a new pick can select from it again. */
interface Accepted {
  document: unknown;
  source: DataSourceKind;
  warnings: Problem[];
  src: string | undefined;
}

// JSON-LD an element writes itself for search engines (`data-lede-emitted`) is output, not input.
const INLINE_JSON =
  ':scope > script[type="application/json"], :scope > script[type="application/ld+json"]:not([data-lede-emitted])';
const PAGE_JSON_LD = 'script[type="application/ld+json"]';

/**
 * Finds an element's data in the documented order — JS property, inline JSON child, `src`, the
 * page's JSON-LD, attributes — converts documents in other publisher formats through the
 * adapters (loaded only then), validates, and keeps the element's state. Each change of source
 * is resolved once; a stale response never renders; every failure becomes one visible message,
 * one `lede-error` event and one console warning, never an exception. Data rendered without the
 * values it could not use fires `lede-load` with their warnings and logs one console warning.
 */
export class DataSourceController<T> implements ReactiveController, RegisteredDataSource {
  state: DataState<T> = { status: 'empty' };

  private kind?: DataSourceKind | 'empty';
  private key: unknown = undefined;
  /** Identifies the current source; asynchronous work for an older one is dropped. */
  private token: object = {};
  private request?: AbortController;
  private accepted?: Accepted;
  private picked = '';
  private pendingEvent?: Event;
  /** The height of the loading placeholder an error replaced, which the error keeps. */
  private heldSize?: number | undefined;
  private readonly observer?: MutationObserver;
  /** The next load of `src` requests it again (`reload()`). */
  private fresh = false;

  constructor(
    private readonly host: DataSourceHost,
    private readonly options: DataSourceOptions<T>,
  ) {
    host.addController(this);
    host.registerDataSource(this);
    if (typeof MutationObserver !== 'undefined') {
      // Children parsed after the element upgraded (inline JSON, quotation text) still count.
      this.observer = new MutationObserver(() => host.requestUpdate());
    }
  }

  hostConnected(): void {
    this.observer?.observe(this.host, { childList: true, subtree: true, characterData: true });
    if (this.kind === undefined) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    if (this.state.status === 'loading') {
      this.token = {}; // what was under way no longer renders
      this.request?.abort();
      this.request = undefined;
      this.kind = undefined; // reconnecting loads again
    }
  }

  /** Requests `src` again, not sharing a load already made; other sources ignore it. */
  reload(): void {
    if (this.kind !== 'src') return;
    this.kind = undefined; // the same src counts as a new one
    this.fresh = true;
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    try {
      if (!this.resolve()) this.repick();
    } catch (error) {
      this.fail('invalid', [{ path: '', message: describe(error) }]);
    }
  }

  hostUpdated(): void {
    const root = this.host.shadowRoot;
    if (root) holdErrorSize(root, this.state.status === 'error' ? this.heldSize : undefined);
    const event = this.pendingEvent;
    this.pendingEvent = undefined;
    if (event) this.host.dispatchEvent(event);
  }

  /** Finds the current source and takes it when it changed; true when it did. */
  private resolve(): boolean {
    const property = this.options.property();
    if (property !== undefined && property !== null) {
      return this.changed('property', property) && this.accept(property, 'property');
    }
    // The server renderer gives an element no children: its inline JSON is read in the browser.
    const inline = isServer ? undefined : this.host.querySelector(INLINE_JSON)?.textContent;
    if (inline != null && inline.trim() !== '') {
      return this.changed('inline', inline) && this.acceptInline(inline);
    }
    const src = this.host.src?.trim();
    if (src) {
      return this.changed('src', src) && this.load(src);
    }
    if (this.host.jsonld !== undefined && this.host.jsonld !== null) {
      // The page's JSON-LD, and the adapter that reads it, are the browser's.
      if (isServer) return this.changed('jsonld', undefined) && this.loadInBrowser();
      const scripts = pageJsonLd(this.host.jsonld.trim());
      const key = `${this.host.jsonld}\n${scripts.join('\n')}`;
      return this.changed('jsonld', key) && this.acceptPageJsonLd(scripts, this.host.jsonld.trim());
    }
    const attributes = this.options.attributes();
    if (attributes !== undefined) {
      const key = JSON.stringify(attributes);
      return this.changed('attributes', key) && this.accept(attributes, 'attributes');
    }
    if (!this.changed('empty', undefined)) return false;
    this.state = { status: 'empty' };
    return true;
  }

  /** Selects again from the document already accepted when the element's pick changed. */
  private repick(): void {
    const accepted = this.accepted;
    if (!accepted || (this.options.pick?.() ?? '') === this.picked) return;
    this.acceptLede(accepted.document, accepted.source, accepted.warnings, accepted.src);
  }

  /** Records a new source; false when the source has not changed since the last resolve. */
  private changed(kind: DataSourceKind | 'empty', key: unknown): boolean {
    if (kind === this.kind && key === this.key) return false;
    this.kind = kind;
    this.key = key;
    this.token = {};
    this.heldSize = undefined;
    this.accepted = undefined;
    this.request?.abort();
    this.request = undefined;
    return true;
  }

  private acceptInline(text: string): true {
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch {
      this.fail('not-json', []);
      return true;
    }
    return this.accept(document, 'inline');
  }

  /** Takes a document: a Lede article or block at once, another format through the adapters. */
  private accept(document: unknown, source: DataSourceKind, src?: string): true {
    if (!mayNeedAdapter(document)) {
      this.acceptLede(document, source, [], src);
      return true;
    }
    // The adapters load asynchronously; the server render API converts before rendering.
    if (isServer) return this.loadInBrowser();
    this.whenCurrent(
      import('../adapters/to-article.js').then(({ toArticle }) => toArticle(document)),
      (result) => {
        if (result.ok) this.acceptConversion(result.conversion, source, src);
        else this.fail('unrecognized', [{ path: '', message: result.message }], { src });
      },
      src,
    );
    return true;
  }

  private acceptPageJsonLd(scripts: string[], selector: string): true {
    // A selector that names script elements has already chosen them; any other names an @id.
    const articleSelector = selector && !isScriptSelector(selector) ? selector : undefined;
    this.whenCurrent(
      import('../adapters/jsonld.js').then(({ jsonLdFromPage }) =>
        jsonLdFromPage(scripts, articleSelector),
      ),
      (conversion) => {
        if (conversion) this.acceptConversion(conversion, 'jsonld');
        else this.fail('not-found', [{ path: '', message: 'no schema.org article on the page' }]);
      },
    );
    return true;
  }

  private acceptConversion(conversion: Conversion, source: DataSourceKind, src?: string): void {
    this.acceptLede(conversion.article, source, conversion.warnings, src);
  }

  private acceptLede(
    document: unknown,
    source: DataSourceKind,
    warnings: Problem[],
    src?: string,
  ): void {
    this.accepted = { document, source, warnings, src };
    this.picked = this.options.pick?.() ?? '';
    const selection = this.options.select(document);
    if (!selection.ok) {
      this.fail(selection.cause, selection.problems, { src });
      return;
    }
    const { value, lang } = selection;
    const ready = { status: 'ready' as const, value, source, lang, warnings };
    this.state = ready;
    this.whenExplained(selection.warnings, (found) => {
      const all = (ready.warnings = [...warnings, ...found]);
      this.pendingEvent = new LedeLoadEvent(source, all);
      const dropped = droppedValues(all);
      const server = serverRender();
      if (server) server.warnings.push(...dropped);
      else if (dropped.length) warnDropped(this.host.localName, dropped);
    });
  }

  /**
   * Reports the problems of what is shown (its event, its console warning) at once when they are
   * known; else what is shown stays, and they are reported once the full validator has explained
   * them (see `core/select.ts`), unless the element has shown other data meanwhile.
   */
  private whenExplained(problems: Problems, report: (problems: Problem[]) => void): void {
    if (!(problems instanceof Promise)) return report(problems);
    const shown = this.state;
    void problems.then((found) => {
      if (this.state !== shown) return;
      report(found);
      this.host.requestUpdate();
    });
  }

  /**
   * On the server, work that needs the network or a lazily loaded module is left to the
   * browser: the element renders its loading placeholder and nothing starts that could settle,
   * or reject, after the HTML is written.
   */
  private loadInBrowser(): true {
    this.state = { status: 'loading' };
    return true;
  }

  private load(src: string): true {
    if (isServer) return this.loadInBrowser();
    const url = safeUrl(src);
    if (url === undefined) {
      this.fail('unsafe-url', [], { src });
      return true;
    }
    const request = new AbortController();
    this.request = request;
    const { timeout, maxBytes } = this.host;
    const fresh = this.fresh;
    this.fresh = false;
    this.whenCurrent(
      fetchJson(url, { signal: request.signal, timeout, maxBytes, fresh }),
      (document) => this.accept(document, 'src', url),
      url,
    );
    return true;
  }

  /**
   * Shows the loading state until `work` settles, then applies its result — unless the source
   * changed meanwhile, in which case the result is dropped.
   */
  private whenCurrent<R>(work: Promise<R>, apply: (result: R) => void, src?: string): void {
    const token = this.token;
    this.state = { status: 'loading' };
    work.then(
      (result) => {
        if (this.token !== token) return;
        this.settle(() => apply(result));
      },
      (error: unknown) => {
        if (this.token !== token) return;
        const cause = error instanceof LoadError ? error.cause : 'network';
        const status = error instanceof LoadError ? error.status : undefined;
        this.settle(() => this.fail(cause, [], { src, status }));
      },
    );
  }

  /** Applies an asynchronous result and asks the host to render it. */
  private settle(apply: () => void): void {
    // The placeholder is still on screen: an error that follows keeps its size.
    const placeholderSize = this.state.status === 'loading' ? contentHeight(this.host) : undefined;
    try {
      apply();
    } catch (error) {
      this.fail('invalid', [{ path: '', message: describe(error) }]);
    }
    this.heldSize = this.state.status === 'error' ? placeholderSize : undefined;
    this.request = undefined;
    this.host.requestUpdate();
  }

  private fail(
    cause: LedeErrorCause,
    problems: Problems,
    extra: { src?: string | undefined; status?: number | undefined } = {},
  ): void {
    const message = this.options.message(cause, extra.status);
    const detail: LedeErrorDetail = { cause, message, problems: [] };
    if (extra.src !== undefined) detail.src = extra.src;
    if (extra.status !== undefined) detail.status = extra.status;
    this.state = { status: 'error', detail };
    this.whenExplained(problems, (found) => {
      detail.problems = found;
      this.pendingEvent = new LedeErrorEvent(detail);
      const server = serverRender();
      if (server) {
        server.failures.push(detail); // the render API reports it, with the other problems
        return;
      }
      console.warn(`<${this.host.localName}>: ${message}`, ...found.map(formatProblem));
    });
  }
}

/** The texts of the page's JSON-LD blocks, or of the scripts a CSS selector names. */
function pageJsonLd(selector: string): string[] {
  const scripts = selector && isScriptSelector(selector) ? selector : PAGE_JSON_LD;
  return [...document.querySelectorAll(scripts)].map((script) => script.textContent ?? '');
}

function isScriptSelector(selector: string): boolean {
  try {
    return document.querySelector(selector) instanceof HTMLScriptElement;
  } catch {
    return false; // not CSS at all: an @id or URL
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
