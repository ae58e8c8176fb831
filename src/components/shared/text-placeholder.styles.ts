import { css } from 'lit';

/**
 * The loading placeholder for lines of text, for the elements whose placeholders draw their
 * parts line by line (article card, pull quote, stat badge, delegation list): one bar a line,
 * centred on it, in the type of the part it stands for. --_lines lines (1 unless set or
 * inherited) of --_leading each (the line height unless set), the last one --_last long, the
 * bars in --_bar-color.
 */
export const textPlaceholder = css`
  .skeleton-text {
    block-size: calc(var(--_lines, 1) * var(--_leading, 1lh));
    border-radius: 0;
    background: repeating-linear-gradient(
      transparent 0 calc((var(--_leading, 1lh) - 0.8em) / 2),
      var(--_bar-color, var(--_subtle)) 0 calc((var(--_leading, 1lh) + 0.8em) / 2),
      transparent 0 var(--_leading, 1lh)
    );
    mask:
      linear-gradient(#000 0 0) top / 100% calc(100% - var(--_leading, 1lh)) no-repeat,
      linear-gradient(#000 0 0) bottom left / var(--_last, 100%) var(--_leading, 1lh) no-repeat;
  }
  .skeleton-text:dir(rtl) {
    mask-position:
      top,
      bottom right;
  }
`;
