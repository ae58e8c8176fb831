import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LedeProperties } from '../../core/attributes.js';
import { DataSourceController } from '../../core/data-source.js';
import { LedeElement } from '../../core/lede-element.js';
import { errorMessage } from '../../core/messages.js';
import { selectTeaser, type Teaser } from '../../core/select-teaser.js';
import { validatedTeaser } from '../../core/validated.js';
import { tokens } from '../../core/styles.js';
import { safeUrl } from '../../model/safe-url.js';
import type { Article, ImageObject } from '../../model/types.js';
import { renderStoryMeta } from '../shared/story-meta.js';
import { headingLevel, renderHeading, P, storyElement } from '../shared/heading.js';
import { textPlaceholder } from '../shared/text-placeholder.styles.js';
import { styles } from './article-card.styles.js';

/** The arrangements a card can take. */
export type ArticleCardLayout = 'vertical' | 'horizontal' | 'compact' | 'hero';

const LAYOUTS: readonly ArticleCardLayout[] = ['vertical', 'horizontal', 'compact', 'hero'];

/**
 * `sizes` for each layout. `auto` lets the browser use the rendered width of a lazy image;
 * the rest is the estimate for browsers without it.
 */
const SIZES: Record<Exclude<ArticleCardLayout, 'compact'>, string> = {
  vertical: 'auto, (max-width: 40rem) 100vw, 33vw',
  horizontal: 'auto, (max-width: 40rem) 100vw, 25vw',
  hero: 'auto, 100vw',
};

/** The image a card shows, with everything the `<img>` needs. */
interface CardImage {
  src: string;
  srcset: string | undefined;
  alt: string;
  width: number | undefined;
  height: number | undefined;
}

/**
 * A teaser for a story: image, section, headline linked to the story, dek, dateline and date,
 * source agency, authors and reading time. The whole card is clickable through the headline
 * link, whose accessible name is the headline alone.
 *
 * @summary A story teaser in four layouts: vertical, horizontal, compact and hero.
 * @status stable
 * @since 0.1.0
 *
 * @csspart base - The card's box, an `<article>`.
 * @csspart image - The story's image, an `<img>`.
 * @csspart body - The text beside or under the image.
 * @csspart section - The section label above the headline ("Business").
 * @csspart headline - The headline, a heading of level `heading-level`.
 * @csspart link - The link inside the headline; its `::after` covers the card.
 * @csspart dek - The sentence or two under the headline.
 * @csspart meta - The block holding the byline and the details line.
 * @csspart byline - "By" and the authors' names.
 * @csspart details - The line with the dateline, date, source and reading time.
 * @csspart dateline - The place the story was filed from, verbatim.
 * @csspart date - The publication date, a `<time>` element.
 * @csspart source - The agency that supplied the story.
 * @csspart reading-time - "4 min read".
 * @csspart skeleton - The placeholder shown while the story loads.
 * @csspart error - The message shown when the data cannot be rendered.
 * @csspart dropped - The list of values dropped from the data, shown only with `lede-debug` or `Lede.debug`.
 *
 * @cssproperty --lede-card-background - Background of the card (default transparent; the hero's text panel uses `--lede-color-surface`).
 * @cssproperty --lede-card-padding - Padding inside the card (default 0).
 * @cssproperty --lede-card-gap - Space between the image and the text (default 0.875rem).
 * @cssproperty --lede-card-headline-color - Colour of the headline. Defaults to `--lede-color-text`.
 * @cssproperty --lede-card-headline-lines - Lines the headline is clamped to (default 4; 3 in the compact layout, 6 in the hero).
 * @cssproperty --lede-card-dek-lines - Lines the dek is clamped to (default 3).
 * @cssproperty --lede-card-section-color - Colour of the section label. Defaults to `--lede-color-accent`.
 * @cssproperty --lede-card-image-radius - Corner radius of the image. Defaults to `--lede-radius`.
 * @cssproperty --lede-color-text - Text colour.
 * @cssproperty --lede-color-muted - Colour of the meta line.
 * @cssproperty --lede-color-accent - Colour of the section label.
 * @cssproperty --lede-color-focus - Colour of the focus ring around the card.
 * @cssproperty --lede-font-serif - Font of the headline.
 * @cssproperty --lede-font-sans - Font of the section, dek and meta line.
 * @cssproperty --lede-radius - Corner radius.
 *
 * @event lede-load - The card rendered a story; `detail.source` tells where its data came from, `detail.warnings` lists each value dropped (or unknown field kept) with its path.
 * @event lede-error - The data could not be rendered; `detail` has the cause, the visible message and the validation problems with their paths.
 */
