import { isServer, type ReactiveController } from 'lit';
import { load } from './data/load.js';
import { Outcome, type DataState, type ErrorMessage } from './data/outcome.js';
import {
  CHILDREN,
  currentSource,
  isSameSource,
  watchChildren,
  type Source,
  type SourceHost,
  type SourceReaders,
} from './data/source.js';
import { thrown, type Accepted, type Later, type Refusal } from './data/stage.js';
import {
  Validation,
  type Picked,
  type Selection,
  type ValidationOptions,
} from './data/validation.js';

export type { DataState, Later, Selection };

/** The signal given to loads that make no request: never aborted, and never listened to. */
const UNUSED_SIGNAL = new AbortController().signal;

/** The element side of a data source: the attributes every Lede element shares. */
export interface DataSourceHost extends SourceHost {
  timeout: number;
  maxBytes: number;
  /**
   * Keeps the data source, to resolve it before each render on the server, where a
   * controller's `hostUpdate` is not called, to check it against server-written HTML, and to
   * reload it.
   */
  registerDataSource(source: RegisteredDataSource): void;
}

/** What the element needs of its data source. */
export interface RegisteredDataSource {
  readonly state: DataState<unknown>;
  hostUpdate(): void;
  reload(): void;
}

/**
 * What an element gives its data source: its own sources (`property`, `attributes`), how it
 * picks its data from a document (`select`, which may answer later, and `pick`), and the
 * words of its errors (`message`).
 */
export interface DataSourceOptions<T> extends SourceReaders, ValidationOptions<T> {
  /** The visible message for a failure. */
  message: ErrorMessage;
}

/**
 * An element's data, through the stages of `./data/`: the source that wins (`currentSource`),
 * the document it holds, in Lede's shape (`load`, which converts other formats through the
 * adapters, loaded only then), the element's data picked from it (`Validation`),
 * and the state the element renders, with its events (`Outcome`). Each change of source is
 * taken once. Any stage may answer later; the loading state shows meanwhile, and a later answer
 * is applied only while its source is still the current one, so a stale response never
 * renders. Every failure becomes one visible message, one `lede-error` event and one console
 * warning, never an exception.
 */
export class DataSourceController<T> implements ReactiveController, RegisteredDataSource {
  private readonly children?: MutationObserver | undefined;
  /** The source last taken; undefined before the first, or when it must be taken again. */
  private taken?: Source | undefined;
  private readonly validation: Validation<T>;
  private readonly outcome: Outcome<T>;
  /**
   * Stands for the current source while work for it is on its way (a request, a lazily loaded
   * module): aborted when the source is no longer current, which stops its request and drops
   * every answer still on its way. Made only when work goes on later: aborting a signal makes an
   * exception with its stack, which a thousand cards given their stories at once should not pay.
   */
  private current?: AbortController | undefined;
  /** The next load of `src` requests it again (`reload()`). */
  private fresh = false;

  constructor(
    private readonly host: DataSourceHost,
    private readonly options: DataSourceOptions<T>,
  ) {
    this.children = watchChildren(host);
    this.validation = new Validation(options);
    this.outcome = new Outcome(host, options.message);
    host.addController(this);
    host.registerDataSource(this);
  }

  get state(): DataState<T> {
    return this.outcome.state;
  }

  hostConnected(): void {
    this.children?.observe(this.host, CHILDREN);
    if (!this.taken) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.children?.disconnect();
    if (this.state.status !== 'loading') return;
    this.dropWork(); // what was under way no longer renders
    this.taken = undefined; // reconnecting takes the source again
  }

  /** Requests `src` again, not sharing a load already made; other sources ignore it. */
  reload(): void {
    if (this.taken?.kind !== 'src') return;
    this.taken = undefined; // the same src counts as a new one
    this.fresh = true;
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    try {
      const source = currentSource(this.host, this.options);
      if (isSameSource(source, this.taken)) this.repick();
      else this.take(source);
    } catch (error) {
      this.outcome.fail(thrown(error));
    }
  }

  hostUpdated(): void {
    this.outcome.rendered();
  }

  /** Drops the work under way: its request stops, and what it answers is not applied. */
  private dropWork(): void {
    this.current?.abort();
    this.current = undefined;
  }

  /** The signal of the current source's work on its way. */
  private workSignal(): AbortSignal {
    return (this.current ??= new AbortController()).signal;
  }

  /** Starts over from a new source. */
  private take(source: Source): void {
    this.taken = source;
    this.dropWork();
    this.validation.forget();
    this.outcome.releaseSize();
    if (source.kind === 'empty') {
      this.outcome.show('empty');
      return;
    }
    const { timeout, maxBytes } = this.host;
    const fetches = source.kind === 'src';
    const signal = fetches ? this.workSignal() : UNUSED_SIGNAL;
    const options = { signal, timeout, maxBytes, fresh: this.fresh };
    if (fetches) this.fresh = false;
    this.next(load(source, options), (accepted) => this.validate(accepted));
  }

  private validate(accepted: Accepted): void {
    this.next<Picked<T>>(
      this.validation.validate(accepted),
      (picked) => this.outcome.ready(picked, accepted),
      accepted.src,
    );
  }

  /** Selects again from the document already accepted when the element's pick changed. */
  private repick(): void {
    const accepted = this.validation.repicked();
    if (!accepted) return;
    this.dropWork(); // a selection still on its way was for the old pick
    this.validate(accepted);
  }

  /**
   * Goes on with a stage's answer, or shows its refusal: at once when the answer is there;
   * when it is on its way, showing the loading state until it arrives, and then only if the
   * source is still the current one. A refusal names `src`, the URL its document came from.
   */
  private next<R extends { ok: true }>(
    answer: Later<R | Refusal>,
    apply: (value: R) => void,
    src?: string,
  ): void {
    if (!(answer instanceof Promise)) {
      if (answer.ok) apply(answer);
      else this.outcome.fail(answer, src);
      return;
    }
    this.outcome.show('loading');
    if (isServer) {
      // Nothing may land after the HTML is written: the browser takes the work over.
      answer.catch(() => undefined);
      return;
    }
    const signal = this.workSignal();
    answer
      // A stage that rejects (a `select` that fails later) fails as one that throws.
      .catch(thrown)
      .then((value) => {
        if (signal.aborted) return;
        this.outcome.arrive(() => this.next(value, apply, src));
        this.host.requestUpdate();
      });
  }
}
