/**
 * Resolves a language tag, as found in `lang` attributes and `inLanguage` fields, to a BCP 47
 * tag that every `Intl` constructor accepts.
 */

/**
 * Returns the canonical form of `lang` (`en_us` → `en-US`, since CMSs often write POSIX-style
 * underscores), or `fallback` when `lang` is empty or not a valid BCP 47 tag.
 */
export function resolveLocale(lang: string | null | undefined, fallback = 'en'): string {
  if (typeof lang !== 'string' || !lang.trim()) return fallback;
  try {
    return Intl.getCanonicalLocales(lang.trim().replaceAll('_', '-'))[0] ?? fallback;
  } catch {
    return fallback;
  }
}
