/**
 * The plain text of inline HTML, read from the tokenizer without building the parser's node
 * tree: what a word count needs. An element that counts words but never renders inline HTML
 * (the article card) then carries the tokenizer but not the tree builder.
 */
import { tokenizeHtml } from './html-tokens.js';

/**
 * The text of inline HTML exactly as `inlineText(parseInlineHtml(html))` gives it: the runs of
 * text the tokenizer reads, with `<br>` (and the stray `</br>` browsers read as one) as a
 * newline; '' for anything but a string. The parser's tree repairs (misnested and unclosed
 * tags, `a` in `a`, the nesting cap) only move text between elements, never reorder or drop
 * it, so the text needs no tree.
 */
export function textOfHtml(html: string): string {
  let text = '';
  tokenizeHtml(
    html,
    (run) => (text += run),
    (tag) => {
      if (tag.name === 'br') text += '\n';
    },
  );
  return text;
}

/**
 * The inline HTML a piece of content holds: its own `html` string, never one inherited from a
 * polluted `Object.prototype`, which would replace the text of every paragraph that has none.
 */
export function ownInlineHtml(content: object): string | undefined {
  const { html } = content as { html?: unknown };
  return Object.hasOwn(content, 'html') && typeof html === 'string' ? html : undefined;
}
