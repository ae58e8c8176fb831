/** Locale-aware numbers: "6,000", and compact forms such as "220M" or "22 کروڑ". */
import { resolveLocale } from './locale.js';

/** `standard` writes every digit; `compact` abbreviates in the locale's own way. */
export type NumberStyle = 'standard' | 'compact';

// Building a formatter costs far more than using one, and a page formats many numbers in few
// locales.
const formatters = new Map<string, Intl.NumberFormat>();

/** Formats `value` for `locale`; returns '' for NaN and infinities, which no reader can use. */
export function formatNumber(
  value: number,
  locale: string,
  style: NumberStyle = 'standard',
): string {
  if (!Number.isFinite(value)) return '';
  const tag = resolveLocale(locale);
  const compact = style === 'compact';
  const key = `${tag}|${compact}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(tag, compact ? { notation: 'compact' } : {});
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}
