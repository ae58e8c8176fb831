import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/article-card/define.js';
import type { ArticleCardLayout } from '../src/components/article-card/article-card.js';
import type { Article } from '../src/model/types.js';
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

/** Every layout, checked against the element's type: adding one fails the type check here. */
const LAYOUTS = Object.keys({
  vertical: true,
  horizontal: true,
  compact: true,
  hero: true,
} satisfies Record<ArticleCardLayout, true>);

/** The width a page would give a card in each layout. */
function columnClass(layout: unknown): string {
  return layout === 'horizontal' || layout === 'hero' ? 'story-wide' : 'story-column';
}

const meta = {
  title: 'Elements/Article card',
  component: 'lede-article-card',
  tags: ['autodocs'],
  args: { layout: 'vertical', 'heading-level': 3 },
  argTypes: {
    // The manifest names the type (ArticleCardLayout) without its members.
    layout: { control: 'inline-radio', options: LAYOUTS },
  },
  render: (args, { loaded }) => html`
    <div class=${columnClass(args.layout)}>
      <lede-article-card ${spreadArgs(withLoadedProps(args, loaded))}
        >${loadedInlineJson(loaded)}</lede-article-card
      >
    </div>
  `,
} satisfies Meta<StoryArgs>;

export default meta;
type Story = StoryObj<StoryArgs>;

/** The seed story, loaded from its `src`: it has no image, so the card is text alone. */
export const SeedStory: Story = {
  args: { src: DATA_FILES.seedStory },
};

/** The default layout: image above the text. */
export const Vertical: Story = {
  args: { src: DATA_FILES.cardStory, layout: 'vertical' },
};

/** Image at the start, text beside it; stacks like the vertical card in a narrow column. */
export const Horizontal: Story = {
  args: { src: DATA_FILES.cardStory, layout: 'horizontal' },
};

/** No image: for lists of headlines. */
export const Compact: Story = {
  args: { src: DATA_FILES.cardStory, layout: 'compact' },
};

/** The lead story of a page: a wide image with the text over its lower part. */
export const Hero: Story = {
  args: { src: DATA_FILES.cardStory, layout: 'hero', 'heading-level': 2 },
};

/**
 * `no-image`: a text-only card even for a story with a picture. A page whose story has none says
 * so, and the loading placeholder leaves the picture out as well.
 */
export const NoImage: Story = {
  args: { src: DATA_FILES.cardStory, layout: 'horizontal', 'no-image': true },
};

/** A card written by hand in HTML: the seed story's fields as attributes. */
export const FromAttributes: Story = {
  loaders: [
    async () => {
      const seed = await loadJson<Article>(DATA_FILES.seedStory);
      return {
        props: {
          headline: seed.headline,
          dek: seed.description,
          section: seed.articleSection,
          date: seed.datePublished,
          dateline: seed.dateline,
          source: seed.sourceOrganization?.name,
        },
      };
    },
  ],
};

/** Held while its `src` is loading: a skeleton the size of the card to come. */
export const Loading: Story = { ...loadingState };

/** The inline JSON is the seed story cut off halfway: a short message instead of a card. */
export const ErrorBadJson: Story = {
  name: 'Error: bad JSON',
  ...badJsonState,
};

/** The `src` answers 404. */
export const ErrorNotFound: Story = { name: 'Error: 404 src', ...notFoundState };

/** No data at all: the card renders nothing and takes no room. */
export const Empty: Story = { ...emptyState };

/** The seed story with a 5,000-character headline: clamped to a few lines. */
export const LongHeadline: Story = {
  name: 'Long headline (5,000 characters)',
  ...longHeadlineStory,
};

/** The image answers 404: the card drops it rather than show a broken box. */
export const MissingImage: Story = { ...missingImageStory };

/** The seed story in Urdu, on a card marked right-to-left, as an Urdu page would have it. */
export const RightToLeft: Story = {
  name: 'Right-to-left text',
  args: { src: DATA_FILES.seedStoryUrdu, lang: 'ur', dir: 'rtl', layout: 'horizontal' },
};

/**
 * A story with an unusable value in each of its objects (a number as its dek, a date written out
 * in words, a logo's width as text, …) still shows as a card. With `lede-debug` (or
 * `Lede.debug = true` on the page) the card lists under it, for developers and designers, every
 * value it dropped and why; without it, readers see the card alone.
 */
export const DroppedValues: Story = {
  args: { src: DATA_FILES.tolerantStory, 'lede-debug': true },
};
