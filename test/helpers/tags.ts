/** Every tag the library registers, in the order a story shows them. */
export const ALL_TAGS = [
  'lede-article',
  'lede-article-card',
  'lede-pull-quote',
  'lede-stat-badge',
  'lede-delegation-list',
  'lede-related-links',
];
