/** Locale-aware lists: "economists, diplomats, and lawyers". */
import { resolveLocale } from './locale.js';

/** `conjunction` joins with "and", `disjunction` with "or", in the locale's words. */
export type ListType = 'conjunction' | 'disjunction';

/** Joins `items` as a list in `locale`; non-string items are left out. */
export function formatList(
  items: string[],
  locale: string,
  type: ListType = 'conjunction',
): string {
  const strings = Array.isArray(items) ? items.filter((item) => typeof item === 'string') : [];
  try {
    return listFormat(resolveLocale(locale), type).format(strings);
  } catch {
    // Only a `type` outside the union, from untyped callers, gets here.
    return strings.join(', ');
  }
}

const listFormats = new Map<string, Intl.ListFormat>();

/** One formatter per locale and type: constructing Intl formatters is costly. */
function listFormat(locale: string, type: ListType): Intl.ListFormat {
  const key = `${locale}|${type}`;
  let format = listFormats.get(key);
  if (!format) {
    format = new Intl.ListFormat(locale, { type });
    listFormats.set(key, format);
  }
  return format;
}
