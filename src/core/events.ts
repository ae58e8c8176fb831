import type { Problem } from '../model/problem.js';

/** Where an element's data came from. */
export type DataSourceKind = 'property' | 'inline' | 'src' | 'jsonld' | 'attributes';

/** Why an element could not render its data. */
export type LedeErrorCause =
  | 'unsafe-url'
  | 'network'
  | 'http'
  | 'timeout'
  | 'too-large'
  | 'not-json'
  | 'invalid'
  | 'unrecognized'
  | 'not-found';

export interface LedeErrorDetail {
  cause: LedeErrorCause;
  /** The short message shown in the element. */
  message: string;
  /** Validation problems with their exact paths, when the data had the wrong shape. */
  problems: Problem[];
  /** The URL that was loaded, for `src` failures. */
  src?: string;
  /** The HTTP status, for `http` failures. */
  status?: number;
}

export interface LedeLoadDetail {
  /** Where the data came from. */
  source: DataSourceKind;
  /**
   * What was dropped or kept on the way, with paths: every value that could not be used and was
   * left out (a wrong type, a URL outside the allow-list, a date that is not ISO 8601, a block
   * of an unknown type), parts of a document in another format that Lede has no place for, and
   * unknown fields, which are kept and marked `kept: true`.
   */
  warnings: Problem[];
}

/**
 * Fired once each time an element renders new data: in the same update when nothing was
 * dropped, or, when values were, once the validator's chunk has explained them (the data
 * itself renders at once).
 */
export class LedeLoadEvent extends Event {
  static readonly type = 'lede-load';
  readonly detail: LedeLoadDetail;
  constructor(source: DataSourceKind, warnings: Problem[] = []) {
    super(LedeLoadEvent.type, { bubbles: true, composed: true });
    this.detail = { source, warnings };
  }
}

/**
 * Fired once each time an element falls back to its error state. For data that was refused, it
 * comes once the validator's chunk has explained the problems; the message shows at once.
 */
export class LedeErrorEvent extends Event {
  static readonly type = 'lede-error';
  readonly detail: LedeErrorDetail;
  constructor(detail: LedeErrorDetail) {
    super(LedeErrorEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lede-load': LedeLoadEvent;
    'lede-error': LedeErrorEvent;
  }
}
