/**
 * Lede's translations as `@lit/localize` locale modules, for whoever configures localization:
 * the page's own application (npm build) or Lede's CDN build. Importing this module configures
 * nothing; each translation is a separate chunk, loaded only when asked for.
 */
import type { LocaleModule } from '@lit/localize';
// Starts listening for the locale becoming ready before any application can make it so: the
// elements choose plural forms in that locale.
import '../core/locale.js';
import { sourceLocale, targetLocales } from './locale-codes.js';

/** A locale Lede has a translation for. */
export type LedeTargetLocale = (typeof targetLocales)[number];

/** The locale Lede's messages are written in. */
export const ledeSourceLocale = sourceLocale;

/** The locales Lede is translated into, besides its source. */
export const ledeTargetLocales: readonly LedeTargetLocale[] = targetLocales;

/**
 * The translations, one dynamic import each, so that a bundler makes each its own chunk and a
 * page downloads only the one it shows.
 */
export const ledeLocaleModules: Readonly<Record<LedeTargetLocale, () => Promise<LocaleModule>>> = {
  ar: () => import('./locales/ar.js'),
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  ur: () => import('./locales/ur.js'),
  'zh-Hans': () => import('./locales/zh-Hans.js'),
};

const NO_TRANSLATION: LocaleModule = { templates: {} };

/**
 * The Lede locale that serves a page language: `ur-PK` → `ur`, `zh-CN` and `zh-SG` →
 * `zh-Hans`, `es-419` → `es`, or the source locale `en` when Lede has no translation (then
 * its words stay English). Accepts POSIX-style tags (`zh_CN`) as CMSs write them.
 */
export function matchLedeLocale(lang: string | null | undefined): string {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale((lang ?? '').trim().replaceAll('_', '-'));
  } catch {
    return ledeSourceLocale;
  }
  const { language } = locale;
  const script = locale.maximize().script;
  for (const target of ledeTargetLocales) {
    const candidate = new Intl.Locale(target);
    // A target with a script (zh-Hans) serves only that script: zh-TW is written in Hant.
    if (candidate.language === language && (!candidate.script || candidate.script === script)) {
      return target;
    }
  }
  return ledeSourceLocale;
}

function isTargetLocale(locale: string): locale is LedeTargetLocale {
  return (ledeTargetLocales as readonly string[]).includes(locale);
}

/**
 * Loads Lede's translation for `locale` (any BCP 47 tag, matched as {@link matchLedeLocale}
 * does): a `@lit/localize` locale module. For the source language, or a language Lede is not
 * translated into, its `templates` are empty and the elements keep their English words.
 */
export async function loadLedeLocale(locale: string): Promise<LocaleModule> {
  const matched = matchLedeLocale(locale);
  return isTargetLocale(matched) ? ledeLocaleModules[matched]() : NO_TRANSLATION;
}

/**
 * Wraps an application's own `loadLocale` so that Lede's translations come with it: pass the
 * result to `configureLocalization`, the one call a page may make. The application's
 * templates win over Lede's when both translate the same message id.
 *
 * ```ts
 * configureLocalization({
 *   sourceLocale: 'en',
 *   targetLocales: ['ar', 'ur'],
 *   loadLocale: withLedeTranslations((locale) => import(`./locales/${locale}.js`)),
 * });
 * ```
 */
export function withLedeTranslations(
  loadLocale: (locale: string) => Promise<LocaleModule>,
): (locale: string) => Promise<LocaleModule> {
  return async (locale) => {
    const [own, lede] = await Promise.all([loadLocale(locale), loadLedeLocale(locale)]);
    return { templates: { ...lede.templates, ...own.templates } };
  };
}
