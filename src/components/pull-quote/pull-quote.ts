import { msg, str } from '@lit/localize';
import { html, isServer, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LedeProperties } from '../../core/attributes.js';
import { DataSourceController } from '../../core/data-source.js';
import { LedeElement } from '../../core/lede-element.js';
import { languageDirection } from '../../core/locale.js';
import { errorMessage } from '../../core/messages.js';
import { blockOptions } from '../../core/validated-block.js';
import { QUOTE } from '../../model/block-shapes.js';
import { tokens } from '../../core/styles.js';
import { safeUrl } from '../../model/safe-url.js';
import type { Article, Person, QuoteBlock } from '../../model/types.js';
import { renderInline } from '../shared/inline.js';
import { textPlaceholder } from '../shared/text-placeholder.styles.js';
import { storyText } from '../shared/story-words.js';
import { styles } from './pull-quote.styles.js';

type Variant = NonNullable<QuoteBlock['variant']>;

/**
 * A quotation set apart from the story: `figure > blockquote + figcaption`, with the speaker,
 * their title and the source in the caption, outside the quotation as HTML requires. A large
 * quotation mark in the accent colour decorates it and is hidden from screen readers; it
 * suits the element's language and mirrors in right-to-left text.
 *
 * Written by hand, the text inside the tag is the quotation: it stays readable before the
 * element loads, and is not shown a second time once it has (there is no slot).
 *
 * ```html
 * <lede-pull-quote attribution="Masood Khan"
 *   attribution-title="Pakistan’s Ambassador to the United States">
 *   This is just a beginning, with a promise of huge expansion.
 * </lede-pull-quote>
 * ```
 *
 * @summary A pull quote or block quote with its attribution and source.
 * @status stable
 * @since 0.1.0
 *
 * @csspart base - The `figure` holding the mark, the quotation and the attribution.
 * @csspart mark - The decorative quotation mark.
 * @csspart quote - The `blockquote`.
 * @csspart text - The paragraph with the words quoted.
 * @csspart attribution - The `figcaption`: name, title and source.
 * @csspart name - The speaker's name, a link when the data gives the person a safe URL.
 * @csspart role - The speaker's job title and affiliation.
 * @csspart source - The link to the quotation's source.
 * @csspart error - The message shown when the data cannot be rendered.
 * @csspart dropped - The list of values dropped from the data, shown only with `lede-debug` or `Lede.debug`.
 *
 * @cssproperty --lede-quote-color - Colour of the quoted words. Defaults to `--lede-color-text`.
 * @cssproperty --lede-quote-mark-color - Colour of the quotation mark. Defaults to `--lede-color-accent`.
 * @cssproperty --lede-quote-rule-color - Colour of the rules beside and above the quotation. Defaults to `--lede-color-accent`.
 * @cssproperty --lede-quote-spacing - Space above and below the element in the flow of a story (default 1.5 × `--lede-space`).
 * @cssproperty --lede-quote-supporting-width - Width of a `supporting` quote beside the text (default `min(40%, 22rem)`). The element's float, width and margins are `!important`, so that no page reset removes them: set them through the `--lede-quote-supporting-*` properties, not on the tag.
 * @cssproperty --lede-quote-supporting-gap - Space between a `supporting` quote and the text beside it (default 1.75 × `--lede-space`; none below the breakpoint, where the quote takes the full width).
 * @cssproperty --lede-quote-supporting-breakpoint - Narrowest containing block beside which a `supporting` quote floats; below it the quote takes the full width (default 34rem).
 * @cssproperty --lede-color-text - Text colour.
 * @cssproperty --lede-color-muted - Colour of the speaker's title.
 * @cssproperty --lede-color-link - Colour of the source link.
 * @cssproperty --lede-font-serif - Font of the quotation.
 * @cssproperty --lede-font-sans - Font of the attribution.
 *
 * @event lede-load - The quotation rendered; `detail.source` tells where its data came from, `detail.warnings` lists each value dropped (or unknown field kept) with its path.
 * @event lede-error - The data could not be rendered; `detail` has the cause, the visible message and the validation problems with their paths.
 */
