import { css } from 'lit';

/**
 * The base tokens every element reads. Each `--lede-*` property may be set by the page on any
 * ancestor; the fallbacks here are the default light and dark sets. `light-dark()` follows the
 * element's `color-scheme`, which follows the reader's preference unless `--lede-color-scheme`
 * (or the `theme` attribute) forces one. docs/theming.md lists every token.
 *
 * Text in Urdu and Arabic takes its own font stacks (`--lede-font-nastaliq`,
 * `--lede-font-naskh`) wherever it is, on the page or in a story marked with its language.
 */
export const tokens = css`
  :host {
    --_text: var(--lede-color-text, light-dark(#1a1a1a, #ededed));
    --_muted: var(--lede-color-muted, light-dark(#555555, #b4b4b4));
    --_accent: var(--lede-color-accent, light-dark(#b3261e, #ff8a80));
    --_link: var(--lede-color-link, light-dark(#0b4f8a, #8cc4ff));
    --_surface: var(--lede-color-surface, light-dark(#ffffff, #161616));
    --_subtle: var(--lede-color-subtle, light-dark(#f3f1ee, #242424));
    --_border: var(--lede-color-border, light-dark(#d8d4ce, #3a3a3a));
    --_error: var(--lede-color-error, light-dark(#a4161a, #ff9b9b));
    --_focus: var(--lede-color-focus, light-dark(#1a5fb4, #99c1f1));
    --_font-serif: var(
      --lede-font-serif,
      Iowan Old Style,
      Charter,
      Noto Serif,
      Georgia,
      Cambria,
      Times New Roman,
      serif
    );
    --_font-sans: var(
      --lede-font-sans,
      system-ui,
      -apple-system,
      Segoe UI,
      Roboto,
      Noto Sans,
      Helvetica Neue,
      Arial,
      sans-serif
    );
    /* Arabic: a naskh for text; interface text keeps the sans stack, whose system fonts read well. */
    --_font-naskh: var(
      --lede-font-naskh,
      Noto Naskh Arabic,
      Amiri,
      Scheherazade New,
      Traditional Arabic,
      Geeza Pro,
      serif
    );
    /* Urdu readers expect nastaliq for everything, with naskh only as a last resort. */
    --_font-nastaliq: var(
      --lede-font-nastaliq,
      Noto Nastaliq Urdu,
      Jameel Noori Nastaleeq,
      Urdu Typesetting,
      Nafees Nastaleeq,
      Alvi Nastaleeq,
      var(--_font-naskh)
    );
    --_serif: var(--_font-serif);
    --_sans: var(--_font-sans);
    --_radius: var(--lede-radius, 0.5rem);
    --_space: var(--lede-space, 1rem);
    --_scale: var(--lede-type-scale, 1.25);
    --_step-0: var(--lede-font-size, 1rem);
    --_step-1: calc(var(--_step-0) * var(--_scale));
    --_step-2: calc(var(--_step-1) * var(--_scale));
    --_step-3: calc(var(--_step-2) * var(--_scale));
    --_step--1: calc(var(--_step-0) / var(--_scale) * 1.1);
    display: block;
  }
  /*
   * The element's colours and type are set at the top of its shadow tree, not on the host, and
   * nothing of the page's text styles is inherited: a page's rules win over :host rules
   * (* { all: revert } strips the host of them), and the text styles of the page's html
   * and body (Reboot's, Preflight's) would reach in through the host. Custom properties are
   * not touched by all, so the tokens still come from the page. docs/security.md.
   */
  :host > * {
    color-scheme: var(--lede-color-scheme, light dark);
    box-sizing: border-box;
    color: var(--_text);
    font: 1rem/1.5 var(--_sans);
    letter-spacing: normal;
    text-align: start;
    text-transform: none;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  :host([theme='light']) > * {
    color-scheme: light;
  }
  :host([theme='dark']) > * {
    color-scheme: dark;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  /*
   * Scripts. The stacks switch wherever the language does — on the host, or on a story marked
   * lang inside it — and switch back inside text marked as another language. What the shadow
   * tree holds takes the host's language, so :lang() alone covers both; the host's own
   * values are read by nothing.
   */
  :lang(ar),
  :lang(fa) {
    --_serif: var(--_font-naskh);
  }
  :lang(ur) {
    --_serif: var(--_font-nastaliq);
    --_sans: var(--_font-nastaliq);
  }
  [lang]:not(:lang(ar), :lang(fa), :lang(ur)) {
    --_serif: var(--_font-serif);
    --_sans: var(--_font-sans);
  }
  /* Text marked with a language does not inherit another script's font or line height. */
  :where([lang]) {
    font-family: var(--_sans);
  }
  :where([lang]:not(:lang(ur))) {
    line-height: 1.5;
  }
  /*
   * Nastaliq sets each word on a slanted baseline, and long words climb into the line above
   * unless lines are far taller than Latin ones. Decorations (hidden from screen readers) keep
   * the line height they were drawn for.
   */
  :host :lang(ur):not([aria-hidden='true']) {
    line-height: var(--lede-line-height-nastaliq, 2.5);
  }
  /* Spacing letters apart breaks the joins of cursive scripts. */
  :host :is(:lang(ar), :lang(fa), :lang(ur)) {
    letter-spacing: normal;
  }
  /* These scripts have no italic; a slanted copy of their letters only hurts reading. */
  :host :is(:lang(ar), :lang(fa), :lang(ur), :lang(zh), :lang(ja), :lang(ko)) {
    font-style: normal;
  }
  /*
   * Figures and dates are units of their own, laid out in the direction of their own words:
   * "23 اگست، 2022" keeps its order inside English text, and "August 23, 2022" inside Urdu.
   */
  data,
  time {
    unicode-bidi: plaintext;
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
  /* Paragraphs are spaced by the parts they belong to. */
  p {
    margin: 0;
  }
  .error {
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
