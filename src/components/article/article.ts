import { msg } from '@lit/localize';
import { html, isServer, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LedeProperties } from '../../core/attributes.js';
import { DataSourceController, type Selection } from '../../core/data-source.js';
import { LedeElement } from '../../core/lede-element.js';
import { languageDirection } from '../../core/locale.js';
import { errorMessage } from '../../core/messages.js';
import { serverRender } from '../../core/server-render.js';
import { selectArticle } from '../../core/select-article.js';
import { readingMinutes } from '../../core/select-teaser.js';
import { tokens } from '../../core/styles.js';
import { markValidated, validatedArticle } from '../../core/validated.js';

import { safeUrl } from '../../model/safe-url.js';
import type {
  Article,
  Block,
  EmbedBlock,
  HeadingBlock,
  ImageObject,
  LinksBlock,
  ListBlock,
  ListItem,
  StatBlock,
} from '../../model/types.js';
import { renderInline } from '../shared/inline.js';
import { renderStoryMeta } from '../shared/story-meta.js';
import { hideBrokenImage } from '../shared/hide-broken-image.js';
import { headingLevel, renderHeading } from '../shared/heading.js';
import { styles } from './article.styles.js';

/** Body blocks as laid out: consecutive stats share one row. */
type Segment = Block | { type: 'stat-row'; stats: StatBlock[] };

/**
 * The whole story: its header (section, headline, dek, byline, dateline · agency · date), the
 * lead image with caption and credit, every body block in order — paragraphs with their inline
 * markup, headings, quotes as `lede-pull-quote`, statistics as `lede-stat-badge` (consecutive
 * ones in a row), groups of people as `lede-delegation-list`, lists, images, related links as
 * `lede-related-links`, embeds as a safe link card — and the related stories at the end.
 *
 * Register it with its define entry, which also registers the elements it is made of.
 *
 * @summary A whole news story, laid out for reading.
 * @status stable
 * @since 0.1.0
 *
 * @csspart base - The `article` around everything.
 * @csspart header - The story's header.
 * @csspart section - The section name above the headline.
 * @csspart headline - The headline.
 * @csspart dek - The sentence or two under the headline.
 * @csspart meta - The byline and details lines.
 * @csspart byline - "By …".
 * @csspart details - Dateline, date and agency.
 * @csspart dateline - The place the story was filed from.
 * @csspart date - The publication date, a `<time>` element.
 * @csspart source - The agency that supplied the story.
 * @csspart lead-image - The lead image's `figure`.
 * @csspart body - The story's body.
 * @csspart paragraph - A paragraph of the body.
 * @csspart subheading - A heading inside the body.
 * @csspart list - A list in the body.
 * @csspart figure - An image in the body, with its caption.
 * @csspart caption - An image's caption and credit.
 * @csspart stats - A row of statistics.
 * @csspart embed - The link card that stands for embedded content.
 * @csspart error - The message shown when the data cannot be rendered.
 * @csspart dropped - The list of values dropped from the data, shown only with `lede-debug` or `Lede.debug`.
 *
 * @cssproperty --lede-article-measure - Width of the text column (default 40rem).
 * @cssproperty --lede-article-headline-size - Size of the headline (default: three steps up the type scale).
 * @cssproperty --lede-color-text - Text colour.
 * @cssproperty --lede-color-muted - Colour of meta lines and captions.
 * @cssproperty --lede-color-accent - Colour of the section name and rules.
 * @cssproperty --lede-font-serif - Font of the headline and body text.
 * @cssproperty --lede-font-sans - Font of the meta lines and captions.
 *
 * @event lede-load - The story rendered; `detail.source` tells where its data came from, `detail.warnings` lists each value dropped (or unknown field kept) with its path.
 * @event lede-error - The data could not be rendered; `detail` has the cause, the visible message and the validation problems with their paths.
 */
export class LedeArticle extends LedeElement {
  static override styles = [tokens, styles];

  static override get properties(): LedeProperties {
    return {
      article: { attribute: false },
      headingLevel: { type: Number, attribute: 'heading-level' },
      emitJsonld: { type: Boolean, attribute: 'emit-jsonld' },
    };
  }

  /** The story to show. Takes precedence over every other source. */
  article?: Article;

  /**
   * Level of the headline, 1–6 (default 1: the story is the page's main content); headings in
   * the body and in the elements inside follow from it.
   */
  headingLevel = 1;

