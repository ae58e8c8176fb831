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
  p {
    margin: 0;
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

  /* Loading */
  .skeleton-heading {
    inline-size: 60%;
    block-size: calc(var(--_step-2) * 1.15);
  }
  .skeleton-line {
    inline-size: 35%;
    block-size: 1.25em;
    margin-block-start: 0.5em;
  }
  .skeleton-line.wide {
    inline-size: 75%;
    block-size: 2.75em;
  }
  /* The kinds of members: a label and two rows of chips on a wide box, more on a narrow one. */
  .skeleton-groups {
    block-size: 9rem;
    margin-block-start: var(--_space);
  }
  .skeleton-name {
    inline-size: 9rem;
    max-inline-size: 100%;
    block-size: 1.1em;
  }
  .skeleton-role {
    inline-size: 12rem;
    max-inline-size: 100%;
    block-size: 0.9em;
    margin-block-start: 0.375em;
  }
  div.person {
    flex: 1;
  }

  @container (min-width: 34rem) {
    .heading {
      font-size: var(--_step-3);
    }
    .skeleton-groups {
      block-size: 5.5rem;
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
