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
