import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/related-links/define.js';
import type { LinksBlock } from '../src/model/types.js';
import { DATA_FILES, loadJson } from './data.js';
import { loadedInlineJson } from './inline-json.js';
import { badJsonState, emptyState, loadingState, notFoundState } from './states.js';
import { spreadArgs, withLoadedProps, type StoryArgs } from './spread-args.js';
import { longText } from './variants.js';

const meta = {
  title: 'Elements/Related links',
  component: 'lede-related-links',
  tags: ['autodocs'],
  args: { 'heading-level': 2 },
  render: (args, { loaded }) => html`
    <div class="story-column">
      <lede-related-links ${spreadArgs(withLoadedProps(args, loaded))}
        >${loadedInlineJson(loaded)}</lede-related-links
      >
    </div>
  `,
} satisfies Meta<StoryArgs>;

export default meta;
type Story = StoryObj<StoryArgs>;

/** Every "Also Read" story of the seed story, in one box. */
export const SeedStory: Story = {
  args: { src: DATA_FILES.seedStory },
};

/** One of the seed story's "Also Read" blocks, picked by its position. */
export const OneBlock: Story = {
  args: { src: DATA_FILES.seedStory, index: 1 },
};

/** A links block file: a story with a description and thumbnail, and one with no address. */
export const FromBlockFile: Story = {
  args: { src: DATA_FILES.relatedBlock },
};

/** Written by hand: links inside the tag, usable before the element loads. */
export const HandWritten: Story = {
  args: { heading: 'More on trade' },
  loaders: [async () => ({ links: await loadJson<LinksBlock>(DATA_FILES.relatedBlock) })],
  render: (args, { loaded }) => html`
    <div class="story-column">
      <lede-related-links ${spreadArgs(args)}>
        ${(loaded.links as LinksBlock).items.map(
          (item) => html`<a href=${item.url ?? nothing}>${item.headline}</a>`,
        )}
      </lede-related-links>
    </div>
  `,
};

/** A story's thumbnail answers 404. */
export const MissingImage: Story = {
  loaders: [
    async () => {
      const block = await loadJson<LinksBlock>(DATA_FILES.relatedBlock);
      const items = block.items.map((item) =>
        item.image ? { ...item, image: { ...item.image, url: DATA_FILES.missingImage } } : item,
      );
      return { props: { links: { ...block, items } } };
    },
  ],
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

/** No data at all: nothing is rendered. */
export const Empty: Story = { ...emptyState };

/** A related story whose headline runs to 5,000 characters. */
export const LongHeadline: Story = {
  name: 'Long headline (5,000 characters)',
  loaders: [
    async () => {
      const block = await loadJson<LinksBlock>(DATA_FILES.relatedBlock);
      const [first, ...rest] = block.items;
      if (!first) throw new Error('The links block has no story');
      return {
        props: {
          links: { ...block, items: [{ ...first, headline: longText(first.headline) }, ...rest] },
        },
      };
    },
  ],
};

/** The seed story's "Also Read" box in Urdu, marked right-to-left. */
export const RightToLeft: Story = {
  name: 'Right-to-left text',
  args: { src: DATA_FILES.seedStoryUrdu, lang: 'ur', dir: 'rtl' },
};
