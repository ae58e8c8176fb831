// The locale, theme and direction toolbars, and the frame every story renders in. Kept apart
// from preview.ts (which imports CSS and JSON) so the story test can apply the same decorator.
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';

/** A language the library is translated into, and the direction its script runs in. */
export interface StoryLocale {
  value: string;
  title: string;
  dir: 'ltr' | 'rtl';
}

/** Every locale the library has (lit-localize.json: the source locale and its targets). */
export const LOCALES: readonly StoryLocale[] = [
  { value: 'en', title: 'English', dir: 'ltr' },
  { value: 'ur', title: 'اردو — Urdu', dir: 'rtl' },
  { value: 'ar', title: 'العربية — Arabic', dir: 'rtl' },
  { value: 'es', title: 'Español — Spanish', dir: 'ltr' },
  { value: 'fr', title: 'Français — French', dir: 'ltr' },
  { value: 'zh-Hans', title: '简体中文 — Chinese (Simplified)', dir: 'ltr' },
];

/** The themes: the default light and dark sets, and a publisher brand made of `--lede-*` tokens. */
export const THEMES = ['light', 'dark', 'brand'] as const;
export type StoryTheme = (typeof THEMES)[number];

export const DIRECTIONS = ['auto', 'ltr', 'rtl'] as const;
export type StoryDirection = (typeof DIRECTIONS)[number];

/** The toolbar values a story is shown with. */
export interface StoryGlobals {
  locale: string;
  theme: StoryTheme;
  direction: StoryDirection;
}

export const initialGlobals: StoryGlobals = { locale: 'en', theme: 'light', direction: 'auto' };

export const globalTypes: NonNullable<Preview['globalTypes']> = {
  locale: {
    description: 'Language of the page: numbers, dates and the elements’ own words',
    toolbar: {
      title: 'Locale',
      icon: 'globe',
      items: LOCALES.map(({ value, title }) => ({ value, title, right: value })),
      dynamicTitle: true,
    },
  },
  theme: {
    description: 'Colour set: light, dark, or a publisher brand made only of --lede-* tokens',
    toolbar: {
      title: 'Theme',
      icon: 'paintbrush',
      items: [
        { value: 'light', title: 'Light', icon: 'sun' },
        { value: 'dark', title: 'Dark', icon: 'moon' },
        { value: 'brand', title: 'Publisher brand', icon: 'paintbrush' },
      ],
      dynamicTitle: true,
    },
  },
  direction: {
    description: 'Text direction: the locale’s own, or forced',
    toolbar: {
      title: 'Direction',
      icon: 'direction',
      items: [
        { value: 'auto', title: 'Direction of the locale' },
        { value: 'ltr', title: 'Left to right' },
        { value: 'rtl', title: 'Right to left' },
      ],
      dynamicTitle: true,
    },
  },
};

/** The frame's attributes for a set of toolbar values; unknown values fall back to the first. */
export function frameAttributes(globals: Partial<StoryGlobals>): {
  lang: string;
  dir: 'ltr' | 'rtl';
  theme: StoryTheme;
} {
  const locale = LOCALES.find(({ value }) => value === globals.locale) ?? LOCALES[0];
  const theme = THEMES.find((name) => name === globals.theme) ?? 'light';
  const forced = globals.direction === 'ltr' || globals.direction === 'rtl';
  const lang = locale?.value ?? 'en';
  const dir = forced ? (globals.direction as 'ltr' | 'rtl') : (locale?.dir ?? 'ltr');
  return { lang, dir, theme };
}

/**
 * Wraps every story in a frame carrying the toolbar's language, direction and theme, and gives
 * the page the same language (elements follow the page's `<html lang>` for their translations).
 * The frame is rebuilt when a toolbar value changes, so elements format everything afresh.
 */
export const withStoryFrame: Decorator = (story, context) => {
  const { lang, dir, theme } = frameAttributes(context.globals as Partial<StoryGlobals>);
  const root = document.documentElement;
  root.lang = lang;
  // On a docs page the direction stays on the frames: the page's own text is English.
  if (context.viewMode === 'story') root.dir = dir;
  const canvas = context.viewMode === 'story' ? ' is-canvas' : '';
  return html`${keyed(
    `${lang} ${dir} ${theme}`,
    html`<div class="lede-story-frame${canvas}" lang=${lang} dir=${dir} data-lede-theme=${theme}>
      ${story()}
    </div>`,
  )}`;
};
