/**
 * React components for every Lede element, made with `@lit/react`. Importing this module
 * registers the six tags; to register one, import its own entry instead
 * (`lede-elements/react/article-card.js`). Each component takes the element's properties as
 * typed props (data objects such as `article` are set as properties, not attributes) and maps
 * `onLedeLoad` and `onLedeError` to the `lede-load` and `lede-error` events. The components are
 * named after the element without its `Lede` prefix (`ArticleCard` for `LedeArticleCard`, the
 * class), and `FullArticle` for `<lede-article>`, so that neither the classes nor the `Article`
 * type clash with them.
 *
 * ```tsx
 * import { ArticleCard } from 'lede-elements/react';
 *
 * <ArticleCard article={story} layout="horizontal" onLedeError={(e) => report(e.detail)} />
 * ```
 */
export { ArticleCard } from './article-card.js';
export { PullQuote } from './pull-quote.js';
export { StatBadge } from './stat-badge.js';
export { DelegationList } from './delegation-list.js';
export { RelatedLinks } from './related-links.js';
export { FullArticle } from './article.js';
export type { LedeEventProps } from './create-lede-component.js';
