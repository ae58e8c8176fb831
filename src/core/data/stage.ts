/**
 * What every stage of the data pipeline answers: a document or data to go on with (`ok: true`),
 * or a refusal, the reason the element shows instead; either there at once or on its way.
 */
import type { Problem, Problems } from '../../model/problem.js';
import type { DataSourceKind, LedeErrorCause } from '../events.js';

/** A stage's answer: there now, or on its way. */
export type Later<T> = T | Promise<T>;

/** Why a stage refused a document: the cause the element reports, and the problems by path. */
export interface Refusal {
  ok: false;
  cause: LedeErrorCause;
  /** Known at once, or still to be explained by the full validator. */
  problems: Problems;
  /** The HTTP status, for `http` failures. */
  status?: number | undefined;
  /** The URL loaded, for a document that came from `src`. */
  src?: string | undefined;
}

/** A refusal with `cause`, naming the `src` it came from, and what was wrong, if it says. */
export function refusal(
  cause: LedeErrorCause,
  src?: string,
  message?: string,
  status?: number,
): Refusal {
  const problems = message === undefined ? [] : [{ path: '', message }];
  return { ok: false, cause, problems, status, src };
}

/** A document in Lede's shape: where it came from, and what converting it dropped. */
export interface Accepted {
  ok: true;
  document: unknown;
  source: DataSourceKind;
  /** The URL loaded, for `src`. */
  src?: string | undefined;
  warnings: Problem[];
}

/** A document in Lede's shape, as a stage accepts it. */
export function accepted(
  document: unknown,
  source: DataSourceKind,
  src?: string,
  warnings: Problem[] = [],
): Accepted {
  return { ok: true, document, source, src, warnings };
}

/**
 * What a stage answers on the server instead of work that needs the network or a lazily loaded
 * module: an answer that never arrives, so the element renders its loading placeholder, nothing
 * starts that could settle, or reject, after the HTML is written, and the browser takes over.
 * Stages write `if (isServer) return leftToBrowser();`, which the browser build drops.
 */
export function leftToBrowser(): Promise<never> {
  return new Promise<never>(() => undefined);
}

/** An exception thrown by a stage (a getter in the data, a select that throws) as a refusal. */
export function thrown(error: unknown): Refusal {
  return refusal('invalid', undefined, error instanceof Error ? error.message : String(error));
}
