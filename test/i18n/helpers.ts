import { LOCALE_STATUS_EVENT, type LocaleStatusEventDetail } from '@lit/localize';
import { messageLocale } from '../../src/core/locale.js';

type Updatable = Element & { updateComplete: Promise<boolean> };

/** Every Lede element at or under `root`, inside shadow roots too. */
export function ledeElementsIn(root: Element): Updatable[] {
  const found: Updatable[] = [];
  const visit = (node: Element) => {
    if (node.localName.startsWith('lede-')) found.push(node as Updatable);
    for (const child of node.children) visit(child);
    if (node.shadowRoot) for (const child of node.shadowRoot.children) visit(child);
  };
  visit(root);
  return found;
}

/** Waits until `root` and every Lede element it renders, however deep, have finished updating. */
export async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 10; round++) {
    const elements = ledeElementsIn(root);
    const done = await Promise.all(elements.map((element) => element.updateComplete));
    if (done.every(Boolean) && ledeElementsIn(root).length === elements.length) return;
  }
  throw new Error('The elements kept updating.');
}

/** Resolves when `@lit/localize` has made `locale` ready (at once when it already is). */
export function localeReady(locale: string): Promise<void> {
  if (messageLocale() === locale) return Promise.resolve();
  return new Promise((resolve) => {
    const listener = (event: Event) => {
      const detail = (event as CustomEvent<LocaleStatusEventDetail>).detail;
      if (detail.status === 'ready' && detail.readyLocale === locale) {
        window.removeEventListener(LOCALE_STATUS_EVENT, listener);
        resolve();
      }
    };
    window.addEventListener(LOCALE_STATUS_EVENT, listener);
  });
}

/** Every string value in a JSON document: the story's own words. */
export function storyStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(storyStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(storyStrings);
  return [];
}

/**
 * The text the elements under `root` write themselves: every text node and accessible-name
 * attribute, in their shadow roots too, with the words of the data they show cut out.
 */
export function uiText(root: Element, ...data: unknown[]): string[] {
  const dataWords = [...new Set(data.flatMap(storyStrings))]
    .filter((words) => words.trim().length > 2)
    .sort((a, b) => b.length - a.length)
    .map((words) => new RegExp(`(?<!\\p{L})${escapeRegExp(words)}(?!\\p{L})`, 'gu'));
  const pieces: string[] = [];
  const visit = (tree: Node) => {
    const walker = document.createTreeWalker(tree, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Element) {
        const label = node.getAttribute('aria-label');
        if (label) pieces.push(label);
        if (node.shadowRoot) visit(node.shadowRoot);
      } else if (!['style', 'script'].includes(node.parentElement?.localName ?? '')) {
        pieces.push(node.textContent ?? '');
      }
    }
  };
  visit(root);
  return pieces
    .map((piece) => dataWords.reduce((rest, words) => rest.replace(words, ' '), piece))
    .map((piece) => piece.replace(/\s+/g, ' ').trim())
    .filter((piece) => /\p{L}/u.test(piece));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One message of an XLIFF file: the words of its source between placeholders, and its target. */
export interface Message {
  id: string;
  sourceWords: string[];
  target: string;
}

/** The messages of `xliff/<locale>.xlf`, read as the translators' tools read them. */
export async function readXliff(locale: string): Promise<Message[]> {
  const response = await fetch(new URL(`../../xliff/${locale}.xlf`, import.meta.url));
  const document = new DOMParser().parseFromString(await response.text(), 'application/xml');
  return [...document.getElementsByTagName('trans-unit')].map((unit) => {
    const source = unit.getElementsByTagName('source')[0];
    const target = unit.getElementsByTagName('target')[0];
    const sourceWords = [...(source?.childNodes ?? [])]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => (node.textContent ?? '').trim())
      .filter((words) => /\p{L}/u.test(words));
    return { id: unit.getAttribute('id') ?? '', sourceWords, target: target?.textContent ?? '' };
  });
}

/** The English interface words that must not show in `locale`: those its translation changes. */
export async function englishWordsFor(locale: string): Promise<string[]> {
  const messages = await readXliff(locale);
  return [
    ...new Set(
      messages.flatMap((message) =>
        message.sourceWords.filter((words) => !message.target.includes(words)),
      ),
    ),
  ];
}

/** True when `words` occur in `text` as whole words, ignoring case. */
export function containsWords(text: string, words: string): boolean {
  return new RegExp(`(?<!\\p{L})${escapeRegExp(words)}(?!\\p{L})`, 'iu').test(text);
}
