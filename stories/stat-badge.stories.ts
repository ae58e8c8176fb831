import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/stat-badge/define.js';
import type { Article, StatBlock, StatQualifier } from '../src/model/types.js';
import { DATA_FILES, loadJson } from './data.js';
import { outcome } from './expectation.js';
import { loadedInlineJson } from './inline-json.js';
import { badJsonState, emptyState, loadingState, notFoundState } from './states.js';
import { spreadArgs, withLoadedProps, type StoryArgs } from './spread-args.js';
import { blocksOf, longText, withoutDisplay } from './variants.js';

/** Every qualifier, checked against the model's type: adding one fails the type check here. */
const QUALIFIERS = Object.keys({
  'more-than': true,
  'less-than': true,
  'at-least': true,
  'at-most': true,
  about: true,
  nearly: true,
  'up-to': true,
} satisfies Record<StatQualifier, true>);

/** The seed story's statistics, in order. */
async function seedStats(): Promise<StatBlock[]> {
  return blocksOf<StatBlock>(await loadJson<Article>(DATA_FILES.seedStory), 'stat');
}

/** The seed story's population figure: the one with the largest number. */
async function populationStat(): Promise<StatBlock> {
  const stats = await seedStats();
  return stats.reduce((largest, stat) => (stat.value > largest.value ? stat : largest));
}

const meta = {
  title: 'Elements/Stat badge',
  component: 'lede-stat-badge',
  tags: ['autodocs'],
  args: { size: 'm', notation: 'standard' },
  argTypes: {
    // The manifest names the type (StatQualifier) without its members.
    qualifier: { control: 'select', options: QUALIFIERS },
  },
  render: (args, { loaded }) => html`
    <div class="story-stat-row">
      <lede-stat-badge ${spreadArgs(withLoadedProps(args, loaded))}
        >${loadedInlineJson(loaded)}</lede-stat-badge
      >
    </div>
  `,
} satisfies Meta<StoryArgs>;

export default meta;
type Story = StoryObj<StoryArgs>;

/** The seed story's first figure: "more than 6,000 vendors", picked by its position. */
export const SeedStory: Story = {
  args: { src: DATA_FILES.seedStory, index: 0 },
};

/** All four of the seed story's figures in a row, as the story sets them. */
export const SeedFigures: Story = {
  name: 'Seed story: every figure',
  loaders: [async () => ({ count: (await seedStats()).length })],
  render: (args, { loaded }) => html`
    <div class="story-stat-row">
      ${Array.from(
        { length: Number(loaded.count) },
        (_, index) =>
          html`<lede-stat-badge
            ${spreadArgs({ ...args, src: DATA_FILES.seedStory, index })}
          ></lede-stat-badge>`,
      )}
    </div>
  `,
};

/** Size `s`. */
export const Small: Story = {
  args: { src: DATA_FILES.seedStory, index: 0, size: 's' },
};

/** Size `m`, the default. */
export const Medium: Story = {
  args: { src: DATA_FILES.seedStory, index: 0, size: 'm' },
};

/** Size `l`. */
export const Large: Story = {
  args: { src: DATA_FILES.seedStory, index: 0, size: 'l' },
};

/** With `display`: the story's own wording, "220 million", shown as written in every locale. */
export const WithDisplay: Story = {
  name: 'With display wording',
  loaders: [async () => ({ props: { stat: await populationStat() } })],
};

/** Without `display`: the bare number, formatted for the page's locale. */
export const WithoutDisplay: Story = {
  name: 'Without display wording',
  loaders: [async () => ({ props: { stat: withoutDisplay(await populationStat()) } })],
};

/** Without `display`, in compact notation: "220M", in the locale's own short form. */
export const CompactNotation: Story = {
  args: { notation: 'compact' },
  loaders: [async () => ({ props: { stat: withoutDisplay(await populationStat()) } })],
};

/** Counts up when scrolled into view; shows the final figure at once under reduced motion. */
export const CountUp: Story = {
  name: 'Count-up',
  args: { animate: true },
  loaders: [async () => ({ props: { stat: withoutDisplay(await populationStat()) } })],
};

/** A stat block file of its own. */
export const FromBlockFile: Story = {
  args: { src: DATA_FILES.statBlock },
};

/** Written by hand: the seed story's first figure as attributes. */
export const FromAttributes: Story = {
  loaders: [
    async () => {
      const [stat] = await seedStats();
      return {
        props: {
          value: stat?.value,
          qualifier: stat?.qualifier,
          unit: stat?.unitText,
          label: stat?.label,
          'stat-source': stat?.source,
          date: stat?.date,
        },
      };
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

/** The figure written as the story words it ("6,000") instead of a number: refused, visibly. */
export const ErrorNotANumber: Story = {
  name: 'Error: value not a number',
  loaders: [
    async () => {
      const [stat] = await seedStats();
      return { props: { value: stat?.display, unit: stat?.unitText, label: stat?.label } };
    },
  ],
  parameters: outcome('error'),
};

/** No data at all: nothing is rendered. */
export const Empty: Story = { ...emptyState };

/** The seed story's first figure with a label of 5,000 characters. */
export const LongLabel: Story = {
  name: 'Long label (5,000 characters)',
  loaders: [
    async () => {
      const [stat] = await seedStats();
      if (!stat) throw new Error('The seed story has no statistic');
      return { props: { stat: { ...stat, label: longText(stat.label ?? '') } } };
    },
  ],
};

/** The seed story's first figure in Urdu, marked right-to-left, its number formatted in Urdu. */
export const RightToLeft: Story = {
  name: 'Right-to-left text',
  args: { src: DATA_FILES.seedStoryUrdu, index: 0, lang: 'ur', dir: 'rtl' },
};

/**
 * The English seed story's first figure on an Urdu page: the story's wording, unit and label
 * are marked English and set left to right; the qualifier and the source line are Urdu.
 */
export const EnglishStoryOnUrduPage: Story = {
  name: 'English story on an Urdu page',
  args: { src: DATA_FILES.seedStory, index: 0, lang: 'ur', dir: 'rtl' },
};
