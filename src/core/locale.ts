import { isServer } from 'lit';
import { serverRender } from './server-render.js';

/**
 * The languages an element deals in: the nearest `lang` it formats numbers, dates and lists
 * in, the language its own words are currently translated into, and the one shared watch that
 * re-renders elements when either changes at run time.
 */

/**
 * The language of an element: the nearest `lang` attribute on it or an ancestor, crossing
 * shadow roots, so a story marked `lang="ur"` on an English page formats as Urdu.
 */
export function nearestLang(element: Element): string | undefined {
  if (isServer) {
    // No page around it: its own `lang`, or the language the server renders in.
    const render = serverRender();
    return element.getAttribute('lang') || render?.innerLang || render?.lang;
  }
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

/** Languages written right to left, by their primary subtag. */
const RIGHT_TO_LEFT = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'ks',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);
const RIGHT_TO_LEFT_SCRIPTS = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg']);

/**
 * The writing direction of a BCP 47 language tag, so a story in one language can be laid out
 * in its own direction inside a page in another; undefined when `lang` is empty.
 */
export function languageDirection(lang: string | undefined): 'ltr' | 'rtl' | undefined {
  if (!lang?.trim()) return undefined;
  const [language = '', ...subtags] = lang.trim().toLowerCase().split(/[-_]/);
  // A script subtag decides: Punjabi is left to right in Gurmukhi, right to left in Shahmukhi.
  const script = subtags.find((subtag) => subtag.length === 4 && /^[a-z]+$/.test(subtag));
  if (script) return RIGHT_TO_LEFT_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
}

/** The source language of every message an element writes. */
export const SOURCE_LOCALE = 'en';

let activeMessageLocale = SOURCE_LOCALE;

/**
 * The language the elements' own words are shown in right now: the locale `@lit/localize`
 * last made ready, whoever configured it (the page's application or Lede's CDN build). A
 * plural category must be chosen in the language of the message it selects, not in the
 * language of the number: "3" is `few` in Arabic but `other` in English.
 */
export function messageLocale(): string {
  if (isServer) return serverRender()?.messageLocale ?? SOURCE_LOCALE;
  return activeMessageLocale;
}

/** An element that re-renders when asked: every Lede element. */
export interface LanguageAware extends Element {
  requestUpdate(): void;
}

const LOCALE_STATUS_EVENT = 'lit-localize-status';

interface LocaleStatusDetail {
  status?: string;
  readyLocale?: string;
}

const watched = new Set<LanguageAware>();
let languageObserver: MutationObserver | undefined;

function onLocaleStatus(event: Event): void {
  const detail = (event as CustomEvent<LocaleStatusDetail | undefined>).detail;
  if (detail?.status !== 'ready' || !detail.readyLocale) return;
  activeMessageLocale = detail.readyLocale;
  for (const element of watched) element.requestUpdate();
}

/** True when `ancestor` is `node` or contains it, counting shadow hosts as parents. */
function containsAcrossShadows(ancestor: Node, node: Node): boolean {
  let current: Node | null = node;
  while (current) {
    if (current === ancestor) return true;
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return false;
}

function onLanguageMutations(records: MutationRecord[]): void {
  const changed = new Set(records.map((record) => record.target));
  for (const element of watched) {
    for (const target of changed) {
      if (containsAcrossShadows(target, element)) {
        element.requestUpdate();
        break;
      }
    }
  }
}

// The message locale must be known even before the first element connects: an application
// may make its locale ready first and load the elements later.
if (typeof window !== 'undefined') window.addEventListener(LOCALE_STATUS_EVENT, onLocaleStatus);

/**
 * Re-renders `element` whenever a `lang` or `dir` attribute changes on it or an ancestor in
 * the document, and whenever a new message locale is ready. One observer on the document
 * serves every element; it starts with the first element and stops with the last.
 */
export function watchLanguage(element: LanguageAware): void {
  if (isServer) return;
  watched.add(element);
  if (languageObserver || typeof MutationObserver === 'undefined') return;
  languageObserver = new MutationObserver(onLanguageMutations);
  languageObserver.observe(element.ownerDocument.documentElement, {
    attributes: true,
    attributeFilter: ['lang', 'dir'],
    subtree: true,
  });
}

/** Stops re-rendering `element` on language changes (it left the document). */
export function unwatchLanguage(element: LanguageAware): void {
  watched.delete(element);
  if (watched.size === 0) {
    languageObserver?.disconnect();
    languageObserver = undefined;
  }
}
