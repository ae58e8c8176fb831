/**
 * Lede configuring `@lit/localize` for itself, for pages that have no localization of their
 * own: the CDN build, or an npm install that opts in. The elements' words follow the page's
 * `<html lang>`, also when it changes, and only the one translation needed is downloaded.
 */
import { configureLocalization } from '@lit/localize';
import {
  ledeSourceLocale,
  ledeTargetLocales,
  loadLedeLocale,
  matchLedeLocale,
} from './translations.js';

let following: Promise<void> | undefined;

/**
 * Configures `@lit/localize` with Lede's translations and keeps its locale on the language of
 * `root` (the page's `<html>`): set now, and again whenever its `lang` attribute changes. The
 * promise settles when the first locale is ready. Called again, it returns the same promise.
 *
 * `@lit/localize` can be configured once per copy loaded in a page. When this copy already is,
 * nothing changes and one warning says so: the elements follow that configuration instead.
 */
export function followPageLanguage(root: HTMLElement = document.documentElement): Promise<void> {
  if (following) return following;
  let setLocale: (locale: string) => Promise<void>;
  try {
    ({ setLocale } = configureLocalization({
      sourceLocale: ledeSourceLocale,
      targetLocales: ledeTargetLocales,
      loadLocale: loadLedeLocale,
    }));
  } catch {
    console.warn(
      'Lede: @lit/localize is already configured on this page, so Lede follows that configuration. Add Lede’s translations to it with withLedeTranslations().',
    );
    following = Promise.resolve();
    return following;
  }
  const applyPageLanguage = () =>
    setLocale(matchLedeLocale(root.lang)).catch((error: unknown) => {
      // A translation that fails to download leaves the words in the language they were in.
      console.warn(`Lede: the translation for "${root.lang}" could not be loaded.`, error);
    });
  new MutationObserver(() => void applyPageLanguage()).observe(root, {
    attributes: true,
    attributeFilter: ['lang'],
  });
  following = applyPageLanguage();
  return following;
}
