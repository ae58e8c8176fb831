/**
 * The one reader of untrusted source documents, shared by every adapter: fields, lists, texts,
 * numbers and dates, each with its path for warnings. It never throws, reads own fields only (a
 * polluted `Object.prototype` changes nothing), caps the work, and words every warning one way:
 * `<path>: <what was wrong>, <what was done>`, e.g. `date: expected an ISO 8601 date, got the
 * string "soon", dropped`. Paths, descriptions of values and the date check are the
 * validator's own, so that an adapter and the validator cannot disagree.
 */
import { at, describe, isIsoDate, type Problem } from '../../model/validate.js';

export { at as pathOf, describe };

/** Most items read from any one list: real stories hold far fewer. */
const MAX_ITEMS = 10_000;
/**
 * Most blocks an article keeps: real stories have a few hundred, and the validator
 * refuses documents much larger than this.
 */
export const MAX_BLOCKS = 5_000;
/** Deepest nesting followed in a source (groups in groups, lists in lists); real stories nest two or three. */
export const MAX_DEPTH = 12;
/** Most nodes one walk through nested parts visits, however a document shares them between parents. */
export const MAX_NODES = 10_000;

/** A value read from a source document, with where it was, for warnings. */
export interface Located {
  value: unknown;
  path: string;
  /** The key it had, when it came from an object used as a map. */
  key?: string;
}

/**
 * Notes a problem at `path` and what was done about it, in the one wording of warnings:
 * `expected a string, got the number 42, dropped`.
 */
export function warn(
  warnings: Problem[],
  path: string,
  problem: string,
  outcome = 'dropped',
): void {
  warnings.push({ path, message: `${problem}, ${outcome}` });
}

