/**
 * The reader of the Article model: how any value whatsoever is read, without throwing, into a
 * fresh copy, and the checks of single values, objects and lists that the model's shapes
 * (`shapes.ts`) are made of. Each problem it finds is noted in compact form (a `Finding`: a
 * path, a code, the value found) and holds no words: the full validator (`validate.ts`) words
 * them. The entry points that read a document are `check.ts`'s.
 */
import { safeUrl } from './safe-url.js';
import { at, isWithin } from './problem.js';
import {
  isIsoDate,
  itemCount,
  kindOf,
  LANGUAGE_KEYS,
  MAX_DEPTH,
  MAX_VALUES,
  RESERVED_KEYS,
  UNREADABLE,
} from './rules.js';

/**
 * What is wrong with a value. The validator words each one; most say what was expected of the
 * value (`String`: a string, `Link`: a string and an allowed URL, `OneOf`: one of `detail`).
 * Numbers, so that the reader carries no words at all: the minifier puts each one in place.
 */
export const Code = {
  Unreadable: 0,
  Circular: 1,
  Deep: 2,
  Large: 3,
  Reserved: 4,
  NotData: 5,
  Kept: 6,
  Object: 7,
  String: 8,
  Empty: 9,
  Link: 10,
  ContactLink: 11,
  Date: 12,
  Number: 13,
  Count: 14,
  Flag: 15,
  OneOf: 16,
  Language: 17,
  Required: 18,
  NeedsText: 19,
  Lacks: 20,
  Type: 21,
} as const;
export type Code = (typeof Code)[keyof typeof Code];

/** One problem the reader found, without words. */
export interface Finding {
  /** Where it is, as `Problem.path` writes it. */
  path: string;
  code: Code;
  /** The value found there, for the message to quote; for `Lacks`, the noun of the object. */
  value?: unknown;
  /**
   * What else the message needs: the allowed values (`OneOf`), the block type expected (`Type`).
   */
  detail?: unknown;
  /** The nouns of the objects dropped because of this problem, innermost first. */
  dropping?: string[];
}

/**
 * What the reader found in one document: errors make it unusable, warnings name what was
 * dropped or kept though unknown. `value` is the copy; it means nothing when there are errors.
 * A value whose drop refuses the document is listed among the errors and stays among the
 * warnings: `validate.ts` leaves it out of the warnings it words, and the compact check gives
 * no warnings at all for a refused document.
 */
export interface Reading<T> {
  value: T;
  errors: Finding[];
  warnings: Finding[];
}

/**
 * The outcome of a check. `value` is the same fresh copy `validateArticle` or `validateBlock`
 * gives; `dropped` holds the paths of the values the validator warns were dropped, and `kept`
 * those of the unknown fields it warns were kept, each in the validator's order. A refused
 * document carries nothing more: its reasons are the validator's to give.
 */
export type CheckResult<T> =
  { ok: true; value: T; dropped: string[]; kept: string[] } | { ok: false };

/** The state of one reading. */
export interface Run {
  errors: Finding[];
  warnings: Finding[];
  /** The objects and arrays being read, to find cycles; its size is the current depth. */
  open: Set<object>;
  /** How many more values may be read before the document is refused as too large. */
  budget: number;
  /** The path of the value read: when it is unusable, the document is refused. */
  root: string;
}

/** Reads the value found at `path` in one run: returns its checked copy, or undefined when it is dropped. */
export type Check = (value: unknown, path: string, run: Run) => unknown;

/**
 * The fields an object may have, which of them it must have, whether it needs text or html, and
 * what else it must have (`lacks`). An object that misses one is dropped; `noun` names it.
 */
export interface Shape {
  noun: string;
  fields: Record<string, Check>;
  required: string[];
  needsText: boolean;
  /**
   * Where the checked object lacks what it needs beyond its required fields: `''` for the object
   * itself, or the field that should hold it; undefined when it is complete. May fill in defaults.
   */
  lacks?: (checked: Record<string, unknown>) => string | undefined;
}

/**
 * A value that cannot be used. It is dropped, with a warning; when it is the value read itself,
 * the document is refused.
 */
export function fail(
  run: Run,
  path: string,
  code: Code,
  value?: unknown,
  detail?: unknown,
): undefined {
  (path === run.root ? run.errors : run.warnings).push({ path, code, value, detail });
  return undefined;
}

/**
 * A warning that never refuses: an unknown field kept, or a value in one dropped. Apart from
 * `fail`, as such a field's path is the root's when its name is empty (`{ "": … }`).
 */
function warn(run: Run, path: string, code: Code): void {
  run.warnings.push({ path, code });
}

/**
 * Drops the object at `path` because of the problems found since warning number `since` at
 * `reasons`: notes its `noun` on them, or refuses the document when the object is its root.
 */