  /**
   * Writes the story as schema.org NewsArticle JSON-LD into the page (a
   * `<script type="application/ld+json" data-lede-emitted>` inside the element), so search
   * engines read the same facts the reader sees.
   */
  emitJsonld = false;

  /** The article whose JSON-LD is in the page, so it is written once per story. */
  private emitted?: Article;

  private readonly data = new DataSourceController<Article>(this, {
    property: () => this.article,
    attributes: () => undefined,
    select: (document) => validatedArticle(document) ?? validateOnce(document),
    message: errorMessage,
  });

  override render() {
    return this.renderStates(this.data.state, {
      loading: () => this.renderSkeleton(),
      ready: (article) => this.renderArticle(article),
    });
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // The elements inside report to this one: the page hears one lede-load per story, not one
    // per quote, figure and box.
    const keepInside = (event: Event) => event.stopPropagation();
    root.addEventListener('lede-load', keepInside);
    root.addEventListener('lede-error', keepInside);
    return root;
  }

  override updated(): void {
    const { state } = this.data;
    if (this.emitJsonld && state.status === 'ready') {
      void this.emitStructuredData(state.value);
    } else if (this.emitted) {
      this.emitted = undefined;
      this.querySelector(':scope > script[data-lede-emitted]')?.remove();
    }
  }

  /** Loads the exporter (a separate chunk) and writes or replaces the JSON-LD script. */
  private async emitStructuredData(article: Article): Promise<void> {
    if (this.emitted === article) return;
    this.emitted = article;
    try {
      const { toJsonLd } = await import('../../adapters/to-jsonld.js');
      if (this.emitted !== article) return;
      // `<` escaped so the JSON stays inert even if the page is serialized back to HTML.
      const json = JSON.stringify(toJsonLd(article)).replace(/</g, '\\u003c');
      let script = this.querySelector<HTMLScriptElement>(':scope > script[data-lede-emitted]');
      if (!script) {
        script = document.createElement('script');
        script.type = 'application/ld+json';
        script.dataset.ledeEmitted = '';
        this.append(script);
      }
      // A text node, not `textContent`: JSON-LD is data, and this path needs no Trusted Types
      // policy for script text.
      script.replaceChildren(document.createTextNode(json));
    } catch (error) {
      console.warn('<lede-article>: the JSON-LD could not be written.', error);
    }
  }

  private get level(): number {
    return headingLevel(this.headingLevel, 1);
  }

  private renderArticle(article: Article) {
    const server = isServer ? serverRender() : undefined;
    // The elements inside, rendered next on the server, format in the story's language as
    // they do in the browser, where they find it on the <article> below.
    if (server) server.innerLang = article.inLanguage || undefined;
    const lead = article.image?.[0];
    // Made of the validated story alone, so the box renders it without validating it again.
    const related = markValidated<LinksBlock>({
      type: 'links',
      title: msg('Related stories'),
      items: article.related ?? [],
    });
    return html`
      <article
        part="base"
        class="article"
        lang=${ifDefined(article.inLanguage || undefined)}
        dir=${ifDefined(languageDirection(article.inLanguage))}
      >
        <header part="header" class="header">
          ${
            article.articleSection
              ? html`<p part="section" class="section">${article.articleSection}</p>`
              : nothing
          }
          ${renderHeading(this.level, article.headline, { part: 'headline' })}
          ${
            article.description
              ? html`<p part="dek" class="dek">${article.description}</p>`
              : nothing
          }
          ${renderStoryMeta(article, article.inLanguage || this.locale, readingMinutes(article))}
        </header>
        ${lead ? this.renderFigure(lead, 'lead-image') : nothing}
        <div part="body" class="body">
          ${segments(article.body ?? []).map((segment) => this.renderSegment(segment))}
        </div>
        ${
          related.items.length
            ? html`<lede-related-links
                class="related"
                heading-level=${Math.min(6, this.level + 1)}
                .links=${related}
              ></lede-related-links>`
            : nothing
        }
      </article>
    `;
  }

