/**
 * What an element needs to know while it is rendered to HTML on the server, where it has no
 * page around it: the languages to render in, and where to report what it made of its data.
 * `lede-elements/server` sets it around one synchronous render, so two renders in different
 * languages never see each other's (see docs/server.md). In the browser it is never set.
 */
import type { Problem } from '../model/problem.js';
import type { LedeErrorDetail } from './events.js';

/** The attribute a server-rendered element carries: the languages its HTML was written in. */
export const SSR_ATTRIBUTE = 'lede-ssr';

export interface ServerRender {
  /** The language figures, dates and lists are formatted in: the page's `lang`. */
  readonly lang: string;
  /** The locale the elements' own words were translated into (`en` when untranslated). */
  readonly messageLocale: string;
  /**
   * The language of the story an element is rendering, for the elements inside it: in the
   * browser they find it on the `lang` of the story's `<article>`, across the shadow root.
   */
  innerLang?: string | undefined;
  /** Filled by the elements: each failure they would show. */
  readonly failures: LedeErrorDetail[];
  /** Filled by the elements: the values they dropped from their data. */
  readonly warnings: Problem[];
}

let current: ServerRender | undefined;

/** The server render under way, or undefined (always, in the browser). */
export function serverRender(): ServerRender | undefined {
  return current;
}

/**
 * Runs `work` (a synchronous render) with `context` as the server render under way. Nothing
 * asynchronous may happen inside: the context is one per process at a time.
 */
export function withServerRender<T>(context: ServerRender, work: () => T): T {
  const previous = current;
  current = context;
  try {
    return work();
  } finally {
    current = previous;
  }
}

/**
 * The marker a server render writes on each element: the formatting language and the words'
 * locale, so that the browser can tell whether the HTML still says what it would render.
 */
export function ssrMarker(lang: string, messageLocale: string): string {
  return `${lang} ${messageLocale}`;
}
