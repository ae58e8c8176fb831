/**
 * Locale-aware dates that show the calendar day the story gives, on every machine.
 *
 * Only ISO 8601 values are accepted (what `<time datetime>` accepts): `2022`, `2022-08`,
 * `2022-08-23`, or a date-time such as `2022-08-23T14:30:00-04:00`. A date-time shows the day
 * written in it, at its own offset: a story filed in Washington at 23:30-04:00 is dated the 23rd,
 * as its dateline says, not the 24th of UTC nor the reader's own day. Formatting always uses the
 * UTC zone on a date built from the written fields, so no time zone, of the reader or of a
 * server, can move the day.
 */
import { resolveLocale } from './locale.js';

/** How much of the date to spell out: "August 23, 2022", "Aug 23, 2022" or "8/23/22" in en. */
export type DateStyle = 'long' | 'medium' | 'short';

type Precision = 'year' | 'month' | 'day';

const ISO_DATE =
  /^(\d{4})(?:-(\d\d)(?:-(\d\d)(?:[Tt ](\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?(?:[Zz]|[+-](\d\d):?(\d\d))?)?)?)?$/;

function parseIsoDate(iso: unknown): { time: number; precision: Precision } | undefined {
  const match = typeof iso === 'string' ? ISO_DATE.exec(iso.trim()) : null;
  if (!match) return undefined;
  const [, year, month, day, hour = 0, minute = 0, second = 0, offsetHours = 0, offsetMinutes = 0] =
    match;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  date.setUTCFullYear(Number(year), Number(month ?? 1) - 1, Number(day ?? 1));
  const valid =
    date.getUTCMonth() === Number(month ?? 1) - 1 &&
    date.getUTCDate() === Number(day ?? 1) &&
    Number(hour) < 24 &&
    Number(minute) < 60 &&
    Number(second) < 60 &&
    Number(offsetHours) < 24 &&
    Number(offsetMinutes) < 60;
  if (!valid) return undefined;
  return { time: date.getTime(), precision: day ? 'day' : month ? 'month' : 'year' };
}

const MONTH_STYLES = { long: 'long', medium: 'short', short: 'numeric' } as const;

// Building a DateTimeFormat is slow, and a page of cards formats many dates in few locales.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string, precision: Precision, style: DateStyle): Intl.DateTimeFormat {
  const key = `${locale}|${precision}|${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions =
      precision === 'day'
        ? { dateStyle: style }
        : { year: 'numeric', month: precision === 'month' ? MONTH_STYLES[style] : undefined };
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Formats an ISO 8601 date, year-month, year or date-time in `locale`, to the precision the
 * value has; undefined when the value is not a valid ISO 8601 date.
 */
export function formatDate(
  iso: string,
  locale: string,
  style: DateStyle = 'long',
): string | undefined {
  const parsed = parseIsoDate(iso);
  if (!parsed) return undefined;
  try {
    return formatterFor(resolveLocale(locale), parsed.precision, style).format(parsed.time);
  } catch {
    // Only a style outside the union, from untyped callers, gets here.
    return undefined;
  }
}

/** The value to put in `<time datetime>`: the input, trimmed, when it is a valid ISO date. */
export function isoDate(iso: string): string | undefined {
  return parseIsoDate(iso) ? iso.trim() : undefined;
}
