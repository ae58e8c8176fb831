import type { Problem, Problems } from '../model/problem.js';

/**
 * The page-wide settings of Lede. They live on `window.Lede`, the one place both the CDN build
 * and the npm package read: a page may write `window.Lede = { debug: true }` before loading the
 * script, or `Lede.debug = true` after; code from npm writes `ledeGlobal().debug = true`.
 */
export interface LedeGlobal {
  /**
   * Shows, in every element, the list of values it dropped from its data, as the `lede-debug`
   * attribute does for one element. For developers and designers, never for readers. Read when
   * an element renders: set it before the elements load, or re-render them.
   */
  debug?: boolean;
}

type WithLede = typeof globalThis & { Lede?: LedeGlobal };

/** `window.Lede`, created when the page has none yet. */
export function ledeGlobal(): LedeGlobal {
  const global = globalThis as WithLede;
  return (global.Lede ??= {});
}

/** Whether the list of dropped values shows: the element's `lede-debug`, or `Lede.debug`. */
export function isDebugging(attribute: boolean): boolean {
  return attribute || (globalThis as WithLede).Lede?.debug === true;
}

/** The warnings that name a value dropped; kept unknown fields are left out. */
export function droppedValues(warnings: readonly Problem[]): Problem[] {
  return warnings.filter((warning) => !warning.kept);
}

type DroppedDetail = typeof import('./dropped.js');

/** The console warning and the visible list of dropped values, once their chunk has loaded. */
let detail: DroppedDetail | undefined;
let loadingDetail: Promise<DroppedDetail | undefined> | undefined;

/**
 * What tells a developer about dropped values (`dropped.ts`), once its chunk has loaded: an
 * element loads it only when it has dropped something (see {@link withDroppedDetail}).
 */
export function droppedDetail(): DroppedDetail | undefined {
  return detail;
}

/**
 * Loads {@link droppedDetail}, once per page; a chunk that cannot be loaded tells nothing. The
 * data source starts it whenever it waits for the full validator, so that the words for what
 * the validator finds arrive with it.
 */
export function loadDroppedDetail(): Promise<DroppedDetail | undefined> {
  return (loadingDetail ??= import('./dropped.js').then(
    (loaded) => (detail = loaded),
    () => undefined,
  ));
}

/**
 * `problems` once {@link droppedDetail} has loaded, when they name a dropped value or are still
 * to be explained (the compact check has them explained only when it dropped something); at
 * once otherwise.
 */
export function withDroppedDetail(problems: Problems): Problems {
  if (detail || (Array.isArray(problems) && problems.every((problem) => problem.kept))) {
    return problems;
  }
  return Promise.all([problems, loadDroppedDetail()]).then(([found]) => found);
}
