/**
 * The React component for `<lede-article-card>`, registering that element alone:
 *
 * ```tsx
 * import { ArticleCard } from 'lede-elements/react/article-card.js';
 * ```
 */
import { LedeArticleCard } from '../components/article-card/define.js';
import { createLedeComponent } from './create-lede-component.js';

/** `<lede-article-card>`: a story teaser in four layouts. */
export const ArticleCard = createLedeComponent('lede-article-card', LedeArticleCard, 'ArticleCard');
