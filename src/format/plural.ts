/** Plural categories, so that "35 members" reads right in every language. */
import { resolveLocale } from './locale.js';

/** The CLDR plural category of `count` in `locale`; 'other' for values that are not numbers. */
export function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
  if (!Number.isFinite(count)) return 'other';
  return new Intl.PluralRules(resolveLocale(locale)).select(count);
}
