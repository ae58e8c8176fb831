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
import {
  BLOCK_TYPES,
  type Article,
  type Block,
  type BlockType,
  type HeadingBlock,
  type QuoteBlock,
  type StatQualifier,
} from './types.js';
import { safeUrl } from './safe-url.js';

/** One problem in a document: where it is, and what is wrong with it, in plain English. */
export interface Problem {
  /** Where the problem is: `headline`, `body[4].value`, `author[0].affiliation.name`; `''` for the document itself. */
  path: string;
  /** What is wrong, e.g. `expected a number, got the string "6,000"`. */
  message: string;
  /**
   * True on a warning about a value that was kept as it is (an unknown field); every other
   * warning names a value that was dropped.
   */
  kept?: true;
}

/**
 * The outcome of a validation. Errors make a document unusable (no headline; a block without
 * what its element must show; a document too large or not an object); warnings name what was
 * dropped, or kept though unknown, and do not. `value` is a fresh copy in the canonical shape,
 * holding the checked data and unknown fields.
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
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

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
  /** The path of the value validated: when it is unusable, the document is refused. */
  root: string;
}

/** Checks the value found at `path`: returns its checked copy, or undefined after reporting why not. */
type Check = (value: unknown, path: string, run: Run) => unknown;

/**
 * The fields an object may have, which of them it must have, whether it needs text or html, and
 * any further condition it must meet (`complete`, which may also fill in defaults and reports
 * its own problem). An object that misses one is dropped; `noun` names it in that warning.
 */
interface Shape {
  noun: string;
  fields: Record<string, Check>;
  required: string[];
  needsText: boolean;
  complete?: (checked: Record<string, unknown>, path: string, run: Run) => boolean;
}

// --- paths and messages ---

