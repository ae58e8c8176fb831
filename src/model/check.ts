/**
 * The compact check of the Article model: what every element carries at start instead of the
 * full validator. It follows the same reading rules (`rules.ts`) as `validate.ts` and reads a
 * document into exactly the same copy, dropping and refusing exactly what the validator drops
 * and refuses, but it writes no messages: it notes only the paths of what it dropped (and of
 * the unknown fields it kept). The validator, which explains each problem, is loaded only when a
 * page needs its words: when this check refuses a document, dropped something, or the page asks
 * for warnings. `test/model/check-equivalence.test.ts` proves the two agree.
 */
import { BLOCK_TYPES, type Article, type Block, type BlockType } from './types.js';
import { safeUrl } from './safe-url.js';
import { at, isWithin } from './problem.js';
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

/**
 * The outcome of a check. `value` is the same fresh copy `validateArticle` or `validateBlock`
 * gives; `dropped` holds the paths of the values the validator warns were dropped, and `kept`
 * those of the unknown fields it warns were kept, each in the validator's order. A refused
 * document carries nothing more: its reasons are the validator's to give.
 */
export type CheckResult<T> =
  { ok: true; value: T; dropped: string[]; kept: string[] } | { ok: false };

/** The state of one check. */
interface Run {
  refused: boolean;
  /** The paths of the values dropped, in the validator's order. */
  dropped: string[];
  /**
   * The paths of the unknown fields kept. Apart from `dropped`: no kept field can be a reason to
   * drop an object, as its path never is one of that object's known fields.
   */
  kept: string[];
  /** The objects and arrays being read, to find cycles; its size is the current depth. */
  open: Set<object>;
  /** How many more values may be read before the document is refused as too large. */
  budget: number;
  /** The path of the value checked: when it is unusable, the document is refused. */
  root: string;
}

type Check = CheckOf<Run>;
type Shape = ShapeOf<Run>;

/** A value that cannot be used: dropped, or the document refused when it is the value checked. */
function fail(run: Run, path: string): undefined {
  if (path === run.root) run.refused = true;
  else run.dropped.push(path);
  return undefined;
}

/**
 * Drops the object at `path` because of the values dropped since `since` at `reasons`; refuses
 * the document when that object is its root and such a value was dropped, as the validator does.
 */
function drop(run: Run, path: string, since: number, reasons: string[]): undefined {
  const dropped = run.dropped.slice(since);
  if (
    path === run.root &&
    dropped.some((item) => reasons.some((reason) => isWithin(item, reason)))
  ) {
    run.refused = true;
  }
  return undefined;
}

function read(source: object, key: string | number, path: string, run: Run): unknown {
  try {
    return Reflect.get(source, key);
  } catch {
    fail(run, at(path, key));
    return UNREADABLE;
  }
}

/** Opens an object or array, within the limits of depth, size and cycles `validate.ts` keeps. */
function visit<T>(
  source: object,
  path: string,
  run: Run,
  measure: () => number,
  use: () => T,
): T | undefined {
  if (run.open.has(source) || run.open.size >= MAX_DEPTH) return fail(run, path);
  let size: number;
  try {
    size = measure();
  } catch {
    return fail(run, path);
  }
  if ((run.budget -= size) < 0) {
    run.refused = true;
    return undefined;
  }
  run.open.add(source);
  try {
    return use();
  } finally {
    run.open.delete(source);
  }
}

function withFields<T>(
  value: unknown,
  path: string,
  run: Run,
  use: (fields: Map<string, unknown>) => T,
): T | undefined {
  if (kindOf(value) !== 'object') return fail(run, path);
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
        if (RESERVED_KEYS.has(key)) run.dropped.push(at(path, key));
        else {
          const field = read(source, key, path, run);
          if (field !== undefined) fields.set(key, field);
        }
      }
      return use(fields);
    },
  );
}

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

/** Copies a field the model does not know, as plain data. */
const copyData: Check = (value, path, run) => {
  const kind = kindOf(value);
  if (kind === 'array') {
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
    run.dropped.push(path);
    return undefined;
  }
  return value;
};

/** A check of single values: the value itself when `usable` says so, or dropped. */
const when =
  (usable: (value: unknown) => unknown): Check =>
  (value, path, run) =>
    usable(value) ? value : fail(run, path);

const text = when((value) => typeof value === 'string');
const link = when((value) => typeof value === 'string' && safeUrl(value) !== undefined);

function listOf(item: Check): Check {
  return (value, path, run) => {
    if (kindOf(value) !== 'array') {
      const single = item(value, path, run);
      return single === undefined ? undefined : [single];
    }
    return withItems(value, path, run, (entry, entryPath) => item(entry, entryPath, run));
  };
}

