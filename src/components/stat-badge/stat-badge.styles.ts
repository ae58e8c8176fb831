import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
    vertical-align: top;
    inline-size: var(--lede-stat-width, 15rem);
    max-inline-size: 100%;
    container: lede-stat-badge / inline-size;
    --_figure-size: var(--_step-3);
  }
  :host([size='s']) {
    --_figure-size: var(--_step-1);
  }
  :host([size='l']) {
    --_figure-size: calc(var(--_step-3) * var(--_scale) * var(--_scale));
  }
  /*
   * A page that strips the host of its styles (* { all: revert }) leaves it inline, without its
   * width: the badge (or the error) then takes the width itself. While the host keeps its
   * styles it is a container, and the badge fills it, however the page sizes it.
   */
  :host > * {
    inline-size: var(--lede-stat-width, 15rem);
    max-inline-size: 100%;
  }
  @container lede-stat-badge (width >= 0) {
    :host > * {
      inline-size: auto;
    }
  }
  .badge {
    block-size: 100%;
    padding: calc(var(--_space) * 0.875) var(--_space);
    border-radius: var(--_radius);
    border-block-start: 3px solid var(--lede-stat-color, var(--_accent));
    background: var(--lede-stat-background, var(--_subtle));
  }
  .figure {
    font-family: var(--_serif);
    line-height: 1.1;
    color: var(--_text);
  }
  .value {
    font-size: var(--_figure-size);
    font-weight: 700;
    font-variant-numeric: lining-nums tabular-nums;
    letter-spacing: -0.01em;
    color: var(--lede-stat-color, var(--_accent));
  }
  .qualifier,
  .unit {
    font-size: var(--_step-0);
    font-weight: 600;
  }
  .qualifier {
    display: block;
    margin-block-end: 0.25em;
    font-family: var(--_sans);
    font-size: var(--_step--1);
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: var(--_muted);
  }
  .label,
  .source {
    margin-block-start: 0.5em;
  }
  .label {
    font-size: var(--_step-0);
    line-height: 1.35;
  }
  .source {
    font-size: var(--_step--1);
    color: var(--_muted);
  }
  /*
   * Loading: each placeholder takes the type of the part it stands for and draws one bar a
   * line, the last one shorter; the label and the source take up to three lines each.
   */
  /* On the tinted badge, the bars take the border colour. */
  .skeleton-text {
    --_bar-color: var(--_border);
  }
  .skeleton-text.qualifier {
    --_last: 6em;
  }
  .skeleton-text.value {
    --_last: 60%;
  }
  .skeleton-text.label,
  .skeleton-text.source {
    --_lines: 3;
    --_last: 55%;
  }
`;