function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

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
  const causes = run.warnings.slice(since).filter((problem) => reasons.includes(problem.path));
  if (path === run.root) {
    run.warnings = run.warnings.filter((problem) => !causes.includes(problem));
    run.errors.push(...causes);
  } else {
    for (const cause of causes) cause.message += `; the ${noun} is dropped`;
  }
  return undefined;
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
function describe(value: unknown): string {
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
  // A Proxy can report any length: anything but a count reads as empty.
  const measure = () => (length = Math.max(0, Number(source.length) || 0));
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

const keep: Check = (value) => value;

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

const link = url();

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

/** Keywords as a list, or as one comma-separated string, the form schema.org also allows. */
const keywords: Check = (value, path, run) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((keyword) => keyword.trim())
        .filter(Boolean)
    : listOf(text)(value, path, run);

/**
 * A BCP 47 language tag, or a schema.org Language object, read as its `alternateName` (the
 * tag, by convention) or else its `name`.
 */
const language: Check = (value, path, run) => {
  if (typeof value === 'string') return value;
  return withFields(value, path, run, (fields) => {
    let tag: unknown;
    for (const key of ['alternateName', 'name']) {
      const field = fields.get(key);
      if (field === undefined || field === UNREADABLE) continue;
      const checked = name(field, at(path, key), run);
      tag ??= checked;
    }
    if (tag === undefined && !fields.has('alternateName') && !fields.has('name')) {
      fail(run, path, 'needs alternateName or name, the language tag');
    }
    return tag;
  });
};

// --- checks for objects ---

function shape(
  noun: string,
  fields: Record<string, Check>,
  required: string[] = [],
  needsText = false,
): Shape {
  return { noun, fields, required, needsText };
}

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
  const { noun, fields: checks, required, needsText, complete } = objectShape;
  const checked: Record<string, unknown> = {};
  for (const [key, value] of fields) {
    if (value === UNREADABLE) continue;
    const fieldPath = at(path, key);
    let copy: unknown;
    if (Object.hasOwn(checks, key)) {
      copy = (checks[key] as Check)(value, fieldPath, run);
    } else {
      run.warnings.push({ path: fieldPath, message: 'unknown field, kept', kept: true });
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
  const before = run.warnings.length;
  if (complete && !complete(checked, path, run)) {
    const reasons = run.warnings.slice(before).map((problem) => problem.path);
    return drop(run, path, noun, before, reasons);
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

/** An object, or its shorthand: a string that `shorthand` turns into the object. */
function orShorthand(check: Check, shorthand: Check): Check {
  return (value, path, run) =>
    typeof value === 'string' ? shorthand(value, path, run) : check(value, path, run);
}

const INLINE = { text, html: text };

const IMAGE_FIELDS = {
  url: link,
  alt: text,
  caption: text,
  creditText: text,
  width: count,
  height: count,
};
/** An ImageObject, or its URL alone. */
const image = orShorthand(object(shape('image', IMAGE_FIELDS, ['url'])), (value, path, run) =>
  link(value, path, run) === undefined ? undefined : { url: value },
);
/** A name alone stands for the person or organization of that name. */
const byName: Check = (value, path, run) =>
  name(value, path, run) === undefined ? undefined : { name: value };
const organization = orShorthand(
  object(shape('organization', { name, alternateName: text, url: link, logo: image }, ['name'])),
  byName,
);
const person = orShorthand(
  object(
    shape('person', { name, jobTitle: text, affiliation: organization, url: url(true), image }, [
      'name',
    ]),
  ),
  byName,
);
const relatedLink = object(
  shape('link', { headline: name, url: link, description: text, image }, ['headline']),
);
const listItem: Check = object(
  shape(
    'list item',
    { ...INLINE, items: listOf((value, path, run) => listItem(value, path, run)) },
    [],
    true,
  ),
);

const BLOCK_BASE = { type: keep, id: text };

/** The shape of a block of each type: its fields, and what it needs to be shown at all. */
const BLOCK_SHAPES: Record<BlockType, Shape> = {
  paragraph: shape('paragraph', { ...BLOCK_BASE, ...INLINE }, [], true),
  heading: shape('heading', { ...BLOCK_BASE, ...INLINE, level: oneOf(LEVELS) }, [], true),
  quote: shape(
    'quote block',
    { ...BLOCK_BASE, ...INLINE, variant: oneOf(VARIANTS), attribution: person, cite: link },
    [],
    true,
  ),
  stat: shape(
    'stat block',
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
  people: {
    ...shape('people block', {
      ...BLOCK_BASE,
      title: text,
      organization,
      numberOfItems: count,
      items: listOf(person),
      groups: listOf(text),
      host: person,
      occasion: text,
    }),
    complete: (checked, path, run) => {
      const items = (checked.items ??= []) as unknown[];
      if (items.length || checked.numberOfItems !== undefined || checked.organization) return true;
      fail(run, path, 'needs a named member (items), a count (numberOfItems) or an organization');
      return false;
    },
  },
  list: shape('list block', { ...BLOCK_BASE, ordered: flag, items: listOf(listItem) }, ['items']),
  links: {
    ...shape('links block', { ...BLOCK_BASE, title: text, items: listOf(relatedLink) }, ['items']),
    complete: (checked, path, run) => {
      if ((checked.items as unknown[]).length) return true;
      fail(run, at(path, 'items'), 'needs a link with a headline');
      return false;
    },
  },
  image: shape('image block', { ...BLOCK_BASE, ...IMAGE_FIELDS }, ['url']),
  embed: shape(
    'embed block',
    { ...BLOCK_BASE, url: link, title: text, provider: text, description: text, image },
    ['url'],
  ),
};

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
        return checkFields(fields, BLOCK_SHAPES[blockType], path, run, since);
      }
      fail(run, typePath, `expected a "${expectedType}" block, got "${blockType}"`);
    }
    return drop(run, path, 'block', since, [typePath]);
  });
}

const article = object(
  shape(
    'article',
    {
      $schema: text,
      headline: name,
      alternativeHeadline: text,
      description: text,
      url: link,
      dateline: text,
      datePublished: isoDate,
      dateModified: isoDate,
      author: listOf(person),
      publisher: organization,
      sourceOrganization: organization,
      image: listOf(image),
      inLanguage: language,
      articleSection: text,
      keywords,
      body: listOf((value, path, run) => checkBlock(value, path, run)),
      related: listOf(relatedLink),
    },
    ['headline'],
  ),
);

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
 */
export function validateArticle(input: unknown): ValidationResult<Article> {
  return runCheck('', (state) => article(input, '', state));
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

/** A problem as one line of text: `body[4].value: expected a number, got the string "6,000"`. */
export function formatProblem(problem: Problem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}
