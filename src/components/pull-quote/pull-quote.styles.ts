import { css } from 'lit';

export const styles = css`
  :host {
    --_quote-color: var(--lede-quote-color, var(--_text));
    --_mark-color: var(--lede-quote-mark-color, var(--_accent));
    --_rule-color: var(--lede-quote-rule-color, var(--_accent));
    --_spacing: var(--lede-quote-spacing, calc(var(--_space) * 1.5));
  }
  /*
   * The space above and below is the margin of what the shadow root holds, which collapses
   * through the host as the host's own would: a page that resets every element's margins
   * (Preflight) or styles (* { all: revert }) does not reach it.
   */
  :host > * {
    margin-block: var(--_spacing);
  }

  /*
   * Beside the text when the containing block is wide enough, full width otherwise. Without
   * a container of the page's to query, the width and margin switch on the containing block
   * itself: (breakpoint − 100%) is negative when it is wider than the breakpoint, so each
   * clamp() picks its wide value, and hugely positive when narrower, so each picks its narrow one.
   *
   * Only the host can float beside the page's text, and a page's rule beats a :host rule
   * (Preflight's * { margin: 0 }, * { all: revert }), except when both are !important: then
   * the shadow tree's wins. So these are !important, and a page sets them through the
   * --lede-quote-supporting-* properties. docs/security.md.
   */
  :host([alignment='supporting']) {
    --_breakpoint: var(--lede-quote-supporting-breakpoint, 34rem);
    --_spacing: 0px;
    float: inline-end !important;
    clear: inline-end !important;
    inline-size: clamp(
      min(var(--lede-quote-supporting-width, min(40%, 22rem)), 100%),
      calc((var(--_breakpoint) - 100%) * 999),
      100%
    ) !important;
    margin-block: 0.375rem var(--_space) !important;
    margin-inline-start: clamp(
      0px,
      calc((100% - var(--_breakpoint)) * 999),
      var(--lede-quote-supporting-gap, calc(var(--_space) * 1.75))
    ) !important;
    margin-inline-end: 0 !important;
  }
  :host([alignment='showcase']) {
    --_spacing: var(--lede-quote-spacing, calc(var(--_space) * 2.5));
  }

  .frame {
    container-type: inline-size;
  }
  .figure {
    --_text-size: var(--_step-1);
    color: var(--_quote-color);
  }
  .figure,
  blockquote {
    margin: 0;
  }

  /* The decorative mark: drawn in the accent colour, never read, never copied. */
  .mark,
  .source {
    display: block;
    inline-size: fit-content;
  }
  .mark {
    font-family: var(--_serif);
    font-size: calc(var(--_text-size) * var(--_mark-scale, 3.5));
    font-weight: 700;
    line-height: 1;
    color: var(--_mark-color);
    user-select: none;
  }
  .mark.turn:dir(rtl) {
    scale: -1 1;
  }

  .text {
    font-family: var(--_serif);
    font-size: var(--_text-size);
    line-height: 1.3;
    text-wrap: pretty;
    color: var(--_quote-color);
  }
  .text a {
    color: inherit;
    text-decoration-color: var(--_rule-color);
  }

  .attribution {
    margin-block-start: 0.875rem;
    font-family: var(--_sans);
    font-size: var(--_step--1);
    line-height: 1.4;
    color: var(--_muted);
  }
  .name {
    font-weight: 700;
    color: var(--_text);
  }
  .name a {
    color: inherit;
  }
  .source {
    margin-block-start: 0.375rem;
  }

  /* pull: display size, the mark above, the speaker on lines of their own under a short rule */
  .pull .mark {
    block-size: 0.5em;
    margin-block-end: 0.125em;
  }
  .pull .name,
  .pull .role {
    display: block;
  }
  .pull .attribution::before {
    content: '';
    display: block;
    inline-size: 2.5rem;
    block-size: 3px;
    margin-block-end: 0.625rem;
    background: var(--_rule-color);
  }

  /* block: a passage, smaller, a rule at its start and the mark hanging beside the text */
  .block {
    --_text-size: calc(var(--_step-0) * 1.0625);
    --_mark-scale: 2.75;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: 0.625rem;
    padding-inline-start: var(--_space);
    border-inline-start: 4px solid var(--_rule-color);
  }
  .block .mark {
    grid-row: 1 / span 2;
    block-size: 0.55em;
    margin-block-start: 0.0625em;
  }
  .block .text {
    line-height: 1.55;
  }

  /* showcase: the whole width, one step larger; a pull quote is set centred between rules */
  :host([alignment='showcase']) .pull {
    --_text-size: var(--_step-2);
    padding-block: calc(var(--_space) * 1.5);
    border-block: 1px solid var(--_border);
    text-align: center;
  }
  :host([alignment='showcase']) .pull .mark,
  :host([alignment='showcase']) .pull .attribution::before,
  :host([alignment='showcase']) .source {
    margin-inline: auto;
  }
  :host([alignment='showcase']) .pull .text {
    text-wrap: balance;
  }
  :host([alignment='showcase']) .block {
    --_text-size: var(--_step-1);
  }
  @container (min-width: 30rem) {
    .pull {
      --_text-size: var(--_step-2);
    }
    .block {
      --_text-size: var(--_step-1);
    }
    .attribution {
      font-size: var(--_step-0);
    }
    :host([alignment='showcase']) .pull {
      --_text-size: var(--_step-3);
    }
    :host([alignment='showcase']) .block {
      --_text-size: var(--_step-2);
    }
  }
  @container (min-width: 46rem) {
    .pull {
      --_text-size: calc(var(--_step-2) * 1.12);
    }
    :host([alignment='showcase']) .pull {
      --_text-size: calc(var(--_step-3) * var(--_scale));
    }
  }

  /*
   * Loading: the figure of the variant asked for, its mark, its lines of text and its caption
   * each the height they will have. The number of lines follows the width and the alignment,
   * for a quotation of 20–25 words (a showcase one of about 40).
   */
  .skeleton-figure {
    --_lines: 5;
  }
  :host([alignment='showcase']) .pull.skeleton-figure {
    --_lines: 11;
  }
  .block.skeleton-figure {
    --_lines: 6;
  }
  .skeleton-mark {
    inline-size: 0.45em;
    border-radius: 0.08em;
    background: var(--_subtle);
  }
  .skeleton-text {
    --_leading: 1.3em;
    --_last: 70%;
    font-size: var(--_text-size);
  }
  :host([alignment='showcase']) .pull .skeleton-text {
    mask-position: top, bottom;
  }
  .block .skeleton-text {
    --_leading: 1.55em;
  }
  .skeleton-caption {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
  }
  :host([alignment='showcase']) .pull .skeleton-caption {
    align-items: center;
  }
  .pull .skeleton-caption::before {
    background: var(--_subtle);
  }
  .skeleton-name,
  .skeleton-role {
    block-size: 1em;
    margin-block: 0.2em;
    border-radius: 0.25em;
  }
  .skeleton-name {
    inline-size: 7em;
  }
  .skeleton-role {
    inline-size: min(16em, 100%);
  }
  @container (max-width: 21rem) {
    :host([alignment='supporting']) .pull.skeleton-figure {
      --_lines: 6;
    }
  }
  @container (min-width: 30rem) {
    .skeleton-figure.skeleton-figure {
      --_lines: 3;
    }
    :host([alignment='showcase']) .pull.skeleton-figure {
      --_lines: 7;
    }
    /* A block quote's caption fits on one line. */
    .block .skeleton-role {
      display: none;
    }
  }
  @container (min-width: 46rem) {
    .skeleton-figure.skeleton-figure {
      --_lines: 2;
    }
    :host([alignment='showcase']) .pull.skeleton-figure {
      --_lines: 6;
    }
  }
`;
