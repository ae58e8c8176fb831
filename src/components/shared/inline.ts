import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  ownInlineHtml,
  parseInlineHtml,
  type InlineElement,
  type InlineNode,
} from '../../model/inline-html.js';
import { safeUrl } from '../../model/safe-url.js';
import type { InlineContent } from '../../model/types.js';

/** What `renderInline` returns: text, templates, or nothing at all. */
export type InlineResult = string | TemplateResult | typeof nothing | InlineResult[];

/**
 * Renders a piece of inline content through Lit templates: `html` (the inline subset, parsed
 * into nodes by `parseInlineHtml`) when it is given, `text` otherwise. No string ever reaches
 * an HTML sink, so it works under Trusted Types and in the server renderer alike. Each link's
 * href passes `safeUrl` again here; a link without a safe one renders its children as text.
 * `html` counts only as the content's own property (`ownInlineHtml`).
 */
export function renderInline(content: InlineContent): InlineResult {
  const markup = ownInlineHtml(content);
  if (markup !== undefined) return renderNodes(parseInlineHtml(markup));
  return typeof content.text === 'string' ? content.text : nothing;
}

/** Renders nodes already parsed by `parseInlineHtml`. */
export function renderNodes(nodes: readonly InlineNode[]): InlineResult[] {
  return nodes.map(renderNode);
}

function renderNode(node: InlineNode): InlineResult {
  return typeof node === 'string' ? node : renderElement(node);
}

// Lit needs each tag written out in its template, hence one case per tag of the subset.
function renderElement(node: InlineElement): InlineResult {
  const children = renderNodes(node.children);
  switch (node.tag) {
    case 'a': {
      const href = safeUrl(node.href);
      return href === undefined
        ? children
        : html`<a href=${href} title=${ifDefined(node.title)}>${children}</a>`;
    }
    case 'em':
      return html`<em>${children}</em>`;
    case 'i':
      return html`<i>${children}</i>`;
    case 'strong':
      return html`<strong>${children}</strong>`;
    case 'b':
      return html`<b>${children}</b>`;
    case 'br':
      return html`<br />`;
    case 'sub':
      return html`<sub>${children}</sub>`;
    case 'sup':
      return html`<sup>${children}</sup>`;
    case 'q':
      return html`<q>${children}</q>`;
    case 'abbr':
      return html`<abbr title=${ifDefined(node.title)}>${children}</abbr>`;
    default:
      // A tag outside the subset cannot come from the parser; its text is still shown.
      return children;
  }
}
