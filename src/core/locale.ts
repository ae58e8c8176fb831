/**
 * The language of an element: the nearest `lang` attribute on it or an ancestor, crossing
 * shadow roots, so a story marked `lang="ur"` on an English page formats as Urdu.
 */
export function nearestLang(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}
