import {
  html,
  isServer,
  LitElement,
  nothing,
  ReactiveElement,
  render,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import {
  blockFromAttributes,
  type AttributeField,
  type LedePropertyDeclaration,
  type LedeProperties,
} from './attributes.js';
import { defineElement } from './define.js';
import type { DataState, RegisteredDataSource } from './data-source.js';
import { droppedDetail, droppedValues, isDebugging } from './debug.js';
import { nearestLang, unwatchLanguage, watchLanguage } from './locale.js';
import { SSR_ATTRIBUTE } from './server-render.js';
import type { Problem } from '../model/problem.js';
import { VERSION } from './version.js';

/**
 * How an element takes over the HTML the server wrote when Lit's hydration support is loaded:
 * the hydrating entry installs it (`core/hydration.ts`), so that other builds do not carry it.
 */
export interface ServerHtmlCheck {
  /** Whether the first update waits: the page still loads the words the server wrote in. */
  holds(element: HTMLElement, marker: string): boolean;
  /**
   * Whether the server's HTML (in `root`, written with `marker`) is stale for an element
   * formatting in `locale`, or whose data came from elsewhere than the inline JSON the server
   * wrote (`fromServer` false): then it is cleared, and the element renders instead of
   * hydrating.
   */
  renderAfresh(
    element: HTMLElement,
    root: ShadowRoot,
    marker: string,
    locale: string,
    fromServer: boolean,
  ): boolean;
}

let serverHtmlCheck: ServerHtmlCheck | undefined;

/** Installs the {@link ServerHtmlCheck} of the hydrating build, before any element updates. */
export function checkServerHtmlWith(check: ServerHtmlCheck): void {
  serverHtmlCheck = check;
}

/**
 * The base of every Lede element: the data-source attributes they all share, a guarded
 * `define()`, the element's language and the shared empty and error states.
 */
export class LedeElement extends LitElement {
  /** The version of lede-elements that defined this class. */
  static readonly version = VERSION;

  /**
   * Registers the class under `tag`. When the tag is already registered (the library loaded
   * twice, or two versions of it) nothing is thrown: the first registration stays and one
   * warning names both versions.
   */
  static define(tag: string): void {
    defineElement(tag, this);
  }

  static override get properties(): LedeProperties {
    return {
      src: { reflect: true },
      jsonld: {},
      timeout: { type: Number },
      maxBytes: { type: Number, attribute: 'max-bytes' },
      theme: { reflect: true },
      debug: { type: Boolean, attribute: 'lede-debug' },
    };
  }

  /**
   * URL of a JSON document to load and render: a Lede article or this element's own block, or a
   * story in schema.org JSON-LD, Arc XP ANS, IPTC ninjs or Apple News Format. Elements whose
   * `src` is the same absolute URL (with the same `timeout` and `max-bytes`) share one request,
   * and its document for the life of the page unless its `Cache-Control` says otherwise
   * (`no-store`, `no-cache`, `max-age`); `reload()` requests it again.
   */
  src?: string;

  /**
   * Reads the story from the page's own schema.org JSON-LD when no other source is given: the
   * first article in its `<script type="application/ld+json">` blocks, or — when the value is a
   * CSS selector naming script elements — in those scripts only, or the article whose `@id` or
   * `url` is the value.
   */
  jsonld?: string;

  /** Milliseconds to wait for `src` before showing a timeout message. */
  timeout = 10_000;

  /** Largest `src` response accepted, in bytes, counted while it downloads. */
  maxBytes = 2 * 1024 * 1024;

  /** Forces the light or dark colour set; by default the reader's preference is followed. */
  theme?: 'light' | 'dark';

  /**
   * Shows, under the content, the list of values dropped from the data because they could not be
   * used, each with its path: for developers and designers, never for readers. `Lede.debug =
   * true` (on `window.Lede`) turns it on for every element.
   */
  debug = false;

  /**
   * Requests `src` again and renders what arrives, showing the loading state meanwhile.
   * Elements with the same `src` share one request and keep its document for the life of the
   * page (or as long as its `Cache-Control` allows); `reload()` bypasses that for this element,
   * and the document it gets is the one later elements share. With any other source it does
   * nothing: properties, inline JSON and attributes are read again whenever they change.
   */
  reload(): void {
    this.dataSource?.reload();
  }

  /**
   * The block a hand-written tag describes: `base` with the value of each property whose
   * declaration says where it goes (`block`, see `core/attributes.ts`), or undefined when the
   * tag describes none. `values` stands in for properties the element reads elsewhere (the
   * text written inside a pull quote). A number property holding NaN gives its attribute's
   * text instead, so that validation names what was written.
   */
  protected attributeBlock(
    base: Readonly<Record<string, unknown>>,
    values: Readonly<Record<string, unknown>> = {},
  ): Record<string, unknown> | undefined {
    const fields: [AttributeField, unknown][] = [];
    for (const [name, declaration] of (this.constructor as typeof LedeElement).elementProperties) {
      const { block, attribute } = declaration as LedePropertyDeclaration;
      if (!block) continue;
      const key = String(name);
      let value = key in values ? values[key] : (this as unknown as Record<string, unknown>)[key];
      if (Number.isNaN(value)) {
        value = this.getAttribute(typeof attribute === 'string' ? attribute : key) ?? value;
      }
      fields.push([typeof block === 'string' ? { to: block } : block, value]);
    }
    return blockFromAttributes(fields, base);
  }

  /** The element's data source, which registers itself. */
  private dataSource?: RegisteredDataSource;

  /**
   * Called by the element's data source when it is created: the element resolves it before
   * each render on the server, where Lit's renderer calls `willUpdate` and `render` but not the
   * controllers' `hostUpdate`, checks it when it takes over HTML written by the server, and
   * reloads it.
   * @internal
   */
  registerDataSource(source: RegisteredDataSource): void {
    this.dataSource = source;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (isServer) this.dataSource?.hostUpdate();
  }

  /**
   * Holds the first render of an element the server wrote in a language whose translation the
   * page is still loading, when the hydrating build asks (see {@link ServerHtmlCheck}).
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    const marker = this.hasUpdated ? null : this.getAttribute(SSR_ATTRIBUTE);
    const held = !isServer && marker !== null && serverHtmlCheck?.holds(this, marker);
    return !held && super.shouldUpdate(changed);
  }

  /**
   * On the first update of an element whose HTML the server wrote: without Lit's hydration
   * support loaded first, the server's HTML is replaced, never doubled; with it, the hydrating
   * build keeps that HTML when it says what the element would render now, and otherwise the
   * element renders afresh (see {@link ServerHtmlCheck}).
   */
  protected override update(changed: PropertyValues): void {
    const root = this.shadowRoot;
    const marker = this.getAttribute(SSR_ATTRIBUTE);
    if (!isServer && !this.hasUpdated && marker !== null && root) {
      this.removeAttribute(SSR_ATTRIBUTE);
      if (!('litElementHydrateSupport' in globalThis)) {
        // Lit adopted the styles and would render before the server's nodes: replace them.
        root.replaceChildren();
        this.renderOptions.renderBefore = null;
      } else {
        const state = this.dataSource?.state;
        const fromServer = state?.status === 'ready' && state.source === 'inline';
        this.renderFresh = !!serverHtmlCheck?.renderAfresh(
          this,
          root,
          marker,
          this.locale,
          fromServer,
        );
      }
    }
    if (!this.renderFresh) {
      super.update(changed);
      return;
    }
    // Lit's hydration support would hydrate on the first update; this element renders.
    const value = this.render();
    ReactiveElement.prototype['update'].call(this, changed);
    render(value, this.renderRoot, this.renderOptions);
  }

  /** True once server-written HTML was found stale: the element renders without hydrating. */
  private renderFresh = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // `lang` is read while rendering, so a change of language on the page must re-render.
    watchLanguage(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLanguage(this);
  }

  /** The BCP 47 language the element formats numbers, dates and lists in. */
  protected get locale(): string {
    return nearestLang(this) ?? 'en';
  }

  /**
   * The language to mark the story's own text with: `lang`, the story's, when it differs from
   * the language the element's own words and figures are in, so that each is read in its own
   * language; undefined when they agree or the story does not say.
   */
  protected storyLang(lang: string | undefined): string | undefined {
    if (!lang) return undefined;
    const primary = (tag: string) => tag.split(/[-_]/)[0]?.toLowerCase();
    return primary(lang) === primary(this.locale) ? undefined : lang;
  }

  /**
   * Renders the element's data state: `views.loading` while a story is on its way (the
   * placeholder), `views.ready` with the data and the story's language once it is there (and,
   * under it, the list of dropped values when `lede-debug` or `Lede.debug` asks for it), and
   * for every element alike nothing when there is no data and a short message on an error.
   */
  protected renderStates<T>(
    state: DataState<T>,
    views: { loading(): unknown; ready(value: T, lang: string | undefined): unknown },
  ): unknown {
    switch (state.status) {
      case 'loading':
        return views.loading();
      case 'ready': {
        const ready = views.ready(state.value, state.lang);
        const dropped = this.renderDropped(state.warnings);
        // A page of cards renders one template fewer each when there is no list to add.
        return dropped === nothing ? ready : html`${ready}${dropped}`;
      }
      case 'error':
        return html`<p class="error" part="error" role="alert">${state.detail.message}</p>`;
      case 'empty':
        return nothing;
    }
  }

  /**
   * The list of dropped values, drawn by their own chunk: the data source loads it before the
   * warnings that name a dropped value reach the state (`core/data/outcome.ts`).
   */
  private renderDropped(warnings: readonly Problem[]): TemplateResult | typeof nothing {
    const detail = isDebugging(this.debug) ? droppedDetail() : undefined;
    return detail ? detail.renderDropped(droppedValues(warnings), this.shadowRoot) : nothing;
  }
}