export class LedeArticleCard extends LedeElement {
  static override styles = [tokens, textPlaceholder, styles];

  static override get properties(): LedeProperties {
    return {
      article: { attribute: false },
      layout: { reflect: true },
      noImage: { type: Boolean, reflect: true, attribute: 'no-image' },
      headingLevel: { type: Number, attribute: 'heading-level' },
      headline: { block: 'headline' },
      href: { block: 'url' },
      dek: { block: 'description' },
      section: { block: 'articleSection' },
      image: { block: 'image.0.url' },
      imageAlt: { attribute: 'image-alt', block: { to: 'image.0.alt', adds: 'image' } },
      date: { block: 'datePublished' },
      dateline: { block: 'dateline' },
      source: { block: 'sourceOrganization' },
      author: { block: { to: 'author', read: 'list', separator: ';' } },
      failedImage: { state: true, attribute: false },
    };
  }

  /** The story to show. Takes precedence over every other source. */
  article?: Article;

  /** `vertical` (default), `horizontal`, `compact` (no image) or `hero`. */
  layout: ArticleCardLayout = 'vertical';

  /**
   * Shows no image, even when the story has one: a card of text only. A page that knows its
   * story has no image says so, and the card's loading placeholder, and the space `lede.css`
   * reserves, leave the image out too, so the page does not shift when the story arrives.
   */
  noImage = false;

  /** Level of the headline in the page's outline, 2 to 6. */
  headingLevel = 3;

  /** The headline, for hand-written cards. */
  headline?: string;

  /** URL of the story, for hand-written cards. */
  href?: string;

  /** The dek, for hand-written cards. */
  dek?: string;

  /** The section label, for hand-written cards. */
  section?: string;

  /** URL of the image, for hand-written cards. */
  image?: string;

  /** Text alternative of the image; without it the image is treated as decorative. */
  imageAlt?: string;

  /** Publication date (ISO 8601), for hand-written cards. */
  date?: string;

  /** The place the story was filed from, for hand-written cards. */
  dateline?: string;

  /** The agency that supplied the story, for hand-written cards. */
  source?: string;

  /** Author names, separated by semicolons, for hand-written cards. */
  author?: string;

  /** The image URL that failed to load, so the card drops it instead of showing a broken box. */
  private failedImage?: string;

  private readonly data = new DataSourceController<Teaser>(this, {
    property: () => this.article,
    attributes: () => this.attributeBlock({}),
    select: (document) => validatedTeaser(document) ?? selectTeaser(document),
    message: errorMessage,
  });

  override render() {
    return this.renderStates(this.data.state, {
      loading: () => this.renderSkeleton(),
      ready: (teaser) => this.renderCard(teaser),
    });
  }

  private get currentLayout(): ArticleCardLayout {
    return LAYOUTS.includes(this.layout) ? this.layout : 'vertical';
  }

  /** Whether the card leaves out the image: the compact layout always does. */
  private get textOnly(): boolean {
    return this.noImage || this.currentLayout === 'compact';
  }

