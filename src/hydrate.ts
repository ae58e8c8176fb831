/**
 * Every Lede element, ready to hydrate HTML written by the server renderer. Lit's hydration
 * support must run before Lit defines its element class: the CDN build (`lede-hydrate.js`)
 * puts it first; from npm, import this module before anything that imports Lit. It also
 * installs how the elements check the server's HTML before hydrating it (`core/hydration.ts`),
 * which the other builds do not carry.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { serverHtmlCheck } from './core/hydration.js';
import { checkServerHtmlWith } from './core/lede-element.js';
import './lede.js';

checkServerHtmlWith(serverHtmlCheck);
