import { html, nothing, type TemplateResult } from 'lit';
import { formatProblem, type Problem } from '../model/problem.js';

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

/** One console warning per element for everything it dropped, one line per value. */
export function warnDropped(tag: string, dropped: readonly Problem[]): void {
  const lines = dropped.map((problem) => `  ${formatProblem(problem)}`);
  const count = dropped.length === 1 ? '1 value' : `${dropped.length} values`;
  console.warn(
    `<${tag}>: dropped ${count} it could not use, and rendered the rest:\n${lines.join('\n')}`,
  );
}

/**
 * The visible list of dropped values. Its words stay in English on purpose: like the console,
 * it speaks to the developer, and every line quotes a path of the data.
 */
export function renderDropped(dropped: readonly Problem[]): TemplateResult | typeof nothing {
  if (dropped.length === 0) return nothing;
  return html`<details part="dropped" class="dropped" open>
    <summary>Dropped from the data (${dropped.length})</summary>
    <ul>
      ${dropped.map(
        (problem) =>
          html`<li>
            ${problem.path ? html`<code>${problem.path}</code>: ` : nothing}${problem.message}
          </li>`,
      )}
    </ul>
  </details>`;
}
