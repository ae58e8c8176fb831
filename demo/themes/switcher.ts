/**
 * The languages-and-themes page: the page language (with its direction), the story and the
 * theme, read from the address and changed from the form, without reloading.
 */
import { languageDirection } from '../../src/core/locale.js';

const THEMES: Record<string, string[]> = {
  auto: [],
  light: ['lede-theme-light'],
  dark: ['lede-theme-dark'],
  brand: ['lede-theme-brand', 'lede-theme-light'],
  'brand-dark': ['lede-theme-brand', 'lede-theme-dark'],
};
const ALL_THEME_CLASSES = [...new Set(Object.values(THEMES).flat())];
const STORIES: Record<string, string> = {
  en: '../data/seed-story.json',
  ur: './data/seed-story.ur.json',
  ar: './data/seed-story.ar.json',
};

const form = document.querySelector<HTMLFormElement>('#settings');

function apply(settings: URLSearchParams): void {
  const root = document.documentElement;
  const lang = settings.get('lang') || 'en';
  root.lang = lang;
  root.dir = languageDirection(lang) ?? 'ltr';
  root.classList.remove(...ALL_THEME_CLASSES);
  root.classList.add(...(THEMES[settings.get('theme') ?? 'auto'] ?? []));
  const story = STORIES[settings.get('story') ?? 'en'] ?? STORIES.en ?? '';
  for (const element of document.querySelectorAll('lede-article, lede-article-card')) {
    if (element.getAttribute('src') !== story) element.setAttribute('src', story);
  }
  if (form) {
    for (const name of ['lang', 'story', 'theme']) {
      const select = form.elements.namedItem(name);
      if (select instanceof HTMLSelectElement) select.value = settings.get(name) ?? select.value;
    }
  }
}

form?.addEventListener('change', () => {
  const settings = new URLSearchParams();
  for (const [name, value] of new FormData(form)) settings.set(name, String(value));
  history.replaceState(null, '', `?${settings}`);
  apply(settings);
});

apply(new URLSearchParams(location.search));
