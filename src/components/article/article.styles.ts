import { css } from 'lit';

export const styles = css`
  :host {
    --_measure: var(--lede-article-measure, 40rem);
  }
  .article {
    container-type: inline-size;
    max-inline-size: var(--_measure);
    margin-inline: auto;
  }
  .header {
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .section {
    margin: 0 0 0.5rem;
    font: 700 var(--_step--1) / 1.2 var(--_sans);
    letter-spacing: 0.08em;
    text-transform: uppercase;
    color: var(--_accent);
  }
  .headline {
    margin: 0;
    font: 700 var(--lede-article-headline-size, var(--_step-3)) / 1.1 var(--_serif);
    letter-spacing: -0.015em;
    text-wrap: balance;
  }
  @container (min-width: 36rem) {
    .headline {
      font-size: var(--lede-article-headline-size, calc(var(--_step-3) * var(--_scale)));
    }
  }
  .dek {
    margin: 0.75rem 0 0;
    font: 400 calc(var(--_step-0) * 1.125) / 1.45 var(--_serif);
    color: var(--_muted);
    text-wrap: pretty;
  }
  .meta {
    margin-block-start: var(--_space);
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--_border);
    font: var(--_step--1) / 1.5 var(--_sans);
  }
  .byline {
    font-weight: 600;
    color: var(--_text);
  }
  .details > * {
    white-space: nowrap;
  }
  .dateline {
    font-weight: 700;
  }
  .dateline,
  .credit {
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .source {
    font-weight: 600;
    text-decoration: none;
  }
  .body {
    font: 400 calc(var(--_step-0) * 1.125) / 1.65 var(--_serif);
  }
  .body::after {
    content: '';
    display: table;
    clear: both;
  }
  .paragraph {
    margin: 0 0 1.1em;
    text-wrap: pretty;
  }
  .subheading {
    margin: 1.75em 0 0.5em;
    font: 700 var(--_step-1) / 1.25 var(--_serif);
  }
  .list {
    margin: 0 0 1.1em;
    padding-inline-start: 1.5em;
  }
  .list li + li {
    margin-block-start: 0.35em;
  }
  .quote,
  .wide,
  .inline-links,
  .related {
    margin-block: 1.75rem;
    font-size: var(--_step-0);
  }
  .inline-links {
    clear: both;
  }
  .stats {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-block: 1.75rem;
    clear: both;
  }
  .stats lede-stat-badge {
    flex: 1 1 12rem;
  }
  .figure {
    margin: 0 0 1.5rem;
  }
  .figure img {
    display: block;
    inline-size: 100%;
    block-size: auto;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_subtle);
  }
  .caption {
    margin-block-start: 0.5rem;
  }
  .caption,
  .embed {
    font: var(--_step--1) / 1.4 var(--_sans);
  }
  .credit {
    margin-inline-start: 0.5em;
    font-size: 0.85em;
  }
  .embed {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-block: 1.5rem;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_text);
    text-decoration: none;
  }
  a.embed:hover .embed-title {
    text-decoration: underline;
  }
  .provider {
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.06em;
  }
  .embed-title {
    font: 600 var(--_step-0) / 1.3 var(--_serif);
    color: var(--_link);
  }
  .meta,
  .caption,
  .provider,
  .description {
    color: var(--_muted);
  }
  .skeleton {
    margin-block-end: 0.75rem;
    block-size: 1.2rem;
  }
  .skeleton-section {
    inline-size: 6rem;
  }
  .skeleton-headline {
    block-size: 2.5rem;
  }
  .short {
    inline-size: 60%;
  }
`;
