/**
 * Every Lede element, ready to hydrate HTML written by the server renderer. Lit's hydration
 * support must run before Lit defines its element class: the CDN build (`lede-hydrate.js`)
 * puts it first; from npm, import this module before anything that imports Lit.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './lede.js';
