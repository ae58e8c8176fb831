/**
 * The runtime validator of the Article model. It reads any value whatsoever without throwing,
 * and reads tolerantly, as browsers read HTML: schema.org's shorthands (an image as a URL, a
 * person or an organization as a name, a single value where a list is expected, keywords as
 * one comma-separated string, a Language object) are normalized to the canonical model of
 * `types.ts`, and a present but unusable value is dropped with a warning at its exact path.
 * Only a document without a usable headline (or, for a block, without what its element must
 * show) is refused. It agrees with `article.schema.json`, which describes the accepted input:
 * the paths where the schema finds errors are the paths this validator refuses or drops,
 * except for URLs outside the allow-list of `safe-url.ts`, which only this validator drops.
 */
import { BLOCK_TYPES, type Article, type Block, type BlockType } from './types.js';
import { safeUrl } from './safe-url.js';
import { at, isWithin, KEPT_UNKNOWN, type Problem } from './problem.js';
import {
  grammar,
  isIsoDate,
  itemCount,
  kindOf,
  LANGUAGE_KEYS,
  MAX_DEPTH,
  MAX_VALUES,
  RESERVED_KEYS,
  UNREADABLE,
  type Check as CheckOf,
  type Shape as ShapeOf,
} from './rules.js';

export { at, formatProblem, type Problem } from './problem.js';
export { isIsoDate } from './rules.js';

/**
 * The outcome of a validation. Errors make a document unusable (no headline; a block without
 * what its element must show; a document too large or not an object); warnings name what was
 * dropped, or kept though unknown, and do not. `value` is a fresh copy in the canonical shape,
 * holding the checked data and unknown fields.
 */
export type ValidationResult<T> =
  | { ok: true; value: T; warnings: Problem[] }
  | { ok: false; errors: Problem[]; warnings: Problem[] };

/** Longest piece of a value quoted in a message. */
const SHOWN_CHARS = 40;

/** The state of one validation run. */
interface Run {
  errors: Problem[];
  warnings: Problem[];
  /** The objects and arrays being read, to find cycles; its size is the current depth. */
  open: Set<object>;
  /** How many more values may be read before the document is refused as too large. */
  budget: number;
  /** The path of the value validated: when it is unusable, the document is refused. */
  root: string;
}

/** Checks the value found at `path`: returns its checked copy, or undefined after reporting why not. */
type Check = CheckOf<Run>;
type Shape = ShapeOf<Run>;

/** What an object that lacks what it needs (`Shape.lacks`) is told, by the object's noun. */
const LACKS = {
  'people block': 'needs a named member (items), a count (numberOfItems) or an organization',
  'links block': 'needs a link with a headline',
} as const;

// --- paths and messages ---

/**
 * Reports a value that cannot be used. It is dropped, with a warning; when it is the value
 * validated itself, the document is refused.
 */
function fail(run: Run, path: string, message: string): undefined {
  (path === run.root ? run.errors : run.warnings).push({ path, message });
  return undefined;
}

function warn(run: Run, path: string, message: string): void {
  run.warnings.push({ path, message });
}

/**
 * Drops the object at `path` because of the problems reported since warning number `since` at
 * `reasons`: says so in their messages, or refuses the document when the object is its root.
 */
function drop(run: Run, path: string, noun: string, since: number, reasons: string[]): undefined {
  if (path === run.root) {
    // The document itself cannot be dropped: what was dropped at or inside a reason refuses it,
    // even a lone value read as a list of one (`items: {…}`), whose own warning is deeper.
    const causes = run.warnings
      .slice(since)
      .filter((problem) => reasons.some((reason) => isWithin(problem.path, reason)));
    run.warnings = run.warnings.filter((problem) => !causes.includes(problem));
    run.errors.push(...causes);
  } else {
    const causes = run.warnings.slice(since).filter((problem) => reasons.includes(problem.path));
    for (const cause of causes) cause.message += `, the ${noun} is dropped`;
  }
  return undefined;
}

/** A value as it reads in a message: `"big"`, `7`; long strings are cut short. */
function show(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value.length > SHOWN_CHARS ? value.slice(0, SHOWN_CHARS) + '…' : value);
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return describe(value);
}

/** A value with its kind: `the string "6,000"`, `an array`, `null`, `NaN`. */
export function describe(value: unknown): string {
  const kind = kindOf(value);
  if (kind === 'string' || (kind === 'number' && Number.isFinite(value))) {
    return `the ${kind} ${show(value)}`;
  }
  if (kind === 'array' || kind === 'object') return `an ${kind}`;
  if (kind === 'bigint' || kind === 'symbol' || kind === 'function') return `a ${kind}`;
  return String(value);
}

function expected(run: Run, path: string, what: string, value: unknown): undefined {
  return fail(run, path, `expected ${what}, got ${describe(value)}`);
}

// --- reading foreign values safely ---

