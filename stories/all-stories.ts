/**
 * Every story file, for the story test. Storybook finds the files by their name; the test
 * cannot list a folder, so each file is named here too — .storybook/main.ts refuses to start
 * when one is missing, so a story cannot escape the test.
 */
import * as article from './article.stories.js';
import * as articleCard from './article-card.stories.js';
import * as delegationList from './delegation-list.stories.js';
import * as pullQuote from './pull-quote.stories.js';
import * as relatedLinks from './related-links.stories.js';
import * as seedStory from './seed-story.stories.js';
import * as statBadge from './stat-badge.stories.js';

export const STORY_FILES = {
  'seed-story.stories.ts': seedStory,
  'article.stories.ts': article,
  'article-card.stories.ts': articleCard,
  'pull-quote.stories.ts': pullQuote,
  'stat-badge.stories.ts': statBadge,
  'delegation-list.stories.ts': delegationList,
  'related-links.stories.ts': relatedLinks,
};
