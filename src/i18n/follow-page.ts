/**
 * Lets the elements' own words follow the page's `<html lang>`, for pages with no localization
 * of their own: the CDN entries run it, and an npm install opts in with one line,
 * `import 'lede-elements/i18n/follow-page.js'`. The `@lit/localize` runtime that does so is a
 * module of its own, loaded only once the page is in a language Lede is translated into; an
 * English page never downloads it. An application that configures `@lit/localize` itself does
 * not import this module, and adds Lede's translations with `withLedeTranslations` instead.
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
