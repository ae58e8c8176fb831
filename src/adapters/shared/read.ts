/** Reading untrusted source documents safely: fields, lists, texts and dates, with paths for warnings. Shared by the adapters. */
import { validateArticle, type Problem } from '../../model/validate.js';

/** Longest list read from a source document: real stories are far shorter. */
const MAX_ITEMS = 10_000;
/**
 * Most blocks an article keeps: real stories have a few hundred, and the validator
 * refuses documents much larger than this.
 */
export const MAX_BLOCKS = 5_000;

/** A value read from a source document, with where it was, for warnings. */
export interface Located {
  value: unknown;
  path: string;
  /** The key it had, when it came from an object used as a map. */
  key?: string;
}

/** A source path as the validator writes one: `bodies[2].value`. */
export function pathOf(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/** Reads a property: undefined when absent, when `source` is no object, or when the read throws. */
export function readField(source: unknown, key: string | number): unknown {
  if (typeof source !== 'object' || source === null) return undefined;
  try {
    return Reflect.get(source, key) as unknown;
  } catch {
    return undefined;
  }
}

/** `Array.isArray`, which throws on a revoked Proxy, made safe. */
export function isArray(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** A plain object (not null, not an array). */
export function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !isArray(value);
}

/** A value's kind as a warning names it: `a string`, `an object`, `null`. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (isArray(value)) return 'an array';
  if (value === undefined) return 'nothing';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Adds a warning. */
export function warn(warnings: Problem[], path: string, message: string): void {
  warnings.push({ path, message });
}

/**
 * The items of a list, each with its path. A lone object where a list belongs is read
 * as a list of one (a common slip in hand-made feeds); anything else is ignored. Both warn.
 */
export function readList(value: unknown, path: string, warnings: Problem[]): Located[] {
  if (value === undefined || value === null) return [];
  if (!isArray(value)) {
    if (isObject(value)) {
      warn(warnings, path, 'expected an array, got an object; read as a list of one');
      return [{ value, path }];
    }
    warn(warnings, path, `expected an array, got ${kindOf(value)}; ignored`);
    return [];
  }
  let length = 0;
  try {
    length = Math.min(Math.max(0, Number(value.length) || 0), MAX_ITEMS);
  } catch {
    // A Proxy whose length cannot be read is read as empty.
  }
  return Array.from({ length }, (_, index) => ({
    value: readField(value, index),
    path: pathOf(path, index),
  }));
}

/** Like `readList`, but an object is a map whose values are the items (as in ninjs 1.x). */
export function readEntries(value: unknown, path: string, warnings: Problem[]): Located[] {
  if (!isObject(value)) return readList(value, path, warnings);
  let keys: string[] = [];
  try {
    keys = Object.keys(value).slice(0, MAX_ITEMS);
  } catch {
    // Unreadable keys: no entries.
  }
  return keys.map((key) => ({ value: readField(value, key), path: pathOf(path, key), key }));
}

/** A non-blank string, trimmed; undefined for anything else. */
export function readText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** The non-blank strings of a list, trimmed, without repeats. */
export function readTexts(items: Located[]): string[] {
  return [...new Set(items.flatMap(({ value }) => readText(value) ?? []))];
}

/** A string field, trimmed; a value of another type is dropped with a warning. */
export function textField(
  source: unknown,
  key: string,
  path: string,
  warnings: Problem[],
): string | undefined {
  const value = readField(source, key);
  if (value === undefined || value === null || typeof value === 'string') return readText(value);
  warn(warnings, pathOf(path, key), `expected a string, got ${kindOf(value)}; dropped`);
  return undefined;
}

/** An ISO 8601 date field; anything else is dropped with a warning. */
export function dateField(
  source: unknown,
  key: string,
  path: string,
  warnings: Problem[],
): string | undefined {
  const value = textField(source, key, path, warnings);
  // The validator is the one judge of dates, so no second pattern can drift from it.
  if (value === undefined || validateArticle({ headline: '-', datePublished: value }).ok) {
    return value;
  }
  const shown = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  warn(warnings, pathOf(path, key), `expected an ISO 8601 date, got ${shown}; dropped`);
  return undefined;
}

/** A pixel size from a number or a digit string; undefined otherwise. */
export function readDimension(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number >= 0
    ? Math.round(number)
    : undefined;
}
