/**
 * What an element shows of its data, and what it tells the page about it: the state it renders,
 * one `lede-load` or `lede-error` event per outcome (fired once the element has rendered it),
 * one console warning (or, on the server, the render API's report), and the size an error keeps
 * when it replaces the loading placeholder.
 */
import type { ReactiveControllerHost } from 'lit';
import { formatProblem, type Problem, type Problems } from '../../model/problem.js';
import { droppedDetail, droppedValues, loadDroppedDetail, withDroppedDetail } from '../debug.js';
import {
  LedeErrorEvent,
  LedeLoadEvent,
  type DataSourceKind,
  type LedeErrorCause,
  type LedeErrorDetail,
} from '../events.js';
import { contentHeight, holdErrorSize } from '../held-size.js';
import { serverRender } from '../server-render.js';
import { thenProblems } from '../select.js';
import { thrown, type Accepted, type Refusal } from './stage.js';
import type { Picked } from './validation.js';

export type DataState<T> =
  | { status: 'empty' }
  | { status: 'loading' }
  | {
      status: 'ready';
      value: T;
      source: DataSourceKind;
      lang?: string | undefined;
      /** What was dropped, or kept though unknown, on the way: the `lede-load` warnings. */
      warnings: Problem[];
    }
  | { status: 'error'; detail: LedeErrorDetail };

/** The visible message for a failure. */
export type ErrorMessage = (cause: LedeErrorCause, status?: number) => string;

export class Outcome<T> {
  state: DataState<T> = { status: 'empty' };
  private event?: Event | undefined;
  /** The height of the loading placeholder an error replaced, which the error keeps. */
  private heldSize?: number | undefined;

  constructor(
    private readonly host: HTMLElement & ReactiveControllerHost,
    private readonly message: ErrorMessage,
  ) {}

  /** Nothing to show, or a story on its way (the placeholder). */
  show(status: 'empty' | 'loading'): void {
    this.state = { status };
  }

  /**
   * The data selected from `accepted`, shown at once; its `lede-load` event and console warning
   * follow once the warnings are known (see {@link Outcome.whenExplained}) and, when they name
   * dropped values, the module that tells about them has loaded (`debug.ts`).
   */
  ready(selection: Picked<T>, { source, warnings }: Accepted): void {
    const { value, lang } = selection;
    // The warnings reach the state when they are reported, with what tells about them.
    const ready = { status: 'ready' as const, value, source, lang, warnings: [] as Problem[] };
    this.state = ready;
    const all = thenProblems(selection.warnings, (found) => [...warnings, ...found]);
    const server = serverRender();
    // In the browser, what is dropped is told through a chunk of its own, loaded only then.
    this.whenExplained(server ? all : withDroppedDetail(all), (found) => {
      ready.warnings = found;
      this.event = new LedeLoadEvent(source, found);
      const dropped = droppedValues(found);
      if (server) server.warnings.push(...dropped);
      else if (dropped.length) droppedDetail()?.warnDropped(this.host.localName, dropped);
    });
  }

  /**
   * A short visible message, shown at once; one `lede-error` event and one console warning once
   * its problems are known. The detail names the refusal's `src`, or else the `src` the refused
   * document came from.
   */
  fail({ cause, problems, status, src: refusedSrc }: Refusal, src = refusedSrc): void {
    const message = this.message(cause, status);
    const detail: LedeErrorDetail = { cause, message, problems: [] };
    if (src !== undefined) detail.src = src;
    if (status !== undefined) detail.status = status;
    this.state = { status: 'error', detail };
    this.whenExplained(problems, (found) => {
      detail.problems = found;
      this.event = new LedeErrorEvent(detail);
      const server = serverRender();
      if (server) {
        server.failures.push(detail); // the render API reports it, with the other problems
        return;
      }
      console.warn(`<${this.host.localName}>: ${message}`, ...found.map(formatProblem));
    });
  }

  /**
   * Reports the problems of what is shown (its event, its console warning) at once when they
   * are known; else what is shown stays, and they are reported once the full validator has
   * explained them (see `core/select.ts`), unless the element has shown other data meanwhile.
   */
  private whenExplained(problems: Problems, report: (problems: Problem[]) => void): void {
    if (!(problems instanceof Promise)) return report(problems);
    void loadDroppedDetail(); // loads beside the validator, whose findings it words
    const shown = this.state;
    void problems.then((found) => {
      if (this.state !== shown) return;
      report(found);
      this.host.requestUpdate();
    });
  }

  /**
   * Applies a result that arrived while the loading placeholder was on screen: an error that
   * replaces it keeps its size, so the page does not move; one that throws is invalid data.
   */
  arrive(apply: () => void): void {
    const placeholderSize = this.state.status === 'loading' ? contentHeight(this.host) : undefined;
    try {
      apply();
    } catch (error) {
      this.fail(thrown(error));
    }
    this.heldSize = this.state.status === 'error' ? placeholderSize : undefined;
  }

  /** A new source: an error it comes to takes its own size, unless a placeholder came first. */
  releaseSize(): void {
    this.heldSize = undefined;
  }

  /** After the element rendered the state: sizes its error, and fires the event. */
  rendered(): void {
    const root = this.host.shadowRoot;
    if (root) holdErrorSize(root, this.state.status === 'error' ? this.heldSize : undefined);
    const event = this.event;
    this.event = undefined;
    if (event) this.host.dispatchEvent(event);
  }
}
