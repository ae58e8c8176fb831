import { nothing } from 'lit';

/**
 * An inline `<script type="application/json">` child holding `text` exactly as given — valid
 * or not — made as a node because Lit does not bind inside `<script>`.
 */
export function inlineJson(text: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  return script;
}

/**
 * The inline JSON a story's loaders gave as `loaded.json` (the bad-JSON state), as the element's
 * child; nothing for every other story.
 */
export function loadedInlineJson(
  loaded: Record<string, unknown>,
): HTMLScriptElement | typeof nothing {
  return typeof loaded.json === 'string' ? inlineJson(loaded.json) : nothing;
}
