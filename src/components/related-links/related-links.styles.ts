import { css } from 'lit';

export const styles = css`
  :host {
    --_related-accent: var(--lede-related-accent, var(--_accent));
    --_image-size: var(--lede-related-image-size, 5.5rem);
  }
  .box {
    padding: calc(var(--_space) * 0.75) var(--_space) var(--_space);
    border-block-start: 3px solid var(--_related-accent);
    background: var(--lede-related-background, var(--_subtle));
    border-end-start-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }
  .title {
    margin: 0 0 0.5em;
    font: 700 var(--_step--1) / 1.2 var(--_sans);
    letter-spacing: 0.08em;
    text-transform: uppercase;
    color: var(--_related-accent);
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: flex;
    gap: var(--_space);
    align-items: flex-start;
    padding-block: 0.75em;
  }
  .item + .item {
    border-block-start: 1px solid var(--_border);
  }
  .text {
    flex: 1;
    min-inline-size: 0;
  }
  .headline {
    font: 600 var(--_step-0) / 1.3 var(--_serif);
    color: var(--_text);
  }
  .link {
    color: var(--_link);
    text-decoration-thickness: 1px;
  }
  .link:hover {
    text-decoration-thickness: 2px;
  }
  .description {
    margin: 0.25em 0 0;
    font-size: var(--_step--1);
    color: var(--_muted);
  }
  .image {
    flex: none;
    inline-size: var(--_image-size);
    aspect-ratio: 4 / 3;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
  }
  /*
   * Loading: the title and two stories of two lines each, every placeholder and its margins
   * the height of the line it stands for. From 30rem a headline fits on one line.
   */
  .skeleton-frame {
    container-type: inline-size;
  }
  .skeleton-title {
    block-size: 0.9em;
    inline-size: 6em;
    margin-block: 0.15em 0.65em;
    font-size: var(--_step--1);
  }
  .skeleton-item {
    display: flex;
    flex-direction: column;
    padding-block: 0.75em;
  }
  .skeleton-item + .skeleton-item {
    border-block-start: 1px solid var(--_border);
  }
  .skeleton-line {
    block-size: 1em;
    margin-block: 0.25em;
  }
  .skeleton-line.short {
    inline-size: 55%;
  }
  @container (min-width: 30rem) {
    .skeleton-line.short {
      display: none;
    }
  }
  /* The box is tinted with the skeleton's own colour: its placeholders take the border's. */
  .image,
  .box .skeleton {
    background: var(--_border);
  }
`;
