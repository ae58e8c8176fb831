/**
 * Renders a story to HTML in Node: declarative shadow DOM written by Lit's own server renderer,
 * with the validated story inside the element as inline JSON, so that the browser shows the
 * story before any script and the elements hydrate it without loading anything.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, literal, type StaticValue } from 'lit/static-html.js';
import '../lede.js';
import { toArticle } from '../adapters/to-article.js';
import { mayNeedAdapter } from '../core/foreign-format.js';
import { languageDirection } from '../core/locale.js';
import { ssrMarker, withServerRender, type ServerRender } from '../core/server-render.js';
import { markValidated } from '../core/validated.js';
import { VERSION } from '../core/version.js';
import { escapeHtml } from '../model/escape-html.js';
import type { Article } from '../model/types.js';
import * as fullValidator from '../model/validate.js';
import { validateArticle, formatProblem, type Problem } from '../model/validate.js';
import { explainWith } from '../core/select.js';
import { appendChildren, jsonScript } from './html.js';
import { prepareLocale } from './localize.js';

// Elements rendered here explain their problems at once: a render cannot wait for a chunk.
explainWith(fullValidator);

/** The elements the server renders, each given the whole story. */
export type LedeElementName =
  | 'lede-article'
  | 'lede-article-card'
  | 'lede-pull-quote'
  | 'lede-stat-badge'
  | 'lede-delegation-list'
  | 'lede-related-links';

/** The tag of each element, as a static part of the template (never text from the caller). */
const TAGS: Readonly<Record<LedeElementName, StaticValue>> = {
  'lede-article': literal`lede-article`,
  'lede-article-card': literal`lede-article-card`,
  'lede-pull-quote': literal`lede-pull-quote`,
  'lede-stat-badge': literal`lede-stat-badge`,
  'lede-delegation-list': literal`lede-delegation-list`,
  'lede-related-links': literal`lede-related-links`,
};

/** The names {@link renderArticle} accepts as `element`. */
export const LEDE_ELEMENTS = Object.keys(TAGS) as LedeElementName[];

export interface RenderOptions {
  /** The element to render (default `lede-article`). */
  element?: LedeElementName | undefined;
  /**
   * The page's language, BCP 47 (default `en`): figures, dates and lists are formatted in it
   * and the elements' own words translated into it when Lede has a translation. Written on the
   * element as `lang`, so the browser renders in the same language when it hydrates.
   */
  lang?: string | undefined;
  /** Writing direction of the element; by default the direction of `lang`. */
  dir?: 'ltr' | 'rtl' | undefined;
  /** `light` or `dark`; by default the reader's preference. */
  theme?: 'light' | 'dark' | undefined;
  /** Picks a block by its `id` (pull quote, stat badge, delegation list, related links). */
  blockId?: string | undefined;
  /** Picks the block at this position among the blocks of its type, from 0. */
  index?: number | undefined;
  /** The card's layout: `vertical`, `horizontal`, `compact` or `hero`. */
  layout?: string | undefined;
  /** A card without its image. */
  noImage?: boolean | undefined;
  /** The level of the element's heading in the page's outline. */
  headingLevel?: number | undefined;
  /** The pull quote's variant, `pull` or `block`. */
  variant?: string | undefined;
  /** The pull quote's alignment: `inline`, `supporting` or `showcase`. */
  alignment?: string | undefined;
  /** The stat badge's size (`s`, `m`, `l`) and notation (`standard`, `compact`). */
  size?: string | undefined;
  notation?: string | undefined;
  /** The stat badge counts up once in view, after hydration. */
  animate?: boolean | undefined;
  /** How many members the delegation list shows before "Show all". */
  threshold?: number | undefined;
  /** Writes the story as schema.org JSON-LD inside the article, for search engines. */
  emitJsonld?: boolean | undefined;
  /**
   * Where the CDN build's files are (`lede.css`, `lede-hydrate.js`), ending with `/`; by
   * default this version on jsDelivr.
   */
  assets?: string | undefined;
}

/** What {@link renderArticle} returns. */
export interface RenderResult {
  /**
   * The element with its declarative shadow DOM and the validated story as an inline
   * `<script type="application/json">` child, which it hydrates from.
   */
  html: string;
  /** The tags the page's `<head>` should hold: lede.css, and the hydrating script. */
  head: string;
  /** The story as rendered: converted and validated. */
  article: Article;
  /** What was dropped from the document on the way, with paths. */
  warnings: Problem[];
}

/** A document that cannot be rendered: `problems` name each reason with its path. */
export class LedeRenderError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `the story cannot be rendered:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
    );
    this.name = 'LedeRenderError';
  }
}

const DEFAULT_ASSETS = `https://cdn.jsdelivr.net/npm/lede-elements@${VERSION}/dist/cdn/`;

