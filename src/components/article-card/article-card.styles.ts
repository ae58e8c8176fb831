import { css } from 'lit';

export const styles = css`
  :host {
    --_gap: var(--lede-card-gap, 0.875rem);
    --_headline-lines: var(--lede-card-headline-lines, 4);
    --_dek-lines: var(--lede-card-dek-lines, 3);
  }
  .root {
    container-type: inline-size;
  }

  /* The card ---------------------------------------------------------------------------- */

  .card {
    --_headline-size: clamp(1.125rem, 0.95rem + 1.5cqi, 1.75rem);
    --_headline-leading: 1.18;
    --_dek-size: clamp(0.9375rem, 0.9rem + 0.25cqi, 1.0625rem);
    position: relative;
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    padding: var(--lede-card-padding, 0);
    border-radius: var(--_radius);
    background: var(--lede-card-background, transparent);
  }
  .body {
    display: flex;
    flex: 1 1 auto;
    flex-direction: column;
    gap: 0.375rem;
    min-inline-size: 0;
  }

  .image,
  .skeleton-image {
    display: block;
    inline-size: 100%;
    border-radius: var(--lede-card-image-radius, var(--_radius));
  }
  .image {
    /* width and height attributes give the box its aspect ratio before the image loads. */
    block-size: auto;
    object-fit: cover;
    background: var(--_subtle);
  }
  .default-ratio,
  .skeleton-image {
    aspect-ratio: 16 / 9;
  }

  .section {
    font-size: 0.75rem;
    font-weight: 700;
    line-height: 1.3;
    letter-spacing: 0.08em;
    text-transform: uppercase;
    color: var(--lede-card-section-color, var(--_accent));
  }

  .headline {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_headline-lines);
    overflow: hidden;
    margin: 0;
    font-family: var(--_serif);
    font-size: var(--_headline-size);
    font-weight: 700;
    line-height: var(--_headline-leading);
    letter-spacing: -0.005em;
    text-wrap: balance;
    color: var(--lede-card-headline-color, var(--_text));
  }

  /* The headline link stretches over the whole card; its name stays the headline. */
  .link {
    color: inherit;
    text-decoration: none;
  }
  .link::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }
  .card:hover .link,
  .link:focus-visible {
    text-decoration: underline;
    text-decoration-thickness: 0.06em;
    text-underline-offset: 0.12em;
  }
  .link:focus-visible {
    outline: none;
  }
  .link:focus-visible::after {
    outline: 2px solid var(--_focus);
    outline-offset: 4px;
  }
  .card:hover .image {
    filter: brightness(0.94);
  }

  .dek {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_dek-lines);
    overflow: hidden;
    font-size: var(--_dek-size);
    line-height: 1.45;
  }

  .meta {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    margin-block-start: 0.25rem;
    font-size: 0.8125rem;
    line-height: 1.4;
    color: var(--_muted);
  }
  .byline {
    font-weight: 600;
    color: var(--_text);
  }
  .separator {
    padding-inline: 0.15em;
  }
  .dateline {
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  time,
  .reading-time {
    font-variant-numeric: lining-nums;
    white-space: nowrap;
  }
  abbr.source {
    /* Above the stretched link, so the full name shows on hover. */
    position: relative;
    z-index: 1;
    text-decoration: underline dotted;
    text-underline-offset: 0.2em;
    cursor: help;
  }

  /* Horizontal: the image beside the text once there is room ----------------------------- */

  @container (min-width: 32rem) {
    .horizontal {
      flex-direction: row;
      align-items: flex-start;
      gap: calc(var(--_gap) * 1.5);
    }
    .horizontal .image,
    .horizontal .skeleton-image {
      flex: 0 0 38%;
      inline-size: 38%;
    }
  }
  @container (min-width: 56rem) {
    .horizontal .image,
    .horizontal .skeleton-image {
      flex-basis: 45%;
      inline-size: 45%;
    }
  }

  /* Compact: no image, tight ------------------------------------------------------------ */

  .compact {
    --_headline-size: clamp(1rem, 0.96rem + 0.4cqi, 1.1875rem);
    --_headline-leading: 1.25;
    --_headline-lines: var(--lede-card-headline-lines, 3);
    --_dek-lines: var(--lede-card-dek-lines, 2);
    --_dek-size: 0.875rem;
  }
  .compact .body {
    gap: 0.25rem;
  }
  .compact .section {
    font-size: 0.6875rem;
  }
  .compact .meta {
    margin-block-start: 0.125rem;
    font-size: 0.75rem;
  }

  /* Hero: a large headline on a panel over the foot of a wide image ---------------------- */

  .hero {
    --_headline-size: clamp(1.5rem, 0.9rem + 3.6cqi, 3.25rem);
    --_headline-leading: 1.08;
    --_headline-lines: var(--lede-card-headline-lines, 6);
    --_dek-size: clamp(1rem, 0.9rem + 0.6cqi, 1.3125rem);
  }
  .hero .headline {
    letter-spacing: -0.015em;
  }
  .hero .body {
    gap: 0.5rem;
  }
  .hero .meta {
    font-size: 0.875rem;
  }
  @container (min-width: 45rem) {
    .hero.has-image .body {
      margin-block-start: calc(-1 * min(6rem, 8cqi));
      margin-inline: 5%;
      padding: 1.5rem 2rem 1.25rem;
      border-radius: var(--_radius);
      background: var(--lede-card-background, var(--_surface));
    }
  }

  /*
   * Loading: the shared text placeholder (shared/text-placeholder.styles.ts) in the classes of
   * the parts it stands for, so each takes their type and line height: one bar a line.
   */
  .skeleton-line {
    display: block;
  }
  .section.skeleton-line {
    --_last: 5rem;
  }
  .headline.skeleton-line {
    --_lines: 3;
    --_last: 65%;
  }
  .dek.skeleton-line {
    --_lines: 2;
    --_last: 65%;
  }
  .byline.skeleton-line {
    --_last: 35%;
  }
  .details.skeleton-line {
    --_last: 60%;
  }
  /* Cards three or four across a page wrap the dek and the details onto one more line each. */
  @container (width < 20rem) {
    :is(.vertical, .horizontal) .dek.skeleton-line {
      --_lines: 3;
      --_last: 40%;
    }
    :is(.vertical, .horizontal) .details.skeleton-line {
      --_lines: 2;
      --_last: 40%;
    }
  }
  /* Wide cards fit the headline in fewer lines. */
  @container (min-width: 30rem) {
    .headline.skeleton-line {
      --_lines: 2;
    }
  }
`;
