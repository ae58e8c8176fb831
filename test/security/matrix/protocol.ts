/** What the matrix test sends its page and what the page answers. */

/** A text field of a case, found in the rendering by the marker its value starts with. */
export interface MarkedField {
  marker: string;
  /** The whole value: marker and vector (or harmless words, in a baseline). */
  value: string;
}

export interface MatrixCase {
  id: string;
  /** The input format, or `attributes` for the elements' own attributes. */
  format: string;
  /**
   * A baseline carries harmless values: it tells the page which markers each element shows and
   * which tags and attributes its templates produce. Vector cases are compared against it.
   */
  role: 'baseline' | 'vector';
  /** The document every element is given as its `article` property. */
  document?: unknown;
  /** Attributes by element tag, for the `attributes` format. */
  attributes?: Record<string, Record<string, string>>;
  fields: MarkedField[];
}

export type Outcome = 'content' | 'error' | 'none';

export interface ElementResult {
  tag: string;
  outcome: Outcome;
  unsafeUrls: string[];
  /** Tags and attributes outside what the baseline rendered, or dangerous anywhere. */
  foreign: string[];
  /** Markers of fields shown in the baseline whose text was not shown verbatim. */
  dropped: string[];
}

export interface CaseResult {
  id: string;
  format: string;
  role: MatrixCase['role'];
  elements: ElementResult[];
}

export interface BatchResult {
  cases: CaseResult[];
  executions: [caseId: string, count: number][];
  violations: { caseId: string; directive: string; blocked: string; sample: string }[];
  pageErrors: { caseId: string; message: string }[];
}

/** The page's interface, on its window once it is ready. */
export interface MatrixPage {
  run(cases: MatrixCase[]): Promise<BatchResult>;
}

/** Posted to the parent window when the page is ready. */
export const READY_MESSAGE = 'lede-security-page-ready';