export function drop(
  run: Run,
  path: string,
  noun: string,
  since: number,
  reasons: string[],
): undefined {
  for (const cause of run.warnings.slice(since)) {
    if (path !== run.root) {
      if (reasons.includes(cause.path)) (cause.dropping ??= []).push(noun);
    } else if (reasons.some((reason) => isWithin(cause.path, reason))) {
      // The document itself cannot be dropped: what was dropped at or inside a reason refuses
      // it, even a lone value read as a list of one (`items: {…}`), whose own warning is deeper.
      // It stays among the warnings too; `Reading` says why.
      run.errors.push(cause);
    }
  }
  return undefined;
}

// --- reading foreign values safely ---

/** Reads `source[key]`, the field at `at(path, key)`; the path is built only when reading fails. */
function read(source: object, key: string | number, path: string, run: Run): unknown {
  try {
    return Reflect.get(source, key);
  } catch {
    fail(run, at(path, key), Code.Unreadable);
    return UNREADABLE;
  }
}

/**
 * Opens an object or array for reading: refuses cycles, excess depth and excess size, then runs
 * `use` while the container is open. `measure` lists its contents and returns how many there are.
 */
function visit<T>(
  source: object,
  path: string,
  run: Run,
  measure: () => number,
  use: () => T,
): T | undefined {
  if (run.open.has(source)) return fail(run, path, Code.Circular);
  if (run.open.size >= MAX_DEPTH) return fail(run, path, Code.Deep);
  let size: number;
  try {
    size = measure();
  } catch {
    return fail(run, path, Code.Unreadable);
  }
  if ((run.budget -= size) < 0) {
    // Noted once, where the budget ran out; everything after it is skipped silently.
    // Too large is never a value to drop: the document is refused.
    if (run.budget + size >= 0) run.errors.push({ path, code: Code.Large });
    return undefined;
  }
  run.open.add(source);
  try {
    return use();
  } finally {
    run.open.delete(source);
  }
}

/** Reads an object's own fields into a map, leaving out reserved keys and undefined values. */
export function withFields<T>(
  value: unknown,
  path: string,
  run: Run,
  use: (fields: Map<string, unknown>) => T,
): T | undefined {
  if (kindOf(value) !== 'object') return fail(run, path, Code.Object, value);
  const source = value as object;
  let keys: string[] = [];
  return visit(
    source,
    path,
    run,
    () => (keys = Object.keys(source)).length,
    () => {
      const fields = new Map<string, unknown>();
      for (const key of keys) {
        if (RESERVED_KEYS.has(key)) warn(run, at(path, key), Code.Reserved);
        else {
          const field = read(source, key, path, run);
          if (field !== undefined) fields.set(key, field);
        }
      }
      return use(fields);
    },
  );
}

/**
 * Reads an array (callers have checked that it is one) item by item, handing each readable item
 * to `use`; returns the copies, leaving out the items `use` dropped.
 */
function withItems(
  value: unknown,
  path: string,
  run: Run,
  use: (item: unknown, path: string) => unknown,
): unknown[] | undefined {
  const source = value as unknown[];
  let length = 0;
  return visit(
    source,
    path,
    run,
    () => (length = itemCount(source)),
    () => {
      const copies: unknown[] = [];
      for (let index = 0; index < length; index++) {
        const item = read(source, index, path, run);
        const copy = item === UNREADABLE ? undefined : use(item, at(path, index));
        if (copy !== undefined) copies.push(copy);
      }
      return copies;
    },
  );
}

/** Copies a field the model does not know, as plain data, within the same limits. */
export const copyData: Check = (value, path, run) => {
  const kind = kindOf(value);
  if (kind === 'array') {
    // Dropped items become null, as JSON.stringify would make them, so indexes stay put.
    return withItems(value, path, run, (item, itemPath) => copyData(item, itemPath, run) ?? null);
  }
  if (kind === 'object') {
    return withFields(value, path, run, (fields) => {
      const copy: Record<string, unknown> = {};
      for (const [key, field] of fields) {
        const fieldCopy = field === UNREADABLE ? undefined : copyData(field, at(path, key), run);
        if (fieldCopy !== undefined) copy[key] = fieldCopy;
      }
      return copy;
    });
  }
  if (kind === 'bigint' || kind === 'symbol' || kind === 'function') {
    warn(run, path, Code.NotData);
    return undefined;
  }
  return value;
};

// --- checks for single values ---

/** A check of single values: the value itself when `usable` says so, or dropped as `code`. */
const when =
  (code: Code, usable: (value: unknown) => unknown): Check =>
  (value, path, run) =>
    usable(value) ? value : fail(run, path, code, value);

export const text = when(Code.String, (value) => typeof value === 'string');

/** A string that names or titles something, so an empty one would render as a blank. */
export const name: Check = (value, path, run) =>
  value === '' ? fail(run, path, Code.Empty) : text(value, path, run);

export const oneOf =
  (allowed: readonly unknown[]): Check =>
  (value, path, run) =>
    allowed.includes(value) ? value : fail(run, path, Code.OneOf, value, allowed);

