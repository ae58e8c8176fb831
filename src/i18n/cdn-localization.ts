/**
 * The CDN build's localization: its own copy of `@lit/localize`, configured by Lede, following
 * the page's `<html lang>`. The runtime that does so is a chunk of its own, loaded only once the
 * page is in a language Lede is translated into; an English page never downloads it. The npm
 * build never imports this module, so it leaves the one configuration a page may make to the
 * application (see `withLedeTranslations`).
 */
import { ledeSourceLocale, matchLedeLocale } from './translations.js';

/** Loads the runtime the first time `<html lang>` names a translated language. */
function followWhenTranslated(root: HTMLElement): void {
  const start = () => {
    if (matchLedeLocale(root.lang) === ledeSourceLocale) return;
    observer.disconnect();
    import('./page-language.js').then(
      ({ followPageLanguage }) => followPageLanguage(root),
      (error: unknown) => {
        // Without the runtime the words stay English, as with a translation that fails.
        console.warn(`Lede: the translation for "${root.lang}" could not be loaded.`, error);
      },
    );
  };
  const observer = new MutationObserver(start);
  observer.observe(root, { attributes: true, attributeFilter: ['lang'] });
  start();
}

if (typeof document !== 'undefined') followWhenTranslated(document.documentElement);
