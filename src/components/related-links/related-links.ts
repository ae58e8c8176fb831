import { msg } from '@lit/localize';
import { html, isServer, nothing } from 'lit';
import type { LedeProperties } from '../../core/attributes.js';
import { DataSourceController, type Selection } from '../../core/data-source.js';
import { LedeElement } from '../../core/lede-element.js';
import { errorMessage } from '../../core/messages.js';
import { droppedValues } from '../../core/debug.js';
import { thenProblems } from '../../core/select.js';
import { selectArticle } from '../../core/select-article.js';
import { selectBlock } from '../../core/select-block.js';
import { tokens } from '../../core/styles.js';
import { validatedArticle } from '../../core/validated.js';
import { validatedBlock } from '../../core/validated-block.js';
import { LINKS } from '../../model/block-shapes.js';
import { safeUrl } from '../../model/safe-url.js';
import type { Article, LinksBlock, RelatedLink } from '../../model/types.js';
import { hideBrokenImage } from '../shared/hide-broken-image.js';
import { headingLevel, renderHeading } from '../shared/heading.js';
import { styles } from './related-links.styles.js';

/** The box as rendered: its title (when the data gives one) and its stories. */
interface RelatedBox {
  title?: string | undefined;
  items: RelatedLink[];
}

/**
 * The "Also Read" box: a titled list of related stories, each with its headline, and its
 * description and image when the data has them. A story without a safe URL is shown as text,
 * never as a dead link.
 *
 * From a whole article it shows, unless `block-id` or `index` picks one `links` block, the
 * article's `related` stories followed by the stories of all its `links` blocks. Written by
 * hand, the links inside the tag are the stories, so they stay usable before the element loads:
 * `<lede-related-links heading="Also Read"><a href="/a">A story</a></lede-related-links>`.
 *
 * @summary The "Also Read" box: related stories with headline, description and image.
 * @status stable
 * @since 0.1.0
 *
 * @csspart base - The `section` around the box. It is deliberately not a named landmark, so that
 *   several boxes on one page do not give screen readers a list of identical regions.
 * @csspart title - The box's heading, "Also Read" by default.
 * @csspart list - The list of stories.
 * @csspart item - One story.
 * @csspart link - A story's headline, when it has a safe URL.
 * @csspart headline - A story's headline, linked or not.
 * @csspart description - A story's description.
 * @csspart image - A story's image.
 * @csspart error - The message shown when the data cannot be rendered.
 * @csspart dropped - The list of values dropped from the data, shown only with `lede-debug` or `Lede.debug`.
 *
 * @cssproperty --lede-related-accent - Colour of the box's top rule and title. Defaults to `--lede-color-accent`.
 * @cssproperty --lede-related-background - Background of the box. Defaults to `--lede-color-subtle`.
 * @cssproperty --lede-related-image-size - Width of a story's thumbnail (default 5.5rem).
 * @cssproperty --lede-color-text - Text colour.
 * @cssproperty --lede-color-muted - Colour of descriptions.
 * @cssproperty --lede-color-link - Colour of headlines that link.
 * @cssproperty --lede-font-serif - Font of the headlines.
 * @cssproperty --lede-font-sans - Font of the title and descriptions.
 *
 * @event lede-load - The box rendered; `detail.source` tells where its data came from, `detail.warnings` lists each value dropped (or unknown field kept) with its path.
 * @event lede-error - The data could not be rendered; `detail` has the cause, the visible message and the validation problems with their paths.
 */
export class LedeRelatedLinks extends LedeElement {
  static override styles = [tokens, styles];

  static override get properties(): LedeProperties {
    return {
      links: { attribute: false },
      article: { attribute: false },
      blockId: { attribute: 'block-id' },
      index: { type: Number },
      heading: { block: 'title' },
      headingLevel: { type: Number, attribute: 'heading-level' },
    };
  }

  /** The box to show, as a `links` block. Takes precedence over every other source. */
  links?: LinksBlock;

  /** A whole article whose related stories to show. */
  article?: Article;

  /** The `id` of one `links` block to show when the data is a whole article. */
  blockId?: string;

  /** Position of one `links` block to show among the article's links blocks, from 0. */
  index?: number;

  /** The box's title for hand-written tags, and the title when the data has none. */
  heading?: string;

  /** Level of the box's title, 1–6 (default 2), to fit the page's outline. */
  headingLevel = 2;

