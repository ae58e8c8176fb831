import type { PropertyDeclaration } from 'lit';

/**
 * Where a property of a hand-written tag goes in the block the element reads, when it has no
 * other data: part of a property's entry in the element's `static get properties()`, so that
 * a single declaration gives Lit the property and its attribute, the manifest its
 * documentation, and the element its block.
 */
export interface AttributeField {
  /**
   * The path of the value in the block, with dots between the keys: `description`,
   * `image.0.url` (a number is a position in a list). With several paths the value goes to
   * the first that is still empty: `['organization.name', 'organization.alternateName']`
   * makes an abbreviation the name when no full name is given, and the alternate name
   * otherwise.
   */
  to: string | readonly string[];
  /**
   * How the text becomes the value: `number` (a number stays one, numeric text becomes one,
   * other text stays as written so that validation names it), `list` (text split on
   * `separator`, each item trimmed, empty items left out) or `json` (JSON text parsed; other
   * text stays as written). Text otherwise.
   */
  read?: 'number' | 'list' | 'json';
  /** What separates the items of a `list`. */
  separator?: string;
  /**
   * The value adds to a block that other attributes make and never makes one alone. A path
   * (`image`) also asks for a value already at that path: the image's text alternative goes
   * only with an image.
   */
  adds?: true | string;
}

/**
 * A Lit property declaration that may say where its value goes in the element's block: a
 * path alone (`block: 'description'`) for text, or a whole {@link AttributeField}.
 */
export interface LedePropertyDeclaration extends PropertyDeclaration {
  block?: string | AttributeField;
}

/**
 * An element's Lit properties. Elements return them from `static get properties()`, the form
 * that both the manifest's analyzer and lit-analyzer (which checks the templates' bindings)
 * read; their JSDoc stays on the fields.
 */
export type LedeProperties = Readonly<Record<string, LedePropertyDeclaration>>;

/**
 * Lit's converter for a number attribute, except that text which is not a number (empty text
 * included, which `Number` reads as 0) is NaN: the block then gets the text as written, so
 * validation names it (`value: expected a number, got "lots"`).
 */
export const numberAttribute = {
  fromAttribute(text: string | null): number | undefined {
    if (text === null) return undefined;
    return text.trim() === '' ? NaN : Number(text);
  },
};

/**
 * The block a hand-written tag describes: `base` with each value at its field's path, or
 * undefined when no value makes a block (see {@link AttributeField.adds}). Absent values,
 * and text that is empty once trimmed (but for a number's), are left out.
 */
export function blockFromAttributes(
  values: Iterable<readonly [AttributeField, unknown]>,
  base: Readonly<Record<string, unknown>>,
): Record<string, unknown> | undefined {
  const block: Record<string, unknown> = { ...base };
  let made = false;
  // Values that add to the block come last, once the values that make it are in.
  const ordered = [...values].sort(([a], [b]) => Number(!!a.adds) - Number(!!b.adds));
  for (const [field, raw] of ordered) {
    const value = read(field, raw);
    if (value === undefined) continue;
    if (
      field.adds &&
      (!made || (field.adds !== true && valueAt(block, field.adds) === undefined))
    ) {
      continue;
    }
    const paths = typeof field.to === 'string' ? [field.to] : field.to;
    put(block, paths.find((path) => valueAt(block, path) === undefined) ?? paths.at(-1), value);
    made = true;
  }
  return made ? block : undefined;
}

/**
 * Puts `value` at `path` (the first of the field's paths still empty, else the last, over the
 * base's value), making the objects and lists on the way.
 */
function put(block: Record<string, unknown>, path = '', value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() ?? path;
  let target = block;
  keys.forEach((key, index) => {
    // A numeric key stands for a position in a list: `image.0.url`.
    target = (target[key] ??= /^\d/.test(keys[index + 1] ?? last) ? [] : {}) as typeof target;
  });
  target[last] = value;
}

/**
 * A property's value as the block holds it, or undefined when it is absent or (except for a
 * number) blank.
 */
function read(field: AttributeField, value: unknown): unknown {
  if (typeof value !== 'string') return value ?? undefined;
  const text = value.trim();
  // A number attribute written blank is still a number that is wrong: validation names it.
  if (field.read === 'number') return text && Number.isFinite(Number(text)) ? Number(text) : value;
  if (!text) return undefined;
  if (field.read === 'json') {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return value;
    }
  }
  if (field.read !== 'list') return text;
  const items = text
    .split(field.separator ?? ',')
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
}

function valueAt(block: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], block);
}