export class LedePullQuote extends LedeElement {
  static override styles = [tokens, textPlaceholder, styles];

  static override get properties(): LedeProperties {
    return {
      quote: { attribute: false },
      article: { attribute: false },
      blockId: { attribute: 'block-id' },
      index: { type: Number },
      text: { block: 'text' },
      attribution: { block: 'attribution.name' },
      attributionTitle: { attribute: 'attribution-title', block: 'attribution.jobTitle' },
      attributionAffiliation: {
        attribute: 'attribution-affiliation',
        block: 'attribution.affiliation.name',
      },
      cite: { block: 'cite' },
      variant: { reflect: true },
      alignment: { reflect: true },
    };
  }

  /** The quotation to show, as a `quote` block. Takes precedence over every other source. */
  quote?: QuoteBlock;

  /** A whole article to pick the quotation from (see `block-id` and `index`). */
  article?: Article;

  /** The `id` of the quote block to show when the data is a whole article. */
  blockId?: string;

  /** Position of the quote block to show among the article's quote blocks, from 0. */
  index = 0;

  /** The quotation, for hand-written tags; when absent, the text written inside the tag is used. */
  text?: string;

  /** The speaker's name, for hand-written tags. */
  attribution?: string;

  /** The speaker's job title, for hand-written tags. */
  attributionTitle?: string;

  /** The organization the speaker speaks for, for hand-written tags. */
  attributionAffiliation?: string;

  /** URL of the quotation's source, for hand-written tags. Only http(s) and relative URLs are linked. */
  cite?: string;

  /**
   * `pull` (display size, for a line repeated from the story) or `block` (a quoted passage,
   * smaller, with a rule at its start). Overrides the data's own variant; `pull` by default.
   */
  variant?: Variant;

  /**
   * `inline` in the flow of the text (default); `supporting` floats to the end of the line
   * beside the text when its containing block is wide enough, and takes the full width
   * otherwise; `showcase` takes the full width at a larger size. A supporting quote's float,
   * width and margins hold against the page's CSS: its width, gap and breakpoint are set with
   * the `--lede-quote-supporting-*` custom properties.
   */
  alignment: 'inline' | 'supporting' | 'showcase' = 'inline';

  private readonly data = new DataSourceController<QuoteBlock>(this, {
    property: () => this.quote ?? this.article,
    // Without a `text` attribute, the quotation is the text written inside the tag.
    attributes: () =>
      this.attributeBlock({ type: 'quote' }, { text: this.text ?? this.lightText() }),
    ...blockOptions<QuoteBlock>(this, QUOTE),
    message: errorMessage,
  });

  override render() {
    return this.renderStates(this.data.state, {
      loading: () => this.renderSkeleton(),
      ready: (quote, lang) => this.renderQuote(quote, this.storyLang(lang)),
    });
  }

  /** The quotation; `lang` marks the story's words when they are in another language. */
  private renderQuote(quote: QuoteBlock, lang: string | undefined) {
    const dir = languageDirection(lang);
    const variant = isVariant(this.variant) ? this.variant : (quote.variant ?? 'pull');
    const cite = safeUrl(quote.cite);
    const mark = openingMark(this.locale);
    return html`
      <div class="frame">
        <figure part="base" class="figure ${variant}">
          <span part="mark" class="mark ${mark.kind}" aria-hidden="true">${mark.glyph}</span>
          <blockquote
            part="quote"
            class="quote"
            cite=${cite ?? nothing}
            lang=${ifDefined(lang)}
            dir=${ifDefined(dir)}
          >
            <p part="text" class="text">${renderInline(quote)}</p>
          </blockquote>
          ${this.renderAttribution(quote.attribution, cite, lang, variant)}
        </figure>
      </div>
    `;
  }

