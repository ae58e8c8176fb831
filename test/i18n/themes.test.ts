import { expect, fixture, html } from '@open-wc/testing';
import '../../src/lede.js';
import type { Article, LinksBlock } from '../../src/model/types.js';
import { loadSeedStory } from '../helpers/seed.js';
import { settle } from './helpers.js';

const story = await loadSeedStory();
const urdu = (await (
  await fetch(new URL('../../demo/themes/data/seed-story.ur.json', import.meta.url))
).json()) as Article;
const untitledLinks: LinksBlock = { type: 'links', items: [{ headline: 'A related story' }] };

/** Adds a stylesheet of the package to the page and waits until it applies. */
function addStylesheet(path: string): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL(path, import.meta.url).href;
  const loaded = new Promise<void>((resolve, reject) => {
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`${path} did not load`)));
  });
  document.head.append(link);
  return loaded;
}

// A page that takes its background from the same tokens, as a publisher's page would.
const page = document.createElement('style');
page.textContent = `
  .page {
    color-scheme: var(--lede-color-scheme, light dark);
    background: var(--lede-color-surface, light-dark(#ffffff, #161616));
    color: var(--lede-color-text, light-dark(#1a1a1a, #ededed));
    padding: 1rem;
  }
`;
document.head.append(page);
await Promise.all(
  ['light', 'dark', 'brand-example'].map((name) => addStylesheet(`../../src/themes/${name}.css`)),
);

const THEMES: Record<string, string> = {
  light: 'lede-theme-light',
  dark: 'lede-theme-dark',
  'brand, light': 'lede-theme-brand lede-theme-light',
  'brand, dark': 'lede-theme-brand lede-theme-dark',
};

/** Every element showing the seed story (or the Urdu one) inside a themed page. */
async function themedPage(classes: string, article: Article, lang = 'en'): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(html`
    <div class="page ${classes}" lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'}>
      <lede-article-card .article=${article}></lede-article-card>
      <lede-article .article=${article} heading-level="2"></lede-article>
      <lede-related-links .links=${untitledLinks}></lede-related-links>
    </div>
  `);
  await settle(wrapper);
  return wrapper;
}

/** The text colour an element sets at the top of its shadow tree (the host has none of its own). */
const textColor = (wrapper: Element, tag: string) =>
  getComputedStyle(wrapper.querySelector(tag)?.shadowRoot?.firstElementChild as Element).color;

describe('themes', () => {
  for (const [name, classes] of Object.entries(THEMES)) {
    it(`${name}: every element passes axe, colour contrast included`, async () => {
      const wrapper = await themedPage(classes, story);
      await expect(wrapper).to.be.accessible();
    });
  }

  it('dark and brand, right to left in Urdu: every element passes axe', async () => {
    await expect(await themedPage(THEMES.dark ?? '', urdu, 'ur')).to.be.accessible();
    await expect(await themedPage(THEMES['brand, light'] ?? '', urdu, 'ur')).to.be.accessible();
  });

  it('force a set from any ancestor, the nearest one winning', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <div class="lede-theme-dark">
        <lede-stat-badge id="dark" value="6000"></lede-stat-badge>
        <section data-lede-theme="light">
          <lede-stat-badge id="light" value="6000"></lede-stat-badge>
        </section>
      </div>
    `);
    await settle(wrapper);
    expect(textColor(wrapper, '#dark')).to.equal('rgb(237, 237, 237)');
    expect(textColor(wrapper, '#light')).to.equal('rgb(26, 26, 26)');
  });

  it('brand the elements with token values only', async () => {
    const wrapper = await themedPage(THEMES['brand, light'] ?? '', story);
    expect(textColor(wrapper, 'lede-article')).to.equal('rgb(29, 27, 24)');
    const section = wrapper
      .querySelector('lede-article')
      ?.shadowRoot?.querySelector('[part=section]') as Element;
    expect(getComputedStyle(section).color).to.equal('rgb(140, 47, 18)');
  });

  it('keep axe’s colour-contrast rule on: a muted grey too light for the page fails', async () => {
    const wrapper = await themedPage('lede-theme-light', story);
    wrapper.style.setProperty('--lede-color-muted', '#b0b0b0');
    await settle(wrapper);
    let failure: unknown;
    try {
      await expect(wrapper).to.be.accessible();
    } catch (error) {
      failure = error;
    }
    expect(String(failure)).to.contain('color-contrast');
  });
});
