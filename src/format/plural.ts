/** Plural categories, so that "35 members" reads right in every language. */
import { resolveLocale } from './locale.js';

/** One set of rules per locale: constructing Intl objects is costly. */
const pluralRules = new Map<string, Intl.PluralRules>();

/** The CLDR plural category of `count` in `locale`; 'other' for values that are not numbers. */
export function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
  if (!Number.isFinite(count)) return 'other';
  const tag = resolveLocale(locale);
  let rules = pluralRules.get(tag);
  if (!rules) {
    rules = new Intl.PluralRules(tag);
    pluralRules.set(tag, rules);
  }
  return rules.select(count);
}
