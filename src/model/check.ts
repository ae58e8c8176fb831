/**
 * The compact check that elements carry at start, and the one reading the full validator words:
 * it reads a document with the reader (`read.ts`) against the model's shapes (`shapes.ts`) into
 * a fresh copy in the canonical shape, dropping what it cannot use and refusing a document with
 * nothing to show. The full validator (`validate.ts`) runs the same readings (`readArticle`,
 * `readBlock`) and words their findings; the compact check (`checkArticle`, `checkTeaser`,
 * `checkBlockOf`) keeps only the paths of what was dropped and of the unknown fields kept.
 *
 * An element reads only what it shows, so it carries only those shapes: the card reads the
 * article without its body (`checkTeaser`, in `check-teaser.ts`, which it imports alone), an
 * element of one block type reads that type (`checkBlockOf` with its `BlockKind`); only the
 * whole article reads every block type.
 */
import { BLOCK_TYPES, type Article, type Block, type BlockType } from './types.js';
import { at } from './problem.js';
import { UNREADABLE } from './rules.js';
import {
  checkFields,
  Code,
  compact,
  drop,
  fail,
  listOf,
  oneOf,
  reading,
  withFields,
  type Check,
  type Reading,
  type Run,
  type Shape,
} from './read.js';
import { articleShape } from './shapes.js';
import { readTeaser } from './check-teaser.js';
import { blockShapes, type BlockKind } from './block-shapes.js';

export { Code, type CheckResult, type Finding, type Reading } from './read.js';

const blockType = oneOf(BLOCK_TYPES);

/**
 * Checks a block against the shape `shapeOf` gives for its `type`, and against `expectedType`
 * when given; a block of an unknown or unexpected type is dropped.
 */
function readBlockAt(
  value: unknown,
  path: string,
  run: Run,
  shapeOf: (type: BlockType) => Shape,
  expectedType?: BlockType,
): unknown {
  const since = run.warnings.length;
  return withFields(value, path, run, (fields) => {
    const type = fields.get('type');
    const typePath = at(path, 'type');
    if (type === undefined) fail(run, typePath, Code.Required);
    else if (type !== UNREADABLE && blockType(type, typePath, run) !== undefined) {
      if (!expectedType || type === expectedType) {
        return checkFields(fields, shapeOf(type as BlockType), path, run, since);
      }
      fail(run, typePath, Code.Type, type, expectedType);
    }
    return drop(run, path, 'block', since, [typePath]);
  });
}

// Each shape is built the first time a reading needs it, and only then.
let everyBlock: Record<BlockType, Shape> | undefined;
const blockShapeOf = (type: BlockType): Shape => (everyBlock ??= blockShapes())[type];
const blockInBody: Check = (value, path, run) => readBlockAt(value, path, run, blockShapeOf);
let article: Check | undefined;
const kindShapes = new Map<BlockKind, Shape>();

/**
 * Reads a whole article; never throws and never changes `document`. It is refused only when it
 * is not an object, has no usable `headline`, or is too large to read. With `body: false` it is
 * read as `readTeaser` reads it.
 */
export function readArticle(document: unknown, options: { body?: boolean } = {}): Reading<Article> {
  if (options.body === false) return readTeaser(document);
  article ??= articleShape(listOf(blockInBody));
  const check = article;
  return reading('', (run) => check(document, '', run));
}

/**
 * Reads one block, refused when it misses what it needs to be shown or, when `expectedType` is
 * given, is of another type. `path` prefixes every path found (default '').
 */
export function readBlock(block: unknown, expectedType?: BlockType, path = ''): Reading<Block> {
  return reading(path, (run) => readBlockAt(block, path, run, blockShapeOf, expectedType));
}

/** Reads one block of `kind` as `readBlock` does, with only the shape of that kind. */
export function readBlockOf(block: unknown, kind: BlockKind, path = ''): Reading<Block> {
  let shape = kindShapes.get(kind);
  if (!shape) kindShapes.set(kind, (shape = kind.shape()));
  const known = shape;
  return reading(path, (run) => readBlockAt(block, path, run, () => known, kind.type));
}

/**
 * Checks a whole article as `validateArticle` does, with the same options, and gives the same
 * copy; never throws and never changes `document`. Refused exactly when the validator refuses.
 */
export const checkArticle = (document: unknown, options?: { body?: boolean }) =>
  compact(readArticle(document, options));

/**
 * Checks one block as `validateBlock` does: of `expectedType` when given, with every path under
 * `path` (default '').
 */
export const checkBlock = (block: unknown, expectedType?: BlockType, path?: string) =>
  compact(readBlock(block, expectedType, path));

/** Checks one block of `kind` as `validateBlock` with its type does, carrying only its shape. */
export const checkBlockOf = (block: unknown, kind: BlockKind, path?: string) =>
  compact(readBlockOf(block, kind, path));