  private readonly data = new DataSourceController<RelatedBox>(this, {
    property: () => this.links ?? this.article,
    attributes: () => this.linksFromChildren(),
    select: (document) => this.select(document),
    message: errorMessage,
    pick: () => `${this.blockId ?? ''}|${this.index ?? ''}`,
  });

  override render() {
    return this.renderStates(this.data.state, {
      loading: () => this.renderSkeleton(),
      ready: (box) => this.renderBox(box),
    });
  }

  private renderBox(box: RelatedBox) {
    if (box.items.length === 0) return nothing;
    const title = box.title || this.heading || msg('Also read');
    return html`
      <section part="base" class="box">
        ${renderHeading(headingLevel(this.headingLevel, 2), title, { part: 'title' })}
        <ul part="list" class="list">
          ${box.items.map((item) => this.renderItem(item))}
        </ul>
      </section>
    `;
  }

  private renderItem(item: RelatedLink) {
    const url = safeUrl(item.url);
    const image = safeUrl(item.image?.url);
    const headline = url
      ? html`<a part="link headline" class="headline link" href=${url}>${item.headline}</a>`
      : html`<span part="headline" class="headline">${item.headline}</span>`;
    return html`
      <li part="item" class="item">
        <div class="text">
          ${headline}
          ${
            item.description
              ? html`<p part="description" class="description">${item.description}</p>`
              : nothing
          }
        </div>
        ${
          image
            ? html`<img
                part="image"
                class="image"
                src=${image}
                alt=${item.image?.alt ?? ''}
                loading="lazy"
                decoding="async"
                @error=${hideBrokenImage}
              />`
            : nothing
        }
      </li>
    `;
  }

  private renderSkeleton() {
    const headline = html`<div class="skeleton-item">
      <div class="skeleton skeleton-line"></div>
      <div class="skeleton skeleton-line short"></div>
    </div>`;
    return html`
      <div class="skeleton-frame">
        <div part="base" class="box" aria-busy="true">
          <span class="visually-hidden">${msg('Loading')}</span>
          <div class="skeleton skeleton-title" aria-hidden="true"></div>
          <div aria-hidden="true">${headline}${headline}</div>
        </div>
      </div>
    `;
  }

  /** A links block, or a whole article's related stories and links blocks. */
  private select(document: unknown): Selection<RelatedBox> {
    const picked = this.blockId !== undefined || this.index !== undefined;
    if (picked || isLinksBlock(document)) {
      const pick = { id: this.blockId, index: this.index };
      return (
        validatedBlock<LinksBlock>(document, 'links', pick) ??
        selectBlock<LinksBlock>(document, LINKS, pick)
      );
    }
    const result = validatedArticle(document) ?? selectArticle(document);
    if (!result.ok) return result;
    const blocks = (result.value.body ?? []).filter((b): b is LinksBlock => b.type === 'links');
    const items = [...(result.value.related ?? []), ...blocks.flatMap((block) => block.items)];
    if (items.length === 0 && offersLinks(document)) {
      // Links were given but none could be used: that is an error, not a story without links.
      const none = { path: 'related', message: 'has no link with a headline' };
      const problems = thenProblems(result.warnings, (found) => [none, ...droppedValues(found)]);
      return { ok: false, cause: 'invalid', problems };
    }
    return { ok: true, value: { title: blocks[0]?.title, items }, warnings: result.warnings };
  }

  /** Stories written by hand as links inside the tag, or undefined when there are none. */
  private linksFromChildren(): object | undefined {
    // The server renderer gives an element no children: written links are read in the browser.
    if (isServer) return undefined;
    const anchors = [...this.querySelectorAll('a')];
    if (anchors.length === 0) return undefined;
    const items = anchors.map((anchor) => {
      const item: RelatedLink = { headline: anchor.textContent?.trim() ?? '' };
      const href = anchor.getAttribute('href');
      if (href) item.url = href;
      return item;
    });
    // The links make the block; the `heading` attribute gives its title.
    return { ...this.attributeBlock({}), type: 'links', items };
  }
}

/** Whether an article has `related` stories or a `links` block, usable or not. */
function offersLinks(article: unknown): boolean {
  const { related, body } = article as { related?: unknown; body?: unknown };
  if (related !== undefined) return true;
  const blocks = Array.isArray(body) ? (body as unknown[]) : [body];
  return blocks.some(isLinksBlock);
}

function isLinksBlock(document: unknown): boolean {
  return (document as { type?: unknown } | null)?.type === 'links';
}