/**
 * A list of items, each checked by `item`; an item that cannot be used is left out. A single
 * value where the list is expected is read as a list of that one value.
 */
export function listOf(item: Check): Check {
  return (value, path, run) => {
    if (kindOf(value) !== 'array') {
      const single = item(value, path, run);
      return single === undefined ? undefined : [single];
    }
    return withItems(value, path, run, (entry, entryPath) => item(entry, entryPath, run));
  };
}

/**
 * A BCP 47 language tag, or a schema.org Language object, read as its `alternateName` (the
 * tag, by convention) or else its `name`.
 */
export const language: Check = (value, path, run) => {
  if (typeof value === 'string') return value;
  return withFields(value, path, run, (fields) => {
    let tag: unknown;
    for (const key of LANGUAGE_KEYS) {
      const field = fields.get(key);
      if (field === undefined || field === UNREADABLE) continue;
      const checked = name(field, at(path, key), run); // dropped even when a tag was found
      tag ??= checked;
    }
    if (tag === undefined && !LANGUAGE_KEYS.some((key) => fields.has(key))) {
      fail(run, path, Code.Language);
    }
    return tag;
  });
};

// --- checks for objects ---

/**
 * Checks the fields of one object against its shape, dropping those it cannot use; unknown
 * fields are copied, noted as kept. Returns undefined, dropping the object itself, when it
 * misses what its shape requires. `since` is the number of warnings before the object was read.
 */
export function checkFields(
  fields: Map<string, unknown>,
  { noun, fields: checks, required, needsText, lacks }: Shape,
  path: string,
  run: Run,
  since: number,
): Record<string, unknown> | undefined {
  const checked: Record<string, unknown> = {};
  for (const [key, value] of fields) {
    if (value === UNREADABLE) continue;
    const fieldPath = at(path, key);
    let copy: unknown;
    if (Object.hasOwn(checks, key)) copy = (checks[key] as Check)(value, fieldPath, run);
    else {
      warn(run, fieldPath, Code.Kept);
      copy = copyData(value, fieldPath, run);
    }
    if (copy !== undefined) checked[key] = copy;
  }
  const missing = required.filter((key) => !Object.hasOwn(checked, key));
  for (const key of missing) {
    if (!fields.has(key)) fail(run, at(path, key), Code.Required);
  }
  if (missing.length)
    return drop(
      run,
      path,
      noun,
      since,
      missing.map((key) => at(path, key)),
    );
  if (needsText && !Object.hasOwn(checked, 'text') && !Object.hasOwn(checked, 'html')) {
    const present = ['text', 'html'].filter((key) => fields.has(key));
    if (!present.length) fail(run, path, Code.NeedsText);
    return drop(
      run,
      path,
      noun,
      since,
      present.length ? present.map((key) => at(path, key)) : [path],
    );
  }
  const lacking = lacks?.(checked);
  if (lacking !== undefined) {
    const where = lacking ? at(path, lacking) : path;
    const before = run.warnings.length;
    fail(run, where, Code.Lacks, noun);
    return drop(run, path, noun, before, [where]);
  }
  return checked;
}

export function object(objectShape: Shape): Check {
  return (value, path, run) => {
    const since = run.warnings.length;
    return withFields(value, path, run, (fields) =>
      checkFields(fields, objectShape, path, run, since),
    );
  };
}

/** A URL of the allow-list of `safe-url.ts`. */
export const link = when(
  Code.Link,
  (value) => typeof value === 'string' && safeUrl(value) !== undefined,
);

/** A URL of the allow-list, `mailto:` included: a person's. */
export const contactLink = when(
  Code.ContactLink,
  (value) => typeof value === 'string' && safeUrl(value, { allowMailto: true }) !== undefined,
);

export const date = when(Code.Date, isIsoDate);
export const number = when(Code.Number, Number.isFinite);

/** A non-negative integer. */
export const count = when(Code.Count, (value) => Number.isInteger(value) && (value as number) >= 0);

export const flag = when(Code.Flag, (value) => typeof value === 'boolean');

// --- one reading ---

/** Runs `check` as one reading whose document is at `root`. */
export function reading<T>(root: string, check: (run: Run) => unknown): Reading<T> {
  const run: Run & Partial<Reading<T>> = {
    errors: [],
    warnings: [],
    open: new Set(),
    budget: MAX_VALUES,
    root,
  };
  run.value = check(run) as T;
  return run as Reading<T>;
}

/** A reading as the compact check gives it: the copy and the paths, no findings. */
export function compact<T>({ value, errors, warnings }: Reading<T>): CheckResult<T> {
  const paths = (kept: boolean) =>
    warnings.filter(({ code }) => (code === Code.Kept) === kept).map(({ path }) => path);
  return errors.length
    ? { ok: false }
    : { ok: true, value, dropped: paths(false), kept: paths(true) };
}
