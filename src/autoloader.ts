/**
 * Loads each Lede element the first time its tag appears on the page, and never twice. A page
 * that uses the autoloader writes tags and one script; it downloads only the elements it shows,
 * and, in the CDN build, the element modules share their code (one Lit, one core, one model)
 * however many kinds of elements the page holds.
 *
 * It watches the document from the start; `observe(root)` adds a shadow root, whose tags a
 * document-wide watch cannot see. An element's module may be preloaded with
 * `<link rel="modulepreload">`: the import below reuses that request.
 *
 * It has no static import, so that nothing of the elements' shared code is loaded before a tag
 * asks for it.
 */

/** The module that registers each tag (and, for `lede-article`, the elements a story holds). */
const loaders: Record<string, (() => Promise<unknown>) | undefined> = {
  'lede-article': () => import('./components/article/define.js'),
  'lede-article-card': () => import('./components/article-card/define.js'),
  'lede-delegation-list': () => import('./components/delegation-list/define.js'),
  'lede-pull-quote': () => import('./components/pull-quote/define.js'),
  'lede-related-links': () => import('./components/related-links/define.js'),
  'lede-stat-badge': () => import('./components/stat-badge/define.js'),
};

/** Imports the module of `tag` unless it was imported already; other tags are left alone. */
function load(tag: string): void {
  const loader = loaders[tag];
  if (!loader) return;
  loaders[tag] = undefined;
  loader().catch((error: unknown) => {
    loaders[tag] = loader; // a later tag may try again
    console.warn(`Lede: <${tag}> could not be loaded.`, error);
  });
}

/** Loads every Lede tag at or under `node`. */
function loadUnder(node: Node): void {
  if (!(node instanceof Element || node instanceof DocumentFragment || node instanceof Document)) {
    return;
  }
  if (node instanceof Element) load(node.localName);
  for (const element of node.querySelectorAll(':not(:defined)')) load(element.localName);
}

const observer = new MutationObserver((records) => {
  for (const record of records) record.addedNodes.forEach(loadUnder);
});

/**
 * Loads the Lede elements used under `root` — the document, or a shadow root, whose content a
 * watch on the document does not see — now and whenever tags are added there.
 */
export function observe(root: Document | ShadowRoot): void {
  loadUnder(root);
  observer.observe(root, { childList: true, subtree: true });
}

if (typeof document !== 'undefined') observe(document);