/**
 * Renders a story as one Lede element. `document` is a Lede article or a story in any format
 * the adapters read (schema.org JSON-LD, Arc XP ANS, IPTC ninjs, Apple News Format); it is
 * converted and validated first. An unusable document rejects with a {@link LedeRenderError}
 * whose problems carry the same paths the elements report; nothing is half written.
 */
export async function renderArticle(
  document: unknown,
  options: RenderOptions = {},
): Promise<RenderResult> {
  const element = options.element ?? 'lede-article';
  if (!(element in TAGS)) {
    throw new LedeRenderError([
      { path: '', message: `"${element}" is not one of ${LEDE_ELEMENTS.join(', ')}` },
    ]);
  }
  const { article, warnings } = readStory(document);
  const lang = options.lang?.trim() || 'en';
  const messageLocale = await prepareLocale(lang);
  // From here on everything is synchronous: no other render can run in between.
  const context: ServerRender = { lang, messageLocale, failures: [], warnings: [] };
  // A frozen copy marked validated: the elements render it without validating it again, so
  // each problem is reported once, by `readStory`.
  const validated = markValidated(structuredClone(article));
  const rendered = withServerRender(context, () =>
    collectResultSync(render(template(element, validated, lang, messageLocale, options))),
  );
  const problems = context.failures.flatMap((failure) =>
    failure.problems.length ? failure.problems : [{ path: '', message: failure.message }],
  );
  if (problems.length) throw new LedeRenderError(problems);
  const children = [
    jsonScript(article, 'application/json'),
    options.emitJsonld && element === 'lede-article' ? await structuredData(article) : '',
  ].join('');
  return {
    html: appendChildren(withoutOuterMarkers(rendered, element), element, children),
    head: headTags(options.assets ?? DEFAULT_ASSETS),
    article,
    warnings: [...warnings, ...context.warnings],
  };
}

/** The document as a valid Article, or the problems that stop it. */
function readStory(document: unknown): { article: Article; warnings: Problem[] } {
  if (!mayNeedAdapter(document)) {
    const result = validateArticle(document);
    if (!result.ok) throw new LedeRenderError(result.errors);
    return { article: result.value, warnings: result.warnings };
  }
  const result = toArticle(document);
  if (!result.ok) throw new LedeRenderError([{ path: '', message: result.message }]);
  return result.conversion;
}

function template(
  element: LedeElementName,
  article: Article,
  lang: string,
  messageLocale: string,
  o: RenderOptions,
) {
  const tag = TAGS[element];
  // The tag is one of the static literals above, which the linter cannot see through.
  /* eslint-disable lit/binding-positions, lit/no-invalid-html */
  return html`<${tag}
    lang=${lang}
    dir=${o.dir ?? languageDirection(lang) ?? 'ltr'}
    lede-ssr=${ssrMarker(lang, messageLocale)}
    theme=${ifDefined(o.theme)}
    block-id=${ifDefined(o.blockId)}
    index=${ifDefined(o.index)}
    layout=${ifDefined(o.layout)}
    ?no-image=${o.noImage === true}
    heading-level=${ifDefined(o.headingLevel)}
    variant=${ifDefined(o.variant)}
    alignment=${ifDefined(o.alignment)}
    size=${ifDefined(o.size)}
    notation=${ifDefined(o.notation)}
    ?animate=${o.animate === true}
    threshold=${ifDefined(o.threshold)}
    ?emit-jsonld=${o.emitJsonld === true}
    .article=${article}
  ></${tag}>`;
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
}

/** The JSON-LD script `emit-jsonld` writes in the browser, written here already. */
async function structuredData(article: Article): Promise<string> {
  const { toJsonLd } = await import('../adapters/to-jsonld.js');
  return jsonScript(toJsonLd(article), 'application/ld+json', ' data-lede-emitted');
}

/**
 * The element without the markers of the template around it, which nothing hydrates (the
 * element hydrates its own shadow root), and with its opening tag on one line.
 */
function withoutOuterMarkers(rendered: string, element: LedeElementName): string {
  const start = rendered.indexOf(`<${element}`);
  const end = rendered.lastIndexOf(`</${element}>`) + `</${element}>`.length;
  const body = rendered.slice(start, end);
  const openEnd = body.indexOf('<template');
  // Attribute values are quoted, and quotes in them escaped, by Lit: names and values pair up.
  const attributes = body
    .slice(element.length + 1, body.lastIndexOf('>', openEnd))
    .match(/[^\s=]+(="[^"]*")?/g);
  return `<${element} ${(attributes ?? []).join(' ')}>${body.slice(openEnd)}`;
}

function headTags(assets: string): string {
  const base = escapeHtml(assets);
  return [
    `<link rel="stylesheet" href="${base}lede.css">`,
    `<link rel="modulepreload" href="${base}lede-hydrate.js">`,
    `<script type="module" src="${base}lede-hydrate.js"></script>`,
  ].join('\n');
}
