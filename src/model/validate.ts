/**
 * The runtime validator of the Article model. It reads any value whatsoever without throwing,
 * reports every problem with the exact path where it is, and returns a fresh plain-data copy
 * of what it checked. It agrees with `article.schema.json`: a document is invalid here exactly
 * when it is invalid there, and the errors are at the same paths.
 */
import {
  BLOCK_TYPES,
  type Article,
  type Block,
  type BlockType,
  type HeadingBlock,
  type QuoteBlock,
  type StatQualifier,
} from './types.js';

/** One problem in a document: where it is, and what is wrong with it, in plain English. */
export interface Problem {
  /** Where the problem is: `headline`, `body[4].value`, `author[0].affiliation.name`; `''` for the document itself. */
  path: string;
  /** What is wrong, e.g. `expected a number, got the string "6,000"`. */
  message: string;
}

/**
 * The outcome of a validation. Errors make a document unusable; warnings (unknown fields,
 * dropped values) do not. `value` is a fresh copy holding the checked data and unknown fields.
 */
export type ValidationResult<T> =
  | { ok: true; value: T; warnings: Problem[] }
  | { ok: false; errors: Problem[]; warnings: Problem[] };

/** Deeper nesting is refused: no real story needs it, and it keeps the recursion shallow. */
const MAX_DEPTH = 32;
/** Most values read in one run; shared references could otherwise make the work exponential. */
const MAX_VALUES = 100_000;
/** Longest piece of a value quoted in a message. */
const SHOWN_CHARS = 40;
/** Own keys that could reach an object's prototype if some later code copied them naively. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** The same pattern as `$defs.IsoDate` in the schema: a year, month, day or date-time. */
export const ISO_DATE =
  /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

// Written as records so that the compiler insists every member of each union is listed.
const QUALIFIERS = Object.keys({
  'more-than': 0,
  'less-than': 0,
  'at-least': 0,
  'at-most': 0,
  about: 0,
  nearly: 0,
  'up-to': 0,
} satisfies Record<StatQualifier, 0>);
const VARIANTS = Object.keys({ pull: 0, block: 0 } satisfies Record<
  NonNullable<QuoteBlock['variant']>,
  0
>);
const LEVELS: readonly NonNullable<HeadingBlock['level']>[] = [2, 3, 4, 5, 6];

/** Stands for a field whose value threw when read; the error is already reported. */
const UNREADABLE = Symbol('unreadable');

/** The state of one validation run. */
interface Run {
  errors: Problem[];
  warnings: Problem[];
  /** The objects and arrays being read, to find cycles; its size is the current depth. */
  open: Set<object>;
  /** How many more values may be read before the document is refused as too large. */
  budget: number;
}

/** Checks the value found at `path`: returns its checked copy, or undefined after reporting why not. */
type Check = (value: unknown, path: string, run: Run) => unknown;

/** The fields an object may have, which of them it must have, and whether it needs text or html. */
interface Shape {
  fields: Record<string, Check>;
  required: string[];
  needsText: boolean;
}

// --- paths and messages ---

/** A field's path as every message writes it: `body[4].value`, `author[0].name`. */
export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

function fail(run: Run, path: string, message: string): undefined {
  run.errors.push({ path, message });
  return undefined;
}

function warn(run: Run, path: string, message: string): void {
  run.warnings.push({ path, message });
}

