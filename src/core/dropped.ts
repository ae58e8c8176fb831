/**
 * What an element tells a developer about the values it dropped from its data: one console
 * warning, and the visible list under `lede-debug` or `Lede.debug`. Loaded with `import()` (see
 * `debug.ts`) only once there are dropped values to tell about, so that no element carries it
 * at start.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { formatProblem, type Problem } from '../model/problem.js';

/** One console warning per element for everything it dropped, one line per value. */
export function warnDropped(tag: string, dropped: readonly Problem[]): void {
  const lines = dropped.map((problem) => `  ${formatProblem(problem)}`);
  const count = dropped.length === 1 ? '1 value' : `${dropped.length} values`;
  console.warn(
    `<${tag}>: dropped ${count} it could not use, and rendered the rest:\n${lines.join('\n')}`,
  );
}

/** The list's own rules, added to the shadow root that shows it. */
const droppedStyles = css`
  .dropped {
    margin-block-start: var(--_space);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border: 1px dashed var(--_error);
    border-radius: var(--_radius);
    color: var(--_text);
    background: var(--_surface);
    font: 0.8125rem/1.4 var(--_sans);
  }
  .dropped ul {
    margin: calc(var(--_space) * 0.25) 0 0;
    padding-inline-start: 1.25em;
  }
  .dropped code {
    font-family: ui-monospace, monospace;
  }
`;

/**
 * Adds the list's rules to `root` once, as a constructed stylesheet: a page whose policy allows
 * no inline styles still shows them.
 */
function adoptDroppedStyles(root: ShadowRoot | null): void {
  const sheet = droppedStyles.styleSheet;
  if (!root || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/**
 * The visible list of dropped values, in `root`. Its words stay in English on purpose: like the
 * console, it speaks to the developer, and every line quotes a path of the data.
 */
export function renderDropped(
  dropped: readonly Problem[],
  root: ShadowRoot | null,
): TemplateResult | typeof nothing {
  if (dropped.length === 0) return nothing;
  adoptDroppedStyles(root);
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
