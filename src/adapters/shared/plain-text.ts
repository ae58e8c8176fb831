/**
 * The plain text of inline HTML, apart from the HTML splitter: completing a conversion needs it
 * on every path, the splitter only for formats with HTML bodies, which load it in their chunk.
 */
import { inlineText, parseInlineHtml } from '../../model/inline-html.js';

/**
 * The plain text of an inline HTML fragment; undefined when blank or absent, so a field read as
 * optional passes straight through. Only HTML's own whitespace is collapsed: thin and no-break
 * spaces are the writer's typography and stay.
 */
export function plainText(html: string | undefined): string | undefined {
  if (html === undefined) return undefined;
  return (
    inlineText(parseInlineHtml(html))
      .replace(/[ \t\n\f\r]+/g, ' ')
      .trim() || undefined
  );
}