/** Notes that the value at `path` is dropped, and why; returns undefined, for the value it drops. */
export function drop(warnings: Problem[], path: string, problem: string): undefined {
  warn(warnings, path, problem);
  return undefined;
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

/** Stands for a field whose read threw. */
const UNREADABLE = Symbol('unreadable');

/** An own field as it is, null included. */
function ownField(source: unknown, key: string | number): unknown {
  if (typeof source !== 'object' || source === null) return undefined;
  try {
    // Own fields only: what an object inherits is not part of the document.
    return Object.hasOwn(source, key) ? (Reflect.get(source, key) as unknown) : undefined;
  } catch {
    return UNREADABLE;
  }
}

/**
 * An own field of `source`: undefined when absent or null (JSON's way of leaving a field out),
 * when `source` is no object, or when the read throws.
 */
export function readField(source: unknown, key: string | number): unknown {
  const value = ownField(source, key);
  return value === UNREADABLE ? undefined : (value ?? undefined);
}

/** Like `readField`, for a field at `pathOf(path, key)`; a read that throws is noted. */
export function field(
  source: unknown,
  key: string | number,
  path: string,
  warnings: Problem[],
): unknown {
  const value = ownField(source, key);
  if (value !== UNREADABLE) return value ?? undefined;
  warn(warnings, at(path, key), 'could not be read');
  return undefined;
}

/** A field of a located value, located in turn. */
export function child(node: Located, key: string, warnings: Problem[]): Located {
  return { value: field(node.value, key, node.path, warnings), path: at(node.path, key) };
}

/** The items of an array with their paths, at most MAX_ITEMS of them (noted when there are more). */
export function readItems(array: unknown[], path: string, warnings: Problem[]): Located[] {
  const length = readField(array, 'length');
  const count = typeof length === 'number' && length > 0 ? Math.floor(length) : 0;
  if (count > MAX_ITEMS) warn(warnings, path, `more than ${MAX_ITEMS} items`, 'the rest dropped');
  // Items are read as they are: a null item is a malformed one, not an absent one.
  return Array.from({ length: Math.min(count, MAX_ITEMS) }, (_, index) => {
    try {
      return { value: Reflect.get(array, index) as unknown, path: at(path, index) };
    } catch {
      warn(warnings, at(path, index), 'could not be read');
      return { value: undefined, path: at(path, index) };
    }
  });
}

/**
 * The items of a list, each with its path. A lone object where a list belongs is read
 * as a list of one (a common slip in hand-made feeds); anything else is ignored. Both are noted.
 */
export function readList(value: unknown, path: string, warnings: Problem[]): Located[] {
  if (value === undefined || value === null) return [];
  if (isArray(value)) return readItems(value, path, warnings);
  const problem = `expected an array, got ${describe(value)}`;
  if (!isObject(value)) {
    warn(warnings, path, problem, 'ignored');
    return [];
  }
  warn(warnings, path, problem, 'read as a list of one');
  return [{ value, path }];
}

/** A list field of `source`, as `readList` reads it. */
export function listField(
  source: unknown,
  key: string,
  path: string,
  warnings: Problem[],
): Located[] {
  return readList(field(source, key, path, warnings), at(path, key), warnings);
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
  return keys.map((key) => ({ value: readField(value, key), path: at(path, key), key }));
}

/** A non-blank string, trimmed; undefined for anything else. */
export function readText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** The non-blank strings of a list, trimmed, without repeats. */
export function readTexts(items: Located[]): string[] {
  return [...new Set(items.flatMap(({ value }) => readText(value) ?? []))];
}

/** A string found at `path`, trimmed; a value of another type is dropped with a warning. */
export function readString(value: unknown, path: string, warnings: Problem[]): string | undefined {
  if (value === undefined || value === null || typeof value === 'string') return readText(value);
  warn(warnings, path, `expected a string, got ${describe(value)}`);
  return undefined;
}

/** A string field, as `readString` reads it. */
export function textField(
  source: unknown,
  key: string,
  path: string,
  warnings: Problem[],
): string | undefined {
  return readString(field(source, key, path, warnings), at(path, key), warnings);
}

/** An object field (not an array); a value of another kind is dropped with a warning. */
export function objectField(
  source: unknown,
  key: string,
  path: string,
  warnings: Problem[],
): object | undefined {
  const value = field(source, key, path, warnings);
  if (value === undefined || value === null || isObject(value)) return value ?? undefined;
  warn(warnings, at(path, key), `expected an object, got ${describe(value)}`);
  return undefined;
}

/** A non-negative integer field, such as an image's width; anything else is dropped with a warning. */
export function countField(
  source: unknown,
  key: string,
  path: string,
  warnings: Problem[],
): number | undefined {
  const value = field(source, key, path, warnings);
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  warn(warnings, at(path, key), `expected a non-negative integer, got ${describe(value)}`);
  return undefined;
}

/**
 * An ISO 8601 date as the validator accepts it, from a string; "2022-08-23 10:00", common in CMS
 * output, reads as its ISO form. Anything else is noted at `path` and dropped.
 */
export function readDate(
  value: string | undefined,
  path: string,
  warnings: Problem[],
): string | undefined {
  const iso = value?.replace(/^(\d{4}-\d{2}-\d{2}) (?=\d)/, '$1T');
  if (iso === undefined || isIsoDate(iso)) return iso;
  warn(warnings, path, `expected an ISO 8601 date, got ${describe(value)}`);
  return undefined;
}

/** An ISO 8601 date field; anything else is dropped with a warning. */
export function dateField(
  source: unknown,
  key: string,
  path: string,
  warnings: Problem[],
): string | undefined {
  return readDate(textField(source, key, path, warnings), at(path, key), warnings);
}

/** A pixel size from a number or a digit string; undefined otherwise. */
export function readDimension(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number >= 0
    ? Math.round(number)
    : undefined;
}

/** A copy of `value` without its undefined fields, so that an Article holds only what was found. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T;
}

/** A list, or undefined when it is empty: an Article holds no empty lists. */
export function nonEmpty<T>(items: T[]): T[] | undefined {
  return items.length ? items : undefined;
}
