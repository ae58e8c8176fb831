import { expect, fixture, html } from '@open-wc/testing';
import '../../src/lede.js';
import type { Article, LinksBlock } from '../../src/model/types.js';
import { loadSeedStory } from '../helpers/seed.js';
import { settle } from './helpers.js';

async function json<T>(path: string): Promise<T> {
  const response = await fetch(new URL(path, import.meta.url));
  return (await response.json()) as T;
}
const english = await loadSeedStory();
const urdu = await json<Article>('../../demo/themes/data/seed-story.ur.json');
const arabic = await json<Article>('../../demo/themes/data/seed-story.ar.json');
const thumb = new URL('../fixtures/related-links-thumb.svg', import.meta.url).href;
const linksWithImage: LinksBlock = {
  type: 'links',
  items: [{ headline: 'خبر ذو صلة', url: '/related', image: { url: thumb, alt: '' } }],
};

const box = (element: Element | null | undefined): DOMRect => {
  if (!element) throw new Error('missing element');
  return element.getBoundingClientRect();
};
/** Where the text itself sits, as opposed to the box around it. */
const textBox = (element: Element | null | undefined): DOMRect => {
  if (!element) throw new Error('missing element');
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect();
};
/** The box of one character of an element's text. */
const characterBox = (element: Element | null | undefined, index: number): DOMRect => {
  const walker = document.createTreeWalker(element ?? document, NodeFilter.SHOW_TEXT);
  let offset = index;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (offset < length) {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      return range.getBoundingClientRect();
    }
    offset -= length;
  }
  throw new Error(`no character ${index}`);
};
const inShadow = (host: Element | null | undefined, selector: string) =>
  host?.shadowRoot?.querySelector(selector);
const nested = (host: Element, tag: string) => host.shadowRoot?.querySelector(tag) ?? undefined;

/** Renders a story in lede-article inside a page region with the given direction. */
async function articleIn(dir: 'ltr' | 'rtl', lang: string, story: Article): Promise<Element> {
  const wrapper = await fixture<HTMLDivElement>(html`
    <div dir=${dir} lang=${lang} style="inline-size: 60rem">
      <lede-article .article=${story}></lede-article>
    </div>
  `);
  const article = wrapper.querySelector('lede-article');
  if (!article) throw new Error('no article');
  await settle(wrapper);
  return article;
}

