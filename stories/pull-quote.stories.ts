import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/components/pull-quote/define.js';
import type { Article, ParagraphBlock, QuoteBlock } from '../src/model/types.js';
import { DATA_FILES, loadJson, type DataFile } from './data.js';
import { loadedInlineJson } from './inline-json.js';
import { badJsonState, emptyState, loadingState, notFoundState } from './states.js';
import { spreadArgs, withLoadedProps, type StoryArgs } from './spread-args.js';
import { blocksOf, firstBlock, longText } from './variants.js';

type Variant = NonNullable<QuoteBlock['variant']>;

/** Every variant, checked against the model's type: adding one fails the type check here. */
const VARIANTS = Object.keys({ pull: true, block: true } satisfies Record<Variant, true>);

/** A story's paragraphs and language: the text a quote is set into. */
interface StoryText {
  paragraphs: string[];
  lang?: string;
  dir?: 'rtl';
}

/** The paragraphs of a story file, from the fourth on: the ones around its quotes. */
async function storyText(path: DataFile): Promise<StoryText> {
  const article = await loadJson<Article>(path);
  const paragraphs = blocksOf<ParagraphBlock>(article, 'paragraph').map(({ text }) => text ?? '');
  return { paragraphs: paragraphs.length > 4 ? paragraphs.slice(3) : paragraphs };
}

/** A quote in the flow of a story: a paragraph before it and the next three, to float beside. */
function inStoryText(quote: TemplateResult, loaded: Record<string, unknown>): TemplateResult {
  const text = loaded as Partial<StoryText>;
  const [before, ...after] = (text.paragraphs ?? []).slice(0, 4);
  return html`<div class="story-text" lang=${text.lang ?? nothing} dir=${text.dir ?? nothing}>
    <p>${before}</p>
    ${quote} ${after.map((paragraph) => html`<p>${paragraph}</p>`)}
  </div>`;
}

const meta = {
  title: 'Elements/Pull quote',
  component: 'lede-pull-quote',
  tags: ['autodocs'],
  args: { variant: 'pull', alignment: 'inline' },
  argTypes: {
    // The manifest names the type (Variant) without its members.
    variant: { control: 'inline-radio', options: VARIANTS },
  },
  loaders: [() => storyText(DATA_FILES.seedStory)],
  render: (args, { loaded }) =>
    inStoryText(
      html`<lede-pull-quote ${spreadArgs(withLoadedProps(args, loaded))}
        >${loadedInlineJson(loaded)}</lede-pull-quote
      >`,
      loaded,
    ),
} satisfies Meta<StoryArgs>;

export default meta;
type Story = StoryObj<StoryArgs>;

/** The seed story's first quote, picked from the whole story by its position. */
export const SeedStory: Story = {
  args: { src: DATA_FILES.seedStory, index: 0 },
};

/** A pull quote in the flow of the text. */
export const PullInline: Story = {
  name: 'Pull × inline',
  args: { src: DATA_FILES.seedStory, index: 1, variant: 'pull', alignment: 'inline' },
};

/** A pull quote beside the text when the column is wide enough, across it when not. */
export const PullSupporting: Story = {
  name: 'Pull × supporting',
  args: { src: DATA_FILES.seedStory, index: 1, variant: 'pull', alignment: 'supporting' },
};

/** A pull quote across the column at a larger size. */
export const PullShowcase: Story = {
  name: 'Pull × showcase',
  args: { src: DATA_FILES.seedStory, index: 1, variant: 'pull', alignment: 'showcase' },
};

/** A quoted passage: smaller, with a rule at its start. */
export const BlockInline: Story = {
  name: 'Block × inline',
  args: { src: DATA_FILES.seedStory, index: 1, variant: 'block', alignment: 'inline' },
};

/** A quoted passage beside the text. */
export const BlockSupporting: Story = {
  name: 'Block × supporting',
  args: { src: DATA_FILES.seedStory, index: 1, variant: 'block', alignment: 'supporting' },
};

/** A quoted passage across the column at a larger size. */
export const BlockShowcase: Story = {
  name: 'Block × showcase',
  args: { src: DATA_FILES.seedStory, index: 1, variant: 'block', alignment: 'showcase' },
};

/** A quote block file with inline markup, the speaker's affiliation and a linked source. */
export const WithSourceAndMarkup: Story = {
  args: { src: DATA_FILES.quoteBlock, variant: undefined },
};

/** Written by hand: the quotation inside the tag, the speaker in attributes. */
export const HandWritten: Story = {
  loaders: [
    async () => {
      const quote = firstBlock<QuoteBlock>(await loadJson(DATA_FILES.seedStory), 'quote');
      return {
        quotation: quote.text,
        props: {
          attribution: quote.attribution?.name,
          'attribution-title': quote.attribution?.jobTitle,
        },
      };
    },
  ],
  render: (args, { loaded }) =>
    inStoryText(
      html`<lede-pull-quote ${spreadArgs(withLoadedProps(args, loaded))}
        >${loaded.quotation}</lede-pull-quote
      >`,
      loaded,
    ),
};

/** Held while its `src` is loading. */
export const Loading: Story = { ...loadingState };

/** The inline JSON is the seed story cut off halfway. */
export const ErrorBadJson: Story = {
  name: 'Error: bad JSON',
  ...badJsonState,
};

/** The `src` answers 404. */
export const ErrorNotFound: Story = { name: 'Error: 404 src', ...notFoundState };

/** No data at all: nothing is rendered and the text closes up. */
export const Empty: Story = { ...emptyState };

/** The seed story's quotation run on to 5,000 characters. */
export const LongQuotation: Story = {
  name: 'Long quotation (5,000 characters)',
  loaders: [
    async () => {
      const quote = firstBlock<QuoteBlock>(await loadJson(DATA_FILES.seedStory), 'quote');
      return { props: { quote: { ...quote, text: longText(quote.text ?? '') } } };
    },
  ],
};

/** The seed story in Urdu: its quotation set into its own text, marked right-to-left. */
export const RightToLeft: Story = {
  name: 'Right-to-left text',
  args: { src: DATA_FILES.seedStoryUrdu, index: 0 },
  loaders: [
    async () => ({ ...(await storyText(DATA_FILES.seedStoryUrdu)), lang: 'ur', dir: 'rtl' }),
  ],
};

/**
 * A quote from the English seed story in Urdu text: the quotation, the speaker and the role
 * are marked English and set left to right.
 */
export const EnglishStoryOnUrduPage: Story = {
  name: 'English story on an Urdu page',
  args: { src: DATA_FILES.seedStory, index: 0 },
  loaders: [
    async () => ({ ...(await storyText(DATA_FILES.seedStoryUrdu)), lang: 'ur', dir: 'rtl' }),
  ],
};
