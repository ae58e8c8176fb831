import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { numberAttribute, type LedeProperties } from '../../core/attributes.js';
import { DataSourceController } from '../../core/data-source.js';
import { LedeElement } from '../../core/lede-element.js';
import { languageDirection } from '../../core/locale.js';
import { errorMessage } from '../../core/messages.js';
import { blockOptions } from '../../core/validated-block.js';
import { STAT } from '../../model/block-shapes.js';
import { tokens } from '../../core/styles.js';
import { formatDate } from '../../format/date.js';
import { formatNumber } from '../../format/number.js';
import type { Article, StatBlock, StatQualifier } from '../../model/types.js';
import { withStoryWords, storyText } from '../shared/story-words.js';
import { textPlaceholder } from '../shared/text-placeholder.styles.js';
import { CountUpController } from './count-up.js';
import { styles } from './stat-badge.styles.js';

/**
 * A number as a headline figure: "more than 6,000 vendors", with what it counts, who gave it
 * and when.
 *
 * @summary A statistic: qualifier, figure, unit, label, source and date.
 * @status stable
 * @since 0.1.0
 *
 * @csspart base - The badge's box.
 * @csspart figure - The line with the qualifier, the number and the unit.
 * @csspart qualifier - "more than", "about" and the like.
 * @csspart value - The number, a `<data>` element whose `value` is the machine-readable figure.
 * @csspart unit - The unit after the number.
 * @csspart label - What the figure counts.
 * @csspart source - Who gave the figure and when.
 * @csspart error - The message shown when the data cannot be rendered.
 * @csspart dropped - The list of values dropped from the data, shown only with `lede-debug` or `Lede.debug`.
 *
 * @cssproperty --lede-stat-color - Colour of the figure. Defaults to `--lede-color-accent`.
 * @cssproperty --lede-stat-background - Background of the badge. Defaults to `--lede-color-subtle`.
 * @cssproperty --lede-stat-width - Preferred width of one badge in a row (default 15rem).
 * @cssproperty --lede-color-text - Text colour.
 * @cssproperty --lede-color-muted - Colour of the source line.
 * @cssproperty --lede-font-serif - Font of the figure.
 * @cssproperty --lede-font-sans - Font of the label.
 * @cssproperty --lede-radius - Corner radius.
 *
 * @event lede-load - The statistic rendered; `detail.source` tells where its data came from, `detail.warnings` lists each value dropped (or unknown field kept) with its path.
 * @event lede-error - The data could not be rendered; `detail` has the cause, the visible message and the validation problems with their paths.
 */
export class LedeStatBadge extends LedeElement {
  static override styles = [tokens, textPlaceholder, styles];

  static override get properties(): LedeProperties {
    return {
      stat: { attribute: false },
      article: { attribute: false },
      blockId: { attribute: 'block-id' },
      index: { type: Number },
      value: { converter: numberAttribute, block: { to: 'value', read: 'number' } },
      display: { block: { to: 'display', adds: true } },
      qualifier: { block: { to: 'qualifier', adds: true } },
      unit: { block: { to: 'unitText', adds: true } },
      label: { block: { to: 'label', adds: true } },
      statSource: { attribute: 'stat-source', block: { to: 'source', adds: true } },
      date: { block: { to: 'date', adds: true } },
      notation: {},
      size: { reflect: true },
      countUp: { type: Boolean, attribute: 'animate' },
    };
  }

  /** The statistic to show, as a `stat` block. Takes precedence over every other source. */
  stat?: StatBlock;

  /** A whole article to pick the statistic from (see `block-id` and `index`). */
  article?: Article;

  /** The `id` of the stat block to show when the data is a whole article. */
  blockId?: string;

  /** Position of the stat block to show among the article's stat blocks, from 0. */
  index = 0;

  /**
   * The figure, for hand-written tags: a plain number such as `6000`. Text that is not a number
   * shows the error that names it.
   */
  value?: number;

  /** The story's own wording of the figure, shown instead of a formatted number: "220 million". */
  display?: string;

  /** A qualifier before the figure: `more-than`, `less-than`, `at-least`, `at-most`, `about`, `nearly`, `up-to`. */
  qualifier?: StatQualifier;

  /** The unit after the figure, e.g. "vendors". */
  unit?: string;

  /** What the figure counts. */
  label?: string;

  /** Who gave the figure. */
  statSource?: string;

  /** When the figure was true (ISO 8601 date or year). */
  date?: string;