/** Reads `source[key]`, the field at `at(path, key)`; the path is built only when reading fails. */
function read(source: object, key: string | number, path: string, run: Run): unknown {
  try {
    return Reflect.get(source, key);
  } catch {
    fail(run, at(path, key), 'could not be read');
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
  if (run.open.has(source)) return fail(run, path, 'is a circular reference');
  if (run.open.size >= MAX_DEPTH) {
    return fail(run, path, `is nested too deeply (over ${MAX_DEPTH} levels)`);
  }
  let size: number;
  try {
    size = measure();
  } catch {
    return fail(run, path, 'could not be read');
  }
  run.budget -= size;
  if (run.budget < 0) {
    // Reported once, where the budget ran out; everything after it is skipped silently.
    // Too large is never a value to drop: the document is refused.
    if (run.budget + size >= 0) {
      run.errors.push({ path, message: `is too large (over ${MAX_VALUES} values)` });
    }
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
function withFields<T>(
  value: unknown,
  path: string,
  run: Run,
  use: (fields: Map<string, unknown>) => T,
): T | undefined {
  if (kindOf(value) !== 'object') return expected(run, path, 'an object', value);
  const source = value as object;
  let keys: string[] = [];
  const measure = () => (keys = Object.keys(source)).length;
  return visit(source, path, run, measure, () => {
    const fields = new Map<string, unknown>();
    for (const key of keys) {
      if (RESERVED_KEYS.has(key)) {
        warn(run, at(path, key), 'reserved name, dropped');
        continue;
      }
      const field = read(source, key, path, run);
      if (field !== undefined) fields.set(key, field);
    }
    return use(fields);
  });
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
  const measure = () => (length = itemCount(source));
  return visit(source, path, run, measure, () => {
    const copies: unknown[] = [];
    for (let index = 0; index < length; index++) {
      const item = read(source, index, path, run);
      const copy = item === UNREADABLE ? undefined : use(item, at(path, index));
      if (copy !== undefined) copies.push(copy);
    }
    return copies;
  });
}

/** Copies a field the model does not know, as plain data, within the same limits. */
const copyData: Check = (value, path, run) => {
  const kind = kindOf(value);
  if (kind === 'array') {
    // Dropped items become null, as JSON.stringify would make them, so indexes stay put.
    return withItems(value, path, run, (item, itemPath) => copyData(item, itemPath, run) ?? null);
  }
  if (kind === 'object') {
    return withFields(value, path, run, (fields) => {
      const copy: Record<string, unknown> = {};
      for (const [key, field] of fields) {
        if (field === UNREADABLE) continue;
        const fieldCopy = copyData(field, at(path, key), run);
        if (fieldCopy !== undefined) copy[key] = fieldCopy;
      }
      return copy;
    });
  }
  if (kind === 'bigint' || kind === 'symbol' || kind === 'function') {
    warn(run, path, 'is not JSON data, dropped');
    return undefined;
  }
  return value;
};

// --- checks for single values ---

const text: Check = (value, path, run) =>
  typeof value === 'string' ? value : expected(run, path, 'a string', value);

/** A string that names or titles something, so an empty one would render as a blank. */
const name: Check = (value, path, run) =>
  value === '' ? fail(run, path, 'must not be empty') : text(value, path, run);

/** A URL the allow-list of `safe-url.ts` accepts; `mailto:` too where `allowMailto`. */
function url(allowMailto = false): Check {
  return (value, path, run) => {
    if (typeof value !== 'string') return expected(run, path, 'a string', value);
    if (safeUrl(value, { allowMailto }) !== undefined) return value;
    const allowed = allowMailto ? 'http, https, mailto or relative' : 'http, https or relative';
    return fail(run, path, `expected an ${allowed} URL, got ${show(value)}`);
  };
}

const isoDate: Check = (value, path, run) => {
  if (typeof value !== 'string') return expected(run, path, 'a string', value);
  if (isIsoDate(value)) return value;
  return fail(run, path, `expected an ISO 8601 date such as "2022-08-23", got ${show(value)}`);
};

const number: Check = (value, path, run) =>
  Number.isFinite(value) ? value : expected(run, path, 'a number', value);

const count: Check = (value, path, run) =>
  Number.isInteger(value) && (value as number) >= 0
    ? value
    : expected(run, path, 'a non-negative integer', value);

const flag: Check = (value, path, run) =>
  typeof value === 'boolean' ? value : expected(run, path, 'a boolean', value);

function oneOf(allowed: readonly unknown[]): Check {
  return (value, path, run) =>
    allowed.includes(value)
      ? value
      : fail(run, path, `expected one of ${allowed.map(show).join(', ')}, got ${show(value)}`);
}

/**
 * A list of items, each checked by `item`; an item that cannot be used is left out. A single
 * value where the list is expected is read as a list of that one value.
 */
function listOf(item: Check): Check {
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
const language: Check = (value, path, run) => {
  if (typeof value === 'string') return value;
  return withFields(value, path, run, (fields) => {
    let tag: unknown;
    for (const key of LANGUAGE_KEYS) {
      const field = fields.get(key);
      if (field === undefined || field === UNREADABLE) continue;
      const checked = name(field, at(path, key), run);
      tag ??= checked;
    }
    if (tag === undefined && !LANGUAGE_KEYS.some((key) => fields.has(key))) {
      fail(run, path, 'needs alternateName or name, the language tag');
    }
    return tag;
  });
};

// --- checks for objects ---

/**
 * Checks the fields of one object against its shape, dropping those it cannot use; unknown
 * fields are copied with a warning. Returns undefined, dropping the object itself, when it
 * misses what its shape requires. `since` is the number of warnings before the object was read.
 */
function checkFields(
  fields: Map<string, unknown>,
  objectShape: Shape,
  path: string,
  run: Run,
  since: number,
): Record<string, unknown> | undefined {
  const { noun, fields: checks, required, needsText, lacks } = objectShape;
  const checked: Record<string, unknown> = {};
  for (const [key, value] of fields) {
    if (value === UNREADABLE) continue;
    const fieldPath = at(path, key);
    let copy: unknown;
    if (Object.hasOwn(checks, key)) {
      copy = (checks[key] as Check)(value, fieldPath, run);
    } else {
      run.warnings.push({ path: fieldPath, message: KEPT_UNKNOWN, kept: true });
      copy = copyData(value, fieldPath, run);
    }
    if (copy !== undefined) checked[key] = copy;
  }
  const missing = required.filter((key) => !Object.hasOwn(checked, key));
  for (const key of missing) {
    if (!fields.has(key)) fail(run, at(path, key), 'is required');
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
    if (!present.length) fail(run, path, 'needs text or html');
    const reasons = present.length ? present.map((key) => at(path, key)) : [path];
    return drop(run, path, noun, since, reasons);
  }
  const lacking = lacks?.(checked);
  if (lacking !== undefined) {
    const where = lacking ? at(path, lacking) : path;
    const before = run.warnings.length;
    fail(run, where, LACKS[noun as keyof typeof LACKS]);
    return drop(run, path, noun, before, [where]);
  }
  return checked;
}

function object(objectShape: Shape): Check {
  return (value, path, run) => {
    const since = run.warnings.length;
    return withFields(value, path, run, (fields) =>
      checkFields(fields, objectShape, path, run, since),
    );
  };
}

const { article, teaser, blocks } = grammar<Run>({
  text,
  name,
  link: url(),
  contactLink: url(true),
  date: isoDate,
  number,
  count,
  flag,
  language,
  oneOf,
  listOf,
  object,
  block: (value, path, run) => checkBlock(value, path, run),
});

const checkBlockType = oneOf(BLOCK_TYPES);

/**
 * Checks a block against the shape its `type` names, and against `expectedType` when given;
 * a block of an unknown or unexpected type is dropped.
 */
function checkBlock(value: unknown, path: string, run: Run, expectedType?: BlockType): unknown {
  const since = run.warnings.length;
  return withFields(value, path, run, (fields) => {
    const type = fields.get('type');
    const typePath = at(path, 'type');
    if (type === undefined) fail(run, typePath, 'is required');
    else if (type !== UNREADABLE && checkBlockType(type, typePath, run) !== undefined) {
      const blockType = type as BlockType;
      if (!expectedType || blockType === expectedType) {
        return checkFields(fields, blocks[blockType], path, run, since);
      }
      fail(run, typePath, `expected a "${expectedType}" block, got "${blockType}"`);
    }
    return drop(run, path, 'block', since, [typePath]);
  });
}

// --- entry points ---

function runCheck<T>(root: string, check: (run: Run) => unknown): ValidationResult<T> {
  const state: Run = { errors: [], warnings: [], open: new Set(), budget: MAX_VALUES, root };
  const value = check(state);
  const { errors, warnings } = state;
  return errors.length
    ? { ok: false, errors, warnings }
    : { ok: true, value: value as T, warnings };
}

/**
 * Validates a whole article. Never throws and never changes `input`. It is refused only when it
 * is not an object, has no usable `headline`, or is too large to check; every value it cannot
 * use is dropped with a warning at its path. `value` is a fresh copy in the canonical shape,
 * holding the checked data plus any unknown fields (each reported as a warning).
 *
 * With `body: false` the body is neither read nor copied, so an element that shows only the
 * story's own fields (a card) does not pay for checking blocks it never shows.
 */
export function validateArticle(
  input: unknown,
  options: { body?: boolean } = {},
): ValidationResult<Article> {
  const check = options.body === false ? teaser : article;
  return runCheck('', (state) => check(input, '', state));
}

/**
 * Validates one block, refused when it misses what it needs to be shown (a quote's text, a
 * stat's value, …) or, when expectedType is given, is of another type; anything else it cannot
 * use is dropped with a warning. `path` prefixes every problem path (default '').
 */
export function validateBlock(
  input: unknown,
  expectedType?: BlockType,
  path = '',
): ValidationResult<Block> {
  return runCheck(path, (state) => checkBlock(input, path, state, expectedType));
}
