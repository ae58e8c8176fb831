/**
 * The element classes, the data model and its helpers, with no side effect: importing this
 * module registers no tag. Register with the `define` entry points, or with `Class.define(tag)`.
 */
export { LedeArticle } from './components/article/article.js';
export { LedeArticleCard } from './components/article-card/article-card.js';
export { LedePullQuote } from './components/pull-quote/pull-quote.js';
export { LedeStatBadge } from './components/stat-badge/stat-badge.js';
export { LedeDelegationList } from './components/delegation-list/delegation-list.js';
export { LedeRelatedLinks } from './components/related-links/related-links.js';
export { LedeElement } from './core/lede-element.js';
export { LedeErrorEvent, LedeLoadEvent } from './core/events.js';
export { ledeGlobal } from './core/debug.js';
export type { LedeGlobal } from './core/debug.js';
export type { DataSourceKind, LedeErrorCause, LedeErrorDetail } from './core/events.js';
export { validateArticle, validateBlock, formatProblem } from './model/validate.js';
export type { Problem, ValidationResult } from './model/validate.js';
export { parseInlineHtml, inlineText } from './model/inline-html.js';
export type { InlineNode, InlineElement, InlineTag } from './model/inline-html.js';
export { safeUrl } from './model/safe-url.js';
export type * from './model/types.js';
