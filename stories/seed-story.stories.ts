import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/article/define.js';
import '../src/components/article-card/define.js';
import { DATA_FILES } from './data.js';

/** The stories on the front page under the lead: the project's own, and other publishers' formats. */
const FRONT_PAGE = [
  DATA_FILES.cardStory,
  DATA_FILES.jsonLdStory,
  DATA_FILES.anfStory,
  DATA_FILES.ninjsStory,
  DATA_FILES.ansStory,
  DATA_FILES.wordPressPost,
];

const meta = {
  title: 'Pages/Seed story',
  render: () => html`
    <div class="story-page">
      <section aria-labelledby="front-page">
        <h2 id="front-page">Front page</h2>
        <div class="story-card-grid">
          <lede-article-card
            class="lead"
            layout="hero"
            heading-level="3"
            src=${DATA_FILES.seedStory}
          ></lede-article-card>
          ${FRONT_PAGE.map(
            (src) => html`<lede-article-card heading-level="3" src=${src}></lede-article-card>`,
          )}
        </div>
      </section>
      <section aria-labelledby="whole-story">
        <h2 id="whole-story">The whole story</h2>
        <lede-article heading-level="2" src=${DATA_FILES.seedStory}></lede-article>
      </section>
    </div>
  `,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/**
 * The seed story as a publisher's page shows it: the lead of a front page of cards — the
 * others in JSON-LD, Apple News Format, IPTC ninjs, Arc XP ANS and a WordPress post — then the
 * whole story with its quotes, figures, delegation and "Also Read" links.
 */
export const SeedStory: Story = {
  name: 'Seed story',
};
