// Compile-time checks of the React wrappers' props, run by `npm run typecheck` (never executed):
// props and event handlers take their types from the element classes and event classes.
import type { ComponentProps } from 'react';
import type { Article } from '../../src/model/types.js';
import type { FullArticle, ArticleCard, PullQuote, StatBadge } from '../../src/react/index.js';

declare const story: Article;

export const card: ComponentProps<typeof ArticleCard> = {
  article: story,
  layout: 'hero',
  headingLevel: 2,
  maxBytes: 500_000,
  theme: 'dark',
  className: 'teaser',
  onLedeLoad: (event) => event.detail.source satisfies string,
  onLedeError: (event) => event.detail.problems.map((problem) => problem.path),
};

// @ts-expect-error a layout the card does not have
export const unknownLayout: ComponentProps<typeof ArticleCard> = { layout: 'diagonal' };

// @ts-expect-error `article` is an Article object, not a URL (that is `src`)
export const articleAsUrl: ComponentProps<typeof FullArticle> = { article: 'story.json' };

// @ts-expect-error a qualifier the statistic does not know
export const unknownQualifier: ComponentProps<typeof StatBadge> = { qualifier: 'lots' };

export const quote: ComponentProps<typeof PullQuote> = {
  text: 'This is just a beginning.',
  attribution: 'Masood Khan',
  variant: 'block',
  // @ts-expect-error lede-load carries a LedeLoadEvent, whose detail has no `cause`
  onLedeLoad: (event) => event.detail.cause,
};
