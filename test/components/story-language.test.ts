/**
 * An element that shows one block of a story marks the story's own words with the story's
 * language when the page is in another, so that a screen reader reads each in its own
 * language and right-to-left pages keep English text in its own direction. The elements' own
 * words (qualifiers, labels, separators) stay in the page's language.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/components/delegation-list/define.js';
import '../../src/components/pull-quote/define.js';
import '../../src/components/stat-badge/define.js';
import type { Article } from '../../src/model/types.js';
import { loadSeedStory } from '../helpers/seed.js';

const seed = await loadSeedStory();
const inUrdu = (story: Article, element: (story: Article) => TemplateResult) =>
  fixture(html`<div lang="ur" dir="rtl">${element(story)}</div>`);

/** The `lang` and `dir` of what `selector` matches in the box's element, as `lang/dir`. */
async function marked(box: Element, selector: string): Promise<string> {
  const element = box.firstElementChild!;
  await (element as Element & { updateComplete: Promise<unknown> }).updateComplete;
  const part = element.shadowRoot!.querySelector(selector);
  if (!part) throw new Error(`${selector} is not rendered`);
  return `${part.getAttribute('lang') ?? '-'}/${part.getAttribute('dir') ?? '-'}`;
}

describe('the story’s language on an element showing one of its blocks', () => {
  it('pull quote: the quotation, name and role are marked English on an Urdu page', async () => {
    const box = await inUrdu(
      seed,
      (story) => html`<lede-pull-quote .article=${story} index="0"></lede-pull-quote>`,
    );
    expect(await marked(box, '[part=quote]')).to.equal('en/ltr');
    expect(await marked(box, '[part=name]')).to.equal('en/ltr');
    expect(await marked(box, '[part=role]')).to.equal('en/ltr');
    // The separator between name and role is the element's own word.
    expect(await marked(box, '.separator')).to.equal('-/-');
    await expect(box.firstElementChild).to.be.accessible();
  });

  it('stat badge: its wording of the figure, unit and label are English; the qualifier is not', async () => {
    const box = await inUrdu(
      seed,
      (story) => html`<lede-stat-badge .article=${story} index="0"></lede-stat-badge>`,
    );
    expect(await marked(box, '[part=value]')).to.equal('en/ltr');
    expect(await marked(box, '[part=unit]')).to.equal('en/ltr');
    expect(await marked(box, '[part=label]')).to.equal('en/ltr');
    expect(await marked(box, '[part=qualifier]')).to.equal('-/-');
    // "Source: …, 2021": the words around the source are the element's.
    expect(await marked(box, '[part=source]')).to.equal('-/-');
    expect(await marked(box, '[part=source] > span')).to.equal('en/ltr');
    const badge = box.firstElementChild!.shadowRoot!;
    expect(badge.querySelector('[part=source] > span')!.textContent).to.equal(
      'Masood Khan, Pakistan’s Ambassador to the United States',
    );
    expect(badge.querySelector('[part=source]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Source: Masood Khan, Pakistan’s Ambassador to the United States, 2021',
    );
    await expect(box.firstElementChild).to.be.accessible();
  });

  it('delegation list: title, organization, members and kinds are English; its labels are not', async () => {
    const box = await inUrdu(
      seed,
      (story) => html`<lede-delegation-list .article=${story}></lede-delegation-list>`,
    );
    expect(await marked(box, '[part=heading]')).to.equal('en/ltr');
    expect(await marked(box, '[part=organization]')).to.equal('en/ltr');
    expect(await marked(box, '[part=members]')).to.equal('en/ltr');
    expect(await marked(box, '.chips')).to.equal('en/ltr');
    expect(await marked(box, '[part=count]')).to.equal('-/-');
    expect(await marked(box, '[part=groups-label]')).to.equal('-/-');
    // The occasion is a sentence of the story's own.
    expect(await marked(box, '[part=occasion]')).to.equal('en/ltr');
    await expect(box.firstElementChild).to.be.accessible();
  });

  it('marks nothing when the page is in the story’s language, or the story does not say', async () => {
    const english = await fixture(
      html`<div lang="en-GB">
        <lede-pull-quote .article=${seed} index="0"></lede-pull-quote>
      </div>`,
    );
    expect(await marked(english, '[part=quote]')).to.equal('-/-');
    const { inLanguage, ...unsaid } = seed;
    expect(inLanguage).to.equal('en');
    const silent = await inUrdu(
      unsaid,
      (story) => html`<lede-pull-quote .article=${story} index="0"></lede-pull-quote>`,
    );
    expect(await marked(silent, '[part=quote]')).to.equal('-/-');
    const block = seed.body!.find((item) => item.type === 'quote');
    const alone = await fixture(
      html`<div lang="ur" dir="rtl"><lede-pull-quote .quote=${block}></lede-pull-quote></div>`,
    );
    expect(await marked(alone, '[part=quote]')).to.equal('-/-');
  });
});
