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
 *
 * The reading is the compact check's (`check.ts`): this module only words what it found, so
 * the words load only when a page needs them.
 */
import type { Article, Block, BlockType } from './types.js';
import { KEPT_UNKNOWN, type Problem } from './problem.js';
import { kindOf, MAX_DEPTH, MAX_VALUES } from './rules.js';
import { Code, readArticle, readBlock, type Finding, type Reading } from './check.js';

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

type Words = (finding: Finding) => string;

const expected =
  (what: string): Words =>
  ({ value }) =>
    `expected ${what}, got ${describe(value)}`;

/** For a value that must be a string of some form: says which, when it is a string. */
const expectedString =
  (what: string): Words =>
  (finding) =>
    typeof finding.value === 'string'
      ? `expected ${what}, got ${show(finding.value)}`
      : expected('a string')(finding);

/** What an object that lacks what it needs (`Shape.lacks`) is told, by the object's noun. */
const LACKS: Record<string, string> = {
  'people block': 'needs a named member (items), a count (numberOfItems) or an organization',
  'links block': 'needs a link with a headline',
};

/** The words of each finding, by its code: its message, or how to write it. */
const MESSAGES: Record<Code, string | Words> = {
  [Code.Unreadable]: 'could not be read',
  [Code.Circular]: 'is a circular reference',
  [Code.Deep]: `is nested too deeply (over ${MAX_DEPTH} levels)`,
  [Code.Large]: `is too large (over ${MAX_VALUES} values)`,
  [Code.Reserved]: 'reserved name, dropped',
  [Code.NotData]: 'is not JSON data, dropped',
  [Code.Kept]: KEPT_UNKNOWN,
  [Code.Object]: expected('an object'),
  [Code.String]: expected('a string'),
  [Code.Empty]: 'must not be empty',
  [Code.Link]: expectedString('an http, https or relative URL'),
  [Code.ContactLink]: expectedString('an http, https, mailto or relative URL'),
  [Code.Date]: expectedString('an ISO 8601 date such as "2022-08-23"'),
  [Code.Number]: expected('a number'),
  [Code.Count]: expected('a non-negative integer'),
  [Code.Flag]: expected('a boolean'),
  [Code.OneOf]: ({ value, detail }) =>
    `expected one of ${(detail as unknown[]).map(show).join(', ')}, got ${show(value)}`,
  [Code.Language]: 'needs alternateName or name, the language tag',
  [Code.Required]: 'is required',
  [Code.NeedsText]: 'needs text or html',
  [Code.Lacks]: ({ value }) => LACKS[value as string] as string,
  [Code.Type]: ({ value, detail }) =>
    `expected a "${detail as string}" block, got "${value as string}"`,
};

/** A finding in words, with the objects dropped because of it. */
function problem(finding: Finding): Problem {
  const { path, code } = finding;
  const words = MESSAGES[code];
  let message = typeof words === 'string' ? words : words(finding);
  for (const noun of finding.dropping ?? []) message += `, the ${noun} is dropped`;
  return code === Code.Kept ? { path, message, kept: true } : { path, message };
}

/** A reading in words; a refused document's warnings leave out the causes of its errors. */
function worded<T>({ value, errors, warnings }: Reading<T>): ValidationResult<T> {
  return errors.length
    ? {
        ok: false,
        errors: errors.map(problem),
        warnings: warnings.filter((finding) => !errors.includes(finding)).map(problem),
      }
    : { ok: true, value, warnings: warnings.map(problem) };
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
  return worded(readArticle(input, options));
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
  return worded(readBlock(input, expectedType, path));
}
