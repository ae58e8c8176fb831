/** Escaping text for HTML: the one implementation the adapters and the server renderer share. */

/** Escapes text for HTML text content and for attribute values in double quotes. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