  private renderSegment(segment: Segment): TemplateResult | typeof nothing {
    const inner = Math.min(6, this.level + 1);
    switch (segment.type) {
      case 'paragraph':
        return html`<p part="paragraph" class="paragraph">${renderInline(segment)}</p>`;
      case 'heading':
        return renderHeading(this.subheadingLevel(segment), renderInline(segment), {
          part: 'subheading',
        });
      case 'quote':
        return html`<lede-pull-quote
          class="quote ${segment.variant ?? 'block'}"
          alignment=${segment.variant === 'pull' ? 'supporting' : 'inline'}
          .quote=${segment}
        ></lede-pull-quote>`;
      case 'stat-row':
        return html`<div part="stats" class="stats">
          ${segment.stats.map((stat) => html`<lede-stat-badge .stat=${stat}></lede-stat-badge>`)}
        </div>`;
      case 'stat':
        return nothing; // stats are always gathered into rows by segments()
      case 'people':
        return html`<lede-delegation-list
          class="wide"
          heading-level=${inner}
          .people=${segment}
        ></lede-delegation-list>`;
      case 'list':
        return renderList(segment);
      case 'links':
        return html`<lede-related-links
          class="inline-links"
          heading-level=${inner}
          .links=${segment}
        ></lede-related-links>`;
      case 'image':
        return this.renderFigure(segment, 'figure');
      case 'embed':
        return renderEmbed(segment);
    }
  }

  /** A body heading's level, counted from the headline's: level 2 sits just under it. */
  private subheadingLevel(block: HeadingBlock): number {
    return Math.min(6, this.level + (block.level ?? 2) - 1);
  }

  private renderFigure(image: ImageObject, part: 'lead-image' | 'figure') {
    const src = safeUrl(image.url);
    if (!src) return nothing;
    const caption = [image.caption, image.creditText].filter(Boolean);
    return html`<figure part=${part} class="figure ${part}">
      <img
        src=${src}
        alt=${image.alt ?? ''}
        width=${ifDefined(image.width)}
        height=${ifDefined(image.height)}
        loading=${part === 'lead-image' ? 'eager' : 'lazy'}
        decoding="async"
        @error=${hideBrokenImage}
      />
      ${
        caption.length
          ? html`<figcaption part="caption" class="caption">
              ${image.caption ?? nothing}
              ${image.creditText ? html`<span class="credit">${image.creditText}</span>` : nothing}
            </figcaption>`
          : nothing
      }
    </figure>`;
  }

  private renderSkeleton() {
    return html`
      <div part="base" class="article" aria-busy="true">
        <span class="visually-hidden">${msg('Loading')}</span>
        <div class="skeleton skeleton-section"></div>
        <div class="skeleton skeleton-headline"></div>
        <div class="skeleton skeleton-headline short"></div>
        <div class="skeleton skeleton-line"></div>
        <div class="skeleton skeleton-line"></div>
        <div class="skeleton skeleton-line short"></div>
      </div>
    `;
  }
}

/**
 * Validates the story once: its blocks then go to the elements inside marked validated, and
 * frozen, and they render them without validating them again.
 */
function validateOnce(document: unknown): Selection<Article> {
  const selection = selectArticle(document);
  if (selection.ok) markValidated(selection.value);
  return selection;
}

/** Gathers consecutive stat blocks into rows; other blocks stay as they are. */
function segments(body: Block[]): Segment[] {
  const out: Segment[] = [];
  for (const block of body) {
    const last = out.at(-1);
    if (block.type !== 'stat') out.push(block);
    else if (last?.type === 'stat-row') last.stats.push(block);
    else out.push({ type: 'stat-row', stats: [block] });
  }
  return out;
}

function renderList(list: ListBlock | ListItem): TemplateResult {
  const items = list.items ?? [];
  const content = items.map(
    (item) =>
      html`<li>${renderInline(item)}${item.items?.length ? renderList(item) : nothing}</li>`,
  );
  return 'ordered' in list && list.ordered
    ? html`<ol part="list" class="list">
        ${content}
      </ol>`
    : html`<ul part="list" class="list">
        ${content}
      </ul>`;
}

/** Embedded content as a link card: never a live frame, and plain text without a safe URL. */
function renderEmbed(embed: EmbedBlock): TemplateResult {
  const url = safeUrl(embed.url);
  const title = embed.title || embed.provider || embed.url;
  const provider = embed.provider ? html`<span class="provider">${embed.provider}</span>` : nothing;
  const description = embed.description
    ? html`<span class="description">${embed.description}</span>`
    : nothing;
  const inner = html`${provider}<span class="embed-title">${title}</span>${description}`;
  return url
    ? html`<a part="embed" class="embed" href=${url} rel="noopener">${inner}</a>`
    : html`<div part="embed" class="embed">${inner}</div>`;
}