function object(objectShape: Shape): Check {
  return (value, path, run) => {
    const since = run.dropped.length;
    return withFields(value, path, run, (fields) =>
      checkFields(fields, objectShape, path, run, since),
    );
  };
}

/** Mirrors the validator's `checkFields`: see there why each object is kept or dropped. */
function checkFields(
  fields: Map<string, unknown>,
  { fields: checks, required, needsText, lacks }: Shape,
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
      run.kept.push(fieldPath);
      copy = copyData(value, fieldPath, run);
    }
    if (copy !== undefined) checked[key] = copy;
  }
  const missing = required.filter((key) => !Object.hasOwn(checked, key));
  for (const key of missing) {
    if (!fields.has(key)) fail(run, at(path, key));
  }
  if (missing.length)
    return drop(
      run,
      path,
      since,
      missing.map((key) => at(path, key)),
    );
  if (needsText && !Object.hasOwn(checked, 'text') && !Object.hasOwn(checked, 'html')) {
    const present = ['text', 'html'].filter((key) => fields.has(key));
    if (!present.length) fail(run, path);
    return drop(run, path, since, present.length ? present.map((key) => at(path, key)) : [path]);
  }
  const lacking = lacks?.(checked);
  if (lacking !== undefined) {
    const where = lacking ? at(path, lacking) : path;
    const before = run.dropped.length;
    fail(run, where);
    return drop(run, path, before, [where]);
  }
  return checked;
}

/** Mirrors the validator's `language`: a tag, or a Language object's first usable key. */
const language: Check = (value, path, run) => {
  if (typeof value === 'string') return value;
  return withFields(value, path, run, (fields) => {
    let tag: unknown;
    for (const key of LANGUAGE_KEYS) {
      const field = fields.get(key);
      if (field === undefined || field === UNREADABLE) continue;
      const checked = name(field, at(path, key), run); // dropped even when a tag was found
      tag ??= checked;
    }
    if (tag === undefined && !LANGUAGE_KEYS.some((key) => fields.has(key))) fail(run, path);
    return tag;
  });
};

const name: Check = (value, path, run) => (value === '' ? fail(run, path) : text(value, path, run));

const oneOf = (allowed: readonly unknown[]): Check => when((value) => allowed.includes(value));

const { article, teaser, blocks } = grammar<Run>({
  text,
  name,
  link,
  contactLink: when(
    (value) => typeof value === 'string' && safeUrl(value, { allowMailto: true }) !== undefined,
  ),
  date: when(isIsoDate),
  number: when(Number.isFinite),
  count: when((value) => Number.isInteger(value) && (value as number) >= 0),
  flag: when((value) => typeof value === 'boolean'),
  language,
  oneOf,
  listOf,
  object,
  block: (value, path, run) => readBlock(value, path, run),
});

const blockType = oneOf(BLOCK_TYPES);

/** Mirrors the validator's `checkBlock`: a block of a known type, and of `expectedType` if given. */
function readBlock(value: unknown, path: string, run: Run, expectedType?: BlockType): unknown {
  const since = run.dropped.length;
  return withFields(value, path, run, (fields) => {
    const type = fields.get('type');
    const typePath = at(path, 'type');
    if (type === undefined) fail(run, typePath);
    else if (type !== UNREADABLE && blockType(type, typePath, run) !== undefined) {
      if (!expectedType || type === expectedType) {
        return checkFields(fields, blocks[type as BlockType], path, run, since);
      }
      fail(run, typePath);
    }
    return drop(run, path, since, [typePath]);
  });
}

function runCheck<T>(root: string, check: (run: Run) => unknown): CheckResult<T> {
  const run: Run = {
    refused: false,
    dropped: [],
    kept: [],
    open: new Set(),
    budget: MAX_VALUES,
    root,
  };
  const value = check(run);
  const { refused, dropped, kept } = run;
  return refused ? { ok: false } : { ok: true, value: value as T, dropped, kept };
}

/**
 * Checks a whole article as `validateArticle` does, with the same options, and gives the same
 * copy; never throws and never changes `document`. Refused exactly when the validator refuses.
 */
export function checkArticle(
  document: unknown,
  options: { body?: boolean } = {},
): CheckResult<Article> {
  const check = options.body === false ? teaser : article;
  return runCheck('', (run) => check(document, '', run));
}

/**
 * Checks one block as `validateBlock` does: of `expectedType` when given, with every path under
 * `path` (default '').
 */
export function checkBlock(
  block: unknown,
  expectedType?: BlockType,
  path = '',
): CheckResult<Block> {
  return runCheck(path, (run) => readBlock(block, path, run, expectedType));
}
