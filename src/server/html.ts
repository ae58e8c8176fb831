/**
 * The small pieces of HTML the server renderer writes around Lit's output: inline JSON, the
 * tags for a page's head, and a standalone page. Pure string functions.
 */

import { escapeHtml } from '../model/escape-html.js';

/**
 * JSON that is inert inside a `<script>` element: `<` is written as `\u003c`, so no `</script>`
 * or `<!--` in the data can end or change the script, and the line separators that older
 * parsers refuse are escaped too.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A `<script>` element holding `value` as JSON data, never run. */
export function jsonScript(value: unknown, type: string, attributes = ''): string {
  return `<script type="${type}"${attributes}>${scriptJson(value)}</script>`;
}

/** Puts `children` inside the element that `html` ends with (`</tag>`), after what it holds. */
export function appendChildren(html: string, tag: string, children: string): string {
  const close = `</${tag}>`;
  const at = html.lastIndexOf(close);
  if (at < 0) throw new Error(`the rendered HTML does not end with ${close}`);
  return html.slice(0, at) + children + html.slice(at);
}

/** What a standalone page needs around the rendered element. */
export interface PageParts {
  html: string;
  head: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
}

/** A complete HTML document showing one rendered element. */
export function standalonePage({ html, head, lang, dir, title }: PageParts): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${head}
</head>
<body>
${html}
</body>
</html>
`;
}
