import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property } from 'lit/decorators.js';
import { DataSourceController } from '../../core/data-source.js';
import { LedeElement } from '../../core/lede-element.js';
import { languageDirection } from '../../core/locale.js';
import { errorMessage } from '../../core/messages.js';
import { selectBlock } from '../../core/select.js';
import { tokens } from '../../core/styles.js';
import { formatDate } from '../../format/date.js';
import { formatNumber } from '../../format/number.js';
import type { Article, StatBlock, StatQualifier } from '../../model/types.js';
import { withStoryWords } from '../shared/story-words.js';
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

  /** The statistic to show, as a `stat` block. Takes precedence over every other source. */
  @property({ attribute: false }) stat?: StatBlock;

  /** A whole article to pick the statistic from (see `block-id` and `index`). */
  @property({ attribute: false }) article?: Article;

  /** The `id` of the stat block to show when the data is a whole article. */
  @property({ attribute: 'block-id' }) blockId?: string;

  /** Position of the stat block to show among the article's stat blocks, from 0. */
  @property({ type: Number }) index = 0;

  /** The figure, for hand-written tags: a plain number such as `6000`. */
  @property() value?: string;

  /** The story's own wording of the figure, shown instead of a formatted number: "220 million". */
  @property() display?: string;

  /** A qualifier before the figure: `more-than`, `less-than`, `at-least`, `at-most`, `about`, `nearly`, `up-to`. */
  @property() qualifier?: StatQualifier;

  /** The unit after the figure, e.g. "vendors". */
  @property() unit?: string;

  /** What the figure counts. */
  @property() label?: string;

  /** Who gave the figure. */
  @property({ attribute: 'stat-source' }) statSource?: string;

  /** When the figure was true (ISO 8601 date or year). */
  @property() date?: string;

  /** `standard` ("220,000,000") or `compact` ("220M"); ignored when the data has `display` wording. */
  @property() notation: 'standard' | 'compact' = 'standard';

  /** Size of the figure: `s`, `m` or `l`. */
  @property({ reflect: true }) size: 's' | 'm' | 'l' = 'm';

  /** Counts the figure up when it scrolls into view, unless the reader prefers reduced motion. */
  @property({ type: Boolean, attribute: 'animate' }) countUp = false;

  private readonly data = new DataSourceController<StatBlock>(this, {
    property: () => this.stat ?? this.article,
    attributes: () => this.statFromAttributes(),
    select: (document) =>
      selectBlock<StatBlock>(document, 'stat', { id: this.blockId, index: this.index }),
    message: errorMessage,
    pick: () => `${this.blockId ?? ''}|${this.index ?? ''}`,
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
    const dir = languageDirection(lang);
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
                  >${qualifierText(stat.qualifier)}</span
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
              ? html` <span part="unit" class="unit" lang=${ifDefined(lang)} dir=${ifDefined(dir)}
                  >${stat.unitText}</span
                >`
              : nothing
          }
        </p>
        ${
          stat.label
            ? html`<p part="label" class="label" lang=${ifDefined(lang)} dir=${ifDefined(dir)}>
                ${stat.label}
              </p>`
            : nothing
        }
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

  /** A stat block from the attributes of a hand-written tag, or undefined when it has none. */
  private statFromAttributes(): unknown {
    if (this.value === undefined) return undefined;
    const trimmed = this.value.trim();
    const stat: Record<string, unknown> = {
      type: 'stat',
      // Kept as a string when it is not a plain number, so validation names the problem.
      value: trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : this.value,
    };
    if (this.display) stat.display = this.display;
    if (this.qualifier) stat.qualifier = this.qualifier;
    if (this.unit) stat.unitText = this.unit;
    if (this.label) stat.label = this.label;
    if (this.statSource) stat.source = this.statSource;
    if (this.date) stat.date = this.date;
    return stat;
  }
}

/** The words for a qualifier, in the page's language. */
function qualifierText(qualifier: StatQualifier): string {
  switch (qualifier) {
    case 'more-than':
      return msg('more than');
    case 'less-than':
      return msg('less than');
    case 'at-least':
      return msg('at least');
    case 'at-most':
      return msg('at most');
    case 'about':
      return msg('about');
    case 'nearly':
      return msg('nearly');
    case 'up-to':
      return msg('up to');
  }
}

/** A year stays a year; a full date is formatted for the reader. */
function formatStatDate(date: string, locale: string): string | undefined {
  return /^\d{4}$/.test(date) ? date : formatDate(date, locale, 'medium');
}
