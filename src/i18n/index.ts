/**
 * Lede's translations and the means to use them, with no side effect: importing this module
 * configures nothing. An application that configures `@lit/localize` itself adds Lede's
 * translations with `withLedeTranslations` or `loadLedeLocale`; a page without localization of
 * its own can let Lede follow its `<html lang>` with `followPageLanguage`.
 */
export {
  ledeLocaleModules,
  ledeSourceLocale,
  ledeTargetLocales,
  loadLedeLocale,
  matchLedeLocale,
  withLedeTranslations,
} from './translations.js';
export type { LedeTargetLocale } from './translations.js';
export { followPageLanguage } from './page-language.js';
