import { nothing, type TemplateResult } from 'lit';
import { html, literal, type StaticValue } from 'lit/static-html.js';
import { languageDirection } from '../../core/locale.js';

const TAGS: Record<number, StaticValue> = {
  1: literal`h1`,
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/** A heading level from an attribute: a whole number 1–6, else `fallback`. */
export function headingLevel(value: unknown, fallback: number): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : fallback;
}

/** A paragraph, for {@link storyElement}. */
export const P = literal`p`;

export interface StoryElementOptions {
  /** The `part` name, which is also the class name. */
  part: string;
  id?: string;
  /** The story's language, when it differs from the element's (see `LedeElement.storyLang`). */
  lang?: string | undefined;
}

/**
 * A real `h1`–`h6` at the level the page asks for, so an element's headings fit the host
 * page's outline. The tag names are fixed literals, never data.
 */
export function renderHeading(
  level: number,
  content: unknown,
  options: StoryElementOptions,
): TemplateResult {
  return storyElement(TAGS[level] ?? literal`h3`, content, options);
}

/**
 * An element of `tag` (a heading, or `P`) holding some of the story's own words, marked with
 * the story's language and that language's direction when `lang` is given, so that a screen
 * reader reads them in their language and a right-to-left page keeps them in their direction.
 */
export function storyElement(
  tag: StaticValue,
  content: unknown,
  options: StoryElementOptions,
): TemplateResult {
  // The tag is a static-html literal, which these two rules cannot tell from a binding.
  /* eslint-disable lit/binding-positions, lit/no-invalid-html */
  return html`<${tag}
    id=${options.id ?? nothing}
    part=${options.part}
    class=${options.part}
    lang=${options.lang || nothing}
    dir=${languageDirection(options.lang) ?? nothing}
  >${content}</${tag}>`;
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
}
