/**
 * `lede-elements/server`: renders stories to HTML in Node, with declarative shadow DOM, for
 * pages that show the story before any script and hydrate it (see docs/server.md).
 */
export { renderArticle, LedeRenderError, LEDE_ELEMENTS } from './render.js';
export type { LedeElementName, RenderOptions, RenderResult } from './render.js';
export { standalonePage } from './html.js';
