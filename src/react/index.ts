/**
 * React components for every Lede element, made with `@lit/react`. Importing this module
 * registers the six tags. Each component takes the element's properties as typed props (data
 * objects such as `article` are set as properties, not attributes) and maps `onLedeLoad` and
 * `onLedeError` to the `lede-load` and `lede-error` events.
 *
 * ```tsx
 * import { LedeArticleCard } from 'lede-elements/react';
 *
 * <LedeArticleCard article={story} layout="horizontal" onLedeError={(e) => report(e.detail)} />
 * ```
 */
import { createComponent, type EventName } from '@lit/react';
// The default import: React ships CommonJS, whose named exports not every ES module loader sees.
import React from 'react';
import { LedeArticle as LedeArticleElement } from '../components/article/define.js';
import { LedeArticleCard as LedeArticleCardElement } from '../components/article-card/define.js';
import { LedeDelegationList as LedeDelegationListElement } from '../components/delegation-list/define.js';
import { LedePullQuote as LedePullQuoteElement } from '../components/pull-quote/define.js';
import { LedeRelatedLinks as LedeRelatedLinksElement } from '../components/related-links/define.js';
import { LedeStatBadge as LedeStatBadgeElement } from '../components/stat-badge/define.js';
import { LedeErrorEvent, LedeLoadEvent } from '../core/events.js';

/** The events every Lede element fires, as React props. */
const events = {
  /** The element rendered new data; `event.detail.source` tells where it came from. */
  onLedeLoad: LedeLoadEvent.type as EventName<LedeLoadEvent>,
  /** The data could not be rendered; `event.detail` has the cause and the problems. */
  onLedeError: LedeErrorEvent.type as EventName<LedeErrorEvent>,
};

/** `<lede-article-card>`: a story teaser in four layouts. */
export const LedeArticleCard = createComponent({
  react: React,
  tagName: 'lede-article-card',
  elementClass: LedeArticleCardElement,
  events,
  displayName: 'LedeArticleCard',
});

/** `<lede-pull-quote>`: a quotation with its attribution and source. */
export const LedePullQuote = createComponent({
  react: React,
  tagName: 'lede-pull-quote',
  elementClass: LedePullQuoteElement,
  events,
  displayName: 'LedePullQuote',
});

/** `<lede-stat-badge>`: a statistic with its qualifier, unit, label and source. */
export const LedeStatBadge = createComponent({
  react: React,
  tagName: 'lede-stat-badge',
  elementClass: LedeStatBadgeElement,
  events,
  displayName: 'LedeStatBadge',
});

/** `<lede-delegation-list>`: a group of people with its organization and size. */
export const LedeDelegationList = createComponent({
  react: React,
  tagName: 'lede-delegation-list',
  elementClass: LedeDelegationListElement,
  events,
  displayName: 'LedeDelegationList',
});

/** `<lede-related-links>`: the "Also Read" box. */
export const LedeRelatedLinks = createComponent({
  react: React,
  tagName: 'lede-related-links',
  elementClass: LedeRelatedLinksElement,
  events,
  displayName: 'LedeRelatedLinks',
});

/** `<lede-article>`: the whole story. */
export const LedeArticle = createComponent({
  react: React,
  tagName: 'lede-article',
  elementClass: LedeArticleElement,
  events,
  displayName: 'LedeArticle',
});
