import { css } from 'lit';

/**
 * The base tokens every element reads. Each `--lede-*` property may be set by the page on any
 * ancestor; the fallbacks here are the default light and dark sets. `light-dark()` follows the
 * element's `color-scheme`, which follows the reader's preference unless `--lede-color-scheme`
 * (or the `theme` attribute) forces one.
 */
export const tokens = css`
  :host {
    color-scheme: var(--lede-color-scheme, light dark);
    --_text: var(--lede-color-text, light-dark(#1a1a1a, #ededed));
    --_muted: var(--lede-color-muted, light-dark(#555555, #b4b4b4));
    --_accent: var(--lede-color-accent, light-dark(#b3261e, #ff8a80));
    --_link: var(--lede-color-link, light-dark(#0b4f8a, #8cc4ff));
    --_surface: var(--lede-color-surface, light-dark(#ffffff, #161616));
    --_subtle: var(--lede-color-subtle, light-dark(#f3f1ee, #242424));
    --_border: var(--lede-color-border, light-dark(#d8d4ce, #3a3a3a));
    --_error: var(--lede-color-error, light-dark(#a4161a, #ff9b9b));
    --_focus: var(--lede-color-focus, light-dark(#1a5fb4, #99c1f1));
    --_serif: var(
      --lede-font-serif,
      'Iowan Old Style',
      'Charter',
      'Noto Serif',
      Georgia,
      Cambria,
      'Times New Roman',
      serif
    );
    --_sans: var(
      --lede-font-sans,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    --_radius: var(--lede-radius, 0.5rem);
    --_space: var(--lede-space, 1rem);
    --_scale: var(--lede-type-scale, 1.25);
    --_step-0: var(--lede-font-size, 1rem);
    --_step-1: calc(var(--_step-0) * var(--_scale));
    --_step-2: calc(var(--_step-1) * var(--_scale));
    --_step-3: calc(var(--_step-2) * var(--_scale));
    --_step--1: calc(var(--_step-0) / var(--_scale) * 1.1);
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_sans);
    line-height: 1.5;
    text-align: start;
    overflow-wrap: anywhere;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .error {
    margin: 0;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_error);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    color: var(--_error);
    background: var(--_surface);
    font: 0.9375rem/1.4 var(--_sans);
  }
  .skeleton {
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: lede-pulse 1.4s ease-in-out infinite;
    }
  }
  @keyframes lede-pulse {
    50% {
      opacity: 0.55;
    }
  }
`;
