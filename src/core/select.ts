/**
 * How an element picks its data out of a document. It reads the document with a compact check
 * (`model/check.ts`, `model/check-teaser.ts`), which gives the same copy as the full validator
 * without carrying its messages; the full validator (`model/validate.ts`) is loaded with
 * `import()` only to explain what the check found: the problems of a refused document, and the
 * values it dropped. Those are a Promise (`Problems`), except in a renderer that gave the
 * validator (`explainWith`).
 *
 * What each kind of element selects is in a module of its own — `select-teaser.ts` for the card,
 * `select-block.ts` for an element of one block, `select-article.ts` for the whole article — so
 * that an element loads only its own: a page of cards carries no block's shape.
 */
import type { CheckResult } from '../model/read.js';
import { KEPT_UNKNOWN, type Problem, type Problems } from '../model/problem.js';
import type { Selection } from './data-source.js';

type FullValidator = typeof import('../model/validate.js');

/** The full validator when a renderer gave it (`explainWith`); else it is loaded on demand. */
let given: FullValidator | undefined;
let loading: Promise<FullValidator> | undefined;

/**
 * Gives the full validator to `select` at once, so that problems are explained synchronously:
 * for a renderer that cannot wait for a chunk (the server renderer imports it directly).
 */
export function explainWith(fullValidator: FullValidator): void {
  given = fullValidator;
}

/**
 * What the full validator says of a document: at once when a renderer gave it, else once its
 * chunk has loaded (once per page; every explanation waits for it the same way, so an element
 * behaves alike whichever element needed the chunk first). A chunk that cannot be loaded
 * explains nothing.
 */
function explain(find: (validator: FullValidator) => Problem[]): Problems {
  if (given) return find(given);
  loading ??= import('../model/validate.js');
  return loading.then(find, () => []);
}

/** Applies `change` to problems, whether they are known yet or still to be explained. */
export function thenProblems(
  problems: Problems,
  change: (problems: Problem[]) => Problem[],
): Problems {
  return Array.isArray(problems) ? change(problems) : problems.then(change);
}

/**
 * The selection of a checked document. A refused one gets its errors, and one that dropped
 * values gets its warnings, from the full validator (`explain`); one that dropped nothing has
 * no warnings but its kept unknown fields, named without the validator.
 */
export function selected<T, V>(
  result: CheckResult<V>,
  explanation: (validator: FullValidator) => {
    ok: boolean;
    warnings: Problem[];
    errors?: Problem[];
  },
  value: (checked: V) => T,
): Selection<T> {
  if (!result.ok) {
    return {
      ok: false,
      cause: 'invalid',
      problems: explain((full) => explanation(full).errors ?? []),
    };
  }
  const warnings = result.dropped.length
    ? explain((full) => explanation(full).warnings)
    : result.kept.map((path): Problem => ({ path, message: KEPT_UNKNOWN, kept: true }));
  return { ok: true, value: value(result.value), warnings };
}