  private renderAttribution(
    person: Person | undefined,
    cite: string | undefined,
    lang: string | undefined,
    variant: Variant,
  ) {
    if (!person && !cite) return nothing;
    const role = person ? roleOf(person) : '';
    const personUrl = person ? safeUrl(person.url, { allowMailto: true }) : undefined;
    // No whitespace between the pieces: the separator is the only space, so that the caption
    // reads "name, role" whether the pieces stand on one line or on several.
    return html`<figcaption part="attribution" class="attribution">
      ${
        person
          ? storyText(
              'span',
              personUrl ? html`<a href=${personUrl}>${person.name}</a>` : person.name,
              {
                part: 'name',
                lang,
              },
            )
          : nothing
      }${
        role
          ? // A pull quote sets name and role on lines of their own: the comma is only read.
            html`<span class="separator ${variant === 'pull' ? 'visually-hidden' : ''}"
                >${msg(', ', { id: 'lede-separator-comma', desc: 'Between a name and a role' })}</span
              >${storyText('span', role, { part: 'role', lang })}`
          : nothing
      }${
        cite ? html`<a part="source" class="source" href=${cite}>${sourceLabel(cite)}</a>` : nothing
      }
    </figcaption>`;
  }

  /**
   * The loading placeholder: the figure of the variant the attributes ask for, with the mark,
   * lines of text and the caption in their places. How many lines the text takes follows the
   * width and the alignment (see the styles).
   */
  private renderSkeleton() {
    const variant = isVariant(this.variant) ? this.variant : 'pull';
    return html`
      <div class="frame">
        <div part="base" class="figure ${variant} skeleton-figure" aria-busy="true">
          <span class="visually-hidden">${msg('Loading')}</span>
          <span class="mark skeleton-mark" aria-hidden="true"></span>
          <div class="skeleton-text" aria-hidden="true">
            ${Array.from({ length: 11 }, () => html`<div class="skeleton skeleton-line"></div>`)}
          </div>
          <div class="attribution skeleton-caption" aria-hidden="true">
            <div class="skeleton skeleton-name"></div>
            <div class="skeleton skeleton-role"></div>
          </div>
        </div>
      </div>
    `;
  }

  /** The text written inside the tag, without the inline JSON and with its spacing collapsed. */
  private lightText(): string {
    // The server renderer gives an element no children: written text is read in the browser.
    if (isServer) return '';
    let text = '';
    for (const node of this.childNodes) {
      if (node instanceof HTMLScriptElement || node instanceof HTMLStyleElement) continue;
      if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.ELEMENT_NODE) {
        text += node.textContent ?? '';
      }
    }
    return text.replace(/\s+/g, ' ').trim();
  }
}

function isVariant(value: unknown): value is Variant {
  return value === 'pull' || value === 'block';
}

/** "Pakistan’s Ambassador to the United States, Embassy of Pakistan". */
function roleOf(person: Person): string {
  const title = person.jobTitle?.trim();
  const organization = person.affiliation?.name.trim();
  if (title && organization) return msg(str`${title}, ${organization}`);
  return title || organization || '';
}

/** "Source: dawn.com" for a link to another site; "Source" for one on the same site. */
function sourceLabel(url: string): string {
  if (/^(https?:)?\/\//i.test(url)) {
    try {
      const host = new URL(url, 'https://localhost/').hostname.replace(/^www\./, '');
      if (host) return msg(str`Source: ${host}`);
    } catch {
      // Not parseable as a URL: fall back to the plain label.
    }
  }
  return msg('Source');
}

/**
 * The opening quotation mark of a language, drawn as decoration. `turn` marks a glyph that
 * the bidirectional algorithm does not mirror, so CSS turns it in right-to-left text;
 * guillemets mirror by themselves. Languages that open with a low mark („) get the raised
 * one: at display size a mark on the baseline reads as a stray comma.
 */
function openingMark(locale: string): { glyph: string; kind: 'turn' | '' } {
  const [language = '', ...rest] = locale.toLowerCase().split(/[-_]/);
  if (GUILLEMETS.has(language)) return { glyph: '«', kind: '' };
  if (language === 'ja' || (language === 'zh' && rest.some((s) => TRADITIONAL.has(s)))) {
    return { glyph: '「', kind: '' };
  }
  return { glyph: '“', kind: 'turn' };
}

const GUILLEMETS = new Set(['fr', 'ru', 'uk', 'be', 'el', 'ar', 'fa', 'ps', 'hy', 'no', 'nb']);
const TRADITIONAL = new Set(['hant', 'tw', 'hk', 'mo']);
