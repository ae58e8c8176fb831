/**
 * Messages that hold the story's own words: the words are marked with the story's language
 * wherever a translation puts them, and the message's own words are not.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { storyWords, withStoryWords } from '../../src/components/shared/story-words.js';

/** Renders `content` into a fresh paragraph and returns it. */
async function rendered(content: unknown): Promise<HTMLParagraphElement> {
  const paragraph = await fixture<HTMLParagraphElement>(html`<p></p>`);
  render(content, paragraph);
  return paragraph;
}

/** The paragraph's marked spans as `lang/dir:text`. */
const marks = (paragraph: Element) =>
  [...paragraph.querySelectorAll('span')].map(
    (span) => `${span.lang}/${span.dir}:${span.textContent}`,
  );

describe('withStoryWords', () => {
  it('returns the message as a string, words in place, when the story’s language needs no mark', () => {
    expect(
      withStoryWords((source, date) => `Source: ${source}, ${date}`, ['TDI', '2021'], undefined),
    ).to.equal('Source: TDI, 2021');
  });

  it('marks each part wherever the translation puts it, and only the parts', async () => {
    // A translation that puts the parts the other way round, with words of its own between.
    const message = (who: string, occasion: string) => `${occasion} میں ${who} سے ملاقات`;
    const paragraph = await rendered(
      withStoryWords(message, ['Masood Khan', 'at the Embassy'], 'en'),
    );
    expect(marks(paragraph)).to.deep.equal(['en/ltr:at the Embassy', 'en/ltr:Masood Khan']);
    expect(paragraph.textContent).to.equal('at the Embassy میں Masood Khan سے ملاقات');
    await expect(paragraph).to.be.accessible();
  });

  it('puts a part that is already marked in as it is', async () => {
    const host = withStoryWords((name, title) => `${name}, ${title}`, ['Ana', 'Mayor'], 'en');
    const paragraph = await rendered(withStoryWords((who) => `Hosted by ${who}`, [host], 'en'));
    expect(marks(paragraph)).to.deep.equal(['en/ltr:Ana', 'en/ltr:Mayor']);
    expect(paragraph.textContent).to.equal('Hosted by Ana, Mayor');
  });

  it('marks right-to-left words with their direction, and keeps markup in the words as text', async () => {
    const paragraph = await rendered(
      withStoryWords((source) => `Source: ${source}`, ['<b>ماخذ</b>'], 'ur'),
    );
    expect(marks(paragraph)).to.deep.equal(['ur/rtl:<b>ماخذ</b>']);
    expect(paragraph.querySelector('b')).to.equal(null);
  });
});

describe('storyWords', () => {
  it('is the text itself without a language, and a marked span with one', async () => {
    expect(storyWords('TDI', undefined)).to.equal('TDI');
    expect(marks(await rendered(storyWords('TDI', 'en-GB')))).to.deep.equal(['en-GB/ltr:TDI']);
  });
});