describe('right to left', () => {
  it('sets an Arabic story from the right: labels, headline and meta start at the right', async () => {
    const el = await articleIn('rtl', 'ar', arabic);
    const section = inShadow(el, '[part=section]');
    expect(textBox(section).right).to.be.closeTo(box(section).right, 1);
    expect(textBox(section).left).to.be.greaterThan(box(section).left + 100);
    // Meta line pieces keep their order from the right: dateline, then date, then agency.
    const dateline = inShadow(el, '[part=dateline]');
    const date = inShadow(el, '[part=date]');
    const agency = inShadow(el, '[part=source]');
    expect(box(dateline).left).to.be.greaterThan(box(date).right);
    expect(box(date).left).to.be.greaterThan(box(agency).right);
    await expect(el).to.be.accessible();
  });

  it('mirrors the delegation list: avatars at the right of names', async () => {
    const el = await articleIn('rtl', 'ar', arabic);
    const list = nested(el, 'lede-delegation-list');
    const member = list?.shadowRoot?.querySelector('[part=member]');
    const avatar = member?.querySelector('[part=avatar]');
    const name = member?.querySelector('[part=name]');
    expect(box(avatar).left).to.be.greaterThan(box(name).right);
    const heading = inShadow(list, '[part=heading]');
    expect(textBox(heading).right).to.be.closeTo(box(heading).right, 1);
  });

  it('puts the rule of a block quote at the right, and its mark before the text', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div dir="rtl" lang="ar" style="inline-size: 40rem">
        <lede-pull-quote .article=${arabic} variant="block"></lede-pull-quote>
      </div>
    `);
    const quote = wrapper.querySelector('lede-pull-quote');
    await settle(wrapper);
    const figure = inShadow(quote, '[part=base]');
    const style = getComputedStyle(figure as Element);
    expect(style.borderRightWidth).to.equal('4px');
    expect(style.borderLeftWidth).to.equal('0px');
    const mark = inShadow(quote, '[part=mark]');
    const text = inShadow(quote, '[part=text]');
    expect(box(mark).left).to.be.greaterThan(box(text).right - 1);
    // A guillemet mirrors by itself in right-to-left text: no turning on top.
    expect(getComputedStyle(mark as Element).scale).to.equal('none');
    await expect(wrapper).to.be.accessible();
  });

  it('turns the Urdu quotation mark, which the bidi algorithm does not mirror', async () => {
    const el = await articleIn('rtl', 'ur', urdu);
    const quote = nested(el, 'lede-pull-quote');
    expect(getComputedStyle(inShadow(quote, '[part=mark]') as Element).scale).to.equal('-1 1');
  });

  it('floats a supporting quote to the left, the end of a right-to-left line', async () => {
    const el = await articleIn('rtl', 'ur', urdu);
    const quote = nested(el, 'lede-pull-quote');
    const body = inShadow(el, '[part=body]');
    expect(box(quote).left).to.be.closeTo(box(body).left, 1);
    expect(box(quote).right).to.be.lessThan(box(body).right - 200);
  });

  it('keeps figures and dates in their own order inside right-to-left text', async () => {
    const el = await articleIn('rtl', 'ar', arabic);
    const badge = nested(el, 'lede-stat-badge');
    const value = inShadow(badge, '[part=value]');
    expect(value?.textContent?.trim()).to.equal('6000');
    // "6000" reads left to right: its first digit is the leftmost.
    expect(characterBox(value, 0).left).to.be.lessThan(characterBox(value, 3).left);
    // The figure starts the line at the right, the unit follows it to the left.
    expect(box(value).left).to.be.greaterThan(box(inShadow(badge, '[part=unit]')).right);
    const urduPage = await articleIn('rtl', 'ur', urdu);
    const date = inShadow(urduPage, '[part=date]');
    expect(date?.textContent?.trim()).to.equal('23 اگست، 2022');
    // "23" comes first, at the right; "2022" last, at the left; each number left to right.
    expect(characterBox(date, 0).left).to.be.greaterThan(characterBox(date, 10).left);
    expect(characterBox(date, 0).left).to.be.lessThan(characterBox(date, 1).left);
  });

  it('shows a related story’s image at the left end of its row', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div dir="rtl" lang="ar" style="inline-size: 30rem">
        <lede-related-links .links=${linksWithImage}></lede-related-links>
      </div>
    `);
    const links = wrapper.querySelector('lede-related-links');
    await settle(wrapper);
    const image = inShadow(links, '[part~=image]');
    const headline = inShadow(links, '[part~=headline]');
    expect(box(image).right).to.be.lessThan(box(headline).left);
    await expect(wrapper).to.be.accessible();
  });

  it('lays an English story out left to right inside a right-to-left page', async () => {
    const el = await articleIn('rtl', 'ur', english);
    expect(el.shadowRoot?.querySelector('article')?.getAttribute('dir')).to.equal('ltr');
    const section = inShadow(el, '[part=section]');
    expect(textBox(section).left).to.be.closeTo(box(section).left, 1);
    const member = nested(el, 'lede-delegation-list')?.shadowRoot?.querySelector('[part=member]');
    expect(box(member?.querySelector('[part=avatar]')).right).to.be.lessThan(
      box(member?.querySelector('[part=name]')).left,
    );
  });

  it('lays a card out from the right, with an English story’s own text left to right', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div dir="rtl" lang="ur" style="inline-size: 40rem">
        <lede-article-card .article=${english}></lede-article-card>
      </div>
    `);
    const card = wrapper.querySelector('lede-article-card');
    await settle(wrapper);
    const headline = inShadow(card, '[part=headline]');
    expect(headline?.getAttribute('dir')).to.equal('ltr');
    expect(textBox(headline).left).to.be.closeTo(box(headline).left, 1);
    // The card's own details read from the right: the dateline first.
    const dateline = inShadow(card, '[part=dateline]');
    const date = inShadow(card, '[part=date]');
    expect(box(dateline).left).to.be.greaterThan(box(date).right);
    await expect(wrapper).to.be.accessible();
  });
});
