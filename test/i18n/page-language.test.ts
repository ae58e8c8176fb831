import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/lede.js';
import { followPageLanguage } from '../../src/i18n/page-language.js';
import { matchLedeLocale } from '../../src/i18n/translations.js';
import type { Article } from '../../src/model/types.js';
import { captureWarnings } from '../helpers/events.js';
import { loadSeedStory } from '../helpers/seed.js';
import { localeReady, settle } from './helpers.js';

const story = await loadSeedStory();

async function json<T>(path: string): Promise<T> {
  const response = await fetch(new URL(path, import.meta.url));
  return (await response.json()) as T;
}
const urduStory = await json<Article>('../../demo/themes/data/seed-story.ur.json');

const shadowText = (host: Element | null | undefined, selector: string) =>
  host?.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

/** The element inside lede-article's shadow root that shows the given part. */
const inArticle = (article: Element, tag: string) => article.shadowRoot?.querySelector(tag);

describe('the page language', () => {
  before(async () => {
    document.documentElement.lang = 'en';
    await followPageLanguage();
  });
  afterEach(async () => {
    document.documentElement.lang = 'en';
    await localeReady('en');
  });

  it('is matched to the translation that serves it', () => {
    expect(matchLedeLocale('ur-PK')).to.equal('ur');
    expect(matchLedeLocale('ar-EG')).to.equal('ar');
    expect(matchLedeLocale('es-419')).to.equal('es');
    expect(matchLedeLocale('fr_CA')).to.equal('fr');
    expect(matchLedeLocale('zh-CN')).to.equal('zh-Hans');
    expect(matchLedeLocale('zh-Hans-SG')).to.equal('zh-Hans');
    expect(matchLedeLocale('zh-TW')).to.equal('en');
    expect(matchLedeLocale('de')).to.equal('en');
    expect(matchLedeLocale('')).to.equal('en');
    expect(matchLedeLocale('not a tag')).to.equal('en');
  });

  it('changes the words of elements already on the page when <html lang> changes', async () => {
    const el = await fixture(html`<lede-article .article=${story}></lede-article>`);
    await settle(el);
    const delegation = () => inArticle(el, 'lede-delegation-list');
    expect(shadowText(delegation(), '[part=groups-label]')).to.equal('Members include');

    document.documentElement.lang = 'ur';
    await waitUntil(
      () => shadowText(delegation(), '[part=groups-label]') === 'ارکان میں شامل',
      'the delegation list did not switch to Urdu',
    );
    await settle(el);
    expect(shadowText(el, '[part=reading-time]')).to.match(/^پڑھنے کا وقت: \d+ منٹ$/);

    document.documentElement.lang = 'fr-FR';
    await waitUntil(() => shadowText(delegation(), '[part=groups-label]') === 'Parmi les membres');
    await settle(el);
    expect(shadowText(delegation(), '[part=count]')).to.equal('35 membres, dont 2 nommés');

    document.documentElement.lang = 'en-GB';
    await waitUntil(() => shadowText(delegation(), '[part=groups-label]') === 'Members include');
    await expect(el).to.be.accessible();
  });

  it('formats an Urdu story on an English page as Urdu, in Urdu’s direction', async () => {
    const el = await fixture(html`<lede-article .article=${urduStory}></lede-article>`);
    await settle(el);
    const article = el.shadowRoot?.querySelector('article');
    expect(article?.getAttribute('lang')).to.equal('ur');
    expect(article?.getAttribute('dir')).to.equal('rtl');
    expect(shadowText(el, '[part=date]')).to.equal('23 اگست، 2022');
    // The elements' own words follow the page: still English.
    expect(shadowText(inArticle(el, 'lede-delegation-list'), '[part=groups-label]')).to.equal(
      'Members include',
    );
    await expect(el).to.be.accessible();
  });

  it('formats an English story on an Urdu page as English, with Urdu words around it', async () => {
    document.documentElement.lang = 'ur';
    await localeReady('ur');
    const el = await fixture(html`<lede-article .article=${story}></lede-article>`);
    await settle(el);
    expect(el.shadowRoot?.querySelector('article')?.getAttribute('dir')).to.equal('ltr');
    expect(shadowText(el, '[part=date]')).to.equal('August 23, 2022');
    expect(shadowText(inArticle(el, 'lede-delegation-list'), '[part=count]')).to.equal(
      '35 ارکان، جن میں سے 2 کے نام درج ہیں',
    );
  });

  it('re-renders an element when the lang of an ancestor changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div lang="en">
        <lede-stat-badge value="220000000" notation="compact" unit="people"></lede-stat-badge>
      </div>
    `);
    const badge = wrapper.querySelector('lede-stat-badge');
    await settle(wrapper);
    expect(shadowText(badge, '[part=value]')).to.equal('220M');
    wrapper.lang = 'ur';
    await waitUntil(() => shadowText(badge, '[part=value]') === '22 کروڑ', 'no re-render');
    wrapper.lang = 'zh-Hans';
    await waitUntil(() => shadowText(badge, '[part=value]') === '2.2亿', 'no re-render');
  });

  it('stops watching an element that left the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div lang="en"><lede-stat-badge value="6000"></lede-stat-badge></div>
    `);
    const badge = wrapper.querySelector('lede-stat-badge');
    await settle(wrapper);
    badge?.remove();
    let updates = 0;
    const original = badge?.requestUpdate.bind(badge);
    if (badge && original) {
      badge.requestUpdate = (...args: Parameters<typeof original>) => {
        updates++;
        original(...args);
      };
    }
    wrapper.lang = 'fr';
    document.documentElement.lang = 'fr';
    await localeReady('fr');
    expect(updates).to.equal(0);
  });

  it('does not configure localization twice', async () => {
    const warnings = captureWarnings();
    await followPageLanguage();
    warnings.stop();
    expect(warnings.messages).to.deep.equal([]);
  });
});
