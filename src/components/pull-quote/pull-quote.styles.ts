import { css } from 'lit';

export const styles = css`
  :host {
    --_quote-color: var(--lede-quote-color, var(--_text));
    --_mark-color: var(--lede-quote-mark-color, var(--_accent));
    --_rule-color: var(--lede-quote-rule-color, var(--_accent));
    margin-block: var(--lede-quote-spacing, calc(var(--_space) * 1.5));
  }

  /*
   * Beside the text when the containing block is wide enough, full width otherwise. Without
   * a container of the page's to query, the width and margin switch on the containing block
   * itself: (breakpoint − 100%) is negative when it is wider than the breakpoint, so each
   * clamp() picks its wide value, and hugely positive when narrower, so each picks its narrow one.
   */
  :host([alignment='supporting']) {
    --_breakpoint: var(--lede-quote-supporting-breakpoint, 34rem);
    float: inline-end;
    clear: inline-end;
    inline-size: clamp(
      min(var(--lede-quote-supporting-width, min(40%, 22rem)), 100%),
      calc((var(--_breakpoint) - 100%) * 999),
      100%
    );
    margin-block: 0.375rem var(--_space);
    margin-inline-start: clamp(
      0px,
      calc((100% - var(--_breakpoint)) * 999),
      calc(var(--_space) * 1.75)
    );
  }
  :host([alignment='showcase']) {
    margin-block: var(--lede-quote-spacing, calc(var(--_space) * 2.5));
  }

  .frame {
    container-type: inline-size;
  }
  .figure {
    --_text-size: var(--_step-1);
    color: var(--_quote-color);
  }
  .figure,
  blockquote,
  p {
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
  .pull .separator {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
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

  .skeleton-figure {
    display: grid;
    gap: 0.625rem;
    /* The decorative mark above the text and the caption's second line, as rendered. */
    padding-block: 3.75rem 2rem;
  }
  .skeleton-line {
    block-size: 1.4rem;
  }
  .skeleton-line.short {
    inline-size: 70%;
  }
  .skeleton-caption {
    block-size: 1rem;
    inline-size: 40%;
    margin-block-start: 0.5rem;
  }
`;
