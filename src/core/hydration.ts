/**
 * How an element takes over the HTML the server wrote, in the hydrating build only
 * (`lede-hydrate.js`, `lede-elements/hydrate.js`): without Lit's hydration support the
 * server's HTML is replaced, so the other builds need none of this (see `LedeElement.update`).
 */
import { matchLedeLocale } from '../i18n/translations.js';
import type { ServerHtmlCheck } from './lede-element.js';
import { messageLocale } from './locale.js';
import { ssrMarker } from './server-render.js';

export const serverHtmlCheck: ServerHtmlCheck = {
  /**
   * Holds the first render of an element the server wrote in a language whose translation the
   * page is still loading (the CDN build follows `<html lang>`): its HTML stays as it is, and
   * hydrates once the words are ready, instead of turning English and back.
   */
  holds(element, marker) {
    const serverLocale = marker.split(' ')[1];
    const pageLocale = matchLedeLocale(element.ownerDocument.documentElement.lang);
    return serverLocale === pageLocale && messageLocale() !== serverLocale;
  },

  /**
   * Keeps the server's HTML when it says what the element would render now (Lit's hydration),
   * and otherwise clears it: when the page's language or the elements' words differ from those
   * the server used, or the data came from elsewhere than the inline JSON the server wrote.
   */
  renderAfresh(element, root, marker, locale, fromServer) {
    const current = ssrMarker(locale, messageLocale());
    if (marker === current && fromServer) return false;
    console.info(
      `<${element.localName}>: server HTML (${marker}) differs (${current}): rendered again`,
    );
    // The server's styles stay: with hydration support, Lit adopts none of its own.
    for (const node of [...root.childNodes]) {
      if (!(node instanceof HTMLStyleElement)) node.remove();
    }
    return true;
  },
};