  private renderCard({ article, readingMinutes }: Teaser) {
    const layout = this.currentLayout;
    const image = this.textOnly ? undefined : cardImage(article.image);
    const shown = image && image.src !== this.failedImage ? image : undefined;
    const url = safeUrl(article.url);
    const textLang = this.storyLang(article.inLanguage);
    return html`
      <div class="root">
        <article part="base" class="card ${layout}${shown ? ' has-image' : ''}">
          ${shown ? this.renderImage(shown, layout) : nothing}
          <div part="body" class="body">
            ${
              article.articleSection
                ? storyElement(P, article.articleSection, { part: 'section', lang: textLang })
                : nothing
            }
            ${this.renderHeadline(article.headline, url, textLang)}
            ${
              article.description
                ? storyElement(P, article.description, { part: 'dek', lang: textLang })
                : nothing
            }
            ${renderStoryMeta(article, this.locale, readingMinutes)}
          </div>
        </article>
      </div>
    `;
  }

  private renderImage(image: CardImage, layout: ArticleCardLayout) {
    const sized = image.width !== undefined && image.height !== undefined;
    return html`<img
      part="image"
      class="image${sized ? '' : ' default-ratio'}"
      src=${image.src}
      srcset=${ifDefined(image.srcset)}
      sizes=${ifDefined(image.srcset ? SIZES[layout as keyof typeof SIZES] : undefined)}
      alt=${image.alt}
      width=${ifDefined(sized ? image.width : undefined)}
      height=${ifDefined(sized ? image.height : undefined)}
      loading="lazy"
      decoding="async"
      @error=${() => (this.failedImage = image.src)}
    />`;
  }

  private renderHeadline(headline: string, url: string | undefined, lang: string | undefined) {
    const content = url ? html`<a part="link" class="link" href=${url}>${headline}</a>` : headline;
    return renderHeading(headingLevel(this.headingLevel, 3), content, { part: 'headline', lang });
  }

  /** The loading placeholder: one bar a line, in the type of each part it stands for. */
  private renderSkeleton() {
    const layout = this.currentLayout;
    const bar = (part: string) =>
      html`<div class="skeleton skeleton-text skeleton-line ${part}"></div>`;
    const textOnly = this.textOnly;
    return html`
      <div class="root">
        <div part="skeleton" class="card ${layout}${textOnly ? '' : ' has-image'}" aria-busy="true">
          <span class="visually-hidden">${msg('Loading')}</span>
          ${
            textOnly
              ? nothing
              : html`<div class="skeleton skeleton-image" aria-hidden="true"></div>`
          }
          <div class="body" aria-hidden="true">
            ${bar('section')} ${bar('headline')} ${layout === 'compact' ? nothing : bar('dek')}
            <div class="meta">${bar('byline')} ${bar('details')}</div>
          </div>
        </div>
      </div>
    `;
  }
}

/**
 * The first image with a safe URL, and a `srcset` when the data offers the same picture at
 * several widths (entries whose shape differs from the first one are other crops, not
 * candidates).
 */
function cardImage(images: ImageObject[] | undefined): CardImage | undefined {
  const usable: (ImageObject & { url: string })[] = [];
  for (const image of images ?? []) {
    const url = safeUrl(image.url);
    if (url) usable.push({ ...image, url });
  }
  const primary = usable[0];
  if (!primary) return undefined;
  const ratio = aspectRatio(primary);
  const byWidth = new Map<number, string>();
  for (const image of usable) {
    const width = image.width;
    if (!width || byWidth.has(width)) continue;
    const other = aspectRatio(image);
    if (ratio && other && Math.abs(other - ratio) > ratio * 0.02) continue;
    // A URL in srcset ends at whitespace and may not end with a comma.
    if (/,$/.test(image.url)) continue;
    byWidth.set(width, image.url.replace(/\s/g, encodeURIComponent));
  }
  const srcset =
    byWidth.size > 1
      ? [...byWidth]
          .sort(([a], [b]) => a - b)
          .map(([width, url]) => `${url} ${width}w`)
          .join(', ')
      : undefined;
  const sized = Boolean(primary.width && primary.height);
  return {
    src: primary.url,
    srcset,
    alt: primary.alt ?? '',
    width: sized ? primary.width : undefined,
    height: sized ? primary.height : undefined,
  };
}

function aspectRatio(image: ImageObject): number | undefined {
  return image.width && image.height ? image.width / image.height : undefined;
}
