import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { languageDirection } from '../../core/locale.js';

/**
 * The story's own words marked with its language `lang`, which differs from the element's, so
 * that a screen reader reads them in their language and a right-to-left page keeps them in
 * their direction; the words as they are when `lang` is undefined.
 */
export function storyWords(text: string, lang: string | undefined): string | TemplateResult {
  return lang ? storyText('span', text, { lang }) : text;
}

/** Characters of Unicode's private use area: no translation holds them. */
const FIRST_STAND_IN = 0xe000;
const STAND_IN = /([\ue000-\ue0ff])/;

/**
 * A translated message whose values are the story's own words — "Source: {source}, {date}" —
 * with each marked with the story's language `lang` (see {@link storyWords}), while the words
 * of the message stay in the element's. `message` builds the message from `parts`: it is
 * called once with a stand-in character for each part, and the stand-ins, wherever the
 * translation puts them, are replaced by the parts. A part that is a template (a message
 * marked already) goes in as it is. Messages keep their `str` form, so their ids and
 * translations do not change.
 */
export function withStoryWords(
  message: (...parts: string[]) => string,
  parts: (string | TemplateResult)[],
  lang: string | undefined,
): string | TemplateResult {
  if (!lang && parts.every((part) => typeof part === 'string')) return message(...parts);
  const standIns = parts.map((_, index) => String.fromCharCode(FIRST_STAND_IN + index));
  const pieces = message(...standIns).split(STAND_IN);
  // split() with a capturing group alternates: text, stand-in, text, …
  return html`${pieces.map((piece, index) => {
    if (index % 2 === 0) return piece;
    const part = parts[piece.charCodeAt(0) - FIRST_STAND_IN] ?? '';
    return typeof part === 'string' ? storyWords(part, lang) : part;
  })}`;
}

export interface StoryTextOptions {
  /** The `part` name, which is also the class name. */
  part?: string | undefined;
  /** The story's language, when it differs from the element's (see `LedeElement.storyLang`). */
  lang?: string | undefined;
}

/**
 * A paragraph or span holding some of the story's own words, marked with the story's language
 * and that language's direction when `lang` is given, so that a screen reader reads them in
 * their language and a right-to-left page keeps them in their direction. Apart from
 * `storyElement` in `heading.ts`, so that an element without headings does not load the
 * heading templates.
 */
export function storyText(
  tag: 'p' | 'span',
  content: unknown,
  { part, lang }: StoryTextOptions,
): TemplateResult {
  const dir = languageDirection(lang);
  return tag === 'p'
    ? html`<p
        part=${ifDefined(part)}
        class=${ifDefined(part)}
        lang=${ifDefined(lang || undefined)}
        dir=${ifDefined(dir)}
      >
        ${content}
      </p>`
    : html`<span
        part=${ifDefined(part)}
        class=${ifDefined(part)}
        lang=${ifDefined(lang || undefined)}
        dir=${ifDefined(dir)}
        >${content}</span
      >`;
}
