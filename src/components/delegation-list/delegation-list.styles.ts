import { css } from 'lit';

export const styles = css`
  :host {
    --_avatar-size: var(--lede-delegation-avatar-size, 2.75rem);
    --_column: var(--lede-delegation-column-width, 15rem);
  }
  .delegation {
    container-type: inline-size;
    padding-block-start: calc(var(--_space) * 0.75);
    border-block-start: 3px solid var(--lede-delegation-rule-color, var(--_accent));
  }
  .header {
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .heading {
    margin: 0;
    font-family: var(--_serif);
    font-size: var(--_step-2);
    font-weight: 700;
    line-height: 1.15;
    letter-spacing: -0.005em;
    text-wrap: balance;
  }
  .heading a {
    color: inherit;
    text-decoration-thickness: 1px;
  }
  .organization {
    margin-block-start: 0.375em;
    font-size: var(--_step--1);
    line-height: 1.4;
    color: var(--_muted);
  }
  .organization a {
    color: inherit;
  }
  abbr[title] {
    text-decoration: underline dotted;
    text-underline-offset: 0.15em;
    cursor: help;
  }
  .count {
    margin-block-start: 0.5em;
    font-size: var(--_step-0);
    font-weight: 600;
    font-variant-numeric: lining-nums tabular-nums;
  }
  .occasion {
    margin-block-start: 0.375em;
    max-inline-size: 42em;
    font-family: var(--_serif);
    font-size: var(--_step-0);
    font-style: italic;
    line-height: 1.45;
    color: var(--_muted);
  }
  .none {
    color: var(--_muted);
    font-style: italic;
  }

  /* Members */
  .members,
  .chips {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .members {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    column-gap: calc(var(--_space) * 1.5);
  }
  .member {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    padding-block: 0.75rem;
    border-block-start: 1px solid var(--_border);
  }
  .avatar {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: var(--_avatar-size);
    block-size: var(--_avatar-size);
    border-radius: 50%;
    object-fit: cover;
    background: var(--lede-delegation-avatar-background, var(--_subtle));
  }
  .initials {
    overflow: hidden;
    color: var(--lede-delegation-avatar-color, var(--_accent));
    font-size: calc(var(--_avatar-size) * 0.36);
    font-weight: 700;
    line-height: 1;
    white-space: nowrap;
    user-select: none;
  }
  .person {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
    padding-block-start: 0.125rem;
  }
  .name {
    font-size: var(--_step-0);
    font-weight: 700;
    line-height: 1.3;
  }
  span.name {
    color: var(--_text);
  }
  .role,
  .affiliation {
    margin-block-start: 0.125rem;
    font-size: var(--_step--1);
    line-height: 1.35;
  }
  .affiliation {
    color: var(--_muted);
  }
  .affiliation a {
    color: inherit;
  }

  /* Show all / Show fewer, and the kinds of members */
  .toggle,
  .chip {
    border: 1px solid var(--_border);
    border-radius: 999px;
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 2.75rem;
    margin-block-start: 0.5rem;
    padding-block: 0.5em;
    padding-inline: 1.125em 1em;
    background: var(--_surface);
    color: var(--_link);
    font: inherit;
    font-size: var(--_step--1);
    font-weight: 600;
    line-height: 1.2;
    cursor: pointer;
  }
  .toggle:hover {
    border-color: currentColor;
    background: var(--_subtle);
  }
  .toggle::after {
    content: '';
    inline-size: 0.45em;
    block-size: 0.45em;
    margin-block-start: -0.25em;
    border-block-end: 2px solid currentColor;
    border-inline-end: 2px solid currentColor;
    transform: rotate(45deg);
  }
  .toggle[aria-expanded='true']::after {
    margin-block: 0.25em 0;
    transform: rotate(-135deg);
  }
  @media (prefers-reduced-motion: no-preference) {
    .toggle {
      transition:
        background-color 0.15s,
        border-color 0.15s;
    }
  }

  /* Kinds of members */
  .groups {
    margin-block-start: var(--_space);
    padding-block-start: calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_border);
  }
  .groups-label {
    margin-block-end: 0.5rem;
    font-size: var(--_step--1);
    font-weight: 700;
    font-variant-caps: all-small-caps;
    letter-spacing: 0.02em;
    color: var(--_muted);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  .chip {
    padding-block: 0.25em;
    padding-inline: 0.75em;
    background: var(--_subtle);
    font-size: var(--_step--1);
    line-height: 1.3;
  }

  /*
   * Loading: each placeholder takes the type of the part it stands for, and draws one bar a
   * line. Below 24rem the organization takes two lines, the occasion three and the kinds of
   * members five rows; from 24rem one, two and four; from 34rem, where the members stand side
   * by side, one, two and two.
   */
  .skeleton-text.heading {
    --_last: 60%;
  }
  .skeleton-text.organization {
    --_lines: 2;
    --_last: 50%;
  }
  .skeleton-text.count {
    --_last: 8em;
  }
  .skeleton-text.occasion {
    --_lines: 3;
    --_last: 45%;
  }
  .skeleton-text.name {
    --_last: 9rem;
  }
  .skeleton-text.role,
  .skeleton-text.affiliation {
    --_last: 12rem;
  }
  .skeleton-text.groups-label {
    --_last: 8em;
  }
  /* Rows of chips: bars the height of a chip, broken into chip-wide pieces. */
  .skeleton-text.chips {
    --_rows: 5;
    --_chip: calc(1.8em + 2px);
    --_gap: 0.375rem;
    display: block;
    block-size: calc(var(--_rows) * (var(--_chip) + var(--_gap)) - var(--_gap));
    font-size: var(--_step--1);
    background: repeating-linear-gradient(
      var(--_subtle) 0 var(--_chip),
      transparent 0 calc(var(--_chip) + var(--_gap))
    );
    mask: repeating-linear-gradient(to right, #000 0 8em, transparent 0 calc(8em + var(--_gap)));
  }
  div.person {
    flex: 1;
  }
  @container (min-width: 24rem) {
    .skeleton-text.organization {
      --_lines: 1;
    }
    .skeleton-text.occasion {
      --_lines: 2;
    }
    .skeleton-text.chips {
      --_rows: 4;
    }
  }
  @container (min-width: 34rem) {
    .heading {
      font-size: var(--_step-3);
    }
    .skeleton-text.chips {
      --_rows: 2;
    }
    .members {
      grid-template-columns: repeat(auto-fill, minmax(min(var(--_column), 100%), 1fr));
    }
  }
  @container (max-width: 18rem) {
    .members {
      --_avatar-size: calc(var(--lede-delegation-avatar-size, 2.75rem) * 0.82);
    }
    .member {
      gap: 0.5rem;
    }
  }
`;
