/**
 * The validation stage: the element's `select` applied to a document in Lede's shape, whose
 * answer may be there at once or arrive later (a Promise), and the document kept, so that a new
 * pick (another block id or index) selects from it again without loading it again. What the
 * answer becomes is the data source's: a later answer takes the same "only if the source is
 * still current" path as a load.
 */
import type { Problems } from '../../model/problem.js';
import type { Accepted, Later } from './stage.js';

/**
 * What an element picked out of a document: its data, or why there is none. `lang` is the
 * language of the story a block was picked from (its `inLanguage`), when it says. Warnings and
 * problems the full validator has yet to explain are a Promise (see `core/select.ts`).
 */
export type Selection<T> =
  | { ok: true; value: T; warnings: Problems; lang?: string | undefined }
  | { ok: false; cause: 'invalid' | 'not-found'; problems: Problems };

/** The data an element picked. */
export type Picked<T> = Extract<Selection<T>, { ok: true }>;

/** Validates a document (a whole article or the element's own block) and picks the data. */
export type Select<T> = (document: unknown) => Later<Selection<T>>;

/** What the validation stage needs of the element. */
export interface ValidationOptions<T> {
  select: Select<T>;
  /**
   * Describes which part of a document `select` picks (for example the block id and index), so
   * that a new pick re-selects from the document already loaded instead of loading it again.
   */
  pick?(): string;
}

/** Selects an element's data from the documents it accepts, and again when its pick changes. */
export class Validation<T> {
  private accepted?: Accepted | undefined;
  private picked = '';

  constructor(private readonly options: ValidationOptions<T>) {}

  /** Selects from a newly accepted document, and keeps it. */
  validate(accepted: Accepted): Later<Selection<T>> {
    this.accepted = accepted;
    this.picked = this.pick();
    return this.options.select(accepted.document);
  }

  /** The kept document, when the pick has changed since it was selected from; else undefined. */
  repicked(): Accepted | undefined {
    return this.accepted && this.pick() !== this.picked ? this.accepted : undefined;
  }

  /** Lets go of the kept document: the source changed. */
  forget(): void {
    this.accepted = undefined;
  }

  private pick(): string {
    return this.options.pick?.() ?? '';
  }
}