  /** `standard` ("220,000,000") or `compact` ("220M"); ignored when the data has `display` wording. */
  notation: 'standard' | 'compact' = 'standard';

  /** Size of the figure: `s`, `m` or `l`. */
  size: 's' | 'm' | 'l' = 'm';

  /** Counts the figure up when it scrolls into view, unless the reader prefers reduced motion. */
  countUp = false;

  private readonly data = new DataSourceController<StatBlock>(this, {
    property: () => this.stat ?? this.article,
    attributes: () => this.attributeBlock({ type: 'stat' }),
    ...blockOptions<StatBlock>(this, STAT),
    message: errorMessage,
  });

  private readonly counter = new CountUpController(this, {
    enabled: () => this.countUp,
    target: () => {
      const { state } = this.data;
      return state.status === 'ready' && !state.value.display ? state.value.value : undefined;
    },
  });

  override render() {
    return this.renderStates(this.data.state, {
      loading: () => this.renderSkeleton(),
      ready: (stat, lang) => this.renderStat(stat, this.storyLang(lang)),
    });
  }

  /**
   * The badge; `lang` marks the story's words (its own wording of the figure, the unit and the
   * label) when they are in another language.
   */
  private renderStat(stat: StatBlock, lang: string | undefined) {
    const wordingLang = stat.display ? lang : undefined;
    const formatted = stat.display ?? formatNumber(stat.value, this.locale, this.notation);
    // The story's own wording is never counted: only a formatted number can be.
    const counting = stat.display ? undefined : this.counter.current;
    const source = this.sourceLine(stat, lang);
    return html`
      <div part="base" class="badge">
        <p part="figure" class="figure">
          ${
            stat.qualifier
              ? html`<span part="qualifier" class="qualifier"
                  >${QUALIFIERS[stat.qualifier]()}</span
                > `
              : nothing
          }<data
            part="value"
            class="value"
            value=${stat.value}
            lang=${ifDefined(wordingLang)}
            dir=${ifDefined(languageDirection(wordingLang))}
            >${
              counting === undefined
                ? formatted
                : html`<span aria-hidden="true">${formatNumber(counting, this.locale)}</span
                    ><span class="visually-hidden">${formatted}</span>`
            }</data
          >${
            stat.unitText
              ? html` ${storyText('span', stat.unitText, { part: 'unit', lang })}`
              : nothing
          }
        </p>
        ${stat.label ? storyText('p', stat.label, { part: 'label', lang }) : nothing}
        ${source ? html`<p part="source" class="source">${source}</p>` : nothing}
      </div>
    `;
  }

  /** "Source: …, 2021"; the source, the story's words, marked with `lang`. */
  private sourceLine(stat: StatBlock, lang: string | undefined) {
    const date = stat.date ? (formatStatDate(stat.date, this.locale) ?? stat.date) : undefined;
    if (!stat.source) return date ?? '';
    if (date) {
      return withStoryWords((source) => msg(str`Source: ${source}, ${date}`), [stat.source], lang);
    }
    return withStoryWords((source) => msg(str`Source: ${source}`), [stat.source], lang);
  }

  /**
   * The loading placeholder: a badge with every part — the qualifier, the figure, a label and
   * a source of up to three lines each — in the type and spacing they will have.
   */
  private renderSkeleton() {
    return html`
      <div part="base" class="badge" aria-busy="true">
        <span class="visually-hidden">${msg('Loading')}</span>
        <div class="figure" aria-hidden="true">
          <div class="skeleton skeleton-text qualifier"></div>
          <div class="skeleton skeleton-text value"></div>
        </div>
        <div class="skeleton skeleton-text label" aria-hidden="true"></div>
        <div class="skeleton skeleton-text source" aria-hidden="true"></div>
      </div>
    `;
  }
}

/** The words for each qualifier, in the page's language (read when rendering, after the locale loads). */
const QUALIFIERS: Record<StatQualifier, () => string> = {
  'more-than': () => msg('more than'),
  'less-than': () => msg('less than'),
  'at-least': () => msg('at least'),
  'at-most': () => msg('at most'),
  about: () => msg('about'),
  nearly: () => msg('nearly'),
  'up-to': () => msg('up to'),
};

/** A year stays a year; a full date is formatted for the reader. */
function formatStatDate(date: string, locale: string): string | undefined {
  return /^\d{4}$/.test(date) ? date : formatDate(date, locale, 'medium');
}
