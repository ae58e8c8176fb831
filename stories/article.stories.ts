import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/article/define.js';
import type { Article, PeopleBlock } from '../src/model/types.js';
import { DATA_FILES, loadJson } from './data.js';
import { loadedInlineJson } from './inline-json.js';
import {
  badJsonState,
  emptyState,
  loadingState,
  longHeadlineStory,
  missingImageStory,
  notFoundState,
} from './states.js';
import { spreadArgs, withLoadedProps, type StoryArgs } from './spread-args.js';
import { largeDelegation } from './variants.js';

const meta = {
  title: 'Elements/Article',
  component: 'lede-article',
  tags: ['autodocs'],
  args: { 'heading-level': 1 },
  render: (args, { loaded }) => html`
    <lede-article ${spreadArgs(withLoadedProps(args, loaded))}
      >${loadedInlineJson(loaded)}</lede-article
    >
  `,
} satisfies Meta<StoryArgs>;

export default meta;
type Story = StoryObj<StoryArgs>;

/** The whole seed story, loaded from its `src`. */
export const SeedStory: Story = {
  args: { src: DATA_FILES.seedStory },
};

/** A story with a lead image, authors and an agency. */
export const WithLeadImage: Story = {
  args: { src: DATA_FILES.cardStory },
};

/** A schema.org NewsArticle in JSON-LD, read through its adapter. */
export const FromJsonLd: Story = {
  name: 'From schema.org JSON-LD',
  args: { src: DATA_FILES.jsonLdStory },
};

/** An Arc XP ANS story, read through its adapter. */
export const FromAns: Story = {
  name: 'From Arc XP ANS',
  args: { src: DATA_FILES.ansStory },
};

/** The seed story with its delegation grown to 150 named members. */
export const LargeDelegation: Story = {
  name: '150-member delegation',
  loaders: [
    async () => {
      const seed = await loadJson<Article>(DATA_FILES.seedStory);
      const body = (seed.body ?? []).map((block) =>
        block.type === 'people' ? largeDelegation(block as PeopleBlock, 150) : block,
      );
      return { props: { article: { ...seed, body } } };
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

/** The seed story with a 5,000-character headline. */
export const LongHeadline: Story = {
  name: 'Long headline (5,000 characters)',
  ...longHeadlineStory,
};

/** The lead image answers 404. */
export const MissingImage: Story = { ...missingImageStory };

/** The seed story in Urdu, marked right-to-left. */
export const RightToLeft: Story = {
  name: 'Right-to-left text',
  args: { src: DATA_FILES.seedStoryUrdu, lang: 'ur', dir: 'rtl' },
};

/**
 * The whole story with an unusable value in each of its objects, a figure written as text
 * ("6,000") and a block of an unknown type: every valid block shows, and `lede-debug` lists
 * what was dropped, with its path, under the story.
 */
export const DroppedValues: Story = {
  args: { src: DATA_FILES.tolerantStory, 'lede-debug': true },
};
