/**
 * The reading rules of the Article model that are values rather than shapes: the limits, the
 * allowed values, and the small pure tests the reader (`read.ts`) and the shapes (`shapes.ts`)
 * apply, which decide with them what is kept, dropped or refused.
 */
import type { HeadingBlock, QuoteBlock, StatQualifier } from './types.js';

/** Deeper nesting is refused: no real story needs it, and it keeps the recursion shallow. */
export const MAX_DEPTH = 32;
/** Most values read in one run; shared references could otherwise make the work exponential. */
export const MAX_VALUES = 100_000;
/** Own keys that could reach an object's prototype if some later code copied them naively. */
export const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** The same pattern as `$defs.IsoDate` in the schema: a year, month, day or date-time. */
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

// Written as records so that the compiler insists every member of each union is listed.
export const QUALIFIERS = Object.keys({
  'more-than': 0,
  'less-than': 0,
  'at-least': 0,
  'at-most': 0,
  about: 0,
  nearly: 0,
  'up-to': 0,
} satisfies Record<StatQualifier, 0>);
export const VARIANTS = Object.keys({ pull: 0, block: 0 } satisfies Record<
  NonNullable<QuoteBlock['variant']>,
  0
>);
export const LEVELS: readonly NonNullable<HeadingBlock['level']>[] = [2, 3, 4, 5, 6];

/** The fields a schema.org Language is read from, in order: its tag by convention, then its name. */
export const LANGUAGE_KEYS = ['alternateName', 'name'];

/** Stands for a field whose value threw when read; the failure is already noted. */
export const UNREADABLE = Symbol('unreadable');

/** Whether `value` is an ISO 8601 date or date-time, as the model's date fields require. */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value);
}

/** `typeof`, with `null` and `array` told apart; never throws, even on a revoked Proxy. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  try {
    if (Array.isArray(value)) return 'array';
  } catch {
    // A revoked Proxy: reading it fails later, where the failure is noted.
  }
  return typeof value;
}

/** How many items an array holds; a Proxy can report any length: anything but a count reads as empty. */
export function itemCount(source: unknown[]): number {
  return Math.max(0, Number(source.length) || 0);
}

/** Keywords written as one comma-separated string, the form schema.org also allows. */
export function splitKeywords(value: string): string[] {
  return value
    .split(',')
    .map((keyword) => keyword.trim())
    .filter(Boolean);
}