/** `typeof`, with `null` and `array` told apart; never throws, even on a revoked Proxy. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  try {
    if (Array.isArray(value)) return 'array';
  } catch {
    // A revoked Proxy: reading it fails later, where the failure is reported.
  }
  return typeof value;
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
    const first = run.budget + size >= 0;
    return first ? fail(run, path, `is too large (over ${MAX_VALUES} values)`) : undefined;
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

/** Reads an array item by item, handing each readable item to `use`; returns the copies. */
function withItems(
  value: unknown,
  path: string,
  run: Run,
  use: (item: unknown, path: string) => unknown,
): unknown[] | undefined {
  if (kindOf(value) !== 'array') return expected(run, path, 'an array', value);
  const source = value as unknown[];
  let length = 0;
  // A Proxy can report any length: anything but a count reads as empty.
  const measure = () => (length = Math.max(0, Number(source.length) || 0));
  return visit(source, path, run, measure, () => {
    const copies: unknown[] = [];
    for (let index = 0; index < length; index++) {
      const item = read(source, index, path, run);
      if (item !== UNREADABLE) copies.push(use(item, at(path, index)));
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

const keep: Check = (value) => value;

const text: Check = (value, path, run) =>
  typeof value === 'string' ? value : expected(run, path, 'a string', value);

/** A string that names or titles something, so an empty one would render as a blank. */
const name: Check = (value, path, run) =>
  value === '' ? fail(run, path, 'must not be empty') : text(value, path, run);

const isoDate: Check = (value, path, run) => {
  if (typeof value !== 'string') return expected(run, path, 'a string', value);
  if (ISO_DATE.test(value)) return value;
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

function listOf(item: Check): Check {
  return (value, path, run) =>
    withItems(value, path, run, (entry, entryPath) => item(entry, entryPath, run));
}

// --- checks for objects ---

function shape(fields: Record<string, Check>, required: string[] = [], needsText = false): Shape {
  return { fields, required, needsText };
}

/** Checks the fields of one object against its shape; unknown fields are copied with a warning. */
function checkFields(
  fields: Map<string, unknown>,
  { fields: checks, required, needsText }: Shape,
  path: string,
  run: Run,
): Record<string, unknown> {
  const checked: Record<string, unknown> = {};
  for (const [key, value] of fields) {
    if (value === UNREADABLE) continue;
    const fieldPath = at(path, key);
    let copy: unknown;
    if (Object.hasOwn(checks, key)) {
      copy = (checks[key] as Check)(value, fieldPath, run);
    } else {
      warn(run, fieldPath, 'unknown field, kept');
      copy = copyData(value, fieldPath, run);
    }
    if (copy !== undefined) checked[key] = copy;
  }
  for (const key of required) {
    if (!fields.has(key)) fail(run, at(path, key), 'is required');
  }
  if (needsText && !fields.has('text') && !fields.has('html')) {
    fail(run, path, 'needs text or html');
  }
  return checked;
}

function object(objectShape: Shape): Check {
  return (value, path, run) =>
    withFields(value, path, run, (fields) => checkFields(fields, objectShape, path, run));
}

const INLINE = { text, html: text };

const IMAGE = shape(
  { url: text, alt: text, caption: text, creditText: text, width: count, height: count },
  ['url'],
);
const image = object(IMAGE);
const organization = object(shape({ name, alternateName: text, url: text, logo: image }, ['name']));
const person = object(
  shape({ name, jobTitle: text, affiliation: organization, url: text, image }, ['name']),
);
const relatedLink = object(
  shape({ headline: name, url: text, description: text, image }, ['headline']),
);
const listItem: Check = object(
  shape({ ...INLINE, items: listOf((value, path, run) => listItem(value, path, run)) }, [], true),
);

const BLOCK_BASE = { type: keep, id: text };

const BLOCK_SHAPES: Record<BlockType, Shape> = {
  paragraph: shape({ ...BLOCK_BASE, ...INLINE }, [], true),
  heading: shape({ ...BLOCK_BASE, ...INLINE, level: oneOf(LEVELS) }, [], true),
  quote: shape(
    { ...BLOCK_BASE, ...INLINE, variant: oneOf(VARIANTS), attribution: person, cite: text },
    [],
    true,
  ),
  stat: shape(
    {
      ...BLOCK_BASE,
      value: number,
      display: text,
      qualifier: oneOf(QUALIFIERS),
      unitText: text,
      label: text,
      date: isoDate,
      source: text,
    },
    ['value'],
  ),
  people: shape(
    {
      ...BLOCK_BASE,
      title: text,
      organization,
      numberOfItems: count,
      items: listOf(person),
      groups: listOf(text),
      host: person,
      occasion: text,
    },
    ['items'],
  ),
  list: shape({ ...BLOCK_BASE, ordered: flag, items: listOf(listItem) }, ['items']),
  links: shape({ ...BLOCK_BASE, title: text, items: listOf(relatedLink) }, ['items']),
  image: shape({ ...BLOCK_BASE, ...IMAGE.fields }, IMAGE.required),
  embed: shape(
    { ...BLOCK_BASE, url: text, title: text, provider: text, description: text, image },
    ['url'],
  ),
};

const checkBlockType = oneOf(BLOCK_TYPES);

/** Checks a block against the shape its `type` names, and against `expectedType` when given. */
function checkBlock(value: unknown, path: string, run: Run, expectedType?: BlockType): unknown {
  return withFields(value, path, run, (fields) => {
    const type = fields.get('type');
    const typePath = at(path, 'type');
    if (type === undefined) return fail(run, typePath, 'is required');
    if (type === UNREADABLE) return undefined;
    if (checkBlockType(type, typePath, run) === undefined) return undefined;
    const blockType = type as BlockType;
    if (expectedType && blockType !== expectedType) {
      fail(run, typePath, `expected a "${expectedType}" block, got "${blockType}"`);
    }
    return checkFields(fields, BLOCK_SHAPES[blockType], path, run);
  });
}

const article = object(
  shape(
    {
      $schema: text,
      headline: name,
      alternativeHeadline: text,
      description: text,
      url: text,
      dateline: text,
      datePublished: isoDate,
      dateModified: isoDate,
      author: listOf(person),
      publisher: organization,
      sourceOrganization: organization,
      image: listOf(image),
      inLanguage: text,
      articleSection: text,
      keywords: listOf(text),
      body: listOf((value, path, run) => checkBlock(value, path, run)),
      related: listOf(relatedLink),
    },
    ['headline'],
  ),
);

// --- entry points ---

function runCheck<T>(check: (run: Run) => unknown): ValidationResult<T> {
  const state: Run = { errors: [], warnings: [], open: new Set(), budget: MAX_VALUES };
  const value = check(state);
  const { errors, warnings } = state;
  return errors.length
    ? { ok: false, errors, warnings }
    : { ok: true, value: value as T, warnings };
}

/**
 * Validates a whole article. Never throws and never changes `input`: every problem is reported
 * with its path, and on success `value` is a fresh copy holding the checked data plus any
 * unknown fields (each reported as a warning).
 */
export function validateArticle(input: unknown): ValidationResult<Article> {
  return runCheck((state) => article(input, '', state));
}

/**
 * Validates one block; when expectedType is given, a block of another type is an error.
 * `path` prefixes every problem path (default '').
 */
export function validateBlock(
  input: unknown,
  expectedType?: BlockType,
  path = '',
): ValidationResult<Block> {
  return runCheck((state) => checkBlock(input, path, state, expectedType));
}

/** A problem as one line of text: `body[4].value: expected a number, got the string "6,000"`. */
export function formatProblem(problem: Problem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}
