/**
 * How a problem in a document is named: its path and its message. Kept apart from the
 * validator, which loads only when a page needs its messages, so that code which merely passes
 * problems on (events, the console, the list of dropped values) does not load it.
 */

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

/** A field's path as every message writes it: `body[4].value`, `author[0].name`. */
export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/** Whether `path` names `ancestor` itself or a value inside it: `items.headline` is in `items`. */
export function isWithin(path: string, ancestor: string): boolean {
  if (path === ancestor) return true;
  return (
    ancestor !== '' &&
    path.startsWith(ancestor) &&
    (path[ancestor.length] === '.' || path[ancestor.length] === '[')
  );
}

/** A problem as one line of text: `body[4].value: expected a number, got the string "6,000"`. */
export function formatProblem(problem: Problem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

/**
 * The message of every kept unknown field. Shared so that an element can name a kept field
 * without loading the validator: such a field needs no other explanation.
 */
export const KEPT_UNKNOWN = 'unknown field, kept';

/**
 * Problems known at once, or still to be explained by the full validator, which an element
 * loads only when its compact check refused a document or dropped something.
 */
export type Problems = Problem[] | Promise<Problem[]>;
