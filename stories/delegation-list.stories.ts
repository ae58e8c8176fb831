import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/delegation-list/define.js';
import type { Article, PeopleBlock } from '../src/model/types.js';
import { DATA_FILES, loadJson } from './data.js';
import { loadedInlineJson } from './inline-json.js';
import { badJsonState, emptyState, loadingState, notFoundState } from './states.js';
import { spreadArgs, withLoadedProps, type StoryArgs } from './spread-args.js';
import { firstBlock, largeDelegation, longText } from './variants.js';

/** The seed story's delegation: the WIPG group, 35 strong, two of them named. */
async function seedDelegation(): Promise<PeopleBlock> {
  return firstBlock<PeopleBlock>(await loadJson<Article>(DATA_FILES.seedStory), 'people');
}

const meta = {
  title: 'Elements/Delegation list',
  component: 'lede-delegation-list',
  tags: ['autodocs'],
  args: { 'heading-level': 3, threshold: 8 },
  render: (args, { loaded }) => html`
    <div class="story-wide">
      <lede-delegation-list ${spreadArgs(withLoadedProps(args, loaded))}
        >${loadedInlineJson(loaded)}</lede-delegation-list
      >
    </div>
  `,
} satisfies Meta<StoryArgs>;

export default meta;
type Story = StoryObj<StoryArgs>;

/** The seed story's delegation, picked from the whole story. */
export const SeedStory: Story = {
  args: { src: DATA_FILES.seedStory },
};

/** A people block file with the organization's web address and no title of its own. */
export const FromBlockFile: Story = {
  args: { src: DATA_FILES.delegationBlock },
};

/** Written by hand: the seed story's delegation as attributes, its members as JSON. */
export const FromAttributes: Story = {
  loaders: [
    async () => {
      const group = await seedDelegation();
      return {
        props: {
          heading: group.title,
          organization: group.organization?.name,
          'organization-abbr': group.organization?.alternateName,
          count: group.numberOfItems,
          groups: group.groups?.join(', '),
          members: JSON.stringify(group.items),
          host: group.host?.name,
          'host-title': group.host?.jobTitle,
          occasion: group.occasion,
        },
      };
    },
  ],
};

/** 150 named members: eight show, the rest wait behind "Show all 150". */
export const LargeDelegation: Story = {
  name: '150 members',
  loaders: [async () => ({ props: { people: largeDelegation(await seedDelegation(), 150) } })],
};

/** 150 named members, every one shown: the columns a long list falls into. */
export const LargeDelegationExpanded: Story = {
  name: '150 members, all shown',
  args: { threshold: 150 },
  loaders: [async () => ({ props: { people: largeDelegation(await seedDelegation(), 150) } })],
};

/** The group's size as the story states it, with no one named. */
export const NoOneNamed: Story = {
  loaders: [async () => ({ props: { people: { ...(await seedDelegation()), items: [] } } })],
};

/** A member's photo answers 404. */
export const MissingImage: Story = {
  loaders: [
    async () => {
      const group = await seedDelegation();
      const [first, ...rest] = group.items;
      if (!first) throw new Error('The seed delegation names no one');
      const pictured = { ...first, image: { url: DATA_FILES.missingImage } };
      return { props: { people: { ...group, items: [pictured, ...rest] } } };
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

/** The seed story's delegation with a title of 5,000 characters. */
export const LongTitle: Story = {
  name: 'Long title (5,000 characters)',
  loaders: [
    async () => {
      const group = await seedDelegation();
      return { props: { people: { ...group, title: longText(group.title ?? '') } } };
    },
  ],
};

/** The seed story's delegation in Urdu, marked right-to-left. */
export const RightToLeft: Story = {
  name: 'Right-to-left text',
  args: { src: DATA_FILES.seedStoryUrdu, lang: 'ur', dir: 'rtl' },
};

/**
 * The English seed story's delegation on an Urdu page: its title, organization, members and
 * kinds of members are marked English and set left to right; the count and labels are Urdu.
 */
export const EnglishStoryOnUrduPage: Story = {
  name: 'English story on an Urdu page',
  args: { src: DATA_FILES.seedStory, lang: 'ur', dir: 'rtl' },
};
