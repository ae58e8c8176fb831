/**
 * What every stage of the data pipeline answers: a document or data to go on with (`ok: true`),
 * or a refusal, the reason the element shows instead; either there at once or on its way.
 */
import { isServer } from 'lit';
import type { Problem } from '../../model/validate.js';
import type { DataSourceKind, LedeErrorCause } from '../events.js';

/** A stage's answer: there now, or on its way. */
export type Later<T> = T | Promise<T>;

/** Why a stage refused a document: the cause the element reports, and the problems by path. */
export interface Refusal {
  ok: false;
  cause: LedeErrorCause;
  problems: Problem[];
  /** The HTTP status, for `http` failures. */
  status?: number | undefined;
  /** The URL loaded, for a document that came from `src`. */
  src?: string | undefined;
}

/** A refusal with `cause`, naming the `src` it came from and the problems by path, if any. */
export function refusal(
  cause: LedeErrorCause,
  src?: string,
  problems: Problem[] = [],
  status?: number,
): Refusal {
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

/**
 * On the server, work that needs the network or a lazily loaded module is left to the browser:
 * it never settles, so the element renders its loading placeholder, and nothing starts that
 * could settle, or reject, after the HTML is written.
 */
export function inBrowser<T>(start: () => Promise<T>): Promise<T> {
  return isServer ? new Promise<T>(() => undefined) : start();
}

/** An exception thrown by a stage (a getter in the data, a select that throws) as a refusal. */
export function thrown(error: unknown): Refusal {
  const message = error instanceof Error ? error.message : String(error);
  return refusal('invalid', undefined, [{ path: '', message }]);
}
