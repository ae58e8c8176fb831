import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { languageDirection } from '../../core/locale.js';

/** The tags of the story's own words: a paragraph, or a heading at the page's level. */
export type StoryTag = 'p' | 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/** A heading level from an attribute: a whole number 1–6, else `fallback`. */
export function headingLevel(value: unknown, fallback: number): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : fallback;
}

/** A paragraph, for {@link storyElement}. */
export const P: StoryTag = 'p';

export interface StoryElementOptions {
  /** The `part` name, which is also the class name. */
  part: string;
  id?: string;
  /** The story's language, when it differs from the element's (see `LedeElement.storyLang`). */
  lang?: string | undefined;
}

/** What the attributes of a story element hold; undefined leaves one out. */
interface StoryAttributes {
  id: string | undefined;
  part: string;
  lang: string | undefined;
  dir: 'ltr' | 'rtl' | undefined;
}

type StoryTemplate = (attributes: StoryAttributes, content: unknown) => TemplateResult;

/**
 * One template a tag, written out: a tag name cannot be a binding, and these seven cost less
 * than `lit/static-html.js`, which would make one of them at each render. Kept on one line
 * each: the content sits tight against its tags, where whitespace would show.
 */
// prettier-ignore
const TEMPLATES: Record<StoryTag, StoryTemplate> = {
  p: (a, content) =>
    html`<p id=${ifDefined(a.id)} part=${a.part} class=${a.part} lang=${ifDefined(a.lang)} dir=${ifDefined(a.dir)}>${content}</p>`,
  h1: (a, content) =>
    html`<h1 id=${ifDefined(a.id)} part=${a.part} class=${a.part} lang=${ifDefined(a.lang)} dir=${ifDefined(a.dir)}>${content}</h1>`,
  h2: (a, content) =>
    html`<h2 id=${ifDefined(a.id)} part=${a.part} class=${a.part} lang=${ifDefined(a.lang)} dir=${ifDefined(a.dir)}>${content}</h2>`,
  h3: (a, content) =>
    html`<h3 id=${ifDefined(a.id)} part=${a.part} class=${a.part} lang=${ifDefined(a.lang)} dir=${ifDefined(a.dir)}>${content}</h3>`,
  h4: (a, content) =>
    html`<h4 id=${ifDefined(a.id)} part=${a.part} class=${a.part} lang=${ifDefined(a.lang)} dir=${ifDefined(a.dir)}>${content}</h4>`,
  h5: (a, content) =>
    html`<h5 id=${ifDefined(a.id)} part=${a.part} class=${a.part} lang=${ifDefined(a.lang)} dir=${ifDefined(a.dir)}>${content}</h5>`,
  h6: (a, content) =>
    html`<h6 id=${ifDefined(a.id)} part=${a.part} class=${a.part} lang=${ifDefined(a.lang)} dir=${ifDefined(a.dir)}>${content}</h6>`,
};

/**
 * A real `h1`–`h6` at the level the page asks for, so an element's headings fit the host
 * page's outline. The tag names are fixed, never data.
 */
export function renderHeading(
  level: number,
  content: unknown,
  options: StoryElementOptions,
): TemplateResult {
  return storyElement(`h${headingLevel(level, 3)}` as StoryTag, content, options);
}

/**
 * An element of `tag` (a heading, or `P`) holding some of the story's own words, marked with
 * the story's language and that language's direction when `lang` is given, so that a screen
 * reader reads them in their language and a right-to-left page keeps them in their direction.
 */
export function storyElement(
  tag: StoryTag,
  content: unknown,
  { id, part, lang }: StoryElementOptions,
): TemplateResult {
  const attributes: StoryAttributes = {
    id,
    part,
    lang: lang || undefined,
    dir: languageDirection(lang),
  };
  return TEMPLATES[tag](attributes, content);
}
