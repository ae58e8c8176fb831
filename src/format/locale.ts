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
  return canonicalTag(lang.trim()) ?? fallback;
}

/**
 * Canonical tags by the tag as written: every card formats its date, reading time and byline
 * in its locale, resolving it each time, and `Intl.getCanonicalLocales` costs about as much as
 * formatting a date. A page uses few tags; the memo starts over past a hundred, so no stream of
 * odd tags makes it grow.
 */
const canonicalTags = new Map<string, string | undefined>();

function canonicalTag(tag: string): string | undefined {
  if (canonicalTags.has(tag)) return canonicalTags.get(tag);
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(tag.replaceAll('_', '-'))[0];
  } catch {
    canonical = undefined; // not a BCP 47 tag
  }
  if (canonicalTags.size >= 100) canonicalTags.clear();
  canonicalTags.set(tag, canonical);
  return canonical;
}
