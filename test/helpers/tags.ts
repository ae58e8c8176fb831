/** Every tag the library registers. */
export const ALL_TAGS = [
  'lede-article',
  'lede-article-card',
  'lede-delegation-list',
  'lede-pull-quote',
  'lede-related-links',
  'lede-stat-badge',
];
