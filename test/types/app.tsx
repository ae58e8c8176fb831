// A small React application as a user writes it, compiled (never run) by `npm run test:types`:
// one element through its own entry, a story imported from JSON, the events typed, and the
// other entries the README names.
import { createRoot } from 'react-dom/client';
import 'lede-elements/define/stat-badge.js';
import 'lede-elements/i18n/follow-page.js';
import {
  defineArticle,
  validateArticle,
  type Article,
  type ArticleJson,
  type LedeErrorDetail,
} from 'lede-elements';
import type { CustomElements, LedeArticleCardProps } from 'lede-elements/jsx';
import { ArticleCard } from 'lede-elements/react/article-card.js';
import { FullArticle, StatBadge } from 'lede-elements/react';
import story from '../../demo/data/seed-story.json' with { type: 'json' };

const article: Article = defineArticle(story);
const asJson: ArticleJson = story;

function report(detail: LedeErrorDetail): string {
  return `${detail.cause}: ${detail.message}`;
}

function App({ fromServer }: { fromServer: unknown }) {
  const checked = validateArticle(fromServer);
  return (
    <main>
      <ArticleCard
        article={article}
        layout="hero"
        headingLevel={2}
        onLedeLoad={(event) => event.detail.warnings.length}
        onLedeError={(event) => report(event.detail)}
      />
      {checked.ok ? <FullArticle article={checked.value} /> : null}
      <StatBadge src="story.json" blockId="stat-population" />
    </main>
  );
}

// @ts-expect-error a JSON import is not an Article as it is: its words are widened to string
export const unchecked: Article = story;

// @ts-expect-error defineArticle still checks the shape: a figure is a number
defineArticle({ ...asJson, body: [{ type: 'stat', value: '6,000' }] });

// @ts-expect-error a layout the card does not have
export const badLayout = <ArticleCard layout="diagonal" />;

export const tag: CustomElements['lede-article-card'] = { layout: 'compact' };
export const props: LedeArticleCardProps = { src: 'story.json' };
export const card: HTMLElementTagNameMap['lede-stat-badge'] | null =
  document.querySelector('lede-stat-badge');

const root = document.getElementById('root');
if (root) createRoot(root).render(<App fromServer={story} />);
